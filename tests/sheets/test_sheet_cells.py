"""What people type in a cell: each way as a table row, with its reason."""

from __future__ import annotations

import datetime as dt

import pytest

from left_behind.kinds import IdNumber, Phone
from left_behind.model import Relation, Sex
from left_behind.sheets._cells import CellError, Fixed, read_cell, write_cell


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("2015-03-02", "ISO, as the library writes it"),
        ("2015/3/2", "slashes, no leading zeros"),
        ("2015.3.2", "dots"),
        ("2015年3月2日", "in Chinese"),
        (" 2015年03月02日 ", "with spaces around"),
        ("20150302", "eight digits"),
        (dt.date(2015, 3, 2), "a date cell"),
        (dt.datetime(2015, 3, 2), "a date-time cell at midnight"),
        (42065.0, "an Excel serial number"),
        ("42065", "an Excel serial number typed as text"),
    ],
)
def test_a_date_typed_any_common_way_is_read(typed: object, why: str) -> None:
    assert read_cell(typed, dt.date) == "2015-03-02", why


@pytest.mark.parametrize("typed", ["2015/2/30", "3月2日", "2015.13.1", "昨天"])
def test_what_is_not_a_date_is_refused_with_the_ways_to_write_one(typed: str) -> None:
    with pytest.raises(CellError) as e:
        read_cell(typed, dt.date)
    assert "2015" in e.value.message.en


@pytest.mark.parametrize(
    ("typed", "tick"),
    [
        ("✓", True),
        ("√", True),
        ("是", True),
        ("1", True),
        (1.0, True),
        (True, True),
        ("否", False),
        ("0", False),
        (0.0, False),
        ("×", False),
    ],
)
def test_ticks(typed: object, tick: bool) -> None:
    assert read_cell(typed, bool) is tick


def test_a_word_that_is_no_tick_is_refused() -> None:
    with pytest.raises(CellError):
        read_cell("也许", bool)


@pytest.mark.parametrize(
    ("typed", "tp", "value"),
    [
        ("男", Sex, "male"),
        ("female ", Sex, "female"),
        ("祖父母", Relation, "paternal_grandparent"),
        ("Maternal Grandparent", Relation, "maternal_grandparent"),
        ("  林小雨  ", str, "林小雨"),
    ],
)
def test_labels_in_either_language_values_and_trailing_spaces(
    typed: str, tp: type, value: str
) -> None:
    assert read_cell(typed, tp) == value


def test_an_unknown_label_goes_on_for_the_loader_to_say_what_it_expected() -> None:
    assert read_cell("舅舅", Relation) == "舅舅"


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("1.38E+10", "scientific notation: digits lost"),
        ("1.3800001234e10", "scientific notation in lower case"),
        (2512345678.0, "a landline stored as a number: its leading 0 is lost"),
        (1380000123.0, "ten digits: one lost"),
    ],
)
def test_a_phone_that_excel_mangled_is_refused_never_guessed(typed: object, why: str) -> None:
    with pytest.raises(CellError) as e:
        read_cell(typed, Phone)
    assert "type it again" in e.value.message.en, why


def test_a_mobile_held_exactly_as_a_number_is_read() -> None:
    assert read_cell(13800001234.0, Phone) == "13800001234"


def test_an_identity_number_that_became_a_number_is_refused() -> None:
    for typed in (990101201503020680.0, "9.90101E+17"):
        with pytest.raises(CellError) as e:
            read_cell(typed, IdNumber)
        assert "last digits are lost" in e.value.message.en


def test_an_identity_number_that_lost_its_x_gets_it_back_and_says_so() -> None:
    read = read_cell("99010120150302068", IdNumber)
    assert read == "99010120150302068X" and isinstance(read, Fixed)
    assert "X" in read.note.en
    # seventeen digits whose check character is a digit: a digit is missing, not an X
    assert not isinstance(read_cell("99010120150302002", IdNumber), Fixed)


def test_sets_of_labels_come_back_even_when_a_label_holds_a_comma_of_its_own() -> None:
    from left_behind.model._enums import Purpose

    both = frozenset({Purpose.SHARING, Purpose.PHOTOS})
    cell = write_cell(both, frozenset[Purpose])
    assert sorted(read_cell(cell, frozenset[Purpose])) == sorted(p.value for p in both)
    assert sorted(read_cell("照片影像、与学校、村委会共享", frozenset[Purpose])) == sorted(
        p.value for p in both
    )
