"""From a home's programmes to dated sessions: :func:`plan`.

Each programme's timetable (an RFC 5545 rule read by python-dateutil, or a
place in a holiday or a vacation) gives the starts it asks for; each start
is then held to the home's calendar: the kind of day (a school day, a
weekend, a vacation day, a public holiday, a make-up working day or a day
the home is closed, from :func:`left_behind.calendar.describe_day` with the
home's terms and closures) and the opening hours of that kind. A session
that fits is kept; one that does not is dropped, or moved to the next day it
fits when the programme says so, and the plan says why. A session on a date
no State Council notice settles yet is provisional. Pure and deterministic:
the same home, dates and policy give the same plan.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Sequence

import attrs

from left_behind.calendar import (
    DEFAULT_CALENDAR,
    DayKind,
    Festival,
    OfficialCalendar,
    describe_day,
)
from left_behind.calendar import NoSchoolYear as _NoSchoolYear
from left_behind.kinds import Recurrence
from left_behind.model import (
    During,
    Home,
    IfClosed,
    Opening,
    Plan,
    PlanNote,
    PlanNoteReason,
    Plans,
    Programme,
    Session,
    SessionChange,
    SessionFate,
    SessionReason,
    Weekday,
)
from left_behind.planning._rules import PLAN_SUBJECT, SHANGHAI
from left_behind.rules import Policy, Report, RuleSet, check, default_rules

__all__ = ["check_plan", "plan", "planning_rules"]

_DEFAULT_POLICY = Policy()
_ONE_DAY = dt.timedelta(days=1)

# the days of the year each holiday can fall in, to say a plan may miss it
# when the year's notice is not out (the Spring Festival holiday is always
# between late January and late February, by the lunar calendar)
_HOLIDAYS = {
    During.SPRING_FESTIVAL: (Festival.SPRING_FESTIVAL, (1, 15), (2, 28)),
    During.QINGMING: (Festival.QINGMING, (4, 1), (4, 7)),
    During.NATIONAL_DAY: (Festival.NATIONAL_DAY, (9, 28), (10, 8)),
}
# the home's records are missing, not the day unfit: such a session is not moved
_MISSING = frozenset({SessionReason.NO_TERMS, SessionReason.TERMS_NOT_RECORDED})
_CLOSED_REASONS = {
    DayKind.PUBLIC_HOLIDAY: SessionReason.PUBLIC_HOLIDAY,
    DayKind.CLOSED: SessionReason.CLOSED,
    DayKind.MAKEUP_WORKDAY: SessionReason.MAKEUP_WORKDAY,
}


@attrs.frozen
class _Day:
    kind: DayKind | None  # None: no school year covers the day
    provisional: bool
    vacation: bool
    note: str


class _Calendar:
    """What each day is for the home, worked out once per day."""

    def __init__(self, home: Home, policy: Policy, official: OfficialCalendar) -> None:
        self.home = home
        self.policy = policy
        self.official = official
        self.days: dict[dt.date, _Day] = {}
        # hours for school days or vacations, and no terms to say which days those are
        self.terms_missing = not home.terms and any(
            o.day is not None and o.day.by_terms for o in home.opening
        )

    def day(self, day: dt.date) -> _Day:
        found = self.days.get(day)
        if found is None:
            found = self.days[day] = self._describe(day)
        return found

    def _describe(self, day: dt.date) -> _Day:
        home = self.home
        try:
            d = describe_day(
                day,
                terms=home.terms or None,
                closures=home.closures,
                official=self.official,
                after_school_on_makeup_days=self.policy.after_school_on_makeup_days,
            )
        except _NoSchoolYear:
            return _Day(None, not self.official.settles(day), False, "")
        vacation = any(day in t and t.in_vacation(day) for t in home.terms)
        note = d.closure or (d.holiday_name() or "")
        if d.official is DayKind.MAKEUP_WORKDAY:
            names = "、".join(f.label() for f in d.festivals)
            note = f"{DayKind.MAKEUP_WORKDAY.label()}（{names}）" if names else note
        return _Day(d.kind, d.provisional, vacation, note)

    def windows(self, kind: DayKind, day: dt.date) -> Sequence[Opening] | None:
        """The opening hours of a day of this kind; None when the home records none at all."""
        if not self.home.opening:
            return None
        return self.home.open_on(kind, Weekday.of(day))

    def fits(self, start: dt.datetime, length: dt.timedelta) -> tuple[bool, SessionReason, str]:
        """Whether a session fits the home on its day, and if not why."""
        info = self.day(start.date())
        if info.kind is None:
            return False, SessionReason.NO_TERMS, ""
        windows = self.windows(info.kind, start.date())
        end = start + length
        if windows is None:
            reason = _CLOSED_REASONS.get(info.kind)
            return reason is None, reason or SessionReason.NOT_OPEN, info.note
        if end.date() == start.date() and any(o.fits(start.time(), end.time()) for o in windows):
            return True, SessionReason.NOT_OPEN, ""
        if info.kind is DayKind.WORKDAY and self.terms_missing:
            return False, SessionReason.TERMS_NOT_RECORDED, ""
        default = SessionReason.OUTSIDE_HOURS if windows else SessionReason.NOT_OPEN
        return False, _CLOSED_REASONS.get(info.kind, default), info.note

    def slot_on(self, day: dt.date, time: dt.time, length: dt.timedelta) -> dt.datetime | None:
        """The start of a session of ``length`` on ``day``: at ``time`` if it fits, else the
        earliest opening it fits in; None when the home has no room for it that day."""
        wanted = dt.datetime.combine(day, time, SHANGHAI)
        if self.fits(wanted, length)[0]:
            return wanted
        info = self.day(day)
        for o in self.windows(info.kind, day) or () if info.kind is not None else ():
            start = dt.datetime.combine(day, o.start, SHANGHAI)
            if self.fits(start, length)[0]:
                return start
        return None


@functools.lru_cache(maxsize=4096)
def _expand(
    rule: Recurrence, first: dt.date, time: dt.time, lo: dt.date, hi: dt.date
) -> tuple[dt.datetime, ...]:
    """The starts of a rule from ``first`` at ``time``, on the days ``lo`` to ``hi``."""
    start = dt.datetime.combine(first, time, SHANGHAI)
    after = dt.datetime.combine(lo, dt.time(0), SHANGHAI)
    before = dt.datetime.combine(hi, dt.time(23, 59, 59), SHANGHAI)
    return rule.between(start, after, before)


def _wanted(
    p: Programme, lo: dt.date, hi: dt.date, cal: _Calendar
) -> Iterator[dt.datetime | SessionChange]:
    """The starts a programme's timetable asks for from ``lo`` to ``hi``, in order; a
    change for a holiday it cannot place yet."""
    assert p.time is not None  # a programme always has its time
    if p.during is not None:
        yield from _in_holiday(p, lo, hi, cal)
        return
    assert p.recurrence is not None  # a programme without `during` has its rule
    first = p.first_day or lo
    found: list[dt.datetime] = []
    for start in _expand(p.recurrence, first, p.time, lo, hi):
        vacation = cal.day(start.date()).vacation
        if vacation and (p.vacation_recurrence is not None or p.term_only):
            continue
        found.append(start)
    if p.vacation_recurrence is not None and p.vacation_time is not None:
        for start in _expand(p.vacation_recurrence, first, p.vacation_time, lo, hi):
            if cal.day(start.date()).vacation:
                found.append(start)
    yield from sorted(found)


def _in_holiday(
    p: Programme, lo: dt.date, hi: dt.date, cal: _Calendar
) -> Iterator[dt.datetime | SessionChange]:
    assert p.time is not None and p.during is not None
    starts: list[dt.date] = []
    if p.during in _HOLIDAYS:
        festival, (m1, d1), (m2, d2) = _HOLIDAYS[p.during]
        for year in range(lo.year, hi.year + 1):
            if dt.date(year, m2, d2) < lo or hi < dt.date(year, m1, d1):
                continue
            year_cal = cal.official.year(year)
            period = None
            if year_cal is not None:
                period = next((x for x in year_cal.periods if festival in x.festivals), None)
            if period is None:
                yield SessionChange(
                    programme=p.id,
                    planned=dt.datetime.combine(max(lo, dt.date(year, m1, d1)), p.time, SHANGHAI),
                    fate=SessionFate.DROPPED,
                    reason=SessionReason.NO_NOTICE,
                    note=f"{year} {festival.label()}",
                )
                continue
            starts.append(period.first + (p.day_of - 1) * _ONE_DAY)
    else:
        for t in cal.home.terms:
            first = (
                t.winter_vacation_start
                if p.during is During.WINTER_VACATION
                else t.summer_vacation_start
            )
            starts.append(first + (p.day_of - 1) * _ONE_DAY)
    for first in sorted(starts):
        for n in range(p.days):
            day = first + n * _ONE_DAY
            if lo <= day <= hi:
                yield dt.datetime.combine(day, p.time, SHANGHAI)


def _silent_rules(p: Programme, lo: dt.date, hi: dt.date) -> Iterator[PlanNote]:
    """A note for each rule of ``p`` that gives no day from ``lo`` to ``hi``: without one
    the plan would just have no session of it, and nobody would know why."""
    first = p.first_day or lo
    for rule, time, reason in (
        (p.recurrence, p.time, PlanNoteReason.NO_OCCURRENCE),
        (p.vacation_recurrence, p.vacation_time, PlanNoteReason.NO_VACATION_OCCURRENCE),
    ):
        if rule is not None and time is not None and not _expand(rule, first, time, lo, hi):
            yield PlanNote(programme=p.id, reason=reason, rule=rule)


def _session(
    p: Programme, start: dt.datetime, cal: _Calendar, moved_from: dt.datetime | None
) -> Session:
    return Session(
        id=f"{p.id}-{start:%Y%m%dT%H%M}",
        programme=p.id,
        start=start,
        end=start + p.duration,
        room=p.room,
        facilitators=p.facilitators,
        children=p.children,
        carers=p.with_carers,
        provisional=cal.day(start.date()).provisional,
        moved_from=moved_from,
    )


def _plan_programme(
    p: Programme, lo: dt.date, hi: dt.date, cal: _Calendar
) -> tuple[list[Session], list[SessionChange], list[PlanNote]]:
    sessions: list[Session] = []
    changes: list[SessionChange] = []
    misfits: list[tuple[dt.datetime, SessionReason, str]] = []
    lo = max(lo, p.first_day) if p.first_day is not None else lo
    hi = min(hi, p.last_day) if p.last_day is not None else hi
    if hi < lo:
        return sessions, changes, []
    notes = list(_silent_rules(p, lo, hi)) if p.during is None else []
    for start in _wanted(p, lo, hi, cal):
        if isinstance(start, SessionChange):
            changes.append(start)
            continue
        ok, reason, note = cal.fits(start, p.duration)
        if ok:
            sessions.append(_session(p, start, cal, None))
        else:
            misfits.append((start, reason, note))
    taken = {s.start.date() for s in sessions}
    for start, reason, note in misfits:
        # a session is moved when the day is unfit, not when the home's records are missing
        tried = p.if_closed is IfClosed.MOVE and reason not in _MISSING
        moved = _next_slot(p, start, taken, hi, cal) if tried else None
        if moved is None:
            why = SessionReason.NO_DAY if tried else reason
            changes.append(
                SessionChange(
                    programme=p.id,
                    planned=start,
                    fate=SessionFate.DROPPED,
                    reason=why,
                    note=note if why is reason else f"{reason.label()} {note}".strip(),
                )
            )
            continue
        taken.add(moved.date())
        sessions.append(_session(p, moved, cal, start))
        changes.append(
            SessionChange(
                programme=p.id,
                planned=start,
                fate=SessionFate.MOVED,
                reason=reason,
                moved_to=moved,
                note=note,
            )
        )
    return sessions, changes, notes


def _next_slot(
    p: Programme, start: dt.datetime, taken: set[dt.date], hi: dt.date, cal: _Calendar
) -> dt.datetime | None:
    day = start.date()
    for n in range(1, cal.policy.move_within_days + 1):
        d = day + n * _ONE_DAY
        if d > hi:
            return None
        if d in taken:
            continue
        found = cal.slot_on(d, start.time(), p.duration)
        if found is not None:
            return found
    return None


def plan(
    home: Home,
    *,
    start: dt.date,
    end: dt.date,
    policy: Policy = _DEFAULT_POLICY,
    official: OfficialCalendar | None = None,
) -> Plan:
    """Every programme of ``home`` as dated sessions from ``start`` to ``end`` (both included).

    Sessions are in China Standard Time, inside the opening hours of their
    kind of day; the vacation timetable runs in the vacations; the events
    are placed on their days. A session that falls on a public holiday, a
    closure, a make-up working day the home keeps closed
    (``policy.after_school_on_makeup_days``) or outside the hours is dropped,
    or moved to the next day it fits (within ``policy.move_within_days``)
    when its programme says so; the plan's ``changes`` say which and why,
    and its ``notes`` name each programme whose rule gives no day at all
    from ``start`` to ``end``.
    ``official`` are the State Council notices to use (the recorded ones by
    default); a session on a date none settles is provisional.

    >>> import datetime as dt
    >>> import left_behind as lb
    >>> p = lb.plan(lb.samples.home(), start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30))
    >>> s = p.sessions[0]
    >>> s.programme, s.start.isoformat(), s.room
    ('p-read', '2026-09-01T16:40:00+08:00', 'r-read')
    """
    if end < start:
        raise ValueError(f"the plan ends {end}, before it starts {start}")
    cal = _Calendar(home, policy, DEFAULT_CALENDAR if official is None else official)
    sessions: list[Session] = []
    changes: list[SessionChange] = []
    notes: list[PlanNote] = []
    for p in home.programmes:
        mine, why, said = _plan_programme(p, start, end, cal)
        sessions += mine
        changes += why
        notes += said
    sessions.sort(key=lambda s: (s.start, s.programme))
    changes.sort(key=lambda c: (c.planned, c.programme))
    return Plan(home=home, first=start, last=end, sessions=sessions, changes=changes, notes=notes)


def planning_rules() -> RuleSet:
    """The rules over a plan: the default rules whose subject is a plan."""
    return RuleSet(r for r in default_rules() if r.subject is PLAN_SUBJECT)


def check_plan(plans: Plan | Plans, *, policy: Policy = _DEFAULT_POLICY) -> Report:
    """The conflicts of a plan, or of several homes' plans checked together.

    Only the rules over plans run (:func:`planning_rules`): the home's own
    records are checked by :func:`~left_behind.check`. The date of the report
    is the first day planned; each rule looks at each session's own date.
    """
    if isinstance(plans, Plan):
        first = plans.first
    else:
        first = min((p.first for p in plans.plans), default=dt.date(1970, 1, 1))
    return check(plans, on=first, policy=policy, rules=planning_rules())
