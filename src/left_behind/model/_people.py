"""The adults and pupils who work with the children: volunteers and staff.

What the law asks to be kept about them is kept here: the checks of criminal
records before and during close contact with children (MPL art. 62), the
training before activities that need it and the service done (VOL arts. 16
and 19). Names, identity numbers, phones and addresses are private, as a
child's are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.kinds import (
    IdNumber,
    Order,
    Phone,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_frozenset,
    as_tuple,
    field,
    oldest_first,
    problem,
)
from left_behind.model._age import age_on
from left_behind.model._enums import Interest, Misconduct, Sex
from left_behind.model._support_enums import (
    Background,
    CheckResult,
    Qualification,
    SchoolSubject,
    Skill,
    StaffRole,
    Weekday,
)

__all__ = ["BackgroundCheck", "Person", "ServiceRecord", "Staff", "Training", "Volunteer", "Window"]


@attrs.frozen(kw_only=True)
class Window(Record):
    """A weekly window of time: a day and the hours from ``start`` to ``end``.

    >>> import datetime as dt
    >>> w = Window(day=Weekday.SATURDAY, start=dt.time(9), end=dt.time(11, 30))
    >>> w.minutes
    150
    """

    day: Weekday = field(words=("星期", "the day of the week"))
    start: dt.time = field(words=("开始时间", "the start"))
    end: dt.time = field(words=("结束时间", "the end"))

    @property
    def minutes(self) -> int:
        """The window's length in minutes."""
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)

    def _problems(self) -> Iterator[Problem]:
        if self.end <= self.start:
            yield problem(
                "$.end",
                ProblemCode.ORDER,
                Text(
                    f"结束时间 {self.end:%H:%M} 不晚于开始时间 {self.start:%H:%M}",
                    f"ends {self.end:%H:%M}, not after it starts {self.start:%H:%M}",
                ),
            )


@attrs.frozen(kw_only=True)
class BackgroundCheck(Record):
    """A check of criminal records (MPL art. 62): when, and what it found.

    ``grounds`` lists what was found; a clear check lists nothing.
    """

    on: dt.date = field(words=("查询日期", "the day of the check"))
    result: CheckResult = field(words=("查询结果", "the result"))
    grounds: frozenset[Misconduct] = field(
        default=frozenset(), converter=as_frozenset, words=("查到的情形", "what was found")
    )

    @property
    def clear(self) -> bool:
        """Whether nothing was found."""
        return self.result is CheckResult.CLEAR

    def _problems(self) -> Iterator[Problem]:
        if self.clear and self.grounds:
            yield problem(
                "$.grounds",
                ProblemCode.INCONSISTENT,
                Text(
                    "查询结果为无记录时不列查到的情形：请把结果改为 record_found，或删除这些情形",
                    "a clear check lists no grounds; set the result to record_found or remove them",
                ),
            )


_HOURS = Text("小时", "hours")


@attrs.frozen(kw_only=True)
class Training(Record):
    """A training attended (VOL art. 16): when, how long, on what."""

    on: dt.date = field(words=("培训日期", "the day of the training"))
    hours: float = field(
        exclusive_minimum=0, maximum=24, unit=_HOURS, words=("培训时数", "the hours")
    )
    topic: str = field(not_blank=True, words=("培训内容", "the training's topic"))


@attrs.frozen(kw_only=True)
class ServiceRecord(Record):
    """Service done (VOL art. 19): when, how many hours, what."""

    on: dt.date = field(words=("服务日期", "the day of the service"))
    hours: float = field(
        exclusive_minimum=0, maximum=24, unit=_HOURS, words=("服务时数", "the hours")
    )
    activity: str = field(not_blank=True, words=("服务内容", "the activity"))


@attrs.frozen(kw_only=True)
class Person(Record):
    """What volunteers and staff have in common; not used on its own.

    ``checks``, ``trainings`` are listed oldest first. A person is active
    from ``joined_on`` to the day before ``left_on``.
    """

    id: str = field(not_blank=True, words=("编号", "the id"))
    name: str = field(private=True, not_blank=True, words=("姓名", "the name"))
    sex: Sex = field(words=("性别", "sex"))
    birth_date: dt.date = field(birth=True, words=("出生日期", "the birth date"))
    id_number: IdNumber | None = field(default=None, words=("公民身份号码", "the identity number"))
    phone: Phone | None = field(default=None, words=("电话", "the phone"))
    qualifications: frozenset[Qualification] = field(
        default=frozenset(), converter=as_frozenset, words=("资格", "qualifications")
    )
    checks: tuple[BackgroundCheck, ...] = field(
        default=(), converter=as_tuple, words=("违法犯罪记录查询", "background check")
    )
    trainings: tuple[Training, ...] = field(
        default=(), converter=as_tuple, words=("培训记录", "training")
    )
    joined_on: dt.date = field(words=("加入日期", "the day they joined"))
    left_on: dt.date | None = field(
        default=None,
        not_before=Order(
            "joined_on",
            "left {value}, before joining {other}",
            "退出日期 {value} 早于加入日期 {other}",
        ),
        words=("退出日期", "the day they left"),
    )

    def age_on(self, on: dt.date) -> int:
        """Completed years of age on ``on``."""
        return age_on(self.birth_date, on)

    def active_on(self, on: dt.date) -> bool:
        """Whether the person has joined and not yet left on ``on``."""
        return self.joined_on <= on and (self.left_on is None or on < self.left_on)

    def last_check(self, on: dt.date) -> BackgroundCheck | None:
        """The latest check made by ``on``."""
        made = [c for c in self.checks if c.on <= on]
        return made[-1] if made else None

    def training_hours(self, by: dt.date) -> float:
        """Hours of training attended by ``by``, that day included."""
        return sum(t.hours for t in self.trainings if t.on <= by)

    def _problems(self) -> Iterator[Problem]:
        if self.id != self.id.strip():
            yield problem(
                "$.id",
                ProblemCode.FORMAT,
                Text("编号两端不能有空格", "an id has no spaces at either end"),
            )
        n = self.id_number
        if n is not None and n.birth_date != self.birth_date:
            yield problem(
                "$.id_number",
                ProblemCode.INCONSISTENT,
                Text(
                    f"公民身份号码 {n} 的出生日期是 {n.birth_date}，"
                    f"记录的是 {self.birth_date}：请更正其一",
                    f"identity number {n} gives birth date {n.birth_date},"
                    f" the record {self.birth_date}: correct one of them",
                ),
            )
        if self.joined_on < self.birth_date:
            yield problem(
                "$.joined_on",
                ProblemCode.ORDER,
                Text(
                    f"加入日期 {self.joined_on} 早于出生日期",
                    f"joined {self.joined_on}, before birth",
                ),
            )
        yield from oldest_first("checks", [c.on for c in self.checks])
        yield from oldest_first("trainings", [t.on for t in self.trainings])


@attrs.frozen(kw_only=True)
class Volunteer(Person):
    """A volunteer (志愿者, 义工): who they are, what they can do, when, and their record.

    ``capacity`` is how many children they may mentor at once (the policy's
    ``mentor_capacity`` when empty). ``guardian_consent_on`` is the day a
    minor volunteer's guardian agreed.

    >>> import datetime as dt
    >>> from left_behind import Volunteer
    >>> from left_behind.model._enums import Sex
    >>> from left_behind.model._support_enums import Background
    >>> v = Volunteer(id="v-01", name="周文华", sex=Sex.FEMALE,
    ...               birth_date=dt.date(1960, 3, 1), village="示例村",
    ...               background=Background.RETIRED_TEACHER, joined_on=dt.date(2025, 9, 1))
    >>> v.active_on(dt.date(2026, 1, 1)), "周文华" in repr(v)
    (True, False)
    """

    village: str = field(not_blank=True, words=("所在村", "the village"))
    address: str | None = field(default=None, private=True, words=("住址", "the address"))
    background: Background = field(words=("志愿者来源", "the background"))
    skills: frozenset[Skill] = field(
        default=frozenset(), converter=as_frozenset, words=("技能", "skills")
    )
    subjects: frozenset[SchoolSubject] = field(
        default=frozenset(), converter=as_frozenset, words=("可辅导学科", "the subjects they tutor")
    )
    interests: frozenset[Interest] = field(
        default=frozenset(), converter=as_frozenset, words=("兴趣爱好", "interests")
    )
    availability: tuple[Window, ...] = field(
        default=(), converter=as_tuple, words=("每周空闲时间", "weekly time free")
    )
    vacation_available: bool = field(default=False, words=("假期可服务", "free in the vacations"))
    service: tuple[ServiceRecord, ...] = field(
        default=(), converter=as_tuple, words=("服务记录", "service")
    )
    capacity: int | None = field(
        default=None,
        minimum=0,
        maximum=20,
        unit=Text("名儿童", "children"),
        words=("可同时结对儿童数", "how many children at once"),
    )
    guardian_consent_on: dt.date | None = field(
        default=None, words=("监护人同意日期", "the day the guardian agreed")
    )

    def hours_in(self, year: int) -> float:
        """Hours of service recorded in ``year``."""
        return sum(s.hours for s in self.service if s.on.year == year)

    def _problems(self) -> Iterator[Problem]:
        yield from super()._problems()
        if self.guardian_consent_on is not None and self.guardian_consent_on < self.birth_date:
            yield problem(
                "$.guardian_consent_on",
                ProblemCode.ORDER,
                Text("日期早于志愿者的出生日期", "dated before the volunteer's birth"),
            )
        yield from oldest_first("service", [s.on for s in self.service])


@attrs.frozen(kw_only=True)
class Staff(Person):
    """A member of staff (工作人员): the home's director, social worker, assistant,
    the village children's director or the township supervisor."""

    role: StaffRole = field(words=("岗位", "the post"))
