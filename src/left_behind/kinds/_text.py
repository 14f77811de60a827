"""One bilingual text, and the language and key style every part speaks of.

Everything a person reads comes in Chinese and English: a problem's message,
a finding's, a rule's title, a field's words, a risk factor, a setting. Each
is a :class:`Text`, always Chinese first, so no part of the library writes
the pair in its own order or picks a language with its own ternary.

>>> t = Text("每{n}天", "every {n} days").format(n=7)
>>> t.get(), t.get("en")
('每7天', 'every 7 days')
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from typing import Any, Literal, TypeAlias

__all__ = [
    "COLON",
    "SEMICOLON",
    "Lang",
    "Style",
    "Text",
    "check_lang",
    "check_style",
    "table",
    "text_width",
]

if TYPE_CHECKING:
    Lang: TypeAlias = Literal["zh", "en"]
    """A language of the labels and messages: Chinese (the default) or English."""

    Style: TypeAlias = Literal["snake", "camel"]
    """The key style of plain data and JSON: ``"snake"`` (``birth_date``) or ``"camel"``."""
else:
    # The two aliases are made on first use: the help texts of the command
    # line are Texts, and loading typing for them would cost --help a third
    # of its time.
    def __getattr__(name: str) -> Any:
        if name not in ("Lang", "Style"):
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import typing

        values = ("zh", "en") if name == "Lang" else ("snake", "camel")
        alias = typing.Literal[values]
        globals()[name] = alias
        return alias


def check_style(style: object) -> None:
    """Raise ``ValueError`` unless ``style`` is a :data:`Style`.

    A wrong style is a mistake in the calling program, not in its data, so it
    is a plain ``ValueError`` and never :class:`~left_behind.InvalidData`.
    """
    if style != "snake" and style != "camel":
        raise ValueError(f"style must be 'snake' or 'camel', not {style!r}")


def check_lang(lang: object) -> None:
    """Raise ``ValueError`` unless ``lang`` is a :data:`Lang` (a mistake of the program)."""
    if lang != "zh" and lang != "en":
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")


class Text:
    """A text in Chinese and English: ``Text(zh, en)``.

    ``get(lang)`` reads one language (Chinese unless ``"en"``); ``format``
    fills both with the same values; ``map`` applies one function to both.
    A plain frozen value (equal, hashable, picklable), not an attrs class:
    every help text of the command line is one, and ``--help`` should not
    pay for importing attrs.

    >>> Text("儿童", "Child").get("en")
    'Child'
    >>> Text("儿童", "Child") + Text("：", ": ")
    Text(zh='儿童：', en='Child: ')
    >>> Text("儿童", "Child") == Text(zh="儿童", en="Child")
    True
    """

    __slots__ = ("en", "zh")
    __match_args__ = ("zh", "en")

    zh: str
    en: str

    def __init__(self, zh: str, en: str) -> None:
        object.__setattr__(self, "zh", zh)
        object.__setattr__(self, "en", en)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Text cannot be changed (tried to set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Text cannot be changed (tried to delete {name!r})")

    def __eq__(self, other: object) -> bool:
        if type(other) is not Text:
            return NotImplemented
        return self.zh == other.zh and self.en == other.en

    def __hash__(self) -> int:
        return hash((Text, self.zh, self.en))

    def __repr__(self) -> str:
        return f"Text(zh={self.zh!r}, en={self.en!r})"

    def __reduce__(self) -> tuple[type[Text], tuple[str, str]]:
        return (Text, (self.zh, self.en))

    def get(self, lang: Lang = "zh") -> str:
        """The text in ``lang``: Chinese by default, ``"en"`` for English."""
        return self.en if lang == "en" else self.zh

    def format(self, **values: Any) -> Text:
        """Both languages with ``{name}`` fields filled from ``values``."""
        return Text(self.zh.format(**values), self.en.format(**values))

    def map(self, fn: Callable[[str], str]) -> Text:
        """``fn`` applied to each language."""
        return Text(fn(self.zh), fn(self.en))

    def __add__(self, other: Text) -> Text:
        if not isinstance(other, Text):
            return NotImplemented
        return Text(self.zh + other.zh, self.en + other.en)

    @classmethod
    def same(cls, text: str) -> Text:
        """A text that reads the same in both languages (an id, a number)."""
        return cls(text, text)

    def __str__(self) -> str:
        return self.zh


COLON = Text("：", ": ")
SEMICOLON = Text("；", "; ")
"""The separator of items in a line: full width in Chinese, ``"; "`` in English."""
"""What comes between a name and what is said of it: a full-width colon, or a colon and a space."""


def text_width(text: str) -> int:
    """Columns that ``text`` takes in a terminal: Chinese characters take two.

    East Asian wide and full-width characters take two columns and
    combining marks none; that is all the text of this library holds.

    >>> text_width("留守儿童"), text_width("left-behind"), text_width("0-5 岁")
    (8, 11, 6)
    """
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def table(rows: Sequence[Sequence[str]], right: Sequence[int] = (), indent: str = "") -> list[str]:
    """``rows`` as lines whose columns line up in a terminal, two spaces apart.

    Columns are as wide as their widest cell by :func:`text_width`; those
    numbered in ``right`` are aligned right (numbers), the others left. The
    lines carry no trailing spaces.

    >>> for line in table([["儿童", "3"], ["volunteer", "1000"]], right=[1]):
    ...     print(line)
    儿童          3
    volunteer  1000
    """
    if not rows:
        return []
    widths = [max(text_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = []
        for i, (cell, w) in enumerate(zip(r, widths, strict=True)):
            pad = " " * (w - text_width(cell))
            cells.append(pad + cell if i in right else cell + pad)
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines
