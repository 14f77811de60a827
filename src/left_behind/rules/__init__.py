"""Pure functions over the records: classification, rule checks and risk.

A rule's check is a :data:`RuleCheck`: a function of a subject (a child and
its :class:`Context`, or another kind of :class:`Subject`) that
yields :class:`Hit` s; :func:`rule` makes it a :class:`Rule`.
"""

from left_behind.rules._check import check, default_rules
from left_behind.rules._classify import Classification, Reason, classify
from left_behind.rules._findings import Finding, Report, Severity, Source
from left_behind.rules._planning_rules import PLAN_SUBJECT, PlanFacts
from left_behind.rules._policy import PairingWeights, Policy, RiskWeights, Setting
from left_behind.rules._registry import (
    CHILD_SUBJECT,
    REGISTER_SUBJECT,
    Context,
    DocumentContext,
    Hit,
    Rule,
    RuleCheck,
    RuleSet,
    Subject,
    rule,
)
from left_behind.rules._render import render_report
from left_behind.rules._risk import Gap, Risk, RiskFactor, RiskLevel, assess_risk, visit_days
from left_behind.rules._support import (
    HOME_SUBJECT,
    PAIRING_SUBJECT,
    PERSON_SUBJECT,
    PROGRAMME_SOURCES,
    SupportFacts,
    needs_mentor,
)

__all__ = [
    "CHILD_SUBJECT",
    "HOME_SUBJECT",
    "PAIRING_SUBJECT",
    "PERSON_SUBJECT",
    "PLAN_SUBJECT",
    "PROGRAMME_SOURCES",
    "REGISTER_SUBJECT",
    "Classification",
    "Context",
    "DocumentContext",
    "Finding",
    "Gap",
    "Hit",
    "PairingWeights",
    "PlanFacts",
    "Policy",
    "Reason",
    "Report",
    "Risk",
    "RiskFactor",
    "RiskLevel",
    "RiskWeights",
    "Rule",
    "RuleCheck",
    "RuleSet",
    "Setting",
    "Severity",
    "Source",
    "Subject",
    "SupportFacts",
    "assess_risk",
    "check",
    "classify",
    "default_rules",
    "needs_mentor",
    "render_report",
    "rule",
    "visit_days",
]
