"""MPL art. 23 at its boundaries: the rules of ``rules/_notice_contact.py``.

The school and the village committee are told of the entrustment in writing
in time, and each parent working away keeps in touch every week.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import left_behind as lb
from left_behind import (
    CareArrangement,
    Child,
    ContactParty,
    GuardianshipType,
    ParentRole,
    Policy,
    SchoolStage,
    Situation,
)
from rules_helpers import (
    AWAY,
    DUE,
    ENTRUSTED,
    HOME,
    TEN,
    WARNING,
    WITH_PARENTS,
    findings,
    found,
    only,
    with_care,
)
from rules_strategies import ON, SINCE, child, days, weekly

# --- MPL-23-notice ------------------------------------------------------------

SCHOOL = ("MPL-23-notice", WARNING, f"{ENTRUSTED}.school_notified_on")
VILLAGE = ("MPL-23-notice", WARNING, f"{ENTRUSTED}.village_notified_on")


@pytest.mark.parametrize(
    ("school", "village", "expected"),
    [
        (DUE, DUE, []),
        (DUE + days(1), DUE, [SCHOOL]),
        (DUE, DUE + days(1), [VILLAGE]),
        (DUE + days(1), DUE + days(60), [SCHOOL, VILLAGE]),
        (SINCE, SINCE, []),
    ],
)
def test_notice_on_the_last_allowed_day(
    school: dt.date, village: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    c = with_care(child(birth_date=TEN), school_notified_on=school, village_notified_on=village)
    assert found(c) == expected
    for f in findings(c):
        given = school if f.path.endswith("school_notified_on") else village
        assert f.setting == "notice_days"
        assert f"was told on {given}, after the deadline 2026-03-31 (policy: 30 days)" in (
            f.message_en
        )
        assert f"{given} 才书面告知" in f.message_zh and "晚于期限 2026-03-31" in f.message_zh


@pytest.mark.parametrize(
    ("on", "expected"),
    [(DUE - days(1), []), (DUE, []), (DUE + days(1), [SCHOOL, VILLAGE]), (ON, [SCHOOL, VILLAGE])],
)
def test_missing_notice_before_and_after_the_deadline(
    on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    c = with_care(child(birth_date=TEN, on=on), school_notified_on=None, village_notified_on=None)
    assert found(c, on) == expected
    got = findings(c, on)
    if got:
        assert "the school should have been told in writing by 2026-03-31" in got[0].message_en
        assert "the village committee should have been told" in got[1].message_en
        assert all("(policy: 30 days)" in f.message_en for f in got)
        assert "应在 2026-03-31 前书面告知学校或幼儿园" in got[0].message_zh


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        (SchoolStage.NOT_IN_KINDERGARTEN, [VILLAGE]),
        (SchoolStage.OUT_OF_SCHOOL, [VILLAGE]),
        (SchoolStage.KINDERGARTEN, [SCHOOL, VILLAGE]),
        (SchoolStage.PRIMARY_4, [SCHOOL, VILLAGE]),
        (SchoolStage.VOCATIONAL, [SCHOOL, VILLAGE]),
    ],
)
def test_only_the_village_is_told_of_a_child_not_in_school(
    stage: SchoolStage, expected: list[tuple[str, str, str]]
) -> None:
    c = with_care(child(birth_date=TEN), school_notified_on=None, village_notified_on=None)
    assert found(attrs.evolve(c, stage=stage)) == expected


def test_notice_days_setting() -> None:
    c = with_care(child(birth_date=TEN), school_notified_on=SINCE + days(45))
    assert found(c) == [SCHOOL]
    policy = attrs.evolve(Policy(), notice_days=45)
    assert found(c, policy=policy) == []
    f = only(c, "MPL-23-notice", policy=attrs.evolve(Policy(), notice_days=44))
    assert "after the deadline 2026-04-14 (policy: 44 days)" in f.message_en


def test_notice_is_not_asked_for_an_arrangement_with_parents_or_an_institution() -> None:
    home = CareArrangement(guardianship=GuardianshipType.INSTITUTION, since=SINCE)
    assert found(child(birth_date=TEN, care=(WITH_PARENTS[0], home))) == []
    assert found(child(birth_date=TEN, father=HOME, mother=AWAY)) == []


# --- MPL-23-weekly-contact ----------------------------------------------------

CONTACT = ("MPL-23-weekly-contact", WARNING, "$.contacts")


def father_away(**changes: Any) -> Child:
    """Father away since SINCE, mother seriously ill at home: only the father must call."""
    return child(birth_date=TEN, mother=Situation.INCAPACITATED, **changes)


GAP_END = dt.date(2026, 5, 31)  # a weekly call from SINCE lands on this day


@pytest.mark.parametrize(("apart", "expected"), [(7, []), (8, [CONTACT])])
@pytest.mark.parametrize("party", ["child", "carer"])
def test_contacts_7_days_apart_are_fine_8_are_not(
    apart: int, expected: list[tuple[str, str, str]], party: str
) -> None:
    father = ParentRole.FATHER
    gappy, steady = (
        (ContactParty.CHILD, ContactParty.CARER)
        if party == "child"
        else (ContactParty.CARER, ContactParty.CHILD)
    )
    log = (
        weekly(father, SINCE, GAP_END, party=gappy)
        + weekly(father, GAP_END + days(apart - 7), ON, party=gappy)
        + weekly(father, SINCE, ON, party=steady)
    )
    assert GAP_END in {e.on for e in log}
    c = father_away(contacts=tuple(log))
    assert found(c) == expected
    if expected:
        f = only(c, "MPL-23-weekly-contact")
        assert f.setting == "contact_gap_days"
        assert (
            f"the father had no contact with the {party} from 2026-06-01 to 2026-06-07, 7 days"
            " (policy: at least every 7 days)"
        ) in f.message_en
        assert "(ongoing)" not in f.message_en
        who = "儿童" if party == "child" else "被委托人"
        assert f"父亲与{who}在 2026-06-01 至 2026-06-07 共 7 天没有联系" in f.message_zh


def test_contacts_with_the_child_only_leave_a_carer_gap() -> None:
    log = weekly(ParentRole.FATHER, SINCE, ON, party=ContactParty.CHILD)
    c = father_away(contacts=tuple(log))
    assert found(c) == [CONTACT]
    f = only(c, "MPL-23-weekly-contact")
    assert "the father had no contact with the carer from 2026-03-02 to 2026-09-01" in f.message_en
    assert "184 days (ongoing)" in f.message_en
    assert "（至今）" in f.message_zh


def test_contacts_with_the_carer_only_leave_a_child_gap() -> None:
    log = weekly(ParentRole.FATHER, SINCE, ON, party=ContactParty.CARER)
    f = only(father_away(contacts=tuple(log)), "MPL-23-weekly-contact")
    assert "no contact with the child from 2026-03-02 to 2026-09-01" in f.message_en


LAST_CALL = dt.date(2026, 8, 23)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (LAST_CALL + days(7), []),
        (LAST_CALL + days(8), [CONTACT, CONTACT]),
        (LAST_CALL + days(20), [CONTACT, CONTACT]),
    ],
)
def test_trailing_gap_to_the_check_date(on: dt.date, expected: list[tuple[str, str, str]]) -> None:
    log = weekly(ParentRole.FATHER, SINCE, LAST_CALL)
    assert log[-1].on == LAST_CALL
    c = father_away(on=on, contacts=tuple(log))
    assert found(c, on) == expected
    n = (on - LAST_CALL).days
    messages = sorted(f.message_en for f in findings(c, on))
    for f, party in zip(messages, ["carer", "child"][: len(messages)], strict=True):
        assert f"the father had no contact with the {party} from 2026-08-24 to {on}," in f
        assert f"{n} days (ongoing)" in f


@pytest.mark.parametrize(
    ("mother", "expected"),
    [
        (Situation.INCAPACITATED, []),
        (Situation.IMPRISONED, []),
        (Situation.DECEASED, []),
        (Situation.OUT_OF_CONTACT, []),
        (Situation.MISSING, []),
        (AWAY, [CONTACT, CONTACT]),
    ],
)
def test_only_parents_working_away_on_the_date_must_call(
    mother: Situation, expected: list[tuple[str, str, str]]
) -> None:
    c = child(birth_date=TEN, mother=mother)
    c = attrs.evolve(c, contacts=tuple(e for e in c.contacts if e.parent is ParentRole.FATHER))
    assert found(c) == expected
    assert all("the mother had no contact" in f.message_en for f in findings(c))


def test_a_parent_back_home_is_not_asked_to_call() -> None:
    back = lb.Parent(
        role=ParentRole.MOTHER,
        situations=(lb.ParentSituation(situation=AWAY, since=SINCE, until=dt.date(2026, 6, 30)),),
    )
    c = child(birth_date=TEN, father=AWAY, mother=HOME)
    c = attrs.evolve(c, parents=(c.parents[0], back))
    assert found(c) == []


def test_the_look_back_window() -> None:
    long_ago = dt.date(2024, 1, 1)
    window = ON - days(365)
    c = child(birth_date=TEN, since=long_ago, mother=Situation.INCAPACITATED)
    c = attrs.evolve(c, contacts=tuple(weekly(ParentRole.FATHER, window, ON)))
    assert found(c) == []  # the silence of 2024-2025 is older than the look-back
    longer = attrs.evolve(Policy(), contact_lookback_days=400)
    assert found(c, policy=longer) == [CONTACT, CONTACT]
    start = ON - days(400)
    for f in findings(c, policy=longer):
        assert f"from {start + days(1)} to {window + days(6)}" in f.message_en


def test_contact_gap_days_setting() -> None:
    log = weekly(ParentRole.FATHER, SINCE, ON, every=10)
    c = father_away(contacts=tuple(log))
    assert len(findings(c)) > 2
    assert found(c, policy=attrs.evolve(Policy(), contact_gap_days=10)) == []
    f = findings(c, policy=attrs.evolve(Policy(), contact_gap_days=9))[0]
    assert "(policy: at least every 9 days)" in f.message_en
    assert "政策：至少每 9 天一次" in f.message_zh
