"""What a home runs and where: rooms, opening hours, programmes.

A :class:`Programme` says who it is for (ages, school stages, a carer
present), how many it takes, who leads it (and the qualification they need),
how many children one adult may have, its fee (always 0: a children's home is
free for minors, MPL art. 44), its room, facilitators and children, and when
it meets: an RFC 5545 rule with a time of day and a duration, a second rule
for the vacations, or a place in a holiday or a vacation (the parents' forum
inside the Spring Festival holiday, a summer camp in the summer vacation).
:func:`left_behind.planning.plan` expands programmes into dated sessions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.calendar import DayKind
from left_behind.kinds import (
    LabelledEnum,
    Order,
    Problem,
    ProblemCode,
    Record,
    Recurrence,
    Text,
    as_frozenset,
    as_tuple,
    field,
    problem,
)
from left_behind.law import ADULT_FROM
from left_behind.model._child import Child
from left_behind.model._enums import SchoolStage
from left_behind.model._people import Person
from left_behind.model._support_enums import Qualification, Weekday

__all__ = [
    "During",
    "Equipment",
    "IfClosed",
    "Opening",
    "Programme",
    "ProgrammeKind",
    "Room",
]

_DAY = dt.timedelta(days=1)
_YEARS = Text("岁", "years")
_CHILDREN = Text("名儿童", "children")
_DAYS = Text("天", "days")
# the kinds of an ordinary day in term: Monday to Friday (False), the weekend (True)
_IN_TERM = {
    False: (DayKind.SCHOOL_DAY, DayKind.WORKDAY),
    True: (DayKind.WEEKEND,),
}


class Equipment(LabelledEnum):
    """What a room has for its programmes."""

    COMPUTERS = "computers", "电脑", "computers"
    BOOKS = "books", "图书", "books"
    PRIVACY = "privacy", "私密空间", "privacy for one-to-one talks"
    PROJECTOR = "projector", "投影仪", "a projector"
    SPORTS = "sports", "体育器材", "sports equipment"
    ART = "art", "书画用具", "art materials"
    MUSIC = "music", "音响乐器", "music equipment"


class ProgrammeKind(LabelledEnum):
    """What kind of programme it is, as the reports group them."""

    INTEREST_GROUP = "interest_group", "兴趣小组", "interest group"
    FEATURED = "featured", "特色项目", "featured programme"
    EVENT = "event", "年度活动", "event of the year"
    SAFETY_LECTURE = "safety_lecture", "安全与法治教育讲座", "safety and legal-education lecture"
    FAMILY_LECTURE = "family_lecture", "家庭教育讲座", "family-education lecture"


class During(LabelledEnum):
    """A holiday or a vacation a programme is placed in, by its day."""

    SPRING_FESTIVAL = "spring_festival", "春节假期", "the Spring Festival holiday"
    QINGMING = "qingming", "清明节假期", "the Qingming holiday"
    NATIONAL_DAY = "national_day", "国庆节假期", "the National Day holiday"
    WINTER_VACATION = "winter_vacation", "寒假", "the winter vacation"
    SUMMER_VACATION = "summer_vacation", "暑假", "the summer vacation"


class IfClosed(LabelledEnum):
    """What becomes of a session that falls when the home is closed or the hours do not fit."""

    DROP = "drop", "取消", "dropped"
    MOVE = "move", "顺延至下一个开放日", "moved to the next day the home is open"


@attrs.frozen(kw_only=True)
class Room(Record):
    """A room of the home: its size, how many it holds and what it has.

    >>> r = Room(id="r-read", name="亲近母语阅读角", area=40, capacity=20,
    ...          equipment=[Equipment.BOOKS], books=1000)
    >>> r.has(Equipment.BOOKS), r.has(Equipment.COMPUTERS)
    (True, False)
    """

    id: str = field(not_blank=True, words=("编号", "the id"))
    name: str = field(not_blank=True, words=("名称", "the name"))
    area: float = field(
        exclusive_minimum=0, maximum=10_000, unit=Text("平方米", "m²"), words=("面积", "the area")
    )
    capacity: int = field(
        minimum=1,
        maximum=10_000,
        unit=Text("人", "people"),
        words=("可容纳人数", "how many people it holds"),
    )
    equipment: frozenset[Equipment] = field(
        default=frozenset(), converter=as_frozenset, words=("设施设备", "equipment")
    )
    computers: int = field(
        default=0, minimum=0, maximum=1_000, words=("电脑台数", "the number of computers")
    )
    books: int = field(
        default=0, minimum=0, maximum=1_000_000, words=("图书册数", "the number of books")
    )

    def has(self, item: Equipment) -> bool:
        """Whether the room has ``item``."""
        return item in self.equipment


@attrs.frozen(kw_only=True)
class Opening(Record):
    """Hours the home is open, such as school days 16:30-19:00: the one record of when.

    ``day`` is the kind of day the hours are for (a school day, a weekend
    day, a vacation day, a public holiday...; not given: every day the home
    is not closed), ``weekdays`` the days of the week they are for (none
    given: every day of the week). The home is open on a date in the hours
    of every opening that fits both; a date no opening fits is one it is
    closed on, and so is a day of its closures whatever its openings say.
    Pairing reads the home's week in term (:meth:`Home.week`), planning and
    calls each date's hours (:meth:`Home.open_on`).

    >>> o = Opening(day=DayKind.SCHOOL_DAY, start=dt.time(16, 30), end=dt.time(19))
    >>> o.fits(dt.time(16, 30), dt.time(17, 30)), o.fits(dt.time(18, 30), dt.time(19, 30))
    (True, False)
    >>> o.applies(DayKind.SCHOOL_DAY, Weekday.MONDAY), o.applies(DayKind.WEEKEND, Weekday.SUNDAY)
    (True, False)
    >>> saturday = Opening(weekdays=[Weekday.SATURDAY], start=dt.time(9), end=dt.time(11, 30))
    >>> saturday.applies(DayKind.VACATION, Weekday.SATURDAY), saturday.applies(None, Weekday.SUNDAY)
    (True, False)
    """

    day: DayKind | None = field(default=None, words=("日子类型", "the kind of day"))
    weekdays: frozenset[Weekday] = field(
        default=frozenset(), converter=as_frozenset, words=("星期", "the days of the week")
    )
    start: dt.time = field(words=("开放时间", "the opening time"))
    end: dt.time = field(words=("关闭时间", "the closing time"))

    def applies(self, kind: DayKind | None, weekday: Weekday) -> bool:
        """Whether these hours are for a day of ``kind`` (None: a day of the home's week in
        term, whose kind is not known) that is a ``weekday``.

        A closed day has no hours; a day of unknown kind has those of its kind in term (a
        school day or a working day from Monday to Friday, a weekend day at the weekend).
        """
        if self.weekdays and weekday not in self.weekdays:
            return False
        if self.day is None:
            return kind is not DayKind.CLOSED
        if kind is None:
            return self.day in _IN_TERM[weekday.is_weekend]
        return self.day is kind

    def fits(self, start: dt.time, end: dt.time) -> bool:
        """Whether ``start`` to ``end`` of one day lies inside these hours."""
        return self.start <= start and end <= self.end and start < end

    def _problems(self) -> Iterator[Problem]:
        if self.end <= self.start:
            yield problem(
                "$.end",
                ProblemCode.ORDER,
                Text(
                    f"关闭时间 {self.end:%H:%M} 不晚于开放时间 {self.start:%H:%M}",
                    f"closes {self.end:%H:%M}, not after it opens {self.start:%H:%M}",
                ),
            )


@attrs.frozen(kw_only=True)
class Programme(Record):
    """A programme of the home: who it is for, who leads it, where and when it meets.

    When: ``recurrence`` (an RFC 5545 rule) at ``time`` for ``duration``;
    in the school vacations ``vacation_recurrence`` at ``vacation_time``
    instead when given, else nothing when ``term_only``, else the same rule.
    Or ``during`` a holiday or vacation: its ``day_of``-th day (1 for the
    first) and the ``days - 1`` days after, at ``time``. ``first_day`` and
    ``last_day`` bound it. A session that falls when the home is closed is
    dropped or moved (``if_closed``), and the plan says why.

    Who: children from ``min_age`` to ``max_age`` (full years on the day),
    of the ``stages`` when given, at most ``capacity`` of them; each with a
    carer present when ``carer_present`` (``with_carers`` lists the children
    whose carer is enrolled with them); at most ``children_per_adult``
    children for each facilitator; facilitators with ``qualification``.
    ``fee`` is in yuan per session: a children's home is free (MPL art. 44).

    >>> p = Programme(id="p-read", name="亲近母语", kind=ProgrammeKind.FEATURED, room="r-read",
    ...               recurrence=Recurrence("FREQ=WEEKLY;BYDAY=TU,TH"), time=dt.time(16, 40),
    ...               duration=dt.timedelta(minutes=60), min_age=6, max_age=12)
    >>> p.eligible_age(5), p.eligible_age(12), p.term_only
    (False, True, False)
    """

    id: str = field(not_blank=True, words=("编号", "the id"))
    name: str = field(not_blank=True, words=("名称", "the name"))
    kind: ProgrammeKind = field(words=("活动类型", "the kind of programme"))
    room: str = field(not_blank=True, refers_to=Room, words=("活动室", "the room"))
    facilitators: tuple[str, ...] = field(
        default=(), converter=as_tuple, refers_to=Person, words=("负责人", "facilitator")
    )
    children: tuple[str, ...] = field(
        default=(), converter=as_tuple, refers_to=Child, words=("参加儿童", "child enrolled")
    )
    with_carers: tuple[str, ...] = field(
        default=(), converter=as_tuple, words=("有照护人陪同的儿童", "child whose carer comes")
    )
    min_age: int | None = field(
        default=None,
        minimum=0,
        maximum=ADULT_FROM,
        unit=_YEARS,
        words=("最小年龄", "the youngest age"),
    )
    max_age: int | None = field(
        default=None,
        minimum=0,
        maximum=ADULT_FROM,
        unit=_YEARS,
        words=("最大年龄", "the oldest age"),
    )
    stages: frozenset[SchoolStage] = field(
        default=frozenset(), converter=as_frozenset, words=("适合学段", "the school stages")
    )
    carer_present: bool = field(default=False, words=("须照护人陪同", "a carer must come"))
    capacity: int | None = field(
        default=None,
        minimum=1,
        maximum=10_000,
        unit=_CHILDREN,
        words=("名额", "how many children it takes"),
    )
    qualification: Qualification | None = field(
        default=None, words=("负责人须具备的资格", "the qualification its facilitators need")
    )
    children_per_adult: int | None = field(
        default=None,
        minimum=1,
        maximum=1_000,
        unit=_CHILDREN,
        words=("每名成人带领儿童数", "how many children per adult"),
    )
    fee: int = field(
        default=0,
        minimum=0,
        maximum=1_000_000,
        unit=Text("元", "yuan"),
        words=("每次收费", "the fee a session"),
    )
    recurrence: Recurrence | None = field(default=None, words=("重复规则", "the recurrence rule"))
    time: dt.time | None = field(default=None, words=("开始时刻", "the time it starts"))
    duration: dt.timedelta = field(words=("时长", "how long it lasts"))
    vacation_recurrence: Recurrence | None = field(
        default=None, words=("假期重复规则", "the recurrence rule in the vacations")
    )
    vacation_time: dt.time | None = field(
        default=None, words=("假期开始时刻", "the time it starts in the vacations")
    )
    term_only: bool = field(default=False, words=("仅在学期中", "in term only"))
    during: During | None = field(default=None, words=("所在假期", "the holiday it is held in"))
    day_of: int = field(
        default=1, minimum=1, maximum=366, words=("假期第几天", "the day of the holiday")
    )
    days: int = field(
        default=1,
        minimum=1,
        maximum=366,
        unit=_DAYS,
        words=("连续天数", "how many days in a row"),
    )
    first_day: dt.date | None = field(default=None, words=("开始日期", "the first day"))
    last_day: dt.date | None = field(
        default=None,
        not_before=Order(
            "first_day",
            "ends {value}, before it starts {other}",
            "结束日期 {value} 早于开始日期 {other}",
        ),
        words=("结束日期", "the last day"),
    )
    if_closed: IfClosed = field(default=IfClosed.DROP, words=("遇闭园时", "if the home is closed"))

    def eligible_age(self, age: int) -> bool:
        """Whether a child of ``age`` full years is of the programme's ages."""
        low_ok = self.min_age is None or self.min_age <= age
        return low_ok and (self.max_age is None or age <= self.max_age)

    def _problems(self) -> Iterator[Problem]:
        yield from self._timing()
        if not dt.timedelta(0) < self.duration < _DAY:
            yield problem(
                "$.duration",
                ProblemCode.RANGE,
                Text(
                    "时长应大于 0 分钟且少于一天",
                    "lasts more than 0 minutes and less than a day",
                ),
            )
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            yield problem(
                "$.max_age",
                ProblemCode.ORDER,
                Text(
                    f"最大年龄 {self.max_age} 小于最小年龄 {self.min_age}",
                    f"the oldest age {self.max_age} is under the youngest {self.min_age}",
                ),
            )
        for name in ("facilitators", "children", "with_carers"):
            ids = getattr(self, name)
            if len(set(ids)) != len(ids):
                yield problem(
                    f"$.{name}",
                    ProblemCode.DUPLICATE,
                    Text("同一编号填写了两次", "an id is given twice"),
                )
        enrolled = set(self.children)
        for i, c in enumerate(self.with_carers):
            if c not in enrolled:
                yield problem(
                    f"$.with_carers[{i}]",
                    ProblemCode.REFERENCE,
                    Text(f"{c!r} 不在参加儿童之中", f"{c!r} is not among the children enrolled"),
                )

    def _timing(self) -> Iterator[Problem]:
        if (self.recurrence is None) == (self.during is None):
            yield problem(
                "$.recurrence",
                ProblemCode.INCONSISTENT,
                Text(
                    "请填写重复规则或所在假期，二者选一",
                    "give a recurrence rule or the holiday it is held in (during), one of them",
                ),
            )
        if self.time is None:
            yield problem(
                "$.time",
                ProblemCode.EMPTY,
                Text("请填写开始时刻", "give the time it starts"),
            )
        if (self.vacation_recurrence is None) != (self.vacation_time is None):
            yield problem(
                "$.vacation_time",
                ProblemCode.INCONSISTENT,
                Text(
                    "假期安排须同时填写重复规则和开始时刻",
                    "a vacation timetable needs both its rule and its time",
                ),
            )
        if self.during is not None and self.vacation_recurrence is not None:
            yield problem(
                "$.vacation_recurrence",
                ProblemCode.INCONSISTENT,
                Text(
                    "在假期中举行的活动不另设假期重复规则",
                    "a programme held in a holiday has no vacation rule",
                ),
            )
