"""The one ``cattrs`` converter setup behind every way in and out.

Loading runs twice only when it must: a fast pass handles valid input; when
anything in it fails, a second, detailed pass (cattrs with detailed
validation) collects every problem with its path and they are raised together
as one :class:`~left_behind.InvalidData`. Both passes take what each kind of
value means from the table of kinds (:mod:`left_behind.kinds._kinds`): the
detailed pass registers the table's loaders with cattrs, the fast pass runs
a function generated per record class from the same rows (most of which call
the very same loaders), so the two accept exactly the same input. Writing,
to plain data and straight to JSON text, uses functions generated from the
same rows too.
"""

from __future__ import annotations

import functools
import json
import re
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, override

from left_behind.kinds._base import UNREAD, checks_of, partial, prechecked_setters
from left_behind.kinds._codegen import Code
from left_behind.kinds._errors import InvalidData, Problem, ProblemCode, join_path
from left_behind.kinds._fields import camel, camel_path
from left_behind.kinds._ids import mask_text
from left_behind.kinds._kinds import (
    KINDS,
    LIST,
    OPTIONAL,
    RECORD,
    SET,
    BadValue,
    describe_type,
    did_you_mean,
    emit_dump,
    emit_load,
    emit_write,
    kind_of,
    kind_or_none,
    type_error,
    value_fits,
)
from left_behind.kinds._text import Style, Text, check_style

__all__ = [
    "can_count",
    "converter",
    "count_keys",
    "is_record",
    "key_path",
    "structure",
    "unstructure",
    "writer",
]

T = TypeVar("T")


def _keys(cls: type, style: Style) -> list[str]:
    return [camel(a.name) if style == "camel" else a.name for a in attrs.fields(cls)]


def _is_record(tp: Any) -> bool:
    return kind_or_none(tp) is RECORD


def _is_many(tp: Any) -> bool:
    return kind_or_none(tp) in (LIST, SET)


def is_record(obj: Any) -> bool:
    """Whether ``obj`` is a record of the library (the generated writers write those)."""
    cls: Any = type(obj)  # a class is hashable, whatever mypy reads of it
    return _is_record(cls)


# --- collections: JSON arrays only -------------------------------------------


def _list_hook(conv: cattrs.Converter, tp: Any, detailed: bool) -> Callable[[Any, Any], Any]:
    (item_type,) = kind_of(tp).items(tp)
    item = conv.get_structure_hook(item_type)
    unique = kind_of(tp) is SET
    expected = (describe_type(tp, "zh"), describe_type(tp))

    def fast(value: Any, _: Any) -> Any:
        if type(value) is not list:
            raise type_error(expected, value)
        items = [item(x, item_type) for x in value]
        if unique:
            result = frozenset(items)
            if len(result) != len(items):
                raise BadValue(
                    ProblemCode.DUPLICATE,
                    Text("同一个值在列表中出现了不止一次", "a value is listed more than once"),
                )
            return result
        return tuple(items)

    if not detailed:
        return fast

    def careful(value: Any, _: Any) -> Any:
        if type(value) is not list:
            raise type_error(expected, value)
        errors: list[Exception] = []
        for i, x in enumerate(value):
            try:
                item(x, item_type)
            except Exception as e:  # noqa: BLE001 - collected, translated by _problems()
                note = IterableValidationNote(f"Structuring {tp} @ index {i}", i, item_type)
                setattr(e, "__notes__", [*getattr(e, "__notes__", []), note])  # noqa: B010
                errors.append(e)
        if errors:
            raise IterableValidationError(f"While structuring {tp}", errors, tp)
        return fast(value, _)

    return careful


# --- records: the detailed pass ----------------------------------------------


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

    known = set(_keys(cls, style))

    def careful(value: Any, tp: Any) -> Any:
        if not isinstance(value, Mapping):
            raise type_error((describe_type(cls, "zh"), describe_type(cls)), value)
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


# --- records: the fast pass, generated ---------------------------------------
#
# cattrs calls one hook per field. For records, the fast pass uses a function
# generated per record class and key style instead, written from the rows of
# the table of kinds. It only has to return the record for valid input and
# fail on anything else: any exception at all sends the input to the detailed
# pass, whose hooks say what is wrong.


class _GiveUp(Exception):
    """The fast pass stops here; the detailed pass finds out why."""


_COUNTING: set[Callable[..., Any]] = set()
"""The generated record loaders: each appends to ``c``, when ``c`` is a list,
the number of keys of the object it reads and the colons inside the strings it
reads, and hands ``c`` on to the loaders of the records inside."""


class _FastLoading:
    """What the rows need from the fast pass's generator: the loaders of records."""

    def __init__(self, conv: cattrs.Converter) -> None:
        self.conv = conv

    def record(self, code: Code, tp: Any, var: str, indent: str) -> None:
        hook = self.conv.get_structure_hook(tp)
        second = "c" if hook in _COUNTING else code.ref(tp)
        code.add(f"{indent}{var} = {code.ref(hook)}({var}, {second})")


def _plain_default(a: attrs.Attribute[Any]) -> bool:
    default: Any = a.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return not default.takes_self
    return True


def _fast_record_hook(
    conv: cattrs.Converter, cls: type, style: Style
) -> Callable[[Any, Any], Any] | None:
    """The fast pass for ``cls``: the rows' loaders inline, then the record.

    None for a class whose fields are not all set by keyword; cattrs' own
    code serves it.
    """
    fields = attrs.fields(cls)
    if not all(a.init and a.alias == a.name and _plain_default(a) for a in fields):
        return None
    hints = typing.get_type_hints(cls)
    code = Code(f"loader of {cls.__module__}.{cls.__qualname__} ({style})", {"_GiveUp": _GiveUp})
    ctx = _FastLoading(conv)
    keys = _keys(cls, style)
    # ``c`` is the type when cattrs calls, or the list of counts (count_keys)
    code.add("def structure(o, c=None):")
    mapping = code.ref(Mapping)
    code.add(f"    if type(o) is not dict and not isinstance(o, {mapping}): raise _GiveUp")
    code.add(f"    if not o.keys() <= {code.ref(frozenset(keys))}: raise _GiveUp")
    code.add("    k = c.__class__ is list")
    code.add("    if k: c.append(len(o))")
    defaults_fit = True
    for i, (a, key) in enumerate(zip(fields, keys, strict=True)):
        var = f"v{i}"
        default: Any = a.default
        if default is attrs.NOTHING:
            code.add(f"    {var} = o[{key!r}]")
            emit_load(code, hints[a.name], var, "    ", ctx)
            continue
        code.add(f"    if {key!r} in o:")
        code.add(f"        {var} = o[{key!r}]")
        emit_load(code, hints[a.name], var, "        ", ctx)
        code.add("    else:")
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            code.add(f"        {var} = {code.ref(default.factory)}()")
            defaults_fit = False  # made afresh each time: the constructor checks it
        else:
            code.add(f"        {var} = {code.ref(default)}")
            # a default that __init__ would convert, or that fails its own check
            defaults_fit &= (a.converter is None or a.converter(default) is default) and value_fits(
                hints[a.name], default
            )
    setters = prechecked_setters(cls) if defaults_fit else None
    if setters is None:
        args = ", ".join(f"{a.name}=v{i}" for i, a in enumerate(fields))
        code.add(f"    return {code.ref(cls)}({args})")
    else:
        # every value has its field's type already: make the record as
        # prechecked_setters() allows, without __init__ and its type checks
        code.add(f"    r = {code.ref(object.__new__)}({code.ref(cls)})")
        for i, set_field in enumerate(setters):
            code.add(f"    {code.ref(set_field)}(r, v{i})")
        rules = checks_of(cls).rules
        if rules is not None:
            code.add(f"    p = {code.ref(rules)}(r)")
            code.add(f"    if p: raise {code.ref(InvalidData)}(p)")
        code.add("    return r")
    fn = code.function("structure")
    _COUNTING.add(fn)
    return fn


_UNKNOWN: Any = object()
_counting_hooks: dict[tuple[type, str], Callable[..., Any] | None] = {}


def can_count(cls: type, style: Style) -> bool:
    """Whether :func:`count_keys` can read ``cls`` (its fast pass is generated)."""
    hook = _counting_hooks.get((cls, style), _UNKNOWN)
    if hook is _UNKNOWN:
        found = converter(style).get_structure_hook(cls)
        hook = _counting_hooks[(cls, style)] = found if found in _COUNTING else None
    return hook is not None


def count_keys(data: Any, cls: type[T], style: Style) -> tuple[T, int] | None:
    """Make ``cls`` from ``data`` by the fast pass alone, counting colons.

    Returns the record and the number of colons its JSON text has when no
    key is repeated in it: the keys of all the objects read on the way (each
    object's ``len``) and the colons inside the strings read. None when the
    fast pass fails or cannot count everything it reads. A count that misses
    something is only ever too low, never too high.
    """
    if not can_count(cls, style):
        return None
    hook = _counting_hooks[(cls, style)]
    assert hook is not None
    counts: list[int] = []
    try:
        record: T = hook(data, counts)
    except Exception:  # noqa: BLE001 - the caller takes the careful way
        return None
    return record, sum(counts)


# --- writing: plain data and JSON text, generated ----------------------------


class _Dumping:
    """What the rows need from the plain-data writer's generator: records."""

    def __init__(self, conv: cattrs.Converter) -> None:
        self.conv = conv

    def record(self, code: Code, tp: Any, expr: str) -> str:
        return f"{code.ref(self.conv.get_unstructure_hook(tp))}({expr})"


def _record_dumper(conv: cattrs.Converter, cls: type, style: Style) -> Callable[[Any], Any]:
    hints = typing.get_type_hints(cls)
    code = Code(f"plain data of {cls.__module__}.{cls.__qualname__} ({style})")
    ctx = _Dumping(conv)
    code.add("def unstructure(obj):")
    code.add("    return {")
    for a, key in zip(attrs.fields(cls), _keys(cls, style), strict=True):
        code.add(f"        {key!r}: {emit_dump(code, hints[a.name], f'obj.{a.name}', ctx)},")
    code.add("    }")
    return code.function("unstructure")


def _value_dumper(conv: cattrs.Converter, tp: Any) -> Callable[[Any], Any]:
    code = Code(f"plain data of {tp!r}")
    code.add(f"def unstructure(v): return {emit_dump(code, tp, 'v', _Dumping(conv))}")
    return code.function("unstructure")


class _Writing:
    """What the rows need from the JSON writer's generator: records."""

    def __init__(self, style: Style) -> None:
        self.style = style

    def record(self, code: Code, tp: Any, expr: str) -> str:
        return f"{code.ref(writer(tp, self.style))}({expr})"


@functools.cache
def writer(cls: type, style: Style = "snake") -> Callable[[Any], str]:
    """The JSON text of a record of ``cls``, as ``json.dumps`` writes its plain data.

    ``ensure_ascii=False`` and the default separators; generated from the
    rows of the kinds, so no dict is built on the way.
    """
    hints = typing.get_type_hints(cls)
    code = Code(f"JSON writer of {cls.__module__}.{cls.__qualname__} ({style})")
    ctx = _Writing(style)
    parts: list[str] = []
    for i, (a, key) in enumerate(zip(attrs.fields(cls), _keys(cls, style), strict=True)):
        head = ("{" if i == 0 else ", ") + json.dumps(key, ensure_ascii=False) + ": "
        parts.append(repr(head))
        parts.append(emit_write(code, hints[a.name], f"obj.{a.name}", ctx))
    if not parts:
        code.add("def write(obj): return '{}'")
    else:
        code.add("def write(obj):")
        code.add("    return ''.join((")
        for part in parts:
            code.add(f"        {part},")
        code.add("        '}',")
        code.add("    ))")
    fn: Callable[[Any], str] = code.function("write")
    return fn


# --- the converters ------------------------------------------------------------


def _make(style: Style, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    for kind in KINDS:
        if kind.load is not None:
            conv.register_structure_hook_factory(kind.applies, kind.load)
            # cattrs serves str, int... (and their subclasses) before any
            # factory: each class of these kinds is registered by name
            for cls in kind.types:
                conv.register_structure_hook(cls, kind.load(cls))
    conv.register_structure_hook_factory(_is_many, lambda t: _list_hook(conv, t, detailed))
    conv.register_structure_hook_factory(
        _is_record,
        lambda t: (
            (None if detailed else _fast_record_hook(conv, t, style))
            or _record_hook(conv, t, style, detailed)
        ),
    )
    for kind in KINDS:
        if kind is not RECORD:
            conv.register_unstructure_hook_factory(kind.applies, lambda tp: _value_dumper(conv, tp))
            # and, as above, by name: else a Recurrence unstructures to itself
            for cls in kind.types:
                conv.register_unstructure_hook(cls, _value_dumper(conv, cls))
    conv.register_unstructure_hook_factory(_is_record, lambda cls: _record_dumper(conv, cls, style))
    return conv


@functools.cache
def converter(style: Style = "snake", *, detailed: bool = False) -> cattrs.Converter:
    """The converter for a key style; made once, then shared (it is immutable in use)."""
    check_style(style)
    return _make(style, detailed)


# --- errors: from cattrs' exception tree to a flat list of problems ----------

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
                local = camel_path(local)
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
                yield Problem.of(
                    f"{path}.{key(note.name)}",
                    ProblemCode.MISSING,
                    Text(
                        f"缺少必填项，应为{describe_type(note.type, 'zh')}",
                        f"required key is missing: {describe_type(note.type)}",
                    ),
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
            yield _unknown_key(str(extra), exc.cl, path, style)
    elif isinstance(exc, BadValue):
        yield Problem.of(path, exc.code, exc.message)
    else:
        # A safety net: whatever else went wrong is still reported as data at
        # a path, never as a crash, and without echoing the value.
        name = type(exc).__name__
        yield Problem.of(
            path,
            ProblemCode.INVALID,
            Text(f"无效的值（{name}）", f"invalid value ({name})"),
        )


_STYLE_WORDS = {"snake": ("snake_case", "birth_date"), "camel": ("camelCase", "birthDate")}


def _unknown_key(extra: str, cls: type, path: str, style: Style) -> Problem:
    """The problem of a key that ``cls`` does not have, with the likeliest fix.

    A key that is a field's name in the other key style is said to be so
    (code ``key_style``): the advice is to write it in this style, never to
    remove it. Otherwise a close known key is suggested, if there is one.
    """
    here = _keys(cls, style)
    other: Style = "snake" if style == "camel" else "camel"
    there = dict(zip(_keys(cls, other), here, strict=True))
    where = path + key_path(extra)
    this_style, _ = _STYLE_WORDS[style]
    if extra in there and there[extra] != extra:
        right = there[extra]
        return Problem.of(
            where,
            ProblemCode.KEY_STYLE,
            Text(
                f"这个键名是 {_STYLE_WORDS[other][0]} 写法，这里的键名用 {this_style}："
                f"请写 {right!r}",
                f"this key is written in {_STYLE_WORDS[other][0]}, and keys are"
                f" {this_style} here: write {right!r}",
            ),
        )
    guess = did_you_mean(extra, here) if _IDENTIFIER.fullmatch(extra) else None
    if guess is not None:
        return Problem.of(
            where,
            ProblemCode.UNKNOWN_KEY,
            Text(
                f"无法识别的键名：是不是要写 {guess!r}？",
                f"unknown key: did you mean {guess!r}?",
            ),
        )
    return Problem.of(
        where,
        ProblemCode.UNKNOWN_KEY,
        Text(
            f"无法识别的键名：请删除或检查拼写（这里的键名用 {this_style}）",
            f"unknown key: remove it or check its spelling (keys are {this_style} here)",
        ),
    )


_KEY_CODES = frozenset({ProblemCode.KEY_STYLE.value, ProblemCode.UNKNOWN_KEY.value})


def _style_problem(data: Any, cls: type, style: Style, problems: list[Problem]) -> Problem | None:
    """One problem for data written wholly in the other key style, if they are.

    When every key the reader did not know is a field's name in the other
    style, and the data read in that style have no key it does not know,
    the data are in the other style: say so once, and how to read them.
    """
    keyed = [p for p in problems if p.code in _KEY_CODES]
    if not keyed or any(p.code != ProblemCode.KEY_STYLE for p in keyed):
        return None
    other: Style = "snake" if style == "camel" else "camel"
    try:
        converter(other, detailed=True).structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - only its key problems matter here
        if any(p.code in _KEY_CODES for p in _problems(exc, "$", other)):
            return None
    name, example = _STYLE_WORDS[other]
    flag = "--input-style " + other
    return Problem.of(
        "$",
        ProblemCode.KEY_STYLE,
        Text(
            f"数据的键名是 {name} 写法（如 {example!r}），而这里按"
            f" {_STYLE_WORDS[style][0]} 读取：请用 style={other!r} 读取（命令行：{flag}）",
            f"the keys are written in {name} (such as {example!r}), and this reader"
            f" reads {_STYLE_WORDS[style][0]}: read the data with style={other!r} (on the"
            f" command line: {flag})",
        ),
    )


def structure(data: Any, cls: type[T], style: Style = "snake", *, fast: bool = True) -> T:
    """Make ``cls`` from plain data, or raise ``InvalidData`` with every problem.

    ``fast=False`` skips the fast pass, for a caller that has seen it fail
    on the same data already.
    """
    if fast:
        try:
            return converter(style).structure(data, cls)
        except Exception:  # noqa: BLE001 - anything at all: re-run to explain it
            pass
    try:
        made: T = converter(style, detailed=True).structure(data, cls)
    except RecursionError:
        raise InvalidData([TOO_DEEP]) from None
    except Exception as exc:  # noqa: BLE001 - translated into problems
        problems = list(_problems(exc, "$", style))
        whole = _style_problem(data, cls, style, problems)
        if whole is not None:
            raise InvalidData([whole]) from None
        try:
            more, complete = _partial_problems(data, cls, style)
        except RecursionError:
            raise InvalidData(problems, complete=False) from None
        raise InvalidData(_new(problems, more), complete=complete) from None
    if not fast:
        return made  # the fast pass was not run: the detailed one made it
    # The fast pass failed where the careful one did not: never expected, but
    # the caller still gets the one documented exception.
    raise InvalidData(
        [
            Problem.of(
                "$",
                ProblemCode.INVALID,
                Text("无法读取这些数据", "the data could not be read"),
            )
        ]
    )


# --- every problem in one round -------------------------------------------------
#
# A record whose fields could not all be read is never made, so its own
# cross-field rules and those of the records that hold it (a date before the
# birth, an id used twice, an id that names nobody) would only be seen in the
# next round, once the fields are fixed. They are found now on a partial
# record: the fields that could be read, and UNREAD for the rest, with each
# rule that needs a field not read passed over.


def _partial_problems(data: Any, cls: type, style: Style) -> tuple[list[Problem], bool]:
    """The rules' problems of the records that could not be made, and whether all could run."""
    conv = converter(style, detailed=True)
    found: list[Problem] = []
    complete = True

    def value(raw: Any, tp: Any, path: str) -> tuple[Any, bool]:
        # The value as far as it can be read, and whether it was read whole.
        try:
            return conv.structure(raw, tp), True
        except RecursionError:
            raise
        except Exception:  # noqa: BLE001 - reported by the detailed pass already
            pass
        kind = kind_or_none(tp)
        if kind is OPTIONAL and raw is not None:
            return value(raw, kind.items(tp)[0], path)[0], False
        if kind is RECORD and isinstance(raw, Mapping):
            return record(raw, tp, path), False
        if kind is not None and kind in (LIST, SET) and type(raw) is list:
            (item,) = kind.items(tp)
            items = tuple(value(x, item, f"{path}[{i}]")[0] for i, x in enumerate(raw))
            return items, False
        return UNREAD, False

    def record(raw: Mapping[str, Any], record_cls: type, path: str) -> Any:
        nonlocal complete
        checks = checks_of(record_cls)
        defaults = attrs.fields_dict(record_cls)
        values: dict[str, Any] = {}
        read_whole = True
        for name, tp in checks.per_field:
            key = camel(name) if style == "camel" else name
            if key in raw:
                values[name], whole = value(raw[key], tp, path + key_path(key))
                read_whole = read_whole and whole
            else:
                default: Any = defaults[name].default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    values[name] = default.factory()
                elif default is not attrs.NOTHING:
                    values[name] = default
                else:
                    read_whole = False  # reported missing
        obj = partial(record_cls, values)
        if not read_whole:
            # its own rules never ran: a field of it, or in it, could not be read
            problems, ran = checks.partial_rules(obj)
            complete = complete and ran
            for p in problems:
                local = camel_path(p.path) if style == "camel" else p.path
                found.append(attrs.evolve(p, path=join_path(path, local)))
        return obj

    if kind_or_none(cls) is RECORD and isinstance(data, Mapping):
        record(data, cls, "$")
    return found, complete


def _new(problems: list[Problem], more: list[Problem]) -> list[Problem]:
    """``problems``, then each of ``more`` that is not at or inside a value they report.

    Such a value is to be fixed first; what a rule says of it can wait.
    """
    reported = {p.keys for p in problems}
    out = list(problems)
    for p in more:
        keys = p.keys
        if not any(keys[:n] in reported for n in range(len(keys) + 1)) and p not in out:
            out.append(p)
    if len(out) == len(problems):
        return out
    # In the order of the document, as far as the paths tell: items by their
    # index, keys in the order the problems first name them.
    rank: dict[str, int] = {}
    for p in out:
        for k in p.keys:
            if isinstance(k, str):
                rank.setdefault(k, len(rank))
    return sorted(
        out, key=lambda p: [(0, rank[k]) if isinstance(k, str) else (1, k) for k in p.keys]
    )


TOO_DEEP = Problem.of(
    "$",
    ProblemCode.TOO_DEEP,
    Text("数据嵌套层数过多", "the data is nested too deeply"),
)


def unstructure(obj: Any, style: Style = "snake") -> Any:
    """Plain data (dicts, lists, strings, numbers) for any record."""
    return converter(style).unstructure(obj)
