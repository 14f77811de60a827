"""The Shicun home's growth records and follow-up tasks, for :func:`left_behind.samples.home`.

A few children have entries in their growth record (a teacher's, a
mentor's, the children's director's, and one in a counsellor's
psychological-health file); the home keeps five follow-up tasks: one
cancelled, one done, one open and not yet due, one late after a visit, and
one set from the error finding on the assistant's old background check and
now late. All the words are made up.
"""

from __future__ import annotations

import datetime as dt

import attrs

from left_behind.model import (
    Child,
    FindingRef,
    GrowthArea,
    GrowthEntry,
    Home,
    Task,
    TaskReason,
    TaskState,
    TaskStatus,
    WriterRole,
)

__all__: list[str] = []

_ON = dt.date(2026, 9, 1)  # the samples' reference date


def _day(days_before: int) -> dt.date:
    return _ON - dt.timedelta(days=days_before)


def _open(days_before: int) -> TaskState:
    return TaskState(state=TaskStatus.OPEN, on=_day(days_before))


# child id: (days before the reference date, writer, role, area, text, counsellor only)
_GROWTH: dict[str, tuple[tuple[int, str, WriterRole, GrowthArea, str, bool], ...]] = {
    "SC-002": (
        (120, "t-sx-07", WriterRole.TEACHER, GrowthArea.STUDY, "期中数学成绩比上学期提高", False),
        (40, "s-01", WriterRole.CHILDRENS_DIRECTOR, GrowthArea.BEHAVIOUR, "暑期按时到家园", False),
    ),
    "SC-034": (
        (60, "v-02", WriterRole.MENTOR, GrowthArea.FAMILY_CONTACT, "父母近一个月很少来电", False),
        (30, "s-02", WriterRole.COUNSELLOR, GrowthArea.FEELINGS, "情绪低落，约定每周谈心", True),
    ),
    "SC-006": (
        (15, "t-sx-03", WriterRole.TEACHER, GrowthArea.ACHIEVEMENT, "获校书法比赛二等奖", False),
    ),
}

TASKS = (
    Task(
        id="t-01",
        what="组织暑期亲子活动",
        by="s-01",
        due_on=_day(30),
        why=TaskReason.BY_HAND,
        states=(
            _open(60),
            TaskState(state=TaskStatus.CANCELLED, on=_day(35), reason="因暴雨改到国庆假期"),
        ),
    ),
    Task(
        id="t-02",
        what="向学校和村委会书面告知 SC-024 的委托照护情况",
        child="SC-024",
        by="s-01",
        due_on=_day(10),
        why=TaskReason.VISIT,
        states=(_open(20), TaskState(state=TaskStatus.DONE, on=_day(12))),
    ),
    Task(
        id="t-03",
        what="与结对帮扶人商定下月见面安排",
        pairing="p-003",
        by="s-02",
        due_on=_ON + dt.timedelta(days=7),
        why=TaskReason.BY_HAND,
        states=(_open(3),),
    ),
    Task(
        id="t-04",
        what="联系 SC-034 在外务工的父母，约定每周通话",
        child="SC-034",
        by="s-02",
        due_on=_day(7),
        why=TaskReason.VISIT,
        states=(_open(21),),
    ),
    Task(
        id="t-05",
        what="为 s-03 重新办理入职查询",
        by="s-01",
        due_on=_day(4),
        why=TaskReason.FINDING,
        finding=FindingRef(rule_id="MPL-62-background-check", source="MPL art. 62"),
        states=(_open(14),),
    ),
)
"""The home's follow-up tasks, dated from the samples' reference date."""


def _with_growth(child: Child) -> Child:
    entries = _GROWTH.get(child.id)
    if not entries:
        return child
    growth = tuple(
        GrowthEntry(on=_day(d), by=by, role=role, area=area, text=text, counsellor_only=only)
        for d, by, role, area, text, only in entries
    )
    return attrs.evolve(child, growth=growth)


def with_growth_and_tasks(home: Home) -> Home:
    """``home`` with the growth entries of a few children and the follow-up tasks."""
    return attrs.evolve(home, children=tuple(_with_growth(c) for c in home.children), tasks=TASKS)
