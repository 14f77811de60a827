"""Identity numbers (GB 11643-1999) and mainland phone numbers, at every boundary."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import left_behind as lb
from builders import CHILD_DOC
from left_behind import testing as lt

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)  # from DOMAIN.md / the standard


def check_char(first17: str) -> str:
    """The check character, computed here from the standard's description."""
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def make_id(born: str, serial: str = "068", region: str = "990101") -> str:
    """A synthetic number: region 99 (no such province), a birth date YYYYMMDD, a serial."""
    first17 = region + born + serial
    return first17 + check_char(first17)


def problems_of(fn: Any, *args: Any, **kwargs: Any) -> list[lb.Problem]:
    with pytest.raises(lb.InvalidData) as info:
        fn(*args, **kwargs)
    return list(info.value.problems)


# --- identity numbers -------------------------------------------------------------


def test_check_character_x_by_example() -> None:
    # a synthetic number (region 99, which no province has) whose check character is X:
    # 9*7 + 9*9 + 0*10 + 1*5 + 0*8 + 1*4 + 1*2 + 9*1 + 4*6 + 9*3 + 1*7 + 2*9 + 3*10 + 1*5
    # + 0*8 + 0*4 + 1*2 = 277, and 277 mod 11 = 2, which maps to X
    assert check_char("99010119491231001") == "X"
    assert lb.kinds.id_check_character("99010119491231001") == "X"
    assert lb.kinds.IdNumber("99010119491231001X").birth_date == dt.date(1949, 12, 31)


@pytest.mark.parametrize(
    ("born", "serial", "male"),
    [
        ("20150302", "068", False),
        ("20150302", "001", True),
        ("20160229", "124", False),  # 29 February of a leap year
        ("20000101", "999", True),
        ("19991231", "010", False),
    ],
)
def test_valid_numbers(born: str, serial: str, male: bool) -> None:
    text = make_id(born, serial)
    number = lb.kinds.IdNumber(text)
    assert number == text
    assert number.reveal() == text
    assert number.birth_date == dt.datetime.strptime(born, "%Y%m%d").date()
    assert number.is_male is male
    assert number.region == "990101"
    assert lb.kinds.IdNumber(number) is number


def test_lowercase_x_is_stored_as_uppercase() -> None:
    # find a girl's serial (even 17th digit) whose check character is X
    serial = next(
        f"{n:03d}" for n in range(0, 1000, 2) if make_id("20150302", f"{n:03d}")[-1] == "X"
    )
    upper = make_id("20150302", serial)
    number = lb.kinds.IdNumber(upper.lower())
    assert number == upper
    assert number.reveal().endswith("X")
    child = lb.from_dict(
        {
            "id": "c-1",
            "name": "林小雨",
            "sex": "female",
            "birth_date": "2015-03-02",
            "id_number": upper.lower(),
            "county": "示例县",
            "township": "示例镇",
            "village": "示例村",
            "stage": "primary_4",
        },
        lb.Child,
    )
    assert child.id_number is not None
    assert child.id_number.reveal() == upper
    assert lb.to_dict(child)["id_number"] == upper


def _replace_last(text: str) -> str:
    return text[:-1] + next(c for c in "0123456789X" if c != text[-1])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param(_replace_last(make_id("20150302")), "check_digit", id="bad-check-char"),
        pytest.param(make_id("20150302")[:-1] + "Y", "format", id="letter-as-check"),
        pytest.param(make_id("20150230"), "date", id="feb-30"),
        pytest.param(make_id("20150229"), "date", id="feb-29-common-year"),
        pytest.param(make_id("20151301"), "date", id="month-13"),
        pytest.param(make_id("20150300"), "date", id="day-0"),
        pytest.param(make_id("20150431"), "date", id="april-31"),
        pytest.param(make_id("00000101"), "date", id="year-0"),
        pytest.param(make_id("20150302")[:-1], "format", id="17-chars"),
        pytest.param(make_id("20150302") + "1", "format", id="19-chars"),
        pytest.param("990101150302068", "format", id="old-15-digit"),
        pytest.param("", "format", id="empty"),
        pytest.param("99010120150302A68" + "1", "format", id="letter-inside"),
        pytest.param("X" + make_id("20150302")[1:], "format", id="x-first"),
        pytest.param(" " + make_id("20150302"), "format", id="leading-space"),
        pytest.param(make_id("20150302") + "\n", "format", id="trailing-newline"),
        pytest.param("990101 20150302 068" + "X", "format", id="spaces-inside"),
        pytest.param(
            "".join(chr(ord(c) + 0xFEE0) for c in make_id("20150302")), "format", id="full-width"
        ),
        pytest.param("٩٩٠١٠١٢٠١٥٠٣٠٢٠٦٨٠", "format", id="arabic-indic-digits"),
    ],
)
def test_invalid_numbers(text: str, code: str) -> None:
    problems = problems_of(lb.kinds.IdNumber, text)
    assert [(p.path, p.code) for p in problems] == [("$", code)]


@pytest.mark.parametrize("value", [990101201503020685, None, 1.5, b"990101201503020685", ["x"]])
def test_not_a_string(value: Any) -> None:
    problems = problems_of(lb.kinds.IdNumber, value)
    assert [(p.path, p.code) for p in problems] == [("$", "type")]


@given(
    number=lt.id_numbers(),
    position=st.integers(0, 17),
    char=st.sampled_from("0123456789X"),
)
def test_every_single_typo_is_caught(number: lb.kinds.IdNumber, position: int, char: str) -> None:
    """MOD 11-2 catches every single mistyped character."""
    text = number.reveal()
    assume(text[position] != char)
    typo = text[:position] + char + text[position + 1 :]
    with pytest.raises(lb.InvalidData):
        lb.kinds.IdNumber(typo)


@given(number=lt.id_numbers(), position=st.integers(0, 16))
def test_every_swap_of_neighbours_is_caught(number: lb.kinds.IdNumber, position: int) -> None:
    text = number.reveal()
    a, b = text[position], text[position + 1]
    assume(a != b)
    swapped = text[:position] + b + a + text[position + 2 :]
    with pytest.raises(lb.InvalidData):
        lb.kinds.IdNumber(swapped)


@given(
    born=st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31)),
    sex=st.sampled_from(lb.model.Sex),
    data=st.data(),
)
def test_generated_numbers_carry_birth_date_and_sex(
    born: dt.date, sex: lb.model.Sex, data: st.DataObject
) -> None:
    number = data.draw(lt.id_numbers(birth_date=born, sex=sex))
    assert number.birth_date == born
    assert number.is_male is (sex is lb.model.Sex.MALE)
    text = number.reveal()
    assert check_char(text[:17]) == text[17]
    assert text[6:14] == born.strftime("%Y%m%d")
    assert text.startswith("99")


# --- phones -----------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["13", "14", "15", "16", "17", "18", "19"])
def test_mobile_prefixes_13_to_19(prefix: str) -> None:
    phone = lb.kinds.Phone(prefix + "912345678")
    assert phone.is_mobile
    assert phone.digits == prefix + "912345678"


@pytest.mark.parametrize("prefix", ["10", "11", "12", "20"])
def test_other_prefixes_rejected(prefix: str) -> None:
    problems = problems_of(lb.kinds.Phone, prefix + "912345678")
    assert [(p.path, p.code) for p in problems] == [("$", "format")]


@pytest.mark.parametrize(
    ("text", "kept", "mobile"),
    [
        ("13912345678", "13912345678", True),
        ("139 1234 5678", "13912345678", True),
        ("139-1234-5678", "13912345678", True),
        ("+8613912345678", "13912345678", True),
        ("+86 139 1234 5678", "13912345678", True),
        ("+86-139-1234-5678", "13912345678", True),
        ("025-12345678", "025-12345678", False),
        ("02512345678", "025-12345678", False),
        ("010 12345678", "010-12345678", False),
        ("0755-1234567", "0755-1234567", False),
        ("0755-12345678", "0755-12345678", False),
        ("+86 25 12345678", "025-12345678", False),
        ("+86 10 12345678", "010-12345678", False),  # Beijing: the area code is 010
        ("+86-10-12345678", "010-12345678", False),
        ("+86-755-12345678", "0755-12345678", False),
    ],
)
def test_valid_phones(text: str, kept: str, mobile: bool) -> None:
    """However it is typed, a phone is kept in one form, which reads back as itself."""
    phone = lb.kinds.Phone(text)
    assert phone == kept
    assert phone.reveal() == kept
    assert phone.digits == kept.replace("-", "")
    assert phone.is_mobile is mobile
    assert lb.kinds.Phone(phone.reveal()) == phone
    card = lb.ContactCard(father=phone)
    assert lb.from_json(lb.to_json(card), lb.ContactCard) == card
    assert lb.from_json(lb.to_json(card), lb.ContactCard).father.reveal() == kept


_GROUPINGS = st.sampled_from(["", " ", "-"])


@given(
    digits=st.text("0123456789", min_size=8, max_size=8),
    area=st.sampled_from(["10", "21", "25", "755", "999"]),
    mobile=st.booleans(),
    plus=st.booleans(),
    sep=_GROUPINGS,
)
def test_every_way_of_typing_a_phone_keeps_one_form(
    digits: str, area: str, mobile: bool, plus: bool, sep: str
) -> None:
    if mobile:
        plain = "139" + digits
        typed = ("+86" + sep if plus else "") + sep.join([plain[:3], plain[3:7], plain[7:]])
    else:
        plain = "0" + area + digits
        typed = ("+86" + sep + area if plus else "0" + area) + sep + digits
    phone = lb.kinds.Phone(typed)
    assert phone == lb.kinds.Phone(plain)
    assert phone.digits == plain
    assert lb.kinds.Phone(phone.reveal()) == phone  # the kept form reads back as itself


@pytest.mark.parametrize(
    "text",
    [
        "12012345678",  # 12 is no mobile prefix
        "1391234567",  # ten digits
        "139123456789",  # twelve digits
        "025-123456",  # local number too short
        "025-1234567890",  # local number too long
        "25-12345678",  # area code without its 0
        "12345",
        "110",
        "",
        "phone",
        "+85212345678",  # not the mainland
        "+86 1391234567",  # a mobile missing a digit: no area code starts 13
        "+86 139 1234 567",
        "139 1234 567",
        "１３９１２３４５６７８",  # full-width digits
    ],
)
def test_invalid_phones(text: str) -> None:
    problems = problems_of(lb.kinds.Phone, text)
    assert [(p.path, p.code) for p in problems] == [("$", "format")]


@pytest.mark.parametrize("value", [13912345678, None, 1.5, b"13912345678"])
def test_phone_not_a_string(value: Any) -> None:
    problems = problems_of(lb.kinds.Phone, value)
    assert [(p.path, p.code) for p in problems] == [("$", "type")]


@given(phone=lt.phones())
def test_generated_phones_are_valid(phone: lb.kinds.Phone) -> None:
    assert lb.kinds.Phone(phone.reveal()) == phone
    digits = phone.digits
    assert digits.isdigit()
    if phone.is_mobile:
        assert len(digits) == 11
        assert digits[0] == "1"
        assert digits[1] in "3456789"
    else:
        assert digits[0] == "0"
        assert 10 <= len(digits) <= 12


@given(mobile=lt.phones(mobile=True), landline=lt.phones(mobile=False))
def test_mobile_and_landline_strategies(mobile: lb.kinds.Phone, landline: lb.kinds.Phone) -> None:
    assert mobile.is_mobile
    assert not landline.is_mobile


# --- the record-level checks ------------------------------------------------------


CHILD = CHILD_DOC


def child(**changes: Any) -> lb.Child:
    fields: dict[str, Any] = {
        "id": "c-1",
        "name": "林小雨",
        "sex": lb.model.Sex.FEMALE,
        "birth_date": dt.date(2015, 3, 2),
        "county": "示例县",
        "township": "示例镇",
        "village": "示例村",
        "stage": lb.model.SchoolStage.PRIMARY_4,
    }
    fields.update(changes)
    return lb.Child(**fields)


def test_matching_number_accepted() -> None:
    number = lb.kinds.IdNumber(make_id("20150302", "068"))
    assert child(id_number=number).id_number == number


@pytest.mark.parametrize(
    ("born", "serial", "count"),
    [
        ("20150303", "068", 1),  # the next day
        ("20140302", "068", 1),  # a year earlier
        ("20150302", "067", 1),  # a boy's number for a girl
        ("20150303", "067", 2),  # both
    ],
)
def test_number_disagreeing_with_the_record(born: str, serial: str, count: int) -> None:
    number = lb.kinds.IdNumber(make_id(born, serial))
    problems = problems_of(child, id_number=number)
    assert [(p.path, p.code) for p in problems] == [("$.id_number", "inconsistent")] * count
    # and the same from data, in both key styles, alone and inside a register
    for style, key in (("snake", "id_number"), ("camel", "idNumber")):
        doc = dict(CHILD)
        if style == "camel":
            doc["birthDate"] = doc.pop("birth_date")
        doc[key] = number.reveal()
        problems = problems_of(lb.from_dict, doc, lb.Child, style=style)
        assert [(p.path, p.code) for p in problems] == [(f"$.{key}", "inconsistent")] * count
        problems = problems_of(lb.from_dict, {"children": [doc]}, lb.Register, style=style)
        assert [p.path for p in problems] == [f"$.children[0].{key}"] * count


def test_carer_number_disagreeing_with_the_record() -> None:
    number = lb.kinds.IdNumber(make_id("19600504", "021"))  # a man born 4 May 1960
    fields: dict[str, Any] = {
        "name": "赵奶奶",
        "relation": lb.model.Relation.PATERNAL_GRANDPARENT,
        "birth_date": dt.date(1960, 5, 4),
        "id_number": number,
    }
    assert lb.EntrustedCarer(**fields).id_number == number  # no sex recorded: nothing to compare
    assert lb.EntrustedCarer(**fields, sex=lb.model.Sex.MALE).sex is lb.model.Sex.MALE
    problems = problems_of(lb.EntrustedCarer, **fields, sex=lb.model.Sex.FEMALE)
    assert [(p.path, p.code) for p in problems] == [("$.id_number", "inconsistent")]
    fields["birth_date"] = dt.date(1960, 5, 5)
    problems = problems_of(lb.EntrustedCarer, **fields)
    assert [(p.path, p.code) for p in problems] == [("$.id_number", "inconsistent")]


@given(c=lt.children(), other=st.dates(dt.date(2000, 1, 1), dt.date(2026, 9, 1)), data=st.data())
def test_any_other_birth_date_is_caught(c: lb.Child, other: dt.date, data: st.DataObject) -> None:
    assume(other != c.birth_date)
    number = data.draw(lt.id_numbers(birth_date=other, sex=c.sex))
    # a household recorded as not registered has no identity number: a problem of its own
    registered = True if c.hukou_registered is False else c.hukou_registered
    problems = problems_of(attrs.evolve, c, id_number=number, hukou_registered=registered)
    assert [(p.path, p.code) for p in problems] == [("$.id_number", "inconsistent")]


@given(c=lt.children(), data=st.data())
def test_the_other_sex_is_caught(c: lb.Child, data: st.DataObject) -> None:
    other = lb.model.Sex.MALE if c.sex is lb.model.Sex.FEMALE else lb.model.Sex.FEMALE
    number = data.draw(lt.id_numbers(birth_date=c.birth_date, sex=other))
    # a household recorded as not registered has no identity number: a problem of its own
    registered = True if c.hukou_registered is False else c.hukou_registered
    problems = problems_of(attrs.evolve, c, id_number=number, hukou_registered=registered)
    assert [(p.path, p.code) for p in problems] == [("$.id_number", "inconsistent")]
    # correcting the record's sex instead makes it consistent again
    fixed = attrs.evolve(c, id_number=number, sex=other, hukou_registered=registered)
    assert fixed.id_number == number
