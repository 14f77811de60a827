"""Follow-up tasks (跟进事项): their states over time, and what they are for."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.model import Task, TaskStatus
from left_behind.testing.support import ON, home
from profiles import examples

OPENED = dt.date(2026, 8, 20)
LATER = dt.date(2026, 8, 25)


def state(kind: str, on: dt.date, reason: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"state": kind, "on": on.isoformat()}
    if reason is not None:
        found["reason"] = reason
    return found


OPEN = state("open", OPENED)
DONE = state("done", LATER)
CANCELLED = state("cancelled", LATER, reason="改由学校跟进")


def task(*states: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """Task t-1 for child c-1 by v-1 (the support home's), due 25 August, as plain data."""
    base = {
        "id": "t-1",
        "what": "回访照护人",
        "child": "c-1",
        "by": "v-1",
        "due_on": LATER.isoformat(),
        "why": "visit",
        "states": list(states or (OPEN,)),
    }
    return {**base, **changes}


def problems(data: dict[str, Any]) -> set[tuple[str, str]]:
    with pytest.raises(lb.InvalidData) as err:
        lb.from_dict(data, Task)
    return {(p.path, p.code) for p in err.value.problems}


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        ((), ("$.states", "empty")),
        # the first state is the day it was opened
        ((DONE,), ("$.states[0].state", "inconsistent")),
        ((CANCELLED,), ("$.states[0].state", "inconsistent")),
        # nothing after done or cancelled
        ((OPEN, DONE, state("open", LATER)), ("$.states[2].state", "order")),
        ((OPEN, CANCELLED, state("done", LATER)), ("$.states[2].state", "order")),
        ((OPEN, DONE, state("done", LATER)), ("$.states[2].state", "order")),
        # opened once
        ((OPEN, state("open", LATER)), ("$.states[1].state", "duplicate")),
        # oldest first
        ((OPEN, state("done", OPENED - dt.timedelta(days=1))), ("$.states[1].on", "order")),
        # a cancellation says why, and only a cancellation gives a reason
        ((OPEN, state("cancelled", LATER)), ("$.states[1].reason", "empty")),
        ((OPEN, state("cancelled", LATER, reason=" ")), ("$.states[1].reason", "empty")),
        ((OPEN, state("done", LATER, reason="提前完成")), ("$.states[1].reason", "inconsistent")),
        ((state("open", OPENED, reason="新建"),), ("$.states[0].reason", "inconsistent")),
    ],
)
def test_malformed_states_are_refused_at_their_paths(
    states: tuple[dict[str, Any], ...], expected: tuple[str, str]
) -> None:
    data = task(*states) if states else {**task(), "states": []}
    assert expected in problems(data)


@pytest.mark.parametrize(
    "states", [(OPEN,), (OPEN, DONE), (OPEN, CANCELLED), (OPEN, state("done", OPENED))]
)
def test_well_formed_states_load(states: tuple[dict[str, Any], ...]) -> None:
    t = lb.from_dict(task(*states), Task)
    assert t.states[0].state is TaskStatus.OPEN and t.opened_on == OPENED


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"pairing": "p-1"}, ("$.pairing", "inconsistent")),  # a child or a pairing, not both
        ({"why": "finding"}, ("$.finding", "empty")),
        (
            {"finding": {"rule_id": "MPL-62-background-check", "source": "MPL art. 62"}},
            ("$.finding", "inconsistent"),
        ),
        (
            {"why": "finding", "finding": {"rule_id": "", "source": "MPL art. 62"}},
            ("$.finding.rule_id", "empty"),
        ),
        ({"what": " "}, ("$.what", "empty")),
        ({"by": ""}, ("$.by", "empty")),
    ],
)
def test_what_a_task_is_for_and_why_are_checked(
    changes: dict[str, Any], expected: tuple[str, str]
) -> None:
    assert expected in problems(task(**changes))


def _home_with(*tasks: dict[str, Any]) -> dict[str, Any]:
    return {**lb.to_dict(home()), "tasks": list(tasks)}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"child": "c-9"}, ("$.tasks[0].child", "reference")),
        ({"child": None, "pairing": "p-9"}, ("$.tasks[0].pairing", "reference")),
        ({"by": "v-9"}, ("$.tasks[0].by", "reference")),
        ({"states": [state("done", LATER)]}, ("$.tasks[0].states[0].state", "inconsistent")),
    ],
)
def test_the_home_checks_its_tasks_at_their_paths(
    changes: dict[str, Any], expected: tuple[str, str]
) -> None:
    with pytest.raises(lb.InvalidData) as err:
        lb.from_dict(_home_with(task(**changes)), lb.Home)
    assert expected in {(p.path, p.code) for p in err.value.problems}


def test_task_ids_are_unique_in_the_home() -> None:
    with pytest.raises(lb.InvalidData) as err:
        lb.from_dict(_home_with(task(), task()), lb.Home)
    assert [(p.path, p.code) for p in err.value.problems] == [("$.tasks[1].id", "duplicate")]


def test_a_task_for_the_pairing_or_the_home() -> None:
    h = lb.from_dict(
        _home_with(task(child=None, pairing="p-1"), task(id="t-2", child=None)), lb.Home
    )
    assert [t.for_whom() for t in h.tasks] == [("pairing", "p-1"), ("home", "")]
    assert attrs.fields_dict(lb.Home)["tasks"].default == () and home().tasks == ()


@settings(max_examples=examples(0.5))
@given(t=lt.tasks(on=ON), days=st.integers(-200, 200))
def test_the_state_on_a_day_is_the_last_change_by_then(t: Task, days: int) -> None:
    on = ON + dt.timedelta(days=days)
    by_then = [s.state for s in t.states if s.on <= on]
    assert t.status_on(on) == (by_then[-1] if by_then else None)
    assert t.open_on(on) == (t.status_on(on) is TaskStatus.OPEN)
