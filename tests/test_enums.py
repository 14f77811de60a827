"""Every enumeration: stable lowercase values, a Chinese and an English label for each member."""

from __future__ import annotations

import json
import pickle
import re
import typing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt

ENUMS = lt.ENUM_TYPES
MEMBERS = [m for e in ENUMS for m in e]
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_the_enumerations_are_all_found() -> None:
    # every enumeration used by a record field is among them, and the package exports each
    used: set[type] = set()
    for cls in lt.RECORD_TYPES:
        for hint in typing.get_type_hints(cls).values():
            for tp in (hint, *typing.get_args(hint)):
                if isinstance(tp, type) and issubclass(tp, lb.LabelledEnum):
                    used.add(tp)
    assert used <= set(ENUMS)
    assert len(used) >= 20
    for e in ENUMS:
        assert getattr(lb, e.__name__) is e, e
        assert e.__name__ in lb.__all__


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_member(member: lb.LabelledEnum) -> None:
    cls = type(member)
    # a stable lowercase value that names the member
    assert isinstance(member.value, str)
    assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", member.value), member.value
    # the value round-trips, through the class, JSON and pickle
    assert cls(member.value) is member
    assert cls(json.loads(json.dumps(member.value))) is member
    assert pickle.loads(pickle.dumps(member)) is member
    # labels: Chinese by default, English on request
    zh, en = member.label(), member.label("en")
    assert member.label("zh") == zh
    assert zh.strip() == zh and CJK.search(zh), zh
    assert en.strip() == en and en.isascii() and re.search(r"[a-z]", en), en
    assert not CJK.search(en)


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: c.__name__)
def test_enumeration(cls: type[lb.LabelledEnum]) -> None:
    members = list(cls)
    assert members, cls
    values = [m.value for m in members]
    assert len(set(values)) == len(values)
    assert cls.values() == tuple(values)
    # a person choosing from a list can tell every member apart, in either language
    for lang in ("zh", "en"):
        labels = [m.label(lang) for m in members]  # type: ignore[arg-type]
        assert len(set(labels)) == len(labels), (cls.__name__, lang, labels)
    assert cls.__doc__ and cls.__doc__.strip()


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: c.__name__)
@pytest.mark.parametrize(
    "text", ["", "unknown", "MALE", " male", "男", "Female", "None", "1"], ids=repr
)
def test_not_a_value(cls: type[lb.LabelledEnum], text: str) -> None:
    if text in cls.values():  # pragma: no cover - none of these is a value
        return
    with pytest.raises(ValueError):
        cls(text)


@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_registered_strategies_give_members(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(ENUMS))
    member = data.draw(st.from_type(cls))
    assert type(member) is cls


def test_domain_words_by_example() -> None:
    """A few labels the users write, from DOMAIN.md."""
    assert lb.ChildStatus.LEFT_BEHIND.label() == "留守儿童"
    assert lb.ChildStatus.DE_FACTO_UNSUPPORTED.label() == "事实无人抚养儿童"
    assert lb.GuardianshipType.PATERNAL_GRANDPARENTS.label() == "祖父母"
    assert lb.GuardianshipType.MATERNAL_GRANDPARENTS.label() == "外祖父母"
    assert lb.CivilCapacity.NONE.label() == "无民事行为能力"
    assert lb.CivilCapacity.LIMITED.label() == "限制民事行为能力"
    assert lb.CivilCapacity.FULL.label() == "完全民事行为能力"
