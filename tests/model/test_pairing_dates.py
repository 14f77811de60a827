"""A pairing's dates follow its life: proposed, approved, started, closed.

A pairing whose dates are out of that order is malformed, and refused where
it comes in (by Python or from JSON), each problem on the later field: a
pairing closed before it started would otherwise count as closed from its
first day, and no rule on pairings would ever see it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import left_behind as lb
from left_behind.kinds._fields import camel

DAY = dt.date(2026, 3, 1)

# the life of a pairing: each pair (earlier, later) when both dates are given;
# the guardian's consent comes after the proposal, before or after the approval
IN_ORDER = (
    ("proposed_on", "guardian_consent_on"),
    ("proposed_on", "approved_on"),
    ("proposed_on", "started_on"),
    ("proposed_on", "closed_on"),
    ("approved_on", "started_on"),
    ("approved_on", "closed_on"),
    ("started_on", "closed_on"),
)

# a few days apart, so that equal dates (allowed) and every order come up
days = st.integers(min_value=0, max_value=4).map(lambda n: DAY + dt.timedelta(days=n))


@st.composite
def pairing_dates(draw: st.DrawFn) -> dict[str, dt.date | None]:
    dates: dict[str, dt.date | None] = {"proposed_on": draw(days)}
    for name in ("guardian_consent_on", "approved_on", "started_on", "closed_on"):
        dates[name] = draw(st.none() | days)
    return dates


def out_of_order(dates: dict[str, dt.date | None]) -> set[str]:
    """The later field of every pair of dates given in the wrong order."""
    found = set()
    for earlier, later in IN_ORDER:
        a, b = dates[earlier], dates[later]
        if a is not None and b is not None and b < a:
            found.add(later)
    return found


def build(dates: dict[str, Any]) -> lb.Pairing:
    return lb.Pairing(
        id="p-1", child="c-1", mentors=("v-1",), role=lb.model.MentorRole.TEACHER, **dates
    )


def order_problems(error: lb.InvalidData) -> list[str]:
    return [p.path for p in error.problems if p.code == "order"]


def expected_paths(dates: dict[str, dt.date | None], key: Any) -> list[str]:
    return sorted(f"$.{key(name)}" for name in out_of_order(dates))


def other_problems(dates: dict[str, dt.date | None]) -> bool:
    """Started with no approval: malformed too, whatever the order."""
    return dates["started_on"] is not None and dates["approved_on"] is None


@given(dates=pairing_dates())
def test_a_pairing_is_made_iff_its_dates_are_in_order(dates: dict[str, dt.date | None]) -> None:
    wrong = out_of_order(dates)
    if not wrong and not other_problems(dates):
        assert build(dates).closed_on == dates["closed_on"]
        return
    with pytest.raises(lb.InvalidData) as info:
        build(dates)
    # one problem on each later field, none elsewhere
    assert sorted(order_problems(info.value)) == expected_paths(dates, str)
    for p in info.value.problems:
        if p.code == "order":
            value = dates[p.path.removeprefix("$.")]
            assert value is not None and str(value) in p.message_en and str(value) in p.message_zh


@given(dates=pairing_dates(), style=st.sampled_from(["snake", "camel"]))
def test_from_json_refuses_the_same_pairings_on_the_same_paths(
    dates: dict[str, dt.date | None], style: lb.kinds.Style
) -> None:
    key = camel if style == "camel" else str
    doc: dict[str, Any] = {"id": "p-1", "child": "c-1", "mentors": ["v-1"], "role": "teacher"}
    doc.update({key(k): v.isoformat() for k, v in dates.items() if v is not None})
    text = json.dumps(doc)
    if not out_of_order(dates) and not other_problems(dates):
        assert lb.from_json(text, lb.Pairing, style=style) == build(dates)
        return
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, lb.Pairing, style=style)
    assert sorted(order_problems(info.value)) == expected_paths(dates, key)


@pytest.mark.parametrize(
    ("closed", "says"),
    [
        (DAY + dt.timedelta(days=9), "before it started 2026-03-11"),  # the day before the start
        (DAY + dt.timedelta(days=5), "before it started 2026-03-11"),  # before the approval too
        (DAY + dt.timedelta(days=10), None),  # the day it started
        (DAY + dt.timedelta(days=11), None),
    ],
)
def test_a_pairing_closed_before_it_started(closed: dt.date, says: str | None) -> None:
    dates = {
        "proposed_on": DAY,
        "approved_on": DAY + dt.timedelta(days=7),
        "started_on": DAY + dt.timedelta(days=10),
        "closed_on": closed,
    }
    if says is None:
        assert build(dates).stage_on(closed) is lb.model.PairingStage.CLOSED
        return
    with pytest.raises(lb.InvalidData) as info:
        build(dates)
    ((path, message),) = [(p.path, p.message_en) for p in info.value.problems]
    assert path == "$.closed_on" and says in message
