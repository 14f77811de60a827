"""The io functions' own contract: the key style, its documentation, keys given twice."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import left_behind as lb
from builders import CHILD_DOC, minimal_child
from left_behind import testing as lt
from profiles import examples

BAD_STYLES = ["kebab", "Snake", "CAMEL", "", None, 1, "snake_case"]


@pytest.mark.parametrize("style", BAD_STYLES, ids=repr)
def test_a_bad_style_is_a_programming_error(style: Any) -> None:
    """Not InvalidData: the data is fine, the program asked for a style that does not exist."""
    child = minimal_child()
    calls = [
        lambda: lb.to_dict(child, style=style),
        lambda: lb.to_json(child, style=style),
        lambda: lb.from_dict(CHILD_DOC, lb.Child, style=style),
        lambda: lb.from_json(lb.to_json(child), lb.Child, style=style),
        lambda: lb.from_dict({}, lb.Register, style=style),
        # the style is checked first, before the data
        lambda: lb.from_dict({"bad": 1}, lb.Child, style=style),
        lambda: lb.from_json("{not json", lb.Child, style=style),
    ]
    for call in calls:
        with pytest.raises(ValueError) as info:
            call()
        assert type(info.value) is ValueError
        assert "'snake' or 'camel'" in str(info.value)


def test_style_is_documented_where_it_is_used() -> None:
    package = inspect.getdoc(lb.io) or ""
    assert "Style" in package
    assert "snake" in package and "camel" in package
    to_dict = inspect.getdoc(lb.to_dict) or ""
    assert "Style" in to_dict
    assert "birthDate" in to_dict and "birth_date" in to_dict


# --- a key given twice in one JSON object -----------------------------------------------

EVENT = '{"on": "2026-03-01", "parent": "mother", "party": "both", "mode": "video"}'


def problems_of(text: str | bytes, cls: type, style: str = "snake") -> list[tuple[str, str]]:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, cls, style=style)  # type: ignore[arg-type]
    return [(p.path, p.code) for p in info.value.problems]


def test_a_repeated_key_is_a_problem_not_the_last_value() -> None:
    text = EVENT[:-1] + ', "mode": "call"}'
    assert problems_of(text, lb.ContactEvent) == [("$.mode", "duplicate_key")]
    # the same value twice is still two keys
    assert problems_of(EVENT[:-1] + ', "mode": "video"}', lb.ContactEvent) == [
        ("$.mode", "duplicate_key")
    ]
    assert lb.from_json(EVENT, lb.ContactEvent).mode is lb.model.ContactMode.VIDEO


def test_repeated_keys_deep_inside_and_with_other_problems() -> None:
    register = lb.Register(children=[minimal_child(), minimal_child(id="c-2")])
    text = lb.to_json(register, style="camel")
    spoiled = text.replace('"birthDate": "2015-03-02"', '"birthDate": "2015/3/2"', 1).replace(
        '"stage": "primary_4",', '"stage": "primary_4", "stage": "primary_5", "x y": 1, "x y": 2,'
    )
    assert problems_of(spoiled, lb.Register, "camel") == [
        ("$.children[0].stage", "duplicate_key"),
        ("$.children[0]['***']", "duplicate_key"),
        ("$.children[1].stage", "duplicate_key"),
        ("$.children[1]['***']", "duplicate_key"),
        ("$.children[0].birthDate", "format"),
        ("$.children[0]['***']", "unknown_key"),
        ("$.children[1]['***']", "unknown_key"),
    ]


def test_a_repeated_private_key_is_masked() -> None:
    number = "990101201503020685"
    text = EVENT[:-1] + f', "{number}": 1, "{number}": 2}}'
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, lb.ContactEvent)
    assert number not in str(info.value)
    assert ("$['99**************85']", "duplicate_key") in [
        (p.path, p.code) for p in info.value.problems
    ]


@pytest.mark.parametrize(
    "name",
    [
        "示例:村",  # a colon inside a string: the text has more colons than keys
        "示例\\u003a村",  # an escaped colon: no colon in the text, one in the value
        "a: b: c",
    ],
)
def test_colons_inside_strings(name: str) -> None:
    child = {**CHILD_DOC, "village": name}
    text = json.dumps(child, ensure_ascii=False).replace("\\\\u003a", "\\u003a")
    loaded = lb.from_json(text, lb.Child)
    assert loaded.village == json.loads(text)["village"]
    twice = text[:-1] + ', "village": "x"}'
    assert problems_of(twice, lb.Child) == [("$.village", "duplicate_key")]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_repeated_keys_in_bytes(encoding: str) -> None:
    text = json.dumps(CHILD_DOC, ensure_ascii=False)
    assert lb.from_json(text.encode(encoding), lb.Child) == minimal_child()
    twice = text[:-1] + ', "sex": "male"}'
    assert problems_of(twice.encode(encoding), lb.Child) == [("$.sex", "duplicate_key")]


def test_repeated_keys_in_a_policy() -> None:
    """A document whose loader cannot count keys on the quick way is read the careful way."""
    assert problems_of('{"notice_days": 10, "notice_days": 20}', lb.Policy) == [
        ("$.notice_days", "duplicate_key")
    ]
    assert lb.from_json('{"notice_days": 10}', lb.Policy).notice_days == 10


def _dumps_repeating(data: Any, target: int, counter: list[int], value: Any) -> str:
    """JSON text of ``data`` in which the ``target``-th object repeats its first key."""
    if isinstance(data, dict):
        index = counter[0]
        counter[0] += 1
        parts = [
            f"{json.dumps(k, ensure_ascii=False)}: {_dumps_repeating(v, target, counter, value)}"
            for k, v in data.items()
        ]
        if index == target and data:
            first = next(iter(data))
            parts.append(f"{json.dumps(first)}: {json.dumps(value, ensure_ascii=False)}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(data, list):
        return "[" + ", ".join(_dumps_repeating(v, target, counter, value) for v in data) + "]"
    return json.dumps(data, ensure_ascii=False)


def _objects(data: Any, path: str = "$") -> list[tuple[str, dict[str, Any]]]:
    """Every object in ``data`` with its path, in the order of the text."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(data, dict):
        found.append((path, data))
        for k, v in data.items():
            found += _objects(v, f"{path}.{k}")
    elif isinstance(data, list):
        for i, v in enumerate(data):
            found += _objects(v, f"{path}[{i}]")
    return found


@pytest.mark.parametrize("style", ["snake", "camel"])
@pytest.mark.parametrize("cls", lt.RECORD_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=examples(0.3), suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_repeated_key_is_found(cls: type, style: str, data: st.DataObject) -> None:
    doc = data.draw(lt.documents(cls, style=style))  # type: ignore[arg-type]
    text = json.dumps(doc, ensure_ascii=False)
    assert lb.from_json(text, cls, style=style) == lb.from_dict(doc, cls, style=style)  # type: ignore[arg-type]
    objects = _objects(doc)
    keyed = [i for i, (_, obj) in enumerate(objects) if obj]
    assume(keyed)  # an object with no key has none to repeat
    target = data.draw(st.sampled_from(keyed))
    path, obj = objects[target]
    value = data.draw(st.one_of(st.just(next(iter(obj.values()))), lt.json_values(max_leaves=3)))
    spoiled = _dumps_repeating(doc, target, [0], value)
    first = next(iter(obj))
    assert (f"{path}.{first}", "duplicate_key") in problems_of(spoiled, cls, style)
