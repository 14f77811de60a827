"""The records' own checks across fields: empty text, impossible dates, words of the messages."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import settings

import left_behind as lb
from builders import CHILD_DOC, minimal_child

SETTINGS = settings(max_examples=40, deadline=None)
BLANKS = ["", " ", "\u3000", "\t\n"]  # \u3000: the full-width space of Chinese input


def problems_of(fn: Any, *args: Any, **kwargs: Any) -> list[tuple[str, str]]:
    with pytest.raises(lb.InvalidData) as info:
        fn(*args, **kwargs)
    return [(p.path, p.code) for p in info.value.problems]


def guardian(**changes: Any) -> lb.LegalGuardian:
    fields: dict[str, Any] = {
        "kind": lb.GuardianKind.GRANDPARENT,
        "name": "林桂兰",
        "since": dt.date(2020, 5, 1),
    }
    return lb.LegalGuardian(**{**fields, **changes})


# --- empty text -------------------------------------------------------------------------


@pytest.mark.parametrize("blank", BLANKS, ids=repr)
@pytest.mark.parametrize("field", ["county", "township", "village"])
def test_a_childs_place_is_never_empty(field: str, blank: str) -> None:
    assert problems_of(minimal_child, **{field: blank}) == [(f"$.{field}", "empty")]
    assert problems_of(lb.from_dict, {**CHILD_DOC, field: blank}, lb.Child) == [
        (f"$.{field}", "empty")
    ]


def test_every_empty_place_is_reported() -> None:
    assert problems_of(minimal_child, name="", county="", township=" ", village="") == [
        ("$.name", "empty"),
        ("$.county", "empty"),
        ("$.township", "empty"),
        ("$.village", "empty"),
    ]


@pytest.mark.parametrize("blank", BLANKS, ids=repr)
def test_a_guardians_name_is_never_empty(blank: str) -> None:
    assert problems_of(guardian, name=blank) == [("$.name", "empty")]
    doc = lb.to_dict(minimal_child(guardian=guardian()))
    doc["guardian"]["name"] = blank
    assert problems_of(lb.from_dict, doc, lb.Child) == [("$.guardian.name", "empty")]
