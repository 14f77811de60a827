"""GF16 mandatory reports at their boundaries: the rule of ``rules/_reports.py``."""

from __future__ import annotations

import datetime as dt

import pytest

from left_behind import ReportEvent, ReportKind
from rules_helpers import ERROR, FOUND, TEN, found, only
from rules_strategies import child, days

# --- GF16-report --------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "reported", "expected"),
    [
        (FOUND - days(1), None, []),  # the day before: nothing found yet
        (FOUND, None, []),  # found today: report it today
        (FOUND + days(1), None, [("GF16-report", ERROR, "$.reports[0].reported_on")]),
        (FOUND + days(12), None, [("GF16-report", ERROR, "$.reports[0].reported_on")]),
        (FOUND + days(12), FOUND, []),
        # reported three days late: overdue until the day of the report
        (FOUND + days(2), FOUND + days(3), [("GF16-report", ERROR, "$.reports[0].reported_on")]),
        (FOUND + days(3), FOUND + days(3), []),
        (FOUND + days(12), FOUND + days(3), []),
    ],
)
def test_report_to_the_police_at_once(
    on: dt.date, reported: dt.date | None, expected: list[tuple[str, str, str]]
) -> None:
    event = ReportEvent(kind=ReportKind.MISSING, discovered_on=FOUND, reported_on=reported)
    c = child(birth_date=TEN, on=on, reports=(event,))
    assert found(c, on) == expected
    if expected:
        f = only(c, "GF16-report", on)
        late = (on - FOUND).days
        kind = ReportKind.MISSING
        assert f"'{kind.label('en')}' was discovered on {FOUND}" in f.message_en
        assert f"still not reported to the police {late} day" in f.message_en
        assert f"{FOUND} 发现“{kind.label()}”，{late} 天后仍未向公安机关报告" in f.message_zh


@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_report_kind_is_named(kind: ReportKind) -> None:
    events = (
        ReportEvent(kind=ReportKind.MISSING, discovered_on=FOUND, reported_on=FOUND),
        ReportEvent(kind=kind, discovered_on=FOUND),
    )
    c = child(birth_date=TEN, reports=events)
    assert found(c) == [("GF16-report", ERROR, "$.reports[1].reported_on")]
    assert f"'{kind.label('en')}' was discovered" in only(c, "GF16-report").message_en
