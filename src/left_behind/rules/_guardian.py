"""Who is the child's guardian: Civil Code art. 27.

Parents are the guardians; only when both are dead or without capacity do
others take their place, in the legal order, and a person or body outside
the family only with the approval of the village committee or civil affairs.
"""

from __future__ import annotations

from collections.abc import Iterator

from left_behind.law import CC
from left_behind.model._child import Child
from left_behind.model._enums import GuardianKind, Situation
from left_behind.rules._findings import Severity
from left_behind.rules._registry import Context, Hit, Rule, rule

__all__ = ["GUARDIAN_RULES", "guardian_order"]

# Only a parent at home or working away is plainly able to act as guardian; one
# who is imprisoned, in rehabilitation or out of contact may have been replaced
# by a court or by agreement, which the register does not show, so no finding.
_CAPABLE = frozenset({Situation.AT_HOME, Situation.WORKING_AWAY})
_APPROVAL_NEEDED = frozenset({GuardianKind.OTHER_PERSON, GuardianKind.ORGANIZATION})


@rule(
    id="CC-27-guardian-order",
    severity=Severity.ERROR,
    source=CC.source(27),
    title_zh="父母是未成年子女的监护人；其他个人或组织担任监护人须经村（居）民委员会或民政部门同意",
    title_en="parents are the guardians; another guardian only in the legal order, and an"
    " unrelated one only with approval",
)
def guardian_order(child: Child, context: Context) -> Iterator[Hit]:
    """A non-parent guardian while a capable parent lives, or an unapproved unrelated one."""
    guardian = child.guardian
    if guardian is None or guardian.since > context.on:
        return
    for p in child.parents:
        current = p.situation_on(context.on)
        situation = current.situation if current else Situation.AT_HOME
        if situation in _CAPABLE:
            yield Hit(
                path="$.guardian",
                zh=f"登记的监护人为“{guardian.kind.label()}”，但{p.role.label()}在世且有监护能力"
                f"（{situation.label()}）。父母是未成年子女的监护人：请更正监护人，或登记父母"
                "死亡或丧失监护能力的情况。",
                en=f"the recorded guardian is a {guardian.kind.label('en')}, but the"
                f" {p.role.label('en')} is alive and capable ({situation.label('en')}). Parents"
                " are the guardians: correct the guardian, or record the parent's death or"
                " incapacity.",
            )
    approved = guardian.approved_on is not None and guardian.approved_on <= context.on
    if guardian.kind in _APPROVAL_NEEDED and not approved:
        yield Hit(
            path="$.guardian.approved_by",
            zh=f"监护人为“{guardian.kind.label()}”，须经村（居）民委员会或民政部门同意，"
            "但未记录同意。请取得并登记同意（机关和日期）。",
            en=f"the guardian is {guardian.kind.label('en')} and needs the approval of the"
            " village or residents' committee or civil affairs, and none is recorded. Obtain"
            " it and record who approved and when.",
        )


GUARDIAN_RULES: tuple[Rule, ...] = (guardian_order,)
"""The rules of Civil Code art. 27."""
