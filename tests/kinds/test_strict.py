"""Strictness: nothing coerced, nothing unknown, nothing missing, however a record is made."""

from __future__ import annotations

import datetime as dt
import types
import typing
import zoneinfo
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from builders import CHILD_DOC, minimal_child
from left_behind import testing as lt
from profiles import examples

RECORDS = lt.RECORD_TYPES
SETTINGS = settings(max_examples=examples(0.6))


def problems_of(fn: Any, *args: Any, **kwargs: Any) -> list[tuple[str, str]]:
    with pytest.raises(lb.InvalidData) as info:
        fn(*args, **kwargs)
    return [(p.path, p.code) for p in info.value.problems]


EVENT = {"on": "2026-03-01", "parent": "mother", "party": "both", "mode": "video"}
CHILD = CHILD_DOC
CONSENT_DOC = {"given_by": "mother", "on": "2026-03-01", "purposes": ["registration"]}


def with_(doc: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**doc, **changes}


# --- loading: no coercion -------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "doc", "path", "code"),
    [
        # a string field
        (lb.Child, with_(CHILD, id=1), "$.id", "type"),
        (lb.Child, with_(CHILD, name=None), "$.name", "type"),
        (lb.Child, with_(CHILD, village=["示例村"]), "$.village", "type"),
        (lb.Child, with_(CHILD, address=12), "$.address", "type"),
        # a boolean
        (lb.Child, with_(CHILD, lives_on_own_earnings="false"), "$.lives_on_own_earnings", "type"),
        (lb.Child, with_(CHILD, lives_on_own_earnings=0), "$.lives_on_own_earnings", "type"),
        (lb.Child, with_(CHILD, lives_on_own_earnings=None), "$.lives_on_own_earnings", "type"),
        # an integer
        (lb.Register, {"schema_version": 2.9}, "$.schema_version", "type"),
        (lb.Register, {"schema_version": 1.0}, "$.schema_version", "type"),
        (lb.Register, {"schema_version": "1"}, "$.schema_version", "type"),
        (lb.Register, {"schema_version": True}, "$.schema_version", "type"),
        # a date: ISO only, the loader does not guess
        (lb.ContactEvent, with_(EVENT, on="2015/3/2"), "$.on", "format"),
        (lb.ContactEvent, with_(EVENT, on="2015.3.2"), "$.on", "format"),
        (lb.ContactEvent, with_(EVENT, on="2015年3月2日"), "$.on", "format"),
        (lb.ContactEvent, with_(EVENT, on="2015-3-2"), "$.on", "format"),
        (lb.ContactEvent, with_(EVENT, on="20150302"), "$.on", "format"),
        (lb.ContactEvent, with_(EVENT, on="2015-03-02T08:00:00"), "$.on", "format"),
        (lb.ContactEvent, with_(EVENT, on=" 2015-03-02"), "$.on", "format"),
        (lb.ContactEvent, with_(EVENT, on="2015-02-30"), "$.on", "date"),
        (lb.ContactEvent, with_(EVENT, on=42065), "$.on", "type"),  # an Excel serial number
        (lb.ContactEvent, with_(EVENT, on=None), "$.on", "type"),
        # an enumeration: exact stable values only
        (lb.ContactEvent, with_(EVENT, parent="Mother"), "$.parent", "choice"),
        (lb.ContactEvent, with_(EVENT, parent="母亲"), "$.parent", "choice"),  # the label
        (lb.ContactEvent, with_(EVENT, parent="MOTHER"), "$.parent", "choice"),  # the name
        (lb.ContactEvent, with_(EVENT, parent=" mother"), "$.parent", "choice"),
        (lb.ContactEvent, with_(EVENT, parent=1), "$.parent", "type"),
        # identity numbers and phones: strings only
        (lb.Child, with_(CHILD, id_number=990101201503020685), "$.id_number", "type"),
        (lb.Child, with_(CHILD, id_number="990101201503020021"), "$.id_number", "check_digit"),
        (lb.ContactCard, {"father": 13912345678}, "$.father", "type"),
        (lb.ContactCard, {"father": "12345"}, "$.father", "format"),
        # lists: JSON arrays only, no duplicates in a set
        (lb.Child, with_(CHILD, parents={}), "$.parents", "type"),
        (lb.Child, with_(CHILD, parents="father"), "$.parents", "type"),
        (lb.Child, with_(CHILD, parents=()), "$.parents", "type"),
        (lb.Child, with_(CHILD, interests="reading"), "$.interests", "type"),
        (lb.Child, with_(CHILD, interests=["reading", "reading"]), "$.interests", "duplicate"),
        (lb.Child, with_(CHILD, interests=["Reading"]), "$.interests[0]", "choice"),
        # records: objects only
        (lb.Child, with_(CHILD, guardian=[]), "$.guardian", "type"),
        (lb.Child, with_(CHILD, guardian="grandmother"), "$.guardian", "type"),
        (lb.Child, with_(CHILD, parents=[["father"]]), "$.parents[0]", "type"),
    ],
)
def test_no_coercion(cls: type, doc: dict[str, Any], path: str, code: str) -> None:
    assert problems_of(lb.from_dict, doc, cls) == [(path, code)]


def test_the_valid_documents_above_load() -> None:
    assert lb.from_dict(EVENT, lb.ContactEvent).on == dt.date(2026, 3, 1)
    assert lb.from_dict(CHILD, lb.Child).birth_date == dt.date(2015, 3, 2)


# --- loading: unknown keys --------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "doc", "style", "paths"),
    [
        (lb.ContactEvent, with_(EVENT, note="called twice"), "snake", ["$.note"]),
        (lb.ContactEvent, with_(EVENT, On="2026-03-01"), "snake", ["$.On"]),
        (lb.Child, with_(CHILD, birthDate="2015-03-02"), "snake", ["$.birthDate"]),
        (
            lb.Child,
            {
                **{k if k != "birth_date" else "birthDate": v for k, v in CHILD.items()},
                "id_number": None,
            },
            "camel",
            ["$.id_number"],
        ),
        # a key that is not written like a field name is masked (it may be private)
        (lb.Child, with_(CHILD, **{"父亲": "x"}), "snake", ["$['**']"]),
        (lb.Child, with_(CHILD, **{"a b": 1, "zz": 2}), "snake", ["$['***']", "$.zz"]),
        (
            lb.Child,
            with_(CHILD, parents=[{"role": "father", "job": "builder"}]),
            "snake",
            ["$.parents[0].job"],
        ),
        (lb.Register, {"children": [], "version": 1}, "snake", ["$.version"]),
    ],
)
def test_unknown_keys_rejected(
    cls: type, doc: dict[str, Any], style: str, paths: list[str]
) -> None:
    problems = problems_of(lb.from_dict, doc, cls, style=style)
    # a field's name in the other key style is said to be so, never "remove it"
    other_style = {"$.birthDate", "$.id_number"}
    assert sorted(problems) == sorted(
        (p, "key_style" if p in other_style else "unknown_key") for p in paths
    )


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_a_document_in_the_other_key_style_is_one_problem(style: lb.kinds.Style) -> None:
    other: lb.kinds.Style = "camel" if style == "snake" else "snake"
    text = lb.to_json(lb.samples.shicun(), style=other)
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, lb.Register, style=style)
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$", "key_style")
    assert f"style={other!r}" in problem.message("en") and "remove" not in problem.message("en")
    assert f"--input-style {other}" in problem.message()


def test_a_key_in_the_other_style_is_named_in_this_one() -> None:
    doc = with_(CHILD, birthDate="2015-03-02")
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(doc, lb.Child)
    (problem,) = info.value.problems
    assert problem.message("en").endswith("write 'birth_date'")
    assert "remove" not in problem.message("en")


@pytest.mark.parametrize(
    ("doc", "path", "guess"),
    [
        ({**CONSENT_DOC, "purpose": ["registration"]}, "$.purpose", "'purposes'"),
        ({**CONSENT_DOC, "given_bi": "father"}, "$.given_bi", "'given_by'"),
    ],
)
def test_a_near_miss_key_gets_a_suggestion(doc: dict[str, Any], path: str, guess: str) -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(doc, lb.Consent)
    found = {p.path: p for p in info.value.problems}
    assert f"did you mean {guess}?" in found[path].message("en")
    assert f"是不是要写 {guess}？" in found[path].message()


@pytest.mark.parametrize(
    ("value", "shown", "guess"),
    [
        ("junior_middle_1", True, "junior_1"),
        ("kindergarden", True, "kindergarten"),
        ("senoir_2", True, "senior_2"),
        ("13900001234", False, None),  # a phone in the wrong column: never echoed
        ("x990101201503020685", False, None),
    ],
)
def test_a_wrong_value_is_echoed_when_safe_with_a_suggestion(
    value: str, shown: bool, guess: str | None
) -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(with_(CHILD, stage=value), lb.Child)
    (problem,) = info.value.problems
    message = problem.message("en")
    assert (repr(value) in message) is shown
    assert (repr(value) in problem.message()) is shown
    if guess is not None:
        assert f"did you mean {guess!r}?" in message


# --- loading: every missing key ----------------------------------------------------------


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(r.title() for r in rest)


@pytest.mark.parametrize("style", ["snake", "camel"])
@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_every_missing_key_reported(cls: type, style: str) -> None:
    required = [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING]
    if not required:
        assert lb.from_dict({}, cls, style=style) == cls()
        return
    problems = problems_of(lb.from_dict, {}, cls, style=style)
    keys = [_camel(n) if style == "camel" else n for n in required]
    missing = [p for p in problems if p[1] == "missing"]
    assert sorted(missing) == sorted((f"$.{k}", "missing") for k in keys)
    # what else is said in the same round is a rule on the keys that were given
    # their defaults, never on a missing one
    assert not {path for path, code in problems if code != "missing"} & {f"$.{k}" for k in keys}


def test_missing_keys_deep_inside_reported_together() -> None:
    doc = {
        "children": [
            with_(CHILD, parents=[{}], care=[{"since": "2020-01-01"}]),
            {k: v for k, v in CHILD.items() if k != "stage"},
        ]
    }
    assert sorted(problems_of(lb.from_dict, doc, lb.Register)) == [
        ("$.children[0].care[0].guardianship", "missing"),
        ("$.children[0].parents[0].role", "missing"),
        # both children are CHILD's copies: the repeated id is said in the same round
        ("$.children[1].id", "duplicate"),
        ("$.children[1].stage", "missing"),
    ]


# --- constructing in Python --------------------------------------------------------------


def _unwrap(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return next(a for a in typing.get_args(hint) if a is not type(None)), True
    return hint, False


def wrong_python_values(hint: Any) -> list[Any]:
    """Values a Python caller might pass by mistake for a field of type ``hint``."""
    inner, optional = _unwrap(hint)
    none = [] if optional else [None]
    if inner is str:
        return [*none, 1, b"x", ["x"]]
    if inner is bool:
        return [*none, 1, 0, "true"]
    if inner is int:
        return [*none, "1", True, 1.0]
    if inner is float:
        return [*none, "1.5", True, b"1"]
    if inner is dt.time:
        return [*none, "16:30", dt.datetime(2015, 3, 2, 8, 0), 1630]
    if inner is zoneinfo.ZoneInfo:
        return [*none, "Asia/Shanghai", 8]
    if inner is dt.date:
        return [*none, dt.datetime(2015, 3, 2, 8, 0), "2015-03-02", 20150302]
    if inner is dt.datetime:
        return [*none, "2026-09-01T16:30+08:00", dt.date(2026, 9, 1), 1630]
    if inner is dt.timedelta:
        return [*none, 60, "60", 1.5]
    if inner is lb.kinds.Recurrence:
        return [*none, "FREQ=WEEKLY", 1]
    if inner is lb.kinds.IdNumber:
        return ["990101201503020685", 990101201503020685]
    if inner is lb.kinds.Phone:
        return ["13912345678", 13912345678]
    if isinstance(inner, type) and issubclass(inner, lb.kinds.LabelledEnum):
        other = lb.model.Sex.MALE if inner is not lb.model.Sex else lb.model.ParentRole.FATHER
        return [*none, next(iter(inner)).value, other]
    origin = typing.get_origin(inner)
    if origin in (tuple, frozenset):
        return [*none, "a", [1], {"a": 1}, (object(),)]
    if isinstance(inner, type) and attrs.has(inner):
        return [*none, {"a": 1}, "a", 1]
    raise AssertionError(f"no wrong values for {hint}")  # pragma: no cover


def kwargs_of(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in attrs.fields(type(record))}


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
@SETTINGS
@given(data=st.data())
def test_construction_lists_every_bad_field(cls: type, data: st.DataObject) -> None:
    record = data.draw(lt.records(cls))
    hints = typing.get_type_hints(cls)
    names = data.draw(
        st.lists(st.sampled_from([f.name for f in attrs.fields(cls)]), min_size=1, unique=True)
    )
    kwargs = kwargs_of(record)
    for name in names:
        kwargs[name] = data.draw(st.sampled_from(wrong_python_values(hints[name])), label=name)
    assert sorted(problems_of(cls, **kwargs)) == sorted((f"$.{n}", "type") for n in names)
    # the unspoiled values make the same record again
    assert cls(**kwargs_of(record)) == record


@pytest.mark.parametrize(
    ("cls", "kwargs", "path"),
    [
        (lb.ContactEvent, {"on": dt.datetime(2026, 3, 1, 9, 30)}, "$.on"),
        (lb.ReportEvent, {"reported_on": dt.datetime(2026, 3, 1)}, "$.reported_on"),
        (lb.Register, {"schema_version": True}, "$.schema_version"),
        (lb.ContactCard, {"father": "13912345678"}, "$.father"),
    ],
)
def test_datetimes_and_plain_strings_are_not_enough(
    cls: type, kwargs: dict[str, Any], path: str
) -> None:
    base: dict[str, dict[str, Any]] = {
        "ContactEvent": {
            "on": dt.date(2026, 3, 1),
            "parent": lb.model.ParentRole.MOTHER,
            "party": lb.model.ContactParty.BOTH,
            "mode": lb.model.ContactMode.CALL,
        },
        "ReportEvent": {"kind": lb.model.ReportKind.MISSING, "discovered_on": dt.date(2026, 3, 1)},
        "Register": {},
        "ContactCard": {},
    }
    assert problems_of(cls, **{**base[cls.__name__], **kwargs}) == [(path, "type")]


def test_a_bad_identity_number_fails_before_the_record() -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.Child(
            id="c-1",
            name="林小雨",
            sex=lb.model.Sex.FEMALE,
            birth_date=dt.date(2015, 3, 2),
            id_number=lb.kinds.IdNumber("990101201503020021"),
            county="示例县",
            township="示例镇",
            village="示例村",
            stage=lb.model.SchoolStage.PRIMARY_4,
        )
    assert [p.code for p in info.value.problems] == ["check_digit"]


def test_python_lists_and_sets_are_stored_immutably() -> None:
    consent = lb.Consent(
        given_by=lb.model.ConsentGiver.MOTHER,
        on=dt.date(2026, 3, 1),
        purposes={lb.model.Purpose.REGISTRATION, lb.model.Purpose.SHARING},
    )
    assert type(consent.purposes) is frozenset
    parent = lb.Parent(role=lb.model.ParentRole.FATHER, situations=[])
    assert parent.situations == ()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        parent.role = lb.model.ParentRole.MOTHER  # type: ignore[misc]


def test_cross_field_problems_all_listed() -> None:
    problems = problems_of(
        lb.model.ParentSituation,
        situation=lb.model.Situation.DECEASED,
        since=dt.date(2024, 2, 20),
        until=dt.date(2024, 1, 1),
        province="广东",
    )
    assert sorted(problems) == [
        ("$.province", "inconsistent"),
        ("$.until", "inconsistent"),
        ("$.until", "order"),
    ]


def messages_of(fn: Any, *args: Any, **kwargs: Any) -> dict[str, str]:
    with pytest.raises(lb.InvalidData) as info:
        fn(*args, **kwargs)
    return {p.path: p.message("en") for p in info.value.problems}


CONSENT = {"given_by": lb.model.ConsentGiver.MOTHER, "on": dt.date(2026, 3, 1), "purposes": ()}


@pytest.mark.parametrize(
    ("cls", "kwargs", "path", "says"),
    [
        # an enumeration: the member to pass, named when the string is a value or label
        (lb.Child, {"sex": "female"}, "$.sex", "a Sex member such as Sex.MALE"),
        (lb.Child, {"sex": "female"}, "$.sex", "got the string 'female': pass Sex.FEMALE"),
        (lb.Child, {"sex": "女"}, "$.sex", "got the string '女': pass Sex.FEMALE"),
        (lb.Child, {"sex": lb.model.ParentRole.FATHER}, "$.sex", "got ParentRole.FATHER"),
        (lb.Child, {"stage": 4}, "$.stage", "a SchoolStage member such as"),
        # a set of members
        (
            lb.Consent,
            {**CONSENT, "purposes": {"registration"}},
            "$.purposes",
            "expected a frozenset or set of Purpose members, got a set with an item that is"
            " the string 'registration': pass Purpose.REGISTRATION",
        ),
        (
            lb.Child,
            {"interests": "reading"},
            "$.interests",
            "pass a set such as {Interest.READING}",
        ),
        # a date
        (lb.Child, {"birth_date": "2015-03-02"}, "$.birth_date", "expected a datetime.date"),
        (lb.Child, {"birth_date": "2015-03-02"}, "$.birth_date", "datetime.date.fromisoformat"),
        (
            lb.Child,
            {"birth_date": dt.datetime(2015, 3, 2, 8)},
            "$.birth_date",
            "got a datetime.datetime: pass its .date()",
        ),
        # a list of records
        (
            lb.Child,
            {"parents": [{"role": "father"}]},
            "$.parents",
            "expected a tuple or list of Parent records,"
            " got a list or tuple whose item 0 is a dict",
        ),
        (lb.Child, {"guardian": {}}, "$.guardian", "expected a LegalGuardian record or None"),
        # identity numbers and phones are made with their class
        (lb.Child, {"id_number": "990101201503020685"}, "$.id_number", "IdNumber(text)"),
        (lb.ContactCard, {"father": "13900001234"}, "$.father", "Phone(text)"),
        # plain types in Python's words
        (lb.Child, {"id": 1}, "$.id", "expected a str, got an int"),
        (lb.Child, {"lives_on_own_earnings": 1}, "$.lives_on_own_earnings", "a bool"),
    ],
)
def test_python_callers_are_told_what_to_pass(
    cls: type, kwargs: dict[str, Any], path: str, says: str
) -> None:
    base = {"Child": {f: getattr(minimal_child(), f) for f in CHILD_FIELDS}, "Consent": {}}
    messages = messages_of(cls, **{**base.get(cls.__name__, {}), **kwargs})
    assert list(messages) == [path]
    assert says in messages[path]


CHILD_FIELDS = ["id", "name", "sex", "birth_date", "county", "township", "village", "stage"]


@pytest.mark.parametrize(
    "value",
    ["990101201503020685", "13900001234", "林小雨", "示例村3组12号", "Lin Xiaoyu", "male "],
)
def test_a_wrong_python_string_is_never_echoed(value: str) -> None:
    fields = {f: getattr(minimal_child(), f) for f in CHILD_FIELDS}
    for name in ("sex", "birth_date", "stage", "guardian", "id_number", "special_needs"):
        messages = messages_of(lb.Child, **{**fields, name: value})
        assert value not in messages[f"$.{name}"]
    for wrapped in ({value}, [value]):
        messages = messages_of(lb.Child, **{**fields, "interests": wrapped})
        assert value not in messages["$.interests"]
        messages = messages_of(lb.Child, **{**fields, "parents": wrapped})
        assert value not in messages["$.parents"]


# --- attrs.evolve validates again ------------------------------------------------------------


@SETTINGS
@given(child=lt.children(), data=st.data())
def test_evolve_revalidates(child: lb.Child, data: st.DataObject) -> None:
    # a wrong type
    assert problems_of(attrs.evolve, child, birth_date="2015-03-02") == [("$.birth_date", "type")]
    # a birth date that the identity number contradicts
    if child.id_number is not None:
        later = child.birth_date + dt.timedelta(days=data.draw(st.integers(1, 400)))
        assert ("$.id_number", "inconsistent") in problems_of(attrs.evolve, child, birth_date=later)
    # care listed newest first
    if len(child.care) >= 2:
        swapped = (child.care[1], child.care[0], *child.care[2:])
        assert ("$.care[1].since", "order") in problems_of(attrs.evolve, child, care=swapped)
    # the same parent twice
    if child.parents:
        twice = (*child.parents, child.parents[0])
        path = f"$.parents[{len(child.parents)}].role"
        assert (path, "duplicate") in problems_of(attrs.evolve, child, parents=twice)
    # a good change goes through
    assert attrs.evolve(child, name="王小明").name == "王小明"


@SETTINGS
@given(register=lt.registers(min_children=1, max_children=3))
def test_evolve_register_keeps_ids_unique(register: lb.Register) -> None:
    again = (*register.children, register.children[0])
    path = f"$.children[{len(register.children)}].id"
    assert problems_of(attrs.evolve, register, children=again) == [(path, "duplicate")]


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_unknown_keys_do_not_hide_a_records_own_problems(style: str) -> None:
    doc = {**CHILD_DOC, "name": " ", "extra": 1}
    if style == "camel":
        doc = {("birthDate" if k == "birth_date" else k): v for k, v in doc.items()}
    with pytest.raises(lb.InvalidData) as err:
        lb.from_dict(doc, lb.Child, style=style)  # type: ignore[arg-type]
    assert [(p.path, p.code) for p in err.value.problems] == [
        ("$.extra", "unknown_key"),
        ("$.name", "empty"),
    ]


def test_unknown_keys_and_a_policy_out_of_range_together() -> None:
    with pytest.raises(lb.InvalidData) as err:
        lb.from_dict({"notice_days": 99999999, "visits": 1}, lb.Policy)
    assert [(p.path, p.code) for p in err.value.problems] == [
        ("$.visits", "unknown_key"),
        ("$.notice_days", "range"),
    ]
