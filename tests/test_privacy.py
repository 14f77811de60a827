"""Private data (MPL-103, PIPL) never shows whole on display, and always travels whole as data."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import left_behind as lb
from builders import CHILD_DOC
from left_behind import testing as lt
from profiles import examples

SETTINGS = settings(max_examples=examples(0.6))


def _records(obj: Any) -> Iterator[Any]:
    """Every record inside ``obj`` (itself included), by walking the fields."""
    if attrs.has(type(obj)):
        yield obj
        for a in attrs.fields(type(obj)):
            yield from _records(getattr(obj, a.name))
    elif isinstance(obj, (tuple, frozenset)):
        for item in obj:
            yield from _records(item)


def private_values(obj: Any) -> Iterator[tuple[str, Any]]:
    """Every private value in ``obj``, found by what its fields declare, not by a list.

    A field is private when its kind is private text (an identity number, a
    phone) or when it is declared ``private`` (a name, an address, a school).
    """
    for record in _records(obj):
        for a in attrs.fields(type(record)):
            value = getattr(record, a.name)
            if value is None:
                continue
            if isinstance(value, (lb.kinds.IdNumber, lb.kinds.Phone)):
                yield (type(value).__name__, value)
            elif a.metadata.get(lb.kinds.PRIVATE):
                yield (f"{type(record).__name__}.{a.name}", value)


def secrets_of(child: lb.Child) -> dict[str, str]:
    """Every identity number, phone and private text but names, whole (and what it is).

    Names are shown by their first character (``林**``): a one-character
    surname could turn up anywhere, so they are checked apart.
    """
    found: dict[str, str] = {}
    for what, value in private_values(child):
        if isinstance(value, (lb.kinds.IdNumber, lb.kinds.Phone)):
            found[value.reveal()] = what
            if isinstance(value, lb.kinds.Phone):
                found[value.digits] = "phone digits"
        elif not what.endswith(".name"):
            found[value] = what
    return found


def private_texts(child: lb.Child) -> dict[str, str]:
    """Every private value of the file, names included (MPL art. 103)."""
    found = secrets_of(child)
    for what, value in private_values(child):
        if what.endswith(".name"):
            found[value] = what
    return found


def test_privacy_is_declared_on_the_fields() -> None:
    """The walk above finds what the records declare: names, addresses and schools."""
    declared = {
        f"{cls.__name__}.{a.name}"
        for cls in lt.RECORD_TYPES
        for a in attrs.fields(cls)
        if a.metadata.get(lb.kinds.PRIVATE)
    }
    assert {"Child.name", "Child.address", "Child.school", "EntrustedCarer.name"} <= declared
    assert {"Parent.name", "LegalGuardian.name", "GrowthEntry.text"} <= declared


def displays(obj: Any) -> Iterator[str]:
    """Every way a value is commonly turned into text for a person or a log."""
    yield repr(obj)
    yield str(obj)
    yield f"{obj}"
    yield f"{obj!r}"
    yield f"{obj!s:>40}"
    yield "%s / %r" % (obj, obj)  # noqa: UP031 - the old style is what logging uses
    yield "{} {!r}".format(obj, obj)  # noqa: UP032


def parts_of(child: lb.Child) -> Iterator[Any]:
    """The child and every record, list and private value inside it that a program might print."""
    yield from _records(child)
    yield child.parents
    yield child.care
    for _, value in private_values(child):
        if isinstance(value, (lb.kinds.IdNumber, lb.kinds.Phone)):
            yield value
    yield child.contact_card(lt.REFERENCE_DATE)


def assert_hidden(text: str, secrets: dict[str, str]) -> None:
    for secret, kind in secrets.items():
        assert secret not in text, f"a whole {kind} shows in {text[:200]!r}"


@SETTINGS
@given(child=lt.children())
def test_display_masks_identity_numbers_phones_and_addresses(child: lb.Child) -> None:
    secrets = secrets_of(child)
    for part in parts_of(child):
        for text in displays(part):
            assert_hidden(text, secrets)


@SETTINGS
@given(child=lt.children())
def test_display_masks_the_childs_name_and_school(child: lb.Child) -> None:
    private = {k: v for k, v in private_texts(child).items() if v in ("name", "school")}
    for text in displays(child):
        assert_hidden(text, private)


@settings(max_examples=examples(0.2))
@given(register=lt.registers(min_children=1, max_children=4))
def test_display_of_a_register(register: lb.Register) -> None:
    secrets: dict[str, str] = {}
    for child in register.children:
        secrets |= private_texts(child)
    for text in displays(register):
        assert_hidden(text, secrets)


@SETTINGS
@given(child=lt.children())
def test_data_carries_them_whole(child: lb.Child) -> None:
    for style in ("snake", "camel"):
        text = lb.to_json(child, style=style)  # type: ignore[arg-type]
        for secret, kind in private_texts(child).items():
            if kind != "phone digits":  # a phone travels as typed, spaces and all
                assert secret in text, kind
    data = lb.to_dict(child)
    if child.id_number is not None:
        assert data["id_number"] == child.id_number.reveal()
    assert data["address"] == child.address
    assert data["name"] == child.name
    for p, plain in zip(child.parents, data["parents"], strict=True):
        assert plain["phone"] == (p.phone.reveal() if p.phone is not None else None)
    assert json.loads(lb.to_json(child)) == data


# --- error messages --------------------------------------------------------------------


@SETTINGS
@given(child=lt.children(), days=st.integers(1, 3000))
def test_inconsistency_messages_mask_the_number(child: lb.Child, days: int) -> None:
    assume(child.id_number is not None)
    with pytest.raises(lb.InvalidData) as info:
        attrs.evolve(child, birth_date=child.birth_date - dt.timedelta(days=days))
    assert_hidden(str(info.value), secrets_of(child))
    assert_hidden(repr(info.value), secrets_of(child))
    for p in info.value.problems:
        assert_hidden(p.message("en") + p.message(), secrets_of(child))


@SETTINGS
@given(number=lt.id_numbers(), position=st.integers(6, 17), char=st.sampled_from("0123456789"))
def test_a_mistyped_number_is_not_repeated_whole(
    number: lb.kinds.IdNumber, position: int, char: str
) -> None:
    text = number.reveal()
    assume(text[position] != char)
    typo = text[:position] + char + text[position + 1 :]
    for data, cls in (
        (typo, lb.kinds.IdNumber),
        ({"father": typo}, lb.ContactCard),
    ):
        try:
            lb.from_dict(data, cls)
        except lb.InvalidData as err:
            assert typo not in str(err)
            assert text not in str(err)


# keys of a child document that take a date, an enumeration value, a flag or a list
SPOILABLE = [
    "birth_date",
    "sex",
    "stage",
    "hukou",
    "living",
    "lawful_basis",
    "lives_on_own_earnings",
    "parents",
    "care",
    "special_needs",
]


@SETTINGS
@given(child=lt.children(), data=st.data())
def test_a_value_in_the_wrong_column_is_not_repeated(child: lb.Child, data: st.DataObject) -> None:
    """A spreadsheet whose columns slipped puts a phone or an address where a date should be.

    The error must say what is wrong without repeating the private value.
    """
    secrets = {k: v for k, v in secrets_of(child).items() if v != "phone digits"}
    assume(secrets)
    secret = data.draw(st.sampled_from(sorted(secrets)), label="secret")
    doc = lb.to_dict(child)
    key = data.draw(st.sampled_from(SPOILABLE), label="column")
    doc[key] = secret
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(doc, lb.Child)
    assert [p.path for p in info.value.problems] == [f"$.{key}"]
    assert_hidden(str(info.value), {secret: secrets[secret]})


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("birth_date", "示例村3组12号"),
        ("birth_date", "13912345678"),
        ("sex", "990101201503020685"),
        ("stage", "139 1234 5678"),
    ],
)
def test_a_value_in_the_wrong_column_by_example(key: str, value: str) -> None:
    doc = {
        **CHILD_DOC,
        key: value,
    }
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict(doc, lb.Child)
    assert value not in str(info.value)


# --- the values themselves ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (lb.kinds.IdNumber("99010119491231001X"), "9901**********001X"),
        (lb.kinds.Phone("139 1234 5678"), "139****5678"),
        (lb.kinds.Phone("+86 139-1234-5678"), "139****5678"),
        # a landline keeps its area code and its last two digits
        (lb.kinds.Phone("025-12345678"), "025******78"),
        (lb.kinds.Phone("025-1234567"), "025*****67"),
        (lb.kinds.Phone("010 12345678"), "010******78"),
        (lb.kinds.Phone("0755-1234567"), "0755*****67"),
        (lb.kinds.Phone("+86 755 12345678"), "0755******78"),
    ],
)
def test_masked_forms(value: str, shown: str) -> None:
    assert str(value) == shown
    assert f"{value}" == shown
    assert repr(value) == f"{type(value).__name__}({shown!r})"
    assert f"[{value:>20}]" == f"[{shown:>20}]"
    assert value.reveal() not in repr(value)  # type: ignore[attr-defined]
    assert json.dumps(value) == json.dumps(value.reveal())  # type: ignore[attr-defined]


@SETTINGS
@given(phone=lt.phones())
def test_a_phone_shows_little_of_its_number(phone: lb.kinds.Phone) -> None:
    """A mobile shows its first 3 and last 4 digits; a landline its area code and last 2."""
    digits, shown = phone.digits, str(phone)
    assert len(shown) == len(digits)
    if phone.is_mobile:
        assert shown == digits[:3] + "*" * 4 + digits[-4:]
    else:
        area = 3 if digits[1] in "12" else 4
        assert shown == digits[:area] + "*" * (len(digits) - area - 2) + digits[-2:]


# --- paths and messages of the loaders ------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "path"),
    [
        ("990101201503020685", "$['99**************85']"),  # an identity number as a key
        ("13900001234", "$['13*******34']"),
        ("nick name", "$['ni*****me']"),
        ("林小雨", "$['***']"),
        ("nickname", "$.nickname"),  # written like a field name: shown as it is
        ("birthDate", "$.birthDate"),
    ],
)
def test_an_unknown_key_is_masked_in_the_path(key: str, path: str) -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict({**CHILD_DOC, key: 1}, lb.Child)
    code = "key_style" if key == "birthDate" else "unknown_key"  # a field, in camelCase
    assert [(p.path, p.code) for p in info.value.problems] == [(path, code)]
    if key not in ("nickname", "birthDate"):
        assert key not in str(info.value)
        assert key not in info.value.text() and key not in info.value.to_json()


@pytest.mark.parametrize(
    "value",
    ["Zhang Xiaoming", "Lin Xiaoyu", "LINXIAOYU", "Wang-Fang", "LinXiaoyu"],
)
def test_a_name_in_an_enumeration_column_is_not_repeated(value: str) -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict({**CHILD_DOC, "sex": value}, lb.Child)
    assert [(p.path, p.code) for p in info.value.problems] == [("$.sex", "choice")]
    assert value not in str(info.value)
    assert "'male', 'female'" in str(info.value)  # what to write instead


@pytest.mark.parametrize(
    ("value", "shown"),
    [("boy", "'boy' is not valid"), ("grand_mother", "'grand_mother' is not valid")],
)
def test_a_mistyped_code_is_quoted(value: str, shown: str) -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict({**CHILD_DOC, "sex": value}, lb.Child)
    assert shown in str(info.value)


@pytest.mark.parametrize("value", ["Female", "FEMALE", " female", "female "])
def test_a_value_in_the_wrong_case_is_named_by_its_value(value: str) -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.from_dict({**CHILD_DOC, "sex": value}, lb.Child)
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.sex", "choice")
    assert "write 'female'" in problem.message("en")
    assert repr(value) not in problem.message("en")


def test_a_duplicate_child_id_is_not_repeated() -> None:
    """Some registers use the identity number as the child's id."""
    number = "990101201503020685"
    child = lb.from_dict({**CHILD_DOC, "id": number}, lb.Child)
    with pytest.raises(lb.InvalidData) as info:
        lb.Register(children=[child, child])
    assert [(p.path, p.code) for p in info.value.problems] == [("$.children[1].id", "duplicate")]
    assert number not in str(info.value)


# --- ids, names and free text shaped like an identity number or a phone (issue 8) -----------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("990101201503020685", "9901**********0685"),
        ("99010120150302068x", "9901**********068X"),
        ("LB-990101201503020685", "LB-9901**********0685"),
        ("13900001234", "139****1234"),
        ("+86 139 0000 1234", "139****1234"),
        ("0999-0000123", "0999*****23"),
        ("家长电话13900001234", "家长电话139****1234"),
        # not shaped like either: left as it is
        ("SC-018", "SC-018"),
        ("2026-09-01", "2026-09-01"),
        ("12345678901234567890", "12345678901234567890"),  # a longer run of digits
        ("1390000123", "1390000123"),  # ten digits
        ("", ""),
    ],
)
def test_mask_shaped(text: str, shown: str) -> None:
    assert lb.kinds.mask_shaped(text) == shown
    assert lb.kinds.mask_shaped(shown) == shown  # masking twice changes nothing


@SETTINGS
@given(number=lt.id_numbers(), phone=lt.phones(), prefix=st.sampled_from(["", "ID-", "编号"]))
def test_an_id_that_is_an_identity_number_or_a_phone_never_shows_whole(
    number: lb.kinds.IdNumber, phone: lb.kinds.Phone, prefix: str
) -> None:
    on = lb.samples.REFERENCE_DATE
    for secret in (number.reveal(), phone.reveal()):
        child = attrs.evolve(
            lb.samples.family(age=10, child_id=prefix + secret),
            living=lb.model.LivingArrangement.ALONE,
        )
        report = lb.check(child, on=on)
        assert report.findings
        shown = [
            lb.to_json(report),
            lb.render_report(report),
            lb.render_report(report, lang="en"),
            repr(child),
            repr(report),
            repr(lb.classify(child, on=on)),
            repr(lb.assess_risk(child, on=on)),
        ]
        shown += [f.message(lang) for f in report.findings for lang in ("zh", "en")]
        digits = "".join(c for c in secret if c.isdigit() or c in "Xx")
        for text in shown:
            assert secret not in text
            assert digits not in "".join(c for c in text if c.isdigit() or c in "Xx*")
        assert report.filter(subject_id=child.id).findings == report.findings
        with pytest.raises(ValueError) as info:
            lb.classify(child, on=child.birth_date - dt.timedelta(days=1))
        assert secret not in str(info.value)
        with pytest.raises(KeyError) as missing:
            lb.Register(children=[]).child(child.id)
        assert secret not in str(missing.value)


# --- the repository's own data is synthetic -------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
# the sample register types its fake phones plainly (synthetic.is_fake_phone says
# which numbers are fake, whichever way they are typed)
SAMPLE_PHONE = re.compile(r"1390000[0-9]{4}|0999-0000[0-9]{3,4}")


def phones_in(children: Iterable[lb.Child]) -> list[lb.kinds.Phone]:
    found = []
    for c in children:
        found += [p.phone for p in c.parents] + [a.carer.phone for a in c.care if a.carer]
    return [p for p in found if p is not None]


def numbers_in(children: Iterable[lb.Child]) -> list[lb.kinds.IdNumber]:
    found = []
    for c in children:
        found += [c.id_number] + [a.carer.id_number for a in c.care if a.carer]
    return [n for n in found if n is not None]


def assert_fake(phones: Iterable[lb.kinds.Phone]) -> None:
    for phone in phones:
        assert lb.samples.synthetic.is_fake_phone(phone), phone.reveal()


def assert_region_99(numbers: Iterable[lb.kinds.IdNumber]) -> None:
    for number in numbers:
        assert number.region.startswith("99"), number.reveal()


def test_sample_phones_are_visibly_fake() -> None:
    register = lb.samples.shicun()
    shown = phones_in(register.children)
    assert shown and any(not p.is_mobile for p in shown) and any(p.is_mobile for p in shown)
    for phone in shown:
        assert SAMPLE_PHONE.fullmatch(phone.reveal()) and lb.samples.synthetic.is_fake_phone(
            phone
        ), phone
    child = lb.samples.family()
    assert all(p.phone is None or SAMPLE_PHONE.fullmatch(p.phone.reveal()) for p in child.parents)


def test_sample_identity_numbers_are_in_region_99() -> None:
    numbers = numbers_in(lb.samples.shicun().children)
    assert numbers
    assert_region_99(numbers)


@SETTINGS
@given(
    phone=lt.phones(),
    card=lt.contact_cards(),
    parent=lt.parents(),
    carer=lt.entrusted_carers(),
    number=lt.id_numbers(),
)
def test_the_strategies_phones_and_numbers_are_nobodys(
    phone: lb.kinds.Phone,
    card: lb.ContactCard,
    parent: lb.Parent,
    carer: lb.EntrustedCarer,
    number: lb.kinds.IdNumber,
) -> None:
    phones = [phone, card.father, card.mother, card.carer, parent.phone, carer.phone]
    assert_fake(p for p in phones if p is not None)
    assert_region_99(n for n in (number, carer.id_number) if n is not None)


@settings(max_examples=examples(0.2))
@given(register=lt.registers(min_children=1, max_children=4), data=st.data())
def test_the_strategies_registers_are_nobodys(register: lb.Register, data: st.DataObject) -> None:
    children = [*register.children, data.draw(lt.children()), data.draw(st.from_type(lb.Child))]
    assert_fake(phones_in(children))
    assert_region_99(numbers_in(children))
    assert_fake([data.draw(st.from_type(lb.kinds.Phone))])
    assert_region_99([data.draw(st.from_type(lb.kinds.IdNumber))])


def test_the_benchmarks_phones_and_numbers_are_nobodys() -> None:
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "benchmarks/bench_load.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    children = bench.make_register(300).children
    phones = phones_in(children)
    assert any(p.is_mobile for p in phones) and any(not p.is_mobile for p in phones)
    assert_fake(phones)
    assert len(numbers_in(children)) > len(children)  # the children's and most carers'
    assert_region_99(numbers_in(children))


def test_identity_numbers_in_the_repository_are_in_region_99() -> None:
    """Every valid identity number written in the sources, tests and docs is synthetic."""
    number = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")
    found = []
    for folder in ("src", "tests", "docs", "examples", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".py", ".md", ".json") or ".hypothesis" in path.parts:
                continue
            for text in number.findall(path.read_text(encoding="utf-8")):
                if lb.kinds.id_check_character(text[:17]) == text[17].upper():
                    found.append((path.name, text))
    assert found  # the scan sees the tests' numbers
    assert [(name, text) for name, text in found if not text.startswith("99")] == []


# --- the psychological-health file: more private still ---------------------------------


def _counsellors(child: lb.Child, text: str) -> lb.Child:
    """``child`` with an entry of the psychological-health file, dated on the reference day."""
    entry = lb.model.GrowthEntry(
        on=lt.REFERENCE_DATE,
        by="c-01",
        role=lb.model.WriterRole.COUNSELLOR,
        area=lb.model.GrowthArea.FEELINGS,
        text=text,
        counsellor_only=True,
    )
    return attrs.evolve(child, growth=(*child.growth, entry))


@settings(max_examples=examples(0.3), deadline=None)
@given(
    register=lt.registers(min_children=1, max_children=3),
    words=st.sampled_from(["近期情绪低落，有自伤念头", "父母离异后睡眠差", "在校被同学孤立"]),
)
def test_a_counsellors_entry_shows_in_no_display_message_or_summary(
    register: lb.Register, words: str
) -> None:
    """Its text is in no repr, no finding's message or report, no summary: only in the data."""
    text = f"{words}（{register.children[0].id}）"
    kept = attrs.evolve(
        register, children=(_counsellors(register.children[0], text), *register.children[1:])
    )
    on = lt.REFERENCE_DATE
    report = lb.check(kept, on=on)
    summary = lb.summarize(kept, on=on)
    shown = [
        *displays(kept),
        *displays(kept.children[0].growth),
        *(m for f in report.findings for m in (f.message_zh, f.message_en)),
        *(lb.rules.render_report(report, lang) for lang in ("zh", "en")),
        *displays(summary),
        *(lb.stats.render(summary, lang) for lang in ("zh", "en")),
    ]
    for out in shown:
        assert text not in out and words not in out
    assert text in lb.to_json(kept)  # the data carries it whole, for the counsellor's app
