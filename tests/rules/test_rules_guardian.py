"""Civil Code arts. 27 and 30 at their boundaries: the rules of ``rules/_guardian.py``."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from left_behind import InvalidData, LegalGuardian
from left_behind.model import (
    ApprovalBody,
    GuardianKind,
    GuardianshipType,
    HealthCondition,
    Relation,
    Situation,
)
from left_behind.testing.rules import ADULT, ON, SINCE, child, days, turning
from rules_helpers import (
    AFTER,
    AWAY,
    BEFORE,
    ERROR,
    HOME,
    ON_DAY,
    TEN,
    WARNING,
    findings,
    found,
    only,
    orphan,
    with_care,
    with_carer,
)

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
        # no guardian any more (Civil Code art. 36), or unable to guard at home
        (Situation.GUARDIANSHIP_REVOKED, Situation.DECEASED, [], []),
        (Situation.GUARDIANSHIP_REVOKED, Situation.GUARDIANSHIP_REVOKED, [], []),
        (Situation.DEPORTED, Situation.LIBERTY_RESTRICTED, [], []),
        (Situation.GUARDIANSHIP_REVOKED, AWAY, [ORDER], ["mother (working away)"]),
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
        agreed_on=SINCE,  # the grandparent who looks after the child agreed (art. 30)
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
        agreed_on=SINCE,
    )
    assert found(orphan(guardian=guardian)) == expected


@pytest.mark.parametrize("kind", [GuardianKind.GRANDPARENT, GuardianKind.ELDER_SIBLING])
def test_a_relative_guardian_needs_no_approval(kind: GuardianKind) -> None:
    guardian = LegalGuardian(kind=kind, name="示例监护人", since=SINCE, agreed_on=SINCE)
    assert found(orphan(guardian=guardian)) == []


def test_an_unapproved_guardian_while_a_parent_lives_breaks_both_parts() -> None:
    guardian = LegalGuardian(kind=GuardianKind.OTHER_PERSON, name="示例监护人", since=SINCE)
    c = child(birth_date=TEN, father=Situation.DECEASED, guardian=guardian)
    assert found(c) == [ORDER, APPROVAL]


# --- a guardian's own age and capacity (art. 27: 有监护能力的人) ------------------

MINOR = ("CC-27-guardian-order", ERROR, "$.guardian.birth_date")
TURNS_18 = turning(ADULT)  # the guardian's 18th birthday is ON


@pytest.mark.parametrize(("shift", "expected"), [(BEFORE, [MINOR]), (ON_DAY, [MINOR]), (AFTER, [])])
def test_a_minor_cannot_be_a_guardian(shift: int, expected: list[tuple[str, str, str]]) -> None:
    on = ON + days(shift)
    sister = LegalGuardian(
        kind=GuardianKind.ELDER_SIBLING,
        name="示例姐姐",
        since=SINCE,
        birth_date=TURNS_18,
        agreed_on=SINCE,
    )
    c = orphan(guardian=sister)
    assert found(c, on) == expected
    if expected:
        f = only(c, "CC-27-guardian-order", on)
        assert "the guardian is 17, under 18: a minor is under guardianship" in f.message_en
        assert "监护人未满十八周岁（17 周岁）" in f.message_zh


def test_a_guardian_found_to_lack_capacity() -> None:
    grandmother = attrs.evolve(GRANDMOTHER, lacks_capacity=True)
    assert found(orphan(guardian=grandmother)) == [
        ("CC-27-guardian-order", ERROR, "$.guardian.lacks_capacity")
    ]


def test_an_organization_has_no_birth_date() -> None:
    with pytest.raises(InvalidData, match="organization has no birth date"):
        LegalGuardian(
            kind=GuardianKind.ORGANIZATION, name="示例福利院", since=SINCE, birth_date=TEN
        )


# --- CC-30-guardian-agreement -----------------------------------------------------

AGREEMENT = ("CC-30-guardian-agreement", WARNING, "$.guardian.agreed_on")


@pytest.mark.parametrize(
    ("kind", "relation", "expected"),
    [
        # the child's carer is a grandparent, first in the order
        (GuardianKind.GRANDPARENT, Relation.PATERNAL_GRANDPARENT, []),
        (GuardianKind.ELDER_SIBLING, Relation.PATERNAL_GRANDPARENT, [AGREEMENT]),
        (GuardianKind.ELDER_SIBLING, Relation.MATERNAL_GRANDPARENT, [AGREEMENT]),
        (GuardianKind.OTHER_PERSON, Relation.MATERNAL_GRANDPARENT, [AGREEMENT]),
        (GuardianKind.ORGANIZATION, Relation.PATERNAL_GRANDPARENT, [AGREEMENT]),
        # an elder sibling: second
        (GuardianKind.ELDER_SIBLING, Relation.ELDER_SIBLING, []),
        (GuardianKind.OTHER_PERSON, Relation.ELDER_SIBLING, [AGREEMENT]),
        (GuardianKind.GRANDPARENT, Relation.ELDER_SIBLING, []),
        # others are not in the order before anyone
        (GuardianKind.OTHER_PERSON, Relation.UNCLE_AUNT, []),
        (GuardianKind.ORGANIZATION, Relation.UNRELATED_ADULT, []),
    ],
)
def test_a_guardian_lower_in_the_order_needs_an_agreement(
    kind: GuardianKind, relation: Relation, expected: list[tuple[str, str, str]]
) -> None:
    guardian = LegalGuardian(
        kind=kind,
        name="示例监护人",
        since=SINCE,
        approved_by=ApprovalBody.CIVIL_AFFAIRS,
        approved_on=SINCE,
    )
    c = orphan(guardian=guardian)
    carer = c.care[-1].carer
    assert carer is not None
    c = with_care(c, guardianship=_KIND_OF[relation], carer=attrs.evolve(carer, relation=relation))
    assert found(c) == expected
    if expected:
        f = only(c, "CC-30-guardian-agreement")
        assert f"while the {relation.label('en')} who cares for the child comes before" in (
            f.message_en
        )
        assert f.source.cite("en") == "CC art. 30"
    agreed = attrs.evolve(c, guardian=attrs.evolve(guardian, agreed_on=SINCE))
    assert found(agreed) == []
    by_court = attrs.evolve(c, guardian=attrs.evolve(guardian, approved_by=ApprovalBody.COURT))
    assert found(by_court) == []


_KIND_OF = {
    Relation.PATERNAL_GRANDPARENT: GuardianshipType.PATERNAL_GRANDPARENTS,
    Relation.MATERNAL_GRANDPARENT: GuardianshipType.MATERNAL_GRANDPARENTS,
    Relation.ELDER_SIBLING: GuardianshipType.ELDER_SIBLING,
    Relation.UNCLE_AUNT: GuardianshipType.OTHER_RELATIVES,
    Relation.UNRELATED_ADULT: GuardianshipType.UNRELATED_CARER,
}


@pytest.mark.parametrize(
    ("agreed_on", "expected"),
    [(ON - days(1), []), (ON, []), (ON + days(1), [AGREEMENT])],
)
def test_an_agreement_counts_from_its_day(
    agreed_on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    sibling = LegalGuardian(
        kind=GuardianKind.ELDER_SIBLING, name="示例哥哥", since=SINCE, agreed_on=agreed_on
    )
    assert found(orphan(guardian=sibling)) == expected


@pytest.mark.parametrize(
    "changes",
    [
        {"health": frozenset({HealthCondition.SERIOUS_ILLNESS})},
        {"lacks_capacity": True},
    ],
)
def test_a_grandparent_unable_to_guard_is_passed_over(changes: dict[str, object]) -> None:
    sibling = LegalGuardian(kind=GuardianKind.ELDER_SIBLING, name="示例哥哥", since=SINCE)
    c = with_carer(orphan(guardian=sibling), **changes)
    assert [f[0] for f in found(c) if f[0].startswith("CC-")] == []


def test_no_agreement_is_asked_while_a_parent_is_the_guardian() -> None:
    sibling = LegalGuardian(kind=GuardianKind.ELDER_SIBLING, name="示例哥哥", since=SINCE)
    c = child(birth_date=TEN, father=HOME, mother=AWAY, guardian=sibling)
    assert [f[0] for f in found(c)] == ["CC-27-guardian-order", "CC-27-guardian-order"]
