"""What absent parents owe while the child is entrusted: MPL art. 23.

They tell the school and the village committee of the entrustment in writing,
and keep in touch with the child and the carer at least once a week. How soon
the notice is due, how long a gap may be and how far back to look are policy
settings (``notice_days``, ``contact_gap_days``, ``contact_lookback_days``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from left_behind.kinds import Text
from left_behind.law import MPL
from left_behind.model import Child, ParentRole, SchoolStage, Situation
from left_behind.rules._findings import Severity
from left_behind.rules._registry import CHILD_SUBJECT, Context, Hit

__all__ = ["notice", "weekly_contact"]

_NOT_IN_SCHOOL = frozenset(s for s in SchoolStage if not s.in_school)
_DAY = dt.timedelta(days=1)


@CHILD_SUBJECT.rule(
    id="MPL-23-notice",
    dated=True,
    severity=Severity.WARNING,
    source=MPL.source(23),
    title=Text(
        "委托照护情况应及时书面告知学校、幼儿园和村（居）民委员会",
        "the school and the village committee are told of the entrustment in writing",
    ),
    settings=("notice_days",),
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
                due=due,
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


@CHILD_SUBJECT.rule(
    id="MPL-23-weekly-contact",
    dated=True,
    severity=Severity.WARNING,
    source=MPL.source(23),
    title=Text(
        "外出父母应与未成年人、被委托人至少每周联系和交流一次",
        "each absent parent contacts the child and the carer at least once a week",
    ),
    settings=("contact_gap_days", "contact_lookback_days"),
)
def weekly_contact(child: Child, context: Context) -> Iterator[Hit]:
    """The gaps in an absent parent's contacts with the child and the carer, once per parent.

    It applies while no parent is at home and at least one works away (the
    entrustment of MPL art. 22), to each parent working away on the date.

    A gap is the time between two contacts (or the day the parent left, or the
    start of the look-back, and the first contact; or the last contact and
    the check's date) when it is longer than the policy's days: with the
    weekly rule, contacts 7 days apart are fine, 8 days apart are not. The
    parent's one finding gives the first and the last day of each gap, with
    the child and with the carer; it is due when the earliest gap still
    open had to end.
    """
    if not context.parents_away:
        return  # a parent at home cares for the child: there is no entrustment to follow
    limit = context.policy.contact_gap_days
    lookback = context.on - dt.timedelta(days=context.policy.contact_lookback_days)
    care = context.care
    for role in ParentRole:
        parent = child.parent(role)
        situation = parent.situation_on(context.on) if parent else None
        if (
            situation is None
            or situation.situation is not Situation.WORKING_AWAY
            or situation.with_child
        ):
            continue  # a parent at home, or away with the child, lives with the child
        start = max(situation.since, lookback)
        mine = [c for c in child.contacts if c.parent is role and start <= c.on <= context.on]
        if not mine:
            if (context.on - start).days > limit:
                yield _silent(child, role, situation.since, context.on, limit)
            continue
        parties = [("儿童", "the child", start, sorted({c.on for c in mine if c.with_child}))]
        if care is not None and care.is_entrusted:
            carer_start = max(start, care.since)
            carer_days = sorted({c.on for c in mine if c.with_carer and c.on >= carer_start})
            parties.append(("被委托人", "the carer", carer_start, carer_days))
        hit = _gaps_hit(role, parties, context.on, limit)
        if hit is not None:
            yield hit


def _gaps_hit(
    role: ParentRole,
    parties: list[tuple[str, str, dt.date, list[dt.date]]],
    on: dt.date,
    limit: int,
) -> Hit | None:
    """One finding for a parent's gaps with the child and with the carer, or None.

    One parent, one thing to do (remind the parent to call): said once,
    naming every gap with each party, rather than a finding per gap.
    """
    zh_parts: list[str] = []
    en_parts: list[str] = []
    open_dues: list[dt.date] = []
    for zh, en, since, days in parties:
        gaps = list(_gaps(since, days, on, limit))
        if not gaps:
            continue
        zh_gaps: list[str] = []
        en_gaps: list[str] = []
        for first, last in gaps:
            n = (last - first).days + 1
            ongoing = last == on
            zh_gaps.append(
                f"在 {first} 至 {last} 共 {n} 天没有联系" + ("（至今）" if ongoing else "")
            )
            en_gaps.append(f"from {first} to {last}, {n} days" + (" (ongoing)" if ongoing else ""))
            if ongoing:
                # only the gap still open asks for a call: the last day one was in time
                open_dues.append(first + dt.timedelta(days=limit - 1))
        zh_parts.append(f"与{zh}" + "，".join(zh_gaps))
        en_parts.append(f"with {en} " + "; ".join(en_gaps))
    if not en_parts:
        return None
    zh_role, en_role = role.label(), role.label("en")
    return Hit(
        path="$.contacts",
        zh=f"{zh_role}" + "；".join(zh_parts) + f"（政策：至少每 {limit} 天一次）。"
        f"请提醒{zh_role}至少每 {limit} 天联系一次并记录。",
        en=f"the {en_role} had no contact "
        + ", and ".join(en_parts)
        + f" (policy: at least every {limit} days). Remind the {en_role}"
        f" to call at least every {limit} days, and log the calls.",
        setting="contact_gap_days",
        due=min(open_dues, default=None),
    )


def _silent(child: Child, role: ParentRole, left: dt.date, on: dt.date, limit: int) -> Hit:
    """One finding for a parent with no contact at all in the time the rule looks at.

    Said once for the parent, with the day the parent left or the last
    contact recorded before the look-back, not as a gap per party cut off
    at the look-back's limit.
    """
    earlier = [c.on for c in child.contacts if c.parent is role and left <= c.on <= on]
    zh_role, en_role = role.label(), role.label("en")
    if earlier:
        last = max(earlier)
        due = last + dt.timedelta(days=limit)
        days = (on - last).days
        zh = f"{zh_role}自 {last} 以后没有任何联系记录（已 {days} 天）"
        en = f"no contact by the {en_role} has been recorded since {last} ({days} days)"
    else:
        due = left + dt.timedelta(days=limit)
        zh = f"{zh_role}自 {left} 外出以来没有任何联系记录"
        en = f"no contact by the {en_role} has been recorded since the {en_role} left on {left}"
    return Hit(
        path="$.contacts",
        zh=f"{zh}（政策：至少每 {limit} 天与儿童和被委托人各联系一次）。"
        f"请提醒{zh_role}至少每 {limit} 天联系一次并记录。",
        en=f"{en} (policy: at least every {limit} days, with the child and with the carer)."
        f" Remind the {en_role} to call at least every {limit} days, and log the calls.",
        setting="contact_gap_days",
        due=due,
    )
