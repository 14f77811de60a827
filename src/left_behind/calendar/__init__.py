"""The calendar as data: public holidays, make-up working days, school terms, closures.

Public holidays and make-up working days (调休) are fixed each year by a
notice of the General Office of the State Council, published late in the
year before. Each year recorded is a :class:`YearCalendar` citing its
notice; a year without one is *provisional*: :func:`official_calendar`
gives None, the yes-or-no helpers raise :class:`NoNotice`, and
:func:`describe_day` marks its days ``provisional``. Nothing is guessed.

School terms are county data (:class:`SchoolYear`), a home's closures its
own (:class:`Closure`); :func:`day_kind` and :func:`describe_day` put the
layers together. Pure: no clock, no files.

>>> import datetime as dt
>>> from left_behind import calendar
>>> calendar.recorded_years()
(2020, 2021, 2022, 2023, 2024, 2025, 2026)
>>> calendar.is_holiday(dt.date(2026, 2, 15)), calendar.holiday_name(dt.date(2026, 2, 15), "en")
(True, 'Spring Festival')
>>> calendar.day_kind(dt.date(2026, 1, 4)).value
'makeup_workday'
>>> calendar.official_calendar(2027) is None
True
"""

from left_behind.calendar import _days, _model, _notices, _official, _samples
from left_behind.calendar._days import NoSchoolYear as NoSchoolYear
from left_behind.calendar._days import day_kind as day_kind
from left_behind.calendar._days import describe_day as describe_day
from left_behind.calendar._model import CalendarDay as CalendarDay
from left_behind.calendar._model import Festival as Festival
from left_behind.calendar._model import HolidayPeriod as HolidayPeriod
from left_behind.calendar._model import YearCalendar as YearCalendar
from left_behind.calendar._notices import OFFICIAL_CALENDARS as OFFICIAL_CALENDARS
from left_behind.calendar._official import LATE_DECEMBER as LATE_DECEMBER
from left_behind.calendar._official import NoNotice as NoNotice
from left_behind.calendar._official import OfficialCalendar as OfficialCalendar
from left_behind.calendar._official import holiday_name as holiday_name
from left_behind.calendar._official import is_holiday as is_holiday
from left_behind.calendar._official import is_makeup_workday as is_makeup_workday
from left_behind.calendar._official import is_provisional as is_provisional
from left_behind.calendar._official import notice_for as notice_for
from left_behind.calendar._official import official_calendar as official_calendar
from left_behind.calendar._official import recorded_years as recorded_years
from left_behind.calendar._samples import SAMPLE_COUNTY as SAMPLE_COUNTY
from left_behind.calendar._samples import SAMPLE_SCHOOL_YEARS as SAMPLE_SCHOOL_YEARS
from left_behind.model._calendar import Closure as Closure
from left_behind.model._calendar import DayKind as DayKind
from left_behind.model._calendar import SchoolYear as SchoolYear

# Each name is declared public once, in its submodule's ``__all__``.
__all__: list[str] = []
__all__ += _model.__all__
__all__ += _notices.__all__
__all__ += _official.__all__
__all__ += _days.__all__
__all__ += _samples.__all__
