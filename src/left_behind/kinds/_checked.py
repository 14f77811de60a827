"""Text that checks itself when it is made: the base of identity numbers, phones, rules."""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from left_behind.kinds._errors import InvalidData, Problem, ProblemCode
from left_behind.kinds._text import Text

__all__ = ["CheckedText", "bad_text"]

T = TypeVar("T", bound="CheckedText")


def bad_text(code: ProblemCode, message: Text) -> InvalidData:
    """The one problem (at ``$``) of a text its class does not take."""
    return InvalidData([Problem.of("$", code, message)])


class CheckedText(str):
    """A ``str`` that is checked when made, and equal to the text it was made from.

    A subclass says in ``description`` what it holds and checks (and may
    normalise) the text in ``_checked``, raising :func:`bad_text` problems.
    ``pattern``, when given, is a regular expression (in the syntax Python
    and ECMA-262 share) that every text ``_checked`` accepts matches whole:
    the JSON Schema refuses what does not.
    Making one from one of its own kind returns it as it is. ``reveal()``
    gives the whole text back, whatever the class shows on display.
    """

    __slots__ = ()
    description: ClassVar[str] = "text"
    pattern: ClassVar[str | None] = None

    def __new__(cls: type[T], text: str) -> T:
        if type(text) is cls:
            return text
        if not isinstance(text, str):
            name = type(text).__name__
            raise bad_text(
                ProblemCode.TYPE,
                Text(f"应为文本，实为 {name}", f"expected a string, got {name}"),
            )
        return super().__new__(cls, cls._checked(text))

    @classmethod
    def _checked(cls, text: str) -> str:
        """The text to keep, once checked; raise ``bad_text(...)`` when it is wrong."""
        return text

    def reveal(self) -> str:
        """The whole text, as a plain string."""
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (type(self), (self.reveal(),))
