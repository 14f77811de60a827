"""The rules on follow-up tasks: TASK-overdue and TASK-overdue-error (the TASK practice)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from left_behind import check, default_rules, samples
from left_behind import testing as lt
from left_behind.model import FindingRef, Task, TaskReason, TaskState, TaskStatus
from left_behind.rules import Severity, days_late, from_error
from left_behind.testing.support import ON, home
from profiles import examples

DUE = ON - dt.timedelta(days=10)
OPENED = DUE - dt.timedelta(days=7)
DAY = dt.timedelta(days=1)
TASK_RULES = ("TASK-overdue", "TASK-overdue-error")


def task(*states: TaskState, **changes: Any) -> Task:
    """Task t-1 for child c-1 by v-1, opened a week before it is due, 10 days before ON."""
    base = Task(
        id="t-1",
        what="回访照护人",
        child="c-1",
        by="v-1",
        due_on=DUE,
        why=TaskReason.VISIT,
        states=states or (TaskState(state=TaskStatus.OPEN, on=OPENED),),
    )
    return attrs.evolve(base, **changes)


def closed(kind: TaskStatus, on: dt.date) -> Task:
    reason = "改由学校跟进" if kind is TaskStatus.CANCELLED else None
    return task(
        TaskState(state=TaskStatus.OPEN, on=OPENED), TaskState(state=kind, on=on, reason=reason)
    )


def from_rule(rule_id: str) -> Task:
    source = default_rules().get(rule_id).source.key if rule_id in default_rules().ids() else "X"
    return task(why=TaskReason.FINDING, finding=FindingRef(rule_id=rule_id, source=source))


def task_findings(t: Task, on: dt.date) -> list[tuple[str, str, str]]:
    report = check(home(tasks=(t,)), on=on)
    return [
        (f.rule_id, f.severity.value, f.path) for f in report.findings if f.rule_id in TASK_RULES
    ]


def test_the_rules_read_no_setting() -> None:
    # no policy fixes a grace period: the due date is the one the people agreed
    assert all(default_rules().get(r).settings == () for r in TASK_RULES)


@pytest.mark.parametrize(
    ("t", "on", "expected", "late"),
    [
        # the day before it is due, the due day itself, the day after, ten days after
        (task(), DUE - DAY, [], 0),
        (task(), DUE, [], 0),
        (task(), DUE + DAY, [("TASK-overdue", "warning", "$.tasks[0]")], 1),
        (task(), DUE + 10 * DAY, [("TASK-overdue", "warning", "$.tasks[0]")], 10),
        # done or cancelled: never late, even when done late
        (closed(TaskStatus.DONE, DUE + 3 * DAY), DUE + 10 * DAY, [], 0),
        (closed(TaskStatus.CANCELLED, DUE), DUE + DAY, [], 0),
        # done after the check date: still open on it, so late
        (
            closed(TaskStatus.DONE, DUE + 3 * DAY),
            DUE + 2 * DAY,
            [("TASK-overdue", "warning", "$.tasks[0]")],
            2,
        ),
        # not opened yet on the check date
        (task(TaskState(state=TaskStatus.OPEN, on=DUE + 5 * DAY)), DUE + 4 * DAY, [], 0),
    ],
)
def test_task_overdue_boundaries(
    t: Task, on: dt.date, expected: list[tuple[str, str, str]], late: int
) -> None:
    assert task_findings(t, on) == expected
    assert days_late(t, on) == late


def test_the_message_says_how_late_for_whom_and_by_whom() -> None:
    f = check(home(tasks=(task(),)), on=DUE + 3 * DAY).filter(rule_id="TASK-overdue").findings[0]
    assert "3 days late" in f.message_en and "已逾期 3 天" in f.message_zh
    assert "child c-1" in f.message_en and "v-1" in f.message_en and str(DUE) in f.message_en
    one = check(home(tasks=(task(),)), on=DUE + DAY).filter(rule_id="TASK-overdue").findings[0]
    assert "1 day late" in one.message_en
    assert f.subject_kind == "home" and f.source.cite("en") == "TASK art. 1"


@pytest.mark.parametrize(
    ("rule_id", "on", "expected"),
    [
        # from an error: an error once past its due date (TASK art. 2), not before
        ("MPL-62-background-check", DUE, []),
        ("MPL-62-background-check", DUE + DAY, [("TASK-overdue-error", "error", "$.tasks[0]")]),
        ("MPL-21-living-alone", DUE + DAY, [("TASK-overdue-error", "error", "$.tasks[0]")]),
        # from a warning, or from a rule the library does not know: a warning
        ("MPL-23-weekly-contact", DUE + DAY, [("TASK-overdue", "warning", "$.tasks[0]")]),
        ("HOME-own-rule", DUE + DAY, [("TASK-overdue", "warning", "$.tasks[0]")]),
    ],
)
def test_a_task_from_an_error_is_an_error_once_late(
    rule_id: str, on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert task_findings(from_rule(rule_id), on) == expected


@pytest.mark.parametrize("rule_id", default_rules().ids())
def test_from_error_reads_the_severity_the_rule_declares(rule_id: str) -> None:
    assert from_error(from_rule(rule_id)) == (
        default_rules().get(rule_id).severity is Severity.ERROR
    )


def test_the_message_of_an_error_names_the_rule_and_its_source() -> None:
    report = check(home(tasks=(from_rule("MPL-62-background-check"),)), on=DUE + DAY)
    f = report.filter(rule_id="TASK-overdue-error").findings[0]
    assert "MPL-62-background-check" in f.message_en and "MPL art. 62" in f.message_zh
    assert f.source.cite("en") == "TASK art. 2"


def test_the_sample_home_has_one_late_task_of_each_kind() -> None:
    report = check(samples.home(), on=samples.REFERENCE_DATE)
    late = sorted((f.rule_id, f.path) for f in report.findings if f.rule_id in TASK_RULES)
    h = samples.home()
    assert late == [("TASK-overdue", "$.tasks[3]"), ("TASK-overdue-error", "$.tasks[4]")]
    states = {t.status_on(samples.REFERENCE_DATE) for t in h.tasks}
    assert states == {TaskStatus.OPEN, TaskStatus.DONE, TaskStatus.CANCELLED}


@settings(max_examples=examples(0.5), deadline=None)
@given(
    tasks=st.lists(lt.tasks(on=ON, by="v-1", child="c-1"), max_size=4), days=st.integers(-60, 120)
)
def test_a_task_done_is_never_overdue_and_each_late_task_is_one_finding(
    tasks: list[Task], days: int
) -> None:
    on = ON + dt.timedelta(days=days)
    kept = tuple(attrs.evolve(t, id=f"t-{i}") for i, t in enumerate(tasks))
    report = check(home(tasks=kept), on=on)
    flagged = [f.path for f in report.findings if f.rule_id in TASK_RULES]
    late = [f"$.tasks[{i}]" for i, t in enumerate(kept) if t.open_on(on) and on > t.due_on]
    assert sorted(flagged) == late  # one finding for each task open past its day
    for i, t in enumerate(kept):
        if t.status_on(on) in (TaskStatus.DONE, TaskStatus.CANCELLED):
            assert f"$.tasks[{i}]" not in flagged and days_late(t, on) == 0
