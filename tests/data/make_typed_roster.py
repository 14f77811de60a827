"""Write ``roster-typed.xlsx``: a census roster as a village types it by hand (synthetic people).

A title merged over the columns, a header of two rows with merged group cells
(父亲 over 姓名 / 联系电话 / 状况), a blank row between the villages, dates
typed five ways, trailing spaces, ticks, the census's ethnicity column
(民族), and three bad rows: a phone Excel turned into 1.38E+10, a
date that does not exist, an identity number stored as a number. One
identity number lost its final X. Run it again after changing the rows:

    python tests/data/make_typed_roster.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from left_behind.kinds import id_check_character

HERE = Path(__file__).parent


def id_number(birth: str, serial: str) -> str:
    """A valid number in the fictitious region 99 (no province has that code)."""
    first17 = "990101" + birth + serial
    return first17 + id_check_character(first17)


TOP = [
    "序号",
    "姓名",
    "性别",
    "出生日期",
    "身份证号",
    "村",
    "就学情况",
    "是否寄宿",
    "民族",
    "父亲",
    "",
    "",
    "母亲",
    "",
    "",
    "监护类型",
    "委托监护人",
    "",
    "",
    "",
]
SUB = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "姓名",
    "联系电话",
    "状况",
    "姓名",
    "联系电话",
    "状况",
    "",
    "姓名",
    "与儿童关系",
    "出生日期",
    "联系电话",
]

ROWS: list[list[object]] = [
    [
        1,
        "林小雨 ",
        "女",
        "2015/3/2",
        id_number("20150302", "068"),
        "东村",
        "小学四年级",
        "",
        "汉族",
        "林大山",
        "13900001201",
        "外出务工",
        "王秀",
        "13900001202",
        "外出务工",
        "祖父母",
        "林老汉",
        "祖父母",
        "1955.6.1",
        "13900001203",
    ],
    [
        2,
        "陈小明",
        "男",
        "2016.9.1",
        id_number("20160901", "011"),
        "东村",
        "小学三年级",
        "✓",
        "汉族",
        "陈建",
        13900001211.0,
        "外出务工",
        "李芳",
        "",
        "在家",
        "母亲一方",
        "",
        "",
        "",
        "",
    ],
    [
        3,
        "赵小红",
        "女",
        "2014年5月20日",
        id_number("20140520", "088")[:17],
        "东村",
        "小学五年级",
        "否",
        "苗族",
        "赵刚",
        "13900001221",
        "外出务工",
        "孙丽",
        "13900001222",
        "外出务工",
        "外祖父母",
        "孙婆婆",
        "外祖父母",
        dt.date(1958, 1, 2),
        "13900001223",
    ],
    [
        4,
        "周小军",
        "男",
        "2015-07-07",
        id_number("20150707", "031"),
        "东村",
        "小学四年级",
        "",
        "汉族",
        "周平",
        "1.39E+10",
        "外出务工",
        "吴梅",
        "",
        "外出务工",
        "祖父母",
        "周爷爷",
        "祖父母",
        "1950-03-03",
        "13900001233",
    ],
    [],
    [
        5,
        "郑小花",
        "女",
        dt.date(2017, 2, 3),
        id_number("20170203", "042"),
        "西村",
        "小学二年级",
        "",
        "汉族",
        "郑强",
        "13900001241",
        "外出务工",
        "冯静",
        "13900001242",
        "外出务工",
        "祖父母",
        "郑奶奶",
        "祖父母",
        19120.0,
        "13900001243",
    ],
    [
        6,
        "钱小东",
        "男",
        "2015/2/30",
        id_number("20150228", "051"),
        "西村",
        "小学四年级",
        "",
        "汉族",
        "钱进",
        "13900001251",
        "外出务工",
        "",
        "",
        "",
        "父亲一方",
        "",
        "",
        "",
        "",
    ],
    [
        7,
        "何小静",
        "女",
        42065.0,
        990101201503020040.0,
        "西村",
        "小学四年级",
        "",
        "汉族",
        "何伟",
        "13900001261",
        "外出务工",
        "许娟",
        "13900001262",
        "外出务工",
        "祖父母",
        "何奶奶",
        "祖父母",
        "1956/4/4",
        "13900001263",
    ],
    [],
    [
        8,
        "吕小安",
        "男",
        "2018.10.1",
        "",
        "西村",
        "幼儿园",
        "",
        "汉族",
        "吕斌",
        "13900001271",
        "外出务工",
        "施燕",
        "13900001272",
        "外出务工",
        "祖父母",
        "吕爷爷",
        "祖父母",
        "1957年7月7日",
        "13900001273",
    ],
]


def main() -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "花名册"
    ws.append(["示例县示例镇农村留守儿童花名册（合成数据）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(TOP))
    ws.append(TOP)
    ws.append(SUB)
    for col, title in enumerate(TOP, start=1):
        if title in ("父亲", "母亲"):
            ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + 2)
        elif title == "委托监护人":
            ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + 3)
        elif title:
            ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    for row in ROWS:
        ws.append(row)
    for cell in ws["D"][3:]:
        if isinstance(cell.value, dt.date):
            cell.number_format = "yyyy/m/d"
    book.save(HERE / "roster-typed.xlsx")


if __name__ == "__main__":
    main()
