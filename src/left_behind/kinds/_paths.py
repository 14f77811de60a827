"""A path in a record, said in words: what a person reads instead of ``$.care[0].carer``.

The words are those each field declares (``field(words=(zh, en))``): a path
is read field by field from the record class, in either key style, and each
step is named by its field's words, with the item's number in a list.

>>> from left_behind import Child
>>> path_words(Child, "$.care[0].carer.records[0]")
'第 1 条照护安排的委托照护人的第 1 条记录'
>>> path_words(Child, "$.care[0].schoolNotifiedOn", "en")
'care arrangement 1 › the day the school was told'
"""

from __future__ import annotations

import functools
import typing
from typing import Any

import attrs

from left_behind.kinds._base import words_of
from left_behind.kinds._errors import path_keys
from left_behind.kinds._fields import camel
from left_behind.kinds._kinds import LIST, OPTIONAL, RECORD, SET, kind_or_none
from left_behind.kinds._text import Lang, Text

__all__ = ["path_words"]


@functools.cache
def _fields_by_key(cls: type) -> dict[str, tuple[attrs.Attribute[Any], Any]]:
    """Each field of a record class by its key in either style, with its type read once.

    Reading a class's type hints costs far more than any finding's text
    (it compiles every annotation), and a report names the same fields over
    and over: they are read once per class.
    """
    hints = typing.get_type_hints(cls)
    found: dict[str, tuple[attrs.Attribute[Any], Any]] = {}
    for a in reversed(attrs.fields(cls)):  # the first field wins, as declared
        found[camel(a.name)] = (a, hints[a.name])
        found[a.name] = (a, hints[a.name])
    return found


def _field(cls: type, key: str) -> tuple[attrs.Attribute[Any], Any] | None:
    if not (isinstance(cls, type) and attrs.has(cls)):
        return None
    return _fields_by_key(cls).get(key)


def _unwrap(tp: Any) -> Any:
    """``X`` for ``X | None``, else the type itself."""
    if kind_or_none(tp) is OPTIONAL:
        return next(t for t in typing.get_args(tp) if t is not type(None))
    return tp


@functools.lru_cache(maxsize=4096)
def path_words(cls: type, path: str, lang: Lang = "zh") -> str:
    """``path`` (as findings and problems write it) in words, for a record of ``cls``.

    A step the class does not declare (a key it does not have) is kept as
    written, so the words never hide where the problem is. The whole record
    (``$``) is said as such.

    >>> from left_behind import Register
    >>> path_words(Register, "$.children[3].birth_date")
    '第 4 条儿童的出生日期'
    >>> path_words(Register, "$"), path_words(Register, "$.nmae", "en")
    ('整条记录', 'nmae')
    """
    keys = path_keys(path)
    steps: list[str] = []
    tp: Any = cls
    i = 0
    while i < len(keys):
        key = keys[i]
        found = _field(tp, key) if isinstance(key, str) else None
        if found is None:
            rest = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys[i:])
            steps.append(rest.lstrip("."))
            break
        a, hint = found
        words = words_of(a)
        tp = _unwrap(hint)
        nxt = keys[i + 1] if i + 1 < len(keys) else None
        if isinstance(nxt, int) and kind_or_none(tp) in (LIST, SET):
            steps.append(Text(f"第 {nxt + 1} 条{words.zh}", f"{words.en} {nxt + 1}").get(lang))
            tp = _unwrap(typing.get_args(tp)[0])
            i += 2
        else:
            steps.append(words.get(lang))
            i += 1
        if kind_or_none(tp) is not RECORD and i < len(keys):
            rest = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys[i:])
            steps.append(rest.lstrip("."))
            break
    if not steps:
        return Text("整条记录", "the whole record").get(lang)
    return Text("的", " › ").get(lang).join(steps)
