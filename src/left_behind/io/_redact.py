"""A copy of a document that can leave the home: pseudonyms for ids, no one named.

The Minors Protection Law (art. 103) forbids disclosing a child's name,
image, address, school or anything else that identifies the child; the
Personal Information Protection Law (art. 73) calls de-identified
(去标识化) data that no longer identifies a person *without further
information*. :func:`redact` makes such a copy of any document (a register,
a home, a child's file, plans, a report...), for a researcher or for an
upward report that needs rows.

What it removes is read from the fields' declarations, never from a list
here: a field declared ``private`` (a name, an address, a school, a note, a
growth record's text), a value of the private kinds (identity numbers and
phones, :data:`~left_behind.kinds.PRIVATE_TEXT`), and a field declared
``birth`` is coarsened. A new field declared so is redacted with no change
here.

>>> import left_behind as lb
>>> child = lb.samples.shicun().children[0]
>>> copy = lb.redact(child, key=b"a key of sixteen bytes or more")
>>> copy.name == copy.id != child.id, copy.id_number, copy.address, copy.school
(True, None, None, None)
>>> copy.birth_date == child.birth_date.replace(day=1)
True
>>> copy.sex == child.sex and copy.parents[0].situations == child.parents[0].situations
True
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import functools
import hashlib
import hmac
import typing
from collections.abc import Iterator
from typing import Any, Literal, TypeVar

import attrs

from left_behind.kinds import BIRTH, PRIVATE, PRIVATE_TEXT, REFERS_TO, mask_shaped

__all__ = ["MIN_KEY_BYTES", "STAND_IN", "Coarsening", "pseudonym", "redact"]

T = TypeVar("T")

Coarsening = Literal["month", "year"]
"""How much of a birth date a redacted copy keeps: its month or its year."""

MIN_KEY_BYTES = 16
"""The shortest key :func:`redact` takes: a short key can be found by trying them all."""

STAND_IN = "***"
"""What stands in for a required private text of a record that has no id of its own
(an entrusted carer's name, the text of a growth record)."""

_PSEUDONYM_CHARS = 16
"""Characters of a pseudonym: 80 bits of the keyed hash, so two ids never meet."""


def _secret(key: bytes | str) -> bytes:
    secret = key.encode("utf-8") if isinstance(key, str) else bytes(key)
    if len(secret) < MIN_KEY_BYTES:
        raise ValueError(
            f"a redaction key has at least {MIN_KEY_BYTES} bytes (this one has {len(secret)}):"
            " a short key can be found by trying every key on the pseudonyms"
        )
    return secret


def pseudonym(value: str, *, key: bytes | str) -> str:
    """The pseudonym :func:`redact` gives the id ``value`` under ``key``.

    A keyed hash (HMAC-SHA-256): the same id has the same pseudonym under
    the same key, in every document and every export, and without the key
    nobody can tell which id it stands for, nor compute the pseudonym of an
    id they know. Written in lowercase base 32 (letters and the digits 2 to
    7), a pseudonym never looks like an identity number or a phone.

    >>> p = pseudonym("SC-001", key="a key of sixteen bytes or more")
    >>> len(p), p == pseudonym("SC-001", key=b"a key of sixteen bytes or more")
    (16, True)
    >>> p == pseudonym("SC-001", key="another key of sixteen bytes")
    False
    """
    return _pseudonym(_secret(key), value)


def _pseudonym(secret: bytes, value: str) -> str:
    digest = hmac.new(secret, value.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:_PSEUDONYM_CHARS]


def redact(document: T, *, key: bytes | str, birth: Coarsening = "month") -> T:
    """A copy of ``document`` (any record of the library) that identifies nobody.

    - **Ids become pseudonyms** (:func:`pseudonym`, keyed with ``key``): the
      ``id`` of every record, every field that refers to one
      (``refers_to``), and any other text of the document that is exactly
      one of its ids (a team's leader, the children of a planned session).
      The copy still holds together, and loads back as the same type.
    - **Private fields go**: a field declared ``private`` becomes ``None``
      where it may be empty; where it is required (a child's or a
      volunteer's name), the record's own pseudonym stands in, or
      :data:`STAND_IN` in a record with no id. Notes and the text of the
      growth records are private, so they are dropped.
    - **Identity numbers and phones go** (the private kinds of value), and
      any part of a remaining text shaped like one is masked (``139****1234``).
    - **Birth dates keep their month** (``birth="month"``, the default: the
      first of the month stands for the day) **or their year**
      (``birth="year"``: the first of January). The first day is never after
      the real one, so every date that may not come before a birth still
      does not; but an age computed on the copy can be up to a month (a year)
      more than the real one in the month (year) of the birthday, so a rule
      or a summary on a redacted copy may count a child in the next age a
      month early.
    - **Every other fact is kept**: dates of events, enumerations, counts,
      villages, the free text of tasks and agreements (which should name no
      one).

    A keyed pseudonym can be linked back by whoever holds the key: keep the
    key in the home, never with the copy. Without the identity numbers, a
    copy of several homes' plans can no longer tell that two homes share a
    facilitator. ``key`` has at least :data:`MIN_KEY_BYTES` bytes (a
    ``str`` counts in UTF-8); a shorter one raises ``ValueError``.

    >>> import left_behind as lb
    >>> reg = lb.samples.shicun()
    >>> key = "a key of sixteen bytes or more"
    >>> copy = lb.redact(reg, key=key)
    >>> lb.from_json(lb.to_json(copy), lb.Register) == copy
    True
    >>> copy == lb.redact(reg, key=key), len(copy.children) == len(reg.children)
    (True, True)
    """
    if birth not in typing.get_args(Coarsening):
        raise ValueError(f"birth={birth!r}: expected one of {typing.get_args(Coarsening)}")
    secret = _secret(key)
    ids = frozenset(_ids(document))
    return typing.cast(T, _Redaction(secret, ids, birth).value(document))


_KEEP, _WALK, _REF, _PRIVATE, _BIRTH = range(5)
"""What redaction does to a field: nothing (it holds no text nor record), look inside,
replace the id it holds, drop it, coarsen it."""


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, int, bool], ...]:
    """For each field of ``cls`` that redaction may change: its name, what to do, and
    whether it may be None; read once per class from the declarations."""
    hints = typing.get_type_hints(cls)
    plan: list[tuple[str, int, bool]] = []
    for a in attrs.fields(cls):
        tp = hints[a.name]
        optional = type(None) in typing.get_args(tp)
        if a.metadata.get(PRIVATE):
            what = _PRIVATE
        elif a.metadata.get(BIRTH):
            what = _BIRTH
        elif a.name == "id" or a.metadata.get(REFERS_TO):
            what = _REF
        elif _may_hold_text(tp):
            what = _WALK
        else:
            continue
        plan.append((a.name, what, optional))
    return tuple(plan)


def _may_hold_text(tp: Any) -> bool:
    """Whether a value of type ``tp`` may hold text or a record (not only numbers, dates,
    flags and enumerations)."""
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            return False
        return issubclass(tp, str) or attrs.has(tp)
    args = typing.get_args(tp)
    return any(_may_hold_text(arg) for arg in args if arg is not Ellipsis)


def _ids(obj: Any) -> Iterator[str]:
    """The ``id`` of every record in ``obj``, at any depth, and every id its references name."""
    cls: type = type(obj)
    if attrs.has(cls):
        for name, what, _ in _plan(cls):
            value = getattr(obj, name)
            if name == "id" and isinstance(value, str):
                yield value
            elif what == _REF:
                # an id that a reference names is an id wherever else it shows: a
                # session's carers are among its children, with no reference of their own
                if isinstance(value, str):
                    yield value
                elif isinstance(value, (tuple, frozenset)):
                    yield from (v for v in value if isinstance(v, str))
            elif what == _WALK:
                yield from _ids(value)
    elif isinstance(obj, (tuple, frozenset)):
        for item in obj:
            yield from _ids(item)


@attrs.frozen
class _Redaction:
    secret: bytes
    ids: frozenset[str]
    birth: Coarsening
    made: dict[str, str] = attrs.field(factory=dict)
    """The pseudonyms given so far: an id is named many times in a home."""

    def pseudonym(self, value: str) -> str:
        made = self.made.get(value)
        if made is None:
            made = self.made[value] = _pseudonym(self.secret, value)
        return made

    def value(self, value: Any) -> Any:
        """Any value found in a document, redacted; the value itself when nothing changes."""
        if attrs.has(type(value)):
            return self.record(value)
        if isinstance(value, (tuple, frozenset)):
            kept = [v for v in value if not isinstance(v, PRIVATE_TEXT.types)]
            new = [self.value(v) for v in kept]
            if len(kept) == len(value) and all(n is v for n, v in zip(new, kept, strict=True)):
                return value
            return type(value)(new)
        if type(value) is str:
            if value in self.ids:
                return self.pseudonym(value)
            masked = mask_shaped(value)
            return value if masked == value else masked
        return value

    def record(self, obj: Any) -> Any:
        cls: type = type(obj)
        changes: dict[str, Any] = {}
        for name, what, optional in _plan(cls):
            value = getattr(obj, name)
            if value is None:
                continue
            new = self.field(obj, name, what, optional, value)
            if new is not value:
                changes[name] = new
        if not changes:
            return obj
        # the record's own checks run again, as they do on loading the copy
        return attrs.evolve(obj, **changes)

    def field(self, obj: Any, name: str, what: int, optional: bool, value: Any) -> Any:
        where = f"{type(obj).__name__}.{name}"
        if what == _PRIVATE:
            if optional:
                return None
            if isinstance(value, (tuple, frozenset)):
                return type(value)()
            if isinstance(value, str):
                own_id = getattr(obj, "id", None)
                return self.pseudonym(own_id) if isinstance(own_id, str) else STAND_IN
            raise TypeError(
                f"{where}: a required private value that is not text cannot be redacted"
            )
        if isinstance(value, PRIVATE_TEXT.types):
            if optional:
                return None
            raise TypeError(f"{where}: a required {type(value).__name__} cannot be redacted")
        if what == _BIRTH and isinstance(value, dt.date):
            return value.replace(day=1) if self.birth == "month" else value.replace(month=1, day=1)
        if what == _REF:
            if isinstance(value, str):
                return self.pseudonym(value)
            return type(value)(self.pseudonym(v) for v in value)
        return self.value(value)
