"""A child's risk level, from the findings and the four gaps of the reports.

The reports name four gaps (四缺) that the programme answers: home education
absent (家教缺位), affection missing (亲情缺失), too little communication
(交流缺少) and too little supervision (监护缺乏). The score adds the points
of :class:`~left_behind.rules.RiskWeights` for each rule broken (once per
rule, by severity) and for each gap present; the level follows the
thresholds there. :attr:`Risk.factors` lists everything that raised it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import attrs

from left_behind.kinds import (
    SEMICOLON,
    LabelledEnum,
    Lang,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    mask_shaped,
    problem,
)
from left_behind.model import Child, ContactMode, Gap, Situation
from left_behind.rules._care import lacks_full_capacity, left_alone
from left_behind.rules._check import derive
from left_behind.rules._findings import Finding, Severity
from left_behind.rules._notice_contact import weekly_contact
from left_behind.rules._policy import Policy, RiskWeights
from left_behind.rules._registry import CHILD_SUBJECT, Context, RuleSet

# the four gaps are a visit's vocabulary, declared in the model: offered here too
__all__ = ["Gap", "Risk", "RiskFactor", "RiskLevel", "assess_risk", "visit_days"]


class RiskLevel(LabelledEnum):
    """How urgently a child needs attention."""

    LOW = "low", "低", "low"
    MEDIUM = "medium", "中", "medium"
    HIGH = "high", "高", "high"


@attrs.frozen(kw_only=True)
class RiskFactor(Record):
    """One thing that raised the score: a rule broken or a gap, with its points."""

    code: str
    points: int
    explanation_zh: str
    explanation_en: str

    @classmethod
    def of(cls, code: str, points: int, explanation: Text) -> RiskFactor:
        """A factor with its explanation in both languages."""
        return cls(
            code=code, points=points, explanation_zh=explanation.zh, explanation_en=explanation.en
        )

    @property
    def explanation(self) -> Text:
        """What raised the score, in Chinese and English."""
        return Text(self.explanation_zh, self.explanation_en)

    def explain(self, lang: Lang = "zh") -> str:
        """The factor in words, with its points."""
        return f"{self.explanation.get(lang)} (+{self.points})"


@attrs.frozen(kw_only=True)
class Risk(Record):
    """A child's risk level on a date, its score and the factors behind it."""

    child_id: str
    on: dt.date
    level: RiskLevel
    score: int
    factors: tuple[RiskFactor, ...] = attrs.field(converter=as_tuple)

    def _problems(self) -> Iterator[Problem]:
        total = sum(f.points for f in self.factors)
        if self.score != total:
            yield problem(
                "$.score",
                ProblemCode.INCONSISTENT,
                Text(
                    f"各项因素的分数合计为 {total}，不是 {self.score}",
                    f"the factors' points add up to {total}, not {self.score}",
                ),
            )

    def explain(self, lang: Lang = "zh") -> str:
        """The level and every factor, in one line.

        >>> import left_behind as lb
        >>> from left_behind.rules._risk import assess_risk
        >>> reg = lb.samples.shicun()
        >>> print(assess_risk(reg.child("SC-018"), on=lb.samples.REFERENCE_DATE).explain("en"))
        risk high (5): rule MPL-22-disqualified broken (error) (+4);
        home education absent: no parent lives at home (+1)
        """
        head = Text(
            f"风险{self.level.label()}（{self.score} 分）：",
            f"risk {self.level.label('en')} ({self.score}): ",
        )
        return head.get(lang) + (
            SEMICOLON.get(lang).join(f.explain(lang) for f in self.factors) or "—"
        )


def _gap(gap: Gap, weights: RiskWeights, why: Text) -> RiskFactor:
    """A gap present: the weight of the same name, and the gap's label before the reason."""
    points: int = getattr(weights, gap.value)
    return RiskFactor.of(gap.value, points, Text(f"{gap.label()}：", f"{gap.label('en')}: ") + why)


def _gap_factors(
    child: Child, context: Context, findings: Sequence[Finding]
) -> Iterator[RiskFactor]:
    policy, on = context.policy, context.on
    weights, no_visit_days = policy.risk, policy.no_visit_days
    if context.parents_absent:
        yield _gap(
            Gap.HOME_EDUCATION_ABSENT, weights, Text("家中没有父母", "no parent lives at home")
        )
    since = on - dt.timedelta(days=no_visit_days)
    away_long = any(
        (s := p.situation_on(on)) is not None
        and s.situation is Situation.WORKING_AWAY
        and not s.with_child
        and s.since <= since
        for p in child.parents
    )
    visited = any(c.mode is ContactMode.VISIT and since < c.on <= on for c in child.contacts)
    if away_long and not visited:
        yield _gap(
            Gap.AFFECTION_MISSING,
            weights,
            Text(
                "外出父母 {days} 天内没有回家探望",
                "no visit home from an absent parent in {days} days",
            ).format(days=no_visit_days),
        )
    if any(f.rule_id == weekly_contact.id for f in findings):
        yield _gap(
            Gap.COMMUNICATION_LACKING,
            weights,
            Text(
                "外出父母联系间隔超过 {days} 天",
                "an absent parent's contacts are more than {days} days apart",
            ).format(days=policy.contact_gap_days),
        )
    why = _supervision(child, context)
    if why is not None:
        yield _gap(Gap.SUPERVISION_LACKING, weights, why)


def _supervision(child: Child, context: Context) -> Text | None:
    # the same test of "alone" as MPL-21: a parent at home with no care record is care
    if left_alone(child, context) is not None:
        return Text("无人照护", "nobody looks after the child")
    carer = context.care.carer if context.care else None
    if carer is None:
        return None
    if lacks_full_capacity(carer, context.on) is not None:
        return Text("照护人不具有完全民事行为能力", "the carer lacks full capacity")
    age, elderly = carer.age_on(context.on), context.policy.elderly_carer_age
    if age >= elderly:
        return Text(
            "照护人年满 {elderly} 周岁（{age} 周岁）", "the carer is {age}, {elderly} or over"
        ).format(elderly=elderly, age=age)
    if carer.health:
        zh = "、".join(h.label() for h in sorted(carer.health, key=lambda h: h.value))
        en = ", ".join(h.label("en") for h in sorted(carer.health, key=lambda h: h.value))
        return Text(f"照护人{zh}", f"the carer has {en}")
    return None


@CHILD_SUBJECT.fact(
    "risk",
    words=Text("风险等级", "the risk level"),
    after_rules=True,
    settings=("risk", "no_visit_days", "elderly_carer_age", "contact_gap_days"),
)
def risk_of(child: Child, context: Context, findings: Sequence[Finding]) -> Risk:
    """The child's risk from the findings of the child's rules and the four gaps.

    ``findings`` are those of the rules the check runs that do not need the
    risk themselves: a rule that reads the risk level does not raise it.
    """
    policy = context.policy
    factors: list[RiskFactor] = []
    seen: set[str] = set()
    for f in sorted(findings, key=Finding.sort_key):
        if f.rule_id in seen or f.severity is Severity.INFO:
            continue
        seen.add(f.rule_id)
        points = policy.risk.error if f.severity is Severity.ERROR else policy.risk.warning
        factors.append(
            RiskFactor.of(
                f"rule:{f.rule_id}",
                points,
                Text(
                    f"违反规则 {f.rule_id}（{f.severity.label()}）",
                    f"rule {f.rule_id} broken ({f.severity.label('en')})",
                ),
            )
        )
    factors.extend(_gap_factors(child, context, findings))
    score = sum(f.points for f in factors)
    if score >= policy.risk.high_from:
        level = RiskLevel.HIGH
    elif score >= policy.risk.medium_from:
        level = RiskLevel.MEDIUM
    else:
        level = RiskLevel.LOW
    return Risk(
        child_id=mask_shaped(child.id), on=context.on, level=level, score=score, factors=factors
    )


def assess_risk(
    child: Child,
    *,
    on: dt.date,
    policy: Policy | None = None,
    rules: RuleSet | None = None,
) -> Risk:
    """The child's risk level on ``on``, with every factor that raised it.

    Worked out as :func:`~left_behind.check` works it out for the rules that
    need it: from the findings of ``rules`` (the defaults unless given) on
    the child under ``policy``. ``ValueError`` for a child not yet born on
    ``on``.
    """
    if child.birth_date > on:
        raise ValueError(f"child {mask_shaped(child.id)} is born on {child.birth_date}, after {on}")
    policy = Policy() if policy is None else policy
    risk: Risk = derive(child, risk_of, on=on, policy=policy, rules=rules)
    return risk


def visit_days(level: RiskLevel, policy: Policy | None = None) -> int:
    """How often a children's director visits a child of this risk level, in days.

    >>> visit_days(RiskLevel.HIGH), visit_days(RiskLevel.LOW)
    (7, 90)
    """
    policy = Policy() if policy is None else policy
    return {
        RiskLevel.HIGH: policy.visit_days_high,
        RiskLevel.MEDIUM: policy.visit_days_medium,
        RiskLevel.LOW: policy.visit_days_low,
    }[level]
