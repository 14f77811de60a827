"""``left-behind redact`` and ``--redact-key-file``: copies of documents that can leave the home.

The key is read from a file, never given on the command line, where it
would stay in the shell's history and show in the list of processes.
"""

from __future__ import annotations

import argparse

from left_behind.cli._common import Failure, _parse, _read_bytes
from left_behind.cli._files import add_force_argument, write_out
from left_behind.cli._lang import say, words
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from typing import Any

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

MIN_KEY_BYTES = 16
"""``left_behind.io.MIN_KEY_BYTES``, written here so that ``--help`` does not load the
writers (a test keeps the two equal)."""

BIRTHS = ("month", "year")
"""The values of ``left_behind.io.Coarsening`` (a test keeps them equal), for ``--birth``."""

_DESCRIPTION = Text(
    """\
把 FILE 中的文档（登记册、家园、儿童档案、计划……本库能读的任何文档）的去标识化
副本以 JSON 写到 OUTPUT：可以离开家园的副本，供研究者或需要逐行数据的上报使用
（《未成年人保护法》第一百零三条；《个人信息保护法》第七十三条，去标识化）。每个编号
换为用 KEYFILE 中的密钥生成的假名（同一密钥下同一编号在每份副本中得到同一假名），
不含姓名、身份证号、电话、住址、学校和记录，出生日期只保留年月（--birth year：只保留
年份）；其他事实都保留，副本读入后仍是同一种文档。KEYFILE 要留在家园：持有它的人
能把假名对回编号。
""",
    """\
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
""",
)

_EPILOG = Text(
    """\
FILE 为 - 时读标准输入，OUTPUT 为 - 时写到标准输出。OUTPUT 已存在时不会被替换，
除非给出 --force。

退出状态：0 已写出；2 命令行有误、FILE 不是文档、KEYFILE 无法读取或太短、OUTPUT
已存在而没有 --force，或 OUTPUT 无法写入。
""",
    """\
FILE - reads standard input, OUTPUT - writes standard output. An existing
OUTPUT is not replaced unless --force is given.

exit status: 0 written; 2 a bad command line, a FILE that is not a document,
a KEYFILE that cannot be read or is too short, an existing OUTPUT without
--force, or an OUTPUT that cannot be written.
""",
)


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
        raise Failure("short-key", [line])
    return key


def register(commands: Commands) -> None:
    """Add the ``redact`` subcommand to the command line."""
    parser = commands.add_parser(
        "redact",
        description=say(_DESCRIPTION),
        epilog=say(_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help=words("要去标识化的文档（- 为标准输入）", "the document to redact (- for stdin)"),
    )
    parser.add_argument(
        "output",
        metavar="OUTPUT",
        help=words("副本写到哪里（- 为标准输出）", "where to write the copy (- for stdout)"),
    )
    add_redact_argument(parser, required=True)
    parser.add_argument(
        "--birth",
        choices=BIRTHS,
        default="month",
        help=words(
            "出生日期保留什么：年月（以 1 日代替日）或年份",
            "what a birth date keeps: its month (the 1st stands for the day) or its year",
        ),
    )
    parser.add_argument(
        "--style",
        choices=("snake", "camel"),
        default=None,
        help=words(
            "FILE 和副本的键风格（默认：FILE 两种都能读，副本按 snake_case 写出）",
            "key style of FILE and of the copy (default: FILE read in either, the copy"
            " written in snake_case)",
        ),
    )
    add_force_argument(parser, "OUTPUT")
    parser.set_defaults(run=run_redact, parser=parser)


def run_redact(args: argparse.Namespace) -> int:
    """Write the redacted copy of the document in FILE."""
    from left_behind.cli._documents import recognise
    from left_behind.io import redact, to_json

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
        raise Failure("not-a-document", [line])
    document: Any = _parse(data, found, name, style=args.style, lang=args.lang)
    copy = redact(document, key=key, birth=args.birth)
    text = to_json(copy, style=args.style or "snake", indent=2)
    write_out(args.output, text, overwrite=args.force, lang=args.lang)
    return 0
