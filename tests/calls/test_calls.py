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
from left_behind import CallWindow, Home, Window, book_calls
from left_behind.calls import NoCall
from left_behind.model import Weekday
from left_behind.testing.support import kid
from profiles import examples

MONDAY = dt.date(2026, 9, 7)
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
SAT_MORNING = Window(day=Weekday.SATURDAY, start=dt.time(9), end=dt.time(10))


def with_windows(child: lb.Child, *windows: CallWindow) -> lb.Child:
    """The child with both parents (away) giving the same windows."""
    return attrs.evolve(
        child, parents=tuple(attrs.evolve(p, call_windows=windows) for p in child.parents)
    )


def home(*children: lb.Child, hours: tuple[Window, ...] = (SAT_MORNING,)) -> Home:
    """A home open in these weekly hours, on every kind of day (it records no terms)."""
    opening = tuple(lb.Opening(weekdays=[w.day], start=w.start, end=w.end) for w in hours)
    return Home(name="示例家园", children=children, opening=opening)


def _windows_of(h: Home) -> tuple[Window, ...]:
    """The weekly hours :func:`home` was given, back from its openings."""
    return tuple(
        Window(day=d, start=o.start, end=o.end) for o in h.opening for d in sorted(o.weekdays)
    )


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
    at_home = kid("c-1", father=lb.model.Situation.AT_HOME, mother=lb.model.Situation.AT_HOME)
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
    for w in _windows_of(plan_home):  # the week's slots, built here without the library
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


@settings(max_examples=examples(0.4), suppress_health_check=[HealthCheck.too_slow])
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
    first, second = out.splitlines()[:2]
    assert first == "As on 2026-09-01 (the sample's date)"
    assert second.startswith(f"Video calls, week of {plan.week_start}: {len(plan.bookings)} booked")
    assert all(b.explain("en") in out for b in plan.bookings)
    status = main(["calls", "--sample", "--computers", "2", "--format", "json"])
    back = lb.from_json(capsys.readouterr().out, lb.CallPlan)
    assert status == 0 and back == plan
    assert main(["calls", "--sample", "--computers", "-1"]) == 2


# --- a call wherever there is room, not only on a grid -------------------------------------------

KATHMANDU = zoneinfo.ZoneInfo("Asia/Kathmandu")  # UTC+05:45, 2 h 15 min behind Shanghai
KOLKATA = zoneinfo.ZoneInfo("Asia/Kolkata")  # UTC+05:30
MADRID = zoneinfo.ZoneInfo("Europe/Madrid")
AUTUMN_CHANGE_WEEK = dt.date(2026, 10, 19)  # Madrid leaves summer time on Sunday the 25th


def _window(
    day: Weekday, start: dt.time, end: dt.time, zone: zoneinfo.ZoneInfo | None = None
) -> CallWindow:
    return CallWindow(day=day, start=start, end=end, time_zone=zone)


MON, SAT, SUN = Weekday.MONDAY, Weekday.SATURDAY, Weekday.SUNDAY


@pytest.mark.parametrize(
    ("hours", "window", "first"),
    [
        # free 18:05-18:25 on a school day: one call fits exactly, off the home's 16:30 grid
        (
            (Window(day=MON, start=dt.time(16, 30), end=dt.time(19)),),
            _window(MON, dt.time(18, 5), dt.time(18, 25)),
            dt.datetime(2026, 9, 7, 18, 5),
        ),
        # 07:00-07:20 in Kathmandu is 09:15-09:35 in Shanghai
        (
            (SAT_MORNING,),
            _window(SAT, dt.time(7), dt.time(7, 20), KATHMANDU),
            dt.datetime(2026, 9, 12, 9, 15),
        ),
        # 07:00-07:20 in Kolkata is 09:30-09:50 in Shanghai
        (
            (SAT_MORNING,),
            _window(SAT, dt.time(7), dt.time(7, 20), KOLKATA),
            dt.datetime(2026, 9, 12, 9, 30),
        ),
        # two spans of opening that touch are one: a call may run across 09:30
        (
            (
                Window(day=SAT, start=dt.time(9), end=dt.time(9, 30)),
                Window(day=SAT, start=dt.time(9, 30), end=dt.time(10)),
            ),
            _window(SAT, dt.time(9, 20), dt.time(9, 40)),
            dt.datetime(2026, 9, 12, 9, 20),
        ),
    ],
)
def test_a_call_wherever_the_times_leave_room(
    hours: tuple[Window, ...], window: CallWindow, first: dt.datetime
) -> None:
    plan = book_calls(home(with_windows(kid("c-1"), window), hours=hours), week=MONDAY, computers=1)
    assert [b.start for b in plan.bookings] == [first.replace(tzinfo=SHANGHAI)]
    assert plan.not_served == ()


@pytest.mark.parametrize(("computers", "served"), [(1, 3), (2, 6)])
def test_three_calls_an_hour_when_the_hour_is_off_the_homes_grid(
    computers: int, served: int
) -> None:
    # the home opens at 16:30; from there 20-minute steps miss 18:00, 18:20 and 18:40
    school_day = (Window(day=MON, start=dt.time(16, 30), end=dt.time(19)),)
    evening = _window(MON, dt.time(18), dt.time(19))
    kids = [with_windows(kid(f"c-{i}"), evening) for i in range(6)]
    plan = book_calls(home(*kids, hours=school_day), week=MONDAY, computers=computers)
    assert len(plan.bookings) == served


def test_the_night_madrid_puts_its_clocks_back() -> None:
    # Sunday 02:30-03:30 in Madrid: 02:30-03:00 summer time is 08:30-09:00 in Shanghai,
    # the hour from 02:00 comes again, and 02:30-03:30 winter time is 09:30-10:30
    night = _window(SUN, dt.time(2, 30), dt.time(3, 30), MADRID)
    kids = [with_windows(kid(f"c-{i}"), night) for i in range(5)]
    hours = (Window(day=SUN, start=dt.time(8), end=dt.time(11)),)
    plan = book_calls(home(*kids, hours=hours), week=AUTUMN_CHANGE_WEEK, computers=1)
    starts = [b.start.time() for b in plan.bookings]
    assert starts == [dt.time(8, 30), dt.time(9, 30), dt.time(9, 50), dt.time(10, 10)]
    assert [n.reason for n in plan.not_served] == [NoCall.NO_COMPUTER]


# The brute force below knows nothing of the library's method: it tries every minute of the
# home's hours as a start, reads each minute of the call on the parent's clock and on the
# home's, and tries every choice of start (or none) for every child.

ZONES = [SHANGHAI, KATHMANDU, KOLKATA, MADRID]
WEEKS = [MONDAY, AUTUMN_CHANGE_WEEK]
HOURS = [
    (
        Window(day=SAT, start=dt.time(9), end=dt.time(9, 40)),
        Window(day=SAT, start=dt.time(9, 40), end=dt.time(10, 30)),
    ),
    (
        Window(day=SAT, start=dt.time(9), end=dt.time(10)),
        Window(day=SUN, start=dt.time(8, 10), end=dt.time(9, 45)),
    ),
]


def _minutes_of_hours(hours: tuple[Window, ...], monday: dt.date) -> list[dt.datetime]:
    found = set()
    for w in hours:
        day = monday + dt.timedelta(days=w.day.number - 1)
        t = dt.datetime.combine(day, w.start, SHANGHAI)
        while t < dt.datetime.combine(day, w.end, SHANGHAI):
            found.add(t)
            t += dt.timedelta(minutes=1)
    return sorted(found)


def _on_parents_clock(w: CallWindow, t: dt.datetime) -> bool:
    local = t.astimezone(w.zone)
    return local.isoweekday() == w.day.number and w.start <= local.time() < w.end


def _fitting(h: Home, monday: dt.date, minutes: int) -> dict[str, dict[dt.datetime, set[str]]]:
    """Each child's starts that fit the home's hours and a parent's window, with the parents."""
    open_minutes = _minutes_of_hours(_windows_of(h), monday)
    is_open = set(open_minutes)
    call = [dt.timedelta(minutes=m) for m in range(minutes)]
    found: dict[str, dict[dt.datetime, set[str]]] = {}
    for c in h.children:
        found[c.id] = {}
        for s in open_minutes:
            if not all(s + m in is_open for m in call):
                continue
            roles = {
                p.role.value
                for p in c.parents
                for w in p.call_windows
                if all(_on_parents_clock(w, s + m) for m in call)
            }
            if roles:
                found[c.id][s] = roles
    return found


def _fits_beside(s: dt.datetime, taken: list[dt.datetime], length: dt.timedelta, k: int) -> bool:
    """Whether a call from ``s`` keeps every minute at ``k`` calls or fewer."""
    return all(
        sum(1 for t in taken if t <= m < t + length) < k
        for m in (s + dt.timedelta(minutes=i) for i in range(length // dt.timedelta(minutes=1)))
    )


def _most_served(starts: list[list[dt.datetime]], length: dt.timedelta, k: int) -> int:
    """The most children served by any choice of a start (or none) for each child."""
    best = 0

    def go(i: int, taken: list[dt.datetime]) -> None:
        nonlocal best
        best = max(best, len(taken))
        if i == len(starts) or len(taken) + len(starts) - i <= best:
            return
        for s in starts[i]:
            if _fits_beside(s, taken, length, k):
                go(i + 1, [*taken, s])
        go(i + 1, taken)

    go(0, [])
    return best


@st.composite
def call_windows(draw: st.DrawFn, monday: dt.date) -> CallWindow:
    """A window of 15 to 50 minutes near the home's weekend mornings, on some parent's clock."""
    zone = draw(st.sampled_from(ZONES))
    day = monday + dt.timedelta(days=draw(st.sampled_from([5, 6])))
    at = dt.datetime.combine(day, dt.time(8), SHANGHAI) + dt.timedelta(
        minutes=draw(st.integers(0, 150))
    )
    local = at.astimezone(zone).replace(tzinfo=None)
    end = local + dt.timedelta(minutes=draw(st.integers(15, 50)))
    if end.date() != local.date():
        end = dt.datetime.combine(local.date(), dt.time(23, 59))
    return _window(Weekday.of(local.date()), local.time(), end.time(), zone)


@settings(max_examples=examples(0.6), suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(WEEKS), st.sampled_from(HOURS), st.integers(1, 2))
def test_as_many_children_as_any_minute_of_any_booking_could_serve(
    data: st.DataObject, week: dt.date, hours: tuple[Window, ...], computers: int
) -> None:
    windows = data.draw(st.lists(st.lists(call_windows(week), max_size=2), min_size=1, max_size=4))
    kids = [with_windows(kid(f"c-{i}"), *ws) for i, ws in enumerate(windows)]
    h = home(*kids, hours=hours)
    plan = book_calls(h, week=week, computers=computers)
    length = dt.timedelta(minutes=plan.minutes)
    fitting = _fitting(h, week, plan.minutes)
    assert len(plan.bookings) == _most_served(
        [sorted(fitting[c.id]) for c in kids], length, computers
    )
    # each booking: a start that fits, for the parent named, on a computer free then
    for b in plan.bookings:
        # (an hour that comes twice never equals another zone's time: compare in UTC)
        assert b.end - b.start == length
        assert b.parent_start.astimezone(dt.timezone.utc) == b.start.astimezone(dt.timezone.utc)
        assert b.parent.value in fitting[b.child][b.start]
        assert b.parent_start.tzinfo in ZONES
        assert 1 <= b.computer <= computers
        assert not any(
            o is not b and o.computer == b.computer and o.start < b.end and b.start < o.end
            for o in plan.bookings
        )
    assert len({b.child for b in plan.bookings}) == len(plan.bookings)
    # each child left out, for a true reason
    taken = [b.start for b in plan.bookings]
    for n in plan.not_served:
        child = next(c for c in kids if c.id == n.child)
        if n.reason is NoCall.NO_WINDOW:
            assert not any(p.call_windows for p in child.parents)
        elif n.reason is NoCall.NO_OVERLAP:
            assert any(p.call_windows for p in child.parents) and not fitting[n.child]
        else:
            assert n.reason is NoCall.NO_COMPUTER and fitting[n.child]
            assert not any(_fits_beside(s, taken, length, computers) for s in fitting[n.child])
    assert {b.child for b in plan.bookings} | {n.child for n in plan.not_served} == {
        c.id for c in kids
    }
    assert book_calls(h, week=week, computers=computers) == plan


@settings(max_examples=examples(0.4), suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(WEEKS), st.sampled_from(HOURS))
def test_a_search_cut_short_says_so_and_still_books_validly(
    data: st.DataObject, week: dt.date, hours: tuple[Window, ...]
) -> None:
    """With the branch and bound allowed a single step, what is booked still fits, and a
    child left out where the search did not finish is told so, not that the computers
    are taken."""
    windows = data.draw(st.lists(st.lists(call_windows(week), max_size=2), min_size=1, max_size=5))
    kids = [with_windows(kid(f"c-{i}"), *ws) for i, ws in enumerate(windows)]
    h = home(*kids, hours=hours)
    full = book_calls(h, week=week, computers=1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("left_behind.calls._book.SEARCH_NODES", 1)
        cut = book_calls(h, week=week, computers=1)
    fitting = _fitting(h, week, cut.minutes)
    length = dt.timedelta(minutes=cut.minutes)
    assert len(cut.bookings) <= len(full.bookings)
    for b in cut.bookings:
        assert b.parent.value in fitting[b.child][b.start]
        assert not any(o is not b and o.start < b.end and b.start < o.end for o in cut.bookings)
    taken = [b.start for b in cut.bookings]
    for n in cut.not_served:
        if n.reason is NoCall.NO_COMPUTER:
            assert not any(_fits_beside(s, taken, length, 1) for s in fitting[n.child])
    if len(cut.bookings) < len(full.bookings):
        assert any(n.reason is NoCall.SEARCH_LIMIT for n in cut.not_served)


# --- the home's opening hours, at their edges ----------------------------------------------------

SEPT_12 = dt.date(2026, 9, 12)  # the Saturday of the week of MONDAY, in no school term


def _opening(start: dt.time, end: dt.time, **on: Any) -> lb.Opening:
    return lb.Opening(start=start, end=end, **on)


@pytest.mark.parametrize(
    ("opening", "closures", "booked", "why"),
    [
        ((_opening(dt.time(9), dt.time(9, 20), weekdays=[SAT]),), (), True, "ends at closing"),
        ((_opening(dt.time(9), dt.time(9, 19), weekdays=[SAT]),), (), False, "a minute short"),
        ((_opening(dt.time(9), dt.time(10), weekdays=[SUN]),), (), False, "closed on Saturdays"),
        ((_opening(dt.time(9), dt.time(10)),), (), True, "every day, every kind of day"),
        (
            (_opening(dt.time(9), dt.time(10), day=lb.calendar.DayKind.WEEKEND),),
            (),
            True,
            "weekend days",
        ),
        (
            (_opening(dt.time(9), dt.time(10), day=lb.calendar.DayKind.WORKDAY),),
            (),
            False,
            "working days only",
        ),
        (
            (_opening(dt.time(9), dt.time(10)),),
            (lb.calendar.Closure(first=SEPT_12, last=SEPT_12, reason="消防安全检修"),),
            False,
            "a day of its closures",
        ),
    ],
)
def test_a_call_at_the_edges_of_the_opening_hours(
    opening: tuple[lb.Opening, ...], closures: tuple[Any, ...], booked: bool, why: str
) -> None:
    assert lb.Policy().call_minutes == 20
    h = attrs.evolve(
        home(with_windows(kid("c-1"), SAT_9_TO_10)), opening=opening, closures=closures
    )
    plan = book_calls(h, week=MONDAY, computers=1)
    assert [b.start.astimezone(SHANGHAI).time() for b in plan.bookings] == (
        [dt.time(9)] if booked else []
    ), why
    assert [n.reason for n in plan.not_served] == ([] if booked else [NoCall.NO_OVERLAP]), why
