"""Pure functions over the records: classification, rule checks and risk."""

from left_behind.rules._check import check, default_rules
from left_behind.rules._classify import Classification, Reason, classify
from left_behind.rules._findings import Finding, Report, Severity, Source
from left_behind.rules._policy import Policy, RiskWeights, Setting
from left_behind.rules._registry import Context, Hit, Rule, RuleCheck, RuleSet, rule

__all__ = [
    "Classification",
    "Context",
    "Finding",
    "Hit",
    "Policy",
    "Reason",
    "Report",
    "RiskWeights",
    "Rule",
    "RuleCheck",
    "RuleSet",
    "Setting",
    "Severity",
    "Source",
    "check",
    "classify",
    "default_rules",
    "rule",
]
