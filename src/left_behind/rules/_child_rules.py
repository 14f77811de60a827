"""The rules of law for one child, each its own function.

Each rule looks at the child's record and the :class:`Context` (the date, the
policy, the child's age and care arrangement in force) and yields a
:class:`Hit` for every breach, with the path of the field at fault and a
message that says what is wrong, with which dates, and what to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from left_behind.model._age import age_on
from left_behind.model._child import Child
from left_behind.model._enums import (
    ConsentGiver,
    DisqualifyingGround,
    GuardianKind,
    GuardianshipType,
    HealthCondition,
    LawfulBasis,
    LivingArrangement,
    ParentRole,
    Purpose,
    SchoolStage,
    Situation,
    SpecialNeed,
    ground_of,
)
from left_behind.rules._findings import Severity
from left_behind.rules._registry import Context, Hit, RuleSet, parent_at_home, rule
from left_behind.rules._sources import CC_27, GF16_REPORT, MPL_21, MPL_22, MPL_23, PIPL_31

__all__ = [
    "CHILD_RULES",
    "child_view",
    "consent",
    "disqualified",
    "guardian_order",
    "left_alone",
    "living_alone",
    "must_entrust",
    "notice",
    "report_overdue",
    "unattended",
    "weekly_contact",
]

_ALONE = frozenset({LivingArrangement.ALONE, LivingArrangement.WITH_MINOR_SIBLINGS})
_SPECIAL = frozenset({SpecialNeed.SPECIAL_CARE, SpecialNeed.DISABILITY})
_UNFIT = (
    HealthCondition.SERIOUS_ILLNESS,
    HealthCondition.SEVERE_DISABILITY,
    HealthCondition.MENTAL_DISORDER,
)
_NOT_IN_SCHOOL = frozenset({SchoolStage.NOT_IN_KINDERGARTEN, SchoolStage.OUT_OF_SCHOOL})
_DAY = dt.timedelta(days=1)


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
    return None


@rule(
    id="MPL-21-living-alone",
    severity=Severity.ERROR,
    source=MPL_21,
    title_zh="不得使未满十六周岁的未成年人脱离监护单独生活",
    title_en="no child under 16 may live alone",
)
def living_alone(child: Child, context: Context) -> Iterator[Hit]:
    """A child under 16 living alone, with minor siblings only, or cared for by nobody."""
    if context.age >= 16:
        return
    where = left_alone(child, context)
    if where is not None:
        yield Hit(
            path=where.path,
            zh=f"未满十六周岁（{context.age} 周岁），{where.zh}，脱离监护单独生活。"
            "应立即安排监护人或被委托人照护，并向公安机关报告（强制报告）。",
            en=f"is {context.age}, under 16, and {where.en}: living without a guardian."
            " Arrange care by a guardian or an entrusted carer now and report to the police"
            " at once (mandatory report).",
        )


@rule(
    id="MPL-21-unattended",
    severity=Severity.ERROR,
    source=MPL_21,
    title_zh="未满八周岁或需要特别照顾的未成年人不得无人看护或交由不适宜的人照护",
    title_en="a child under 8 or needing special care is never unattended or with an unfit carer",
)
def unattended(child: Child, context: Context) -> Iterator[Hit]:
    """A young or special-needs child left alone, or with a carer lacking capacity or infectious."""
    special = child.special_needs & _SPECIAL
    if context.age >= 8 and not special:
        return
    if context.age < 8:
        why_zh, why_en = f"未满八周岁（{context.age} 周岁）", f"is {context.age}, under 8,"
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
    carer_age = carer.age_on(context.on)
    if carer_age < 18 or carer.lacks_capacity:
        what_zh = (
            f"未成年（{carer_age} 周岁）" if carer_age < 18 else "被认定为无或限制民事行为能力人"
        )
        what_en = (
            f"is a minor ({carer_age})"
            if carer_age < 18
            else "has been found to lack full capacity"
        )
        yield Hit(
            path=carer_path + (".birth_date" if carer_age < 18 else ".lacks_capacity"),
            zh=f"{why_zh}，其照护人{what_zh}，不得由其照护。应改由完全民事行为能力人照护。",
            en=f"{why_en} and the carer {what_en}. Entrust the child to an adult with full"
            " capacity.",
        )
    if HealthCondition.SERIOUS_INFECTIOUS_DISEASE in carer.health:
        yield Hit(
            path=carer_path + ".health",
            zh=f"{why_zh}，其照护人患有严重传染性疾病，不得由其照护。应另行安排照护人。",
            en=f"{why_en} and the carer has a serious infectious disease. Arrange another carer.",
        )


@rule(
    id="MPL-22-must-entrust",
    severity=Severity.ERROR,
    source=MPL_22,
    title_zh="父母外出务工应委托具有照护能力的完全民事行为能力人代为照护",
    title_en="parents away for work entrust an adult with full capacity able to give care",
)
def must_entrust(child: Child, context: Context) -> Iterator[Hit]:
    """Parents away and no entrusted carer, or a carer who is a minor, incapable or unwell."""
    if context.age >= 18 or not context.parents_away:
        return
    care = context.care
    if care is None or not (care.is_entrusted or care.guardianship is GuardianshipType.INSTITUTION):
        kind_zh = care.guardianship.label() if care else "无"
        kind_en = care.guardianship.label("en") if care else "none"
        yield Hit(
            path=context.care_path if care is None else f"{context.care_path}.guardianship",
            zh=f"父母均不在家且有一方外出务工，但没有委托照护人（当前照护类型：{kind_zh}）。"
            "应委托具有照护能力的完全民事行为能力人代为照护，并登记照护安排。",
            en="has no parent at home, one working away, and no entrusted carer (arrangement:"
            f" {kind_en}). The parents must entrust an adult with full capacity able to give"
            " care; record the arrangement.",
        )
        return
    carer = care.carer
    if carer is None:
        return
    path = f"{context.care_path}.carer"
    carer_age = carer.age_on(context.on)
    if carer_age < 18:
        yield Hit(
            path=path + ".birth_date",
            zh=f"被委托人未成年（{carer_age} 周岁），不能作为被委托人。应委托成年人代为照护。",
            en=f"the entrusted carer is a minor ({carer_age}). Entrust an adult.",
        )
    if carer.lacks_capacity:
        yield Hit(
            path=path + ".lacks_capacity",
            zh="被委托人不具有完全民事行为能力。应委托完全民事行为能力人代为照护。",
            en="the entrusted carer lacks full civil capacity. Entrust an adult with full"
            " capacity.",
        )
    unfit = [h for h in _UNFIT if h in carer.health]
    if unfit:
        yield Hit(
            path=path + ".health",
            zh="被委托人" + "、".join(h.label() for h in unfit) + "，不具备照护能力。"
            "应另行委托有照护能力的人。",
            en="the entrusted carer has "
            + ", ".join(h.label("en") for h in unfit)
            + " and cannot give care. Entrust someone able to care.",
        )


@rule(
    id="MPL-22-disqualified",
    severity=Severity.ERROR,
    source=MPL_22,
    title_zh="有性侵害、虐待等违法犯罪行为，吸毒、酗酒、赌博等恶习，或曾怠于履行照护职责的人不得作为被委托人",
    title_en="no entrusted carer with a record of abuse or violence, a vice, or past neglect",
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


@rule(
    id="MPL-22-child-view",
    severity=Severity.WARNING,
    source=MPL_22,
    title_zh="确定被委托人时应听取有表达意愿能力的未成年人的意见",
    title_en="the child's view is heard when the carer is chosen",
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


@rule(
    id="MPL-23-notice",
    severity=Severity.WARNING,
    source=MPL_23,
    title_zh="委托照护情况应及时书面告知学校、幼儿园和村（居）民委员会",
    title_en="the school and the village committee are told of the entrustment in writing",
)
def notice(child: Child, context: Context) -> Iterator[Hit]:
    """A written notice to the school or village committee missing or later than allowed."""
    care = context.care
    if care is None or not care.is_entrusted:
        return
    days = context.policy.notice_days
    due = care.since + dt.timedelta(days=days)
    parties = [("village_notified_on", "村（居）民委员会", "the village committee")]
    if child.stage not in _NOT_IN_SCHOOL:
        parties.insert(0, ("school_notified_on", "学校或幼儿园", "the school"))
    for field, zh, en in parties:
        given: dt.date | None = getattr(care, field)
        if given is not None and given > context.on:
            given = None  # on the check's date that notice had not been given yet
        path = f"{context.care_path}.{field}"
        if given is None and context.on > due:
            yield Hit(
                path=path,
                zh=f"委托照护自 {care.since} 起，应在 {due} 前书面告知{zh}（政策：{days} 天），"
                "至今未记录告知。请书面告知并记录日期。",
                en=f"the entrustment began on {care.since}; {en} should have been told in"
                f" writing by {due} (policy: {days} days), and no notice is recorded. Send"
                " the notice and record its date.",
                setting="notice_days",
            )
        elif given is not None and given > due:
            yield Hit(
                path=path,
                zh=f"委托照护自 {care.since} 起，{given} 才书面告知{zh}，晚于期限 {due}"
                f"（政策：{days} 天）。今后请及时告知。",
                en=f"the entrustment began on {care.since}; {en} was told on {given}, after"
                f" the deadline {due} (policy: {days} days). Give notice in time next time.",
                setting="notice_days",
            )


def _gaps(
    start: dt.date, days: list[dt.date], on: dt.date, limit: int
) -> Iterator[tuple[dt.date, dt.date]]:
    """Runs of days without contact longer than ``limit`` days, as (first, last)."""
    previous = start
    for day in days:
        if (day - previous).days > limit:
            yield previous + _DAY, day - _DAY
        previous = day
    if (on - previous).days > limit:
        yield previous + _DAY, on


@rule(
    id="MPL-23-weekly-contact",
    severity=Severity.WARNING,
    source=MPL_23,
    title_zh="外出父母应与未成年人、被委托人至少每周联系和交流一次",
    title_en="each absent parent contacts the child and the carer at least once a week",
)
def weekly_contact(child: Child, context: Context) -> Iterator[Hit]:
    """Each gap in an absent parent's contacts, separately with the child and the carer.

    It applies while no parent is at home and at least one works away (the
    entrustment of MPL art. 22), to each parent working away on the date.

    A gap is the time between two contacts (or the day the parent left, or the
    start of the look-back, and the first contact; or the last contact and
    the check's date) when it is longer than the policy's days: with the
    weekly rule, contacts 7 days apart are fine, 8 days apart are not. The
    finding gives the first and the last day without contact.
    """
    if not context.parents_away:
        return  # a parent at home cares for the child: there is no entrustment to follow
    limit = context.policy.contact_gap_days
    lookback = context.on - dt.timedelta(days=context.policy.contact_lookback_days)
    care = context.care
    for role in ParentRole:
        parent = child.parent(role)
        situation = parent.situation_on(context.on) if parent else None
        if situation is None or situation.situation is not Situation.WORKING_AWAY:
            continue
        start = max(situation.since, lookback)
        mine = [c for c in child.contacts if c.parent is role and start <= c.on <= context.on]
        parties = [
            ("child", "儿童", "the child", start, sorted({c.on for c in mine if c.with_child}))
        ]
        if care is not None and care.is_entrusted:
            carer_start = max(start, care.since)
            carer_days = sorted({c.on for c in mine if c.with_carer and c.on >= carer_start})
            parties.append(("carer", "被委托人", "the carer", carer_start, carer_days))
        for _, zh, en, since, days in parties:
            for first, last in _gaps(since, days, context.on, limit):
                n = (last - first).days + 1
                ongoing = last == context.on
                yield Hit(
                    path="$.contacts",
                    zh=f"{role.label()}与{zh}在 {first} 至 {last} 共 {n} 天没有联系"
                    + ("（至今）" if ongoing else "")
                    + f"（政策：至少每 {limit} 天一次）。"
                    f"请提醒{role.label()}每周至少联系一次并记录。",
                    en=f"the {role.label('en')} had no contact with {en} from {first} to {last},"
                    f" {n} days"
                    + (" (ongoing)" if ongoing else "")
                    + f" (policy: at least every {limit} days). Remind the {role.label('en')}"
                    " to call every week, and log the calls.",
                    setting="contact_gap_days",
                )


@rule(
    id="GF16-report",
    severity=Severity.ERROR,
    source=GF16_REPORT,
    title_zh="发现留守儿童脱离监护单独居住、失踪、监护缺失或疑似受侵害的，应第一时间向公安机关报告",
    title_en="living alone, missing, guardian unable or failing, suspected harm: report to the"
    " police at once",
)
def report_overdue(child: Child, context: Context) -> Iterator[Hit]:
    """A situation discovered before today and not yet reported to the police."""
    for i, event in enumerate(child.reports):
        # a report made after the check's date was still outstanding on it
        unreported = event.reported_on is None or event.reported_on > context.on
        if unreported and context.on > event.discovered_on:
            late = (context.on - event.discovered_on).days
            yield Hit(
                path=f"$.reports[{i}].reported_on",
                zh=f"{event.discovered_on} 发现“{event.kind.label()}”，{late} 天后仍未向公安机关"
                "报告。应立即报告，并记录报告日期。",
                en=f"'{event.kind.label('en')}' was discovered on {event.discovered_on} and is"
                f" still not reported to the police {late} day{'s' if late > 1 else ''} later."
                " Report it now and record the date.",
            )


_CONSENT_AGE = 14  # PIPL art. 28 and 31: under 14, a guardian consents


@rule(
    id="PIPL-31-consent",
    severity=Severity.ERROR,
    source=PIPL_31,
    title_zh="处理不满十四周岁未成年人个人信息应取得其父母或其他监护人同意",
    title_en="a guardian consents to processing the data of a child under 14",
)
def consent(child: Child, context: Context) -> Iterator[Hit]:
    """A child under 14, processed on consent, without a guardian's consent to registration."""
    if context.age >= _CONSENT_AGE or child.lawful_basis is not LawfulBasis.CONSENT:
        return
    for c in child.consents:
        # consent "by the guardian" counts only when a guardian other than the parents exists
        by_guardian = c.given_by is not ConsentGiver.GUARDIAN or (
            child.guardian is not None and child.guardian.since <= context.on
        )
        if by_guardian and Purpose.REGISTRATION in c.purposes and c.in_force_on(context.on):
            return
    yield Hit(
        path="$.consents",
        zh=f"不满十四周岁（{context.age} 周岁），个人信息属于敏感个人信息，但没有在 {context.on}"
        " 有效的父母或监护人建档同意。请取得书面同意并登记；如依法定职责处理，请将处理依据"
        "登记为“履行法定职责”。",
        en=f"is {context.age}, under 14, so the child's data is sensitive, and no parent's or"
        f" guardian's consent to registration is in force on {context.on}. Obtain written"
        " consent and record it, or record the lawful basis as statutory duty if that"
        " applies.",
    )


# Only a parent at home or working away is plainly able to act as guardian; one
# who is imprisoned, in rehabilitation or out of contact may have been replaced
# by a court or by agreement, which the register does not show, so no finding.
_CAPABLE = frozenset({Situation.AT_HOME, Situation.WORKING_AWAY})
_APPROVAL_NEEDED = frozenset({GuardianKind.OTHER_PERSON, GuardianKind.ORGANIZATION})


@rule(
    id="CC-27-guardian-order",
    severity=Severity.ERROR,
    source=CC_27,
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


CHILD_RULES = RuleSet(
    (
        living_alone,
        unattended,
        must_entrust,
        disqualified,
        child_view,
        notice,
        weekly_contact,
        report_overdue,
        consent,
        guardian_order,
    )
)
"""The rules of law for children, carers and entrustment, in the table's order."""
