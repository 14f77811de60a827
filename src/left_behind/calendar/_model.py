"""What the calendar is made of: festivals, kinds of day, a year's holidays, terms, closures.

A year's public holidays and make-up working days (调休) are a
:class:`YearCalendar`: the State Council General Office's notice for that
year (a :class:`~left_behind.law.LegalDocument` quoting each item word for
word) and one :class:`HolidayPeriod` per item. A county's school year is a
:class:`SchoolYear`; a home's own closures are :class:`Closure` records. All
of them are records: they check themselves when made, and load and dump
through the io layer like every other record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.calendar._records import DayKind
from left_behind.kinds import (
    LabelledEnum,
    Lang,
    Order,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    field,
    problem,
)
from left_behind.law import LegalDocument

__all__ = [
    "CalendarDay",
    "Festival",
    "HolidayPeriod",
    "YearCalendar",
]

_ONE_DAY = dt.timedelta(days=1)
_SATURDAY = 5


class Festival(LabelledEnum):
    """A festival the State Council's notices give days off for (全体公民放假的节日)."""

    NEW_YEAR = "new_year", "元旦", "New Year's Day"
    SPRING_FESTIVAL = "spring_festival", "春节", "Spring Festival"
    QINGMING = "qingming", "清明节", "Qingming Festival"
    LABOUR_DAY = "labour_day", "劳动节", "Labour Day"
    DRAGON_BOAT = "dragon_boat", "端午节", "Dragon Boat Festival"
    MID_AUTUMN = "mid_autumn", "中秋节", "Mid-Autumn Festival"
    NATIONAL_DAY = "national_day", "国庆节", "National Day"


_AND = Text("、", " and ")


def _names(festivals: tuple[Festival, ...], lang: Lang) -> str:
    return _AND.get(lang).join(f.label(lang) for f in festivals)


@attrs.frozen(kw_only=True)
class HolidayPeriod(Record):
    """One item of a year's notice: the days off of one holiday and the days worked for it.

    ``item`` is the key of the notice's item it transcribes (``"2"`` for
    item 二); ``festivals`` the festival or festivals it is for, in the
    notice's order (``国庆节、中秋节`` when they fall together); ``first`` and
    ``last`` its first and last day off (放假), weekends inside it included;
    ``makeup_days`` the Saturdays or Sundays worked for it (上班); ``note``
    what else the notice says, or how a later notice changed the item.

    >>> import datetime as dt
    >>> p = HolidayPeriod(item="2", festivals=[Festival.SPRING_FESTIVAL],
    ...                   first=dt.date(2025, 1, 28), last=dt.date(2025, 2, 4),
    ...                   makeup_days=[dt.date(2025, 1, 26), dt.date(2025, 2, 8)])
    >>> p.length, p.name(), p.name("en"), dt.date(2025, 2, 1) in p
    (8, '春节', 'Spring Festival', True)
    """

    item: str = field(not_blank=True, words=("通知条目", "the key of the notice's item"))
    festivals: tuple[Festival, ...] = field(
        converter=as_tuple,
        at_least_one=("请填写这一项的节日", "name the festival or festivals of the item"),
        words=("节日", "the festival or festivals"),
    )
    first: dt.date = field(words=("放假首日", "the first day off"))
    last: dt.date = field(
        not_before=Order(
            "first",
            "ends {value}, before it starts {other}",
            "结束日期 {value} 早于开始日期 {other}",
        ),
        words=("放假末日", "the last day off"),
    )
    makeup_days: tuple[dt.date, ...] = field(
        default=(), converter=as_tuple, words=("调休上班日", "the make-up working days")
    )
    note: str = ""

    def _problems(self) -> Iterator[Problem]:
        if len(set(self.festivals)) != len(self.festivals):
            yield problem(
                "$.festivals",
                ProblemCode.DUPLICATE,
                Text("同一节日填写了两次", "a festival is named twice"),
            )
        for i, day in enumerate(self.makeup_days):
            if day.weekday() < _SATURDAY:
                yield problem(
                    f"$.makeup_days[{i}]",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"{day} 是工作日：调休上班日应为星期六或星期日",
                        f"{day} is a weekday: a make-up working day is a Saturday or a Sunday",
                    ),
                )
            if self.first <= day <= self.last:
                yield problem(
                    f"$.makeup_days[{i}]",
                    ProblemCode.INCONSISTENT,
                    Text(f"{day} 是同一项安排的放假日", f"{day} is a day off of the same item"),
                )
        if len(set(self.makeup_days)) != len(self.makeup_days):
            yield problem(
                "$.makeup_days",
                ProblemCode.DUPLICATE,
                Text("同一调休上班日填写了两次", "a make-up working day is given twice"),
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last

    @property
    def length(self) -> int:
        """How many days off in a row (the notice's 共N天, when it counts them)."""
        return (self.last - self.first).days + 1

    def days(self) -> Iterator[dt.date]:
        """Every day off, in order."""
        day = self.first
        while day <= self.last:
            yield day
            day += _ONE_DAY

    def name(self, lang: Lang = "zh") -> str:
        """The festival's name, or the festivals' joined (``国庆节、中秋节``)."""
        return _names(self.festivals, lang)


@attrs.frozen(kw_only=True)
class YearCalendar(Record):
    """A year's public holidays and make-up working days, with the notice they come from.

    ``notice`` is the State Council General Office's notice for ``year``;
    ``amendments`` later notices that changed it (the 2020 Spring Festival
    was extended); ``periods`` one per item of the notice, in order. A
    period may begin in the December before (the 2023 New Year holiday
    began on 31 December 2022).
    """

    year: int = field(words=("年份", "the year"))
    notice: LegalDocument = field(words=("放假安排通知", "the notice"))
    periods: tuple[HolidayPeriod, ...] = field(
        converter=as_tuple, at_least_one=("请填写通知安排的假期", "give the holidays of the notice")
    )
    amendments: tuple[LegalDocument, ...] = field(default=(), converter=as_tuple)

    def _problems(self) -> Iterator[Problem]:
        if not 1950 <= self.year <= 9999:
            yield problem(
                "$.year",
                ProblemCode.RANGE,
                Text(
                    f"{self.year} 不是通知所安排的年份",
                    f"{self.year} is not a year of the notices",
                ),
            )
            return
        earliest = dt.date(self.year - 1, 12, 1)
        taken: dict[dt.date, str] = {}
        keys = {p.key for doc in (self.notice, *self.amendments) for p in doc.provisions}
        for i, period in enumerate(self.periods):
            where = f"$.periods[{i}]"
            if period.item not in keys:
                yield problem(
                    f"{where}.item",
                    ProblemCode.UNKNOWN,
                    Text(
                        f"通知中没有第 {period.item!r} 项",
                        f"the notice has no item {period.item!r}",
                    ),
                )
            if period.first < earliest or period.last.year != self.year:
                yield problem(
                    where,
                    ProblemCode.RANGE,
                    Text(
                        f"{period.first} 至 {period.last} 不在 {self.year} 年",
                        f"{period.first}-{period.last} is not in {self.year}",
                    ),
                )
            if i and period.first <= self.periods[i - 1].last:
                yield problem(
                    where,
                    ProblemCode.ORDER,
                    Text("假期相互重叠或顺序有误", "the holidays overlap or are out of order"),
                )
            for day in (*period.days(), *period.makeup_days):
                if day in taken:
                    yield problem(
                        where,
                        ProblemCode.DUPLICATE,
                        Text(
                            f"{day} 也出现在第 {taken[day]} 项中",
                            f"{day} is given by item {taken[day]} too",
                        ),
                    )
                taken[day] = period.item
        if self.notice.issued is None:
            yield problem(
                "$.notice.issued",
                ProblemCode.MISSING,
                Text("放假安排通知须写明发布日期", "a holiday notice gives the day it is dated"),
            )
        elif self.periods and self.notice.issued >= self.periods[0].first:
            yield problem(
                "$.notice.issued",
                ProblemCode.ORDER,
                Text(
                    "通知日期晚于其安排的第一个假日",
                    "the notice is dated after its first holiday",
                ),
            )

    def period_of(self, day: dt.date) -> HolidayPeriod | None:
        """The holiday that ``day`` is a day off or a make-up working day of, if any."""
        for period in self.periods:
            if day in period or day in period.makeup_days:
                return period
        return None

    def days_off(self) -> frozenset[dt.date]:
        """Every day off of the year's holidays (weekends inside them included)."""
        return frozenset(day for p in self.periods for day in p.days())

    def makeup_days(self) -> frozenset[dt.date]:
        """Every make-up working day of the year."""
        return frozenset(day for p in self.periods for day in p.makeup_days)

    def cite(self, lang: Lang = "zh") -> str:
        """The notice as a citation: its title and number, or in English its number and date."""
        issued = self.notice.issued
        return Text(
            f"《{self.notice.cited_title}》",
            self.notice.number + (f" of {issued.isoformat()}" if issued else ""),
        ).get(lang)


@attrs.frozen(kw_only=True)
class CalendarDay(Record):
    """What a date is for a home, and why.

    ``kind`` is the kind of day for the home; ``official`` what the State
    Council's calendar alone makes it (working day, weekend, public holiday
    or make-up working day); ``provisional`` is true when no notice is
    recorded that settles the date, so that no holiday is known and the
    kinds come from the weekday and the terms alone; ``festivals`` the
    festivals of the holiday the day is off for or worked for;
    ``closure`` the reason the home is closed, if it is; ``notice`` the
    number of the notice that settles the date, if any.
    """

    day: dt.date
    kind: DayKind
    official: DayKind
    provisional: bool = False
    festivals: tuple[Festival, ...] = field(default=(), converter=as_tuple)
    closure: str = ""
    notice: str = ""

    def holiday_name(self, lang: Lang = "zh") -> str | None:
        """The holiday's name on a day off for it, else None."""
        if self.official is not DayKind.PUBLIC_HOLIDAY:
            return None
        return _names(self.festivals, lang)
