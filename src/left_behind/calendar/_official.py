"""The official calendar: what the recorded notices make of a date, and what they cannot say.

A date is *settled* when the notice of its year is recorded and, in the
last days of December, the next year's notice too: a notice can claim days
of the December before it (the 2023 New Year holiday began on
31 December 2022; the 2019 one had 29 December 2018 worked). A date that is
not settled is *provisional*: no holiday is known for it, and the helpers
that answer yes or no about holidays raise :class:`NoNotice` rather than
guess.

>>> import datetime as dt
>>> is_holiday(dt.date(2025, 1, 28)), is_makeup_workday(dt.date(2025, 1, 26))
(True, True)
>>> holiday_name(dt.date(2025, 10, 6)), holiday_name(dt.date(2025, 10, 6), "en")
('国庆节、中秋节', 'National Day and Mid-Autumn Festival')
>>> official_calendar(2030) is None, is_provisional(dt.date(2030, 5, 1))
(True, True)
>>> is_holiday(dt.date(2030, 5, 1))
Traceback (most recent call last):
...
left_behind.calendar._official.NoNotice: no notice is recorded for 2030: ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from left_behind.calendar._model import HolidayPeriod, YearCalendar
from left_behind.calendar._notices import OFFICIAL_CALENDARS
from left_behind.calendar._records import DayKind
from left_behind.kinds import Lang
from left_behind.law import LegalDocument

__all__ = [
    "DEFAULT_CALENDAR",
    "LATE_DECEMBER",
    "NoNotice",
    "OfficialCalendar",
    "holiday_name",
    "is_holiday",
    "is_makeup_workday",
    "is_provisional",
    "notice_for",
    "official_calendar",
    "recorded_years",
]

LATE_DECEMBER = 25
"""From this day of December on, a date is settled only once the next year's notice is recorded.

The notices have claimed days of the December before them as late as the
29th (29 December 2018, worked for the 2019 New Year): a week's margin."""

_SATURDAY = 5


class NoNotice(LookupError):
    """No notice is recorded that settles a date: its holidays are not known yet."""

    def __init__(self, day: dt.date, year: int) -> None:
        super().__init__(
            f"no notice is recorded for {year}: whether {day.isoformat()} is a holiday"
            " is not known yet"
        )
        self.day = day
        self.year = year


# What a date is by the notices: its kind, the holiday it belongs to, the
# calendar that settles it (None when provisional).
_Lookup = tuple[DayKind, HolidayPeriod | None, YearCalendar | None]


class OfficialCalendar:
    """The years whose notices are recorded, as one lookup.

    Built from the recorded years by default; a caller who has the notice
    of a year the library does not record yet may add it, as a
    :class:`~left_behind.calendar.YearCalendar` (see ``docs/calendar.md``):

    >>> import datetime as dt
    >>> cal = OfficialCalendar()
    >>> cal.years()[0], cal.kind(dt.date(2022, 12, 31)).value
    (2020, 'public_holiday')
    >>> cal.kind(dt.date(2025, 2, 8)).label("en")
    'make-up working day'
    >>> OfficialCalendar([]).settles(dt.date(2025, 2, 8))
    False
    """

    __slots__ = ("_makeup", "_off", "_years")

    def __init__(self, calendars: Iterable[YearCalendar] = OFFICIAL_CALENDARS) -> None:
        years: dict[int, YearCalendar] = {}
        off: dict[dt.date, tuple[YearCalendar, HolidayPeriod]] = {}
        makeup: dict[dt.date, tuple[YearCalendar, HolidayPeriod]] = {}
        for cal in calendars:
            if cal.year in years:
                raise ValueError(f"the calendar of {cal.year} is given twice")
            years[cal.year] = cal
            for period in cal.periods:
                for day in period.days():
                    off[day] = (cal, period)
                for day in period.makeup_days:
                    makeup[day] = (cal, period)
        both = sorted(off.keys() & makeup.keys())
        if both:
            raise ValueError(f"{both[0]} is both a day off and a make-up working day")
        self._years = dict(sorted(years.items()))
        self._off = off
        self._makeup = makeup

    def years(self) -> tuple[int, ...]:
        """The years recorded, in order."""
        return tuple(self._years)

    def year(self, year: int) -> YearCalendar | None:
        """The calendar of ``year``, or None when its notice is not recorded."""
        return self._years.get(year)

    def settles(self, day: dt.date) -> bool:
        """Whether the notices recorded settle ``day`` (see :data:`LATE_DECEMBER`)."""
        if day.year not in self._years:
            return False
        return (day.month, day.day) < (12, LATE_DECEMBER) or day.year + 1 in self._years

    def lookup(self, day: dt.date) -> _Lookup:
        """The kind of ``day`` by the notices, its holiday and the calendar that settles it.

        Never raises: on a provisional day the kind is the weekday's
        (working day or weekend) and the calendar is None.
        """
        found = self._off.get(day)
        if found is not None:
            return DayKind.PUBLIC_HOLIDAY, found[1], found[0] if self.settles(day) else None
        found = self._makeup.get(day)
        if found is not None:
            return DayKind.MAKEUP_WORKDAY, found[1], found[0] if self.settles(day) else None
        kind = DayKind.WEEKEND if day.weekday() >= _SATURDAY else DayKind.WORKDAY
        return kind, None, self._years.get(day.year) if self.settles(day) else None

    def _settled(self, day: dt.date) -> _Lookup:
        found = self.lookup(day)
        if found[2] is None:
            year = day.year if day.year not in self._years else day.year + 1
            raise NoNotice(day, year)
        return found

    def kind(self, day: dt.date) -> DayKind:
        """Working day, weekend, public holiday or make-up working day; :class:`NoNotice`
        when ``day`` is provisional."""
        return self._settled(day)[0]

    def period_of(self, day: dt.date) -> HolidayPeriod | None:
        """The holiday ``day`` is a day off or a make-up working day of, if any."""
        return self._settled(day)[1]

    def is_holiday(self, day: dt.date) -> bool:
        """Whether ``day`` is a day off of a public holiday (weekends inside it included)."""
        return self.kind(day) is DayKind.PUBLIC_HOLIDAY

    def is_makeup_workday(self, day: dt.date) -> bool:
        """Whether ``day`` is a Saturday or Sunday worked for a holiday (调休上班)."""
        return self.kind(day) is DayKind.MAKEUP_WORKDAY

    def holiday_name(self, day: dt.date, lang: Lang = "zh") -> str | None:
        """The name of the holiday ``day`` is a day off of, or None."""
        kind, period, _ = self._settled(day)
        return period.name(lang) if kind is DayKind.PUBLIC_HOLIDAY and period else None


DEFAULT_CALENDAR = OfficialCalendar()


def official_calendar(year: int) -> YearCalendar | None:
    """The recorded calendar of ``year``; None when no notice is recorded for it.

    None means the year is provisional: plan with it only as such, and
    never present a holiday of it as official.

    >>> official_calendar(2024).notice.number
    '国办发明电〔2023〕7号'
    >>> official_calendar(2019) is None
    True
    """
    return DEFAULT_CALENDAR.year(year)


def notice_for(year: int) -> LegalDocument | None:
    """The notice that fixes the holidays of ``year``, if it is recorded.

    >>> n = notice_for(2025)
    >>> n.number, n.issued.isoformat()
    ('国办发明电〔2024〕12号', '2024-11-12')
    >>> n.source(2).cite()
    '《国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）》二'
    """
    cal = DEFAULT_CALENDAR.year(year)
    return None if cal is None else cal.notice


def recorded_years() -> tuple[int, ...]:
    """The years whose notices are recorded, in order."""
    return DEFAULT_CALENDAR.years()


def is_provisional(day: dt.date) -> bool:
    """Whether no recorded notice settles ``day`` (see :data:`LATE_DECEMBER`).

    >>> import datetime as dt
    >>> is_provisional(dt.date(2026, 12, 24)), is_provisional(dt.date(2026, 12, 25))
    (False, True)
    """
    return not DEFAULT_CALENDAR.settles(day)


def is_holiday(day: dt.date) -> bool:
    """Whether ``day`` is a day off of a public holiday; :class:`NoNotice` if provisional."""
    return DEFAULT_CALENDAR.is_holiday(day)


def is_makeup_workday(day: dt.date) -> bool:
    """Whether ``day`` is a make-up working day (调休上班); :class:`NoNotice` if provisional."""
    return DEFAULT_CALENDAR.is_makeup_workday(day)


def holiday_name(day: dt.date, lang: Lang = "zh") -> str | None:
    """The holiday's name on a day off for it, else None; :class:`NoNotice` if provisional."""
    return DEFAULT_CALENDAR.holiday_name(day, lang)
