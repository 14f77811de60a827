"""The library's own workbook: one sheet per kind of record, derived from the declarations.

A document (a register, a home) is laid out as tables: each field holding a
list of records is a sheet (the children, the volunteers, the pairings...),
and each list inside those records is a sheet of its own (the children's
parents, the parents' situations...), its rows linked to their owner by the
owner's id (``儿童编号``) or, for a record without an id, by its number in its
owner's list (``序号``). A field holding one record (a child's legal guardian,
a care arrangement's carer) is spread over columns of its owner's row
(``其他监护人·监护人姓名``). The scalar fields of the document itself (its name,
its county) are one sheet of two columns. Headers are the fields' Chinese
words; their English words and their keys (``birth_date``) are read too.
Nothing here names a field: a field added to a record is a column.

>>> from left_behind.model import Register
>>> tables = tables_of(Register)
>>> [t.name.zh for t in tables][:4]
['儿童', '父母记录', '父母记录·状况', '父母记录·可视频通话时间']
>>> [c.header.zh for c in tables[1].columns][:4]
['儿童编号', '序号', '父亲或母亲', '父母姓名']
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from left_behind.kinds import PRIVATE, WORDS, IdNumber, Phone, Text
from left_behind.sheets._cells import CellError, is_blank, leaf_type, read_cell, write_cell
from left_behind.sheets._files import Grid
from left_behind.sheets._result import RowProblem

if TYPE_CHECKING:
    from left_behind.sheets._read import Entry, Source

# used by the layouts and the API of this package only
__all__: list[str] = []

SEP = "·"
NUMBER = Text("序号", "number")


@attrs.frozen
class Column:
    """One column: the field path from the row's record, its header, its type, private or not.

    A link column (``link``: the level of the owner it names) holds an owner's id or
    number; the own-number column of a record without an id has ``own_number``.
    """

    path: tuple[str, ...]
    header: Text
    tp: Any
    private: bool = False
    link: int | None = None
    own_number: bool = False

    def names(self) -> tuple[str, ...]:
        """Every header this column is read by: Chinese, English words, key."""
        return (self.header.zh, self.header.en, ".".join(self.path) or self.header.en)


@attrs.frozen(eq=False)
class Table:
    """One sheet: where its records are in the document, their class, the columns."""

    steps: tuple[tuple[str, ...], ...]
    """For each level from the document down, the path of the list field in its owner."""
    name: Text
    cls: type
    columns: tuple[Column, ...]
    parent: Table | None
    has_id: bool

    def names(self) -> tuple[str, ...]:
        """Every sheet name this table is read by (an Excel name has at most 31 characters)."""
        key = ".".join(".".join(s) for s in self.steps)
        return (self.name.zh[:31], self.name.en[:31], key[:31])


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _record(tp: Any) -> type | None:
    tp = leaf_type(tp)
    return tp if isinstance(tp, type) and attrs.has(tp) else None


def _records_list(tp: Any) -> type | None:
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return _record(args[0])
    return None


def _words(a: attrs.Attribute[Any]) -> Text:
    w = a.metadata.get(WORDS)
    return w if isinstance(w, Text) else Text(a.name, a.name)


def _private(a: attrs.Attribute[Any], tp: Any) -> bool:
    return bool(a.metadata.get(PRIVATE)) or leaf_type(tp) in (IdNumber, Phone)


def _spread(
    cls: type, prefix: tuple[str, ...], head: Text | None
) -> Iterator[Column | tuple[tuple[str, ...], Text, type]]:
    """The columns of a record's fields, and the lists of records found (as their paths)."""
    hints = _hints(cls)
    for a in attrs.fields(cls):
        tp = hints[a.name]
        words = _words(a)
        header = (
            words if head is None else Text(f"{head.zh}{SEP}{words.zh}", f"{head.en}, {words.en}")
        )
        path = (*prefix, a.name)
        many = _records_list(tp)
        if many is not None:
            yield path, header, many
            continue
        one = _record(tp)
        if one is not None:
            yield from _spread(one, path, header)
            continue
        yield Column(path=path, header=header, tp=tp, private=_private(a, tp))


def _unique(columns: list[Column]) -> tuple[Column, ...]:
    seen: dict[str, int] = {}
    for c in columns:
        seen[c.header.zh] = seen.get(c.header.zh, 0) + 1
    out = []
    for c in columns:
        if seen[c.header.zh] > 1 and c.link is None:
            key = ".".join(c.path)
            c = attrs.evolve(c, header=Text(f"{c.header.zh}（{key}）", f"{c.header.en} ({key})"))
        out.append(c)
    return tuple(out)


def _tables(
    cls: type,
    path: tuple[str, ...],
    name: Text,
    parent: Table | None,
    links: list[Column],
    out: list[Table],
) -> None:
    found = list(_spread(cls, (), None))
    own = [c for c in found if isinstance(c, Column)]
    has_id = any(c.path == ("id",) for c in own)
    level = len(links)
    number = [] if has_id else [Column(path=(), header=NUMBER, tp=int, own_number=True)]
    steps = (*parent.steps, path) if parent is not None else (path,)
    table = Table(
        steps=steps,
        name=name,
        cls=cls,
        columns=_unique([*links, *number, *own]),
        parent=parent,
        has_id=has_id,
    )
    out.append(table)
    if has_id:
        me = next(c for c in own if c.path == ("id",))
        link = Column(path=(), header=me.header, tp=str, link=level)
    else:
        link = Column(
            path=(), header=Text(f"{name.zh}{NUMBER.zh}", f"{name.en} number"), tp=int, link=level
        )
    for item in found:
        if isinstance(item, tuple):
            sub_path, header, sub_cls = item
            sub_name = Text(f"{name.zh}{SEP}{header.zh}", f"{name.en}, {header.en}")
            if parent is None:
                sub_name = header  # the children's parents, not "children, parents"
            _tables(sub_cls, sub_path, sub_name, table, [*links, link], out)


@functools.cache
def tables_of(document: Any) -> tuple[Table, ...]:
    """Every sheet of a document's workbook, owners before what they own."""
    out: list[Table] = []
    hints = _hints(document)
    for a in attrs.fields(document):
        many = _records_list(hints[a.name])
        if many is not None:
            _tables(many, (a.name,), _words(a), None, [], out)
    # a list held by two kinds of record (the background checks of staff and of
    # volunteers) is named with its owner's name in front
    count: dict[str, int] = {}
    for t in out:
        count[t.name.zh] = count.get(t.name.zh, 0) + 1
    return tuple(
        attrs.evolve(
            t, name=Text(f"{t.parent.name.zh}{SEP}{t.name.zh}", f"{t.parent.name.en}, {t.name.en}")
        )
        if count[t.name.zh] > 1 and t.parent is not None
        else t
        for t in out
    )


@functools.cache
def document_columns(document: Any) -> tuple[Column, ...]:
    """The document's own fields that fit in a cell (its name, its county...)."""
    return tuple(c for c in _spread(document, (), None) if isinstance(c, Column))


DOCUMENT_SHEET = Text("文档", "document")
FIELD_HEADERS = (Text("项目", "field"), Text("内容", "value"))


def get(obj: Any, path: tuple[str, ...]) -> Any:
    """The value at a path of field names, None when a record on the way is missing."""
    for name in path:
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


def rows_of(document: Any, table: Table) -> Iterator[list[Any]]:
    """The rows of one table for a document, as cells."""
    yield from _rows(document, table, table_chain(table), 0, [])


def table_chain(table: Table) -> list[Table]:
    chain = []
    t: Table | None = table
    while t is not None:
        chain.append(t)
        t = t.parent
    return chain[::-1]


def _rows(
    owner: Any, table: Table, chain: list[Table], level: int, keys: list[Any]
) -> Iterator[list[Any]]:
    here = chain[level]
    items = get(owner, here.steps[level]) or ()
    for number, item in enumerate(items, start=1):
        key = item.id if here.has_id else number
        if level == len(chain) - 1:
            row = []
            for c in table.columns:
                if c.link is not None:
                    row.append(keys[c.link])
                elif c.own_number:
                    row.append(number)
                else:
                    row.append(write_cell(get(item, c.path), c.tp))
            yield row
        else:
            yield from _rows(item, table, chain, level + 1, [*keys, key])


def write_workbook(document: Any) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The sheets (name, headers, rows) of a document: a sheet for each kind of record it holds."""
    cls: Any = type(document)
    sheets = []
    scalars = [
        [c.header.zh, write_cell(get(document, c.path), c.tp)] for c in document_columns(cls)
    ]
    sheets.append((DOCUMENT_SHEET.zh, [h.zh for h in FIELD_HEADERS], scalars))
    for table in tables_of(cls):
        rows = list(rows_of(document, table))
        if rows or table.parent is None:
            sheets.append((_sheet_name(table.name.zh), [c.header.zh for c in table.columns], rows))
    return sheets


def _sheet_name(name: str) -> str:
    for bad in "[]:*?/\\":
        name = name.replace(bad, "_")
    return name[:31]


def _put(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for name in path[:-1]:
        data = data.setdefault(name, {})
    data[path[-1]] = value


def read_workbook(
    grids: Sequence[Grid], cls: type
) -> tuple[dict[str, Any], list[Entry], list[RowProblem], Source | None]:
    """The document's own fields, its records as entries, and the notes on what was not read."""
    from left_behind.sheets._read import Entry, Source, find_header, normal

    tables = tables_of(cls)
    by_name: dict[str, Table | None] = {normal(n): t for t in tables for n in t.names()}
    for n in (DOCUMENT_SHEET.zh, DOCUMENT_SHEET.en):
        by_name[normal(n)] = None
    notes: list[RowProblem] = []
    scalars: dict[str, Any] = {}
    doc_source: Source | None = None
    owners: dict[int, dict[tuple[Any, ...], tuple[Entry, dict[str, Any], tuple[Any, ...]]]] = {}
    entries: list[Entry] = []
    order = {id(t): i for i, t in enumerate(tables)}
    found = []
    for grid in grids:
        key = normal(grid.name)
        if key not in by_name:
            if any(not is_blank(v) for r in grid.rows for v in r):
                notes.append(
                    _note(
                        grid.name,
                        1,
                        "",
                        Text(
                            "这一页不是本库工作簿的任何一页，没有读取",
                            "this sheet is none of the workbook's sheets and was not read",
                        ),
                    )
                )
            continue
        found.append((grid, by_name[key]))
    found.sort(key=lambda gt: -1 if gt[1] is None else order[id(gt[1])])
    for grid, table in found:
        if table is None:
            doc_source = _read_scalars(grid, cls, scalars, notes)
            continue
        known = {normal(n): c for c in table.columns for n in c.names()}
        at, headers = find_header(grid.rows, known)
        index: dict[int, Column] = {}
        for i, h in enumerate(headers):
            if not h:
                continue
            c = known.get(normal(h))
            if c is None:
                notes.append(
                    _note(
                        grid.name,
                        at + 1,
                        h,
                        Text("不认识这一列，没有读取", "an unknown column, not read"),
                    )
                )
            else:
                index[i] = c
        columns = {c.path: (i, headers[i], c.private) for i, c in index.items() if c.path}
        mine = owners.setdefault(id(table), {})
        parents = owners.get(id(table.parent), {}) if table.parent is not None else {}
        count: dict[tuple[Any, ...], int] = {}
        for r in range(at + 1, len(grid.rows)):
            row = grid.rows[r]
            if all(is_blank(v) for v in row):
                continue  # the blank rows between villages
            data: dict[str, Any] = {}
            links: dict[int, Any] = {}
            number = None
            errors: list[tuple[int, Column, CellError]] = []
            for i, c in index.items():
                v = row[i] if i < len(row) else None
                if is_blank(v):
                    continue
                if c.link is not None or c.own_number:
                    try:
                        k = read_cell(v, c.tp)
                    except CellError as e:
                        errors.append((i, c, e))
                        continue
                    if c.own_number:
                        number = k
                    elif c.link is not None:
                        links[c.link] = k
                    continue
                try:
                    value = read_cell(v, c.tp)
                except CellError as e:
                    errors.append((i, c, e))
                    continue
                _put(data, c.path, value)
            source = Source(sheet=grid.name, row=r + 1, cells=row, columns=columns)
            owner_ref = tuple(links.get(level) for level in range(len(table.steps) - 1))
            if table.parent is None:
                entry = Entry(collection=table.steps[0][0], data=data, sources={(): source})
                entries.append(entry)
                prefix: tuple[Any, ...] = ()
            else:
                owner = parents.get(owner_ref)
                if owner is None:
                    entries.append(_orphan(grid.name, r + 1, table, owner_ref, data, source))
                    continue
                entry, owner_data, owner_prefix = owner
                here: Any = owner_data
                step = table.steps[-1]
                for name in step[:-1]:
                    here = here.setdefault(name, {})
                items = here.setdefault(step[-1], [])
                prefix = (*owner_prefix, *step, len(items))
                items.append(data)
                entry.sources[prefix] = source
            count[owner_ref] = count.get(owner_ref, 0) + 1
            own = (
                data.get("id")
                if table.has_id
                else (number if number is not None else count[owner_ref])
            )
            mine.setdefault((*owner_ref, own), (entry, data, prefix))
            for i, c, bad in errors:
                entry.problem(source, i, headers[i], c.private, "format", bad.message)
    return scalars, entries, notes, doc_source


def _orphan(
    sheet: str, row: int, table: Table, ref: tuple[Any, ...], data: dict[str, Any], source: Source
) -> Entry:
    from left_behind.sheets._read import Entry

    assert table.parent is not None
    shown = "、".join(str(k) for k in ref)
    e = Entry(collection="", data=data, sources={(): source})
    e.problem(
        source,
        None,
        "",
        False,
        "dangling",
        Text(
            f"“{table.parent.name.zh}”页没有 {shown} 这条记录：这一行不知道属于谁",
            f"the sheet {table.parent.name.en!r} has no record {shown}: this row belongs to nobody",
        ),
    )
    return e


def _note(sheet: str, row: int, column: str, message: Text) -> RowProblem:
    return RowProblem(
        sheet=sheet,
        row=row,
        column=column,
        value="",
        code="not_read",
        message=message,
        refused=False,
    )


def _read_scalars(
    grid: Grid, cls: type, scalars: dict[str, Any], notes: list[RowProblem]
) -> Source:
    from left_behind.sheets._read import Source, normal

    known = {normal(n): c for c in document_columns(cls) for n in c.names()}
    columns: dict[tuple[Any, ...], tuple[int, str, bool]] = {}
    for r, row in enumerate(grid.rows):
        if len(row) < 2 or is_blank(row[0]):
            continue
        c = known.get(normal(row[0]))
        if c is None:
            if r:
                notes.append(
                    _note(
                        grid.name,
                        r + 1,
                        str(row[0]),
                        Text("不认识这一项，没有读取", "an unknown field, not read"),
                    )
                )
            continue
        if not is_blank(row[1]):
            try:
                _put(scalars, c.path, read_cell(row[1], c.tp))
            except CellError as e:
                notes.append(
                    attrs.evolve(_note(grid.name, r + 1, str(row[0]), e.message), code="format")
                )
    return Source(sheet=grid.name, row=1, cells=[], columns=columns)
