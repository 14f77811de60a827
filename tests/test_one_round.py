"""Loading reports every problem in one round, the cross-record ones included."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import functools
import inspect
import json
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind.io import record_classes
from left_behind.kinds._kinds import kind_or_none
from profiles import examples

SETTINGS = settings(max_examples=examples(0.4))


@functools.cache
def _register() -> dict[str, Any]:
    data: dict[str, Any] = lb.to_dict(lb.samples.shicun())
    return data


def _wrong_check_character(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last


def _label_instead_of_value(child: dict[str, Any]) -> tuple[str, str]:
    child["sex"] = lb.model.Sex(child["sex"]).label()
    return "sex", "choice"


def _date_before_birth(child: dict[str, Any]) -> tuple[str, str]:
    born = dt.date.fromisoformat(child["birth_date"])
    child["care"][0]["since"] = (born - dt.timedelta(days=1)).isoformat()
    return "care[0].since", "order"


def _check_character(child: dict[str, Any]) -> tuple[str, str]:
    child["id_number"] = _wrong_check_character(child["id_number"])
    return "id_number", "check_digit"


SPOILS = {
    "label": _label_instead_of_value,
    "before_birth": _date_before_birth,
    "check_character": _check_character,
}


def _spoilable(child: dict[str, Any]) -> bool:
    return bool(child["care"]) and child["id_number"] is not None


@st.composite
def spoiled_registers(draw: st.DrawFn) -> tuple[dict[str, Any], set[tuple[str, str]]]:
    """The sample register with some children spoiled, one kind of problem or more each,
    and one child's id given to another; with the problems each spoiling must cause."""
    data = copy.deepcopy(_register())
    candidates = [i for i, c in enumerate(data["children"]) if _spoilable(c)]
    picked = draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=4, unique=True))
    expected: set[tuple[str, str]] = set()
    for i in picked:
        kinds = draw(st.sets(st.sampled_from(sorted(SPOILS)), min_size=1))
        for kind in sorted(kinds):
            where, code = SPOILS[kind](data["children"][i])
            expected.add((f"$.children[{i}].{where}", code))
    first, second = sorted(
        draw(st.lists(st.sampled_from(candidates), min_size=2, max_size=2, unique=True))
    )
    data["children"][second]["id"] = data["children"][first]["id"]
    expected.add((f"$.children[{second}].id", "duplicate"))
    return data, expected


@SETTINGS
@given(spoiled_registers(), st.sampled_from(["dict", "json"]))
def test_every_kind_of_problem_in_one_round(
    case: tuple[dict[str, Any], set[tuple[str, str]]], way: str
) -> None:
    data, expected = case
    with pytest.raises(lb.InvalidData) as info:
        if way == "dict":
            lb.from_dict(data, lb.Register)
        else:
            lb.from_json(json.dumps(data, ensure_ascii=False), lb.Register)
    found = {(p.path, p.code) for p in info.value.problems}
    assert expected <= found
    # nothing said twice, and each problem is one the spoiling caused
    assert len(info.value.problems) == len(set(info.value.problems))
    spoiled = {path.split("].")[0] for path, _ in expected}
    assert all(p.path.split("].")[0] in spoiled for p in info.value.problems)


def test_the_example_of_the_report() -> None:
    """A label, a date before birth, a wrong check character and a repeated id, together."""
    data = copy.deepcopy(_register())
    kids = [i for i, c in enumerate(data["children"]) if _spoilable(c)]
    a, b, c, d = kids[:4]
    _label_instead_of_value(data["children"][a])
    _date_before_birth(data["children"][b])
    _check_character(data["children"][c])
    data["children"][d]["id"] = data["children"][a]["id"]
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(data, lb.Register)
    assert [(p.path, p.code) for p in info.value.problems] == [
        (f"$.children[{a}].sex", "choice"),
        (f"$.children[{b}].care[0].since", "order"),
        (f"$.children[{c}].id_number", "check_digit"),
        (f"$.children[{d}].id", "duplicate"),
    ]


def test_a_rule_on_a_value_not_read_waits_and_says_so() -> None:
    """A care arrangement before a birth date that is not a date cannot be judged yet."""
    data = copy.deepcopy(_register())
    i = next(i for i, c in enumerate(data["children"]) if _spoilable(c))
    data["children"][i]["birth_date"] = "2015-02-30"
    data["children"][i]["care"][0]["since"] = "1990-01-01"
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(data, lb.Register)
    err = info.value
    assert [(p.path, p.code) for p in err.problems] == [(f"$.children[{i}].birth_date", "date")]
    assert not err.complete
    assert err.text("en").splitlines()[-1].startswith("(some checks need values above")
    assert err.to_dict()["complete"] is False
    assert pickle.loads(pickle.dumps(err)).complete is False


def test_problems_that_say_everything_are_complete() -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(
            {"on": "2026-03-01", "parent": "aunt", "party": "both", "mode": "call"}, lb.ContactEvent
        )
    assert info.value.complete
    assert "more problems" not in str(info.value)


def test_references_between_records_in_the_same_round() -> None:
    """A home: a volunteer with a bad date, and a pairing naming a child who is not there."""
    home = lb.to_dict(lb.samples.home())
    home["volunteers"][0]["joined_on"] = "2026-13-01"
    home["pairings"][0]["child"] = "no-such-child"
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(home, lb.Home)
    found = {(p.path, p.code) for p in info.value.problems}
    assert ("$.volunteers[0].joined_on", "date") in found
    assert ("$.pairings[0].child", "reference") in found


# --- a class that is not a record ----------------------------------------------------


def _not_records() -> list[Any]:
    """The public classes that are neither records nor values records hold, and things
    that are not classes at all."""
    public = [getattr(lb, name) for name in lb.__all__]
    classes = [
        c
        for c in public
        if inspect.isclass(c) and c not in record_classes() and kind_or_none(c) is None
    ]
    return [*classes, dict, list[lb.Child], "Child", None]


@pytest.mark.parametrize("cls", _not_records(), ids=repr)
@pytest.mark.parametrize("way", ["dict", "json"])
def test_a_class_that_is_not_a_record_is_named(cls: Any, way: str) -> None:
    with pytest.raises(TypeError) as info:
        if way == "dict":
            lb.from_dict({}, cls)
        else:
            lb.from_json("{}", cls)
    text = str(info.value)
    assert "is not a record that can be read" in text
    assert "record_classes()" in text and "Register" in text
    assert "KINDS" not in text and "kind of value" not in text


@pytest.mark.parametrize(
    "cls", [*record_classes(), lb.kinds.IdNumber, tuple[lb.Child, ...], int], ids=repr
)
def test_every_record_and_value_is_readable(cls: type) -> None:
    # required keys missing are data, not a mistake in the program
    with contextlib.suppress(lb.InvalidData):
        lb.from_dict({}, cls)
