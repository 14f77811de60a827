"""The calendar's records that a home keeps: kinds of day, a county's school year, closures.

They live with the records (a :class:`~left_behind.Home` keeps its county's
terms and its own closures); :mod:`left_behind.calendar` reads them with the
State Council's notices to say what a date is for a home.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator

import attrs

from left_behind.kinds import (
    LabelledEnum,
    Order,
    Problem,
    ProblemCode,
    Record,
    Text,
    field,
    problem,
)

__all__ = ["SHANGHAI", "Closure", "DayKind", "SchoolYear"]

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
"""China Standard Time (UTC+8 all year): the homes' clock, and that of every session."""

_ONE_DAY = dt.timedelta(days=1)


class DayKind(LabelledEnum):
    """What kind of day a date is, for the country or for a home.

    With the official calendar alone a day is a working day, a weekend day,
    a public holiday or a make-up working day (调休上班: a Saturday or Sunday
    that is worked). With a county's school terms a working day becomes a
    school day or a vacation day, and with a home's closures a closed day.
    """

    SCHOOL_DAY = "school_day", "上学日", "school day"
    WORKDAY = "workday", "工作日", "working day"
    WEEKEND = "weekend", "周末", "weekend"
    PUBLIC_HOLIDAY = "public_holiday", "法定节假日", "public holiday"
    MAKEUP_WORKDAY = "makeup_workday", "调休上班日", "make-up working day"
    VACATION = "vacation", "寒暑假", "school vacation"
    CLOSED = "closed", "闭园", "closed"

    @property
    def by_terms(self) -> bool:
        """Whether only a county's school terms make a day of this kind: a school day, a
        vacation day. Opening hours of such a kind need the home's terms.

        >>> DayKind.SCHOOL_DAY.by_terms, DayKind.WEEKEND.by_terms
        (True, False)
        """
        return self in (DayKind.SCHOOL_DAY, DayKind.VACATION)


@attrs.frozen(kw_only=True)
class SchoolYear(Record):
    """A county's school year: two terms and two vacations, as the county sets them.

    ``county`` is the county (or district) whose schools follow these dates;
    ``year`` the year the autumn term starts in (2025 for 2025-2026). Each
    term and vacation runs from its first to its last day, both included,
    and each begins the day after the one before ends: the autumn term, the
    winter vacation, the spring term, the summer vacation. ``source`` says
    where the dates come from (the education bureau's notice), ``notes``
    anything else, such as that the dates are a sample's.
    """

    county: str = field(not_blank=True, words=("县（区）", "the county"))
    year: int = field(words=("学年起始年", "the year the autumn term starts in"))
    autumn_term_start: dt.date = field(words=("秋季学期开学", "the first day of the autumn term"))
    autumn_term_end: dt.date = field(
        not_before=Order(
            "autumn_term_start",
            "ends {value}, before it starts {other}",
            "结束日期 {value} 早于开始日期 {other}",
        ),
        words=("秋季学期结束", "the last day of the autumn term"),
    )
    winter_vacation_start: dt.date = field(words=("寒假开始", "the first day of winter vacation"))
    winter_vacation_end: dt.date = field(
        not_before=Order(
            "winter_vacation_start",
            "ends {value}, before it starts {other}",
            "结束日期 {value} 早于开始日期 {other}",
        ),
        words=("寒假结束", "the last day of the winter vacation"),
    )
    spring_term_start: dt.date = field(words=("春季学期开学", "the first day of the spring term"))
    spring_term_end: dt.date = field(
        not_before=Order(
            "spring_term_start",
            "ends {value}, before it starts {other}",
            "结束日期 {value} 早于开始日期 {other}",
        ),
        words=("春季学期结束", "the last day of the spring term"),
    )
    summer_vacation_start: dt.date = field(words=("暑假开始", "the first day of summer vacation"))
    summer_vacation_end: dt.date = field(
        not_before=Order(
            "summer_vacation_start",
            "ends {value}, before it starts {other}",
            "结束日期 {value} 早于开始日期 {other}",
        ),
        words=("暑假结束", "the last day of the summer vacation"),
    )
    source: str = field(default="", words=("校历来源", "where the dates come from"))
    notes: str = field(default="", words=("备注", "notes"))

    _CHAIN = (
        ("autumn_term_end", "winter_vacation_start"),
        ("winter_vacation_end", "spring_term_start"),
        ("spring_term_end", "summer_vacation_start"),
    )

    def _problems(self) -> Iterator[Problem]:
        if self.autumn_term_start.year != self.year:
            yield problem(
                "$.autumn_term_start",
                ProblemCode.INCONSISTENT,
                Text(f"秋季学期应在 {self.year} 年开始", f"the autumn term starts in {self.year}"),
            )
        for before, after in self._CHAIN:
            if getattr(self, after) != getattr(self, before) + _ONE_DAY:
                yield problem(
                    f"$.{after}",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"应在 {getattr(self, before)} 的次日开始",
                        f"starts the day after {before.replace('_', ' ')}"
                        f" ({getattr(self, before)})",
                    ),
                )

    @property
    def first(self) -> dt.date:
        """The school year's first day: the first of the autumn term."""
        return self.autumn_term_start

    @property
    def last(self) -> dt.date:
        """The school year's last day: the last of the summer vacation."""
        return self.summer_vacation_end

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last

    def in_vacation(self, day: dt.date) -> bool:
        """Whether ``day`` is in the winter or the summer vacation."""
        return (
            self.winter_vacation_start <= day <= self.winter_vacation_end
            or self.summer_vacation_start <= day <= self.summer_vacation_end
        )


@attrs.frozen(kw_only=True)
class Closure(Record):
    """Days a home is closed on its own account, with the reason.

    One day (``last`` left out) or ``first`` to ``last``, both included.

    >>> import datetime as dt
    >>> c = Closure(first=dt.date(2026, 3, 16), reason="消防检修")
    >>> c.last_day, dt.date(2026, 3, 16) in c, dt.date(2026, 3, 17) in c
    (datetime.date(2026, 3, 16), True, False)
    """

    first: dt.date = field(words=("闭园首日", "the first day closed"))
    last: dt.date | None = field(
        default=None,
        not_before=Order(
            "first",
            "ends {value}, before it starts {other}",
            "结束日期 {value} 早于开始日期 {other}",
        ),
        words=("闭园末日", "the last day closed"),
    )
    reason: str = field(not_blank=True, words=("闭园原因", "the reason"))

    @property
    def last_day(self) -> dt.date:
        """The last day closed: ``last``, or ``first`` for a single day."""
        return self.first if self.last is None else self.last

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last_day
