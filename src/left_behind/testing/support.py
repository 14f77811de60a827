"""Compliant people, pairings and homes for the support-side tests.

Each builder makes a record that breaks no rule on :data:`ON`; a test
changes one thing with ``attrs.evolve`` (or the builder's keywords) and
expects exactly the findings that change causes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from left_behind import (
    BackgroundCheck,
    Child,
    Home,
    Meeting,
    Pairing,
    Staff,
    Training,
    Volunteer,
    Window,
    check,
)
from left_behind.model import (
    Background,
    CheckResult,
    MeetingKind,
    MentorRole,
    SchoolStage,
    Sex,
    Skill,
    StaffRole,
    Weekday,
)
from left_behind.testing.rules import ON, child

__all__ = [
    "ON",
    "YEAR_AGO",
    "active_pairing",
    "found",
    "home",
    "kid",
    "staff_member",
    "volunteer",
]

YEAR_AGO = ON - dt.timedelta(days=365)
SATURDAY = Window(day=Weekday.SATURDAY, start=dt.time(9), end=dt.time(11))


def volunteer(vid: str = "v-1", **changes: Any) -> Volunteer:
    """An adult teacher who volunteers: checked 6 months ago, trained, free on Saturdays."""
    base = Volunteer(
        id=vid,
        name="周文华",
        sex=Sex.FEMALE,
        birth_date=dt.date(1980, 5, 4),
        village="示例村",
        background=Background.TEACHER,
        skills=frozenset({Skill.TUTORING}),
        availability=(SATURDAY,),
        checks=(BackgroundCheck(on=ON - dt.timedelta(days=180), result=CheckResult.CLEAR),),
        trainings=(Training(on=dt.date(2025, 1, 5), hours=3.0, topic="结对帮扶入门"),),
        joined_on=dt.date(2025, 1, 1),
    )
    return attrs.evolve(base, **changes)


def staff_member(sid: str = "s-1", **changes: Any) -> Staff:
    """The home's director, checked 6 months ago."""
    base = Staff(
        id=sid,
        name="林国强",
        sex=Sex.MALE,
        birth_date=dt.date(1962, 2, 1),
        role=StaffRole.DIRECTOR,
        checks=(BackgroundCheck(on=ON - dt.timedelta(days=180), result=CheckResult.CLEAR),),
        joined_on=dt.date(2024, 3, 1),
    )
    return attrs.evolve(base, **changes)


def kid(cid: str = "c-1", birth: dt.date = dt.date(2016, 4, 2), **changes: Any) -> Child:
    """A left-behind child (both parents away) that breaks no rule of law on ON."""
    return child(birth_date=birth, id=cid, stage=SchoolStage.PRIMARY_4, **changes)


def active_pairing(
    pid: str = "p-1",
    cid: str = "c-1",
    mentors: tuple[str, ...] = ("v-1",),
    start: dt.date = ON - dt.timedelta(days=60),
    **changes: Any,
) -> Pairing:
    """A pairing started on ``start`` (60 days before ON), met on days 3, 17 and 45."""
    fields: dict[str, Any] = {
        "id": pid,
        "child": cid,
        "mentors": mentors,
        "role": MentorRole.TEACHER,
        "proposed_on": start - dt.timedelta(days=14),
        "guardian_consent_on": start - dt.timedelta(days=10),
        "child_view_heard": True,
        "approved_on": start - dt.timedelta(days=7),
        "started_on": start,
        "meetings": tuple(
            Meeting(on=start + dt.timedelta(days=d), kind=MeetingKind.AT_HOME, minutes=60)
            for d in (3, 17, 45)
            if start + dt.timedelta(days=d) <= ON
        ),
    }
    return Pairing(**{**fields, **changes})


def home(**changes: Any) -> Home:
    """One child, one volunteer (30% of one child: one volunteer is enough), one pairing."""
    base = Home(
        name="示例家园",
        children=(kid(),),
        volunteers=(volunteer(),),
        pairings=(active_pairing(),),
    )
    return attrs.evolve(base, **changes)


def found(
    subject: Any, on: dt.date = ON, rule: str | None = None, **kw: Any
) -> list[tuple[str, str, str]]:
    """(rule id, subject id, path) of every finding not about a child (of ``rule`` only)."""
    return [
        (f.rule_id, f.subject_id, f.path)
        for f in check(subject, on=on, **kw).findings
        if f.subject_kind != "child" and rule in (None, f.rule_id)
    ]
