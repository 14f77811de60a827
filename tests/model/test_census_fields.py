"""The census form's facts on the child's file (民发〔2016〕42号): declared once, optional,
checked against each other, private where they identify, and read by the summary."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest

import left_behind as lb
from left_behind import InvalidData
from left_behind.kinds import BIRTH, PRIVATE, ProblemCode
from left_behind.model import (
    COMPULSORY_SCHOOL_AGE,
    COMPULSORY_YEARS,
    NOT_IN_SCHOOL_FROM,
    Assistance,
    CensusSchooling,
    DisabilityCategory,
    DisabilityGrade,
    Ethnicity,
    Grandparent,
    Health,
    IncomeSource,
    LivingArrangement,
    SchoolStage,
    census_schooling,
)

KEY = b"census-test-key-0123456789abcdef"
CHILD = lb.samples.family(age=9, child_id="c-1")
GRANDS = (
    "paternal_grandfather",
    "paternal_grandmother",
    "maternal_grandfather",
    "maternal_grandmother",
)


def child(**changes: Any) -> lb.Child:
    return attrs.evolve(CHILD, **changes)


def problems(**changes: Any) -> list[tuple[str, str]]:
    with pytest.raises(InvalidData) as caught:
        child(**changes)
    return [(p.path, p.code) for p in caught.value.problems]


# --- ethnicity: GB/T 3304-1991 ---------------------------------------------------------


def test_ethnicity_holds_the_56_groups_and_the_standards_two_others() -> None:
    codes = [e.code for e in Ethnicity]
    assert codes == [f"{n:02d}" for n in range(1, 57)] + ["97", "98"]
    letters = [e.letters for e in Ethnicity if e.letters is not None]
    assert len(letters) == len(set(letters)) == 56
    assert all(e.label().endswith("族") for e in list(Ethnicity)[:56])
    assert (Ethnicity.OTHER.label(), Ethnicity.FOREIGN_ORIGIN.label()) == (
        "其他",
        "外国血统中国籍人士",
    )


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("01", Ethnicity.HAN),
        ("1", Ethnicity.HAN),  # a spreadsheet drops the leading zero
        ("HA", Ethnicity.HAN),
        ("ha", Ethnicity.HAN),
        ("15", Ethnicity.TUJIA),
        ("56", Ethnicity.JINO),
        ("97", Ethnicity.OTHER),
        ("98", Ethnicity.FOREIGN_ORIGIN),
    ],
)
def test_a_code_names_its_group(code: str, group: Ethnicity) -> None:
    assert Ethnicity.from_code(code) is group


@pytest.mark.parametrize("code", ["00", "57", "99", "XX", ""])
def test_a_code_the_standard_lacks_names_none(code: str) -> None:
    with pytest.raises(KeyError):
        Ethnicity.from_code(code)


# --- every census field is optional: older files load unchanged ---------------------------


CENSUS_FIELDS = (
    "ethnicity",
    "hukou_registered",
    "hukou_place",
    "boarding",
    "health",
    "disability",
    "disability_grade",
    "illness",
    *GRANDS,
    "income_sources",
    "assistance",
)


def test_a_file_without_the_census_fields_loads_as_before() -> None:
    data = lb.to_dict(CHILD)
    for name in CENSUS_FIELDS:
        data.pop(name, None)
    loaded = lb.from_json(json.dumps(data), lb.Child)
    assert loaded == CHILD
    assert loaded.health is None and loaded.income_sources == frozenset()


def test_the_census_fields_are_declared_with_words_and_privacy() -> None:
    fields = attrs.fields_dict(lb.Child)
    for name in CENSUS_FIELDS:
        assert fields[name].default is not attrs.NOTHING, name
        assert fields[name].metadata[lb.kinds.WORDS].zh, name
    private = {n for n in CENSUS_FIELDS if fields[n].metadata.get(PRIVATE)}
    assert private == {"hukou_place", "illness"}
    g = attrs.fields_dict(Grandparent)
    assert g["name"].metadata.get(PRIVATE) and g["birth_date"].metadata.get(BIRTH)


def test_a_full_census_child_round_trips_in_both_styles() -> None:
    full = lb.samples.shicun().children[0]
    assert full.health is not None and full.paternal_grandfather is not None
    for style in ("snake", "camel"):
        assert lb.from_json(lb.to_json(full, style=style), lb.Child, style=style) == full


def test_sources_of_income_and_assistance_are_several_never_twice() -> None:
    data = lb.to_dict(
        child(
            income_sources={IncomeSource.WAGES, IncomeSource.FARMING},
            assistance={Assistance.SUBSISTENCE_ALLOWANCE, Assistance.MEDICAL},
        )
    )
    assert lb.from_dict(data, lb.Child).income_sources == {IncomeSource.WAGES, IncomeSource.FARMING}
    data["income_sources"] = ["wages", "wages"]
    data["assistance"] = ["medical", "medical"]
    with pytest.raises(InvalidData) as caught:
        lb.from_dict(data, lb.Child)
    assert {(p.path, p.code) for p in caught.value.problems} == {
        ("$.income_sources", ProblemCode.DUPLICATE),
        ("$.assistance", ProblemCode.DUPLICATE),
    }


# --- the cross-field checks: a row of the form that contradicts itself ----------------------


@pytest.mark.parametrize(
    ("changes", "found"),
    [
        # health: a disability's category and grade need 残疾, an illness 患病
        ({"disability_grade": DisabilityGrade.GRADE_2}, [("$.disability_grade", "inconsistent")]),
        (
            {"health": Health.HEALTHY, "disability": DisabilityCategory.HEARING},
            [("$.disability", "inconsistent")],
        ),
        ({"health": Health.DISABLED, "illness": "白血病"}, [("$.illness", "inconsistent")]),
        ({"health": Health.ILL, "illness": "  "}, [("$.illness", "empty")]),
        # hukou: no identity number nor hukou place for a household not registered
        (
            {
                "hukou_registered": False,
                "id_number": lb.samples.synthetic.id_number_of(CHILD.birth_date, CHILD.sex, 1),
                "hukou_place": "示例县",
            },
            [("$.id_number", "inconsistent"), ("$.hukou_place", "inconsistent")],
        ),
        # boarding: only in school, and a child at a boarding school boards
        (
            {"boarding": True, "stage": SchoolStage.DROPPED_OUT},
            [("$.boarding", "inconsistent")],
        ),
        (
            {"boarding": False, "living": LivingArrangement.BOARDING_SCHOOL},
            [("$.boarding", "inconsistent")],
        ),
        # a grandparent is born before the child (the day of the child's birth is too late)
        (
            {"maternal_grandmother": Grandparent(birth_date=CHILD.birth_date)},
            [("$.maternal_grandmother.birth_date", "order")],
        ),
    ],
)
def test_a_form_that_contradicts_itself_is_invalid(
    changes: dict[str, Any], found: list[tuple[str, str]]
) -> None:
    assert [(path, str(code)) for path, code in problems(**changes)] == found


@pytest.mark.parametrize(
    "changes",
    [
        {"health": Health.DISABLED},  # the category and grade not known yet
        {
            "health": Health.DISABLED,
            "disability": DisabilityCategory.PHYSICAL,
            "disability_grade": DisabilityGrade.GRADE_1,
        },
        {"health": Health.ILL, "illness": "先天性心脏病"},
        {"hukou_registered": False},
        {"hukou_registered": True, "hukou_place": "示例县示例镇"},
        {"boarding": True, "stage": SchoolStage.JUNIOR_1},
        {"boarding": False, "stage": SchoolStage.NOT_IN_SCHOOL},
        {"maternal_grandmother": Grandparent(birth_date=CHILD.birth_date - dt.timedelta(days=1))},
        {"paternal_grandfather": Grandparent(deceased=True)},  # the form's "—"
    ],
)
def test_a_consistent_form_is_accepted(changes: dict[str, Any]) -> None:
    assert child(**changes)


# --- schooling: 辍学 and 不在学 -------------------------------------------------------------


def test_the_age_of_the_form_follows_the_compulsory_education_law() -> None:
    # nine years from six: finished at fifteen, at fourteen for a child six just in time
    assert (COMPULSORY_SCHOOL_AGE, COMPULSORY_YEARS, NOT_IN_SCHOOL_FROM) == (6, 9, 14)
    assert COMPULSORY_SCHOOL_AGE + COMPULSORY_YEARS - 1 == NOT_IN_SCHOOL_FROM


@pytest.mark.parametrize(
    ("stage", "age", "box"),
    [
        # the older value that did not tell them apart, read by age
        (SchoolStage.OUT_OF_SCHOOL, 6, CensusSchooling.DROPPED_OUT),
        (SchoolStage.OUT_OF_SCHOOL, 13, CensusSchooling.DROPPED_OUT),  # the year before 14
        (SchoolStage.OUT_OF_SCHOOL, 14, CensusSchooling.NOT_IN_SCHOOL),  # from 14
        (SchoolStage.OUT_OF_SCHOOL, 15, CensusSchooling.NOT_IN_SCHOOL),
        # the explicit values, whatever the age
        (SchoolStage.DROPPED_OUT, 15, CensusSchooling.DROPPED_OUT),
        (SchoolStage.NOT_IN_SCHOOL, 15, CensusSchooling.NOT_IN_SCHOOL),
        (SchoolStage.PRIMARY_1, 6, CensusSchooling.PRIMARY),
        (SchoolStage.JUNIOR_3, 15, CensusSchooling.JUNIOR),
        (SchoolStage.SENIOR_1, 15, CensusSchooling.SENIOR),
        (SchoolStage.VOCATIONAL, 15, CensusSchooling.VOCATIONAL),
        (SchoolStage.KINDERGARTEN, 4, CensusSchooling.KINDERGARTEN),
        (SchoolStage.NOT_IN_KINDERGARTEN, 2, CensusSchooling.NOT_IN_KINDERGARTEN),
    ],
)
def test_each_stage_has_its_box_on_the_form(
    stage: SchoolStage, age: int, box: CensusSchooling
) -> None:
    assert census_schooling(stage, age) is box


def test_every_stage_has_a_box_at_every_age() -> None:
    for stage in SchoolStage:
        for age in range(18):
            assert isinstance(census_schooling(stage, age), CensusSchooling)


def test_out_of_school_values_are_not_in_school() -> None:
    out = {s for s in SchoolStage if not s.in_school}
    assert out == {
        SchoolStage.NOT_IN_KINDERGARTEN,
        SchoolStage.OUT_OF_SCHOOL,
        SchoolStage.DROPPED_OUT,
        SchoolStage.NOT_IN_SCHOOL,
    }


# --- privacy: what identifies leaves a redacted copy ----------------------------------------


def test_a_redacted_copy_keeps_no_name_place_or_illness_of_the_census() -> None:
    full = child(
        health=Health.ILL,
        illness="先天性心脏病",
        hukou_registered=True,
        hukou_place="示例县示例镇示例村",
        ethnicity=Ethnicity.TUJIA,
        income_sources={IncomeSource.FARMING},
        **{
            name: Grandparent(name=f"王{n}山", birth_date=dt.date(1958, 5, 17 + n))
            for n, name in enumerate(GRANDS)
        },
    )
    copy = lb.redact(full, key=KEY)
    text = lb.to_json(copy)
    for secret in ("先天性心脏病", "示例县示例镇示例村", "王0山", "王1山", "王2山", "王3山"):
        assert secret not in text
        assert secret not in repr(full)
    assert (copy.ethnicity, copy.health, copy.income_sources) == (
        Ethnicity.TUJIA,
        Health.ILL,
        {IncomeSource.FARMING},
    )
    assert copy.paternal_grandfather is not None
    assert copy.paternal_grandfather.birth_date == dt.date(1958, 5, 1)
    assert lb.redact(full, key=KEY, birth="year").maternal_grandmother.birth_date == dt.date(
        1958, 1, 1
    )
