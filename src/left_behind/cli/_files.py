"""Writing what a command makes to a file, or to standard output for ``-``.

One rule for every command that writes a file: an existing file is never
replaced unless the command is given ``--force`` (:func:`add_force_argument`).
"""

from __future__ import annotations

import argparse
import sys

from left_behind.cli._common import Failure, safe_output
from left_behind.cli._lang import reason, words
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from left_behind.kinds import Lang

__all__ = ["EXISTS", "add_force_argument", "write_out"]

EXISTS = Text(
    "{path}：文件已经存在：要替换它请加 --force，或换一个文件名",
    "{path}: the file exists already: give --force to replace it, or another name",
)
"""What a command that would replace an existing file without ``--force`` says."""


def add_force_argument(parser: argparse.ArgumentParser, name: str = "FILE") -> None:
    """The ``--force`` that lets a command replace the existing file it writes to."""
    parser.add_argument(
        "--force",
        action="store_true",
        help=words(f"{name} 已存在时替换它", f"replace {name} if it exists"),
    )


def write_out(path: str, text: str | bytes, *, overwrite: bool, lang: Lang = "zh") -> None:
    """Write ``text`` to ``path`` (``-``: standard output): a text as UTF-8 with a final newline.

    Without ``overwrite``, an existing file is left as it is and the command
    fails: a register is never replaced by mistake. Raises :class:`Failure`
    with the reason, in ``lang``, when the file cannot be written.
    """
    if isinstance(text, str) and not text.endswith("\n"):
        text += "\n"
    data = text.encode("utf-8") if isinstance(text, str) else text
    if path == "-":
        if isinstance(text, str):
            safe_output(sys.stdout, utf8=True)
            sys.stdout.write(text)
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        return
    try:
        with open(path, "wb" if overwrite else "xb") as f:
            f.write(data)
    except FileExistsError:
        raise Failure("file-exists", [EXISTS.format(path=path)]) from None
    except OSError as e:
        why = reason(e)
        line = Text(f"{path}：无法写入文件：{why.zh}", f"{path}: cannot write the file: {why.en}")
        raise Failure("unwritable", [line]) from None
