"""Is a child left-behind, de-facto unsupported, or neither, on a date?

Two definitions are applied, the stricter first:

* **FSW-2019** (民发〔2019〕62号), de-facto unsupported child (事实无人抚养儿童),
  a minor under 18: both parents are each seriously ill or severely disabled,
  imprisoned, in compulsory drug rehabilitation, or out of contact for six
  months or more; or one parent is dead or missing and the other is so.
* **GF16-definition** (国发〔2016〕13号), left-behind child (留守儿童), a minor
  under 16: both parents work away, or one works away and the other cannot act
  as guardian. The opinion names serious illness and severe disability; a
  parent who is dead, missing, imprisoned, in rehabilitation or out of contact
  cannot act as guardian either, and is counted the same way.

A recorded parent with no situation in force is at home. A parent with no
record at all (a father the register does not know, say) cares for nobody:
with the other parent working away the child is left-behind, and the reasons
say that the parent is not recorded. That parent never makes a child de-facto
unsupported, which needs the facts.

A child not yet born on the date has no status: :func:`classify` refuses it.
"""

from __future__ import annotations

import datetime as dt

import attrs
from dateutil.relativedelta import relativedelta

from left_behind.model._base import Lang, Record, as_tuple
from left_behind.model._child import Child
from left_behind.model._enums import ChildStatus, ParentRole, ReasonCode, Situation

__all__ = [
    "GONE",
    "UNABLE",
    "Classification",
    "Reason",
    "away_from_home",
    "cannot_guard",
    "classify",
    "parent_reasons",
]

GONE = frozenset({Situation.DECEASED, Situation.MISSING})
"""A parent who is dead or missing."""
UNABLE = frozenset({Situation.INCAPACITATED, Situation.IMPRISONED, Situation.COMPULSORY_REHAB})
"""A parent alive but unable to care, whatever the time (FSW-2019's list but for contact)."""
OUT_OF_CONTACT_MONTHS = 6
"""FSW-2019: out of contact counts once it has lasted six months."""


@attrs.frozen(kw_only=True)
class Reason(Record):
    """One fact behind a classification: the child's age or a parent's situation."""

    code: ReasonCode
    parent: ParentRole | None = None
    situation: Situation | None = None
    since: dt.date | None = None
    age: int | None = None

    def describe(self, lang: Lang = "zh") -> str:
        """The fact in a sentence.

        >>> Reason(code=ReasonCode.PARENT_SITUATION, parent=ParentRole.MOTHER,
        ...        situation=Situation.WORKING_AWAY, since=dt.date(2024, 2, 20)).describe("en")
        'mother: working away since 2024-02-20'
        """
        if self.code is ReasonCode.AGE:
            return f"{self.age} 周岁" if lang == "zh" else f"aged {self.age}"
        who = self.parent.label(lang) if self.parent else ""
        if self.code is ReasonCode.PARENT_NOT_RECORDED:
            return f"未登记{who}信息" if lang == "zh" else f"{who}: not recorded"
        what = self.situation.label(lang) if self.situation else ""
        if lang == "zh":
            return f"{who}：{what}" + (f"（自 {self.since} 起）" if self.since else "")
        return f"{who}: {what}" + (f" since {self.since}" if self.since else "")


@attrs.frozen(kw_only=True)
class Classification(Record):
    """A child's status on a date, with the facts it rests on."""

    child_id: str
    on: dt.date
    status: ChildStatus
    reasons: tuple[Reason, ...] = attrs.field(converter=as_tuple)

    def explain(self, lang: Lang = "zh") -> str:
        """The status and its reasons in one line."""
        sep = "；" if lang == "zh" else "; "
        colon = "：" if lang == "zh" else ": "
        return self.status.label(lang) + colon + sep.join(r.describe(lang) for r in self.reasons)


def _parent_reason(child: Child, role: ParentRole, on: dt.date) -> Reason:
    parent = child.parent(role)
    if parent is None:
        return Reason(code=ReasonCode.PARENT_NOT_RECORDED, parent=role)
    current = parent.situation_on(on)
    if current is None:
        return Reason(code=ReasonCode.PARENT_SITUATION, parent=role, situation=Situation.AT_HOME)
    return Reason(
        code=ReasonCode.PARENT_SITUATION,
        parent=role,
        situation=current.situation,
        since=current.since,
    )


def _unable_fsw(r: Reason, on: dt.date) -> bool:
    if r.situation in UNABLE:
        return True
    return (
        r.situation is Situation.OUT_OF_CONTACT
        and r.since is not None
        and r.since + relativedelta(months=OUT_OF_CONTACT_MONTHS) <= on
    )


def cannot_guard(r: Reason) -> bool:
    """Whether the parent of ``r`` cannot act as guardian at home on its date.

    Dead, missing, seriously ill or disabled, imprisoned, in rehabilitation,
    out of contact, or with no record at all (a parent the register does not
    know of looks after nobody).
    """
    return (
        r.situation is None
        or r.situation in GONE
        or r.situation in UNABLE
        or r.situation is Situation.OUT_OF_CONTACT
    )


def away_from_home(reasons: tuple[Reason, Reason]) -> bool:
    """No parent at home, and at least one works away: GF16's condition, age aside.

    It is also the situation in which MPL art. 22 makes the parents entrust
    the child to a carer.
    """
    away = [r.situation is Situation.WORKING_AWAY for r in reasons]
    return any(away) and all(a or cannot_guard(r) for a, r in zip(away, reasons, strict=True))


def _status(age: int, a: Reason, b: Reason, on: dt.date) -> ChildStatus:
    if age < 18:
        if _unable_fsw(a, on) and _unable_fsw(b, on):
            return ChildStatus.DE_FACTO_UNSUPPORTED
        for x, y in ((a, b), (b, a)):
            if x.situation in GONE and _unable_fsw(y, on):
                return ChildStatus.DE_FACTO_UNSUPPORTED
    if age < 16 and away_from_home((a, b)):
        return ChildStatus.LEFT_BEHIND
    return ChildStatus.NEITHER


def parent_reasons(child: Child, on: dt.date) -> tuple[Reason, Reason]:
    """The father's and the mother's situation on ``on``, as reasons."""
    return (
        _parent_reason(child, ParentRole.FATHER, on),
        _parent_reason(child, ParentRole.MOTHER, on),
    )


def classify(child: Child, *, on: dt.date) -> Classification:
    """Classify ``child`` on the date ``on``, with the reasons.

    >>> from left_behind import samples
    >>> child = samples.family(father="working_away", mother="working_away", age=9)
    >>> result = classify(child, on=samples.REFERENCE_DATE)
    >>> result.status.value
    'left_behind'
    >>> print(result.explain("en"))
    left-behind child: aged 9; father: working away since 2024-02-20;
    mother: working away since 2024-02-20
    """
    if child.birth_date > on:
        raise ValueError(f"child {child.id} is born on {child.birth_date}, after {on}")
    age = child.age_on(on)
    father, mother = parent_reasons(child, on)
    return Classification(
        child_id=child.id,
        on=on,
        status=_status(age, father, mother, on),
        reasons=(Reason(code=ReasonCode.AGE, age=age), father, mother),
    )
