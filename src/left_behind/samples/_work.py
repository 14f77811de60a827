"""The Shicun home's spring term 2026 as it went: sessions held, who came, the families met.

Built from the home's own plan for the term (:func:`left_behind.planning.plan`),
with a random generator of its own: most children come to most sessions, a
child never is in two sessions at once, a Saturday sports session was called
off for rain, a child of the calligraphy group stopped coming in the last
weeks of the term (the children's director should ask why), and a volunteer
sometimes helps. The Spring Festival forum met the migrant parents home for
the holidays; a carers' meeting followed in May. All the words are made up.
"""

from __future__ import annotations

import datetime as dt
import random

import attrs

from left_behind.model import (
    Attendee,
    AttendeeRole,
    FamilyMeeting,
    FamilyMeetingKind,
    HeldSession,
    Home,
    Situation,
)
from left_behind.planning import plan

__all__: list[str] = []

TERM = (dt.date(2026, 3, 2), dt.date(2026, 7, 3))
"""The spring term whose sessions the sample home records."""

RAIN_DAY = dt.date(2026, 4, 18)  # a Saturday: the outdoor sports were called off
STOPPED = ("p-calligraphy", 4)  # a child of this programme missed its last 4 sessions
_LATE = dt.timedelta(minutes=5)


def _held(home: Home) -> tuple[HeldSession, ...]:
    rng = random.Random(20260302)
    term = plan(home, start=TERM[0], end=TERM[1])
    last: dict[str, list[str]] = {}
    for s in term.sessions:
        last.setdefault(s.programme, []).append(s.id)
    programme, missed = STOPPED
    stopper = home.programme(programme).children[-1]
    stopped_from = set(last[programme][-missed:])
    busy: dict[str, list[tuple[dt.datetime, dt.datetime]]] = {}
    held: list[HeldSession] = []
    for s in term.sessions:
        hid = f"h-{s.id}"
        if s.programme == "p-sports" and s.day == RAIN_DAY:
            held.append(
                HeldSession(
                    id=hid,
                    programme=s.programme,
                    planned=s.id,
                    took_place=False,
                    reason="下雨，户外活动取消",
                    start=s.start,
                    end=s.end,
                )
            )
            continue
        start = s.start + rng.choice((dt.timedelta(0), _LATE))
        came: list[str] = []
        for c in s.children:
            if c == stopper and s.id in stopped_from:
                continue
            if rng.random() < 0.1:  # ill, or kept at home that day
                continue
            if any(a < s.end and s.start < b for a, b in busy.get(c, ())):
                continue  # already in another session at that hour
            busy.setdefault(c, []).append((s.start, s.end))
            came.append(c)
        helpers = ("s-01",) if rng.random() < 0.1 and "s-01" not in s.facilitators else ()
        held.append(
            HeldSession(
                id=hid,
                programme=s.programme,
                planned=s.id,
                start=start,
                end=s.end,
                facilitators=s.facilitators,
                helpers=helpers,
                children=tuple(came),
                carers=tuple(c for c in s.carers if c in came),
            )
        )
    return tuple(held)


def _families(home: Home) -> tuple[FamilyMeeting, ...]:
    rng = random.Random(20260220)
    forum: list[Attendee] = []
    carers: list[Attendee] = []
    for child in home.children:
        away = [
            p
            for p in child.parents
            if (sit := p.situation_on(TERM[0])) is not None
            and sit.situation is Situation.WORKING_AWAY
        ]
        if away and rng.random() < 0.4:
            for p in away:
                forum.append(Attendee(child=child.id, who=AttendeeRole(p.role.value)))
        if away and rng.random() < 0.25:
            carers.append(Attendee(child=child.id, who=AttendeeRole.CARER))
    return (
        FamilyMeeting(
            id="fm-2026-spring-festival",
            kind=FamilyMeetingKind.PARENTS_FORUM,
            on=dt.date(2026, 2, 21),
            held_by=("s-01", "s-02"),
            came=tuple(forum),
            topics=("寒假安全", "亲子沟通", "委托照护协议"),
        ),
        FamilyMeeting(
            id="fm-2026-carers",
            kind=FamilyMeetingKind.CARERS_MEETING,
            on=dt.date(2026, 5, 16),
            held_by=("s-01",),
            came=tuple(carers),
            topics=("暑期防溺水", "亲情电话"),
        ),
    )


def with_work(home: Home) -> Home:
    """``home`` with its spring term's sessions held and its meetings with the families."""
    return attrs.evolve(home, held_sessions=_held(home), family_meetings=_families(home))
