"""The engine: run a rule set over a child or a register on a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from left_behind.model._child import Child
from left_behind.model._register import Register
from left_behind.rules._child_rules import CHILD_RULES
from left_behind.rules._findings import Finding, Report
from left_behind.rules._policy import Policy
from left_behind.rules._registry import Context, RuleSet

__all__ = ["check", "default_rules"]

_DEFAULT_POLICY = Policy()
ADULT_AGE = 18
"""Civil Code art. 17: from 18 a person is an adult, and these rules no longer apply."""


def default_rules() -> RuleSet:
    """Every rule the library knows, in the order of the rules table."""
    return CHILD_RULES


def child_findings(child: Child, on: dt.date, policy: Policy, rules: RuleSet) -> Iterator[Finding]:
    """Every finding of ``rules`` for one child, in rule order.

    The rules protect minors: a child not yet born on ``on``, or 18 or over,
    has no findings.
    """
    if child.birth_date > on or child.age_on(on) >= ADULT_AGE:
        return
    context = Context.of(child, on, policy)
    for r in rules:
        yield from r.run(child, context)


def check(
    subject: Child | Register,
    *,
    on: dt.date,
    policy: Policy = _DEFAULT_POLICY,
    rules: RuleSet | None = None,
) -> Report:
    """Check a child or a whole register on ``on``: every finding, in order.

    A register with problems is still a register: nothing is raised for a
    broken rule. ``policy`` holds the settings no law fixes; ``rules`` is
    :func:`default_rules` unless given (switch rules off with
    ``default_rules().without(...)``, add your own with ``with_rules``).

    >>> import left_behind as lb
    >>> child = lb.samples.family(father="working_away", mother="working_away", age=6)
    >>> report = lb.check(child, on=lb.samples.REFERENCE_DATE)
    >>> [(f.rule_id, f.path) for f in report.findings]
    [('PIPL-31-consent', '$.consents'), ('MPL-23-notice', '$.care[0].school_notified_on'),
     ('MPL-23-notice', '$.care[0].village_notified_on'),
     ('MPL-23-weekly-contact', '$.contacts'), ('MPL-23-weekly-contact', '$.contacts'),
     ('MPL-23-weekly-contact', '$.contacts'), ('MPL-23-weekly-contact', '$.contacts')]
    """
    selected = default_rules() if rules is None else rules
    if isinstance(subject, Register):
        children: tuple[Child, ...] = subject.children
    elif isinstance(subject, Child):
        children = (subject,)
    else:
        raise TypeError(f"check() takes a Child or a Register, not {type(subject).__name__}")
    return Report.of(
        on, (f for child in children for f in child_findings(child, on, policy, selected))
    )
