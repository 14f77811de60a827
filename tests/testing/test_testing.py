"""The public strategies of ``left_behind.testing`` keep their promises."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.model import CARER_RELATIONS, PARENT_TYPES
from profiles import examples

NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
ROLE_OF_GIVER = {
    lb.model.ConsentGiver.FATHER: lb.model.ParentRole.FATHER,
    lb.model.ConsentGiver.MOTHER: lb.model.ParentRole.MOTHER,
}


@pytest.mark.parametrize("module", [lt, lb.samples.synthetic, lb.samples], ids=lambda m: m.__name__)
def test_public_names_documented(module: ModuleType) -> None:
    """Every public function and class of the modules that make synthetic data, and each
    public method of those classes, says what it does."""
    for name in module.__all__:
        obj = getattr(module, name)
        if not callable(obj):
            continue
        assert obj.__doc__ and obj.__doc__.strip(), name
        if isinstance(obj, type):
            for method, fn in vars(obj).items():
                if not method.startswith("_") and callable(fn):
                    assert fn.__doc__ and fn.__doc__.strip(), f"{name}.{method}"


@pytest.mark.parametrize(
    "tp",
    [*lt.RECORD_TYPES, lb.kinds.IdNumber, lb.kinds.Phone, *lt.ENUM_TYPES],
    ids=lambda t: t.__name__,
)
@settings(max_examples=examples(0.05))
@given(data=st.data())
def test_from_type_works_for_every_type(tp: type, data: st.DataObject) -> None:
    assert isinstance(data.draw(st.from_type(tp)), tp)


def covered(strategy: st.SearchStrategy[Any], cases: dict[str, Any], examples: int) -> set[str]:
    """The names of the cases that some of ``examples`` generated values meet (reproducibly)."""
    seen: set[str] = set()

    @settings(max_examples=examples, deadline=None, derandomize=True, database=None)
    @given(strategy)
    def collect(value: Any) -> None:
        seen.update(name for name, holds in cases.items() if holds(value))

    collect()
    return seen


def test_unknown_class_and_bad_sizes_are_refused() -> None:
    with pytest.raises(TypeError):
        lt.records(int)  # type: ignore[type-var]
    with pytest.raises(ValueError):
        lt.children(min_age=10, max_age=9)
    with pytest.raises(ValueError):
        lt.registers(min_children=3, max_children=2)


def test_import_error_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import left_behind.testing\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "left_behind[testing]" in out.stdout


def _home(parent: lb.Parent | None, on: dt.date) -> bool:
    if parent is None:
        return False
    current = parent.situation_on(on)
    # at home, or away with the child along: living with the child
    return current is None or current.situation is lb.model.Situation.AT_HOME or current.with_child


@given(child=lt.children())
def test_children_are_consistent(child: lb.Child) -> None:
    on = lt.REFERENCE_DATE
    assert 0 <= child.age_on(on) <= 17
    assert NAME.fullmatch(child.name)
    roles = {p.role for p in child.parents}
    assert len(roles) == len(child.parents)
    # identity numbers agree with the record, in the fictitious region 99
    if child.id_number is not None:
        assert child.id_number.birth_date == child.birth_date
        assert child.id_number.is_male is (child.sex is lb.model.Sex.MALE)
        assert child.id_number.region.startswith("99")
    # parents: situations oldest first, no overlap, nothing after a death, all started by ``on``
    for p in child.parents:
        for a, b in zip(p.situations, p.situations[1:], strict=False):
            assert a.since < b.since
            assert a.until is None or a.until < b.since
            assert a.situation is not lb.model.Situation.DECEASED
        for s in p.situations:
            assert s.since <= on
            assert s.situation is lb.model.Situation.WORKING_AWAY or s.province is None
            assert s.situation is lb.model.Situation.WORKING_AWAY or not s.with_child
    # care: oldest first, from the birth, a fitting carer exactly when one is needed
    for a, b in zip(child.care, child.care[1:], strict=False):
        assert a.since < b.since
    for arrangement in child.care:
        assert child.birth_date <= arrangement.since <= on
        fits = CARER_RELATIONS.get(arrangement.guardianship)
        assert (arrangement.carer is not None) is (fits is not None)
        if arrangement.carer is not None and fits is not None:
            assert arrangement.carer.relation in fits
            carer_age = arrangement.carer.age_on(arrangement.since)
            # 16 or 17 only when living on own earnings (full capacity, Civil Code art. 18)
            assert carer_age >= 18 or (arrangement.carer.lives_on_own_earnings and carer_age >= 16)
    # the arrangement in force fits who is at home
    current = child.care_on(on)
    if current is not None:
        father, mother = (
            child.parent(lb.model.ParentRole.FATHER),
            child.parent(lb.model.ParentRole.MOTHER),
        )
        at_home = (_home(father, on), _home(mother, on))
        expected = {
            (True, True): lb.model.GuardianshipType.BOTH_PARENTS,
            (True, False): lb.model.GuardianshipType.FATHER_ONLY,
            (False, True): lb.model.GuardianshipType.MOTHER_ONLY,
        }.get(at_home)
        if expected is not None:
            assert current.guardianship is expected
        else:
            assert current.guardianship not in PARENT_TYPES
    # logs: only by recorded parents, dated by ``on``
    for event in child.contacts:
        assert event.parent in roles
        assert child.birth_date <= event.on <= on
    for consent in child.consents:
        if consent.given_by in ROLE_OF_GIVER:
            assert ROLE_OF_GIVER[consent.given_by] in roles
        else:
            assert child.guardian is not None
    for report in child.reports:
        assert report.discovered_on <= on
    if child.guardian is not None:
        assert len(child.parents) == 2
    assert not child.lives_on_own_earnings or child.age_on(on) >= 16
    away = child.away_from_hukou_since
    assert away is None or child.birth_date <= away <= on


@settings(max_examples=examples(0.3))
@given(register=lt.registers(max_children=6))
def test_registers_have_unique_ids(register: lb.Register) -> None:
    ids = [c.id for c in register.children]
    assert len(set(ids)) == len(ids)
    assert len(ids) <= 6


def _status(child: lb.Child) -> str:
    return lb.classify(child, on=lt.REFERENCE_DATE).status.value


def test_children_cover_the_cases() -> None:
    on = lt.REFERENCE_DATE
    day = dt.timedelta(days=1)
    cases = {
        "left behind": lambda c: _status(c) == "left_behind",
        "de-facto unsupported": lambda c: _status(c) == "de_facto_unsupported",
        "neither": lambda c: _status(c) == "neither",
        "a parent not recorded": lambda c: len(c.parents) < 2,
        "a legal guardian": lambda c: c.guardian is not None,
        "no care recorded": lambda c: not c.care,
        "an entrusted carer": lambda c: any(a.carer for a in c.care),
        "an institution": lambda c: any(a.institution for a in c.care),
        "a disqualified carer": lambda c: any(a.carer and a.carer.records for a in c.care),
        "a carer on a landline": lambda c: any(
            a.carer and a.carer.phone and not a.carer.phone.is_mobile for a in c.care
        ),
        "migrant": lambda c: _status(c) == "migrant",
        "a parent away with the child": lambda c: any(
            s.with_child for p in c.parents for s in p.situations
        ),
        "one year older today": lambda c: c.age_on(on) != c.age_on(on - day),
        "one year older tomorrow": lambda c: c.age_on(on) != c.age_on(on + day),
        "under 8": lambda c: c.age_on(on) < 8,
        "16 or 17": lambda c: c.age_on(on) >= 16,
        "contacts": lambda c: bool(c.contacts),
        "an open report": lambda c: any(r.reported_on is None for r in c.reports),
        "a withdrawn consent": lambda c: any(x.withdrawn_on for x in c.consents),
    }
    assert covered(lt.children(), cases, 1000) == set(cases)


def test_carers_and_guardians_cover_the_cases() -> None:
    on = lt.REFERENCE_DATE
    siblings = {
        "16 or 17 living on own earnings": lambda c: (
            c.lives_on_own_earnings and 16 <= c.age_on(on) <= 17
        ),
        "an adult": lambda c: not c.lives_on_own_earnings and c.age_on(on) >= 18,
    }
    carers = lt.entrusted_carers(relation=lb.model.Relation.ELDER_SIBLING)
    assert covered(carers, siblings, 200) == set(siblings)
    guardians = {
        "a birth date": lambda g: g.birth_date is not None,
        "no birth date": lambda g: g.birth_date is None,
        "an agreement": lambda g: g.agreed_on is not None,
    }
    assert covered(lt.legal_guardians(), guardians, 100) == set(guardians)


@given(value=lt.json_values())
def test_json_values_are_json(value: Any) -> None:
    assert json.loads(json.dumps(value)) == value


@pytest.mark.parametrize("style", ["snake", "camel"])
@pytest.mark.parametrize("cls", lt.RECORD_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=examples(0.1))
@given(data=st.data())
def test_documents_load(cls: type, style: str, data: st.DataObject) -> None:
    doc = data.draw(lt.documents(cls, style=style))  # type: ignore[arg-type]
    assert type(lb.from_dict(doc, cls, style=style)) is cls  # type: ignore[arg-type]


@settings(max_examples=examples(0.3))
@given(
    on=st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)),
    data=st.data(),
)
def test_any_reference_date(on: dt.date, data: st.DataObject) -> None:
    child = data.draw(lt.children(on=on))
    assert 0 <= child.age_on(on) <= 17
    for record in (child.care, child.contacts, child.consents):
        for item in record:
            assert getattr(item, "since", getattr(item, "on", on)) <= on


def _int_settings(record: Any) -> dict[str, tuple[int, int]]:
    """Each integer setting of a policy record: (value, default)."""
    return {
        a.name: (getattr(record, a.name), a.default)
        for a in attrs.fields(type(record))
        if type(a.default) is int
    }


@given(policy=lt.policies())
def test_policies_stay_near_the_defaults(policy: lb.Policy) -> None:
    assert type(policy) is lb.Policy
    for record in (policy, policy.risk):
        for name, (value, default) in _int_settings(record).items():
            assert default // 2 <= value <= default + default // 2 or value == default, name
    assert lb.from_json(lb.to_json(policy), lb.Policy) == policy


def test_policies_vary() -> None:
    cases = {
        "a longer notice": lambda p: p.notice_days > lb.Policy().notice_days,
        "a shorter notice": lambda p: p.notice_days < lb.Policy().notice_days,
        "other risk weights": lambda p: p.risk != lb.rules.RiskWeights(),
        "thresholds far apart": lambda p: p.risk.high_from - p.risk.medium_from >= 4,
    }
    assert covered(lt.policies(), cases, 100) == set(cases)


@settings(max_examples=examples(0.2), suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
@pytest.mark.parametrize(
    "cls", [lb.stats.Summary, lb.stats.PeriodFigures], ids=lambda c: c.__name__
)
def test_a_record_nesting_records_whose_fields_must_agree_is_drawn_valid(
    cls: type, data: st.DataObject
) -> None:
    # a figures' period must not end before it starts: drawn blindly, it raised InvalidData
    with_nested = data.draw(lt.records(cls))
    assert type(with_nested) is cls
    assert lb.from_json(lb.to_json(with_nested), cls) == with_nested
