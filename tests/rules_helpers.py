"""What the rule test modules share: short ways to check a child, and common rows.

Every test starts from a child that breaks no rule (``rules_strategies.child``),
changes one thing and expects exactly the findings it causes: rule ids,
severities, paths, and the dates and values in the messages. The names here
are those more than one test module uses.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from left_behind import CareArrangement, Child, Finding, Register, check
from left_behind.model import GuardianshipType, Situation
from left_behind.testing.rules import ON, POLICY, SINCE, child, days

__all__ = [
    "AFTER",
    "AWAY",
    "BEFORE",
    "CONSENT",
    "DUE",
    "ENTRUSTED",
    "ERROR",
    "FOUND",
    "HOME",
    "LEAP_SINCE",
    "ON_DAY",
    "TEN",
    "VIEW",
    "WARNING",
    "WITH_PARENTS",
    "YOUNG",
    "findings",
    "found",
    "only",
    "orphan",
    "unheard",
    "with_care",
    "with_carer",
]

AWAY = Situation.WORKING_AWAY
HOME = Situation.AT_HOME
ERROR, WARNING = "error", "warning"
ENTRUSTED = "$.care[1]"  # the children below were born before SINCE: care[0] is with the parents
BEFORE, ON_DAY, AFTER = -1, 0, 1

TEN = dt.date(2016, 5, 1)  # 10 on ON
YOUNG = dt.date(2021, 3, 15)  # 5 on ON
WITH_PARENTS = (CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=TEN),)
LEAP_SINCE = dt.date(2025, 9, 1)  # entrusted before the 28 February checks of the leapling tests

VIEW = ("MPL-22-child-view", WARNING, f"{ENTRUSTED}.child_heard_on")
DUE = SINCE + days(POLICY.notice_days)  # the notice deadline of the entrustment on SINCE
FOUND = dt.date(2026, 8, 20)  # a situation to report is discovered, 12 days before ON
CONSENT = ("PIPL-31-consent", ERROR, "$.consents")


def found(subject: Child | Register, on: dt.date = ON, **kw: Any) -> list[tuple[str, str, str]]:
    """(rule id, severity, path) of every finding, in the report's order."""
    return [(f.rule_id, f.severity.value, f.path) for f in check(subject, on=on, **kw).findings]


def findings(subject: Child | Register, on: dt.date = ON, **kw: Any) -> tuple[Finding, ...]:
    """Every finding, in the report's order."""
    return check(subject, on=on, **kw).findings


def only(subject: Child, rule_id: str, on: dt.date = ON, **kw: Any) -> Finding:
    """The one finding of ``rule_id``."""
    (f,) = check(subject, on=on, **kw).filter(rule_id=rule_id).findings
    return f


def with_care(c: Child, **changes: Any) -> Child:
    """The child with its current (last) arrangement changed."""
    return attrs.evolve(c, care=(*c.care[:-1], attrs.evolve(c.care[-1], **changes)))


def with_carer(c: Child, **changes: Any) -> Child:
    """The child with its current carer changed."""
    current = c.care[-1].carer
    assert current is not None
    return with_care(c, carer=attrs.evolve(current, **changes))


def unheard(birth: dt.date) -> Child:
    """A child born on ``birth``, entrusted on SINCE with no hearing of the child recorded."""
    return with_care(child(birth_date=birth), child_heard_on=None)


def orphan(**changes: Any) -> Child:
    """A child of 10 whose parents are both dead, with ``changes``."""
    return child(birth_date=TEN, father=Situation.DECEASED, mother=Situation.DECEASED, **changes)
