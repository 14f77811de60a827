"""The engine: run a rule set over any record or document on a date."""

from __future__ import annotations

import datetime as dt
import functools
import typing
from collections.abc import Collection, Iterator, Sequence
from typing import Any

import attrs

from left_behind.kinds import Record, Style, camel_path, check_style, kind_of
from left_behind.rules._findings import Finding, Report
from left_behind.rules._policy import Policy
from left_behind.rules._registry import Fact, Rule, RuleSet, Subject, registered

__all__ = ["check", "default_rules", "derive", "subjects_in"]

_DEFAULT_POLICY = Policy()


@functools.cache
def _rule_set(rules: tuple[Rule, ...]) -> RuleSet:
    return RuleSet(rules)


def default_rules() -> RuleSet:
    """Every rule the library knows, in the order of the rules table.

    Each concern registers its rules as it is imported (see
    :meth:`~left_behind.rules.Subject.rule`): the child's in
    :mod:`left_behind.rules`, the plan's in :mod:`left_behind.planning`...
    The order is the concerns' (child, person, pairing, home, plan), each
    concern's rules in the order declared.
    """
    return _rule_set(registered())


def _facts_for(rules: Sequence[Rule], row: Subject) -> dict[str, Fact]:
    offered = row.facts()
    return {name: offered[name] for r in rules for name in r.needs}


def _run(
    obj: Any, row: Subject, rules: Sequence[Rule], context: Any, wanted: Fact | None = None
) -> tuple[list[Finding], Any]:
    """The findings of ``rules`` on one subject, each given the facts it needs.

    A fact is worked out once, when first needed. A fact read from the
    findings (the risk level) is worked out from those of the rules that do
    not need such a fact, which run first; the rules that need it run after.
    ``wanted`` is a fact to work out even if no rule needs it, and return.
    """
    facts = _facts_for(rules, row)
    if wanted is not None:
        facts[wanted.name] = wanted
    known: dict[str, Any] = {}
    found: list[Finding] = []
    after = {name for name, f in facts.items() if f.after_rules}

    def given(r: Rule) -> dict[str, Any]:
        for name in r.needs:
            if name not in known:
                known[name] = facts[name].compute(obj, context, ())
        return {name: known[name] for name in r.needs}

    later: list[Rule] = []
    for r in rules:
        if after.intersection(r.needs):
            later.append(r)
        else:
            found.extend(r.run(obj, context, given(r) if r.needs else None))
    # what the facts read from the findings see: the rules that do not need them
    first = list(found)
    for name in sorted(after, key=list(facts).index):
        known[name] = facts[name].compute(obj, context, first)
    if wanted is not None:
        # the rules that read such a fact feed no fact: not run for one
        return found, known[wanted.name]
    for r in later:
        found.extend(r.run(obj, context, given(r)))
    return found, None


def derive(
    obj: Any, fact: Fact, *, on: dt.date, policy: Policy, rules: RuleSet | None = None
) -> Any:
    """``fact`` of one subject on ``on``, as :func:`check` works it out for its rules.

    The same rules (``rules``, or the defaults) and ``policy``: a fact read
    from the findings (the risk level) reads the findings of the caller's
    rules. A subject the rules do not apply to on ``on`` has no findings.
    """
    row = fact.subject
    selected = default_rules() if rules is None else rules
    mine = [r for r in selected if r.subject == row] if row.applies(obj, on) else []
    shared = obj if row.prepare is None else row.prepare(obj, on, policy, selected)
    context = row.context(obj, on, policy, shared)
    return _run(obj, row, mine, context, fact)[1]


@functools.cache
def _reaches(cls: type, targets: frozenset[type]) -> tuple[str, ...]:
    """The fields of record class ``cls`` whose values may hold a record of ``targets``.

    Worked out from the field types once per class, so a walk never enters a
    child's contact log looking for volunteers.
    """
    hints = typing.get_type_hints(cls)
    return tuple(
        a.name for a in attrs.fields(cls) if _holds(hints[a.name], targets, frozenset({cls}))
    )


def _holds(tp: Any, targets: frozenset[type], seen: frozenset[type]) -> bool:
    kind = kind_of(tp)
    if kind.name == "record":
        if any(issubclass(tp, t) for t in targets):
            return True
        if tp in seen:
            return False
        hints = typing.get_type_hints(tp)
        return any(_holds(hints[a.name], targets, seen | {tp}) for a in attrs.fields(tp))
    return any(_holds(t, targets, seen) for t in kind.items(tp))


def subjects_in(obj: Any, classes: frozenset[type]) -> Iterator[Any]:
    """Every record of ``classes`` in ``obj`` (itself included), in document order."""
    if isinstance(obj, tuple(classes)):
        yield obj
    if isinstance(obj, Record):
        cls: Any = type(obj)  # a class is hashable, whatever mypy reads in Record
        for name in _reaches(cls, classes):
            yield from _in_value(getattr(obj, name), classes)


def _in_value(value: Any, classes: frozenset[type]) -> Iterator[Any]:
    if isinstance(value, Record):
        yield from subjects_in(value, classes)
    elif isinstance(value, (tuple, frozenset)):
        for item in value:
            yield from _in_value(item, classes)


def _only(by_subject: dict[Subject, list[Rule]], only: frozenset[str]) -> dict[Subject, list[Rule]]:
    """The rules to run of each kind of subject for ``only``: a kind whose wanted rules read
    a fact worked out from the findings (the risk level) runs all its rules, so the fact is
    the whole check's; the findings are filtered afterwards."""
    kept: dict[Subject, list[Rule]] = {}
    for row, its_rules in by_subject.items():
        wanted = [r for r in its_rules if r.id in only]
        if not wanted:
            continue
        after = {name for name, f in row.facts().items() if f.after_rules}
        kept[row] = its_rules if any(after.intersection(r.needs) for r in wanted) else wanted
    return kept


def check(
    subject: Any,
    *,
    on: dt.date,
    policy: Policy = _DEFAULT_POLICY,
    rules: RuleSet | None = None,
    style: Style = "snake",
    only: Collection[str] | None = None,
) -> Report:
    """Check a record or a whole document on ``on``: every finding, in order.

    ``subject`` is any record of the library: a child, a register, and every
    document or record the library defines. The engine finds in it every
    subject that a rule checks (each child of a register, the register
    itself for the rules over a whole document...) and runs those rules on
    each. A document with problems is still a document: nothing is raised
    for a broken rule. ``policy`` holds the settings no law fixes; ``rules``
    is :func:`default_rules` unless given (switch rules off with
    ``default_rules().without(...)``, add your own with ``with_rules``).
    ``style`` writes the findings' paths in the caller's key style
    (``"camel"``: ``$.care[0].schoolNotifiedOn``), so a frontend can put each
    on the field at fault.

    >>> import left_behind as lb
    >>> child = lb.samples.family(father="working_away", mother="working_away", age=6)
    >>> report = lb.check(child, on=lb.samples.REFERENCE_DATE)
    >>> [(f.rule_id, f.path) for f in report.findings]
    [('PIPL-31-consent', '$.consents'), ('MPL-23-notice', '$.care[0].school_notified_on'),
     ('MPL-23-notice', '$.care[0].village_notified_on'),
     ('MPL-23-weekly-contact', '$.contacts'), ('MPL-23-weekly-contact', '$.contacts')]
    >>> lb.check(child, on=lb.samples.REFERENCE_DATE, style="camel").findings[1].path
    '$.care[0].schoolNotifiedOn'
    """
    if not isinstance(subject, Record):
        raise TypeError(
            f"check() takes a record of left_behind (a Child, a Register...),"
            f" not {type(subject).__name__}: load the data first with from_json or from_dict"
        )
    check_style(style)
    selected = default_rules() if rules is None else rules
    by_subject: dict[Subject, list[Rule]] = {}
    for r in selected:
        by_subject.setdefault(r.subject, []).append(r)
    if only is not None:
        by_subject = _only(by_subject, frozenset(only))
    classes = frozenset(row.cls for row in by_subject)
    found: list[Finding] = []
    # what a kind of subject's rules share across a document is worked out
    # once per check, not once per subject
    shared = {
        row: subject if row.prepare is None else row.prepare(subject, on, policy, selected)
        for row in by_subject
    }
    for obj in subjects_in(subject, classes):
        for row, its_rules in by_subject.items():
            if isinstance(obj, row.cls) and row.applies(obj, on):
                context = row.context(obj, on, policy, shared[row])
                found.extend(_run(obj, row, its_rules, context)[0])
    if only is not None:
        found = [f for f in found if f.rule_id in only]
    if style == "camel":
        found = [attrs.evolve(f, path=camel_path(f.path)) for f in found]
    return Report.of(on, found, (r.source for r in selected))
