"""Which document a file holds, told from its keys: for a file given where another is expected.

The candidates are every record class the library reads, with the keys
their fields declare (in both key styles): no list of keys is kept by hand.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs

from left_behind.io import record_classes
from left_behind.kinds import Text, camel
from left_behind.model import Child, Home, Register

__all__ = ["adults_said", "adults_warning", "only_keys_of", "recognise", "wrong_document"]


def _keys(cls: type) -> frozenset[str]:
    names = [a.name for a in attrs.fields(cls)]
    return frozenset(names) | {camel(n) for n in names}


def recognise(data: bytes) -> type | None:
    """The record class whose keys best fit the top-level keys of the JSON in ``data``.

    The class must declare every key the object has; of those, the one that
    declares the fewest keys besides wins (a child's file is a child, not a
    home, though a home's keys hold ``name`` too). None when the data is not
    a JSON object or no record declares all of its keys.

    >>> recognise(b'{"id": "C1", "birth_date": "2015-03-02", "parents": []}').__name__
    'Child'
    >>> recognise(b'{"children": []}').__name__
    'Register'
    >>> recognise(b'[1, 2]') is None
    True
    """
    try:
        found = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(found, dict) or not found:
        return None
    keys = set(found)
    fits = [cls for cls in record_classes() if keys <= _keys(cls)]
    if not fits:
        return None
    return min(fits, key=lambda cls: (len(attrs.fields(cls)), cls.__name__))


def only_keys_of(data: bytes, cls: type, other: type) -> bool:
    """Whether the JSON object in ``data`` has keys, all of ``cls`` and not all of ``other``.

    A quick look, before :func:`recognise` weighs every record class: a
    child's file given to a command that reads a home is told from its keys
    alone.

    >>> only_keys_of(b'{"id": "C1", "birth_date": "2015-03-02"}', Child, Home)
    True
    >>> only_keys_of(b'{"name": "a home", "children": []}', Child, Home)
    False
    """
    try:
        found = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return False
    if not isinstance(found, dict) or not found:
        return False
    keys = set(found)
    return keys <= _keys(cls) and not keys <= _keys(other)


def wrong_document(found: type) -> Text | None:
    """What to say of a file that holds a ``found`` where a register is expected; None if fine."""
    if issubclass(found, Register):  # a register or a home: the loader's problems say the rest
        return None
    if found is Child:
        return Text(
            '这是一名儿童的档案，不是登记册：请写成 {"children": [...]}',
            'this is a child, not a register: wrap it as {"children": [...]}',
        )
    name = found.__name__
    return Text(
        f'这是一份 {name}，不是登记册：登记册写成 {{"children": [...]}}',
        f'this is a {name}, not a register: a register is {{"children": [...]}}',
    )


def adults_warning(home: Home, on: dt.date) -> Text | None:
    """A warning when the register holds people of 18 or over on ``on``; None when it holds none.

    Such a file is often read on the wrong date (``--on`` is today for a
    file): the rules for children do not apply to adults.
    """
    return adults_said(sum(1 for c in home.children if c.age_on(on) >= 18), on)


def adults_said(adults: int, on: dt.date) -> Text | None:
    """The warning of :func:`adults_warning` for a count of adults, counted as read."""
    if not adults:
        return None
    return Text(
        f"注意：按 {on} 计，登记册中有 {adults} 人已满 18 周岁（日期对吗？可用 --on 指定）",
        f"warning: on {on}, {adults} of the register's people are 18 or over"
        " (is the date right? --on gives another)",
    )
