"""Which children and which facts the rules look at.

The rules protect minors, on the date of the check, with the facts known on
that date; a child with a parent at home is not alone because the register
has no care arrangement for it; a policy can only hold settings that make
sense; a report or a risk read back from a file must agree with itself.
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

import attrs
import pytest

import left_behind as lb
from left_behind import InvalidData, LegalGuardian, MisconductRecord, Policy, check
from left_behind.model import ApprovalBody, GuardianKind, Misconduct, Situation
from left_behind.rules import RiskLevel, visit_days
from left_behind.testing.rules import ON, SINCE, child, days

TEN = dt.date(2016, 5, 1)  # 10 on ON
HOME, AWAY = Situation.AT_HOME, Situation.WORKING_AWAY


def ids(c: lb.Child, on: dt.date = ON, **kw: Any) -> list[tuple[str, str]]:
    return [(f.rule_id, f.path) for f in check(c, on=on, **kw).findings]


def with_care(c: lb.Child, **changes: Any) -> lb.Child:
    return attrs.evolve(c, care=[*c.care[:-1], attrs.evolve(c.care[-1], **changes)])


# --- who is alone ------------------------------------------------------------


@pytest.mark.parametrize(
    ("father", "mother"), [(HOME, HOME), (HOME, AWAY), (AWAY, HOME), (None, HOME)]
)
@pytest.mark.parametrize("birth", [TEN, dt.date(2021, 3, 15)], ids=["aged 10", "aged 5"])
def test_no_care_record_with_a_parent_at_home_is_not_alone(
    father: Situation | None, mother: Situation, birth: dt.date
) -> None:
    c = attrs.evolve(child(birth_date=birth, father=father, mother=mother), care=())
    assert ids(c) == []


def test_no_care_record_and_no_family_on_record_says_nothing() -> None:
    c = attrs.evolve(child(birth_date=TEN, father=None, mother=None), care=())
    # (with no parent on record, nobody consented either: that is another rule)
    assert [r for r, _ in ids(c) if r.startswith("MPL-21")] == []


def test_no_care_record_while_both_parents_are_away_is_alone() -> None:
    c = attrs.evolve(child(birth_date=TEN), care=())
    assert ("MPL-21-living-alone", "$.care") in ids(c)


def test_a_parent_not_recorded_counts_as_not_at_home() -> None:
    # the father is unknown to the register and the mother works away: she must entrust
    c = child(birth_date=TEN, father=None)
    assert ids(c) == []  # the compliant child has a carer
    parents_only = attrs.evolve(
        c, care=(lb.CareArrangement(guardianship=lb.model.GuardianshipType.MOTHER_ONLY, since=TEN),)
    )
    assert ("MPL-22-must-entrust", "$.care[0].guardianship") in ids(parents_only)
    assert lb.classify(c, on=ON).status is lb.model.ChildStatus.LEFT_BEHIND


# --- which children ----------------------------------------------------------


def test_the_rules_stop_the_day_after_the_18th_birthday() -> None:
    birth = dt.date(2008, 9, 1)  # the 18th birthday is ON: 18 from the day after
    broken = with_care(child(birth_date=birth, on=ON - days(1)), school_notified_on=None)
    assert ids(broken, ON - days(1))  # 17: still checked
    assert ids(broken, ON)  # the birthday: still 17
    assert ids(broken, ON + days(1)) == []


def test_a_child_not_yet_born_has_no_findings_and_no_status() -> None:
    c = attrs.evolve(child(birth_date=TEN), care=(), consents=())
    before = TEN - days(1)
    assert ids(c, before) == []
    assert ids(c, TEN)  # born: now it counts
    with pytest.raises(ValueError, match="born on 2016-05-01, after 2016-04-30"):
        lb.classify(c, on=before)
    with pytest.raises(ValueError, match="after"):
        lb.assess_risk(c, on=before)


# --- which facts -------------------------------------------------------------


def test_a_hearing_after_the_check_date_does_not_count_yet() -> None:
    c = with_care(child(birth_date=TEN), child_heard_on=ON)
    assert ids(c, ON) == []
    assert ids(c, ON - days(1)) == [("MPL-22-child-view", "$.care[1].child_heard_on")]


def test_an_approval_after_the_check_date_does_not_count_yet() -> None:
    neighbour = LegalGuardian(
        kind=GuardianKind.OTHER_PERSON,
        name="示例邻居",
        since=SINCE,
        approved_by=ApprovalBody.VILLAGE_COMMITTEE,
        approved_on=SINCE + days(10),
    )
    orphan = child(birth_date=TEN, father=Situation.DECEASED, mother=Situation.DECEASED)
    c = attrs.evolve(orphan, guardian=neighbour)
    path = ("CC-27-guardian-order", "$.guardian.approved_by")
    assert path not in ids(c, SINCE + days(10))
    assert path in ids(c, SINCE + days(9))


def test_a_misconduct_recorded_after_the_check_date_does_not_count_yet() -> None:
    c = child(birth_date=TEN)
    record = MisconductRecord(misconduct=Misconduct.GAMBLING, recorded_on=ON)
    c = with_care(c, carer=attrs.evolve(c.care[-1].carer, records=(record,)))
    assert ("MPL-22-disqualified", "$.care[1].carer.records[0]") in ids(c, ON)
    assert ids(c, ON - days(1)) == []


# --- what a policy can hold --------------------------------------------------


# the bounds each setting declares beside its default
_RANGES = {s.name: (s.bounds.minimum, s.bounds.maximum) for s in Policy().settings() if s.bounds}


def test_every_whole_number_setting_has_bounds() -> None:
    hints = typing.get_type_hints(Policy)
    numbers = {a.name for a in attrs.fields(Policy) if hints[a.name] in (int, int | None)}
    assert numbers == set(_RANGES)


@pytest.mark.parametrize("name", sorted(_RANGES))
def test_settings_out_of_bounds_are_refused(name: str) -> None:
    low, high = _RANGES[name]
    assert low is not None and high is not None
    for bad in (low - 1, high + 1, 10**12):
        with pytest.raises(InvalidData) as err:
            lb.from_dict({name: bad}, Policy)
        assert [(p.path, p.code) for p in err.value.problems] == [(f"$.{name}", "range")]
    for good in (low, high):
        policy = lb.from_dict({name: good}, Policy)
        check(lb.samples.shicun(), on=ON, policy=policy)  # runs to the end, whatever the bound


def test_visit_days_follow_the_policy() -> None:
    policy = attrs.evolve(Policy(), visit_days_high=3)
    assert visit_days(RiskLevel.HIGH, policy) == 3
    assert visit_days(RiskLevel.MEDIUM) == Policy().visit_days_medium


# --- documents read back ---------------------------------------------------------


def test_a_report_read_back_keeps_its_order() -> None:
    report = check(lb.samples.shicun(), on=ON)
    data = lb.to_dict(report)
    assert lb.from_dict(data, lb.Report) == report
    data["findings"].reverse()
    with pytest.raises(InvalidData) as err:
        lb.from_dict(data, lb.Report)
    assert [p.code for p in err.value.problems] == ["order"]


def test_a_risk_read_back_must_add_up() -> None:
    register = lb.samples.shicun()
    risk = lb.assess_risk(register.child("SC-018"), on=ON)
    data = lb.to_dict(risk)
    assert lb.from_dict(data, lb.Risk) == risk
    data["score"] += 1
    with pytest.raises(InvalidData) as err:
        lb.from_dict(data, lb.Risk)
    assert [(p.path, p.code) for p in err.value.problems] == [("$.score", "inconsistent")]


def test_risk_sees_a_parent_at_home_as_supervision() -> None:
    # the risk's "too little supervision" uses the same test of "alone" as MPL-21
    at_home = attrs.evolve(child(birth_date=TEN, father=HOME, mother=HOME), care=())
    assert [f.code for f in lb.assess_risk(at_home, on=ON).factors] == []
    away = attrs.evolve(child(birth_date=TEN), care=())
    codes = [f.code for f in lb.assess_risk(away, on=ON).factors]
    assert "supervision_lacking" in codes
