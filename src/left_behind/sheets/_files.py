"""Spreadsheet files to grids of cells and back: the only module that knows the libraries.

Reading goes through python-calamine (xlsx, xlsm, xls, ods: about ten times
faster than openpyxl on a large roster) and the standard ``csv`` module;
writing through xlsxwriter in its constant-memory mode and ``csv``. A CSV
file's encoding is found and said: UTF-8 with a BOM, UTF-8, or GB18030 (what
Excel on a Chinese Windows writes).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs

from left_behind.kinds import Text

# used by the layouts and the API of this package only
__all__: list[str] = []

SheetFormat = Literal["xlsx", "xls", "ods", "csv"]
"""The kinds of spreadsheet file read and (xlsx, csv) written."""

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EXTENSIONS: dict[str, SheetFormat] = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
}


@attrs.frozen
class Grid:
    """One sheet as read: its name and its rows of cells (row 0 is Excel's row 1)."""

    name: str
    rows: list[list[Any]]


def format_of(name: str | None, data: bytes) -> SheetFormat:
    """The kind of file, from its content first and its name's extension second."""
    if data.startswith(_OLE2):
        return "xls"
    if data.startswith(_ZIP):
        return "ods" if b"opendocument.spreadsheet" in data[:200] else "xlsx"
    ext = os.path.splitext(name or "")[1].lower()
    return _EXTENSIONS.get(ext, "csv")


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise ValueError(
            Text(
                "CSV 文件既不是 UTF-8 也不是 GB18030 编码：请在电子表格软件里另存为 CSV UTF-8",
                "the CSV file is neither UTF-8 nor GB18030: save it again as CSV UTF-8",
            )
        ) from None


def read_grids(data: bytes, name: str | None = None) -> tuple[list[Grid], SheetFormat, str | None]:
    """Every sheet of the file, its format and (for CSV) the encoding found."""
    kind = format_of(name, data)
    if kind == "csv":
        text, encoding = _decode(data)
        sample = text[:4096]
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
        rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
        stem = os.path.splitext(os.path.basename(name or ""))[0] or "csv"
        return [Grid(stem, rows)], kind, encoding
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    grids = []
    for sheet_name in book.sheet_names:
        sheet = book.get_sheet_by_name(sheet_name)
        grids.append(Grid(sheet_name, sheet.to_python(skip_empty_area=False)))
    return grids, kind, None


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_csv(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """One table as CSV, UTF-8 with a BOM (so that Excel shows the Chinese)."""
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(headers)
    w.writerows([_csv_cell(v) for v in row] for row in rows)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def write_xlsx(sheets: Iterable[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]) -> bytes:
    """Sheets (name, headers, rows) as an xlsx file: dates as date cells, text as text.

    Identity numbers and phones are written as text, so Excel keeps every digit.
    """
    import xlsxwriter  # type: ignore[import-untyped]  # no stubs published

    out = io.BytesIO()
    # strings_to_numbers stays off: an identity number or a phone stays text
    book = xlsxwriter.Workbook(out, {"constant_memory": True, "in_memory": False})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    bold = book.add_format({"bold": True})
    for sheet_name, headers, rows in sheets:
        ws = book.add_worksheet(sheet_name)
        ws.write_row(0, 0, headers, bold)
        ws.freeze_panes(1, 0)
        for r, row in enumerate(rows, start=1):
            # the whole row at once, then the dates again with their format: a third
            # of the time of writing cell by cell (constant-memory mode keeps the row open)
            ws.write_row(r, 0, [None if v is None or v == "" else v for v in row])
            for c, v in enumerate(row):
                if isinstance(v, dt.date):
                    ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), day)
    book.close()
    return out.getvalue()
