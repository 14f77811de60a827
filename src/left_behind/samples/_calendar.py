"""The sample county's school years: synthetic dates, not any real county's.

The samples' home is in 示例区 (a made-up district), 石桥镇, 石村. Its school
years follow the usual pattern (an autumn term from 1 September to
mid-January, a spring term from after the Spring Festival to early July)
with dates invented for the samples; a real county's come from its
education bureau's notice each year.

>>> [(t.year, t.autumn_term_start.isoformat(), t.summer_vacation_end.isoformat())
...  for t in SAMPLE_SCHOOL_YEARS]
[(2025, '2025-09-01', '2026-08-31'), (2026, '2026-09-01', '2027-08-31')]
"""

from __future__ import annotations

import datetime as dt

from left_behind.calendar import SchoolYear

__all__ = ["SAMPLE_COUNTY", "SAMPLE_SCHOOL_YEARS"]

SAMPLE_COUNTY = "示例区"
"""The samples' county: a made-up district."""

_NOTES = "sample data: synthetic dates for the samples' made-up county, not any real county's"

SAMPLE_SCHOOL_YEARS: tuple[SchoolYear, ...] = (
    SchoolYear(
        county=SAMPLE_COUNTY,
        year=2025,
        autumn_term_start=dt.date(2025, 9, 1),
        autumn_term_end=dt.date(2026, 1, 16),
        winter_vacation_start=dt.date(2026, 1, 17),
        # the Spring Festival of 2026 is late (17 February): school starts on 2 March
        winter_vacation_end=dt.date(2026, 3, 1),
        spring_term_start=dt.date(2026, 3, 2),
        spring_term_end=dt.date(2026, 7, 3),
        summer_vacation_start=dt.date(2026, 7, 4),
        summer_vacation_end=dt.date(2026, 8, 31),
        notes=_NOTES,
    ),
    SchoolYear(
        county=SAMPLE_COUNTY,
        year=2026,
        autumn_term_start=dt.date(2026, 9, 1),
        autumn_term_end=dt.date(2027, 1, 15),
        winter_vacation_start=dt.date(2027, 1, 16),
        winter_vacation_end=dt.date(2027, 2, 21),
        spring_term_start=dt.date(2027, 2, 22),
        spring_term_end=dt.date(2027, 7, 2),
        summer_vacation_start=dt.date(2027, 7, 3),
        summer_vacation_end=dt.date(2027, 8, 31),
        notes=_NOTES,
    ),
)
"""The sample county's school years 2025-2026 and 2026-2027 (synthetic)."""
