"""The home's week (lb.agenda.week): its window, its parts as their own functions give them,
who comes first, and the text cut to its limit."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind.agenda import Week, render_week, week
from left_behind.model import Home
from left_behind.rules import RiskLevel, Severity
from profiles import examples

MONDAY = dt.date(2026, 8, 31)


@functools.cache
def sample() -> Home:
    return lb.samples.home()


@functools.cache
def week_of(on: dt.date) -> Week:
    return week(sample(), on=on)


@pytest.mark.parametrize(
    ("on", "first", "last"),
    [
        (MONDAY, MONDAY, dt.date(2026, 9, 6)),  # a Monday opens its own week
        (dt.date(2026, 9, 6), MONDAY, dt.date(2026, 9, 6)),  # a Sunday closes it
        (dt.date(2026, 9, 7), dt.date(2026, 9, 7), dt.date(2026, 9, 13)),  # the next Monday
        (dt.date(2026, 12, 31), dt.date(2026, 12, 28), dt.date(2027, 1, 3)),  # across a year
    ],
)
def test_the_week_runs_from_its_monday_to_its_sunday(
    on: dt.date, first: dt.date, last: dt.date
) -> None:
    w = week_of(on)
    assert (w.on, w.first, w.last) == (on, first, last)
    assert (w.agenda.on, w.agenda.last) == (on, last)
    assert (w.plan.first, w.plan.last) == (on, last)
    assert w.calls.week_start == first


@settings(max_examples=examples(0.1), deadline=None)
@given(st.dates(dt.date(2026, 3, 2), dt.date(2026, 12, 20)))
def test_each_part_is_what_its_own_function_gives(on: dt.date) -> None:
    home = sample()
    w = week(home, on=on)
    last = w.last
    assert w.agenda == lb.due(home, on=on, within=(last - on).days + 1)
    assert w.suggestions == lb.suggest_pairings(home, on=on)
    assert w.plan.sessions == lb.plan(home, start=on, end=last).sessions
    assert w.calls == lb.book_calls(home, week=on)


def test_children_with_an_error_come_first_then_high_risk() -> None:
    on = lb.samples.REFERENCE_DATE
    home = sample()
    w = week_of(on)
    report = lb.check(home, on=on)
    erring = {
        f.subject_id
        for f in report.findings
        if f.subject_kind == "child" and f.severity is Severity.ERROR
    }
    high = {
        c.id
        for c in home.children
        if c.birth_date <= on and lb.assess_risk(c, on=on).level is RiskLevel.HIGH
    }
    assert erring, "the sample has children whose record has an error"
    assert {a.child for a in w.attention} == erring | high
    with_errors = [bool(a.errors) for a in w.attention]
    assert with_errors == sorted(with_errors, reverse=True)
    for a in w.attention:
        assert a.level is lb.assess_risk(home.child(a.child), on=on).level
        assert set(a.errors) == {
            f.rule_id
            for f in report.findings
            if f.subject_id == a.child and f.severity is Severity.ERROR
        }


def test_a_home_with_nothing_to_do_says_so_in_each_part() -> None:
    w = week(Home(name="示例家园"), on=MONDAY)
    assert (w.agenda.items, w.attention, w.suggestions.suggestions) == ((), (), ())
    assert (w.plan.sessions, w.calls.bookings) == ((), ())
    text = render_week(w, "en")
    assert "Children who need action first: 0 with an error, 0 at high risk" in text
    assert text.count("(none)") == 5 and " more (" not in text


@pytest.mark.parametrize("limit", [1, 3, 5, 1000])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_text_shows_at_most_limit_lines_a_part_and_counts_the_rest(
    limit: int, lang: lb.kinds.Lang
) -> None:
    w = week_of(lb.samples.REFERENCE_DATE)
    parts = render_week(w, lang, limit).split("\n\n")[1:]
    totals = [
        len(w.agenda.items),
        len(w.attention),
        len(w.suggestions.suggestions),
        len(w.plan.sessions),
        len(w.calls.bookings),
    ]
    assert len(parts) == len(totals)
    more = re.compile(r"(?:……另有|\.\.\. and) (\d+)")
    for part, total in zip(parts, totals, strict=True):
        lines = part.splitlines()[1:]
        rest = [int(m.group(1)) for line in lines if (m := more.search(line))]
        body = [line for line in lines if not more.search(line)]
        if part.splitlines()[1].lstrip().startswith(("日期", "day")):  # the timetable's heading
            body = body[1:]
        shown = 0 if body in (["  （无）"], ["  (none)"]) else len(body)
        assert shown == min(limit, total)
        assert rest == ([total - limit] if total > limit else [])


def test_the_sample_week_is_not_empty() -> None:
    # the README's first command shows every part with something in it
    w = week_of(lb.samples.REFERENCE_DATE)
    assert w.agenda.overdue and w.attention and w.suggestions.suggestions
    assert w.plan.sessions and w.calls.bookings
