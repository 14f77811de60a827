"""Every enumeration: values pinned, a Chinese and an English label for each member, and the
loaders' answer to a value that is none of them.

The tests read the library's own promises about its enumerations (what
``LabelledEnum`` and the loaders do), not Python's ``enum`` lookups: each is a
table over every enumeration, not a case per member.
"""

from __future__ import annotations

import importlib
import json
import re
import typing

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.kinds import LabelledEnum

ENUMS = lt.ENUM_TYPES
CJK = re.compile(r"[\u4e00-\u9fff]")
VALUE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")

# The values as the files written so far carry them, in declaration order. A value
# written to a file must read back in every later release: renaming or dropping one
# breaks the files already kept, so a change here is a change of the file format.
PINNED: dict[str, str] = {
    "ApprovalBody": "village_committee residents_committee civil_affairs court",
    "Background": (
        "retired_cadre veteran retired_expert retired_teacher model_worker university_student "
        "village_official civil_servant teacher counsellor police_officer judicial_staff "
        "woman_entrepreneur caring_mother pupil"
    ),
    "CareAssessment": "good fair poor",
    "ChangeReason": (
        "parent_migration parent_return abuse_or_exploitation carer_death education "
        "carer_ill_health poverty relationship_breakdown other"
    ),
    "CheckResult": "clear record_found",
    "ChildStatus": "left_behind de_facto_unsupported migrant neither",
    "CivilCapacity": "none limited full",
    "CloseReason": (
        "no_longer_needed child_moved mentor_left child_turned_16 on_request safety_concern "
        "term_completed"
    ),
    "ConsentGiver": "father mother guardian",
    "ContactMode": "call video visit",
    "ContactParty": "child carer both",
    "DayKind": "school_day workday weekend public_holiday makeup_workday vacation closed",
    "DisqualifyingGround": "criminal_conduct vice neglect other",
    "During": "spring_festival qingming national_day winter_vacation summer_vacation",
    "Equipment": "computers books privacy projector sports art music",
    "GrowthArea": "study health feelings behaviour family_contact achievement",
    "Gap": "home_education_absent affection_missing communication_lacking supervision_lacking",
    "GuardianKind": "grandparent elder_sibling other_person organization",
    "GuardianshipType": (
        "both_parents father_only mother_only paternal_grandparents maternal_grandparents "
        "elder_sibling other_relatives unrelated_carer institution nobody"
    ),
    "HealthCondition": (
        "serious_infectious_disease serious_illness severe_disability mental_disorder"
    ),
    "Hukou": "rural urban",
    "IfClosed": "drop move",
    "Interest": (
        "calligraphy_painting reading dance music table_tennis hula_hoop rope_skipping ball_games "
        "chess singing crafts computers"
    ),
    "LawfulBasis": "consent statutory_duty",
    "LivingArrangement": "with_carer boarding_school alone with_minor_siblings",
    "MeetingKind": "home_visit at_home call activity",
    "MentorRole": "teacher caring_mother proxy_parent peer_buddy five_elders_tutor",
    "Met": "child child_alone carer parent_home guardian teacher",
    "Misconduct": (
        "sexual_abuse abuse abandonment trafficking violence drug_use heavy_drinking gambling "
        "neglect_of_care other_unsuitable"
    ),
    "PairingStage": "proposed approved active closed",
    "ParentRole": "father mother",
    "PartnerKind": "womens_post kindergarten school",
    "PlanNoteReason": "no_occurrence no_vacation_occurrence",
    "PreferenceBy": "child family mentor",
    "ProgrammeKind": "interest_group featured event safety_lecture family_lecture",
    "Purpose": "registration sharing photos referral",
    "Qualification": "teacher counsellor social_worker lawyer first_aid",
    "ReasonCode": "age parent_situation parent_not_recorded away_from_hukou",
    "Relation": (
        "paternal_grandparent maternal_grandparent elder_sibling uncle_aunt other_relative "
        "unrelated_adult"
    ),
    "ReportKind": "living_alone missing guardian_unable guardian_failing suspected_harm",
    "SchoolStage": (
        "not_in_kindergarten kindergarten primary_1 primary_2 primary_3 primary_4 primary_5 "
        "primary_6 junior_1 junior_2 junior_3 senior_1 senior_2 senior_3 vocational out_of_school"
    ),
    "SchoolSubject": "chinese maths english science morals_law arts music physical",
    "SessionFate": "dropped moved",
    "SessionReason": (
        "public_holiday closed makeup_workday not_open outside_hours no_notice no_terms "
        "terms_not_recorded no_day"
    ),
    "Sex": "male female",
    "Situation": (
        "at_home working_away deceased missing incapacitated imprisoned compulsory_rehab "
        "out_of_contact liberty_restricted guardianship_revoked deported"
    ),
    "Skill": (
        "tutoring counselling arts sports reading computers safety_education family_education "
        "daily_life first_aid"
    ),
    "SpecialNeed": "disability chronic_illness special_care psychological",
    "StaffRole": "director social_worker assistant children_director supervisor",
    "TaskReason": "finding visit report by_hand",
    "TaskStatus": "open done cancelled",
    "TeamKind": "five_elders youth proxy_mothers family_education caring_mothers",
    "VisitKind": "at_home at_school by_phone by_video",
    "Weekday": "monday tuesday wednesday thursday friday saturday sunday",
    "WriterRole": "teacher mentor children_director counsellor",
}


def test_the_enumerations_are_all_found() -> None:
    # every enumeration used by a record field is among them, and the package exports each
    used: set[type] = set()
    for cls in lt.RECORD_TYPES:
        for hint in typing.get_type_hints(cls).values():
            for tp in (hint, *typing.get_args(hint)):
                if isinstance(tp, type) and issubclass(tp, lb.kinds.LabelledEnum):
                    used.add(tp)
    assert used <= set(ENUMS)
    assert len(used) >= 20
    for e in ENUMS:
        # each is offered by the package that declares it (lb.model, lb.calendar ...)
        package = importlib.import_module(e.__module__.rsplit(".", 1)[0])
        assert getattr(package, e.__name__) is e, e
        assert e.__name__ in package.__all__


def test_the_values_are_the_pinned_ones() -> None:
    """No value pinned here is renamed, dropped or moved (files keep them); a new value or a
    new enumeration may be pinned when it has been released."""
    found = {e.__name__: e.values() for e in ENUMS}
    for name, values in PINNED.items():
        assert name in found, name
        pinned = tuple(values.split())
        assert found[name][: len(pinned)] == pinned, name


def _declaration_faults(cls: type[LabelledEnum]) -> list[str]:
    """What is wrong with how ``cls`` declares its members, as ``Enum.MEMBER: fault``."""
    faults: list[str] = []
    members = list(cls)
    if not members:
        faults.append(f"{cls.__name__}: no member")
    if not (cls.__doc__ and cls.__doc__.strip()):
        faults.append(f"{cls.__name__}: no docstring")
    # two members with one value are refused where declared (test_a_value_declared_twice...)
    for m in members:
        where = f"{cls.__name__}.{m.name}"
        zh, en = m.label(), m.label("en")
        if not (isinstance(m.value, str) and VALUE.fullmatch(m.value)):
            faults.append(f"{where}: value {m.value!r} is not a lowercase word")
        if m.label("zh") != zh:
            faults.append(f"{where}: Chinese is not the default label")
        if not (zh.strip() == zh and CJK.search(zh)):
            faults.append(f"{where}: Chinese label {zh!r}")
        if not (en.strip() == en and en.isascii() and re.search(r"[a-z]", en)):
            faults.append(f"{where}: English label {en!r}")
    # a person choosing from a list tells every member apart, in either language
    for lang in ("zh", "en"):
        labels = [m.label(lang) for m in members]  # type: ignore[arg-type]
        repeated = sorted({x for x in labels if labels.count(x) > 1})
        if repeated:
            faults.append(f"{cls.__name__}: {lang} labels {repeated} name two members")
    return faults


def test_every_member_declares_a_value_and_two_labels() -> None:
    assert [fault for cls in ENUMS for fault in _declaration_faults(cls)] == []


def test_the_declaration_check_finds_each_fault() -> None:
    """The table above can fail: an enumeration with every fault has every fault found."""

    class Faulty(LabelledEnum):
        RED = "Red", "红色", "red"
        CRIMSON = "crimson", "红色", "红 crimson"
        BLUE = "blue", "blue", " blue"

    assert _declaration_faults(Faulty) == [
        "Faulty: no docstring",
        "Faulty.RED: value 'Red' is not a lowercase word",
        "Faulty.CRIMSON: English label '红 crimson'",
        "Faulty.BLUE: Chinese label 'blue'",
        "Faulty.BLUE: English label ' blue'",
        "Faulty: zh labels ['红色'] name two members",
    ]


@pytest.mark.parametrize(
    "declared",
    ["red", ("red",), ("red", "红色"), ("red", "", "red"), ("red", "红色", ""), (1, "红色", "red")],
    ids=repr,
)
def test_a_member_without_its_value_and_both_labels_is_refused(declared: object) -> None:
    with pytest.raises(TypeError, match="its value, its Chinese label and its English label"):

        class Colour(LabelledEnum):  # declaring it is the test
            RED = declared


def test_a_value_declared_twice_is_refused() -> None:
    # Enum would quietly make the second member an alias of the first
    with pytest.raises(TypeError, match="the value 'red' is declared twice"):

        class Colour(LabelledEnum):  # declaring it is the test
            RED = "red", "红色", "red"
            CRIMSON = "red", "深红", "crimson"


def test_the_loaders_read_and_write_every_value() -> None:
    misread = [
        (m, how)
        for cls in ENUMS
        for m in cls
        for how, read in (
            ("from_dict", lb.from_dict(m.value, cls)),
            ("from_json", lb.from_json(json.dumps(m.value), cls)),
        )
        if read is not m or lb.to_dict(m) != m.value
    ]
    assert misread == []


def _refusal(text: str, cls: type[LabelledEnum]) -> lb.Problem:
    """The one problem both loaders give for ``text`` read as a ``cls``."""
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(text, cls)
    with pytest.raises(lb.InvalidData) as by_json:
        lb.from_json(json.dumps(text), cls)
    assert list(by_json.value.problems) == list(info.value.problems)
    [problem] = info.value.problems
    assert (problem.path, problem.code) == ("$", "choice")
    return problem


@given(cls=st.sampled_from(ENUMS), text=st.text(max_size=30))
def test_an_unknown_value_is_refused_with_the_values_allowed(
    cls: type[LabelledEnum], text: str
) -> None:
    labels = {m.label(lang) for m in cls for lang in ("zh", "en")}  # type: ignore[arg-type]
    assume(text.strip().lower() not in cls.values() and text not in labels)
    problem = _refusal(text, cls)
    for value in cls.values():
        assert repr(value) in problem.message_en, value
        assert repr(value) in problem.message_zh, value


@given(data=st.data())
def test_a_label_or_a_miswritten_value_is_refused_with_the_value_meant(
    data: st.DataObject,
) -> None:
    member = data.draw(st.sampled_from([m for cls in ENUMS for m in cls]))
    cls = type(member)
    written = st.sampled_from([member.value, member.value.upper(), member.value.title()])
    padded = st.tuples(st.sampled_from(["", " ", "\t"]), written, st.sampled_from(["", " ", "\n"]))
    text = data.draw(st.sampled_from([member.label(), member.label("en")]) | padded.map("".join))
    # a label of one member that is another's value is read as that value
    assume(text not in cls.values())
    problem = _refusal(text, cls)
    assert f"write {member.value!r}" in problem.message_en or (
        f"its value {member.value!r}" in problem.message_en
    )
    assert repr(member.value) in problem.message_zh


@given(data=st.data())
def test_registered_strategies_give_members(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(ENUMS))
    member = data.draw(st.from_type(cls))
    assert type(member) is cls


def test_domain_words_by_example() -> None:
    """A few labels the users write, from DOMAIN.md."""
    assert lb.model.ChildStatus.LEFT_BEHIND.label() == "留守儿童"
    assert lb.model.ChildStatus.DE_FACTO_UNSUPPORTED.label() == "事实无人抚养儿童"
    assert lb.model.GuardianshipType.PATERNAL_GRANDPARENTS.label() == "祖父母"
    assert lb.model.GuardianshipType.MATERNAL_GRANDPARENTS.label() == "外祖父母"
    assert lb.model.CivilCapacity.NONE.label() == "无民事行为能力"
    assert lb.model.CivilCapacity.LIMITED.label() == "限制民事行为能力"
    assert lb.model.CivilCapacity.FULL.label() == "完全民事行为能力"
