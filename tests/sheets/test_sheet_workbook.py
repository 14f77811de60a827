"""The library's own workbook: headers in three forms, a bad row refused alone, never dropped."""

from __future__ import annotations

import io

import openpyxl
import pytest

import left_behind as lb
from left_behind import sheets
from left_behind.model import Home, Register
from left_behind.sheets._workbook import tables_of


def _edited(edit: object) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(sheets.export_register(lb.samples.home())))
    edit(book)  # type: ignore[operator]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_every_list_of_records_is_a_sheet_and_every_field_a_column() -> None:
    import attrs

    names = {t.name.zh for t in tables_of(Home)}
    assert {"儿童", "父母记录", "父母记录·状况", "照护安排", "志愿者", "结对", "走访记录"} <= names
    children = next(t for t in tables_of(Register) if t.name.zh == "儿童")
    spread = {c.path[0] for c in children.columns}
    lists = {"parents", "care", "contacts", "reports", "consents", "growth"}
    assert spread | lists == {a.name for a in attrs.fields(lb.Child)}


def test_a_bad_row_is_refused_with_its_place_and_the_others_come_in() -> None:
    def edit(book: openpyxl.Workbook) -> None:
        ws = book["儿童"]
        ws["D3"] = "2015/2/30"  # the second child's birth date
        ws["B4"] = "   "  # the third child's name, blank
        ws = book["父母记录"]
        ws["F2"] = "1.38E+10"  # a parent's phone

    home = lb.samples.home()
    result = sheets.import_register(_edited(edit))
    refused = {
        (p.sheet, p.row, p.column) for p in result.problems if p.refused and p.code != "with_owner"
    }
    assert ("儿童", 3, "出生日期") in refused and ("儿童", 4, "儿童姓名") in refused
    assert ("父母记录", 2, "电话") in refused
    kept = {c.id for c in result.document.children}
    assert len(kept) == len(home.children) - 3
    # the rows of a refused child in other sheets are said too, not dropped in silence
    owners = [p for p in result.problems if p.code == "with_owner"]
    assert owners and all(p.refused for p in owners)
    # a name is private: the problem shows it masked
    [blank] = [p for p in result.problems if p.column == "儿童姓名"]
    assert blank.message.en and blank.message.zh


def test_english_words_and_keys_are_headers_too() -> None:
    def edit(book: openpyxl.Workbook) -> None:
        ws = book["儿童"]
        ws["A1"] = "id"
        ws["B1"] = "the child's name"
        ws["C1"] = "sex"
        ws.title = "children"

    home = lb.samples.home()
    result = sheets.import_register(_edited(edit))
    assert [p for p in result.problems if p.refused] == []
    assert result.document == home


def test_a_row_of_nobody_and_an_unknown_column_are_said() -> None:
    def edit(book: openpyxl.Workbook) -> None:
        ws = book["父母记录"]
        ws.append(["no-such-child", 1, "父亲"])
        ws.cell(row=1, column=ws.max_column + 1, value="备注")

    result = sheets.import_register(_edited(edit))
    dangling = [p for p in result.problems if p.code == "dangling"]
    assert len(dangling) == 1 and dangling[0].sheet == "父母记录"
    assert any(p.column == "备注" and not p.refused for p in result.problems)


@pytest.mark.parametrize("fmt", ["csv"])
def test_a_csv_of_the_children_sheet_is_read_as_a_workbook_of_one_sheet(fmt: str) -> None:
    register = Register(children=lb.samples.home().children[:3])
    data = sheets.export_register(register, format=fmt)
    result = sheets.import_register(data, layout="workbook", name="儿童.csv", document=Register)
    assert [c.id for c in result.document.children] == [c.id for c in register.children]
