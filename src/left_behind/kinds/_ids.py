"""Identity numbers and phone numbers: validated on entry, masked on display.

Both are ``str`` subclasses, so they compare equal to the text they were made
from and serialise to JSON whole, but ``repr()``, ``str()`` and f-strings show
them masked: a record printed to a log or an error message never carries a
child's identity number or a family's phone. Call ``reveal()`` for the whole
text where the law allows it.
"""

from __future__ import annotations

import datetime as dt
import operator
import re

from left_behind.kinds._checked import CheckedText
from left_behind.kinds._checked import bad_text as _bad
from left_behind.kinds._errors import ProblemCode
from left_behind.kinds._text import Text

__all__ = [
    "IdNumber",
    "Phone",
    "id_check_character",
    "mask_name",
    "mask_shaped",
    "mask_text",
]

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_ID_SHAPE = re.compile(r"[0-9]{17}[0-9Xx]")


def id_check_character(first17: str) -> str:
    """The 18th character of a resident identity number (ISO 7064 MOD 11-2).

    >>> id_check_character("99010120150302068")
    'X'
    """
    if len(first17) != 17:
        raise ValueError("the check character is computed from 17 digits")
    total = sum(map(operator.mul, map(int, first17), _WEIGHTS))
    return _CHECK_CHARS[total % 11]


class IdNumber(CheckedText):
    """An 18-character resident identity number (公民身份号码, GB 11643-1999).

    Checked on creation: the shape (17 digits and a digit or ``X``), a real
    birth date in characters 7-14, and the check character. A lowercase
    ``x`` is accepted and stored as ``X``.

    >>> n = IdNumber("99010120150302068x")
    >>> n.birth_date, n.is_male
    (datetime.date(2015, 3, 2), False)
    >>> n
    IdNumber('9901**********068X')
    >>> n == "99010120150302068X", n.reveal()[-1]
    (True, 'X')
    >>> IdNumber("990101201503020021")
    Traceback (most recent call last):
    ...
    left_behind.InvalidData: 1 problem:
      $: the check character of identity number 9901**********0021 does not match ... [check_digit]
    """

    __slots__ = ()
    description = "resident identity number of 18 characters"
    pattern = _ID_SHAPE.pattern

    @classmethod
    def _checked(cls, text: str) -> str:
        if not _ID_SHAPE.fullmatch(text):
            raise _bad(
                ProblemCode.FORMAT,
                Text(
                    f"公民身份号码为 18 位：17 位数字加一位数字或 X；这里是 {len(text)} 个字符",
                    f"an identity number has 18 characters, 17 digits and then a digit"
                    f" or X; got {len(text)} characters",
                ),
            )
        text = text.upper()
        try:
            dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
        except ValueError:
            raise _bad(
                ProblemCode.DATE,
                Text(
                    f"公民身份号码 {mask_text(text)} 的第 7-14 位不是真实的出生日期（YYYYMMDD）",
                    f"characters 7-14 of identity number {mask_text(text)} are not a real"
                    " birth date (YYYYMMDD)",
                ),
            ) from None
        if id_check_character(text[:17]) != text[17]:
            raise _bad(
                ProblemCode.CHECK_DIGIT,
                Text(
                    f"公民身份号码 {mask_text(text)} 的校验码与前 17 位不符：有一位输错了",
                    f"the check character of identity number {mask_text(text)} does not match"
                    " its first 17 digits: one of the 18 characters is mistyped",
                ),
            )
        return text

    @property
    def region(self) -> str:
        """The six-digit code of the place of first registration."""
        return str.__str__(self)[:6]

    @property
    def birth_date(self) -> dt.date:
        """The birth date written in characters 7-14."""
        s = str.__str__(self)
        return dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))

    @property
    def is_male(self) -> bool:
        """The 17th character is odd for men and even for women."""
        return int(str.__str__(self)[16]) % 2 == 1

    def __str__(self) -> str:
        return mask_text(str.__str__(self))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


_MOBILE = re.compile(r"(?:\+86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}")
# Area codes: 10 (Beijing), 20-29, or three digits from 3xx to 9xx; written
# with a leading 0 at home, without it after +86.
_AREA = r"(?:10|2[0-9]|[3-9][0-9]{2})"
_LANDLINE = re.compile(rf"(?:0{_AREA}|\+86[ -]?{_AREA})[ -]?[0-9]{{7,8}}")


class Phone(CheckedText):
    """A mainland phone number: a mobile or a landline with its area code.

    Mobiles have 11 digits, ``1`` then ``3``-``9``; landlines start with an
    area code (``025-12345678``), since many rural grandparents have only a
    landline. ``+86`` is allowed in front; spaces or hyphens may group the
    digits. Shown masked, like :class:`IdNumber`.

    It is kept in one form however it was typed, so the same phone is the
    same text everywhere (to compare, to search, to write back): a mobile
    as its 11 digits, a landline as ``0``, the area code, a hyphen and the
    local number. Making a phone of that form gives it back as it is.

    >>> Phone("+86 139-0000-1234").reveal(), Phone("+86 755 12345678").reveal()
    ('13900001234', '0755-12345678')
    >>> Phone("010 12345678") == Phone("01012345678") == "010-12345678"
    True

    A mobile shows its first 3 and last 4 digits, a landline its area code
    and its last 2 digits:

    >>> Phone("139 0000 1234"), Phone("025-12345678"), Phone("0999-0000123")
    (Phone('139****1234'), Phone('025******78'), Phone('0999*****23'))
    >>> Phone("12345")
    Traceback (most recent call last):
    ...
    left_behind.InvalidData: 1 problem:
      $: not a mainland phone number: expected 11 digits starting 13-19, ... [format]
    """

    __slots__ = ()
    description = "mainland mobile or landline number"
    pattern = f"{_MOBILE.pattern}|{_LANDLINE.pattern}"

    @classmethod
    def _checked(cls, text: str) -> str:
        if not (_MOBILE.fullmatch(text) or _LANDLINE.fullmatch(text)):
            raise _bad(
                ProblemCode.FORMAT,
                Text(
                    "不是大陆电话号码：手机号为 13-19 开头的 11 位数字，"
                    "固定电话为区号加号码，如 025-12345678",
                    "not a mainland phone number: expected 11 digits starting 13-19,"
                    " or an area code and a landline such as 025-12345678",
                ),
            )
        digits = "".join(c for c in text.removeprefix("+86") if c.isdigit())
        if _MOBILE.fullmatch(text):
            return digits
        if text.startswith("+86"):
            digits = "0" + digits  # an area code loses its 0 after +86
        area = _area_length(digits)
        return f"{digits[:area]}-{digits[area:]}"

    @property
    def digits(self) -> str:
        """Only the digits: the mobile's 11, or the landline's with its area code's 0."""
        return str.__str__(self).replace("-", "")

    @property
    def is_mobile(self) -> bool:
        """True for a mobile number, False for a landline."""
        return "-" not in str.__str__(self)

    def __str__(self) -> str:
        digits = self.digits
        if self.is_mobile:
            return mask_text(digits, keep_start=3)
        return mask_text(digits, keep_start=_area_length(digits), keep_end=2)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _area_length(digits: str) -> int:
    """How many leading digits of a landline are its area code, with the 0.

    010 and 02x have two digits after the 0, all others three.
    """
    return 3 if digits[1] in "12" else 4


def mask_text(text: str, *, keep_start: int = 4, keep_end: int = 4) -> str:
    """Mask the middle of a private text, keeping a few characters each end.

    >>> mask_text("990101201503020014")
    '9901**********0014'
    >>> mask_text("短")
    '*'
    """
    if len(text) <= keep_start + keep_end:
        return "*" * len(text)
    return text[:keep_start] + "*" * (len(text) - keep_start - keep_end) + text[-keep_end:]


def mask_name(name: str) -> str:
    """Mask a person's name for display, keeping the first character.

    >>> mask_name("李小华"), mask_name("王芳"), mask_name("")
    ('李**', '王*', '')
    """
    if not name:
        return ""
    return name[0] + "*" * (len(name) - 1)


# Shaped like an identity number or a phone, wherever it stands in a text (a
# prefix such as "LB" included): not part of a longer run of digits, whatever
# its check character or area code.
_ID_IN_TEXT = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")
_PHONE_IN_TEXT = re.compile(rf"(?<![0-9+])(?:{_MOBILE.pattern}|{_LANDLINE.pattern})(?![0-9])")


def _mask_phone(match: re.Match[str]) -> str:
    return str(Phone(match.group(0)))


def mask_shaped(text: str) -> str:
    """``text`` with each part shaped like an identity number or a phone masked like one.

    An id, a name or a free text the library shows may hold either (many
    registers key a child by the identity number): MPL art. 103 and the PIPL
    ask that it never be shown whole. Other text is left as it is.

    >>> mask_shaped("990101201503020014"), mask_shaped("LB13900001234"), mask_shaped("SC-018")
    ('9901**********0014', 'LB139****1234', 'SC-018')
    >>> mask_shaped("call 13900001234 or 025-12345678 on 2026-09-01")
    'call 139****1234 or 025******78 on 2026-09-01'
    """
    if not any(c.isdigit() for c in text):
        return text
    text = _ID_IN_TEXT.sub(lambda m: mask_text(m.group(0).upper()), text)
    return _PHONE_IN_TEXT.sub(_mask_phone, text)
