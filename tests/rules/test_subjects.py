"""The engine checks any kind of subject it finds, wherever it stands in a document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import left_behind as lb
from left_behind import Severity, check, default_rules
from left_behind.law import Source
from left_behind.rules import CHILD_SUBJECT, REGISTER_SUBJECT, DocumentContext, Hit, Subject, rule

ON = lb.samples.REFERENCE_DATE
SOURCE = Source(law="HOME", title="本家园制度", article="第1条", text="示例条文")


@rule(
    id="HOME-register-named",
    severity=Severity.WARNING,
    source=SOURCE,
    title_zh="登记册有名称",
    title_en="a register has a name",
    subject=REGISTER_SUBJECT,
)
def register_named(register: lb.Register, context: DocumentContext) -> Iterator[Hit]:
    yield Hit(path="$.name", zh=f"共 {len(register.children)} 名儿童", en=str(context.on))


PARENT_SUBJECT = Subject(
    kind="parent",
    cls=lb.Parent,
    label=("父母", "Parent"),
    id_of=lambda p: p.role.value,
    name_of=lambda p: p.name,
    context=lambda p, on, policy, document: DocumentContext(on=on, policy=policy),
)


@rule(
    id="HOME-parent-phone",
    severity=Severity.INFO,
    source=SOURCE,
    title_zh="父母留有电话",
    title_en="a parent leaves a phone",
    subject=PARENT_SUBJECT,
)
def parent_phone(parent: lb.Parent, context: Any) -> Iterator[Hit]:
    if parent.phone is not None:
        yield Hit(path="$.phone", zh="电话已登记", en="a phone is on record")


def test_a_rule_over_the_whole_document_runs_once_on_it() -> None:
    register = lb.samples.shicun()
    report = check(register, on=ON, rules=lb.RuleSet((register_named,)))
    assert [(f.subject_kind, f.subject_id, f.path) for f in report.findings] == [
        ("register", register.name, "$.name")
    ]
    f = report.findings[0]
    assert f.message_zh == f"登记册 {register.name}：共 {len(register.children)} 名儿童"
    assert f.message_en == f"Register {register.name}: {ON}"


def test_a_document_rule_finds_no_document_in_a_child() -> None:
    child = lb.samples.shicun().children[0]
    assert check(child, on=ON, rules=lb.RuleSet((register_named,))).findings == ()


def test_a_new_kind_of_subject_is_found_wherever_it_stands() -> None:
    register = lb.samples.shicun()
    rules = default_rules().with_rules(parent_phone)
    report = check(register, on=ON, rules=rules)
    parents = [p for c in register.children for p in c.parents if p.phone is not None]
    found = report.filter(rule_id="HOME-parent-phone").findings
    assert len(found) == len(parents) > 0
    assert {f.subject_kind for f in found} == {"parent"}
    assert all(f.message_en.startswith(("Parent father", "Parent mother")) for f in found)
    # the child rules still run, and on children only
    assert report.filter(subject_kind="child").findings == check(register, on=ON).findings


def test_findings_name_the_subject_by_its_masked_name() -> None:
    child = lb.samples.family(father="working_away", mother="working_away", age=6)
    f = check(child, on=ON).findings[0]
    assert f.message_zh.startswith(f"儿童 {child.id}（{lb.kinds.mask_name(child.name)}）：")
    assert f.message_en.startswith(f"Child {child.id} ({lb.kinds.mask_name(child.name)}): ")
    assert child.name not in f.message_zh


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_paths_in_the_callers_key_style(style: str) -> None:
    register = lb.samples.shicun()
    snake = check(register, on=ON)
    styled = check(register, on=ON, style=style)  # type: ignore[arg-type]
    assert len(styled.findings) == len(snake.findings)
    for a, b in zip(snake.findings, styled.findings, strict=True):
        assert b.path == (lb.kinds._fields.camel_path(a.path) if style == "camel" else a.path)
    assert any("_" in f.path for f in snake.findings)
    if style == "camel":
        assert not any("_" in f.path for f in styled.findings)


def test_a_bad_style_is_a_mistake_in_the_program() -> None:
    with pytest.raises(ValueError, match="style"):
        check(lb.samples.shicun(), on=ON, style="kebab")  # type: ignore[arg-type]


def test_a_record_holding_no_subject_has_no_findings() -> None:
    parent = lb.samples.shicun().children[0].parents[0]
    assert check(parent, on=ON).findings == ()


def test_the_child_rules_apply_to_minors_born_by_the_date() -> None:
    child = lb.samples.family(father="working_away", mother="working_away", age=6)
    assert CHILD_SUBJECT.applies(child, ON)
    assert not CHILD_SUBJECT.applies(child, child.birth_date - dt.timedelta(days=1))
    eighteen = dt.date(ON.year - 18, ON.month, ON.day) - dt.timedelta(days=1)
    adult = attrs.evolve(child, birth_date=eighteen, id_number=None)
    assert not CHILD_SUBJECT.applies(adult, ON)
    assert check(adult, on=ON).findings == ()
