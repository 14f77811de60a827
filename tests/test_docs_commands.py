"""The shell examples of the README and the guide can be followed as written.

Each ``sh`` block is run line by line, in order, in an empty folder: a file
that a line reads must have been written by a line before it.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from left_behind.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", ROOT / "docs" / "getting-started.md"]
PROGRAMS = (["left-behind"], ["python", "-m", "left_behind"])


def command_blocks(path: Path) -> list[list[str]]:
    """The command lines of each ``sh`` block that runs the program (comments removed)."""
    text = path.read_text(encoding="utf-8")
    blocks = re.findall(r"^```sh\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    found = []
    for block in blocks:
        lines = [re.sub(r"\s+#.*$", "", line).strip() for line in block.splitlines()]
        lines = [line for line in lines if line]
        if any(_argv(line) is not None for line in lines):
            found.append(lines)
    return found


def _argv(line: str) -> list[str] | None:
    words = shlex.split(line)
    for program in PROGRAMS:
        if words[: len(program)] == program:
            return words[len(program) :]
    return None


BLOCKS = [
    pytest.param(path, i, lines, id=f"{path.name}-{i}")
    for path in DOCS
    for i, lines in enumerate(command_blocks(path))
]


def test_there_are_command_blocks() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize(("path", "index", "lines"), BLOCKS)
def test_the_commands_run_in_order_in_an_empty_folder(
    path: Path,
    index: int,
    lines: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    for line in lines:
        argv = _argv(line)
        assert argv is not None, f"{path.name}: not a command of left_behind: {line}"
        status = main(argv)
        _, err = capsys.readouterr()
        # check exits with 1 when it finds an error, due when an item is overdue, risk when a
        # child is at high risk: a result
        allowed = (0, 1) if argv[0] in ("check", "due", "risk") else (0,)
        assert status in allowed, f"{path.name}: {line}\n{err}"
