"""The io functions' own contract: the key style, its documentation, duplicate keys."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import left_behind as lb
from builders import CHILD_DOC, minimal_child

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
