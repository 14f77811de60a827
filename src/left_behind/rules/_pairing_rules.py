"""The rules on pairings (结对帮扶): the Regulations on Volunteer Service and the
library's default pairing practice.

VOL art. 15: a volunteer's activity suits their age, knowledge and skills;
art. 16: a qualification where the law asks for one (psychological
counselling). The rest is practice, not law (:data:`~._support.PRACTICE`):
consent and the child's view, training before matching, meeting cadence,
capacity, pupils as mentors, review, closing with a reason, duplicates.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from left_behind.kinds import Text
from left_behind.law import ADULT_FROM, VOL
from left_behind.model import (
    FIVE_ELDERS,
    Background,
    MentorRole,
    Pairing,
    PairingStage,
    Person,
    Qualification,
    Sex,
    Skill,
)
from left_behind.rules._findings import Severity
from left_behind.rules._registry import Hit
from left_behind.rules._support import PAIRING_SUBJECT, SupportFacts, practice

__all__ = ["role_unsuited"]

_TEACHERS = frozenset({Background.TEACHER, Background.RETIRED_TEACHER})


def _count(n: float, noun: str) -> str:
    """``1 hour``, ``1.5 hours``, ``0 meetings``."""
    return f"{n:g} {noun}" if n == 1 else f"{n:g} {noun}s"


def _named(pairing: Pairing, facts: SupportFacts) -> Iterator[tuple[int, Person]]:
    """The people a pairing names as mentors, with their index in ``mentors``."""
    for j, pid in enumerate(pairing.mentors):
        person = facts.people.get(pid)
        if person is not None:
            yield j, person


def role_unsuited(person: Person, role: MentorRole, on: dt.date) -> tuple[str, str] | None:
    """Why ``person`` does not suit ``role`` on ``on`` (VOL art. 15), if they do not.

    A pupil is only a peer buddy; a teacher is a teacher (serving or
    retired), holds a teacher's qualification or tutors; a five-elders tutor
    is one of the five elders; a caring mother is a woman; every role but the
    peer buddy's is an adult's.
    """
    age = person.age_on(on)
    if role is MentorRole.PEER_BUDDY:
        return None
    if age < ADULT_FROM:
        return (
            f"{age} 周岁的未成年人只能担任学伴",
            f"aged {age}, a minor can only be a peer buddy",
        )
    background = getattr(person, "background", None)
    skills: frozenset[Skill] = getattr(person, "skills", frozenset())
    if role is MentorRole.TEACHER and not (
        background in _TEACHERS
        or Qualification.TEACHER in person.qualifications
        or Skill.TUTORING in skills
    ):
        return "不是教师，也没有教师资格或课业辅导技能", "not a teacher, nor qualified or a tutor"
    if role is MentorRole.FIVE_ELDERS_TUTOR and background not in FIVE_ELDERS:
        return "不属于“五老”", "not one of the five elders"
    if role is MentorRole.CARING_MOTHER and person.sex is not Sex.FEMALE:
        return "爱心妈妈须为女性", "a caring mother is a woman"
    return None


@PAIRING_SUBJECT.rule(
    id="VOL-15-suited",
    severity=Severity.ERROR,
    source=VOL.source(15),
    title=Text(
        "帮扶角色与志愿者的年龄、知识、技能相适应",
        "a mentor's role suits their age, knowledge and skills",
    ),
)
def suited(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    if pairing.stage_on(facts.on) is PairingStage.CLOSED:
        return
    for j, person in _named(pairing, facts):
        why = role_unsuited(person, pairing.role, facts.on)
        if why is not None:
            yield Hit(
                path=f"$.mentors[{j}]",
                zh=f"{person.id} 担任“{pairing.role.label()}”不适宜：{why[0]}",
                en=f"{person.id} as {pairing.role.label('en')} does not suit: {why[1]}",
            )


@PAIRING_SUBJECT.rule(
    id="VOL-16-qualified",
    severity=Severity.ERROR,
    source=VOL.source(16),
    title=Text(
        "心理辅导须由具备相应资格的人员承担",
        "counselling is given by someone qualified to give it",
    ),
)
def qualified(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    if not pairing.counselling or pairing.stage_on(facts.on) is PairingStage.CLOSED:
        return
    named = [p for _, p in _named(pairing, facts)]
    team = facts.teams.get(pairing.team or "")
    if team is not None:  # a team counsels through any member qualified to
        named += [m for pid in team.members_on(facts.on) if (m := facts.people.get(pid))]
    if not any(Qualification.COUNSELLOR in p.qualifications for p in named):
        yield Hit(
            path="$.counselling",
            zh="结对包含心理辅导，但帮扶人均无心理健康教育或心理咨询资格",
            en="the pairing includes counselling, but no mentor holds a counselling qualification",
        )


@PAIRING_SUBJECT.rule(
    id="PAIR-consent",
    severity=Severity.ERROR,
    source=practice("2"),
    title=Text(
        "结对须经监护人同意",
        "a pairing is agreed by the guardian",
    ),
)
def consent(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    stage = pairing.stage_on(facts.on)
    if stage not in (PairingStage.APPROVED, PairingStage.ACTIVE):
        return
    given = pairing.guardian_consent_on
    if given is None or given > facts.on:
        yield Hit(
            path="$.guardian_consent_on",
            zh="结对已批准，但没有监护人同意的记录",
            en="approved without the guardian's consent on record",
        )


@PAIRING_SUBJECT.rule(
    id="PAIR-child-view",
    severity=Severity.WARNING,
    source=practice("2"),
    title=Text(
        "结对应听取达到规定年龄的儿童本人的意见",
        "a child of the set age or more is heard on the pairing",
    ),
    settings=("child_view_age",),
)
def child_view(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    stage = pairing.stage_on(facts.on)
    child = facts.children.get(pairing.child)
    if stage not in (PairingStage.APPROVED, PairingStage.ACTIVE) or child is None:
        return
    age = child.age_on(pairing.approved_on or facts.on)
    if age >= facts.policy.child_view_age and not pairing.child_view_heard:
        yield Hit(
            path="$.child_view_heard",
            zh=f"儿童批准时 {age} 周岁，没有听取其本人意见的记录",
            en=f"the child was {age} when approved, and was not heard",
            setting="child_view_age",
        )


@PAIRING_SUBJECT.rule(
    id="PAIR-training",
    severity=Severity.WARNING,
    source=practice("1"),
    title=Text(
        "帮扶人结对前须参加培训",
        "a mentor is trained before the pairing starts",
    ),
    settings=("training_hours",),
)
def training(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    if not pairing.active_on(facts.on) or pairing.started_on is None:
        return
    need = facts.policy.training_hours
    for j, person in _named(pairing, facts):
        hours = person.training_hours(pairing.started_on)
        if hours < need:
            yield Hit(
                path=f"$.mentors[{j}]",
                zh=f"{person.id} 在结对开始（{pairing.started_on}）前只参加了 {hours:g} 小时培训，"
                f"少于 {need} 小时",
                en=f"{person.id} had {_count(hours, 'hour')} of training before the start"
                f" ({pairing.started_on}), less than {need}",
                setting="training_hours",
            )


@PAIRING_SUBJECT.rule(
    id="PAIR-meetings",
    dated=True,
    severity=Severity.WARNING,
    source=practice("3"),
    title=Text(
        "结对初期见面达到规定次数，此后见面间隔不超过规定天数",
        "enough meetings at the start of a pairing, then no long gap between them",
    ),
    settings=(
        "first_month_days",
        "first_month_meetings",
        "meeting_gap_days",
        "contact_lookback_days",
    ),
)
def meetings(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    start, on, policy = pairing.started_on, facts.on, facts.policy
    if not pairing.active_on(on) or start is None:
        return
    held = [m.on for m in pairing.meetings if m.took_place and start <= m.on <= on]
    first_end = start + dt.timedelta(days=policy.first_month_days)
    # the first month is judged once it is over, and told for a month more
    if first_end <= on < first_end + dt.timedelta(days=policy.first_month_days):
        early = sum(1 for day in held if day < first_end)
        if early < policy.first_month_meetings:
            last = first_end - dt.timedelta(days=1)
            yield Hit(
                path="$.meetings",
                zh=f"结对后前 {policy.first_month_days} 天（{start} 至 {last}）只见面"
                f" {early} 次，少于 {policy.first_month_meetings} 次",
                en=f"{_count(early, 'meeting')} in the first {policy.first_month_days} days"
                f" ({start} to {last}), fewer"
                f" than {policy.first_month_meetings}",
                setting="first_month_meetings",
                due=last,
            )
    since = held[-1] if held else start
    gap = (on - since).days
    # a gap between meetings in the look-back, besides the one still open
    window = on - dt.timedelta(days=policy.contact_lookback_days)
    anchors = [start, *held]
    past = [
        ((b - a).days, a, b)
        for a, b in itertools.pairwise(anchors)
        if b >= window and (b - a).days > policy.meeting_gap_days
    ]
    if past:
        longest, a, b = max(past)
        yield Hit(
            path="$.meetings",
            zh=f"{a} 至 {b} 之间 {longest} 天没有见面，超过 {policy.meeting_gap_days} 天",
            en=f"no meeting for {longest} days between {a} and {b}, more than"
            f" {policy.meeting_gap_days}",
            setting="meeting_gap_days",
        )
    if gap > policy.meeting_gap_days:
        what_zh = f"最近一次见面在 {since}" if held else f"自结对开始（{start}）没有见面"
        what_en = f"last met {since}" if held else f"no meeting since the start ({start})"
        yield Hit(
            path="$.meetings",
            zh=f"{what_zh}，已 {gap} 天，超过 {policy.meeting_gap_days} 天",
            en=f"{what_en}, {gap} days ago, more than {policy.meeting_gap_days}",
            setting="meeting_gap_days",
            # the last day a meeting was in time; the closed gaps above are history
            due=since + dt.timedelta(days=policy.meeting_gap_days),
        )


@PAIRING_SUBJECT.rule(
    id="PAIR-capacity",
    severity=Severity.WARNING,
    source=practice("4"),
    title=Text(
        "帮扶人同时结对的儿童不超过上限",
        "a mentor has no more children at once than their capacity",
    ),
    settings=("mentor_capacity",),
)
def capacity(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    on = facts.on
    if not pairing.active_on(on):
        return
    paths = [f"$.mentors[{j}]" for j in range(len(pairing.mentors))]
    if pairing.team is not None:
        paths.append("$.team")
    for mentor, path in zip(pairing.mentor_ids(), paths, strict=True):
        active = sorted(
            (p for p in facts.pairings_of.get(mentor, ()) if p.active_on(on)),
            key=lambda p: (p.started_on or on, p.id),
        )
        limit = facts.capacity_of(mentor)
        if active.index(pairing) >= limit:
            yield Hit(
                path=path,
                zh=f"{mentor} 同时结对 {len(active)} 名儿童，超过上限 {limit} 名；"
                "此结对开始最晚，请调整",
                en=f"{mentor} mentors {len(active)} children at once, over the capacity of"
                f" {limit}; this pairing started last: reassign it",
                setting="mentor_capacity",
            )


@PAIRING_SUBJECT.rule(
    id="PAIR-peer-only",
    severity=Severity.WARNING,
    source=practice("5"),
    title=Text(
        "学生帮扶人须有成年人指导，且不作为低龄儿童唯一的帮扶人",
        "a pupil mentor is supervised by an adult, and never a young child's only mentor",
    ),
    settings=("peer_only_from_age",),
)
def peer_only(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    on = facts.on
    if not pairing.active_on(on) or pairing.team is not None:
        return
    named = [p for _, p in _named(pairing, facts)]
    if not named or any(p.age_on(on) >= ADULT_FROM for p in named):
        return
    supervisor = facts.people.get(pairing.supervisor or "")
    if supervisor is None or supervisor.age_on(on) < ADULT_FROM:
        yield Hit(
            path="$.supervisor",
            zh="帮扶人均为未成年学生，没有成年人指导",
            en="every mentor is a pupil, and no adult supervises",
        )
    child = facts.children.get(pairing.child)
    least = facts.policy.peer_only_from_age
    if child is not None and child.age_on(on) < least:
        yield Hit(
            path="$.mentors",
            zh=f"儿童 {child.age_on(on)} 周岁，未满 {least} 周岁，学生不宜作为其唯一的帮扶人",
            en=f"the child is {child.age_on(on)}, under {least}: a pupil should not be the"
            " only mentor",
            setting="peer_only_from_age",
        )


@PAIRING_SUBJECT.rule(
    id="PAIR-review",
    severity=Severity.WARNING,
    source=practice("6"),
    title=Text(
        "儿童不再需要帮扶或帮扶人已退出时复核结对",
        "a pairing is reviewed when the child no longer needs it or the mentor left",
    ),
    settings=("working_away_months",),
)
def review(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    if not pairing.active_on(facts.on):
        return
    for j, person in _named(pairing, facts):
        if person.left_on is not None and person.left_on <= facts.on:
            yield Hit(
                path=f"$.mentors[{j}]",
                zh=f"帮扶人 {person.id} 已于 {person.left_on} 退出：请另选帮扶人，"
                "或以“帮扶人退出”结束结对",
                en=f"the mentor {person.id} left on {person.left_on}: find another mentor,"
                " or close it with the reason mentor_left",
            )
    child = facts.children.get(pairing.child)
    if child is None or facts.needs_mentor(child):
        return
    yield Hit(
        path="$.closed_on",
        zh="儿童已不属于留守儿童或事实无人抚养儿童：请复核，结束时注明原因",
        en="the child is no longer left-behind or de-facto unsupported: review, and close"
        " it with a reason",
    )


@PAIRING_SUBJECT.rule(
    id="PAIR-close-reason",
    severity=Severity.WARNING,
    source=practice("6"),
    title=Text(
        "结束结对须注明原因",
        "a closed pairing gives its reason",
    ),
)
def close_reason(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    if pairing.stage_on(facts.on) is PairingStage.CLOSED and pairing.close_reason is None:
        yield Hit(
            path="$.close_reason",
            zh=f"{pairing.closed_on} 结束，没有注明原因",
            en=f"closed {pairing.closed_on} without a reason",
        )


@PAIRING_SUBJECT.rule(
    id="PAIR-duplicate",
    severity=Severity.WARNING,
    source=practice("7"),
    title=Text(
        "同一儿童与同一帮扶人不重复结对",
        "a child is not paired twice with the same mentor",
    ),
)
def duplicate(pairing: Pairing, facts: SupportFacts) -> Iterator[Hit]:
    on = facts.on
    if pairing.stage_on(on) is PairingStage.CLOSED:
        return
    # the earlier proposed (then the lower id) stands: the order the file keeps them in says nothing
    mine = (pairing.proposed_on, pairing.id)
    for mentor in pairing.mentor_ids():
        earlier = [
            other
            for other in facts.pairings_of.get(mentor, ())
            if other is not pairing
            and (other.proposed_on, other.id) < mine
            and other.child == pairing.child
            and other.under_way_on(on)
        ]
        # of several it repeats, the first proposed is named
        for other in sorted(earlier, key=lambda o: (o.proposed_on, o.id))[:1]:
            yield Hit(
                path="$.mentors" if mentor in pairing.mentors else "$.team",
                zh=f"与结对 {other.id} 重复：同一儿童、同一帮扶人 {mentor}",
                en=f"repeats pairing {other.id}: the same child and mentor {mentor}",
            )
            return
