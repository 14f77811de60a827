"""The rules on a home as a whole: its volunteers, and the children without a mentor."""

from __future__ import annotations

from collections.abc import Iterator

from left_behind.law import ADULT_FROM
from left_behind.model._home import Home
from left_behind.model._support_enums import PairingStage
from left_behind.rules._findings import Severity
from left_behind.rules._registry import Hit, Rule, rule
from left_behind.rules._support import HOME_SUBJECT, SHICUN, SupportFacts, needs_mentor, practice

__all__ = ["HOME_RULES"]


@rule(
    id="HOME-volunteer-ratio",
    severity=Severity.WARNING,
    source=SHICUN,
    title_zh="志愿者人数不低于服务儿童人数的规定比例",
    title_en="volunteers number at least the set share of the children served",
    subject=HOME_SUBJECT,
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


@rule(
    id="PAIR-unpaired",
    severity=Severity.WARNING,
    source=practice("7"),
    title_zh="留守儿童均应有结对帮扶人",
    title_en="every left-behind child has a mentor",
    subject=HOME_SUBJECT,
)
def unpaired(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    on = facts.on
    if not facts.policy.pair_left_behind:
        return
    for i, child in enumerate(home.children):
        if not needs_mentor(child, on, facts.policy):
            continue
        mine = home.pairings_of(child.id)
        if any(p.active_on(on) for p in mine):
            continue
        pending = [
            p.id for p in mine if p.stage_on(on) in (PairingStage.PROPOSED, PairingStage.APPROVED)
        ]
        waiting_zh = f"（结对 {'、'.join(pending)} 尚未开始）" if pending else ""
        waiting_en = f" (pairing {', '.join(pending)} not started yet)" if pending else ""
        yield Hit(
            path=f"$.children[{i}]",
            zh=f"儿童 {child.id} 没有进行中的结对帮扶{waiting_zh}",
            en=f"child {child.id} has no active pairing{waiting_en}",
            setting="pair_left_behind",
        )


HOME_RULES: tuple[Rule, ...] = (volunteer_ratio, unpaired)
"""The rules on a home as a whole, in the rules table's order."""
