"""Follow-up tasks (跟进事项): what was agreed, by whom and by when, and what became of it.

A :class:`Task` is kept by the home: what must be done, for a child, a
pairing or the home itself, by one of the home's people, by a date, and why
(a finding of a check, a visit, a report, or by hand). Its ``states`` are its
history, oldest first: opened on a day, then done on a day or cancelled on a
day with a reason, and nothing after that. A task made from a finding names
the rule and the key of the source the finding cited (:class:`FindingRef`),
so it points back to the law or the practice it rests on.

>>> import datetime as dt
>>> t = Task(id="t-01", what="补签委托照护协议", child="c-001", by="s-01",
...          due_on=dt.date(2026, 3, 9), why=TaskReason.BY_HAND,
...          states=(TaskState(state=TaskStatus.OPEN, on=dt.date(2026, 3, 2)),
...                  TaskState(state=TaskStatus.DONE, on=dt.date(2026, 3, 6))))
>>> t.status_on(dt.date(2026, 3, 1)), t.status_on(dt.date(2026, 3, 5)).value
(None, 'open')
>>> t.status_on(dt.date(2026, 3, 6)).value, t.for_whom()
('done', ('child', 'c-001'))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.kinds import (
    LabelledEnum,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    field,
    oldest_first,
    problem,
)
from left_behind.model._child import Child
from left_behind.model._pairing import Pairing
from left_behind.model._people import Person

__all__ = ["FindingRef", "Task", "TaskReason", "TaskState", "TaskStatus"]


class TaskReason(LabelledEnum):
    """Why a follow-up task was set."""

    FINDING = "finding", "检查发现的问题", "a finding"
    VISIT = "visit", "走访", "a visit"
    REPORT = "report", "报告", "a report"
    BY_HAND = "by_hand", "手工添加", "by hand"


class TaskStatus(LabelledEnum):
    """The state a task is in from a day on."""

    OPEN = "open", "待办", "open"
    DONE = "done", "已完成", "done"
    CANCELLED = "cancelled", "已取消", "cancelled"


@attrs.frozen(kw_only=True)
class TaskState(Record):
    """A change of a task's state: from ``on``, the task is ``state``.

    A task cancelled says why in ``reason``.
    """

    state: TaskStatus = field(words=("状态", "the state"))
    on: dt.date = field(words=("日期", "the day"))
    reason: str | None = field(default=None, words=("取消原因", "why it was cancelled"))

    def _problems(self) -> Iterator[Problem]:
        given = self.reason is not None and bool(self.reason.strip())
        if self.state is TaskStatus.CANCELLED and not given:
            yield problem(
                "$.reason",
                ProblemCode.EMPTY,
                Text("取消跟进事项须写明原因", "a task cancelled says why"),
            )
        if self.state is not TaskStatus.CANCELLED and self.reason is not None:
            yield problem(
                "$.reason",
                ProblemCode.INCONSISTENT,
                Text(
                    f"只有取消时才填写原因，这一条是“{self.state.label()}”",
                    f"only a cancellation gives a reason; this change is {self.state.label('en')}",
                ),
            )


@attrs.frozen(kw_only=True)
class FindingRef(Record):
    """The finding a task was made from: its rule, and the key of the source it cited."""

    rule_id: str = field(not_blank=True, words=("规则编号", "the rule's id"))
    source: str = field(
        not_blank=True, words=("依据的键", "the key of the source it cited (MPL art. 22)")
    )


@attrs.frozen(kw_only=True)
class Task(Record):
    """A follow-up task (跟进事项) the home keeps.

    It is for the child ``child``, or the pairing ``pairing``, or (neither
    given) the home; ``by`` is the person who is to do it and ``due_on`` the
    day by which. ``finding`` is given exactly when ``why`` is a finding.
    ``what`` is shown wherever the task is listed: name the child by id there,
    not by name.
    """

    id: str = field(not_blank=True, words=("编号", "the id"))
    what: str = field(not_blank=True, words=("跟进内容", "what must be done"))
    child: str | None = field(default=None, refers_to=Child, words=("儿童编号", "the child's id"))
    pairing: str | None = field(
        default=None, refers_to=Pairing, words=("结对编号", "the pairing's id")
    )
    by: str = field(not_blank=True, refers_to=Person, words=("负责人", "who is to do it"))
    due_on: dt.date = field(words=("完成期限", "the day it is due"))
    why: TaskReason = field(words=("跟进原因", "why it was set"))
    finding: FindingRef | None = field(
        default=None, words=("来源问题", "the finding it was made from")
    )
    states: tuple[TaskState, ...] = field(
        converter=as_tuple,
        words=("状态记录", "change of state"),
        at_least_one=("请记录跟进事项的开始日期（状态“待办”）", "record the day it was opened"),
    )

    @property
    def opened_on(self) -> dt.date:
        """The day the task was opened: its first state's."""
        return self.states[0].on

    def status_on(self, on: dt.date) -> TaskStatus | None:
        """The task's state on ``on``; ``None`` before it was opened."""
        found: TaskStatus | None = None
        for s in self.states:
            if s.on > on:
                break
            found = s.state
        return found

    def open_on(self, on: dt.date) -> bool:
        """Whether the task is open on ``on``."""
        return self.status_on(on) is TaskStatus.OPEN

    def for_whom(self) -> tuple[str, str]:
        """What the task is for, as a kind and an id: ``("child", "c-001")``, ``("home", "")``."""
        if self.child is not None:
            return ("child", self.child)
        if self.pairing is not None:
            return ("pairing", self.pairing)
        return ("home", "")

    def _problems(self) -> Iterator[Problem]:
        if self.child is not None and self.pairing is not None:
            yield problem(
                "$.pairing",
                ProblemCode.INCONSISTENT,
                Text(
                    "跟进事项针对一名儿童、一个结对或家园本身：不要同时填写儿童和结对",
                    "a task is for a child, a pairing or the home: give a child or a pairing,"
                    " not both",
                ),
            )
        if self.why is TaskReason.FINDING and self.finding is None:
            yield problem(
                "$.finding",
                ProblemCode.EMPTY,
                Text(
                    "因检查发现的问题而设的跟进事项须写明规则编号和依据",
                    "a task set from a finding names the rule and its source",
                ),
            )
        if self.why is not TaskReason.FINDING and self.finding is not None:
            yield problem(
                "$.finding",
                ProblemCode.INCONSISTENT,
                Text(
                    f"跟进原因是“{self.why.label()}”，不是检查发现的问题：不要填写来源问题",
                    f"the task was set for {self.why.label('en')}, not from a finding:"
                    " leave the finding out",
                ),
            )
        yield from self._state_problems()

    def _state_problems(self) -> Iterator[Problem]:
        if self.states and self.states[0].state is not TaskStatus.OPEN:
            yield problem(
                "$.states[0].state",
                ProblemCode.INCONSISTENT,
                Text(
                    f"第一条状态应为“待办”（开始日期），这里是“{self.states[0].state.label()}”",
                    "the first state is the day the task was opened (open),"
                    f" not {self.states[0].state.label('en')}",
                ),
            )
        for i in range(1, len(self.states)):
            before, now = self.states[i - 1], self.states[i]
            if before.state is not TaskStatus.OPEN:
                yield problem(
                    f"$.states[{i}].state",
                    ProblemCode.ORDER,
                    Text(
                        f"跟进事项已于 {before.on} {before.state.label()}，之后不能再变更状态",
                        f"the task was {before.state.label('en')} on {before.on};"
                        " nothing comes after that",
                    ),
                )
            elif now.state is TaskStatus.OPEN:
                yield problem(
                    f"$.states[{i}].state",
                    ProblemCode.DUPLICATE,
                    Text(
                        f"跟进事项已于 {before.on} 开始（待办）",
                        f"the task is open since {before.on} already",
                    ),
                )
        yield from oldest_first("states", [s.on for s in self.states])
