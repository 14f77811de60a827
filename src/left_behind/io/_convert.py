"""The one ``cattrs`` converter setup behind every way in and out.

Loading runs twice only when it must: a fast pass handles valid input; when
anything in it fails, a second, detailed pass (cattrs with detailed
validation) collects every problem with its path and they are raised together
as one :class:`~left_behind.InvalidData`. Both passes use the same hooks: for
records, the fast pass runs a function generated per class that makes the
hooks' checks inline (see ``_fast_record_hook``), so the two accept exactly
the same input. Writing uses functions generated the same way.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing
from collections.abc import Callable, Iterator, Mapping
from types import UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from left_behind._errors import InvalidData, Problem, join_path
from left_behind.model._base import (
    LabelledEnum,
    Record,
    describe_type,
    has_rules,
    prechecked_setters,
    value_fits,
)
from left_behind.model._ids import IdNumber, Phone, mask_text

__all__ = [
    "Style",
    "camel",
    "check_style",
    "converter",
    "count_keys",
    "key_path",
    "structure",
    "unstructure",
]

Style = Literal["snake", "camel"]
T = TypeVar("T")


def check_style(style: object) -> None:
    """Raise ``ValueError`` unless ``style`` is a :data:`Style`.

    A wrong style is a mistake in the calling program, not in its data, so it
    is a plain ``ValueError`` and never :class:`~left_behind.InvalidData`.
    """
    if style != "snake" and style != "camel":
        raise ValueError(f"style must be 'snake' or 'camel', not {style!r}")


class _Bad(ValueError):
    """A value that cannot become its field's type (never shown to users as is)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def camel(name: str) -> str:
    """The camelCase key of a snake_case field name.

    >>> camel("birth_date"), camel("id")
    ('birthDate', 'id')
    """
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


# A value is quoted back in a message only when its shape shows it cannot be
# private: a short lowercase token like the values themselves (a mistyped code
# such as 'boy') or something written like a date. Anything else may be an
# identity number, a phone, an address or a name in pinyin that slipped into
# the wrong column, and is described, not repeated.
_CODE_LIKE = re.compile(r"[a-z][a-z_]{0,29}")
_DATE_LIKE = re.compile(r"[0-9]{2,4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?")


def _quoted(value: str, shape: re.Pattern[str]) -> str | None:
    return repr(value) if shape.fullmatch(value) else None


def _type_error(expected: str, value: object) -> _Bad:
    got = (
        "null"
        if value is None
        else {
            str: "a string",
            bool: "true or false",
            int: "an integer",
            float: "a number",
            list: "a list",
            dict: "an object",
        }.get(type(value), type(value).__name__)
    )
    return _Bad("type", f"expected {expected}, got {got}")


# --- primitive hooks: strict, no coercion ------------------------------------


def _structure_str(value: Any, _: Any) -> str:
    if type(value) is not str:
        raise _type_error("a string", value)
    return value


def _structure_int(value: Any, _: Any) -> int:
    if type(value) is not int:
        raise _type_error("an integer", value)
    return value


def _structure_float(value: Any, _: Any) -> float:
    # JSON has one kind of number: 12 and 12.0 are the same number, but true
    # and "12.5" are not numbers at all
    if type(value) is float or type(value) is int:
        return float(value)
    raise _type_error("a number", value)


def _structure_bool(value: Any, _: Any) -> bool:
    if type(value) is not bool:
        raise _type_error("true or false", value)
    return value


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _structure_date(value: Any, _: Any) -> dt.date:
    if type(value) is not str:
        raise _type_error("a date (YYYY-MM-DD)", value)
    if _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _Bad("date", f"{value!r} is not a real date") from None
    shown = _quoted(value, _DATE_LIKE)
    got = shown if shown else f"text of {len(value)} characters in another format"
    raise _Bad("format", f"expected a date as YYYY-MM-DD, got {got}")


def _enum_hook(cls: type[LabelledEnum]) -> Callable[[Any, Any], LabelledEnum]:
    members = cls._value2member_map_
    expected = describe_type(cls)
    by_label = {m.label(lang): m.value for m in cls for lang in ("zh", "en")}

    def structure(value: Any, _: Any) -> LabelledEnum:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member  # type: ignore[return-value]
            if value in by_label:
                raise _Bad(
                    "choice",
                    f"{value!r} is a label; write its value {by_label[value]!r} instead",
                )
            near = members.get(value.strip().lower())
            if near is not None:
                raise _Bad(
                    "choice",
                    f"not valid as written: values are lowercase, without spaces;"
                    f" write {near.value!r}",
                )
            shown = _quoted(value, _CODE_LIKE)
            got = f"{shown} is not valid" if shown else "the text is not one of the values"
            raise _Bad("choice", f"{got}: expected {expected}")
        raise _type_error(expected, value)

    return structure


def _text_type_hook(cls: type[str]) -> Callable[[Any, Any], str]:
    def structure(value: Any, _: Any) -> str:
        if type(value) is not str:
            raise _type_error("a string", value)
        return cls(value)

    return structure


# --- collections: JSON arrays only -------------------------------------------


def _list_hook(conv: cattrs.Converter, tp: Any, detailed: bool) -> Callable[[Any, Any], Any]:
    origin = get_origin(tp)
    item_type = get_args(tp)[0]
    item = conv.get_structure_hook(item_type)
    unique = origin is frozenset
    expected = describe_type(tp)

    def fast(value: Any, _: Any) -> Any:
        if type(value) is not list:
            raise _type_error(expected, value)
        items = [item(x, item_type) for x in value]
        if unique:
            result = frozenset(items)
            if len(result) != len(items):
                raise _Bad("duplicate", "a value is listed more than once")
            return result
        return tuple(items)

    if not detailed:
        return fast

    def careful(value: Any, _: Any) -> Any:
        if type(value) is not list:
            raise _type_error(expected, value)
        errors: list[Exception] = []
        items = []
        for i, x in enumerate(value):
            try:
                items.append(item(x, item_type))
            except Exception as e:  # noqa: BLE001 - collected, translated by _problems()
                note = IterableValidationNote(f"Structuring {tp} @ index {i}", i, item_type)
                setattr(e, "__notes__", [*getattr(e, "__notes__", []), note])  # noqa: B010
                errors.append(e)
        if errors:
            raise IterableValidationError(f"While structuring {tp}", errors, tp)
        return fast(value, _)

    return careful


# --- records -----------------------------------------------------------------


def _record_hook(
    conv: cattrs.Converter, cls: type, style: Style, detailed: bool
) -> Callable[[Any, Any], Any]:
    names = {a.name: camel(a.name) for a in attrs.fields(cls)} if style == "camel" else {}
    generated: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls,
        conv,
        _cattrs_forbid_extra_keys=True,
        _cattrs_detailed_validation=detailed,
        **_renames(names),
    )
    if not detailed:
        return generated

    known = set(names.values()) if names else {a.name for a in attrs.fields(cls)}

    def careful(value: Any, tp: Any) -> Any:
        if not isinstance(value, Mapping):
            raise _type_error(f"an object ({cls.__name__})", value)
        try:
            return generated(value, tp)
        except ClassValidationError as exc:
            if not all(isinstance(e, ForbiddenExtraKeysError) for e in exc.exceptions):
                raise
            # Only unknown keys stood in the way: make the record without them
            # too, so that its own cross-field problems are reported now and
            # not after the keys are fixed.
            try:
                generated({k: v for k, v in value.items() if k in known}, tp)
            except ClassValidationError as more:
                raise ClassValidationError(
                    exc.message, [*exc.exceptions, *more.exceptions], cls
                ) from None
            raise

    return careful


def _renames(names: dict[str, str]) -> dict[str, Any]:
    # typed as Any: cattrs types its **overrides as if they could clash with its
    # own keyword flags, which field names never do here
    return {name: override(rename=key) for name, key in names.items()}


def _is_record(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Record)


def _is_list_type(tp: Any) -> bool:
    origin = get_origin(tp)
    args = get_args(tp)
    return (origin is tuple and len(args) == 2 and args[1] is Ellipsis) or origin is frozenset


def _is_frozenset(tp: Any) -> bool:
    origin: object = get_origin(tp)
    return origin is frozenset


def _unstructure_set(value: frozenset[LabelledEnum]) -> list[str]:
    return sorted(m.value for m in value)


# --- generated code for records ----------------------------------------------
#
# cattrs calls one hook per field. For records, the fast pass and the way out
# use functions generated here instead, one per record class and key style,
# which make the hooks' checks inline (as attrs and cattrs generate their own
# code). They mirror the hooks above exactly. The fast pass only has to
# return the record for valid input and fail on anything else: any exception
# at all sends the input to the detailed pass, whose hooks say what is wrong.


class _GiveUp(Exception):
    """The fast pass stops here; the detailed pass finds out why."""


_TEXT_TYPES = (IdNumber, Phone)


class _Code:
    """The source of one generated function and the objects it refers to."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {
            "_GiveUp": _GiveUp,
            "_Mapping": Mapping,
            "_fromisoformat": dt.date.fromisoformat,
        }

    def ref(self, obj: Any) -> str:
        name = f"_r{len(self.names)}"
        self.names[name] = obj
        return name

    def function(self, name: str, title: str) -> Callable[..., Any]:
        code = compile("\n".join(self.lines) + "\n", f"<left_behind generated {title}>", "exec")
        namespace = dict(self.names)
        exec(code, namespace)
        fn: Callable[..., Any] = namespace[name]
        return fn


def _plain_attrs(cls: type) -> bool:
    """Whether the generated code can make ``cls``: every field set by keyword."""
    return all(
        a.init and a.alias == a.name and not isinstance(a.default, attrs.Factory)  # type: ignore[arg-type]
        for a in attrs.fields(cls)
    )


def _optional_arg(tp: Any) -> Any:
    """``X`` for ``X | None``, else None."""
    if get_origin(tp) in (Union, UnionType):
        args = get_args(tp)
        if len(args) == 2 and type(None) in args:
            return args[0] if args[1] is type(None) else args[1]
    return None


def _emit_structure(code: _Code, conv: cattrs.Converter, tp: Any, var: str, indent: str) -> bool:
    """Lines that turn the plain value in ``var`` into ``tp``, or raise.

    True when the result is sure to have exactly the type that the record's
    own type checks want (an ``str``, a ``date``, a member, a ``tuple`` of
    records...), False when it comes from some other hook.
    """
    add = code.lines.append
    inner = _optional_arg(tp)
    if inner is not None:
        add(f"{indent}if {var} is not None:")
        return _emit_structure(code, conv, inner, var, indent + "    ")
    hook = conv.get_structure_hook(tp)
    if hook in (_structure_str, _structure_int, _structure_bool):
        add(f"{indent}if type({var}) is not {code.ref(tp)}: raise _GiveUp")
    elif hook is _structure_date:
        add(f"{indent}if type({var}) is not str: raise _GiveUp")
        # The same dates as the date hook accepts, found quicker: with "-" at
        # places 5 and 8 of ten characters, date.fromisoformat accepts exactly
        # YYYY-MM-DD in ASCII digits, as the hook's pattern does. Written out
        # here rather than called: a child's file holds dozens of dates.
        add(f"{indent}if len({var}) != 10 or {var}[4] != '-' or {var}[7] != '-': raise _GiveUp")
        add(f"{indent}{var} = _fromisoformat({var})")
    elif isinstance(tp, type) and issubclass(tp, LabelledEnum):
        add(f"{indent}if type({var}) is not str: raise _GiveUp")
        add(f"{indent}{var} = {code.ref(tp._value2member_map_)}[{var}]")
    elif tp in _TEXT_TYPES:
        add(f"{indent}if type({var}) is not str: raise _GiveUp")
        add(f"{indent}{var} = {code.ref(tp)}({var})")
    elif _is_list_type(tp):
        item_type = get_args(tp)[0]
        depth = indent.count("    ")
        item, items = f"_y{depth}", f"_l{depth}"
        add(f"{indent}if type({var}) is not list: raise _GiveUp")
        if _is_record(item_type):
            item_hook = conv.get_structure_hook(item_type)
            fn, second = code.ref(item_hook), _second_argument(code, item_hook, item_type)
            add(f"{indent}{items} = [{fn}({item}, {second}) for {item} in {var}]")
            exact = True
        else:
            add(f"{indent}{items} = []")
            add(f"{indent}for {item} in {var}:")
            exact = _emit_structure(code, conv, item_type, item, indent + "    ")
            add(f"{indent}    {items}.append({item})")
        if get_origin(tp) is frozenset:
            add(f"{indent}{var} = frozenset({items})")
            add(f"{indent}if len({var}) != len({items}): raise _GiveUp")
        else:
            add(f"{indent}{var} = tuple({items})")
        return exact
    else:  # a record, or any other type: its hook
        add(f"{indent}{var} = {code.ref(hook)}({var}, {_second_argument(code, hook, tp)})")
        return _is_record(tp)  # a record's hook makes that record
    return True


def _fast_record_hook(
    conv: cattrs.Converter, cls: type, style: Style
) -> Callable[[Any, Any], Any] | None:
    """The fast pass for ``cls``: the hooks' checks inline, then ``cls(...)``.

    None for a class whose fields are not all set by keyword; cattrs' own
    code serves it.
    """
    if not _plain_attrs(cls):
        return None
    hints = typing.get_type_hints(cls)
    code = _Code()
    add = code.lines.append
    fields = attrs.fields(cls)
    keys = [camel(a.name) if style == "camel" else a.name for a in fields]
    # ``c`` is the type when cattrs calls, or a list to which the caller wants
    # the number of keys of every object read appended (see count_keys())
    add("def structure(o, c=None):")
    add("    if type(o) is not dict and not isinstance(o, _Mapping): raise _GiveUp")
    add(f"    if not o.keys() <= {code.ref(frozenset(keys))}: raise _GiveUp")
    add("    if c.__class__ is list: c.append(len(o))")
    exact = True
    for i, (a, key) in enumerate(zip(fields, keys, strict=True)):
        var = f"v{i}"
        if a.default is attrs.NOTHING:
            add(f"    {var} = o[{key!r}]")
            exact &= _emit_structure(code, conv, hints[a.name], var, "    ")
        else:
            add(f"    if {key!r} in o:")
            add(f"        {var} = o[{key!r}]")
            exact &= _emit_structure(code, conv, hints[a.name], var, "        ")
            add("    else:")
            add(f"        {var} = {code.ref(a.default)}")
    setters = prechecked_setters(cls) if exact else None
    if setters is not None and not all(
        # a default that __init__ would convert, or that fails its own check
        (a.converter is None or a.converter(a.default) is a.default)
        and value_fits(hints[a.name], a.default)
        for a in fields
        if a.default is not attrs.NOTHING
    ):
        setters = None
    if setters is None:
        args = ", ".join(f"{a.name}=v{i}" for i, a in enumerate(fields))
        add(f"    return {code.ref(cls)}({args})")
    else:
        # every value has its field's type already: make the record as
        # Record.prechecked_setters() allows, without __init__ and its checks
        add(f"    r = {code.ref(object.__new__)}({code.ref(cls)})")
        for i, set_field in enumerate(setters):
            add(f"    {code.ref(set_field)}(r, v{i})")
        if has_rules(cls):
            add("    p = list(r._problems())")
            add(f"    if p: raise {code.ref(InvalidData)}(p)")
        add("    return r")
    fn = code.function("structure", f"structure {cls.__module__}.{cls.__qualname__} {style}")
    _COUNTING.add(fn)
    return fn


# The generated record functions: each appends the number of keys of the
# object it reads to ``c`` when ``c`` is a list, and hands ``c`` on to the
# generated functions of the records inside.
_COUNTING: set[Callable[..., Any]] = set()


def _second_argument(code: _Code, hook: Callable[..., Any], tp: Any) -> str:
    """What generated code passes a hook after the value: the count list, or the type."""
    return "c" if hook in _COUNTING else code.ref(tp)


_UNKNOWN: Any = object()
_counting_hooks: dict[tuple[type, str], Callable[..., Any] | None] = {}


def count_keys(data: Any, cls: type[T], style: Style) -> tuple[T, int] | None:
    """Make ``cls`` from ``data`` by the fast pass alone, counting keys.

    Returns the record and the number of keys of all the objects read on the
    way (each object's ``len``), or None when the fast pass fails or cannot
    count everything it reads. A count that misses some objects is only ever
    too low, never too high.
    """
    hook = _counting_hooks.get((cls, style), _UNKNOWN)
    if hook is _UNKNOWN:
        found = converter(style).get_structure_hook(cls)
        hook = _counting_hooks[(cls, style)] = found if found in _COUNTING else None
    if hook is None:
        return None
    counts: list[int] = []
    try:
        record: T = hook(data, counts)
    except Exception:  # noqa: BLE001 - the caller takes the careful way
        return None
    return record, sum(counts)


def _unstructure_expr(code: _Code, conv: cattrs.Converter, tp: Any, expr: str, depth: int) -> str:
    """An expression for the plain data of ``expr``, a value of type ``tp``."""
    inner = _optional_arg(tp)
    if inner is not None:
        plain = _unstructure_expr(code, conv, inner, expr, depth)
        return expr if plain == expr else f"(None if {expr} is None else {plain})"
    if isinstance(tp, type) and issubclass(tp, LabelledEnum):
        return f"{expr}._value_"  # what .value returns, without the property
    item = f"_x{depth}"
    if _is_frozenset(tp):
        item_type = get_args(tp)[0]
        if isinstance(item_type, type) and issubclass(item_type, LabelledEnum):
            return f"sorted([{item}._value_ for {item} in {expr}])"  # as _unstructure_set
    elif _is_list_type(tp):  # a tuple: cattrs writes a list
        plain = _unstructure_expr(code, conv, get_args(tp)[0], item, depth + 1)
        return f"[{plain} for {item} in {expr}]"
    hook = conv.get_unstructure_hook(tp)
    if hook is identity:
        return expr
    return f"{code.ref(hook)}({expr})"


def _fast_unstructure_hook(
    conv: cattrs.Converter, cls: type, style: Style
) -> Callable[[Any], dict[str, Any]] | None:
    """Plain data for a ``cls``, as cattrs would write it; None where cattrs must."""
    if not _plain_attrs(cls):
        return None
    hints = typing.get_type_hints(cls)
    code = _Code()
    code.lines.append("def unstructure(obj):")
    code.lines.append("    return {")
    for a in attrs.fields(cls):
        key = camel(a.name) if style == "camel" else a.name
        plain = _unstructure_expr(code, conv, hints[a.name], f"obj.{a.name}", 0)
        code.lines.append(f"        {key!r}: {plain},")
    code.lines.append("    }")
    return code.function("unstructure", f"unstructure {cls.__module__}.{cls.__qualname__} {style}")


def _make(style: Style, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_structure_hook(IdNumber, _text_type_hook(IdNumber))
    conv.register_structure_hook(Phone, _text_type_hook(Phone))
    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, LabelledEnum), _enum_hook
    )
    conv.register_structure_hook_factory(_is_list_type, lambda t: _list_hook(conv, t, detailed))
    conv.register_structure_hook_factory(
        _is_record,
        lambda t: (
            (None if detailed else _fast_record_hook(conv, t, style))
            or _record_hook(conv, t, style, detailed)
        ),
    )

    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(IdNumber, IdNumber.reveal)
    conv.register_unstructure_hook(Phone, Phone.reveal)
    conv.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, LabelledEnum), lambda m: m.value
    )
    conv.register_unstructure_hook_func(_is_frozenset, _unstructure_set)

    def unstructure_record(cls: type) -> Callable[[Any], dict[str, Any]]:
        fast = _fast_unstructure_hook(conv, cls, style)
        if fast is not None:
            return fast
        names = {a.name: camel(a.name) for a in attrs.fields(cls)} if style == "camel" else {}
        return make_dict_unstructure_fn(cls, conv, **_renames(names))

    conv.register_unstructure_hook_factory(_is_record, unstructure_record)
    return conv


@functools.cache
def converter(style: Style = "snake", *, detailed: bool = False) -> cattrs.Converter:
    """The converter for a key style; made once, then shared (it is immutable in use)."""
    check_style(style)
    return _make(style, detailed)


# --- errors: from cattrs' exception tree to a flat list of problems ----------

_SEGMENT = re.compile(r"\.([a-z][a-z0-9_]*)")


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def key_path(key: str) -> str:
    """The path segment of an object key that a reader may not know.

    A key written like a field name is shown as it is (``.nickname``); any
    other may be private data typed as a key (an identity number, a phone, a
    name) and is shown in brackets with all but its first and last two
    characters masked (``['99**************85']``), so that no more of a
    number shows than on a masked phone.
    """
    if _IDENTIFIER.fullmatch(key):
        return f".{key}"
    return f"[{mask_text(key, keep_start=2, keep_end=2)!r}]"


def _problems(exc: BaseException, path: str, style: Style) -> Iterator[Problem]:
    key = camel if style == "camel" else (lambda n: n)
    if isinstance(exc, InvalidData):
        for p in exc.problems:
            local = p.path
            if style == "camel":
                local = _SEGMENT.sub(lambda m: "." + camel(m.group(1)), local)
            yield attrs.evolve(p, path=join_path(path, local))
    elif isinstance(exc, ClassValidationError):
        for sub in exc.exceptions:
            note = next(
                (
                    n
                    for n in getattr(sub, "__notes__", ())
                    if isinstance(n, AttributeValidationNote)
                ),
                None,
            )
            if note is None:
                yield from _problems(sub, path, style)
            elif isinstance(sub, KeyError):
                yield Problem(
                    path=f"{path}.{key(note.name)}",
                    code="missing",
                    message=f"required key is missing: {describe_type(note.type)}",
                )
            else:
                yield from _problems(sub, f"{path}.{key(note.name)}", style)
    elif isinstance(exc, IterableValidationError):
        for sub in exc.exceptions:
            index = next(
                (
                    n.index
                    for n in getattr(sub, "__notes__", ())
                    if isinstance(n, IterableValidationNote)
                ),
                None,
            )
            sub_path = path if index is None else f"{path}[{index}]"
            yield from _problems(sub, sub_path, style)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for extra in sorted(exc.extra_fields, key=str):
            yield Problem(
                path=path + key_path(str(extra)),
                code="unknown_key",
                message="unknown key: remove it or check its spelling"
                + (
                    " (keys are camelCase here)"
                    if style == "camel"
                    else " (keys are snake_case here)"
                ),
            )
    elif isinstance(exc, _Bad):
        yield Problem(path=path, code=exc.code, message=exc.message)
    else:
        # A safety net: whatever else went wrong is still reported as data at
        # a path, never as a crash, and without echoing the value.
        yield Problem(path=path, code="invalid", message=f"invalid value ({type(exc).__name__})")


def structure(data: Any, cls: type[T], style: Style = "snake") -> T:
    """Make ``cls`` from plain data, or raise ``InvalidData`` with every problem."""
    try:
        return converter(style).structure(data, cls)
    except Exception:  # noqa: BLE001 - anything at all: re-run to explain it
        pass
    try:
        converter(style, detailed=True).structure(data, cls)
    except RecursionError:
        raise InvalidData(
            [Problem(path="$", code="too_deep", message="the data is nested too deeply")]
        ) from None
    except Exception as exc:  # noqa: BLE001 - translated into problems
        problems = list(_problems(exc, "$", style))
        raise InvalidData(problems) from None
    # The fast pass failed where the careful one did not: never expected, but
    # the caller still gets the one documented exception.
    raise InvalidData([Problem(path="$", code="invalid", message="the data could not be read")])


def unstructure(obj: Any, style: Style = "snake") -> Any:
    """Plain data (dicts, lists, strings, numbers) for any record."""
    return converter(style).unstructure(obj)
