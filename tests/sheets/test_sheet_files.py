"""Files written by real writers, read back: xlsx (openpyxl), ods (odfpy), xls (xlwt), csv."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest

import left_behind as lb
from left_behind import sheets

DATA = Path(__file__).parent.parent / "data"
SURVEY = dict(county="示例县", township="示例镇", since=dt.date(2026, 9, 1))

HEADERS = ["姓名", "性别", "出生日期", "村", "就学情况", "父亲姓名", "父亲状况", "父亲联系电话"]
ROWS: list[list[object]] = [
    ["林小雨", "女", "2015/3/2", "东村", "小学四年级", "林大山", "外出务工", "13900001201"],
    ["陈小明", "男", dt.date(2016, 9, 1), "东村", "小学三年级", "陈建", "外出务工", "13900001211"],
    ["赵小红", "女", "2014年5月20日", "西村", "小学五年级", "赵刚", "外出务工", "1.39E+10"],
]


def _names(result: sheets.ImportResult[lb.Home]) -> list[str]:
    return [c.name for c in result.document.children]


def _check(result: sheets.ImportResult[lb.Home], fmt: str) -> None:
    assert result.format == fmt and result.layout == "roster"
    assert _names(result) == ["林小雨", "陈小明"]
    [bad] = [p for p in result.problems if p.refused]
    assert (bad.row, bad.column, bad.code) == (4, "父亲联系电话", "format")
    assert "scientific notation" in bad.message.en and "科学计数法" in bad.message.zh
    assert result.document.children[1].birth_date == dt.date(2016, 9, 1)


def test_a_roster_typed_by_hand_merged_headers_blank_rows_five_kinds_of_date() -> None:
    result = sheets.import_register(DATA / "roster-typed.xlsx", **SURVEY)
    assert result.rows_read == 8  # the blank rows between the villages are no rows
    refused = sorted((p.row, p.column) for p in result.problems if p.refused)
    assert refused == [(7, "父亲联系电话"), (10, "出生日期"), (11, "身份证号")]
    children = {c.name: c for c in result.document.children}
    assert set(children) == {
        "林小雨",
        "陈小明",
        "赵小红",
        "郑小花",
        "吕小安",
    }  # trailing space gone
    assert children["林小雨"].birth_date == dt.date(2015, 3, 2)
    assert children["赵小红"].birth_date == dt.date(2014, 5, 20)
    assert children["郑小花"].birth_date == dt.date(2017, 2, 3)
    assert children["陈小明"].living.value == "boarding_school"
    carer = children["郑小花"].care[0].carer
    assert carer is not None and carer.birth_date == dt.date(1952, 5, 6)  # a serial number
    assert children["赵小红"].id_number is not None
    notes = {(p.column, p.code) for p in result.problems if not p.refused}
    assert ("身份证号", "fixed") in notes
    # the form's 民族 column fills the census field, its Chinese label read
    assert children["赵小红"].ethnicity is lb.model.Ethnicity.MIAO
    assert children["林小雨"].ethnicity is lb.model.Ethnicity.HAN
    # what the form does not say was taken from the options, and said
    assert any("--county" in a.en for a in result.assumed)
    assert any("--since" in a.en for a in result.assumed)
    # the identity number typed as a number is masked in the problem, never shown whole
    [id_problem] = [p for p in result.problems if p.row == 11]
    assert "201503020040" not in id_problem.value


def test_without_the_survey_date_a_parent_away_is_refused_with_what_to_give() -> None:
    result = sheets.import_register(DATA / "roster-typed.xlsx", county="示例县", township="示例镇")
    assert result.document.children == ()
    assert any("--since" in p.message.zh for p in result.problems)


def test_a_place_neither_in_the_columns_nor_in_the_options_is_asked_for() -> None:
    result = sheets.import_register(DATA / "roster-typed.xlsx", since=dt.date(2026, 9, 1))
    missing = {p.column for p in result.problems if p.code == "missing"}
    assert missing == {"县", "乡镇"}


def test_openpyxl_written_xlsx() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(HEADERS)
    for row in ROWS:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    _check(sheets.import_register(out.getvalue(), **SURVEY), "xlsx")


def test_odfpy_written_ods() -> None:
    pytest.importorskip("odf")
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="花名册")
    for row in [HEADERS, *ROWS]:
        tr = TableRow()
        for v in row:
            if isinstance(v, dt.date):
                cell = TableCell(valuetype="date", datevalue=v.isoformat())
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(v)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    _check(sheets.import_register(out.getvalue(), **SURVEY), "ods")


def test_xlwt_written_xls() -> None:
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("花名册")
    day = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for r, row in enumerate([HEADERS, *ROWS]):
        for c, v in enumerate(row):
            if isinstance(v, dt.date):
                ws.write(r, c, v, day)
            else:
                ws.write(r, c, v)
    out = io.BytesIO()
    book.save(out)
    _check(sheets.import_register(out.getvalue(), **SURVEY), "xls")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converted_ods_and_xls(tmp_path: Path) -> None:
    for fmt in ("ods", "xls"):
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(tmp_path),
                str(DATA / "roster-typed.xlsx"),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        result = sheets.import_register(tmp_path / f"roster-typed.{fmt}", **SURVEY)
        assert result.format == fmt and len(result.document.children) == 5


def _csv(text: str) -> str:
    lines = [",".join(HEADERS)]
    lines += [",".join(str(v) for v in row) for row in ROWS]
    return "\r\n".join(lines) + "\r\n" if text else ""


@pytest.mark.parametrize(
    ("encode", "said"),
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.encode("gb18030"), "gb18030"),
    ],
)
def test_csv_in_each_encoding_is_found_and_said(encode: object, said: str) -> None:
    data = encode(_csv("x"))  # type: ignore[operator]
    result = sheets.import_register(data, name="roster.csv", **SURVEY)
    assert result.encoding == said
    _check(result, "csv")


def test_the_workbook_written_is_read_by_openpyxl_too() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data = sheets.export_register(lb.samples.home())
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    assert book.sheetnames[:2] == ["文档", "儿童"]
    header = next(book["儿童"].iter_rows(values_only=True))
    assert header[:4] == ("儿童编号", "儿童姓名", "性别", "出生日期")
