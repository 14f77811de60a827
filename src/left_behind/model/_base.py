"""What every record shares: labelled enumerations and self-validation.

Records are frozen, slotted, keyword-only ``attrs`` classes that derive from
:class:`Record`. Construction checks the type of every field and then the
record's own cross-field rules, and raises :class:`~left_behind.InvalidData`
listing every problem at once. The type checks are generated once per class,
one ``type()`` or ``isinstance()`` test per field; the loaders, which give
every field a value of its type already, skip them (see
:func:`prechecked_setters`) but never the cross-field rules.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar, Literal, TypeVar

import attrs

from left_behind._errors import InvalidData, Problem

__all__ = [
    "LabelledEnum",
    "Lang",
    "Record",
    "as_frozenset",
    "as_tuple",
    "define_labels",
    "describe_type",
]

Lang = Literal["zh", "en"]

_LABELS: dict[enum.Enum, tuple[str, str]] = {}


class LabelledEnum(enum.Enum):
    """An enumeration with a stable lowercase value and labels in two languages.

    The value is what JSON carries and never changes; the labels are what a
    person reads.

    >>> from left_behind import Sex
    >>> Sex("female").label(), Sex.FEMALE.label("en"), Sex.FEMALE.value
    ('女', 'female', 'female')
    """

    _value_: str

    def label(self, lang: Lang = "zh") -> str:
        """The member's name for people: Chinese by default, ``"en"`` for English."""
        zh, en = _LABELS[self]
        return en if lang == "en" else zh

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """Every stable value, in declaration order."""
        return tuple(m.value for m in cls)


E = TypeVar("E", bound=LabelledEnum)


def define_labels(cls: type[E], table: Mapping[E, tuple[str, str]]) -> type[E]:
    """Attach (Chinese, English) labels to every member of ``cls``."""
    missing = [m for m in cls if m not in table]
    if missing:  # a programming error in this package, caught by its tests
        raise RuntimeError(f"{cls.__name__}: no label for {missing}")
    for member, labels in table.items():
        _LABELS[member] = labels
    return cls


# --- type checks derived from annotations ------------------------------------

Check = Callable[[Any], bool]

_DESCRIPTIONS: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    float: "a number",
    dt.date: "a date (YYYY-MM-DD)",
}


def describe_type(tp: Any) -> str:
    """Say in words what a field of type ``tp`` must hold."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return " or ".join(describe_type(a) for a in args) + " or null"
    if origin in (tuple, frozenset):
        item = typing.get_args(tp)[0]
        if isinstance(item, type) and issubclass(item, Record):
            return f"a list of {item.__name__} objects"
        return f"a list, each item {describe_type(item)}"
    if isinstance(tp, type) and issubclass(tp, LabelledEnum):
        return "one of " + ", ".join(repr(v) for v in tp.values())
    if isinstance(tp, type) and tp in _DESCRIPTIONS:
        return _DESCRIPTIONS[tp]
    if isinstance(tp, type) and issubclass(tp, str):
        return f"a {getattr(tp, 'description', tp.__name__)}"
    if isinstance(tp, type):
        return f"an object ({tp.__name__})"
    return str(tp)  # pragma: no cover - every field type is covered above


def _check_for(tp: Any) -> Check:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) != 1:  # pragma: no cover - the models use X | None only
            raise TypeError(f"unsupported union {tp}")
        inner = _check_for(args[0])
        return lambda v: v is None or inner(v)
    if origin in (tuple, frozenset):
        item = _check_for(typing.get_args(tp)[0])
        return lambda v: type(v) is origin and all(item(x) for x in v)
    if tp is dt.date:
        # a datetime is a date subclass, but a date field never takes a time
        return lambda v: type(v) is dt.date
    if tp in (str, int, bool, float):
        return lambda v: type(v) is tp
    if isinstance(tp, type):
        return lambda v: isinstance(v, tp)
    raise TypeError(f"unsupported field type {tp}")  # pragma: no cover


class _Source:
    """Python source of a generated check, with the objects it refers to."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {}

    def ref(self, obj: Any) -> str:
        """A name for ``obj`` in the generated code's globals."""
        name = f"_r{len(self.names)}"
        self.names[name] = obj
        return name


def _emit_check(src: _Source, tp: Any, var: str, indent: str, depth: int) -> None:
    """Lines that ``return False`` unless ``var`` holds a value of type ``tp``.

    They mirror :func:`_check_for` exactly: builtin types and dates by exact
    type, other classes by ``isinstance``, ``X | None``, and tuples and
    frozensets item by item. Anything else calls the check from
    :func:`_check_for`.
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            src.lines.append(f"{indent}if {var} is not None:")
            _emit_check(src, args[0], var, indent + "    ", depth)
            return
    elif origin in (tuple, frozenset):
        item = f"_x{depth}"
        src.lines.append(f"{indent}if type({var}) is not {origin.__name__}: return False")
        src.lines.append(f"{indent}for {item} in {var}:")
        _emit_check(src, typing.get_args(tp)[0], item, indent + "    ", depth + 1)
        return
    elif tp is dt.date or tp in (str, int, bool, float):
        src.lines.append(f"{indent}if type({var}) is not {src.ref(tp)}: return False")
        return
    elif isinstance(tp, type):
        src.lines.append(f"{indent}if not isinstance({var}, {src.ref(tp)}): return False")
        return
    src.lines.append(f"{indent}if not {src.ref(_check_for(tp))}({var}): return False")


def _fields_ok(cls: type, hints: dict[str, Any]) -> Callable[[Any], bool]:
    """A function telling whether every field of a ``cls`` has its type.

    Generated once per class, like the methods of ``attrs`` itself: one
    ``type()`` or ``isinstance()`` test per value, with no call per field.
    """
    src = _Source()
    src.lines.append("def fields_ok(self):")
    for a in attrs.fields(cls):
        src.lines.append(f"    v = self.{a.name}")
        _emit_check(src, hints[a.name], "v", "    ", 0)
    src.lines.append("    return True")
    filename = f"<left_behind generated check {cls.__module__}.{cls.__qualname__}>"
    code = compile("\n".join(src.lines) + "\n", filename, "exec")
    namespace: dict[str, Any] = dict(src.names)
    exec(code, namespace)
    ok: Callable[[Any], bool] = namespace["fields_ok"]
    return ok


# For each record class: the generated whole-record check, whether the class
# has cross-field rules of its own, and the per-field checks with each field's
# type (used only to explain a failure).
_Compiled = tuple[Callable[[Any], bool], bool, tuple[tuple[str, Check, Any], ...]]
_CHECKS: dict[type, _Compiled] = {}


def _compile(cls: type) -> _Compiled:
    hints = typing.get_type_hints(cls)
    per_field = tuple((a.name, _check_for(hints[a.name]), hints[a.name]) for a in attrs.fields(cls))
    compiled = (_fields_ok(cls, hints), has_rules(cls), per_field)
    _CHECKS[cls] = compiled
    return compiled


class Record:
    """Base of every record: validates itself when it is made.

    Subclasses are ``attrs`` frozen, slotted, keyword-only classes. They may
    define ``_problems()`` to yield the cross-field problems of a record whose
    fields have the right types; paths are relative to the record (``$``).
    """

    __slots__ = ()

    _record_kind: ClassVar[str] = "record"

    def __attrs_post_init__(self) -> None:
        cls = type(self)
        compiled = _CHECKS.get(cls) or _compile(cls)
        if compiled[0](self):
            if compiled[1]:
                found = list(self._problems())
                if found:
                    raise InvalidData(found)
            return
        problems: list[Problem] | None = None
        for name, ok, tp in compiled[2]:
            value = getattr(self, name)
            if not ok(value):
                if problems is None:
                    problems = []
                problems.append(
                    Problem(
                        path=f"$.{name}",
                        code="type",
                        message=f"expected {python_type(tp)}, got {_python_value(value, tp)}",
                    )
                )
        if problems is None:
            problems = list(self._problems())
        if problems:
            raise InvalidData(problems)

    def _problems(self) -> Iterator[Problem]:
        return iter(())


# --- what a Python caller should pass --------------------------------------
#
# The words above (describe_type) are for JSON, which the loaders read; a
# Python caller who passes the wrong type is told what to pass in Python's
# terms instead. Only used to explain a failure, never on the way to success.

_PYTHON_NAMES: dict[type, str] = {
    str: "a str",
    int: "an int",
    bool: "a bool (True or False)",
    float: "a float",
    dt.date: "a datetime.date",
}


def _an(name: str) -> str:
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name


def python_type(tp: Any) -> str:
    """Say what a Python caller must pass for a field of type ``tp``.

    >>> from left_behind import Consent, Sex
    >>> python_type(Sex), python_type(dt.date | None)
    ('a Sex member such as Sex.MALE', 'a datetime.date or None')
    >>> python_type(typing.get_type_hints(Consent)["purposes"])
    'a frozenset or set of Purpose members'
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return " or ".join(python_type(a) for a in args) + " or None"
    if origin in (tuple, frozenset):
        item = typing.get_args(tp)[0]
        shape = "a frozenset or set" if origin is frozenset else "a tuple or list"
        if isinstance(item, type) and issubclass(item, Record):
            return f"{shape} of {item.__name__} records"
        if isinstance(item, type) and issubclass(item, LabelledEnum):
            return f"{shape} of {item.__name__} members"
        return f"{shape}, each item {python_type(item)}"
    if isinstance(tp, type) and issubclass(tp, LabelledEnum):
        first = next(iter(tp))
        return f"a {tp.__name__} member such as {tp.__name__}.{first.name}"
    if isinstance(tp, type) and tp in _PYTHON_NAMES:
        return _PYTHON_NAMES[tp]
    if isinstance(tp, type) and issubclass(tp, Record):
        return f"{_an(tp.__name__)} record"
    if isinstance(tp, type) and issubclass(tp, str):  # IdNumber, Phone
        return f"{_an(tp.__name__)} (made with {tp.__name__}(text))"
    if isinstance(tp, type):  # pragma: no cover - every field type is covered above
        return _an(tp.__name__)
    return str(tp)  # pragma: no cover


def _enum_of(tp: Any) -> type[LabelledEnum] | None:
    """The enumeration a field of type ``tp`` holds (itself, or its items), if any."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        found = [_enum_of(a) for a in typing.get_args(tp) if a is not type(None)]
        return found[0] if len(found) == 1 else None
    if origin in (tuple, frozenset):
        return _enum_of(typing.get_args(tp)[0])
    if isinstance(tp, type) and issubclass(tp, LabelledEnum):
        return tp
    return None


def _member_for(text: str, enum_cls: type[LabelledEnum]) -> LabelledEnum | None:
    """The member whose value or label ``text`` is, if any."""
    for member in enum_cls:
        if text == member.value or text in (member.label("zh"), member.label("en")):
            return member
    return None


def _python_value(value: object, tp: Any) -> str:
    """Name what a Python caller passed, never showing a text that may be private.

    A string is quoted only when it is a value or a label of the field's
    enumeration, and then the member to pass instead is named.
    """
    if value is None:
        return "None"
    if isinstance(value, LabelledEnum):
        return f"{type(value).__name__}.{value.name}"
    inner = _optional_inner(tp)
    origin = typing.get_origin(inner)
    if isinstance(value, str):
        enum_cls = _enum_of(tp)
        member = _member_for(value, enum_cls) if enum_cls is not None else None
        if member is not None:
            name = f"{type(member).__name__}.{member.name}"
            if origin is frozenset:
                name = f"a set such as {{{name}}}"
            elif origin is tuple:
                name = f"a list such as [{name}]"
            return f"the string {value!r}: pass {name}"
        if inner is dt.date:
            return "a string (not shown): make a date with datetime.date.fromisoformat(text)"
        return "a string (not shown, as it may be private)"
    if type(value) is dt.datetime:
        return "a datetime.datetime: pass its .date()"
    if origin in (tuple, frozenset) and isinstance(value, (tuple, frozenset)):
        item_tp = typing.get_args(inner)[0]
        ok = _check_for(item_tp)
        for i, item in enumerate(value):
            if not ok(item):
                if type(value) is tuple:
                    return f"a list or tuple whose item {i} is {_python_value(item, item_tp)}"
                return f"a set with an item that is {_python_value(item, item_tp)}"
        return _an(type(value).__name__)  # pragma: no cover - some item failed
    return _an(type(value).__name__)


def _optional_inner(tp: Any) -> Any:
    """``X`` for ``X | None``, else ``tp`` itself."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def as_tuple(value: Any) -> Any:
    """Let Python callers pass a list where a tuple is stored."""
    return tuple(value) if type(value) is list else value


def as_frozenset(value: Any) -> Any:
    """Let Python callers pass a set, list or tuple where a frozenset is stored."""
    if type(value) in (set, list, tuple):
        return frozenset(value)
    return value


# --- records made by a loader ------------------------------------------------

_SHAPE_CONVERTERS = (as_tuple, as_frozenset)


def prechecked_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...] | None:
    """How a loader may make a ``cls`` from values it has already type-checked.

    ``__init__`` of a record sets its fields, applies :func:`as_tuple` and
    :func:`as_frozenset`, checks every field's type and then the record's
    cross-field rules. A loader that gives every field a value of exactly
    the field's type (a ``tuple``, a ``frozenset``, a ``date``, an
    enumeration member...) knows the first three change nothing and pass, so
    it may instead make the instance with ``object.__new__``, set the fields
    with these setters (in field order) and, if the class has rules of its
    own (:func:`has_rules`), raise ``InvalidData(list(record._problems()))``
    when they find any. Python callers still go through ``__init__``.

    None when ``__init__`` does more than that for ``cls`` (a validator, some
    other converter, an ``__init__`` or init hook of its own, a field that
    is not a slot set by keyword): the loader must call the class then.
    """
    if not (isinstance(cls, type) and issubclass(cls, Record) and attrs.has(cls)):
        return None
    init_code = getattr(cls.__init__, "__code__", None)
    if (
        init_code is None
        or not init_code.co_filename.startswith("<attrs generated")
        or getattr(cls, "__attrs_post_init__", None) is not Record.__attrs_post_init__
        or hasattr(cls, "__attrs_pre_init__")
    ):
        return None
    setters = []
    for a in attrs.fields(cls):
        slot = cls.__dict__.get(a.name)
        if (
            not a.init
            or a.alias != a.name
            or a.validator is not None
            or (a.converter is not None and a.converter not in _SHAPE_CONVERTERS)
            or not isinstance(slot, types.MemberDescriptorType)
        ):
            return None
        setters.append(slot.__set__)
    return tuple(setters)


def value_fits(tp: Any, value: Any) -> bool:
    """Whether ``value`` passes the type check of a field of type ``tp``."""
    return _check_for(tp)(value)


def has_rules(cls: type) -> bool:
    """Whether records of ``cls`` have cross-field rules (``_problems``) of their own."""
    return getattr(cls, "_problems", None) is not Record._problems


def problem(path: str, code: str, message: str) -> Problem:
    """Shorthand used by the records' cross-field checks."""
    return Problem(path=path, code=code, message=message)
