"""The home to fill in: one record of each kind the sample home keeps, around one child."""

from __future__ import annotations

import functools
import typing
from typing import Any

import attrs

from left_behind.kinds import REFERS_TO
from left_behind.model import Home
from left_behind.samples._register import REFERENCE_DATE, home

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
    child = max(left_behind, key=_filled)
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

    for name in _lists(Home):
        if chosen[name] or not getattr(full, name):
            continue
        candidates = [_trim(r, kept_ids) for r in getattr(full, name)]
        best = min(
            range(len(candidates)),
            key=lambda i: (len(_refs(candidates[i]) - kept_ids), -_filled(candidates[i]), i),
        )
        add(name, getattr(full, name)[best])
    supervision = full.supervision and _trim(full.supervision, kept_ids)
    children = tuple(
        attrs.evolve(c, contacts=c.contacts[-_CONTACTS_KEPT:]) for c in chosen.pop("children")
    )
    lists: dict[str, Any] = {name: tuple(records) for name, records in chosen.items()}
    made: Home = attrs.evolve(full, children=children, supervision=supervision, **lists)
    return made
