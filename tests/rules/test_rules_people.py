"""MPL-62 background checks and a minor volunteer's consent: boundaries on both sides."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from left_behind import BackgroundCheck, Policy, check
from left_behind.model import CheckResult, Misconduct, age_on
from left_behind.testing.support import (
    ON,
    active_pairing,
    found,
    home,
    kid,
    staff_member,
    volunteer,
)

CHECK = "MPL-62-background-check"


def test_the_compliant_home_has_no_finding() -> None:
    assert found(home()) == []


DAYS = Policy().background_check_days  # 365: a year's check, MPL art. 62


@pytest.mark.parametrize(("age", "flagged"), [(DAYS - 1, False), (DAYS, False), (DAYS + 1, True)])
def test_a_check_holds_for_the_policys_days_and_not_one_more(age: int, flagged: bool) -> None:
    old = (BackgroundCheck(on=ON - dt.timedelta(days=age), result=CheckResult.CLEAR),)
    h = home(volunteers=(volunteer(checks=old),))
    expected = [(CHECK, "v-1", "$.checks[0].on")] if flagged else []
    assert found(h) == expected
    if flagged:
        (f,) = check(h, on=ON).filter(rule_id=CHECK).findings
        assert f"{age} days ago" in f.message_en and f.subject_kind == "volunteer"


def test_the_interval_is_a_policy_setting() -> None:
    old = (BackgroundCheck(on=ON - dt.timedelta(days=200), result=CheckResult.CLEAR),)
    h = home(volunteers=(volunteer(checks=old),))
    assert found(h) == []
    strict = attrs.evolve(Policy(), background_check_days=180)
    assert found(h, policy=strict) == [(CHECK, "v-1", "$.checks[0].on")]


def test_a_record_found_is_an_error_that_names_the_pairings_to_end() -> None:
    bad = BackgroundCheck(
        on=ON - dt.timedelta(days=10),
        result=CheckResult.RECORD_FOUND,
        grounds=frozenset({Misconduct.VIOLENCE}),
    )
    h = home(volunteers=(volunteer(checks=(bad,)),))
    (f,) = check(h, on=ON).filter(rule_id=CHECK).findings
    assert f.path == "$.checks[0]" and f.severity.value == "error"
    assert "p-1" in f.message_en and "暴力伤害" in f.message_zh


def test_the_pairings_to_end_are_named_whatever_their_order_in_the_home() -> None:
    bad = BackgroundCheck(on=ON - dt.timedelta(days=10), result=CheckResult.RECORD_FOUND)
    two = (active_pairing("p-2", cid="c-2"), active_pairing("p-1"))
    kids = (kid("c-1"), kid("c-2"))
    said = {
        check(home(children=kids, volunteers=(volunteer(checks=(bad,)),), pairings=order), on=ON)
        .filter(rule_id=CHECK)
        .findings[0]
        .message_en
        for order in (two, two[::-1])
    }
    assert len(said) == 1 and "end pairings p-1, p-2" in said.pop()


def test_no_check_is_flagged_from_the_first_contact_and_not_before() -> None:
    h = home(volunteers=(volunteer(checks=()),))
    start = h.pairings[0].started_on
    assert start is not None
    assert found(h, on=start - dt.timedelta(days=1), rule=CHECK) == []
    assert found(h, on=start, rule=CHECK) == [(CHECK, "v-1", "$.checks")]


def test_a_member_of_staff_is_in_contact_from_joining() -> None:
    s = staff_member(checks=())
    h = home(staff=(s,))
    assert found(h, on=s.joined_on - dt.timedelta(days=1), rule=CHECK) == []
    assert (CHECK, "s-1", "$.checks") in found(h, on=s.joined_on)


def test_volunteers_are_checked_by_policy_staff_always() -> None:
    h = home(volunteers=(volunteer(checks=()),), staff=(staff_member(checks=()),))
    off = attrs.evolve(Policy(), check_volunteers=False)
    assert [x[1] for x in found(h, policy=off) if x[0] == CHECK] == ["s-1"]
    assert sorted(x[1] for x in found(h) if x[0] == CHECK) == ["s-1", "v-1"]


def test_a_person_who_left_is_not_checked() -> None:
    gone = volunteer(checks=(), left_on=ON)
    h = home(volunteers=(gone,), pairings=(active_pairing(closed_on=ON, close_reason=None),))
    assert [x for x in found(h) if x[0] == CHECK] == []


def _first_adult_day(birth: dt.date) -> dt.date:
    day = birth
    while age_on(birth, day) < 18:
        day += dt.timedelta(days=1)
    return day


@pytest.mark.parametrize("shift", [-1, 0])
def test_a_minor_volunteer_needs_the_guardians_consent_until_adult(shift: int) -> None:
    birth = dt.date(2008, 9, 1)
    adult = _first_adult_day(birth)
    on = adult + dt.timedelta(days=shift)
    pupil = volunteer(birth_date=birth, checks=(), guardian_consent_on=None)
    h = home(volunteers=(pupil,), pairings=())
    rows = [x for x in found(h, on=on) if x[0] == "CC-19-volunteer-consent"]
    assert rows == (
        [("CC-19-volunteer-consent", "v-1", "$.guardian_consent_on")] if shift < 0 else []
    )
    # no background check is asked of a minor; of an adult in contact, it is
    assert not [x for x in found(h, on=on) if x[0] == CHECK]


@pytest.mark.parametrize(("given", "flagged"), [(-1, False), (0, False), (1, True)])
def test_consent_counts_from_the_day_it_is_given(given: int, flagged: bool) -> None:
    on = dt.date(2024, 9, 1)
    pupil = volunteer(
        birth_date=dt.date(2011, 3, 3),
        joined_on=dt.date(2024, 1, 1),
        checks=(),
        guardian_consent_on=on + dt.timedelta(days=given),
    )
    h = home(volunteers=(pupil,), pairings=())
    rows = [x[0] for x in found(h, on=on)]
    assert ("CC-19-volunteer-consent" in rows) is flagged


def test_a_member_who_joins_a_mentoring_team_is_in_contact_from_joining() -> None:
    from left_behind import Membership, SupportTeam
    from left_behind.model import TeamKind

    start = active_pairing().started_on
    assert start is not None
    joins = start + dt.timedelta(days=20)
    team = SupportTeam(
        id="t-1",
        name="讲师团",
        kind=TeamKind.FAMILY_EDUCATION,
        members=(
            Membership(volunteer="v-1", joined_on=dt.date(2025, 1, 1)),
            Membership(volunteer="v-2", joined_on=joins),
        ),
        capacity=2,
    )
    newcomer = volunteer("v-2", checks=(), joined_on=dt.date(2025, 1, 1))
    pairing = active_pairing(mentors=(), team="t-1")
    h = home(volunteers=(volunteer(), newcomer), teams=(team,), pairings=(pairing,))
    assert found(h, on=joins - dt.timedelta(days=1), rule=CHECK) == []
    assert found(h, on=joins, rule=CHECK) == [(CHECK, "v-2", "$.checks")]
