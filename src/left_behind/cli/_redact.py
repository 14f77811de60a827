"""``left-behind redact`` and ``--redact-key-file``: copies of documents that can leave the home.

The key is read from a file, never given on the command line, where it
would stay in the shell's history and show in the list of processes.
"""

from __future__ import annotations

import argparse
import typing
from typing import TYPE_CHECKING, Any

from left_behind.cli._common import Failure, _parse, _read_bytes
from left_behind.cli._documents import recognise
from left_behind.cli._files import add_force_argument, write_out
from left_behind.cli._lang import words
from left_behind.io import MIN_KEY_BYTES, Coarsening, redact, to_json
from left_behind.kinds import Text

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["add_redact_argument", "redaction_key", "register"]

_KEY_HELP = Text(
    "从 KEYFILE 读取去标识化密钥（至少 {n} 个字节，末尾的换行不计），写出去标识化的副本："
    "编号换为假名，不含姓名、身份证号、电话、住址、学校和记录，出生日期只保留年月。"
    "密钥只从文件读取，不在命令行上给出，以免留在命令历史里",
    "read the redaction key from KEYFILE (at least {n} bytes, a final line break not"
    " counted) and write the redacted copy: pseudonyms for ids, no name, identity number,"
    " phone, address, school or note, birth dates to the month. The key is read from a"
    " file, never given on the command line, where it would stay in the shell's history",
)

_DESCRIPTION = """\
Write a redacted copy of the document in FILE (a register, a home, a child's
file, plans... any document the library reads) to OUTPUT as JSON: a copy
that can leave the home, for researchers or for an upward report that needs
rows (Minors Protection Law art. 103; Personal Information Protection Law
art. 73, de-identification). Every id becomes a pseudonym keyed with the key
in KEYFILE (the same id gets the same pseudonym under the same key, in every
copy), names, identity numbers, phones, addresses, schools and notes are
left out, birth dates keep their month (--birth year: their year); every
other fact is kept, and the copy loads as the same document. Keep KEYFILE in
the home: whoever holds it can link a pseudonym back to an id.
"""

_EPILOG = """\
FILE - reads standard input, OUTPUT - writes standard output. An existing
OUTPUT is not replaced unless --force is given.

exit status: 0 written; 2 a bad command line, a FILE that is not a document,
a KEYFILE that cannot be read or is too short, an existing OUTPUT without
--force, or an OUTPUT that cannot be written.
"""


def add_redact_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """The ``--redact-key-file KEYFILE`` of a command that writes documents."""
    parser.add_argument(
        "--redact-key-file",
        metavar="KEYFILE",
        required=required,
        help=words(_KEY_HELP.zh.format(n=MIN_KEY_BYTES), _KEY_HELP.en.format(n=MIN_KEY_BYTES)),
    )


def redaction_key(args: argparse.Namespace) -> bytes | None:
    """The key in the file that ``--redact-key-file`` names, or None without the option.

    A final line break is not part of the key (an editor adds one). Raises
    :class:`Failure` when the file cannot be read or holds too short a key.
    """
    path = getattr(args, "redact_key_file", None)
    if path is None:
        return None
    key = _read_bytes(path, args.lang).rstrip(b"\r\n")
    if len(key) < MIN_KEY_BYTES:
        line = Text(
            f"{path}：去标识化密钥至少 {MIN_KEY_BYTES} 个字节，这里只有 {len(key)} 个",
            f"{path}: a redaction key has at least {MIN_KEY_BYTES} bytes; this one has {len(key)}",
        )
        raise Failure([line.get(args.lang)])
    return key


def register(commands: Commands) -> None:
    """Add the ``redact`` subcommand to the command line."""
    parser = commands.add_parser(
        "redact",
        help="write a redacted copy of a document, to leave the home",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="the document to redact (- for stdin)")
    parser.add_argument("output", metavar="OUTPUT", help="where to write the copy (- for stdout)")
    add_redact_argument(parser, required=True)
    parser.add_argument(
        "--birth",
        choices=typing.get_args(Coarsening),
        default="month",
        help="what a birth date keeps: its month (the 1st stands for the day) or its year",
    )
    parser.add_argument(
        "--style",
        choices=("snake", "camel"),
        default=None,
        help="key style of FILE and of the copy (default: FILE read in either, the copy"
        " written in snake_case)",
    )
    add_force_argument(parser, "OUTPUT")
    parser.set_defaults(run=run_redact, parser=parser)


def run_redact(args: argparse.Namespace) -> int:
    """Write the redacted copy of the document in FILE."""
    key = redaction_key(args)
    assert key is not None  # the option is required
    name = "<stdin>" if args.file == "-" else args.file
    data = _read_bytes(args.file, args.lang)
    found = recognise(data)
    if found is None:
        line = Text(
            f"{name}：不是本库的文档（登记册、家园、儿童档案、计划……）",
            f"{name}: not a document of the library (a register, a home, a child, plans...)",
        )
        raise Failure([line.get(args.lang)])
    document: Any = _parse(data, found, name, style=args.style, lang=args.lang)
    copy = redact(document, key=key, birth=args.birth)
    text = to_json(copy, style=args.style or "snake", indent=2)
    write_out(args.output, text, overwrite=args.force, lang=args.lang)
    return 0
