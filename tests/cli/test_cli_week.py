"""``left-behind week``: the home's week as text and JSON, its limit, its exit status."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import left_behind as lb
from left_behind.cli import main

MONDAY = dt.date(2026, 8, 31)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_sample_week_opens_with_the_date_and_the_week(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "week", "--sample", "--lang", "en")
    # a view, not a check: the README's first command exits with 0 though items are overdue
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "As on 2026-09-01 (the sample's date)"
    assert lines[1] == "石村儿童快乐家园: the week of 2026-08-31 to 2026-09-06 (today 2026-09-01)"
    w = lb.agenda.week(lb.samples.home(), on=lb.samples.REFERENCE_DATE)
    assert out == lines[0] + "\n" + lb.agenda.render_week(w, "en") + "\n"


def test_chinese_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "week", "--sample", "--on", str(MONDAY))
    assert status == 0
    assert "2026-08-31 至 2026-09-06 这一周" in out and "先关注的儿童" in out


def test_json_gives_every_part_whole_without_the_home(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "week", "--sample", "--on", str(MONDAY), "--format", "json")
    data = json.loads(out)
    w = lb.agenda.week(lb.samples.home(), on=MONDAY)
    assert status == 0
    assert set(data) == {
        "home", "on", "first", "last", "due", "attention", "suggestions", "sessions", "calls"
    }  # fmt: skip
    assert (data["first"], data["last"]) == ("2026-08-31", "2026-09-06")
    assert len(data["due"]["items"]) == len(w.agenda.items)
    assert [a["child"] for a in data["attention"]] == [a.child for a in w.attention]
    assert len(data["sessions"]) == len(w.plan.sessions)
    assert len(data["calls"]["bookings"]) == len(w.calls.bookings)
    assert len(out) < 400_000  # the plan's home is not repeated


@pytest.mark.parametrize("limit", ["0", "-1", "many"])
def test_a_bad_limit_is_a_usage_error(capsys: pytest.CaptureFixture[str], limit: str) -> None:
    status, out, err = run(capsys, "week", "--sample", "--limit", limit)
    assert status == 2 and out == "" and "--limit" in err


def test_the_limit_cuts_each_part(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "week", "--sample", "--lang", "en", "--limit", "2")
    w = lb.agenda.week(lb.samples.home(), on=lb.samples.REFERENCE_DATE)
    assert f"... and {len(w.agenda.items) - 2} more (left-behind due)" in out
    assert f"... and {len(w.calls.bookings) - 2} more (left-behind calls)" in out
