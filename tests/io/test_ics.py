"""plan_to_ics: a plan as an iCalendar file that reads back to the same sessions."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

import pytest
from dateutil.rrule import rrulestr

import left_behind as lb

icalendar = pytest.importorskip("icalendar")

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


def occurrences(data: bytes) -> list[tuple[dt.datetime, dt.datetime, str, str]]:
    """Every occurrence the file gives: series expanded with their exceptions, and events."""
    cal = icalendar.Calendar.from_ical(data)
    found = []
    for e in cal.walk("VEVENT"):
        start = e.decoded("dtstart")
        length = e.decoded("dtend") - start
        summary, status = str(e.get("summary")), str(e.get("status", ""))
        if "RRULE" not in e:
            found.append((start, start + length, summary, status))
            continue
        rule = rrulestr(e["RRULE"].to_ical().decode(), dtstart=start)
        ex = e.get("EXDATE")
        excluded: set[dt.datetime] = set()
        for part in ex if isinstance(ex, list) else [ex] if ex is not None else []:
            excluded |= {d.dt for d in part.dts}
        for t in rule:
            if t not in excluded:
                found.append((t, t + length, summary, status))
    return sorted(found)


def expected(plan: lb.Plan, sessions: Any = None) -> list[tuple[dt.datetime, dt.datetime]]:
    return sorted((s.start, s.end) for s in (plan.sessions if sessions is None else sessions))


@pytest.fixture(scope="module")
def term() -> lb.Plan:
    return lb.plan(lb.samples.home(), start=dt.date(2026, 9, 1), end=dt.date(2026, 11, 30))


def test_the_file_reads_back_to_the_plans_sessions(term: lb.Plan) -> None:
    data = lb.io.plan_to_ics(term)
    got = occurrences(data)
    assert [(a, b) for a, b, _, _ in got] == expected(term)
    cal = icalendar.Calendar.from_ical(data)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    series = [e for e in cal.walk("VEVENT") if "RRULE" in e]
    assert series, "a weekly programme is written as a series with its rule"
    # the National Day holiday drops sessions: the series rules them out with EXDATE
    assert any("EXDATE" in e for e in series)
    names = {p.name for p in term.home.programmes}
    assert {s for _, _, s, _ in got} <= names | {f"（待定）{n}" for n in names}


def test_no_childs_name_leaves_the_home(term: lb.Plan) -> None:
    text = lb.io.plan_to_ics(term).decode("utf-8")
    assert not any(c.name in text for c in term.home.children)
    assert not any(v.name in text for v in term.home.volunteers)


def test_one_childs_and_one_facilitators_sessions(term: lb.Plan) -> None:
    child = next(s.children[0] for s in term.sessions if s.children)
    mine = [s for s in term.sessions if child in s.children]
    got = occurrences(lb.io.plan_to_ics(term, child=child))
    assert [(a, b) for a, b, _, _ in got] == expected(term, mine)
    who = next(s.facilitators[0] for s in term.sessions if s.facilitators)
    theirs = [s for s in term.sessions if who in s.facilitators]
    got = occurrences(lb.io.plan_to_ics(term, facilitator=who))
    assert [(a, b) for a, b, _, _ in got] == expected(term, theirs)


def test_provisional_sessions_are_tentative() -> None:
    # 2027 has no State Council notice yet: its sessions, and late December's, are provisional
    winter = lb.plan(lb.samples.home(), start=dt.date(2026, 12, 14), end=dt.date(2027, 1, 10))
    assert winter.provisional
    got = occurrences(lb.io.plan_to_ics(winter))
    assert [(a, b) for a, b, _, _ in got] == expected(winter)
    tentative = {(a, b) for a, b, summary, status in got if status == "TENTATIVE"}
    assert tentative == {(s.start, s.end) for s in winter.sessions if s.provisional}
    assert all(
        summary.startswith("（待定）") for a, b, summary, status in got if status == "TENTATIVE"
    )


def test_the_plan_command_writes_the_file(tmp_path: Any) -> None:
    from left_behind.cli import main

    out = tmp_path / "term.ics"
    status = main(
        ["plan", "--sample", "--from", "2026-09-01", "--to", "2026-11-30", "--ics", str(out)]
    )
    assert status in (0, 1)  # 1: the sample's plan has conflicts it was given
    term = lb.plan(lb.samples.home(), start=dt.date(2026, 9, 1), end=dt.date(2026, 11, 30))
    assert [(a, b) for a, b, _, _ in occurrences(out.read_bytes())] == expected(term)


def _with_rule(home: lb.Home, pid: str, rule: str) -> lb.Home:
    import attrs

    programmes = tuple(
        attrs.evolve(p, recurrence=lb.kinds.Recurrence(rule)) if p.id == pid else p
        for p in home.programmes
    )
    return attrs.evolve(home, programmes=programmes)


@pytest.mark.parametrize(
    "rule",
    ["FREQ=WEEKLY;BYDAY=MO;UNTIL=20261005T155959Z", "FREQ=WEEKLY;BYDAY=MO;COUNT=3"],
)
def test_a_programme_that_ends_by_its_own_rule(rule: str) -> None:
    home = _with_rule(lb.samples.home(), "p-calligraphy", rule)
    for first in (dt.date(2026, 9, 1), dt.date(2026, 9, 20)):
        made = lb.plan(home, start=first, end=dt.date(2026, 11, 30))
        got = occurrences(lb.io.plan_to_ics(made))
        assert [(a, b) for a, b, _, _ in got] == expected(made)


def test_a_session_moved_to_another_room_or_made_longer() -> None:
    import attrs

    made = lb.plan(lb.samples.home(), start=dt.date(2026, 9, 28), end=dt.date(2027, 1, 10))
    first = next(s for s in made.sessions if s.programme == "p-calligraphy")
    edited = attrs.evolve(first, room="r-hall", end=first.end + dt.timedelta(minutes=30))
    sessions = tuple(edited if s is first else s for s in made.sessions)
    changed = attrs.evolve(made, sessions=sessions)
    cal = icalendar.Calendar.from_ical(lb.io.plan_to_ics(changed))
    assert [(a, b) for a, b, _, _ in occurrences(lb.io.plan_to_ics(changed))] == expected(changed)
    rooms = {r.id: r.name for r in changed.home.rooms}
    for e in cal.walk("VEVENT"):
        if "RRULE" in e:
            assert str(e["LOCATION"]) in rooms.values()
        elif e.decoded("dtstart") == edited.start:  # the edited session, an event of its own
            assert str(e["LOCATION"]) == rooms["r-hall"]
