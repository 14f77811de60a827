"""``left-behind plan`` text: the counts, then the timetable a week a block."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import left_behind as lb
from left_behind.cli import main
from left_behind.kinds import text_width
from left_behind.planning import SHANGHAI

FIRST, LAST = dt.date(2026, 9, 1), dt.date(2026, 9, 30)


def plan_text(capsys: pytest.CaptureFixture[str], lang: str) -> list[str]:
    argv = ["plan", "--sample", "--from", str(FIRST), "--to", str(LAST), "--lang", lang]
    main(argv)
    return capsys.readouterr().out.splitlines()


def sample_plan() -> lb.Plan:
    return lb.plan(lb.samples.home(), start=FIRST, end=LAST)


def weeks(lines: list[str], heading: str) -> list[list[str]]:
    """The blocks of the timetable: each week's heading row and session rows."""
    blocks, at = [], [i for i, line in enumerate(lines) if line.startswith(heading)]
    for i in at:
        end = lines.index("", i) if "" in lines[i:] else len(lines)
        blocks.append(lines[i:end])
    return blocks


@pytest.mark.parametrize(("lang", "heading"), [("zh", "2026-"), ("en", "Week of ")])
def test_every_session_is_a_row_of_its_week(
    capsys: pytest.CaptureFixture[str], lang: str, heading: str
) -> None:
    lines = plan_text(capsys, lang)
    made = sample_plan()
    blocks = weeks(lines, heading)
    rows = [r for b in blocks for r in b[2:]]
    assert len(rows) == len(made.sessions)
    programmes = {p.id: p.name for p in made.home.programmes}
    rooms = {r.id: r.name for r in made.home.rooms}
    for block in blocks:
        first, last = (dt.date.fromisoformat(w) for w in block[0].split() if w[:2] == "20")
        # a week a block: Monday to Sunday, cut to the plan's days
        assert first.weekday() == 0 or first == FIRST
        assert (last - first).days <= 6 and (last.weekday() == 6 or last == LAST)
        mine = sorted(
            (s for s in made.sessions if first <= s.start.astimezone(SHANGHAI).date() <= last),
            key=lambda s: (s.start, s.room, s.programme),
        )
        assert len(block) - 2 == len(mine)
        for row, s in zip(block[2:], mine, strict=True):
            start, end = s.start.astimezone(SHANGHAI), s.end.astimezone(SHANGHAI)
            assert row.startswith(f"  {start:%m-%d}")
            assert f"{start:%H:%M}-{end:%H:%M}" in row
            assert rooms[s.room] in row and programmes[s.programme] in row
            assert all(f in row for f in s.facilitators)
        # the columns line up by display width: each starts at the same column on every row
        starts = {
            tuple(text_width(r[: m.start()]) for m in re.finditer(r"\S+(?: \S+)*", r))[:4]
            for r in block[1:]
        }
        assert len(starts) == 1


def test_english_says_one_session_and_many_sessions(capsys: pytest.CaptureFixture[str]) -> None:
    lines = plan_text(capsys, "en")
    made = sample_plan()
    counts = {p.id: sum(s.programme == p.id for s in made.sessions) for p in made.home.programmes}
    assert 1 in counts.values() and any(n > 1 for n in counts.values())
    for prog, n in counts.items():
        if n:
            said = next(line for line in lines if line.startswith(f"  {prog} "))
            assert said.endswith(f": {n} session" if n == 1 else f": {n} sessions")
    assert not [line for line in lines if "1 sessions" in line and " 11 sessions" not in line]


def test_chinese_counts(capsys: pytest.CaptureFixture[str]) -> None:
    lines = plan_text(capsys, "zh")
    assert lines[0].startswith("日期：")  # every text report opens with its date
    assert lines[2] == f"  共 {len(sample_plan().sessions)} 场"
