"""A report as an Excel workbook: a sheet per table, headers in either language, numbers as numbers.

Needs the ``reports`` extra (openpyxl): ``pip install 'left_behind[reports]'``.
The workbook is made in memory and returned as bytes; the command line
writes them to a file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from left_behind.kinds import Lang, Text, check_lang, text_width
from left_behind.reports._report import HomeReport, RollUp
from left_behind.reports._tables import tables

__all__ = ["NEEDS_OPENPYXL", "report_xlsx"]

NEEDS_OPENPYXL = Text(
    "写出 xlsx 需要 openpyxl：pip install 'left_behind[reports]'",
    "writing xlsx needs openpyxl: pip install 'left_behind[reports]'",
)
"""What a program says when the ``reports`` extra is not installed."""

# what Excel refuses in a sheet's name, and its length
_NOT_IN_NAME = re.compile(r"[\[\]:*?/\\]")
_NAME_LENGTH = 31


def _sheet_name(title: str, taken: set[str]) -> str:
    base = _NOT_IN_NAME.sub("_", title)[:_NAME_LENGTH] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" {n}"
        name, n = base[: _NAME_LENGTH - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def report_xlsx(report: HomeReport | RollUp, lang: Lang = "zh") -> bytes:
    """The report's tables as an xlsx workbook: one sheet per table, in the order of the text.

    Each sheet is named by its table's title and holds its header (bold,
    frozen) and its rows: counts as integers, hours and shares as numbers
    shown to one decimal, words as text. The workbook's title says the home
    (or area) and the period. Raises ``ModuleNotFoundError`` (saying which
    extra to install) without openpyxl.

    >>> import io, openpyxl
    >>> from left_behind import samples
    >>> from left_behind.reports import home_report
    >>> from left_behind.stats import Period
    >>> data = report_xlsx(home_report(samples.home(), Period.month(2026, 3), findings=False))
    >>> book = openpyxl.load_workbook(io.BytesIO(data))
    >>> book.sheetnames[:3], [c.value for c in book["概况"][2]]
    (['概况', '分项目活动', '儿童类别'], ['登记儿童', 140])
    """
    check_lang(lang)
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Font
    except ModuleNotFoundError as e:
        raise ModuleNotFoundError(NEEDS_OPENPYXL.get(lang), name=e.name) from None

    book = Workbook()
    first = book.active
    if first is not None:
        book.remove(first)
    name = report.home if isinstance(report, HomeReport) else report.name
    book.properties.title = f"{name} {report.period}".strip()
    book.properties.creator = "left_behind"
    # the same report makes the same file: no clock in the workbook's dates
    stamp = dt.datetime.combine(report.period.last, dt.time())
    book.properties.created = book.properties.modified = stamp
    taken: set[str] = set()
    bold = Font(bold=True)
    for t in tables(report):
        sheet = book.create_sheet(_sheet_name(t.title.get(lang), taken))
        cells = t.cells(lang)
        for row in cells:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = bold
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, float):
                    cell.number_format = "0.0"
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max(text_width(str(c.value)) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = width + 2
    out = io.BytesIO()
    book.save(out)
    return _stamped(out.getvalue(), stamp)


def _stamped(data: bytes, stamp: dt.datetime) -> bytes:
    """The workbook with every part dated ``stamp``: the zip's own clock taken out."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            part.compress_type = zipfile.ZIP_DEFLATED
            part.external_attr = info.external_attr
            target.writestr(part, _undated(info.filename, source.read(info), stamp))
    return out.getvalue()


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _undated(name: str, data: bytes, stamp: dt.datetime) -> bytes:
    # openpyxl dates the workbook's change at the time of saving
    if name == "docProps/core.xml":
        return _MODIFIED.sub(
            rb"\g<1>" + stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", data
        )
    return data
