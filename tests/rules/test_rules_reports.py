"""GF16 mandatory reports at their boundaries: the rule of ``rules/_reports.py``."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import left_behind as lb
from left_behind import CareArrangement, ReportEvent
from left_behind.model import GuardianshipType, LivingArrangement, ReportKind
from left_behind.testing.rules import ON, SINCE, UNDER_16, child, days, turning
from rules_helpers import ERROR, FOUND, TEN, found, only

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


# --- a situation the register shows: a child under 16 living alone -----------------------

ALONE = ("MPL-21-living-alone", ERROR, "$.living")
NO_REPORT = ("GF16-report", ERROR, "$.reports")


def alone(*reports: ReportEvent, birth: dt.date = TEN, on: dt.date = ON) -> lb.Child:
    return attrs.evolve(
        child(birth_date=birth, on=on, reports=reports), living=LivingArrangement.ALONE
    )


def reported(
    found_on: dt.date, made: dt.date | None = None, kind: ReportKind = ReportKind.LIVING_ALONE
) -> ReportEvent:
    return ReportEvent(kind=kind, discovered_on=found_on, reported_on=made)


@pytest.mark.parametrize(
    ("reports", "expected", "asks"),
    [
        ((), [NO_REPORT, ALONE], "report to the police at once"),
        # a report of the child living alone, made: only the placement is left
        ((reported(FOUND, FOUND),), [ALONE], "Place the child in safe care now"),
        ((reported(ON, ON),), [ALONE], "Place the child in safe care now"),
        # found today and not yet reported: not overdue, still to report
        ((reported(ON),), [ALONE], "report to the police at once"),
        # found before today, not reported: overdue
        (
            (reported(FOUND),),
            [("GF16-report", ERROR, "$.reports[0].reported_on"), ALONE],
            "report to the police at once",
        ),
        # reported after the check's date: not yet made on it
        (
            (reported(FOUND, ON + days(1)),),
            [("GF16-report", ERROR, "$.reports[0].reported_on"), ALONE],
            "report to the police at once",
        ),
        # a report of something else does not count
        (
            (reported(FOUND, FOUND, ReportKind.SUSPECTED_HARM),),
            [NO_REPORT, ALONE],
            "report to the police at once",
        ),
        # a report from before the care arrangement in force began is of another time
        (
            (reported(SINCE - days(1), SINCE - days(1)),),
            [NO_REPORT, ALONE],
            "report to the police at once",
        ),
        ((reported(SINCE, SINCE),), [ALONE], "Place the child in safe care now"),
    ],
)
def test_a_child_living_alone_is_reported_then_placed(
    reports: tuple[ReportEvent, ...], expected: list[tuple[str, str, str]], asks: str
) -> None:
    c = alone(*reports)
    assert found(c) == expected
    assert asks in only(c, "MPL-21-living-alone").message_en
    if NO_REPORT in expected:
        f = only(c, "GF16-report")
        assert "'living alone' and must be reported to the police at once" in f.message_en
        assert "未登记报告" in f.message_zh


TURNS_16 = turning(UNDER_16)  # the 16th birthday is ON


@pytest.mark.parametrize(
    ("shift", "expected"),
    [(-1, [NO_REPORT, ALONE]), (0, [NO_REPORT, ALONE]), (1, [])],
    ids=["day-before", "16th-birthday", "day-after"],
)
def test_no_report_is_asked_from_the_day_after_the_16th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    assert found(alone(birth=TURNS_16, on=on), on) == expected


def test_a_record_naming_a_parent_in_prison_asks_for_a_report() -> None:
    care = (CareArrangement(guardianship=GuardianshipType.FATHER_ONLY, since=TEN),)
    c = child(
        birth_date=TEN,
        father=lb.model.Situation.IMPRISONED,
        mother=lb.model.Situation.DECEASED,
        care=care,
    )
    assert NO_REPORT in found(c)
    made = attrs.evolve(c, reports=(reported(FOUND, FOUND),))
    assert NO_REPORT not in found(made)
