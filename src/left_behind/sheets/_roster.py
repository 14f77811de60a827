"""The census roster (花名册, 民发〔2016〕42号): one row per child, columns as the form has them.

Each column is one line of :data:`ROSTER`: the header the form prints, the
other headers people write for it, and the path of the field it fills in a
child's file (``parents[father].phone``: the father's phone). The kind of
value, and so how a cell is read (a date typed five ways, a tick, a label),
comes from that field's declaration. Columns of the form whose facts the
child's file does not hold yet are listed in :data:`WAITING`: a file that
has them is told they were not read.

The form leaves out what the model needs to know since when: the day a
parent's situation began and the day the care began. The library's own
roster writes them in columns of its own (``父亲状况起始日期``...); a roster
without them takes ``since`` (the survey's date) and says so. Likewise the
place: from the 县 / 乡镇 / 村 columns where the form splits it, else from the
options, said too.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Sequence
from typing import Any

import attrs

from left_behind.kinds import PRIVATE, IdNumber, Phone, Text
from left_behind.model import Child, ParentRole, Register
from left_behind.sheets._cells import (
    CellError,
    Fixed,
    is_blank,
    leaf_type,
    read_cell,
    reader,
    write_cell,
)
from left_behind.sheets._files import Grid
from left_behind.sheets._result import RowProblem

__all__ = ["ROSTER", "WAITING", "RosterColumn"]


@attrs.frozen
class RosterColumn:
    """One column of the roster: its header, the other headers read, the field it fills."""

    header: str
    path: str
    aliases: tuple[str, ...] = ()
    en: str = ""
    tick: tuple[str, str] | None = None
    """For a tick column that fills a choice: the value for ✓ and the value for a blank or 否."""

    def steps(self) -> tuple[Any, ...]:
        """The path as keys: ``("parents", "father", "phone")``."""
        out: list[Any] = []
        for name, sel in re.findall(r"([a-z_]+)(?:\[([a-z_0-9]+)\])?", self.path):
            out.append(name)
            if sel:
                out.append(int(sel) if sel.isdigit() else sel)
        return tuple(out)


def _c(
    header: str, path: str, *aliases: str, en: str = "", tick: tuple[str, str] | None = None
) -> RosterColumn:
    return RosterColumn(header=header, path=path, aliases=aliases, en=en, tick=tick)


def _parent(zh: str, role: str) -> tuple[RosterColumn, ...]:
    p = f"parents[{role}]"
    return (
        _c(f"{zh}姓名", f"{p}.name", en=f"{role}'s name"),
        _c(f"{zh}出生日期", f"{p}.birth_date", en=f"{role}'s birth date"),
        _c(f"{zh}联系电话", f"{p}.phone", f"{zh}电话", f"{zh}手机", en=f"{role}'s phone"),
        _c(
            f"{zh}状况",
            f"{p}.situations[0].situation",
            f"{zh}情况",
            f"{zh}是否外出",
            en=f"{role}'s situation",
        ),
        _c(
            f"{zh}务工省份",
            f"{p}.situations[0].province",
            f"{zh}务工地点（省）",
            en=f"{role}'s province of work",
        ),
        _c(
            f"{zh}务工城市",
            f"{p}.situations[0].city",
            f"{zh}务工地点（市）",
            en=f"{role}'s city of work",
        ),
        _c(
            f"{zh}状况起始日期",
            f"{p}.situations[0].since",
            f"{zh}外出时间",
            en=f"{role}'s situation since",
        ),
    )


ROSTER: tuple[RosterColumn, ...] = (
    _c("儿童编号", "id", "编号", en="child id"),
    _c("姓名", "name", "儿童姓名", en="name"),
    _c("性别", "sex", en="sex"),
    _c("出生日期", "birth_date", "出生年月日", "出生年月", en="birth date"),
    _c("身份证号", "id_number", "公民身份号码", "身份证号码", en="identity number"),
    _c("户口类型", "hukou", "户口性质", en="household registration"),
    _c("县", "county", "所在县", "县（市、区）", en="county"),
    _c("乡镇", "township", "所在乡镇", "乡镇（街道）", en="township"),
    _c("村", "village", "所在村", "村（居）", en="village"),
    _c("现居住地", "address", "住址", "现住址", en="lives at"),
    _c("就读学校", "school", "学校", en="school"),
    _c("就学情况", "stage", "就学状况", "学段", "年级", en="schooling"),
    _c(
        "是否寄宿",
        "living",
        "是否学校寄宿",
        "寄宿",
        en="boarding",
        tick=("boarding_school", "with_carer"),
    ),
    *_parent("父亲", "father"),
    *_parent("母亲", "mother"),
    _c("监护类型", "care[0].guardianship", "与谁生活", "照护类型", en="care"),
    _c("照护开始日期", "care[0].since", en="care since"),
    _c(
        "委托监护人姓名",
        "care[0].carer.name",
        "受委托监护人姓名",
        "被委托人姓名",
        en="carer's name",
    ),
    _c(
        "与儿童关系",
        "care[0].carer.relation",
        "与留守儿童关系",
        "委托监护人与儿童关系",
        en="relation",
    ),
    _c("委托监护人出生日期", "care[0].carer.birth_date", en="carer's birth date"),
    _c("委托监护人身份证号", "care[0].carer.id_number", en="carer's identity number"),
    _c("委托监护人联系电话", "care[0].carer.phone", "委托监护人电话", en="carer's phone"),
    # the census form's own facts (民发〔2016〕42号), each a field of the child's file
    _c("民族", "ethnicity", en="ethnicity"),
    _c("是否登记户口", "hukou_registered", "是否登记户籍", en="household registered"),
    _c("户籍所在地", "hukou_place", "户籍地", "户口所在地", en="hukou place"),
    _c("身体状况", "health", "健康状况", "健康情况", "身体情况", en="health"),
    _c("残疾类别", "disability", en="disability category"),
    _c("残疾等级", "disability_grade", en="disability grade"),
    _c("患病类型", "illness", "所患疾病", en="illness"),
    _c("家庭经济来源", "income_sources", "家庭主要收入来源", "家庭收入来源", en="income"),
    _c("救助帮扶情况", "assistance", "获得救助情况", "救助情况", en="assistance"),
    *(
        column
        for zh, key in (
            ("祖父", "paternal_grandfather"),
            ("祖母", "paternal_grandmother"),
            ("外祖父", "maternal_grandfather"),
            ("外祖母", "maternal_grandmother"),
        )
        for column in (
            _c(f"{zh}姓名", f"{key}.name", en=f"{key.replace('_', ' ')}'s name"),
            _c(f"{zh}出生日期", f"{key}.birth_date", en=f"{key.replace('_', ' ')}'s birth date"),
        )
    ),
)
"""The roster's columns, in the order the library writes them."""

WAITING: tuple[tuple[str, ...], ...] = (
    ("父亲身份证号", "父亲公民身份号码"),
    ("母亲身份证号", "母亲公民身份号码"),
    ("父亲务工地点", "母亲务工地点"),
    ("留守类型",),
    ("是否委托监护",),
    ("委托监护人住址",),
    ("监护情况", "监护情况评估"),
)
"""Headers of the census form whose facts the child's file does not hold yet: a roster
that has them is told they were not read."""

_ROLES = {r.value: r for r in ParentRole}


def _field_of(steps: tuple[Any, ...]) -> tuple[Any, bool]:
    """The declared type at a path of a child's file, and whether the field is private."""
    cls: Any = Child
    tp: Any = Child
    private = False
    for step in steps:
        if isinstance(step, int) or step in _ROLES:
            continue
        hints = typing.get_type_hints(cls)
        tp = hints[step]
        private = bool(attrs.fields_dict(cls)[step].metadata.get(PRIVATE))
        inner = leaf_type(tp)
        if typing.get_origin(inner) is tuple:
            inner = typing.get_args(inner)[0]
        cls = inner
    return tp, private or leaf_type(tp) in (IdNumber, Phone)


_TYPES = {c.path: _field_of(c.steps()) for c in ROSTER}
_STEPS = {c.path: c.steps() for c in ROSTER}


def _known() -> dict[str, RosterColumn | None]:
    from left_behind.sheets._read import normal

    table: dict[str, RosterColumn | None] = {}
    for c in ROSTER:
        for n in (c.header, *c.aliases, c.en, c.path):
            if n:
                table.setdefault(normal(n), c)
    for names in WAITING:
        for n in names:
            table.setdefault(normal(n), None)
    return table


def _put(data: dict[str, Any], steps: tuple[Any, ...], value: Any) -> None:
    here: Any = data
    for i, step in enumerate(steps[:-1]):
        nxt = steps[i + 1]
        if isinstance(nxt, int) or nxt in _ROLES:
            items = here.setdefault(step, [])
            if isinstance(nxt, int):
                while len(items) <= nxt:
                    items.append({})
                here = items[nxt]
            else:
                here = next((p for p in items if p.get("role") == nxt), None)
                if here is None:
                    here = {"role": nxt}
                    items.append(here)
        elif isinstance(step, int) or step in _ROLES:
            continue
        else:
            here = here.setdefault(step, {})
    here[steps[-1]] = value


_NEED_SINCE = Text(
    "花名册没有写明{what}从哪一天开始："
    "请给出调查日期（since=，命令行 --since），或加上“{column}”一列",
    "the roster does not say since when {what_en}: give the survey's date (since=, --since on"
    " the command line), or add a column {column!r}",
)
_NEED_PLACE = Text(
    "这一行没有写{what}：请加上“{column}”一列，或给出 {option}",
    "this row does not say the {what_en}: add a column {column!r}, or give {option}",
)


def read_roster(
    grids: Sequence[Grid],
    *,
    county: str | None,
    township: str | None,
    village: str | None,
    since: Any,
) -> tuple[dict[str, Any], list[Any], list[RowProblem], Any, list[Text]]:
    """The children of every roster sheet, as entries; what was assumed."""
    from left_behind.sheets._read import Entry, Source, find_header, normal

    known = _known()
    entries: list[Entry] = []
    notes: list[RowProblem] = []
    counts: dict[Any, int] = {}
    since_text = read_cell(since, _TYPES["care[0].since"][0]) if since is not None else None
    options = {"county": county, "township": township, "village": village}
    skipped: list[Grid] = []
    read_one = False
    for grid in grids:
        at, headers = find_header(grid.rows, known)
        index: dict[int, RosterColumn] = {}
        for i, h in enumerate(headers):
            if not h:
                continue
            key = normal(h)
            if key not in known:
                if key != "序号":  # the form's own count of its rows
                    notes.append(_unknown(grid.name, at + 1, h))
                continue
            c = known[key]
            if c is None:
                notes.append(
                    RowProblem(
                        sheet=grid.name,
                        row=at + 1,
                        column=h,
                        value="",
                        code="not_read",
                        refused=False,
                        message=Text(
                            "儿童档案还没有这一项，这一列没有读取",
                            "the child's file has no such field yet: this column was not read",
                        ),
                    )
                )
            else:
                index[i] = c
        if len(index) < 3:
            if any(not is_blank(cell) for row in grid.rows[at + 1 :] for cell in row):
                skipped.append(grid)
            continue  # not a roster sheet (a cover, notes)
        read_one = True
        paths = {c.path for c in index.values()}
        # what each column needs, worked out once for the sheet, not once a cell
        plan = [
            (i, c, c.steps(), reader(_TYPES[c.path][0]), _TYPES[c.path][1])
            for i, c in index.items()
        ]
        columns = {
            tuple(s for s in c.steps()): (i, headers[i], _TYPES[c.path][1])
            for i, c in index.items()
        }
        for r in range(at + 1, len(grid.rows)):
            row = grid.rows[r]
            if all(is_blank(row[i]) for i in index if i < len(row)):
                continue  # the blank rows between villages
            source = Source(sheet=grid.name, row=r + 1, cells=row, columns=columns)
            data: dict[str, Any] = {}
            entry = Entry(collection="children", data=data, sources={(): source})
            for i, c, steps, read, private in plan:
                v = row[i] if i < len(row) else None
                if c.tick is not None:
                    if is_blank(v):
                        continue
                    try:
                        value: Any = c.tick[0] if read_cell(v, bool) else c.tick[1]
                    except CellError as e:
                        entry.problem(source, i, headers[i], private, "format", e.message)
                        continue
                elif is_blank(v):
                    continue
                else:
                    try:
                        value = read(v)
                    except CellError as e:
                        entry.problem(source, i, headers[i], private, "format", e.message)
                        continue
                if isinstance(value, Fixed):
                    entry.problem(
                        source, i, headers[i], private, "fixed", value.note, refused=False
                    )
                    value = str(value)
                _put(data, steps, value)
            _complete(entry, source, data, grid.name, r + 1, options, since_text, paths, counts)
            entries.append(entry)
    assumed = (
        [
            Text(
                f"{n} 行的{what}取自选项 {option}（表中没有）",
                f"{n} rows took the {what_en} from {option} (not in the roster)",
            )
            for (what, what_en, option), n in counts.items()
        ]
        if counts
        else []
    )
    if not read_one:
        # rows with no roster's headers above them would come in as nothing: refused, said
        expected = "、".join(c.header for c in ROSTER[1:5])
        expected_en = ", ".join(c.en for c in ROSTER[1:5])
        notes += [
            RowProblem(
                sheet=grid.name,
                row=1,
                column="",
                value="",
                code="missing",
                message=Text(
                    f"找不到花名册的表头（如 {expected}）：这一页的行没有读取",
                    f"no roster's headers found (such as {expected_en}): the rows of this"
                    " sheet were not read",
                ),
            )
            for grid in skipped
        ]
    return {}, entries, notes, None, assumed


def _unknown(sheet: str, row: int, header: str) -> RowProblem:
    return RowProblem(
        sheet=sheet,
        row=row,
        column=header,
        value="",
        code="not_read",
        refused=False,
        message=Text("不认识这一列，没有读取", "an unknown column, not read"),
    )


_WHAT = {
    "county": ("所在县", "county", "--county", "县"),
    "township": ("所在乡镇", "township", "--township", "乡镇"),
    "village": ("所在村", "village", "--village", "村"),
}


def _complete(
    entry: Any,
    source: Any,
    data: dict[str, Any],
    sheet: str,
    row: int,
    options: dict[str, str | None],
    since: str | None,
    paths: set[str],
    counts: dict[Any, int],
) -> None:
    for key, (what, what_en, option, column) in _WHAT.items():
        if key not in data:
            if options[key] is not None:
                data[key] = options[key]
                counts[(what, what_en, option)] = counts.get((what, what_en, option), 0) + 1
            else:
                entry.problem(
                    source,
                    None,
                    column,
                    False,
                    "missing",
                    Text(
                        _NEED_PLACE.zh.format(what=what, column=column, option=option),
                        _NEED_PLACE.en.format(what_en=what_en, column=column, option=option),
                    ),
                )
    if "id" not in data:
        number = data.get("id_number")
        data["id"] = number if number else f"{sheet}-{row}"
        label = (
            "儿童编号",
            "child's id",
            "身份证号或表名与行号 / the identity number, or sheet-row",
        )
        counts[label] = counts.get(label, 0) + 1
    for p in data.get("parents", ()):
        for s in p.get("situations", ()):
            if "since" not in s:
                zh = "父亲" if p["role"] == "father" else "母亲"
                _since(
                    entry,
                    source,
                    s,
                    since,
                    counts,
                    Text(f"{zh}的状况", f"the {p['role']}'s situation began"),
                    f"{zh}状况起始日期",
                )
    for a in data.get("care", ()):
        if "since" not in a:
            _since(
                entry, source, a, since, counts, Text("照护安排", "the care began"), "照护开始日期"
            )


def _since(
    entry: Any,
    source: Any,
    data: dict[str, Any],
    since: str | None,
    counts: dict[Any, int],
    what: Text,
    column: str,
) -> None:
    if since is not None:
        data["since"] = since
        key = (f"{what.zh}起始日期", f"day {what.en}", "since= / --since")
        counts[key] = counts.get(key, 0) + 1
        return
    entry.problem(
        source,
        None,
        column,
        False,
        "missing",
        Text(
            _NEED_SINCE.zh.format(what=what.zh, column=column),
            _NEED_SINCE.en.format(what_en=what.en, column=column),
        ),
    )


def _value(child: Child, c: RosterColumn) -> Any:
    here: Any = child
    steps = _STEPS[c.path]
    for _i, step in enumerate(steps):
        if here is None:
            return None
        if step in _ROLES:
            here = here.parent(_ROLES[step]) if isinstance(here, Child) else here
            continue
        if isinstance(step, int):
            # the roster holds one situation, one care arrangement: the latest
            here = here[-1] if here else None
            continue
        here = getattr(here, step)
        if step == "parents":
            here = child
    if c.tick is not None:
        return "✓" if getattr(here, "value", here) == c.tick[0] else ""
    return write_cell(here, _TYPES[c.path][0])


def write_roster(register: Register) -> tuple[str, list[str], list[list[Any]]]:
    """The roster sheet of a register: one row per child."""
    rows = [[_value(child, c) for c in ROSTER] for child in register.children]
    return "花名册", [c.header for c in ROSTER], rows
