"""The fast pass and the detailed pass of the loader accept exactly the same input.

Loading runs a generated fast pass first and falls back to cattrs' detailed
pass only to explain a failure. If the two ever disagreed, valid data could be
refused with no problem to show, or bad data could slip through the fast
pass unchecked. Here both run side by side on valid and spoiled documents.
"""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.kinds._convert import converter
from profiles import examples

SETTINGS = settings(max_examples=examples(0.6), suppress_health_check=[HealthCheck.too_slow])
# Values to put in the wrong place: near misses of what the fields take.
SPOILERS = st.one_of(
    st.sampled_from(
        [
            None,
            True,
            0,
            2.9,
            "",
            "2015-03-02",
            "2015-3-2",
            "2015-02-30",
            "２０１５-03-02",
            "2015-W10-1",
            "20150302",
            "990101201503020685",
            "99010120150302068x",
            "13900001234",
            "female",
            "working_away",
            [],
            {},
            ["reading", "reading"],
        ]
    ),
    lt.json_values(),
)


def _places(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document: dict keys and list indexes, depth first."""
    found = [path]
    if isinstance(doc, dict):
        for k, v in doc.items():
            found += _places(v, (*path, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            found += _places(v, (*path, i))
    return found


def _put(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    doc = copy.deepcopy(doc)
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return doc


def _outcome(data: Any, cls: type, style: str, detailed: bool) -> tuple[str, Any]:
    try:
        return ("ok", converter(style, detailed=detailed).structure(data, cls))  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - only whether it failed matters here
        return ("failed", None)


@pytest.mark.parametrize("style", ["snake", "camel"])
@pytest.mark.parametrize("cls", lt.RECORD_TYPES, ids=lambda c: c.__name__)
@SETTINGS
@given(data=st.data())
def test_both_passes_agree_on_spoiled_documents(cls: type, style: str, data: st.DataObject) -> None:
    doc = data.draw(lt.documents(cls, style=style))  # type: ignore[arg-type]
    for _ in range(data.draw(st.integers(0, 2))):
        place = data.draw(st.sampled_from(_places(doc)))
        doc = _put(doc, place, data.draw(SPOILERS))
    fast = _outcome(doc, cls, style, detailed=False)
    careful = _outcome(doc, cls, style, detailed=True)
    assert fast == careful
    if fast[0] == "ok":
        _remake(fast[1])


def _remake(obj: Any) -> None:
    """Make every record inside ``obj`` again through its constructor.

    The fast pass sets the fields of records it has type-checked itself; a
    record it makes must pass the constructor's own checks too.
    """
    if attrs.has(type(obj)):
        attrs.evolve(obj)
        for a in attrs.fields(type(obj)):
            _remake(getattr(obj, a.name))
    elif isinstance(obj, (tuple, frozenset)):
        for item in obj:
            _remake(item)


@pytest.mark.parametrize("cls", lt.RECORD_TYPES, ids=lambda c: c.__name__)
@SETTINGS
@given(data=st.data())
def test_valid_documents_pass_the_fast_pass(cls: type, data: st.DataObject) -> None:
    record = data.draw(lt.records(cls))
    loaded = converter("snake").structure(lb.to_dict(record), cls)
    assert loaded == record
    _remake(loaded)
