"""The rules on pairings: each at its boundary, on both sides."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from left_behind import Meeting, Membership, Policy, SupportTeam, Training, check
from left_behind.model import (
    Background,
    CloseReason,
    MeetingKind,
    MentorRole,
    Qualification,
    Sex,
    Skill,
    TeamKind,
)
from left_behind.testing.support import ON, active_pairing, found, home, kid, volunteer


def _rows(rule: str, **changes: object) -> list[tuple[str, str, str]]:
    return found(home(**changes), rule=rule)


# --- VOL art. 15 and 16 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "changes", "flagged"),
    [
        (MentorRole.TEACHER, {}, False),
        (MentorRole.TEACHER, {"background": Background.CIVIL_SERVANT, "skills": frozenset()}, True),
        (MentorRole.TEACHER, {"background": Background.CIVIL_SERVANT}, False),  # tutors
        (MentorRole.FIVE_ELDERS_TUTOR, {}, True),
        (MentorRole.FIVE_ELDERS_TUTOR, {"background": Background.RETIRED_TEACHER}, False),
        (MentorRole.CARING_MOTHER, {}, False),
        (MentorRole.CARING_MOTHER, {"sex": Sex.MALE}, True),
        (MentorRole.PROXY_PARENT, {"birth_date": dt.date(2011, 1, 1)}, True),
        (MentorRole.PEER_BUDDY, {"birth_date": dt.date(2011, 1, 1)}, False),
    ],
)
def test_a_role_suits_the_mentor(role: MentorRole, changes: dict, flagged: bool) -> None:
    v = volunteer(**changes)
    rows = _rows("VOL-15-suited", volunteers=(v,), pairings=(active_pairing(role=role),))
    assert rows == ([("VOL-15-suited", "p-1", "$.mentors[0]")] if flagged else [])


def test_counselling_needs_a_qualified_mentor_or_a_qualified_team_member() -> None:
    pairing = active_pairing(counselling=True)
    assert _rows("VOL-16-qualified", pairings=(pairing,)) == [
        ("VOL-16-qualified", "p-1", "$.counselling")
    ]
    qualified = volunteer(qualifications=frozenset({Qualification.COUNSELLOR}))
    assert _rows("VOL-16-qualified", volunteers=(qualified,), pairings=(pairing,)) == []
    team = SupportTeam(
        id="t-1",
        name="讲师团",
        kind=TeamKind.FAMILY_EDUCATION,
        members=(Membership(volunteer="v-2", joined_on=dt.date(2025, 1, 1)),),
        capacity=2,
    )
    by_team = active_pairing(mentors=(), team="t-1", counselling=True)
    other = volunteer("v-2", qualifications=frozenset({Qualification.COUNSELLOR}))
    assert (
        _rows(
            "VOL-16-qualified", volunteers=(volunteer(), other), teams=(team,), pairings=(by_team,)
        )
        == []
    )


# --- consent, the child's view, training -------------------------------------------------------


def test_an_approved_pairing_needs_the_guardians_consent() -> None:
    p = active_pairing(guardian_consent_on=None)
    assert _rows("PAIR-consent", pairings=(p,)) == [
        ("PAIR-consent", "p-1", "$.guardian_consent_on")
    ]
    proposed = attrs.evolve(p, approved_on=None, started_on=None, meetings=())
    assert _rows("PAIR-consent", pairings=(proposed,)) == []


def test_the_child_is_heard_from_the_policys_age() -> None:
    p = active_pairing(child_view_heard=False)
    approved = p.approved_on
    assert approved is not None
    older = kid(birth=dt.date(2016, 4, 2))
    young = kid(birth=approved - dt.timedelta(days=365 * 5))
    assert _rows("PAIR-child-view", children=(older,), pairings=(p,)) == [
        ("PAIR-child-view", "p-1", "$.child_view_heard")
    ]
    assert _rows("PAIR-child-view", children=(young,), pairings=(p,)) == []


NEED = Policy().training_hours  # 2 hours, as mentoring practice asks


@pytest.mark.parametrize(
    ("hours", "flagged"), [(NEED - 0.5, True), (float(NEED), False), (NEED, False)]
)
def test_two_hours_of_training_before_the_start(hours: float, flagged: bool) -> None:
    start = active_pairing().started_on
    assert start is not None
    trained = volunteer(trainings=(Training(on=start, hours=hours, topic="入门"),))
    rows = _rows("PAIR-training", volunteers=(trained,))
    assert rows == ([("PAIR-training", "p-1", "$.mentors[0]")] if flagged else [])


def test_training_after_the_start_does_not_count() -> None:
    start = active_pairing().started_on
    assert start is not None
    late = volunteer(trainings=(Training(on=start + dt.timedelta(days=1), hours=4, topic="入门"),))
    assert _rows("PAIR-training", volunteers=(late,)) == [("PAIR-training", "p-1", "$.mentors[0]")]


# --- meetings ------------------------------------------------------------------------------------


def _met(start: dt.date, *days: int, took_place: bool = True) -> tuple[Meeting, ...]:
    return tuple(
        Meeting(on=start + dt.timedelta(days=d), kind=MeetingKind.CALL, took_place=took_place)
        for d in days
    )


MONTH = Policy().first_month_days


@pytest.mark.parametrize(("day", "flagged"), [(MONTH - 1, False), (MONTH, True)])
def test_the_first_month_is_judged_once_it_is_over(day: int, flagged: bool) -> None:
    start = dt.date(2026, 6, 1)
    p = active_pairing(start=start, meetings=_met(start, 3))
    on = start + dt.timedelta(days=day)
    rows = found(home(pairings=(p,)), on=on, rule="PAIR-meetings")
    assert rows == ([("PAIR-meetings", "p-1", "$.meetings")] if flagged else [])


def test_attempts_do_not_count_as_meetings() -> None:
    start = dt.date(2026, 6, 1)
    p = active_pairing(start=start, meetings=(*_met(start, 3), *_met(start, 10, took_place=False)))
    f = check(home(pairings=(p,)), on=start + dt.timedelta(days=30)).filter(rule_id="PAIR-meetings")
    assert f"1 meeting in the first {Policy().first_month_days} days" in f.findings[0].message_en


GAP = Policy().meeting_gap_days


@pytest.mark.parametrize(("gap", "flagged"), [(GAP, False), (GAP + 1, True)])
def test_a_gap_longer_than_the_policys_days(gap: int, flagged: bool) -> None:
    start = dt.date(2026, 5, 1)
    p = active_pairing(start=start, meetings=_met(start, 2, 20))
    on = start + dt.timedelta(days=20 + gap)
    rows = found(home(pairings=(p,)), on=on, rule="PAIR-meetings")
    assert rows == ([("PAIR-meetings", "p-1", "$.meetings")] if flagged else [])


# --- capacity, pupils, review, closing, duplicates ---------------------------------------------


def test_only_the_pairing_beyond_the_capacity_is_flagged() -> None:
    kids = tuple(kid(f"c-{i}") for i in range(1, 4))
    pairings = tuple(
        active_pairing(f"p-{i}", f"c-{i}", start=ON - dt.timedelta(days=60 - i))
        for i in range(1, 4)
    )
    h = home(children=kids, pairings=pairings)
    assert found(h, rule="PAIR-capacity") == [("PAIR-capacity", "p-3", "$.mentors[0]")]
    assert found(attrs.evolve(h, volunteers=(volunteer(capacity=3),)), rule="PAIR-capacity") == []
    roomy = attrs.evolve(Policy(), mentor_capacity=3)
    assert found(h, rule="PAIR-capacity", policy=roomy) == []


def test_a_pupil_mentor_needs_an_adult_and_an_older_child() -> None:
    pupil = volunteer(
        "v-2", birth_date=dt.date(2012, 1, 1), guardian_consent_on=dt.date(2025, 1, 1)
    )
    p = active_pairing(mentors=("v-2",), role=MentorRole.PEER_BUDDY)
    h = home(volunteers=(volunteer(), pupil), pairings=(p,))
    rows = found(h, rule="PAIR-peer-only")
    assert rows == [("PAIR-peer-only", "p-1", "$.supervisor")]  # the child is 10
    supervised = home(
        volunteers=(volunteer(), pupil), pairings=(attrs.evolve(p, supervisor="v-1"),)
    )
    assert found(supervised, rule="PAIR-peer-only") == []
    young = kid(birth=dt.date(2018, 1, 1))
    rows = found(attrs.evolve(supervised, children=(young,)), rule="PAIR-peer-only")
    assert rows == [("PAIR-peer-only", "p-1", "$.mentors")]


def test_a_child_whose_parents_came_home_is_reviewed() -> None:
    from left_behind.model import Situation

    settled = kid(father=Situation.AT_HOME, mother=Situation.AT_HOME)
    assert found(home(children=(settled,)), rule="PAIR-review") == [
        ("PAIR-review", "p-1", "$.closed_on")
    ]


def test_a_closed_pairing_gives_its_reason() -> None:
    closed = active_pairing(closed_on=ON - dt.timedelta(days=1))
    assert found(home(pairings=(closed,)), rule="PAIR-close-reason") == [
        ("PAIR-close-reason", "p-1", "$.close_reason")
    ]
    fine = attrs.evolve(closed, close_reason=CloseReason.TERM_COMPLETED)
    assert found(home(pairings=(fine,)), rule="PAIR-close-reason") == []
    # not yet closed on the day before
    assert (
        found(home(pairings=(closed,)), on=ON - dt.timedelta(days=2), rule="PAIR-close-reason")
        == []
    )


def test_the_later_of_two_open_pairings_of_the_same_pair_is_a_duplicate() -> None:
    twice = (active_pairing("p-1"), active_pairing("p-2"))
    assert found(home(pairings=twice), rule="PAIR-duplicate") == [
        ("PAIR-duplicate", "p-2", "$.mentors")
    ]
    # whichever order the file keeps them in
    assert found(home(pairings=twice[::-1]), rule="PAIR-duplicate") == [
        ("PAIR-duplicate", "p-2", "$.mentors")
    ]
    first_closed = (
        active_pairing("p-1", closed_on=ON, close_reason=CloseReason.ON_REQUEST),
        twice[1],
    )
    assert found(home(pairings=first_closed), rule="PAIR-duplicate") == []


def test_rules_on_mentor_skills_read_the_pairing_not_the_skill_list() -> None:
    # a tutor's skill makes any adult a suitable teacher role
    v = volunteer(background=Background.UNIVERSITY_STUDENT, skills=frozenset({Skill.TUTORING}))
    assert _rows("VOL-15-suited", volunteers=(v,)) == []


def test_a_mentor_who_left_is_named_for_review() -> None:
    gone = volunteer(left_on=ON - dt.timedelta(days=3))
    rows = found(home(volunteers=(gone,)), rule="PAIR-review")
    assert rows == [("PAIR-review", "p-1", "$.mentors[0]")]
    assert found(home(), rule="PAIR-review") == []


def test_of_three_open_pairings_of_one_pair_each_later_names_the_first() -> None:
    # whichever order the home keeps them in, each later one repeats the first proposed
    three = tuple(
        active_pairing(pid, proposed_on=ON - dt.timedelta(days=100 - i))
        for i, pid in enumerate(("p-1", "p-2", "p-3"))
    )
    for order in (three, three[::-1], (three[1], three[2], three[0])):
        findings = check(home(pairings=order), on=ON).findings
        said = sorted(
            (f.subject_id, f.message_en) for f in findings if f.rule_id == "PAIR-duplicate"
        )
        assert [(s, m.split(": ", 1)[1]) for s, m in said] == [
            ("p-2", "repeats pairing p-1: the same child and mentor v-1"),
            ("p-3", "repeats pairing p-1: the same child and mentor v-1"),
        ]
