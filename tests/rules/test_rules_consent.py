"""PIPL art. 31 at its boundaries: the rule of ``rules/_consent.py``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from left_behind import Consent, LegalGuardian
from left_behind.model import ConsentGiver, GuardianKind, LawfulBasis, Purpose, Situation
from left_behind.testing.rules import ON, SINCE, UNDER_14, child, days, turning
from rules_helpers import (
    AFTER,
    BEFORE,
    CONSENT,
    LEAP_SINCE,
    ON_DAY,
    TEN,
    YOUNG,
    found,
    only,
    orphan,
)

# --- PIPL-31-consent ----------------------------------------------------------

TURNS_14 = turning(UNDER_14)  # born 14 years before ON


@pytest.mark.parametrize(
    ("shift", "expected"), [(BEFORE, [CONSENT]), (ON_DAY, [CONSENT]), (AFTER, [])]
)
def test_consent_until_the_day_after_the_14th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    c = child(birth_date=TURNS_14, on=on, consents=())
    assert found(c, on) == expected
    if expected:
        f = only(c, "PIPL-31-consent", on)
        assert "is 13, under 14" in f.message_en
        assert f"consent to registration is in force on {on}" in f.message_en
        assert "不满十四周岁（13 周岁）" in f.message_zh


def consent(**changes: Any) -> Consent:
    base: dict[str, Any] = {
        "given_by": ConsentGiver.MOTHER,
        "on": TEN,
        "purposes": {Purpose.REGISTRATION},
    }
    return Consent(**{**base, **changes})


WITHDRAWN = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("given", "on", "expected"),
    [
        (consent(withdrawn_on=WITHDRAWN), WITHDRAWN - days(1), []),
        (consent(withdrawn_on=WITHDRAWN), WITHDRAWN, [CONSENT]),  # withdrawn that day
        (consent(withdrawn_on=WITHDRAWN), WITHDRAWN + days(1), [CONSENT]),
        (consent(withdrawn_on=WITHDRAWN), ON, [CONSENT]),
        (consent(purposes={Purpose.PHOTOS, Purpose.SHARING, Purpose.REFERRAL}), ON, [CONSENT]),
        (consent(purposes={Purpose.PHOTOS, Purpose.REGISTRATION}), ON, []),
        (consent(on=ON + days(1)), ON, [CONSENT]),  # given the day after the check
        (consent(on=ON), ON, []),
        (consent(on=ON - days(1)), ON, []),
        (consent(given_by=ConsentGiver.FATHER), ON, []),
        (consent(given_by=ConsentGiver.GUARDIAN), ON, [CONSENT]),  # no guardian recorded
    ],
)
def test_consent_in_force_for_registration(
    given: Consent, on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    c = child(birth_date=TEN, on=on, consents=(given,))
    assert found(c, on) == expected


def test_a_later_consent_replaces_a_withdrawn_one() -> None:
    c = child(
        birth_date=TEN,
        consents=(consent(withdrawn_on=WITHDRAWN), consent(on=WITHDRAWN + days(10))),
    )
    assert found(c) == []
    assert found(c, WITHDRAWN + days(5)) == [CONSENT]


def test_consent_by_a_legal_guardian() -> None:
    guardian = LegalGuardian(kind=GuardianKind.GRANDPARENT, name="示例祖母", since=SINCE)
    by_guardian = (consent(given_by=ConsentGiver.GUARDIAN),)
    assert found(orphan(consents=by_guardian, guardian=guardian)) == []
    assert found(orphan(consents=by_guardian)) == [CONSENT]


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (SINCE - days(1), [CONSENT]),  # the day before the appointment: no guardian yet
        (SINCE, []),  # appointed that day
        (SINCE + days(1), []),
    ],
)
def test_a_guardians_consent_counts_from_the_appointment(
    on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    guardian = LegalGuardian(kind=GuardianKind.GRANDPARENT, name="示例祖母", since=SINCE)
    c = orphan(consents=(consent(given_by=ConsentGiver.GUARDIAN),), guardian=guardian)
    assert found(c, on) == expected


@pytest.mark.parametrize(
    ("giver", "expected"),
    [
        # a court revoked the mother's guardianship (Civil Code art. 36): she no longer
        # consents for the child, even by a consent she gave before
        (ConsentGiver.MOTHER, [CONSENT]),
        (ConsentGiver.FATHER, []),  # the father is still a guardian
    ],
)
def test_a_parent_deprived_of_the_guardianship_consents_no_more(
    giver: ConsentGiver, expected: list[tuple[str, str, str]]
) -> None:
    c = child(
        birth_date=TEN, mother=Situation.GUARDIANSHIP_REVOKED, consents=(consent(given_by=giver),)
    )
    assert found(c) == expected
    assert found(c, SINCE - days(1)) == []  # before the court's judgment, hers counted


def test_no_consent_is_needed_on_a_statutory_duty() -> None:
    c = child(birth_date=YOUNG, consents=(), lawful_basis=LawfulBasis.STATUTORY_DUTY)
    assert found(c) == []


# --- 29 February births ------------------------------------------------------

# Civil Code art. 202: a birthday with no corresponding day falls on the month's
# last day, so a 29 February birthday comes on 28 February in a common year, and
# the year is complete at its end (SPC 2006 art. 2).
LEAPLING = dt.date(2012, 2, 29)  # 14 from 1 March 2026, not yet on 28 February


@pytest.mark.parametrize(
    ("on", "expected"),
    [(dt.date(2026, 2, 28), [CONSENT]), (dt.date(2026, 3, 1), []), (dt.date(2026, 3, 2), [])],
)
def test_a_leapling_turns_14_on_1_march(on: dt.date, expected: list[tuple[str, str, str]]) -> None:
    c = child(birth_date=LEAPLING, on=on, since=LEAP_SINCE, consents=())
    assert found(c, on) == expected
