"""The synthetic builders keep their promises: nobody's numbers, fake phones, names apart."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.samples import synthetic as sy


def chooser(data: st.DataObject) -> sy.Chooser:
    """Either adapter: over a seeded random.Random (samples, benchmarks) or Hypothesis's draws."""
    if data.draw(st.booleans(), label="through Hypothesis"):
        return lt.DrawChooser(data.draw)
    return sy.RandomChooser(data.draw(st.integers(0, 2**32), label="seed"))


NAME_POOLS = {
    "surnames": "".join(sy.SURNAMES),
    "given-name characters": sy.GIVEN_CHARACTERS,
}
PLACE_POOLS = {
    "place characters": sy.PLACE_CHARACTERS,
    "work places": "".join(p + c for p, c in sy.WORK_PLACES),
}

PLACES: dict[str, Callable[[sy.Chooser], str]] = {
    "village": sy.village,
    "township": sy.township,
    "county": sy.county,
    "institution": sy.institution,
    "organization": sy.organization,
    "home": sy.home,
    "address": lambda c: sy.address(c, sy.village(c)),
    "school": lambda c: sy.school(sy.village(c), c.choice(list(lb.model.SchoolStage))) or "",
    "province": lambda c: sy.work_place(c)[0],
    "city": lambda c: sy.work_place(c)[1],
}


# --- the lists --------------------------------------------------------------------------


@pytest.mark.parametrize("pool", [sy.GIVEN_CHARACTERS, sy.PLACE_CHARACTERS])
def test_no_character_is_listed_twice(pool: str) -> None:
    assert len(set(pool)) == len(pool)


def test_single_surnames_are_one_character_and_compound_ones_two() -> None:
    assert sy.SURNAMES[-len(sy.COMPOUND_SURNAMES) :] == sy.COMPOUND_SURNAMES
    assert {len(s) for s in sy.SURNAMES[: -len(sy.COMPOUND_SURNAMES)]} == {1}
    assert {len(s) for s in sy.COMPOUND_SURNAMES} == {2}
    assert len(set(sy.SURNAMES)) == len(sy.SURNAMES)


def test_surnames_and_given_names_share_no_character() -> None:
    assert set(NAME_POOLS["surnames"]) & set(NAME_POOLS["given-name characters"]) == set()


@pytest.mark.parametrize("names", sorted(NAME_POOLS))
@pytest.mark.parametrize("places", sorted(PLACE_POOLS))
def test_names_and_places_share_no_character(names: str, places: str) -> None:
    assert set(NAME_POOLS[names]) & set(PLACE_POOLS[places]) == set()


# --- the builders, whatever the draws -------------------------------------------------


@given(data=st.data(), place=st.sampled_from(sorted(PLACES)))
def test_a_name_never_turns_up_in_a_place(data: st.DataObject, place: str) -> None:
    c = chooser(data)
    person = sy.name(c)
    where = PLACES[place](c)
    surname = person[:2] if person[:2] in sy.COMPOUND_SURNAMES else person[0]
    assert person not in where and (not where or where not in person)
    # what is only a name's never shows in a place, and a place's own characters never in a name
    assert set(surname) & set(where) == set()
    assert set(person) & set(sy.PLACE_CHARACTERS) == set()


@given(data=st.data())
def test_names_are_a_surname_and_one_or_two_characters(data: st.DataObject) -> None:
    person = sy.name(chooser(data))
    surname = person[:2] if person[:2] in sy.COMPOUND_SURNAMES else person[0]
    assert surname in sy.SURNAMES
    given_name = person[len(surname) :]
    assert 1 <= len(given_name) <= 2
    assert set(given_name) <= set(sy.GIVEN_CHARACTERS)


@given(
    data=st.data(),
    birth=st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    sex=st.none() | st.sampled_from(lb.model.Sex),
)
def test_identity_numbers_are_valid_nobodys_and_agree(
    data: st.DataObject, birth: dt.date, sex: lb.model.Sex | None
) -> None:
    number = sy.id_number(chooser(data), birth, sex)
    text = number.reveal()
    assert lb.kinds.IdNumber(text) == number  # the check character is right
    assert lb.kinds.id_check_character(text[:17]) == text[17]
    assert number.region.startswith("99")
    assert number.birth_date == birth
    if sex is not None:
        assert number.is_male is (sex is lb.model.Sex.MALE)


@given(
    birth=st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    sex=st.sampled_from(lb.model.Sex),
    serial=st.integers(0, 499),
    region=st.integers(0, 9999).map(lambda n: f"99{n:04d}"),
)
def test_numbers_by_serial(birth: dt.date, sex: lb.model.Sex, serial: int, region: str) -> None:
    number = sy.id_number_of(birth, sex, serial, region=region)
    assert number.region == region
    assert (number.birth_date, number.is_male) == (birth, sex is lb.model.Sex.MALE)
    assert int(number.reveal()[14:17]) // 2 == serial


@pytest.mark.parametrize(
    ("region", "serial"), [("110105", 0), ("9901", 0), ("99010x", 0), ("990101", 500)]
)
def test_numbers_outside_the_fictitious_range_are_refused(region: str, serial: int) -> None:
    with pytest.raises(ValueError):
        sy.id_number_of(dt.date(2016, 9, 1), lb.model.Sex.MALE, serial, region=region)


@given(data=st.data(), mobile=st.none() | st.booleans(), typed=st.booleans())
def test_phones_parse_and_are_visibly_fake(
    data: st.DataObject, mobile: bool | None, typed: bool
) -> None:
    made = sy.phone(chooser(data), mobile=mobile, typed=typed)
    assert lb.kinds.Phone(made.reveal()) == made
    assert sy.is_fake_phone(made), made.reveal()
    if mobile is not None:
        assert made.is_mobile is mobile
    if not typed:  # written plainly: as fake_mobile or fake_landline writes it
        digits = made.digits
        plain = [sy.fake_mobile(int(digits[-4:]))]
        plain += [sy.fake_landline(int(digits[-n:]), n) for n in (3, 4)]
        assert made.reveal() in [p.reveal() for p in plain]


@pytest.mark.parametrize(
    ("typed", "fake"),
    [
        ("13900000042", True),
        ("+86 139 0000 0042", True),
        ("0999-0000794", True),
        ("+86-999-00001234", True),  # the area code loses its 0 after +86
        ("13912345678", False),  # the fake prefix's first digits, but not its four zeros
        ("13800001234", False),  # another mobile prefix
        ("025-00001234", False),  # a real area code
        ("0999-12345678", False),  # a local number that does not start with 0
    ],
)
def test_fake_phones_are_told_from_others(typed: str, fake: bool) -> None:
    assert sy.is_fake_phone(lb.kinds.Phone(typed)) is fake


@pytest.mark.parametrize(
    "make",
    [
        lambda: sy.fake_mobile(10_000),
        lambda: sy.fake_landline(1000, 3),
        lambda: sy.fake_landline(1, 5),
    ],
)
def test_numbers_outside_the_fake_range_are_refused(make: Callable[[], object]) -> None:
    with pytest.raises(ValueError):
        make()


def test_the_same_seed_makes_the_same_people() -> None:
    def people(seed: int) -> list[object]:
        c = sy.RandomChooser(seed)
        return [
            (sy.name(c), sy.village(c), sy.phone(c), sy.id_number(c, dt.date(2016, 9, 1)))
            for _ in range(20)
        ]

    assert people(1) == people(1) != people(2)


PHONE_FORMS: dict[str, Callable[[lb.kinds.Phone], bool]] = {
    "mobile": lambda p: p.is_mobile,
    "short landline": lambda p: len(p.digits) == len(sy.fake_landline(0, 3).digits),
    "long landline": lambda p: len(p.digits) == len(sy.fake_landline(0, 4).digits),
}
"""Every kind of phone that the builders promise."""


@pytest.mark.parametrize("through", ["testing.phones()", "a seeded Random"])
def test_typed_phones_come_in_every_form(through: str) -> None:
    """Every way of typing a phone turns up, through Hypothesis's draws and a seeded Random."""
    made: list[lb.kinds.Phone] = []
    if through == "testing.phones()":

        @settings(max_examples=300, deadline=None, derandomize=True, database=None)
        @given(phone=lt.phones())
        def collect(phone: lb.kinds.Phone) -> None:
            made.append(phone)

        collect()
    else:
        c = sy.RandomChooser(2026)
        made = [sy.phone(c) for _ in range(300)]
    seen = {form for form, holds in PHONE_FORMS.items() for phone in made if holds(phone)}
    assert seen == set(PHONE_FORMS)
    # however they were typed, they are kept in one form, which reads back as itself
    for phone in made:
        assert lb.kinds.Phone(phone.reveal()) == phone
        assert phone.reveal() in (phone.digits, f"{phone.digits[:4]}-{phone.digits[4:]}")


def test_the_builders_need_no_hypothesis() -> None:
    """``synthetic`` is part of the library itself, not of the testing extra."""
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "import datetime as dt\n"
        "from left_behind.samples import synthetic as sy\n"
        "c = sy.RandomChooser(1)\n"
        "print(sy.phone(c).digits[:4], sy.id_number(c, dt.date(2016, 9, 1)).region[:2])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() in (["1390", "99"], ["0999", "99"])


def test_the_sample_register_schools_fit_the_stages() -> None:
    """A sample child not yet in kindergarten has no school; the others one of their stage."""
    children = lb.samples.shicun().children
    no_school = {lb.model.SchoolStage.NOT_IN_KINDERGARTEN, lb.model.SchoolStage.OUT_OF_SCHOOL}
    assert any(c.stage in no_school for c in children)
    for c in children:
        assert (c.school is None) is (c.stage in no_school), c.id
        if c.school is not None:
            assert c.school.endswith(("幼儿园", "小学", "中学", "职业学校")), c.id
            assert c.school.endswith("幼儿园") is (c.stage is lb.model.SchoolStage.KINDERGARTEN), (
                c.id
            )
