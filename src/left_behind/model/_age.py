"""Age and civil capacity on a date, and periods, counted as Chinese law counts them.

An age in full years (周岁) is counted from the day after the birthday: the
Supreme People's Court's interpretation on juvenile criminal cases (2006)
art. 2 (“周岁……从周岁生日的第二天起算”), and for civil periods the Civil Code
arts. 201-203: the first day is not counted (art. 201), a period in years or
months ends on the corresponding day or, when the month has none, on its last
day (art. 202), and at 24:00 of that day (art. 203). So a child is still
under 16 (不满十六周岁) on the 16th birthday and 16 from the day after; one
born on 29 February completes a year at the end of 28 February in a common
year, and is a year older from 1 March in every year.

A period the law fixes ("out of contact for six months or more", FSW-2019;
"away from the hukou for six months or more", the statistics) is counted the
same way: :func:`period_end` is its last day, which ends at 24:00, and the
situation has lasted the whole period from the day after
(:func:`period_passed`), as a child is a year older from the day after the
birthday. "Six months or more" (6个月以上) holds from that day: 以上 includes the
number (Civil Code art. 1259), so the first day on which six months have
been lived counts.
"""

from __future__ import annotations

import calendar
import datetime as dt

# straight from the module of ages, which imports nothing: the law's documents are records
from left_behind.law import ADULT_FROM, FULL_CAPACITY_FROM, LIMITED_CAPACITY_FROM
from left_behind.model._enums import CivilCapacity

__all__ = [
    "age_on",
    "birthday_in",
    "capacity_on",
    "of_age_from",
    "period_end",
    "period_passed",
]

_DAY = dt.timedelta(days=1)


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Full years of age on ``on`` (周岁), one more from the day after each birthday.

    The birthday is the last day of the year of age being completed (Civil
    Code arts. 201-203; SPC 2006 art. 2): on the 16th birthday a child is
    still 15, and 16 from the next day. Someone born on 29 February has the
    birthday on 28 February in a common year (art. 202) and is a year older
    from 1 March, in common and leap years alike. The day of birth is age 0.

    >>> age_on(dt.date(2010, 3, 2), dt.date(2026, 3, 2))
    15
    >>> age_on(dt.date(2010, 3, 2), dt.date(2026, 3, 3))
    16
    >>> leapling = dt.date(2012, 2, 29)
    >>> age_on(leapling, dt.date(2026, 2, 28)), age_on(leapling, dt.date(2026, 3, 1))
    (13, 14)
    >>> age_on(leapling, dt.date(2028, 2, 29)), age_on(leapling, dt.date(2028, 3, 1))
    (15, 16)
    """
    if on == birth_date:
        return 0
    last = on - _DAY  # the last day wholly lived before ``on``
    day = birth_date.day
    if day == 29 and birth_date.month == 2 and not calendar.isleap(last.year):
        day = 28  # art. 202: the last day of February
    before_birthday = (last.month, last.day) < (birth_date.month, day)
    return last.year - birth_date.year - before_birthday


def birthday_in(birth_date: dt.date, years: int) -> dt.date:
    """The ``years``-th birthday: the last day of the ``years``-th year of age.

    For a birth on 29 February that is 28 February in a common year, the
    last day of the month (Civil Code art. 202). The person is ``years`` old
    from the day after (:func:`of_age_from`).

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


def of_age_from(birth_date: dt.date, years: int) -> dt.date:
    """The first day on which someone born on ``birth_date`` is ``years`` old.

    The day after the birthday (SPC 2006 art. 2); 1 March for a birth on
    29 February, whatever the year.

    >>> of_age_from(dt.date(2010, 3, 2), 16)
    datetime.date(2026, 3, 3)
    >>> of_age_from(dt.date(2012, 2, 29), 14), of_age_from(dt.date(2012, 2, 29), 16)
    (datetime.date(2026, 3, 1), datetime.date(2028, 3, 1))
    """
    if years <= 0:
        return birth_date
    return birthday_in(birth_date, years) + _DAY


def period_end(start: dt.date, *, months: int) -> dt.date:
    """The last day of a period of ``months`` counted from the event on ``start``.

    The day of the event is not counted (Civil Code art. 201); the period
    ends on the corresponding day of the last month, or on that month's last
    day when it has none (art. 202), at 24:00 (art. 203). Art. 203's moving
    of a last day that is a public holiday is for the time to do an act, and
    does not apply to how long a situation has lasted.

    >>> period_end(dt.date(2024, 2, 20), months=6), period_end(dt.date(2024, 8, 31), months=6)
    (datetime.date(2024, 8, 20), datetime.date(2025, 2, 28))
    """
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def period_passed(start: dt.date, on: dt.date, *, months: int) -> bool:
    """Whether a situation that began on ``start`` has lasted the whole period on ``on``.

    From the day after :func:`period_end`, when the period ended at 24:00:
    on its last day the situation has lasted the period less that day, and
    from the next day the whole period, which "six months or more" (6个月以上:
    以上 includes the number, Civil Code art. 1259) counts. The same count makes
    an age a period of years (:func:`of_age_from`).

    >>> start = dt.date(2024, 2, 20)
    >>> period_passed(start, dt.date(2024, 8, 20), months=6)
    False
    >>> period_passed(start, dt.date(2024, 8, 21), months=6)
    True
    """
    return on > period_end(start, months=months)


def capacity_on(
    birth_date: dt.date, on: dt.date, *, lives_on_own_earnings: bool = False
) -> CivilCapacity:
    """Civil capacity on a date (Civil Code arts. 17-22), by :func:`age_on`.

    Under 8: none; 8 to 17: limited; 18 and over: full. A person of 16 or
    17 whose main livelihood is their own labour income counts as having
    full capacity (art. 18).

    >>> capacity_on(dt.date(2018, 5, 1), dt.date(2026, 5, 1)).value
    'none'
    >>> capacity_on(dt.date(2018, 5, 1), dt.date(2026, 5, 2)).value
    'limited'
    >>> capacity_on(dt.date(2009, 5, 1), dt.date(2026, 5, 2), lives_on_own_earnings=True).value
    'full'
    """
    age = age_on(birth_date, on)
    if age >= ADULT_FROM or (age >= FULL_CAPACITY_FROM and lives_on_own_earnings):
        return CivilCapacity.FULL
    if age >= LIMITED_CAPACITY_FROM:
        return CivilCapacity.LIMITED
    return CivilCapacity.NONE
