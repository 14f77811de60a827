"""Weekly video calls with parents far away (快乐网上行): who calls when, on which computer.

MPL art. 23 asks each absent parent to contact the child at least once a
week. The home lends its computers for it. :func:`book_calls` gives each
child whose parents are away one call in a week: inside the home's hours,
inside one of the parent's stated windows in the parent's own time zone, on
one of the home's computers, of the policy's length. A call may start at
any minute those leave room for, not only on steps of its length from the
opening. It serves as many children as any booking could (exactly: see
"the most calls" below), each child once, so no child is served twice
before another once; the same home and week always give the same booking.
Each child it cannot serve is listed with the reason.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from bisect import bisect_left, bisect_right, insort
from itertools import pairwise

import attrs

from left_behind.calendar import SHANGHAI, DayKind, NoSchoolYear, describe_day
from left_behind.kinds import COLON, LabelledEnum, Lang, Record, Text, as_tuple, mask_shaped
from left_behind.matching import best_assignment
from left_behind.model import CallWindow, Child, Home, ParentRole, Situation, Weekday
from left_behind.rules import Policy

__all__ = ["CallBooking", "CallPlan", "NoCall", "NotServed", "book_calls"]


class NoCall(LabelledEnum):
    """Why a child whose parents are away gets no call this week."""

    NO_WINDOW = "no_window", "父母未登记可通话时间", "no time for calls recorded for the parents"
    NO_OVERLAP = (
        "no_overlap",
        "父母可通话时间与家园开放时间不重合",
        "the parents' time free and the home's hours never meet",
    )
    NO_COMPUTERS = "no_computers", "家园没有登记电脑", "the home records no computer for calls"
    NO_COMPUTER = (
        "no_computer",
        "电脑时间已排满",
        "every computer is taken at the times that would suit",
    )
    SEARCH_LIMIT = (
        "search_limit",
        "排程搜索已达上限，未能排上（也许另有排法可以排上）",
        "the search for the best booking reached its limit before placing this child"
        " (another booking might)",
    )


@attrs.frozen(kw_only=True)
class CallBooking(Record):
    """One booked call: the child, the parent, when (the home's clock and the parent's).

    The child's id is whole; :meth:`explain` shows one shaped like an identity number
    or a phone masked, as every text for people does.
    """

    child: str
    parent: ParentRole
    computer: int
    start: dt.datetime
    end: dt.datetime
    parent_start: dt.datetime

    def explain(self, lang: Lang = "zh") -> str:
        """``SC-001 ← mother, 2026-09-05 10:00–10:20 (her time 04:00), computer 1``."""
        here = f"{self.start:%Y-%m-%d %H:%M}–{self.end:%H:%M}"
        there = f"{self.parent_start:%H:%M} {self.parent_start.tzname()}"
        child = mask_shaped(self.child)
        return Text(
            f"{child} ← {self.parent.label()}，{here}（对方时间 {there}），"
            f"第 {self.computer} 台电脑",
            f"{child} ← {self.parent.label('en')}, {here}"
            f" (the parent's time {there}), computer {self.computer}",
        ).get(lang)


@attrs.frozen(kw_only=True)
class NotServed(Record):
    """A child with no call booked, and why."""

    child: str
    reason: NoCall


@attrs.frozen(kw_only=True)
class CallPlan(Record):
    """The week's calls: from ``week_start`` (a Monday) for seven days."""

    week_start: dt.date
    minutes: int
    computers: int
    bookings: tuple[CallBooking, ...] = attrs.field(default=(), converter=as_tuple)
    not_served: tuple[NotServed, ...] = attrs.field(default=(), converter=as_tuple)

    def explain(self, lang: Lang = "zh") -> str:
        """Every booking and every child not served, one a line."""
        lines = [b.explain(lang) for b in self.bookings]
        sep = COLON.get(lang)
        lines += [f"{mask_shaped(n.child)}{sep}{n.reason.label(lang)}" for n in self.not_served]
        return "\n".join(lines)


def _away(child: Child, on: dt.date) -> list[ParentRole]:
    """The parents working away on ``on``: those a call is for."""
    roles = []
    for p in child.parents:
        s = p.situation_on(on)
        if s is not None and s.situation is Situation.WORKING_AWAY and not s.with_child:
            roles.append(p.role)
    return roles


def _hours_on(home: Home, day: dt.date, policy: Policy) -> list[tuple[dt.time, dt.time]]:
    """The home's open hours on ``day``: those of its kind of day (a holiday, a vacation, a
    closure count) and day of the week; of the week in term when its terms do not say."""
    if not home.opening:
        return []  # no hours recorded: no day's kind to work out
    try:
        kind: DayKind | None = describe_day(
            day,
            terms=home.terms or None,
            closures=home.closures,
            after_school_on_makeup_days=policy.after_school_on_makeup_days,
        ).kind
    except NoSchoolYear:
        kind = None
    return [(o.start, o.end) for o in home.open_on(kind, Weekday.of(day))]


# --- when a call fits ------------------------------------------------------------------------
#
# Times below are whole seconds from the Monday's midnight in Shanghai, so that a call is an
# int ``s`` and runs over ``[s, s + length)``. A call fits a child when it lies inside one span
# of the home's hours and inside one span of a parent's window; each child's fitting starts
# are a few closed ranges ``[lo, hi]``.

_UTC = dt.timezone.utc
# Wider than any offset from UTC a zone can have: the instants that a clock can show a day's
# times at lie within this of the day's times read as UTC.
_WIDEST = dt.timedelta(hours=24)
# No zone changes its offset twice within this: a change between two readings this far apart
# is found by halving.
_STEP = dt.timedelta(hours=3)


def _changes(first: dt.datetime, last: dt.datetime, zone: zoneinfo.ZoneInfo) -> list[dt.datetime]:
    """The instants from ``first`` to ``last`` (UTC) at which ``zone`` changes its offset."""
    found = []
    a = first
    while a < last:
        b = min(a + _STEP, last)
        if a.astimezone(zone).utcoffset() != b.astimezone(zone).utcoffset():
            lo, hi = a, b  # the old offset holds at lo, the new one at hi
            while hi - lo > dt.timedelta(seconds=1):
                mid = lo + (hi - lo) // 2
                if mid.astimezone(zone).utcoffset() == a.astimezone(zone).utcoffset():
                    lo = mid
                else:
                    hi = mid
            found.append(hi)
        a = b
    return found


def _wall_spans(
    day: dt.date, start: dt.time, end: dt.time, zone: zoneinfo.ZoneInfo
) -> list[tuple[dt.datetime, dt.datetime]]:
    """The instants at which a clock in ``zone`` reads from ``start`` to before ``end`` on
    ``day``: half-open spans in UTC. Most days it is one span; on the night the clocks go
    back it may be two (a window from 02:30 loses the hour from the second 02:00), and on the
    night they go forward the times skipped are simply not there."""
    lo, hi = dt.datetime.combine(day, start), dt.datetime.combine(day, end)
    first = (lo - _WIDEST).replace(tzinfo=_UTC)
    last = (hi + _WIDEST).replace(tzinfo=_UTC)
    spans: list[tuple[dt.datetime, dt.datetime]] = []
    cuts = [first, *_changes(first, last, zone), last]
    for a, b in pairwise(cuts):
        offset = a.astimezone(zone).utcoffset() or dt.timedelta()
        s = max(a, (lo - offset).replace(tzinfo=_UTC))
        e = min(b, (hi - offset).replace(tzinfo=_UTC))
        if s < e:
            if spans and spans[-1][1] == s:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
    return spans


def _blocks(
    home: Home, monday: dt.date, origin: dt.datetime, policy: Policy
) -> list[tuple[int, int]]:
    """The week's spans of opening, in order; spans that touch or overlap are one."""
    found: list[tuple[int, int]] = []
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        for opens, closes in _hours_on(home, day, policy):
            a = _seconds(dt.datetime.combine(day, opens, SHANGHAI), origin)
            b = _seconds(dt.datetime.combine(day, closes, SHANGHAI), origin)
            if found and a <= found[-1][1]:
                found[-1] = (found[-1][0], max(found[-1][1], b))
            elif a < b:
                found.append((a, b))
    return found


def _seconds(at: dt.datetime, origin: dt.datetime) -> int:
    return int((at - origin).total_seconds())


@attrs.frozen
class _Range:
    """Starts from ``lo`` to ``hi`` (both included) that fit one window of one parent."""

    lo: int
    hi: int
    parent: ParentRole
    zone: zoneinfo.ZoneInfo


# --- the most calls ----------------------------------------------------------------------------
#
# Which starts need trying. Take any booking and, on each computer, slide its calls earlier
# one by one from the first: each stops where its child's range of fitting starts begins or
# where the call before it on that computer ends. Nothing else can stop it, and no call
# leaves its range or meets another, so the booking serves the same children. After the
# slide each call starts where some range begins (the first of a run of calls back to back)
# plus a whole number of call lengths. So the starts ``lo + m * length`` inside one span of
# opening, for every range's ``lo``, are enough: no booking serves more children than the
# best one using those starts alone.
#
# Choosing among them. Calls from those starts overlap one another (a start at 18:00 and one
# at 18:10), so this is no longer a matching of children to slots: it is choosing intervals
# for jobs that each have several, which is NP-hard in general. It is solved exactly by
# branch and bound, which on the data of a home almost always stops at its first step:
#
# - An upper bound. Put marks every ``length`` seconds from some phase. Each call holds
#   exactly one mark (the first at or after its start), and no mark is held by more calls
#   than there are computers. So the children any booking serves can each be given a mark
#   reachable from one of their starts, at most ``computers`` a mark: a b-matching, whose
#   size bounds the booking's. Every phase gives a bound; the phases of the starts are tried.
# - Bookings. Calls given out in order of time, each free computer to the waiting child
#   with the fewest chances left (its last start earliest); and each bound's matching
#   turned into calls, each child placed at its earliest start before its mark that fits.
# - When the best booking found is smaller than the bound, the child with the most starts
#   left is split in two: its earlier starts, then its later ones. When every child has one
#   start left, calls given out in order of time are exact.
#
# Children whose starts lie within a call's length of each other compete; those that never
# do, directly or through others, are solved apart.


def _sweep(starts: dict[int, tuple[int, ...]], length: int, k: int) -> dict[int, int]:
    """Calls in order of time: at each start, free computers go to the children waiting
    there whose last start comes first (then the lower index)."""
    at: dict[int, list[int]] = {}
    for i, ss in starts.items():
        for s in ss:
            at.setdefault(s, []).append(i)
    chosen: dict[int, int] = {}
    running: list[int] = []  # the starts of the calls booked so far, in order
    for t in sorted(at):
        free = k - (len(running) - bisect_right(running, t - length))
        waiting = sorted((starts[i][-1], i) for i in at[t] if i not in chosen)
        for _, i in waiting[: max(free, 0)]:
            chosen[i] = t
            running.append(t)
    return chosen


def _fits(s: int, taken: list[int], length: int, k: int) -> bool:
    """Whether a call from ``s`` keeps every moment at ``k`` calls or fewer: the most calls
    at once over ``[s, s + length)`` are reached where one of them starts."""
    lo = bisect_right(taken, s - length)
    for x in [s, *taken[bisect_right(taken, s) : bisect_left(taken, s + length)]]:
        if bisect_right(taken, x) - bisect_right(taken, x - length, lo) + 1 > k:
            return False
    return True


def _bound(
    starts: dict[int, tuple[int, ...]], length: int, k: int, phase: int
) -> tuple[int, dict[int, int]]:
    """The bound of the marks from ``phase``, and a booking made from its matching."""
    kids = sorted(starts)
    marks: dict[int, int] = {}
    edges = []
    for n, i in enumerate(kids):
        for g in sorted({s + (phase - s) % length for s in starts[i]}):
            edges.append((n, marks.setdefault(g, len(marks)), 0))
    pairs = best_assignment(len(kids), [k] * len(marks), edges)
    at = {m: g for g, m in marks.items()}
    mark_of = {kids[n]: at[m] for n, m in pairs}
    taken: list[int] = []
    chosen: dict[int, int] = {}
    order = sorted(
        (mark_of[i], max(s for s in starts[i] if mark_of[i] - length < s <= mark_of[i]), i)
        for i in mark_of
    )
    for g, _, i in order:
        for s in starts[i]:
            if g - length < s <= g and _fits(s, taken, length, k):
                chosen[i] = s
                insort(taken, s)
                break
    return len(pairs), chosen


SEARCH_NODES = 2_000
"""How many steps of the branch and bound one group of competing children may take.

Homes' data almost always stop at the first step; a week of tangled windows could take
hours to prove. Past the limit the best booking found stands, and the children it leaves
out are told so (:attr:`NoCall.SEARCH_LIMIT`), never that every computer is taken."""


def _best(starts: dict[int, tuple[int, ...]], length: int, k: int) -> tuple[dict[int, int], bool]:
    """The starts of a booking serving the most children, each child from its own starts,
    and whether it is proven the most (the search ended within :data:`SEARCH_NODES`)."""
    phases = sorted({s % length for ss in starts.values() for s in ss})
    best: dict[int, int] = {}
    nodes = [starts]
    steps = 0
    while nodes:
        steps += 1
        if steps > SEARCH_NODES:
            return best, False
        node = nodes.pop()
        found = [_sweep(node, length, k)]
        top = len(node)
        for phase in phases:
            if top <= max(len(best), *map(len, found)):
                break
            size, booked = _bound(node, length, k, phase)
            top = min(top, size)
            found.append(booked)
        for booked in found:
            if len(booked) > len(best):
                best = booked
        if top <= len(best):
            continue
        wide = max(node, key=lambda i: (len(node[i]), -i))
        if len(node[wide]) == 1:
            continue  # one start each: the sweep was exact
        half = len(node[wide]) // 2
        for part in (node[wide][half:], node[wide][:half]):  # the earlier half first
            nodes.append({**node, wide: part})
    return best, True


def _competing(starts: dict[int, tuple[int, ...]], length: int) -> list[list[int]]:
    """The children in groups that never compete: no start of one group is within a call's
    length of a start of another."""
    root = {i: i for i in starts}

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    events = sorted((s, i) for i, ss in starts.items() for s in ss)
    for (s0, i0), (s1, i1) in pairwise(events):
        if s1 - s0 < length:
            root[find(i1)] = find(i0)
    groups: dict[int, list[int]] = {}
    for i in sorted(starts):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def book_calls(
    home: Home,
    *,
    week: dt.date,
    policy: Policy | None = None,
    computers: int | None = None,
) -> CallPlan:
    """One video call this week for each child whose parents work away, as many as can be.

    ``week`` is any day of the week (Monday to Sunday); ``computers`` the
    number the home lends for calls (its rooms' computers when not given).
    The home's hours are its opening hours of each day's kind (school day,
    weekend, vacation, holiday, closed) and day of the week
    (:meth:`~left_behind.Home.open_on`); of its week in term on a day its
    terms do not cover.

    >>> import left_behind as lb
    >>> calls = lb.book_calls(lb.samples.home(), week=lb.samples.REFERENCE_DATE)
    >>> len(calls.bookings) > 0, calls.week_start.isoweekday(), calls.computers
    (True, 1, 2)
    >>> {n.reason.value for n in calls.not_served} <= {"no_window", "no_overlap", "no_computer"}
    True
    """
    policy = Policy() if policy is None else policy
    minutes = policy.call_minutes
    length = minutes * 60
    count = _computers(home) if computers is None else computers
    monday = week - dt.timedelta(days=week.weekday())
    origin = dt.datetime.combine(monday, dt.time(0), SHANGHAI)
    blocks = _blocks(home, monday, origin, policy)
    children = sorted(
        (c for c in home.children if c.birth_date <= monday and _away(c, monday)),
        key=lambda c: c.id,
    )
    spans: dict[tuple[dt.date, CallWindow], list[tuple[int, int]]] = {}
    ranges: list[list[_Range]] = []
    windows_of: list[bool] = []
    for child in children:
        roles = _away(child, monday)
        windows = [(p.role, w) for p in child.parents if p.role in roles for w in p.call_windows]
        windows_of.append(bool(windows))
        mine = []
        for role, w in windows:
            # the parent's calendar may be a day behind or ahead of the home's week
            for offset in range(-1, 8):
                day = monday + dt.timedelta(days=offset)
                if Weekday.of(day) is not w.day:
                    continue
                if (day, w) not in spans:
                    spans[(day, w)] = [
                        (_seconds(a, origin), _seconds(b, origin))
                        for a, b in _wall_spans(day, w.start, w.end, w.zone)
                    ]
                for a, b in spans[(day, w)]:
                    for opens, closes in blocks:
                        lo, hi = max(a, opens), min(b, closes) - length
                        if lo <= hi:
                            mine.append(_Range(lo=lo, hi=hi, parent=role, zone=w.zone))
        ranges.append(mine)
    chosen: dict[int, int] = {}
    unproven: set[int] = set()  # children of groups whose search reached its limit
    if count > 0:
        starts = _starts(ranges, blocks, length)
        for group in _competing(starts, length):
            booked, proven = _best({i: starts[i] for i in group}, length, count)
            chosen.update(booked)
            if not proven:
                unproven.update(group)
    bookings = []
    free_from = [0] * count  # when each computer is free again
    for s, i in sorted((s, i) for i, s in chosen.items()):
        computer = next(n for n, t in enumerate(free_from) if t <= s)
        free_from[computer] = s + length
        r = next(r for r in ranges[i] if r.lo <= s <= r.hi)
        start = origin + dt.timedelta(seconds=s)
        bookings.append(
            CallBooking(
                child=children[i].id,
                parent=r.parent,
                computer=computer + 1,
                start=start,
                end=start + dt.timedelta(seconds=length),
                parent_start=start.astimezone(r.zone),
            )
        )
    not_served = [
        NotServed(
            child=c.id,
            reason=NoCall.NO_WINDOW
            if not windows_of[i]
            else NoCall.NO_OVERLAP
            if not ranges[i]
            else NoCall.NO_COMPUTERS
            if count == 0
            else NoCall.SEARCH_LIMIT
            if i in unproven
            else NoCall.NO_COMPUTER,
        )
        for i, c in enumerate(children)
        if i not in chosen
    ]
    return CallPlan(
        week_start=monday,
        minutes=minutes,
        computers=count,
        bookings=bookings,
        not_served=not_served,
    )


def _starts(
    ranges: list[list[_Range]], blocks: list[tuple[int, int]], length: int
) -> dict[int, tuple[int, ...]]:
    """Each child's starts worth trying (see above): from where some child's range begins,
    whole call lengths on, while the call stays inside that span of opening."""
    points: set[int] = set()
    for mine in ranges:
        for r in mine:
            closes = next(b for a, b in blocks if a <= r.lo < b)
            points.update(range(r.lo, closes - length + 1, length))
    ordered = sorted(points)
    starts = {}
    for i, mine in enumerate(ranges):
        found = {
            s
            for r in mine
            for s in ordered[bisect_left(ordered, r.lo) : bisect_right(ordered, r.hi)]
        }
        if found:
            starts[i] = tuple(sorted(found))
    return starts


def _computers(home: Home) -> int:
    """The computers the home's rooms hold (none recorded: none)."""
    return sum(room.computers for room in home.rooms)
