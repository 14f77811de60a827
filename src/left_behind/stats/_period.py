"""The figures of a period: what a home did in a week, a month, a term or a year.

The county reports upward by month, term and year, and the seeds' reports
count the same things each time: the activities held, by programme, and the
children they served; the adults and the volunteers who took part and their
hours of service; the visits made and the children visited; the pairings;
the parents' calls; the follow-up tasks; the meetings with the families and
who came. :func:`figures` counts them from the home's records in one pass
over each list, whatever the length of the period.

What crosses the period's edges:

* a session counts on the day it started (its own time zone), a visit, a
  call, a service record and a meeting on their day, a task as opened on the
  day of its first state and as done (or cancelled) on the day of that state;
* a pairing is *begun* in the period when it started in it and *closed* when
  it closed in it; it is *active* when it had started by the period's last
  day and had not closed before its first day, so one closed on the first
  day was active up to its close and counts as active and closed.

The figures hold counts only: no child's, person's or family's id, no name,
no note, and nothing of the growth records (the counsellors' entries least
of all). The counts in :attr:`PeriodFigures.counts` add up over disjoint
periods (``+``); the distinct counts in :attr:`PeriodFigures.reach` do not
(a child served in March and in April is one child in the spring).

>>> import datetime as dt
>>> from left_behind import samples
>>> f = figures(samples.home(), Period.month(2026, 3))
>>> f.counts.sessions_held > 0, f.reach.children_served <= len(samples.home().children)
(True, True)
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Literal

import attrs

from left_behind.calendar import SchoolYear
from left_behind.kinds import (
    Order,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    field,
    problem,
)
from left_behind.model import ContactMode, FamilyMeetingKind, Home, TaskStatus

__all__ = [
    "MeetingCounts",
    "Period",
    "PeriodCounts",
    "PeriodFigures",
    "PeriodReach",
    "ProgrammeCounts",
    "figures",
]


@attrs.frozen(kw_only=True)
class Period(Record):
    """The days from ``first`` to ``last``, both included.

    >>> Period.week(dt.date(2026, 3, 4))
    Period(first=datetime.date(2026, 3, 2), last=datetime.date(2026, 3, 8))
    >>> Period.month(2026, 2).days, Period.year(2026).days
    (28, 365)
    >>> [str(m) for m in Period(first=dt.date(2026, 1, 20), last=dt.date(2026, 3, 5)).months()]
    ['2026-01-20..2026-01-31', '2026-02-01..2026-02-28', '2026-03-01..2026-03-05']
    """

    first: dt.date = field(words=("起始日期", "the first day"))
    last: dt.date = field(
        not_before=Order(
            "first",
            "the last day {value} comes before the first {other}",
            "截止日期 {value} 早于起始日期 {other}",
        ),
        words=("截止日期", "the last day"),
    )

    @classmethod
    def week(cls, day: dt.date) -> Period:
        """The week (Monday to Sunday) that ``day`` is in."""
        monday = day - dt.timedelta(days=day.weekday())
        if monday > dt.date.max - dt.timedelta(days=6):
            raise ValueError(f"the week of {day} runs past the last day of the calendar")
        return cls(first=monday, last=monday + dt.timedelta(days=6))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """A calendar month."""
        last = calendar.monthrange(year, month)[1]
        return cls(first=dt.date(year, month, 1), last=dt.date(year, month, last))

    @classmethod
    def term(cls, school_year: SchoolYear, term: Literal["autumn", "spring"]) -> Period:
        """A school term of a county's school year, as the county set it.

        >>> from left_behind import samples
        >>> str(Period.term(samples.home().terms[0], "spring"))
        '2026-03-02..2026-07-03'
        """
        if term == "autumn":
            return cls(first=school_year.autumn_term_start, last=school_year.autumn_term_end)
        if term == "spring":
            return cls(first=school_year.spring_term_start, last=school_year.spring_term_end)
        raise ValueError(f"a term is 'autumn' or 'spring', not {term!r}")

    @classmethod
    def year(cls, year: int) -> Period:
        """A calendar year."""
        return cls(first=dt.date(year, 1, 1), last=dt.date(year, 12, 31))

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last

    def months(self) -> Iterator[Period]:
        """The period cut at the months' ends: whole months, and parts at either edge."""
        first = self.first
        while first <= self.last:
            end = dt.date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
            yield Period(first=first, last=min(end, self.last))
            first = end + dt.timedelta(days=1)

    def __str__(self) -> str:
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def _never_negative(values: dict[str, float]) -> Iterator[Problem]:
    for name, value in values.items():
        if value < 0:
            yield problem(
                f"$.{name}",
                ProblemCode.RANGE,
                Text(f"数量不能为负数：{value}", f"a count is never negative, got {value}"),
            )


_MINUTES = Text("分钟", "minutes")


def _minutes(seconds: float) -> int:
    # counted to the minute, so that the counts of two periods add up exactly
    return round(seconds / 60)


@attrs.frozen(kw_only=True)
class ProgrammeCounts(Record):
    """One programme's sessions in the period (活动开展情况)."""

    programme: str = field(not_blank=True, words=("活动项目编号", "the programme"))
    name: str = field(default="", words=("活动项目名称", "the programme's name"))
    held: int = field(default=0, words=("开展场次", "sessions held"))
    called_off: int = field(default=0, words=("取消场次", "sessions called off"))
    attendances: int = field(default=0, words=("参加人次", "attendances"))
    minutes: int = field(default=0, unit=_MINUTES, words=("活动时长", "time held"))

    @property
    def hours(self) -> float:
        """The time held, in hours."""
        return self.minutes / 60

    def __add__(self, other: ProgrammeCounts) -> ProgrammeCounts:
        return attrs.evolve(
            self,
            held=self.held + other.held,
            called_off=self.called_off + other.called_off,
            attendances=self.attendances + other.attendances,
            minutes=self.minutes + other.minutes,
        )

    def _problems(self) -> Iterator[Problem]:
        return _never_negative(
            {
                "held": self.held,
                "called_off": self.called_off,
                "attendances": self.attendances,
                "minutes": self.minutes,
            }
        )


@attrs.frozen(kw_only=True)
class MeetingCounts(Record):
    """The meetings of one kind with the families (家长会议) in the period.

    ``came`` counts the people who came, ``online`` those of them by video,
    ``families`` the children someone came for, meeting by meeting (a family
    at two meetings counts twice: the distinct families are in
    :attr:`PeriodReach.families_met`).
    """

    kind: FamilyMeetingKind = field(words=("会议类型", "the kind of meeting"))
    meetings: int = field(default=0, words=("会议次数", "meetings"))
    came: int = field(default=0, words=("与会人次", "people who came"))
    online: int = field(default=0, words=("视频参会人次", "of them by video"))
    families: int = field(default=0, words=("到会家庭户次", "families that came"))

    def __add__(self, other: MeetingCounts) -> MeetingCounts:
        return attrs.evolve(
            self,
            meetings=self.meetings + other.meetings,
            came=self.came + other.came,
            online=self.online + other.online,
            families=self.families + other.families,
        )

    def _problems(self) -> Iterator[Problem]:
        return _never_negative(
            {
                "meetings": self.meetings,
                "came": self.came,
                "online": self.online,
                "families": self.families,
            }
        )


_ADDED = (
    "sessions_held",
    "sessions_called_off",
    "attendances",
    "carer_attendances",
    "adult_attendances",
    "session_minutes",
    "people_minutes",
    "service_minutes",
    "visits_in_person",
    "visits_remote",
    "pairings_begun",
    "pairings_closed",
    "calls",
    "video_calls",
    "parent_visits",
    "tasks_opened",
    "tasks_done",
    "tasks_cancelled",
    "family_meetings",
    "meeting_attendees",
)


@attrs.frozen(kw_only=True)
class PeriodCounts(Record):
    """The counts of a period that add up over disjoint periods (``a + b``).

    Sessions: ``sessions_held`` and ``sessions_called_off``;
    ``attendances`` the child-sessions (人次), ``carer_attendances`` those
    with the carer too, ``adult_attendances`` the staff and volunteers at
    sessions, each once a session. Time, counted in whole minutes so that
    periods add up exactly (``session_hours`` and the others give it in
    hours): ``session_minutes`` the length of the sessions held;
    ``people_minutes`` each adult present for the length of the session (the
    staff's and volunteers' time at sessions); ``service_minutes`` the
    volunteers' recorded service (志愿服务记录, VOL art. 19), which the reports
    total as "hours of service" and the volunteers view counts. The two are
    kept apart: a volunteer's record may or may not include the sessions,
    so adding them could count an hour twice. Visits: ``visits_in_person``
    (at home or at school) and ``visits_remote`` (by phone or video). The
    parents' contacts in the children's logs (MPL art. 23): ``calls`` by
    phone, ``video_calls``, ``parent_visits`` a parent coming to see the
    child. Tasks opened, done and cancelled in the period; meetings with the
    families and the people who came to them; by programme (every programme
    of the home, in its order) and by kind of meeting (every kind).
    """

    sessions_held: int = field(default=0, words=("开展活动场次", "sessions held"))
    sessions_called_off: int = field(default=0, words=("取消活动场次", "sessions called off"))
    attendances: int = field(default=0, words=("儿童参加人次", "attendances"))
    carer_attendances: int = field(
        default=0, words=("照护人陪同人次", "attendances with the carer")
    )
    adult_attendances: int = field(
        default=0, words=("工作人员和志愿者到场人次", "adults present, session by session")
    )
    session_minutes: int = field(
        default=0, unit=_MINUTES, words=("活动时长", "time of the sessions")
    )
    people_minutes: int = field(
        default=0, unit=_MINUTES, words=("活动人员工时", "adults' time at sessions")
    )
    service_minutes: int = field(
        default=0, unit=_MINUTES, words=("志愿服务时长", "volunteers' service")
    )
    visits_in_person: int = field(default=0, words=("入户和到校走访次数", "visits in person"))
    visits_remote: int = field(default=0, words=("电话和视频回访次数", "visits by phone or video"))
    pairings_begun: int = field(default=0, words=("新开始结对", "pairings begun"))
    pairings_closed: int = field(default=0, words=("结束结对", "pairings closed"))
    calls: int = field(default=0, words=("父母电话次数", "parents' phone calls"))
    video_calls: int = field(default=0, words=("父母视频次数", "parents' video calls"))
    parent_visits: int = field(default=0, words=("父母探望次数", "parents' visits"))
    tasks_opened: int = field(default=0, words=("新增跟进事项", "tasks opened"))
    tasks_done: int = field(default=0, words=("完成跟进事项", "tasks done"))
    tasks_cancelled: int = field(default=0, words=("取消跟进事项", "tasks cancelled"))
    family_meetings: int = field(default=0, words=("家长会议次数", "meetings with families"))
    meeting_attendees: int = field(default=0, words=("家长会议与会人次", "people who came"))
    by_programme: tuple[ProgrammeCounts, ...] = field(
        default=(), converter=as_tuple, words=("分项目活动", "by programme")
    )
    by_meeting: tuple[MeetingCounts, ...] = field(
        default=(), converter=as_tuple, words=("分类型家长会议", "by kind of meeting")
    )

    @property
    def session_hours(self) -> float:
        """The length of the sessions held, in hours."""
        return self.session_minutes / 60

    @property
    def people_hours(self) -> float:
        """The staff's and volunteers' hours at sessions."""
        return self.people_minutes / 60

    @property
    def service_hours(self) -> float:
        """The volunteers' recorded hours of service."""
        return self.service_minutes / 60

    @property
    def calls_held(self) -> int:
        """The parents' calls, by phone and by video."""
        return self.calls + self.video_calls

    @property
    def visits(self) -> int:
        """Every visit made, in person or from afar."""
        return self.visits_in_person + self.visits_remote

    def __add__(self, other: PeriodCounts) -> PeriodCounts:
        """The counts of two disjoint periods together.

        Rows are matched by programme and by kind; a programme only one side
        has keeps its row.
        """
        if not isinstance(other, PeriodCounts):
            return NotImplemented
        added = {name: getattr(self, name) + getattr(other, name) for name in _ADDED}
        programmes = {r.programme: r for r in self.by_programme}
        for r in other.by_programme:
            programmes[r.programme] = (
                programmes[r.programme] + r if r.programme in programmes else r
            )
        kinds = {r.kind: r for r in self.by_meeting}
        for m in other.by_meeting:
            kinds[m.kind] = kinds[m.kind] + m if m.kind in kinds else m
        return PeriodCounts(
            **added, by_programme=tuple(programmes.values()), by_meeting=tuple(kinds.values())
        )

    def __radd__(self, other: object) -> PeriodCounts:
        # sum() starts from 0
        if other == 0:
            return self
        return NotImplemented

    def _problems(self) -> Iterator[Problem]:
        return _never_negative({name: getattr(self, name) for name in _ADDED})


@attrs.frozen(kw_only=True)
class PeriodReach(Record):
    """The distinct counts of a period: whom the work reached, each once.

    ``children_served`` the children at a session held; ``adults_present``
    the staff and volunteers at one; ``volunteers_active`` the volunteers at
    a session, with service recorded, or visiting a child; ``children_visited``
    those visited (in person or from afar); ``children_called`` those whose
    parents called (phone or video); ``pairings_active`` the pairings active
    on some day of the period (see the module's note on the edges);
    ``families_met`` the children someone came to a meeting for.

    These do not add up over periods: over a longer period each is at most
    the sum of its parts and at least the largest of them.
    """

    children_served: int = field(default=0, words=("服务儿童人数", "children served"))
    adults_present: int = field(default=0, words=("到场工作人员和志愿者", "adults present"))
    volunteers_active: int = field(default=0, words=("参与服务的志愿者", "volunteers active"))
    children_visited: int = field(default=0, words=("走访儿童人数", "children visited"))
    children_called: int = field(default=0, words=("与父母通话的儿童", "children called"))
    pairings_active: int = field(default=0, words=("在帮结对", "pairings active"))
    families_met: int = field(default=0, words=("到会家庭户数", "families met"))

    def _problems(self) -> Iterator[Problem]:
        return _never_negative({a.name: getattr(self, a.name) for a in attrs.fields(PeriodReach)})


@attrs.frozen(kw_only=True)
class PeriodFigures(Record):
    """A home's figures for a period: the counts that add up, and the reach.

    ``register`` is the home's name; ``period`` its days; ``counts`` what
    adds up over disjoint periods and ``reach`` the distinct counts.
    """

    register: str = field(default="", words=("家园", "the home"))
    period: Period = field(words=("统计期间", "the period"))
    counts: PeriodCounts = field(words=("数量", "the counts"))
    reach: PeriodReach = field(words=("覆盖人数", "the reach"))


_REMOTE_CONTACTS = {ContactMode.CALL: "calls", ContactMode.VIDEO: "video_calls"}


def figures(home: Home, period: Period) -> PeriodFigures:
    """The figures of ``home`` for ``period``: one pass over each of its lists.

    >>> from left_behind import samples
    >>> spring = Period.term(samples.home().terms[0], "spring")
    >>> f = figures(samples.home(), spring)
    >>> f.counts.sessions_held + f.counts.sessions_called_off == len(samples.home().held_sessions)
    True
    >>> march, april = figures(samples.home(), Period.month(2026, 3)), figures(
    ...     samples.home(), Period.month(2026, 4))
    >>> both = figures(samples.home(), Period(first=dt.date(2026, 3, 1), last=dt.date(2026, 4, 30)))
    >>> both.counts == march.counts + april.counts
    True
    >>> max(march.reach.children_served, april.reach.children_served) <= both.reach.children_served
    True
    """
    first, last = period.first, period.last
    volunteers = {v.id for v in home.volunteers}
    names = {p.id: p.name for p in home.programmes}
    held: Counter[str] = Counter()
    off: Counter[str] = Counter()
    came: Counter[str] = Counter()
    minutes: Counter[str] = Counter()
    served: set[str] = set()
    adults: set[str] = set()
    active: set[str] = set()
    carer_attendances = adult_attendances = 0
    people_minutes = 0
    for s in home.held_sessions:
        day = s.day  # in China Standard Time, as the rules read it
        if not first <= day <= last:
            continue
        if not s.took_place:
            off[s.programme] += 1
            continue
        length = _minutes((s.end - s.start).total_seconds())
        present = s.adults
        held[s.programme] += 1
        came[s.programme] += len(s.children)
        minutes[s.programme] += length
        served.update(s.children)
        adults.update(present)
        carer_attendances += len(s.carers)
        adult_attendances += len(present)
        people_minutes += length * len(present)
    active.update(adults & volunteers)

    service_minutes = 0
    for v in home.volunteers:
        for r in v.service:
            if first <= r.on <= last:
                service_minutes += round(r.hours * 60)
                active.add(v.id)

    in_person = remote = 0
    visited: set[str] = set()
    for visit in home.visits:
        if first <= visit.on <= last:
            if visit.kind.in_person:
                in_person += 1
            else:
                remote += 1
            visited.add(visit.child)
            if visit.visitor in volunteers:
                active.add(visit.visitor)

    begun = closed = pairings_active = 0
    for p in home.pairings:
        started, ended = p.started_on, p.closed_on
        if started is not None and first <= started <= last:
            begun += 1
        if ended is not None and first <= ended <= last:
            closed += 1
        if started is not None and started <= last and (ended is None or ended >= first):
            pairings_active += 1

    contacts = {"calls": 0, "video_calls": 0, "parent_visits": 0}
    called: set[str] = set()
    for child in home.children:
        for c in child.contacts:
            if first <= c.on <= last:
                name = _REMOTE_CONTACTS.get(c.mode)
                if name is None:
                    contacts["parent_visits"] += 1
                else:
                    contacts[name] += 1
                    called.add(child.id)

    opened = done = cancelled = 0
    for t in home.tasks:
        if first <= t.opened_on <= last:
            opened += 1
        for state in t.states:
            if first <= state.on <= last:
                if state.state is TaskStatus.DONE:
                    done += 1
                elif state.state is TaskStatus.CANCELLED:
                    cancelled += 1

    meetings = {k: [0, 0, 0, 0] for k in FamilyMeetingKind}
    families: set[str] = set()
    for m in home.family_meetings:
        if first <= m.on <= last:
            row = meetings[m.kind]
            who = m.children()
            row[0] += 1
            row[1] += len(m.came)
            row[2] += sum(1 for a in m.came if a.online)
            row[3] += len(who)
            families.update(who)

    by_programme = tuple(
        ProgrammeCounts(
            programme=p,
            name=name,
            held=held[p],
            called_off=off[p],
            attendances=came[p],
            minutes=minutes[p],
        )
        for p, name in names.items()
    )
    by_meeting = tuple(
        MeetingCounts(kind=k, meetings=n, came=c, online=o, families=f)
        for k, (n, c, o, f) in meetings.items()
    )
    counts = PeriodCounts(
        sessions_held=sum(held.values()),
        sessions_called_off=sum(off.values()),
        attendances=sum(came.values()),
        carer_attendances=carer_attendances,
        adult_attendances=adult_attendances,
        session_minutes=sum(minutes.values()),
        people_minutes=people_minutes,
        service_minutes=service_minutes,
        visits_in_person=in_person,
        visits_remote=remote,
        pairings_begun=begun,
        pairings_closed=closed,
        calls=contacts["calls"],
        video_calls=contacts["video_calls"],
        parent_visits=contacts["parent_visits"],
        tasks_opened=opened,
        tasks_done=done,
        tasks_cancelled=cancelled,
        family_meetings=sum(r[0] for r in meetings.values()),
        meeting_attendees=sum(r[1] for r in meetings.values()),
        by_programme=by_programme,
        by_meeting=by_meeting,
    )
    reach = PeriodReach(
        children_served=len(served),
        adults_present=len(adults),
        volunteers_active=len(active),
        children_visited=len(visited),
        children_called=len(called),
        pairings_active=pairings_active,
        families_met=len(families),
    )
    return PeriodFigures(register=home.name, period=period, counts=counts, reach=reach)
