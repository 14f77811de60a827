"""Age and civil capacity on a date, exact by birthday."""

from __future__ import annotations

import datetime as dt

from left_behind.model._enums import CivilCapacity

__all__ = ["age_on", "birthday_in", "capacity_on"]


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Completed years of age on ``on`` (周岁).

    A birthday counts as reached on the day itself. Someone born on
    29 February reaches a birthday in a common year on 1 March: the
    anniversary has not come on 28 February, so a child stays "under 16"
    for that one more day.

    >>> age_on(dt.date(2010, 3, 2), dt.date(2026, 3, 1))
    15
    >>> age_on(dt.date(2010, 3, 2), dt.date(2026, 3, 2))
    16
    >>> leapling = dt.date(2012, 2, 29)
    >>> age_on(leapling, dt.date(2027, 2, 28)), age_on(leapling, dt.date(2027, 3, 1))
    (14, 15)
    """
    before_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
    return on.year - birth_date.year - before_birthday


def birthday_in(birth_date: dt.date, years: int) -> dt.date:
    """The day on which someone born on ``birth_date`` turns ``years`` old.

    >>> birthday_in(dt.date(2012, 2, 29), 16), birthday_in(dt.date(2012, 2, 29), 4)
    (datetime.date(2028, 2, 29), datetime.date(2016, 2, 29))
    >>> birthday_in(dt.date(2012, 2, 29), 15)
    datetime.date(2027, 3, 1)
    """
    year = birth_date.year + years
    try:
        return birth_date.replace(year=year)
    except ValueError:  # 29 February in a common year
        return dt.date(year, 3, 1)


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
