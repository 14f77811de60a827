"""The growth record (成长记录): its entries, their order, and the counsellors' own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.model import GrowthArea, GrowthEntry, WriterRole, growth_record
from left_behind.testing.support import ON, kid
from profiles import examples

DAY = dt.date(2026, 3, 2)


def entry(**changes: Any) -> dict[str, Any]:
    """A teacher's entry on study, as plain data."""
    base = {
        "on": DAY.isoformat(),
        "by": "t-01",
        "role": "teacher",
        "area": "study",
        "text": "按时完成作业",
    }
    return {**base, **changes}


def problems(data: dict[str, Any], cls: type = GrowthEntry) -> set[tuple[str, str]]:
    with pytest.raises(lb.InvalidData) as err:
        lb.from_dict(data, cls)
    return {(p.path, p.code) for p in err.value.problems}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        # the psychological-health file is a counsellor's: a teacher's entry is not in it
        ({"counsellor_only": True}, ("$.counsellor_only", "inconsistent")),
        ({"text": "  "}, ("$.text", "empty")),
        ({"by": ""}, ("$.by", "empty")),
        ({"area": "mood"}, ("$.area", "choice")),
        ({"role": "parent"}, ("$.role", "choice")),
    ],
)
def test_a_malformed_entry_is_refused_at_its_path(
    changes: dict[str, Any], expected: tuple[str, str]
) -> None:
    assert expected in problems(entry(**changes))


def test_a_counsellors_entry_may_be_kept_in_the_psychological_health_file() -> None:
    e = lb.from_dict(entry(role="counsellor", area="feelings", counsellor_only=True), GrowthEntry)
    assert e.counsellor_only and e.role is WriterRole.COUNSELLOR


def _child_with(*days: dt.date) -> dict[str, Any]:
    growth = [entry(on=d.isoformat()) for d in days]
    return {**lb.to_dict(kid()), "growth": growth}


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        # oldest first; the same day twice is fine
        ((DAY, DAY - dt.timedelta(days=1)), {("$.growth[1].on", "order")}),
        ((DAY, DAY, DAY + dt.timedelta(days=1)), set()),
        # nothing in the file before the child's birth (kid() was born on 2 April 2016)
        ((dt.date(2016, 4, 1),), {("$.growth[0].on", "order")}),
        ((dt.date(2016, 4, 2),), set()),
    ],
)
def test_a_childs_growth_record_is_kept_oldest_first_from_birth(
    days: tuple[dt.date, ...], expected: set[tuple[str, str]]
) -> None:
    data = _child_with(*days)
    if expected:
        assert problems(data, lb.Child) == expected
    else:
        assert len(lb.from_dict(data, lb.Child).growth) == len(days)


def test_growth_is_the_last_field_of_the_childs_file_and_empty_by_default() -> None:
    assert attrs.fields(lb.Child)[-1].name == "growth"
    assert kid().growth == ()


@settings(max_examples=examples(0.5))
@given(entries=st.lists(lt.growth_entries(on=ON), max_size=6), counsellor=st.booleans())
def test_a_reader_sees_the_counsellors_entries_only_when_asked(
    entries: list[GrowthEntry], counsellor: bool
) -> None:
    seen = growth_record(entries, counsellor=counsellor)
    expected = [e for e in entries if counsellor or not e.counsellor_only]
    assert list(seen) == expected  # in the record's order
    assert counsellor or not any(e.counsellor_only for e in seen)


@settings(max_examples=examples(0.5))
@given(e=lt.growth_entries(on=ON))
def test_an_entrys_text_is_masked_in_repr(e: GrowthEntry) -> None:
    assert e.text not in repr(e) and e.text not in repr((e,))
    assert attrs.fields(GrowthEntry).text.metadata[lb.kinds.PRIVATE]


def test_areas_and_roles_read_in_both_languages() -> None:
    assert GrowthArea.FEELINGS.label("en") == "feelings and mood"
    assert WriterRole.CHILDRENS_DIRECTOR.label() == "儿童主任"
