"""The rules on a plan: conflicts of rooms, people and children, and what each session needs.

A :class:`~left_behind.Plan` is checked as a whole (its subject is the
plan), with the facts its rules share worked out once per check by
:class:`PlanFacts`: the overlaps of rooms, facilitators and children, found
by sorting and sweeping (:mod:`._sweep`), across every plan of a
:class:`~left_behind.Plans` for the facilitators. Conflicts are named at the
later session of each pair; what repeats in every session of a programme (a
child too old for it, a facilitator without the qualification) is named once
per programme, at its first session, with the number of sessions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from left_behind.calendar import SHANGHAI, DayKind, NoSchoolYear, day_kind
from left_behind.kinds import Text
from left_behind.law import MPL, VOL
from left_behind.model import (
    Child,
    Person,
    Plan,
    Plans,
    Programme,
    ProgrammeKind,
    Session,
    Weekday,
    of_age_from,
)
from left_behind.rules import (
    Hit,
    Policy,
    RuleSet,
    Severity,
    Subject,
    grouped,
    over_capacity,
    overlapping,
    planned_views,
    planning_practice,
    session_count,
    session_day,
    session_when,
    short_of_adults,
    without_carer,
    without_check,
    without_qualification,
)

__all__ = ["PLAN_SUBJECT", "SHANGHAI", "Clash", "PlanFacts"]


# a session's reference: (index of its plan in the document, index in the plan)
Ref = tuple[int, int]


@attrs.frozen
class Clash:
    """Two sessions that need the same room, person or child at once.

    ``what`` is ``"room"``, ``"facilitator"`` or ``"child"``; ``who`` the
    room's, the person's or the child's id; ``earlier`` and ``later`` the
    two sessions (the later named in the finding).
    """

    what: str
    who: str
    earlier: Ref
    later: Ref


def _person_key(plan_index: int, person: Person | None, pid: str) -> tuple[Any, ...]:
    """Who a facilitator is across homes: the identity number, or the id within the home."""
    if person is not None and person.id_number is not None:
        return ("id_number", str(person.id_number))
    return ("home", plan_index, pid)


@attrs.frozen(kw_only=True)
class PlanFacts:
    """What the plan rules share, worked out once per check of a document.

    ``plans`` are the plans checked together; ``clashes`` maps each plan's
    index to the clashes whose later session is in it, in order.
    """

    on: dt.date
    policy: Policy
    plans: tuple[Plan, ...]
    clashes: Mapping[int, tuple[Clash, ...]]
    index: Mapping[int, int]

    @classmethod
    def of(
        cls, document: Any, on: dt.date, policy: Policy, rules: RuleSet | None = None
    ) -> PlanFacts:
        """The facts of ``document`` (a plan, or several plans)."""
        if isinstance(document, Plans):
            plans = document.plans
        elif isinstance(document, Plan):
            plans = (document,)
        else:
            plans = ()
        return cls(
            on=on,
            policy=policy,
            plans=plans,
            clashes=find_clashes(plans),
            index={id(p): i for i, p in enumerate(plans)},
        )

    def clashes_of(self, plan: Plan) -> tuple[Clash, ...]:
        """The clashes named in ``plan``."""
        return self.clashes.get(self.index.get(id(plan), -1), ())


def _span(s: Session) -> tuple[float, float]:
    return s.start.timestamp(), s.end.timestamp()


def find_clashes(plans: Sequence[Plan]) -> dict[int, tuple[Clash, ...]]:
    """Every clash of rooms, facilitators and children in ``plans``, by the later session's plan.

    Rooms and children are a home's own; facilitators are compared across
    the plans (see :func:`_person_key`). Three sorts and sweeps: the rooms,
    the facilitators, and the sessions of each home by time, whose
    overlapping pairs are then looked at for children they share.
    """
    found: list[Clash] = []
    rooms: list[tuple[Any, float, float, Ref]] = []
    # a person's reference also carries the id the session gives them, to name them by
    people: list[tuple[Any, float, float, tuple[int, int, str]]] = []
    spans: list[tuple[Any, float, float, Ref]] = []
    for pi, plan in enumerate(plans):
        known = {p.id: p for p in (*plan.home.staff, *plan.home.volunteers)}
        keys: dict[str, tuple[Any, ...]] = {}
        for si, s in enumerate(plan.sessions):
            start, end = _span(s)
            ref = (pi, si)
            rooms.append(((pi, s.room), start, end, ref))
            spans.append((pi, start, end, ref))
            # each person once per session, by the first id that is them: two ids of one
            # person (or one id given twice) are not a clash of the session with itself
            mine: set[tuple[Any, ...]] = set()
            for f in s.facilitators:
                key = keys.get(f)
                if key is None:
                    key = keys[f] = _person_key(pi, known.get(f), f)
                if key not in mine:
                    mine.add(key)
                    people.append((key, start, end, (pi, si, f)))
    for a, b in overlapping(rooms):
        found.append(Clash("room", plans[b[0]].sessions[b[1]].room, a, b))
    # one pair for each person the two sessions share, named as the later session names them
    for (pa, sa, _), (pb, sb, f) in overlapping(people):
        found.append(Clash("facilitator", f, (pa, sa), (pb, sb)))
    shared: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, ...]] = {}
    for a, b in overlapping(spans):
        ca, cb = plans[a[0]].sessions[a[1]].children, plans[b[0]].sessions[b[1]].children
        both = shared.get((ca, cb))
        if both is None:
            mine_c = set(ca)
            # each child once, even if a session lists one twice
            both = shared[(ca, cb)] = tuple(c for c in dict.fromkeys(cb) if c in mine_c)
        for c in both:
            found.append(Clash("child", c, a, b))
    by_plan: dict[int, list[Clash]] = {}
    for clash in found:
        by_plan.setdefault(clash.later[0], []).append(clash)
    order = {"room": 0, "facilitator": 1, "child": 2}
    return {
        pi: tuple(sorted(cs, key=lambda c: (c.later[1], order[c.what], c.earlier, c.who)))
        for pi, cs in by_plan.items()
    }


def _facts(obj: Any, on: dt.date, policy: Policy, facts: PlanFacts) -> PlanFacts:
    return facts


PLAN_SUBJECT = Subject(
    kind="plan",
    cls=Plan,
    label=Text("活动计划", "Plan"),
    id_of=lambda p: f"{p.home.name or 'home'} {p.first.isoformat()}/{p.last.isoformat()}",
    name_of=lambda p: None,
    context=_facts,
    prepare=PlanFacts.of,
)
"""A home's plan: the conflicts of its sessions, and what each session needs."""


# --- helpers ------------------------------------------------------------------


def _programmes(plan: Plan) -> dict[str, Programme]:
    return {p.id: p for p in plan.home.programmes}


def _other(facts: PlanFacts, ref: Ref, plan: Plan) -> tuple[str, str]:
    """The earlier session of a clash, in words (Chinese, English)."""
    other_plan = facts.plans[ref[0]]
    s = other_plan.sessions[ref[1]]
    if other_plan is plan:
        return f"{s.id}（{session_when(s)}）", f"{s.id} ({session_when(s)})"
    home = other_plan.home.name or "home"
    return f"{home} 的 {s.id}（{session_when(s)}）", f"{s.id} of {home} ({session_when(s)})"


def _clash_hits(plan: Plan, facts: PlanFacts, what: str) -> Iterator[Hit]:
    for c in facts.clashes_of(plan):
        if c.what != what:
            continue
        s = plan.sessions[c.later[1]]
        zh, en = _other(facts, c.earlier, plan)
        where = f"$.sessions[{c.later[1]}]"
        if what == "room":
            yield Hit(
                path=f"{where}.room",
                zh=f"活动室 {c.who} 在 {session_when(s)} 同时安排了 {s.id} 和 {zh}",
                en=f"room {c.who} is booked for {s.id} ({session_when(s)}) and {en} at once",
            )
        elif what == "facilitator":
            yield Hit(
                path=f"{where}.facilitators",
                zh=f"负责人 {c.who} 在 {session_when(s)} 同时负责 {s.id} 和 {zh}",
                en=f"facilitator {c.who} leads {s.id} ({session_when(s)}) and {en} at once",
            )
        else:
            yield Hit(
                path=f"{where}.children",
                zh=f"儿童 {c.who} 在 {session_when(s)} 同时参加 {s.id} 和 {zh}",
                en=f"child {c.who} is in {s.id} ({session_when(s)}) and {en} at once",
            )


# --- the rules ------------------------------------------------------------------


@PLAN_SUBJECT.rule(
    id="PLAN-room-double-booked",
    severity=Severity.ERROR,
    source=planning_practice("1"),
    title=Text(
        "同一活动室同一时间只安排一项活动",
        "a room holds one session at a time",
    ),
)
def room_double_booked(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    yield from _clash_hits(plan, facts, "room")


@PLAN_SUBJECT.rule(
    id="PLAN-facilitator-overlap",
    severity=Severity.ERROR,
    source=planning_practice("2"),
    title=Text(
        "同一负责人同一时间只负责一项活动（跨家园亦然）",
        "a facilitator is in one place at a time, across homes too",
    ),
)
def facilitator_overlap(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    yield from _clash_hits(plan, facts, "facilitator")


@PLAN_SUBJECT.rule(
    id="PLAN-child-overlap",
    severity=Severity.ERROR,
    source=planning_practice("2"),
    title=Text(
        "同一儿童同一时间只参加一项活动",
        "a child is in one session at a time",
    ),
)
def child_overlap(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    yield from _clash_hits(plan, facts, "child")


@PLAN_SUBJECT.rule(
    id="PLAN-capacity",
    severity=Severity.WARNING,
    source=planning_practice("3"),
    title=Text(
        "参加人数不超过活动名额和活动室容量",
        "no more children than the programme takes, nor people than the room holds",
    ),
)
def capacity(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    yield from over_capacity(plan.home, planned_views(plan.sessions), "$.sessions")


@PLAN_SUBJECT.rule(
    id="PLAN-ratio",
    severity=Severity.WARNING,
    source=planning_practice("3"),
    title=Text(
        "每名成人带领的儿童不超过规定人数",
        "no more children per adult than set",
    ),
    settings=("children_per_adult",),
)
def ratio(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    views = planned_views(plan.sessions)
    yield from short_of_adults(plan.home, views, facts.policy, "$.sessions", "facilitators")


@PLAN_SUBJECT.rule(
    id="PLAN-no-facilitator",
    dated=True,
    severity=Severity.WARNING,
    source=planning_practice("3"),
    title=Text("每场活动有负责人", "each session has a facilitator"),
)
def no_facilitator(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    # each session by itself, due on its day: the list of what is due names this week's
    for i, s in enumerate(plan.sessions):
        if s.facilitators:
            continue
        yield Hit(
            path=f"$.sessions[{i}].facilitators",
            zh=f"{s.id}（{s.programme}，{session_when(s)}，活动室 {s.room}）没有负责人："
            "请安排负责人",
            en=f"{s.id} ({s.programme}, {session_when(s)}, room {s.room}) has no facilitator:"
            " name one",
            due=session_day(s),
        )


@PLAN_SUBJECT.rule(
    id="VOL-16-session-qualified",
    severity=Severity.ERROR,
    source=VOL.source(16),
    title=Text(
        "需要专门资格的活动由具备资格的人员负责",
        "a programme that needs a qualification is led by someone who has it",
    ),
)
def session_qualified(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    yield from without_qualification(plan.home, planned_views(plan.sessions), "$.sessions")


@PLAN_SUBJECT.rule(
    id="MPL-62-session-check",
    severity=Severity.ERROR,
    source=MPL.source(62),
    title=Text(
        "负责活动的人员在活动当天须有有效的违法犯罪记录查询",
        "a facilitator has a valid check of criminal records on the session's day",
    ),
    settings=("background_check_days",),
)
def session_check(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    views = planned_views(plan.sessions)
    yield from without_check(plan.home, views, facts.policy, "$.sessions")


def _opening_kind(plan: Plan, day: dt.date, policy: Policy) -> DayKind:
    home = plan.home
    try:
        return day_kind(
            day,
            terms=home.terms or None,
            closures=home.closures,
            after_school_on_makeup_days=policy.after_school_on_makeup_days,
        )
    except NoSchoolYear:
        return day_kind(day, closures=home.closures)


@PLAN_SUBJECT.rule(
    id="PLAN-opening-hours",
    severity=Severity.WARNING,
    source=planning_practice("4"),
    title=Text(
        "活动在家园开放时间内进行",
        "a session is within the home's opening hours",
    ),
    settings=("after_school_on_makeup_days",),
)
def opening_hours(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    home = plan.home
    if not home.opening:
        return  # hours not recorded: nothing to hold the sessions to
    kinds: dict[dt.date, DayKind] = {}
    for i, s in enumerate(plan.sessions):
        start, end = s.start.astimezone(SHANGHAI), s.end.astimezone(SHANGHAI)
        day = start.date()
        kind = kinds.get(day)
        if kind is None:
            kind = kinds[day] = _opening_kind(plan, day, facts.policy)
        windows = home.open_on(kind, Weekday.of(day))
        if end.date() == day and any(o.fits(start.time(), end.time()) for o in windows):
            continue
        hours = "、".join(f"{o.start:%H:%M}-{o.end:%H:%M}" for o in windows)
        yield Hit(
            path=f"$.sessions[{i}].start",
            zh=f"{s.id}（{session_when(s)}）不在开放时间内：当天为{kind.label()}，"
            + (f"开放时间 {hours}" if hours else "家园不开放"),
            en=f"{s.id} ({session_when(s)}) is outside the opening hours: a {kind.label('en')}, "
            + (f"open {hours.replace('、', ', ')}" if hours else "when the home is closed"),
            setting="after_school_on_makeup_days" if kind is DayKind.MAKEUP_WORKDAY else None,
        )


def _eligible_span(child: Child, p: Programme) -> tuple[dt.date, dt.date]:
    """The days a child is of the programme's ages: from the first to the day before the end."""
    first = of_age_from(child.birth_date, p.min_age) if p.min_age is not None else dt.date.min
    after = of_age_from(child.birth_date, p.max_age + 1) if p.max_age is not None else dt.date.max
    return first, after


@PLAN_SUBJECT.rule(
    id="PLAN-eligibility",
    severity=Severity.WARNING,
    source=planning_practice("5"),
    title=Text(
        "儿童参加适合其年龄和学段的活动",
        "a child is of the programme's ages and school stages",
    ),
)
def eligibility(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    programmes = _programmes(plan)
    children = {c.id: c for c in plan.home.children}
    spans: dict[tuple[str, str], tuple[dt.date, dt.date]] = {}

    def outside() -> Iterator[tuple[Any, int]]:
        for i, s in enumerate(plan.sessions):
            p = programmes.get(s.programme)
            if p is None or (p.min_age is None and p.max_age is None and not p.stages):
                continue
            day = session_day(s)
            for cid in s.children:
                child = children.get(cid)
                if child is None:
                    continue
                span = spans.get((p.id, cid))
                if span is None:
                    span = spans[(p.id, cid)] = _eligible_span(child, p)
                if not span[0] <= day < span[1]:
                    yield (p.id, cid, "age"), i
                if p.stages and child.stage not in p.stages:
                    yield (p.id, cid, "stage"), i

    for (prog, cid, why), g in grouped(outside()).items():
        s = plan.sessions[g.first]
        p, child = programmes[prog], children[cid]
        if why == "age":
            age = child.age_on(session_day(s))
            ages = f"{p.min_age if p.min_age is not None else 0}-{p.max_age or 17}"
            yield Hit(
                path=f"$.sessions[{g.first}].children",
                zh=f"儿童 {cid} 在 {session_day(s)} {age} 周岁，不在 {prog} 的 {ages} 岁之内"
                f"（{session_count(g.count, 'zh')}）",
                en=f"child {cid} is {age} on {session_day(s)}, outside the ages {ages} of {prog}"
                f" ({session_count(g.count, 'en')})",
            )
        else:
            stage_zh, stage_en = child.stage.label(), child.stage.label("en")
            yield Hit(
                path=f"$.sessions[{g.first}].children",
                zh=f"儿童 {cid}（{stage_zh}）不在 {prog} 的适合学段之内"
                f"（{session_count(g.count, 'zh')}）",
                en=f"child {cid} ({stage_en}) is not of the school stages of {prog}"
                f" ({session_count(g.count, 'en')})",
            )


@PLAN_SUBJECT.rule(
    id="PLAN-carer-present",
    severity=Severity.ERROR,
    source=planning_practice("5"),
    title=Text(
        "亲子活动须有照护人陪同",
        "a parent-child session has each child's carer",
    ),
)
def carer_present(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    yield from without_carer(plan.home, planned_views(plan.sessions), "$.sessions")


@PLAN_SUBJECT.rule(
    id="MPL-44-free",
    severity=Severity.ERROR,
    source=MPL.source(44),
    title=Text(
        "儿童活动场所对未成年人免费开放",
        "a children's home is free for minors",
    ),
)
def free(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    held = {s.programme for s in plan.sessions}
    for i, p in enumerate(plan.home.programmes):
        if p.fee > 0 and p.id in held:
            yield Hit(
                path=f"$.home.programmes[{i}].fee",
                zh=f"{p.id} 收费每场 {p.fee} 元：儿童之家对未成年人免费开放",
                en=f"{p.id} charges {p.fee} yuan a session: the home is free for minors",
            )


@PLAN_SUBJECT.rule(
    id="PLAN-safety-lectures",
    severity=Severity.WARNING,
    source=planning_practice("6"),
    title=Text(
        "每学期开展安全与法治教育讲座不少于规定次数",
        "enough safety and legal-education lectures each term",
    ),
    settings=("safety_lectures_per_term",),
)
def safety_lectures(plan: Plan, facts: PlanFacts) -> Iterator[Hit]:
    wanted = facts.policy.safety_lectures_per_term
    if not wanted:
        return
    lectures = {p.id for p in plan.home.programmes if p.kind is ProgrammeKind.SAFETY_LECTURE}
    days = [session_day(s) for s in plan.sessions if s.programme in lectures]
    for year in plan.home.terms:
        for name_zh, name_en, first, last in (
            ("秋季学期", "autumn term", year.autumn_term_start, year.autumn_term_end),
            ("春季学期", "spring term", year.spring_term_start, year.spring_term_end),
        ):
            if not (plan.first <= first and last <= plan.last):
                continue  # the plan does not cover the whole term
            held = sum(1 for d in days if first <= d <= last)
            if held < wanted:
                yield Hit(
                    path="$.sessions",
                    zh=f"{year.year} 学年{name_zh}（{first} 至 {last}）安排安全与法治教育讲座"
                    f" {held} 次，少于 {wanted} 次",
                    en=f"{held} safety and legal-education lectures in the {name_en} of"
                    f" {year.year} ({first} to {last}), fewer than {wanted}",
                    setting="safety_lectures_per_term",
                )
