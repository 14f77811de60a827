"""Whatever comes in, the loaders answer with a record or with InvalidData, never a crash.

And when valid documents are spoiled on purpose, every spoiled place is reported,
at exactly its path, in the key style of the input.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import types
import typing
import zoneinfo
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import left_behind as lb
from documents import DOCUMENT_TYPES, documents
from left_behind import testing as lt
from profiles import examples

STYLES = ("snake", "camel")
RECORDS = lt.RECORD_TYPES
# everything a loader reads: the register's records and the library's own documents
LOADABLE = (*RECORDS, *DOCUMENT_TYPES)
FUZZ = settings(max_examples=examples(0.6), suppress_health_check=[HealthCheck.too_slow])
MUTATE = settings(max_examples=examples(0.4), suppress_health_check=[HealthCheck.too_slow])


def camel(name: str) -> str:
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), name)


def key_of(name: str, style: str) -> str:
    return camel(name) if style == "camel" else name


def _nested_records(cls: type) -> set[type]:
    """``cls`` and every record class inside it."""
    found: set[type] = set()
    todo = [cls]
    while todo:
        c = todo.pop()
        if c in found:
            continue
        found.add(c)
        for tp in typing.get_type_hints(c).values():
            for arg in (tp, *typing.get_args(tp)):
                if isinstance(arg, type) and attrs.has(arg):
                    todo.append(arg)
    return found


def all_field_names() -> list[str]:
    classes = {c for cls in LOADABLE for c in _nested_records(cls)}
    names = {f.name for cls in classes for f in attrs.fields(cls)}
    return sorted(names | {camel(n) for n in names})


ENUM_VALUES = sorted(
    {m.value for e in (*lt.ENUM_TYPES, lb.Severity, lb.RiskLevel, lb.rules.Gap) for m in e}
)
TEXTS = st.one_of(
    st.sampled_from(ENUM_VALUES),
    st.sampled_from(["2015-03-02", "2015/3/2", "2015-02-30", "990101201503020685", "13900001234"]),
)
VALUES = lt.json_values(keys=st.sampled_from(all_field_names()), strings=TEXTS)


def check_problems(err: lb.InvalidData) -> None:
    assert err.problems, "InvalidData without a problem"
    for p in err.problems:
        assert isinstance(p, lb.Problem)
        assert p.path.startswith("$"), p
        assert isinstance(p.code, str) and re.fullmatch(r"[a-z][a-z_]*", p.code), p
        assert p.message("en").strip(), p
        # every problem speaks Chinese too (some words, such as key names, stay as written)
        assert re.search(r"[\u4e00-\u9fff]", p.message()), p
        for lang in ("zh", "en"):
            p.text(lang).encode("utf-8")  # a problem can always be printed
    # the text of the error names every problem, in either language
    assert all(p.path in str(err) and p.path in err.text() for p in err.problems)


def load_or_problems(loader: Any, data: Any, cls: type, style: str) -> None:
    try:
        result = loader(data, cls, style=style)
    except lb.InvalidData as err:
        check_problems(err)
    else:
        assert type(result) is cls


# --- arbitrary input --------------------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("cls", LOADABLE, ids=lambda c: c.__name__)
@FUZZ
@given(data=VALUES)
def test_from_dict_arbitrary_values(cls: type, style: str, data: Any) -> None:
    load_or_problems(lb.from_dict, data, cls, style)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("cls", LOADABLE, ids=lambda c: c.__name__)
@FUZZ
@given(data=st.dictionaries(st.sampled_from(all_field_names()), VALUES, max_size=8))
def test_from_dict_objects_with_real_keys(cls: type, style: str, data: Any) -> None:
    load_or_problems(lb.from_dict, data, cls, style)


@pytest.mark.parametrize("cls", LOADABLE, ids=lambda c: c.__name__)
@FUZZ
@given(
    text=st.one_of(
        st.text(max_size=60),
        VALUES.map(json.dumps),
        VALUES.map(lambda v: json.dumps(v)[:-1]),  # cut short
        st.binary(max_size=40),
    ),
    style=st.sampled_from(STYLES),
)
def test_from_json_arbitrary_text(cls: type, text: str | bytes, style: str) -> None:
    load_or_problems(lb.from_json, text, cls, style)


@pytest.mark.parametrize("cls", LOADABLE, ids=lambda c: c.__name__)
@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "null",
        "[]",
        "{",
        '{"a": }',
        "NaN",
        "1e999",
        '"\\ud800"',
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        b"\xff\xfe\x00",
    ],
    ids=lambda t: repr(t[:12]),
)
def test_from_json_awkward_text(cls: type, text: str | bytes) -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, cls)
    check_problems(info.value)


@pytest.mark.parametrize("cls", LOADABLE, ids=lambda c: c.__name__)
@pytest.mark.parametrize(
    "data",
    [None, 1, 2.5, True, "text", [], [{}], {1: "a"}, {None: 1}, {("a",): 1}, object(), b"{}"],
    # an object's repr holds its address, which differs from process to process
    ids=lambda d: "object()" if type(d) is object else repr(d),
)
def test_from_dict_not_an_object(cls: type, data: Any) -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(data, cls)
    check_problems(info.value)
    if not isinstance(data, dict):
        assert [p.path for p in info.value.problems] == ["$"]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("cls", LOADABLE, ids=lambda c: c.__name__)
@FUZZ
@given(data=st.data())
def test_valid_document_with_arbitrary_value_somewhere(
    cls: type, style: str, data: st.DataObject
) -> None:
    doc = data.draw(any_documents(cls, style))
    places = list(_places(doc))
    container, key = data.draw(st.sampled_from(places))
    container[key] = data.draw(VALUES)
    load_or_problems(lb.from_dict, doc, cls, style)


def any_documents(cls: type, style: str) -> st.SearchStrategy[Any]:
    """Valid documents of a register's record or of one of the library's documents."""
    if cls in DOCUMENT_TYPES:
        return documents(cls, style=style)  # type: ignore[arg-type]
    return lt.documents(cls, style=style)  # type: ignore[arg-type]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("cls", DOCUMENT_TYPES, ids=lambda c: c.__name__)
@FUZZ
@given(data=st.data())
def test_valid_documents_load_and_spoiled_ones_say_where(
    cls: type, style: str, data: st.DataObject
) -> None:
    doc = data.draw(documents(cls, style=style))  # type: ignore[arg-type]
    record = lb.from_dict(doc, cls, style=style)  # type: ignore[arg-type]
    assert lb.from_json(json.dumps(doc, ensure_ascii=False), cls, style=style) == record  # type: ignore[arg-type]
    # a value of the wrong type anywhere is reported at that place (or around it)
    places = [(c, k) for c, k in _places(doc) if not isinstance(c[k], (dict, list))]
    assume(places)
    container, key = data.draw(st.sampled_from(places))
    container[key] = [container[key]]  # no scalar field takes a list
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(doc, cls, style=style)  # type: ignore[arg-type]
    check_problems(info.value)


def _places(doc: Any) -> Iterator[tuple[Any, Any]]:
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield doc, k
            yield from _places(v)
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield doc, i
            yield from _places(v)


# --- mutations of valid documents -----------------------------------------------


@attrs.frozen
class Field:
    """One field of one record inside a document."""

    steps: tuple[str | int, ...]  # from the document to the record's dict
    path: str  # JSONPath of the record's dict
    record: type
    name: str  # field name (snake)
    key: str  # key in the document's style
    hint: Any
    required: bool

    @property
    def field_path(self) -> str:
        return f"{self.path}.{self.key}"


def _unwrap(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0], True
    return hint, False


def _record_of(hint: Any) -> type | None:
    inner, _ = _unwrap(hint)
    return inner if isinstance(inner, type) and attrs.has(inner) else None


def _items_record(hint: Any) -> type | None:
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if isinstance(item, type) and attrs.has(item):
            return item
    return None


def fields_of(
    cls: type, doc: dict[str, Any], style: str, steps: tuple[str | int, ...] = (), path: str = "$"
) -> Iterator[Field]:
    """Every field of the record ``doc`` and of every record nested in it."""
    hints = typing.get_type_hints(cls)
    for f in attrs.fields(cls):
        key = key_of(f.name, style)
        required = f.default is attrs.NOTHING
        yield Field(steps, path, cls, f.name, key, hints[f.name], required)
        value = doc.get(key)
        nested = _record_of(hints[f.name])
        if nested is not None and isinstance(value, dict):
            yield from fields_of(nested, value, style, (*steps, key), f"{path}.{key}")
        item = _items_record(hints[f.name])
        if item is not None and isinstance(value, list):
            for i, v in enumerate(value):
                yield from fields_of(item, v, style, (*steps, key, i), f"{path}.{key}[{i}]")


def records_in(fields: list[Field]) -> list[tuple[tuple[str | int, ...], str, type]]:
    seen: dict[tuple[str | int, ...], tuple[tuple[str | int, ...], str, type]] = {}
    for f in fields:
        seen.setdefault(f.steps, (f.steps, f.path, f.record))
    return list(seen.values())


def wrong_values(hint: Any) -> list[Any]:
    """Values of the wrong type (or shape) for a field of type ``hint``."""
    inner, optional = _unwrap(hint)
    base: list[Any] = [] if optional else [None]
    if inner is str:
        return [*base, 1, True, ["a"], {"a": "b"}]
    if inner is bool:
        return [*base, "false", "true", 0, 1]
    if inner is int:
        return [*base, 2.9, "1", True, 1.0]
    if inner is float:
        return [*base, "1.5", True, "NaN", [1]]
    if inner is dt.time:
        return [*base, "16:30:00", "4:30 pm", "24:00", 1630, "16.30"]
    if inner is zoneinfo.ZoneInfo:
        return [*base, "Mars/Olympus_Mons", "UTC+8", 8, "asia shanghai"]
    if inner is dt.date:
        return [
            *base,
            "2015/3/2",
            "2015.3.2",
            "2015年3月2日",
            "20150302",
            42065,
            "2015-02-30",
            "2015-03-02T08:00:00",
        ]
    if inner is dt.datetime:
        return [*base, "2026-09-01T16:30", "2026-09-01 16:30+08:00", 1630, "2026-02-30T16:30+08:00"]
    if inner is dt.timedelta:
        return [*base, "60", -1, 1.5, True]
    if inner is lb.kinds.Recurrence:
        # the shape, then what RFC 5545 forbids inside it
        forbidden = ["FREQ=WEEKLY;INTERVAL=0", "FREQ=YEARLY;BYMONTH=13", "FREQ=WEEKLY;BYDAY=1MO"]
        return [*base, "RRULE:FREQ=WEEKLY", "freq=weekly", "BYDAY=MO", *forbidden, 1]
    if inner is lb.kinds.IdNumber:
        return [*base, "12345", 990101201503020685, "990101201503020021", "99010120150230068X"]
    if inner is lb.kinds.Phone:
        return [*base, 13900001234, "12012345678", "12345", "phone"]
    if isinstance(inner, type) and issubclass(inner, lb.kinds.LabelledEnum):
        first = next(iter(inner)).value
        return [*base, 1, first.upper(), f" {first}", "not_a_value", True]
    if typing.get_origin(inner) in (tuple, frozenset):
        return [*base, "a", {"a": 1}, 1, True]
    if _record_of(inner) is not None:
        return [*base, "a", [], 1, True]
    raise AssertionError(f"no wrong values for {hint}")  # pragma: no cover


def at(doc: Any, steps: tuple[str | int, ...]) -> Any:
    for s in steps:
        doc = doc[s]
    return doc


def unknown_keys(record: type, style: str) -> list[str]:
    """Keys a person might add by mistake: a made-up one, or a real field in the other style."""
    other = "snake" if style == "camel" else "camel"
    mistaken = [
        key_of(f.name, other)
        for f in attrs.fields(record)
        if key_of(f.name, other) != key_of(f.name, style)
    ]
    return [key_of("extra_note", style), "Id", *mistaken]


def _in_the_other_style(problems: list[lb.Problem], expected: dict[str, str]) -> bool:
    """Whether the loader found the spoiled document wholly in the other key style.

    It is, when a spoil is a key in the other style and no key in this style is
    left: one problem at ``$`` says how to read it.
    """
    if [(p.path, p.code) for p in problems] != [("$", "key_style")]:
        return False
    # the advice stands for the document: once it is read in the other style, a key left
    # out or a value spoiled beside it is found (a record of two fields, one renamed, is
    # the smallest such case)
    assert "key_style" in expected.values(), expected
    return True


def _is_under(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith(prefix + ".") or path.startswith(prefix + "[")


@st.composite
def spoiled(draw: st.DrawFn, cls: type, style: str, most: int) -> tuple[Any, Any, dict[str, str]]:
    """A valid document, the same document spoiled in 1..``most`` places, and the paths spoiled."""
    doc = draw(lt.documents(cls, style=style))  # type: ignore[arg-type]
    fields = list(fields_of(cls, doc, style))
    containers = records_in(fields)
    bad = copy.deepcopy(doc)
    expected: dict[str, str] = {}  # path -> code (or "" when the code is not fixed)
    touched: list[str] = []
    for _ in range(draw(st.integers(1, most))):
        kind = draw(st.sampled_from(["wrong", "wrong", "drop", "unknown"]))
        if kind == "unknown":
            steps, path, record = draw(st.sampled_from(containers))
            key = draw(st.sampled_from(unknown_keys(record, style)))
            target = f"{path}.{key}"
            if any(_is_under(path, t) for t in touched) or target in expected:
                continue
            at(bad, steps)[key] = draw(st.sampled_from([1, "x", None]))
            # a field's name in the other key style is said to be one, not unknown
            made_up = key in (key_of("extra_note", style), "Id")
            expected[target] = "unknown_key" if made_up else "key_style"
            continue
        candidates = [f for f in fields if f.required] if kind == "drop" else fields
        if not candidates:
            continue
        f = draw(st.sampled_from(candidates))
        target = f.field_path
        # never spoil inside what is already spoiled, nor around it
        if any(_is_under(target, t) or _is_under(t, target) for t in touched):
            continue
        if any(_is_under(t, target) for t in expected):
            continue
        if kind == "drop":
            del at(bad, f.steps)[f.key]
            expected[target] = "missing"
        else:
            at(bad, f.steps)[f.key] = draw(st.sampled_from(wrong_values(f.hint)))
            expected[target] = ""
        touched.append(target)
    if not expected:  # every draw collided: spoil the first field at least
        f = fields[0]
        at(bad, f.steps)[f.key] = wrong_values(f.hint)[-1]
        expected[f.field_path] = ""
    return doc, bad, expected


def _problems(data: Any, cls: type, style: str) -> list[lb.Problem]:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(data, cls, style=style)
    check_problems(info.value)
    return list(info.value.problems)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
@MUTATE
@given(data=st.data())
def test_one_mutation_reported_at_its_path(cls: type, style: str, data: st.DataObject) -> None:
    doc, bad, expected = data.draw(spoiled(cls, style, most=1))
    assert lb.from_dict(doc, cls, style=style) is not None  # the unspoiled one loads
    problems = _problems(bad, cls, style)
    if _in_the_other_style(problems, expected):
        return
    assert {p.path for p in problems} == set(expected)
    for p in problems:
        if expected[p.path]:
            assert p.code == expected[p.path], p


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
@MUTATE
@given(data=st.data())
def test_all_mutations_reported(cls: type, style: str, data: st.DataObject) -> None:
    _, bad, expected = data.draw(spoiled(cls, style, most=5))
    problems = _problems(bad, cls, style)
    if _in_the_other_style(problems, expected):
        return
    assert {p.path for p in problems} == set(expected)
    for p in problems:
        if expected[p.path]:
            assert p.code == expected[p.path], p
    # and the JSON loader says the same
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(json.dumps(bad, ensure_ascii=False), cls, style=style)  # type: ignore[arg-type]
    assert sorted(map(str, info.value.problems)) == sorted(map(str, problems))


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
@MUTATE
@given(data=st.data())
def test_optional_keys_may_be_left_out(cls: type, style: str, data: st.DataObject) -> None:
    """A key whose value is the field's default may be left out, anywhere in the document."""
    record = data.draw(lt.records(cls))
    doc = lb.to_dict(record, style=style)  # type: ignore[arg-type]
    for f in fields_of(cls, doc, style):
        default = attrs.fields_dict(f.record)[f.name].default
        if f.required or f.key not in at(doc, f.steps):
            continue
        container = at(doc, f.steps)
        if container[f.key] == plain(default) and data.draw(st.booleans()):
            del container[f.key]
    assert lb.from_dict(doc, cls, style=style) == record  # type: ignore[arg-type]


def plain(default: Any) -> Any:
    """A field's default as a document carries it."""
    if isinstance(default, (tuple, frozenset)):
        assert not default
        return []
    if isinstance(default, lb.kinds.LabelledEnum):
        return default.value
    assert default is None or type(default) in (str, int, bool), default
    return default


def test_several_problems_in_one_child_by_example() -> None:
    child = {
        "id": 7,
        "name": "林小雨",
        "sex": "girl",
        "birth_date": "2015/3/2",
        "county": "示例县",
        "township": "示例镇",
        "stage": "primary_4",
        "lives_on_own_earnings": "false",
        "parents": [{"role": "father", "situations": [{"situation": "working_away"}]}],
        "nickname": "小雨",
    }
    problems = {p.path: p.code for p in _problems(child, lb.Child, "snake")}
    assert problems == {
        "$.id": "type",
        "$.sex": "choice",
        "$.birth_date": "format",
        "$.village": "missing",
        "$.lives_on_own_earnings": "type",
        "$.parents[0].situations[0].since": "missing",
        "$.nickname": "unknown_key",
    }


def test_camel_paths_by_example() -> None:
    register = {
        "schemaVersion": 1,
        "children": [
            {
                "id": "c-1",
                "name": "林小雨",
                "sex": "female",
                "birthDate": "2015-03-02",
                "county": "示例县",
                "township": "示例镇",
                "village": "示例村",
                "stage": "primary_4",
                "idNumber": "12345",
                "care": [{"guardianship": "paternal_grandparents", "since": 2.9}],
                "birth_date": "2015-03-02",
            }
        ],
    }
    problems = {p.path for p in _problems(register, lb.Register, "camel")}
    assert problems == {
        "$.children[0].idNumber",
        "$.children[0].care[0].since",
        # a rule of the arrangement, said in the same round as the date it holds
        "$.children[0].care[0].carer",
        "$.children[0].birth_date",
    }
