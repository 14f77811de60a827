"""Teams, pairings of children with mentors, and the home's partner institutions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind._errors import Problem
from left_behind.model._base import Record, as_tuple, problem
from left_behind.model._fields import Order, field
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


def _oldest_first(name: str, days: list[dt.date]) -> Iterator[Problem]:
    for i in range(1, len(days)):
        if days[i] < days[i - 1]:
            yield problem(
                f"$.{name}[{i}].on",
                "order",
                f"list them oldest first; this one is {days[i]}, the one before {days[i - 1]}",
            )


@attrs.frozen(kw_only=True)
class Membership(Record):
    """A volunteer's time in a team: from ``joined_on`` to the day before ``left_on``."""

    volunteer: str = field(not_blank=True, words=("志愿者编号", "the volunteer's id"))
    joined_on: dt.date
    left_on: dt.date | None = field(
        default=None, not_before=Order("joined_on", "left {value}, before joining {other}")
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
    kind: TeamKind
    leader: str | None = None
    members: tuple[Membership, ...] = attrs.field(default=(), converter=as_tuple)
    capacity: int | None = None

    def members_on(self, on: dt.date) -> tuple[str, ...]:
        """The ids of the volunteers in the team on ``on``."""
        return tuple(m.volunteer for m in self.members if m.active_on(on))

    def _problems(self) -> Iterator[Problem]:
        if self.capacity is not None and not 0 <= self.capacity <= 50:
            yield problem("$.capacity", "range", f"must be from 0 to 50, not {self.capacity}")
        if self.leader is not None and self.leader not in {m.volunteer for m in self.members}:
            yield problem(
                "$.leader", "reference", f"the leader {self.leader!r} is not among the members"
            )


@attrs.frozen(kw_only=True)
class SupervisionGroup(Record):
    """The group that oversees the home (督导小组): its leader and members, staff ids."""

    leader: str = field(not_blank=True, words=("组长", "the leader"))
    members: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)


@attrs.frozen(kw_only=True)
class Meeting(Record):
    """A meeting of a mentor with the child, or an attempt at one.

    ``took_place`` is false for an attempt (nobody at home, a call not
    answered): it is logged but does not count towards the cadence.
    """

    on: dt.date
    kind: MeetingKind
    minutes: int = 0
    took_place: bool = True

    def _problems(self) -> Iterator[Problem]:
        if not 0 <= self.minutes <= 24 * 60:
            yield problem("$.minutes", "range", f"must be from 0 to 1440, not {self.minutes}")


@attrs.frozen(kw_only=True)
class Pairing(Record):
    """A pairing (结对帮扶) of a child with one mentor, several, or a team.

    Its life: proposed on ``proposed_on``; approved on ``approved_on`` once
    the guardian has agreed (``guardian_consent_on``) and, from the policy's
    age, the child's view is heard (``child_view_heard``); active from
    ``started_on``; closed on ``closed_on`` with a coded ``close_reason``.
    ``supervisor`` is the adult who supervises a pupil mentor;
    ``counselling`` says the mentor gives the child psychological counselling,
    which asks for a qualification (VOL art. 16).

    >>> import datetime as dt
    >>> from left_behind import Pairing, MentorRole
    >>> p = Pairing(id="p-01", child="c-001", mentors=("v-01",), role=MentorRole.TEACHER,
    ...             proposed_on=dt.date(2026, 2, 20), approved_on=dt.date(2026, 2, 27),
    ...             guardian_consent_on=dt.date(2026, 2, 25), started_on=dt.date(2026, 3, 1))
    >>> p.stage_on(dt.date(2026, 2, 28)).value, p.stage_on(dt.date(2026, 3, 1)).value
    ('approved', 'active')
    """

    id: str = field(not_blank=True, words=("编号", "the id"))
    child: str = field(not_blank=True, words=("儿童编号", "the child's id"))
    mentors: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    team: str | None = None
    role: MentorRole
    supervisor: str | None = None
    counselling: bool = False
    proposed_on: dt.date
    guardian_consent_on: dt.date | None = None
    child_view_heard: bool = False
    approved_on: dt.date | None = field(
        default=None,
        not_before=Order("proposed_on", "approved {value}, before it was proposed {other}"),
    )
    started_on: dt.date | None = field(
        default=None,
        not_before=Order("approved_on", "started {value}, before it was approved {other}"),
    )
    closed_on: dt.date | None = field(
        default=None,
        not_before=Order("proposed_on", "closed {value}, before it was proposed {other}"),
    )
    close_reason: CloseReason | None = None
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=as_tuple)

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

    def mentor_ids(self) -> tuple[str, ...]:
        """The ids of the mentors named, the team's id last if there is one."""
        return self.mentors if self.team is None else (*self.mentors, self.team)

    def _problems(self) -> Iterator[Problem]:
        if not self.mentors and self.team is None:
            yield problem(
                "$.mentors", "empty", "name a mentor, several (多帮一), or a team that mentors"
            )
        if len(set(self.mentors)) != len(self.mentors):
            yield problem("$.mentors", "duplicate", "a mentor is named twice")
        if self.started_on is not None and self.approved_on is None:
            yield problem(
                "$.approved_on",
                "empty",
                f"started {self.started_on} but never approved: record the approval's date",
            )
        if self.close_reason is not None and self.closed_on is None:
            yield problem(
                "$.closed_on", "empty", "a close reason is given: record the day it closed"
            )
        if self.guardian_consent_on is not None and self.guardian_consent_on < self.proposed_on:
            yield problem(
                "$.guardian_consent_on",
                "order",
                f"consent {self.guardian_consent_on}, before the pairing was proposed"
                f" {self.proposed_on}",
            )
        yield from _oldest_first("meetings", [m.on for m in self.meetings])
        if self.meetings and self.meetings[0].on < self.proposed_on:
            yield problem(
                "$.meetings[0].on",
                "order",
                f"a meeting {self.meetings[0].on}, before the pairing was proposed",
            )


@attrs.frozen(kw_only=True)
class Partnership(Record):
    """The home's pairing with an institution (园岗、园园、园校结对)."""

    kind: PartnerKind
    partner: str = field(not_blank=True, words=("结对单位", "the partner"))
    since: dt.date
    activities: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)


@attrs.frozen(kw_only=True)
class Preference(Record):
    """A wish about one pairing: ``wants`` it, or asks not to have it."""

    child: str = field(not_blank=True, words=("儿童编号", "the child's id"))
    mentor: str = field(not_blank=True, words=("帮扶人编号", "the mentor's id"))
    by: PreferenceBy
    wants: bool = True
