"""The care of a child whose parents are away: MPL art. 21 and 22.

Art. 21: a child under 8 or needing special care is never left unattended or
with an unfit carer, and no child under 16 lives alone. Art. 22: parents who
cannot care for the child for a time, for work away or another reason, entrust
an adult with full capacity able to give care, not one disqualified by their
record, and hear the child's view when they choose. :func:`left_alone` is the
one test of "without a carer", and :func:`lacks_full_capacity` of an unfit
carer's capacity, that both articles and the risk's "too little supervision"
rely on. Who looks after the child is who is there on the date: a care
arrangement that names the parents counts only while one of them lives with
the child, and the finding says so when the parents it names are away.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from left_behind.kinds import Text
from left_behind.law import ALONE_UNDER, MPL, UNATTENDED_UNDER, zh_numeral
from left_behind.model import (
    PARENT_TYPES,
    Child,
    CivilCapacity,
    DisqualifyingGround,
    EntrustedCarer,
    GuardianshipType,
    HealthCondition,
    LivingArrangement,
    ParentRole,
    ReportEvent,
    ReportKind,
    age_on,
    ground_of,
)
from left_behind.rules._classify import parent_reasons
from left_behind.rules._findings import Severity
from left_behind.rules._registry import CHILD_SUBJECT, Context, Hit, parent_at_home

__all__ = [
    "UNFIT_HEALTH",
    "absent_parents",
    "alone_report",
    "child_view",
    "disqualified",
    "lacks_full_capacity",
    "left_alone",
    "living_alone",
    "must_entrust",
    "unattended",
]

_ALONE = frozenset({LivingArrangement.ALONE, LivingArrangement.WITH_MINOR_SIBLINGS})
_NAMED = {
    GuardianshipType.BOTH_PARENTS: (ParentRole.FATHER, ParentRole.MOTHER),
    GuardianshipType.FATHER_ONLY: (ParentRole.FATHER,),
    GuardianshipType.MOTHER_ONLY: (ParentRole.MOTHER,),
}
if set(_NAMED) != PARENT_TYPES:  # a programming error, caught by the tests
    raise RuntimeError("every arrangement with parents names its parents")
UNFIT_HEALTH = frozenset(
    {
        HealthCondition.SERIOUS_ILLNESS,
        HealthCondition.SEVERE_DISABILITY,
        HealthCondition.MENTAL_DISORDER,
    }
)
"""A carer's health that leaves no ability to give care (MPL art. 22: 具有照护能力)."""


def left_alone(child: Child, context: Context) -> Hit | None:
    """Where the record shows the child living without a carer, if it does."""
    if child.living in _ALONE:
        return Hit(
            path="$.living",
            zh=f"登记为“{child.living.label()}”",
            en=f"is recorded as living {child.living.label('en')}",
        )
    care = context.care
    if care is None:
        if not child.parents or parent_at_home(child, context.on):
            return None  # a parent at home, or no family on record: nothing says alone
        return Hit(
            path=context.care_path,
            zh="没有照护安排，父母也均不在家",
            en="has no care arrangement and no parent at home",
        )
    if care.guardianship is GuardianshipType.NOBODY:
        return Hit(
            path=f"{context.care_path}.guardianship",
            zh="照护类型为“无人照料”",
            en="is recorded as cared for by nobody",
        )
    named = _NAMED.get(care.guardianship)
    if named is None or not child.parents or parent_at_home(child, context.on):
        return None  # a parent is there, or no family on record: nothing says alone
    zh, en = absent_parents(child, context, named)
    return Hit(
        path=f"{context.care_path}.guardianship",
        zh=f"照护类型为“{care.guardianship.label()}”，但{zh}，没有父母在家照护",
        en=f"is recorded as cared for by {care.guardianship.label('en')}, but {en}:"
        " no parent is at home",
    )


def absent_parents(
    child: Child, context: Context, roles: tuple[ParentRole, ...] = tuple(ParentRole)
) -> tuple[str, str]:
    """The situations of these parents on the date, in Chinese and English."""
    reasons = [r for r in parent_reasons(child, context.on) if r.parent in roles]
    return "；".join(r.describe() for r in reasons), "; ".join(r.describe("en") for r in reasons)


def alone_report(child: Child, context: Context) -> tuple[int, ReportEvent] | None:
    """The report of the child living alone, recorded for the present care, if any.

    A report counts when it was discovered by the date and not before the
    care arrangement in force began (an older report was of another time).
    The index is the report's place in ``child.reports``.
    """
    since = context.care.since if context.care is not None else child.birth_date
    for i in range(len(child.reports) - 1, -1, -1):
        event = child.reports[i]
        if event.kind is ReportKind.LIVING_ALONE and since <= event.discovered_on <= context.on:
            return i, event
    return None


def lacks_full_capacity(carer: EntrustedCarer, on: dt.date) -> Hit | None:
    """Why the carer lacks full civil capacity on ``on``, if they do.

    A minor (Civil Code art. 17), unless 16 or 17 and living on their own
    earnings (art. 18), or, failing that, a carer found to lack it; the path
    is relative to the carer.
    """
    if carer.capacity_on(on) is not CivilCapacity.FULL:
        age = carer.age_on(on)
        return Hit(path=".birth_date", zh=f"未成年（{age} 周岁）", en=f"is a minor ({age})")
    if carer.lacks_capacity:
        return Hit(
            path=".lacks_capacity",
            zh="被认定为无或限制民事行为能力人",
            en="has been found to lack full capacity",
        )
    return None


@CHILD_SUBJECT.rule(
    id="MPL-21-living-alone",
    severity=Severity.ERROR,
    source=MPL.source(21),
    title=Text(
        "不得使未满十六周岁的未成年人脱离监护单独生活",
        "no child under 16 may live alone",
    ),
)
def living_alone(child: Child, context: Context) -> Iterator[Hit]:
    """A child under 16 living alone, with minor siblings only, or cared for by nobody."""
    if context.age >= ALONE_UNDER:
        return
    where = left_alone(child, context)
    if where is None:
        return
    found = alone_report(child, context)
    reported = found[1].reported_on if found is not None else None
    if reported is not None and reported <= context.on:
        todo_zh = (
            f"已于 {reported} 向公安机关报告。应立即安排安全的照护：由监护人或被委托人照护，"
            "或由民政部门临时监护。"
        )
        todo_en = (
            f" It was reported to the police on {reported}. Place the child in safe care now:"
            " with a guardian or an entrusted carer, or in the temporary care of civil affairs."
        )
    else:
        todo_zh = "应立即安排监护人或被委托人照护，并向公安机关报告（强制报告）、登记报告日期。"
        todo_en = (
            " Arrange care by a guardian or an entrusted carer now, report to the police at"
            " once (mandatory report) and record the report."
        )
    yield Hit(
        path=where.path,
        zh=f"未满{zh_numeral(ALONE_UNDER)}周岁（{context.age} 周岁），{where.zh}，"
        f"脱离监护单独生活。{todo_zh}",
        en=f"is {context.age}, under {ALONE_UNDER}, and {where.en}: living without a"
        f" guardian.{todo_en}",
    )


@CHILD_SUBJECT.rule(
    id="MPL-21-unattended",
    severity=Severity.ERROR,
    source=MPL.source(21),
    title=Text(
        "未满八周岁或需要特别照顾的未成年人不得无人看护或交由不适宜的人照护",
        "a child under 8 or needing special care is never unattended or with an unfit carer",
    ),
)
def unattended(child: Child, context: Context) -> Iterator[Hit]:
    """A young or special-needs child left alone, or with a carer lacking capacity or infectious.

    Every :class:`~left_behind.model.SpecialNeed` is a physical or psychological
    reason for special care (art. 21), at any age.
    """
    special = child.special_needs
    if context.age >= UNATTENDED_UNDER and not special:
        return
    if context.age < UNATTENDED_UNDER:
        why_zh = f"未满{zh_numeral(UNATTENDED_UNDER)}周岁（{context.age} 周岁）"
        why_en = f"is {context.age}, under {UNATTENDED_UNDER},"
    else:
        needs = sorted(special, key=lambda n: n.value)
        why_zh = "需要特别照顾（" + "、".join(n.label() for n in needs) + "）"
        why_en = "needs special care (" + ", ".join(n.label("en") for n in needs) + "),"
    where = left_alone(child, context)
    if where is not None:
        yield Hit(
            path=where.path,
            zh=f"{why_zh}，{where.zh}，处于无人看护状态。应立即安排有照护能力的成年人照护。",
            en=f"{why_en} and {where.en}: unattended. Arrange care by a capable adult now.",
        )
        return
    carer = context.care.carer if context.care else None
    if carer is None:
        return
    carer_path = f"{context.care_path}.carer"
    incapable = lacks_full_capacity(carer, context.on)
    if incapable is not None:
        yield Hit(
            path=carer_path + incapable.path,
            zh=f"{why_zh}，其照护人{incapable.zh}，不得由其照护。应改由完全民事行为能力人照护。",
            en=f"{why_en} and the carer {incapable.en}. Entrust the child to an adult with full"
            " capacity.",
        )
    if HealthCondition.SERIOUS_INFECTIOUS_DISEASE in carer.health:
        yield Hit(
            path=carer_path + ".health",
            zh=f"{why_zh}，其照护人患有严重传染性疾病，不得由其照护。应另行安排照护人。",
            en=f"{why_en} and the carer has a serious infectious disease. Arrange another carer.",
        )


@CHILD_SUBJECT.rule(
    id="MPL-22-must-entrust",
    severity=Severity.ERROR,
    source=MPL.source(22),
    title=Text(
        "父母因外出务工等原因不能履行监护职责的，应委托具有照护能力的完全民事行为能力人代为照护",
        "parents who cannot care for the child, for work away or another reason, entrust"
        " an adult with full capacity able to give care",
    ),
)
def must_entrust(child: Child, context: Context) -> Iterator[Hit]:
    """Parents absent and no entrusted carer, or a carer who is a minor, incapable or unwell.

    It applies while no parent lives with the child and at least one is alive
    and away for any reason: working away without the child, imprisoned, in
    compulsory rehabilitation, seriously ill or disabled, missing or out of
    contact (art. 22: 因外出务工等原因).
    """
    if not context.parents_absent:
        return
    care = context.care
    if care is None or not (care.is_entrusted or care.guardianship is GuardianshipType.INSTITUTION):
        kind_zh = care.guardianship.label() if care else "无"
        kind_en = care.guardianship.label("en") if care else "none"
        if care is not None and care.guardianship in _NAMED:
            kind_zh += "，所登记的父母不在家"
            kind_en += ", which names parents not at home"
        away_zh, away_en = absent_parents(child, context)
        yield Hit(
            path=context.care_path if care is None else f"{context.care_path}.guardianship",
            zh=f"没有父母在家照护（{away_zh}），也没有委托照护人（当前照护类型：{kind_zh}）。"
            "父母因外出务工等原因不能履行监护职责的，应委托具有照护能力的完全民事行为能力人"
            "代为照护，并登记照护安排。",
            en=f"has no parent at home ({away_en}) and no entrusted carer (arrangement:"
            f" {kind_en}). Parents who cannot care for the child, for work away or another"
            " reason, must entrust an adult with full capacity able to give care; record the"
            " arrangement.",
        )
        return
    carer = care.carer
    if carer is None:
        return
    path = f"{context.care_path}.carer"
    if carer.capacity_on(context.on) is not CivilCapacity.FULL:
        carer_age = carer.age_on(context.on)
        yield Hit(
            path=path + ".birth_date",
            zh=f"被委托人未成年（{carer_age} 周岁），不具有完全民事行为能力，不能作为被委托人。"
            "应委托成年人代为照护。",
            en=f"the entrusted carer is a minor ({carer_age}) without full capacity. Entrust"
            " an adult.",
        )
    if carer.lacks_capacity:
        yield Hit(
            path=path + ".lacks_capacity",
            zh="被委托人不具有完全民事行为能力。应委托完全民事行为能力人代为照护。",
            en="the entrusted carer lacks full civil capacity. Entrust an adult with full"
            " capacity.",
        )
    unfit = [h for h in HealthCondition if h in carer.health and h in UNFIT_HEALTH]
    if unfit:
        yield Hit(
            path=path + ".health",
            zh="被委托人" + "、".join(h.label() for h in unfit) + "，不具备照护能力。"
            "应另行委托有照护能力的人。",
            en="the entrusted carer has "
            + ", ".join(h.label("en") for h in unfit)
            + " and cannot give care. Entrust someone able to care.",
        )


@CHILD_SUBJECT.rule(
    id="MPL-22-disqualified",
    severity=Severity.ERROR,
    source=MPL.source(22),
    title=Text(
        "有性侵害、虐待等违法犯罪行为，吸毒、酗酒、赌博等恶习，或曾怠于履行照护职责的人不得作为被委托人",
        "no entrusted carer with a record of abuse or violence, a vice, or past neglect",
    ),
)
def disqualified(child: Child, context: Context) -> Iterator[Hit]:
    """One finding for each of the four grounds on the current carer's record."""
    carer = context.care.carer if context.care else None
    if carer is None:
        return
    for ground in DisqualifyingGround:
        found = [
            (j, r)
            for j, r in enumerate(carer.records)
            if ground_of(r.misconduct) is ground
            and (r.recorded_on is None or r.recorded_on <= context.on)
        ]
        if not found:
            continue
        facts_zh = "、".join(r.misconduct.label() for _, r in found)
        facts_en = ", ".join(r.misconduct.label("en") for _, r in found)
        yield Hit(
            path=f"{context.care_path}.carer.records[{found[0][0]}]",
            zh=f"被委托人有“{facts_zh}”记录，属于“{ground.label()}”，不得作为被委托人。"
            "应立即另行委托合适的照护人。",
            en=f"the entrusted carer has a record of {facts_en} ({ground.label('en')}) and may"
            " not be a carer. Entrust the child to a suitable carer now.",
        )


@CHILD_SUBJECT.rule(
    id="MPL-22-child-view",
    severity=Severity.WARNING,
    source=MPL.source(22),
    title=Text(
        "确定被委托人时应听取有表达意愿能力的未成年人的意见",
        "the child's view is heard when the carer is chosen",
    ),
    settings=("child_view_age",),
)
def child_view(child: Child, context: Context) -> Iterator[Hit]:
    """The child was old enough when the carer was chosen, and no hearing is recorded."""
    care = context.care
    if care is None or not care.is_entrusted:
        return
    if care.child_heard_on is not None and care.child_heard_on <= context.on:
        return
    threshold = context.policy.child_view_age
    age_then = age_on(child.birth_date, care.since)
    if age_then >= threshold:
        yield Hit(
            path=f"{context.care_path}.child_heard_on",
            zh=f"委托照护自 {care.since} 起，儿童当时 {age_then} 周岁（政策：{threshold} 周岁起"
            "听取意见），未记录听取儿童意见。请听取儿童对被委托人的意见并记录日期。",
            en=f"was {age_then} when the entrustment began on {care.since} (the policy asks"
            f" from {threshold}), and no hearing of the child's view is recorded. Hear the"
            " child about the carer and record the date.",
            setting="child_view_age",
        )
