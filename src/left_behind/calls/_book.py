"""Weekly video calls with parents far away (快乐网上行): who calls when, on which computer.

MPL art. 23 asks each absent parent to contact the child at least once a
week. The home lends its computers for it. :func:`book_calls` gives each
child whose parents are away one call in a week: inside the home's hours,
inside one of the parent's stated windows in the parent's own time zone, on
one of the home's computers, of the policy's length. It serves as many
children as any booking could (an exact optimum of a matching: children on
one side, the week's call slots on the other, each slot taken by as many
children as there are computers), each child once, so no child is served
twice before another once; ties go to the earlier slot and the lower child
id. Each child it cannot serve is listed with the reason.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import attrs

from left_behind.calendar import NoSchoolYear, describe_day
from left_behind.matching._flow import best_assignment
from left_behind.model._base import Lang, Record, as_tuple
from left_behind.model._calendar import SHANGHAI
from left_behind.model._child import Child
from left_behind.model._enums import ParentRole, Situation
from left_behind.model._home import Home
from left_behind.model._ids import mask_shaped
from left_behind.model._labels import LabelledEnum
from left_behind.model._support_enums import Weekday
from left_behind.rules._policy import Policy

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
        if lang == "en":
            return (
                f"{child} ← {self.parent.label('en')}, {here}"
                f" (the parent's time {there}), computer {self.computer}"
            )
        return (
            f"{child} ← {self.parent.label()}，{here}（对方时间 {there}），"
            f"第 {self.computer} 台电脑"
        )


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
        sep = ": " if lang == "en" else "："
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
    """The home's open hours on ``day``: by the kind of day when the home records its
    opening hours that way (a holiday, a vacation, a closure count), else its weekly hours."""
    if home.opening:
        try:
            kind = describe_day(
                day,
                terms=home.terms or None,
                closures=home.closures,
                after_school_on_makeup_days=policy.after_school_on_makeup_days,
            ).kind
        except NoSchoolYear:
            kind = None
        if kind is not None:
            return sorted((o.start, o.end) for o in home.opening if o.day is kind)
    weekday = Weekday.of(day)
    return sorted((w.start, w.end) for w in home.hours if w.day is weekday)


def _slots(
    home: Home, monday: dt.date, minutes: int, policy: Policy
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Every call slot of the week inside the home's hours, in order."""
    length = dt.timedelta(minutes=minutes)
    found: list[tuple[dt.datetime, dt.datetime]] = []
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        for opens, closes in _hours_on(home, day, policy):
            start = dt.datetime.combine(day, opens, SHANGHAI)
            end = dt.datetime.combine(day, closes, SHANGHAI)
            while start + length <= end:
                found.append((start, start + length))
                start += length
    return found


def _fits(
    start: dt.datetime,
    end: dt.datetime,
    window_day: Weekday,
    w_start: dt.time,
    w_end: dt.time,
    zone: zoneinfo.ZoneInfo,
) -> bool:
    """Whether the slot lies inside the window, read on the parent's own calendar day."""
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    if Weekday.of(local_start.date()) is not window_day or local_end.date() != local_start.date():
        return False
    return w_start <= local_start.time() and local_end.time() <= w_end


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
    The home's hours are those of each kind of day (school day, weekend,
    vacation, holiday, closed) when it records them so, else its weekly hours.

    >>> import left_behind as lb
    >>> calls = lb.book_calls(lb.samples.home(), week=lb.samples.REFERENCE_DATE)
    >>> len(calls.bookings) > 0, calls.week_start.isoweekday(), calls.computers
    (True, 1, 2)
    >>> {n.reason.value for n in calls.not_served} <= {"no_window", "no_overlap", "no_computer"}
    True
    """
    policy = Policy() if policy is None else policy
    minutes = policy.call_minutes
    count = _computers(home) if computers is None else computers
    monday = week - dt.timedelta(days=week.weekday())
    slots = _slots(home, monday, minutes, policy)
    children = sorted(
        (c for c in home.children if c.birth_date <= monday and _away(c, monday)),
        key=lambda c: c.id,
    )
    edges: list[tuple[int, int, int]] = []
    parent_of: dict[tuple[int, int], tuple[ParentRole, zoneinfo.ZoneInfo]] = {}
    windows_of: list[bool] = []
    for i, child in enumerate(children):
        roles = _away(child, monday)
        windows = [(p.role, w) for p in child.parents if p.role in roles for w in p.call_windows]
        windows_of.append(bool(windows))
        for j, (start, end) in enumerate(slots):
            for role, w in windows:
                if _fits(start, end, w.day, w.start, w.end, w.zone):
                    # an earlier slot scores higher, so ties go to the earlier call
                    edges.append((i, j, len(slots) - j))
                    parent_of[(i, j)] = (role, w.zone)
                    break
    chosen = best_assignment(len(children), [count] * len(slots), edges)
    used: dict[int, int] = {}
    bookings = []
    for i, j in chosen:
        used[j] = used.get(j, 0) + 1
        role, zone = parent_of[(i, j)]
        start, end = slots[j]
        bookings.append(
            CallBooking(
                child=children[i].id,
                parent=role,
                computer=used[j],
                start=start,
                end=end,
                parent_start=start.astimezone(zone),
            )
        )
    bookings.sort(key=lambda b: (b.start, b.computer))
    served = {i for i, _ in chosen}
    allowed = {i for i, _, _ in edges}
    not_served = [
        NotServed(
            child=c.id,
            reason=NoCall.NO_WINDOW
            if not windows_of[i]
            else NoCall.NO_COMPUTERS
            if count == 0 and i in allowed
            else NoCall.NO_COMPUTER
            if i in allowed
            else NoCall.NO_OVERLAP,
        )
        for i, c in enumerate(children)
        if i not in served
    ]
    return CallPlan(
        week_start=monday,
        minutes=minutes,
        computers=count,
        bookings=bookings,
        not_served=not_served,
    )


def _computers(home: Home) -> int:
    """The computers the home's rooms hold (none recorded: none)."""
    return sum(room.computers for room in home.rooms)
