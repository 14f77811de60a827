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

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.calendar import _days, _model, _notices, _official, _records
from left_behind.calendar._days import *  # noqa: F403
from left_behind.calendar._model import *  # noqa: F403
from left_behind.calendar._notices import *  # noqa: F403
from left_behind.calendar._official import *  # noqa: F403
from left_behind.calendar._records import *  # noqa: F403

__all__ = [
    *_days.__all__,
    *_model.__all__,
    *_notices.__all__,
    *_official.__all__,
    *_records.__all__,
]


def __getattr__(name: str) -> object:
    # the sample school years moved to the samples; the old names work for this release
    if name in ("SAMPLE_COUNTY", "SAMPLE_SCHOOL_YEARS"):
        import warnings

        from left_behind import samples

        warnings.warn(
            f"left_behind.calendar.{name} has moved: use left_behind.samples.{name}"
            " (the old name goes in the next release)",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(samples, name)
    raise AttributeError(f"module 'left_behind.calendar' has no attribute {name!r}")
