"""The JSON Schema and the loaders agree, as far as a schema can say what the loaders check.

Checked with a real validator (``jsonschema``, draft 2020-12, formats asserted):
the sample register and every record the strategies draw validate; spoiled
copies that the schema refuses, the loader refuses too; and a spoiled copy
that the loader refuses while the schema takes it breaks only what no schema
made from the declarations can say: a record's checks across its fields,
and what no pattern says (a check character, a time zone that exists), as
``LOADER_ONLY_CHECKS`` documents.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import re
import typing
import zoneinfo
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import left_behind as lb
from documents import DOCUMENT_TYPES, documents
from left_behind import testing as lt
from left_behind.kinds._base import Record, as_frozenset, as_tuple
from left_behind.kinds._fields import AT_LEAST_ONE, NOT_BLANK, bounds_of
from left_behind.kinds._kinds import LIST, OPTIONAL, RECORD, SET, kind_of
from profiles import examples

STYLES = ("snake", "camel")
LOADABLE = (*lt.RECORD_TYPES, *DOCUMENT_TYPES)
AGREE = settings(max_examples=examples(0.2), suppress_health_check=[HealthCheck.too_slow])
Validator = jsonschema.Draft202012Validator


@functools.cache
def validator(cls: type, style: str) -> jsonschema.protocols.Validator:
    schema = lb.json_schema(cls, style=style)  # type: ignore[arg-type]
    return Validator(schema, format_checker=Validator.FORMAT_CHECKER)


def schema_takes(cls: type, style: str, doc: Any) -> bool:
    return validator(cls, style).is_valid(doc)


def loader_problems(cls: type, style: str, doc: Any) -> list[lb.Problem] | None:
    """The loader's problems with ``doc``, or None when it loads."""
    try:
        lb.from_json(json.dumps(doc, ensure_ascii=False), cls, style=style)  # type: ignore[arg-type]
    except lb.InvalidData as err:
        return list(err.problems)
    return None


def key(name: str, style: str) -> str:
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), name) if style == "camel" else name


# --- the schemas themselves ------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("style", STYLES)
def test_every_schema_is_a_valid_2020_12_schema(style: str, lang: str) -> None:
    for cls in lb.io.record_classes():
        schema = lb.json_schema(cls, style=style, lang=lang)  # type: ignore[arg-type]
        Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$ref"] == f"#/$defs/{cls.__name__}"


def test_every_record_and_enumeration_is_covered() -> None:
    covered = set(lb.io.record_classes())
    assert set(LOADABLE) <= covered
    public = {
        obj
        for name in lb.__all__
        if isinstance(obj := getattr(lb, name), type) and lb.io._schema.is_record_class(obj)
    }
    assert public <= covered
    assert set(lt.ENUM_TYPES) <= set(lb.io.enum_classes())
    public_enums = {
        obj
        for name in lb.__all__
        if isinstance(obj := getattr(lb, name), type)
        and issubclass(obj, lb.kinds.LabelledEnum)
        and obj is not lb.kinds.LabelledEnum
    }
    assert public_enums <= set(lb.io.enum_classes())


def test_the_schema_says_what_the_declarations_say() -> None:
    schema = lb.json_schema(lb.Child, style="camel", lang="en")
    child = schema["$defs"]["Child"]
    fields = attrs.fields(lb.Child)
    assert list(child["properties"]) == [key(a.name, "camel") for a in fields]
    assert child["required"] == [key(a.name, "camel") for a in fields if a.default is attrs.NOTHING]
    assert child["properties"]["name"]["title"] == "the child's name"
    assert child["properties"]["name"]["pattern"] == r"\S"
    assert child["properties"]["hukou"] == {
        "title": "the household registration",
        "description": "one of 'rural', 'urban'",
        "default": "rural",
        "$ref": "#/$defs/Hukou",
    }
    assert child["properties"]["interests"]["uniqueItems"] is True
    assert child["properties"]["interests"]["default"] == []
    consent = schema["$defs"]["Consent"]["properties"]["purposes"]
    assert consent["minItems"] == 1
    assert schema["$defs"]["Sex"]["oneOf"] == [
        {"const": "male", "title": "male"},
        {"const": "female", "title": "female"},
    ]
    assert lb.json_schema(lb.Child)["$defs"]["Sex"]["oneOf"][0]["title"] == "男"


def test_label_tables_are_every_enumerations_values_and_labels() -> None:
    tables = lb.io.label_tables()
    assert list(tables) == [e.__name__ for e in lb.io.enum_classes()]
    for enum_cls in lb.io.enum_classes():
        assert tables[enum_cls.__name__] == [
            {"value": m.value, "zh": m.label("zh"), "en": m.label("en")} for m in enum_cls
        ]
    json.dumps(tables)  # data, as JSON carries it


def test_a_wrong_style_or_class_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="style"):
        lb.json_schema(lb.Child, style="kebab")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lang"):
        lb.json_schema(lb.Child, lang="fr")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a record class"):
        lb.json_schema(dict)


# --- a record declared later is in the schema with no other edit ----------------


@attrs.frozen(kw_only=True)
class Session(Record):
    """A made-up record with a field of every kind, as later records will have."""

    title: str = lb.kinds.field(not_blank=True, words=("名称", "the title"))
    starts: dt.time
    at: dt.datetime
    length: dt.timedelta
    zone: zoneinfo.ZoneInfo
    on: dt.date
    until: dt.date | None = lb.kinds.field(
        default=None, not_before=lb.kinds.Order("on", "{value} < {other}", "{value} < {other}")
    )
    repeats: lb.kinds.Recurrence | None = None
    interests: frozenset[lb.model.Interest] = lb.kinds.field(
        converter=as_frozenset, at_least_one=("说明用途", "say what it is for")
    )
    notes: tuple[str, ...] = lb.kinds.field(default=(), converter=as_tuple)
    phone: lb.kinds.Phone | None = None
    leader: lb.kinds.IdNumber | None = None
    share: float = 0.0
    seats: int = 12
    free: bool = True
    card: lb.ContactCard | None = None


SESSION = {
    "title": "快乐氧吧: 书法",
    "starts": "16:30",
    "at": "2026-09-01T16:30+08:00",
    "length": 60,
    "zone": "Asia/Shanghai",
    "on": "2026-09-01",
    "until": "2027-01-15",
    "repeats": "FREQ=WEEKLY;BYDAY=MO,WE",
    "interests": ["calligraphy_painting", "reading"],
    "notes": ["room 2"],
    "phone": "139 0000 1234",
    "leader": "99010120150302068X",
    "share": 0.5,
    "seats": 12,
    "free": True,
    "card": {"father": "13900001234"},
}


def test_a_new_record_has_its_schema_at_once() -> None:
    schema = lb.json_schema(Session, lang="en")
    props = schema["$defs"]["Session"]["properties"]
    assert list(props) == [a.name for a in attrs.fields(Session)]
    assert schema["$defs"]["Session"]["required"] == [
        "title",
        "starts",
        "at",
        "length",
        "zone",
        "on",
        "interests",
    ]
    assert props["title"]["title"] == "the title"
    assert props["length"]["minimum"] == 0
    assert "ContactCard" in schema["$defs"] and "Interest" in schema["$defs"]
    Validator.check_schema(schema)


# What the schema of each kind refuses, and the loader too: (field, value).
SPOILED_SESSION = [
    ("starts", "4:30 pm"),
    ("starts", "24:00"),
    ("starts", "16:30\n"),
    ("at", "2026-09-01 16:30"),
    ("at", "2026-09-01T16:30"),  # no UTC offset
    ("length", -1),
    ("length", 10_000_001),
    ("length", 1.5),
    ("length", "60"),
    ("zone", "Asia Shanghai"),
    ("zone", "A" * 65),
    ("on", "2026/9/1"),
    ("on", "2026-02-30"),
    ("repeats", "RRULE:FREQ=WEEKLY"),
    ("repeats", "freq=weekly"),
    ("interests", []),
    ("interests", ["reading", "reading"]),
    ("interests", ["书法"]),
    ("notes", "room 2"),
    ("notes", [2]),
    ("phone", "12345"),
    ("leader", "9901012015030206"),
    ("share", "0.5"),
    ("seats", True),
    ("free", "true"),
    ("title", "   "),
    ("title", None),
    ("card", {"father": "12345"}),
    ("card", {"uncle": "13900001234"}),
    ("nickname", "x"),
]


@pytest.mark.parametrize("style", STYLES)
def test_a_new_record_valid_and_spoiled(style: str) -> None:
    doc = {key(k, style): v for k, v in SESSION.items()}
    assert schema_takes(Session, style, doc)
    assert loader_problems(Session, style, doc) is None
    for name in [a.name for a in attrs.fields(Session) if a.default is attrs.NOTHING]:
        spoiled = {k: v for k, v in doc.items() if k != key(name, style)}
        assert not schema_takes(Session, style, spoiled), name
        assert loader_problems(Session, style, spoiled), name


@pytest.mark.parametrize(("name", "value"), SPOILED_SESSION, ids=repr)
def test_each_kind_refuses_what_the_loader_refuses(name: str, value: Any) -> None:
    doc = {**SESSION, name: value}
    assert not schema_takes(Session, "snake", doc)
    assert loader_problems(Session, "snake", doc)


# What only the loader refuses: the schema takes these, and says so in LOADER_ONLY_CHECKS.
LOADER_ONLY_SESSION = [
    ("until", "2026-08-31", "order"),
    ("zone", "Mars/Olympus_Mons", "time_zone"),
    ("leader", "990101201503020021", "check_digit"),
    ("leader", "99010120150230068X", "date"),
    ("repeats", "FREQ=WEEKLY;COUNT=2;COUNT=3", "format"),
    ("repeats", "INTERVAL=2", "format"),
    ("at", "2026-09-01T16:30+25:00", "date"),
    ("seats", 12.0, "type"),
]


@pytest.mark.parametrize(("name", "value", "code"), LOADER_ONLY_SESSION, ids=repr)
def test_what_only_the_loader_checks_is_documented(name: str, value: Any, code: str) -> None:
    doc = {**SESSION, name: value}
    assert schema_takes(Session, "snake", doc)
    problems = loader_problems(Session, "snake", doc)
    assert problems and {p.code for p in problems} == {code}
    assert code in dict(lb.io.LOADER_ONLY_CHECKS)


# --- the sample register, valid and spoiled -------------------------------------


@functools.cache
def sample(style: str) -> dict[str, Any]:
    return lb.to_dict(lb.samples.shicun(), style=style)  # type: ignore[no-any-return]


@pytest.mark.parametrize("style", STYLES)
def test_the_sample_register_and_the_templates_validate(style: str) -> None:
    assert validator(lb.Register, style).is_valid(sample(style))
    template = lb.samples.template()
    assert schema_takes(lb.Register, style, lb.to_dict(template, style=style))  # type: ignore[arg-type]
    assert schema_takes(lb.Child, style, lb.to_dict(template.children[0], style=style))  # type: ignore[arg-type]
    assert schema_takes(lb.Policy, style, lb.to_dict(lb.Policy(), style=style))  # type: ignore[arg-type]


def _child(doc: dict[str, Any], i: int = 0) -> dict[str, Any]:
    return doc["children"][i]  # type: ignore[no-any-return]


Spoil = Callable[[dict[str, Any], str], None]


def child_sets(name: str, value: Any, *, at: tuple[str | int, ...] = ()) -> Spoil:
    """Set the field ``name`` (in the document's style) of the first child, or inside it."""

    def spoil(doc: dict[str, Any], style: str) -> None:
        target: Any = _child(doc)
        for step in at:
            target = target[step]
        target[key(name, style)] = value

    return spoil


def other_style(doc: dict[str, Any], style: str) -> None:
    _child(doc)[key("lives_on_own_earnings", "camel" if style == "snake" else "snake")] = False


# (what is spoiled, how): the schema and the loader both refuse each.
SPOILINGS: list[tuple[str, Spoil]] = [
    ("a required key left out", lambda d, s: _child(d).pop("name")),
    ("an unknown key", child_sets("nickname", "小雨")),
    ("a key in the other style", other_style),
    ("a number for a date", child_sets("birth_date", 20150302)),
    ("a date as people type it", child_sets("birth_date", "2015/3/2")),
    ("a date that does not exist", child_sets("birth_date", "2015-02-30")),
    ("a label for a value", child_sets("sex", "男")),
    ("a value in capitals", child_sets("sex", "MALE")),
    ("null for a required value", child_sets("stage", None)),
    ("a blank name", child_sets("name", "  ")),
    ("an identity number too short", child_sets("id_number", "99010120150302")),
    ("a phone that is not one", child_sets("phone", "12345", at=("parents", 0))),
    ("a repeated interest", child_sets("interests", ["reading", "reading"])),
    ("a consent for nothing", child_sets("purposes", [], at=("consents", 0))),
    ("a list where an object goes", child_sets("guardian", [])),
    ("a string for the version", lambda d, s: d.update({key("schema_version", s): "1"})),
    ("an object for the children", lambda d, s: d.update(children={})),
]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(("what", "spoil"), SPOILINGS, ids=[w for w, _ in SPOILINGS])
def test_spoiled_copies_of_the_sample_are_refused_by_both(
    what: str, spoil: Spoil, style: str
) -> None:
    doc = copy.deepcopy(sample(style))
    assert _child(doc)["consents"] and _child(doc)["parents"]  # what the spoilings need
    spoil(doc, style)
    assert not schema_takes(lb.Register, style, doc), what
    assert loader_problems(lb.Register, style, doc), what


# --- properties --------------------------------------------------------------------


def any_documents(cls: type, style: str) -> st.SearchStrategy[Any]:
    if cls in DOCUMENT_TYPES:
        return documents(cls, style=style)  # type: ignore[arg-type]
    return lt.documents(cls, style=style)  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", LOADABLE, ids=lambda c: c.__name__)
@AGREE
@given(data=st.data(), style=st.sampled_from(STYLES))
def test_every_drawn_record_validates(cls: type, style: str, data: st.DataObject) -> None:
    if cls in DOCUMENT_TYPES:
        doc = data.draw(documents(cls, style=style))  # type: ignore[arg-type]
        record = lb.from_dict(doc, cls, style=style)  # type: ignore[arg-type]
    else:
        record = data.draw(lt.records(cls))
    # the JSON text to_json writes, as a client receives it
    sent = json.loads(lb.to_json(record, style=style))  # type: ignore[arg-type]
    errors = list(validator(cls, style).iter_errors(sent))
    assert not errors, errors[0].message


def _places(doc: Any) -> Iterator[tuple[Any, Any]]:
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield doc, k
            yield from _places(v)
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield doc, i
            yield from _places(v)


ENUM_VALUES = sorted({m.value for e in lb.io.enum_classes() for m in e})
LABELS = sorted({m.label(lang) for e in lb.io.enum_classes() for m in e for lang in ("zh", "en")})
TEXTS = st.one_of(
    st.sampled_from(ENUM_VALUES),
    st.sampled_from(LABELS),
    st.sampled_from(
        [
            "",
            " ",
            "2015-03-02",
            "2015/3/2",
            "2015-02-30",
            "2015-03-02\n",
            "990101201503020685",
            "99010120150302068X",
            "990101201503020021",
            "13900001234",
            "139 0000 1234",
            "12345",
            "SC-001",
            " SC-001",
        ]
    ),
    st.text(max_size=8),
)
# JSON counts 1.0 as an integer and the loader does not (LOADER_ONLY_CHECKS, "type"):
# no float here is a whole number, so that a refusal of "type" always means a schema gap
FLOATS = st.floats(allow_nan=False, allow_infinity=False).filter(lambda x: not x.is_integer())
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 20) | FLOATS | TEXTS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXTS, inner, max_size=3),
    max_leaves=6,
)


def alike(value: Any) -> st.SearchStrategy[Any]:
    """Another value of the same JSON type: what the schema often takes, the loader not always."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(-3, 400)
    if isinstance(value, str):
        return TEXTS
    if isinstance(value, list) and value:
        # an item twice, the items in another order, or none at all
        return st.sampled_from([[*value, value[0]], value[::-1], []])
    return VALUES


_SEGMENT = re.compile(r"\.(\w+)|\[(\d+)\]|\[('[^']*')\]")


def field_at(cls: type, path: str, style: str) -> tuple[Any, Any]:
    """The declaration (an attrs field, or None) and the type of what ``path`` points at."""
    tp: Any = cls
    declared: Any = None
    for m in _SEGMENT.finditer(path[1:]):
        while kind_of(tp) is OPTIONAL:
            tp = kind_of(tp).items(tp)[0]
        name, index = m.group(1), m.group(2)
        if name is not None and kind_of(tp) is RECORD:
            by_key = {key(a.name, style): a for a in attrs.fields(tp)}
            if name not in by_key:
                return None, None
            declared = by_key[name]
            tp = typing.get_type_hints(tp)[declared.name]
        elif index is not None and kind_of(tp) in (LIST, SET):
            declared, tp = None, kind_of(tp).items(tp)[0]
        else:
            return None, None
    while tp is not None and kind_of(tp) is OPTIONAL:
        tp = kind_of(tp).items(tp)[0]
    return declared, tp


# Kinds whose schema gives the shape that a "format" problem is about
SHAPED = {"private_text", "date", "time", "moment", "time_zone"}


def schema_missed(cls: type, style: str, p: lb.Problem) -> bool:
    """Whether a problem of a document the schema takes is one the schema could have said.

    What a field declares (required, not blank, at least one), the kind of
    its value (a set's repeats, a date's or a phone's shape, a duration's
    range) and the values of an enumeration are in the schema; the checks of
    a record across its fields (``_problems``) and what no pattern can say
    (a check character, a time zone that exists) are not.
    """
    declared, tp = field_at(cls, p.path, style)
    kind = kind_of(tp).name if tp is not None else None
    if p.code in ("type", "unknown_key", "choice"):
        return True
    if p.code == "missing":
        return declared is not None and declared.default is attrs.NOTHING
    if p.code == "empty":
        return declared is not None and (
            AT_LEAST_ONE in declared.metadata or NOT_BLANK in declared.metadata
        )
    if p.code == "duplicate":
        return kind == "set"
    if p.code == "format":
        return kind in SHAPED
    if p.code == "date":
        return kind == "date"
    if p.code == "range":
        # a declared bound is in the schema; a bound across fields is not
        bounds = bounds_of(declared) if declared is not None else None
        return kind == "duration" or (bounds is not None and bounds.rule().en in p.message_en)
    return False


@pytest.mark.parametrize("cls", LOADABLE, ids=lambda c: c.__name__)
@AGREE
@given(data=st.data(), style=st.sampled_from(STYLES))
def test_schema_and_loader_agree_on_spoiled_documents(
    cls: type, style: str, data: st.DataObject
) -> None:
    doc = data.draw(any_documents(cls, style))
    places = list(_places(doc))
    how = data.draw(st.sampled_from(["alike", "replace", "remove", "add"] if places else ["add"]))
    if how == "add":
        objects = [doc, *(c[k] for c, k in places if isinstance(c[k], dict))]
        target = data.draw(st.sampled_from(objects))
        target[data.draw(TEXTS)] = data.draw(VALUES)
    else:
        container, where = data.draw(st.sampled_from(places))
        if how == "remove" and isinstance(container, dict):
            del container[where]
        elif how == "alike":
            container[where] = data.draw(alike(container[where]))
        else:
            container[where] = data.draw(VALUES)
    takes = schema_takes(cls, style, doc)
    problems = loader_problems(cls, style, doc)
    if not takes:
        assert problems, "the schema refuses a document the loader takes"
    elif problems:
        for p in problems:
            assert not schema_missed(cls, style, p), (
                f"the schema takes what the loader refuses: {p}"
            )


@pytest.mark.parametrize(
    ("cls", "path", "field", "kind"),
    [
        (lb.Register, "$.children[3].birth_date", "birth_date", "date"),
        (lb.Register, "$.children[0].care[1].carer.idNumber", None, None),
        (lb.Child, "$.care[1].carer.id_number", "id_number", "private_text"),
        (lb.Child, "$.interests[0]", None, "enumeration"),
        (lb.Child, "$.nickname", None, None),
        (lb.Child, "$", None, "record"),
    ],
)
def test_a_problem_path_leads_to_its_field(
    cls: type, path: str, field: str | None, kind: str | None
) -> None:
    declared, tp = field_at(cls, path, "snake")
    assert (declared.name if declared is not None else None) == field
    assert (kind_of(tp).name if tp is not None else None) == kind
