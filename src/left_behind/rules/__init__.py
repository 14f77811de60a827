"""Pure functions over the records: classification, rule checks and risk.

A rule's check is a :data:`RuleCheck`: a function of a subject (a child and
its :class:`Context`, or another kind of :class:`Subject`) that
yields :class:`Hit` s; :func:`rule` makes it a :class:`Rule`, and a
subject's :meth:`Subject.rule` registers it with its concern. The rules of
this package's concerns are declared in the modules imported here (the
child's, the people's, the pairings', the home's), the plan's in
:mod:`left_behind.planning`; :func:`default_rules` gathers them all.
"""

# isort: off
# The modules that declare the rules of this package's concerns: a concern's
# rules are registered in the order they are declared, so the child's are
# imported in the order of the rules table (tests/test_rules_engine.py pins it).
from left_behind.rules import _care, _notice_contact, _reports, _consent, _guardian  # noqa: F401
from left_behind.rules import _people_rules, _pairing_rules, _home_rules  # noqa: F401

# isort: on
from left_behind.rules._check import check, default_rules
from left_behind.rules._classify import Classification, Reason, classify
from left_behind.rules._findings import Finding, Report, Severity, Source
from left_behind.rules._policy import PairingWeights, Policy, RiskWeights, Setting
from left_behind.rules._reference import rules_reference
from left_behind.rules._registry import (
    CHILD_SUBJECT,
    REGISTER_SUBJECT,
    Context,
    DocumentContext,
    Fact,
    Hit,
    Rule,
    RuleCheck,
    RuleSet,
    Subject,
    registered,
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
    "PROGRAMME_SOURCES",
    "REGISTER_SUBJECT",
    "Classification",
    "Context",
    "DocumentContext",
    "Fact",
    "Finding",
    "Gap",
    "Hit",
    "PairingWeights",
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
    "registered",
    "render_report",
    "rule",
    "rules_reference",
    "visit_days",
]
