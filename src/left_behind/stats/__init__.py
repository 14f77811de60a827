"""Figures over a register: the counts and shares the reports give.

Pure like the rest of the core: a register and a date in, a record out.
:func:`summarize` makes a :class:`Summary`, :func:`render` turns it into a
plain-text table, and :func:`~left_behind.to_json` into JSON.
"""

from left_behind.stats._people import (
    CheckStatus,
    VolunteerRow,
    Volunteers,
    render_volunteers,
    volunteers_on,
)
from left_behind.stats._render import render
from left_behind.stats._summary import (
    AgeBand,
    AgeBandCount,
    GuardianshipCount,
    StageCount,
    StatusCount,
    Summary,
    labelled,
    percent_of,
    summarize,
)

__all__ = [
    "AgeBand",
    "AgeBandCount",
    "CheckStatus",
    "GuardianshipCount",
    "StageCount",
    "StatusCount",
    "Summary",
    "VolunteerRow",
    "Volunteers",
    "labelled",
    "percent_of",
    "render",
    "render_volunteers",
    "summarize",
    "volunteers_on",
]
