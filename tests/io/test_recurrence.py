"""Recurrence rules: what RFC 5545 (3.3.10) forbids is refused where it comes in, with the
part and its range named; what is taken can be planned and written to a calendar file."""

from __future__ import annotations

import datetime as dt
import json
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_ics import occurrences

import left_behind as lb
from left_behind.kinds._recurrence import LONGEST_INTERVAL
from left_behind.planning import SHANGHAI
from profiles import examples

CJK = re.compile(r"[\u4e00-\u9fff]")

# (the rule, what the message must name: the part and the values it may hold)
FORBIDDEN = [
    ("FREQ=WEEKLY;INTERVAL=0", ["INTERVAL", "1", "5200"]),
    ("FREQ=WEEKLY;INTERVAL=-1", ["INTERVAL", "1"]),
    ("FREQ=YEARLY;BYMONTH=13", ["BYMONTH", "1", "12"]),
    ("FREQ=YEARLY;BYMONTH=0", ["BYMONTH", "1", "12"]),
    ("FREQ=YEARLY;BYMONTH=+1", ["BYMONTH"]),  # a month has no sign
    ("FREQ=MONTHLY;BYMONTHDAY=32", ["BYMONTHDAY", "31", "-31"]),
    ("FREQ=MONTHLY;BYMONTHDAY=0", ["BYMONTHDAY", "31"]),
    ("FREQ=YEARLY;BYWEEKNO=54", ["BYWEEKNO", "53"]),
    ("FREQ=YEARLY;BYWEEKNO=0", ["BYWEEKNO", "53"]),
    ("FREQ=YEARLY;BYYEARDAY=367", ["BYYEARDAY", "366"]),
    ("FREQ=YEARLY;BYYEARDAY=0", ["BYYEARDAY", "366"]),
    ("FREQ=YEARLY;BYYEARDAY=0100", ["BYYEARDAY"]),  # at most three digits
    ("FREQ=DAILY;BYHOUR=24", ["BYHOUR", "23"]),
    ("FREQ=DAILY;BYMINUTE=60", ["BYMINUTE", "59"]),
    ("FREQ=DAILY;BYSECOND=61", ["BYSECOND", "60"]),
    ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", ["BYSETPOS", "366"]),
    ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=367", ["BYSETPOS", "366"]),
    ("FREQ=DAILY;COUNT=-1", ["COUNT", "1"]),
    ("FREQ=DAILY;COUNT=0", ["COUNT", "1"]),
    ("FREQ=DAILY;COUNT=" + "9" * 5000, ["COUNT"]),  # past what int() converts
    ("FREQ=WEEKLY;BYDAY=1MO", ["BYDAY", "MONTHLY", "YEARLY"]),
    ("FREQ=DAILY;BYDAY=-1FR", ["BYDAY", "MONTHLY", "YEARLY"]),
    ("FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO", ["BYDAY", "BYWEEKNO"]),
    ("FREQ=MONTHLY;BYDAY=0MO", ["BYDAY", "53"]),
    ("FREQ=MONTHLY;BYDAY=54MO", ["BYDAY", "53"]),
    ("FREQ=MONTHLY;BYWEEKNO=1", ["BYWEEKNO", "YEARLY"]),
    ("FREQ=WEEKLY;BYWEEKNO=1", ["BYWEEKNO", "YEARLY"]),
    ("FREQ=DAILY;BYYEARDAY=1", ["BYYEARDAY", "YEARLY"]),
    ("FREQ=WEEKLY;BYYEARDAY=1", ["BYYEARDAY", "YEARLY"]),
    ("FREQ=MONTHLY;BYYEARDAY=1", ["BYYEARDAY", "YEARLY"]),
    ("FREQ=WEEKLY;BYMONTHDAY=1", ["BYMONTHDAY", "WEEKLY"]),
    ("FREQ=DAILY;BYSETPOS=1", ["BYSETPOS", "BYDAY"]),
    ("FREQ=DAILY;COUNT=3;UNTIL=20270101T000000Z", ["COUNT", "UNTIL"]),
    ("FREQ=DAILY;UNTIL=20270101", ["UNTIL", "UTC"]),
    ("FREQ=DAILY;UNTIL=20270101T000000", ["UNTIL", "UTC"]),
    ("FREQ=DAILY;UNTIL=20270230T000000Z", ["UNTIL"]),
    ("FREQ=DAILY;FREQ=WEEKLY", ["FREQ"]),
    ("FREQ=WEEKLY;BYDAY=MO;BYDAY=TU", ["BYDAY"]),
    ("FREQ=DAILY;FOO=1", ["FOO"]),
    ("FREQ=FORTNIGHTLY", ["FREQ", "WEEKLY"]),
    ("FREQ=DAILY;WKST=XX", ["WKST", "MO"]),
    ("FREQ=WEEKLY;BYDAY=XX", ["BYDAY", "MO"]),
    ("FREQ=YEARLY;BYMONTH=1,,2", ["BYMONTH"]),
    ("BYDAY=MO", ["FREQ"]),
    ("FREQ=HOURLY", ["FREQ", "DAILY"]),  # the programme gives the time of day
    ("FREQ=SECONDLY;INTERVAL=60", ["FREQ", "DAILY"]),
    ("FREQ=DAILY;INTERVAL=1000000000", ["INTERVAL", str(LONGEST_INTERVAL["DAILY"])]),
]


def refused(rule: str) -> lb.InvalidData:
    with pytest.raises(lb.InvalidData) as info:
        lb.kinds.Recurrence(rule)
    return info.value


@pytest.mark.parametrize(("rule", "names"), FORBIDDEN)
def test_a_forbidden_rule_is_refused_naming_the_part(rule: str, names: list[str]) -> None:
    problems = list(refused(rule))
    assert problems and all(p.path == "$" and p.code == "format" for p in problems)
    en = " ".join(p.message_en for p in problems)
    zh = " ".join(p.message_zh for p in problems)
    for name in names:
        assert name in en and name in zh, (name, en, zh)
    assert all(CJK.search(p.message_zh) for p in problems)


def _interval_rows() -> list[tuple[str, str]]:
    return [
        (f"FREQ={f};INTERVAL={n}", f"FREQ={f};INTERVAL={n + 1}")
        for f, n in LONGEST_INTERVAL.items()
    ]


# (the last value taken, the first refused beside it)
BOUNDARIES = [
    ("FREQ=YEARLY;BYMONTH=12", "FREQ=YEARLY;BYMONTH=13"),
    ("FREQ=YEARLY;BYMONTH=1", "FREQ=YEARLY;BYMONTH=0"),
    ("FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=MONTHLY;BYMONTHDAY=32"),
    ("FREQ=MONTHLY;BYMONTHDAY=-31", "FREQ=MONTHLY;BYMONTHDAY=-32"),
    ("FREQ=MONTHLY;BYMONTHDAY=1", "FREQ=MONTHLY;BYMONTHDAY=0"),
    ("FREQ=YEARLY;BYWEEKNO=53", "FREQ=YEARLY;BYWEEKNO=54"),
    ("FREQ=YEARLY;BYWEEKNO=-53", "FREQ=YEARLY;BYWEEKNO=-54"),
    ("FREQ=YEARLY;BYYEARDAY=366", "FREQ=YEARLY;BYYEARDAY=367"),
    ("FREQ=YEARLY;BYYEARDAY=-366", "FREQ=YEARLY;BYYEARDAY=-367"),
    ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=366", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=367"),
    ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-366", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-367"),
    ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0"),
    ("FREQ=MONTHLY;BYDAY=53MO", "FREQ=MONTHLY;BYDAY=54MO"),
    ("FREQ=YEARLY;BYDAY=-53MO", "FREQ=YEARLY;BYDAY=-54MO"),
    ("FREQ=MONTHLY;BYDAY=+1MO", "FREQ=MONTHLY;BYDAY=+0MO"),
    ("FREQ=DAILY;COUNT=1", "FREQ=DAILY;COUNT=0"),
    ("FREQ=DAILY;INTERVAL=1", "FREQ=DAILY;INTERVAL=0"),
    ("FREQ=DAILY;UNTIL=20280229T155959Z", "FREQ=DAILY;UNTIL=20270229T155959Z"),
    ("FREQ=MONTHLY;BYDAY=2SU", "FREQ=WEEKLY;BYDAY=2SU"),
    ("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO", "FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO"),
    ("FREQ=DAILY;BYMONTHDAY=1", "FREQ=WEEKLY;BYMONTHDAY=1"),
    ("FREQ=YEARLY;BYYEARDAY=1", "FREQ=MONTHLY;BYYEARDAY=1"),
    *_interval_rows(),
]


@pytest.mark.parametrize(("taken", "refused_beside"), BOUNDARIES)
def test_the_boundary_values(taken: str, refused_beside: str) -> None:
    assert str(lb.kinds.Recurrence(taken)) == taken
    refused(refused_beside)


HOME = lb.samples.home()
READ = next(p for p in HOME.programmes if p.id == "p-read")
READ_DOC = json.loads(lb.to_json(READ))


def _load_programme(rule: str) -> lb.InvalidData:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(json.dumps({**READ_DOC, "recurrence": rule}), lb.Programme)
    return info.value


@pytest.mark.parametrize(("rule", "names"), FORBIDDEN)
def test_a_forbidden_rule_from_json_is_refused_at_its_path(rule: str, names: list[str]) -> None:
    assert {p.path for p in _load_programme(rule)} == {"$.recurrence"}


@pytest.mark.parametrize("rule", ["FREQ=YEARLY;BYMONTH=13", "FREQ=WEEKLY;BYDAY=1MO"])
def test_in_a_home_the_path_names_the_programme(rule: str) -> None:
    doc = json.loads(lb.to_json(HOME))
    doc["programmes"][2]["vacation_recurrence"] = rule
    doc["programmes"][2]["vacation_time"] = "09:00"
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(json.dumps(doc, ensure_ascii=False), lb.Home)
    assert {p.path for p in info.value} == {"$.programmes[2].vacation_recurrence"}


# --- any rule string: refused with a path, or planned and written -------------------

_NAMES = [
    "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
    "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST", "RSCALE",
]  # fmt: skip
_FREQS = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]
_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# mostly small numbers, which most parts take; now and then any, or one at a limit
_NUMBERS = st.one_of(
    st.integers(1, 12),
    st.integers(1, 12),
    st.integers(-8, 8),
    st.integers(-400, 400),
    st.sampled_from([10**9, 36_500, 5_201, 53, -53, 366, -366, 31, -31]),
)
# the parts that give days, drawn more often than the rest
_DAY_PARTS = ["BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS"]


def _number(signed: st.DrawFn, n: int) -> str:
    return f"+{n}" if n > 0 and signed(st.booleans()) else str(n)


@st.composite
def _value(draw: st.DrawFn, name: str) -> str:
    if name == "FREQ":
        return draw(st.sampled_from([*_FREQS, "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "NEVER"]))
    if name == "WKST":
        return draw(st.sampled_from([*_DAYS, "XX"]))
    if name == "UNTIL":
        day = draw(st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)))
        text = f"{day:%Y%m%d}T155959Z"
        return draw(st.sampled_from([text, text, text[:8], text[:-1], "20270230T000000Z"]))
    if name in ("COUNT", "INTERVAL"):
        return str(draw(st.one_of(st.integers(1, 12), st.integers(-2, 12), _NUMBERS)))
    if name == "BYDAY":
        items = draw(
            st.lists(
                st.tuples(
                    st.none() | st.none() | st.integers(-6, 6) | st.integers(-60, 60),
                    st.sampled_from([*_DAYS, "XY"]),
                ),
                min_size=1,
                max_size=3,
            )
        )
        return ",".join(("" if n is None else _number(draw, n)) + d for n, d in items)
    items = draw(st.lists(_NUMBERS, min_size=1, max_size=3))
    return ",".join(_number(draw, n) for n in items)


@st.composite
def rule_texts(draw: st.DrawFn) -> str:
    parts = st.sampled_from(_NAMES[1:]) | st.sampled_from(_DAY_PARTS)
    names = draw(st.lists(parts, max_size=4, unique=True))
    if names and not draw(st.integers(0, 7)):  # now and then a part twice
        names.append(draw(st.sampled_from(names)))
    if draw(st.integers(0, 9)):  # mostly with FREQ, sometimes without
        names.insert(draw(st.integers(0, len(names))), "FREQ")
    names = names or ["FREQ"]
    return ";".join(f"{n}={draw(_value(n))}" for n in names)


def _home_with(rule: lb.kinds.Recurrence, first_day: dt.date | None) -> lb.Home:
    p = attrs.evolve(READ, recurrence=rule, first_day=first_day, if_closed=lb.model.IfClosed.MOVE)
    # what was held of the other programmes goes with them
    return attrs.evolve(HOME, programmes=(p,), held_sessions=())


@given(
    text=rule_texts(),
    start=st.dates(dt.date(2026, 9, 1), dt.date(2027, 8, 31)),
    days=st.integers(0, 70),
    earlier=st.none() | st.integers(0, 400),
)
def test_a_rule_is_refused_with_its_path_or_planned_and_written(
    text: str, start: dt.date, days: int, earlier: int | None
) -> None:
    try:
        rule = lb.kinds.Recurrence(text)
    except lb.InvalidData as refusal:
        assert list(refusal) and all(p.path == "$" and p.message_zh for p in refusal)
        assert {p.path for p in _load_programme(text)} == {"$.recurrence"}
        return
    first_day = None if earlier is None else start - dt.timedelta(days=earlier)
    end = start + dt.timedelta(days=days)
    made = lb.plan(_home_with(rule, first_day), start=start, end=end)
    data = lb.io.plan_to_ics(made)
    assert [(a, b) for a, b, _, _ in occurrences(data)] == sorted(
        (s.start, s.end) for s in made.sessions
    )
    # a rule that gives no day in the plan says so, and then the programme has no session
    begun = dt.datetime.combine(first_day or start, READ.time or dt.time(0), SHANGHAI)
    days_given = rule.between(
        begun,
        dt.datetime.combine(start, dt.time(0), SHANGHAI),
        dt.datetime.combine(end, dt.time(23, 59, 59), SHANGHAI),
    )
    noted = [n for n in made.notes if n.reason is lb.model.PlanNoteReason.NO_OCCURRENCE]
    assert bool(noted) == (not days_given)
    if noted:
        assert not made.sessions and not made.changes


# --- the rule's days, never looked for past the last day --------------------------


@given(
    freq=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]),
    interval=st.integers(1, 4),
    days=st.lists(st.sampled_from(_DAYS), max_size=3, unique=True),
    end=st.none()
    | st.integers(1, 40).map(lambda n: f"COUNT={n}")
    | st.just("UNTIL=20261215T155959Z"),
    offset=st.integers(0, 200),
    span=st.integers(0, 120),
)
def test_between_is_what_dateutil_gives(
    freq: str, interval: int, days: list[str], end: str | None, offset: int, span: int
) -> None:
    parts = [f"FREQ={freq}", f"INTERVAL={interval}"]
    parts += [f"BYDAY={','.join(days)}"] if days else []
    parts += [end] if end else []
    rule = lb.kinds.Recurrence(";".join(parts))
    start = dt.datetime(2026, 9, 1, 16, 40, tzinfo=SHANGHAI)
    first = start + dt.timedelta(days=offset)
    last = first + dt.timedelta(days=span)
    assert rule.between(start, first, last) == tuple(
        rule.rule(start).between(first, last, inc=True)
    )


# --- a valid rule that gives no day in the plan says so --------------------------------


def test_a_rule_without_a_day_in_the_plan_is_noted_by_name() -> None:
    home = HOME
    made = lb.plan(home, start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30))
    noted = {n.programme for n in made.notes}
    yearly = {
        p.id
        for p in home.programmes
        if p.recurrence is not None and "FREQ=YEARLY" in str(p.recurrence)
    }
    assert yearly and noted == yearly  # none of the sample's yearly days is in September
    assert not any(made.of(pid) for pid in noted)
    names = {p.id: p.name for p in home.programmes}
    for n in made.notes:
        assert n.programme in n.describe("en") and n.programme in n.describe("zh")
        assert names[n.programme] in n.describe("zh", names[n.programme])
        assert str(n.rule) in n.describe("en")


def test_a_rule_that_never_occurs_is_noted() -> None:
    home = _home_with(lb.kinds.Recurrence("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), None)
    made = lb.plan(home, start=dt.date(2026, 9, 1), end=dt.date(2027, 8, 31))
    assert not made.sessions and [n.reason for n in made.notes] == [
        lb.model.PlanNoteReason.NO_OCCURRENCE
    ]
    assert b"VEVENT" not in lb.io.plan_to_ics(made)


@settings(max_examples=examples(0.4))
@given(
    st.sets(st.integers(1, 12), min_size=1, max_size=3),
    st.sets(st.sampled_from([28, 29, 30, 31, -29, -30, -31]), min_size=1, max_size=2),
)
def test_a_rule_with_no_day_of_its_months_gives_what_dateutil_gives(
    months: set[int], days: set[int]
) -> None:
    """The shortcut for a rule whose months lack its days agrees with dateutil, over a
    span of eight years that holds two leap years."""
    from dateutil.rrule import rrulestr

    text = (
        f"FREQ=YEARLY;BYMONTH={','.join(map(str, sorted(months)))}"
        f";BYMONTHDAY={','.join(map(str, sorted(days)))}"
    )
    start = dt.datetime(2024, 1, 1, 16, 0, tzinfo=SHANGHAI)
    last = dt.datetime(2031, 12, 31, 23, 59, tzinfo=SHANGHAI)
    expected = tuple(rrulestr(text, dtstart=start).between(start, last, inc=True))
    assert lb.kinds.Recurrence(text).between(start, start, last) == expected
