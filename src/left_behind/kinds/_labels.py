"""Enumerations whose members say their value and their labels in one place."""

from __future__ import annotations

import enum

from left_behind.kinds._text import Lang, Text

__all__ = ["LabelledEnum"]


class LabelledEnum(enum.Enum):
    """An enumeration with a stable lowercase value and labels in two languages.

    Each member is declared once, as its value, its Chinese label and its
    English label; the value is what JSON carries and never changes, the
    labels are what a person reads.

    >>> class Colour(LabelledEnum):
    ...     RED = "red", "红色", "red"
    >>> Colour("red").label(), Colour.RED.label("en"), Colour.RED.value
    ('红色', 'red', 'red')
    """

    _value_: str
    _text: Text

    # zh and en have defaults only for type checkers, which read a lookup by
    # value such as Sex("male") as a call of __new__: a member always has both
    def __new__(cls, value: str, zh: str = "", en: str = "") -> LabelledEnum:
        if not (isinstance(value, str) and zh and en):
            raise TypeError(
                f"{cls.__name__}: declare each member as its value, its Chinese label and"
                f' its English label, such as MALE = "male", "男", "male"; got {value!r}'
            )
        if value in cls._value2member_map_:
            # Enum would make the second an alias of the first: a value says one thing
            raise TypeError(f"{cls.__name__}: the value {value!r} is declared twice")
        member = object.__new__(cls)
        member._value_ = value
        member._text = Text(zh, en)
        return member

    def label(self, lang: Lang = "zh") -> str:
        """The member's name for people: Chinese by default, ``"en"`` for English."""
        return self._text.get(lang)

    @property
    def text(self) -> Text:
        """The member's name for people in both languages."""
        return self._text

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """Every stable value, in declaration order."""
        return tuple(m.value for m in cls)
