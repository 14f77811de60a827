"""Consent to process a child's data: PIPL art. 31.

The data of a child under 14 is sensitive (PIPL art. 28), and processing it
on consent needs the consent of a parent or other guardian. A parent whose
guardianship a court revoked (Civil Code art. 36) no longer consents for the
child: the guardian the court appointed does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from left_behind.kinds import Text
from left_behind.law import CONSENT_UNDER, PIPL, zh_numeral
from left_behind.model import Child, ConsentGiver, LawfulBasis, ParentRole, Purpose, Situation
from left_behind.rules._findings import Severity
from left_behind.rules._registry import CHILD_SUBJECT, Context, Hit

__all__ = ["consent"]


@CHILD_SUBJECT.rule(
    id="PIPL-31-consent",
    dated=True,
    severity=Severity.ERROR,
    source=PIPL.source(31),
    title=Text(
        "处理不满十四周岁未成年人个人信息应取得其父母或其他监护人同意",
        "a guardian consents to processing the data of a child under 14",
    ),
)
def consent(child: Child, context: Context) -> Iterator[Hit]:
    """A child under 14, processed on consent, without a guardian's consent to registration."""
    if context.age >= CONSENT_UNDER or child.lawful_basis is not LawfulBasis.CONSENT:
        return
    ended: list[dt.date] = []
    for c in child.consents:
        if c.given_by is ConsentGiver.GUARDIAN:
            # counts only when a guardian other than the parents exists
            giver_counts = child.guardian is not None and child.guardian.since <= context.on
        else:
            parent = child.parent(ParentRole(c.given_by.value))
            current = parent.situation_on(context.on) if parent is not None else None
            revoked = current is not None and current.situation is Situation.GUARDIANSHIP_REVOKED
            giver_counts = not revoked
        if giver_counts and Purpose.REGISTRATION in c.purposes:
            if c.in_force_on(context.on):
                return
            if c.withdrawn_on is not None and c.withdrawn_on <= context.on:
                ended.append(c.withdrawn_on)
    renew = max(ended, default=None)
    since = (
        Text("", "")
        if renew is None
        else Text(
            f"（原有同意已于 {renew} 撤回）", f" (the consent given was withdrawn on {renew})"
        )
    )
    yield Hit(
        path="$.consents",
        zh=f"不满{zh_numeral(CONSENT_UNDER)}周岁（{context.age} 周岁），个人信息属于敏感个人信息，"
        f"但没有在 {context.on} 有效的父母或监护人建档同意{since.zh}。请取得书面同意并登记；"
        "如依法定职责处理，请将处理依据登记为“履行法定职责”。",
        en=f"is {context.age}, under {CONSENT_UNDER}, so the child's data is sensitive, and no"
        f" parent's or guardian's consent to registration is in force on {context.on}{since.en}."
        " Obtain written consent and record it, or record the lawful basis as statutory duty if"
        " that applies.",
        # a consent that held and was withdrawn is to renew from that day; none ever: no day
        due=renew,
    )
