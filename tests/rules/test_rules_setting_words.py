"""A finding says what the policy says: its words follow the setting it names.

With ``contact_gap_days=14`` the weekly-contact finding says every 14 days, in
both languages, and nowhere every week; with any setting a rule reads moved
within its bounds, a finding that names the setting states its value, and
one counted in days names no week, month or year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import Finding, InvalidData, Policy, check, check_plan, default_rules

ON = lb.samples.REFERENCE_DATE
REGISTER = lb.samples.shicun()
HOME = lb.samples.home()
PLAN = lb.plan(HOME, start=dt.date(2026, 9, 1), end=dt.date(2027, 1, 31))
# the settings a rule reads whose value a finding can state: numbers
READ = sorted(
    {name for r in default_rules() for name in r.settings if type(getattr(Policy(), name)) is int}
)
# what names a period in words: a setting counted in days says its days instead
PERIOD_EN = re.compile(r"\b(week|weeks|weekly|month|monthly|year|yearly|annual|fortnight)\b")
PERIOD_ZH = re.compile(r"每周|一周|星期|每月|一个月|第一个月|每年|一年")


def _findings(policy: Policy) -> Iterator[Finding]:
    yield from check(REGISTER, on=ON, policy=policy).findings
    yield from check(HOME, on=ON, policy=policy).findings
    yield from check_plan(PLAN, policy=policy).findings


def _tokens(text: str) -> set[str]:
    # numbers standing alone: not the digits of a date or an id
    return set(re.findall(r"(?<![\d.\-/:A-Za-z])\d+(?![\d\-/]|:\d)", text))


def _policy(name: str, value: int) -> Policy:
    try:
        return attrs.evolve(Policy(), **{name: value})
    except InvalidData:
        assume(False)
        raise


def test_the_weekly_contact_finding_says_every_14_days_with_a_gap_of_14() -> None:
    policy = _policy("contact_gap_days", 14)
    found = [f for f in _findings(policy) if f.rule_id == "MPL-23-weekly-contact"]
    assert found
    for f in found:
        assert "every 14 days" in f.message_en and "每 14 天" in f.message_zh, f.message_en
        assert not PERIOD_EN.search(f.message_en) and not PERIOD_ZH.search(f.message_zh)
    child = REGISTER.child(found[0].subject_id)
    risk = lb.assess_risk(child, on=ON, policy=policy)
    said = [f.explanation for f in risk.factors if f.code == "communication_lacking"]
    assert said and all("14" in t.zh and "14 days" in t.en for t in said)


@settings(max_examples=15, deadline=None)
@given(name=st.sampled_from(READ), data=st.data())
def test_a_finding_states_the_value_of_the_setting_it_names(name: str, data: st.DataObject) -> None:
    default = getattr(Policy(), name)
    value = data.draw(st.integers(0, 3 * default + 40).filter(lambda v: v != default), "value")
    for f in _findings(_policy(name, value)):
        if f.setting != name:
            continue
        for message in (f.message_zh, f.message_en):
            assert str(value) in _tokens(message), f"{f.rule_id} does not say {name}={value}"
        if name.endswith("_days"):
            assert not PERIOD_EN.search(f.message_en), f.message_en
            assert not PERIOD_ZH.search(f.message_zh), f.message_zh


@pytest.mark.parametrize("rule_id", [r.id for r in default_rules() if r.settings])
def test_no_title_states_the_default_of_a_setting_its_rule_reads(rule_id: str) -> None:
    r = default_rules().get(rule_id)
    for name in r.settings:
        value = getattr(Policy(), name)
        if isinstance(value, int) and not isinstance(value, bool) and value > 1:
            assert str(value) not in _tokens(r.title("en")), f"{rule_id}: {r.title('en')}"
