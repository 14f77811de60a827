"""The home visit record: what it refuses, what it hides, and the home that keeps it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import left_behind as lb
from left_behind import InvalidData
from left_behind.kinds import ProblemCode
from left_behind.model import CareAssessment, Gap, HomeVisit, Met, VisitKind
from left_behind.testing import records
from left_behind.testing.support import ON, home, kid, staff_member

DAY = dt.timedelta(days=1)


def visit(**changes: Any) -> HomeVisit:
    fields: dict[str, Any] = {
        "id": "hv-1",
        "child": "c-1",
        "on": ON,
        "visitor": "s-1",
        "kind": VisitKind.AT_HOME,
        "met": {Met.CHILD, Met.CARER},
        "care": CareAssessment.FAIR,
    }
    return HomeVisit(**{**fields, **changes})


def problems(**changes: Any) -> list[tuple[str, Any]]:
    with pytest.raises(InvalidData) as caught:
        visit(**changes)
    return [(p.path, p.code) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("next_on", "refused"),
    [(ON - DAY, True), (ON, False), (ON + DAY, False), (None, False)],  # before, of, after
)
def test_the_next_visit_is_not_before_this_one(next_on: dt.date | None, refused: bool) -> None:
    if refused:
        assert problems(next_on=next_on) == [("$.next_on", ProblemCode.ORDER)]
    else:
        assert visit(next_on=next_on).next_on == next_on


def test_a_visit_meets_someone_and_the_child_alone_means_nobody_else() -> None:
    assert [path for path, _ in problems(met=set())] == ["$.met"]
    assert problems(met={Met.CHILD_ALONE, Met.CARER}) == [("$.met", ProblemCode.INCONSISTENT)]
    assert visit(met={Met.CHILD_ALONE, Met.CHILD}).met == {Met.CHILD_ALONE, Met.CHILD}


def test_blank_ids_are_refused() -> None:
    found = problems(id=" ", child="", visitor="")
    assert sorted(path for path, _ in found) == ["$.child", "$.id", "$.visitor"]


def test_the_note_is_private_and_what_was_agreed_is_a_follow_up() -> None:
    v = visit(note="祖母住院，孩子暂住邻居家", agreed="联系村委会")
    assert "祖母" not in repr(v) and "联系村委会" in repr(v)
    assert v.follow_up and not visit(agreed="  ").follow_up and not visit().follow_up


def test_the_four_gaps_are_one_vocabulary_for_the_risk_and_the_visits() -> None:
    assert lb.rules.Gap is Gap
    assert [g.label() for g in Gap] == ["家教缺位", "亲情缺失", "交流缺少", "监护缺乏"]
    assert [c.label() for c in CareAssessment] == ["较好", "一般", "差"]


def test_only_visits_at_home_or_at_school_are_in_person() -> None:
    assert {k for k in VisitKind if k.in_person} == {VisitKind.AT_HOME, VisitKind.AT_SCHOOL}


def test_the_home_keeps_visits_to_its_children_by_its_people() -> None:
    h = home(staff=(staff_member("s-1"),), visits=(visit(),))
    assert h.visits_of("c-1") == (visit(),) and h.visits_of("c-2") == ()
    with pytest.raises(InvalidData) as caught:
        home(staff=(staff_member("s-1"),), visits=(visit(child="c-9", visitor="s-9"),))
    paths = sorted(p.path for p in caught.value.problems)
    assert paths == ["$.visits[0].child", "$.visits[0].visitor"]
    with pytest.raises(InvalidData) as caught:
        home(staff=(staff_member("s-1"),), visits=(visit(), visit(on=ON - DAY)))
    assert [p.path for p in caught.value.problems] == ["$.visits[1].id"]
    # a volunteer visits too
    assert home(visits=(visit(visitor="v-1"),)).visits[0].visitor == "v-1"


def test_a_home_with_visits_reads_back_from_its_file() -> None:
    h = home(
        children=(kid(),),
        staff=(staff_member("s-1"),),
        visits=(visit(gaps={Gap.AFFECTION_MISSING}, next_on=ON + 7 * DAY, note="私密"),),
    )
    text = lb.to_json(h)
    assert '"care": "fair"' in text and '"next_on"' in text
    assert lb.from_json(text, lb.Home) == h


@given(records(HomeVisit))
def test_any_visit_keeps_its_order_and_reads_back(v: HomeVisit) -> None:
    assert v.next_on is None or v.next_on >= v.on
    assert not (Met.CHILD_ALONE in v.met and v.met - {Met.CHILD_ALONE, Met.CHILD})
    assert lb.from_dict(lb.to_dict(v), HomeVisit) == v


@given(st.sampled_from(list(CareAssessment)))
def test_the_census_forms_words_are_in_the_assessments_doc(care: CareAssessment) -> None:
    assert care.label() in (CareAssessment.__doc__ or "")
