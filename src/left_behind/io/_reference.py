"""The reference of the file format, in Markdown, from the declarations.

``docs/file-format.md`` is this module's output, and a test fails when the
two differ. Like the JSON Schema, it reads the records' fields, what each
field declares with ``field(...)``, the table of kinds and the labels of the
enumerations, so a new record or field is documented as soon as it is
declared.

>>> text = file_format_reference()
>>> print(text.splitlines()[0])
# The file format
>>> "| `birth_date` | `birthDate` | a date (YYYY-MM-DD) | required |" in text
True
"""

from __future__ import annotations

import inspect
import json
import typing
from typing import Any

import attrs

from left_behind.io._json import UPGRADES
from left_behind.io._schema import (
    LOADER_ONLY_CHECKS,
    documents,
    enum_classes,
    holders,
    paragraphs_of,
    plain_default,
    record_classes,
    records_inside,
    referred,
    summary_of,
)
from left_behind.kinds import (
    AT_LEAST_ONE,
    ENUMERATION,
    KINDS,
    LIST,
    NOT_BEFORE,
    NOT_BLANK,
    OPTIONAL,
    PRIVATE,
    RECORD,
    REFERS_TO,
    SET,
    WORDS,
    LabelledEnum,
    Order,
    bounds_of,
    camel,
    describe_type,
    kind_of,
)
from left_behind.model import SCHEMA_VERSION

__all__ = ["REGENERATE", "file_format_reference"]

REGENERATE = "left-behind schema --reference --force --output docs/file-format.md"
"""The command that writes ``docs/file-format.md`` afresh."""

_INTRO = """\
Every file and request that `left_behind` reads or writes is one JSON document: a record of one
of the classes below, as `to_json` writes it and `from_json` reads it. The command line reads a
[Register](#register). This page lists every document and the records inside it, each field
with its key in both key styles, its kind of value, whether it is required or what it is when
left out, and what it holds; then every enumeration, with its values and their Chinese and
English labels.

- **Keys**: snake_case (`birth_date`) by default, camelCase (`birthDate`) with `style="camel"`
  in Python or `--style camel` on the command line. A document uses one style throughout.
- **Required**: the key must be given. Any other key may be left out, and the field then takes
  the default shown (in JSON). `null` is a value only where the kind says "or null".
- Keys that are not listed are refused, and so is a key given twice in one object; nothing is
  coerced (`"12"` is not a number, `"男"` is a label, not a value).
- **Notes**: *private* values identify a person (Minors Protection Law art. 103): they are
  masked wherever the library shows them, and written whole to JSON; *not blank* text holds more
  than white space; *at least one* list is not empty; *not before* a date field is a date that
  may not come before the other (when both are given); a number *from*, *at least*, *more than*
  or *at most* a value is refused outside those bounds; *the id of* a record is an id that a
  record of that kind in the same document has.

The same declarations give the JSON Schema (draft 2020-12) of every document,
`lb.json_schema(lb.Register, style="camel")` or `left-behind schema --style camel`, and the
labels of every enumeration as data, `lb.io.label_tables()` or `left-behind schema --labels`.
`left-behind template FILE` writes a register that shows every key of a child
(`--document home`: a home with one record of each kind), and `left-behind sample FILE`
the synthetic sample register (`--document home`: the whole sample home)."""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _link(cls: type) -> str:
    return f"[{cls.__name__}](#{cls.__name__.lower()})"


def _value(tp: Any) -> str:
    """The kind of value of a field in words, with links to records and enumerations."""
    kind = kind_of(tp)
    if kind in (RECORD, ENUMERATION):
        return _link(tp)
    items = kind.items(tp)
    if kind is OPTIONAL:
        return f"{_value(items[0])} or null"
    if kind is LIST:
        return f"a list of {_value(items[0])}"
    if kind is SET:
        return f"a set of {_value(items[0])} (a list without repeats)"
    return describe_type(tp, "en")


def _default(a: attrs.Attribute[Any], tp: Any) -> str:
    default = plain_default(a, tp)
    if default is attrs.NOTHING:
        return "required" if a.default is attrs.NOTHING else "made from the other fields"
    return f"`{json.dumps(default, ensure_ascii=False)}`"


def _notes(a: attrs.Attribute[Any]) -> str:
    meta = a.metadata
    notes = []
    if meta.get(PRIVATE):
        notes.append("private")
    if meta.get(NOT_BLANK):
        notes.append("not blank")
    if AT_LEAST_ONE in meta:
        notes.append("at least one")
    orders: tuple[Order, ...] = meta.get(NOT_BEFORE, ())
    if orders:
        notes.append("not before " + ", ".join(f"`{o.other}`" for o in orders))
    bounds = bounds_of(a)
    if bounds is not None:
        notes.append(bounds.span().en)
    targets: tuple[type, ...] = meta.get(REFERS_TO, ())
    if targets:
        notes.append("the id of " + " or ".join(_link(t) for t in referred(targets)))
    return ", ".join(notes)


def _holds(a: attrs.Attribute[Any]) -> str:
    words = a.metadata.get(WORDS)
    return f"{words.zh} ({words.en})" if words else ""


def _record_section(cls: type) -> list[str]:
    lines = [f"### {cls.__name__}", ""]
    for paragraph in paragraphs_of(cls):
        lines += [paragraph, ""]
    held = holders(cls)
    if held:
        where = ", ".join(f"{_link(h)} `{name}`" for h, name in held)
        lines += [f"Held in: {where}.", ""]
    else:
        lines += ["A document: no other record holds it.", ""]
    hints = typing.get_type_hints(cls)
    lines += [
        "| key | camelCase | value | required or default | holds | notes |",
        "|---|---|---|---|---|---|",
    ]
    for a in attrs.fields(cls):
        tp = hints[a.name]
        cells = [
            f"`{a.name}`",
            f"`{camel(a.name)}`",
            _value(tp),
            _default(a, tp),
            _holds(a),
            _notes(a),
        ]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return [*lines, ""]


def _enum_section(cls: type[LabelledEnum]) -> list[str]:
    lines = [f"### {cls.__name__}", ""]
    summary = summary_of(cls)
    if summary:
        lines += [summary, ""]
    used = holders(cls)
    if used:
        lines += ["Used in: " + ", ".join(f"{_link(h)} `{name}`" for h, name in used) + ".", ""]
    lines += ["| value | 中文 | English |", "|---|---|---|"]
    for member in cls:
        cells = [f"`{member.value}`", member.label("zh"), member.label("en")]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return [*lines, ""]


def file_format_reference() -> str:
    """The reference of every document, record and enumeration, in Markdown.

    What ``docs/file-format.md`` holds; ``left-behind schema --reference``
    prints it.
    """
    lines = [
        "# The file format",
        "",
        "<!-- Generated from the declarations of the records by"
        " left_behind.io.file_format_reference();",
        f"     a test fails when this file differs. Regenerate it with: {REGENERATE} -->",
        "",
        _INTRO,
        "",
        "## Documents",
        "",
        "| document | what it is | records inside |",
        "|---|---|---|",
    ]
    for doc in documents():
        inside = records_inside(doc)
        cells = [_link(doc), summary_of(doc), ", ".join(_link(c) for c in inside) or "—"]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    lines += ["", "## Records", ""]
    for cls in record_classes():
        lines += _record_section(cls)
    lines += ["## Enumerations", ""]
    lines += [
        "JSON carries the value; the labels are what people read (`.label()` in Chinese,"
        ' `.label("en")` in English).',
        "",
    ]
    for enum_cls in enum_classes():
        lines += _enum_section(enum_cls)
    lines += ["## Kinds of value", ""]
    lines += ["Every field holds one of these kinds of value (the table of kinds).", ""]
    lines += ["| kind | in JSON |", "|---|---|"]
    for kind in KINDS:
        lines.append(f"| {kind.name} | {_cell(kind.doc)} |")
    lines += [
        "",
        "## What only the loader checks",
        "",
        "The JSON Schema says everything above that a schema can say. The loaders check these"
        " as well, so a document that the schema accepts can still be refused, with a problem"
        " of one of these codes:",
        "",
    ]
    for code, what in LOADER_ONLY_CHECKS:
        lines.append(f"- `{code}`: {what}.")
    lines += [
        "",
        "## Older layouts",
        "",
        "A register or home file says its layout in `schema_version` (left out: today's,"
        f" {SCHEMA_VERSION}). The loaders read every older one as today's, one version after"
        " the other, and write only today's; a plan holds its home in the layout of the home,"
        " and the home inside an older plan is read the same way. What each older version"
        " becomes:",
        "",
    ]
    for version, upgrade in sorted(UPGRADES.items()):
        paragraphs = _doc_paragraphs(upgrade)
        lines.append(f"- **{version} to {version + 1}**: " + "\n\n  ".join(paragraphs))
    return "\n".join(lines) + "\n"


def _doc_paragraphs(fn: Any) -> list[str]:
    """A function's docstring, each paragraph on one line, double backquotes as Markdown's."""
    doc = inspect.cleandoc(fn.__doc__ or "")
    return [" ".join(p.split()).replace("``", "`") for p in doc.split("\n\n")]
