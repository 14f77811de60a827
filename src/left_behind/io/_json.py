"""Records to and from dicts and JSON text: the frontend boundary."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from left_behind._errors import InvalidData, Problem
from left_behind.io._convert import Style, camel, check_style, structure, unstructure
from left_behind.model._register import SCHEMA_VERSION, Register

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

# Upgrades of older register layouts, keyed by the version they read. Each
# takes the plain dict of version N and returns the dict of version N + 1.
# Version 1 is the first layout, so there is nothing to upgrade yet.
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _upgrade(data: Any, style: Style) -> Any:
    key = camel("schema_version") if style == "camel" else "schema_version"
    if not isinstance(data, dict):
        return data
    version = data.get(key, SCHEMA_VERSION)
    if type(version) is not int:
        return data  # the loader reports the type
    if version > SCHEMA_VERSION:
        raise InvalidData(
            [
                Problem(
                    path=f"$.{key}",
                    code="version",
                    message=f"written by a newer version of the layout ({version});"
                    f" this library reads up to {SCHEMA_VERSION}: upgrade left_behind",
                )
            ]
        )
    while version < SCHEMA_VERSION and version in _UPGRADES:
        data = _UPGRADES[version](data)
        version += 1
        data = {**data, key: version}
    return data


def to_dict(obj: Any, *, style: Style = "snake") -> Any:
    """Plain data for a record: dicts, lists, strings, numbers, booleans, null.

    Dates are ISO 8601 strings, enumerations their stable values, identity
    numbers and phones whole (they are masked only for display). ``style``
    (a :data:`Style`) sets the keys: ``"snake"`` (the default) writes the
    field names as they are (``birth_date``), ``"camel"`` writes them in
    camelCase (``birthDate``) for JavaScript frontends. The loaders take the
    same ``style`` and read only keys of that style.

    >>> import datetime as dt
    >>> from left_behind import ContactEvent, ParentRole, ContactParty, ContactMode
    >>> e = ContactEvent(on=dt.date(2026, 3, 1), parent=ParentRole.MOTHER,
    ...                  party=ContactParty.BOTH, mode=ContactMode.VIDEO)
    >>> to_dict(e)
    {'on': '2026-03-01', 'parent': 'mother', 'party': 'both', 'mode': 'video'}

    Any other ``style`` is a mistake in the program and raises ``ValueError``
    (not :class:`~left_behind.InvalidData`), here and in the other three
    functions.
    """
    check_style(style)
    return unstructure(obj, style)


def from_dict(data: Any, cls: type[T], *, style: Style = "snake") -> T:
    """Make a record of type ``cls`` from plain data, strictly.

    Nothing is coerced (``1`` is not a string, ``"false"`` not a boolean),
    unknown keys are rejected and every missing key is reported. Any problem
    raises :class:`~left_behind.InvalidData` listing all of them, with paths
    in the key style of the input.

    >>> from left_behind import ContactEvent
    >>> from_dict({"on": "2026-02-30", "parent": "aunt", "party": "both"}, ContactEvent)
    Traceback (most recent call last):
    ...
    left_behind._errors.InvalidData: 3 problems:
      $.on: '2026-02-30' is not a real date [date]
      $.parent: 'aunt' is not valid: expected one of 'father', 'mother' [choice]
      $.mode: required key is missing: one of 'call', 'video', 'visit' [missing]
    """
    check_style(style)
    if cls is Register:
        data = _upgrade(data, style)
    return structure(data, cls, style)


def to_json(obj: Any, *, style: Style = "snake", indent: int | None = None) -> str:
    """JSON text for a record (UTF-8 friendly: Chinese is written as is)."""
    check_style(style)
    return json.dumps(unstructure(obj, style), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T], *, style: Style = "snake") -> T:
    """Make a record of type ``cls`` from JSON text; see :func:`from_dict`."""
    check_style(style)
    try:
        data = json.loads(text)
    except RecursionError:
        raise InvalidData(
            [Problem(path="$", code="too_deep", message="the JSON is nested too deeply")]
        ) from None
    except (ValueError, TypeError) as exc:
        where = ""
        if isinstance(exc, json.JSONDecodeError):
            where = f" at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise InvalidData(
            [Problem(path="$", code="json", message=f"not valid JSON{where}")]
        ) from None
    return from_dict(data, cls, style=style)
