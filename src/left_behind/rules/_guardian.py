"""Who is the child's guardian: Civil Code arts. 27 and 30.

Parents are the guardians; only when both are dead or without capacity do
others take their place, in the legal order (grandparents, then elder
siblings, then another person or body), and a person or body outside the
family only with the approval of the village committee or civil affairs. A
guardian is a person able to guard (有监护能力): an adult (art. 17) not found
to lack capacity. The persons qualified may agree on another order (art. 30):
a guardian lower in the order while a capable person higher in it looks
after the child needs that agreement, or a court's designation, on record.
"""

from __future__ import annotations

from collections.abc import Iterator

from left_behind.kinds import Text
from left_behind.law import ADULT_FROM, CC, zh_numeral
from left_behind.model import ApprovalBody, Child, GuardianKind, Relation, Situation, age_on
from left_behind.rules._care import UNFIT_HEALTH, lacks_full_capacity
from left_behind.rules._findings import Severity
from left_behind.rules._registry import CHILD_SUBJECT, Context, Hit

__all__ = ["guardian_agreement", "guardian_order"]

# Only a parent at home or working away is plainly able to act as guardian; one
# who is imprisoned, in rehabilitation or out of contact may have been replaced
# by a court or by agreement, which the register does not show, so no finding.
_CAPABLE = frozenset({Situation.AT_HOME, Situation.WORKING_AWAY})
_APPROVAL_NEEDED = frozenset({GuardianKind.OTHER_PERSON, GuardianKind.ORGANIZATION})
# The order of art. 27 para. 2: (1) grandparents, (2) elder siblings, (3) others.
_RANK = {
    GuardianKind.GRANDPARENT: 1,
    GuardianKind.ELDER_SIBLING: 2,
    GuardianKind.OTHER_PERSON: 3,
    GuardianKind.ORGANIZATION: 3,
}
# The entrusted carers whom art. 27 names, and the place it gives them.
_RELATION_KIND = {
    Relation.PATERNAL_GRANDPARENT: GuardianKind.GRANDPARENT,
    Relation.MATERNAL_GRANDPARENT: GuardianKind.GRANDPARENT,
    Relation.ELDER_SIBLING: GuardianKind.ELDER_SIBLING,
}


def _capable_parent(child: Child, context: Context) -> Iterator[tuple[str, str, str, str]]:
    for p in child.parents:
        current = p.situation_on(context.on)
        situation = current.situation if current else Situation.AT_HOME
        if situation in _CAPABLE:
            yield p.role.label(), p.role.label("en"), situation.label(), situation.label("en")


@CHILD_SUBJECT.rule(
    id="CC-27-guardian-order",
    severity=Severity.ERROR,
    source=CC.source(27),
    title=Text(
        "父母是未成年子女的监护人；其他个人或组织担任监护人须经村（居）民委员会或民政部门同意",
        "parents are the guardians; another guardian only in the legal order, and an"
        " unrelated one only with approval",
    ),
)
def guardian_order(child: Child, context: Context) -> Iterator[Hit]:
    """A non-parent guardian while a capable parent lives, an unapproved unrelated one, or a
    guardian who is a minor or lacks capacity."""
    guardian = child.guardian
    if guardian is None or guardian.since > context.on:
        return
    for role_zh, role_en, what_zh, what_en in _capable_parent(child, context):
        yield Hit(
            path="$.guardian",
            zh=f"登记的监护人为“{guardian.kind.label()}”，但{role_zh}在世且有监护能力"
            f"（{what_zh}）。父母是未成年子女的监护人：请更正监护人，或登记父母"
            "死亡或丧失监护能力的情况。",
            en=f"the recorded guardian is a {guardian.kind.label('en')}, but the"
            f" {role_en} is alive and capable ({what_en}). Parents"
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
    if guardian.birth_date is not None:
        age = age_on(guardian.birth_date, context.on)
        if age < ADULT_FROM:
            yield Hit(
                path="$.guardian.birth_date",
                zh=f"监护人未满{zh_numeral(ADULT_FROM)}周岁（{age} 周岁），本人是未成年人，"
                "不能担任监护人。请依法另行确定有监护能力的成年人担任监护人。",
                en=f"the guardian is {age}, under {ADULT_FROM}: a minor is under guardianship"
                " and cannot be a guardian. Have an adult able to guard appointed.",
            )
    if guardian.lacks_capacity:
        yield Hit(
            path="$.guardian.lacks_capacity",
            zh="监护人被认定为无或限制民事行为能力人，没有监护能力。请依法另行确定监护人。",
            en="the guardian has been found to lack full capacity and cannot guard. Have"
            " another guardian appointed.",
        )


@CHILD_SUBJECT.rule(
    id="CC-30-guardian-agreement",
    severity=Severity.WARNING,
    source=CC.source(30),
    title=Text(
        "顺序在后的人担任监护人，应有依法具有监护资格的人之间的协议",
        "a guardian lower in the legal order than a capable person needs their agreement on record",
    ),
)
def guardian_agreement(child: Child, context: Context) -> Iterator[Hit]:
    """A guardian lower in the order of art. 27 while the child's entrusted carer, higher in
    it, is able to guard, with no agreement (art. 30) nor a court's designation recorded."""
    guardian = child.guardian
    if guardian is None or guardian.since > context.on:
        return
    if any(_capable_parent(child, context)):
        return  # CC-27-guardian-order: the parents are the guardians
    agreed = guardian.agreed_on is not None and guardian.agreed_on <= context.on
    designated = (
        guardian.approved_by is ApprovalBody.COURT
        and guardian.approved_on is not None
        and guardian.approved_on <= context.on
    )
    carer = context.care.carer if context.care is not None else None
    if agreed or designated or carer is None:
        return
    higher = _RELATION_KIND.get(carer.relation)
    if higher is None or _RANK[higher] >= _RANK[guardian.kind]:
        return
    if lacks_full_capacity(carer, context.on) is not None or carer.health & UNFIT_HEALTH:
        return  # not able to guard: the order passes over that person
    yield Hit(
        path="$.guardian.agreed_on",
        zh=f"监护人为“{guardian.kind.label()}”，而照护儿童的{carer.relation.label()}在监护"
        "顺序中在前且有监护能力，但未登记具有监护资格的人之间确定监护人的协议，也未登记人民法院"
        "的指定。请登记协议日期或指定。",
        en=f"the guardian is {guardian.kind.label('en')}, while the"
        f" {carer.relation.label('en')} who cares for the child comes before in the legal"
        " order and is able to guard, and no agreement of the persons qualified (Civil Code"
        " art. 30) nor a court's designation is recorded. Record the day of the agreement, or"
        " the designation.",
    )
