"""The one exception for malformed data, and the problems it lists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

__all__ = ["InvalidData", "Problem"]


@attrs.frozen(kw_only=True, slots=True)
class Problem:
    """One thing wrong with the data: where, what, and a code for machines.

    ``path`` is a JSONPath-like location as the client sent it
    (``$.children[3].birthDate``); ``code`` is a stable lowercase word such
    as ``missing``, ``unknown_key``, ``type``, ``format``, ``check_digit``
    or ``inconsistent``; ``message`` says in plain words what is wrong and
    how to fix it, and never repeats an identity number, phone or address
    whole.
    """

    path: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.code}]"


def join_path(prefix: str, suffix: str) -> str:
    """Join a parent path and a child path (``$`` stands for "here").

    >>> join_path("$.children[2]", "$.birth_date")
    '$.children[2].birth_date'
    >>> join_path("$", "$[0]")
    '$[0]'
    """
    if suffix == "$":
        return prefix
    return prefix + suffix[1:]


class InvalidData(ValueError):
    """Malformed data: every problem found, each with its path.

    Raised by every loader (``from_dict``, ``from_json``) and by every model
    constructor. It is a ``ValueError``, so code that already catches
    ``ValueError`` keeps working; read :attr:`problems` for the details.

    >>> err = InvalidData([Problem(path="$.sex", code="choice",
    ...                            message="expected one of 'male', 'female'")])
    >>> print(err)
    1 problem:
      $.sex: expected one of 'male', 'female' [choice]
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self._text())

    def _text(self) -> str:
        n = len(self.problems)
        head = f"{n} problem" + ("" if n == 1 else "s") + ":"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])

    def __str__(self) -> str:
        return self._text()

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)

    def __reduce__(self) -> tuple[type[InvalidData], tuple[tuple[Problem, ...]]]:
        return (InvalidData, (self.problems,))


# Tracebacks and reprs name the public path (``left_behind.InvalidData``), the
# one a caller imports, not the private module that defines them.
InvalidData.__module__ = Problem.__module__ = "left_behind"
