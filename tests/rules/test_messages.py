"""Messages a township worker can read: fields in words, problems in two languages, JSON."""

from __future__ import annotations

import json
import typing
from typing import Any

import attrs
import pytest

import left_behind as lb
from left_behind.kinds import WORDS
from left_behind.kinds._kinds import kind_of
from left_behind.kinds._paths import path_words

ON = lb.samples.REFERENCE_DATE


def _records(cls: type, seen: set[type]) -> set[type]:
    """``cls`` and every record class its fields hold."""
    if cls in seen:
        return seen
    seen.add(cls)
    hints = typing.get_type_hints(cls)
    todo: list[Any] = [hints[a.name] for a in attrs.fields(cls)]
    while todo:
        tp = todo.pop()
        kind = kind_of(tp)
        if kind.name == "record":
            _records(tp, seen)
        todo.extend(kind.items(tp))
    return seen


REGISTER_RECORDS = sorted(_records(lb.Home, set()), key=lambda c: c.__name__)


@pytest.mark.parametrize("cls", REGISTER_RECORDS, ids=lambda c: c.__name__)
def test_every_field_of_the_register_says_what_it_holds(cls: type) -> None:
    for a in attrs.fields(cls):
        zh, en = a.metadata[WORDS].zh, a.metadata[WORDS].en
        assert zh.strip() and en.strip(), (cls.__name__, a.name)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), (cls.__name__, a.name)


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_every_finding_of_the_sample_names_its_field_in_words(style: lb.kinds.Style) -> None:
    report = lb.check(lb.samples.shicun(), on=ON, style=style)
    rules = lb.default_rules()
    for f in report.findings:
        cls = rules.get(f.rule_id).subject.cls
        for lang in ("zh", "en"):
            words = path_words(cls, f.path, lang)
            assert "$" not in words and "_" not in words, (f.path, words)
            assert not any(step in words for step in ("care[", "carer.", "contacts")), words


@pytest.mark.parametrize(
    ("path", "zh", "en"),
    [
        (
            "$.care[0].carer.records[0]",
            "第 1 条照护安排的委托照护人的第 1 条记录",
            "care arrangement 1 › the entrusted carer › record 1",
        ),
        ("$.contacts", "联系记录", "contact"),
        (
            "$.care[1].schoolNotifiedOn",
            "第 2 条照护安排的书面告知学校日期",
            "care arrangement 2 › the day the school was told",
        ),
        (
            "$.parents[1].situations[0].until",
            "第 2 条父母记录的第 1 条状况的结束日期",
            "parent 2 › situation 1 › the day it ended",
        ),
        ("$", "整条记录", "the whole record"),
        ("$.nickname", "nickname", "nickname"),  # a key the record does not have: as written
        ("$.care[0].nickname", "第 1 条照护安排的nickname", "care arrangement 1 › nickname"),
    ],
)
def test_paths_in_words(path: str, zh: str, en: str) -> None:
    assert path_words(lb.Child, path) == zh
    assert path_words(lb.Child, path, "en") == en


def test_invalid_data_has_one_json_form() -> None:
    text = '{"children": [{"id": "c-1", "sex": "boy", "birthDate": "2016-02-30"}]}'
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, lb.Register, style="camel")
    err = info.value
    for style, zh_key, en_key in (
        ("snake", "message_zh", "message_en"),
        ("camel", "messageZh", "messageEn"),
    ):
        data = json.loads(err.to_json(style=style))
        assert list(data) == ["problems", "complete"]
        assert data["complete"] is err.complete
        assert len(data["problems"]) == len(err.problems)
        for got, p in zip(data["problems"], err.problems, strict=True):
            assert set(got) == {"path", "keys", "code", zh_key, en_key}
            assert got["path"] == p.path and got["code"] == p.code
            assert got[zh_key] == p.message() and got[en_key] == p.message("en")
            assert tuple(got["keys"]) == p.keys
    by_path = {p.path: p for p in err.problems}
    assert by_path["$.children[0].birthDate"].keys == ("children", 0, "birthDate")
    assert err.to_dict(style="camel")["problems"][0]["keys"][:2] == ["children", 0]
    with pytest.raises(ValueError, match="'snake' or 'camel'"):
        err.to_dict(style="kebab")  # type: ignore[arg-type]


def test_a_masked_key_is_one_key_in_the_list() -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict({"on": "2026-03-01", "990101201503020685": 1}, lb.ContactEvent)
    keys = {p.keys for p in info.value.problems}
    assert ("99**************85",) in keys


def test_problems_speak_chinese_by_default_and_english_when_asked() -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json('{"on": "2026-03-01", "parent": "母亲", "party": "both"}', lb.ContactEvent)
    err = info.value
    assert err.text().startswith("2 个问题：\n  $.parent：")
    assert "“母亲”是显示给人看的名称，不是取值：请写 'mother'" in err.text()
    assert err.text("en") == str(err)
    assert str(err).startswith("2 problems:\n  $.parent: '母亲' is a label")
