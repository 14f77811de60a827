"""Spreadsheets in and out: the registers people keep in Excel, and the census roster.

An adapter over the records (with the ``sheets`` extra: python-calamine to
read, xlsxwriter to write). :func:`import_register` reads ``.xlsx``,
``.xls``, ``.ods`` and ``.csv`` files in two layouts, the library's own
workbook (a sheet per kind of record, derived from the declarations) and the
census roster (花名册, one row per child, its columns declared once in
:data:`ROSTER`); it returns an :class:`ImportResult` with the document of
every good row and a :class:`RowProblem` for every bad one.
:func:`export_register` writes either layout as xlsx or csv.
"""

from left_behind.sheets import _api, _result, _roster
from left_behind.sheets._api import *  # noqa: F403
from left_behind.sheets._result import *  # noqa: F403
from left_behind.sheets._roster import *  # noqa: F403

__all__ = [*_api.__all__, *_result.__all__, *_roster.__all__]
