"""What each session needs, planned or held: places, adults, a carer, a checked and qualified lead.

The same rules hold a plan to what it asks of a session and the record of
what then happened to it: a session of the plan (:mod:`left_behind.planning`)
and a session held (``Home.held_sessions``) are both read as a
:class:`SessionView`, and each check here names the problem once per
programme, at its first session, with the number of sessions, in the
caller's list (``where``: ``"$.sessions"`` or ``"$.held_sessions"``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from left_behind.calendar import SHANGHAI
from left_behind.kinds import Lang, Text
from left_behind.model import HeldSession, Home, Programme, Session
from left_behind.rules._people_rules import check_valid
from left_behind.rules._policy import Policy
from left_behind.rules._registry import Hit

__all__ = [
    "SessionView",
    "grouped",
    "held_views",
    "over_capacity",
    "planned_views",
    "session_count",
    "session_day",
    "session_when",
    "short_of_adults",
    "without_carer",
    "without_check",
    "without_qualification",
]


@attrs.frozen(kw_only=True)
class SessionView:
    """A session as these rules read it: ``index`` in its list, who led it
    (``leaders``) and every adult of the home present (``adults``)."""

    index: int
    id: str
    programme: str
    start: dt.datetime
    end: dt.datetime
    room: str
    leaders: tuple[str, ...]
    adults: tuple[str, ...]
    children: tuple[str, ...]
    carers: tuple[str, ...]


def planned_views(sessions: Sequence[Session]) -> tuple[SessionView, ...]:
    """A plan's sessions: those who lead one are its adults."""
    return tuple(
        SessionView(
            index=i,
            id=s.id,
            programme=s.programme,
            start=s.start,
            end=s.end,
            room=s.room,
            leaders=s.facilitators,
            adults=s.facilitators,
            children=s.children,
            carers=s.carers,
        )
        for i, s in enumerate(sessions)
    )


def held_views(home: Home, held: Sequence[HeldSession], on: dt.date) -> tuple[SessionView, ...]:
    """The sessions that took place by ``on``: in the room used (the programme's, unless
    another is given), with the helpers counted among the adults."""
    rooms = {p.id: p.room for p in home.programmes}
    return tuple(
        SessionView(
            index=i,
            id=s.id,
            programme=s.programme,
            start=s.start,
            end=s.end,
            room=s.room or rooms.get(s.programme, ""),
            leaders=s.facilitators,
            adults=s.adults,
            children=s.children,
            carers=s.carers,
        )
        for i, s in enumerate(held)
        if s.took_place and session_day(s) <= on
    )


def session_when(s: SessionView | Session | HeldSession) -> str:
    """``2026-03-02 16:40-17:40``, in China Standard Time."""
    local = s.start.astimezone(SHANGHAI)
    end = s.end.astimezone(SHANGHAI)
    return f"{local:%Y-%m-%d %H:%M}-{end:%H:%M}"


def session_day(s: SessionView | Session | HeldSession) -> dt.date:
    """The day a session starts, in China Standard Time."""
    return s.start.astimezone(SHANGHAI).date()


def session_count(count: int, lang: Lang) -> str:
    """``3 场``, ``1 session``, ``3 sessions``."""
    return Text(f"{count} 场", "1 session" if count == 1 else f"{count} sessions").get(lang)


@attrs.frozen
class Group:
    """Sessions of one programme that share a problem: the first, and how many."""

    first: int
    count: int


def grouped(found: Iterable[tuple[Any, int]]) -> dict[Any, Group]:
    """Each problem's key with its first session's position and the number of sessions."""
    groups: dict[Any, Group] = {}
    for key, index in found:
        g = groups.get(key)
        groups[key] = Group(index, 1) if g is None else Group(g.first, g.count + 1)
    return groups


def _programmes(home: Home) -> dict[str, Programme]:
    return {p.id: p for p in home.programmes}


def _first(views: Sequence[SessionView], g: Group) -> SessionView:
    return views[g.first]


def over_capacity(home: Home, views: Sequence[SessionView], where: str) -> Iterator[Hit]:
    """More children than the programme takes, or more people than the room holds."""
    programmes = _programmes(home)
    rooms = {r.id: r for r in home.rooms}

    over: dict[tuple[str, str, int], list[tuple[SessionView, int]]] = {}
    for s in views:
        p = programmes.get(s.programme)
        if p is not None and p.capacity is not None and len(s.children) > p.capacity:
            over.setdefault(("programme", s.programme, p.capacity), []).append((s, len(s.children)))
        room = rooms.get(s.room)
        people = len(s.children) + len(s.adults) + len(s.carers)
        if room is not None and people > room.capacity:
            over.setdefault(("room", s.programme, room.capacity), []).append((s, people))

    for (what, prog, most), found in over.items():
        # what was held varies from session to session: the most that came
        s, n = found[0][0], max(count for _, count in found)
        up_zh, up_en = ("", "") if all(c == n for _, c in found) else ("最多", "up to ")
        times = (session_count(len(found), "zh"), session_count(len(found), "en"))
        if what == "programme":
            yield Hit(
                path=f"{where}[{s.index}].children",
                zh=f"{prog} {up_zh}有 {n} 名儿童，超过名额 {most} 名（{times[0]}，"
                f"首场 {session_when(s)}）",
                en=f"{prog} has {up_en}{n} children, over its {most} places"
                f" ({times[1]}, first {session_when(s)})",
            )
        else:
            yield Hit(
                path=f"{where}[{s.index}].room",
                zh=f"{prog} 在活动室 {s.room} {up_zh}有 {n} 人，超过其容量 {most} 人"
                f"（{times[0]}，首场 {session_when(s)}）",
                en=f"{prog} puts {up_en}{n} people in room {s.room}, which holds {most}"
                f" ({times[1]}, first {session_when(s)})",
            )


def short_of_adults(
    home: Home, views: Sequence[SessionView], policy: Policy, where: str, leaders: str
) -> Iterator[Hit]:
    """More children per adult than the programme's or the policy's ``children_per_adult``;
    ``leaders`` is the field of the session named (who the home should add to)."""
    programmes = _programmes(home)
    default = policy.children_per_adult

    short: dict[tuple[str, int], list[SessionView]] = {}
    for s in views:
        p = programmes.get(s.programme)
        per = default if p is None or p.children_per_adult is None else p.children_per_adult
        if len(s.children) > per * len(s.adults):
            short.setdefault((s.programme, per), []).append(s)

    for (prog, per), found in short.items():
        # what was held varies from session to session: the most children, the fewest adults
        s, n = found[0], max(len(v.children) for v in found)
        adults = min(len(v.adults) for v in found)
        needed = -(-n // per)
        own = programmes.get(prog)
        setting = None if own is not None and own.children_per_adult else "children_per_adult"
        same = all(len(v.children) == n for v in found)
        up_zh, up_en = ("", "") if same else ("最多", "up to ")
        yield Hit(
            path=f"{where}[{s.index}].{leaders}",
            zh=f"{prog} {up_zh}有 {n} 名儿童、{adults} 名成人，每人至多带 {per} 名，"
            f"需 {needed} 名（{session_count(len(found), 'zh')}，首场 {session_when(s)}）",
            en=f"{prog} has {up_en}{n} children and {adults} adult{'' if adults == 1 else 's'};"
            f" at {per} per adult it needs {needed}"
            f" ({session_count(len(found), 'en')}, first {session_when(s)})",
            setting=setting,
        )


def without_qualification(home: Home, views: Sequence[SessionView], where: str) -> Iterator[Hit]:
    """A programme that needs a qualification, led by nobody who has it."""
    programmes = _programmes(home)
    people = {p.id: p for p in (*home.staff, *home.volunteers)}

    def unqualified() -> Iterator[tuple[Any, int]]:
        for k, s in enumerate(views):
            p = programmes.get(s.programme)
            if p is None or p.qualification is None:
                continue
            if not any(
                f in people and p.qualification in people[f].qualifications for f in s.leaders
            ):
                yield (s.programme, p.qualification, s.leaders), k

    for (prog, needed, who), g in grouped(unqualified()).items():
        s = _first(views, g)
        names = "、".join(who) or "无人"
        yield Hit(
            path=f"{where}[{s.index}].facilitators",
            zh=f"{prog} 须由具备{needed.label()}的人员负责，负责人 {names} 均不具备"
            f"（{session_count(g.count, 'zh')}，首场 {session_when(s)}）",
            en=f"{prog} needs a facilitator with a {needed.label('en')};"
            f" {', '.join(who) or 'nobody'} has none"
            f" ({session_count(g.count, 'en')}, first {session_when(s)})",
        )


def without_check(
    home: Home, views: Sequence[SessionView], policy: Policy, where: str
) -> Iterator[Hit]:
    """Someone who led a session with no clear check of criminal records on its day."""
    people = {p.id: p for p in (*home.staff, *home.volunteers)}
    days = policy.background_check_days
    valid: dict[tuple[str, dt.date], bool] = {}

    def unchecked() -> Iterator[tuple[Any, int]]:
        for k, s in enumerate(views):
            day = session_day(s)
            for f in s.leaders:
                person = people.get(f)
                if person is None:
                    continue
                ok = valid.get((f, day))
                if ok is None:
                    ok = valid[(f, day)] = check_valid(person, day, days)
                if not ok:
                    yield (s.programme, f), k

    for (prog, f), g in grouped(unchecked()).items():
        s = _first(views, g)
        yield Hit(
            path=f"{where}[{s.index}].facilitators",
            zh=f"负责人 {f} 在 {session_day(s)} 负责 {prog} 时没有 {days} 天内无记录的查询"
            f"（{session_count(g.count, 'zh')}）：先查询，后接触儿童",
            en=f"facilitator {f} leads {prog} on {session_day(s)} with no clear check within"
            f" {days} days ({session_count(g.count, 'en')}): check before contact",
            setting="background_check_days",
        )


def without_carer(home: Home, views: Sequence[SessionView], where: str) -> Iterator[Hit]:
    """A child at a parent-child session without their carer."""
    programmes = _programmes(home)

    def alone() -> Iterator[tuple[Any, int]]:
        for k, s in enumerate(views):
            p = programmes.get(s.programme)
            if p is None or not p.carer_present:
                continue
            with_carer = set(s.carers)
            for cid in s.children:
                if cid not in with_carer:
                    yield (p.id, cid), k

    for (prog, cid), g in grouped(alone()).items():
        s = _first(views, g)
        yield Hit(
            path=f"{where}[{s.index}].carers",
            zh=f"儿童 {cid} 参加亲子活动 {prog} 没有照护人陪同（{session_count(g.count, 'zh')}，"
            f"首场 {session_when(s)}）",
            en=f"child {cid} is in the parent-child programme {prog} without a carer"
            f" ({session_count(g.count, 'en')}, first {session_when(s)})",
        )
