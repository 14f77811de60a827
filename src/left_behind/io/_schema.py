"""The JSON Schema of every document, and the label tables, from the declarations.

Nothing here is written by hand for a record: the records and enumerations
are found among the library's public names, a field's schema comes from its
row of the table of kinds (``kinds/_kinds.py``), what the field declares
with ``field(...)`` adds to it (``words``: its title; ``not_blank``: a
pattern; ``at_least_one``: ``minItems``; ``minimum``, ``maximum``: the same
keywords; ``refers_to``: its description says whose id it holds), a field
without a default is
required, and an enumeration lists its values with their labels. A new
record or field is in the schema as soon as it is declared.

The schema never refuses a document the loader takes, and refuses what the
loader refuses as far as a schema can say it: :data:`LOADER_ONLY_CHECKS`
lists the checks only the loader makes (dates in order across fields, an
identity number's check character...).

>>> import left_behind as lb
>>> schema = lb.json_schema(lb.Child, style="camel", lang="en")
>>> child = schema["$defs"]["Child"]
>>> child["properties"]["birthDate"]["format"], "birthDate" in child["required"]
('date', True)
>>> child["properties"]["name"]["title"], child["additionalProperties"]
("the child's name", False)
>>> lb.io.label_tables()["Sex"][1]
{'value': 'female', 'zh': '女', 'en': 'female'}
"""

from __future__ import annotations

import functools
import inspect
import re
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from left_behind.kinds import (
    AT_LEAST_ONE,
    ENUMERATION,
    LIST,
    NOT_BLANK,
    RECORD,
    REFERS_TO,
    WORDS,
    LabelledEnum,
    Lang,
    Style,
    Text,
    bounds_of,
    camel,
    check_style,
    converter,
    describe_type,
    kind_of,
    kind_or_none,
    schema_for,
)
from left_behind.model import SCHEMA_VERSION

__all__ = [
    "DIALECT",
    "LOADER_ONLY_CHECKS",
    "documents",
    "enum_classes",
    "holders",
    "is_record_class",
    "json_schema",
    "label_tables",
    "paragraphs_of",
    "plain_default",
    "record_classes",
    "records_inside",
    "referred",
    "referring",
    "summary_of",
]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of :func:`json_schema` (draft 2020-12)."""

LOADER_ONLY_CHECKS: tuple[tuple[str, str], ...] = (
    (
        "order",
        "dates in order across fields: an end not before its start, lists of situations"
        " and care arrangements oldest first, nothing in a child's file dated before the"
        " birth; a report's findings in the report's order and its sources in the order"
        " first cited",
    ),
    (
        "inconsistent",
        "fields that must agree: an identity number's birth date and sex with the"
        " record's, a place of work only for a parent working away, a contact only by a"
        " recorded parent",
    ),
    (
        "missing",
        "a key that the value of another asks for: the entrusted carer of an arrangement"
        " with grandparents, an elder sibling, other relatives or an unrelated adult",
    ),
    ("empty", "a value that the value of another field asks for"),
    (
        "reference",
        "an id that names another record of the document; a finding's `source_key`, the"
        " key of one of its report's `sources`",
    ),
    (
        "duplicate",
        "ids used once in a document (a child's id in a register), one record per parent,"
        " each source once in a report",
    ),
    ("duplicate_key", "a key given twice in one object of the JSON text"),
    (
        "version",
        f"`schema_version` is one this library reads (1 to {SCHEMA_VERSION}); an older"
        " layout is read as today's (see [Older layouts](#older-layouts))",
    ),
    (
        "date",
        "a real calendar date or moment (not 2026-02-30): the schema gives dates"
        ' `"format": "date"`, which a validator checks only when it asserts formats;'
        " the birth date inside an identity number",
    ),
    ("check_digit", "the check character of an identity number"),
    ("time_zone", "a time-zone name that the time-zone database knows (its shape is checked)"),
    (
        "format",
        "a child's id without spaces at either end; a recurrence rule as RFC 5545"
        " (3.3.10) allows it, beyond its shape: FREQ given, each part known and given"
        " once, each value in its range (BYMONTH 1 to 12, BYMONTHDAY 1 to 31 or -31 to"
        " -1...), each part with a FREQ it may be used with, COUNT and UNTIL not both,"
        " UNTIL in UTC; and as a programme's timetable: FREQ DAILY or longer, no BYHOUR,"
        " BYMINUTE or BYSECOND, INTERVAL at most a hundred years",
    ),
    (
        "range",
        "a programme's duration more than 0 minutes and less than a day, and a high-risk"
        " threshold not below the medium one (the bounds each number field declares are in"
        " the schema)",
    ),
    (
        "type",
        "an integer written with a decimal point (`1.0`): JSON Schema counts it as an"
        " integer, the loader wants `1`",
    ),
)
"""The checks only the loader makes, as (problem code, what is checked).

A document the schema accepts can still be refused by the loader with a
problem of one of these codes, and of no other.
"""


# --- which records and enumerations there are ----------------------------------


def _public() -> list[Any]:
    """Every record the package and its ``law`` name, and every enumeration of a concern."""
    import left_behind as lb  # here, not above: left_behind imports this module

    found = [getattr(lb, name) for name in lb.__all__]
    found += [getattr(lb.law, name) for name in lb.law.__all__]
    # the enumerations of every concern (a record base such as Person is no document)
    for package in (lb.model, lb.calendar, lb.rules, lb.matching, lb.calls, lb.stats):
        found += [
            obj
            for name in package.__all__
            if isinstance(obj := getattr(package, name), type) and issubclass(obj, LabelledEnum)
        ]
    return found


def _named_inside(tp: Any) -> Iterator[Any]:
    """The records and enumerations a field of type ``tp`` holds, itself included."""
    kind = kind_of(tp)
    if kind in (RECORD, ENUMERATION):
        yield tp
    for item in kind.items(tp):
        yield from _named_inside(item)


def _fields_named(cls: type) -> Iterator[tuple[str, Any]]:
    """(field name, record or enumeration) for everything the fields of ``cls`` hold."""
    hints = typing.get_type_hints(cls)
    for a in attrs.fields(cls):
        for named in _named_inside(hints[a.name]):
            yield a.name, named


def _records_inside(cls: type) -> list[type]:
    return list(dict.fromkeys(t for _, t in _fields_named(cls) if kind_of(t) is RECORD))


def _reach(cls: type, seen: dict[type, None]) -> None:
    if cls in seen:
        return
    seen[cls] = None
    for inner in _records_inside(cls):
        _reach(inner, seen)


@functools.cache
def record_classes() -> tuple[type, ...]:
    """Every record class of the library, each document followed by what it holds.

    The records are the public ones (named in the package's ``__all__`` or
    ``left_behind.law.__all__``) and every record their fields hold. The
    documents, the records no other record holds, come in order of how many
    records they hold, the largest first, then by name.

    >>> import left_behind as lb
    >>> classes = record_classes()
    >>> classes.index(lb.Child) < classes.index(lb.Parent) < classes.index(lb.model.ParentSituation)
    True
    >>> lb.Register in classes and lb.Policy in classes and lb.law.Source in classes
    True
    """
    everything: dict[type, None] = {}
    for cls in _public():
        if is_record_class(cls):
            _reach(cls, everything)
    held = {inner for cls in everything for inner in _records_inside(cls)}
    sizes = {cls: len(records_inside(cls)) for cls in everything}
    documents = sorted(
        (cls for cls in everything if cls not in held), key=lambda c: (-sizes[c], c.__name__)
    )
    ordered: dict[type, None] = {}
    for cls in documents:
        _reach(cls, ordered)
    return tuple(ordered)


def records_inside(cls: type) -> tuple[type, ...]:
    """Every record that a record of ``cls`` holds, at any depth, in the order met."""
    seen: dict[type, None] = {}
    _reach(cls, seen)
    return tuple(seen)[1:]


def documents() -> tuple[type, ...]:
    """The records of :func:`record_classes` that no other record holds."""
    held = {inner for cls in record_classes() for inner in _records_inside(cls)}
    return tuple(cls for cls in record_classes() if cls not in held)


def is_record_class(obj: Any) -> bool:
    """Whether ``obj`` is a record class (one that the loaders and writers take)."""
    return isinstance(obj, type) and kind_or_none(obj) is RECORD


@functools.cache
def enum_classes() -> tuple[type[LabelledEnum], ...]:
    """Every enumeration: those the records hold, in the order met, then the other public ones.

    >>> [e.__name__ for e in enum_classes()[:3]]
    ['Sex', 'Ethnicity', 'Hukou']
    """
    found: dict[type[LabelledEnum], None] = {}
    for cls in record_classes():
        for _, named in _fields_named(cls):
            if kind_of(named) is ENUMERATION:
                found[named] = None
    rest = sorted(
        (
            t
            for t in _public()
            if isinstance(t, type)
            and issubclass(t, LabelledEnum)
            and t is not LabelledEnum
            and t not in found
        ),
        key=lambda t: t.__name__,
    )
    return (*found, *rest)


def holders(cls: type) -> tuple[tuple[type, str], ...]:
    """(record, field name) for every field of every record that holds ``cls``."""
    return tuple(
        (holder, name)
        for holder in record_classes()
        for name, named in dict.fromkeys(_fields_named(holder))
        if named is cls
    )


# --- words -------------------------------------------------------------------------

# :class:`~a.b.C` shows C, :attr:`C.x` shows C.x, as Sphinx does
_ROLE = re.compile(r":[a-z]+:`(~(?:[\w.]+\.)?)?([^`]+)`")


def summary_of(obj: Any) -> str:
    """The first paragraph of a class's own docstring, on one line, in plain Markdown.

    >>> import left_behind as lb
    >>> summary_of(lb.Register)
    'A register of children (登记册): the document files and apps exchange.'
    """
    paragraphs = paragraphs_of(obj)
    return paragraphs[0] if paragraphs else ""


def paragraphs_of(obj: Any) -> list[str]:
    """The paragraphs of a class's own docstring before its examples, each on one line.

    Sphinx roles and double backquotes become Markdown code.
    """
    doc = obj.__dict__.get("__doc__")
    if not doc or doc == "An enumeration.":
        return []
    found = []
    for paragraph in inspect.cleandoc(doc).split("\n\n"):
        if paragraph.lstrip().startswith(">>>"):
            break
        text = _ROLE.sub(lambda m: f"`{m.group(2)}`", " ".join(paragraph.split()))
        found.append(text.replace("``", "`"))
    return found


def plain_default(a: attrs.Attribute[Any], tp: Any, style: Style = "snake") -> Any:
    """The JSON value a field takes when its key is left out.

    ``attrs.NOTHING`` for a required field (or a default made from the
    record itself, which no JSON value can say).
    """
    default: Any = a.default
    if default is attrs.NOTHING:
        return attrs.NOTHING
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:
            return attrs.NOTHING
        default = default.factory()
    return converter(style).unstructure(default, unstructure_as=tp)


# --- the schema ----------------------------------------------------------------------


class _Definitions:
    """The ``$defs`` of one schema: each record and enumeration it meets, made once."""

    def __init__(self, style: Style, lang: Lang) -> None:
        self.style = style
        self.lang = lang
        self.defs: dict[str, dict[str, Any]] = {}
        self.classes: dict[str, type] = {}

    def ref(self, tp: Any) -> dict[str, Any]:
        name = tp.__name__
        known = self.classes.setdefault(name, tp)
        if known is not tp:
            raise TypeError(f"two records or enumerations are called {name}: {known}, {tp}")
        if name not in self.defs:
            self.defs[name] = {}  # taken before it is made: a record may hold itself
            made = self._record(tp) if kind_of(tp) is RECORD else self._enum(tp)
            self.defs[name] = made
        return {"$ref": f"#/$defs/{name}"}

    def _enum(self, tp: type[LabelledEnum]) -> dict[str, Any]:
        return {
            "title": tp.__name__,
            **_described(summary_of(tp)),
            "type": "string",
            "oneOf": [{"const": m.value, "title": m.label(self.lang)} for m in tp],
        }

    def _record(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for a in attrs.fields(cls):
            key = camel(a.name) if self.style == "camel" else a.name
            tp = hints[a.name]
            properties[key] = self._field(a, tp)
            if plain_default(a, tp, self.style) is attrs.NOTHING:
                required.append(key)
        return {
            "title": cls.__name__,
            **_described(summary_of(cls)),
            "type": "object",
            "properties": properties,
            **({"required": required} if required else {}),
            "additionalProperties": False,
        }

    def _field(self, a: attrs.Attribute[Any], tp: Any) -> dict[str, Any]:
        meta = a.metadata
        checks: dict[str, Any] = {}
        if meta.get(NOT_BLANK):
            checks["pattern"] = r"\S"  # more than white space (str.strip() leaves something)
        if AT_LEAST_ONE in meta:
            checks["minItems"] = 1
        bounds = bounds_of(a)
        if bounds is not None:
            # numbers only: a null where the field allows one passes these keywords
            if bounds.minimum is not None:
                checks["exclusiveMinimum" if bounds.exclusive else "minimum"] = bounds.minimum
            if bounds.maximum is not None:
                checks["maximum"] = bounds.maximum
        value = schema_for(tp, self)
        # a keyword both would give is kept twice, not overwritten
        clash = set(checks) & set(value)
        value = {"allOf": [value, checks]} if clash else {**value, **checks}
        words = meta.get(WORDS)
        about: dict[str, Any] = {}
        if words is not None:
            about["title"] = words.get(self.lang)
        about["description"] = describe_type(tp, self.lang)
        if bounds is not None:
            about["description"] += (Text("，", ", ") + bounds.span()).get(self.lang)
        targets = meta.get(REFERS_TO)
        if targets:
            many = kind_of(tp) is LIST
            about["description"] += referring(targets, many=many).get(self.lang)
        default = plain_default(a, tp, self.style)
        if default is not attrs.NOTHING:
            about["default"] = default
        return {**about, **value}


def referred(targets: tuple[type, ...]) -> tuple[type, ...]:
    """The records of :func:`record_classes` whose ids a field ``refers_to=targets`` holds:
    each target's subclasses, as a reference to ``Person`` names a member of staff or a
    volunteer.

    >>> import left_behind as lb
    >>> targets = attrs.fields(lb.Preference).mentor.metadata[REFERS_TO]
    >>> [c.__name__ for c in targets], [c.__name__ for c in referred(targets)]
    (['Person', 'SupportTeam'], ['Staff', 'Volunteer', 'SupportTeam'])
    """
    found = (c for t in targets for c in record_classes() if issubclass(c, t))
    return tuple(dict.fromkeys(found))


def referring(targets: tuple[type, ...], *, many: bool = False) -> Text:
    """What a field declared ``refers_to=targets`` holds, after its kind of value
    (``many``: a list of ids).

    >>> import left_behind as lb
    >>> referring(attrs.fields(lb.Preference).mentor.metadata[REFERS_TO]).get("en")
    '; the id of a Staff, a Volunteer or a SupportTeam that the document holds'
    >>> referring((lb.Child,), many=True).get()
    '；每一项须为文档中某个 Child 的编号'
    """
    names = [c.__name__ for c in referred(targets)]
    zh = "、".join(names[:-1]) + "或" + names[-1] if len(names) > 1 else names[0]
    en = ", a ".join(names[:-1]) + " or a " + names[-1] if len(names) > 1 else names[0]
    zh = f"{'每一项' if many else ''}须为文档中某个 {zh} 的编号"
    en = f"{'each ' if many else ''}the id of a {en} that the document holds"
    return Text("；" + zh, "; " + en)


def _described(text: str) -> dict[str, str]:
    return {"description": text} if text else {}


def json_schema(cls: type, *, style: Style = "snake", lang: Lang = "zh") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document: a record of ``cls`` as JSON.

    Keys in ``style`` (``"snake"`` or ``"camel"``, as the loaders read them);
    titles of fields and of enumeration values in ``lang`` (Chinese by
    default, ``"en"`` for English). Every record and enumeration inside is a
    definition in ``$defs``; the document refers to its own. A field without
    a default is ``required``; the others give their ``default``. Unknown
    keys are refused (``additionalProperties: false``), as the loaders refuse
    them. Dates have ``"format": "date"`` and a pattern; times of day, moments
    and time zones a pattern; identity numbers and phones the pattern of
    their shape. :data:`LOADER_ONLY_CHECKS` lists what only the loader checks.

    >>> import left_behind as lb
    >>> schema = json_schema(lb.Register)
    >>> schema["$schema"], schema["$ref"]
    ('https://json-schema.org/draft/2020-12/schema', '#/$defs/Register')
    >>> schema["$defs"]["Register"]["properties"]["children"]["items"]
    {'$ref': '#/$defs/Child'}
    >>> schema["$defs"]["Sex"]["oneOf"][0]
    {'const': 'male', 'title': '男'}
    """
    check_style(style)
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    if not is_record_class(cls):
        raise TypeError(f"{cls!r} is not a record class of left_behind")
    defs = _Definitions(style, lang)
    ref = defs.ref(cls)
    return {
        "$schema": DIALECT,
        "title": cls.__name__,
        **_described(summary_of(cls)),
        **ref,
        "$defs": defs.defs,
    }


def label_tables() -> dict[str, list[dict[str, str]]]:
    """Every enumeration's values with their Chinese and English labels, as data.

    Keyed by the enumeration's name, in the order of :func:`enum_classes`;
    each value in declaration order, as ``{"value", "zh", "en"}``. For a
    frontend's drop-down lists; JSON carries the values, people read the
    labels.
    """
    return {
        e.__name__: [{"value": m.value, "zh": m.label("zh"), "en": m.label("en")} for m in e]
        for e in enum_classes()
    }
