"""Reports: a home's report for a period, the roll-up of several homes, and their forms.

The reports themselves (:func:`home_report`, :func:`roll_up`) are pure
records over the core's figures. Their forms are bytes or text made from
the same tables: plain text aligned for a terminal in Chinese or English,
CSV, JSON, an xlsx workbook (the ``reports`` extra: openpyxl) and charts in
one HTML page (the ``charts`` extra: matplotlib).
"""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.reports import _charts, _html, _pictures, _report, _tables, _xlsx
from left_behind.reports._charts import *  # noqa: F403
from left_behind.reports._html import *  # noqa: F403
from left_behind.reports._pictures import *  # noqa: F403
from left_behind.reports._report import *  # noqa: F403
from left_behind.reports._tables import *  # noqa: F403
from left_behind.reports._xlsx import *  # noqa: F403

__all__ = [
    *_charts.__all__,
    *_html.__all__,
    *_pictures.__all__,
    *_report.__all__,
    *_tables.__all__,
    *_xlsx.__all__,
]
