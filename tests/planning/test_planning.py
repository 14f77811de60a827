"""Planning: programmes to dated sessions, and the conflicts of a plan against a naive oracle."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

import left_behind as lb
from left_behind.planning import SHANGHAI
from left_behind.planning._rules import find_clashes
from left_behind.rules._sweep import overlapping, overlapping_naive
from profiles import examples

HOME = lb.samples.home()
AUTUMN = (dt.date(2026, 9, 1), dt.date(2027, 1, 15))


@pytest.fixture(scope="module")
def term() -> lb.Plan:
    return lb.plan(HOME, start=AUTUMN[0], end=AUTUMN[1])


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), SHANGHAI)


# --- the sweep against every pair -------------------------------------------------

intervals = st.lists(
    st.tuples(st.sampled_from("abc"), st.integers(0, 50), st.integers(1, 20)).map(
        lambda t: (t[0], t[1], t[1] + t[2])
    ),
    max_size=30,
)


@given(intervals)
def test_the_sweep_finds_exactly_the_overlapping_pairs(items: list[tuple[str, int, int]]) -> None:
    keyed = [(key, start, end, i) for i, (key, start, end) in enumerate(items)]
    found = overlapping(keyed)
    assert len(found) == len(set(found))
    assert {frozenset(p) for p in found} == {frozenset(p) for p in overlapping_naive(keyed)}


@given(intervals, st.randoms(use_true_random=False))
def test_the_sweep_does_not_depend_on_the_order_given(
    items: list[tuple[str, int, int]], rnd: Any
) -> None:
    keyed = [(key, start, end, i) for i, (key, start, end) in enumerate(items)]
    shuffled = list(keyed)
    rnd.shuffle(shuffled)
    assert overlapping(shuffled) == overlapping(keyed)


@pytest.mark.parametrize(
    ("second", "clash", "why"),
    [
        ((59, 70), True, "starts a minute before the first ends"),
        ((60, 70), False, "starts as the first ends: back to back"),
        ((0, 60), True, "the same times"),
        ((-10, 1), True, "ends a minute after the first starts"),
        ((-10, 0), False, "ends as the first starts"),
    ],
)
def test_half_open_boundaries(second: tuple[int, int], clash: bool, why: str) -> None:
    items = [("r", 0, 60, "a"), ("r", *second, "b")]
    assert bool(overlapping(items)) is clash, why


# --- the clashes of plans against a pairwise oracle --------------------------------

PEOPLE = [p.id for p in (*HOME.staff, *HOME.volunteers)][:4]
KIDS = [c.id for c in HOME.children][:4]
DAY = dt.date(2026, 9, 7)


def _sessions(draw: st.DrawFn, prefix: str) -> list[lb.Session]:
    found = []
    for n in range(draw(st.integers(0, 8))):
        start = _at(DAY, 16) + dt.timedelta(minutes=10 * draw(st.integers(0, 12)))
        found.append(
            lb.Session(
                id=f"{prefix}{n}",
                programme="p-read",
                start=start,
                end=start + dt.timedelta(minutes=10 * draw(st.integers(1, 9))),
                room=draw(st.sampled_from(["r-act", "r-read"])),
                facilitators=draw(st.lists(st.sampled_from(PEOPLE), max_size=2, unique=True)),
                children=draw(st.lists(st.sampled_from(KIDS), max_size=3, unique=True)),
            )
        )
    return found


@st.composite
def plan_pairs(draw: st.DrawFn) -> tuple[lb.Plan, ...]:
    homes = [HOME, attrs.evolve(HOME, name="东村儿童之家")]
    return tuple(
        lb.Plan(home=h, first=DAY, last=DAY, sessions=_sessions(draw, f"h{i}-"))
        for i, h in enumerate(homes[: draw(st.integers(1, 2))])
    )


def _people(plan: lb.Plan, index: int, s: lb.Session) -> set[Any]:
    """Who a session's facilitators are: the identity number, or the id within the home."""
    known = {p.id: p for p in (*plan.home.staff, *plan.home.volunteers)}
    found: set[Any] = set()
    for f in s.facilitators:
        number = known[f].id_number if f in known else None
        found.add(str(number) if number is not None else (index, f))
    return found


def oracle(plans: tuple[lb.Plan, ...]) -> set[tuple[str, str, tuple[int, int], tuple[int, int]]]:
    """Every clash by comparing every two sessions: (what, who, earlier, later) unordered."""
    found = set()
    refs = [(pi, si) for pi, p in enumerate(plans) for si in range(len(p.sessions))]
    for a, b in itertools.combinations(refs, 2):
        sa, sb = plans[a[0]].sessions[a[1]], plans[b[0]].sessions[b[1]]
        if not (sa.start < sb.end and sb.start < sa.end):
            continue
        pair = tuple(sorted((a, b)))
        same_home = a[0] == b[0]
        if same_home and sa.room == sb.room:
            found.add(("room", sa.room, *pair))
        if _people(plans[a[0]], a[0], sa) & _people(plans[b[0]], b[0], sb):
            found.add(("facilitator", "", *pair))
        if same_home:
            for c in set(sa.children) & set(sb.children):
                found.add(("child", c, *pair))
    return found


def swept(plans: tuple[lb.Plan, ...]) -> set[tuple[str, str, tuple[int, int], tuple[int, int]]]:
    found = set()
    for clashes in find_clashes(plans).values():
        for c in clashes:
            who = "" if c.what == "facilitator" else c.who
            found.add((c.what, who, *sorted((c.earlier, c.later))))
    return found


@given(plan_pairs())
def test_the_clashes_are_the_pairwise_oracles(plans: tuple[lb.Plan, ...]) -> None:
    assert swept(plans) == oracle(plans)


def test_a_facilitator_with_an_identity_number_is_one_person_across_homes() -> None:
    director = HOME.staff[0]
    assert director.id_number is not None
    # in the other home the same person has another id, and the same identity number
    elsewhere = attrs.evolve(director, id="staff-9")
    other = attrs.evolve(HOME, name="东村儿童之家", staff=(*HOME.staff, elsewhere))

    def session(who: str) -> lb.Session:
        return lb.Session(
            id="s",
            programme="p-forum",
            start=_at(DAY, 16, 40),
            end=_at(DAY, 17, 40),
            room="r-hall",
            facilitators=(who,),
        )

    plans = lb.Plans(
        plans=[
            lb.Plan(home=HOME, first=DAY, last=DAY, sessions=[session(director.id)]),
            lb.Plan(home=other, first=DAY, last=DAY, sessions=[session("staff-9")]),
        ]
    )
    hits = lb.check_plan(plans).filter(rule_id="PLAN-facilitator-overlap").findings
    assert len(hits) == 1 and "东村儿童之家" in hits[0].message_en
    # ids alone are a home's own: s-02 of one home is not s-02 of another without the number
    anonymous = attrs.evolve(HOME, staff=[attrs.evolve(p, id_number=None) for p in HOME.staff])
    two = lb.Plans(
        plans=[
            lb.Plan(home=anonymous, first=DAY, last=DAY, sessions=[session("s-02")]),
            lb.Plan(
                home=attrs.evolve(anonymous, name="东村儿童之家"),
                first=DAY,
                last=DAY,
                sessions=[session("s-02")],
            ),
        ]
    )
    assert not lb.check_plan(two).filter(rule_id="PLAN-facilitator-overlap").findings


# --- sessions led by several people: each person double-booked is named once ---------

# one person with two records in the same home (a member of staff who also volunteers)
_S2 = HOME.staff[1]
TWICE = attrs.evolve(
    HOME.volunteers[0],
    id="v-twice",
    name=_S2.name,
    sex=_S2.sex,
    birth_date=_S2.birth_date,
    id_number=_S2.id_number,
)
# the other home: the director under another id, and a v-01 who is not the first home's
EAST = attrs.evolve(
    HOME,
    name="东村儿童之家",
    staff=(*HOME.staff, attrs.evolve(HOME.staff[0], id="staff-9")),
    volunteers=(attrs.evolve(HOME.volunteers[0], id_number=None), *HOME.volunteers[1:]),
)
WEST = attrs.evolve(HOME, volunteers=(*HOME.volunteers, TWICE))
LEADERS = {
    WEST.name: ["s-01", "s-02", "s-03", "v-01", "v-twice"],
    EAST.name: ["s-01", "s-02", "staff-9", "v-01"],
}


@st.composite
def led_by_several(draw: st.DrawFn) -> tuple[tuple[lb.Session, ...], ...]:
    """The sessions of one or two homes' plans, each with up to four facilitators."""
    homes = []
    for i, home in enumerate((WEST, EAST)[: draw(st.integers(1, 2))]):
        sessions = []
        for n in range(draw(st.integers(0, 6))):
            start = _at(DAY, 16) + dt.timedelta(minutes=10 * draw(st.integers(0, 8)))
            sessions.append(
                lb.Session(
                    id=f"h{i}-{n}",
                    programme="p-read",
                    start=start,
                    end=start + dt.timedelta(minutes=10 * draw(st.integers(1, 9))),
                    room=draw(st.sampled_from(["r-act", "r-read"])),
                    facilitators=draw(
                        st.lists(st.sampled_from(LEADERS[home.name]), max_size=4, unique=True)
                    ),
                    children=draw(st.lists(st.sampled_from(KIDS), max_size=4, unique=True)),
                )
            )
        homes.append(tuple(sessions))
    return tuple(homes)


def _who(plan: lb.Plan, index: int, pid: str) -> Any:
    """Who a facilitator is: the identity number, or the id within the home."""
    known = {p.id: p for p in (*plan.home.staff, *plan.home.volunteers)}
    number = known[pid].id_number if pid in known else None
    return str(number) if number is not None else (index, pid)


Named = tuple[str, str, tuple[int, int], tuple[int, int]]


def named_oracle(plans: tuple[lb.Plan, ...]) -> Counter[Named]:
    """Every clash, comparing every two sessions: each room, person and child they share, once.

    The later session is the one that starts later (then ends later, then comes later); a
    person is named by the first of the later session's ids that is them.
    """
    found: Counter[Named] = Counter()
    refs = [(pi, si) for pi, p in enumerate(plans) for si in range(len(p.sessions))]
    for x, y in itertools.combinations(refs, 2):
        (a, sa), (b, sb) = sorted(
            ((r, plans[r[0]].sessions[r[1]]) for r in (x, y)),
            key=lambda t: (t[1].start, t[1].end, t[0]),
        )
        if not (sa.start < sb.end and sb.start < sa.end):
            continue
        if a[0] == b[0] and sa.room == sb.room:
            found["room", sb.room, a, b] += 1
        theirs = {_who(plans[a[0]], a[0], f) for f in sa.facilitators}
        first_id: dict[Any, str] = {}
        for f in sb.facilitators:
            first_id.setdefault(_who(plans[b[0]], b[0], f), f)
        for person, f in first_id.items():
            if person in theirs:
                found["facilitator", f, a, b] += 1
        if a[0] == b[0]:
            for c in set(sa.children) & set(sb.children):
                found["child", c, a, b] += 1
    return found


@given(led_by_several())
def test_each_person_double_booked_is_named_once_per_pair(
    sessions: tuple[tuple[lb.Session, ...], ...],
) -> None:
    plans = tuple(
        lb.Plan(home=home, first=DAY, last=DAY, sessions=mine)
        for home, mine in zip((WEST, EAST), sessions, strict=False)
    )
    swept_all: Counter[Named] = Counter(
        (c.what, c.who, c.earlier, c.later)
        for clashes in find_clashes(plans).values()
        for c in clashes
    )
    expected = named_oracle(plans)
    assert swept_all == expected
    # and the findings say the same: one for each person, at the later session
    report = lb.check_plan(lb.Plans(plans=plans))
    said: Counter[tuple[str, ...]] = Counter()
    for f in report.filter(rule_id="PLAN-facilitator-overlap").findings:
        words = re.match(r".*?: facilitator (\S+) leads (\S+) \(", f.message_en)
        assert words is not None, f.message_en
        said[words.groups()] += 1
    assert said == Counter(
        (who, plans[later[0]].sessions[later[1]].id)
        for (what, who, _, later), n in expected.items()
        for _ in range(n)
        if what == "facilitator"
    )


@pytest.mark.parametrize(
    ("first", "second", "named", "why"),
    [
        (("s-01", "s-02"), ("s-01", "s-02"), ["s-01", "s-02"], "the same two: each named once"),
        (("s-01", "s-02"), ("s-02", "s-01"), ["s-01", "s-02"], "listed in another order"),
        (("s-01", "s-02", "s-03"), ("s-03", "s-02"), ["s-02", "s-03"], "two of three"),
        (("s-02",), ("v-twice", "s-02"), ["v-twice"], "one person under two ids: once"),
        (("s-01",), ("s-02", "v-twice"), [], "one person twice in a session is no clash"),
    ],
)
def test_the_people_two_sessions_share(
    first: tuple[str, ...], second: tuple[str, ...], named: list[str], why: str
) -> None:
    def session(sid: str, minute: int, who: tuple[str, ...]) -> lb.Session:
        start = _at(DAY, 16, minute)
        return lb.Session(
            id=sid,
            programme="p-read",
            start=start,
            end=start + dt.timedelta(hours=1),
            room=sid,
            facilitators=who,
        )

    plan = lb.Plan(
        home=WEST, first=DAY, last=DAY, sessions=[session("a", 0, first), session("b", 30, second)]
    )
    found = lb.check_plan(plan).filter(rule_id="PLAN-facilitator-overlap").findings
    assert [re.sub(r".*: facilitator (\S+) leads b .*", r"\1", f.message_en) for f in found] == (
        named
    ), why


@pytest.mark.parametrize(
    ("others", "expected", "why"),
    [
        (0, {}, "alone, a session listing someone twice clashes with nothing"),
        (1, {"PLAN-facilitator-overlap": 1, "PLAN-child-overlap": 1}, "one finding each"),
    ],
)
def test_a_member_listed_twice_is_named_once(
    others: int, expected: dict[str, int], why: str
) -> None:
    start = _at(DAY, 16)
    twice = lb.Session(
        id="twice",
        programme="p-read",
        start=start,
        end=start + dt.timedelta(hours=1),
        room="r-act",
        facilitators=("s-01", "s-01"),
        children=(KIDS[0], KIDS[0]),
    )
    other = attrs.evolve(twice, id="other", room="r-read", facilitators=("s-01",))
    plan = lb.Plan(home=HOME, first=DAY, last=DAY, sessions=[other] * others + [twice])
    rules = ("PLAN-facilitator-overlap", "PLAN-child-overlap")
    found = Counter(f.rule_id for f in lb.check_plan(plan).findings if f.rule_id in rules)
    assert found == expected, why


class EditedPlan(RuleBasedStateMachine):
    """Add, move and cancel sessions; the rules' clashes stay the oracle's."""

    def __init__(self) -> None:
        super().__init__()
        self.sessions: list[lb.Session] = []
        self.n = 0

    def plan(self) -> lb.Plan:
        return lb.Plan(home=HOME, first=DAY, last=DAY, sessions=self.sessions)

    @rule(
        minute=st.integers(0, 12),
        length=st.integers(1, 9),
        room=st.sampled_from(["r-act", "r-read"]),
        people=st.lists(st.sampled_from(PEOPLE), max_size=2, unique=True),
        kids=st.lists(st.sampled_from(KIDS), max_size=3, unique=True),
    )
    def add(self, minute: int, length: int, room: str, people: list[str], kids: list[str]) -> None:
        start = _at(DAY, 16) + dt.timedelta(minutes=10 * minute)
        self.n += 1
        self.sessions.append(
            lb.Session(
                id=f"s-{self.n}",
                programme="p-read",
                start=start,
                end=start + dt.timedelta(minutes=10 * length),
                room=room,
                facilitators=people,
                children=kids,
            )
        )

    @precondition(lambda self: self.sessions)
    @rule(data=st.data(), by=st.integers(-6, 6))
    def move(self, data: st.DataObject, by: int) -> None:
        i = data.draw(st.integers(0, len(self.sessions) - 1))
        s, shift = self.sessions[i], dt.timedelta(minutes=10 * by)
        self.sessions[i] = attrs.evolve(
            s, start=s.start + shift, end=s.end + shift, moved_from=s.start
        )

    @precondition(lambda self: self.sessions)
    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        del self.sessions[data.draw(st.integers(0, len(self.sessions) - 1))]

    @invariant()
    def clashes_are_the_oracles(self) -> None:
        plans = (self.plan(),)
        assert swept(plans) == oracle(plans)
        report = lb.check_plan(plans[0])
        named = named_oracle(plans)
        counted = {
            what: sum(n for c, n in named.items() if c[0] == what)
            for what in ("room", "facilitator", "child")
        }
        for what, rule_id in (
            ("room", "PLAN-room-double-booked"),
            ("facilitator", "PLAN-facilitator-overlap"),
            ("child", "PLAN-child-overlap"),
        ):
            assert len(report.filter(rule_id=rule_id).findings) == counted[what]


TestEditedPlan = EditedPlan.TestCase
TestEditedPlan.settings = settings(max_examples=examples(0.4), stateful_step_count=12)


# --- plan(): the sample home's term ----------------------------------------------


def test_the_plan_is_deterministic(term: lb.Plan) -> None:
    again = lb.plan(HOME, start=AUTUMN[0], end=AUTUMN[1])
    assert again == term
    assert list(term.sessions) == sorted(term.sessions, key=lambda s: (s.start, s.programme))


def test_every_session_is_in_shanghai_time_and_inside_the_opening_hours(term: lb.Plan) -> None:
    assert term.sessions
    for s in term.sessions:
        assert s.start.utcoffset() == dt.timedelta(hours=8)
        assert AUTUMN[0] <= s.day <= AUTUMN[1]
    assert not lb.check_plan(term).filter(rule_id="PLAN-opening-hours").findings


@pytest.mark.parametrize(
    ("programme", "planned", "reason", "note", "why"),
    [
        ("p-read", "2026-10-01T16:40", "public_holiday", "国庆节", "National Day"),
        ("p-chess", "2026-09-25T16:40", "public_holiday", "中秋节", "Mid-Autumn Festival"),
        ("p-calligraphy", "2026-11-16T16:40", "closed", "消防安全检修", "the home's closure"),
        (
            "p-sports",
            "2026-10-10T09:00",
            "outside_hours",
            "调休上班日（国庆节）",
            "a Saturday worked for National Day: school-day hours",
        ),
        ("p-forum", "2027-01-15T14:00", "no_notice", "2027 春节", "no notice for 2027 yet"),
    ],
)
def test_dropped_with_the_reason(
    term: lb.Plan, programme: str, planned: str, reason: str, note: str, why: str
) -> None:
    start = dt.datetime.fromisoformat(planned).replace(tzinfo=SHANGHAI)
    change = next(c for c in term.changes if c.programme == programme and c.planned == start)
    assert (change.fate.value, change.reason.value, change.note) == ("dropped", reason, note), why
    assert not [s for s in term.of(programme) if s.start == start]


def test_a_year_without_a_notice_is_provisional(term: lb.Plan) -> None:
    gala = term.of("p-newyear")
    assert [s.start.date() for s in gala] == [dt.date(2026, 12, 31)]
    assert gala[0].provisional and term.provisional
    assert not any(s.provisional for s in term.sessions if s.day < dt.date(2026, 12, 25))


def test_the_year_events_land_on_their_days() -> None:
    year = lb.plan(HOME, start=dt.date(2025, 9, 1), end=dt.date(2026, 8, 31))
    forum = year.of("p-forum")
    spring = lb.calendar.official_calendar(2026).periods[1]
    assert [s.day for s in forum] == [spring.first + dt.timedelta(days=4)]
    assert [s.day for s in year.of("p-qingming")] == [dt.date(2026, 4, 4)]
    assert [s.day for s in year.of("p-childrensday")] == [dt.date(2026, 6, 1)]
    camp = [s.day for s in year.of("p-camp")]
    assert camp == [dt.date(2026, 7, 10), dt.date(2026, 7, 11), dt.date(2026, 7, 12)]
    assert all(HOME.terms[0].in_vacation(d) for d in camp)
    # 8 March 2026 is a Sunday: the event does not fit the weekend hours and moves
    women = year.of("p-women")
    assert [(s.start, s.moved_from) for s in women] == [
        (_at(dt.date(2026, 3, 9), 16, 40), _at(dt.date(2026, 3, 8), 16, 40))
    ]
    moved = [c for c in year.changes if c.programme == "p-women"]
    assert moved[0].fate is lb.model.SessionFate.MOVED and moved[0].moved_to == women[0].start
    assert not lb.plan(HOME, start=dt.date(2026, 1, 1), end=dt.date(2026, 8, 31)).provisional


def test_the_vacation_timetable_runs_in_the_vacations() -> None:
    summer = lb.plan(HOME, start=dt.date(2026, 7, 4), end=dt.date(2026, 8, 31))
    oxygen = summer.of("p-oxygen")
    assert oxygen and {s.start.strftime("%a %H:%M") for s in oxygen} == {"Tue 09:00", "Thu 09:00"}
    assert not summer.of("p-read")  # a term-only group
    assert summer.of("p-park")  # runs all year on Sundays


def test_make_up_saturdays_follow_the_policy() -> None:
    home = attrs.evolve(
        HOME,
        opening=(
            *HOME.opening,
            lb.Opening(day=lb.calendar.DayKind.MAKEUP_WORKDAY, start=dt.time(9), end=dt.time(12)),
        ),
    )
    day = dt.date(2026, 10, 10)  # a Saturday worked for National Day, in term
    kept = lb.plan(home, start=day, end=day)
    closed = lb.Policy(after_school_on_makeup_days=False)
    as_makeup = lb.plan(home, start=day, end=day, policy=closed)
    # by default the day is a school day: the Saturday morning group does not fit
    assert not kept.of("p-sports")
    assert [s.start.time() for s in as_makeup.of("p-sports")] == [dt.time(9)]


def test_no_school_year_no_guess() -> None:
    later = lb.plan(HOME, start=dt.date(2027, 9, 6), end=dt.date(2027, 9, 12))
    assert not later.sessions
    assert {c.reason for c in later.changes} == {lb.model.SessionReason.NO_TERMS}


OPENED = sorted({o.day for o in HOME.opening}, key=list(lb.calendar.DayKind).index)
# the kinds of day that only a county's terms make: a weekday is otherwise a working day
BY_TERMS = {lb.calendar.DayKind.SCHOOL_DAY, lb.calendar.DayKind.VACATION}


def _terms_said(home: lb.Home, on: dt.date) -> tuple[lb.Finding, ...]:
    """The home's findings on its terms alone."""
    rules = lb.RuleSet([lb.default_rules().get("PLAN-school-terms")])
    return lb.check(home, on=on, rules=rules).findings


@settings(max_examples=examples(0.3))
@given(
    kinds=st.sets(st.sampled_from(OPENED)),
    first=st.dates(dt.date(2026, 1, 1), dt.date(2026, 12, 20)),
)
def test_a_home_without_terms_says_so(kinds: set[lb.calendar.DayKind], first: dt.date) -> None:
    home = attrs.evolve(HOME, terms=(), opening=[o for o in HOME.opening if o.day in kinds])
    week = lb.plan(home, start=first, end=first + dt.timedelta(days=6))
    needs = bool(kinds & BY_TERMS)
    for c in week.changes:
        if c.reason in (lb.model.SessionReason.NO_NOTICE, lb.model.SessionReason.CLOSED):
            # a holiday not placed yet, or a day the home closes whatever the terms say
            continue
        working = lb.calendar.day_kind(c.planned.date()) is lb.calendar.DayKind.WORKDAY
        if needs and working:
            # dropped, not moved to a weekend, and named for what is missing
            assert (c.fate, c.reason) == (
                lb.model.SessionFate.DROPPED,
                lb.model.SessionReason.TERMS_NOT_RECORDED,
            ), c.describe("en")
            assert "working day" in c.reason.label("en") and "terms" in c.reason.label("en")
            assert "工作日" in c.reason.label() and "校历" in c.reason.label()
        else:
            assert c.reason is not lb.model.SessionReason.TERMS_NOT_RECORDED, c.describe("en")
    if needs:
        assert not [
            s for s in week.sessions if lb.calendar.day_kind(s.day) is lb.calendar.DayKind.WORKDAY
        ]
    said = _terms_said(home, first)
    assert [(f.subject_kind, f.path) for f in said] == ([("home", "$.terms")] if needs else [])


@settings(max_examples=examples(0.2))
@given(first=st.dates(dt.date(2026, 8, 10), dt.date(2026, 9, 20)))
def test_days_no_school_year_covers_say_so(first: dt.date) -> None:
    year = HOME.terms[0]  # 2025-2026 only: the plan runs into 2026-2027
    home = attrs.evolve(HOME, terms=(year,))
    span = lb.plan(home, start=first, end=first + dt.timedelta(days=13))
    for c in span.changes:
        if c.reason is lb.model.SessionReason.NO_NOTICE:
            continue
        covered = c.planned.date() in year
        assert (c.reason is lb.model.SessionReason.NO_TERMS) is not covered, c.describe("en")
    assert all(s.day in year for s in span.sessions)
    for day in (first, first + dt.timedelta(days=13)):
        said = _terms_said(home, day)
        assert bool(said) is (day not in year)


def test_the_sample_has_a_few_realistic_conflicts() -> None:
    year = lb.plan(HOME, start=dt.date(2026, 9, 1), end=dt.date(2027, 8, 31))
    report = lb.check_plan(year)
    found = {f.rule_id for f in report.findings}
    assert found >= {
        "PLAN-room-double-booked",
        "PLAN-facilitator-overlap",
        "PLAN-child-overlap",
        "PLAN-capacity",
        "PLAN-ratio",
        "PLAN-eligibility",
        "PLAN-carer-present",
        "MPL-62-session-check",
    }
    assert "MPL-44-free" not in found and "VOL-16-session-qualified" not in found


def test_a_plan_round_trips_through_json(term: lb.Plan) -> None:
    small = attrs.evolve(term, sessions=term.sessions[:5], changes=term.changes[:3])
    back = lb.from_json(lb.to_json(small), lb.Plan)
    assert [(s.id, s.start) for s in back.sessions] == [(s.id, s.start) for s in small.sessions]
    assert back.changes == small.changes


def test_a_plan_that_ends_before_it_starts_is_a_mistake() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        lb.plan(HOME, start=dt.date(2026, 9, 2), end=dt.date(2026, 9, 1))


# --- the command line ----------------------------------------------------------------


def test_the_command_plans_the_samples_term(capsys: pytest.CaptureFixture[str]) -> None:
    from left_behind.cli import main

    status = main(["plan", "--sample", "--lang", "en"])
    out = capsys.readouterr().out
    assert status == 1  # errors: clashes and background checks
    assert "199 sessions" in out and "dropped: a public holiday (国庆节)" in out
    assert "PLAN-facilitator-overlap" in out


def test_the_command_writes_json(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from left_behind.cli import main

    main(["plan", "--sample", "--from", "2026-09-01", "--to", "2026-09-07", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["time_zone"] == "Asia/Shanghai" and not data["provisional"]
    assert data["sessions"][0]["start"] == "2026-09-01T16:40:00+08:00"
    assert {"findings"} <= set(data["report"])


def test_the_command_needs_its_days(capsys: pytest.CaptureFixture[str], tmp_path: Any) -> None:
    from left_behind.cli import main

    path = tmp_path / "home.json"
    path.write_text(lb.to_json(HOME), encoding="utf-8")
    assert main(["plan", str(path)]) == 2
    assert "--from" in capsys.readouterr().err
    assert main(["plan", str(path), "--from", "2026-09-02", "--to", "2026-09-01"]) == 2
    assert main(["plan", str(path), "--from", "2026-09-07", "--to", "2026-09-07"]) == 0
