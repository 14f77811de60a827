"""Fields that say what they are: one declaration, read by everything.

A record declares each field with :func:`field`, a thin wrapper over
``attrs.field`` (as attrs' own docs on extending recommend), and says there
what the field is: private, not blank, not before another date field, at
least one item, its least and greatest value and their unit, the kind of
record whose id it holds, and in words what it holds. The facts go into the
field's metadata under the keys below, and everything that needs them reads
them from there: the record's own checks and the checks of the document that
holds it (generated once per class), ``repr`` masking, the privacy tests, the
file-format reference, the schema and the test strategies.

>>> import attrs
>>> from left_behind import Child, Programme
>>> meta = attrs.fields(Child).name.metadata
>>> meta[PRIVATE], meta[NOT_BLANK], meta[WORDS]
(True, True, Text(zh='儿童姓名', en="the child's name"))
>>> meta = attrs.fields(Programme).max_age.metadata
>>> meta[MINIMUM], meta[MAXIMUM], meta[UNIT].get("en")
(0, 18, 'years')
>>> [cls.__name__ for cls in attrs.fields(Programme).room.metadata[REFERS_TO]]
['Room']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from left_behind.kinds._ids import mask_name, mask_shaped
from left_behind.kinds._text import Text

__all__ = [
    "AT_LEAST_ONE",
    "BIRTH",
    "EXCLUSIVE_MINIMUM",
    "MAXIMUM",
    "MINIMUM",
    "NOT_BEFORE",
    "NOT_BLANK",
    "PRIVATE",
    "REFERS_TO",
    "UNIT",
    "WORDS",
    "Bounds",
    "Order",
    "bounds_of",
    "camel",
    "camel_path",
    "field",
    "masked",
    "shown",
]

PRIVATE = "left_behind.private"
"""True for a field whose value identifies a person (MPL art. 103): masked in ``repr``."""
BIRTH = "left_behind.birth"
"""True for a date field that is a person's birth date: a redacted copy keeps its month alone
(:func:`left_behind.io.redact`)."""
NOT_BLANK = "left_behind.not_blank"
"""True for a text field that must hold more than white space."""
NOT_BEFORE = "left_behind.not_before"
"""A tuple of :class:`Order`: the field's date is not before any of these other date fields
of the record, tried in turn (the nearest first): the first one broken is the field's problem."""
AT_LEAST_ONE = "left_behind.at_least_one"
"""The message (Chinese, English) for a collection that must hold at least one item."""
WORDS = "left_behind.words"
"""What the field holds, a :class:`~left_behind.kinds.Text`, for messages and the reference."""
MINIMUM = "left_behind.minimum"
"""The least value a number field may hold (itself allowed)."""
EXCLUSIVE_MINIMUM = "left_behind.exclusive_minimum"
"""A number a number field must be more than (an area, a count of hours)."""
MAXIMUM = "left_behind.maximum"
"""The greatest value a number field may hold (itself allowed)."""
UNIT = "left_behind.unit"
"""What the bounds of a number field count, a :class:`~left_behind.kinds.Text` ("天", "days")."""
REFERS_TO = "left_behind.refers_to"
"""A tuple of record classes: the field holds the id (or, a list, the ids) of a record of
one of them, which the document that holds both must keep (a subclass counts: a reference
to ``Person`` names a volunteer or a member of staff)."""


@attrs.frozen
class Order:
    """A date field that may not come before ``other`` (when both are given).

    ``message`` says it in English words and ``zh`` in Chinese, each with
    ``{value}`` and ``{other}`` for the two dates.
    """

    other: str
    message: str
    zh: str


@attrs.frozen
class Bounds:
    """The bounds a number field declares: what the checks, the schema, the reference
    and the strategies read.

    >>> b = Bounds(minimum=0, maximum=18, unit=Text("岁", "years"))
    >>> b.holds(18), b.holds(19), b.rule().get("en"), b.rule().get()
    (True, False, 'must be from 0 to 18 years', '应在 0 到 18 岁之间')
    >>> Bounds(minimum=0, exclusive=True, maximum=24).rule().get("en")
    'must be more than 0 and at most 24'
    """

    minimum: float | None = None
    maximum: float | None = None
    exclusive: bool = False
    """True when the minimum itself is refused (``exclusive_minimum``)."""
    unit: Text | None = None

    def holds(self, value: float) -> bool:
        """Whether ``value`` is within the bounds."""
        low = self.minimum
        if low is not None and (value <= low if self.exclusive else not low <= value):
            return False
        return self.maximum is None or value <= self.maximum

    def span(self) -> Text:
        """The values allowed, in words: ``from 0 to 18 years``."""
        u = self.unit.map(lambda w: f" {w}") if self.unit is not None else Text("", "")
        low, high = self.minimum, self.maximum
        if low is not None and high is not None:
            if self.exclusive:
                return (
                    Text(f"大于 {low} 且不超过 {high}", f"more than {low} and at most {high}") + u
                )
            return Text(f"{low} 到 {high}", f"from {low} to {high}") + u + Text("之间", "")
        if low is not None:
            if self.exclusive:
                return Text(f"大于 {low}", f"more than {low}") + u
            return Text(f"不小于 {low}", f"at least {low}") + u
        return Text(f"不超过 {high}", f"at most {high}") + u

    def rule(self) -> Text:
        """What a value must be: ``must be from 0 to 18 years``."""
        both = self.minimum is not None and self.maximum is not None and not self.exclusive
        return Text("应在 " if both else "应", "must be ") + self.span()


def bounds_of(a: attrs.Attribute[Any]) -> Bounds | None:
    """The bounds a field declares, if any."""
    meta = a.metadata
    exclusive = EXCLUSIVE_MINIMUM in meta
    low = meta.get(EXCLUSIVE_MINIMUM) if exclusive else meta.get(MINIMUM)
    high = meta.get(MAXIMUM)
    if low is None and high is None:
        return None
    return Bounds(minimum=low, maximum=high, exclusive=exclusive, unit=meta.get(UNIT))


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
    words: Text | tuple[str, str] | None = None,
    private: bool = False,
    birth: bool = False,
    not_blank: bool = False,
    not_before: Order | tuple[Order, ...] | None = None,
    at_least_one: tuple[str, str] | None = None,
    minimum: float | None = None,
    exclusive_minimum: float | None = None,
    maximum: float | None = None,
    unit: Text | None = None,
    refers_to: type | tuple[type, ...] | None = None,
    metadata: dict[str, Any] | None = None,
) -> Any:
    """An ``attrs`` field that declares what it is.

    ``words`` is what the field holds (Chinese, English): a blank field's
    problem says "give" and the English words. ``private`` masks the value in
    ``repr`` and leaves it out of a redacted copy; any other text shows in
    ``repr`` with the parts shaped like an identity number or a phone masked.
    ``birth`` marks a date field as a person's birth date, which a redacted
    copy coarsens. ``not_blank`` refuses an empty or
    all-space text. ``not_before`` refuses a date before another field's, or
    before any of several fields' (a tuple, the nearest first: a field has one
    problem of order, the first broken).
    ``at_least_one`` refuses an empty collection with that message (Chinese,
    English). ``minimum`` and ``maximum`` (each allowed) or ``exclusive_minimum``
    (not allowed) bound a number field, counted in ``unit``; ``None`` is
    always allowed where the type allows it. ``refers_to`` names the record
    class (or classes) whose id the field holds: the document that keeps
    records of that class refuses an id that names none of them.
    """
    meta: dict[str, Any] = dict(metadata or {})
    if words is not None:
        meta[WORDS] = words if isinstance(words, Text) else Text(*words)
    if private:
        meta[PRIVATE] = True
    if birth:
        meta[BIRTH] = True
    if not_blank:
        meta[NOT_BLANK] = True
    if not_before is not None:
        meta[NOT_BEFORE] = not_before if isinstance(not_before, tuple) else (not_before,)
    if at_least_one is not None:
        meta[AT_LEAST_ONE] = at_least_one
    if minimum is not None and exclusive_minimum is not None:
        raise TypeError("give minimum or exclusive_minimum, not both")
    for key, bound in ((MINIMUM, minimum), (EXCLUSIVE_MINIMUM, exclusive_minimum)):
        if bound is not None:
            meta[key] = bound
    if maximum is not None:
        meta[MAXIMUM] = maximum
    if unit is not None:
        meta[UNIT] = unit
    if refers_to is not None:
        meta[REFERS_TO] = refers_to if isinstance(refers_to, tuple) else (refers_to,)
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
