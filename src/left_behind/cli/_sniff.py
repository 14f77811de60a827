"""Telling what a file that is not one JSON document is: a spreadsheet, or JSON Lines.

A person with a register in a spreadsheet, or exported one child per line,
is told what to do rather than shown a JSON parser's complaint.
"""

from __future__ import annotations

import json
import os

from left_behind.kinds import Text

__all__ = ["JSON_LINES", "SPREADSHEET", "not_json"]

SPREADSHEET = Text(
    "这是电子表格（CSV、Excel 或 ODS）：登记册和家园可以直接从电子表格读取"
    "（`left-behind import` 报告每一行的问题），其他文档（政策、计划……）只读 JSON",
    "this is a spreadsheet (CSV, Excel or ODS): registers and homes are read from"
    " spreadsheets (`left-behind import` reports each row's problems); other documents"
    " (a policy, plans...) are read as JSON only",
)
"""What a spreadsheet given where JSON is expected is told."""

JSON_LINES = Text(
    "这是 JSON Lines（每行一个 JSON 值），不是一个 JSON 文档：把每一行放进登记册文档，"
    '写成 {"children": [第一行, 第二行, ...]}',
    "this is JSON Lines (one JSON value a line), not one JSON document: wrap the lines in"
    ' a register document, as {"children": [line 1, line 2, ...]}',
)
"""What a JSON Lines file given where one JSON document is expected is told."""

_SPREADSHEET_EXTENSIONS = frozenset({".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods"})
_JSON_LINES_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
# the first bytes of an Office Open XML or OpenDocument file (a zip), and of an old .xls (OLE2)
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def not_json(path: str, data: bytes) -> Text | None:
    """What the file is, when it is a spreadsheet or JSON Lines; None when neither.

    Asked only of a file that did not load, it goes by the name's extension
    and by the content (``-`` has no name).

    >>> not_json("-", b'{"id": "c1"}\\n{"id": "c2"}\\n') == JSON_LINES
    True
    >>> not_json("register.csv", b"id,name\\nc1,x\\n") == SPREADSHEET
    True
    >>> not_json("register.json", b'{"children": [}') is None
    True
    """
    extension = "" if path == "-" else os.path.splitext(path)[1].lower()
    if extension in _SPREADSHEET_EXTENSIONS or data.startswith((_ZIP, _OLE2)):
        return SPREADSHEET
    if extension in _JSON_LINES_EXTENSIONS or _is_json_lines(data):
        return JSON_LINES
    if _is_delimited(data):
        return SPREADSHEET
    return None


def _lines(data: bytes) -> list[str] | None:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            return None
    return [line for line in text.splitlines() if line.strip()]


def _is_json_lines(data: bytes) -> bool:
    """Two or more lines, each a JSON object or array of its own."""
    lines = _lines(data)
    if lines is None or len(lines) < 2:
        return False
    try:
        values = [json.loads(line) for line in lines]
    except ValueError:
        return False
    return all(isinstance(v, dict | list) for v in values)


def _is_delimited(data: bytes) -> bool:
    """Rows separated by commas, tabs or semicolons, the same number of them in each."""
    lines = _lines(data)
    if lines is None or len(lines) < 2 or lines[0].lstrip().startswith(("{", "[")):
        return False
    for sep in (",", "\t", ";"):
        counts = {line.count(sep) for line in lines[:20]}
        if len(counts) == 1 and counts != {0}:
            return True
    return False
