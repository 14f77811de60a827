"""The rules on the home visits (走访): a visit due, a poor assessment, a child found alone.

The visits are the home's (``Home.visits``), so the rules are the home's:
they check a home that records visits (one that records none has not begun
to keep them, and is not told that every child is late), one finding per
child at the child's path (``$.children[i]``) for a visit due, and at the
visit's path (``$.visits[j]``) for what a visit found.

A visit is due by the child's risk level: the risk level the check's rules
give on the date under the check's policy (:func:`~left_behind.rules.assess_risk`),
mapped to days by :func:`~left_behind.rules.visit_days`. Only a visit in
person (at home or at school) counts: a call does not see the home. The
interval is policy, not law: no national rule fixes it (see
:data:`~left_behind.rules.VISIT_PRACTICE`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.kinds import Text, mask_shaped
from left_behind.law import ALONE_UNDER, GF16, MPL, zh_numeral
from left_behind.model import (
    CareAssessment,
    Child,
    ChildStatus,
    Home,
    HomeVisit,
    LivingArrangement,
    Met,
    ReportKind,
    Situation,
    VisitKind,
    period_end,
)
from left_behind.rules._classify import classify, work_away_since
from left_behind.rules._findings import Severity
from left_behind.rules._policy import Policy
from left_behind.rules._registry import Hit, Subject
from left_behind.rules._risk import RiskLevel, assess_risk, visit_days
from left_behind.rules._support import HOME_SUBJECT, SupportFacts, visit_practice

__all__ = ["VISIT_SUBJECT", "VisitDue", "VisitFacts", "status_since"]

_DAY = dt.timedelta(days=1)
_SETTING = {
    RiskLevel.HIGH: "visit_days_high",
    RiskLevel.MEDIUM: "visit_days_medium",
    RiskLevel.LOW: "visit_days_low",
}
# the same reading of "living alone" as MPL-21-living-alone and GF16-report
_ALONE = frozenset({LivingArrangement.ALONE, LivingArrangement.WITH_MINOR_SIBLINGS})


def status_since(child: Child, on: dt.date, working_away_months: int | None = None) -> dt.date:
    """The day the child's status in force on ``on`` began, as the register shows it.

    The status (left-behind, de-facto unsupported) rests on both parents'
    situations, so it began when the later of the two situations in force
    began: a spell of work away from its first day (see
    :func:`~left_behind.rules.work_away_since`), or from the day after the
    policy's ``working_away_months`` have passed when a county counts them.
    With no dated situation, the day the care arrangement in force began; with
    none, the birth date. Never before the birth.
    """
    starts: list[dt.date] = []
    for parent in child.parents:
        current = parent.situation_on(on)
        if current is None:
            continue
        start = current.since
        if current.situation is Situation.WORKING_AWAY and not current.with_child:
            start = work_away_since(parent, on) or start
            if working_away_months is not None:
                start = period_end(start, months=working_away_months) + _DAY
        starts.append(start)
    if not starts:
        care = child.care_on(on)
        starts.append(care.since if care is not None else child.birth_date)
    return max(*starts, child.birth_date)


@attrs.frozen(kw_only=True)
class VisitDue:
    """When a child's next visit is due, and why.

    ``last`` is the last visit in person up to the date (``None``: never
    visited); ``level`` and ``interval`` the risk level and its days between
    visits; ``due_on`` the day it falls due: the last visit's day plus the
    interval, or earlier when a report was found or the carer changed after
    it (``because``), or the day the status began for a child never visited
    (``status``: which).
    """

    on: dt.date
    last: HomeVisit | None
    level: RiskLevel
    interval: int
    due_on: dt.date
    because: Text | None = None
    status: ChildStatus | None = None

    @property
    def late(self) -> int:
        """Days past the due day on the date (0 or less: not late)."""
        return (self.on - self.due_on).days

    @property
    def setting(self) -> str:
        """The policy setting of the interval."""
        return _SETTING[self.level]

    def explain(self, child_id: str) -> Text:
        """What is due and how late, with the last visit, the interval and its setting."""
        cid = mask_shaped(child_id)
        days = "s" if self.late > 1 else ""
        late = Text(
            f"最迟应于 {self.due_on} 走访，已逾期 {self.late} 天",
            f"a visit was due by {self.due_on}: {self.late} day{days} late",
        )
        if self.last is None:
            status = Text("需要走访的儿童", "a child visited on a schedule")
            if self.status is not None:
                status = Text(self.status.label(), f"a {self.status.label('en')}")
            return Text(
                f"儿童 {cid} 自 {self.due_on} 起为{status.zh}，从未当面走访：应立即走访"
                f"（此后按风险等级{self.level.label()}每 {self.interval} 天一次，"
                f"{self.setting}），已逾期 {self.late} 天",
                f"child {cid} has been {status.en} since {self.due_on} and was never visited"
                f" in person: a first visit was due at once (then every {self.interval} days"
                f" at {self.level.label('en')} risk, {self.setting}): {self.late} day{days}"
                " late",
            )
        every = Text(
            f"风险等级为{self.level.label()}，每 {self.interval} 天走访一次（{self.setting}）",
            f"a {self.level.label('en')}-risk child is visited every {self.interval} days"
            f" ({self.setting})",
        )
        head = Text(
            f"儿童 {cid} 上次当面走访为 {self.last.on}（{self.last.kind.label()}）",
            f"child {cid} was last visited in person on {self.last.on}"
            f" ({self.last.kind.label('en')})",
        )
        why = Text("", "") if self.because is None else Text("；", "; ") + self.because
        return head + Text("；", "; ") + every + why + Text("：", ": ") + late


@attrs.frozen(kw_only=True)
class VisitFacts:
    """What the visit rules of one home share on a date: the support facts, and each
    child's visit due, worked out once per check whichever rule asks."""

    support: SupportFacts
    _due: dict[str, VisitDue | None] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @property
    def on(self) -> dt.date:
        """The date of the check."""
        return self.support.on

    def due(self, home: Home, child: Child) -> VisitDue | None:
        """When the child's next visit falls due; ``None`` for a child who needs no visits,
        or whose visit is not late on the date whatever the risk level (the risk, the
        costly part, is then not worked out).

        Only a left-behind or de-facto unsupported child (classified under the
        policy) is visited on a schedule.
        """
        if child.id not in self._due:
            self._due[child.id] = self._work_out(home, child)
        return self._due[child.id]

    def _work_out(self, home: Home, child: Child) -> VisitDue | None:
        support, on = self.support, self.support.on
        if not support.needs_mentor(child):
            return None
        seen = [v for v in home.visits_of(child.id) if v.on <= on and v.kind.in_person]
        # the latest day; of two on one day, the higher id, whatever the order kept
        last = max(seen, key=lambda v: (v.on, v.id), default=None)
        if last is not None and not any(d < on for d, _ in _at_once(child, last.on, on)):
            shortest = min(getattr(support.policy, name) for name in _INTERVALS)
            if last.on + dt.timedelta(days=shortest) >= on:
                return None  # not late whatever the risk: no need to work it out
        level = assess_risk(child, on=on, policy=support.policy, rules=support.rules).level
        interval = visit_days(level, support.policy)
        if last is None:
            policy = support.policy
            since = status_since(child, on, policy.working_away_months)
            status = classify(child, on=on, policy=policy).status
            return VisitDue(
                on=on, last=None, level=level, interval=interval, due_on=since, status=status
            )
        due_on, because = last.on + dt.timedelta(days=interval), None
        for day, why in _at_once(child, last.on, on):
            if day < due_on:
                due_on, because = day, why
        return VisitDue(
            on=on, last=last, level=level, interval=interval, due_on=due_on, because=because
        )


def _at_once(child: Child, after: dt.date, on: dt.date) -> Iterator[tuple[dt.date, Text]]:
    """What makes a visit due at once after the day ``after``: a report found, a new carer."""
    for r in child.reports:
        if after < r.discovered_on <= on:
            yield (
                r.discovered_on,
                Text(
                    f"此后于 {r.discovered_on} 发现“{r.kind.label()}”，应立即走访",
                    f"'{r.kind.label('en')}' was found on {r.discovered_on} since,"
                    " so a visit was due at once",
                ),
            )
    for c in child.care:
        if after < c.since <= on:
            yield (
                c.since,
                Text(
                    f"此后于 {c.since} 更换了照护安排，应立即走访",
                    f"the care arrangement changed on {c.since} since, so a visit was due at once",
                ),
            )


def _visit_facts(home: Home, on: dt.date, policy: Policy, facts: SupportFacts) -> VisitFacts:
    return VisitFacts(support=facts)


VISIT_SUBJECT: Subject = attrs.evolve(
    HOME_SUBJECT,
    context=_visit_facts,
    applies=lambda h, on: bool(h.visits),
)
"""A home that records its visits: the rules on the visits due and what they found."""


_INTERVALS = ("visit_days_high", "visit_days_medium", "visit_days_low")


@VISIT_SUBJECT.rule(
    id="VISIT-due",
    dated=True,
    severity=Severity.WARNING,
    source=visit_practice("1"),
    title=Text(
        "按风险等级定期走访留守儿童和事实无人抚养儿童",
        "a left-behind or de-facto unsupported child is visited as often as the risk asks",
    ),
    settings=(*_INTERVALS, "visit_overdue_days", "working_away_months"),
)
def visit_due(home: Home, facts: VisitFacts) -> Iterator[Hit]:
    """A visit late by a day up to ``visit_overdue_days``; later is ``VISIT-long-overdue``."""
    limit = facts.support.policy.visit_overdue_days
    for i, child in enumerate(home.children):
        due = facts.due(home, child)
        if due is not None and 0 < due.late <= limit:
            yield Hit(
                path=f"$.children[{i}]",
                message=due.explain(child.id),
                setting=None if due.last is None else due.setting,
                due=due.due_on,
            )


@VISIT_SUBJECT.rule(
    id="VISIT-long-overdue",
    dated=True,
    severity=Severity.ERROR,
    source=visit_practice("1"),
    title=Text(
        "走访逾期超过规定天数",
        "a visit is not late by more than the policy's days",
    ),
    settings=(*_INTERVALS, "visit_overdue_days", "working_away_months"),
)
def visit_long_overdue(home: Home, facts: VisitFacts) -> Iterator[Hit]:
    """A visit late by more than ``visit_overdue_days``."""
    limit = facts.support.policy.visit_overdue_days
    for i, child in enumerate(home.children):
        due = facts.due(home, child)
        if due is not None and due.late > limit:
            yield Hit(
                path=f"$.children[{i}]",
                message=due.explain(child.id)
                + Text(
                    f"，超过 {limit} 天（visit_overdue_days）",
                    f", more than {limit} days (visit_overdue_days)",
                ),
                setting="visit_overdue_days",
                due=due.due_on,
            )


@VISIT_SUBJECT.rule(
    id="VISIT-poor-care",
    dated=True,
    severity=Severity.WARNING,
    source=visit_practice("2"),
    title=Text(
        "监护情况评估为“差”的，商定跟进事项或尽快再次走访",
        "care assessed as poor: a follow-up agreed, or the next visit soon",
    ),
    settings=("visit_days_high",),
)
def poor_care(home: Home, facts: VisitFacts) -> Iterator[Hit]:
    """The child's latest assessment of the care, if poor, with nothing agreed and no
    next visit set within the high-risk interval."""
    on, days = facts.on, facts.support.policy.visit_days_high
    latest: dict[str, tuple[int, HomeVisit]] = {}
    for j, v in enumerate(home.visits):
        if v.on > on or v.care is None:
            continue
        held = latest.get(v.child)
        # the latest assessment; of two on one day, the lower id, whatever the order kept
        if held is None or (v.on, held[1].id) > (held[1].on, v.id):
            latest[v.child] = (j, v)
    for j, v in sorted(latest.values(), key=lambda jv: jv[0]):
        if v.care is not CareAssessment.POOR or v.follow_up:
            continue
        if v.next_on is not None and (v.next_on - v.on).days <= days:
            continue
        cid = mask_shaped(v.child)
        later = (
            Text("没有约定下次走访", "and no next visit set")
            if v.next_on is None
            else Text(
                f"下次走访定在 {v.next_on}，晚于 {days} 天",
                f"and the next visit set on {v.next_on}, more than {days} days later",
            )
        )
        yield Hit(
            path=f"$.visits[{j}].agreed",
            message=Text(
                f"{v.on} 走访儿童 {cid}，监护情况评估为“{CareAssessment.POOR.label()}”，"
                f"但未商定跟进事项，",
                f"the visit to child {cid} on {v.on} assessed the care as"
                f" {CareAssessment.POOR.label('en')}, with nothing agreed ",
            )
            + later
            + Text(
                f"（visit_days_high）：请写明商定的跟进事项，或在 {days} 天内再次走访",
                f" (visit_days_high): write down the follow-up agreed, or visit again within"
                f" {days} days",
            ),
            setting="visit_days_high",
            # the follow-up or the next visit: within the high-risk interval of the visit
            due=v.on + dt.timedelta(days=days),
        )


@VISIT_SUBJECT.rule(
    id="GF16-visit-alone-unreported",
    dated=True,
    severity=Severity.ERROR,
    source=GF16.source("III(1)"),
    title=Text(
        "走访发现未满十六周岁儿童独自居住的，应向公安机关报告（另见未成年人保护法第十一条）",
        "a visit that finds a child under 16 living alone reports it to the police"
        " (MPL art. 11 too)",
    ),
)
def alone_unreported(home: Home, facts: VisitFacts) -> Iterator[Hit]:
    """A visit that met a child under 16 living alone, with no report of it recorded:
    the first such visit of each child, whatever the order the visits are kept in."""
    on, children = facts.on, facts.support.children
    law, also = GF16.source("III(1)"), MPL.source(11)
    # the first such visit of each child: from that day the report was owed
    first: dict[str, tuple[int, HomeVisit]] = {}
    for j, v in enumerate(home.visits):
        child = children.get(v.child)
        if child is None or v.on > on or v.on < child.birth_date:
            continue
        if child.age_on(v.on) >= ALONE_UNDER:
            continue
        found_alone = Met.CHILD_ALONE in v.met and v.kind is VisitKind.AT_HOME
        if not (found_alone or child.living in _ALONE) or _reported(child, v, on):
            continue
        held = first.get(v.child)
        if held is None or (v.on, v.id) < (held[1].on, held[1].id):
            first[v.child] = (j, v)
    for j, v in sorted(first.values(), key=lambda jv: jv[0]):
        child = children[v.child]
        found_alone = Met.CHILD_ALONE in v.met and v.kind is VisitKind.AT_HOME
        how = (
            Text("独自在家", "alone at home")
            if found_alone
            else Text(
                f"登记为“{child.living.label()}”", f"recorded as living {child.living.label('en')}"
            )
        )
        kind = ReportKind.LIVING_ALONE
        yield Hit(
            path=f"$.visits[{j}]",
            message=Text(
                f"{v.on} 走访发现儿童 {mask_shaped(v.child)} 未满{zh_numeral(ALONE_UNDER)}周岁，"
                f"{how.zh}，属于“{kind.label()}”，须第一时间向公安机关报告（{law.cite()}；{also.cite()}），"
                "但未登记报告：应立即报告，并在儿童档案中登记报告事件（发现和报告日期）",
                f"the visit on {v.on} found child {mask_shaped(v.child)} under {ALONE_UNDER}"
                f" and {how.en}, which is '{kind.label('en')}' and must be reported to the"
                f" police at once ({law.cite('en')}; {also.cite('en')}), and no report is"
                " recorded: report it now and record the report event in the child's file"
                " (the days found and reported)",
            ),
            due=v.on,
        )


def _reported(child: Child, visit: HomeVisit, on: dt.date) -> bool:
    """Whether a report of living alone is recorded for the care the visit found.

    As ``GF16-report`` reads it: a report found by the date and not before the
    care arrangement in force on the visit's day began (an older report was
    of another time), so a child already reported is not reported again at
    each visit.
    """
    care = child.care_on(visit.on)
    since = care.since if care is not None else child.birth_date
    return any(
        r.kind is ReportKind.LIVING_ALONE and since <= r.discovered_on <= on for r in child.reports
    )
