"""docs/file-format.md is the reference that the declarations give, and cannot drift from them."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import attrs
import pytest

import left_behind as lb
from left_behind.io import _reference, _schema
from left_behind.kinds._base import Record
from left_behind.kinds._fields import camel

ROOT = Path(__file__).resolve().parents[2]
FILE_FORMAT = ROOT / "docs" / "file-format.md"


@pytest.fixture(scope="module")
def text() -> str:
    return lb.io.file_format_reference()


def test_the_committed_reference_is_the_generated_one(text: str) -> None:
    committed = FILE_FORMAT.read_text(encoding="utf-8")
    assert committed == text, (
        "docs/file-format.md differs from what the declarations give;"
        f" regenerate it with: {_reference.REGENERATE}"
    )


def sections(text: str) -> dict[str, str]:
    """The text under each ``### Name`` heading."""
    parts = re.split(r"^### (\w+)\s*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_record_has_a_row_for_each_field(text: str) -> None:
    found = sections(text)
    for cls in lb.io.record_classes():
        body = found[cls.__name__]
        rows = re.findall(r"^\| `(\w+)` \| `(\w+)` \|", body, flags=re.MULTILINE)
        assert rows == [(a.name, camel(a.name)) for a in attrs.fields(cls)], cls


def test_every_required_field_says_so_and_every_default_is_its_json(text: str) -> None:
    body = sections(text)["Child"]
    assert "| `birth_date` | `birthDate` | a date (YYYY-MM-DD) | required |" in body
    assert '| `hukou` | `hukou` | [Hukou](#hukou) | `"rural"` |' in body
    assert "| `name` | `name` | a string | required | 儿童姓名 (the child's name) |" in body
    assert "private, not blank" in body
    policy = sections(text)["Policy"]
    weights = json.dumps(lb.to_dict(lb.rules.RiskWeights()), ensure_ascii=False)
    assert f"`{weights}`" in policy


def test_every_enumeration_lists_its_values_and_labels(text: str) -> None:
    found = sections(text)
    for enum_cls in lb.io.enum_classes():
        body = found[enum_cls.__name__]
        for member in enum_cls:
            row = f"| `{member.value}` | {member.label('zh')} | {member.label('en')} |"
            assert row in body, row


def test_every_document_and_kind_is_listed(text: str) -> None:
    documents = text.split("## Documents", 1)[1].split("## Records", 1)[0]
    for cls in _schema.documents():
        assert f"| [{cls.__name__}](#{cls.__name__.lower()}) |" in documents
    kinds = text.split("## Kinds of value", 1)[1]
    for kind in lb.kinds.KINDS:
        assert f"| {kind.name} |" in kinds
    for code, _ in lb.io.LOADER_ONLY_CHECKS:
        assert f"- `{code}`: " in text


def test_every_link_has_its_section(text: str) -> None:
    anchors = {name.lower() for name in sections(text)}
    for target in re.findall(r"\]\(#(\w+)\)", text):
        assert target in anchors, target


def test_no_example_runs_in_the_reference(text: str) -> None:
    # pytest runs the examples of every Markdown file in docs/: docstrings stop before theirs
    assert ">>>" not in text


class Weekday(lb.kinds.LabelledEnum):
    """A day of the week (a made-up enumeration of a later record)."""

    MONDAY = "monday", "星期一", "Monday"
    SUNDAY = "sunday", "星期日", "Sunday"


@attrs.frozen(kw_only=True)
class Shift(Record):
    """A volunteer's shift at the home (a made-up record, as later issues will add)."""

    volunteer: str = lb.kinds.field(not_blank=True, words=("志愿者", "the volunteer"))
    day: Weekday
    on: dt.date | None = None


def test_a_record_declared_later_is_documented_with_no_other_edit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    try:
        with monkeypatch.context() as m:
            m.setattr(lb, "Shift", Shift, raising=False)
            m.setattr(lb, "__all__", [*lb.__all__, "Shift"])
            _schema.record_classes.cache_clear()
            _schema.enum_classes.cache_clear()
            text = lb.io.file_format_reference()
            assert Shift in _schema.documents()
            body = sections(text)["Shift"]
            assert "A volunteer's shift at the home" in body
            row = "| `volunteer` | `volunteer` | a string | required | 志愿者 (the volunteer) |"
            assert row in body
            assert "| `day` | `day` | [Weekday](#weekday) | required |" in body
            assert "| `monday` | 星期一 | Monday |" in sections(text)["Weekday"]
            assert "Weekday" in lb.io.label_tables()
    finally:
        _schema.record_classes.cache_clear()
        _schema.enum_classes.cache_clear()
    assert "Shift" not in lb.io.file_format_reference()
