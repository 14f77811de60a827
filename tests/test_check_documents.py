"""A document that holds a home is checked as that home, plus what is its own."""

from __future__ import annotations

import datetime as dt

import pytest

import left_behind as lb

ON = lb.samples.REFERENCE_DATE
HOME = lb.samples.home()


def _keys(report: lb.Report, kinds: set[str]) -> set[tuple[str, str, str]]:
    return {(f.rule_id, f.subject_id, f.path) for f in report.findings if f.subject_kind in kinds}


@pytest.mark.parametrize("days", [0, 6, 27])
def test_a_plan_is_checked_with_its_homes_people_and_pairings(days: int) -> None:
    made = lb.plan(HOME, start=ON, end=ON + dt.timedelta(days=days))
    of_plan, of_home = lb.check(made, on=ON), lb.check(HOME, on=ON)
    support = {"volunteer", "staff", "pairing", "home"}
    assert _keys(of_plan, support) == _keys(of_home, support)
    # and the plan's own conflicts come with them, as check_plan finds them
    assert {f.rule_id for f in lb.check_plan(made).findings} <= {
        f.rule_id for f in of_plan.findings
    }
