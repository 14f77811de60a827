"""Planning holds each session to the home's one record of when it is open, at its edges."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import left_behind as lb
from left_behind.calendar import DayKind
from left_behind.model import IfClosed, SessionReason, Weekday

SAMPLE = lb.samples.home()
# 亲近母语 on Tuesdays and Thursdays, 16:40-17:40; dropped, not moved, when it does not fit
READ = attrs.evolve(
    SAMPLE.programme("p-read"), facilitators=(), children=(), if_closed=IfClosed.DROP
)
TUESDAY, THURSDAY = dt.date(2026, 9, 8), dt.date(2026, 9, 10)  # school days of the autumn term


def _home(*opening: lb.Opening, closures: tuple[lb.calendar.Closure, ...] = ()) -> lb.Home:
    return lb.Home(
        name="示例家园",
        rooms=(SAMPLE.room(READ.room),),
        programmes=(READ,),
        terms=SAMPLE.terms,
        opening=opening,
        closures=closures,
    )


def _open(start: tuple[int, int], end: tuple[int, int], **on: Any) -> lb.Opening:
    return lb.Opening(start=dt.time(*start), end=dt.time(*end), **on)


SCHOOL = DayKind.SCHOOL_DAY
OUTSIDE, NOT_OPEN, CLOSED = (
    SessionReason.OUTSIDE_HOURS,
    SessionReason.NOT_OPEN,
    SessionReason.CLOSED,
)


@pytest.mark.parametrize(
    ("opening", "kept", "dropped", "why"),
    [
        ((_open((16, 30), (17, 40), day=SCHOOL),), 2, None, "ends exactly at closing"),
        ((_open((16, 30), (17, 39), day=SCHOOL),), 0, OUTSIDE, "a minute past closing"),
        ((_open((16, 40), (19, 0), day=SCHOOL),), 2, None, "starts exactly at opening"),
        ((_open((16, 41), (19, 0), day=SCHOOL),), 0, OUTSIDE, "a minute before opening"),
        ((_open((16, 30), (19, 0), day=DayKind.WEEKEND),), 0, NOT_OPEN, "weekends only"),
        ((_open((16, 30), (19, 0), day=DayKind.VACATION),), 0, NOT_OPEN, "vacations only"),
        (
            (_open((16, 30), (19, 0), day=SCHOOL, weekdays=[Weekday.TUESDAY]),),
            1,
            NOT_OPEN,
            "school days, Tuesdays only: closed on Thursdays",
        ),
        (
            (_open((16, 30), (19, 0), weekdays=[Weekday.THURSDAY]),),
            1,
            NOT_OPEN,
            "every kind of day, Thursdays only: closed on Tuesdays",
        ),
        ((_open((16, 30), (19, 0)),), 2, None, "every day, every kind of day"),
        (
            (_open((16, 30), (17, 0), day=SCHOOL), _open((17, 0), (18, 0), day=SCHOOL)),
            0,
            OUTSIDE,
            "two windows that touch are still two: a session fits inside one",
        ),
    ],
)
def test_a_session_at_the_edges_of_the_opening_hours(
    opening: tuple[lb.Opening, ...], kept: int, dropped: SessionReason | None, why: str
) -> None:
    week = lb.plan(_home(*opening), start=TUESDAY, end=THURSDAY)
    assert len(week.of("p-read")) == kept, why
    assert {c.reason for c in week.changes} == (set() if dropped is None else {dropped}), why
    # the rule over a plan says the same of the sessions of the widest hours
    wide = lb.plan(_home(_open((0, 0), (23, 59))), start=TUESDAY, end=THURSDAY)
    held = attrs.evolve(wide, home=_home(*opening))
    found = lb.check_plan(held).filter(rule_id="PLAN-opening-hours").findings
    assert len(found) == 2 - kept, why


def test_a_closure_closes_the_home_whatever_its_opening_says() -> None:
    closure = lb.calendar.Closure(first=TUESDAY, last=TUESDAY, reason="消防安全检修")
    week = lb.plan(_home(_open((8, 0), (20, 0)), closures=(closure,)), start=TUESDAY, end=THURSDAY)
    assert [s.start.date() for s in week.of("p-read")] == [THURSDAY]
    assert [c.reason for c in week.changes] == [CLOSED]


def test_a_home_that_records_no_hours_is_not_held_to_any() -> None:
    week = lb.plan(_home(), start=TUESDAY, end=THURSDAY)
    assert len(week.of("p-read")) == 2 and not week.changes


def test_the_sample_home_says_one_thing_to_pairing_and_planning() -> None:
    # pairing's week in term is planning's school days and weekends
    week = SAMPLE.week()
    for day in Weekday:
        kind = DayKind.WEEKEND if day.is_weekend else SCHOOL
        assert week[day] == SAMPLE.open_on(kind, day)
        assert week[day], f"the sample home is open on {day.label('en')}s"
