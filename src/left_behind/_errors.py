"""The one exception for malformed data, and the problems it lists."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from left_behind.kinds._text import Lang as _Lang
from left_behind.kinds._text import Style as _Style

__all__ = ["InvalidData", "Problem"]



@attrs.frozen(kw_only=True, slots=True)
class Problem:
    """One thing wrong with the data: where, what, and a code for machines.

    ``path`` is a JSONPath-like location as the client sent it
    (``$.children[3].birthDate``), and :attr:`keys` the same as a list of
    keys and indexes; ``code`` is a stable lowercase word such as
    ``missing``, ``unknown_key``, ``type``, ``format``, ``check_digit`` or
    ``inconsistent``; ``message_zh`` and ``message_en`` say in plain words,
    in Chinese and in English, what is wrong and how to fix it, and never
    repeat an identity number, phone or address whole.

    >>> p = Problem(path="$.children[0].sex", code="choice",
    ...             message_zh="应为以下之一：'male'、'female'",
    ...             message_en="expected one of 'male', 'female'")
    >>> p.message(), p.message("en"), p.keys
    ("应为以下之一：'male'、'female'", "expected one of 'male', 'female'", ('children', 0, 'sex'))
    """

    path: str
    code: str
    message_en: str
    message_zh: str

    def message(self, lang: _Lang = "zh") -> str:
        """The message in Chinese (the default) or English."""
        return self.message_en if lang == "en" else self.message_zh

    @property
    def keys(self) -> tuple[str | int, ...]:
        """The path as keys and list indexes, from the top: ``('children', 0, 'sex')``."""
        return path_keys(self.path)

    def text(self, lang: _Lang = "zh") -> str:
        """One line for people: the path, the message and the code."""
        sep = ": " if lang == "en" else "："
        return f"{self.path}{sep}{self.message(lang)} [{self.code}]"

    def to_dict(self, *, style: _Style = "snake") -> dict[str, Any]:
        """Plain data for a client: see :meth:`InvalidData.to_dict`."""
        zh, en = ("messageZh", "messageEn") if style == "camel" else ("message_zh", "message_en")
        return {
            "path": self.path,
            "keys": list(self.keys),
            "code": self.code,
            zh: self.message_zh,
            en: self.message_en,
        }

    def __str__(self) -> str:
        return self.text("en")


_STEP = re.compile(r"\.([^.\[]+)|\[([0-9]+)\]|\[('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]")


def path_keys(path: str) -> tuple[str | int, ...]:
    """The keys and indexes of a path as :class:`Problem` writes it.

    >>> path_keys("$.care[0].carer.records[1]")
    ('care', 0, 'carer', 'records', 1)
    >>> path_keys("$['99**85'].x"), path_keys("$")
    (('99**85', 'x'), ())
    """
    keys: list[str | int] = []
    at = 1 if path.startswith("$") else 0
    while at < len(path):
        m = _STEP.match(path, at)
        if m is None:  # not a path this library writes: keep the rest whole
            keys.append(path[at:])
            break
        name, index, quoted = m.groups()
        if name is not None:
            keys.append(name)
        elif index is not None:
            keys.append(int(index))
        else:
            keys.append(str(ast.literal_eval(quoted)))
        at = m.end()
    return tuple(keys)


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
    ``str()`` is in English, for logs and tracebacks; :meth:`text` gives the
    same in Chinese (the default) or English, for people.

    >>> err = InvalidData([Problem(path="$.sex", code="choice",
    ...                            message_zh="应为以下之一：'male'、'female'",
    ...                            message_en="expected one of 'male', 'female'")])
    >>> print(err)
    1 problem:
      $.sex: expected one of 'male', 'female' [choice]
    >>> print(err.text())
    1 个问题：
      $.sex：应为以下之一：'male'、'female' [choice]
    """

    problems: tuple[Problem, ...]
    complete: bool
    """False when some checks could not run because they need a value that
    could not be read (a date that is not a date, say): more problems may
    follow once these are fixed. The text says so on its last line."""

    def __init__(self, problems: Iterable[Problem], *, complete: bool = True) -> None:
        self.problems = tuple(problems)
        self.complete = complete
        super().__init__(self.text("en"))

    def text(self, lang: _Lang = "zh") -> str:
        """Every problem, one a line, under a count: Chinese by default, or English."""
        n = len(self.problems)
        head = f"{n} problem" + ("" if n == 1 else "s") + ":" if lang == "en" else f"{n} 个问题："
        lines = [head, *(f"  {p.text(lang)}" for p in self.problems)]
        if not self.complete:
            lines.append(MORE_MAY_FOLLOW[lang])
        return "\n".join(lines)

    def to_dict(self, *, style: _Style = "snake") -> dict[str, Any]:
        """The problems as plain data, for a client: the one documented JSON form.

        ``{"problems": [...]}``, each problem an object with its ``path`` as
        text (``$.children[0].birth_date``, in the key style of the data that
        was read), ``keys``, the same path as a list of keys and indexes
        (``["children", 0, "birth_date"]``), its ``code`` and its messages
        ``message_zh`` and ``message_en``. With ``style="camel"`` the two
        message keys are ``messageZh`` and ``messageEn``; the paths are
        those of the data as it was sent. ``complete`` is false when some
        checks could not run for a value that could not be read, so that
        more problems may follow once these are fixed (:attr:`complete`).

        >>> import left_behind as lb
        >>> try:
        ...     lb.from_json('{"on": "2026-03-01", "parent": "mother", "party": "both"}',
        ...                  lb.ContactEvent, style="camel")
        ... except lb.InvalidData as e:
        ...     print(e.to_json(style="camel", indent=1))
        {
         "problems": [
          {
           "path": "$.mode",
           "keys": [
            "mode"
           ],
           "code": "missing",
           "messageZh": "缺少必填项，应为以下之一：'call'、'video'、'visit'",
           "messageEn": "required key is missing: one of 'call', 'video', 'visit'"
          }
         ],
         "complete": true
        }
        """
        if style not in ("snake", "camel"):
            raise ValueError(f"style must be 'snake' or 'camel', not {style!r}")
        return {
            "problems": [p.to_dict(style=style) for p in self.problems],
            "complete": self.complete,
        }

    def to_json(self, *, style: _Style = "snake", indent: int | None = None) -> str:
        """:meth:`to_dict` as JSON text (Chinese written as is)."""
        return json.dumps(self.to_dict(style=style), ensure_ascii=False, indent=indent)

    def __str__(self) -> str:
        return self.text("en")

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.problems, self.complete))


def _rebuild(problems: tuple[Problem, ...], complete: bool) -> InvalidData:
    return InvalidData(problems, complete=complete)


MORE_MAY_FOLLOW: dict[_Lang, str] = {
    "zh": "（有些检查要用到上面无法读取的值，改正后可能还会发现其他问题）",
    "en": "(some checks need values above that could not be read: more problems may"
    " follow once these are fixed)",
}
"""The last line of :meth:`InvalidData.text` when not every check could run."""


# Tracebacks and reprs name the public path (``left_behind.InvalidData``), the
# one a caller imports, not the private module that defines them.
InvalidData.__module__ = Problem.__module__ = "left_behind"
