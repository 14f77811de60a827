"""Problem codes are one documented table, and no problem carries a code outside it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_loaders_fuzz import LOADABLE, STYLES, VALUES, all_field_names, spoiled

import left_behind as lb
from left_behind.io._schema import LOADER_ONLY_CHECKS
from left_behind.kinds import Text, _errors

ROOT = Path(__file__).resolve().parents[2]
PROBLEMS = ROOT / "docs" / "problems.md"
CODES = frozenset(c.value for c in lb.kinds.ProblemCode)
HOSTILE = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_the_committed_page_is_the_generated_one() -> None:
    assert PROBLEMS.read_text(encoding="utf-8") == _errors.problem_codes_reference(), (
        "docs/problems.md differs from what ProblemCode gives;"
        f" regenerate it with: {_errors.REGENERATE_PROBLEMS}"
    )


def test_the_page_has_a_row_for_each_code_and_no_other() -> None:
    rows = re.findall(r"^\| `([a-z_]+)` \| (.+) \| (.+) \|$", PROBLEMS.read_text("utf-8"), re.M)
    assert [code for code, _, _ in rows] == [c.value for c in lb.kinds.ProblemCode]
    for (_, zh, en), c in zip(rows, lb.kinds.ProblemCode, strict=True):
        assert (zh, en) == (c.label(), c.label("en"))


@pytest.mark.parametrize("code", list(lb.kinds.ProblemCode), ids=lambda c: c.value)
def test_each_code_is_a_word_with_a_meaning_in_each_language(code: lb.kinds.ProblemCode) -> None:
    assert re.fullmatch(r"[a-z][a-z_]*", code.value)
    assert re.search(r"[\u4e00-\u9fff]", code.label()) and code.label("en").isascii()
    assert lb.kinds.ProblemCode(code.value) is code and code == code.value


def test_every_check_only_the_loader_makes_has_its_code_in_the_table() -> None:
    assert {code for code, _ in LOADER_ONLY_CHECKS} <= CODES


@given(st.text(max_size=20).filter(lambda t: t not in CODES))
def test_a_problem_refuses_a_code_not_in_the_table(code: str) -> None:
    with pytest.raises(ValueError, match="not a problem code"):
        lb.Problem(path="$", code=code, message_en="x", message_zh="x")


@given(st.sampled_from(list(lb.kinds.ProblemCode)), st.text(), st.text())
def test_a_problem_made_of_a_code_and_a_text_is_the_same_plain_problem(
    code: lb.kinds.ProblemCode, zh: str, en: str
) -> None:
    made = lb.Problem.of("$.x", code, Text(zh, en))
    plain = lb.Problem(path="$.x", code=code.value, message_en=en, message_zh=zh)
    assert made == plain and type(made.code) is str
    assert made.message_text == Text(zh, en)
    assert made.to_dict() == plain.to_dict()


def _codes(data: Any, cls: type, style: str) -> set[str]:
    try:
        lb.from_dict(data, cls, style=style)
    except lb.InvalidData as err:
        return {p.code for p in err.problems}
    return set()


@pytest.mark.parametrize("style", STYLES)
@HOSTILE
@given(
    cls=st.sampled_from(LOADABLE),
    data=st.one_of(VALUES, st.dictionaries(st.sampled_from(all_field_names()), VALUES)),
)
def test_hostile_input_gives_only_codes_of_the_table(cls: type, style: str, data: Any) -> None:
    assert _codes(data, cls, style) <= CODES


@pytest.mark.parametrize("style", STYLES)
@HOSTILE
@given(data=st.data())
def test_spoiled_documents_give_only_codes_of_the_table(style: str, data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(lb.testing.RECORD_TYPES))
    _, bad, _ = data.draw(spoiled(cls, style, 3))
    assert _codes(bad, cls, style) <= CODES


@pytest.mark.parametrize("text", [b"\xff\xfe", b"{", b"[1,]", b'{"a": 1, "a": 2}', "[" * 5000, ""])
def test_unreadable_text_gives_only_codes_of_the_table(text: str | bytes) -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, lb.Child)
    assert {p.code for p in info.value.problems} <= CODES


def test_every_label_enum_member_says_its_labels_as_one_text() -> None:
    for enum_cls in lb.io.enum_classes():
        for member in enum_cls:
            assert member.text == Text(member.label(), member.label("en"))
