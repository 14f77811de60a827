"""Age and civil capacity on a date, exact by birthday."""

from __future__ import annotations

import calendar
import datetime as dt

from left_behind.model._enums import CivilCapacity

__all__ = ["age_on", "birthday_in", "capacity_on"]


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Completed years of age on ``on`` (周岁).

    A birthday counts as reached on the day itself. Someone born on
    29 February has a birthday in a common year on 28 February: an age is a
    period counted in years, and Civil Code art. 202 ends such a period on
    the corresponding day of the last month or, when that month has no such
    day, on its last day (按照年、月计算期间的，到期月的对应日为期间的最后一日；
    没有对应日的，月末日为期间的最后一日).

    >>> age_on(dt.date(2010, 3, 2), dt.date(2026, 3, 1))
    15
    >>> age_on(dt.date(2010, 3, 2), dt.date(2026, 3, 2))
    16
    >>> leapling = dt.date(2012, 2, 29)
    >>> age_on(leapling, dt.date(2026, 2, 27)), age_on(leapling, dt.date(2026, 2, 28))
    (13, 14)
    >>> age_on(leapling, dt.date(2028, 2, 28)), age_on(leapling, dt.date(2028, 2, 29))
    (15, 16)
    """
    day = birth_date.day
    if day == 29 and birth_date.month == 2 and not calendar.isleap(on.year):
        day = 28  # art. 202: the last day of February
    before_birthday = (on.month, on.day) < (birth_date.month, day)
    return on.year - birth_date.year - before_birthday


def birthday_in(birth_date: dt.date, years: int) -> dt.date:
    """The day on which someone born on ``birth_date`` turns ``years`` old.

    For a birth on 29 February that is 28 February in a common year, the
    last day of the month (Civil Code art. 202; see :func:`age_on`).

    >>> birthday_in(dt.date(2012, 2, 29), 16), birthday_in(dt.date(2012, 2, 29), 4)
    (datetime.date(2028, 2, 29), datetime.date(2016, 2, 29))
    >>> birthday_in(dt.date(2012, 2, 29), 14)
    datetime.date(2026, 2, 28)
    """
    year = birth_date.year + years
    try:
        return birth_date.replace(year=year)
    except ValueError:  # 29 February in a common year: art. 202
        return dt.date(year, 2, 28)


def capacity_on(
    birth_date: dt.date, on: dt.date, *, lives_on_own_earnings: bool = False
) -> CivilCapacity:
    """Civil capacity on a date (Civil Code arts. 17-22).

    Under 8: none; 8 to 17: limited; 18 and over: full. A person of 16 or
    17 whose main livelihood is their own labour income counts as having
    full capacity (art. 18).

    >>> capacity_on(dt.date(2018, 5, 1), dt.date(2026, 4, 30)).value
    'none'
    >>> capacity_on(dt.date(2018, 5, 1), dt.date(2026, 5, 1)).value
    'limited'
    >>> capacity_on(dt.date(2009, 5, 1), dt.date(2026, 5, 1), lives_on_own_earnings=True).value
    'full'
    """
    age = age_on(birth_date, on)
    if age >= 18 or (age >= 16 and lives_on_own_earnings):
        return CivilCapacity.FULL
    if age >= 8:
        return CivilCapacity.LIMITED
    return CivilCapacity.NONE
