"""The rules on the home visits: a visit due by the risk level, a poor assessment, a child alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import Child, Home, Policy, ReportEvent, check, samples
from left_behind.law import ALONE_UNDER
from left_behind.model import (
    CareAssessment,
    HomeVisit,
    LivingArrangement,
    Met,
    ReportKind,
    VisitKind,
    of_age_from,
    period_end,
)
from left_behind.rules import assess_risk, needs_mentor, status_since, visit_days
from left_behind.testing.support import ON, home, kid, staff_member
from profiles import examples

POLICY = Policy()
DUE_RULES = ("VISIT-due", "VISIT-long-overdue")
DAY = dt.timedelta(days=1)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def visit(on: dt.date, vid: str | None = None, **changes: Any) -> HomeVisit:
    """A visit at home by the director s-1 to c-1, who met the child and the carer."""
    fields: dict[str, Any] = {
        "id": vid or f"hv-{on.isoformat()}",
        "child": "c-1",
        "on": on,
        "visitor": "s-1",
        "kind": VisitKind.AT_HOME,
        "met": {Met.CHILD, Met.CARER},
        "care": CareAssessment.FAIR,
    }
    return HomeVisit(**{**fields, **changes})


def visited(*visits: HomeVisit, child: Child | None = None) -> Home:
    """The support tests' home (c-1, v-1, p-1) with its director s-1 and these visits."""
    return home(children=(child or kid(),), staff=(staff_member("s-1"),), visits=visits)


def rules_found(h: Home, rules: tuple[str, ...], on: dt.date = ON, **kw: Any) -> list[str]:
    return [f.rule_id for f in check(h, on=on, **kw).findings if f.rule_id in rules]


def interval(child: Child, on: dt.date = ON) -> int:
    """The days between visits the engine gives this child on ``on``: by its risk level."""
    return visit_days(assess_risk(child, on=on, policy=POLICY).level, POLICY)


# --- VISIT-due and VISIT-long-overdue ----------------------------------------------

LATE = POLICY.visit_overdue_days


@pytest.mark.parametrize(
    ("late", "expected"),
    [
        (-1, []),  # the day before the visit is due
        (0, []),  # the due day itself: still on time
        (1, ["VISIT-due"]),  # the day after: late
        (LATE, ["VISIT-due"]),  # late by the policy's days: still a warning
        (LATE + 1, ["VISIT-long-overdue"]),  # a day more: long overdue, an error
    ],
)
def test_a_visit_is_due_the_interval_of_the_risk_level_after_the_last(
    late: int, expected: list[str]
) -> None:
    last = ON - days(interval(kid()) + late)
    assert rules_found(visited(visit(last)), DUE_RULES) == expected


@pytest.mark.parametrize("overdue", [0, 5, 60])
def test_the_overdue_boundary_is_the_policys(overdue: int) -> None:
    policy = attrs.evolve(POLICY, visit_overdue_days=overdue)
    step = interval(kid())
    at = visited(visit(ON - days(step + overdue)))
    past = visited(visit(ON - days(step + overdue + 1)))
    assert rules_found(at, DUE_RULES, policy=policy) == (["VISIT-due"] if overdue else [])
    assert rules_found(past, DUE_RULES, policy=policy) == ["VISIT-long-overdue"]


@pytest.mark.parametrize(
    "child",
    [kid(), samples.family(age=10, child_id="c-1")],  # a low-risk file, and one with no paperwork
    ids=["compliant", "no-paperwork"],
)
def test_the_interval_and_its_setting_follow_the_risk_level(child: Child) -> None:
    level = assess_risk(child, on=ON).level
    step = visit_days(level, POLICY)
    assert step == getattr(POLICY, f"visit_days_{level.value}")
    h = visited(visit(ON - days(step + 2)), child=child)
    [f] = check(h, on=ON).filter(rule_id="VISIT-due").findings
    assert f.setting == f"visit_days_{level.value}"
    assert f.path == "$.children[0]" and f.subject_kind == "home"
    last = (ON - days(step + 2)).isoformat()
    due = (ON - days(2)).isoformat()
    for text in (last, str(step), f.setting, due):
        assert text in f.message_en and text in f.message_zh
    assert "2 days late" in f.message_en and "已逾期 2 天" in f.message_zh


def test_a_call_is_not_a_visit_in_person() -> None:
    step = interval(kid())
    last = ON - days(step)
    calls = [
        visit(ON - days(d), f"hv-call-{d}-{k.value}", kind=k)
        for d in (1, 2)
        for k in (VisitKind.BY_PHONE, VisitKind.BY_VIDEO)
    ]
    assert rules_found(visited(visit(last), *calls), DUE_RULES) == []
    later = ON - days(step + 1)
    assert rules_found(visited(visit(later), *calls), DUE_RULES) == ["VISIT-due"]
    at_school = visit(ON - days(1), kind=VisitKind.AT_SCHOOL, met={Met.CHILD, Met.TEACHER})
    assert rules_found(visited(visit(later), at_school), DUE_RULES) == []


def test_of_two_visits_on_the_last_day_the_same_is_named_whatever_the_order() -> None:
    day = ON - days(interval(kid()) + 1)
    both = (
        visit(day, "hv-1", kind=VisitKind.AT_SCHOOL, met={Met.CHILD, Met.TEACHER}),
        visit(day, "hv-2"),
    )
    said = {
        check(visited(*order), on=ON).filter(rule_id="VISIT-due").findings[0].message_en
        for order in (both, both[::-1])
    }
    assert len(said) == 1 and f"on {day} (at home)" in said.pop()


@pytest.mark.parametrize(
    ("after", "expected"),
    [(0, []), (1, ["VISIT-due"]), (LATE, ["VISIT-due"]), (LATE + 1, ["VISIT-long-overdue"])],
)
def test_a_child_never_visited_is_due_from_the_day_the_status_began(
    after: int, expected: list[str]
) -> None:
    began = status_since(kid(), ON)
    on = began + days(after)
    assert (
        rules_found(
            visited(visit(ON, "hv-other", child="c-1", kind=VisitKind.BY_PHONE)), DUE_RULES, on=on
        )
        == expected
    )


def test_the_status_begins_with_the_later_parents_situation() -> None:
    child = kid()
    starts = [p.situation_on(ON).since for p in child.parents]  # type: ignore[union-attr]
    assert status_since(child, ON) == max(starts)
    # a county that counts six months of work away: from the day after they have passed
    counted = status_since(child, ON, working_away_months=6)
    assert counted == period_end(max(starts), months=6) + DAY > max(starts)


def test_a_child_living_with_a_parent_needs_no_visits_on_a_schedule() -> None:
    settled = kid(parents=tuple(attrs.evolve(p, situations=()) for p in kid().parents))
    assert rules_found(visited(visit(ON - days(400)), child=settled), DUE_RULES) == []


def test_a_home_that_records_no_visits_is_not_told_every_child_is_late() -> None:
    assert rules_found(visited(), ("VISIT-due", "VISIT-long-overdue")) == []


@pytest.mark.parametrize(("found", "expected"), [(0, []), (1, ["VISIT-due"])])
def test_a_report_after_the_last_visit_makes_a_visit_due_at_once(
    found: int, expected: list[str]
) -> None:
    day = ON - days(found)
    report = ReportEvent(kind=ReportKind.SUSPECTED_HARM, discovered_on=day, reported_on=day)
    child = kid(reports=(report,))
    h = visited(visit(ON - days(3)), child=child)
    assert rules_found(h, DUE_RULES) == expected
    if expected:
        [f] = check(h, on=ON).filter(rule_id="VISIT-due").findings
        assert day.isoformat() in f.message_en and "at once" in f.message_en


def test_a_new_carer_after_the_last_visit_makes_a_visit_due_at_once() -> None:
    child = kid()
    new = attrs.evolve(child.care[-1], since=ON - DAY)
    changed = attrs.evolve(child, care=(*child.care, new))
    h = visited(visit(ON - days(3)), child=changed)
    assert rules_found(h, DUE_RULES) == ["VISIT-due"]
    assert rules_found(h, DUE_RULES, on=ON - DAY) == []


# --- VISIT-poor-care -----------------------------------------------------------------

HIGH = POLICY.visit_days_high
SEEN = ON - days(3)
POOR = CareAssessment.POOR


@pytest.mark.parametrize(
    ("changes", "flagged"),
    [
        ({}, True),  # poor, nothing agreed, no next visit
        ({"agreed": "联系村委会，安排邻居每日照看"}, False),  # a follow-up agreed
        ({"agreed": "   "}, True),  # a blank is nothing agreed
        ({"next_on": SEEN + days(HIGH - 1)}, False),  # the next visit within the days
        ({"next_on": SEEN + days(HIGH)}, False),  # on the last of them
        ({"next_on": SEEN + days(HIGH + 1)}, True),  # a day later
        ({"care": CareAssessment.FAIR}, False),
        ({"care": None}, False),
    ],
)
def test_a_poor_assessment_asks_for_a_follow_up(changes: dict[str, Any], flagged: bool) -> None:
    h = visited(visit(SEEN, **{"care": POOR, **changes}))
    assert rules_found(h, ("VISIT-poor-care",)) == (["VISIT-poor-care"] if flagged else [])


def test_the_latest_assessment_counts_and_a_visit_after_the_date_not_yet() -> None:
    better = visit(SEEN + DAY, care=CareAssessment.GOOD)
    assert rules_found(visited(visit(SEEN, care=POOR), better), ("VISIT-poor-care",)) == []
    worse = visit(SEEN + DAY, care=POOR)
    h = visited(visit(SEEN, care=CareAssessment.GOOD), worse)
    [f] = check(h, on=ON).filter(rule_id="VISIT-poor-care").findings
    assert f.path == "$.visits[1].agreed" and f.setting == "visit_days_high"
    assert str(HIGH) in f.message_en and str(HIGH) in f.message_zh
    assert rules_found(h, ("VISIT-poor-care",), on=SEEN) == []  # not yet made on the 3rd


# --- GF16-visit-alone-unreported ------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "living", "flagged"),
    [
        ({"met": {Met.CHILD_ALONE}}, LivingArrangement.WITH_CARER, True),
        ({"met": {Met.CHILD_ALONE, Met.CHILD}}, LivingArrangement.WITH_CARER, True),
        # a call that reached the child alone did not see the home
        (
            {"met": {Met.CHILD_ALONE}, "kind": VisitKind.BY_PHONE},
            LivingArrangement.WITH_CARER,
            False,
        ),
        ({}, LivingArrangement.ALONE, True),
        ({}, LivingArrangement.WITH_MINOR_SIBLINGS, True),
        ({}, LivingArrangement.WITH_CARER, False),
    ],
)
def test_a_visit_that_finds_a_child_alone_is_reported(
    changes: dict[str, Any], living: LivingArrangement, flagged: bool
) -> None:
    h = visited(visit(SEEN, **changes), child=kid(living=living))
    rule = ("GF16-visit-alone-unreported",)
    assert rules_found(h, rule) == (["GF16-visit-alone-unreported"] if flagged else [])


@pytest.mark.parametrize(
    ("discovered", "flagged"),
    [
        (SEEN, False),  # found on the visit's day
        (ON, False),  # reported since
        (ON + DAY, True),  # a report after the check's date was not made on it
    ],
)
def test_a_report_of_living_alone_answers_it(discovered: dt.date, flagged: bool) -> None:
    report = ReportEvent(kind=ReportKind.LIVING_ALONE, discovered_on=discovered)
    child = kid(reports=(report,))
    h = visited(visit(SEEN, met={Met.CHILD_ALONE}), child=child)
    assert rules_found(h, ("GF16-visit-alone-unreported",)) == (
        ["GF16-visit-alone-unreported"] if flagged else []
    )


def test_another_kind_of_report_or_one_of_an_earlier_care_does_not() -> None:
    child = kid()
    other = ReportEvent(kind=ReportKind.MISSING, discovered_on=SEEN, reported_on=SEEN)
    old = ReportEvent(
        kind=ReportKind.LIVING_ALONE, discovered_on=child.care[-1].since - DAY, reported_on=ON
    )
    for reports in ((other,), (old,)):
        h = visited(visit(SEEN, met={Met.CHILD_ALONE}), child=attrs.evolve(child, reports=reports))
        assert rules_found(h, ("GF16-visit-alone-unreported",)) == ["GF16-visit-alone-unreported"]


@pytest.mark.parametrize(("before", "flagged"), [(1, True), (0, False)])
def test_only_a_child_under_16_on_the_visits_day(before: int, flagged: bool) -> None:
    birth = dt.date(2010, 8, 1)
    sixteen = of_age_from(birth, ALONE_UNDER)
    day = sixteen - days(before)
    h = visited(visit(day, met={Met.CHILD_ALONE}), child=kid(birth=birth))
    found = rules_found(h, ("GF16-visit-alone-unreported",))
    assert found == (["GF16-visit-alone-unreported"] if flagged else [])


def test_one_finding_per_child_at_its_first_such_visit_citing_gf16_and_mpl_11() -> None:
    alone = kid(living=LivingArrangement.ALONE)
    h = visited(visit(SEEN), visit(SEEN - days(10)), child=alone)
    [f] = check(h, on=ON).filter(rule_id="GF16-visit-alone-unreported").findings
    assert f.path == "$.visits[1]" and f.severity.value == "error"
    assert f.source.law == "GF16"
    assert "MPL art. 11" in f.message_en and "第十一条" in f.message_zh
    assert (SEEN - days(10)).isoformat() in f.message_en


# --- properties ----------------------------------------------------------------------


@st.composite
def visits_of_c1(draw: st.DrawFn, before: dt.date = ON) -> list[HomeVisit]:
    """Up to six visits to c-1 in the 200 days up to ``before``, of any kind and assessment."""
    n = draw(st.integers(0, 6))
    found = []
    for i in range(n):
        on = before - days(draw(st.integers(0, 200)))
        kind = draw(st.sampled_from(list(VisitKind)))
        care = draw(st.sampled_from([None, *CareAssessment]))
        agreed = draw(st.sampled_from([None, "约定一周后复访"]))
        nxt = draw(st.sampled_from([None, 1, HIGH, HIGH + 3]))
        met = draw(st.sampled_from([{Met.CHILD, Met.CARER}, {Met.CHILD_ALONE}, {Met.CARER}]))
        found.append(
            visit(
                on,
                f"hv-{i}",
                kind=kind,
                care=care,
                agreed=agreed,
                met=met,
                next_on=None if nxt is None else on + days(nxt),
            )
        )
    return found


@settings(max_examples=examples(0.3))
@given(st.data())
def test_a_child_visited_within_its_interval_is_not_due(data: st.DataObject) -> None:
    step = interval(kid())
    last = ON - days(data.draw(st.integers(0, step), label="days since the last visit"))
    kind = data.draw(st.sampled_from([VisitKind.AT_HOME, VisitKind.AT_SCHOOL]))
    earlier = data.draw(visits_of_c1(before=last))
    h = visited(*earlier, visit(last, "hv-last", kind=kind))
    assert rules_found(h, DUE_RULES) == []


@settings(max_examples=examples(0.3))
@given(visits_of_c1(), st.randoms(use_true_random=False))
def test_the_order_of_the_visits_does_not_matter(visits: list[HomeVisit], rnd: Any) -> None:
    shuffled = list(visits)
    rnd.shuffle(shuffled)

    def said(h: Home) -> list[tuple[str, str]]:
        rules = (
            "VISIT-due",
            "VISIT-long-overdue",
            "VISIT-poor-care",
            "GF16-visit-alone-unreported",
        )
        return sorted(
            (f.rule_id, f.message_en) for f in check(h, on=ON).findings if f.rule_id in rules
        )

    assert said(visited(*visits)) == said(visited(*shuffled))


def test_the_sample_home_shows_each_visit_rule_it_promises() -> None:
    report = check(samples.home(), on=samples.REFERENCE_DATE)
    found = {f.rule_id: f for f in report.findings if f.rule_id.startswith("VISIT-")}
    assert set(found) == {"VISIT-due", "VISIT-long-overdue", "VISIT-poor-care"}
    # one child four days late, one forty, one never visited; every other one on time
    due = report.filter(rule_id="VISIT-due").findings
    overdue = report.filter(rule_id="VISIT-long-overdue").findings
    assert (len(due), len(overdue)) == (1, 2)
    sample = samples.home()
    needing = [c for c in sample.children if needs_mentor(c, samples.REFERENCE_DATE)]
    assert len(needing) > 10 * (len(due) + len(overdue))
    assert {v.child for v in sample.visits} == {c.id for c in needing} - {
        f.message_en.split("child ")[1].split()[0] for f in overdue if "never" in f.message_en
    }
    poor = [v for v in sample.visits if v.care is CareAssessment.POOR]
    assert len(poor) == 2 and sum(v.follow_up for v in poor) == 1
    assert {v.visitor for v in sample.visits} == {"s-01"}  # the children's director


def test_the_interval_follows_the_risk_of_the_callers_rules() -> None:
    # a visit's interval is the risk level's; the risk reads the rules the check runs
    from left_behind.rules import SupportFacts, VisitFacts, assess_risk, default_rules

    sample, on = lb.samples.home(), lb.samples.REFERENCE_DATE
    only_visits = lb.rules.RuleSet(r for r in default_rules() if r.id.startswith("VISIT-"))
    levels = {}
    for rules in (default_rules(), only_visits):
        facts = VisitFacts(support=SupportFacts.of(sample, on, Policy(), rules))
        for child in sample.children:
            due = facts.due(sample, child)
            if due is not None:
                assert due.level is assess_risk(child, on=on, rules=rules).level, child.id
                levels.setdefault(child.id, []).append(due.level)
    assert any(a is not b for a, b in levels.values()), "no child's risk depends on the rules"
