"""What a rule declares (its settings, the facts it needs) and the facts the engine hands it.

A rule that needs the risk level is given the risk worked out from the
caller's rules and policy, once per child per check, the same risk
``assess_risk`` gives with those rules: no rule calls ``check()`` again.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import Child, Policy, Risk, RuleSet, Severity, assess_risk, check
from left_behind.kinds import Text
from left_behind.rules import CHILD_SUBJECT, Context, Hit, Subject, default_rules, rule
from left_behind.testing.rules import cases

ON = lb.samples.REFERENCE_DATE
SOURCE = default_rules().get("MPL-23-weekly-contact").source
CHILD_IDS = tuple(r.id for r in default_rules() if r.subject is CHILD_SUBJECT)


def _seen() -> tuple[lb.rules.Rule, list[Risk]]:
    """A rule that needs the risk level, and the risks it was given."""
    given_risks: list[Risk] = []

    @rule(
        id="HOME-visit",
        severity=Severity.INFO,
        source=SOURCE,
        title=Text("按风险等级探访", "visits as the risk level asks"),
        settings=("visit_days_high",),
        needs=("risk",),
    )
    def visit(child: Child, context: Context, *, risk: Risk) -> Iterator[Hit]:
        given_risks.append(risk)
        yield Hit(
            path="$",
            message=Text("风险{level}", "risk {level}").format(level=risk.level.value),
        )

    return visit, given_risks


def test_a_rule_needing_the_risk_sees_the_risk_of_the_callers_rules() -> None:
    child = lb.samples.shicun().child("SC-018")
    assert assess_risk(child, on=ON).level is lb.RiskLevel.HIGH  # MPL-22-disqualified: +4
    visit, risks = _seen()
    mine = default_rules().without("MPL-22-disqualified").with_rules(visit)
    report = check(child, on=ON, rules=mine)
    assert [r.level for r in risks] == [assess_risk(child, on=ON, rules=mine).level]
    assert risks[0].level is not lb.RiskLevel.HIGH
    assert "rule:MPL-22-disqualified" not in {f.code for f in risks[0].factors}
    said = report.filter(rule_id="HOME-visit").findings
    assert [f.message_en.rsplit(": ", 1)[1] for f in said] == [f"risk {risks[0].level.value}"]


def test_an_extra_rule_of_the_caller_feeds_the_risk_the_rules_see() -> None:
    child = lb.samples.shicun().child("SC-018")

    @rule(id="X-always", severity=Severity.ERROR, source=SOURCE, title=Text("总是", "always"))
    def always(child: Child, context: Context) -> Iterator[Hit]:
        yield Hit(path="$", zh="总是", en="always")

    visit, risks = _seen()
    mine = RuleSet((always, visit))
    check(child, on=ON, rules=mine)
    assert risks[0].factors[0].code == "rule:X-always"
    assert risks == [assess_risk(child, on=ON, rules=mine)]  # and the rule ran once


@settings(max_examples=30, deadline=None)
@given(drawn=cases(), off=st.sets(st.sampled_from(CHILD_IDS)), weight=st.integers(0, 9))
def test_the_risk_a_rule_sees_is_assess_risk_with_the_same_rules_and_policy(
    drawn: tuple[Child, dt.date], off: set[str], weight: int
) -> None:
    child, on = drawn
    policy = attrs.evolve(Policy(), risk=attrs.evolve(Policy().risk, warning=weight))
    visit, risks = _seen()
    mine = default_rules().without(*off).with_rules(visit)
    check(child, on=on, policy=policy, rules=mine)
    applies = child.birth_date <= on and child.age_on(on) < 18
    assert risks == ([assess_risk(child, on=on, policy=policy, rules=mine)] if applies else [])
    if applies:
        # a rule that reads the risk does not raise it
        assert risks == [assess_risk(child, on=on, policy=policy, rules=mine.without("HOME-visit"))]


def test_a_fact_is_worked_out_once_per_subject_per_check() -> None:
    calls: list[str] = []
    thing = Subject(
        kind="test-fact-subject",
        cls=lb.Child,
        label=("测试", "Test"),
        id_of=lambda c: c.id,
        name_of=lambda c: None,
        context=lambda c, on, policy, document: on,
    )

    @thing.fact("count", words=Text("计数", "a count"))
    def count(obj: Child, context: Any, findings: Any) -> int:
        calls.append(obj.id)
        return len(calls)

    def needing(rule_id: str) -> lb.rules.Rule:
        def check_(obj: Child, context: Any, *, count: int) -> Iterator[Hit]:
            yield Hit(path="$", zh=f"{count}", en=f"{count}")

        return rule(
            id=rule_id,
            severity=Severity.INFO,
            source=SOURCE,
            title=Text("测试", "test"),
            subject=thing,
            needs=("count",),
        )(check_)

    register = lb.samples.shicun()
    report = check(register, on=ON, rules=RuleSet((needing("X-a"), needing("X-b"))))
    assert calls == [c.id for c in register.children]
    assert len(report.findings) == 2 * len(register.children)


def test_what_a_rule_declares_is_checked_when_it_is_declared() -> None:
    made = dict(id="X-1", severity=Severity.INFO, source=SOURCE, title=Text("测试", "test"))
    with pytest.raises(ValueError, match="reads contact_days, which is not a Policy setting"):
        rule(**made, settings=("contact_days",))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"needs 'risk_level', not a fact of a child.*risk"):
        rule(**made, needs=("risk_level",))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rule X-1 needs risk"):
        rule(**made, needs=("risk",))(lambda child, context: ())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="give its title once"):
        rule(**made, title_zh="测试", title_en="test")  # type: ignore[arg-type]


# --- what the rules of the library declare --------------------------------------


def test_every_setting_a_rule_declares_is_a_setting_and_every_fact_one_it_is_given() -> None:
    names = {s.name for s in Policy().settings()}
    for r in default_rules():
        assert set(r.settings) <= names, r.id
        assert set(r.needs) <= set(r.subject.facts()), r.id


def _documents() -> Iterator[lb.kinds.Record]:
    yield lb.samples.shicun()
    home = lb.samples.home()
    yield home
    yield lb.plan(home, start=dt.date(2026, 9, 1), end=dt.date(2027, 1, 31))


@pytest.mark.parametrize("document", list(_documents()), ids=lambda d: type(d).__name__)
def test_a_finding_names_only_a_setting_its_rule_declares(document: lb.kinds.Record) -> None:
    rules = default_rules()
    report = lb.check_plan(document) if isinstance(document, lb.Plan) else check(document, on=ON)
    assert report.findings
    for f in report.findings:
        assert f.setting is None or f.setting in rules.get(f.rule_id).settings, f.rule_id


@pytest.mark.parametrize("rule_id", default_rules().ids())
def test_a_rule_declares_the_settings_its_check_reads(rule_id: str) -> None:
    r = default_rules().get(rule_id)
    source = inspect.getsource(r.check)
    read = set(re.findall(r"\bpolicy\.(\w+)", source)) - {"risk", "pairing"}
    assert read <= set(r.settings), f"{rule_id} reads {sorted(read - set(r.settings))}"


@pytest.mark.parametrize(
    "fact", list(lb.rules.CHILD_SUBJECT.facts().values()), ids=lambda f: f.name
)
def test_a_fact_declares_the_settings_it_reads(fact: lb.rules.Fact) -> None:
    # what a fact reads (the risk reads the risk weights and three settings) is said where it is
    module = vars(inspect.getmodule(fact.compute))
    # the compute function and every function of its module it calls, however deep
    seen, todo, source = set(), [fact.compute], ""
    while todo:
        fn = todo.pop()
        if fn in seen:
            continue
        seen.add(fn)
        text = inspect.getsource(fn)
        source += text
        todo += [
            f
            for name in re.findall(r"\b(\w+)\(", text)
            if inspect.isfunction(f := module.get(name)) and f.__module__ == fn.__module__
        ]
    read = set(re.findall(r"\bpolicy\.(\w+)", source))
    assert read <= set(fact.settings) | {"pairing"}, sorted(read - set(fact.settings))


def test_a_fact_reading_no_setting_of_the_policy_is_refused() -> None:
    with pytest.raises(ValueError, match="fact made_up reads no_such, which is not a Policy"):
        lb.rules.CHILD_SUBJECT.fact("made_up", words=lb.kinds.Text("x", "x"), settings=("no_such",))
