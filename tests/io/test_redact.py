"""Redacted copies (MPL art. 103, PIPL art. 73): nobody named, ids pseudonymous, the rest kept."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.kinds import PRIVATE, PRIVATE_TEXT, REFERS_TO
from profiles import examples

KEY = b"a key of sixteen bytes or more"
OTHER_KEY = b"another key, sixteen bytes long"

# the documents a home sends out, and a few records on their own
DOCUMENTS = st.one_of(
    lt.registers(min_children=1, max_children=4),
    lt.homes(max_children=3, max_volunteers=3, max_pairings=3),
    lt.children(),
    lt.records(lb.Plans),
    lt.volunteers(),
    lt.staff_members(),
)


def _records(obj: Any) -> Iterator[Any]:
    if attrs.has(type(obj)):
        yield obj
        for a in attrs.fields(type(obj)):
            yield from _records(getattr(obj, a.name))
    elif isinstance(obj, (tuple, frozenset)):
        for item in obj:
            yield from _records(item)


def private_texts(document: Any) -> set[str]:
    """Every private value of ``document``, found by the declarations (never by a list)."""
    found: set[str] = set()
    for record in _records(document):
        for a in attrs.fields(type(record)):
            value = getattr(record, a.name)
            values = value if isinstance(value, (tuple, frozenset)) else (value,)
            for v in values:
                if isinstance(v, PRIVATE_TEXT.types):
                    found.add(v.reveal())
                    if isinstance(v, lb.kinds.Phone):
                        found.add(v.digits)
                elif a.metadata.get(PRIVATE) and isinstance(v, str) and v.strip():
                    found.add(v)
    return found


def ids_of(document: Any) -> set[str]:
    return {r.id for r in _records(document) if isinstance(getattr(r, "id", None), str)}


def references(document: Any) -> Iterator[str]:
    """Every id that a ``refers_to`` field of ``document`` holds."""
    for record in _records(document):
        for a in attrs.fields(type(record)):
            if a.metadata.get(REFERS_TO):
                value = getattr(record, a.name)
                if isinstance(value, str):
                    yield value
                elif isinstance(value, (tuple, frozenset)):
                    yield from value


def strings_in(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for k, v in data.items():
            yield k
            yield from strings_in(v)
    elif isinstance(data, list):
        for v in data:
            yield from strings_in(v)


@settings(max_examples=examples(0.3))
@given(document=DOCUMENTS)
def test_no_private_value_shows_in_the_copy(document: Any) -> None:
    secrets = private_texts(document)
    copy = lb.redact(document, key=KEY)
    for style in ("snake", "camel"):
        text = lb.to_json(copy, style=style)  # type: ignore[arg-type]
        assert text == lb.to_json(document, style=style, redact=KEY)  # type: ignore[arg-type]
        for secret in secrets:
            assert secret not in text
        # no id of the input is left as a value: ids and references are pseudonyms
        left = set(strings_in(json.loads(text))) & ids_of(document)
        assert left == set()
    assert private_texts(copy) <= {lb.io.STAND_IN, *ids_of(copy)}


@settings(max_examples=examples(0.3))
@given(document=DOCUMENTS)
def test_the_copy_holds_together_and_loads(document: Any) -> None:
    copy = lb.redact(document, key=KEY)
    assert type(copy) is type(document)
    for style in ("snake", "camel"):
        assert lb.from_json(lb.to_json(copy, style=style), type(copy), style=style) == copy  # type: ignore[arg-type]
    # each reference names the pseudonym of the id it named
    assert list(references(copy)) == [lb.io.pseudonym(r, key=KEY) for r in references(document)]
    mine = ids_of(copy)
    assert {lb.io.pseudonym(i, key=KEY) for i in ids_of(document)} == mine
    if isinstance(document, (lb.Home, lb.Plans)):
        # the document refuses a reference to no record of its own: every one resolves
        assert set(references(copy)) <= mine


@settings(max_examples=examples(0.3))
@given(document=DOCUMENTS)
def test_same_key_same_copy_other_key_other_pseudonyms(document: Any) -> None:
    copy = lb.redact(document, key=KEY)
    assert lb.redact(document, key=KEY) == copy
    assert lb.redact(document, key=KEY.decode()) == copy  # a str key counts in UTF-8
    other = lb.redact(document, key=OTHER_KEY)
    assert ids_of(other).isdisjoint(ids_of(copy)) or not ids_of(document)
    assert len(ids_of(other)) == len(ids_of(copy)) == len(ids_of(document))


GRANDS = (
    "paternal_grandfather",
    "paternal_grandmother",
    "maternal_grandfather",
    "maternal_grandmother",
)


@settings(max_examples=examples(0.3))
@given(child=lt.children())
def test_every_other_fact_is_kept(child: lb.Child) -> None:
    copy = lb.redact(child, key=KEY)
    # the fields that hold a private value or a record that may are compared below
    changed = ("id", "birth_date", "id_number", "parents", "care", "guardian", "growth", *GRANDS)
    kept = {a.name for a in attrs.fields(lb.Child) if not a.metadata.get(PRIVATE)} - set(changed)
    for name in kept:
        assert getattr(copy, name) == getattr(child, name), name
    for name in GRANDS:
        # the census form's grandparents: no name, the birth date to the month, the death kept
        g, h = getattr(child, name), getattr(copy, name)
        assert (g is None) == (h is None), name
        if g is not None:
            assert h.name is None and h.deceased == g.deceased
            assert h.birth_date == (None if g.birth_date is None else g.birth_date.replace(day=1))
    for p, q in zip(child.parents, copy.parents, strict=True):
        assert (q.role, q.situations, q.call_windows) == (p.role, p.situations, p.call_windows)
    for g, h in zip(child.growth, copy.growth, strict=True):
        assert attrs.evolve(h, text=g.text) == g
        assert h.text == lb.io.STAND_IN
    assert copy.birth_date == child.birth_date.replace(day=1)
    assert lb.classify(copy, on=lt.REFERENCE_DATE).status is not None


# --- birth dates: the first of the month stands for the day --------------------------------


@pytest.mark.parametrize(
    ("born", "month", "year"),
    [
        (dt.date(2015, 1, 31), dt.date(2015, 1, 1), dt.date(2015, 1, 1)),  # the month's last day
        (dt.date(2016, 2, 29), dt.date(2016, 2, 1), dt.date(2016, 1, 1)),  # a leap day
        (dt.date(2015, 3, 1), dt.date(2015, 3, 1), dt.date(2015, 1, 1)),  # the first: unchanged
        (dt.date(2015, 12, 31), dt.date(2015, 12, 1), dt.date(2015, 1, 1)),  # the year's last
        (dt.date(2016, 3, 1), dt.date(2016, 3, 1), dt.date(2016, 1, 1)),  # the day after 29 Feb
    ],
)
def test_birth_dates_at_the_month_boundary(born: dt.date, month: dt.date, year: dt.date) -> None:
    child = attrs.evolve(lb.samples.family(age=10), birth_date=born, id_number=None, care=())
    assert lb.redact(child, key=KEY).birth_date == month
    assert lb.redact(child, key=KEY, birth="year").birth_date == year


@pytest.mark.parametrize(
    ("born", "on", "real", "shown"),
    [
        # born on the 31st: the copy is a year older from the 2nd of the month
        (dt.date(2010, 1, 31), dt.date(2026, 1, 1), 15, 15),
        (dt.date(2010, 1, 31), dt.date(2026, 1, 2), 15, 16),
        (dt.date(2010, 1, 31), dt.date(2026, 1, 31), 15, 16),
        (dt.date(2010, 1, 31), dt.date(2026, 2, 1), 16, 16),
        # born on 29 February: a year older from 1 March, the copy from 2 February
        (dt.date(2012, 2, 29), dt.date(2027, 2, 1), 14, 14),
        (dt.date(2012, 2, 29), dt.date(2027, 2, 2), 14, 15),
        (dt.date(2012, 2, 29), dt.date(2027, 2, 28), 14, 15),
        (dt.date(2012, 2, 29), dt.date(2027, 3, 1), 15, 15),
        # in a leap year, on the birthday itself
        (dt.date(2012, 2, 29), dt.date(2028, 2, 29), 15, 16),
        (dt.date(2012, 2, 29), dt.date(2028, 3, 1), 16, 16),
    ],
)
def test_an_age_on_the_copy_may_be_a_month_early(
    born: dt.date, on: dt.date, real: int, shown: int
) -> None:
    assert lb.model.age_on(born, on) == real
    assert lb.model.age_on(born.replace(day=1), on) == shown


@given(born=st.dates(dt.date(1940, 1, 1), dt.date(2026, 1, 1)), days=st.integers(0, 40000))
def test_an_age_on_the_copy_differs_by_at_most_one_within_the_month(
    born: dt.date, days: int
) -> None:
    on = born + dt.timedelta(days=days)
    coarse = born.replace(day=1)
    real, shown = lb.model.age_on(born, on), lb.model.age_on(coarse, on)
    assert shown - real in (0, 1)
    if shown != real:
        # only in the days between the first of the month and the birthday itself
        assert on.month in (born.month, born.month % 12 + 1) and on.day <= max(born.day, 1) + 1


# --- what stands in, and what is refused -----------------------------------------------------


def test_a_required_name_is_the_records_pseudonym_or_the_stand_in() -> None:
    home = lb.samples.home()
    copy = lb.redact(home, key=KEY)
    assert all(c.name == c.id for c in copy.children)
    assert all(v.name == v.id for v in copy.volunteers)
    carers = [a.carer for c in copy.children for a in c.care if a.carer is not None]
    assert carers and {c.name for c in carers} == {lb.io.STAND_IN}
    assert all(p.name is None and p.phone is None for c in copy.children for p in c.parents)
    assert all(v.note is None for v in copy.visits)


def test_a_new_private_field_is_redacted_with_no_change_there() -> None:
    @attrs.frozen(kw_only=True)
    class Note(lb.kinds.Record):
        id: str = lb.kinds.field()
        by: str = lb.kinds.field(private=True)
        said: str | None = lb.kinds.field(default=None, private=True)
        seen: dt.date = lb.kinds.field(birth=True)
        topic: str = lb.kinds.field(default="家访 13900001234")

    note = Note(id="n-1", by="林小雨", said="秘密", seen=dt.date(2015, 3, 31))
    copy = lb.redact(note, key=KEY)
    assert copy == Note(
        id=lb.io.pseudonym("n-1", key=KEY),
        by=lb.io.pseudonym("n-1", key=KEY),
        said=None,
        seen=dt.date(2015, 3, 1),
        topic="家访 139****1234",  # a phone in free text is masked
    )


@pytest.mark.parametrize("key", [b"", "short", b"fifteen bytes!!"])
def test_a_short_key_is_refused(key: bytes | str) -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        lb.redact(lb.samples.family(), key=key)


def test_an_unknown_coarsening_is_refused() -> None:
    with pytest.raises(ValueError, match="birth='day'"):
        lb.redact(lb.samples.family(), key=KEY, birth="day")  # type: ignore[arg-type]


def test_a_pseudonym_never_looks_like_an_identity_number_or_a_phone() -> None:
    for i in range(2000):
        p = lb.io.pseudonym(f"SC-{i:04d}", key=KEY)
        assert lb.kinds.mask_shaped(p) == p
        assert not set(p) & set("0189")


@settings(max_examples=examples(0.3))
@given(data=st.data())
def test_any_record_class_redacts_and_loads_back(data: st.DataObject) -> None:
    # every record that the strategies build consistently (a child's file, a home's lists)
    classes = sorted({*lt.RECORD_TYPES, lb.Plans}, key=lambda c: c.__name__)
    cls = data.draw(st.sampled_from(classes), label="class")
    record = data.draw(lt.records(cls), label="record")
    copy = lb.redact(record, key=KEY)
    assert type(copy) is cls
    assert lb.from_json(lb.to_json(copy), cls) == copy
    text = lb.to_json(copy)
    assert all(secret not in text for secret in private_texts(record))
