"""Writing what a command makes to a file, or to standard output for ``-``."""

from __future__ import annotations

import sys

from left_behind.cli._common import Failure, safe_output

__all__ = ["write_out"]


def write_out(path: str, text: str, *, overwrite: bool) -> None:
    """Write ``text`` and a final newline as UTF-8 to ``path`` (``-``: standard output).

    Without ``overwrite``, an existing file is left as it is and the command
    fails: a register is never replaced by mistake. Raises :class:`Failure`
    with the reason when the file cannot be written.
    """
    if not text.endswith("\n"):
        text += "\n"
    if path == "-":
        safe_output(sys.stdout, utf8=True)
        sys.stdout.write(text)
        return
    try:
        with open(path, "w" if overwrite else "x", encoding="utf-8", newline="\n") as f:
            f.write(text)
    except FileExistsError:
        raise Failure(
            [f"{path}: the file exists already: give --force to replace it, or another name"]
        ) from None
    except OSError as e:
        raise Failure([f"{path}: cannot write the file: {e.strerror or e}"]) from None
