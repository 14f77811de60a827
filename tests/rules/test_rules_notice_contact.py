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
from left_behind import CareArrangement, Child, Policy
from left_behind.model import ContactParty, GuardianshipType, ParentRole, SchoolStage, Situation
from left_behind.testing.rules import ON, POLICY, SINCE, child, days, weekly
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

# --- MPL-23-notice ------------------------------------------------------------

NOTICE_DAYS = POLICY.notice_days  # DUE is this many days after SINCE

SCHOOL = ("MPL-23-notice", WARNING, f"{ENTRUSTED}.school_notified_on")
VILLAGE = ("MPL-23-notice", WARNING, f"{ENTRUSTED}.village_notified_on")


@pytest.mark.parametrize(
    ("school", "village", "expected"),
    [
        (DUE - days(1), DUE - days(1), []),  # the day before the deadline
        (DUE, DUE, []),  # on the last allowed day
        (DUE + days(1), DUE, [SCHOOL]),  # the school told the day after
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
        assert f"was told on {given}, after the deadline {DUE} (policy: {NOTICE_DAYS} days)" in (
            f.message_en
        )
        assert f"{given} 才书面告知" in f.message_zh and f"晚于期限 {DUE}" in f.message_zh


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
        assert f"the school should have been told in writing by {DUE}" in got[0].message_en
        assert "the village committee should have been told" in got[1].message_en
        assert all(f"(policy: {NOTICE_DAYS} days)" in f.message_en for f in got)
        assert f"应在 {DUE} 前书面告知学校或幼儿园" in got[0].message_zh


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
    longer = NOTICE_DAYS + 15  # a county that allows 45 days
    c = with_care(child(birth_date=TEN), school_notified_on=SINCE + days(longer))
    assert found(c) == [SCHOOL]
    policy = attrs.evolve(Policy(), notice_days=longer)
    assert found(c, policy=policy) == []
    assert found(c, policy=attrs.evolve(Policy(), notice_days=longer + 1)) == []
    f = only(c, "MPL-23-notice", policy=attrs.evolve(Policy(), notice_days=longer - 1))
    deadline = SINCE + days(longer - 1)
    assert f"after the deadline {deadline} (policy: {longer - 1} days)" in f.message_en


def test_notice_is_not_asked_for_an_arrangement_with_parents_or_an_institution() -> None:
    home = CareArrangement(guardianship=GuardianshipType.INSTITUTION, since=SINCE)
    assert found(child(birth_date=TEN, care=(WITH_PARENTS[0], home))) == []
    assert found(child(birth_date=TEN, father=HOME, mother=AWAY)) == []


# --- MPL-23-weekly-contact ----------------------------------------------------

CONTACT = ("MPL-23-weekly-contact", WARNING, "$.contacts")


def father_away(**changes: Any) -> Child:
    """Father away since SINCE, mother seriously ill at home: only the father must call."""
    return child(birth_date=TEN, mother=Situation.INCAPACITATED, **changes)


GAP = POLICY.contact_gap_days  # a week
GAP_END = SINCE + days(13 * GAP)  # a weekly call from SINCE lands on this day


@pytest.mark.parametrize(
    ("apart", "expected"),
    [
        (GAP - 1, []),  # a day less than a week
        (GAP, []),  # a week apart: on time
        (GAP + 1, [CONTACT]),  # a day more
    ],
)
@pytest.mark.parametrize("party", ["child", "carer"])
def test_contacts_a_week_apart_are_fine_a_day_more_are_not(
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
        + weekly(father, GAP_END + days(apart - GAP), ON, party=gappy)
        + weekly(father, SINCE, ON, party=steady)
    )
    assert GAP_END in {e.on for e in log}
    c = father_away(contacts=tuple(log))
    assert found(c) == expected
    if expected:
        f = only(c, "MPL-23-weekly-contact")
        assert f.setting == "contact_gap_days"
        first, last = GAP_END + days(1), GAP_END + days(GAP)
        assert (
            f"the father had no contact with the {party} from {first} to {last}, {GAP} days"
            f" (policy: at least every {GAP} days)"
        ) in f.message_en
        assert "(ongoing)" not in f.message_en
        who = "儿童" if party == "child" else "被委托人"
        assert f"父亲与{who}在 {first} 至 {last} 共 {GAP} 天没有联系" in f.message_zh


def test_contacts_with_the_child_only_leave_a_carer_gap() -> None:
    log = weekly(ParentRole.FATHER, SINCE, ON, party=ContactParty.CHILD)
    c = father_away(contacts=tuple(log))
    assert found(c) == [CONTACT]
    f = only(c, "MPL-23-weekly-contact")
    assert (
        f"the father had no contact with the carer from {SINCE + days(1)} to {ON}" in f.message_en
    )
    assert f"{(ON - SINCE).days} days (ongoing)" in f.message_en
    assert "（至今）" in f.message_zh


def test_contacts_with_the_carer_only_leave_a_child_gap() -> None:
    log = weekly(ParentRole.FATHER, SINCE, ON, party=ContactParty.CARER)
    f = only(father_away(contacts=tuple(log)), "MPL-23-weekly-contact")
    assert f"no contact with the child from {SINCE + days(1)} to {ON}" in f.message_en


LAST_CALL = SINCE + days(25 * GAP)  # the last weekly call before ON


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (LAST_CALL + days(GAP - 1), []),
        (LAST_CALL + days(GAP), []),  # a week after the last call
        (LAST_CALL + days(GAP + 1), [CONTACT]),  # one finding for the father, both gaps
        (LAST_CALL + days(20), [CONTACT]),
    ],
)
def test_trailing_gap_to_the_check_date(on: dt.date, expected: list[tuple[str, str, str]]) -> None:
    log = weekly(ParentRole.FATHER, SINCE, LAST_CALL)
    assert log[-1].on == LAST_CALL
    c = father_away(on=on, contacts=tuple(log))
    assert found(c, on) == expected
    n = (on - LAST_CALL).days
    gap = f"from {LAST_CALL + days(1)} to {on}, {n} days (ongoing)"
    for f in findings(c, on):
        assert f"the father had no contact with the child {gap}, and with the carer {gap}" in (
            f.message_en
        )
        assert (
            f"父亲与儿童在 {LAST_CALL + days(1)} 至 {on} 共 {n} 天没有联系（至今）；与被委托人"
            in (f.message_zh)
        )
        # due the last day a call was in time for the open gap
        assert f.due == LAST_CALL + days(GAP)


def test_gaps_with_both_parties_and_each_parent_are_one_finding_a_parent() -> None:
    """Each parent is one finding, naming every gap, due when the earliest open one was."""
    father, mother = ParentRole.FATHER, ParentRole.MOTHER
    log = (
        weekly(father, SINCE, GAP_END, party=ContactParty.CHILD)
        + weekly(father, GAP_END + days(GAP + 3), ON, party=ContactParty.CHILD)
        + weekly(father, SINCE, ON - days(GAP + 5), party=ContactParty.CARER)
        + weekly(mother, SINCE, ON - days(GAP + 2))
    )
    c = child(birth_date=TEN, mother=AWAY, contacts=tuple(log))
    got = findings(c)
    assert [f.rule_id for f in got] == ["MPL-23-weekly-contact"] * 2
    by_role = {"father" if "the father" in f.message_en else "mother": f for f in got}
    dad = by_role["father"].message_en
    assert dad.count(" days") >= 2 and "with the child from" in dad and "and with the carer" in dad
    assert "(ongoing)" in dad.split("with the carer")[1]
    assert "(ongoing)" not in dad.split("with the carer")[0]
    assert by_role["father"].due is not None and by_role["mother"].due is not None
    mum = by_role["mother"].message_en
    assert "with the child from" in mum and "and with the carer from" in mum


@pytest.mark.parametrize(
    ("mother", "expected"),
    [
        (Situation.INCAPACITATED, []),
        (Situation.IMPRISONED, []),
        (Situation.DECEASED, []),
        (Situation.OUT_OF_CONTACT, []),
        (Situation.MISSING, []),
        (AWAY, [CONTACT]),  # no contact at all: said once for the mother
    ],
)
def test_only_parents_working_away_on_the_date_must_call(
    mother: Situation, expected: list[tuple[str, str, str]]
) -> None:
    c = child(birth_date=TEN, mother=mother)
    c = attrs.evolve(c, contacts=tuple(e for e in c.contacts if e.parent is ParentRole.FATHER))
    assert found(c) == expected
    assert all(
        f"no contact by the mother has been recorded since the mother left on {SINCE}"
        in f.message_en
        for f in findings(c)
    )


def test_no_contact_log_at_all_is_one_finding_per_parent() -> None:
    """Not a gap per party cut at the look-back's limit: what is true, once per parent."""
    c = attrs.evolve(child(birth_date=TEN, mother=AWAY), contacts=())
    got = findings(c)
    assert [f.rule_id for f in got] == ["MPL-23-weekly-contact"] * 2
    lookback = str(lb.Policy().contact_lookback_days)
    for f, role, zh in zip(got, ("father", "mother"), ("父亲", "母亲"), strict=True):
        assert f"no contact by the {role} has been recorded since the {role} left on {SINCE}" in (
            f.message_en
        )
        assert f"{zh}自 {SINCE} 外出以来没有任何联系记录" in f.message_zh
        assert lookback not in f.message_en  # the look-back's limit is not a gap


def test_contacts_only_before_the_lookback_name_the_last_one() -> None:
    on = SINCE + days(POLICY.contact_lookback_days + 40)
    last = on - days(POLICY.contact_lookback_days + 10)
    assert last > SINCE
    call = lb.ContactEvent(
        on=last,
        parent=ParentRole.FATHER,
        party=lb.model.ContactParty.BOTH,
        mode=lb.model.ContactMode.CALL,
    )
    c = father_away(on=on, contacts=(call,))
    (f,) = findings(c, on)
    assert f"no contact by the father has been recorded since {last} ({(on - last).days} days)" in (
        f.message_en
    )


def test_a_parent_back_home_is_not_asked_to_call() -> None:
    back = lb.Parent(
        role=ParentRole.MOTHER,
        situations=(
            lb.model.ParentSituation(situation=AWAY, since=SINCE, until=dt.date(2026, 6, 30)),
        ),
    )
    c = child(birth_date=TEN, father=AWAY, mother=HOME)
    c = attrs.evolve(c, parents=(c.parents[0], back))
    assert found(c) == []


LOOKBACK = POLICY.contact_lookback_days  # a year


def test_the_look_back_window() -> None:
    long_ago = dt.date(2024, 1, 1)
    window = ON - days(LOOKBACK)
    c = child(birth_date=TEN, since=long_ago, mother=Situation.INCAPACITATED)
    c = attrs.evolve(c, contacts=tuple(weekly(ParentRole.FATHER, window, ON)))
    assert found(c) == []  # the silence of 2024-2025 is older than the look-back
    longer_days = LOOKBACK + 35
    longer = attrs.evolve(Policy(), contact_lookback_days=longer_days)
    assert found(c, policy=longer) == [CONTACT]
    start = ON - days(longer_days)
    for f in findings(c, policy=longer):
        assert f"from {start + days(1)} to {window + days(GAP - 1)}" in f.message_en


@pytest.mark.parametrize(
    ("first_call", "expected"),
    [
        (GAP - 1, []),
        (GAP, []),  # a week after the look-back starts: no gap
        (GAP + 1, [CONTACT]),  # a day later: a gap from the look-back's first day, both parties
    ],
)
def test_a_gap_counts_from_the_first_day_of_the_look_back(
    first_call: int, expected: list[tuple[str, str, str]]
) -> None:
    window = ON - days(LOOKBACK)
    c = child(birth_date=TEN, since=dt.date(2024, 1, 1), mother=Situation.INCAPACITATED)
    calls = weekly(ParentRole.FATHER, window + days(first_call - GAP), ON)
    c = attrs.evolve(c, contacts=tuple(calls))
    assert found(c) == expected
    for f in findings(c):
        assert f"from {window + days(1)} to {window + days(first_call - 1)}" in f.message_en


def test_contact_gap_days_setting() -> None:
    every = GAP + 3  # a county that allows 10 days
    log = weekly(ParentRole.FATHER, SINCE, ON, every=every)
    c = father_away(contacts=tuple(log))
    (gappy,) = findings(c)  # every gap, with both parties, in the father's one finding
    assert gappy.message_en.count("; from ") > 2
    assert found(c, policy=attrs.evolve(Policy(), contact_gap_days=every)) == []
    f = findings(c, policy=attrs.evolve(Policy(), contact_gap_days=every - 1))[0]
    assert f"(policy: at least every {every - 1} days)" in f.message_en
    assert f"政策：至少每 {every - 1} 天一次" in f.message_zh
