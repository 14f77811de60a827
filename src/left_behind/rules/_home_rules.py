"""The rules on a home as a whole: its volunteers, the children without a mentor, its terms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from left_behind.calendar import DayKind
from left_behind.kinds import Text
from left_behind.law import ADULT_FROM
from left_behind.model import Home, PairingStage
from left_behind.rules._findings import Severity
from left_behind.rules._policy import Policy
from left_behind.rules._registry import DocumentContext, Hit
from left_behind.rules._support import (
    HOME_SUBJECT,
    SHICUN,
    SupportFacts,
    planning_practice,
    practice,
)

__all__ = ["HOME_CALENDAR_SUBJECT"]


def _dated(home: Home, on: dt.date, policy: Policy, document: Any) -> DocumentContext:
    return DocumentContext(on=on, policy=policy)


HOME_CALENDAR_SUBJECT = attrs.evolve(
    HOME_SUBJECT,
    context=_dated,
    prepare=None,
    applies=lambda h, on: bool(h.opening),
)
"""A home that keeps its opening hours, whoever it keeps: the calendar they need."""


@HOME_SUBJECT.rule(
    id="HOME-volunteer-ratio",
    severity=Severity.WARNING,
    source=SHICUN,
    title=Text(
        "志愿者人数不低于服务儿童人数的规定比例",
        "volunteers number at least the set share of the children served",
    ),
    settings=("volunteer_percent",),
)
def volunteer_ratio(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    on, percent = facts.on, facts.policy.volunteer_percent
    served = sum(1 for c in home.children if c.birth_date <= on and c.age_on(on) < ADULT_FROM)
    active = sum(1 for v in home.volunteers if v.active_on(on))
    # whole numbers on both sides: 30% of 142 children is 42.6, so 43 volunteers are needed
    if served and active * 100 < percent * served:
        needed = -(-percent * served // 100)
        yield Hit(
            path="$.volunteers",
            zh=f"在册志愿者 {active} 名，服务儿童 {served} 名，低于 {percent}%（至少 {needed} 名）",
            en=f"{active} active volunteers for {served} children, under {percent}%"
            f" (at least {needed} needed)",
            setting="volunteer_percent",
        )


@HOME_SUBJECT.rule(
    id="PAIR-unpaired",
    severity=Severity.WARNING,
    source=practice("7"),
    title=Text(
        "留守儿童均应有结对帮扶人",
        "every left-behind child has a mentor",
    ),
    settings=("pair_left_behind", "working_away_months"),
)
def unpaired(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    on = facts.on
    if not facts.policy.pair_left_behind:
        return
    for i, child in enumerate(home.children):
        if not facts.needs_mentor(child):
            continue
        mine = home.pairings_of(child.id)
        if any(p.active_on(on) for p in mine):
            continue
        # named by id, not in the home's order: the same home reads the same, however kept
        pending = sorted(
            p.id for p in mine if p.stage_on(on) in (PairingStage.PROPOSED, PairingStage.APPROVED)
        )
        waiting_zh = f"（结对 {'、'.join(pending)} 尚未开始）" if pending else ""
        waiting_en = f" (pairing {', '.join(pending)} not started yet)" if pending else ""
        yield Hit(
            path=f"$.children[{i}]",
            zh=f"儿童 {child.id} 没有进行中的结对帮扶{waiting_zh}",
            en=f"child {child.id} has no active pairing{waiting_en}",
            setting="pair_left_behind",
        )


@HOME_CALENDAR_SUBJECT.rule(
    id="PLAN-school-terms",
    severity=Severity.WARNING,
    source=planning_practice("7"),
    title=Text(
        "按上学日或寒暑假开放的家园登记所在县的校历",
        "a home open on school days or in the vacations records its county's terms",
    ),
)
def school_terms(home: Home, context: DocumentContext) -> Iterator[Hit]:
    on = context.on
    kinds = [k for k in DayKind if k.by_terms and any(o.day is k for o in home.opening)]
    if not kinds or any(on in t for t in home.terms):
        return
    kinds_zh = "、".join(k.label() for k in kinds)
    kinds_en = " and ".join(f"{k.label('en')}s" for k in kinds)
    if not home.terms:
        yield Hit(
            path="$.terms",
            zh=f"开放时间按{kinds_zh}安排，但未登记所在县的校历：没有校历就无法确定哪天是"
            f"{kinds_zh}，这些时段的活动都排不上；请登记每学年的学期和寒暑假日期",
            en=f"opening hours are set for {kinds_en}, but no school terms are recorded:"
            " only the county's terms tell which days those are, so no session in those hours"
            " can be planned; record each school year's terms and vacations",
        )
        return
    years = sorted(home.terms, key=lambda t: t.first)
    named = [f"{t.year}-{t.year + 1}" for t in years]
    yield Hit(
        path="$.terms",
        zh=f"已登记的校历（{'、'.join(named)} 学年）不包括 {on}："
        "请登记所在县这一学年的学期和寒暑假日期",
        en=f"the school years recorded ({', '.join(named)}) do not cover {on}:"
        " record the county's terms and vacations for that school year",
    )
