"""The rules on a home's follow-up tasks (跟进事项): the library's default follow-up practice.

A task is late from the day after its due date while it is still open (not
done, not cancelled). A task set from a finding whose rule is an error is
an error once late (:data:`~._support.TASK_PRACTICE` art. 2 gives the
reading); any other late task is a warning. Each late task is one finding,
of one of the two rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from left_behind.kinds import Text
from left_behind.model import Home, Task
from left_behind.rules._findings import Severity
from left_behind.rules._registry import Hit, registered
from left_behind.rules._support import HOME_SUBJECT, SupportFacts, task_practice

__all__ = ["days_late", "from_error"]


def days_late(task: Task, on: dt.date) -> int:
    """How many days ``task`` is late on ``on``: 0 unless open after its due date.

    >>> from left_behind.model import TaskReason, TaskState, TaskStatus
    >>> t = Task(id="t-01", what="回访", by="s-01", due_on=dt.date(2026, 3, 9),
    ...          why=TaskReason.VISIT,
    ...          states=(TaskState(state=TaskStatus.OPEN, on=dt.date(2026, 3, 2)),))
    >>> days_late(t, dt.date(2026, 3, 9)), days_late(t, dt.date(2026, 3, 10))
    (0, 1)
    """
    if not task.open_on(on) or on <= task.due_on:
        return 0
    return (on - task.due_on).days


def from_error(task: Task) -> bool:
    """Whether ``task`` was set from a finding of a rule whose severity is error.

    The rule is looked up by its id among the registered rules, so the
    severity is the one the rule declares; a rule the library does not know
    (a home's own) counts as not an error.
    """
    if task.finding is None:
        return False
    return any(r.id == task.finding.rule_id and r.severity is Severity.ERROR for r in registered())


def _late(home: Home, facts: SupportFacts, errors: bool) -> Iterator[Hit]:
    on = facts.on
    for i, task in enumerate(home.tasks):
        late = days_late(task, on)
        if not late or from_error(task) is not errors:
            continue
        kind, whom = task.for_whom()
        for_zh = {"child": f"儿童 {whom}", "pairing": f"结对 {whom}", "home": "家园"}[kind]
        for_en = {"child": f"child {whom}", "pairing": f"pairing {whom}", "home": "the home"}[kind]
        cause_zh = cause_en = ""
        if task.finding is not None:
            cause_zh = f"（因 {task.finding.rule_id}，依据 {task.finding.source}）"
            cause_en = f" (from {task.finding.rule_id}, {task.finding.source})"
        yield Hit(
            path=f"$.tasks[{i}]",
            zh=f"{for_zh}的跟进事项 {task.id}{cause_zh}由 {task.by} 负责，"
            f"应于 {task.due_on} 前完成，已逾期 {late} 天：请完成，或写明原因后取消",
            en=f"task {task.id} for {for_en}{cause_en}, by {task.by}, was due {task.due_on}"
            f" and is {late} day{'s' if late != 1 else ''} late: do it, or cancel it saying why",
            due=task.due_on,
        )


@HOME_SUBJECT.rule(
    id="TASK-overdue",
    dated=True,
    severity=Severity.WARNING,
    source=task_practice("1"),
    title=Text("跟进事项按期完成", "a follow-up task is done by its due date"),
)
def overdue(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    return _late(home, facts, errors=False)


@HOME_SUBJECT.rule(
    id="TASK-overdue-error",
    dated=True,
    severity=Severity.ERROR,
    source=task_practice("2"),
    title=Text(
        "因违法问题而设的跟进事项按期完成",
        "a task set from an error finding is done by its due date",
    ),
)
def overdue_error(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    return _late(home, facts, errors=True)
