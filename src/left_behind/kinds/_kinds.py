"""The table of kinds of value: what a field's type means, said once.

Each row of :data:`KINDS` is one kind of value (text, a date, an enumeration,
a list...) and says everything the library does with it:

- the words that describe it, to a JSON client (Chinese and English) and to
  a Python caller;
- the record's type check, as lines of generated code;
- the strict loader from plain JSON data (no coercion) that the detailed
  pass of ``io`` registers with cattrs, and the same as inline code for the
  fast pass (which, for most kinds, calls the very same loader);
- the writer to plain data and straight to JSON text, as expressions;
- the Hypothesis strategy (given the ``strategies`` module, so this module
  needs no Hypothesis);
- the JSON Schema (2020-12) of its JSON values.

Everything else derives from the table: :func:`describe_type`,
:func:`python_type`, :func:`value_fits`, the records' checks, the cattrs
hooks, the generated loaders and writers, the strategies of
``left_behind.testing``, the JSON Schema and the file-format reference.
Adding a kind is adding a row (and its tests).

>>> import datetime as dt
>>> kind_of(dt.date).name, kind_of(tuple[dt.date, ...]).name
('date', 'list')
>>> describe_type(dt.time), describe_type(dt.time, "zh")
('a time of day (HH:MM)', '时刻（HH:MM）')
>>> value_fits(dt.timedelta, dt.timedelta(minutes=90)), value_fits(dt.timedelta, dt.timedelta(0, 1))
(True, False)
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import re
import types
import typing
import zoneinfo
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from left_behind.kinds._codegen import Code
from left_behind.kinds._errors import ProblemCode
from left_behind.kinds._ids import IdNumber, Phone
from left_behind.kinds._labels import LabelledEnum
from left_behind.kinds._recurrence import Recurrence
from left_behind.kinds._text import Lang, Text

__all__ = [
    "ENUMERATION",
    "KINDS",
    "LIST",
    "OPTIONAL",
    "PRIVATE_TEXT",
    "RECORD",
    "SET",
    "TEXT",
    "BadValue",
    "Describing",
    "Kind",
    "Loading",
    "Writing",
    "a_or_an",
    "describe_type",
    "did_you_mean",
    "emit_check",
    "emit_dump",
    "emit_load",
    "emit_write",
    "kind_of",
    "kind_or_none",
    "python_type",
    "schema_for",
    "strategy_for",
    "type_error",
    "unwritable_at",
    "value_fits",
    "whole",
]


class BadValue(ValueError):
    """A plain value that cannot become its field's type: a problem's code and message.

    ``message`` says what is wrong, in Chinese and English.
    """

    def __init__(self, code: ProblemCode, message: Text) -> None:
        super().__init__(message.en)
        self.code = code
        self.message = message


_JSON_NAMES = {
    str: ("文本", "a string"),
    bool: ("true 或 false", "true or false"),
    int: ("整数", "an integer"),
    float: ("数字", "a number"),
    list: ("列表", "a list"),
    dict: ("对象", "an object"),
}


def type_error(expected: tuple[str, str], value: object) -> BadValue:
    """The problem of a JSON value of the wrong type (never showing the value).

    ``expected`` says what the value should be, in Chinese and English.
    """
    name = type(value).__name__
    zh, en = ("null", "null") if value is None else _JSON_NAMES.get(type(value), (name, name))
    return BadValue(
        ProblemCode.TYPE,
        Text(f"应为{expected[0]}，实为{zh}", f"expected {expected[1]}, got {en}"),
    )


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
"""A code point that UTF-8 cannot hold: half of a UTF-16 pair, alone."""


def unwritable_at(text: str) -> int | None:
    """The index of the first character of ``text`` that UTF-8 cannot write, if any.

    Only a lone UTF-16 surrogate is such a character: JSON can carry one as
    an escape (``"\\ud800"``, a broken emoji), Python can hold one, but no
    file, terminal or database in UTF-8 can store it.

    >>> unwritable_at("林小雨"), unwritable_at("𠮷小花"), unwritable_at("ab\\ud800")
    (None, None, 2)
    """
    if text.isascii():
        return None
    m = _LONE_SURROGATE.search(text)
    return None if m is None else m.start()


def _text(value: str) -> str:
    at = unwritable_at(value)
    if at is not None:
        raise BadValue(
            ProblemCode.ENCODING,
            Text(
                f"文本的第 {at + 1} 个字符已损坏（单独的 UTF-16 代理项，常见于残缺的表情符号），"
                "无法以 UTF-8 保存：请重新输入这段文字",
                f"character {at + 1} of the text is broken (a lone UTF-16 surrogate, as a damaged"
                " emoji leaves) and cannot be written as UTF-8: type the text again",
            ),
        )
    return value


# A value is quoted back in a message only when its shape shows it cannot be
# private: a short lowercase token like the values themselves (a mistyped code
# such as 'boy' or 'junior_middle_1', with at most two digits in a row) or
# something written like a date or a time. Anything else may be an identity
# number, a phone, an address or a name in pinyin that slipped into the wrong
# column, and is described, not repeated.
CODE_LIKE = re.compile(r"(?=.{1,40}\Z)[a-z][a-z_]*(?:[0-9]{1,2}[a-z_]+)*(?:[0-9]{1,2})?")
_DATE_LIKE = re.compile(r"[0-9]{2,4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?")
_TIME_LIKE = re.compile(r"[0-9]{1,2}[:：.][0-9]{1,2}(?:[:：][0-9]{1,2})?")
_ZONE_LIKE = re.compile(r"[A-Za-z_]+(?:/[A-Za-z_\-]+){1,2}|UTC")


def _shown(value: str, shape: re.Pattern[str]) -> tuple[str, str]:
    """What was given, in Chinese and English: quoted when its shape is safe to show."""
    if shape.fullmatch(value):
        return repr(value), repr(value)
    return f"另一种格式的 {len(value)} 个字符", f"text of {len(value)} characters in another format"


# --- what a generated function needs -------------------------------------


class Loading(typing.Protocol):
    """What the fast loader's generator lends the rows: the loader of a record.

    The generated loader has ``k`` (whether it counts) and ``c`` (the counts)
    in scope: see :func:`emit_load`.
    """

    def record(self, code: Code, tp: Any, var: str, indent: str) -> None:
        """Lines that make the record ``tp`` of the plain value in ``var``."""


class Describing(typing.Protocol):
    """What the JSON Schema's generator lends the rows: the definitions of named types."""

    def ref(self, tp: Any) -> dict[str, Any]:
        """A reference (``$ref``) to the definition of the record or enumeration ``tp``."""


def whole(pattern: str) -> str:
    """A JSON Schema ``pattern`` that matches what ``re.fullmatch(pattern, text)`` does.

    A schema's ``pattern`` is unanchored. ``$(?!\\n)`` is the end of the text
    in ECMA-262 and in Python alike (where a bare ``$`` also matches before a
    final line break).

    >>> import re
    >>> [bool(re.search(whole("[0-9]{2}"), t)) for t in ("12", "123", "12\\n")]
    [True, False, False]
    """
    return f"^(?:{pattern})$(?!\\n)"


class Writing(typing.Protocol):
    """What the writers' generators lend the rows: the writer of a record."""

    def record(self, code: Code, tp: Any, expr: str) -> str:
        """An expression for the plain data (or JSON text) of the record ``expr``."""


@attrs.frozen(kw_only=True)
class Kind:
    """One kind of value and everything the library does with it.

    ``applies`` tells whether a field type is of this kind; ``items`` gives
    the types inside (the ``X`` of ``X | None`` or of a list). ``json``
    gives (Chinese, English) words for a JSON client, ``python`` English
    words for a Python caller; both receive the words of the items.
    ``check`` writes lines that ``return False`` unless a variable holds a
    value of the type. ``load`` is the strict loader of a leaf (plain value
    and type in, value out, :class:`BadValue` or ``InvalidData`` raised), or
    None where the converter composes one. ``load_inline`` writes the fast
    pass's lines (any exception sends the input to the detailed pass);
    ``dump`` and ``write`` give expressions for the plain data and the JSON
    text of a value. ``strategy`` makes the Hypothesis strategy from the
    ``strategies`` module, the type and the items' strategies. ``schema``
    gives the JSON Schema of a value from the type, the items' schemas and
    a :class:`Describing` for named types: it never refuses what the loader
    takes, and refuses as much of what it does not as a schema can say.
    ``colons`` says that the JSON text of a valid value may hold a ``:``,
    which the fast reader of JSON text must count (see ``io``). ``types``
    lists the classes of a kind that has a fixed few (a converter that
    dispatches on classes registers those).
    """

    name: str
    doc: str
    applies: Callable[[Any], bool]
    items: Callable[[Any], tuple[Any, ...]] = lambda tp: ()
    json: Callable[[Any, list[tuple[str, str]]], tuple[str, str]]
    python: Callable[[Any, list[str]], str]
    check: Callable[[Code, Any, str, str], None]
    load: Callable[[Any], Callable[[Any, Any], Any]] | None
    load_inline: Callable[[Code, Any, str, str, Loading], None]
    dump: Callable[[Code, Any, str, Writing], str]
    write: Callable[[Code, Any, str, Writing], str]
    strategy: Callable[[Any, Any, list[Any]], Any]
    schema: Callable[[Any, list[dict[str, Any]], Describing], dict[str, Any]]
    colons: bool = False
    types: tuple[type, ...] = ()


# --- leaves --------------------------------------------------------------

_encode = json.encoder.encode_basestring  # the C encoder when there is one


def _leaf(
    *,
    name: str,
    doc: str,
    python_type: type,
    json_type: type | tuple[type, ...],
    words: tuple[str, str],
    python: str,
    python_also: tuple[type, ...] = (),
    parse: Callable[[Any], Any] | None = None,
    extra_check: str | None = None,
    fast: str | None = None,
    dump: str = "{v}",
    write: str,
    strategy: Callable[[Any, Any], Any],
    schema: dict[str, Any],
    colons: bool = False,
    names: dict[str, Any] | None = None,
) -> Kind:
    """A row for a kind with one Python type and one form in JSON.

    ``python_also`` are other Python types a caller may pass and the
    record keeps (an ``int`` where a number is asked: 2 hours).
    ``parse`` turns a plain value of ``json_type`` into the Python value
    (raising :class:`BadValue`); none means the plain value is the value.
    ``extra_check`` is a condition on ``{v}`` that makes a value of the right
    type wrong all the same; ``fast`` is inline code for the fast pass
    instead of a call to ``parse``; ``dump`` and ``write`` are expressions of
    ``{v}``; ``names`` are the objects these texts refer to; ``schema`` is
    the JSON Schema of every value.
    """
    json_types = json_type if isinstance(json_type, tuple) else (json_type,)
    env = dict(names or {})

    def fill(code: Code, text: str, v: str) -> str:
        return text.format(v=v, **{k: code.ref(obj) for k, obj in env.items()})

    def load(tp: Any) -> Callable[[Any, Any], Any]:
        expected = words

        def loader(value: Any, _: Any) -> Any:
            if type(value) not in json_types:
                raise type_error(expected, value)
            return value if parse is None else parse(value)

        return loader

    def check(code: Code, tp: Any, var: str, indent: str) -> None:
        test = " and ".join(
            f"type({var}) is not {code.ref(t)}" for t in (python_type, *python_also)
        )
        code.add(f"{indent}if {test}: return False")
        if extra_check:
            code.add(f"{indent}if {fill(code, extra_check, var)}: return False")

    def load_inline(code: Code, tp: Any, var: str, indent: str, ctx: Loading) -> None:
        test = " and ".join(f"type({var}) is not {code.ref(t)}" for t in json_types)
        code.add(f"{indent}if {test}: raise _GiveUp")
        if fast is not None:
            for line in fill(code, fast, var).splitlines():
                code.add(f"{indent}{line}")
        elif parse is not None:
            code.add(f"{indent}{var} = {code.ref(parse)}({var})")

    return Kind(
        name=name,
        doc=doc,
        applies=lambda tp: tp is python_type,
        json=lambda tp, inner: words,
        python=lambda tp, inner: python,
        check=check,
        load=load,
        load_inline=load_inline,
        dump=lambda code, tp, v, ctx: fill(code, dump, v),
        write=lambda code, tp, v, ctx: fill(code, write, v),
        strategy=lambda st, tp, inner: strategy(st, tp),
        schema=lambda tp, inner, ctx: dict(schema),
        colons=colons,
        types=(python_type,),
    )


def _float(value: Any) -> float:
    # JSON has one kind of number: 12 and 12.0 are the same number
    return float(value)


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _parse_date(value: str) -> dt.date:
    if _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise BadValue(
                ProblemCode.DATE,
                Text(f"{value!r} 不是真实存在的日期", f"{value!r} is not a real date"),
            ) from None
    zh, en = _shown(value, _DATE_LIKE)
    raise BadValue(
        ProblemCode.FORMAT,
        Text(
            f"日期应写成 YYYY-MM-DD（如 2015-03-02），实为{zh}",
            f"expected a date as YYYY-MM-DD, got {en}",
        ),
    )


_HHMM = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")


def _parse_time(value: str) -> dt.time:
    m = _HHMM.fullmatch(value)
    if m is None:
        zh, en = _shown(value, _TIME_LIKE)
        raise BadValue(
            ProblemCode.FORMAT,
            Text(
                f"时刻应写成 HH:MM（00:00 至 23:59），实为{zh}",
                f"expected a time of day as HH:MM (00:00 to 23:59), got {en}",
            ),
        )
    return dt.time(int(m.group(1)), int(m.group(2)))


_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})"
)


def _parse_moment(value: str) -> dt.datetime:
    m = _MOMENT.fullmatch(value)
    if m is None:
        raise BadValue(
            ProblemCode.FORMAT,
            Text(
                "时间应写成 YYYY-MM-DDTHH:MM 并带 UTC 偏移，如 2026-09-01T16:30+08:00",
                "expected a moment as YYYY-MM-DDTHH:MM with its UTC offset, such as"
                " 2026-09-01T16:30+08:00",
            ),
        )
    text = value[:-1] + "+00:00" if m.group(1) == "Z" else value
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BadValue(
            ProblemCode.DATE,
            Text(f"{value!r} 不是真实存在的时间", f"{value!r} is not a real moment"),
        ) from None
    return moment


_MINUTE = dt.timedelta(minutes=1)
_NO_TIME = dt.timedelta(0)


def _parse_minutes(value: int) -> dt.timedelta:
    if value < 0:
        raise BadValue(
            ProblemCode.RANGE,
            Text(f"时长不能为负数：{value}", f"a duration is 0 minutes or more, not {value}"),
        )
    if value > 10_000_000:  # about 19 years: no session lasts longer
        raise BadValue(
            ProblemCode.RANGE,
            Text("时长最多 10,000,000 分钟", "a duration is at most 10,000,000 minutes"),
        )
    return dt.timedelta(minutes=value)


_ZONE_KEY = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*")


@functools.lru_cache(maxsize=512)
def _zone(key: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(key)


def _parse_zone(value: str) -> zoneinfo.ZoneInfo:
    if _ZONE_KEY.fullmatch(value) and len(value) <= 64:
        try:
            return _zone(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            pass
    zh, en = _shown(value, _ZONE_LIKE)
    raise BadValue(
        ProblemCode.TIME_ZONE,
        Text(
            f"应为 IANA 时区名，如 'Asia/Shanghai'，实为{zh}",
            f"expected an IANA time-zone name such as 'Asia/Shanghai', got {en}",
        ),
    )


_ZONES = (
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Asia/Dubai",
    "Asia/Singapore",
    "Europe/Rome",
    "Europe/London",
    "Africa/Lagos",
    "America/New_York",
    "Australia/Sydney",
    "UTC",
)
_OFFSETS = tuple(dt.timezone(dt.timedelta(minutes=m)) for m in (480, 0, -300, 330, 540, 60))


def _minutes(st: Any, tp: Any) -> Any:
    return st.integers(0, 24 * 60 * 14).map(lambda n: dt.timedelta(minutes=n))


TEXT = _leaf(
    name="text",
    doc="text (a JSON string)",
    python_type=str,
    json_type=str,
    words=("文本", "a string"),
    python="a str",
    parse=_text,
    # a lone surrogate can never be written out: refused on the way in
    extra_check="not {v}.isascii() and {surrogate}({v}) is not None",
    fast="if not {v}.isascii() and {surrogate}({v}) is not None: raise _GiveUp",
    write="{enc}({v})",
    strategy=lambda st, tp: st.text(),
    schema={"type": "string"},
    colons=True,
    names={"enc": _encode, "surrogate": _LONE_SURROGATE.search},
)
INTEGER = _leaf(
    name="integer",
    doc="a whole number (a JSON number without a fraction)",
    python_type=int,
    json_type=int,
    words=("整数", "an integer"),
    python="an int",
    write="{repr}({v})",
    strategy=lambda st, tp: st.integers(-(2**31), 2**31),
    schema={"type": "integer"},
    names={"repr": int.__repr__},
)
NUMBER = _leaf(
    name="number",
    doc="a number (a JSON number; 12 and 12.0 are the same)",
    python_type=float,
    json_type=(float, int),
    words=("数字", "a number"),
    python="a float (or an int)",
    python_also=(int,),
    parse=_float,
    write="{dumps}({v})",
    strategy=lambda st, tp: st.floats(allow_nan=False, allow_infinity=False),
    schema={"type": "number"},
    names={"dumps": json.dumps},
)
BOOLEAN = _leaf(
    name="boolean",
    doc="true or false",
    python_type=bool,
    json_type=bool,
    words=("true 或 false", "true or false"),
    python="a bool (True or False)",
    write="('true' if {v} else 'false')",
    strategy=lambda st, tp: st.booleans(),
    schema={"type": "boolean"},
)
DATE = _leaf(
    name="date",
    doc="a date, written YYYY-MM-DD",
    python_type=dt.date,
    json_type=str,
    words=("日期（YYYY-MM-DD）", "a date (YYYY-MM-DD)"),
    python="a datetime.date",
    parse=_parse_date,
    # The same dates as the loader accepts, found quicker: with "-" at places
    # 5 and 8 of ten characters, date.fromisoformat accepts exactly YYYY-MM-DD
    # in ASCII digits, as the loader's pattern does. A file holds dozens.
    fast="if len({v}) != 10 or {v}[4] != '-' or {v}[7] != '-': raise _GiveUp\n{v} = {iso}({v})",
    dump="{v}.isoformat()",
    write="'\"' + {v}.isoformat() + '\"'",
    strategy=lambda st, tp: st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    schema={"type": "string", "format": "date", "pattern": whole(_ISO_DATE.pattern)},
    names={"iso": dt.date.fromisoformat},
)
TIME_OF_DAY = _leaf(
    name="time",
    doc="a time of day to the minute, written HH:MM (China Standard Time unless said)",
    python_type=dt.time,
    json_type=str,
    words=("时刻（HH:MM）", "a time of day (HH:MM)"),
    python="a datetime.time to the minute, without tzinfo",
    parse=_parse_time,
    extra_check="{v}.second or {v}.microsecond or {v}.tzinfo is not None",
    dump="{v}.isoformat('minutes')",
    write="'\"' + {v}.isoformat('minutes') + '\"'",
    strategy=lambda st, tp: st.builds(dt.time, st.integers(0, 23), st.integers(0, 59)),
    # not "format": "time", which wants seconds and an offset
    schema={"type": "string", "pattern": whole(_HHMM.pattern)},
    colons=True,
)
MOMENT = _leaf(
    name="moment",
    doc="a moment with its UTC offset, written YYYY-MM-DDTHH:MM[:SS]+08:00 (or Z)",
    python_type=dt.datetime,
    json_type=str,
    words=(
        "带 UTC 偏移的时间（YYYY-MM-DDTHH:MM+08:00）",
        "a moment with its UTC offset (YYYY-MM-DDTHH:MM+08:00)",
    ),
    python="a datetime.datetime with tzinfo",
    parse=_parse_moment,
    extra_check="{v}.utcoffset() is None",
    dump="{v}.isoformat()",
    write="'\"' + {v}.isoformat() + '\"'",
    strategy=lambda st, tp: st.datetimes(
        dt.datetime(1990, 1, 1), dt.datetime(2099, 12, 31), timezones=st.sampled_from(_OFFSETS)
    ),
    # not "format": "date-time", which wants the seconds that may be left out here
    schema={"type": "string", "pattern": whole(_MOMENT.pattern)},
    colons=True,
)
DURATION = _leaf(
    name="duration",
    doc="a duration in whole minutes (an integer, 0 or more)",
    python_type=dt.timedelta,
    json_type=int,
    words=("时长（分钟数，非负整数）", "a duration in minutes (an integer, 0 or more)"),
    python="a datetime.timedelta of whole minutes, 0 or more",
    parse=_parse_minutes,
    extra_check="{v} < {zero} or {v} % {minute} or {v} > {most}",
    dump="{v} // {minute}",
    write="{repr}({v} // {minute})",
    strategy=_minutes,
    schema={"type": "integer", "minimum": 0, "maximum": 10_000_000},
    names={
        "zero": _NO_TIME,
        "minute": _MINUTE,
        "most": dt.timedelta(minutes=10_000_000),
        "repr": int.__repr__,
    },
)
TIME_ZONE = _leaf(
    name="time_zone",
    doc="an IANA time-zone name, such as Asia/Shanghai",
    python_type=zoneinfo.ZoneInfo,
    json_type=str,
    words=("IANA 时区名（如 Asia/Shanghai）", "an IANA time-zone name (such as 'Asia/Shanghai')"),
    python="a zoneinfo.ZoneInfo made from its name",
    parse=_parse_zone,
    extra_check="{v}.key is None",
    dump="{v}.key",
    write="{enc}({v}.key)",
    strategy=lambda st, tp: st.sampled_from(_ZONES).map(_zone),
    schema={"type": "string", "pattern": whole(_ZONE_KEY.pattern), "maxLength": 64},
    names={"enc": _encode},
)


def _recurrence(freq: str, interval: int, days: list[str], count: int | None) -> Recurrence:
    parts = [f"FREQ={freq}", f"INTERVAL={interval}"]
    if days:
        parts.append("BYDAY=" + ",".join(dict.fromkeys(days)))
    if count is not None:
        parts.append(f"COUNT={count}")
    return Recurrence(";".join(parts))


def _checked_text(
    *,
    name: str,
    doc: str,
    types: tuple[type, ...],
    zh: Callable[[Any], str],
    colons: bool,
    strategy: Callable[[Any, Any], Any] | None = None,
) -> Kind:
    """A row for text of a ``str`` subclass that checks itself when made.

    Identity numbers, phones and recurrence rules: JSON carries the text,
    the class checks it (raising ``InvalidData``), ``str.__str__`` gives it
    back whole even where the class masks its display.
    """

    def load(tp: Any) -> Callable[[Any, Any], Any]:
        def loader(value: Any, _: Any) -> Any:
            if type(value) is not str:
                raise type_error(_JSON_NAMES[str], value)
            return tp(value)

        return loader

    def load_inline(code: Code, tp: Any, var: str, indent: str, ctx: Loading) -> None:
        code.add(f"{indent}if type({var}) is not str: raise _GiveUp")
        code.add(f"{indent}{var} = {code.ref(tp)}({var})")

    def check(code: Code, tp: Any, var: str, indent: str) -> None:
        code.add(f"{indent}if type({var}) is not {code.ref(tp)}: return False")

    return Kind(
        name=name,
        doc=doc,
        applies=lambda tp: tp in types,
        json=lambda tp, inner: (zh(tp), f"a {tp.description}"),
        python=lambda tp, inner: f"{a_or_an(tp.__name__)} (made with {tp.__name__}(text))",
        check=check,
        load=load,
        load_inline=load_inline,
        dump=lambda code, tp, v, ctx: f"{code.ref(str.__str__)}({v})",
        write=lambda code, tp, v, ctx: f"{code.ref(_encode)}({code.ref(str.__str__)}({v}))",
        # identity numbers and phones must fit their record: the testing
        # module registers builders for them
        strategy=(
            (lambda st, tp, inner: strategy(st, tp))
            if strategy is not None
            else (lambda st, tp, inner: st.from_type(tp))
        ),
        schema=lambda tp, inner, ctx: _text_schema(tp),
        colons=colons,
        types=types,
    )


def _text_schema(tp: Any) -> dict[str, Any]:
    """A string, of the shape the class declares in ``pattern`` if it does."""
    pattern = getattr(tp, "pattern", None)
    if pattern is None:
        return {"type": "string"}
    return {"type": "string", "pattern": whole(pattern)}


PRIVATE_TEXT = _checked_text(
    name="private_text",
    doc="text that identifies a person, checked and always shown masked"
    " (an identity number, a phone)",
    types=(IdNumber, Phone),
    zh=lambda tp: {IdNumber: "18 位公民身份号码", Phone: "大陆手机或固定电话号码"}[tp],
    colons=False,
)
RECURRENCE = _checked_text(
    name="recurrence",
    doc="an RFC 5545 recurrence rule, such as FREQ=WEEKLY;BYDAY=MO,WE",
    types=(Recurrence,),
    zh=lambda tp: "RFC 5545 重复规则（如 FREQ=WEEKLY;BYDAY=MO）",
    colons=False,
    strategy=lambda st, tp: st.builds(
        _recurrence,
        st.sampled_from(("DAILY", "WEEKLY", "MONTHLY")),
        st.integers(1, 4),
        st.lists(st.sampled_from(("MO", "TU", "WE", "TH", "FR", "SA", "SU")), max_size=3),
        st.none() | st.integers(1, 40),
    ),
)


def a_or_an(name: str) -> str:
    """``name`` with its English article: ``an IdNumber``, ``a Phone``."""
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name


# --- enumerations and records ---------------------------------------------


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, LabelledEnum)


def did_you_mean(given: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a mistyped ``given``, when one is close enough.

    >>> did_you_mean("junior_middle_1", ["primary_1", "junior_1", "senior_1"])
    'junior_1'
    >>> did_you_mean("purpose", ["on", "purposes", "given_by"]), did_you_mean("x", ["on"])
    ('purposes', None)
    """
    close = difflib.get_close_matches(given, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def _enum_load(tp: Any) -> Callable[[Any, Any], Any]:
    members = tp._value2member_map_
    expected = (describe_type(tp, "zh"), describe_type(tp))
    by_label = {m.label(lang): m.value for m in tp for lang in ("zh", "en")}

    def loader(value: Any, _: Any) -> Any:
        if type(value) is not str:
            raise type_error(expected, value)
        member = members.get(value)
        if member is not None:
            return member
        if value in by_label:
            right = by_label[value]
            raise BadValue(
                ProblemCode.CHOICE,
                Text(
                    f"“{value}”是显示给人看的名称，不是取值：请写 {right!r}",
                    f"{value!r} is a label; write its value {right!r} instead",
                ),
            )
        near = members.get(value.strip().lower())
        if near is not None:
            raise BadValue(
                ProblemCode.CHOICE,
                Text(
                    f"写法不对：取值全为小写、不带空格，请写 {near.value!r}",
                    "not valid as written: values are lowercase, without spaces;"
                    f" write {near.value!r}",
                ),
            )
        shown = repr(value) if CODE_LIKE.fullmatch(value) else None
        en = f"{shown} is not valid" if shown else "the text is not one of the values"
        zh = f"{shown} 不是有效的取值" if shown else "这段文字不是有效的取值"
        guess = did_you_mean(value.strip().lower(), members)
        raise BadValue(
            ProblemCode.CHOICE,
            Text(
                f"{zh}，应为{expected[0]}" + (f"。是不是要写 {guess!r}？" if guess else ""),
                f"{en}: expected {expected[1]}" + (f"; did you mean {guess!r}?" if guess else ""),
            ),
        )

    return loader


def _enum_inline(code: Code, tp: Any, var: str, indent: str, ctx: Loading) -> None:
    code.add(f"{indent}if type({var}) is not str: raise _GiveUp")
    code.add(f"{indent}{var} = {code.ref(tp._value2member_map_)}[{var}]")


def _exact_check(code: Code, tp: Any, var: str, indent: str) -> None:
    code.add(f"{indent}if type({var}) is not {code.ref(tp)}: return False")


def _enum_python(tp: Any, inner: list[str]) -> str:
    first = next(iter(tp))
    return f"a {tp.__name__} member such as {tp.__name__}.{first.name}"


ENUMERATION = Kind(
    name="enumeration",
    doc="one of a list of values, each a lowercase word; labels in Chinese and English",
    applies=_is_enum,
    json=lambda tp, inner: (
        "以下之一：" + "、".join(repr(m.value) for m in tp),
        "one of " + ", ".join(repr(m.value) for m in tp),
    ),
    python=_enum_python,
    check=_exact_check,
    load=_enum_load,
    load_inline=_enum_inline,
    dump=lambda code, tp, v, ctx: f"{v}._value_",
    # values are lowercase words: nothing in them needs escaping
    write=lambda code, tp, v, ctx: f"'\"' + {v}._value_ + '\"'",
    strategy=lambda st, tp, inner: st.sampled_from(list(tp)),
    schema=lambda tp, inner, ctx: ctx.ref(tp),
)


def _is_record(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "_problems")


def _record_check(code: Code, tp: Any, var: str, indent: str) -> None:
    code.add(f"{indent}if not isinstance({var}, {code.ref(tp)}): return False")


RECORD = Kind(
    name="record",
    doc="a nested record (a JSON object)",
    applies=_is_record,
    json=lambda tp, inner: (f"对象（{tp.__name__}）", f"an object ({tp.__name__})"),
    python=lambda tp, inner: f"{a_or_an(tp.__name__)} record",
    check=_record_check,
    load=None,
    load_inline=lambda code, tp, var, indent, ctx: ctx.record(code, tp, var, indent),
    dump=lambda code, tp, v, ctx: ctx.record(code, tp, v),
    write=lambda code, tp, v, ctx: ctx.record(code, tp, v),
    strategy=lambda st, tp, inner: st.from_type(tp),
    schema=lambda tp, inner, ctx: ctx.ref(tp),
)


# --- composites --------------------------------------------------------------


def _optional_item(tp: Any) -> Any:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if len(args) == 2 and type(None) in args:
            return args[0] if args[1] is type(None) else args[1]
    return None


def _optional_check(code: Code, tp: Any, var: str, indent: str) -> None:
    code.add(f"{indent}if {var} is not None:")
    emit_check(code, _optional_item(tp), var, indent + "    ")


def _optional_inline(code: Code, tp: Any, var: str, indent: str, ctx: Loading) -> None:
    code.add(f"{indent}if {var} is not None:")
    emit_load(code, _optional_item(tp), var, indent + "    ", ctx)


def _optional_dump(code: Code, tp: Any, v: str, ctx: Writing) -> str:
    inner = emit_dump(code, _optional_item(tp), v, ctx)
    return v if inner == v else f"(None if {v} is None else {inner})"


OPTIONAL = Kind(
    name="optional",
    doc="the value, or null when there is none",
    applies=lambda tp: _optional_item(tp) is not None,
    items=lambda tp: (_optional_item(tp),),
    json=lambda tp, inner: (inner[0][0] + " 或 null", inner[0][1] + " or null"),
    python=lambda tp, inner: inner[0] + " or None",
    check=_optional_check,
    load=None,
    load_inline=_optional_inline,
    dump=_optional_dump,
    write=lambda code, tp, v, ctx: (
        f"('null' if {v} is None else {emit_write(code, _optional_item(tp), v, ctx)})"
    ),
    strategy=lambda st, tp, inner: st.none() | inner[0],
    schema=lambda tp, inner, ctx: {"anyOf": [inner[0], {"type": "null"}]},
)


def _is_list(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_set(tp: Any) -> bool:
    return typing.get_origin(tp) is frozenset


def _item(tp: Any) -> Any:
    return typing.get_args(tp)[0]


def _many_check(code: Code, tp: Any, var: str, indent: str) -> None:
    shape = "tuple" if _is_list(tp) else "frozenset"
    item = code.local("_x")
    code.add(f"{indent}if type({var}) is not {shape}: return False")
    code.add(f"{indent}for {item} in {var}:")
    emit_check(code, _item(tp), item, indent + "    ")


def _many_inline(code: Code, tp: Any, var: str, indent: str, ctx: Loading) -> None:
    item, items = code.local("_y"), code.local("_l")
    code.add(f"{indent}if type({var}) is not list: raise _GiveUp")
    code.add(f"{indent}{items} = []")
    code.add(f"{indent}for {item} in {var}:")
    emit_load(code, _item(tp), item, indent + "    ", ctx)
    code.add(f"{indent}    {items}.append({item})")
    if _is_set(tp):
        code.add(f"{indent}{var} = frozenset({items})")
        code.add(f"{indent}if len({var}) != len({items}): raise _GiveUp")
    else:
        code.add(f"{indent}{var} = tuple({items})")


def _list_dump(code: Code, tp: Any, v: str, ctx: Writing) -> str:
    item = code.local("_x")
    inner = emit_dump(code, _item(tp), item, ctx)
    return f"list({v})" if inner == item else f"[{inner} for {item} in {v}]"


def _list_write(code: Code, tp: Any, v: str, ctx: Writing) -> str:
    item = code.local("_x")
    inner = emit_write(code, _item(tp), item, ctx)
    return f"('[' + ', '.join([{inner} for {item} in {v}]) + ']')"


def _words_of_many(tp: Any, inner: list[tuple[str, str]]) -> tuple[str, str]:
    item = _item(tp)
    if _is_record(item):
        return (f"{item.__name__} 对象的列表", f"a list of {item.__name__} objects")
    unique = "不重复" if _is_set(tp) else ""
    return (f"{unique}列表，每项为{inner[0][0]}", f"a list, each item {inner[0][1]}")


def _python_of_many(tp: Any, inner: list[str]) -> str:
    shape = "a frozenset or set" if _is_set(tp) else "a tuple or list"
    item = _item(tp)
    if _is_record(item):
        return f"{shape} of {item.__name__} records"
    if _is_enum(item):
        return f"{shape} of {item.__name__} members"
    return f"{shape}, each item {inner[0]}"


LIST = Kind(
    name="list",
    doc="a list (a JSON array), in order",
    applies=_is_list,
    items=lambda tp: (_item(tp),),
    json=_words_of_many,
    python=_python_of_many,
    check=_many_check,
    load=None,
    load_inline=_many_inline,
    dump=_list_dump,
    write=_list_write,
    strategy=lambda st, tp, inner: st.lists(inner[0], max_size=4).map(tuple),
    schema=lambda tp, inner, ctx: {"type": "array", "items": inner[0]},
)


def _set_dump(code: Code, tp: Any, v: str, ctx: Writing) -> str:
    # written sorted, so that the same set always gives the same text
    item = code.local("_x")
    return f"sorted([{emit_dump(code, _item(tp), item, ctx)} for {item} in {v}])"


def _set_write(code: Code, tp: Any, v: str, ctx: Writing) -> str:
    item, text = code.local("_x"), code.local("_t")
    plain = emit_dump(code, _item(tp), item, ctx)
    return (
        f"('[' + ', '.join([{code.ref(_encode)}({text}) for {text} in"
        f" sorted([{plain} for {item} in {v}])]) + ']')"
    )


SET = Kind(
    name="set",
    doc="a set (a JSON array without repeats), written sorted",
    applies=_is_set,
    items=lambda tp: (_item(tp),),
    json=_words_of_many,
    python=_python_of_many,
    check=_many_check,
    load=None,
    load_inline=_many_inline,
    dump=_set_dump,
    write=_set_write,
    strategy=lambda st, tp, inner: st.frozensets(inner[0], max_size=4),
    schema=lambda tp, inner, ctx: {"type": "array", "items": inner[0], "uniqueItems": True},
)


KINDS: tuple[Kind, ...] = (
    TEXT,
    PRIVATE_TEXT,
    RECURRENCE,
    INTEGER,
    NUMBER,
    BOOLEAN,
    DATE,
    TIME_OF_DAY,
    MOMENT,
    DURATION,
    TIME_ZONE,
    ENUMERATION,
    RECORD,
    OPTIONAL,
    LIST,
    SET,
)
"""Every kind of value a record field may hold, in the order they are tried."""


@functools.cache
def kind_or_none(tp: Any) -> Kind | None:
    """The row of :data:`KINDS` for a type, or None when no row takes it."""
    for kind in KINDS:
        if kind.applies(tp):
            return kind
    return None


def kind_of(tp: Any) -> Kind:
    """The row of :data:`KINDS` for a field type; ``TypeError`` when there is none."""
    kind = kind_or_none(tp)
    if kind is None:
        raise TypeError(
            f"no kind of value for the field type {tp!r}: use a type of a row of KINDS,"
            " or add a row for it"
        )
    return kind


def describe_type(tp: Any, lang: Lang = "en") -> str:
    """Say in words what a JSON value for a field of type ``tp`` must be."""
    kind = kind_of(tp)
    inner = [_both(t) for t in kind.items(tp)]
    return Text(*kind.json(tp, inner)).get(lang)


def _both(tp: Any) -> tuple[str, str]:
    return (describe_type(tp, "zh"), describe_type(tp, "en"))


def python_type(tp: Any) -> str:
    """Say what a Python caller must pass for a field of type ``tp``.

    >>> from left_behind import Consent

    >>> from left_behind.model import Sex
    >>> python_type(Sex), python_type(dt.date | None)
    ('a Sex member such as Sex.MALE', 'a datetime.date or None')
    >>> python_type(typing.get_type_hints(Consent)["purposes"])
    'a frozenset or set of Purpose members'
    """
    kind = kind_of(tp)
    return kind.python(tp, [python_type(t) for t in kind.items(tp)])


def emit_check(code: Code, tp: Any, var: str, indent: str) -> None:
    """Lines that ``return False`` unless ``var`` holds a value of type ``tp``."""
    kind_of(tp).check(code, tp, var, indent)


def emit_load(code: Code, tp: Any, var: str, indent: str, ctx: Loading) -> None:
    """Lines that turn the plain value in ``var`` into ``tp`` or raise."""
    kind = kind_of(tp)
    if kind.colons:
        # counted in the text as read: a valid value of these kinds is a string
        code.add(f"{indent}if k: c.append({var}.count(':'))")
    kind.load_inline(code, tp, var, indent, ctx)


def emit_dump(code: Code, tp: Any, expr: str, ctx: Writing) -> str:
    """An expression for the plain data of ``expr``, a value of type ``tp``."""
    return kind_of(tp).dump(code, tp, expr, ctx)


def emit_write(code: Code, tp: Any, expr: str, ctx: Writing) -> str:
    """An expression for the JSON text of ``expr``, a value of type ``tp``."""
    return kind_of(tp).write(code, tp, expr, ctx)


@functools.cache
def _checker(tp: Any) -> Callable[[Any], bool]:
    code = Code(f"check of {tp!r}")
    code.add("def ok(v):")
    emit_check(code, tp, "v", "    ")
    code.add("    return True")
    fn: Callable[[Any], bool] = code.function("ok")
    return fn


def value_fits(tp: Any, value: Any) -> bool:
    """Whether ``value`` passes the type check of a field of type ``tp``."""
    return _checker(tp)(value)


def schema_for(tp: Any, ctx: Describing) -> dict[str, Any]:
    """The JSON Schema (2020-12) of the JSON value of a field of type ``tp``.

    ``ctx`` gives the references to records and enumerations (see
    ``left_behind.json_schema``, which collects their definitions).

    >>> schema_for(dt.timedelta | None, None)  # nothing named inside: no ctx needed
    {'anyOf': [{'type': 'integer', 'minimum': 0, 'maximum': 10000000}, {'type': 'null'}]}
    """
    kind = kind_of(tp)
    return kind.schema(tp, [schema_for(t, ctx) for t in kind.items(tp)], ctx)


def strategy_for(st: Any, tp: Any) -> Any:
    """The Hypothesis strategy of a field type, from the ``strategies`` module ``st``."""
    kind = kind_of(tp)
    return kind.strategy(st, tp, [strategy_for(st, t) for t in kind.items(tp)])
