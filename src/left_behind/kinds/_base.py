"""What every record shares: checking itself, from its declarations.

Records are frozen, slotted, keyword-only ``attrs`` classes that derive from
:class:`Record` and declare their fields with
:func:`~left_behind.kinds._fields.field`. Construction checks the type of
every field (by the table of kinds), then what the fields declare (not blank,
not before another date, at least one item), then the record's own
cross-field rules (``_problems``), and raises
:class:`~left_behind.InvalidData` listing every problem at once. The checks
are generated once per class; the loaders, which give every field a value of
its type already, skip the type checks (see :func:`prechecked_setters`) but
never the others.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from left_behind.kinds._codegen import Code
from left_behind.kinds._errors import InvalidData, Problem, ProblemCode
from left_behind.kinds._fields import (
    AT_LEAST_ONE,
    NOT_BEFORE,
    NOT_BLANK,
    REFERS_TO,
    WORDS,
    Bounds,
    Order,
    bounds_of,
)
from left_behind.kinds._kinds import (
    LIST,
    OPTIONAL,
    RECORD,
    TEXT,
    a_or_an,
    emit_check,
    kind_of,
    python_type,
    unwritable_at,
    value_fits,
)
from left_behind.kinds._labels import LabelledEnum
from left_behind.kinds._text import Style, Text

__all__ = [
    "UNREAD",
    "Checks",
    "Record",
    "Unread",
    "as_frozenset",
    "as_tuple",
    "checks_of",
    "cross_check",
    "cross_checks",
    "oldest_first",
    "partial",
    "prechecked_setters",
    "problem",
    "references_of",
    "words_of",
]


def as_tuple(value: Any) -> Any:
    """Let Python callers pass a list where a tuple is stored."""
    return tuple(value) if type(value) is list else value


def as_frozenset(value: Any) -> Any:
    """Let Python callers pass a set, list or tuple where a frozenset is stored."""
    if type(value) in (set, list, tuple):
        return frozenset(value)
    return value


def problem(path: str, code: ProblemCode, message: Text) -> Problem:
    """Shorthand used by the records' cross-field checks: :meth:`Problem.of`."""
    return Problem.of(path, code, message)


def oldest_first(name: str, days: Sequence[dt.date]) -> Iterator[Problem]:
    """A problem for each entry of list ``name`` dated before the one above it
    (the logs of the records are kept oldest first; the same day twice is fine)."""
    for i in range(1, len(days)):
        if days[i] < days[i - 1]:
            yield problem(
                f"$.{name}[{i}].on",
                ProblemCode.ORDER,
                Text(
                    f"请按时间先后排列；这一条是 {days[i]}，前一条是 {days[i - 1]}",
                    f"list them oldest first; this one is {days[i]}, the one before {days[i - 1]}",
                ),
            )


def words_of(a: attrs.Attribute[Any]) -> Text:
    """What a field holds: its declared words, or its name."""
    declared: Text | None = a.metadata.get(WORDS)
    if declared is not None:
        return declared
    return Text.same(a.name.replace("_", " "))


# --- the checks generated per class ---------------------------------------


PartialRules = Callable[[Any], tuple[list[Problem], bool]]


@attrs.frozen
class Checks:
    """A record class's generated checks.

    ``fields_ok`` tells whether every field has its type; ``rules`` gives
    the problems of a record whose fields have their types: what the fields
    declare, then the record's own ``_problems`` (None when there are
    neither); ``per_field`` the type of each field, to explain a failure.
    ``partial_rules`` runs the same checks on a :func:`partial` record, some
    of whose fields could not be read: it skips each check that reads one,
    and tells whether every check could run.
    """

    fields_ok: Callable[[Any], bool]
    rules: Callable[[Any], list[Problem]] | None
    per_field: tuple[tuple[str, Any], ...]
    partial_rules: PartialRules


_CHECKS: dict[type, Checks] = {}


def _fields_ok(cls: type, hints: dict[str, Any]) -> Callable[[Any], bool]:
    code = Code(f"type check of {cls.__module__}.{cls.__qualname__}")
    code.add("def fields_ok(self):")
    for a in attrs.fields(cls):
        code.add(f"    v = self.{a.name}")
        emit_check(code, hints[a.name], "v", "    ")
    code.add("    return True")
    fn: Callable[[Any], bool] = code.function("fields_ok")
    return fn


def _blank(a: attrs.Attribute[Any]) -> Problem:
    words = words_of(a)
    return problem(f"$.{a.name}", ProblemCode.EMPTY, Text(f"请填写{words.zh}", f"give {words.en}"))


def _within(bounds: Bounds) -> str:
    """The condition, in Python, that ``v`` is within ``bounds`` (what ``Bounds.holds`` says)."""
    parts = []
    if bounds.minimum is not None:
        parts.append(f"{bounds.minimum!r} {'<' if bounds.exclusive else '<='} v")
    if bounds.maximum is not None:
        parts.append(f"v <= {bounds.maximum!r}")
    return " and ".join(parts)


def _out_of_bounds(a: attrs.Attribute[Any], bounds: Bounds) -> Callable[[float], Problem]:
    """The problem of a value of field ``a`` outside its bounds, naming both."""
    rule = words_of(a) + Text("", " ") + bounds.rule()

    def say(value: float) -> Problem:
        return problem(
            f"$.{a.name}",
            ProblemCode.RANGE,
            Text(f"{rule.zh}，不能是 {value}", f"{rule.en}, not {value}"),
        )

    return say


def _rules(cls: type, *, partial: bool = False) -> Callable[[Any], Any] | None:
    """What the fields declare, then the record's own rules, as one function; None if none.

    With ``partial``, the function is for a :func:`partial` record, and
    returns the problems found with whether every check could run: a check
    that reads a field that could not be read stops there, and what it found
    before stands.
    """
    code = Code(f"{'partial ' if partial else ''}rules of {cls.__module__}.{cls.__qualname__}")
    code.add("def rules(self):")
    code.add("    p = []")
    if partial:
        code.add("    whole = True")

    def emit(*lines: str) -> None:
        if not partial:
            for line in lines:
                code.add(f"    {line}")
            return
        code.add("    try:")
        for line in lines:
            code.add(f"        {line}")
        code.add(f"    except {code.ref(Unread)}:")
        code.add("        whole = False")

    any_check = False
    names = attrs.fields_dict(cls)
    for a in attrs.fields(cls):
        meta = a.metadata
        _check_declaration(cls, a, names)
        if meta.get(NOT_BLANK):
            any_check = True
            emit(
                f"v = self.{a.name}",
                f"if v is not None and not v.strip(): p.append({code.ref(_blank(a))})",
            )
        if AT_LEAST_ONE in meta:
            any_check = True
            zh, en = meta[AT_LEAST_ONE]
            empty = problem(f"$.{a.name}", ProblemCode.EMPTY, Text(zh, en))
            emit(f"if not self.{a.name}: p.append({code.ref(empty)})")
        orders: tuple[Order, ...] = meta.get(NOT_BEFORE, ())
        if orders:
            any_check = True
            # one problem of order per field: the first other date it comes before
            lines = [f"v = self.{a.name}", "if v is None: pass"]
            for order in orders:
                say = code.ref(_order_problem(a.name, order))
                lines.append(f"elif (w := self.{order.other}) is not None and v < w:")
                lines.append(f"    p.append({say}(v, w))")
            emit(*lines)
        bounds = bounds_of(a)
        if bounds is not None:
            any_check = True
            say = code.ref(_out_of_bounds(a, bounds))
            emit(
                f"v = self.{a.name}",
                f"if v is not None and not ({_within(bounds)}): p.append({say}(v))",
            )
    own = cross_checks(cls)
    if getattr(cls, "_problems", None) is not Record._problems:
        own.insert(0, "_problems")
    for name in own:
        any_check = True
        emit(f"p.extend(self.{name}())" if not partial else f"for q in self.{name}(): p.append(q)")
    refs = references_of(cls)
    if refs is not None:
        any_check = True
        code.add(f"    q, ran = {code.ref(refs)}(self)")
        code.add("    p.extend(q)")
        if partial:
            code.add("    whole = whole and ran")
    if partial:
        code.add("    return p, whole")
        fn: Callable[[Any], Any] = code.function("rules")
        return fn
    code.add("    return p")
    if not any_check:
        return None
    fn = code.function("rules")
    return fn


def _check_declaration(cls: type, a: Any, names: dict[str, Any]) -> None:
    """Refuse, when the class is first used, a declaration that cannot be checked."""
    hints = typing.get_type_hints(cls)
    where = f"{cls.__name__}.{a.name}"
    if a.metadata.get(NOT_BLANK) and kind_of(hints[a.name]) not in (TEXT, OPTIONAL):
        raise TypeError(f"{where}: not_blank is for text fields (str or str | None)")
    for order in a.metadata.get(NOT_BEFORE, ()):
        if order.other not in names:
            raise TypeError(f"{where}: not_before names {order.other!r}, which is not a field")
    inner = _optional_inner(hints[a.name])
    if bounds_of(a) is not None and (inner is bool or inner not in (int, float)):
        raise TypeError(f"{where}: bounds are for number fields (int, float or either | None)")
    targets = a.metadata.get(REFERS_TO, ())
    if targets and _id_holder(hints[a.name]) is None:
        raise TypeError(f"{where}: refers_to is for an id (str, str | None) or a list of ids")
    for target in targets:
        if not (
            attrs.has(target) and issubclass(target, Record) and "id" in attrs.fields_dict(target)
        ):
            raise TypeError(f"{where}: refers_to names {target!r}, not a record with an id")


def _order_problem(name: str, order: Order) -> Callable[[dt.date, dt.date], Problem]:
    def say(value: dt.date, other: dt.date) -> Problem:
        return problem(
            f"$.{name}",
            ProblemCode.ORDER,
            Text(
                order.zh.format(value=value, other=other),
                order.message.format(value=value, other=other),
            ),
        )

    return say


def _compile(cls: type) -> Checks:
    hints = typing.get_type_hints(cls)
    for a in attrs.fields(cls):
        kind_of(hints[a.name])  # a field of a type no kind knows fails here, at once
    checks = Checks(
        fields_ok=_fields_ok(cls, hints),
        rules=_rules(cls),
        per_field=tuple((a.name, hints[a.name]) for a in attrs.fields(cls)),
        # never None: it returns whether every check ran, even with none to run
        partial_rules=typing.cast(PartialRules, _rules(cls, partial=True)),
    )
    _CHECKS[cls] = checks
    return checks


def checks_of(cls: type) -> Checks:
    """The generated checks of a record class (made on first use)."""
    return _CHECKS.get(cls) or _compile(cls)


_CROSS_CHECK = "__left_behind_cross_check__"

ProblemsOf = typing.TypeVar("ProblemsOf", bound=Callable[..., Iterator[Problem]])


def cross_check(method: ProblemsOf) -> ProblemsOf:
    """Mark a method as one of the record's cross-field rules.

    A record may say its rules in one ``_problems`` method, or in several
    marked methods, each yielding the problems of one concern. They are run
    in the order written, base classes first; kept apart, each still runs
    when loading could not read a field that another one needs, so that one
    round of loading reports all that can be known.
    """
    setattr(method, _CROSS_CHECK, True)
    return method


def cross_checks(cls: type) -> list[str]:
    """The names of the :func:`cross_check` methods of a record class, in order."""
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if getattr(value, _CROSS_CHECK, False) and name not in names:
                names.append(name)
    return names


# --- references to other records' ids ------------------------------------------
#
# A field declared ``refers_to=Child`` holds a child's id. The record that holds
# it cannot know the children; the document that holds both can. So the check
# belongs to the nearest record, from the referring field up, that holds
# records of the class referred to (at any depth): a home checks its pairings'
# children, and a document that holds a home leaves that to the home.

_ONE, _MAYBE, _MANY = "one", "maybe", "many"


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _shape(tp: Any) -> tuple[str, Any]:
    """How a field of type ``tp`` holds its values (one, maybe one, a list) and their type."""
    kind = kind_of(tp)
    if kind is OPTIONAL:
        return _MAYBE, kind.items(tp)[0]
    if kind is LIST:
        return _MANY, kind.items(tp)[0]
    return _ONE, tp


def _held_record(tp: Any) -> tuple[str, type] | None:
    how, inner = _shape(tp)
    return (how, inner) if kind_of(inner) is RECORD else None


def _id_holder(tp: Any) -> str | None:
    """How a field of type ``tp`` holds ids (text), or None if it holds none."""
    how, inner = _shape(tp)
    return how if inner is str else None


Steps = tuple[tuple[str, str], ...]


def _collections(cls: type, classes: tuple[type, ...], seen: frozenset[type]) -> list[Any]:
    """(steps from ``cls``, field) for each field that holds records of one of ``classes``."""
    found: list[Any] = []
    for a in attrs.fields(cls):
        held = _held_record(_hints(cls)[a.name])
        if held is None:
            continue
        how, inner = held
        if issubclass(inner, classes):
            found.append((((a.name, how),), a))
        elif inner not in seen:
            for steps, b in _collections(inner, classes, seen | {inner}):
                found.append((((a.name, how), *steps), b))
    return found


def _referred(cls: type, seen: frozenset[type]) -> dict[tuple[type, ...], None]:
    """Every ``refers_to`` declared in ``cls`` or in the records it holds, in order."""
    found: dict[tuple[type, ...], None] = {}
    for a in attrs.fields(cls):
        targets = a.metadata.get(REFERS_TO)
        if targets:
            found[targets] = None
        held = _held_record(_hints(cls)[a.name])
        if held is not None and held[1] not in seen:
            found.update(_referred(held[1], seen | {held[1]}))
    return found


@attrs.frozen
class _Target:
    """Records a document keeps, by the collections that hold them, and what they are called."""

    collections: tuple[Steps, ...]
    words: Text


@attrs.frozen
class _Node:
    """What to check in a record reached from the document: for each field in order,
    (name, how it holds, the index of its target, None) for ids, or (name, how, -1,
    node) for records holding ids further down."""

    items: tuple[tuple[str, str, int, _Node | None], ...]


def _either(words: list[Text]) -> Text:
    """``a, b or c`` in both languages."""
    if len(words) == 1:
        return words[0]
    head = words[:-1]
    return Text(
        "、".join(w.zh for w in head) + "或" + words[-1].zh,
        ", ".join(w.en for w in head) + " or " + words[-1].en,
    )


def _node(cls: type, mine: dict[tuple[type, ...], int], seen: frozenset[type]) -> _Node | None:
    items: list[tuple[str, str, int, _Node | None]] = []
    for a in attrs.fields(cls):
        tp = _hints(cls)[a.name]
        targets = a.metadata.get(REFERS_TO)
        if targets in mine:
            items.append((a.name, typing.cast(str, _id_holder(tp)), mine[targets], None))
            continue
        held = _held_record(tp)
        if held is None or held[1] in seen:
            continue
        how, inner = held
        # a record that keeps the records referred to checks its own references
        below = {t: i for t, i in mine.items() if not _collections(inner, t, frozenset({inner}))}
        sub = _node(inner, below, seen | {inner}) if below else None
        if sub is not None:
            items.append((a.name, how, -1, sub))
    return _Node(tuple(items)) if items else None


def _records_at(obj: Any, steps: Steps) -> Iterator[Any]:
    (name, how), rest = steps[0], steps[1:]
    value = getattr(obj, name)
    values = value if how == _MANY else () if value is None else (value,)
    for v in values:
        if rest:
            yield from _records_at(v, rest)
        else:
            yield v


def _dangling(path: str, value: str, what: Text) -> Problem:
    return problem(
        path,
        ProblemCode.REFERENCE,
        Text(
            f"没有编号为 {value!r} 的{what.zh}：请添加，或更正编号",
            f"no {what.en} has the id {value!r}: add them, or correct it",
        ),
    )


def _walk(
    obj: Any, node: _Node, path: str, known: list[Any], targets: list[_Target], found: list[Problem]
) -> bool:
    whole = True
    for name, how, t, sub in node.items:
        try:
            value = getattr(obj, name)
            if sub is not None:
                if how == _MANY:
                    for i, item in enumerate(value):
                        whole = (
                            _walk(item, sub, f"{path}.{name}[{i}]", known, targets, found) and whole
                        )
                elif value is not None:
                    whole = _walk(value, sub, f"{path}.{name}", known, targets, found) and whole
                continue
            ids = known[t]
            if ids is None:  # some id referred to could not be read
                whole = False
            elif how == _MANY:
                for j, v in enumerate(value):
                    if v not in ids:
                        found.append(_dangling(f"{path}.{name}[{j}]", v, targets[t].words))
            elif value is not None and value not in ids:
                found.append(_dangling(f"{path}.{name}", value, targets[t].words))
        except Unread:
            whole = False
    return whole


ReferenceCheck = Callable[[Any], tuple[list[Problem], bool]]


@functools.cache
def references_of(cls: type) -> ReferenceCheck | None:
    """The check of the ids that the records of a ``cls`` refer to, None if it checks none.

    It returns the problems (an id that names no record of its kind in the
    record: code ``reference``, at the id's path) and whether every id could
    be read (on a :func:`partial` record).
    """
    targets: list[_Target] = []
    mine: dict[tuple[type, ...], int] = {}
    for classes in _referred(cls, frozenset({cls})):
        held = _collections(cls, classes, frozenset({cls}))
        if held:
            words = list(dict.fromkeys(words_of(a) for _, a in held))
            mine[classes] = len(targets)
            targets.append(_Target(tuple(steps for steps, _ in held), _either(words)))
    node = _node(cls, mine, frozenset({cls})) if mine else None
    if node is None:
        return None
    tree = node

    def check(doc: Any) -> tuple[list[Problem], bool]:
        whole = True
        known: list[Any] = []
        for target in targets:
            try:
                known.append(
                    {r.id for steps in target.collections for r in _records_at(doc, steps)}
                )
            except Unread:
                known.append(None)
                whole = False
        found: list[Problem] = []
        whole = _walk(doc, tree, "$", known, targets, found) and whole
        return found, whole

    return check


class Unread(AttributeError):
    """A check read a field of a :func:`partial` record that could not be read.

    An ``AttributeError``, so that what only asks whether an attribute is
    there (``hasattr``, introspection) is told it is not.
    """


class _Unread:
    """What a field of a partial record holds when its data could not be read.

    Any use of it but ``is`` raises :class:`Unread`, so that a check that
    needs the field is passed over rather than judging a stand-in value.
    """

    __slots__ = ()

    def _unread(self, *_: Any, **__: Any) -> Any:
        raise Unread

    __getattr__ = __bool__ = __len__ = __iter__ = __contains__ = _unread
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __hash__ = _unread
    __str__ = __format__ = __add__ = __radd__ = __sub__ = __rsub__ = _unread
    __getitem__ = __int__ = __index__ = __float__ = _unread

    def __repr__(self) -> str:
        return "UNREAD"


UNREAD: Any = _Unread()
"""The value of a field of a :func:`partial` record whose data could not be read."""


def partial(cls: type, values: dict[str, Any]) -> Any:
    """A record of ``cls`` holding ``values``, made without checking them.

    Only for running the checks that do not depend on what could not be
    read (:attr:`Checks.partial_rules`), so that one round of loading reports
    every problem; the object never leaves the loader. Reading a field not
    in ``values`` raises :class:`Unread`, even to ask ``is None``.
    """
    obj: Any = object.__new__(_partial_class(cls))
    for a in attrs.fields(cls):
        object.__setattr__(obj, a.name, values.get(a.name, UNREAD))
    return obj


def _read_or_stop(self: Any, name: str) -> Any:
    value = object.__getattribute__(self, name)
    if value is UNREAD:
        raise Unread(name)
    return value


@functools.cache
def _partial_class(cls: type) -> type:
    """The class of the partial records of ``cls``: itself, but for reading a field not read."""
    return type(cls.__name__, (cls,), {"__slots__": (), "__getattribute__": _read_or_stop})


_CUSTOM_INIT: set[tuple[str, str]] = set()


class Record:
    """Base of every record: validates itself when it is made.

    Subclasses are ``attrs`` frozen, slotted, keyword-only classes. They may
    define ``_problems()`` to yield the cross-field problems of a record whose
    fields have the right types; paths are relative to the record (``$``).
    """

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Seen once for the class body as written, before attrs adds its own
        # methods: an __init__ written there is the class's own, and the
        # loaders must then call it rather than set the fields themselves.
        if "__attrs_attrs__" not in cls.__dict__ and (
            "__init__" in cls.__dict__ or "__attrs_pre_init__" in cls.__dict__
        ):
            _CUSTOM_INIT.add((cls.__module__, cls.__qualname__))

    def __attrs_post_init__(self) -> None:
        checks = _CHECKS.get(type(self)) or _compile(type(self))
        if checks.fields_ok(self):
            if checks.rules is not None:
                found = checks.rules(self)
                if found:
                    raise InvalidData(found)
            return
        problems: list[Problem] = []
        for name, tp in checks.per_field:
            value = getattr(self, name)
            if not value_fits(tp, value):
                got = _python_value(value, tp)
                problems.append(
                    problem(
                        f"$.{name}",
                        ProblemCode.TYPE,
                        Text(
                            f"应传入 {python_type(tp)}，实为 {got}",
                            f"expected {python_type(tp)}, got {got}",
                        ),
                    )
                )
        raise InvalidData(problems)

    def _problems(self) -> Iterator[Problem]:
        return iter(())

    @classmethod
    def _older_layout(cls, data: Any, style: Style) -> Any:
        """Plain data of an older layout of this record, in today's; None if not older.

        The loaders call it on a document's plain data (keys in ``style``)
        before reading them, so that files written before a change of layout
        are still read. Data it cannot bring up to date are returned as they
        are, for the loader to report.
        """
        return None


# --- what a Python caller should pass --------------------------------------
#
# The words of the kinds (describe_type) are for JSON, which the loaders read;
# a Python caller who passes the wrong type is told what to pass in Python's
# terms instead (python_type). Only used to explain a failure.


def _enum_of(tp: Any) -> type[LabelledEnum] | None:
    """The enumeration a field of type ``tp`` holds (itself, or its items), if any."""
    kind = kind_of(tp)
    if kind.name == "enumeration":
        return typing.cast(type[LabelledEnum], tp)
    items = kind.items(tp)
    return _enum_of(items[0]) if len(items) == 1 else None


def _member_for(text: str, enum_cls: type[LabelledEnum]) -> LabelledEnum | None:
    """The member whose value or label ``text`` is, if any."""
    for member in enum_cls:
        if text == member.value or text in (member.label("zh"), member.label("en")):
            return member
    return None


def _optional_inner(tp: Any) -> Any:
    """``X`` for ``X | None``, else ``tp`` itself."""
    return kind_of(tp).items(tp)[0] if kind_of(tp) is OPTIONAL else tp


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
        if inner is str and unwritable_at(value) is not None:
            return (
                "a str holding a broken character (a lone UTF-16 surrogate) that cannot be"
                " written as UTF-8"
            )
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
    if type(value) is dt.datetime and inner is dt.date:
        return "a datetime.datetime: pass its .date()"
    if origin in (tuple, frozenset) and isinstance(value, (tuple, frozenset)):
        item_tp = kind_of(inner).items(inner)[0]
        for i, item in enumerate(value):
            if not value_fits(item_tp, item):
                if type(value) is tuple:
                    return f"a list or tuple whose item {i} is {_python_value(item, item_tp)}"
                return f"a set with an item that is {_python_value(item, item_tp)}"
        return a_or_an(type(value).__name__)  # pragma: no cover - some item failed
    return a_or_an(type(value).__name__)


# --- records made by a loader ------------------------------------------------

_SHAPE_CONVERTERS = (as_tuple, as_frozenset)


def prechecked_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...] | None:
    """How a loader may make a ``cls`` from values it has already type-checked.

    ``__init__`` of a record sets its fields, applies :func:`as_tuple` and
    :func:`as_frozenset`, checks every field's type and then the record's
    other checks. A loader that gives every field a value of exactly the
    field's type (a ``tuple``, a ``frozenset``, a ``date``, an enumeration
    member...) knows the first three change nothing and pass, so it may
    instead make the instance with ``object.__new__``, set the fields with
    these setters (in field order) and raise ``InvalidData`` with
    the problems of ``checks_of(cls).rules`` when there are any. Python callers still go
    through ``__init__``.

    None when ``__init__`` does more than that for ``cls`` (a validator, some
    other converter, an ``__init__`` or init hook of its own, a field that
    is not a slot set by keyword): the loader must call the class then.
    """
    if not (isinstance(cls, type) and issubclass(cls, Record) and attrs.has(cls)):
        return None
    if (
        (cls.__module__, cls.__qualname__) in _CUSTOM_INIT
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
