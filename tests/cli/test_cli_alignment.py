"""The text tables line up by display width, Chinese (two columns a character) or not."""

from __future__ import annotations

import re

import pytest

from left_behind.cli import main
from left_behind.kinds import table, text_width

CELL = re.compile(r"\S+(?: \S+)*")  # cells are two spaces or more apart


def starts(line: str, columns: tuple[int, ...]) -> tuple[int, ...]:
    cells = [text_width(line[: m.start()]) for m in CELL.finditer(line)]
    return tuple(cells[c] for c in columns)


@pytest.mark.parametrize(
    ("argv", "columns"),
    [
        (["due", "--sample"], (0, 1, 2, 3)),  # due day, how late, for whom, what
        (["volunteers", "--sample"], (0, 1, 2, 3, 4, 6)),  # the hours are aligned right
        (["risk", "--sample"], (0, 2)),  # the score too
    ],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_rows_line_up(
    capsys: pytest.CaptureFixture[str], argv: list[str], columns: tuple[int, ...], lang: str
) -> None:
    main([*argv, "--lang", lang])
    blocks = capsys.readouterr().out.split("\n\n")
    checked = 0
    for block in blocks:
        rows = [
            r
            for r in block.splitlines()
            if not r.startswith("  ·") and len(list(CELL.finditer(r))) > max(columns)
        ]
        if len(rows) > 1:
            assert len({starts(r, columns) for r in rows}) == 1, block[:200]
            checked += len(rows)
    assert checked > 3


def test_a_count_of_four_digits_stays_in_line() -> None:
    lines = table([["错误", "1000", "规则"], ["警告", "7", "rule"]], right=[1])
    assert lines == ["错误  1000  规则", "警告     7  rule"]
