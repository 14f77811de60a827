"""A home says once when it is open; files of layout 1, which said it twice, still load.

``tests/data/home-v1-*.json`` and ``tests/data/plan-v1-snake.json`` were written by the
library before layout 2 (``Home.hours`` beside ``Home.opening``): the weekly hours the
sample home then had (Monday to Friday 16:30-18:30, weekends 09:00-17:00), alone or with
its opening hours by kind of day, its terms and closures.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import left_behind as lb
from left_behind.calendar import DayKind
from left_behind.model import SCHEMA_VERSION, Weekday, Window
from left_behind.testing import homes, records

DATA = pathlib.Path(__file__).parent.parent / "data"
MON_TO_FRI = frozenset(list(Weekday)[:5])
WEEKEND = frozenset(list(Weekday)[5:])


def _load(name: str, cls: type[Any] = lb.Home, style: Any = "snake") -> Any:
    return lb.from_json((DATA / name).read_text(encoding="utf-8"), cls, style=style)


def _shown(openings: tuple[lb.Opening, ...]) -> list[str]:
    return [f"{o.start:%H:%M}-{o.end:%H:%M}" for o in openings]


def test_the_layout_is_version_two() -> None:
    assert SCHEMA_VERSION == 2
    assert json.loads(lb.to_json(lb.Home()))["schema_version"] == 2


def test_weekly_hours_alone_become_openings_for_every_kind_of_day() -> None:
    for name, style in (
        ("home-v1-hours-snake.json", "snake"),
        ("home-v1-hours-camel.json", "camel"),
    ):
        home = _load(name, style=style)
        assert home.schema_version == SCHEMA_VERSION
        assert home.opening == (
            lb.Opening(weekdays=MON_TO_FRI, start=dt.time(16, 30), end=dt.time(18, 30)),
            lb.Opening(weekdays=WEEKEND, start=dt.time(9), end=dt.time(17)),
        )
        # what pairing and calls read in layout 1, day by day
        assert _shown(home.week()[Weekday.FRIDAY]) == ["16:30-18:30"]
        assert _shown(home.week()[Weekday.SUNDAY]) == ["09:00-17:00"]
        assert _shown(home.open_on(DayKind.PUBLIC_HOLIDAY, Weekday.THURSDAY)) == ["16:30-18:30"]
        assert home.open_on(DayKind.CLOSED, Weekday.MONDAY) == ()


def test_with_opening_hours_too_the_opening_hours_are_the_truth() -> None:
    home = _load("home-v1-both-snake.json")
    sample = lb.samples.home()
    assert home.opening == sample.opening
    assert (home.terms, home.closures) == (sample.terms, sample.closures)
    # pairing read 16:30-18:30 on Mondays in layout 1; it now reads the school days' hours
    assert _shown(home.week()[Weekday.MONDAY]) == ["16:30-19:00"]
    assert _shown(home.week()[Weekday.SATURDAY]) == ["09:00-11:30", "14:00-17:00"]


# what calls read from the layout-1 file with both lists, before and after: the same on
# every day its school years cover (closures and holidays included)
@given(st.dates(dt.date(2025, 9, 1), dt.date(2027, 8, 31)))
def test_calls_read_the_same_hours_of_an_older_file(day: dt.date) -> None:
    from left_behind.calls._book import _hours_on

    home = _load("home-v1-both-snake.json")
    kind = lb.calendar.describe_day(day, terms=home.terms, closures=home.closures).kind
    layout_1 = sorted((o.start, o.end) for o in home.opening if o.day is kind)
    assert _hours_on(home, day, lb.Policy()) == layout_1


def test_the_home_inside_an_older_plan_is_read_too() -> None:
    plan = _load("plan-v1-snake.json", lb.Plan)
    assert plan.home.schema_version == SCHEMA_VERSION
    assert plan.home.opening == lb.samples.home().opening
    data = json.loads((DATA / "plan-v1-snake.json").read_text(encoding="utf-8"))
    assert lb.from_dict(data, lb.Plan) == plan
    both = lb.from_dict({"plans": [data, data]}, lb.model.Plans)
    assert both.plans == (plan, plan)
    # and the plan it held is the plan it gives today
    again = lb.plan(plan.home, start=plan.first, end=plan.last)
    assert (again.sessions, again.changes) == (plan.sessions, plan.changes)


def _layout_1(windows: list[Window], opening: list[lb.Opening]) -> dict[str, Any]:
    home = lb.to_dict(lb.Home(name="示例家园", opening=opening))
    home["schema_version"] = 1
    home["hours"] = [lb.to_dict(w) for w in windows]
    return home


@given(st.lists(records(Window), max_size=6), st.sampled_from([lb.from_dict, "json"]))
def test_an_older_file_of_weekly_hours_loads_into_the_same_opening_as_its_hours(
    windows: list[Window], how: Any
) -> None:
    data = _layout_1(windows, [])
    home = lb.from_json(json.dumps(data), lb.Home) if how == "json" else lb.from_dict(data, lb.Home)
    for weekday in Weekday:
        had = sorted({(w.start, w.end) for w in windows if w.day is weekday})
        for kind in (*DayKind, None):
            now = [(o.start, o.end) for o in home.open_on(kind, weekday)]
            assert now == ([] if kind is DayKind.CLOSED else had), (weekday, kind)
    # the file it becomes, written and read again, says the same
    assert lb.from_json(lb.to_json(home), lb.Home) == home


@given(st.lists(records(Window), max_size=3), st.lists(records(lb.Opening), min_size=1, max_size=3))
def test_an_older_file_with_both_keeps_its_opening(
    windows: list[Window], opening: list[lb.Opening]
) -> None:
    assert lb.from_dict(_layout_1(windows, opening), lb.Home).opening == tuple(opening)


@given(homes(), st.sampled_from(["snake", "camel"]))
def test_any_home_written_and_read_back_keeps_its_opening(home: lb.Home, style: Any) -> None:
    back = lb.from_json(lb.to_json(home, style=style), lb.Home, style=style)
    assert back.opening == home.opening
    assert back.week() == home.week()


def test_malformed_weekly_hours_are_reported_not_dropped() -> None:
    data = _layout_1([], [])
    data["hours"] = [{"day": "someday", "start": "16:30", "end": "18:30"}]
    try:
        lb.from_dict(data, lb.Home)
    except lb.InvalidData as exc:
        assert [p.path for p in exc.problems] == ["$.opening[0].weekdays[0]"]
    else:
        raise AssertionError("a weekday that is not one loaded")
    data["hours"] = "monday"
    try:
        lb.from_dict(data, lb.Home)
    except lb.InvalidData as exc:
        assert any("hours" in p.path for p in exc.problems)
    else:
        raise AssertionError("weekly hours that are not a list loaded")
