"""MPL art. 21 and 22 at their boundaries: the rules of ``rules/_care.py``.

A child under 16 never lives alone; one under 8 or needing special care is
never unattended or with an unfit carer; parents away entrust an adult able to
give care, not one disqualified by their record, and hear the child's view.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import left_behind as lb
from left_behind import CareArrangement, Child, MisconductRecord, Policy
from left_behind.model import (
    DisqualifyingGround,
    GuardianshipType,
    HealthCondition,
    LivingArrangement,
    Misconduct,
    Situation,
    SpecialNeed,
    ground_of,
)
from left_behind.testing.rules import (
    ADULT,
    ON,
    POLICY,
    SINCE,
    UNDER_8,
    UNDER_16,
    carer,
    child,
    days,
    turning,
)
from rules_helpers import (
    AFTER,
    AWAY,
    BEFORE,
    CONSENT,
    ENTRUSTED,
    ERROR,
    HOME,
    LEAP_SINCE,
    ON_DAY,
    TEN,
    VIEW,
    WITH_PARENTS,
    YOUNG,
    findings,
    found,
    only,
    unheard,
    with_care,
    with_carer,
)

# --- MPL-21-living-alone --------------------------------------------------------

TURNS_16 = turning(UNDER_16)  # born 16 years before ON: 15 on ON, 16 from the day after
REPORT_ALONE = ("GF16-report", ERROR, "$.reports")  # no report to the police recorded


@pytest.mark.parametrize("living", [LivingArrangement.ALONE, LivingArrangement.WITH_MINOR_SIBLINGS])
@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (BEFORE, [REPORT_ALONE, ("MPL-21-living-alone", ERROR, "$.living")]),
        (ON_DAY, [REPORT_ALONE, ("MPL-21-living-alone", ERROR, "$.living")]),  # still 15
        (AFTER, []),
    ],
)
def test_living_alone_until_the_day_after_the_16th_birthday(
    living: LivingArrangement, shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    c = child(birth_date=TURNS_16, on=on, living=living)
    assert found(c, on) == expected
    if expected:
        f = only(c, "MPL-21-living-alone", on)
        assert "is 15, under 16," in f.message_en
        assert f"living {living.label('en')}" in f.message_en
        assert "（15 周岁）" in f.message_zh and living.label() in f.message_zh
        assert f.message_en.startswith("Child T-001 (示***): ")


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (
            BEFORE,
            [
                REPORT_ALONE,
                ("MPL-21-living-alone", ERROR, "$.care[0].guardianship"),
                ("MPL-22-must-entrust", ERROR, "$.care[0].guardianship"),
            ],
        ),
        (
            ON_DAY,
            [
                REPORT_ALONE,
                ("MPL-21-living-alone", ERROR, "$.care[0].guardianship"),
                ("MPL-22-must-entrust", ERROR, "$.care[0].guardianship"),
            ],
        ),
        (AFTER, [("MPL-22-must-entrust", ERROR, "$.care[0].guardianship")]),
    ],
)
def test_cared_for_by_nobody_until_the_day_after_the_16th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    nobody = (CareArrangement(guardianship=GuardianshipType.NOBODY, since=TURNS_16),)
    c = child(birth_date=TURNS_16, on=on, care=nobody)
    assert found(c, on) == expected
    if shift == BEFORE:
        assert "cared for by nobody" in only(c, "MPL-21-living-alone", on).message_en


def test_no_care_arrangement_at_all_is_living_alone() -> None:
    c = child(birth_date=dt.date(2014, 1, 1), care=())
    assert found(c) == [
        REPORT_ALONE,
        ("MPL-21-living-alone", ERROR, "$.care"),
        ("MPL-22-must-entrust", ERROR, "$.care"),
    ]
    assert "has no care arrangement" in only(c, "MPL-21-living-alone").message_en


def test_living_alone_with_parents_at_home_is_still_living_alone() -> None:
    c = child(birth_date=dt.date(2014, 1, 1), father=HOME, mother=HOME)
    c = attrs.evolve(c, living=LivingArrangement.ALONE)
    assert found(c) == [REPORT_ALONE, ("MPL-21-living-alone", ERROR, "$.living")]


def test_boarding_school_is_not_living_alone() -> None:
    c = child(birth_date=dt.date(2014, 1, 1), living=LivingArrangement.BOARDING_SCHOOL)
    assert found(c) == []


# --- MPL-21-unattended --------------------------------------------------------

TURNS_8 = turning(UNDER_8)  # born 8 years before ON


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (
            BEFORE,
            [
                REPORT_ALONE,
                ("MPL-21-living-alone", ERROR, "$.living"),
                ("MPL-21-unattended", ERROR, "$.living"),
            ],
        ),
        (
            ON_DAY,  # still 7
            [
                REPORT_ALONE,
                ("MPL-21-living-alone", ERROR, "$.living"),
                ("MPL-21-unattended", ERROR, "$.living"),
            ],
        ),
        (AFTER, [REPORT_ALONE, ("MPL-21-living-alone", ERROR, "$.living")]),
    ],
)
def test_unattended_until_the_day_after_the_8th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    c = child(birth_date=TURNS_8, on=on, living=LivingArrangement.ALONE)
    assert found(c, on) == expected
    if shift != AFTER:
        f = only(c, "MPL-21-unattended", on)
        assert "is 7, under 8," in f.message_en and "unattended" in f.message_en
        assert "未满八周岁（7 周岁）" in f.message_zh


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (
            BEFORE,
            [
                REPORT_ALONE,
                ("MPL-21-living-alone", ERROR, "$.care[0].guardianship"),
                ("MPL-21-unattended", ERROR, "$.care[0].guardianship"),
                ("MPL-22-must-entrust", ERROR, "$.care[0].guardianship"),
            ],
        ),
        (
            ON_DAY,
            [
                REPORT_ALONE,
                ("MPL-21-living-alone", ERROR, "$.care[0].guardianship"),
                ("MPL-21-unattended", ERROR, "$.care[0].guardianship"),
                ("MPL-22-must-entrust", ERROR, "$.care[0].guardianship"),
            ],
        ),
        (
            AFTER,
            [
                REPORT_ALONE,
                ("MPL-21-living-alone", ERROR, "$.care[0].guardianship"),
                ("MPL-22-must-entrust", ERROR, "$.care[0].guardianship"),
            ],
        ),
    ],
)
def test_young_child_cared_for_by_nobody(shift: int, expected: list[tuple[str, str, str]]) -> None:
    on = ON + days(shift)
    nobody = (CareArrangement(guardianship=GuardianshipType.NOBODY, since=TURNS_8),)
    assert found(child(birth_date=TURNS_8, on=on, care=nobody), on) == expected


CARER_TURNS_18 = turning(ADULT)  # the carer's 18th birthday is ON: 18 from the day after


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (
            BEFORE,
            [
                ("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.birth_date"),
                ("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.birth_date"),
            ],
        ),
        (
            ON_DAY,
            [
                ("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.birth_date"),
                ("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.birth_date"),
            ],
        ),
        (AFTER, []),
    ],
)
def test_young_child_with_a_minor_carer_until_the_day_after_the_carers_18th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    c = with_carer(child(birth_date=YOUNG, on=on), birth_date=CARER_TURNS_18)
    assert found(c, on) == expected
    if shift != AFTER:
        f = only(c, "MPL-21-unattended", on)
        assert "is 5, under 8, and the carer is a minor (17)" in f.message_en
        assert "未成年（17 周岁）" in f.message_zh
        assert "a minor (17)" in only(c, "MPL-22-must-entrust", on).message_en


def test_young_child_with_a_carer_lacking_capacity() -> None:
    c = with_carer(child(birth_date=YOUNG), lacks_capacity=True)
    assert found(c) == [
        ("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.lacks_capacity"),
        ("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.lacks_capacity"),
    ]
    assert "lack full capacity" in only(c, "MPL-21-unattended").message_en


def test_young_child_with_a_carer_with_a_serious_infectious_disease() -> None:
    sick = frozenset({HealthCondition.SERIOUS_INFECTIOUS_DISEASE})
    c = with_carer(child(birth_date=YOUNG), health=sick)
    assert found(c) == [("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.health")]
    assert "serious infectious disease" in only(c, "MPL-21-unattended").message_en


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (BEFORE, [("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.health")]),
        (ON_DAY, [("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.health")]),
        (AFTER, []),
    ],
)
def test_infectious_carer_until_the_day_after_the_8th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    sick = frozenset({HealthCondition.SERIOUS_INFECTIOUS_DISEASE})
    assert found(with_carer(child(birth_date=TURNS_8, on=on), health=sick), on) == expected


@pytest.mark.parametrize(
    ("needs", "words"),
    [
        ({SpecialNeed.SPECIAL_CARE}, "needs special care (needs special care),"),
        ({SpecialNeed.DISABILITY}, "needs special care (disability),"),
        ({SpecialNeed.CHRONIC_ILLNESS}, "needs special care (chronic illness),"),
        ({SpecialNeed.PSYCHOLOGICAL}, "needs special care (psychological needs),"),
        (
            {SpecialNeed.DISABILITY, SpecialNeed.SPECIAL_CARE, SpecialNeed.CHRONIC_ILLNESS},
            "needs special care (chronic illness, disability, needs special care),",
        ),
    ],
)
@pytest.mark.parametrize("birth", [dt.date(2014, 1, 1), dt.date(2009, 9, 2)])  # 12; 16, 17 tomorrow
def test_special_needs_at_any_age(needs: set[SpecialNeed], words: str, birth: dt.date) -> None:
    sick = frozenset({HealthCondition.SERIOUS_INFECTIOUS_DISEASE})
    c = with_carer(child(birth_date=birth, special_needs=needs), health=sick)
    assert found(c) == [("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.health")]
    assert words in only(c, "MPL-21-unattended").message_en


def test_special_needs_living_alone_at_17() -> None:
    c = child(
        birth_date=dt.date(2009, 3, 1),
        special_needs={SpecialNeed.DISABILITY},
        living=LivingArrangement.ALONE,
    )
    assert found(c) == [("MPL-21-unattended", ERROR, "$.living")]


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (BEFORE, [("MPL-21-unattended", ERROR, "$.living")]),
        (ON_DAY, [("MPL-21-unattended", ERROR, "$.living")]),  # still 17
        (AFTER, []),
    ],
)
def test_special_needs_living_alone_until_the_day_after_the_18th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    # special care has no age limit in art. 21, but the rules protect minors only
    on = ON + days(shift)
    birth = turning(ADULT)
    c = child(
        birth_date=birth,
        on=on,
        care=(attrs.evolve(WITH_PARENTS[0], since=birth),),
        father=HOME,
        mother=HOME,
        special_needs={SpecialNeed.DISABILITY},
        living=LivingArrangement.ALONE,
    )
    assert found(c, on) == expected


@pytest.mark.parametrize("need", list(SpecialNeed))
def test_every_special_need_calls_for_special_care(need: SpecialNeed) -> None:
    """Art. 21: "for physical or psychological reasons" — each member is such a reason."""
    sick = frozenset({HealthCondition.SERIOUS_INFECTIOUS_DISEASE})
    c = with_carer(child(birth_date=dt.date(2014, 1, 1), special_needs={need}), health=sick)
    assert found(c) == [("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.health")]
    assert f"({need.label('en')})" in only(c, "MPL-21-unattended").message_en
    assert "MPL art. 21" in (SpecialNeed.__doc__ or "")


# --- MPL-22-must-entrust ------------------------------------------------------

NOT_ENTRUSTED = [("MPL-22-must-entrust", ERROR, "$.care[0].guardianship")]
# a child under 16 whose only care record names parents none of whom is at home
NOBODY_THERE = [
    REPORT_ALONE,
    ("MPL-21-living-alone", ERROR, "$.care[0].guardianship"),
    ("MPL-22-must-entrust", ERROR, "$.care[0].guardianship"),
]
S = Situation


@pytest.mark.parametrize(
    ("father", "mother", "expected"),
    [
        (AWAY, AWAY, NOBODY_THERE),
        (AWAY, S.INCAPACITATED, NOBODY_THERE),
        (S.INCAPACITATED, AWAY, NOBODY_THERE),
        (AWAY, S.DECEASED, NOBODY_THERE),
        (AWAY, S.IMPRISONED, NOBODY_THERE),
        (AWAY, S.MISSING, NOBODY_THERE),
        (AWAY, S.COMPULSORY_REHAB, NOBODY_THERE),
        (AWAY, S.OUT_OF_CONTACT, NOBODY_THERE),
        (AWAY, None, NOBODY_THERE),  # a parent not recorded cares for nobody
        # absent for any reason (art. 22: 因外出务工等原因), not only for work
        (S.IMPRISONED, S.IMPRISONED, NOBODY_THERE),
        (S.IMPRISONED, S.COMPULSORY_REHAB, NOBODY_THERE),
        (S.MISSING, S.OUT_OF_CONTACT, NOBODY_THERE),
        (S.DECEASED, S.INCAPACITATED, NOBODY_THERE),
        (S.IMPRISONED, None, NOBODY_THERE),
        # deported, or under another restriction of liberty: away, and still guardians
        (AWAY, S.DEPORTED, NOBODY_THERE),
        (AWAY, S.LIBERTY_RESTRICTED, NOBODY_THERE),
        (S.LIBERTY_RESTRICTED, S.DEPORTED, NOBODY_THERE),
        (S.DEPORTED, S.DECEASED, NOBODY_THERE),
        # a parent whose guardianship a court revoked entrusts nobody (Civil Code art. 36),
        # but the other, still a guardian, does
        (AWAY, S.GUARDIANSHIP_REVOKED, NOBODY_THERE),
        (S.GUARDIANSHIP_REVOKED, S.IMPRISONED, NOBODY_THERE),
        (S.GUARDIANSHIP_REVOKED, HOME, []),
        # both dead: nobody to entrust the child; a guardian's turn (Civil Code art. 27)
        (S.DECEASED, S.DECEASED, [REPORT_ALONE, NOBODY_THERE[1], CONSENT]),
        # nor when neither parent is a guardian any more: the court appoints one
        (S.GUARDIANSHIP_REVOKED, S.DECEASED, [REPORT_ALONE, NOBODY_THERE[1], CONSENT]),
        (S.GUARDIANSHIP_REVOKED, S.GUARDIANSHIP_REVOKED, [REPORT_ALONE, NOBODY_THERE[1], CONSENT]),
        (AWAY, HOME, []),
        (HOME, AWAY, []),
        (HOME, HOME, []),
        (S.IMPRISONED, HOME, []),
    ],
)
def test_must_entrust_when_no_parent_lives_with_the_child(
    father: Situation | None, mother: Situation | None, expected: list[tuple[str, str, str]]
) -> None:
    c = child(birth_date=TEN, father=father, mother=mother, care=WITH_PARENTS)
    assert found(c) == expected
    if NOBODY_THERE[2] in expected:
        f = only(c, "MPL-22-must-entrust")
        assert "(arrangement: both parents, which names parents not at home)" in f.message_en
        assert "当前照护类型：父母双方，所登记的父母不在家" in f.message_zh
    if expected:
        alone = only(c, "MPL-21-living-alone")
        assert "is recorded as cared for by both parents, but father: " in alone.message_en


@pytest.mark.parametrize(
    ("kind", "father", "mother", "named"),
    [
        (GuardianshipType.FATHER_ONLY, S.IMPRISONED, AWAY, "father: imprisoned since"),
        (GuardianshipType.MOTHER_ONLY, AWAY, S.COMPULSORY_REHAB, "mother: in compulsory drug"),
    ],
)
def test_a_record_that_names_an_absent_parent_says_so(
    kind: GuardianshipType, father: Situation, mother: Situation, named: str
) -> None:
    care = (CareArrangement(guardianship=kind, since=TEN),)
    c = child(birth_date=TEN, father=father, mother=mother, care=care)
    assert found(c) == NOBODY_THERE
    alone = only(c, "MPL-21-living-alone")
    assert f"is recorded as cared for by {kind.label('en')}, but {named}" in alone.message_en
    assert "no parent is at home" in alone.message_en
    # the other parent at home looks after the child, whatever the record names
    other = child(birth_date=TEN, father=HOME, mother=HOME, care=care)
    assert found(other) == []


def test_a_young_child_whose_parent_is_in_prison_is_unattended() -> None:
    care = (CareArrangement(guardianship=GuardianshipType.FATHER_ONLY, since=YOUNG),)
    c = child(birth_date=YOUNG, father=S.IMPRISONED, mother=S.DECEASED, care=care)
    assert [f[0] for f in found(c)] == [
        "GF16-report",
        "MPL-21-living-alone",
        "MPL-21-unattended",
        "MPL-22-must-entrust",
    ]


@pytest.mark.parametrize(
    ("changes", "expected", "words"),
    [
        ({"birth_date": dt.date(2009, 3, 1)}, "birth_date", "is a minor (17)"),
        ({"lacks_capacity": True}, "lacks_capacity", "lacks full civil capacity"),
        ({"health": {HealthCondition.SERIOUS_ILLNESS}}, "health", "has serious illness"),
        ({"health": {HealthCondition.SEVERE_DISABILITY}}, "health", "has severe disability"),
        ({"health": {HealthCondition.MENTAL_DISORDER}}, "health", "has mental disorder"),
        (
            {"health": {HealthCondition.SERIOUS_ILLNESS, HealthCondition.MENTAL_DISORDER}},
            "health",
            "has serious illness, mental disorder",
        ),
    ],
)
def test_must_entrust_an_adult_able_to_care(
    changes: dict[str, Any], expected: str, words: str
) -> None:
    c = with_carer(child(birth_date=TEN), **changes)
    assert found(c) == [("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.{expected}")]
    assert words in only(c, "MPL-22-must-entrust").message_en


def test_an_unfit_carer_is_not_checked_while_a_parent_is_at_home() -> None:
    c = child(birth_date=TEN, father=HOME, mother=AWAY)
    minor = CareArrangement(
        guardianship=GuardianshipType.PATERNAL_GRANDPARENTS,
        since=SINCE,
        carer=carer(health={HealthCondition.SERIOUS_ILLNESS}),
        school_notified_on=SINCE,
        village_notified_on=SINCE,
        child_heard_on=SINCE,
    )
    assert found(attrs.evolve(c, care=(*c.care, minor))) == []


def test_an_institution_is_accepted() -> None:
    home = CareArrangement(
        guardianship=GuardianshipType.INSTITUTION, since=SINCE, institution="示例县儿童福利院"
    )
    c = child(birth_date=TEN, care=(WITH_PARENTS[0], home))
    assert found(c) == []


@pytest.mark.parametrize(
    ("shift", "expected"), [(BEFORE, NOT_ENTRUSTED), (ON_DAY, NOT_ENTRUSTED), (AFTER, [])]
)
def test_must_entrust_until_the_day_after_the_18th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    birth = turning(ADULT)
    c = child(birth_date=birth, on=on, care=(attrs.evolve(WITH_PARENTS[0], since=birth),))
    assert found(c, on) == expected


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (BEFORE, [("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.birth_date")]),
        (ON_DAY, [("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.birth_date")]),
        (AFTER, []),
    ],
)
def test_must_entrust_a_carer_from_the_day_after_the_carers_18th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    # a child of 10: only MPL-22 asks for an adult carer (MPL-21 does from under 8)
    on = ON + days(shift)
    c = with_carer(child(birth_date=TEN, on=on), birth_date=CARER_TURNS_18)
    assert found(c, on) == expected


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (SINCE - days(1), []),  # the day before the parents leave: they are at home
        (SINCE, NOBODY_THERE),  # the day they leave
        (SINCE + days(1), NOBODY_THERE),
    ],
)
def test_must_entrust_from_the_day_the_parents_leave(
    on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    c = child(birth_date=TEN, on=on, care=WITH_PARENTS)
    assert found(c, on) == expected


# --- MPL-22-disqualified ------------------------------------------------------


def disqualified(*misconduct: Misconduct) -> Child:
    records = tuple(MisconductRecord(misconduct=m) for m in misconduct)
    return with_carer(child(birth_date=TEN), records=records)


@pytest.mark.parametrize("misconduct", list(Misconduct))
def test_each_misconduct_disqualifies(misconduct: Misconduct) -> None:
    c = disqualified(misconduct)
    assert found(c) == [("MPL-22-disqualified", ERROR, f"{ENTRUSTED}.carer.records[0]")]
    f = only(c, "MPL-22-disqualified")
    ground = ground_of(misconduct)
    assert f"a record of {misconduct.label('en')} ({ground.label('en')})" in f.message_en
    assert misconduct.label() in f.message_zh and ground.label() in f.message_zh


@pytest.mark.parametrize(
    ("misconduct", "expected"),
    [
        (
            (Misconduct.DRUG_USE, Misconduct.GAMBLING),
            [("records[0]", "drug use, gambling", DisqualifyingGround.VICE)],
        ),
        (
            (Misconduct.ABUSE, Misconduct.VIOLENCE, Misconduct.TRAFFICKING),
            [("records[0]", "abuse, violence, trafficking", DisqualifyingGround.CRIMINAL_CONDUCT)],
        ),
        (
            (Misconduct.NEGLECT_OF_CARE, Misconduct.VIOLENCE),
            [
                ("records[0]", "refusal or long neglect of care", DisqualifyingGround.NEGLECT),
                ("records[1]", "violence", DisqualifyingGround.CRIMINAL_CONDUCT),
            ],
        ),
        (
            (Misconduct.HEAVY_DRINKING, Misconduct.ABUSE, Misconduct.GAMBLING),
            [
                ("records[0]", "heavy drinking, gambling", DisqualifyingGround.VICE),
                ("records[1]", "abuse", DisqualifyingGround.CRIMINAL_CONDUCT),
            ],
        ),
        (
            (
                Misconduct.OTHER_UNSUITABLE,
                Misconduct.NEGLECT_OF_CARE,
                Misconduct.DRUG_USE,
                Misconduct.SEXUAL_ABUSE,
            ),
            [
                ("records[0]", "otherwise unsuitable", DisqualifyingGround.OTHER),
                ("records[1]", "refusal or long neglect of care", DisqualifyingGround.NEGLECT),
                ("records[2]", "drug use", DisqualifyingGround.VICE),
                ("records[3]", "sexual abuse", DisqualifyingGround.CRIMINAL_CONDUCT),
            ],
        ),
    ],
)
def test_one_finding_per_ground(
    misconduct: tuple[Misconduct, ...], expected: list[tuple[str, str, DisqualifyingGround]]
) -> None:
    got = findings(disqualified(*misconduct))
    assert [(f.rule_id, f.path) for f in got] == [
        ("MPL-22-disqualified", f"{ENTRUSTED}.carer.{path}") for path, _, _ in expected
    ]
    for f, (_, facts, ground) in zip(got, expected, strict=True):
        assert f"a record of {facts} ({ground.label('en')})" in f.message_en


def test_no_carer_no_disqualification() -> None:
    assert found(child(birth_date=TEN, father=HOME, mother=AWAY)) == []


EARLIER = dt.date(2024, 2, 20)  # the first entrustment, before the one of SINCE


def after_a_disqualified_carer(on: dt.date = ON) -> Child:
    """Entrusted on EARLIER to a maternal grandparent with a record of gambling, on SINCE to
    the paternal grandmother, who has none."""
    earlier = CareArrangement(
        guardianship=GuardianshipType.MATERNAL_GRANDPARENTS,
        since=EARLIER,
        carer=carer(
            relation=lb.model.Relation.MATERNAL_GRANDPARENT,
            records=(MisconductRecord(misconduct=Misconduct.GAMBLING),),
        ),
        school_notified_on=EARLIER,
        village_notified_on=EARLIER,
        child_heard_on=EARLIER,
    )
    c = child(birth_date=TEN, on=on, since=EARLIER)
    return attrs.evolve(c, care=(c.care[0], earlier, attrs.evolve(c.care[1], since=SINCE)))


def test_only_the_carer_in_force_is_checked() -> None:
    c = after_a_disqualified_carer()
    assert found(c) == []
    on = dt.date(2025, 1, 1)  # the maternal grandparent was the carer then
    assert ("MPL-22-disqualified", ERROR, "$.care[1].carer.records[0]") in found(c, on)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (SINCE - days(1), [("MPL-22-disqualified", ERROR, "$.care[1].carer.records[0]")]),
        (SINCE, []),  # the paternal grandmother takes over that day
        (SINCE + days(1), []),
    ],
)
def test_the_carer_in_force_changes_on_the_day_the_new_arrangement_starts(
    on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(after_a_disqualified_carer(on), on) == expected


@pytest.mark.parametrize(
    ("recorded", "expected"),
    [
        (ON - days(1), [("MPL-22-disqualified", ERROR, f"{ENTRUSTED}.carer.records[0]")]),
        (ON, [("MPL-22-disqualified", ERROR, f"{ENTRUSTED}.carer.records[0]")]),
        (ON + days(1), []),  # recorded the day after the check: not known on it
    ],
)
def test_a_misconduct_counts_from_the_day_it_is_recorded(
    recorded: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    record = MisconductRecord(misconduct=Misconduct.GAMBLING, recorded_on=recorded)
    assert found(with_carer(child(birth_date=TEN), records=(record,))) == expected


# --- MPL-22-child-view --------------------------------------------------------


VIEW_AGE = POLICY.child_view_age
VIEW_BIRTH = turning(VIEW_AGE, SINCE) - days(1)  # the policy's age from the day of the entrustment


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        (VIEW_BIRTH + days(1), []),  # the 8th birthday on SINCE: 7, and 8 the day after
        (VIEW_BIRTH, [VIEW]),  # 8 from that very day
        (VIEW_BIRTH - days(1), [VIEW]),  # 8 since the day before
        (VIEW_BIRTH - days(273), [VIEW]),  # 8 and nine months
        (turning(UNDER_16, SINCE) - days(1), [VIEW]),  # 16
    ],
)
def test_child_view_from_the_policys_age_at_the_start_of_the_arrangement(
    birth: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    c = unheard(birth)
    assert found(c) == expected
    if expected:
        f = only(c, "MPL-22-child-view")
        age = lb.model.age_on(birth, SINCE)
        assert f.setting == "child_view_age"
        assert f"was {age} when the entrustment began on {SINCE}" in f.message_en
        assert f"(the policy asks from {VIEW_AGE})" in f.message_en
        assert f"儿童当时 {age} 周岁（政策：{VIEW_AGE} 周岁起" in f.message_zh


def test_child_view_heard_is_enough() -> None:
    assert found(with_care(child(birth_date=dt.date(2012, 1, 1)), child_heard_on=SINCE)) == []


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        (ON - days(1), []),
        (ON, []),  # heard on the day of the check
        (ON + days(1), [VIEW]),  # heard the day after: not yet on the check's date
    ],
)
def test_a_hearing_counts_from_its_day(
    heard: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(with_care(child(birth_date=TEN), child_heard_on=heard)) == expected


def test_child_view_age_is_taken_at_the_start_not_on_the_check_date() -> None:
    c = unheard(VIEW_BIRTH + days(1))
    later = dt.date(2027, 3, 1)
    assert lb.model.age_on(c.birth_date, later) == VIEW_AGE
    assert [x for x in found(c, later) if x[0] == "MPL-22-child-view"] == []


OLDER = VIEW_AGE + 2  # a county that asks from 10


@pytest.mark.parametrize(
    ("birth", "default", "older"),
    [
        (VIEW_BIRTH, [VIEW], []),  # 8
        (turning(OLDER, SINCE), [VIEW], []),  # the 10th birthday: 9, and 10 the day after
        (turning(OLDER, SINCE) - days(1), [VIEW], [VIEW]),  # 10 from that very day
        (turning(OLDER, SINCE) - days(2), [VIEW], [VIEW]),  # 10 since the day before
    ],
)
def test_child_view_age_setting(
    birth: dt.date, default: list[tuple[str, str, str]], older: list[tuple[str, str, str]]
) -> None:
    c = unheard(birth)
    policy = attrs.evolve(Policy(), child_view_age=OLDER)
    assert found(c) == default
    assert found(c, policy=policy) == older
    if older:
        f = only(c, "MPL-22-child-view", policy=policy)
        assert f.setting == "child_view_age"
        assert f"(the policy asks from {OLDER})" in f.message_en
        assert f"政策：{OLDER} 周岁起" in f.message_zh


# --- 29 February births ------------------------------------------------------

# Civil Code art. 202: a birthday with no corresponding day falls on the month's
# last day, so a 29 February birthday comes on 28 February in a common year, and
# the year of age is complete at its end: 18 from 1 March (SPC 2006 art. 2).


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2026, 2, 27), [("MPL-22-must-entrust", ERROR, "$.care[0].guardianship")]),
        (dt.date(2026, 2, 28), [("MPL-22-must-entrust", ERROR, "$.care[0].guardianship")]),
        (dt.date(2026, 3, 1), []),
    ],
)
def test_a_leapling_turns_18_on_1_march(on: dt.date, expected: list[tuple[str, str, str]]) -> None:
    birth = dt.date(2008, 2, 29)
    with_parents = (CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=birth),)
    c = child(birth_date=birth, on=on, since=LEAP_SINCE, care=with_parents)
    assert found(c, on) == expected


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (
            dt.date(2026, 2, 28),
            [
                ("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.birth_date"),
                ("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.birth_date"),
            ],
        ),
        (dt.date(2026, 3, 1), []),
        (dt.date(2026, 3, 2), []),
    ],
)
def test_a_leapling_carer_turns_18_on_1_march(
    on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    c = child(birth_date=dt.date(2021, 3, 15), on=on, since=LEAP_SINCE)
    assert found(with_carer(c, birth_date=dt.date(2008, 2, 29)), on) == expected


# --- a carer of 16 or 17 living on own earnings (Civil Code art. 18) -------------

CARER_TURNS_16 = turning(UNDER_16)  # the carer's 16th birthday is ON


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (BEFORE, [("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.birth_date")]),  # 15
        (ON_DAY, [("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.birth_date")]),  # 15
        (AFTER, []),  # 16 and living on own earnings: full capacity
    ],
)
def test_a_carer_of_16_living_on_own_earnings_has_full_capacity(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    earning = with_carer(
        child(birth_date=TEN, on=on), birth_date=CARER_TURNS_16, lives_on_own_earnings=True
    )
    assert found(earning, on) == expected
    # without own earnings a carer of 16 or 17 is a minor without full capacity
    not_earning = with_carer(child(birth_date=TEN, on=on), birth_date=CARER_TURNS_16)
    assert found(not_earning, on) == [
        ("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.birth_date")
    ]
    assert "without full capacity" in only(not_earning, "MPL-22-must-entrust", on).message_en


def test_a_young_child_may_stay_with_a_carer_of_17_living_on_own_earnings() -> None:
    c = with_carer(
        child(birth_date=YOUNG), birth_date=dt.date(2009, 3, 1), lives_on_own_earnings=True
    )
    assert found(c) == []
    # nor is supervision lacking in the risk: the carer has full capacity
    assert [f.code for f in lb.assess_risk(c, on=ON).factors] == ["home_education_absent"]
