"""``left-behind convert``: a register written again as JSON Lines, or as one document.

A county's register kept as one JSON document becomes JSON Lines (one child a
line, ``.jsonl``, or compressed ``.jsonl.gz``) for the commands that read it a
child at a time, and the other way round. A register document is read a child
at a time too, so a register of any size is converted in the memory of one
child (but JSON Lines written as one document is built whole).
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import sys
import tempfile
from typing import TYPE_CHECKING, Any

from left_behind.cli._common import Failure, input_style
from left_behind.cli._files import EXISTS, add_force_argument
from left_behind.cli._lang import say, words
from left_behind.kinds import Text

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["register", "run"]

_DESCRIPTION = Text(
    "把登记册 FILE 另存为 OUTPUT：以 .jsonl 或 .jsonl.gz 结尾时写成 JSON Lines"
    "（第一行为登记册本身的信息，其后每行一名儿童），否则写成一个 JSON 文档。"
    "无效的儿童记录逐行列出，其余照常写出，退出状态为 2。",
    "Write the register in FILE to OUTPUT: as JSON Lines when OUTPUT ends in .jsonl or"
    " .jsonl.gz (a first line of the register's own facts, then one child a line), else as"
    " one JSON document. A child that is not valid is said with its problems and left out,"
    " the rest are written, and the exit status is 2.",
)

_LINES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def register(commands: Commands) -> None:
    """Add the ``convert`` subcommand to the command line."""
    parser = commands.add_parser(
        "convert",
        description=say(_DESCRIPTION),
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help=words("登记册（.json 或 .jsonl）", "a register (.json, .jsonl)"),
    )
    parser.add_argument("output", metavar="OUTPUT", help=words("要写出的文件", "the file to write"))
    parser.add_argument(
        "--input-style",
        choices=("auto", "snake", "camel"),
        help=words("FILE 的键风格（默认：按键判断）", "FILE's key style (default: from its keys)"),
    )
    parser.add_argument(
        "--output-style",
        choices=("snake", "camel"),
        default="snake",
        help=words("OUTPUT 的键风格（默认：snake）", "OUTPUT's key style (default: snake)"),
    )
    parser.add_argument("--style", choices=("snake", "camel"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=None,
        help=words("问题的语言", "the language of the problems"),
    )
    add_force_argument(parser, "OUTPUT")
    parser.set_defaults(run=run, parser=parser)


def _children(args: argparse.Namespace) -> tuple[Any, Any, Any]:
    """The reader of the register's lines (its facts whole once they are read), the open
    file, and the key style."""
    from left_behind.io import read_document_stream, read_lines

    path: str = args.file
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as e:
        said = Text(
            f"{path}：无法读取文件：{e.strerror}", f"{path}: cannot read the file: {e.strerror}"
        )
        raise Failure("unreadable", [said]) from None
    file: Any = gzip.GzipFile(fileobj=raw, mode="rb") if path.lower().endswith(".gz") else raw
    if path.lower().endswith(_LINES):
        reader: Any = read_lines(file, style=input_style(args))
    else:
        reader = read_document_stream(file, style=input_style(args))
    return reader, raw, reader.style


def run(args: argparse.Namespace) -> int:
    """Write the register of FILE to OUTPUT, in the form OUTPUT's name asks for."""
    import json

    from left_behind.cli._stream import _unreadable
    from left_behind.io import from_dict, load_child, to_json, to_lines
    from left_behind.kinds import COLON, InvalidData
    from left_behind.model import Home

    out: str = args.output
    if os.path.exists(out) and not args.force:
        raise Failure("file-exists", [EXISTS.format(path=out)])
    style = args.output_style
    reader, raw, in_style = _children(args)
    bad = 0
    sep = COLON.get(args.lang)
    with tempfile.TemporaryDirectory(prefix="left-behind-") as scratch:
        kept = os.path.join(scratch, "children")
        try:
            with open(kept, "w", encoding="utf-8") as f:
                for line in reader:
                    try:
                        child = load_child(line, in_style)
                    except InvalidData as e:
                        bad += 1
                        where = Text(f"第 {line.number} 行", f"line {line.number}").get(args.lang)
                        for p in e.problems:
                            sys.stderr.write(f"{args.file}{sep}{where}{sep}{p.text(args.lang)}\n")
                        continue
                    f.write(to_json(child, style=style) + "\n")
        except (InvalidData, OSError, EOFError) as e:
            raise _unreadable(args.file, e, args.lang) from None
        finally:
            raw.close()
        facts = dict(reader.header)
        try:
            home = from_dict({**facts, "children": []}, Home, style=in_style)
            header = next(iter(to_lines(home, style=style)))
        except InvalidData:
            # a home whose records name its children: read with them, once
            with open(kept, encoding="utf-8") as f:
                children = [json.loads(x) for x in f]
            try:
                home = from_dict({**facts, "children": children}, Home, style=style)
            except InvalidData as e:
                raise _unreadable(args.file, e, args.lang) from None
            header = next(iter(to_lines(home, style=style)))
        _write(out, header, kept, as_lines=out.lower().endswith(_LINES), args=args)
    if bad:
        said = Text(
            f"{args.file}：{bad} 名儿童无效，未写出",
            f"{args.file}: {bad} children not valid, left out",
        )
        sys.stderr.write(said.get(args.lang) + "\n")
        return 2
    return 0


def _write(out: str, header: str, kept: str, *, as_lines: bool, args: argparse.Namespace) -> None:
    """OUTPUT from the header line and the file of the children's lines."""
    import json

    from left_behind.io import HEADER_KEY

    target = out + ".part"
    try:
        opened: Any = (
            gzip.open(target, "wb")  # noqa: SIM115 - closed by the with below
            if out.lower().endswith(".gz")
            else open(target, "wb")  # noqa: SIM115
        )
        with opened as f, open(kept, "rb") as children:
            if as_lines:
                f.write(header.encode("utf-8") + b"\n")
                shutil.copyfileobj(children, f)
            else:
                facts = json.loads(header)[HEADER_KEY]
                head = json.dumps(facts, ensure_ascii=False)[:-1]
                f.write((head + (", " if facts else "") + '"children": [').encode("utf-8"))
                for i, line in enumerate(children):
                    f.write((b", " if i else b"") + line.rstrip(b"\n"))
                f.write(b"]}\n")
        os.replace(target, out)
    except OSError as e:
        said = Text(
            f"{out}：无法写入文件：{e.strerror}", f"{out}: cannot write the file: {e.strerror}"
        )
        raise Failure("unwritable", [said]) from None
