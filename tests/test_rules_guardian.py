"""Civil Code art. 27 at its boundaries: the rule of ``rules/_guardian.py``."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from left_behind import ApprovalBody, GuardianKind, LegalGuardian, Situation
from rules_helpers import AWAY, ERROR, HOME, TEN, findings, found, only, orphan
from rules_strategies import ON, SINCE, child, days

# --- CC-27-guardian-order -----------------------------------------------------

GRANDMOTHER = LegalGuardian(kind=GuardianKind.GRANDPARENT, name="示例祖母", since=SINCE)
ORDER = ("CC-27-guardian-order", ERROR, "$.guardian")
APPROVAL = ("CC-27-guardian-order", ERROR, "$.guardian.approved_by")


@pytest.mark.parametrize(
    ("father", "mother", "expected", "named"),
    [
        (HOME, AWAY, [ORDER, ORDER], ["father (at home)", "mother (working away)"]),
        (AWAY, AWAY, [ORDER, ORDER], ["father (working away)", "mother (working away)"]),
        (Situation.DECEASED, AWAY, [ORDER], ["mother (working away)"]),
        (Situation.DECEASED, Situation.DECEASED, [], []),
        (Situation.DECEASED, Situation.INCAPACITATED, [], []),
        (Situation.INCAPACITATED, Situation.INCAPACITATED, [], []),
        (Situation.MISSING, Situation.DECEASED, [], []),
    ],
)
def test_a_guardian_other_than_the_parents_only_when_they_cannot_be(
    father: Situation, mother: Situation, expected: list[tuple[str, str, str]], named: list[str]
) -> None:
    c = child(birth_date=TEN, father=father, mother=mother, guardian=GRANDMOTHER)
    assert found(c) == expected
    got = findings(c)
    for f, words in zip(got, named, strict=True):
        parent, situation = words.split(" ", 1)
        assert (
            f"the recorded guardian is a grandparent, but the {parent} is alive and capable"
            f" {situation}. Parents are the guardians"
        ) in f.message_en


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        (ON - days(1), [ORDER, ORDER]),
        (ON, [ORDER, ORDER]),  # named guardian on the day of the check
        (ON + days(1), []),  # named the day after: not yet the guardian on the check's date
    ],
)
def test_a_guardian_counts_from_the_appointment(
    since: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    grandmother = attrs.evolve(GRANDMOTHER, since=since)
    assert found(child(birth_date=TEN, father=HOME, mother=AWAY, guardian=grandmother)) == expected


@pytest.mark.parametrize("kind", [GuardianKind.OTHER_PERSON, GuardianKind.ORGANIZATION])
@pytest.mark.parametrize(
    ("approved_by", "expected"),
    [(None, [APPROVAL]), (ApprovalBody.VILLAGE_COMMITTEE, []), (ApprovalBody.CIVIL_AFFAIRS, [])],
)
def test_an_unrelated_guardian_needs_approval(
    kind: GuardianKind, approved_by: ApprovalBody | None, expected: list[tuple[str, str, str]]
) -> None:
    guardian = LegalGuardian(
        kind=kind,
        name="示例监护人",
        since=SINCE,
        approved_by=approved_by,
        approved_on=None if approved_by is None else SINCE,
    )
    c = orphan(guardian=guardian)
    assert found(c) == expected
    if expected:
        f = only(c, "CC-27-guardian-order")
        assert f"the guardian is {kind.label('en')} and needs the approval" in f.message_en


@pytest.mark.parametrize(
    ("approved_on", "expected"),
    [
        (ON - days(1), []),
        (ON, []),  # approved on the day of the check
        (ON + days(1), [APPROVAL]),  # approved the day after: not yet on the check's date
    ],
)
def test_an_approval_counts_from_its_day(
    approved_on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    guardian = LegalGuardian(
        kind=GuardianKind.OTHER_PERSON,
        name="示例监护人",
        since=SINCE,
        approved_by=ApprovalBody.CIVIL_AFFAIRS,
        approved_on=approved_on,
    )
    assert found(orphan(guardian=guardian)) == expected


@pytest.mark.parametrize("kind", [GuardianKind.GRANDPARENT, GuardianKind.ELDER_SIBLING])
def test_a_relative_guardian_needs_no_approval(kind: GuardianKind) -> None:
    guardian = LegalGuardian(kind=kind, name="示例监护人", since=SINCE)
    assert found(orphan(guardian=guardian)) == []


def test_an_unapproved_guardian_while_a_parent_lives_breaks_both_parts() -> None:
    guardian = LegalGuardian(kind=GuardianKind.OTHER_PERSON, name="示例监护人", since=SINCE)
    c = child(birth_date=TEN, father=Situation.DECEASED, guardian=guardian)
    assert found(c) == [ORDER, APPROVAL]
