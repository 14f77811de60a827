"""Fields that say what they are: one declaration, read by everything.

A record declares each field with :func:`field`, a thin wrapper over
``attrs.field`` (as attrs' own docs on extending recommend), and says there
what the field is: private, not blank, not before another date field, at
least one item, and in words what it holds. The facts go into the field's
metadata under the keys below, and everything that needs them reads them
from there: the record's own checks (generated once per class), ``repr``
masking, the privacy tests, and later the redacted exports, the file-format
reference and the schema.

>>> import attrs
>>> from left_behind import Child
>>> meta = attrs.fields(Child).name.metadata
>>> meta[PRIVATE], meta[NOT_BLANK], meta[WORDS]
(True, True, ('儿童姓名', "the child's name"))
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from left_behind.kinds._text import Style, check_style
from left_behind.model._ids import mask_name, mask_shaped

__all__ = [
    "AT_LEAST_ONE",
    "NOT_BEFORE",
    "NOT_BLANK",
    "PRIVATE",
    "WORDS",
    "Order",
    "Style",
    "camel",
    "camel_path",
    "check_style",
    "field",
    "masked",
    "shown",
]

PRIVATE = "left_behind.private"
"""True for a field whose value identifies a person (MPL art. 103): masked in ``repr``."""
NOT_BLANK = "left_behind.not_blank"
"""True for a text field that must hold more than white space."""
NOT_BEFORE = "left_behind.not_before"
"""A tuple of :class:`Order`: the field's date is not before any of these other date fields
of the record, tried in turn (the nearest first): the first one broken is the field's problem."""
AT_LEAST_ONE = "left_behind.at_least_one"
"""The message (Chinese, English) for a collection that must hold at least one item."""
WORDS = "left_behind.words"
"""What the field holds, in Chinese and English, for messages and the reference."""


@attrs.frozen
class Order:
    """A date field that may not come before ``other`` (when both are given).

    ``message`` says it in English words and ``zh`` in Chinese, each with
    ``{value}`` and ``{other}`` for the two dates.
    """

    other: str
    message: str
    zh: str


def masked(value: str | None) -> str:
    """``repr`` of a private text field: the first character and stars."""
    return "None" if value is None else repr(mask_name(value))


def shown(value: object) -> str:
    """``repr`` of any other field: a text with parts shaped like an identity number or
    a phone masked like one (an id may be an identity number)."""
    return repr(mask_shaped(value)) if type(value) is str else repr(value)


def field(
    *,
    default: Any = attrs.NOTHING,
    factory: Callable[[], Any] | None = None,
    converter: Callable[[Any], Any] | None = None,
    words: tuple[str, str] | None = None,
    private: bool = False,
    not_blank: bool = False,
    not_before: Order | tuple[Order, ...] | None = None,
    at_least_one: tuple[str, str] | None = None,
    metadata: dict[str, Any] | None = None,
) -> Any:
    """An ``attrs`` field that declares what it is.

    ``words`` is what the field holds (Chinese, English): a blank field's
    problem says "give" and the English words. ``private`` masks the value in
    ``repr``; any other text shows in ``repr`` with the parts shaped like an
    identity number or a phone masked. ``not_blank`` refuses an empty or
    all-space text. ``not_before`` refuses a date before another field's, or
    before any of several fields' (a tuple, the nearest first: a field has one
    problem of order, the first broken).
    ``at_least_one`` refuses an empty collection with that message (Chinese,
    English).
    """
    meta: dict[str, Any] = dict(metadata or {})
    if words is not None:
        meta[WORDS] = words
    if private:
        meta[PRIVATE] = True
    if not_blank:
        meta[NOT_BLANK] = True
    if not_before is not None:
        meta[NOT_BEFORE] = not_before if isinstance(not_before, tuple) else (not_before,)
    if at_least_one is not None:
        meta[AT_LEAST_ONE] = at_least_one
    return attrs.field(
        default=default,
        factory=factory,
        converter=converter,
        repr=masked if private else shown,
        metadata=meta,
    )


def camel(name: str) -> str:
    """The camelCase key of a snake_case field name.

    >>> camel("birth_date"), camel("id")
    ('birthDate', 'id')
    """
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


_SEGMENT = re.compile(r"\.([a-z][a-z0-9_]*)")


def camel_path(path: str) -> str:
    """A path of snake_case field names (``$.care[0].birth_date``) in camelCase.

    >>> camel_path("$.care[0].carer.birth_date")
    '$.care[0].carer.birthDate'
    """
    return _SEGMENT.sub(lambda m: "." + camel(m.group(1)), path)
