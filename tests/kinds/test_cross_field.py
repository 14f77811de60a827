"""The records' own checks across fields: empty text, impossible dates, words of the messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import left_behind as lb
from builders import CHILD_DOC, minimal_child
from left_behind import testing as lt
from profiles import examples

SETTINGS = settings(max_examples=examples(0.4))
BLANKS = ["", " ", "\u3000", "\t\n"]  # \u3000: the full-width space of Chinese input


def problems_of(fn: Any, *args: Any, **kwargs: Any) -> list[tuple[str, str]]:
    with pytest.raises(lb.InvalidData) as info:
        fn(*args, **kwargs)
    return [(p.path, p.code) for p in info.value.problems]


def guardian(**changes: Any) -> lb.LegalGuardian:
    fields: dict[str, Any] = {
        "kind": lb.model.GuardianKind.GRANDPARENT,
        "name": "林桂兰",
        "since": dt.date(2020, 5, 1),
    }
    return lb.LegalGuardian(**{**fields, **changes})


# --- empty text -------------------------------------------------------------------------


@pytest.mark.parametrize("blank", BLANKS, ids=repr)
@pytest.mark.parametrize("field", ["county", "township", "village"])
def test_a_childs_place_is_never_empty(field: str, blank: str) -> None:
    assert problems_of(minimal_child, **{field: blank}) == [(f"$.{field}", "empty")]
    assert problems_of(lb.from_dict, {**CHILD_DOC, field: blank}, lb.Child) == [
        (f"$.{field}", "empty")
    ]


def test_every_empty_place_is_reported() -> None:
    assert problems_of(minimal_child, name="", county="", township=" ", village="") == [
        ("$.name", "empty"),
        ("$.county", "empty"),
        ("$.township", "empty"),
        ("$.village", "empty"),
    ]


@pytest.mark.parametrize("blank", BLANKS, ids=repr)
def test_a_guardians_name_is_never_empty(blank: str) -> None:
    assert problems_of(guardian, name=blank) == [("$.name", "empty")]
    doc = lb.to_dict(minimal_child(guardian=guardian()))
    doc["guardian"]["name"] = blank
    assert problems_of(lb.from_dict, doc, lb.Child) == [("$.guardian.name", "empty")]


# --- nothing dated before the birth -------------------------------------------------------

BORN = dt.date(2015, 3, 2)
EVE = BORN - dt.timedelta(days=1)
MOTHER = lb.Parent(role=lb.model.ParentRole.MOTHER)


def contact(on: dt.date) -> lb.ContactEvent:
    return lb.ContactEvent(
        on=on,
        parent=lb.model.ParentRole.MOTHER,
        party=lb.model.ContactParty.BOTH,
        mode=lb.model.ContactMode.CALL,
    )


def report(on: dt.date) -> lb.ReportEvent:
    return lb.ReportEvent(kind=lb.model.ReportKind.MISSING, discovered_on=on)


def consent(on: dt.date) -> lb.Consent:
    return lb.Consent(
        given_by=lb.model.ConsentGiver.MOTHER,
        on=on,
        purposes=frozenset({lb.model.Purpose.REGISTRATION}),
    )


DATED: list[tuple[Callable[[dt.date], dict[str, Any]], str]] = [
    (lambda d: {"parents": [MOTHER], "contacts": [contact(BORN), contact(d)]}, "$.contacts[1].on"),
    (lambda d: {"reports": [report(d)]}, "$.reports[0].discovered_on"),
    (lambda d: {"consents": [consent(BORN), consent(d)]}, "$.consents[1].on"),
    (lambda d: {"guardian": guardian(since=d)}, "$.guardian.since"),
]


@pytest.mark.parametrize(("fields", "path"), DATED, ids=[path for _, path in DATED])
def test_nothing_is_dated_before_the_birth(
    fields: Callable[[dt.date], dict[str, Any]], path: str
) -> None:
    assert problems_of(minimal_child, BORN, **fields(EVE)) == [(path, "order")]
    assert problems_of(minimal_child, BORN, **fields(dt.date(1990, 1, 1))) == [(path, "order")]
    # the day of the birth itself is possible
    assert minimal_child(BORN, **fields(BORN)).birth_date == BORN


def test_dates_before_the_birth_in_camel_paths() -> None:
    child = minimal_child(BORN, reports=[report(BORN)])
    doc = lb.to_dict(child, style="camel")
    doc["reports"][0]["discoveredOn"] = EVE.isoformat()
    assert problems_of(lb.from_dict, doc, lb.Child, style="camel") == [
        ("$.reports[0].discoveredOn", "order")
    ]
    styles: tuple[lb.kinds.Style, ...] = ("snake", "camel")
    for style in styles:
        text = lb.to_json(child, style=style)
        later_birth = text.replace(BORN.isoformat(), "2015-03-03", 1)  # the first date: the birth
        assert problems_of(lb.from_json, later_birth, lb.Child, style=style) == [
            ("$.reports[0]." + ("discoveredOn" if style == "camel" else "discovered_on"), "order")
        ]


@SETTINGS
@given(child=lt.children())
def test_generated_children_are_dated_from_their_birth(child: lb.Child) -> None:
    """The strategies make children with nothing before the birth: moving it later breaks that."""
    dates = (
        [c.on for c in child.contacts]
        + [r.discovered_on for r in child.reports]
        + [c.on for c in child.consents]
        + ([child.guardian.since] if child.guardian is not None else [])
    )
    assert all(d >= child.birth_date for d in dates)
    if dates:
        later = min(dates) + dt.timedelta(days=1)
        problems = problems_of(attrs.evolve, child, birth_date=later, id_number=None, care=())
        assert problems and {code for _, code in problems} == {"order"}


# --- messages name no field: the path says where, in the caller's key style ----------------


def _snake_names() -> set[str]:
    """Every field name with an underscore: written differently in camelCase."""
    classes = [*lt.RECORD_TYPES, lb.Summary]
    return {f.name for cls in classes for f in attrs.fields(cls) if "_" in f.name}


D = dt.date
AWAY, HOME = lb.model.Situation.WORKING_AWAY, lb.model.Situation.AT_HOME
NUMBER = "990101201503020685"  # a girl born 2015-03-02, in the fictitious region 99
CROSS_FIELD: list[Callable[[], object]] = [
    lambda: lb.model.ParentSituation(
        situation=HOME,
        since=D(2024, 1, 1),
        province="广东",
        city="深圳",
        expected_return=D(2025, 1, 1),
    ),
    lambda: lb.model.ParentSituation(
        situation=AWAY, since=D(2024, 1, 1), expected_return=D(2023, 1, 1)
    ),
    lambda: lb.model.ParentSituation(
        situation=lb.model.Situation.DECEASED, since=D(2024, 1, 1), until=D(2023, 1, 1)
    ),
    lambda: lb.Parent(
        role=lb.model.ParentRole.FATHER,
        situations=[
            lb.model.ParentSituation(situation=AWAY, since=D(2024, 1, 1), until=D(2024, 6, 1)),
            lb.model.ParentSituation(situation=HOME, since=D(2024, 3, 1)),
        ],
    ),
    lambda: lb.ReportEvent(
        kind=lb.model.ReportKind.MISSING, discovered_on=D(2024, 1, 2), reported_on=D(2024, 1, 1)
    ),
    lambda: lb.Consent(
        given_by=lb.model.ConsentGiver.MOTHER,
        on=D(2024, 1, 2),
        purposes=[],
        withdrawn_on=D(2024, 1, 1),
    ),
    lambda: lb.EntrustedCarer(
        name=" ",
        relation=lb.model.Relation.PATERNAL_GRANDPARENT,
        birth_date=D(1960, 1, 1),
        sex=lb.model.Sex.MALE,
        id_number=lb.kinds.IdNumber(NUMBER),
    ),
    lambda: guardian(approved_on=D(2020, 1, 1)),
    lambda: guardian(approved_by=lb.model.ApprovalBody.CIVIL_AFFAIRS),
    lambda: lb.CareArrangement(
        guardianship=lb.model.GuardianshipType.PATERNAL_GRANDPARENTS,
        since=D(2020, 1, 1),
        institution="x",
    ),
    lambda: minimal_child(
        D(2016, 1, 1),
        id=" c",
        sex=lb.model.Sex.MALE,
        id_number=lb.kinds.IdNumber(NUMBER),
        parents=[MOTHER, MOTHER],
        care=[
            lb.CareArrangement(
                guardianship=lb.model.GuardianshipType.BOTH_PARENTS, since=D(2016, 1, 1)
            ),
            lb.CareArrangement(
                guardianship=lb.model.GuardianshipType.BOTH_PARENTS, since=D(2015, 1, 1)
            ),
        ],
        contacts=[
            lb.ContactEvent(
                on=D(2015, 1, 1),
                parent=lb.model.ParentRole.FATHER,
                party=lb.model.ContactParty.BOTH,
                mode=lb.model.ContactMode.CALL,
            )
        ],
        reports=[report(D(2015, 1, 1))],
        consents=[consent(D(2015, 1, 1))],
        guardian=guardian(since=D(2015, 1, 1)),
    ),
    lambda: lb.Register(schema_version=2, children=[minimal_child(), minimal_child()]),
]


@pytest.mark.parametrize("make", CROSS_FIELD)
def test_messages_name_no_snake_case_field(make: Callable[[], object]) -> None:
    with pytest.raises(lb.InvalidData) as info:
        make()
    names = _snake_names()
    for p in info.value.problems:
        assert not [n for n in names if n in p.message("en") + p.message()], p


def test_work_away_fields_in_camel_style() -> None:
    doc = {"situation": "at_home", "since": "2024-01-01", "expectedReturn": "2025-01-01"}
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(doc, lb.model.ParentSituation, style="camel")
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.expectedReturn", "inconsistent")
    assert "expected_return" not in problem.message("en")
    assert "'working_away'" in problem.message("en") and "'at_home'" in problem.message("en")
