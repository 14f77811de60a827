"""The day the samples describe: every date in them is set relative to it.

In a module of its own, so that a command's ``--help`` can name the day
without building the sample.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["REFERENCE_DATE"]

REFERENCE_DATE = dt.date(2026, 9, 1)
"""The day the samples describe: the first day of the autumn term 2026."""
