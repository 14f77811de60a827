"""A home's report and the roll-up: shares that add up, and the roll-up equal to the union."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cache

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import samples
from left_behind.model import TeamKind
from left_behind.reports import HomeReport, home_report, roll_up, shares
from left_behind.rules import Severity
from left_behind.stats import Period, PeriodCounts, figures, summarize
from profiles import examples

SPRING = Period(first=dt.date(2026, 2, 1), last=dt.date(2026, 7, 31))


@cache
def home() -> lb.Home:
    return samples.home()


@cache
def disjoint(i: int) -> lb.Home:
    """The sample home under its own pseudonyms: a home that shares no id with the others."""
    return lb.redact(home(), key=f"{i}-key-for-a-disjoint-home-000000".encode())


def union(homes: list[lb.Home]) -> lb.Home:
    """One home holding every record of ``homes``: what the roll-up stands for."""
    joined = {
        a.name: sum((getattr(h, a.name) for h in homes), ())
        for a in attrs.fields(lb.Home)
        if isinstance(getattr(homes[0], a.name), tuple)
    }
    return attrs.evolve(homes[0], **joined)


# --- shares ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "expected", "why"),
    [
        ([1, 1, 1], (33.4, 33.3, 33.3), "a tie goes to the earlier row"),
        ([1, 2], (33.3, 66.7), "the larger remainder gets the tenth"),
        ([0, 5], (0.0, 100.0), "a zero stays zero"),
        ([0, 0, 0], (0.0, 0.0, 0.0), "shares of nothing"),
        ([], (), "no rows"),
        ([1, 1, 1, 1, 1, 1, 1], (14.3, 14.3, 14.3, 14.3, 14.3, 14.3, 14.2), "seven ways"),
        ([1, 999], (0.1, 99.9), "exact to the tenth"),
        ([1, 1999], (0.1, 99.9), "0.05 rounds up to a tenth when the remainder is largest"),
    ],
)
def test_shares_at_the_edges(counts: list[int], expected: tuple[float, ...], why: str) -> None:
    assert shares(counts) == expected, why


def test_a_negative_count_is_a_mistake_of_the_program() -> None:
    with pytest.raises(ValueError, match="never negative"):
        shares([1, -1])


@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=12))
def test_shares_add_up_to_100_and_stay_within_a_tenth(counts: list[int]) -> None:
    found = shares(counts)
    total = sum(counts)
    if total == 0:
        assert set(found) <= {0.0}
        return
    tenths = [round(s * 10) for s in found]
    assert sum(tenths) == 1000
    for c, t in zip(counts, tenths, strict=True):
        exact = 1000 * c / total
        assert abs(t - exact) < 1
        assert (c == 0) == (t == 0) or c > 0  # zero counts show 0.0
        if c == 0:
            assert t == 0


# --- a home's report ---------------------------------------------------------


def test_the_report_builds_on_the_period_figures_and_the_summary() -> None:
    r = home_report(home(), SPRING, findings=False)
    assert r.figures == figures(home(), SPRING)
    s = summarize(home(), on=SPRING.last)
    assert r.children == s.total
    assert [x.count for x in r.by_guardianship] == [x.count for x in s.by_guardianship]
    assert round(sum(x.percent for x in r.by_guardianship), 1) == 100.0
    assert r.volunteers == sum(1 for v in home().volunteers if v.active_on(SPRING.last))
    assert not r.findings_checked and r.findings == ()


def test_findings_open_are_the_checks_on_the_last_day() -> None:
    r = home_report(home(), SPRING)
    report = lb.check(home(), on=SPRING.last)
    assert sum(f.count for f in r.findings) == len(report.findings)
    assert r.open_findings(Severity.ERROR) == report.count(Severity.ERROR)
    ranks = [f.severity.rank for f in r.findings]
    assert ranks == sorted(ranks)


def test_service_by_team_counts_each_record_for_the_teams_of_its_day() -> None:
    r = home_report(home(), SPRING, findings=False)
    by_team = {t.team: t for t in r.service_by_team}
    for team in home().teams:
        minutes = sum(
            round(s.hours * 60)
            for v in home().volunteers
            for s in v.service
            if s.on in SPRING and v.id in team.members_on(s.on)
        )
        assert by_team[team.id].minutes == minutes
    in_a_team = {
        (v.id, s.on, s.activity)
        for v in home().volunteers
        for s in v.service
        if s.on in SPRING and any(v.id in t.members_on(s.on) for t in home().teams)
    }
    outside = sum(
        round(s.hours * 60)
        for v in home().volunteers
        for s in v.service
        if s.on in SPRING and (v.id, s.on, s.activity) not in in_a_team
    )
    assert by_team.get("", attrs.evolve(r.service_by_team[0], minutes=0)).minutes == outside


def test_the_months_add_up_to_the_period() -> None:
    r = home_report(home(), SPRING, findings=False, monthly=True)
    assert [m.month for m in r.by_month] == list(SPRING.months())
    assert sum(m.attendances for m in r.by_month) == r.counts.attendances
    assert sum(m.sessions_held for m in r.by_month) == r.counts.sessions_held
    assert sum(m.service_minutes for m in r.by_month) == r.counts.service_minutes
    assert max(m.children_served for m in r.by_month) <= r.reach.children_served


def test_the_report_reads_back_from_json() -> None:
    r = home_report(home(), SPRING, monthly=True)
    assert lb.from_json(lb.to_json(r), HomeReport) == r


# --- the roll-up -------------------------------------------------------------


def _by_programme(counts: PeriodCounts) -> Counter[tuple[str, int, int, int, int]]:
    return Counter(
        (p.programme, p.held, p.called_off, p.attendances, p.minutes) for p in counts.by_programme
    )


@settings(max_examples=examples(0.3))
@given(
    st.lists(st.integers(0, 3), min_size=1, max_size=3, unique=True),
    st.dates(dt.date(2025, 12, 1), dt.date(2026, 8, 31)),
    st.integers(0, 240),
)
def test_the_roll_up_is_the_report_of_the_union(
    which: list[int], first: dt.date, days: int
) -> None:
    period = Period(first=first, last=first + dt.timedelta(days=days))
    homes = [disjoint(i) for i in which]
    reports = [home_report(h, period, findings=False) for h in homes]
    total = roll_up(reports, name="示例镇")
    whole = home_report(union(homes), period, findings=False)

    # the counts that add up, and the distinct counts of homes that share no id
    assert attrs.evolve(total.counts, by_programme=(), by_meeting=()) == attrs.evolve(
        whole.counts, by_programme=(), by_meeting=()
    )
    assert _by_programme(total.counts) == _by_programme(whole.counts)
    assert {m.kind: m for m in total.counts.by_meeting} == {
        m.kind: m for m in whole.counts.by_meeting
    }
    assert total.reach == whole.reach
    # what the Women's Federation asks for
    assert total.children == whole.children
    assert total.volunteers == whole.volunteers
    for mine, theirs in (
        (total.by_status, whole.by_status),
        (total.by_guardianship, whole.by_guardianship),
        (total.by_age_band, whole.by_age_band),
    ):
        assert [(r.key, r.count, r.percent) for r in mine] == [
            (r.key, r.count, r.percent) for r in theirs
        ]
    kinds: dict[TeamKind | None, int] = {}
    for t in whole.service_by_team:
        kinds[t.kind] = kinds.get(t.kind, 0) + t.minutes
    assert {t.kind: t.minutes for t in total.service_by_kind} == kinds


def test_the_roll_up_adds_the_findings_of_each_home() -> None:
    march = Period.month(2026, 3)
    one = home_report(home(), march)
    two = roll_up([one, one])
    assert two.open_findings(Severity.ERROR) == 2 * one.open_findings(Severity.ERROR)
    unchecked = roll_up([one, home_report(home(), march, findings=False)])
    assert not unchecked.findings_checked and unchecked.findings == ()


def test_a_roll_up_is_of_one_period() -> None:
    a = home_report(home(), Period.month(2026, 3), findings=False)
    b = home_report(home(), Period.month(2026, 4), findings=False)
    with pytest.raises(lb.InvalidData, match="same period"):
        roll_up([a, b])
    with pytest.raises(ValueError, match="at least one"):
        roll_up([])
