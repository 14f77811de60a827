"""The rules on the sessions a home held: what a plan asks of a session, now of what happened.

A session held (``Home.held_sessions``) that took place by the check's date
is held to the plan's rules on what a session needs (see
:mod:`left_behind.rules._sessions`): no more children than the programme
takes nor people than the room holds, enough adults (the helpers count),
each child's carer at a parent-child session, a lead with a clear check of
criminal records on the day (MPL art. 62) and with the qualification the
programme asks (VOL art. 16). Each problem is named once per programme, at
its first session, with the number of sessions. And a child enrolled in a
programme who missed its last ``missed_sessions`` sessions held is named
for the mentor or the children's director to ask why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from left_behind.kinds import Text
from left_behind.law import MPL, VOL
from left_behind.model import HeldSession, Home
from left_behind.rules._findings import Severity
from left_behind.rules._registry import Hit
from left_behind.rules._sessions import (
    held_views,
    over_capacity,
    session_count,
    session_day,
    short_of_adults,
    without_carer,
    without_check,
    without_qualification,
)
from left_behind.rules._support import (
    HOME_SUBJECT,
    SupportFacts,
    planning_practice,
    session_practice,
)

__all__ = ["missed_in_a_row"]

_HELD = "$.held_sessions"
_SHOWN_DATES = 6  # a long absence names its latest days, not every one


def _views(home: Home, facts: SupportFacts) -> tuple:  # type: ignore[type-arg]
    return held_views(home, home.held_sessions, facts.on)


@HOME_SUBJECT.rule(
    id="PLAN-held-capacity",
    severity=Severity.WARNING,
    source=planning_practice("3"),
    title=Text(
        "实际参加人数不超过活动名额和活动室容量",
        "no more children came than the programme takes, nor people than the room holds",
    ),
)
def held_capacity(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    yield from over_capacity(home, _views(home, facts), _HELD)


@HOME_SUBJECT.rule(
    id="PLAN-held-ratio",
    severity=Severity.WARNING,
    source=planning_practice("3"),
    title=Text(
        "实际到场的每名成人带领的儿童不超过规定人数",
        "no more children per adult present than set",
    ),
    settings=("children_per_adult",),
)
def held_ratio(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    yield from short_of_adults(home, _views(home, facts), facts.policy, _HELD, "helpers")


@HOME_SUBJECT.rule(
    id="PLAN-held-carer-present",
    severity=Severity.ERROR,
    source=planning_practice("5"),
    title=Text(
        "亲子活动实际有照护人陪同",
        "each child at a parent-child session came with their carer",
    ),
)
def held_carer_present(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    yield from without_carer(home, _views(home, facts), _HELD)


@HOME_SUBJECT.rule(
    id="MPL-62-held-check",
    severity=Severity.ERROR,
    source=MPL.source(62),
    title=Text(
        "带领活动的人员在活动当天有有效的违法犯罪记录查询",
        "whoever led a session had a valid check of criminal records on its day",
    ),
    settings=("background_check_days",),
)
def held_check(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    yield from without_check(home, _views(home, facts), facts.policy, _HELD)


@HOME_SUBJECT.rule(
    id="VOL-16-held-qualified",
    severity=Severity.ERROR,
    source=VOL.source(16),
    title=Text(
        "需要专门资格的活动实际由具备资格的人员带领",
        "a session that needs a qualification was led by someone who has it",
    ),
)
def held_qualified(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    yield from without_qualification(home, _views(home, facts), _HELD)


def missed_in_a_row(
    held: tuple[HeldSession, ...], programme: str, child: str, on: dt.date
) -> tuple[HeldSession, ...]:
    """The programme's sessions that took place by ``on`` and the child missed, the
    latest first, back to the last one they came to.

    >>> import datetime as dt
    >>> cst = dt.timezone(dt.timedelta(hours=8))
    >>> def held(day, *children):
    ...     start = dt.datetime(2026, 3, day, 16, 40, tzinfo=cst)
    ...     return HeldSession(id=f"h-{day}", programme="p-1", start=start,
    ...                        end=start + dt.timedelta(hours=1), children=children)
    >>> record = (held(2, "c-1", "c-2"), held(9, "c-2"), held(16, "c-2"))
    >>> [s.id for s in missed_in_a_row(record, "p-1", "c-1", dt.date(2026, 3, 31))]
    ['h-16', 'h-9']
    >>> missed_in_a_row(record, "p-1", "c-1", dt.date(2026, 3, 8))
    ()
    """
    ran = sorted(
        (s for s in held if s.programme == programme and s.took_place and session_day(s) <= on),
        key=lambda s: s.start,
        reverse=True,
    )
    missed: list[HeldSession] = []
    for s in ran:
        if child in s.children:
            break
        missed.append(s)
    return tuple(missed)


@HOME_SUBJECT.rule(
    id="HELD-missed",
    severity=Severity.WARNING,
    source=session_practice("1"),
    title=Text(
        "儿童连续缺席所报名的活动时及时了解原因",
        "a child who stopped coming to a programme is asked why",
    ),
    settings=("missed_sessions",),
)
def missed(home: Home, facts: SupportFacts) -> Iterator[Hit]:
    wanted = facts.policy.missed_sessions
    if not home.held_sessions:
        return
    by_programme: dict[str, list[HeldSession]] = {}
    for s in home.held_sessions:
        by_programme.setdefault(s.programme, []).append(s)
    for j, p in enumerate(home.programmes):
        held = tuple(by_programme.get(p.id, ()))
        if len(held) < wanted:
            continue
        for k, child in enumerate(p.children):
            gone = missed_in_a_row(held, p.id, child, facts.on)
            if len(gone) < wanted:
                continue
            days = [str(session_day(s)) for s in gone[:_SHOWN_DATES]]
            more = len(gone) > _SHOWN_DATES
            mentors = [
                m for x in home.pairings_of(child) if x.active_on(facts.on) for m in x.mentors
            ]
            who_zh = f"请帮扶人 {'、'.join(mentors)} " if mentors else "请儿童主任"
            who_en = f"mentor {', '.join(mentors)}" if mentors else "the children's director"
            yield Hit(
                path=f"$.programmes[{j}].children[{k}]",
                zh=f"儿童 {child} 连续 {len(gone)} 场没有参加 {p.id}（{'、'.join(days)}"
                f"{'等' if more else ''}）：{who_zh}了解原因",
                en=f"child {child} missed the last {session_count(len(gone), 'en')} of {p.id}"
                f" ({', '.join(days)}{', ...' if more else ''}): {who_en} should ask why",
                setting="missed_sessions",
            )
