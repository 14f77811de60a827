"""Every record survives the way out and back in, in both key styles."""

from __future__ import annotations

import datetime as dt
import json
import re
import typing
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import left_behind as lb
from documents import DOCUMENT_TYPES, instances, shicun_report, shicun_summary
from left_behind import testing as lt
from profiles import examples

STYLES = ("snake", "camel")
RECORDS = lt.RECORD_TYPES
SETTINGS = settings(max_examples=examples(0.4))


def test_every_record_class_is_covered() -> None:
    """The strategies cover every record class of the register that the package exports."""
    # every record a document can hold (read from the declarations by the schema's
    # walk), of the register's modules: the strategies draw each one
    exported = {
        cls
        for cls in lb.io.record_classes()
        if cls.__module__.startswith(("left_behind.model", "left_behind.calendar._records"))
    }
    assert exported == set(RECORDS)


def _camel(name: str) -> str:
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), name)


def _keys(data: Any) -> set[str]:
    """Every object key anywhere in plain data."""
    if isinstance(data, dict):
        return set(data) | {k for v in data.values() for k in _keys(v)}
    if isinstance(data, list):
        return {k for v in data for k in _keys(v)}
    return set()


def _field_names(cls: type) -> set[str]:
    """Every field name of ``cls`` and of the records nested in it."""
    names: set[str] = set()
    todo = [cls]
    seen: set[type] = set()
    while todo:
        c = todo.pop()
        if c in seen:
            continue
        seen.add(c)
        for f in attrs.fields(c):
            names.add(f.name)
        for tp in typing.get_type_hints(c).values():
            for arg in (tp, *typing.get_args(tp)):
                if isinstance(arg, type) and attrs.has(arg):
                    todo.append(arg)
    return names


def _is_plain(data: Any) -> bool:
    """Only what JSON has: dicts with string keys, lists, str, int, float, bool, None."""
    if isinstance(data, dict):
        return all(type(k) is str and _is_plain(v) for k, v in data.items())
    if isinstance(data, list):
        return all(_is_plain(v) for v in data)
    return data is None or type(data) in (str, int, float, bool)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
@SETTINGS
@given(data=st.data())
def test_json_roundtrip(
    cls: type[lb.kinds.Record], style: lb.kinds.Style, data: st.DataObject
) -> None:
    record = data.draw(st.from_type(cls))
    text = lb.to_json(record, style=style)
    back = lb.from_json(text, cls, style=style)
    assert back == record
    assert type(back) is cls
    # and the bytes a web framework hands over
    assert lb.from_json(text.encode("utf-8"), cls, style=style) == record


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
@SETTINGS
@given(data=st.data())
def test_dict_roundtrip(
    cls: type[lb.kinds.Record], style: lb.kinds.Style, data: st.DataObject
) -> None:
    record = data.draw(st.from_type(cls))
    plain = lb.to_dict(record, style=style)
    assert _is_plain(plain)
    assert lb.from_dict(plain, cls, style=style) == record
    # the dict and the JSON text carry the same data
    assert json.loads(lb.to_json(record, style=style)) == plain


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
@SETTINGS
@given(data=st.data())
def test_key_styles(cls: type[lb.kinds.Record], data: st.DataObject) -> None:
    record = data.draw(st.from_type(cls))
    names = _field_names(cls)
    snake_keys = _keys(lb.to_dict(record, style="snake"))
    camel_keys = _keys(lb.to_dict(record, style="camel"))
    assert snake_keys <= names
    assert camel_keys <= {_camel(n) for n in names}
    assert not any("_" in k for k in camel_keys), camel_keys
    # a field with an underscore in its name is written camelCase, never snake_case
    assert not camel_keys & {n for n in names if "_" in n}


@pytest.mark.parametrize("style", STYLES)
@SETTINGS
@given(child=lt.children())
def test_private_fields_travel_whole(style: lb.kinds.Style, child: lb.Child) -> None:
    """Masking is for display only: the data that leaves keeps every character."""
    back = lb.from_json(lb.to_json(child, style=style), lb.Child, style=style)
    if child.id_number is not None:
        assert back.id_number is not None
        assert back.id_number.reveal() == child.id_number.reveal()
        assert type(back.id_number) is lb.kinds.IdNumber
    for mine, theirs in zip(child.parents, back.parents, strict=True):
        if mine.phone is not None:
            assert theirs.phone is not None
            assert theirs.phone.reveal() == mine.phone.reveal()
            assert type(theirs.phone) is lb.kinds.Phone
    assert back.address == child.address
    assert back.name == child.name


@pytest.mark.parametrize("style", STYLES)
@SETTINGS
@given(child=lt.children(), days=st.integers(0, 3000))  # classify refuses the unborn
def test_classification_roundtrip(style: lb.kinds.Style, child: lb.Child, days: int) -> None:
    result = lb.classify(child, on=child.birth_date + dt.timedelta(days=days))
    assert lb.from_json(lb.to_json(result, style=style), type(result), style=style) == result


# --- the library's own documents: policy, report, summary, risk, classification ----------

DOCUMENT_SETTINGS = settings(
    max_examples=examples(0.25), suppress_health_check=[HealthCheck.too_slow]
)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("cls", DOCUMENT_TYPES, ids=lambda c: c.__name__)
@DOCUMENT_SETTINGS
@given(data=st.data())
def test_document_roundtrip(
    cls: type[lb.kinds.Record], style: lb.kinds.Style, data: st.DataObject
) -> None:
    record = data.draw(instances(cls))
    assert type(record) is cls
    text = lb.to_json(record, style=style)
    assert lb.from_json(text, cls, style=style) == record
    assert lb.from_json(text.encode("utf-8"), cls, style=style) == record
    plain = lb.to_dict(record, style=style)
    assert _is_plain(plain)
    assert lb.from_dict(plain, cls, style=style) == record
    assert json.loads(text) == plain
    keys = _keys(plain)
    names = _field_names(cls)
    assert keys <= (names if style == "snake" else {_camel(n) for n in names})


@pytest.mark.parametrize("style", STYLES)
def test_sample_documents_roundtrip(style: lb.kinds.Style) -> None:
    """The documents of the sample village, whole: every finding, every row."""
    register = lb.samples.shicun()
    on = lb.samples.REFERENCE_DATE
    child = register.child("SC-018")
    for record in (
        shicun_report(),
        shicun_summary(),
        lb.assess_risk(child, on=on),
        lb.classify(child, on=on),
        attrs.evolve(lb.Policy(), notice_days=15),
    ):
        cls = type(record)
        assert lb.from_json(lb.to_json(record, style=style), cls, style=style) == record
    assert shicun_report().findings  # a report with something in it


def test_snake_and_camel_keys_by_example() -> None:
    card = lb.ContactCard(father=lb.kinds.Phone("139 0000 1234"))
    situation = lb.model.ParentSituation(
        situation=lb.model.Situation.WORKING_AWAY,
        since=dt.date(2024, 2, 20),
        expected_return=dt.date(2025, 1, 25),
    )
    assert lb.to_dict(card)["father"] == "13900001234"  # a phone is kept in one form
    snake = lb.to_dict(situation)
    camel = lb.to_dict(situation, style="camel")
    assert snake["expected_return"] == "2025-01-25"
    assert camel["expectedReturn"] == "2025-01-25"
    assert "expected_return" not in camel
    assert lb.to_dict(lb.Register(), style="camel")["schemaVersion"] == lb.model.SCHEMA_VERSION


def test_shicun_register_roundtrip() -> None:
    register = lb.samples.shicun()
    for style in STYLES:
        assert lb.from_json(lb.to_json(register, style=style), lb.Register, style=style) == register
