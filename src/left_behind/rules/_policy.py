"""Every setting that no law fixes, in one place, each with its reason.

A county or a home changes them with ``attrs.evolve(Policy(), ...)`` or by
loading a policy from JSON; a finding names the setting that applied.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from left_behind._errors import Problem
from left_behind.model._base import Record, problem

__all__ = ["Policy", "RiskWeights", "Setting"]


def _setting(default: Any, reason: str, subject: str = "child") -> Any:
    return attrs.field(default=default, metadata={"reason": reason, "subject": subject})


@attrs.frozen(kw_only=True)
class Setting:
    """One policy setting: its name, value, default, the reason for the default,
    and the kind of subject whose rules it concerns (``"child"``, ``"people"``,
    ``"home"``, ``"risk"``)."""

    name: str
    value: Any
    default: Any
    reason: str
    subject: str = "child"


@attrs.frozen(kw_only=True)
class RiskWeights(Record):
    """Points that raise a child's risk level, and the thresholds of the levels."""

    error: int = _setting(
        4,
        "each rule broken with severity error: the law is broken now; with the child left"
        " at home without parents, that alone makes the risk high",
    )
    warning: int = _setting(1, "each rule broken with severity warning: a duty is overdue")
    home_education_absent: int = _setting(
        1, "家教缺位: no parent lives at home to bring the child up"
    )
    affection_missing: int = _setting(
        1, "亲情缺失: no parent has visited within `no_visit_days` (policy)"
    )
    communication_lacking: int = _setting(
        1, "交流缺少: an absent parent's contact gap is longer than the weekly rule allows"
    )
    supervision_lacking: int = _setting(
        2,
        "监护缺乏: nobody, a minor, an elderly or an unwell carer looks after the child;"
        " weighed double, since the reports and MPL art. 21 put supervision first",
    )
    medium_from: int = _setting(3, "a score of 3 or more is medium risk")
    high_from: int = _setting(5, "a score of 5 or more is high risk")

    def _problems(self) -> Iterator[Problem]:
        for a in attrs.fields(type(self)):
            value = getattr(self, a.name)
            if not 0 <= value <= 1000:
                yield problem(
                    f"$.{a.name}",
                    "range",
                    f"must be from 0 to 1000, not {value}",
                    f"应在 0 到 1000 之间，不能是 {value}",
                )
        if self.high_from < self.medium_from:
            yield problem(
                "$.high_from",
                "range",
                f"the high-risk threshold ({self.high_from}) is below the medium one"
                f" ({self.medium_from})",
                f"高风险分数线（{self.high_from}）低于中风险分数线（{self.medium_from}）",
            )


_TEN_YEARS = 3650
# The bounds of each setting: wide enough for any county, narrow enough that
# date arithmetic on them cannot overflow.
_UNITS = {"years": "岁", "days": "天", "percent": "%"}
_RANGES = {
    "child_view_age": (0, 18, "years"),
    "notice_days": (0, _TEN_YEARS, "days"),
    "contact_gap_days": (1, _TEN_YEARS, "days"),
    "contact_lookback_days": (0, _TEN_YEARS, "days"),
    "no_visit_days": (1, _TEN_YEARS, "days"),
    "elderly_carer_age": (18, 120, "years"),
    "visit_days_high": (1, _TEN_YEARS, "days"),
    "visit_days_medium": (1, _TEN_YEARS, "days"),
    "visit_days_low": (1, _TEN_YEARS, "days"),
    "background_check_days": (1, _TEN_YEARS, "days"),
    "volunteer_percent": (0, 100, "percent"),
}


@attrs.frozen(kw_only=True)
class Policy(Record):
    """The settings of the checks that law leaves to a county or home.

    >>> p = Policy()
    >>> p.contact_gap_days, p.child_view_age, p.volunteer_percent
    (7, 8, 30)
    >>> print(p.explain("contact_gap_days"))
    contact_gap_days = 7: MPL art. 23: each absent parent contacts the child
    and the carer at least once a week
    """

    child_view_age: int = _setting(
        8,
        "MPL art. 22 asks to hear a child able to express a view; from 8 a child has"
        " limited civil capacity (Civil Code art. 19), so the library asks from 8",
    )
    notice_days: int = _setting(
        30,
        "MPL art. 23 asks for written notice to the school and village committee 'in time'"
        " (及时) without a number; 30 days leaves room for a holiday between entrustment and"
        " the school's return",
    )
    contact_gap_days: int = _setting(
        7,
        "MPL art. 23: each absent parent contacts the child and the carer at least once a week",
    )
    contact_lookback_days: int = _setting(
        365, "contact gaps are looked for in the last year; older logs are history"
    )
    no_visit_days: int = _setting(
        365,
        "a parent who has not come home for a year: the Spring Festival return the reports"
        " count on has been missed",
    )
    elderly_carer_age: int = _setting(
        70, "carers of 70 and over often cannot supervise schoolwork and safety alone"
    )
    visit_days_high: int = _setting(7, "a children's director visits a high-risk child every week")
    visit_days_medium: int = _setting(30, "and a medium-risk child every month")
    visit_days_low: int = _setting(90, "and every other child every quarter")
    background_check_days: int = _setting(
        365,
        "MPL art. 62: records of staff in close contact with children are checked every year",
        subject="people",
    )
    volunteer_percent: int = _setting(
        30,
        "the Shicun project's rule: volunteers number at least 30% of the children served"
        " (义工比例不低于服务对象人数30%)",
        subject="home",
    )
    risk: RiskWeights = attrs.field(
        factory=RiskWeights,
        metadata={"reason": "the weights of the risk level", "subject": "risk"},
    )

    def explain(self, name: str) -> str:
        """``name = value: reason`` for one setting, as findings cite it."""
        s = self.setting(name)
        return f"{s.name} = {s.value}: {s.reason}"

    def setting(self, name: str) -> Setting:
        """One setting with its value, default and reason."""
        a = attrs.fields_dict(type(self))[name]
        default: Any = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        return Setting(
            name=name,
            value=getattr(self, name),
            default=default,
            reason=a.metadata["reason"],
            subject=a.metadata["subject"],
        )

    def settings(self, subject: str | None = None) -> tuple[Setting, ...]:
        """Every setting in declaration order, or those of one kind of subject.

        >>> [s.name for s in Policy().settings("home")]
        ['volunteer_percent']
        """
        found = (self.setting(a.name) for a in attrs.fields(type(self)))
        return tuple(s for s in found if subject is None or s.subject == subject)

    def groups(self) -> dict[str, tuple[Setting, ...]]:
        """The settings grouped by the kind of subject they concern, in order.

        >>> list(Policy().groups())
        ['child', 'people', 'home', 'risk']
        """
        grouped: dict[str, list[Setting]] = {}
        for s in self.settings():
            grouped.setdefault(s.subject, []).append(s)
        return {k: tuple(v) for k, v in grouped.items()}

    def _problems(self) -> Iterator[Problem]:
        for a in attrs.fields(type(self)):
            value = getattr(self, a.name)
            if not isinstance(value, int):
                continue
            low, high, unit = _RANGES[a.name]
            if not low <= value <= high:
                yield problem(
                    f"$.{a.name}",
                    "range",
                    f"must be from {low} to {high} {unit}, not {value}",
                    f"应在 {low} 到 {high} {_UNITS[unit]}之间，不能是 {value}",
                )
