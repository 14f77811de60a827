"""Tallies of parts of a register add up to the whole register's summary."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from left_behind import samples
from left_behind.stats import Tally, summarize
from left_behind.testing import REFERENCE_DATE, registers
from profiles import examples

ON = REFERENCE_DATE


@settings(max_examples=examples(0.5))
@given(registers(min_children=0, max_children=8), st.integers(0, 8), st.integers(0, 8))
def test_parts_add_up_to_the_whole_register_in_any_order(register, cut, other) -> None:
    kids = register.children
    a, b = sorted((min(cut, len(kids)), min(other, len(kids))))
    parts = [Tally.of(kids[:a], on=ON), Tally.of(kids[a:b], on=ON), Tally.of(kids[b:], on=ON)]
    whole = summarize(register, on=ON)
    assert (parts[0] + parts[1] + parts[2]).summary(register.name) == whole
    assert (parts[2] + parts[0] + parts[1]).summary(register.name) == whole
    assert parts[0] + parts[1] == parts[1] + parts[0]


def test_a_child_born_after_the_date_is_counted_apart() -> None:
    home = samples.shicun()
    early = dt.date(2012, 1, 1)
    tally = sum((Tally.of([c], on=early) for c in home.children), Tally(on=early))
    assert tally.summary(home.name) == summarize(home, on=early)
    assert tally.born_after > 0


def test_tallies_of_two_dates_do_not_add_up() -> None:
    with pytest.raises(ValueError, match="do not add up"):
        Tally(on=ON) + Tally(on=ON + dt.timedelta(days=1))


def test_nothing_counted_is_an_empty_summary() -> None:
    s = Tally(on=ON).summary("空")
    assert s.total == 0 and all(r.count == 0 for r in s.by_status)
