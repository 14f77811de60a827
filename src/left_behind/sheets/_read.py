"""Rows to records: the headers found, the cells read, the document loaded row by row.

Both layouts end here. Each record of the document (a child, a volunteer...)
is plain data gathered from one row or more; the document is loaded with the
library's own strict loader, and a problem the loader finds is traced back
through the record's sources to the sheet, the row as Excel numbers it and
the column: that record alone is refused, and the document is loaded again
without it, until it loads. A bad row never stops the others.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from left_behind.kinds import InvalidData, Problem, Text, mask_name, mask_shaped, structure
from left_behind.sheets._cells import is_blank
from left_behind.sheets._result import RowProblem

# used by the layouts and the API of this package only
__all__: list[str] = []

WITH_OWNER = Text(
    "与它所属的记录一同被拒收：请先改正那一行",
    "refused with the record it belongs to: correct that row first",
)


def normal(text: object) -> str:
    """A header as compared: no spaces anywhere, lower case, no line breaks."""
    return "".join(str(text).split()).lower()


def masked(value: object, private: bool) -> str:
    """A cell's value as a problem shows it: a private one masked."""
    if is_blank(value):
        return ""
    text = str(value).strip()
    if not private:
        return mask_shaped(text)
    shaped = mask_shaped(text)
    return shaped if shaped != text else mask_name(text)


@attrs.define
class Source:
    """Where part of a record came from: a row, and which cell holds which field."""

    sheet: str
    row: int
    cells: Sequence[Any]
    columns: dict[tuple[Any, ...], tuple[int, str, bool]]
    """A field's path (from this part of the record) -> the cell's index, header, privacy."""


@attrs.define
class Entry:
    """One record of the document as plain data, where it came from, what is wrong with it."""

    collection: str
    data: dict[str, Any]
    sources: dict[tuple[Any, ...], Source]
    problems: list[RowProblem] = attrs.Factory(list)
    notes: list[RowProblem] = attrs.Factory(list)

    def problem(
        self,
        source: Source,
        index: int | None,
        header: str,
        private: bool,
        code: str,
        message: Text,
        refused: bool = True,
    ) -> None:
        value = masked(source.cells[index], private) if index is not None else ""
        made = RowProblem(
            sheet=source.sheet,
            row=source.row,
            column=header,
            value=value,
            code=code,
            message=message,
            refused=refused,
        )
        (self.problems if refused else self.notes).append(made)


def find_header(
    rows: Sequence[Sequence[Any]], known: dict[str, Any], *, search: int = 12
) -> tuple[int, list[str]]:
    """The row holding the headers and each column's header as read.

    A header cell merged over two rows (a group such as 父亲 over 姓名 and
    电话) is read as the group and the name together (父亲姓名) when that is a
    known header, as the name alone otherwise; a merged cell's value is in its
    first cell only, so a group runs on to the right over empty cells.
    """
    best, best_at, best_names = 0, 0, []
    for at in range(min(search, len(rows))):
        row = rows[at]
        above = _filled(rows[at - 1]) if at else []
        names = []
        score = 0
        for c, cell in enumerate(row):
            sub = "" if is_blank(cell) else str(cell).strip()
            group = above[c] if c < len(above) else ""
            chosen = sub
            for candidate in (group + sub, sub, group if not sub else ""):
                if candidate and normal(candidate) in known:
                    chosen = candidate
                    break
            names.append(chosen)
            score += normal(chosen) in known if chosen else 0
        if score > best:
            best, best_at, best_names = score, at, names
    return best_at, best_names


def _filled(row: Sequence[Any]) -> list[str]:
    out, last = [], ""
    for cell in row:
        if not is_blank(cell):
            last = str(cell).strip()
        out.append(last)
    return out


def _locate(entry: Entry, keys: tuple[Any, ...]) -> tuple[Source, int | None, str, bool]:
    """The source row and cell of a problem at ``keys`` inside a record."""
    for k in range(len(keys), -1, -1):
        source = entry.sources.get(keys[:k])
        if source is None:
            continue
        rest = _selectors(entry.data, keys[:k], keys[k:])
        for end in range(len(rest), 0, -1):
            found = source.columns.get(rest[:end])
            if found is not None:
                return source, found[0], found[1], found[2]
        return source, None, "", False
    raise AssertionError("a record always has its first row")  # pragma: no cover


def _selectors(data: Any, prefix: tuple[Any, ...], rest: tuple[Any, ...]) -> tuple[Any, ...]:
    """The path with a list's index replaced by the item's role (a parent's), if it has one."""
    here = data
    for key in prefix:
        try:
            here = here[key]
        except (KeyError, IndexError, TypeError):
            return rest
    out: list[Any] = []
    for key in rest:
        if isinstance(key, int) and isinstance(here, list) and key < len(here):
            item = here[key]
            role = item.get("role") if isinstance(item, dict) else None
            out.append(role if isinstance(role, str) else key)
            here = item
        elif isinstance(key, int):
            here = None  # an item of a set: the cell holds them all
        else:
            out.append(key)
            here = here.get(key) if isinstance(here, dict) else None
    return tuple(out)


def load_document(
    cls: type,
    scalars: dict[str, Any],
    entries: Iterable[Entry],
    document_source: Source | None = None,
) -> tuple[Any, list[RowProblem]]:
    """The document of the good entries; the problems of every refused row."""
    entries = list(entries)
    extra: list[RowProblem] = []
    hints = typing.get_type_hints(cls)
    # each kind of record read as one list, so that a failure costs one slow pass
    # over that list, not one over the whole document; refused items out, again
    records: dict[str, list[tuple[Entry, Any]]] = {}
    for name in {e.collection for e in entries if not e.problems}:
        alive = [e for e in entries if e.collection == name and not e.problems]
        # one record at a time, each on the fast path: only a bad one pays for the
        # careful pass that finds all its problems (a list with one bad record pays
        # for the whole list: 8 s of 15 for 5,000 roster rows)
        item = typing.get_args(hints[name])[0]
        good: list[tuple[Entry, Any]] = []
        for e in alive:
            try:
                good.append((e, structure(e.data, item)))
            except InvalidData as err:
                for p in err.problems:
                    source, index, header, private = _locate(e, p.keys)
                    e.problem(source, index, header, private, p.code, p.message_text)
        records[name] = good
    fields: dict[str, Any] = {}
    for key, value in scalars.items():
        try:
            fields[key] = structure(value, hints[key])
        except InvalidData as err:
            prefix = f"$.{key}"
            extra.extend(
                _document_problem(attrs.evolve(p, path=prefix + p.path[1:]), document_source)
                for p in err.problems
            )
    document: Any
    # the document's own checks (ids unique, references kept) over the records made
    while True:
        try:
            document = cls(**fields, **{k: tuple(r for _, r in v) for k, v in records.items()})
            break
        except InvalidData as err:
            lists = {k: [e for e, _ in v] for k, v in records.items()}
            if not _blame(err, lists):
                extra.extend(_document_problem(p, document_source) for p in err.problems)
                if not fields:
                    document = cls(**{k: tuple(r for _, r in v) for k, v in records.items()})
                    break
                fields = {}  # the document's own fields in the way: said, and left out
            records = {k: [(e, r) for e, r in v if not e.problems] for k, v in records.items()}
    problems: list[RowProblem] = list(extra)
    for e in entries:
        problems.extend(e.notes)
        if e.problems:
            problems.extend(e.problems)
            said = {(p.sheet, p.row) for p in e.problems}
            for s in e.sources.values():
                if (s.sheet, s.row) not in said:
                    said.add((s.sheet, s.row))
                    problems.append(
                        RowProblem(
                            sheet=s.sheet,
                            row=s.row,
                            column="",
                            value="",
                            code="with_owner",
                            message=WITH_OWNER,
                        )
                    )
    return document, problems


def _blame(err: InvalidData, lists: dict[str, list[Entry]]) -> bool:
    """Put each problem on the entry it is in; whether any was."""
    hit = False
    for p in err.problems:
        keys = p.keys
        if len(keys) >= 2 and keys[0] in lists and isinstance(keys[1], int):
            e = lists[keys[0]][keys[1]]
            rest = keys[2:]
        elif len(keys) >= 1 and isinstance(keys[0], int) and len(lists) == 1:
            e = next(iter(lists.values()))[keys[0]]
            rest = keys[1:]
        else:
            continue
        source, index, header, private = _locate(e, rest)
        e.problem(source, index, header, private, p.code, p.message_text)
        hit = True
    return hit


def _document_problem(p: Problem, source: Source | None) -> RowProblem:
    return RowProblem(
        sheet=source.sheet if source else "",
        row=source.row if source else 1,
        column=p.path,
        value="",
        code=p.code,
        message=p.message_text,
    )
