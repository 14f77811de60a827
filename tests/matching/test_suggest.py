"""suggest_pairings: the hard constraints hold, the optimum is exact, the reasons are right."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import (
    Distance,
    Home,
    PairOptions,
    Policy,
    Preference,
    Training,
    Window,
    pair_options,
    suggest_pairings,
)
from left_behind.calendar import DayKind
from left_behind.matching import Criterion, choose
from left_behind.model import PreferenceBy, Sex, Weekday
from left_behind.testing import homes
from left_behind.testing.support import ON, active_pairing, home, kid, volunteer
from profiles import examples

SETTINGS = settings(max_examples=examples(0.6), suppress_health_check=[HealthCheck.too_slow])


def waiting_home(*vols: lb.Volunteer, **changes: Any) -> Home:
    """One left-behind child with no pairing, and the volunteers given."""
    return home(volunteers=vols or (volunteer(),), pairings=(), **changes)


def reasons(h: Home, **kw: Any) -> dict[str, int]:
    opts = pair_options(h, on=ON, **kw)
    return {e.exclusion.value: e.mentors for e in opts.excluded[0]}


# --- each hard constraint, one change at a time --------------------------------------------------


def test_the_plain_case_is_suggested() -> None:
    found = suggest_pairings(waiting_home(), on=ON)
    assert [(s.child, s.mentor) for s in found.suggestions] == [("c-1", "v-1")]
    assert found.unserved == ()


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"birth_date": dt.date(2011, 1, 1), "guardian_consent_on": dt.date(2025, 1, 1)}, "minor"),
        ({"checks": ()}, "check"),
        (
            {
                "checks": (
                    lb.BackgroundCheck(
                        on=ON - dt.timedelta(days=366), result=lb.model.CheckResult.CLEAR
                    ),
                )
            },
            "check",
        ),
        ({"trainings": (Training(on=dt.date(2025, 1, 5), hours=1.5, topic="入门"),)}, "training"),
        ({"capacity": 0}, "capacity"),
        ({"village": "远村"}, "distance"),
        (
            {"availability": (Window(day=Weekday.MONDAY, start=dt.time(9), end=dt.time(11)),)},
            "availability",
        ),
        ({"availability": ()}, "availability"),
    ],
)
def test_each_hard_constraint_excludes_the_pair(changes: dict[str, Any], why: str) -> None:
    h = waiting_home(volunteer(**changes))
    assert reasons(h) == {why: 1}
    found = suggest_pairings(h, on=ON)
    assert found.suggestions == () and found.unserved[0].outbid is False


def test_a_check_of_365_days_still_holds() -> None:
    ok = lb.BackgroundCheck(on=ON - dt.timedelta(days=365), result=lb.model.CheckResult.CLEAR)
    assert reasons(waiting_home(volunteer(checks=(ok,)))) == {}


def test_after_school_on_a_school_day_is_free_time_for_a_pupil() -> None:
    late = Window(day=Weekday.MONDAY, start=dt.time(16), end=dt.time(17))
    assert reasons(waiting_home(volunteer(availability=(late,)))) == {}
    early = Window(day=Weekday.MONDAY, start=dt.time(15), end=dt.time(16, 30))
    assert reasons(waiting_home(volunteer(availability=(early,)))) == {"availability": 1}
    # a child under school age is free all day
    young = kid(birth=dt.date(2022, 1, 1))
    assert reasons(waiting_home(volunteer(availability=(early,)), children=(young,))) == {}


def _open(start: tuple[int, int], end: tuple[int, int], **on: Any) -> lb.Opening:
    return lb.Opening(start=dt.time(*start), end=dt.time(*end), **on)


# the volunteer is free on Saturdays 09:00-11:00; the home's hours bound that time
@pytest.mark.parametrize(
    ("opening", "excluded", "why"),
    [
        ((), False, "no hours recorded: nothing bounds the time"),
        ((_open((14, 0), (17, 0), weekdays=[Weekday.SATURDAY]),), True, "open only after"),
        ((_open((11, 0), (17, 0), weekdays=[Weekday.SATURDAY]),), True, "opens as they leave"),
        ((_open((10, 59), (17, 0), weekdays=[Weekday.SATURDAY]),), False, "a minute in common"),
        ((_open((7, 0), (9, 0), weekdays=[Weekday.SATURDAY]),), True, "closes as they come"),
        ((_open((9, 0), (11, 0), weekdays=[Weekday.SUNDAY]),), True, "closed on Saturdays"),
        ((_open((9, 0), (11, 0)),), False, "every day of the week, every kind of day"),
        ((_open((9, 0), (11, 0), day=DayKind.WEEKEND),), False, "weekend days"),
        ((_open((9, 0), (11, 0), day=DayKind.VACATION),), True, "open in the vacations only"),
        ((_open((9, 0), (11, 0), day=DayKind.SCHOOL_DAY),), True, "on school days only"),
    ],
)
def test_the_homes_week_in_term_bounds_the_time(
    opening: tuple[lb.Opening, ...], excluded: bool, why: str
) -> None:
    assert reasons(waiting_home(opening=opening)) == ({"availability": 1} if excluded else {}), why


def test_a_declined_pairing_and_the_same_sex_setting() -> None:
    no = Preference(child="c-1", mentor="v-1", by=PreferenceBy.FAMILY, wants=False)
    assert reasons(waiting_home(preferences=(no,))) == {"declined": 1}
    boy = kid(sex=Sex.MALE)
    same = attrs.evolve(Policy(), same_sex_from_age=10)
    assert reasons(waiting_home(children=(boy,)), policy=same) == {"safeguarding": 1}
    assert reasons(waiting_home(children=(boy,))) == {}


FAR = Policy().max_distance_km


@pytest.mark.parametrize(("km", "why"), [(float(FAR), {}), (FAR + 0.1, {"distance": 1})])
def test_a_mentor_in_another_village_within_the_policys_distance(
    km: float, why: dict[str, int]
) -> None:
    h = waiting_home(volunteer(village="邻村"), distances=(Distance(a="示例村", b="邻村", km=km),))
    assert reasons(h) == why


# --- the score -----------------------------------------------------------------------------------


def test_each_criterion_scores_with_its_weight() -> None:
    from left_behind.model import Interest, Qualification, SchoolSubject, Skill

    c = kid(
        tutoring=frozenset({SchoolSubject.MATHS}),
        interests=frozenset({Interest.READING, Interest.CHESS}),
        needs_counselling=True,
    )
    v = volunteer(
        subjects=frozenset({SchoolSubject.MATHS}),
        interests=frozenset({Interest.CHESS}),
        qualifications=frozenset({Qualification.COUNSELLOR}),
        skills=frozenset({Skill.TUTORING}),
    )
    wish = Preference(child="c-1", mentor="v-1", by=PreferenceBy.CHILD)
    h = waiting_home(v, children=(c,), preferences=(wish,))
    (s,) = suggest_pairings(h, on=ON).suggestions
    got = {p.criterion: p.points for p in s.points}
    w = Policy().pairing
    assert got[Criterion.SUBJECT] == w.subject
    assert got[Criterion.INTEREST] == w.interest
    assert got[Criterion.COUNSELLING] == w.counselling
    assert got[Criterion.CHILD_PREFERS] == w.child_prefers
    assert got[Criterion.SAME_VILLAGE] == w.same_village
    # both parents away: no home education (tutoring answers it) and, with a year away,
    # missing affection (not answered by tutoring)
    assert got[Criterion.NEED] == w.need
    assert s.score == sum(got.values())
    double = attrs.evolve(w, interest=5)
    (s2,) = suggest_pairings(h, on=ON, weights=double).suggestions
    assert {p.criterion: p.points for p in s2.points}[Criterion.INTEREST] == 5


def test_the_best_fit_wins_and_ties_go_to_the_lower_id() -> None:
    from left_behind.model import Interest

    c = kid(interests=frozenset({Interest.CHESS}))
    plain, fit = volunteer("v-1"), volunteer("v-2", interests=frozenset({Interest.CHESS}))
    (s,) = suggest_pairings(waiting_home(plain, fit, children=(c,)), on=ON).suggestions
    assert s.mentor == "v-2"
    (s,) = suggest_pairings(waiting_home(volunteer("v-2"), volunteer("v-1")), on=ON).suggestions
    assert s.mentor == "v-1"


def test_serving_more_children_comes_before_a_better_fit() -> None:
    from left_behind.model import Interest

    keen = kid("c-1", interests=frozenset({Interest.CHESS}))
    other = kid("c-2")
    v1 = volunteer("v-1", interests=frozenset({Interest.CHESS}), capacity=1)
    v2 = volunteer("v-2", capacity=1, village="邻村")
    h = waiting_home(
        v1, v2, children=(keen, other), distances=(Distance(a="示例村", b="邻村", km=1),)
    )
    found = suggest_pairings(h, on=ON)
    assert len(found.suggestions) == 2


def test_accepting_a_suggestion_proposes_the_pairing() -> None:
    h = waiting_home()
    (s,) = suggest_pairings(h, on=ON).suggestions
    after = lb.matching.accept(h, s, on=ON, pairing_id="p-new")
    (p,) = after.pairings
    assert (p.child, p.mentors, p.stage_on(ON)) == ("c-1", ("v-1",), lb.model.PairingStage.PROPOSED)
    assert suggest_pairings(after, on=ON).suggestions == ()  # under way now


# --- properties over any home --------------------------------------------------------------------


def _best(options: PairOptions) -> tuple[int, int]:
    """(children served, total score) of the best choice, by trying every one."""
    places = {m.mentor: m.places for m in options.mentors}
    by_child: dict[str, list[lb.matching.Option]] = {c: [] for c in options.children}
    for o in options.options:
        by_child[o.child].append(o)
    kids = list(options.children)
    best = (0, 0)

    def walk(i: int, count: int, total: int) -> None:
        nonlocal best
        if i == len(kids):
            best = max(best, (count, total))
            return
        walk(i + 1, count, total)
        for o in by_child[kids[i]]:
            if places[o.mentor] > 0:
                places[o.mentor] -= 1
                walk(i + 1, count + 1, total + o.score)
                places[o.mentor] += 1

    walk(0, 0, 0)
    return best


VILLAGES = ("示例村", "示例村", "邻村", "远村")


@st.composite
def matchable_homes(draw: st.DrawFn) -> Home:
    """A small home where most pairs are allowed, so the optimum has something to choose.

    Children are left-behind, volunteers mostly adult, checked and trained;
    villages, interests, subjects, skills, capacities, sexes, time free and
    preferences vary, and now and then a constraint is broken.
    """
    from left_behind.model import Interest, SchoolSubject, Skill

    def some(options: Any) -> frozenset[Any]:
        return frozenset(draw(st.lists(st.sampled_from(list(options)), max_size=3)))

    kids = tuple(
        kid(
            f"c-{i}",
            birth=draw(st.dates(dt.date(2012, 9, 2), dt.date(2022, 1, 1))),
            village=draw(st.sampled_from(VILLAGES)),
            sex=draw(st.sampled_from(list(Sex))),
            interests=some(Interest),
            tutoring=some(list(SchoolSubject)[:4]),
            needs_counselling=draw(st.booleans()),
        )
        for i in range(draw(st.sampled_from([1, 2, 3, 4, 5, 0])))
    )
    late = Window(day=Weekday.MONDAY, start=dt.time(17), end=dt.time(19))
    early = Window(day=Weekday.TUESDAY, start=dt.time(9), end=dt.time(11))
    saturday = Window(day=Weekday.SATURDAY, start=dt.time(9), end=dt.time(11))
    vols = []
    for j in range(draw(st.sampled_from([1, 2, 3, 4, 0]))):
        changes: dict[str, Any] = {
            "village": draw(st.sampled_from(VILLAGES)),
            "sex": draw(st.sampled_from(list(Sex))),
            "interests": some(Interest),
            "skills": some(Skill),
            "subjects": some(list(SchoolSubject)[:4]),
            "capacity": draw(st.sampled_from([1, 1, 2, 2, 3, 0])),
            "availability": (draw(st.sampled_from([late, early, saturday])),),
        }
        if draw(st.integers(0, 14)) == 0:
            changes["checks"] = ()
        if draw(st.integers(0, 14)) == 0:
            changes["trainings"] = ()
        vols.append(volunteer(f"v-{j}", **changes))
    near = draw(st.integers(0, 3)) > 0
    distances = (Distance(a="示例村", b="邻村", km=2.0),) if near else ()
    prefs = tuple(
        Preference(
            child=draw(st.sampled_from([c.id for c in kids])),
            mentor=draw(st.sampled_from([v.id for v in vols])),
            by=draw(st.sampled_from(list(PreferenceBy))),
            wants=draw(st.booleans()),
        )
        for _ in range(draw(st.integers(0, 2)) if kids and vols else 0)
    )
    return Home(
        name="示例家园",
        children=kids,
        volunteers=tuple(vols),
        distances=distances,
        preferences=prefs,
    )


@SETTINGS
@given(
    st.one_of(
        matchable_homes(),
        matchable_homes(),
        matchable_homes(),
        homes(max_children=6, max_volunteers=6, max_pairings=3),
    ),
    st.randoms(use_true_random=False),
)
def test_the_choice_is_the_exact_optimum_and_keeps_every_constraint(h: Home, rng: Any) -> None:
    options = pair_options(h, on=ON)
    width = 1
    for c in options.children:
        width *= 1 + sum(1 for o in options.options if o.child == c)
    assume(width <= 50_000)
    found = choose(options)
    event("some pairs allowed" if options.options else "no pair allowed")
    event("a child unserved though allowed" if any(u.outbid for u in found.unserved) else "-")
    assert (len(found.suggestions), found.total) == _best(options)
    # capacities, one mentor a child, and only allowed pairs
    used = Counter(s.mentor for s in found.suggestions)
    places = {m.mentor: m.places for m in options.mentors}
    assert all(used[m] <= places[m] for m in used)
    assert len({s.child for s in found.suggestions}) == len(found.suggestions)
    allowed = {(o.child, o.mentor) for o in options.options}
    assert {(s.child, s.mentor) for s in found.suggestions} <= allowed
    # the constraints, read again from the records
    people = {v.id: v for v in h.volunteers}
    policy = Policy()
    for _, mentor_id in allowed:
        v = people.get(mentor_id)
        if v is not None:
            assert v.active_on(ON) and v.age_on(ON) >= 18
            assert lb.rules._people_rules.check_valid(v, ON, policy.background_check_days)
            assert v.training_hours(ON) >= policy.training_hours
    # every child of the home that needs a mentor and has none under way is considered
    under_way = {
        p.child for p in h.pairings if p.stage_on(ON) not in (None, lb.model.PairingStage.CLOSED)
    }
    assert set(options.children) == {
        c.id for c in h.children if c.id not in under_way and lb.rules.needs_mentor(c, ON)
    }
    # the same answer whatever the order of the home's people
    shuffled = list(h.volunteers)
    rng.shuffle(shuffled)
    assert suggest_pairings(attrs.evolve(h, volunteers=tuple(shuffled)), on=ON) == found


@SETTINGS
@given(st.one_of(matchable_homes(), homes(max_children=6, max_volunteers=6, max_pairings=3)))
def test_an_unserved_child_says_why(h: Home) -> None:
    found = suggest_pairings(h, on=ON)
    options = pair_options(h, on=ON)
    candidates = len(options.mentors)
    for u in found.unserved:
        i = options.children.index(u.child)
        allowed = sum(1 for o in options.options if o.child == u.child)
        assert sum(e.mentors for e in u.excluded) + allowed == candidates
        assert u.outbid == (allowed > 0)
        if u.outbid:  # every allowed mentor's places went to others
            used = Counter(s.mentor for s in found.suggestions)
            for o in options.options:
                if o.child == u.child:
                    place = next(m for m in options.mentors if m.mentor == o.mentor)
                    assert used[o.mentor] == place.places
        assert options.excluded[i] == u.excluded


def test_a_wish_said_twice_counts_once() -> None:
    wish = Preference(child="c-1", mentor="v-1", by=PreferenceBy.CHILD)
    once = suggest_pairings(waiting_home(preferences=(wish,)), on=ON).suggestions[0]
    twice = suggest_pairings(waiting_home(preferences=(wish, wish)), on=ON).suggestions[0]
    assert once.score == twice.score


def test_a_home_with_opening_hours_by_kind_of_day_bounds_the_time() -> None:
    from left_behind import Opening

    saturday_afternoon = (Opening(day=DayKind.WEEKEND, start=dt.time(14), end=dt.time(17)),)
    assert reasons(waiting_home(opening=saturday_afternoon)) == {"availability": 1}
    morning = (Opening(day=DayKind.WEEKEND, start=dt.time(9), end=dt.time(12)),)
    assert reasons(waiting_home(opening=morning)) == {}


def test_a_team_with_nobody_in_it_is_excluded_as_empty() -> None:
    from left_behind import SupportTeam
    from left_behind.model import TeamKind

    empty = SupportTeam(id="t-1", name="讲师团", kind=TeamKind.FAMILY_EDUCATION, capacity=3)
    assert reasons(waiting_home(volunteer(capacity=0), teams=(empty,))) == {
        "capacity": 1,
        "empty_team": 1,
    }


# --- the pairings under way are kept -------------------------------------------------------------

UNDER_WAY = (
    lb.model.PairingStage.PROPOSED,
    lb.model.PairingStage.APPROVED,
    lb.model.PairingStage.ACTIVE,
)


def _at_stage(stage: lb.model.PairingStage | None) -> lb.Pairing:
    """Pairing p-1 of c-1 with v-1 at ``stage`` on ON (its dates moved, in their order)."""
    day = dt.timedelta(days=1)
    p = active_pairing(start=ON - 10 * day)
    if stage is None:
        return attrs.evolve(
            p,
            proposed_on=ON + day,
            guardian_consent_on=None,
            approved_on=None,
            started_on=None,
            meetings=(),
        )
    if stage is lb.model.PairingStage.PROPOSED:
        return attrs.evolve(p, approved_on=None, started_on=None, meetings=())
    if stage is lb.model.PairingStage.APPROVED:
        return attrs.evolve(p, started_on=None, meetings=())
    if stage is lb.model.PairingStage.CLOSED:
        return attrs.evolve(p, closed_on=ON, close_reason=lb.model.CloseReason.ON_REQUEST)
    return p


@pytest.mark.parametrize("stage", [None, *lb.model.PairingStage], ids=str)
def test_a_pairing_under_way_is_kept_its_child_not_suggested_its_place_taken(
    stage: lb.model.PairingStage | None,
) -> None:
    pairing = _at_stage(stage)
    assert pairing.stage_on(ON) is stage
    h = home(volunteers=(volunteer(capacity=1),), pairings=(pairing,))
    found = suggest_pairings(h, on=ON)
    kept = stage in UNDER_WAY
    assert found.kept == (("p-1",) if kept else ())
    assert [s.child for s in found.suggestions] == ([] if kept else ["c-1"])
    ((load,),) = [found.loads]
    assert (load.current, load.suggested) == ((1, 0) if kept else (0, 1))


@SETTINGS
@given(homes(max_children=4, max_volunteers=4, max_pairings=5))
def test_kept_are_the_pairings_under_way(h: Home) -> None:
    found = suggest_pairings(h, on=ON)
    under_way = [p for p in h.pairings if p.stage_on(ON) in UNDER_WAY]
    event("a pairing proposed or approved" if any(not p.active_on(ON) for p in under_way) else "-")
    assert found.kept == tuple(p.id for p in under_way)
    assert not {s.child for s in found.suggestions} & {p.child for p in under_way}
    for load in found.loads:
        assert load.current == sum(load.mentor in p.mentor_ids() for p in under_way)


def test_the_needs_come_from_the_callers_rules() -> None:
    # a child's needs are the gaps of its risk: the risk the caller's rules make
    home, on = lb.samples.home(), lb.samples.REFERENCE_DATE
    none = lb.rules.RuleSet(())
    differ = [
        c.id
        for c in home.children
        if lb.assess_risk(c, on=on).factors != lb.assess_risk(c, on=on, rules=none).factors
    ]
    assert differ, "the sample home must have a child whose risk depends on the rules"
    mine = lb.pair_options(home, on=on, rules=none)
    assert mine != lb.pair_options(home, on=on)
    assert mine == lb.pair_options(home, on=on, rules=none)
    assert lb.suggest_pairings(home, on=on, rules=lb.default_rules()) == lb.suggest_pairings(
        home, on=on
    )
