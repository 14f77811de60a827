"""What people type in a cell, read as the plain value the loaders take, and written back.

One table, keyed by the kind of value a field holds (a date, a tick, a
choice, an identity number, a phone...), says how a cell becomes the plain
JSON value of :func:`left_behind.io.from_dict` and how a value becomes a
cell; the layouts read the field's type from its declaration and look it up
here, so a new field of a known kind needs nothing in this module.

>>> read_cell("2015年3月2日", dt.date), read_cell(42065.0, dt.date)
('2015-03-02', '2015-03-02')
>>> read_cell("√", bool), read_cell("否", bool)
(True, False)
>>> from left_behind.model import Sex
>>> read_cell("男 ", Sex), write_cell(Sex.FEMALE, Sex)
('male', '女')
>>> try:
...     read_cell("1.38E+10", Phone)
... except CellError as e:
...     print(e.message.en[:60])
the phone was turned into scientific notation (1.38E+10) and
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import types
import typing
from collections.abc import Callable
from typing import Any

from left_behind.kinds import IdNumber, LabelledEnum, Phone, Text, id_check_character, unstructure

# used by the layouts and the API of this package only
__all__: list[str] = []

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None


class CellError(ValueError):
    """A cell that cannot be read as the value its column holds, and why, in two languages."""

    def __init__(self, message: Text) -> None:
        super().__init__(f"{message.zh} ({message.en})")
        self.message = message


class Fixed(str):
    """A value read from a cell that the import repaired, with a note of what it did."""

    note: Text

    def __new__(cls, value: str, note: Text) -> Fixed:
        made = super().__new__(cls, value)
        made.note = note
        return made


def is_blank(value: object) -> bool:
    """Whether a cell holds nothing (empty, only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def leaf_type(tp: Any) -> Any:
    """The type without ``| None``."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


# Excel counts days from 1899-12-30 (its 1900 leap-year mistake folded in)
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_TEXT = re.compile(
    r"\s*([0-9]{4})\s*(?:[-/.年])\s*([0-9]{1,2})\s*(?:[-/.月])\s*([0-9]{1,2})\s*日?"
    r"(?:[ T]0{1,2}:00(?::00)?)?\s*"
)
_DIGITS = re.compile(r"\s*([0-9]{8})\s*")
_SCIENTIFIC = re.compile(r"\s*[0-9](?:\.[0-9]+)?[eE]\+?[0-9]+\s*")


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _date(value: Cell) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        # a date cell read without its format, or a serial number typed as is
        if 1 <= value < 2_958_466 and float(value).is_integer():
            return (_EXCEL_EPOCH + dt.timedelta(days=int(value))).isoformat()
        raise CellError(Text(f"{value} 不是日期", f"{value} is not a date"))
    text = str(value)
    m = _DATE_TEXT.fullmatch(text) or _DIGITS.fullmatch(text)
    if m is not None:
        if len(m.groups()) == 1:
            digits = m.group(1)
            y, mo, d = int(digits[:4]), int(digits[4:6]), int(digits[6:])
        else:
            y, mo, d = (int(g) for g in m.groups())
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            raise CellError(
                Text(f"“{text.strip()}”不是真实存在的日期", f"{text.strip()!r} is not a real date")
            ) from None
    if text.strip().isdigit():
        return _date(int(text.strip()))
    raise CellError(
        Text(
            f"“{text.strip()}”不是日期：请写成 2015-03-02、2015/3/2、2015.3.2 或 2015年3月2日",
            f"{text.strip()!r} is not a date: write 2015-03-02, 2015/3/2, 2015.3.2 or 2015年3月2日",
        )
    )


_YES = frozenset({"✓", "√", "✔", "☑", "是", "有", "1", "y", "yes", "true", "t", "对"})
_NO = frozenset({"否", "无", "没有", "0", "n", "no", "false", "f", "✗", "×", "✘", "☐", "□"})


def _tick(value: Cell) -> bool:
    if isinstance(value, bool):
        return value
    text = (_number_text(value) if isinstance(value, int | float) else str(value)).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellError(
        Text(
            f"“{text}”不是勾选：请写 ✓、√、是、1（是）或 否、0（否）",
            f"{text!r} is not a tick: write ✓, √, 是 or 1 for yes, 否 or 0 for no",
        )
    )


def _choices(cls: type[LabelledEnum]) -> dict[str, str]:
    table: dict[str, str] = {}
    for m in cls:
        for name in (m.value, m.label("zh"), m.label("en")):
            table.setdefault(name.lower(), m.value)
    return table


_CHOICES: dict[type, dict[str, str]] = {}


def _choice(cls: type[LabelledEnum]) -> Callable[[Cell], str]:
    def read(value: Cell) -> str:
        table = _CHOICES.get(cls) or _CHOICES.setdefault(cls, _choices(cls))
        text = str(value).strip()
        # an unknown word goes on as it was typed: the loader says what it expected
        return table.get(text.lower(), text)

    return read


def _phone(value: Cell) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = _number_text(value)
        if re.fullmatch(r"1[3-9][0-9]{9}", text):
            return text  # a mobile held exactly as a number: nothing lost
        raise CellError(
            Text(
                f"电话号码被电子表格存成了数字（{text[:3]}…），开头的 0 或后面的数字可能已经丢失："
                "请把这一列设为文本后重新输入",
                f"the phone was stored as a number ({text[:3]}...), which may have lost its"
                " leading 0 or its last digits: format the column as text and type it again",
            )
        )
    text = str(value).strip()
    if _SCIENTIFIC.fullmatch(text):
        raise CellError(
            Text(
                f"电话号码被电子表格改写成了科学计数法（{text}），后面的数字已经丢失："
                "请把这一列设为文本后重新输入",
                f"the phone was turned into scientific notation ({text}) and its last digits"
                " are lost: format the column as text and type it again",
            )
        )
    return text


def _id_number(value: Cell) -> str:
    if (isinstance(value, int | float) and not isinstance(value, bool)) or _SCIENTIFIC.fullmatch(
        str(value)
    ):
        raise CellError(
            Text(
                "身份证号被电子表格存成了数字，后几位已经丢失：请把这一列设为文本后重新输入",
                "the identity number was stored as a number and its last digits are lost:"
                " format the column as text and type it again",
            )
        )
    text = str(value).strip().replace(" ", "")
    if re.fullmatch(r"[0-9]{17}", text) and id_check_character(text) == "X":
        return Fixed(
            text + "X",
            Text(
                "身份证号缺少末位 X，已补上（校验位相符）",
                "the identity number lacked its final X, added (the check character matches)",
            ),
        )
    return text


def _time(value: Cell) -> str:
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, float) and 0 <= value < 1:  # a time cell read as the day's fraction
        minutes = round(value * 24 * 60)
        value = dt.time(minutes // 60, minutes % 60)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M") if not value.second else value.isoformat()
    text = str(value).strip().replace("：", ":")
    m = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})(?::00)?", text)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else text


def _moment(value: Cell) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return _text(value)


def _text(value: Cell) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return _number_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _integer(value: Cell) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?[0-9]+\s*", value):
        return int(value)
    return value.strip() if isinstance(value, str) else value


def _real(value: Cell) -> Any:
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return value.strip()
    return value


_SPLIT = re.compile(r"\s*[,，;；\n]\s*")
_SPLIT_MORE = re.compile(r"\s*[、/]\s*")

Reader = Callable[[Cell], Any]

_READERS: dict[Any, Reader] = {
    dt.date: _date,
    dt.time: _time,
    dt.timedelta: _integer,
    dt.datetime: _moment,
    bool: _tick,
    IdNumber: _id_number,
    Phone: _phone,
    str: _text,
    int: _integer,
    float: _real,
}
"""How a cell becomes the plain value of a field of each kind; anything else is read as text."""


def _labels_in(text: str, labels: dict[str, str]) -> list[str]:
    """The labels in a text that a 、 or / runs together, the longest label first at each place."""
    tokens = [t for t in _SPLIT_MORE.split(text) if t]
    out, i = [], 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            joined = "、".join(tokens[i:j])
            if joined.lower() in labels or j == i + 1:
                out.append(joined)
                i = j
                break
    return out


def _is_choice(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, LabelledEnum)


@functools.cache
def reader(tp: Any) -> Reader:
    """How a cell becomes the plain value of a field of type ``tp``."""
    tp = leaf_type(tp)
    found = _READERS.get(tp)
    if found is not None:
        return found
    if isinstance(tp, type) and issubclass(tp, LabelledEnum):
        return _choice(tp)
    origin = typing.get_origin(tp)
    if origin in (frozenset, tuple, list, set):
        args = [a for a in typing.get_args(tp) if a is not Ellipsis]
        item = reader(args[0]) if args else _text

        labels = _choices(args[0]) if _is_choice(args[0]) else None

        def many(value: Cell) -> list[Any]:
            if not isinstance(value, str):
                return [item(value)]
            found: list[Any] = []
            for part in _SPLIT.split(value.strip()):
                # a label may hold a 、 of its own (与学校、村委会共享): whole first
                if (labels is not None and part.lower() in labels) or labels is None:
                    found.append(item(part))
                else:
                    found.extend(item(p) for p in _labels_in(part, labels))
            return [f for f in found if f != ""]

        return many
    return _other


def _other(value: Cell) -> Any:
    """A kind with no reader of its own: a number stays a number, else the text."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return _text(value)


def read_cell(value: Cell, tp: Any) -> Any:
    """The plain value a cell gives a field of type ``tp``; :class:`CellError` when none."""
    return reader(tp)(value)


def write_cell(value: Any, tp: Any) -> Any:
    """The cell that shows ``value`` of a field of type ``tp`` as people write it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, LabelledEnum):
        return value.label("zh")
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, IdNumber | Phone):
        return value.reveal()
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, int | float | str):
        return value
    if isinstance(value, frozenset | tuple | list):
        items = [write_cell(v, None) for v in value]
        if isinstance(value, frozenset):
            items.sort(key=str)
        return "；".join(str(i) for i in items)
    # a time, a moment, a zone, a recurrence...: the text JSON has for it
    plain = unstructure(value)
    return plain if isinstance(plain, str | int | float) else str(plain)
