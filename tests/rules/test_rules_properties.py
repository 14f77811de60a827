"""Properties of the rule engine over generated registers.

(a) a register of compliant children has no finding; (b) one breach added to
one child gives that rule's findings for that child and nothing else; (c) the
order of the children does not change the report; (d) checking a register is
checking each child.
"""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from left_behind import Child, Register, Report, assess_risk, check, default_rules
from left_behind.testing.rules import (
    VIOLATION_KINDS,
    Case,
    compliant_children,
    registers,
    violations,
)
from profiles import examples

SETTINGS = settings(
    max_examples=examples(0.8),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_DATES = st.dates(dt.date(2022, 1, 1), dt.date(2030, 12, 31))


@st.composite
def compliant_registers(draw: st.DrawFn) -> tuple[Register, dt.date]:
    on = draw(_DATES)
    size = draw(st.integers(1, 4))
    children = [draw(compliant_children(on=on, child_id=f"OK-{i}")) for i in range(size)]
    return Register(children=tuple(c for c, _ in children)), on


@SETTINGS
@given(compliant_registers())
def test_a_compliant_register_has_no_finding(drawn: tuple[Register, dt.date]) -> None:
    register, on = drawn
    report = check(register, on=on)
    assert report.findings == ()
    assert report.ok


@SETTINGS
@given(compliant_children())
def test_a_compliant_child_breaks_no_rule_in_its_risk(drawn: tuple[Child, dt.date]) -> None:
    child, on = drawn
    risk = assess_risk(child, on=on)
    assert not [f for f in risk.factors if f.code.startswith("rule:")]


@st.composite
def one_breach(draw: st.DrawFn) -> tuple[Register, dt.date, Case]:
    """A register of compliant children and one child with a breach of a drawn kind."""
    on = draw(_DATES)
    case = draw(violations(on=on, kinds=VIOLATION_KINDS))
    others = [
        draw(compliant_children(on=on, child_id=f"OK-{i}")) for i in range(draw(st.integers(0, 3)))
    ]
    children = [c for c, _ in others]
    children.insert(draw(st.integers(0, len(children))), attrs.evolve(case.child, id="BAD"))
    return Register(children=tuple(children)), on, case


@SETTINGS
@given(one_breach())
def test_one_breach_gives_exactly_its_rule_findings(drawn: tuple[Register, dt.date, Case]) -> None:
    register, on, case = drawn
    report = check(register, on=on)
    assert report.findings, case.kind
    assert {f.subject_id for f in report.findings} == {"BAD"}
    assert {f.rule_id for f in report.findings} == {case.rule_id}, case.kind
    severity = default_rules().get(case.rule_id).severity
    assert all(f.severity is severity for f in report.findings)
    if case.count is not None:
        assert len(report.findings) == case.count, case.kind


@pytest.mark.parametrize("kind", VIOLATION_KINDS)
@settings(SETTINGS, max_examples=examples(0.12))
@given(data=st.data())
def test_each_kind_of_breach_gives_its_rule_alone(kind: str, data: st.DataObject) -> None:
    case = data.draw(violations(kinds=[kind]))
    report = check(case.child, on=case.on)
    assert {f.rule_id for f in report.findings} == {case.rule_id}
    assert case.count is None or len(report.findings) == case.count


@SETTINGS
@given(registers(), st.data())
def test_the_report_does_not_depend_on_the_order_of_the_children(
    drawn: tuple[Register, dt.date], data: st.DataObject
) -> None:
    register, on = drawn
    shuffled = data.draw(st.permutations(register.children))
    assert check(attrs.evolve(register, children=tuple(shuffled)), on=on) == check(register, on=on)


@SETTINGS
@given(registers())
def test_checking_a_register_is_checking_each_child(drawn: tuple[Register, dt.date]) -> None:
    register, on = drawn
    report = check(register, on=on)
    each = [check(c, on=on) for c in register.children]
    assert report == Report.of(on, itertools.chain.from_iterable(r.findings for r in each))
    for child, alone in zip(register.children, each, strict=True):
        assert report.filter(subject_id=child.id) == alone
