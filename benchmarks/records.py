"""Synthetic homes with a year of records of the work, for the benchmarks.

:func:`homes` builds ``n`` homes on the pattern of the sample Shicun home
(its 142 children with their year of parents' calls, its 48 people, rooms,
18 programmes and 63 pairings; the people's identity numbers left out, so
each home's people are its own), each with its own year, 2025-09-01 to
2026-08-31, of records drawn from a seeded generator: 500 sessions held
(about one in forty called off), 150 visits, 30 follow-up tasks, 6 meetings
with the families and the volunteers' service records. At 200 homes: 100,000
sessions held, 30,000 visits. Records are built directly, one by one, each
checking itself as any record does; no property-testing machinery.

Other benchmarks of the record of the work (the due list, say) import
:func:`homes` and :data:`YEAR` from here.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import statistics
from collections.abc import Callable, Sequence
from typing import TypeVar
from zoneinfo import ZoneInfo

import attrs

import left_behind as lb
from left_behind.model import (
    Attendee,
    AttendeeRole,
    FamilyMeeting,
    FamilyMeetingKind,
    HeldSession,
    HomeVisit,
    Met,
    Task,
    TaskReason,
    TaskState,
    TaskStatus,
    VisitKind,
)

__all__ = ["SESSIONS", "VISITS", "YEAR", "growth_lines", "homes", "rotate"]

YEAR = (dt.date(2025, 9, 1), dt.date(2026, 8, 31))
"""The year the homes' records cover: the sample's school year, both days included."""

SESSIONS, VISITS, TASKS, MEETINGS, SERVICE = 500, 150, 30, 6, 20
"""Records a home: sessions held, visits, tasks, meetings, service records a volunteer."""

T = TypeVar("T")

_CST = ZoneInfo("Asia/Shanghai")
_DAYS = (YEAR[1] - YEAR[0]).days + 1
_KINDS = tuple(VisitKind)
_MEETING_KINDS = tuple(FamilyMeetingKind)


def _template() -> lb.Home:
    base = lb.samples.home()
    return attrs.evolve(
        base,
        staff=tuple(attrs.evolve(p, id_number=None) for p in base.staff),
        volunteers=tuple(attrs.evolve(p, id_number=None) for p in base.volunteers),
    )


def _day(rng: random.Random) -> dt.date:
    return YEAR[0] + dt.timedelta(days=rng.randrange(_DAYS))


def _sessions(rng: random.Random, base: lb.Home, children: list[str]) -> tuple[HeldSession, ...]:
    people = [p.id for p in (*base.staff, *base.volunteers)]
    found = []
    for i in range(SESSIONS):
        programme = rng.choice(base.programmes)
        day = _day(rng)
        start = dt.datetime(
            day.year, day.month, day.day, 16, rng.choice((0, 15, 30, 40)), tzinfo=_CST
        )
        end = start + dt.timedelta(minutes=rng.choice((45, 60, 90, 120)))
        if rng.random() < 0.025:
            found.append(
                HeldSession(
                    id=f"h-{i:04d}",
                    programme=programme.id,
                    took_place=False,
                    reason="天气原因",
                    start=start,
                    end=end,
                )
            )
            continue
        came = rng.sample(children, rng.randint(5, 25))
        found.append(
            HeldSession(
                id=f"h-{i:04d}",
                programme=programme.id,
                planned=f"{programme.id}-{start:%Y%m%dT%H%M}",
                start=start,
                end=end,
                facilitators=programme.facilitators[:1] or (rng.choice(people),),
                helpers=tuple(rng.sample(people, rng.randint(0, 2))),
                children=came,
                carers=tuple(c for c in came if rng.random() < 0.1),
            )
        )
    return tuple(found)


def _visits(rng: random.Random, base: lb.Home, children: list[str]) -> tuple[HomeVisit, ...]:
    visitors = [p.id for p in base.staff] + [v.id for v in base.volunteers[:10]]
    return tuple(
        HomeVisit(
            id=f"hv-{i:04d}",
            child=rng.choice(children),
            on=_day(rng),
            visitor=rng.choice(visitors),
            kind=rng.choice(_KINDS),
            met={Met.CARER, Met.CHILD},
        )
        for i in range(VISITS)
    )


def _tasks(rng: random.Random, base: lb.Home, children: list[str]) -> tuple[Task, ...]:
    found = []
    for i in range(TASKS):
        opened = _day(rng)
        states = [TaskState(state=TaskStatus.OPEN, on=opened)]
        closed = opened + dt.timedelta(days=rng.randint(1, 40))
        if rng.random() < 0.7:
            states.append(TaskState(state=TaskStatus.DONE, on=closed))
        elif rng.random() < 0.3:
            states.append(TaskState(state=TaskStatus.CANCELLED, on=closed, reason="已由学校跟进"))
        found.append(
            Task(
                id=f"t-{i:03d}",
                what="回访",
                child=rng.choice(children),
                by=base.staff[0].id,
                due_on=opened + dt.timedelta(days=30),
                why=TaskReason.BY_HAND,
                states=tuple(states),
            )
        )
    return tuple(found)


def _meetings(rng: random.Random, base: lb.Home, children: list[str]) -> tuple[FamilyMeeting, ...]:
    return tuple(
        FamilyMeeting(
            id=f"fm-{i}",
            kind=rng.choice(_MEETING_KINDS),
            on=_day(rng),
            held_by=(base.staff[0].id,),
            came=tuple(
                Attendee(child=c, who=AttendeeRole.CARER, online=rng.random() < 0.1)
                for c in rng.sample(children, rng.randint(10, 40))
            ),
        )
        for i in range(MEETINGS)
    )


def _service(rng: random.Random, base: lb.Home) -> tuple[lb.Volunteer, ...]:
    volunteers = []
    for v in base.volunteers:
        days = sorted(_day(rng) for _ in range(SERVICE))
        records = tuple(
            lb.ServiceRecord(on=d, hours=rng.choice((1.0, 1.5, 2.0, 3.0)), activity="活动辅导")
            for d in days
        )
        volunteers.append(attrs.evolve(v, service=records))
    return tuple(volunteers)


def homes(n: int, seed: int = 2026) -> list[lb.Home]:
    """``n`` synthetic homes, each with a year of records (see the module); the same for a seed."""
    rng = random.Random(seed)
    base = _template()
    children = [c.id for c in base.children]
    return [
        attrs.evolve(
            base,
            name=f"示例儿童之家{i:03d}",
            held_sessions=_sessions(rng, base, children),
            visits=_visits(rng, base, children),
            tasks=_tasks(rng, base, children),
            family_meetings=_meetings(rng, base, children),
            volunteers=_service(rng, base),
        )
        for i in range(n)
    ]


def rotate(
    sizes: Sequence[int], rounds: int, run: Callable[[int], tuple[float, T]]
) -> tuple[dict[int, list[float]], T | None]:
    """Seconds of ``run(n)`` for each size, ``rounds`` times, each round in another order
    (so a noisy machine slows every size alike); and the result of the largest size's
    last run."""
    times: dict[int, list[float]] = {n: [] for n in sizes}
    last: T | None = None
    for r in range(rounds):
        order = list(sizes[r % len(sizes) :]) + list(sizes[: r % len(sizes)])
        for n in order:
            seconds, result = run(n)
            times[n].append(seconds)
            if n == max(sizes):
                last = result
    return times, last


def growth_lines(times: dict[int, list[float]], aim_seconds: float, aim_growth: float) -> list[str]:
    """A line a size: the median and spread of its rounds, and the growth from the size
    before as the median of the paired per-round ratios, marked where over an aim."""
    sizes = sorted(times)
    lines = []
    for i, n in enumerate(sizes):
        t = times[n]
        line = f"  {n:>4} homes  {statistics.median(t):6.3f} s  ({min(t):.3f}-{max(t):.3f})"
        if i:
            prev = sizes[i - 1]
            ratios = [a / b for a, b in zip(t, times[prev], strict=True)]
            growth = statistics.median(ratios)
            per_doubling = growth ** (1 / math.log2(n / prev))
            mark = "" if per_doubling <= aim_growth else f"  over the aim of {aim_growth}x"
            line += f"  x{growth:.2f} from {prev} ({min(ratios):.2f}-{max(ratios):.2f}){mark}"
        if n == 200 and statistics.median(t) > aim_seconds:
            line += f"  over the aim of {aim_seconds} s"
        lines.append(line)
    return lines
