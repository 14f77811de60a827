"""Teams, pairings of children with mentors, and the home's partner institutions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.kinds import (
    Order,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    field,
    oldest_first,
    problem,
)
from left_behind.model._child import Child
from left_behind.model._people import Person, Staff, Volunteer
from left_behind.model._support_enums import (
    CloseReason,
    MeetingKind,
    MentorRole,
    PairingStage,
    PartnerKind,
    PreferenceBy,
    TeamKind,
)

__all__ = [
    "Meeting",
    "Membership",
    "Pairing",
    "Partnership",
    "Preference",
    "SupervisionGroup",
    "SupportTeam",
]


@attrs.frozen(kw_only=True)
class Membership(Record):
    """A volunteer's time in a team: from ``joined_on`` to the day before ``left_on``."""

    volunteer: str = field(
        not_blank=True, refers_to=Volunteer, words=("志愿者编号", "the volunteer's id")
    )
    joined_on: dt.date = field(words=("入队日期", "the day they joined"))
    left_on: dt.date | None = field(
        default=None,
        not_before=Order(
            "joined_on",
            "left {value}, before joining {other}",
            "退出日期 {value} 早于加入日期 {other}",
        ),
        words=("离队日期", "the day they left"),
    )

    def active_on(self, on: dt.date) -> bool:
        """Whether the volunteer is in the team on ``on``."""
        return self.joined_on <= on and (self.left_on is None or on < self.left_on)


@attrs.frozen(kw_only=True)
class SupportTeam(Record):
    """A volunteer team (志愿服务队) and its members over time.

    ``capacity`` is set when the team mentors children as one unit (多帮一):
    how many children it takes at once.
    """

    id: str = field(not_blank=True, words=("编号", "the id"))
    name: str = field(not_blank=True, words=("队名", "the team's name"))
    kind: TeamKind = field(words=("队伍类型", "the kind of team"))
    leader: str | None = field(default=None, words=("队长", "the leader"))
    members: tuple[Membership, ...] = field(
        default=(), converter=as_tuple, words=("队员", "member")
    )
    capacity: int | None = field(
        default=None,
        minimum=0,
        maximum=50,
        unit=Text("名儿童", "children"),
        words=("作为整体可结对儿童数", "the children it mentors as one unit"),
    )

    def members_on(self, on: dt.date) -> tuple[str, ...]:
        """The ids of the volunteers in the team on ``on``."""
        return tuple(m.volunteer for m in self.members if m.active_on(on))

    def _problems(self) -> Iterator[Problem]:
        if self.leader is not None and self.leader not in {m.volunteer for m in self.members}:
            yield problem(
                "$.leader",
                ProblemCode.REFERENCE,
                Text(
                    f"队长 {self.leader!r} 不在队员之中",
                    f"the leader {self.leader!r} is not among the members",
                ),
            )


@attrs.frozen(kw_only=True)
class SupervisionGroup(Record):
    """The group that oversees the home (督导小组): its leader and members, staff ids."""

    leader: str = field(not_blank=True, refers_to=Staff, words=("组长", "the leader"))
    members: tuple[str, ...] = field(
        default=(), converter=as_tuple, refers_to=Staff, words=("成员", "member")
    )


@attrs.frozen(kw_only=True)
class Meeting(Record):
    """A meeting of a mentor with the child, or an attempt at one.

    ``took_place`` is false for an attempt (nobody at home, a call not
    answered): it is logged but does not count towards the cadence.
    """

    on: dt.date = field(words=("见面日期", "the day"))
    kind: MeetingKind = field(words=("见面方式", "how they met"))
    minutes: int = field(
        default=0,
        minimum=0,
        maximum=24 * 60,
        unit=Text("分钟", "minutes"),
        words=("时长", "how long it lasted"),
    )
    took_place: bool = field(default=True, words=("是否见到", "whether it took place"))


@attrs.frozen(kw_only=True)
class Pairing(Record):
    """A pairing (结对帮扶) of a child with one mentor, several, or a team.

    Its life: proposed on ``proposed_on``; approved on ``approved_on`` once
    the guardian has agreed (``guardian_consent_on``) and, from the policy's
    age, the child's view is heard (``child_view_heard``); active from
    ``started_on``; closed on ``closed_on`` with a coded ``close_reason``.
    ``supervisor`` is the adult who supervises a pupil mentor;
    ``counselling`` says the mentor gives the child psychological counselling,
    which asks for a qualification (VOL art. 16). The dates come in that
    order, each not before the stages before it that are given; meetings not
    before the proposal, though they may come before the start (the mentor
    meets the child and the family while the pairing is proposed or approved).

    >>> import datetime as dt
    >>> from left_behind import Pairing
    >>> from left_behind.model._support_enums import MentorRole
    >>> p = Pairing(id="p-01", child="c-001", mentors=("v-01",), role=MentorRole.TEACHER,
    ...             proposed_on=dt.date(2026, 2, 20), approved_on=dt.date(2026, 2, 27),
    ...             guardian_consent_on=dt.date(2026, 2, 25), started_on=dt.date(2026, 3, 1))
    >>> p.stage_on(dt.date(2026, 2, 28)).value, p.stage_on(dt.date(2026, 3, 1)).value
    ('approved', 'active')
    """

    id: str = field(not_blank=True, words=("编号", "the id"))
    child: str = field(not_blank=True, refers_to=Child, words=("儿童编号", "the child's id"))
    mentors: tuple[str, ...] = field(
        default=(), converter=as_tuple, refers_to=Person, words=("帮扶人", "mentor")
    )
    team: str | None = field(default=None, refers_to=SupportTeam, words=("帮扶队伍", "the team"))
    role: MentorRole = field(words=("帮扶角色", "the role"))
    supervisor: str | None = field(
        default=None, refers_to=Person, words=("指导的成年人", "the adult who supervises")
    )
    counselling: bool = field(
        default=False, words=("包含心理辅导", "whether it includes counselling")
    )
    proposed_on: dt.date = field(words=("提出日期", "the day it was proposed"))
    guardian_consent_on: dt.date | None = field(
        default=None,
        not_before=Order(
            "proposed_on",
            "consent {value}, before the pairing was proposed {other}",
            "同意日期 {value} 早于提出结对的日期 {other}",
        ),
        words=("监护人同意日期", "the day the guardian agreed"),
    )
    child_view_heard: bool = field(
        default=False, words=("已听取儿童意见", "whether the child was heard")
    )
    approved_on: dt.date | None = field(
        default=None,
        not_before=Order(
            "proposed_on",
            "approved {value}, before it was proposed {other}",
            "批准日期 {value} 早于提出日期 {other}",
        ),
        words=("批准日期", "the day it was approved"),
    )
    started_on: dt.date | None = field(
        default=None,
        not_before=(
            Order(
                "approved_on",
                "started {value}, before it was approved {other}",
                "开始日期 {value} 早于批准日期 {other}",
            ),
            Order(
                "proposed_on",
                "started {value}, before it was proposed {other}",
                "开始日期 {value} 早于提出日期 {other}",
            ),
        ),
        words=("开始日期", "the day it started"),
    )
    closed_on: dt.date | None = field(
        default=None,
        # a pairing closed before a stage it reached would count as closed
        # from that stage's first day, and no rule would ever see it
        not_before=(
            Order(
                "started_on",
                "closed {value}, before it started {other}",
                "结束日期 {value} 早于开始日期 {other}",
            ),
            Order(
                "approved_on",
                "closed {value}, before it was approved {other}",
                "结束日期 {value} 早于批准日期 {other}",
            ),
            Order(
                "proposed_on",
                "closed {value}, before it was proposed {other}",
                "结束日期 {value} 早于提出日期 {other}",
            ),
        ),
        words=("结束日期", "the day it closed"),
    )
    close_reason: CloseReason | None = field(default=None, words=("结束原因", "why it closed"))
    meetings: tuple[Meeting, ...] = field(
        default=(), converter=as_tuple, words=("见面记录", "meeting")
    )

    def stage_on(self, on: dt.date) -> PairingStage | None:
        """The pairing's stage on ``on``; ``None`` before it was proposed."""
        if self.closed_on is not None and self.closed_on <= on:
            return PairingStage.CLOSED
        if self.started_on is not None and self.started_on <= on:
            return PairingStage.ACTIVE
        if self.approved_on is not None and self.approved_on <= on:
            return PairingStage.APPROVED
        if self.proposed_on <= on:
            return PairingStage.PROPOSED
        return None

    def active_on(self, on: dt.date) -> bool:
        """Whether the pairing is active on ``on``."""
        return self.stage_on(on) is PairingStage.ACTIVE

    def under_way_on(self, on: dt.date) -> bool:
        """Whether the pairing is under way on ``on``: proposed, approved or active."""
        return self.stage_on(on) not in (None, PairingStage.CLOSED)

    def mentor_ids(self) -> tuple[str, ...]:
        """The ids of the mentors named, the team's id last if there is one."""
        return self.mentors if self.team is None else (*self.mentors, self.team)

    def _problems(self) -> Iterator[Problem]:
        if not self.mentors and self.team is None:
            yield problem(
                "$.mentors",
                ProblemCode.EMPTY,
                Text(
                    "请填写一名帮扶人、多名帮扶人（多帮一）或一支帮扶队伍",
                    "name a mentor, several (多帮一), or a team that mentors",
                ),
            )
        if len(set(self.mentors)) != len(self.mentors):
            yield problem(
                "$.mentors",
                ProblemCode.DUPLICATE,
                Text("同一帮扶人填写了两次", "a mentor is named twice"),
            )
        if self.started_on is not None and self.approved_on is None:
            yield problem(
                "$.approved_on",
                ProblemCode.EMPTY,
                Text(
                    f"{self.started_on} 已开始，但没有批准记录：请填写批准日期",
                    f"started {self.started_on} but never approved: record the approval's date",
                ),
            )
        if self.close_reason is not None and self.closed_on is None:
            yield problem(
                "$.closed_on",
                ProblemCode.EMPTY,
                Text(
                    "已填写结束原因：请填写结束日期",
                    "a close reason is given: record the day it closed",
                ),
            )
        yield from oldest_first("meetings", [m.on for m in self.meetings])
        if self.meetings and self.meetings[0].on < self.proposed_on:
            yield problem(
                "$.meetings[0].on",
                ProblemCode.ORDER,
                Text(
                    f"见面日期 {self.meetings[0].on} 早于提出结对的日期",
                    f"a meeting {self.meetings[0].on}, before the pairing was proposed",
                ),
            )


@attrs.frozen(kw_only=True)
class Partnership(Record):
    """The home's pairing with an institution (园岗、园园、园校结对)."""

    kind: PartnerKind = field(words=("结对类型", "the kind of partner"))
    partner: str = field(not_blank=True, words=("结对单位", "the partner"))
    since: dt.date = field(words=("结对日期", "since when"))
    activities: tuple[str, ...] = field(
        default=(), converter=as_tuple, words=("共建活动", "activity")
    )


@attrs.frozen(kw_only=True)
class Preference(Record):
    """A wish about one pairing: ``wants`` it, or asks not to have it."""

    child: str = field(not_blank=True, refers_to=Child, words=("儿童编号", "the child's id"))
    mentor: str = field(
        not_blank=True, refers_to=(Person, SupportTeam), words=("帮扶人编号", "the mentor's id")
    )
    by: PreferenceBy = field(words=("意愿提出者", "who stated it"))
    wants: bool = field(default=True, words=("是否愿意", "whether they want it"))
