"""book_calls: one call a week for each child with parents away, as many as can be, on time."""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import CallWindow, Home, NoCall, Weekday, Window, book_calls
from support_builders import kid

MONDAY = dt.date(2026, 9, 7)
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
SAT_MORNING = Window(day=Weekday.SATURDAY, start=dt.time(9), end=dt.time(10))


def with_windows(child: lb.Child, *windows: CallWindow) -> lb.Child:
    """The child with both parents (away) giving the same windows."""
    return attrs.evolve(
        child, parents=tuple(attrs.evolve(p, call_windows=windows) for p in child.parents)
    )


def home(*children: lb.Child, hours: tuple[Window, ...] = (SAT_MORNING,)) -> Home:
    return Home(name="示例家园", children=children, hours=hours)


SAT_9_TO_10 = CallWindow(day=Weekday.SATURDAY, start=dt.time(9), end=dt.time(10))


def test_a_child_gets_the_first_slot_that_suits() -> None:
    c = with_windows(kid("c-1"), SAT_9_TO_10)
    plan = book_calls(home(c), week=MONDAY, computers=1)
    (b,) = plan.bookings
    assert (b.child, b.start, b.end) == (
        "c-1",
        dt.datetime(2026, 9, 12, 9, 0, tzinfo=SHANGHAI),
        dt.datetime(2026, 9, 12, 9, 20, tzinfo=SHANGHAI),
    )
    assert plan.week_start == MONDAY and plan.not_served == ()


def test_any_day_of_the_week_names_the_same_week() -> None:
    c = with_windows(kid("c-1"), SAT_9_TO_10)
    plans = {book_calls(home(c), week=MONDAY + dt.timedelta(days=d), computers=1) for d in range(7)}
    assert len(plans) == 1


@pytest.mark.parametrize(("computers", "served"), [(0, 0), (1, 3), (2, 6), (3, 6)])
def test_three_slots_an_hour_on_each_computer(computers: int, served: int) -> None:
    kids = [with_windows(kid(f"c-{i}"), SAT_9_TO_10) for i in range(6)]
    plan = book_calls(home(*kids), week=MONDAY, computers=computers)
    assert len(plan.bookings) == served
    none = NoCall.NO_COMPUTERS if computers == 0 else NoCall.NO_COMPUTER
    assert {n.reason for n in plan.not_served} <= {none}
    # each child once at most, never more on a slot than there are computers
    assert len({b.child for b in plan.bookings}) == len(plan.bookings)
    per_slot = itertools.groupby(sorted(b.start for b in plan.bookings))
    assert all(len(list(g)) <= computers for _, g in per_slot)


def test_the_reasons_a_child_is_not_served() -> None:
    none = kid("c-1")  # no windows
    never = with_windows(
        kid("c-2"), CallWindow(day=Weekday.MONDAY, start=dt.time(9), end=dt.time(10))
    )
    plan = book_calls(home(none, never), week=MONDAY, computers=1)
    assert {(n.child, n.reason) for n in plan.not_served} == {
        ("c-1", NoCall.NO_WINDOW),
        ("c-2", NoCall.NO_OVERLAP),
    }


def test_a_child_with_a_parent_at_home_needs_no_call() -> None:
    at_home = kid("c-1", father=lb.Situation.AT_HOME, mother=lb.Situation.AT_HOME)
    plan = book_calls(home(with_windows(at_home, SAT_9_TO_10)), week=MONDAY, computers=1)
    assert plan.bookings == () and plan.not_served == ()


@pytest.mark.parametrize(
    ("week", "local"),
    [
        # Madrid keeps summer time (UTC+2) until the last Sunday of October,
        # then winter time (UTC+1): the same Shanghai hour is an hour later there
        (dt.date(2026, 10, 19), dt.time(3, 0)),
        (dt.date(2026, 10, 26), dt.time(2, 0)),
    ],
)
def test_a_parent_abroad_gives_hours_in_their_own_zone(week: dt.date, local: dt.time) -> None:
    madrid = zoneinfo.ZoneInfo("Europe/Madrid")
    # 02:00-03:20 in Madrid on a Saturday is 08:00-10:20 or 09:00-11:20 in Shanghai
    early = CallWindow(day=Weekday.SATURDAY, start=dt.time(2), end=dt.time(3, 20), time_zone=madrid)
    plan = book_calls(home(with_windows(kid("c-1"), early)), week=week, computers=1)
    (b,) = plan.bookings
    assert b.start.astimezone(SHANGHAI).time() == dt.time(9)
    assert b.parent_start.time() == local and b.parent_start.tzinfo == madrid


# --- the optimum, by brute force -----------------------------------------------------------------


def _most(plan_home: Home, computers: int) -> int:
    """The most children any booking could serve, by trying every assignment."""
    length = dt.timedelta(minutes=20)
    grid: list[dt.datetime] = []
    for w in plan_home.hours:  # the week's slots, built here without the library
        day = MONDAY + dt.timedelta(days=w.day.number - 1)
        t = dt.datetime.combine(day, w.start, SHANGHAI)
        while t + length <= dt.datetime.combine(day, w.end, SHANGHAI):
            grid.append(t)
            t += length
    fits: list[set[int]] = []
    for c in plan_home.children:
        ok = set()
        for k, t in enumerate(grid):
            for p in c.parents:
                for w in p.call_windows:
                    a, b = t.astimezone(w.zone), (t + length).astimezone(w.zone)
                    if (
                        a.isoweekday() == w.day.number
                        and a.date() == b.date()
                        and w.start <= a.time()
                        and b.time() <= w.end
                    ):
                        ok.add(k)
        fits.append(ok)
    best = 0
    for choice in itertools.product(*[[None, *sorted(f)] for f in fits]):
        taken = [k for k in choice if k is not None]
        if all(taken.count(k) <= computers for k in set(taken)):
            best = max(best, len(taken))
    return best


WINDOWS = [
    CallWindow(day=Weekday.SATURDAY, start=dt.time(9), end=dt.time(9, 40)),
    CallWindow(day=Weekday.SATURDAY, start=dt.time(9, 20), end=dt.time(10)),
    CallWindow(day=Weekday.SUNDAY, start=dt.time(9), end=dt.time(9, 20)),
    CallWindow(
        day=Weekday.SATURDAY,
        start=dt.time(3),
        end=dt.time(4),
        time_zone=zoneinfo.ZoneInfo("Europe/Madrid"),
    ),
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(st.sampled_from(WINDOWS), max_size=2), min_size=1, max_size=5),
    st.integers(1, 2),
)
def test_as_many_children_as_any_booking_could_serve(
    windows: list[list[CallWindow]], computers: int
) -> None:
    hours = (
        SAT_MORNING,
        Window(day=Weekday.SUNDAY, start=dt.time(9), end=dt.time(9, 40)),
    )
    kids = [with_windows(kid(f"c-{i}"), *ws) for i, ws in enumerate(windows)]
    h = home(*kids, hours=hours)
    plan = book_calls(h, week=MONDAY, computers=computers)
    assert len(plan.bookings) == _most(h, computers)
    # every booking lies inside the home's hours and one of the parent's windows
    for b in plan.bookings:
        assert any(
            w.day.number == b.start.isoweekday()
            and w.start <= b.start.time()
            and b.end.time() <= w.end
            for w in hours
        )
        child = next(c for c in kids if c.id == b.child)
        parent = next(p for p in child.parents if p.role is b.parent)
        assert any(
            b.parent_start.isoweekday() == w.day.number
            and w.start <= b.start.astimezone(w.zone).time()
            and b.end.astimezone(w.zone).time() <= w.end
            for w in parent.call_windows
        )
    assert book_calls(h, week=MONDAY, computers=computers) == plan


def test_the_sample_home_books_the_computers_its_rooms_hold() -> None:
    home = lb.samples.home()
    plan = book_calls(home, week=lb.samples.REFERENCE_DATE)
    assert plan.computers == sum(r.computers for r in home.rooms) == 2
    # a child left for want of a computer: every slot that suits the parents is full
    taken: dict[dt.datetime, int] = {}
    for b in plan.bookings:
        taken[b.start] = taken.get(b.start, 0) + 1
    assert max(taken.values()) <= plan.computers
    assert any(n.reason is NoCall.NO_COMPUTER for n in plan.not_served)
    served = [b.child for b in plan.bookings]
    assert len(served) == len(set(served))  # each child once
    assert not set(served) & {n.child for n in plan.not_served}


def test_the_calls_command(capsys: Any) -> None:
    from left_behind.cli import main

    status = main(["calls", "--sample", "--computers", "2", "--lang", "en"])
    out = capsys.readouterr().out
    plan = book_calls(lb.samples.home(), week=lb.samples.REFERENCE_DATE, computers=2)
    assert status == 0
    assert out.startswith(f"Video calls, week of {plan.week_start}: {len(plan.bookings)} booked")
    assert all(b.explain("en") in out for b in plan.bookings)
    status = main(["calls", "--sample", "--computers", "2", "--format", "json"])
    back = lb.from_json(capsys.readouterr().out, lb.CallPlan)
    assert status == 0 and back == plan
    assert main(["calls", "--sample", "--computers", "-1"]) == 2
