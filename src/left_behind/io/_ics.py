"""A plan as an iCalendar file (RFC 5545), for phones and desktop calendars.

An adapter around the optional ``icalendar`` package (``pip install
'left_behind[ics]'``). Each programme with a recurrence rule is one series:
its rule (the term's timetable) with the plan's last day as its end, its
exceptions (``EXDATE``) where the plan dropped or moved an occurrence, and a
moved occurrence as an event of its own that names the start it was moved
from (``X-LEFT-BEHIND-MOVED-FROM``); every other session (vacation timetables, the year's
events) is an event of its own. Times are in Asia/Shanghai with the zone's
``VTIMEZONE``; names are the home's, in Chinese. A provisional session (a
year whose holiday notice is not out) is ``STATUS:TENTATIVE`` and says so in
its summary. Children and facilitators appear by id only, and an id shaped
like an identity number or a phone masked as everywhere it is shown: the
file leaves the home.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from left_behind.calendar import SHANGHAI
from left_behind.kinds import Recurrence, mask_shaped
from left_behind.model import Plan, Programme, Session

__all__ = ["plan_to_ics"]

_PRODID = "-//left_behind//planning//ZH"


def _icalendar() -> Any:
    try:
        import icalendar
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            "writing .ics files needs the icalendar package: pip install 'left_behind[ics]'"
        ) from exc
    return icalendar


def _rule_starts(rule: Recurrence, first: dt.datetime, last: dt.date) -> tuple[dt.datetime, ...]:
    """The starts a rule gives from ``first`` to the end of ``last``."""
    end = dt.datetime.combine(last, dt.time(23, 59, 59), SHANGHAI)
    return rule.between(first, first, end)


def plan_to_ics(
    plan: Plan,
    *,
    child: str | None = None,
    facilitator: str | None = None,
) -> bytes:
    """``plan`` as the bytes of an ``.ics`` file: all of it, or one child's or one facilitator's.

    >>> import datetime as dt, left_behind as lb
    >>> plan = lb.plan(lb.samples.home(), start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30))
    >>> text = lb.io.plan_to_ics(plan).decode("utf-8")
    >>> "BEGIN:VTIMEZONE" in text and "TZID:Asia/Shanghai" in text
    True
    """
    ical = _icalendar()
    cal = ical.Calendar()
    cal.add("prodid", _PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", plan.home.name or "活动计划")
    cal.add("x-wr-timezone", "Asia/Shanghai")
    chosen = [
        s
        for s in plan.sessions
        if (child is None or child in s.children)
        and (facilitator is None or facilitator in s.facilitators)
    ]
    programmes = {p.id: p for p in plan.home.programmes}
    rooms = {r.id: r.name for r in plan.home.rooms}
    by_programme: dict[str, list[Session]] = {}
    for s in chosen:
        by_programme.setdefault(s.programme, []).append(s)
    for pid, sessions in by_programme.items():
        p = programmes.get(pid)
        for event in _events(ical, plan, p, sessions, rooms):
            cal.add_component(event)
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data


def _events(
    ical: Any, plan: Plan, p: Programme | None, sessions: Sequence[Session], rooms: dict[str, str]
) -> Iterable[Any]:
    name = p.name if p is not None else sessions[0].programme
    if p is None or p.recurrence is None or p.time is None:
        for s in sessions:
            yield _event(ical, s, name, rooms)
        return
    starts = {s.start: s for s in sessions}
    # the series starts on the first day its rule gives inside the plan
    first_day = dt.datetime.combine(plan.first, p.time, SHANGHAI)
    # the file's rule is the programme's without its own end, bounded by the plan: every
    # occurrence it gives that the plan did not keep is ruled out below, whatever the reason
    # (the programme's own COUNT or UNTIL, a holiday, a move), so the file is the plan exactly
    unbounded = p.recurrence.unbounded()
    series = _rule_starts(unbounded, first_day, plan.last)
    if not series:
        for s in sessions:
            yield _event(ical, s, name, rooms)
        return
    master = ical.Event()
    master.add("uid", f"{plan.home.name}/{p.id}/series@left-behind")
    master.add("summary", name)
    master.add("dtstart", series[0])
    master.add("dtend", series[0] + p.duration)
    master.add("dtstamp", dt.datetime.combine(plan.first, dt.time(0), dt.timezone.utc))
    until = dt.datetime.combine(plan.last, dt.time(23, 59, 59), SHANGHAI)
    rule = ical.vRecur.from_ical(str(unbounded))
    rule["UNTIL"] = until.astimezone(dt.timezone.utc)
    master.add("rrule", rule)
    master.add("location", rooms.get(p.room, p.room))
    # an occurrence is part of the series only as the programme's timetable has it: at its
    # start, in its room, of its length; a provisional one never (its holidays are unknown)
    kept = {
        t
        for t in series
        if t in starts
        and starts[t].moved_from is None
        and not starts[t].provisional
        and starts[t].room == p.room
        and starts[t].end - starts[t].start == p.duration
    }
    # every occurrence of the rule the plan did not keep as it is, ruled out
    for t in series:
        if t not in kept:
            master.add("exdate", t)
    yield master
    for s in sessions:
        if s.start in kept:
            continue
        event = _event(ical, s, name, rooms)
        if s.moved_from is not None:
            # the occurrence it replaces was ruled out of the series above
            event.add("x-left-behind-moved-from", s.moved_from.isoformat())
        yield event


def _event(ical: Any, s: Session, name: str, rooms: dict[str, str]) -> Any:
    event = ical.Event()
    event.add("uid", f"{s.id}@left-behind")
    event.add("summary", f"（待定）{name}" if s.provisional else name)
    event.add("dtstart", s.start.astimezone(SHANGHAI))
    event.add("dtend", s.end.astimezone(SHANGHAI))
    # a fixed stamp keeps the file the same for the same plan
    event.add("dtstamp", dt.datetime.combine(s.start.date(), dt.time(0), dt.timezone.utc))
    event.add("location", rooms.get(s.room, s.room))
    event.add("status", "TENTATIVE" if s.provisional else "CONFIRMED")
    if s.facilitators:
        # many homes key people by the identity number or the phone (MPL art. 103)
        event.add("description", "负责人：" + "、".join(map(mask_shaped, s.facilitators)))
    return event
