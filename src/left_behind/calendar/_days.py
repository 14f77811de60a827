"""What a date is for a home: the official calendar, the county's terms, the home's closures.

The layers are applied in one order, from the strongest:

1. the home's own closure: closed;
2. a day off of a public holiday (in term or in vacation): public holiday;
3. a day of the winter or summer vacation: vacation (a make-up working day
   in a vacation too: the children have no school);
4. a make-up working day in term: a school day, or, when the home does not
   run its after-school programme on such days, a make-up working day;
5. a Saturday or Sunday: weekend;
6. any other day in term: school day.

Without terms a weekday is a working day, and 3, 4 and 6 do not apply.

>>> import datetime as dt
>>> from left_behind.samples._calendar import SAMPLE_SCHOOL_YEARS as terms
>>> [day_kind(dt.date(2026, 1, d), terms=terms).value for d in (16, 17)]
['school_day', 'vacation']
>>> day_kind(dt.date(2026, 5, 9), terms=terms).value
'school_day'
>>> day_kind(dt.date(2026, 5, 9), terms=terms, after_school_on_makeup_days=False).value
'makeup_workday'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from left_behind.calendar._model import CalendarDay
from left_behind.calendar._official import DEFAULT_CALENDAR, OfficialCalendar
from left_behind.calendar._records import Closure, DayKind, SchoolYear

__all__ = ["NoSchoolYear", "day_kind", "describe_day"]


class NoSchoolYear(LookupError):
    """No school year given covers a date: the county's terms for it are not recorded."""


def _school_year(day: dt.date, terms: Sequence[SchoolYear]) -> SchoolYear:
    found = [t for t in terms if day in t]
    if not found:
        counties = sorted({t.county for t in terms}) or ["any county"]
        raise NoSchoolYear(
            f"no school year of {'、'.join(counties)} given covers {day.isoformat()}:"
            " record the county's terms for it"
        )
    if len(found) > 1:
        raise ValueError(
            f"{len(found)} school years given cover {day.isoformat()}"
            f" ({', '.join(f'{t.county} {t.year}' for t in found)}): give one county's"
        )
    return found[0]


def _home_kind(
    day: dt.date, official: DayKind, terms: Sequence[SchoolYear], after_school: bool
) -> DayKind:
    school_year = _school_year(day, terms)
    if official is DayKind.PUBLIC_HOLIDAY:
        return official
    if school_year.in_vacation(day):
        return DayKind.VACATION
    if official is DayKind.MAKEUP_WORKDAY:
        return DayKind.SCHOOL_DAY if after_school else DayKind.MAKEUP_WORKDAY
    if official is DayKind.WEEKEND:
        return official
    return DayKind.SCHOOL_DAY


def describe_day(
    day: dt.date,
    *,
    terms: Sequence[SchoolYear] | None = None,
    closures: Sequence[Closure] = (),
    official: OfficialCalendar | None = None,
    after_school_on_makeup_days: bool = True,
) -> CalendarDay:
    """What ``day`` is for a home, with the holiday, the closure and whether it is provisional.

    ``terms`` are the school years of the home's county (None: the official
    calendar alone); ``closures`` the home's own; ``official`` the notices
    to use (the recorded ones by default); ``after_school_on_makeup_days``
    whether the after-school programme runs on a make-up working day in
    term, when the children are at school as on a weekday. A date no
    recorded notice settles is ``provisional``: no holiday is known for it.
    :class:`NoSchoolYear` when terms are given but none covers ``day``.

    >>> import datetime as dt
    >>> from left_behind.samples._calendar import SAMPLE_SCHOOL_YEARS
    >>> from left_behind.calendar._records import Closure
    >>> d = describe_day(dt.date(2026, 2, 17), terms=SAMPLE_SCHOOL_YEARS)
    >>> d.kind.value, d.holiday_name(), d.notice
    ('public_holiday', '春节', '国办发明电〔2025〕7号')
    >>> shut = [Closure(first=dt.date(2026, 3, 16), reason="消防检修")]
    >>> d = describe_day(dt.date(2026, 3, 16), terms=SAMPLE_SCHOOL_YEARS, closures=shut)
    >>> d.kind.value, d.official.value, d.closure
    ('closed', 'workday', '消防检修')
    >>> d = describe_day(dt.date(2027, 3, 1), terms=SAMPLE_SCHOOL_YEARS)
    >>> d.kind.value, d.provisional, d.notice
    ('school_day', True, '')
    """
    cal = DEFAULT_CALENDAR if official is None else official
    kind, period, settling = cal.lookup(day)
    official_kind = kind
    if terms is not None:
        kind = _home_kind(day, official_kind, terms, after_school_on_makeup_days)
    closure = next((c for c in closures if day in c), None)
    if closure is not None:
        kind = DayKind.CLOSED
    return CalendarDay(
        day=day,
        kind=kind,
        official=official_kind,
        provisional=settling is None,
        festivals=period.festivals if period is not None else (),
        closure=closure.reason if closure is not None else "",
        notice=settling.notice.number if settling is not None else "",
    )


def day_kind(
    day: dt.date,
    *,
    terms: Sequence[SchoolYear] | None = None,
    closures: Sequence[Closure] = (),
    official: OfficialCalendar | None = None,
    after_school_on_makeup_days: bool = True,
) -> DayKind:
    """The kind of ``day`` for a home: :func:`describe_day`'s ``kind``, made faster.

    >>> import datetime as dt
    >>> day_kind(dt.date(2025, 10, 11)).label("en"), day_kind(dt.date(2025, 10, 12)).value
    ('make-up working day', 'weekend')
    """
    cal = DEFAULT_CALENDAR if official is None else official
    kind = cal.lookup(day)[0]
    if terms is not None:
        kind = _home_kind(day, kind, terms, after_school_on_makeup_days)
    return DayKind.CLOSED if any(day in c for c in closures) else kind
