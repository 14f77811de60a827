"""Age (周岁) and civil capacity on a date, and periods, as the law counts them (CC-capacity).

A full year of age is counted from the day after the birthday (SPC 2006 art. 2; Civil Code
arts. 201-203); a period of months has passed from the day after its last day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from builders import minimal_child
from left_behind import testing as lt
from profiles import examples

NONE, LIMITED, FULL = (
    lb.model.CivilCapacity.NONE,
    lb.model.CivilCapacity.LIMITED,
    lb.model.CivilCapacity.FULL,
)
BIRTH = dt.date(2010, 3, 2)
LEAPLING = dt.date(2012, 2, 29)
D = dt.date


@pytest.mark.parametrize(
    ("on", "age", "capacity"),
    [
        (D(2010, 3, 2), 0, NONE),  # the day of birth
        (D(2011, 3, 2), 0, NONE),  # the first birthday: the year ends at its 24:00
        (D(2011, 3, 3), 1, NONE),  # one from the day after (SPC 2006 art. 2)
        # 8th birthday: limited capacity from the day after
        (D(2018, 3, 1), 7, NONE),
        (D(2018, 3, 2), 7, NONE),
        (D(2018, 3, 3), 8, LIMITED),
        # 16th birthday: still "under 16" (不满十六周岁) on the day itself
        (D(2026, 3, 1), 15, LIMITED),
        (D(2026, 3, 2), 15, LIMITED),
        (D(2026, 3, 3), 16, LIMITED),
        # 18th birthday: full capacity from the day after
        (D(2028, 3, 1), 17, LIMITED),
        (D(2028, 3, 2), 17, LIMITED),
        (D(2028, 3, 3), 18, FULL),
        (D(2070, 1, 1), 59, FULL),
    ],
)
def test_boundary_birthdays(on: dt.date, age: int, capacity: lb.model.CivilCapacity) -> None:
    assert lb.model.age_on(BIRTH, on) == age
    assert lb.model.capacity_on(BIRTH, on) is capacity
    child = minimal_child(BIRTH)
    assert child.age_on(on) == age
    assert child.capacity_on(on) is capacity


@pytest.mark.parametrize(
    ("on", "age"),
    [
        (D(2012, 2, 29), 0),
        (D(2013, 2, 28), 0),  # a common year: the birthday is the last day of February
        (D(2013, 3, 1), 1),  # ... and a year older from 1 March
        (D(2015, 2, 28), 2),
        (D(2015, 3, 1), 3),
        (D(2016, 2, 28), 3),
        (D(2016, 2, 29), 3),  # a leap year: the birthday is 29 February itself
        (D(2016, 3, 1), 4),
        (D(2020, 2, 29), 7),
        (D(2020, 3, 1), 8),  # 8 in a leap year
        (D(2026, 2, 27), 13),
        (D(2026, 2, 28), 13),  # 14th birthday in a common year
        (D(2026, 3, 1), 14),
        (D(2028, 2, 28), 15),
        (D(2028, 2, 29), 15),  # 16th birthday in a leap year
        (D(2028, 3, 1), 16),
        (D(2030, 2, 28), 17),  # 18th birthday in a common year
        (D(2030, 3, 1), 18),
    ],
)
def test_born_on_29_february(on: dt.date, age: int) -> None:
    """Civil Code art. 202: a period in years with no corresponding day ends on the month's last."""
    assert lb.model.age_on(LEAPLING, on) == age
    expected = NONE if age < 8 else LIMITED if age < 18 else FULL
    assert lb.model.capacity_on(LEAPLING, on) is expected
    assert minimal_child(LEAPLING).age_on(on) == age


@pytest.mark.parametrize(
    ("years", "birthday"),
    [(1, D(2013, 2, 28)), (4, D(2016, 2, 29)), (14, D(2026, 2, 28)), (16, D(2028, 2, 29))],
)
def test_birthday_in_for_29_february(years: int, birthday: dt.date) -> None:
    assert lb.model.birthday_in(LEAPLING, years) == birthday
    assert lb.model.of_age_from(LEAPLING, years) == D(birthday.year, 3, 1)
    assert lb.model.age_on(LEAPLING, birthday) == years - 1
    assert lb.model.age_on(LEAPLING, birthday + dt.timedelta(days=1)) == years


def test_born_on_28_february_shares_the_birthday_in_a_common_year() -> None:
    born_28 = D(2012, 2, 28)
    assert lb.model.age_on(born_28, D(2026, 3, 1)) == lb.model.age_on(LEAPLING, D(2026, 3, 1)) == 14
    assert lb.model.age_on(born_28, D(2028, 2, 29)) == 16
    assert lb.model.age_on(LEAPLING, D(2028, 2, 29)) == 15  # a leap year: one more day to wait


@pytest.mark.parametrize(
    ("on", "capacity"),
    [
        (D(2018, 3, 3), LIMITED),  # 8 and earning: still limited
        (D(2026, 3, 2), LIMITED),  # the 16th birthday: 15, earnings do not count yet
        (D(2026, 3, 3), FULL),  # 16 and living on own earnings: full (CC art. 18)
        (D(2027, 6, 1), FULL),  # 17
        (D(2028, 3, 3), FULL),
        (D(2017, 1, 1), NONE),  # 6: none, whatever the earnings
    ],
)
def test_living_on_own_earnings(on: dt.date, capacity: lb.model.CivilCapacity) -> None:
    assert lb.model.capacity_on(BIRTH, on, lives_on_own_earnings=True) is capacity
    assert minimal_child(BIRTH, lives_on_own_earnings=True).capacity_on(on) is capacity


def nth_birthday(birth: dt.date, n: int) -> dt.date:
    """The ``n``-th birthday: 28 February in a common year for a 29 February birth."""
    try:
        return birth.replace(year=birth.year + n)
    except ValueError:
        return dt.date(birth.year + n, 2, 28)


def aged_from(birth: dt.date, n: int) -> dt.date:
    """The first day of age ``n``: the day after the birthday (SPC 2006 art. 2)."""
    return nth_birthday(birth, n) + dt.timedelta(days=1) if n else birth


births = st.one_of(
    st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from([D(2012, 2, 29), D(2000, 2, 29), D(1904, 2, 29), D(2016, 2, 29)]),
)
days = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


@given(birth=births, a=days, b=days)
def test_age_is_monotone(birth: dt.date, a: dt.date, b: dt.date) -> None:
    first, last = sorted((a, b))
    assert lb.model.age_on(birth, first) <= lb.model.age_on(birth, last)
    order = [NONE, LIMITED, FULL]
    for earns in (False, True):
        assert order.index(lb.model.capacity_on(birth, first, lives_on_own_earnings=earns)) <= (
            order.index(lb.model.capacity_on(birth, last, lives_on_own_earnings=earns))
        )


@given(birth=births, n=st.integers(1, 70))
def test_one_year_older_the_day_after_each_birthday(birth: dt.date, n: int) -> None:
    day = nth_birthday(birth, n)
    assert lb.model.age_on(birth, day - dt.timedelta(days=1)) == n - 1
    assert lb.model.age_on(birth, day) == n - 1
    assert lb.model.age_on(birth, day + dt.timedelta(days=1)) == n
    assert lb.model.of_age_from(birth, n) == day + dt.timedelta(days=1)


@given(birth=births, after=st.integers(0, 200 * 366))
def test_age_changes_only_the_day_after_birthdays(birth: dt.date, after: int) -> None:
    on = birth + dt.timedelta(days=after)  # a day on or after the birth: none other has an age
    age = lb.model.age_on(birth, on)
    assert age >= 0
    assert aged_from(birth, age) <= on < aged_from(birth, age + 1)
    nxt = lb.model.age_on(birth, on + dt.timedelta(days=1))
    assert nxt - age == (1 if on + dt.timedelta(days=1) == aged_from(birth, age + 1) else 0)


@given(birth=births, on=days, earns=st.booleans())
def test_capacity_follows_the_age(birth: dt.date, on: dt.date, earns: bool) -> None:
    age = lb.model.age_on(birth, on)
    if age >= 18 or (earns and age >= 16):
        expected = FULL
    elif age >= 8:
        expected = LIMITED
    else:
        expected = NONE
    assert lb.model.capacity_on(birth, on, lives_on_own_earnings=earns) is expected


@settings(max_examples=examples(0.5))
@given(child=lt.children())
def test_generated_children_are_minors_on_the_reference_date(child: lb.Child) -> None:
    assert 0 <= child.age_on(lt.REFERENCE_DATE) <= 17
    assert child.birth_date <= lt.REFERENCE_DATE
    assert child.capacity_on(lt.REFERENCE_DATE) is not FULL or child.lives_on_own_earnings


@settings(max_examples=examples(0.5))
@given(
    on=st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
    ages=st.tuples(st.integers(0, 17), st.integers(0, 17)).map(sorted),
    data=st.data(),
)
def test_children_strategy_respects_its_ages(
    on: dt.date, ages: list[int], data: st.DataObject
) -> None:
    child = data.draw(lt.children(on=on, min_age=ages[0], max_age=ages[1]))
    assert ages[0] <= child.age_on(on) <= ages[1]


# --- periods: Civil Code arts. 201-203 -------------------------------------------


@pytest.mark.parametrize(
    ("start", "last_day"),
    [
        (D(2024, 2, 20), D(2024, 8, 20)),
        (D(2024, 8, 31), D(2025, 2, 28)),  # no 31 February: the month's last day (art. 202)
        (D(2023, 8, 31), D(2024, 2, 29)),  # a leap year
        (D(2024, 12, 31), D(2025, 6, 30)),
        (D(2025, 7, 15), D(2026, 1, 15)),  # over the year's end
    ],
)
def test_six_months_end_on_the_corresponding_day(start: dt.date, last_day: dt.date) -> None:
    assert lb.model.period_end(start, months=6) == last_day
    assert not lb.model.period_passed(start, last_day - dt.timedelta(days=1), months=6)
    assert not lb.model.period_passed(start, last_day, months=6)  # it ends at 24:00 (art. 203)
    assert lb.model.period_passed(start, last_day + dt.timedelta(days=1), months=6)


@given(start=days, on=days, months=st.integers(1, 36))
def test_a_period_passes_once_and_for_all(start: dt.date, on: dt.date, months: int) -> None:
    passed = lb.model.period_passed(start, on, months=months)
    assert passed == (on > lb.model.period_end(start, months=months))
    if passed:
        assert lb.model.period_passed(start, on + dt.timedelta(days=1), months=months)
    end = lb.model.period_end(start, months=months)
    assert end > start
    assert (end.year - start.year) * 12 + end.month - start.month == months


@given(birth=births, n=st.integers(1, 70))
def test_an_age_is_a_period_of_years(birth: dt.date, n: int) -> None:
    """An age of ``n`` is the period of ``12 * n`` months from the birth having passed."""
    day = lb.model.of_age_from(birth, n)
    assert lb.model.period_passed(birth, day, months=12 * n)
    assert not lb.model.period_passed(birth, day - dt.timedelta(days=1), months=12 * n)


# --- one reading, the law's, in the code and the docs -------------------------------

ROOT = Path(__file__).resolve().parents[2]


def _section(text: str, heading: str) -> str:
    return text.split(heading, 1)[1].split("\n## ", 1)[0]


def test_the_docs_give_the_laws_reading_with_its_sources() -> None:
    rules = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    section = _section(rules, "## How ages and periods are counted")
    # the words of SPC 2006 art. 2, as the registry quotes them
    assert "从周岁生日的第二天起算" in lb.law.SPC06.provision(2).text
    assert "从周岁生日的第二天起算" in section and "法释〔2006〕1号" in section
    for article in ("art. 201", "art. 202", "art. 203", "art. 1259"):
        assert article in section
    assert "still under 16 (不满十六周岁) on the 16th birthday" in section
    assert "from 1 March, in common and leap years alike" in section
    guide = (ROOT / "docs" / "getting-started.md").read_text(encoding="utf-8")
    assert "从周岁生日的第二天起算" in guide and "from 1 March" in guide
    for text in (rules, guide, lb.model.age_on.__doc__ or ""):
        # the old reading, a year older on the birthday itself, is gone
        assert "exact by birthday" not in text
        assert "turns 14 on 28 February" not in text
    assert "from the day after" in (lb.model.age_on.__doc__ or "")


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        # the examples the docs give, read by the library
        (D(2010, 9, 1), D(2026, 9, 1), 15),
        (D(2010, 9, 1), D(2026, 9, 2), 16),
        (D(2012, 2, 29), D(2026, 2, 28), 13),
        (D(2012, 2, 29), D(2026, 3, 1), 14),
        (D(2012, 2, 29), D(2028, 2, 29), 15),
        (D(2012, 2, 29), D(2028, 3, 1), 16),
    ],
)
def test_the_docs_examples(birth: dt.date, on: dt.date, age: int) -> None:
    assert lb.model.age_on(birth, on) == age
    assert (lb.model.of_age_from(birth, age) <= on) and (on < lb.model.of_age_from(birth, age + 1))
