"""The children's home (儿童快乐家园): the children it serves and the people who serve them.

A :class:`Home` is a :class:`~left_behind.Register` that also keeps its
staff, supervision group, volunteers, teams, pairings and partner
institutions, so every register file is a home file with nobody on staff yet.
Every id a pairing, a team, a programme or the supervision group names must be
one the home keeps (each such field says which kind of record with
``refers_to``): a dangling id is malformed data, not a finding.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from left_behind.calendar import Closure, DayKind, SchoolYear
from left_behind.kinds import (
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    cross_check,
    field,
    problem,
)
from left_behind.model._family_meetings import FamilyMeeting
from left_behind.model._held import HeldSession
from left_behind.model._pairing import (
    Pairing,
    Partnership,
    Preference,
    SupervisionGroup,
    SupportTeam,
)
from left_behind.model._people import Person, Staff, Volunteer
from left_behind.model._programmes import Opening, Programme, Room
from left_behind.model._register import Register
from left_behind.model._support_enums import Weekday
from left_behind.model._tasks import Task
from left_behind.model._visits import HomeVisit

__all__ = ["Distance", "Home"]


@attrs.frozen(kw_only=True)
class Distance(Record):
    """How far apart two villages are, in kilometres (a distance table's row)."""

    a: str = field(not_blank=True, words=("村", "a village"))
    b: str = field(not_blank=True, words=("村", "a village"))
    km: float = field(
        words=Text("距离", "the distance"), minimum=0, maximum=10_000, unit=Text("公里", "km")
    )

    def _problems(self) -> Iterator[Problem]:
        if self.a == self.b:
            yield problem(
                "$.b",
                ProblemCode.INCONSISTENT,
                Text(
                    "同一个村与自身的距离为 0：请填写两个不同的村",
                    "a village is 0 km from itself: name two villages",
                ),
            )


@attrs.frozen(kw_only=True)
class Home(Register):
    """A children's home and everything it keeps: the document of the support side.

    ``opening`` says when the home is open (empty: not recorded), by kind of
    day (school days after school, weekends, vacations) and day of the week
    (:class:`~left_behind.Opening`): pairing reads its week in term
    (:meth:`week`), planning and calls the hours of each date
    (:meth:`open_on`). ``distances`` is a table of how far villages are
    apart, for matching mentors near the children. For planning: its
    ``rooms``, its own ``closures``, its county's school years (``terms``)
    and its ``programmes``. For the record of the work: its follow-up
    ``tasks``, its home ``visits``, the sessions it held (``held_sessions``)
    and its meetings with the families (``family_meetings``).

    >>> import left_behind as lb
    >>> home = lb.samples.home()
    >>> len(home.children), len(home.staff), len(home.teams)
    (142, 3, 5)
    >>> home.person("s-01").role.value
    'director'

    Files of layout version 1 kept weekly ``hours`` beside ``opening``; they
    are read as today's: the file-format reference says what they become.
    """

    county: str = field(default="", words=("所在县", "the county"))
    township: str = field(default="", words=("所在乡镇", "the township"))
    village: str = field(default="", words=("所在村", "the village"))
    staff: tuple[Staff, ...] = field(
        default=(), converter=as_tuple, words=("工作人员", "member of staff")
    )
    supervision: SupervisionGroup | None = field(
        default=None, words=("督导小组", "the supervision group")
    )
    volunteers: tuple[Volunteer, ...] = field(
        default=(), converter=as_tuple, words=("志愿者", "volunteer")
    )
    teams: tuple[SupportTeam, ...] = field(
        default=(), converter=as_tuple, words=("志愿服务队", "team")
    )
    pairings: tuple[Pairing, ...] = field(default=(), converter=as_tuple, words=("结对", "pairing"))
    partners: tuple[Partnership, ...] = field(
        default=(), converter=as_tuple, words=("结对单位", "partner")
    )
    preferences: tuple[Preference, ...] = field(
        default=(), converter=as_tuple, words=("结对意愿", "preference")
    )
    distances: tuple[Distance, ...] = field(
        default=(), converter=as_tuple, words=("距离表", "distance")
    )
    rooms: tuple[Room, ...] = field(default=(), converter=as_tuple, words=("活动室", "room"))
    opening: tuple[Opening, ...] = field(
        default=(), converter=as_tuple, words=("开放时间", "opening hours")
    )
    closures: tuple[Closure, ...] = field(
        default=(), converter=as_tuple, words=("闭园安排", "closure")
    )
    terms: tuple[SchoolYear, ...] = field(
        default=(), converter=as_tuple, words=("所在县校历", "school year of the county")
    )
    programmes: tuple[Programme, ...] = field(
        default=(), converter=as_tuple, words=("活动项目", "programme")
    )
    tasks: tuple[Task, ...] = field(default=(), converter=as_tuple, words=("跟进事项", "task"))
    visits: tuple[HomeVisit, ...] = field(
        default=(), converter=as_tuple, words=("走访记录", "home visit")
    )
    held_sessions: tuple[HeldSession, ...] = field(
        default=(), converter=as_tuple, words=("活动开展记录", "session held")
    )
    family_meetings: tuple[FamilyMeeting, ...] = field(
        default=(), converter=as_tuple, words=("家长会议", "meeting with families")
    )

    def open_on(self, kind: DayKind | None, weekday: Weekday) -> tuple[Opening, ...]:
        """The opening hours of a day of ``kind`` that is a ``weekday``, earliest first
        (``kind`` None: a day of the week in term, whose kind is not known); none: the
        home is closed that day, or records no hours at all (``opening`` is empty).

        >>> import left_behind as lb
        >>> from left_behind.calendar import DayKind
        >>> from left_behind.model import Weekday
        >>> sunday = lb.samples.home().open_on(DayKind.WEEKEND, Weekday.SUNDAY)
        >>> [f"{o.start:%H:%M}-{o.end:%H:%M}" for o in sunday]
        ['09:00-11:30', '14:00-17:00']
        >>> lb.samples.home().open_on(DayKind.CLOSED, Weekday.MONDAY)
        ()
        """
        found = (o for o in self.opening if o.applies(kind, weekday))
        return tuple(sorted(found, key=lambda o: (o.start, o.end)))

    def week(self) -> dict[Weekday, tuple[Opening, ...]]:
        """The home's week in term, each day with its opening hours (those of a school or
        working day from Monday to Friday, of a weekend day at the weekend); a day the home
        is closed has none. What pairing reads: a mentor meets a child in term.

        >>> import left_behind as lb
        >>> from left_behind.model import Weekday
        >>> [f"{o.start:%H:%M}-{o.end:%H:%M}" for o in lb.samples.home().week()[Weekday.MONDAY]]
        ['16:30-19:00']
        """
        return {w: self.open_on(None, w) for w in Weekday}

    def person(self, person_id: str) -> Person:
        """The volunteer or member of staff with this id; ``KeyError`` when none."""
        for p in (*self.staff, *self.volunteers):
            if p.id == person_id:
                return p
        raise KeyError(person_id)

    def room(self, room_id: str) -> Room:
        """The room with this id; ``KeyError`` when none."""
        for r in self.rooms:
            if r.id == room_id:
                return r
        raise KeyError(room_id)

    def programme(self, programme_id: str) -> Programme:
        """The programme with this id; ``KeyError`` when none."""
        for p in self.programmes:
            if p.id == programme_id:
                return p
        raise KeyError(programme_id)

    def team(self, team_id: str) -> SupportTeam:
        """The team with this id; ``KeyError`` when none."""
        for t in self.teams:
            if t.id == team_id:
                return t
        raise KeyError(team_id)

    def pairings_of(self, child_id: str) -> tuple[Pairing, ...]:
        """Every pairing of one child, in the home's order."""
        return tuple(p for p in self.pairings if p.child == child_id)

    def distance(self, a: str, b: str) -> float | None:
        """Kilometres between two villages: 0 for the same one, ``None`` if not in the table."""
        if a == b:
            return 0.0
        for d in self.distances:
            if {d.a, d.b} == {a, b}:
                return d.km
        return None

    @cross_check
    def _people_problems(self) -> Iterator[Problem]:
        people = [("staff", p.id) for p in self.staff]
        people += [("volunteers", v.id) for v in self.volunteers]
        seen: dict[str, str] = {}
        for i, (where, pid) in enumerate(people):
            index = i if where == "staff" else i - len(self.staff)
            if pid in seen:
                yield problem(
                    f"$.{where}[{index}].id",
                    ProblemCode.DUPLICATE,
                    Text(
                        f"编号 {pid!r} 已被 {seen[pid]} 使用；编号不能重复",
                        f"the id {pid!r} is already used in {seen[pid]}; ids must be unique",
                    ),
                )
            seen.setdefault(pid, f"{where}[{index}]")

    # each kept apart, so that one still runs when loading could not read the other's list
    @cross_check
    def _team_problems(self) -> Iterator[Problem]:
        return _unique("teams", [t.id for t in self.teams])

    @cross_check
    def _pairing_problems(self) -> Iterator[Problem]:
        return _unique("pairings", [p.id for p in self.pairings])

    @cross_check
    def _room_problems(self) -> Iterator[Problem]:
        return _unique("rooms", [r.id for r in self.rooms])

    @cross_check
    def _programme_problems(self) -> Iterator[Problem]:
        return _unique("programmes", [p.id for p in self.programmes])

    @cross_check
    def _task_problems(self) -> Iterator[Problem]:
        return _unique("tasks", [t.id for t in self.tasks])

    @cross_check
    def _visit_problems(self) -> Iterator[Problem]:
        return _unique("visits", [v.id for v in self.visits])

    @cross_check
    def _held_problems(self) -> Iterator[Problem]:
        return _unique("held_sessions", [s.id for s in self.held_sessions])

    @cross_check
    def _meeting_problems(self) -> Iterator[Problem]:
        return _unique("family_meetings", [m.id for m in self.family_meetings])

    def visits_of(self, child_id: str) -> tuple[HomeVisit, ...]:
        """Every visit to one child, in the home's order."""
        return tuple(v for v in self.visits if v.child == child_id)


def _unique(name: str, ids: Sequence[str]) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for i, x in enumerate(ids):
        j = first.setdefault(x, i)
        if j != i:
            yield problem(
                f"$.{name}[{i}].id",
                ProblemCode.DUPLICATE,
                Text(
                    f"此编号已被 {name}[{j}] 使用；编号不能重复",
                    f"this id is already used by {name}[{j}]; ids must be unique",
                ),
            )
