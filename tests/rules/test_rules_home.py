"""The rules on a home as a whole: the volunteer ratio, and children left without a mentor."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from left_behind import Home, Opening, Policy, RuleSet, SchoolYear, check, default_rules, samples
from left_behind.calendar import DayKind
from left_behind.model import Situation
from left_behind.testing.support import ON, active_pairing, found, home, kid, volunteer


@pytest.mark.parametrize(
    ("children", "volunteers", "flagged"),
    # at 30% (the policy's default) 10 children need 3 volunteers and 142 need 43 (42.6 up)
    [(10, 3, False), (10, 2, True), (142, 43, False), (142, 42, True), (0, 0, False)],
)
def test_volunteers_are_at_least_30_percent_of_the_children(
    children: int, volunteers: int, flagged: bool
) -> None:
    assert Policy().volunteer_percent == 30  # the rows above are worked out at 30%
    kids = tuple(kid(f"c-{i}") for i in range(children))
    vols = tuple(volunteer(f"v-{i}") for i in range(volunteers))
    h = home(children=kids, volunteers=vols, pairings=())
    rows = found(h, rule="HOME-volunteer-ratio")
    assert rows == ([("HOME-volunteer-ratio", "示例家园", "$.volunteers")] if flagged else [])


def test_volunteers_who_left_and_adults_do_not_count() -> None:
    kids = (kid("c-1"), kid("c-2"), kid("c-3"), kid("c-adult", birth=dt.date(2000, 1, 1)))
    gone = volunteer("v-2", left_on=ON)
    h = home(children=kids, volunteers=(volunteer(), gone), pairings=())
    assert found(h, rule="HOME-volunteer-ratio") == []  # 1 of 3 children: 33%
    h2 = attrs.evolve(h, children=(*kids, kid("c-4")))
    assert found(h2, rule="HOME-volunteer-ratio") != []  # 1 of 4: 25%


def test_a_left_behind_child_without_an_active_pairing() -> None:
    h = home(pairings=())
    assert found(h, rule="PAIR-unpaired") == [("PAIR-unpaired", "示例家园", "$.children[0]")]
    off = attrs.evolve(Policy(), pair_left_behind=False)
    assert found(h, rule="PAIR-unpaired", policy=off) == []
    settled = home(children=(kid(father=Situation.AT_HOME),), pairings=())
    assert found(settled, rule="PAIR-unpaired") == []


def test_the_pairings_not_started_are_named_whatever_their_order_in_the_home() -> None:
    waiting = (
        active_pairing("p-2", started_on=None, meetings=()),
        active_pairing("p-1", started_on=None, meetings=()),
    )
    said = {
        check(home(pairings=order), on=ON).filter(rule_id="PAIR-unpaired").findings[0].message_en
        for order in (waiting, waiting[::-1])
    }
    assert said == {
        "Home 示例家园: child c-1 has no active pairing (pairing p-1, p-2 not started yet)"
    }


def test_the_sample_home_has_the_problems_it_promises() -> None:
    report = check(samples.home(), on=samples.REFERENCE_DATE)
    rules = {f.rule_id for f in report.findings if f.subject_kind != "child"}
    assert {
        "MPL-62-background-check",
        "CC-19-volunteer-consent",
        "PAIR-training",
        "PAIR-meetings",
        "PAIR-peer-only",
        "PAIR-close-reason",
        "PAIR-review",
        "PAIR-unpaired",
    } <= rules
    kinds = {f.subject_kind for f in report.findings}
    assert {"child", "volunteer", "staff", "pairing", "home"} <= kinds


# --- the county's terms a home's opening hours need --------------------------------

_SAMPLE = samples.home()
_YEAR = _SAMPLE.terms[0]  # 2025-09-01 to 2026-08-31


def _hours(*kinds: DayKind) -> tuple[Opening, ...]:
    return tuple(Opening(day=k, start=dt.time(9), end=dt.time(17)) for k in kinds)


@pytest.mark.parametrize(
    ("opening", "terms", "on", "flagged", "why"),
    [
        (_hours(DayKind.SCHOOL_DAY), (), ON, True, "after school, and no terms"),
        (_hours(DayKind.VACATION), (), ON, True, "vacation days are the terms' too"),
        (_hours(DayKind.WEEKEND, DayKind.PUBLIC_HOLIDAY), (), ON, False, "weekends need none"),
        ((), (), ON, False, "no hours recorded: nothing to plan by"),
        (_hours(DayKind.SCHOOL_DAY), (_YEAR,), _YEAR.last, False, "the year's last day"),
        (
            _hours(DayKind.SCHOOL_DAY),
            (_YEAR,),
            _YEAR.last + dt.timedelta(days=1),
            True,
            "the day after: the next school year is not recorded",
        ),
        (
            _hours(DayKind.SCHOOL_DAY),
            (_YEAR,),
            _YEAR.first - dt.timedelta(days=1),
            True,
            "the day before the first recorded year",
        ),
    ],
)
def test_a_home_open_by_the_school_calendar_records_the_terms(
    opening: tuple[Opening, ...],
    terms: tuple[SchoolYear, ...],
    on: dt.date,
    flagged: bool,
    why: str,
) -> None:
    # a home that keeps no people yet is asked too: its timetable needs the terms all the same
    h = Home(name="示例家园", opening=opening, terms=terms)
    rules = RuleSet([default_rules().get("PLAN-school-terms")])
    found_here = check(h, on=on, rules=rules).findings
    assert [(f.subject_kind, f.path, f.severity.value) for f in found_here] == (
        [("home", "$.terms", "warning")] if flagged else []
    ), why
    for f in found_here:
        # what is missing, and what to do, in both languages
        assert ("未登记所在县的校历" if not terms else "不包括") in f.message_zh
        assert ("no school terms are recorded" if not terms else "do not cover") in f.message_en
        assert "record" in f.message_en and "请登记" in f.message_zh


def test_the_sample_home_records_its_terms() -> None:
    rules = RuleSet([default_rules().get("PLAN-school-terms")])
    assert not check(_SAMPLE, on=samples.REFERENCE_DATE, rules=rules).findings
    bare = attrs.evolve(_SAMPLE, terms=())
    assert [f.path for f in check(bare, on=samples.REFERENCE_DATE, rules=rules).findings] == [
        "$.terms"
    ]
