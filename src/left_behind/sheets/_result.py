"""What an import gives back: the document of every good row, and every bad row said."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import attrs

from left_behind.kinds import COLON, Lang, Text

__all__ = ["ImportResult", "RowProblem"]

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class RowProblem:
    """Why a row (and the record it holds) was refused, or what was done to it.

    ``row`` is the row number as Excel shows it (the header is row 1 of a
    plain sheet), ``column`` the header as the file has it (empty when the
    problem is the row's as a whole), ``value`` what the cell holds, masked
    when it is private (a name, an identity number, a phone), ``code`` the
    problem's code (see ``docs/problems.md``). ``refused`` is False for a note
    (an identity number's lost X put back): the row came in.
    """

    sheet: str
    row: int
    column: str
    value: str
    code: str
    message: Text
    refused: bool = True

    def text(self, lang: Lang = "zh") -> str:
        """One line for people."""
        where = Text(f"{self.sheet} 第 {self.row} 行", f"{self.sheet} row {self.row}").get(lang)
        if self.column:
            where += f" [{self.column}]"
        if self.value:
            where += Text(f" “{self.value}”", f" {self.value!r}").get(lang)
        return f"{where}{COLON.get(lang)}{self.message.get(lang)}"

    def to_dict(self) -> dict[str, Any]:
        """Plain data, for ``--format json``."""
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "code": self.code,
            "message_zh": self.message.zh,
            "message_en": self.message.en,
            "refused": self.refused,
        }


@attrs.frozen(kw_only=True)
class ImportResult(Generic[T]):
    """The document made of every good row, each bad row's problems, and what was assumed.

    ``format`` is the kind of file read (``xlsx``, ``xls``, ``ods``, ``csv``),
    ``encoding`` the text encoding found in a CSV file (``utf-8-sig``,
    ``utf-8``, ``gb18030``), ``layout`` ``workbook`` or ``roster``;
    ``assumed`` says each fact that the file did not give and an option did
    (the survey date as the day a parent left, the village of every row).
    ``rows_read`` counts the rows that held a record, ``refused`` those refused.
    """

    document: T
    problems: tuple[RowProblem, ...]
    format: str
    encoding: str | None
    layout: str
    assumed: tuple[Text, ...] = ()
    rows_read: int = 0

    @property
    def refused(self) -> int:
        """How many rows were refused."""
        return len({(p.sheet, p.row) for p in self.problems if p.refused})

    @property
    def ok(self) -> bool:
        """Whether every row came in."""
        return not any(p.refused for p in self.problems)
