"""What a field declares is what the record checks, masks and reports."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import math
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import find, settings

import left_behind as lb
import left_behind.testing as lt
from left_behind.io._schema import record_classes, referred
from left_behind.kinds._base import Record, as_frozenset, checks_of, partial
from left_behind.kinds._fields import REFERS_TO, bounds_of
from left_behind.kinds._kinds import LIST, OPTIONAL, RECORD, kind_of


@attrs.frozen(kw_only=True)
class Visit(Record):
    """A made-up record that declares one of each."""

    visitor: str = lb.kinds.field(
        private=True, not_blank=True, words=("探访人", "the visitor's name")
    )
    note: str | None = lb.kinds.field(default=None, not_blank=True)
    start: dt.date
    end: dt.date | None = lb.kinds.field(
        default=None,
        not_before=lb.kinds.Order(
            "start",
            "ends {value}, before it starts {other}",
            "结束日期 {value} 早于开始日期 {other}",
        ),
    )
    kinds: frozenset[lb.model.ContactMode] = lb.kinds.field(
        converter=as_frozenset, at_least_one=("请写明探访方式", "say how the visit was made")
    )


GOOD = {
    "visitor": "林某某",
    "start": dt.date(2026, 9, 1),
    "kinds": {lb.model.ContactMode.VISIT},
}


def problems(**changes: object) -> list[tuple[str, str, str]]:
    with pytest.raises(lb.InvalidData) as err:
        Visit(**{**GOOD, **changes})  # type: ignore[arg-type]
    return [(p.path, p.code, p.message("en")) for p in err.value.problems]


def test_a_valid_record_is_made() -> None:
    assert Visit(**GOOD).visitor == "林某某"  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "\u3000"])
def test_not_blank_says_what_to_give(blank: str) -> None:
    assert problems(visitor=blank) == [("$.visitor", "empty", "give the visitor's name")]
    # a field without words is named by its own name
    assert problems(note=blank) == [("$.note", "empty", "give note")]
    with pytest.raises(lb.InvalidData) as err:
        Visit(**{**GOOD, "visitor": blank})  # type: ignore[arg-type]
    assert err.value.problems[0].message() == "请填写探访人"


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (
            dt.date(2026, 8, 31),
            [("$.end", "order", "ends 2026-08-31, before it starts 2026-09-01")],
        ),
        (dt.date(2026, 9, 1), None),  # the same day is not before
        (dt.date(2026, 9, 2), None),
        (None, None),
    ],
)
def test_not_before_the_day_before_of_and_after(
    end: dt.date | None, expected: list[tuple[str, str, str]] | None
) -> None:
    if expected is None:
        assert Visit(**{**GOOD, "end": end}).end == end  # type: ignore[arg-type]
    else:
        assert problems(end=end) == expected


@attrs.frozen(kw_only=True)
class Stay(Record):
    """A made-up record with a date not before either of two others, the nearer first."""

    booked: dt.date
    arrived: dt.date | None = None
    left: dt.date | None = lb.kinds.field(
        default=None,
        not_before=(
            lb.kinds.Order("arrived", "left {value}, before arriving {other}", "{value} < {other}"),
            lb.kinds.Order("booked", "left {value}, before booking {other}", "{value} < {other}"),
        ),
    )


@pytest.mark.parametrize(
    ("arrived", "left", "expected"),
    [
        (None, dt.date(2026, 8, 31), "left 2026-08-31, before booking 2026-09-01"),
        (None, dt.date(2026, 9, 1), None),
        (dt.date(2026, 9, 5), dt.date(2026, 9, 4), "left 2026-09-04, before arriving 2026-09-05"),
        (dt.date(2026, 9, 5), dt.date(2026, 9, 5), None),
        # before both: one problem, the first declared
        (dt.date(2026, 9, 5), dt.date(2026, 8, 1), "left 2026-08-01, before arriving 2026-09-05"),
    ],
)
def test_not_before_several_dates_gives_one_problem_the_first_broken(
    arrived: dt.date | None, left: dt.date, expected: str | None
) -> None:
    booked = dt.date(2026, 9, 1)
    if expected is None:
        assert Stay(booked=booked, arrived=arrived, left=left).left == left
        return
    with pytest.raises(lb.InvalidData) as err:
        Stay(booked=booked, arrived=arrived, left=left)
    assert [(p.path, p.code, p.message("en")) for p in err.value.problems] == [
        ("$.left", "order", expected)
    ]
    orders = attrs.fields(Stay).left.metadata[lb.kinds.NOT_BEFORE]
    assert [o.other for o in orders] == ["arrived", "booked"]


def test_at_least_one() -> None:
    assert problems(kinds=set()) == [("$.kinds", "empty", "say how the visit was made")]


def test_every_declared_problem_is_reported_at_once() -> None:
    found = problems(visitor=" ", end=dt.date(2026, 1, 1), kinds=())
    assert [p[0] for p in found] == ["$.visitor", "$.end", "$.kinds"]


def test_private_is_masked_in_repr_and_carried_whole_as_data() -> None:
    visit = Visit(**GOOD)  # type: ignore[arg-type]
    assert "林某某" not in repr(visit) and "林**" in repr(visit)
    assert lb.to_dict(visit)["visitor"] == "林某某"
    assert attrs.fields(Visit).visitor.metadata[lb.kinds.PRIVATE] is True


def test_a_declaration_that_cannot_be_checked_is_refused() -> None:
    @attrs.frozen(kw_only=True)
    class BlankDate(Record):
        day: dt.date = lb.kinds.field(not_blank=True)

    with pytest.raises(TypeError, match="not_blank is for text fields"):
        BlankDate(day=dt.date(2026, 1, 1))

    @attrs.frozen(kw_only=True)
    class NoSuchField(Record):
        day: dt.date = lb.kinds.field(
            not_before=lb.kinds.Order("start", "{value} {other}", "{value} {other}")
        )

    with pytest.raises(TypeError, match="'start', which is not a field"):
        NoSuchField(day=dt.date(2026, 1, 1))


# --- bounds and references, for every field that declares them ----------------------


INF = math.inf


def _number(tp: object) -> type:
    return float if float in (tp, *typing.get_args(tp)) else int


def _past(value: float, number: type, direction: float) -> float:
    """The next value past ``value`` in ``direction`` (the next integer, or the next float)."""
    return (
        value + (1 if direction > 0 else -1) if number is int else math.nextafter(value, direction)
    )


def _bound_cases() -> list[tuple[type, str, float, bool]]:
    """(record class, field, value, whether it is allowed): each declared bound, and one past it."""
    cases = []
    for cls in record_classes():
        hints = typing.get_type_hints(cls)
        for a in attrs.fields(cls):
            bounds = bounds_of(a)
            if bounds is None:
                continue
            number = _number(hints[a.name])
            if bounds.minimum is not None:
                low = number(bounds.minimum)
                if bounds.exclusive:
                    cases += [
                        (cls, a.name, low, False),
                        (cls, a.name, _past(low, number, INF), True),
                    ]
                else:
                    cases += [
                        (cls, a.name, low, True),
                        (cls, a.name, _past(low, number, -INF), False),
                    ]
            if bounds.maximum is not None:
                high = number(bounds.maximum)
                cases += [(cls, a.name, high, True), (cls, a.name, _past(high, number, INF), False)]
    return cases


BOUND_CASES = _bound_cases()


@functools.cache
def _valid(cls: type) -> Any:
    """A valid record of ``cls``: its defaults, or the simplest the strategies draw."""
    try:
        return cls()
    except TypeError:
        return find(lt.records(cls), lambda _: True, settings=settings(database=None))


def _case_id(case: tuple[type, str, float, bool]) -> str:
    cls, name, value, ok = case
    return f"{cls.__name__}.{name}={value}-{'ok' if ok else 'refused'}"


def test_every_record_with_numbers_has_bounds_to_test() -> None:
    classes = {case[0].__name__ for case in BOUND_CASES}
    assert {"Room", "Programme", "Training", "Meeting", "Policy", "RiskWeights"} <= classes


@pytest.mark.parametrize("case", BOUND_CASES, ids=_case_id)
def test_each_bound_and_one_past_it(case: tuple[type, str, float, bool]) -> None:
    cls, name, value, ok = case
    a = attrs.fields_dict(cls)[name]
    bounds = bounds_of(a)
    assert bounds is not None
    rule = bounds.rule()
    # the partial pass: only this field read, every check that needs another passed over
    found, _ = checks_of(cls).partial_rules(partial(cls, {name: value}))
    ranged = [p for p in found if (p.path, p.code) == (f"$.{name}", "range")]
    # and loading: the whole record, through the detailed pass when it fails
    data = {**lb.to_dict(_valid(cls)), name: value}
    try:
        lb.from_dict(data, cls)
        loaded: list[lb.Problem] = []
    except lb.InvalidData as err:
        loaded = [p for p in err.problems if p.path == f"$.{name}" and rule.en in p.message_en]
    if ok:
        assert ranged == [] and loaded == []
        return
    assert len(ranged) == 1 and ranged == loaded
    (p,) = ranged
    words = attrs.fields_dict(cls)[name].metadata[lb.kinds.WORDS]
    for lang, text in (("en", p.message_en), ("zh", p.message_zh)):
        assert words.get(lang) in text and rule.get(lang) in text, text
        for bound in (bounds.minimum, bounds.maximum):
            assert bound is None or str(bound) in text
        assert bounds.unit is None or bounds.unit.get(lang) in text


def test_a_bound_is_checked_beside_a_field_that_could_not_be_read() -> None:
    room = lb.to_dict(_valid(lb.Room))
    with pytest.raises(lb.InvalidData) as err:
        lb.from_dict({**room, "name": 5, "capacity": 0}, lb.Room)
    assert [(p.path, p.code) for p in err.value.problems] == [
        ("$.name", "type"),
        ("$.capacity", "range"),
    ]


def _holds_records(tp: object) -> tuple[bool, type] | None:
    """(a list?, the record class) of a field that holds records, else None."""
    kind = kind_of(tp)
    if kind is OPTIONAL:
        return _holds_records(kind.items(tp)[0])
    if kind is LIST:
        inner = kind.items(tp)[0]
        return (True, inner) if kind_of(inner) is RECORD else None
    return (False, tp) if kind is RECORD else None  # type: ignore[return-value]


def _declared_references(cls: type, seen: frozenset[type] = frozenset()) -> set[tuple[type, str]]:
    """(record class, field) for every ``refers_to`` in ``cls`` and the records it holds."""
    found: set[tuple[type, str]] = set()
    for a in attrs.fields(cls):
        if REFERS_TO in a.metadata:
            found.add((cls, a.name))
        held = _holds_records(typing.get_type_hints(cls)[a.name])
        if held is not None and held[1] not in seen:
            found |= _declared_references(held[1], seen | {held[1]})
    return found


def _sites(cls: type, data: dict[str, Any], path: str) -> Iterator[tuple[type, str, str, Any, Any]]:
    """(class, field, path, container, key) for each id a ``refers_to`` field holds in ``data``."""
    hints = typing.get_type_hints(cls)
    for a in attrs.fields(cls):
        value = data.get(a.name)
        here = f"{path}.{a.name}"
        if REFERS_TO in a.metadata:
            if isinstance(value, list):
                yield from ((cls, a.name, f"{here}[{j}]", value, j) for j in range(len(value)))
            else:
                yield cls, a.name, here, data, a.name
            continue
        held = _holds_records(hints[a.name])
        if held is not None and value is not None:
            many, inner = held
            items = enumerate(value) if many else [(None, value)]
            for i, item in items:
                yield from _sites(inner, item, here if i is None else f"{here}[{i}]")


@functools.cache
def _small_home() -> dict[str, Any]:
    """The sample home cut down to a few of each list, every id still naming a record.

    Each list of the home is cut to its first three records and the first
    that fills each of its references the three leave empty; then every
    record an id names and the cut left out is put back, until none is
    missing. Nothing here names the home's lists: a new one is cut too.
    """
    full = lb.to_dict(lb.samples.home())
    hints = typing.get_type_hints(lb.Home)
    lists: dict[str, type] = {}
    for a in attrs.fields(lb.Home):
        held = _holds_records(hints[a.name])
        if held is not None and held[0]:
            lists[a.name] = held[1]
    data = {**full, **{name: list(full[name][:3]) for name in lists}}
    for where, inner in lists.items():
        # and the first record that fills each reference the first three leave empty
        for ref in sorted(_declared_references(inner), key=lambda r: (r[0].__name__, r[1])):
            if any(s[:2] == ref for r in data[where] for s in _sites(inner, r, "$")):
                continue
            record = next(
                (r for r in full[where] if any(s[:2] == ref for s in _sites(inner, r, "$"))),
                None,
            )
            if record is not None:
                data[where].append(record)
    while True:
        added = False
        for cls, name, _, container, key in list(_sites(lb.Home, data, "$")):
            value = container[key]
            targets = attrs.fields_dict(cls)[name].metadata[REFERS_TO]
            for where, inner in lists.items():
                if value is None or not issubclass(inner, targets):
                    continue
                if any(r.get("id") == value for r in data[where]):
                    break
                record = next((r for r in full[where] if r.get("id") == value), None)
                if record is not None:
                    data[where].append(record)
                    added = True
                    break
        if not added:
            return data


HOME_REFERENCES = sorted(_declared_references(lb.Home), key=lambda r: (r[0].__name__, r[1]))


def test_the_home_checks_the_references_it_used_to_check_by_hand() -> None:
    assert len(HOME_REFERENCES) >= 11


@pytest.mark.parametrize("broken", [False, True], ids=["whole", "with-a-field-unread"])
@pytest.mark.parametrize("ref", HOME_REFERENCES, ids=lambda r: f"{r[0].__name__}.{r[1]}")
def test_an_id_that_names_no_record_is_a_problem_at_its_path(
    ref: tuple[type, str], broken: bool
) -> None:
    data = copy.deepcopy(_small_home())
    site = next((s for s in _sites(lb.Home, data, "$") if s[:2] == ref), None)
    assert site is not None, f"the sample home has no {ref[0].__name__}.{ref[1]} to spoil"
    _, _, path, container, key = site
    container[key] = "no-such-id"
    if broken:
        data["county"] = 5  # read by no reference: the detailed pass must still check them
    with pytest.raises(lb.InvalidData) as err:
        lb.from_dict(data, lb.Home)
    found = {(p.path, p.code): p for p in err.value.problems}
    assert (path, "reference") in found, sorted(found)
    p = found[path, "reference"]
    assert "'no-such-id'" in p.message_en and "'no-such-id'" in p.message_zh
    assert {q.code for q in err.value.problems} <= {"reference", "type"}


@functools.cache
def _schema(cls: type) -> dict[str, Any]:
    return lb.json_schema(cls, lang="en")


@pytest.mark.parametrize(
    ("cls", "name"),
    [
        (cls, a.name)
        for cls in record_classes()
        for a in attrs.fields(cls)
        if bounds_of(a) is not None or REFERS_TO in a.metadata
    ],
    ids=lambda x: getattr(x, "__name__", x),
)
def test_the_schema_shows_the_bounds_and_the_reference(cls: type, name: str) -> None:
    a = attrs.fields_dict(cls)[name]
    prop = _schema(cls)["$defs"][cls.__name__]["properties"][name]
    bounds = bounds_of(a)
    if bounds is not None:
        low = "exclusiveMinimum" if bounds.exclusive else "minimum"
        assert prop.get(low) == bounds.minimum and prop.get("maximum") == bounds.maximum
        assert bounds.span().en in prop["description"]
    for target in a.metadata.get(REFERS_TO, ()):
        for named in referred((target,)):
            assert named.__name__ in prop["description"]
