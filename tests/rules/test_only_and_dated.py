"""Running some rules of a check (``only=``), and the rules that date what falls due."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import left_behind as lb
from left_behind.kinds import Text
from left_behind.law import Source
from left_behind.rules import Hit, rule

HOME = lb.samples.home()
RULES = lb.default_rules()
IDS = RULES.ids()


@given(
    wanted=st.sets(st.sampled_from(IDS), max_size=6),
    days=st.integers(-200, 200),
)
def test_only_gives_what_the_whole_check_gives_for_those_rules(wanted: set[str], days: int) -> None:
    """Whatever the rules kept, the facts they read are the whole check's: the risk of a
    child, read by the visit rules, still sees every rule of the set."""
    on = lb.samples.REFERENCE_DATE + dt.timedelta(days=days)
    whole = [f for f in lb.check(HOME, on=on).findings if f.rule_id in wanted]
    assert list(lb.check(HOME, on=on, only=wanted).findings) == whole


def test_only_keeps_the_risk_of_every_rule() -> None:
    on = dt.date(2026, 9, 8)
    visits = {"VISIT-due", "VISIT-long-overdue"}
    whole = [f for f in lb.check(HOME, on=on).findings if f.rule_id in visits]
    assert whole  # the sample has visits late on that day
    assert list(lb.check(HOME, on=on, only=visits).findings) == whole


def test_the_rules_that_give_a_due_day_are_declared_dated() -> None:
    dated = {r.id for r in RULES if r.dated}
    seen: set[str] = set()
    for days in range(-365, 366, 30):
        report = lb.check(HOME, on=lb.samples.REFERENCE_DATE + dt.timedelta(days=days))
        seen |= {f.rule_id for f in report.findings if f.due is not None}
    assert seen and seen <= dated


def test_a_rule_that_dates_a_hit_without_saying_so_is_a_mistake() -> None:
    source = Source(law="HOME", title="本家园制度", article="第1条", text="……")

    @rule(id="HOME-x", severity=lb.Severity.INFO, source=source, title=Text("x", "x"))
    def undeclared(child: lb.Child, context: object) -> object:
        yield Hit(path="$", zh="到期", en="due", due=dt.date(2026, 9, 1))

    child = lb.samples.family()
    with pytest.raises(TypeError, match="dated=True"):
        lb.check(child, on=lb.samples.REFERENCE_DATE, rules=lb.rules.RuleSet((undeclared,)))

    @rule(id="HOME-y", severity=lb.Severity.INFO, source=source, title=Text("y", "y"), dated=True)
    def declared(child: lb.Child, context: object) -> object:
        yield Hit(path="$", zh="到期", en="due", due=dt.date(2026, 9, 1))

    report = lb.check(child, on=lb.samples.REFERENCE_DATE, rules=lb.rules.RuleSet((declared,)))
    assert [f.due for f in report.findings] == [dt.date(2026, 9, 1)]
