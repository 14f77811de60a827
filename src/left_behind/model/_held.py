"""A session held (活动记录): what took place, when, who led it and who came.

A plan (:func:`left_behind.planning.plan`) says when each programme is to
meet; a held session records what then happened, beside it: the planned
session's id (``planned``, empty for an extra session), whether it took
place (one called off for rain keeps its reason), its real start and end,
who led it, the other adults who helped, the children who came and those
whose carer came with them. The home keeps them (``Home.held_sessions``);
the rules on them (capacity, the ratio of adults, the carer at a
parent-child session, the check of criminal records and the qualification
of whoever led it, children who stopped coming) are in :mod:`left_behind.rules`
(``HELD-*``).

>>> import datetime as dt
>>> cst = dt.timezone(dt.timedelta(hours=8))
>>> s = HeldSession(id="h-001", programme="p-read", planned="p-read-20260304T1630",
...                 start=dt.datetime(2026, 3, 4, 16, 35, tzinfo=cst),
...                 end=dt.datetime(2026, 3, 4, 17, 30, tzinfo=cst),
...                 facilitators=("v-01",), children=("c-001", "c-002"))
>>> s.took_place, s.hours, s.adults
(True, 0.9166666666666666, ('v-01',))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.calendar import SHANGHAI
from left_behind.kinds import (
    Order,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    field,
    mask_shaped,
    problem,
)
from left_behind.model._child import Child
from left_behind.model._people import Person
from left_behind.model._programmes import Programme, Room

__all__ = ["HeldSession"]


@attrs.frozen(kw_only=True)
class HeldSession(Record):
    """One session of a programme as it was held, or called off.

    ``start`` and ``end`` are the real times (for a session called off, the
    times it was to have); ``room`` the room used when not the programme's
    own; ``facilitators`` who led it and ``helpers`` the other members of
    staff and volunteers present, who count as adults for the ratio;
    ``children`` the children who came and ``carers`` those among them whose
    carer came too (the parent-child park). A session that did not take
    place gives ``reason`` and lists nobody. ``note`` is private.
    """

    id: str = field(not_blank=True, words=("活动记录编号", "the id of the record"))
    programme: str = field(not_blank=True, refers_to=Programme, words=("活动项目", "the programme"))
    planned: str | None = field(
        default=None,
        words=("计划场次编号", "the planned session's id (empty for an extra session)"),
    )
    took_place: bool = field(default=True, words=("是否开展", "whether it took place"))
    reason: str | None = field(default=None, words=("未开展原因", "why it did not take place"))
    start: dt.datetime = field(words=("实际开始时间", "the real start"))
    end: dt.datetime = field(
        not_before=Order(
            "start",
            "ends {value}, before it starts {other}",
            "结束时间 {value} 早于开始时间 {other}",
        ),
        words=("实际结束时间", "the real end"),
    )
    room: str | None = field(
        default=None, refers_to=Room, words=("实际使用的活动室", "the room used")
    )
    facilitators: tuple[str, ...] = field(
        default=(), converter=as_tuple, refers_to=Person, words=("负责人", "who led it")
    )
    helpers: tuple[str, ...] = field(
        default=(),
        converter=as_tuple,
        refers_to=Person,
        words=("协助的工作人员和志愿者", "staff and volunteer helping"),
    )
    children: tuple[str, ...] = field(
        default=(), converter=as_tuple, refers_to=Child, words=("参加儿童", "child who came")
    )
    # among the children who came (checked below), so no second reference to the register
    carers: tuple[str, ...] = field(
        default=(),
        converter=as_tuple,
        words=("有照护人陪同的儿童", "child whose carer came"),
    )
    note: str | None = field(default=None, private=True, words=("活动记录", "the note"))

    @property
    def day(self) -> dt.date:
        """The day the session started, in China Standard Time (whatever zone it was
        written in: a record kept in UTC is still the home's day)."""
        return self.start.astimezone(SHANGHAI).date()

    @property
    def hours(self) -> float:
        """How long it lasted, in hours (0 for a session that did not take place)."""
        if not self.took_place:
            return 0.0
        return (self.end - self.start).total_seconds() / 3600

    @property
    def adults(self) -> tuple[str, ...]:
        """The home's people present, each once: who led it, then who helped."""
        return tuple(dict.fromkeys((*self.facilitators, *self.helpers)))

    def _problems(self) -> Iterator[Problem]:
        if self.end == self.start:  # before it is the field's own problem
            yield problem(
                "$.end",
                ProblemCode.ORDER,
                Text(
                    f"结束时间 {self.end.isoformat()} 与开始时间相同",
                    f"ends {self.end.isoformat()}, when it starts",
                ),
            )
        if self.took_place and self.reason is not None:
            yield problem(
                "$.reason",
                ProblemCode.INCONSISTENT,
                Text(
                    "已开展的活动不填未开展原因",
                    "a session that took place gives no reason for not taking place",
                ),
            )
        if not self.took_place:
            if self.reason is None or not self.reason.strip():
                yield problem(
                    "$.reason",
                    ProblemCode.INCONSISTENT,
                    Text("请写明活动未开展的原因", "say why the session did not take place"),
                )
            for name in ("children", "carers", "facilitators", "helpers"):
                if getattr(self, name):
                    yield problem(
                        f"$.{name}",
                        ProblemCode.INCONSISTENT,
                        Text(
                            "未开展的活动不记录参加的人",
                            "a session that did not take place lists nobody as present",
                        ),
                    )
        for name in ("facilitators", "helpers", "children", "carers"):
            ids = getattr(self, name)
            if not isinstance(ids, tuple):
                continue  # a list the loader could not read: its own problem says so
            first: dict[str, int] = {}
            for i, x in enumerate(ids):
                j = first.setdefault(x, i)
                if j != i:
                    yield problem(
                        f"$.{name}[{i}]",
                        ProblemCode.DUPLICATE,
                        Text(
                            f"{mask_shaped(repr(x))} 已列在 {name}[{j}]：每人只记一次",
                            f"{mask_shaped(repr(x))} is already listed at {name}[{j}]:"
                            " each one once",
                        ),
                    )
        if isinstance(self.children, tuple) and isinstance(self.carers, tuple):
            came = set(self.children)
            for i, c in enumerate(self.carers):
                if c not in came:
                    shown = mask_shaped(repr(c))
                    yield problem(
                        f"$.carers[{i}]",
                        ProblemCode.INCONSISTENT,
                        Text(
                            f"儿童 {shown} 不在参加儿童之列：陪同的照护人是谁的？",
                            f"child {shown} is not among the children who came: whose carer came?",
                        ),
                    )
