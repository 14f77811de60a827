"""The home to fill in: one record of each kind the sample home keeps, around one child."""

from __future__ import annotations

import datetime as dt
import functools
import typing
from typing import Any

import attrs

from left_behind.kinds import REFERS_TO
from left_behind.model import Child, Home
from left_behind.samples._reference import REFERENCE_DATE
from left_behind.samples._register import home

__all__ = ["home_template"]

_CONTACTS_KEPT = 4
"""How many of the child's latest contacts with the parents the template keeps: a short log."""


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _refs(obj: Any) -> set[str]:
    """Every id that ``obj`` (a record) or the records it holds refer to, from the declarations."""
    found: set[str] = set()
    for a in attrs.fields(type(obj)):
        value = getattr(obj, a.name)
        if a.metadata.get(REFERS_TO):
            if isinstance(value, str):
                found.add(value)
            elif isinstance(value, (tuple, frozenset)):
                found.update(v for v in value if isinstance(v, str))
        elif attrs.has(type(value)):
            found |= _refs(value)
        elif isinstance(value, tuple):
            for item in value:
                if attrs.has(type(item)):
                    found |= _refs(item)
    return found


def _trim(obj: Any, kept: set[str]) -> Any:
    """``obj`` with its lists narrowed to what refers to ``kept`` ids, where some does.

    A list of ids keeps the kept ones; a list of records keeps those that
    refer only to kept ids. A list with none such is left whole, so that a
    record keeps what it cannot do without.
    """
    changes: dict[str, Any] = {}
    for a in attrs.fields(type(obj)):
        value = getattr(obj, a.name)
        if a.metadata.get(REFERS_TO) and isinstance(value, (tuple, frozenset)) and value:
            narrowed = [v for v in value if v in kept]
            if narrowed:
                changes[a.name] = type(value)(narrowed)
        elif isinstance(value, tuple) and value and attrs.has(type(value[0])):
            inner = [_trim(v, kept) for v in value]
            inside = [v for v in inner if _refs(v) <= kept]
            changes[a.name] = tuple(inside or inner)
        elif attrs.has(type(value)):
            changes[a.name] = _trim(value, kept)
    return attrs.evolve(obj, **changes) if changes else obj


def _classes_in(obj: Any) -> frozenset[type]:
    """Every record class with a record in ``obj``, at any depth."""
    found: set[type] = set()
    if attrs.has(type(obj)):
        found.add(type(obj))
        for a in attrs.fields(type(obj)):
            found |= _classes_in(getattr(obj, a.name))
    elif isinstance(obj, (tuple, frozenset)):
        for item in obj:
            found |= _classes_in(item)
    return frozenset(found)


def _filled(record: Any) -> int:
    return sum(
        getattr(record, a.name) not in (None, (), frozenset(), "")
        for a in attrs.fields(type(record))
    )


def _lists(cls: type) -> list[str]:
    """The fields of ``cls`` that hold a list of records."""
    names = []
    for a in attrs.fields(cls):
        tp = _hints(cls)[a.name]
        args = typing.get_args(tp)
        if typing.get_origin(tp) is tuple and args and attrs.has(args[0]):
            names.append(a.name)
    return names


def _with_what_the_sample_lacks(children: list[Child], full: Home) -> None:
    """Give the template the two records no child of the sample has: a report and a guardian.

    The left-behind child gets a report to the police, made on the day the
    harm was suspected (the mandatory report); a de-facto unsupported child
    of the sample, a grandparent as legal guardian (Civil Code art. 27): a
    child whose parents work away keeps them as guardians.
    """
    from left_behind.model import ChildStatus, GuardianKind, LegalGuardian, ReportEvent, ReportKind
    from left_behind.rules import classify

    day = REFERENCE_DATE - dt.timedelta(days=40)
    if not any(c.reports for c in children):
        report = ReportEvent(kind=ReportKind.SUSPECTED_HARM, discovered_on=day, reported_on=day)
        children[0] = attrs.evolve(children[0], reports=(report,))
    if any(c.guardian for c in children):
        return
    unsupported = [
        c
        for c in full.children
        if classify(c, on=REFERENCE_DATE).status is ChildStatus.DE_FACTO_UNSUPPORTED
        and any(a.carer for a in c.care)
    ]
    if not unsupported:
        return
    child = max(unsupported, key=lambda c: (len(_classes_in(c)), _filled(c)))
    carer = next(a.carer for a in reversed(child.care) if a.carer)
    guardian = LegalGuardian(
        kind=GuardianKind.GRANDPARENT, name=carer.name, since=day, birth_date=carer.birth_date
    )
    children.append(attrs.evolve(child, guardian=guardian))


def _everything(full: Home) -> list[Any]:
    return [r for name in _lists(Home) for r in getattr(full, name)]


@functools.cache
def home_template() -> Home:
    """A home of one left-behind child with one record of each kind a home keeps.

    Derived from :func:`home`: the left-behind child whose file is the
    fullest, then, for each list of the home, the record that needs the
    fewest other records, with what it refers to (the child's mentor, the
    programme's room...). The child's contact log is cut to its latest
    contacts. Replace the values, keep the keys that apply.

    >>> h = home_template()
    >>> all(getattr(h, name) for name in ("children", "volunteers", "pairings", "visits"))
    True
    """
    from left_behind.model import ChildStatus
    from left_behind.rules import classify

    full = home()
    owner: dict[str, tuple[str, Any]] = {}
    for name in _lists(Home):
        for record in getattr(full, name):
            if isinstance(getattr(record, "id", None), str):
                owner.setdefault(record.id, (name, record))
    left_behind = [
        c for c in full.children if classify(c, on=REFERENCE_DATE).status is ChildStatus.LEFT_BEHIND
    ]
    # the child whose file holds the most kinds of record (a carer, a guardian, a report...)
    child = max(left_behind, key=lambda c: (len(_classes_in(c)), _filled(c)))
    kept_ids = {child.id}
    chosen: dict[str, list[Any]] = {name: [] for name in _lists(Home)}
    chosen["children"].append(child)

    def add(name: str, record: Any) -> None:
        record = _trim(record, kept_ids)
        chosen[name].append(record)
        if isinstance(getattr(record, "id", None), str):
            kept_ids.add(record.id)
        for ref in sorted(_refs(record) - kept_ids):
            if ref in owner and ref not in kept_ids:
                kept_ids.add(ref)
                add(*owner[ref])

    def covered() -> frozenset[type]:
        return frozenset().union(*(_classes_in(r) for rs in chosen.values() for r in rs))

    def pick(name: str, wanted: type | None) -> None:
        records = getattr(full, name)
        have = covered()
        candidates = [
            (i, _trim(r, kept_ids))
            for i, r in enumerate(records)
            if wanted is None or wanted in _classes_in(r)
        ]
        if not candidates:
            return
        best, _ = min(
            candidates,
            key=lambda ic: (
                -len(_classes_in(ic[1]) - have),
                len(_refs(ic[1]) - kept_ids),
                -_filled(ic[1]),
                ic[0],
            ),
        )
        add(name, records[best])

    for name in _lists(Home):
        if not chosen[name]:
            pick(name, None)
    # a kind of record still missing: the record of the fewest needs that holds one
    for cls in sorted(set().union(*(_classes_in(r) for r in _everything(full))), key=str):
        if cls not in covered():
            for name in _lists(Home):
                if cls in covered():
                    break
                pick(name, cls)
    _with_what_the_sample_lacks(chosen["children"], full)
    supervision = full.supervision and _trim(full.supervision, kept_ids)
    children = tuple(
        attrs.evolve(c, contacts=c.contacts[-_CONTACTS_KEPT:]) for c in chosen.pop("children")
    )
    lists: dict[str, Any] = {name: tuple(records) for name, records in chosen.items()}
    made: Home = attrs.evolve(full, children=children, supervision=supervision, **lists)
    return made
