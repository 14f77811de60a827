"""The rules of law for one child, assembled from one module per source.

Each module holds the rules of one provision and exposes them in a tuple:
:mod:`._care` (MPL art. 21 and 22), :mod:`._notice_contact` (MPL art. 23),
:mod:`._reports` (GF16 mandatory reports), :mod:`._consent` (PIPL art. 31)
and :mod:`._guardian` (Civil Code art. 27). This is the one place that puts
them in order.
"""

from __future__ import annotations

from left_behind.rules._care import CARE_RULES
from left_behind.rules._consent import CONSENT_RULES
from left_behind.rules._guardian import GUARDIAN_RULES
from left_behind.rules._notice_contact import NOTICE_CONTACT_RULES
from left_behind.rules._registry import RuleSet
from left_behind.rules._reports import REPORT_RULES

__all__ = ["CHILD_RULES"]

CHILD_RULES = RuleSet(
    (*CARE_RULES, *NOTICE_CONTACT_RULES, *REPORT_RULES, *CONSENT_RULES, *GUARDIAN_RULES)
)
"""The rules of law for children, carers and entrustment, in the table's order."""
