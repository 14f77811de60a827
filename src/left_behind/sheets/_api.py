"""``import_register`` and ``export_register``: the way in and out of spreadsheets."""

from __future__ import annotations

import os
from typing import Any, Literal

from left_behind.io import redact as _redacted
from left_behind.kinds import Text
from left_behind.model import Home, Register
from left_behind.sheets._files import SheetFormat, read_grids, write_csv, write_xlsx
from left_behind.sheets._read import load_document
from left_behind.sheets._result import ImportResult
from left_behind.sheets._workbook import read_workbook, write_workbook

__all__ = ["Layout", "export_register", "import_register"]

Layout = Literal["workbook", "roster"]
"""The two layouts: the library's own workbook, and the census roster (花名册)."""


def _bytes(source: str | os.PathLike[str] | bytes) -> tuple[bytes, str | None]:
    if isinstance(source, bytes):
        return source, None
    with open(source, "rb") as f:
        return f.read(), os.fspath(source)


def import_register(
    source: str | os.PathLike[str] | bytes,
    *,
    layout: Layout | None = None,
    document: type[Register] = Home,
    name: str | None = None,
    county: str | None = None,
    township: str | None = None,
    village: str | None = None,
    since: Any = None,
) -> ImportResult[Any]:
    """Read a register or a home from a spreadsheet (a path, or the file's bytes).

    ``layout`` is ``"workbook"`` (the library's own, as :func:`export_register`
    writes it) or ``"roster"`` (the census roster, 花名册, one row per child);
    None tells them apart by the sheets' names. ``name`` is the file's name
    when bytes are given (for its extension). For a roster, ``county``,
    ``township`` and ``village`` give the place of every child whose row does
    not split it, and ``since`` (a date: the survey's) the day from which a
    parent counts as away and the care as arranged, which the form does not
    say; each use of them is said in :attr:`ImportResult.assumed`.

    Returns the :class:`ImportResult`: the document of every good row, and the
    problems of every bad row (sheet, row as Excel numbers it, column, value
    masked when private, the problem in Chinese and English). A row is never
    dropped without a problem saying so.
    """
    data, path = _bytes(source)
    grids, kind, encoding = read_grids(data, name or path)
    chosen = layout or _guess(grids, document)
    assumed: list[Text] = []
    if chosen == "workbook":
        scalars, entries, notes, doc_source = read_workbook(grids, document)
    else:
        from left_behind.sheets._roster import read_roster

        scalars, entries, notes, doc_source, assumed = read_roster(
            grids, county=county, township=township, village=village, since=since
        )
    loaded, problems = load_document(document, scalars, entries, doc_source)
    return ImportResult(
        document=loaded,
        problems=(*notes, *problems),
        format=kind,
        encoding=encoding,
        layout=chosen,
        assumed=tuple(assumed),
        rows_read=len(entries),
    )


def _guess(grids: Any, document: type) -> Layout:
    from left_behind.sheets._read import normal
    from left_behind.sheets._workbook import DOCUMENT_SHEET, tables_of

    names = {normal(n) for t in tables_of(document) for n in t.names()} | {
        normal(DOCUMENT_SHEET.zh),
        normal(DOCUMENT_SHEET.en),
    }
    return "workbook" if any(normal(g.name) in names for g in grids) else "roster"


def export_register(
    document: Register,
    *,
    format: SheetFormat = "xlsx",  # noqa: A002 - the word the callers use
    layout: Layout = "workbook",
    redact: bytes | str | None = None,
) -> bytes:
    """The spreadsheet of a register or a home, as bytes: xlsx or csv.

    The workbook layout writes a sheet for each kind of record (a CSV holds
    one table, so it is only for the roster, or for the children's sheet of
    the workbook); the roster layout one row per child. ``redact=key`` writes
    the redacted copy (:func:`left_behind.io.redact`): pseudonyms for ids, no
    name, identity number, phone, address nor school.
    """
    if redact is not None:
        document = _redacted(document, key=redact)
    if layout == "roster":
        from left_behind.sheets._roster import write_roster

        sheets = [write_roster(document)]
    else:
        sheets = write_workbook(document)
    if format == "csv":
        _name, headers, rows = sheets[0] if layout == "roster" else sheets[1]
        return write_csv(headers, rows)
    if format != "xlsx":
        raise ValueError(f"spreadsheets are written as xlsx or csv, not {format}")
    return write_xlsx(sheets)
