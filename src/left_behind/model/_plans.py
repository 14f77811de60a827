"""A plan: dated sessions of a home's programmes, and what was dropped or moved and why.

:func:`left_behind.planning.plan` makes a :class:`Plan`; the rule engine
checks it (room double-booked, a facilitator in two places at once...), and
several homes' plans together as :class:`Plans`. A session's times are aware
datetimes in China Standard Time (Asia/Shanghai). A session on a date no
State Council notice settles yet is ``provisional``: its day may turn out to
be a holiday.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.kinds import (
    COLON,
    LabelledEnum,
    Lang,
    Problem,
    ProblemCode,
    Record,
    Recurrence,
    Text,
    as_tuple,
    field,
    problem,
)
from left_behind.model._home import Home

__all__ = [
    "Plan",
    "PlanNote",
    "PlanNoteReason",
    "Plans",
    "Session",
    "SessionChange",
    "SessionFate",
    "SessionReason",
]


class SessionFate(LabelledEnum):
    """What became of a session the timetable asked for."""

    DROPPED = "dropped", "取消", "dropped"
    MOVED = "moved", "调整", "moved"


class SessionReason(LabelledEnum):
    """Why a session was dropped or moved."""

    PUBLIC_HOLIDAY = "public_holiday", "法定节假日", "a public holiday"
    CLOSED = "closed", "家园闭园", "the home is closed"
    MAKEUP_WORKDAY = "makeup_workday", "调休上班日不开展课后活动", "a make-up working day"
    NOT_OPEN = "not_open", "家园当天不开放", "the home does not open on this kind of day"
    OUTSIDE_HOURS = "outside_hours", "超出开放时间", "outside the opening hours"
    NO_NOTICE = "no_notice", "当年放假通知尚未发布", "no notice yet for the year's holidays"
    NO_TERMS = "no_terms", "没有当年校历", "no school year recorded for the date"
    TERMS_NOT_RECORDED = (
        "terms_not_recorded",
        "工作日：家园未登记所在县校历，无法确定是上学日还是假期",
        "a working day: no school terms recorded to tell a school day from a vacation day",
    )
    NO_DAY = "no_day", "找不到可顺延的开放日", "no open day to move it to"


@attrs.frozen(kw_only=True)
class Session(Record):
    """One dated meeting of a programme: when, where, who leads it, who comes.

    ``carers`` are the children whose carer comes with them; ``moved_from``
    the start the timetable gave, when the session was moved.
    """

    id: str = field(not_blank=True, words=("编号", "the id"))
    programme: str = field(not_blank=True, words=("活动项目", "the programme"))
    start: dt.datetime = field(words=("开始时间", "the start"))
    end: dt.datetime = field(words=("结束时间", "the end"))
    room: str = field(not_blank=True, words=("活动室", "the room"))
    facilitators: tuple[str, ...] = field(
        default=(), converter=as_tuple, words=("负责人", "facilitator")
    )
    children: tuple[str, ...] = field(default=(), converter=as_tuple, words=("参加儿童", "child"))
    carers: tuple[str, ...] = field(
        default=(), converter=as_tuple, words=("有照护人陪同的儿童", "child whose carer comes")
    )
    provisional: bool = field(default=False, words=("待定", "provisional"))
    moved_from: dt.datetime | None = field(
        default=None, words=("原定开始时间", "the start it was moved from")
    )

    @property
    def day(self) -> dt.date:
        """The day the session starts on, in its own time zone."""
        return self.start.date()

    def _problems(self) -> Iterator[Problem]:
        if self.end <= self.start:
            yield problem(
                "$.end",
                ProblemCode.ORDER,
                Text(
                    f"结束时间 {self.end.isoformat()} 不晚于开始时间 {self.start.isoformat()}",
                    f"ends {self.end.isoformat()}, not after it starts {self.start.isoformat()}",
                ),
            )


@attrs.frozen(kw_only=True)
class SessionChange(Record):
    """A session the timetable asked for that was dropped or moved, and why.

    ``planned`` is the start the timetable gave; ``moved_to`` the start it
    was moved to; ``note`` names the holiday or the closure.
    """

    programme: str = field(not_blank=True, words=("活动项目", "the programme"))
    planned: dt.datetime = field(words=("原定开始时间", "the planned start"))
    fate: SessionFate = field(words=("处理", "what became of it"))
    reason: SessionReason = field(words=("原因", "the reason"))
    moved_to: dt.datetime | None = field(default=None, words=("调整后开始时间", "the new start"))
    note: str = field(default="", words=("说明", "the note"))

    def describe(self, lang: Lang = "zh") -> str:
        """One line: the planned start, what became of it and why."""
        when = f"{self.planned:%Y-%m-%d %H:%M}"
        what = (
            Text("取消", "dropped")
            if self.moved_to is None
            else Text("调整至 {to}", "moved to {to}").format(to=f"{self.moved_to:%Y-%m-%d %H:%M}")
        )
        note = Text(f"（{self.note}）", f" ({self.note})") if self.note else Text.same("")
        head = Text(f"{self.programme} {when}：", f"{self.programme} {when}: ")
        return (head + what + COLON + self.reason.text + note).get(lang)

    def _problems(self) -> Iterator[Problem]:
        if (self.fate is SessionFate.MOVED) != (self.moved_to is not None):
            yield problem(
                "$.moved_to",
                ProblemCode.INCONSISTENT,
                Text(
                    "调整的活动须填写新的开始时间，取消的不填",
                    "a moved session gives its new start, a dropped one none",
                ),
            )


class PlanNoteReason(LabelledEnum):
    """What a plan says of a programme that no session shows."""

    NO_OCCURRENCE = (
        "no_occurrence",
        "重复规则在计划期内一次也不发生",
        "its recurrence rule gives no day in the plan's days",
    )
    NO_VACATION_OCCURRENCE = (
        "no_vacation_occurrence",
        "假期重复规则在计划期内一次也不发生",
        "its vacation recurrence rule gives no day in the plan's days",
    )


@attrs.frozen(kw_only=True)
class PlanNote(Record):
    """A programme whose rule gives no day from the plan's first to its last, and so
    no session: a yearly rule in another month, a rule that has ended, the 30th
    of February. The rule is valid; the plan says so rather than be silent.
    """

    programme: str = field(not_blank=True, words=("活动项目", "the programme"))
    reason: PlanNoteReason = field(words=("原因", "the reason"))
    rule: Recurrence = field(words=("重复规则", "the recurrence rule"))

    def describe(self, lang: Lang = "zh", name: str = "") -> str:
        """One line: the programme (and its ``name`` when given), what the note says, the rule.

        >>> note = PlanNote(programme="p-1", reason=PlanNoteReason.NO_OCCURRENCE,
        ...                 rule=Recurrence("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"))
        >>> print(note.describe("en", "元宵灯会"))
        p-1 元宵灯会: no session: its recurrence rule gives no day in the plan's days
        (FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30)
        >>> print(note.describe())
        p-1：没有活动：重复规则在计划期内一次也不发生（FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30）
        """
        who = f"{self.programme} {name}".strip()
        return Text(
            f"{who}：没有活动：{self.reason.label()}（{self.rule}）",
            f"{who}: no session: {self.reason.label('en')} ({self.rule})",
        ).get(lang)


@attrs.frozen(kw_only=True)
class Plan(Record):
    """A home's sessions from ``first`` to ``last`` (both included), in time order.

    ``changes`` lists every session that was dropped or moved, with the
    reason; ``notes`` every programme whose rule gives no day in the plan.
    ``provisional`` is true when a session falls on a date no notice
    settles yet.
    """

    home: Home = field(words=("儿童快乐家园", "the home"))
    first: dt.date = field(words=("开始日期", "the first day"))
    last: dt.date = field(words=("结束日期", "the last day"))
    sessions: tuple[Session, ...] = field(
        default=(), converter=as_tuple, words=("活动场次", "session")
    )
    changes: tuple[SessionChange, ...] = field(
        default=(), converter=as_tuple, words=("取消或调整", "session dropped or moved")
    )
    notes: tuple[PlanNote, ...] = field(
        default=(), converter=as_tuple, words=("说明", "note on a programme without sessions")
    )

    @property
    def provisional(self) -> bool:
        """Whether any session is provisional."""
        return any(s.provisional for s in self.sessions)

    def of(self, programme: str) -> tuple[Session, ...]:
        """The sessions of one programme, in time order."""
        return tuple(s for s in self.sessions if s.programme == programme)

    def _problems(self) -> Iterator[Problem]:
        if self.last < self.first:
            yield problem(
                "$.last",
                ProblemCode.ORDER,
                Text(
                    f"结束日期 {self.last} 早于开始日期 {self.first}",
                    f"ends {self.last}, before it starts {self.first}",
                ),
            )
        seen: set[str] = set()
        for i, s in enumerate(self.sessions):
            if s.id in seen:
                yield problem(
                    f"$.sessions[{i}].id",
                    ProblemCode.DUPLICATE,
                    Text(
                        f"编号 {s.id!r} 已被使用；编号不能重复",
                        f"the id {s.id!r} is already used; ids must be unique",
                    ),
                )
            seen.add(s.id)


@attrs.frozen(kw_only=True)
class Plans(Record):
    """Several homes' plans checked together: a facilitator who serves two homes
    cannot be in both at once. A person is the same in two homes when their
    identity number is; without one, only within a home."""

    plans: tuple[Plan, ...] = field(converter=as_tuple, words=("活动计划", "plan"))
