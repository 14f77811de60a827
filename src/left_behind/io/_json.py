"""Records to and from dicts and JSON text: the frontend boundary."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from left_behind.io._redact import redact as _redacted
from left_behind.io._schema import documents, is_record_class
from left_behind.kinds import (
    InvalidData,
    Problem,
    ProblemCode,
    Record,
    Style,
    Text,
    camel,
    can_count,
    check_style,
    count_keys,
    is_record,
    key_path,
    kind_or_none,
    structure,
    unstructure,
    writer,
)
from left_behind.model import SCHEMA_VERSION, Plan, Plans, Register

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")


def _opening_from_hours(data: dict[str, Any]) -> dict[str, Any]:
    """A home says once when it is open, in ``opening``.

    Layout 1 kept two lists: ``hours``, weekly windows (``{"day": "monday",
    "start": "16:30", "end": "18:30"}``) that pairing read, and calls when
    there was no ``opening``; and ``opening``, hours by kind of day that
    planning and calls read. A file with opening hours keeps them as they are
    (an opening of layout 1 is one of layout 2, for every day of the week)
    and its weekly hours are left out: pairing reads the opening's week in
    term instead. A file with weekly hours only has them as openings for
    every kind of day the home is not closed on, one for each set of hours,
    naming the days of the week it has them (``{"weekdays": ["monday",
    "tuesday"], "start": "16:30", "end": "18:30"}``). Windows that are not
    plain objects are left as they are, for the loader to report.

    What changes for such a file: calls keep its hours but no longer book on a
    day of its closures; planning now holds sessions to its weekly hours.
    With both lists, pairing reads the week in term of its opening hours
    (school or working days from Monday to Friday, weekends), and calls on a
    day its school years do not cover read those too, not the weekly hours.
    """
    if "hours" not in data:
        return data
    newer = {k: v for k, v in data.items() if k != "hours"}
    hours, opening = data["hours"], data.get("opening")
    if opening or not isinstance(hours, list):
        return newer if opening else data
    kept: list[Any] = []
    same: dict[tuple[Any, Any], list[Any]] = {}  # the weekdays of each start and end
    for w in hours:
        if not isinstance(w, dict) or "day" not in w:
            return data
        if set(w) == {"day", "start", "end"} and all(type(v) is str for v in w.values()):
            days = same.get((w["start"], w["end"]))
            if days is not None:
                if w["day"] not in days:
                    days.append(w["day"])
                continue
            days = same[w["start"], w["end"]] = [w["day"]]
            kept.append({"weekdays": days, "start": w["start"], "end": w["end"]})
        else:
            kept.append(
                {
                    ("weekdays" if k == "day" else k): ([v] if k == "day" else v)
                    for k, v in w.items()
                }
            )
    return {**newer, "opening": kept}


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _opening_from_hours}
"""Upgrades of older register and home layouts, keyed by the version they read. Each takes
the plain data of version N and returns those of version N + 1 (their keys are the same in
either style); its docstring, in the file-format reference, says what the older file becomes."""

# where documents hold a home, whose older layout is brought up to date as a
# home's own file is ("*": each item of a list)
_HOMES_INSIDE: dict[type, tuple[str, ...]] = {Plan: ("home",), Plans: ("plans", "*", "home")}


def _upgrade_inside(data: Any, path: Sequence[str], style: Style) -> Any:
    """``data`` with the home at ``path`` brought up to date (:func:`_upgrade`)."""
    if not path:
        return _upgrade(data, style)
    key, rest = path[0], path[1:]
    if key == "*":
        return [_upgrade_inside(d, rest, style) for d in data] if type(data) is list else data
    if not isinstance(data, dict) or key not in data:
        return data
    return {**data, key: _upgrade_inside(data[key], rest, style)}


def _homes_current(data: Any, path: Sequence[str], style: Style) -> bool:
    """Whether every home at ``path`` in ``data`` has nothing to upgrade (see :func:`_current`)."""
    if not path:
        return _current(data, style)
    key, rest = path[0], path[1:]
    if key == "*":
        return type(data) is not list or all(_homes_current(d, rest, style) for d in data)
    return not isinstance(data, dict) or _homes_current(data.get(key), rest, style)


def _upgrade(data: Any, style: Style) -> Any:
    key = camel("schema_version") if style == "camel" else "schema_version"
    if not isinstance(data, dict):
        return data
    version = data.get(key, SCHEMA_VERSION)
    if type(version) is not int:
        return data  # the loader reports the type
    if version > SCHEMA_VERSION:
        raise InvalidData(
            [
                Problem.of(
                    f"$.{key}",
                    ProblemCode.VERSION,
                    Text(
                        f"由更新版本的格式写成（版本 {version}），本库最多读取版本"
                        f" {SCHEMA_VERSION}：请升级 left_behind",
                        f"written by a newer version of the layout ({version});"
                        f" this library reads up to {SCHEMA_VERSION}: upgrade left_behind",
                    ),
                )
            ]
        )
    while version < SCHEMA_VERSION and version in UPGRADES:
        data = UPGRADES[version](data)
        version += 1
        data = {**data, key: version}
    return data


def _current(data: Any, style: Style) -> bool:
    """Whether register data has nothing to upgrade nor refuse (see :func:`_upgrade`)."""
    key = "schemaVersion" if style == "camel" else "schema_version"
    return not isinstance(data, dict) or data.get(key, SCHEMA_VERSION) == SCHEMA_VERSION


def _older(data: Any, cls: type, style: Style) -> Any:
    """The record's older layout brought up to date (:meth:`Record._older_layout`), or None."""
    if isinstance(cls, type) and issubclass(cls, Record):
        return cls._older_layout(data, style)
    return None


def to_dict(obj: Any, *, style: Style = "snake", redact: bytes | str | None = None) -> Any:
    """Plain data for a record: dicts, lists, strings, numbers, booleans, null.

    Dates are ISO 8601 strings, enumerations their stable values, identity
    numbers and phones whole (they are masked only for display). ``style``
    (a :data:`Style`) sets the keys: ``"snake"`` (the default) writes the
    field names as they are (``birth_date``), ``"camel"`` writes them in
    camelCase (``birthDate``) for JavaScript frontends. The loaders take the
    same ``style`` and read only keys of that style.

    >>> import datetime as dt
    >>> from left_behind import ContactEvent
    >>> from left_behind.model import ParentRole, ContactParty, ContactMode
    >>> e = ContactEvent(on=dt.date(2026, 3, 1), parent=ParentRole.MOTHER,
    ...                  party=ContactParty.BOTH, mode=ContactMode.VIDEO)
    >>> to_dict(e)
    {'on': '2026-03-01', 'parent': 'mother', 'party': 'both', 'mode': 'video'}

    Any other ``style`` is a mistake in the program and raises ``ValueError``
    (not :class:`~left_behind.InvalidData`), here and in the other three
    functions.

    ``redact=key`` writes the copy that :func:`~left_behind.io.redact` makes
    with that key (birth dates kept to the month; call ``redact`` itself for
    another setting): pseudonyms for ids, no name, identity number, phone,
    address, school nor note.
    """
    check_style(style)
    if redact is not None:
        obj = _redacted(obj, key=redact)
    return unstructure(obj, style)


def from_dict(data: Any, cls: type[T], *, style: Style = "snake") -> T:
    """Make a record of type ``cls`` from plain data, strictly.

    Nothing is coerced (``1`` is not a string, ``"false"`` not a boolean),
    unknown keys are rejected and every missing key is reported. Any problem
    raises :class:`~left_behind.InvalidData` listing all of them, with paths
    in the key style of the input.

    >>> from left_behind import ContactEvent
    >>> from_dict({"on": "2026-02-30", "parent": "aunt", "party": "both"}, ContactEvent)
    Traceback (most recent call last):
    ...
    left_behind.InvalidData: 3 problems:
      $.on: '2026-02-30' is not a real date [date]
      $.parent: 'aunt' is not valid: expected one of 'father', 'mother' [choice]
      $.mode: required key is missing: one of 'call', 'video', 'visit' [missing]
    """
    check_style(style)
    readable(cls)
    return _from_dict(data, cls, style, fast=True)


def readable(cls: Any) -> None:
    """Refuse, as a mistake in the program, a class that no data can be read as:
    one that is neither a record nor a kind of value records hold.

    >>> import left_behind as lb
    >>> readable(lb.RuleSet)
    Traceback (most recent call last):
    ...
    TypeError: RuleSet is not a record that can be read from data; ...
    """
    if is_record_class(cls) or kind_or_none(cls) is not None:
        return  # a record, or a value the records hold (an IdNumber, a list of children)
    names = ", ".join(c.__name__ for c in documents())
    name = cls.__name__ if isinstance(cls, type) else repr(cls)
    raise TypeError(
        f"{name} is not a record that can be read from data; the records are the"
        f" documents ({names}) and the records they hold, all listed by"
        " left_behind.io.record_classes() (and by `left-behind schema --help`)"
    )


def _from_dict(data: Any, cls: type[T], style: Style, *, fast: bool) -> T:
    if issubclass(cls, Register):
        data = _upgrade(data, style)
    elif cls in _HOMES_INSIDE:
        data = _upgrade_inside(data, _HOMES_INSIDE[cls], style)
    newer = _older(data, cls, style)
    return structure(data if newer is None else newer, cls, style, fast=fast)


def to_json(
    obj: Any,
    *,
    style: Style = "snake",
    indent: int | None = None,
    redact: bytes | str | None = None,
) -> str:
    """JSON text for a record (UTF-8 friendly: Chinese is written as is).

    ``redact=key`` writes the redacted copy, as :func:`to_dict` does:

    >>> import left_behind as lb
    >>> child = lb.samples.shicun().children[0]
    >>> text = lb.to_json(child, redact="a key of sixteen bytes or more")
    >>> child.name in text, child.id in text, lb.from_json(text, lb.Child).birth_date.day
    (False, False, 1)
    """
    check_style(style)
    if redact is not None:
        obj = _redacted(obj, key=redact)
    if indent is None and is_record(obj):
        cls: Any = type(obj)
        return writer(cls, style)(obj)
    return json.dumps(unstructure(obj, style), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T], *, style: Style = "snake") -> T:
    """Make a record of type ``cls`` from JSON text; see :func:`from_dict`.

    A key given twice in one object is a problem too (``duplicate_key``, at
    the key's path), not silently the last one: readers disagree on which
    one counts, so the data means different things to different programs.

    >>> from left_behind import ContactEvent
    >>> from_json('{"on": "2026-03-01", "parent": "mother", "party": "both",'
    ...           ' "mode": "video", "mode": "call"}', ContactEvent)
    Traceback (most recent call last):
    ...
    left_behind.InvalidData: 1 problem:
      $.mode: the key is given more than once in this object; keep one [duplicate_key]
    """
    check_style(style)
    readable(cls)
    data = _parse(text, json.loads)
    # The quick way, when it is sure. Outside its strings, JSON text has a
    # colon after each key and nowhere else. The fast pass counts the keys of
    # every object it reads (an object keeps one key of each name) and the
    # colons inside every string it reads; when the two add up to the colons
    # of the text, no key was given twice. A colon written as an escape
    # (\u003a) is one in the string read but none in the text, so a text
    # with one always takes the careful way; so do repeated keys, bytes in
    # another encoding, and anything the fast pass cannot count.
    counted = None
    fast = True  # whether the careful way should try the fast pass first
    # an older layout is brought up to date first, on the careful way
    older = (
        (issubclass(cls, Register) and not _current(data, style))
        or (cls in _HOMES_INSIDE and not _homes_current(data, _HOMES_INSIDE[cls], style))
        or _older(data, cls, style) is not None
    )
    if not older:
        counted = count_keys(data, cls, style)
        if counted is not None:
            if isinstance(text, str):
                colons, escaped = text.count(":"), "\\u003" in text
            else:
                colons, escaped = bytes(text).count(b":"), b"\\u003" in bytes(text)
            if counted[1] == colons and not escaped:
                return counted[0]
        else:
            # it failed on these data: the careful way goes straight to the
            # detailed pass, so a bad document costs one more parse and one
            # detailed pass, no more
            fast = not can_count(cls, style)
    made = None if counted is None else counted[0]
    return _from_json_carefully(text, cls, style, made=made, fast=fast)


def _from_json_carefully(
    text: str | bytes, cls: type[T], style: Style, *, made: T | None, fast: bool
) -> T:
    """Read the text keeping every key, report repeated keys with any other problem.

    ``made`` is the record the fast pass made of the same text, if it did;
    ``fast`` whether loading should still try the fast pass first.
    """
    repeated = False

    def make_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeated
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        repeated = True
        return _Repeated(obj, pairs)

    data = _parse(text, lambda t: json.loads(t, object_pairs_hook=make_object))
    if not repeated:
        return made if made is not None else _from_dict(data, cls, style, fast=fast)
    duplicates = list(_duplicate_keys(data))
    if made is not None:
        raise InvalidData(duplicates)  # the record itself was fine
    try:
        _from_dict(data, cls, style, fast=fast)
    except InvalidData as exc:
        raise InvalidData([*duplicates, *exc.problems]) from None
    raise InvalidData(duplicates)


def _parse(text: str | bytes, loads: Callable[[str | bytes], Any]) -> Any:
    if isinstance(text, str):
        text = text.removeprefix("\ufeff")  # a byte order mark, as in bytes
    try:
        data = loads(text)
    except RecursionError:
        raise InvalidData(
            [
                Problem.of(
                    "$",
                    ProblemCode.TOO_DEEP,
                    Text("JSON 嵌套层数过多", "the JSON is nested too deeply"),
                )
            ]
        ) from None
    except UnicodeDecodeError as exc:
        raw = b"" if isinstance(text, str) else bytes(text)
        raise InvalidData([not_utf8(raw, exc)]) from None
    except (ValueError, TypeError) as exc:
        raise InvalidData([_not_json(text, exc)]) from None
    return data


def not_utf8(data: bytes, exc: UnicodeDecodeError) -> Problem:
    """The problem of bytes that are not UTF-8, saying which encoding they seem to be in.

    >>> gbk = "石村".encode("gbk")
    >>> print(not_utf8(gbk, UnicodeDecodeError("utf-8", gbk, 0, 1, "")).message("en"))
    not UTF-8 text (at byte 0): it looks like GBK/GB18030, as Notepad and Excel save on a
    Chinese Windows. Save the file as UTF-8 and try again
    """
    try:
        data.decode("gb18030")
        gbk = bool(data)
    except UnicodeDecodeError:
        gbk = False
    head = Text(
        f"不是 UTF-8 编码的文本（第 {exc.start} 个字节起）", f"not UTF-8 text (at byte {exc.start})"
    )
    seems = (
        Text(
            "：看起来是 GBK/GB18030 编码（中文版 Windows 的记事本和 Excel 默认如此）。",
            ": it looks like GBK/GB18030, as Notepad and Excel save on a Chinese Windows.",
        )
        if gbk
        else Text("。", ".")
    )
    fix = Text("请另存为 UTF-8 编码后再试", " Save the file as UTF-8 and try again")
    return Problem.of("$", ProblemCode.ENCODING, head + seems + fix)


# What the JSON parser says, and what it means for a person who typed the file.
_JSON_ERRORS: dict[str, Text] = {
    "Expecting value": Text(
        "这里应该是一个值：双引号中的文字、数字、true、false、null、对象 {...} 或列表 [...]",
        "a value is expected here: text in double quotes, a number, true, false, null,"
        " an object {...} or a list [...]",
    ),
    "Expecting property name enclosed in double quotes": Text(
        '这里应该是用英文双引号括起来的键名，如 "name"（不能用单引号，也不能不加引号）',
        "a key in double quotes is expected here, such as \"name\" (not 'name' nor name)",
    ),
    "Expecting ',' delimiter": Text(
        "两项之间缺少逗号，或缺少右括号 } 或 ]",
        "a comma is missing between two items, or a closing } or ] is missing",
    ),
    "Expecting ':' delimiter": Text(
        "键名后面缺少冒号",
        "a colon is missing after the key",
    ),
    "Extra data": Text(
        "JSON 值结束后还有多余的内容：一个文件只能有一个值",
        "there is more text after the end of the JSON value: a file holds one value",
    ),
    "Invalid control character at": Text(
        "引号内的文字中有换行或制表符：请写成 \\n 或 \\t",
        "a line break or tab inside text in quotes: write it as \\n or \\t",
    ),
    "Unterminated string starting at": Text(
        "引号内的文字缺少结尾的英文双引号",
        "text in quotes is not closed with a double quote",
    ),
}


def _not_json(text: str | bytes, exc: Exception) -> Problem:
    """The problem of text that is not JSON, in words a person can act on."""
    if not isinstance(exc, json.JSONDecodeError):
        return Problem.of(
            "$",
            ProblemCode.JSON,
            Text(
                f"不是有效的 JSON（{type(exc).__name__}）",
                f"not valid JSON ({type(exc).__name__})",
            ),
        )
    doc, pos = exc.doc, exc.pos
    before = doc[:pos].rstrip()
    if not doc.strip():
        return Problem.of(
            "$", ProblemCode.JSON, Text("内容为空：应为 JSON", "the text is empty: expected JSON")
        )
    if before.endswith(",") and doc[pos : pos + 1] in ("}", "]"):
        what = Text(
            f"“{doc[pos]}”前面的逗号后面没有内容：请删除这个多余的逗号",
            f"a comma before '{doc[pos]}' with nothing after it: remove the trailing comma",
        )
    elif exc.msg == "Expecting value" and pos >= len(doc.rstrip()):
        what = Text("内容在应有值的地方结束了", "the text ends where a value is expected")
    else:
        what = _JSON_ERRORS.get(exc.msg, Text("JSON 格式错误", exc.msg))
    at = Text(
        f"不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列）：",
        f"not valid JSON at line {exc.lineno}, column {exc.colno}: ",
    )
    return Problem.of("$", ProblemCode.JSON, at + what)


class _Repeated(dict[str, Any]):
    """A JSON object in which some keys are given more than once (the last value kept)."""

    __slots__ = ("repeated",)

    def __init__(self, obj: dict[str, Any], pairs: list[tuple[str, Any]]) -> None:
        super().__init__(obj)
        seen: set[str] = set()
        repeated: dict[str, None] = {}  # in the order of the text
        for key, _ in pairs:
            if key in seen:
                repeated[key] = None
            seen.add(key)
        self.repeated = tuple(repeated)


def _duplicate_keys(data: Any) -> Iterator[Problem]:
    """A problem for each key given twice in an object, in the order of the text."""
    todo: list[tuple[str, Any]] = [("$", data)]
    while todo:
        path, value = todo.pop()
        if isinstance(value, dict):
            if type(value) is _Repeated:
                for key in value.repeated:
                    yield Problem.of(
                        path + key_path(key),
                        ProblemCode.DUPLICATE_KEY,
                        Text(
                            "同一个对象中这个键名出现了不止一次：只保留一个",
                            "the key is given more than once in this object; keep one",
                        ),
                    )
            todo.extend(reversed([(path + key_path(k), v) for k, v in value.items()]))
        elif isinstance(value, list):
            todo.extend(reversed([(f"{path}[{i}]", v) for i, v in enumerate(value)]))
