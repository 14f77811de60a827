"""The rules on a home as a whole: the volunteer ratio, and children left without a mentor."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from left_behind import Policy, Situation, check, samples
from support_builders import ON, found, home, kid, volunteer


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
