"""Each rule at its boundaries: birthdays, deadlines, gaps and the policy settings.

Every test starts from a child that breaks no rule (``rules_strategies.child``),
changes one thing and expects exactly the findings it causes: rule ids,
severities, paths, and the dates and values in the messages.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import left_behind as lb
from left_behind import (
    ApprovalBody,
    CareArrangement,
    Child,
    Consent,
    ConsentGiver,
    ContactEvent,
    ContactMode,
    ContactParty,
    DisqualifyingGround,
    Finding,
    GuardianKind,
    GuardianshipType,
    HealthCondition,
    Hit,
    InvalidData,
    LawfulBasis,
    LegalGuardian,
    LivingArrangement,
    Misconduct,
    MisconductRecord,
    ParentRole,
    Policy,
    Purpose,
    Register,
    Report,
    ReportEvent,
    ReportKind,
    RiskLevel,
    RiskWeights,
    RuleSet,
    SchoolStage,
    Severity,
    Situation,
    Source,
    SpecialNeed,
    assess_risk,
    check,
    default_rules,
    rule,
)
from left_behind.model import birthday_in, ground_of
from rules_strategies import CARER_BIRTH, ON, SINCE, carer, child, days, weekly

AWAY = Situation.WORKING_AWAY
HOME = Situation.AT_HOME
ERROR, WARNING = "error", "warning"
ENTRUSTED = "$.care[1]"  # the children below were born before SINCE: care[0] is with the parents
BEFORE, ON_DAY, AFTER = -1, 0, 1


def found(subject: Child | Register, on: dt.date = ON, **kw: Any) -> list[tuple[str, str, str]]:
    """(rule id, severity, path) of every finding, in the report's order."""
    return [(f.rule_id, f.severity.value, f.path) for f in check(subject, on=on, **kw).findings]


def findings(subject: Child | Register, on: dt.date = ON, **kw: Any) -> tuple[Finding, ...]:
    return check(subject, on=on, **kw).findings


def only(subject: Child, rule_id: str, on: dt.date = ON, **kw: Any) -> Finding:
    """The one finding of ``rule_id``."""
    (f,) = check(subject, on=on, **kw).filter(rule_id=rule_id).findings
    return f


def with_care(c: Child, **changes: Any) -> Child:
    """The child with its current (last) arrangement changed."""
    return attrs.evolve(c, care=(*c.care[:-1], attrs.evolve(c.care[-1], **changes)))


def with_carer(c: Child, **changes: Any) -> Child:
    """The child with its current carer changed."""
    current = c.care[-1].carer
    assert current is not None
    return with_care(c, carer=attrs.evolve(current, **changes))


def test_the_base_child_is_compliant() -> None:
    assert found(child(birth_date=dt.date(2016, 5, 1))) == []
    assert found(child(birth_date=dt.date(2016, 5, 1), father=HOME, mother=HOME)) == []
    assert found(child(birth_date=dt.date(2016, 5, 1), father=AWAY, mother=HOME)) == []


# --- MPL-21-living-alone --------------------------------------------------------

TURNS_16 = dt.date(2010, 9, 1)  # 16 on ON


@pytest.mark.parametrize("living", [LivingArrangement.ALONE, LivingArrangement.WITH_MINOR_SIBLINGS])
@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (BEFORE, [("MPL-21-living-alone", ERROR, "$.living")]),
        (ON_DAY, []),
        (AFTER, []),
    ],
)
def test_living_alone_until_the_16th_birthday(
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
                ("MPL-21-living-alone", ERROR, "$.care[0].guardianship"),
                ("MPL-22-must-entrust", ERROR, "$.care[0].guardianship"),
            ],
        ),
        (ON_DAY, [("MPL-22-must-entrust", ERROR, "$.care[0].guardianship")]),
        (AFTER, [("MPL-22-must-entrust", ERROR, "$.care[0].guardianship")]),
    ],
)
def test_cared_for_by_nobody_until_the_16th_birthday(
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
        ("MPL-21-living-alone", ERROR, "$.care"),
        ("MPL-22-must-entrust", ERROR, "$.care"),
    ]
    assert "has no care arrangement" in only(c, "MPL-21-living-alone").message_en


def test_living_alone_with_parents_at_home_is_still_living_alone() -> None:
    c = child(birth_date=dt.date(2014, 1, 1), father=HOME, mother=HOME)
    c = attrs.evolve(c, living=LivingArrangement.ALONE)
    assert found(c) == [("MPL-21-living-alone", ERROR, "$.living")]


def test_boarding_school_is_not_living_alone() -> None:
    c = child(birth_date=dt.date(2014, 1, 1), living=LivingArrangement.BOARDING_SCHOOL)
    assert found(c) == []


# --- MPL-21-unattended --------------------------------------------------------

TURNS_8 = dt.date(2018, 9, 1)  # 8 on ON
YOUNG = dt.date(2021, 3, 15)  # 5 on ON


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (
            BEFORE,
            [
                ("MPL-21-living-alone", ERROR, "$.living"),
                ("MPL-21-unattended", ERROR, "$.living"),
            ],
        ),
        (ON_DAY, [("MPL-21-living-alone", ERROR, "$.living")]),
        (AFTER, [("MPL-21-living-alone", ERROR, "$.living")]),
    ],
)
def test_unattended_until_the_8th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    c = child(birth_date=TURNS_8, on=on, living=LivingArrangement.ALONE)
    assert found(c, on) == expected
    if shift == BEFORE:
        f = only(c, "MPL-21-unattended", on)
        assert "is 7, under 8," in f.message_en and "unattended" in f.message_en
        assert "未满八周岁（7 周岁）" in f.message_zh


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (
            BEFORE,
            [
                ("MPL-21-living-alone", ERROR, "$.care[0].guardianship"),
                ("MPL-21-unattended", ERROR, "$.care[0].guardianship"),
                ("MPL-22-must-entrust", ERROR, "$.care[0].guardianship"),
            ],
        ),
        (
            ON_DAY,
            [
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


CARER_TURNS_18 = dt.date(2008, 9, 1)  # the carer is 18 on ON


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
        (ON_DAY, []),
        (AFTER, []),
    ],
)
def test_young_child_with_a_minor_carer_until_the_carers_18th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    c = with_carer(child(birth_date=YOUNG, on=on), birth_date=CARER_TURNS_18)
    assert found(c, on) == expected
    if shift == BEFORE:
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
    [(BEFORE, [("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.health")]), (ON_DAY, [])],
)
def test_infectious_carer_until_the_8th_birthday(
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
        (
            {SpecialNeed.DISABILITY, SpecialNeed.SPECIAL_CARE, SpecialNeed.CHRONIC_ILLNESS},
            "needs special care (disability, needs special care),",
        ),
    ],
)
@pytest.mark.parametrize("birth", [dt.date(2014, 1, 1), dt.date(2009, 9, 2)])  # 12; 16 tomorrow
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


def test_chronic_illness_alone_is_not_special_care() -> None:
    sick = frozenset({HealthCondition.SERIOUS_INFECTIOUS_DISEASE})
    c = with_carer(
        child(birth_date=dt.date(2014, 1, 1), special_needs={SpecialNeed.CHRONIC_ILLNESS}),
        health=sick,
    )
    assert found(c) == []


# --- MPL-22-must-entrust ------------------------------------------------------

TEN = dt.date(2016, 5, 1)  # 10 on ON
WITH_PARENTS = (CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=TEN),)
NOT_ENTRUSTED = [("MPL-22-must-entrust", ERROR, "$.care[0].guardianship")]


@pytest.mark.parametrize(
    ("father", "mother", "expected"),
    [
        (AWAY, AWAY, NOT_ENTRUSTED),
        (AWAY, Situation.INCAPACITATED, NOT_ENTRUSTED),
        (Situation.INCAPACITATED, AWAY, NOT_ENTRUSTED),
        (AWAY, Situation.DECEASED, NOT_ENTRUSTED),
        (AWAY, Situation.IMPRISONED, NOT_ENTRUSTED),
        (AWAY, Situation.MISSING, NOT_ENTRUSTED),
        (AWAY, Situation.COMPULSORY_REHAB, NOT_ENTRUSTED),
        (AWAY, Situation.OUT_OF_CONTACT, NOT_ENTRUSTED),
        (AWAY, None, NOT_ENTRUSTED),
        (AWAY, HOME, []),
        (HOME, AWAY, []),
        (HOME, HOME, []),
        (Situation.DECEASED, Situation.INCAPACITATED, []),
    ],
)
def test_must_entrust_when_no_parent_is_at_home_and_one_works_away(
    father: Situation | None, mother: Situation | None, expected: list[tuple[str, str, str]]
) -> None:
    c = child(birth_date=TEN, father=father, mother=mother, care=WITH_PARENTS)
    assert found(c) == expected
    if expected:
        f = only(c, "MPL-22-must-entrust")
        assert "no entrusted carer (arrangement: both parents)" in f.message_en
        assert "当前照护类型：父母双方" in f.message_zh


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
    ("shift", "expected"), [(BEFORE, NOT_ENTRUSTED), (ON_DAY, []), (AFTER, [])]
)
def test_must_entrust_until_the_18th_birthday(
    shift: int, expected: list[tuple[str, str, str]]
) -> None:
    on = ON + days(shift)
    birth = dt.date(2008, 9, 1)
    c = child(birth_date=birth, on=on, care=(attrs.evolve(WITH_PARENTS[0], since=birth),))
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


def test_only_the_carer_in_force_is_checked() -> None:
    earlier = CareArrangement(
        guardianship=GuardianshipType.MATERNAL_GRANDPARENTS,
        since=dt.date(2024, 2, 20),
        carer=carer(
            relation=lb.Relation.MATERNAL_GRANDPARENT,
            records=(MisconductRecord(misconduct=Misconduct.GAMBLING),),
        ),
        school_notified_on=dt.date(2024, 2, 20),
        village_notified_on=dt.date(2024, 2, 20),
        child_heard_on=dt.date(2024, 2, 20),
    )
    c = child(birth_date=TEN, since=dt.date(2024, 2, 20))
    c = attrs.evolve(c, care=(c.care[0], earlier, attrs.evolve(c.care[1], since=SINCE)))
    assert found(c) == []
    on = dt.date(2025, 1, 1)  # the maternal grandparent was the carer then
    assert ("MPL-22-disqualified", ERROR, "$.care[1].carer.records[0]") in found(c, on)


# --- MPL-22-child-view --------------------------------------------------------


def unheard(birth: dt.date) -> Child:
    return with_care(child(birth_date=birth), child_heard_on=None)


VIEW = ("MPL-22-child-view", WARNING, f"{ENTRUSTED}.child_heard_on")


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        (dt.date(2018, 3, 2), []),  # 7 when entrusted on SINCE; 8 the day after
        (dt.date(2018, 3, 1), [VIEW]),  # 8 that very day
        (dt.date(2017, 6, 1), [VIEW]),  # 8
        (dt.date(2010, 3, 1), [VIEW]),  # 16
    ],
)
def test_child_view_from_8_at_the_start_of_the_arrangement(
    birth: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    c = unheard(birth)
    assert found(c) == expected
    if expected:
        f = only(c, "MPL-22-child-view")
        age = lb.age_on(birth, SINCE)
        assert f.setting == "child_view_age"
        assert f"was {age} when the entrustment began on 2026-03-01" in f.message_en
        assert "(the policy asks from 8)" in f.message_en
        assert f"儿童当时 {age} 周岁（政策：8 周岁起" in f.message_zh


def test_child_view_heard_is_enough() -> None:
    assert found(with_care(child(birth_date=dt.date(2012, 1, 1)), child_heard_on=SINCE)) == []


def test_child_view_age_is_taken_at_the_start_not_on_the_check_date() -> None:
    c = unheard(dt.date(2018, 3, 2))
    later = dt.date(2027, 3, 1)
    assert lb.age_on(c.birth_date, later) == 8
    assert [x for x in found(c, later) if x[0] == "MPL-22-child-view"] == []


@pytest.mark.parametrize(
    ("birth", "default", "at_10"),
    [
        (dt.date(2018, 3, 1), [VIEW], []),  # 8
        (dt.date(2016, 3, 2), [VIEW], []),  # 9, 10 the day after
        (dt.date(2016, 3, 1), [VIEW], [VIEW]),  # 10
    ],
)
def test_child_view_age_setting(
    birth: dt.date, default: list[tuple[str, str, str]], at_10: list[tuple[str, str, str]]
) -> None:
    c = unheard(birth)
    policy = attrs.evolve(Policy(), child_view_age=10)
    assert found(c) == default
    assert found(c, policy=policy) == at_10
    if at_10:
        f = only(c, "MPL-22-child-view", policy=policy)
        assert f.setting == "child_view_age"
        assert "(the policy asks from 10)" in f.message_en
        assert "政策：10 周岁起" in f.message_zh


# --- MPL-23-notice ------------------------------------------------------------

DUE = SINCE + days(30)  # 2026-03-31
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


def calls(role: ParentRole, *on: dt.date, party: ContactParty = ContactParty.BOTH) -> list[Any]:
    return [ContactEvent(on=d, parent=role, party=party, mode=ContactMode.CALL) for d in on]


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


# --- GF16-report --------------------------------------------------------------

FOUND = dt.date(2026, 8, 20)


@pytest.mark.parametrize(
    ("on", "reported", "expected"),
    [
        (FOUND, None, []),
        (FOUND + days(1), None, [("GF16-report", ERROR, "$.reports[0].reported_on")]),
        (FOUND + days(12), None, [("GF16-report", ERROR, "$.reports[0].reported_on")]),
        (FOUND + days(12), FOUND, []),
        (FOUND + days(12), FOUND + days(3), []),
    ],
)
def test_report_to_the_police_at_once(
    on: dt.date, reported: dt.date | None, expected: list[tuple[str, str, str]]
) -> None:
    event = ReportEvent(kind=ReportKind.MISSING, discovered_on=FOUND, reported_on=reported)
    c = child(birth_date=TEN, on=on, reports=(event,))
    assert found(c, on) == expected
    if expected:
        f = only(c, "GF16-report", on)
        late = (on - FOUND).days
        assert "'missing' was discovered on 2026-08-20" in f.message_en
        assert f"still not reported to the police {late} day" in f.message_en
        assert f"2026-08-20 发现“失踪”，{late} 天后仍未向公安机关报告" in f.message_zh


@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_report_kind_is_named(kind: ReportKind) -> None:
    events = (
        ReportEvent(kind=ReportKind.MISSING, discovered_on=FOUND, reported_on=FOUND),
        ReportEvent(kind=kind, discovered_on=FOUND),
    )
    c = child(birth_date=TEN, reports=events)
    assert found(c) == [("GF16-report", ERROR, "$.reports[1].reported_on")]
    assert f"'{kind.label('en')}' was discovered" in only(c, "GF16-report").message_en


# --- PIPL-31-consent ----------------------------------------------------------

TURNS_14 = dt.date(2012, 9, 1)  # 14 on ON
CONSENT = ("PIPL-31-consent", ERROR, "$.consents")


@pytest.mark.parametrize(("shift", "expected"), [(BEFORE, [CONSENT]), (ON_DAY, []), (AFTER, [])])
def test_consent_until_the_14th_birthday(shift: int, expected: list[tuple[str, str, str]]) -> None:
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
        (consent(withdrawn_on=WITHDRAWN), WITHDRAWN, [CONSENT]),
        (consent(withdrawn_on=WITHDRAWN), ON, [CONSENT]),
        (consent(purposes={Purpose.PHOTOS, Purpose.SHARING, Purpose.REFERRAL}), ON, [CONSENT]),
        (consent(purposes={Purpose.PHOTOS, Purpose.REGISTRATION}), ON, []),
        (consent(on=ON + days(1)), ON, [CONSENT]),
        (consent(on=ON), ON, []),
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


def orphan(**changes: Any) -> Child:
    return child(birth_date=TEN, father=Situation.DECEASED, mother=Situation.DECEASED, **changes)


def test_consent_by_a_legal_guardian() -> None:
    guardian = LegalGuardian(kind=GuardianKind.GRANDPARENT, name="示例祖母", since=SINCE)
    by_guardian = (consent(given_by=ConsentGiver.GUARDIAN),)
    assert found(orphan(consents=by_guardian, guardian=guardian)) == []
    assert found(orphan(consents=by_guardian)) == [CONSENT]


def test_no_consent_is_needed_on_a_statutory_duty() -> None:
    c = child(birth_date=YOUNG, consents=(), lawful_basis=LawfulBasis.STATUTORY_DUTY)
    assert found(c) == []


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


@pytest.mark.parametrize("kind", [GuardianKind.GRANDPARENT, GuardianKind.ELDER_SIBLING])
def test_a_relative_guardian_needs_no_approval(kind: GuardianKind) -> None:
    guardian = LegalGuardian(kind=kind, name="示例监护人", since=SINCE)
    assert found(orphan(guardian=guardian)) == []


def test_an_unapproved_guardian_while_a_parent_lives_breaks_both_parts() -> None:
    guardian = LegalGuardian(kind=GuardianKind.OTHER_PERSON, name="示例监护人", since=SINCE)
    c = child(birth_date=TEN, father=Situation.DECEASED, guardian=guardian)
    assert found(c) == [ORDER, APPROVAL]


# --- 29 February births ------------------------------------------------------

# Civil Code art. 202: a birthday with no corresponding day falls on the month's
# last day, so a 29 February birthday comes on 28 February in a common year.
LEAPLING = dt.date(2012, 2, 29)  # 14 on 28 February 2026, not yet on the 27th
LEAP_SINCE = dt.date(2025, 9, 1)


@pytest.mark.parametrize(
    ("on", "expected"),
    [(dt.date(2026, 2, 27), [CONSENT]), (dt.date(2026, 2, 28), [])],
)
def test_a_leapling_turns_14_on_28_february(
    on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    c = child(birth_date=LEAPLING, on=on, since=LEAP_SINCE, consents=())
    assert found(c, on) == expected


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2026, 2, 27), [("MPL-22-must-entrust", ERROR, "$.care[0].guardianship")]),
        (dt.date(2026, 2, 28), []),
    ],
)
def test_a_leapling_turns_18_on_28_february(
    on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    birth = dt.date(2008, 2, 29)
    with_parents = (CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=birth),)
    c = child(birth_date=birth, on=on, since=LEAP_SINCE, care=with_parents)
    assert found(c, on) == expected


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (
            dt.date(2026, 2, 27),
            [
                ("MPL-21-unattended", ERROR, f"{ENTRUSTED}.carer.birth_date"),
                ("MPL-22-must-entrust", ERROR, f"{ENTRUSTED}.carer.birth_date"),
            ],
        ),
        (dt.date(2026, 2, 28), []),
    ],
)
def test_a_leapling_carer_turns_18_on_28_february(
    on: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    c = child(birth_date=dt.date(2021, 3, 15), on=on, since=LEAP_SINCE)
    assert found(with_carer(c, birth_date=dt.date(2008, 2, 29)), on) == expected


# --- facts dated after the check date -----------------------------------------


def test_an_arrangement_starting_on_the_check_date_is_in_force() -> None:
    c = child(birth_date=TEN, since=ON)
    assert c.care[-1].since == ON
    assert found(c) == []
    assert found(c, ON - days(1)) == []  # the parents had not left yet


def later_guardian() -> tuple[Child, dt.date]:
    """Both parents died on SINCE and the grandmother became guardian then."""
    guardian = LegalGuardian(kind=GuardianKind.GRANDPARENT, name="示例祖母", since=SINCE)
    return orphan(guardian=guardian), SINCE - days(30)


def later_notice() -> tuple[Child, dt.date]:
    """The school was told on 1 May, late; checked on 20 March, before the deadline."""
    return with_care(child(birth_date=TEN), school_notified_on=dt.date(2026, 5, 1)), DUE - days(11)


def later_report() -> tuple[Child, dt.date]:
    """Found on 20 August, reported on 25 August; checked on 22 August, when it was overdue."""
    event = ReportEvent(kind=ReportKind.MISSING, discovered_on=FOUND, reported_on=FOUND + days(5))
    return child(birth_date=TEN, reports=(event,)), FOUND + days(2)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        # no CC-27 finding before the appointment; the guardian's consent, on file
        # since the birth, only counts from the appointment, so PIPL-31 is broken then
        (later_guardian, [("PIPL-31-consent", ERROR, "$.consents")]),
        (later_notice, []),
        (later_report, [("GF16-report", ERROR, "$.reports[0].reported_on")]),
    ],
    ids=["guardian appointed later", "notice given later", "report made later"],
)
def test_a_check_on_a_past_date_sees_the_facts_of_that_date(
    make: Any, expected: list[tuple[str, str, str]]
) -> None:
    # consents, contacts, parents' situations and care arrangements count from
    # their own dates; so should a guardian's appointment, a notice and a report
    c, on = make()
    assert found(c, on) == expected


# --- Report -------------------------------------------------------------------


def messy_register() -> Register:
    b = with_care(
        child(birth_date=YOUNG, consents=()),
        school_notified_on=None,
        village_notified_on=None,
    )
    a = with_care(child(birth_date=TEN), child_heard_on=None)
    c = child(birth_date=TEN, father=HOME, mother=HOME)
    return Register(
        children=(
            attrs.evolve(b, id="B-2"),
            attrs.evolve(a, id="A-1"),
            attrs.evolve(c, id="C-3"),
        )
    )


def test_report_order_counts_and_filters() -> None:
    report = check(messy_register(), on=ON)
    assert [(f.subject_id, f.rule_id, f.severity.value, f.path) for f in report.findings] == [
        ("A-1", "MPL-22-child-view", WARNING, f"{ENTRUSTED}.child_heard_on"),
        ("B-2", "PIPL-31-consent", ERROR, "$.consents"),
        ("B-2", "MPL-23-notice", WARNING, f"{ENTRUSTED}.school_notified_on"),
        ("B-2", "MPL-23-notice", WARNING, f"{ENTRUSTED}.village_notified_on"),
    ]
    assert report.on == ON
    assert not report.ok
    assert report.count(Severity.ERROR) == 1
    assert report.count(Severity.WARNING) == 3
    assert report.count(Severity.INFO) == 0
    assert report.by_severity() == {Severity.ERROR: 1, Severity.WARNING: 3, Severity.INFO: 0}
    assert list(report.by_severity()) == [Severity.ERROR, Severity.WARNING, Severity.INFO]
    assert report.by_rule() == {"MPL-22-child-view": 1, "MPL-23-notice": 2, "PIPL-31-consent": 1}
    assert list(report.by_rule()) == sorted(report.by_rule())
    assert report.subjects() == ("A-1", "B-2")

    warnings = report.filter(severity=Severity.WARNING)
    assert warnings.ok and warnings.on == ON and len(warnings.findings) == 3
    assert report.filter(rule_id="MPL-23-notice").subjects() == ("B-2",)
    assert len(report.filter(subject_id="B-2").findings) == 3
    assert report.filter(subject_id="B-2", severity=Severity.WARNING).by_rule() == {
        "MPL-23-notice": 2
    }
    assert report.filter(subject_id="C-3").findings == ()
    assert report.filter(rule_id="MPL-22-child-view", subject_id="B-2").findings == ()


def test_an_empty_report_is_ok() -> None:
    report = check(Register(), on=ON)
    assert report.ok and report.findings == () and report.subjects() == ()
    assert report.by_severity() == {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
    assert report.by_rule() == {}


def test_report_of_sorts_findings() -> None:
    report = check(messy_register(), on=ON)
    assert Report.of(ON, reversed(report.findings)) == report


def test_a_finding_carries_its_source() -> None:
    f = only(child(birth_date=YOUNG, consents=()), "PIPL-31-consent")
    assert f.source.law == "PIPL" and f.source.article == "第三十一条"
    assert "不满十四周岁未成年人个人信息" in f.source.text
    assert f.message("en") == f.message_en and f.message() == f.message_zh
    assert f.setting is None


def test_check_takes_records_of_the_library_only() -> None:
    with pytest.raises(TypeError, match="record of left_behind"):
        check([child(birth_date=TEN)], on=ON)


# --- RuleSet and custom rules -------------------------------------------------

RULE_IDS = (
    "MPL-21-living-alone",
    "MPL-21-unattended",
    "MPL-22-must-entrust",
    "MPL-22-disqualified",
    "MPL-22-child-view",
    "MPL-23-notice",
    "MPL-23-weekly-contact",
    "GF16-report",
    "PIPL-31-consent",
    "CC-27-guardian-order",
)


def test_default_rules() -> None:
    rules = default_rules()
    assert rules.ids() == RULE_IDS
    assert len(rules) == len(RULE_IDS)
    assert [r.id for r in rules] == list(RULE_IDS)
    assert rules.get("GF16-report").severity is Severity.ERROR
    assert rules.get("MPL-23-notice").title("en").startswith("the school and the village")


def test_rule_set_without() -> None:
    rules = default_rules().without("MPL-22-child-view", "PIPL-31-consent")
    assert rules.ids() == tuple(
        i for i in RULE_IDS if i not in ("MPL-22-child-view", "PIPL-31-consent")
    )
    c = with_care(child(birth_date=TEN, consents=()), child_heard_on=None)
    assert {x[0] for x in found(c)} == {"MPL-22-child-view", "PIPL-31-consent"}
    assert found(c, rules=rules) == []
    assert found(c, rules=RuleSet(())) == []
    assert default_rules().ids() == RULE_IDS  # unchanged


def test_rule_set_unknown_and_duplicate_ids() -> None:
    with pytest.raises(KeyError, match="no rule 'MPL-99-nothing'; known: MPL-21-living-alone"):
        default_rules().without("MPL-99-nothing")
    with pytest.raises(KeyError, match="no rule 'nothing'"):
        default_rules().get("nothing")
    unattended = default_rules().get("MPL-21-unattended")
    with pytest.raises(ValueError, match="repeated: MPL-21-unattended"):
        default_rules().with_rules(unattended)
    with pytest.raises(ValueError, match="repeated: GF16-report, MPL-21-unattended"):
        RuleSet((unattended, default_rules().get("GF16-report")) * 2)


HOME_RULES = Source(
    law="HOME", title="示例家园制度", article="第3条", text="每名儿童登记兴趣爱好。"
)


@rule(
    id="HOME-interests",
    severity=Severity.INFO,
    source=HOME_RULES,
    title_zh="登记兴趣爱好",
    title_en="a child's interests are recorded",
)
def interests(child: Child, context: lb.rules.Context) -> Any:
    if not child.interests and context.age >= 6:
        yield Hit(
            path="$.interests",
            zh=f"{context.age} 周岁，未登记兴趣爱好。",
            en=f"is {context.age} and has no interests recorded.",
        )


def test_a_custom_rule_shows_up_in_check() -> None:
    rules = default_rules().with_rules(interests)
    assert rules.ids() == (*RULE_IDS, "HOME-interests")
    c = child(birth_date=TEN, consents=())
    report = check(c, on=ON, rules=rules)
    assert [(f.rule_id, f.severity.value, f.path) for f in report.findings] == [
        ("PIPL-31-consent", ERROR, "$.consents"),
        ("HOME-interests", "info", "$.interests"),
    ]
    f = report.findings[1]
    assert f.message_en == "Child T-001 (示***): is 10 and has no interests recorded."
    assert f.message_zh == "儿童 T-001（示***）：10 周岁，未登记兴趣爱好。"
    assert f.source == HOME_RULES and f.setting is None
    assert report.by_severity()[Severity.INFO] == 1
    assert found(attrs.evolve(c, interests={lb.Interest.CHESS}), rules=rules) == [CONSENT]
    assert found(child(birth_date=YOUNG), rules=rules) == []
    assert found(c, rules=RuleSet((interests,))) == [("HOME-interests", "info", "$.interests")]


def test_a_custom_rule_can_name_a_setting_and_its_findings_alone_do_not_fail_the_report() -> None:
    @rule(
        id="HOME-visit",
        severity=Severity.WARNING,
        source=HOME_RULES,
        title_zh="按政策探访",
        title_en="visits as the policy asks",
    )
    def visit(child: Child, context: lb.rules.Context) -> Any:
        yield Hit(path="$", zh="…", en="…", setting="visit_days_low")

    report = check(child(birth_date=TEN), on=ON, rules=RuleSet((visit,)))
    assert report.ok
    assert [(f.rule_id, f.setting) for f in report.findings] == [("HOME-visit", "visit_days_low")]


# --- Policy -------------------------------------------------------------------


def test_policy_from_json() -> None:
    text = '{"child_view_age": 10, "notice_days": 45, "risk": {"high_from": 6}}'
    policy = lb.from_json(text, Policy)
    assert policy == attrs.evolve(
        Policy(), child_view_age=10, notice_days=45, risk=RiskWeights(high_from=6)
    )
    assert lb.from_json("{}", Policy) == Policy()
    camel = lb.from_json('{"childViewAge": 10}', Policy, style="camel")
    assert camel.child_view_age == 10
    c = unheard(dt.date(2018, 3, 1))
    assert found(c, policy=policy) == []
    assert found(c) == [VIEW]
    assert lb.from_json(lb.to_json(policy), Policy) == policy


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        ('{"notice_days": -1}', [("$.notice_days", "range")]),
        ('{"volunteer_percent": 101}', [("$.volunteer_percent", "range")]),
        ('{"notice_days": "30"}', [("$.notice_days", "type")]),
        ('{"notice_days": true}', [("$.notice_days", "type")]),
        ('{"notice_days": 1.5}', [("$.notice_days", "type")]),
        ('{"child_view_age": null}', [("$.child_view_age", "type")]),
        ('{"notice_day": 30}', [("$.notice_day", "unknown_key")]),
        ('{"risk": {"error": -1}}', [("$.risk.error", "range")]),
        ('{"risk": {"medium_from": 6}}', [("$.risk.high_from", "range")]),
        ('{"risk": {"warning": "1"}}', [("$.risk.warning", "type")]),
        ("[30]", [("$", "type")]),
        ("{", [("$", "json")]),
    ],
)
def test_bad_policies_raise_invalid_data(text: str, problems: list[tuple[str, str]]) -> None:
    with pytest.raises(InvalidData) as caught:
        lb.from_json(text, Policy)
    assert [(p.path, p.code) for p in caught.value.problems] == problems


def test_bad_policy_lists_every_problem() -> None:
    with pytest.raises(InvalidData) as caught:
        lb.from_json('{"notice_days": "x", "contact_gap_days": false, "nope": 1}', Policy)
    assert sorted(p.path for p in caught.value.problems) == [
        "$.contact_gap_days",
        "$.nope",
        "$.notice_days",
    ]


def test_bad_policy_in_python_raises_invalid_data() -> None:
    with pytest.raises(InvalidData, match="contact_gap_days: must be from 1 to 3650 days, not -7"):
        attrs.evolve(Policy(), contact_gap_days=-7)


def test_every_setting_has_a_reason_and_its_default() -> None:
    policy = attrs.evolve(Policy(), notice_days=60)
    for s in policy.settings():
        assert s.reason.strip(), s.name
        assert s.value == getattr(policy, s.name)
        assert s.default == getattr(Policy(), s.name), s.name
    assert policy.setting("notice_days").default == 30
    assert policy.explain("notice_days").startswith("notice_days = 60: MPL art. 23")


# --- assess_risk --------------------------------------------------------------

SEVENTY = birthday_in(ON, -70)  # a carer born that day turns 70 on ON


@pytest.mark.parametrize(
    ("make", "on", "codes", "score", "level"),
    [
        (lambda: child(birth_date=TEN, father=HOME, mother=HOME), ON, [], 0, RiskLevel.LOW),
        (lambda: child(birth_date=TEN), ON, ["home_education_absent"], 1, RiskLevel.LOW),
        (
            lambda: with_care(child(birth_date=TEN), child_heard_on=None),
            ON,
            ["rule:MPL-22-child-view", "home_education_absent"],
            2,
            RiskLevel.LOW,
        ),
        (
            lambda: with_carer(child(birth_date=TEN, on=ON - days(1)), birth_date=SEVENTY),
            ON - days(1),
            ["home_education_absent"],
            1,
            RiskLevel.LOW,
        ),
        (
            lambda: with_carer(child(birth_date=TEN), birth_date=SEVENTY),
            ON,
            ["home_education_absent", "supervision_lacking"],
            3,
            RiskLevel.MEDIUM,
        ),
        (
            lambda: with_care(
                with_carer(child(birth_date=TEN), birth_date=SEVENTY),
                school_notified_on=None,
                village_notified_on=None,
            ),
            ON,
            ["rule:MPL-23-notice", "home_education_absent", "supervision_lacking"],
            4,
            RiskLevel.MEDIUM,
        ),
        (
            lambda: with_care(
                with_carer(child(birth_date=TEN, since=dt.date(2025, 9, 1)), birth_date=SEVENTY),
                child_heard_on=None,
            ),
            ON,
            [
                "rule:MPL-22-child-view",
                "home_education_absent",
                "affection_missing",
                "supervision_lacking",
            ],
            5,
            RiskLevel.HIGH,
        ),
        (
            lambda: child(birth_date=TEN, father=HOME, consents=()),
            ON,
            ["rule:PIPL-31-consent"],
            4,
            RiskLevel.MEDIUM,
        ),
        (
            lambda: child(birth_date=TEN, consents=()),
            ON,
            ["rule:PIPL-31-consent", "home_education_absent"],
            5,
            RiskLevel.HIGH,
        ),
        (
            lambda: child(
                birth_date=TEN,
                contacts=tuple(weekly(ParentRole.FATHER, SINCE, ON))
                + tuple(weekly(ParentRole.MOTHER, SINCE, ON, every=8)),
            ),
            ON,
            ["rule:MPL-23-weekly-contact", "home_education_absent", "communication_lacking"],
            3,
            RiskLevel.MEDIUM,
        ),
    ],
)
def test_risk_levels_at_the_thresholds(
    make: Any, on: dt.date, codes: list[str], score: int, level: RiskLevel
) -> None:
    risk = assess_risk(make(), on=on)
    assert [f.code for f in risk.factors] == codes
    assert risk.score == score == sum(f.points for f in risk.factors)
    assert risk.level is level
    assert risk.on == on and risk.child_id == "T-001"
    text = risk.explain("en")
    assert text.startswith(f"risk {level.label('en')} ({score}): ")
    for factor in risk.factors:
        assert factor.explain("en") in text
        assert factor.explain("zh") in risk.explain()
    if not codes:
        assert text == "risk low (0): —"


def test_risk_explanation_words() -> None:
    c = with_care(
        with_carer(child(birth_date=TEN, since=dt.date(2025, 9, 1)), birth_date=SEVENTY),
        child_heard_on=None,
    )
    assert assess_risk(c, on=ON).explain("en") == (
        "risk high (5): rule MPL-22-child-view broken (warning) (+1);"
        " home education absent: no parent lives at home (+1);"
        " affection missing: no visit home from an absent parent in 365 days (+1);"
        " too little supervision: the carer is 70, 70 or over (+2)"
    )
    assert assess_risk(c, on=ON).explain().startswith("风险高（5 分）：违反规则 MPL-22-child-view")


def test_a_visit_home_answers_affection_missing() -> None:
    c = child(birth_date=TEN, since=dt.date(2025, 9, 1))
    assert [f.code for f in assess_risk(c, on=ON).factors] == [
        "home_education_absent",
        "affection_missing",
    ]
    visit = ContactEvent(
        on=dt.date(2026, 2, 17),
        parent=ParentRole.MOTHER,
        party=ContactParty.BOTH,
        mode=ContactMode.VISIT,
    )
    c = attrs.evolve(c, contacts=(*c.contacts, visit))
    assert [f.code for f in assess_risk(c, on=ON).factors] == ["home_education_absent"]


def test_a_rule_counts_once_however_many_findings() -> None:
    c = with_care(child(birth_date=TEN), school_notified_on=None, village_notified_on=None)
    assert len(check(c, on=ON).findings) == 2
    assert assess_risk(c, on=ON).score == 2


@pytest.mark.parametrize(
    ("condition", "words"),
    [
        ({"lacks_capacity": True}, "the carer lacks full capacity"),
        ({"birth_date": dt.date(2009, 3, 1)}, "the carer lacks full capacity"),
        ({"health": {HealthCondition.SERIOUS_ILLNESS}}, "the carer has serious illness"),
    ],
)
def test_supervision_lacking(condition: dict[str, Any], words: str) -> None:
    risk = assess_risk(with_carer(child(birth_date=TEN), **condition), on=ON)
    assert risk.factors[-1].code == "supervision_lacking"
    assert risk.factors[-1].points == 2
    assert f"too little supervision: {words} (+2)" in risk.explain("en")


def test_risk_weights_from_the_policy() -> None:
    c = with_care(child(birth_date=TEN), child_heard_on=None)
    assert assess_risk(c, on=ON).level is RiskLevel.LOW
    weights = RiskWeights(warning=3, medium_from=2, high_from=4)
    risk = assess_risk(c, on=ON, policy=attrs.evolve(Policy(), risk=weights))
    assert (risk.score, risk.level) == (4, RiskLevel.HIGH)
    risk = assess_risk(
        c, on=ON, policy=attrs.evolve(Policy(), risk=RiskWeights(medium_from=1, high_from=2))
    )
    assert risk.level is RiskLevel.HIGH
    switched_off = default_rules().without("MPL-22-child-view")
    assert assess_risk(c, on=ON, rules=switched_off).score == 1


def test_elderly_carer_age_setting() -> None:
    c = with_carer(child(birth_date=TEN), birth_date=CARER_BIRTH)  # 62
    assert assess_risk(c, on=ON).score == 1
    policy = attrs.evolve(Policy(), elderly_carer_age=60)
    risk = assess_risk(c, on=ON, policy=policy)
    assert "the carer is 62, 60 or over (+2)" in risk.explain("en")
