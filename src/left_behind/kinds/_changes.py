"""What changed between two versions of a record: a change log to keep and to show.

:func:`changes` walks two versions of any record of the library, field by
field in the order the record declares them (the order of its plain data),
and gives each difference as a :class:`Change`: where (a path as
:class:`~left_behind.InvalidData` problems write it, ``$.care[1].carer.phone``),
what kind of change, and the old and new value as plain data (as ``to_dict``
writes them), with every private value masked the way the records show it:
a field declared ``private`` by its first character (``李**``), an identity
number or a phone, and any text shaped like one, as in ``repr``
(``139****0001``). So a change log can be stored and shown without
repeating what MPL art. 103 and the PIPL protect.

Lists of records with an ``id`` are matched by id: a child removed is at its
index in the old version, a child added or edited at its index in the new
one, and a child whose place among the others changed is one ``moved``
change (the fewest that explain the new order), not a removal and an
addition. Other lists are compared place by place, sets as sets. Within a
list the removals come first, then the rest in the order of the new version.

>>> import attrs
>>> import left_behind as lb
>>> child = lb.samples.shicun().children[0]
>>> first = child.care[0]
>>> carer = attrs.evolve(first.carer, phone=lb.kinds.Phone("13900000002"))
>>> care = (attrs.evolve(first, carer=carer), *child.care[1:])
>>> log = changes(child, attrs.evolve(child, care=care))
>>> print(log.text("en", words=False))
$.care[0].carer.phone: 139****9456 → 139****0002
>>> print(log.text())
第 1 条照护安排的委托照护人的电话：139****9456 → 139****0002
>>> print(log.text("en"))
care arrangement 1 › the entrusted carer › the phone: 139****9456 → 139****0002
>>> log.to_dict()
[{'path': '$.care[0].carer.phone', 'kind': 'changed', 'old': '139****9456', 'new': '139****0002'}]
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator
from typing import Any

import attrs

from left_behind.kinds._checked import CheckedText
from left_behind.kinds._convert import is_record, unstructure
from left_behind.kinds._fields import PRIVATE, camel
from left_behind.kinds._ids import mask_name, mask_shaped
from left_behind.kinds._labels import LabelledEnum
from left_behind.kinds._paths import path_words
from left_behind.kinds._text import COLON, Lang, Style, Text, check_lang, check_style

__all__ = ["Change", "ChangeKind", "Changes", "changes"]


class ChangeKind(LabelledEnum):
    """What happened at a path between two versions of a record."""

    ADDED = "added", "新增", "added"
    """Nothing was there before (a field without a value, an item of a list or a set)."""
    REMOVED = "removed", "删除", "removed"
    """Nothing is there now."""
    CHANGED = "changed", "修改", "changed"
    """A value replaced by another."""
    MOVED = "moved", "移动", "moved"
    """An item with an id in another place of its list: ``old`` and ``new`` are its indexes."""


@attrs.frozen(kw_only=True, slots=True)
class Change:
    """One difference: where, what kind, and the old and new value as masked plain data.

    ``old`` is ``None`` for an addition and ``new`` for a removal; for a
    move they are the item's index in the old and in the new list.
    """

    path: str
    kind: ChangeKind
    old: Any = None
    new: Any = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data: ``path``, ``kind`` (its stable value), ``old`` and ``new``."""
        return {"path": self.path, "kind": self.kind.value, "old": self.old, "new": self.new}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Change:
        """The change :meth:`to_dict` wrote (a log read back from where it was kept)."""
        return cls(
            path=data["path"], kind=ChangeKind(data["kind"]), old=data["old"], new=data["new"]
        )


def _shown(value: Any, lang: Lang) -> str:
    if value is None:
        return Text("（空）", "(none)").get(lang)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


@attrs.frozen(kw_only=True, slots=True)
class Changes:
    """The changes between two versions of a record of class ``record``, in document order.

    Iterate over it for each :class:`Change`; it is false when nothing changed.
    ``style`` is the key style of its paths and values.
    """

    record: type
    style: Style
    items: tuple[Change, ...]

    def __iter__(self) -> Iterator[Change]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    def to_dict(self) -> list[dict[str, Any]]:
        """Plain data: a list of changes, each as :meth:`Change.to_dict` writes it."""
        return [c.to_dict() for c in self.items]

    @classmethod
    def from_dict(cls, data: list[dict[str, Any]], *, record: type, style: Style) -> Changes:
        """The changes :meth:`to_dict` wrote of a record of class ``record``, in ``style``.

        >>> import left_behind as lb
        >>> log = Changes.from_dict([{"path": "$.village", "kind": "changed", "old": "石村",
        ...                           "new": "新村"}], record=lb.Child, style="snake")
        >>> print(log.text("en"))
        the village the child lives in: 石村 → 新村
        """
        check_style(style)
        return cls(record=record, style=style, items=tuple(Change.from_dict(c) for c in data))

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as JSON text (Chinese written as is): one line unless ``indent``."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def line(self, change: Change, lang: Lang = "zh", *, words: bool = True) -> str:
        """One change for people: where (in the fields' words, or the path), then what.

        >>> import left_behind as lb
        >>> log = Changes(record=lb.Child, style="snake", items=())
        >>> print(log.line(Change(path="$.care[1]", kind=ChangeKind.MOVED, old=0, new=1), "en"))
        care arrangement 2: moved from place 1 to place 2
        """
        check_lang(lang)
        where = path_words(self.record, change.path, lang) if words else change.path
        old, new = _shown(change.old, lang), _shown(change.new, lang)
        if change.kind is ChangeKind.MOVED:
            a, b = change.old + 1, change.new + 1
            what = Text(f"从第 {a} 位移到第 {b} 位", f"moved from place {a} to place {b}")
        elif change.kind is ChangeKind.ADDED:
            what = Text(f"新增 {new}", f"added {new}")
        elif change.kind is ChangeKind.REMOVED:
            what = Text(f"删除 {old}", f"removed {old}")
        else:
            what = Text.same(f"{old} → {new}")
        return f"{where}{COLON.get(lang)}{what.get(lang)}"

    def text(self, lang: Lang = "zh", *, words: bool = True) -> str:
        """Every change, one a line (:meth:`line`): Chinese by default, or English."""
        return "\n".join(self.line(c, lang, words=words) for c in self.items)


# --- masking: the plain data of a value, private parts hidden -----------------


def _masked(value: Any, plain: Any, private: bool, style: Style) -> Any:
    """``plain`` (the plain data of ``value``) with what is private in it masked."""
    if value is None:
        return None
    if is_record(value):
        out: dict[str, Any] = {}
        for a in attrs.fields(type(value)):
            key = _key(a.name, style)
            out[key] = _masked(
                getattr(value, a.name), plain[key], bool(a.metadata.get(PRIVATE)), style
            )
        return out
    if isinstance(value, tuple):
        return [_masked(v, p, private, style) for v, p in zip(value, plain, strict=True)]
    if isinstance(value, frozenset):
        return [_masked(v, p, private, style) for v, p in _sorted_set(value, style)]
    if isinstance(value, CheckedText):
        return mask_shaped(str(value))  # shown as it shows itself (a phone: 139****0001)
    if isinstance(plain, str):
        return mask_name(plain) if private else mask_shaped(plain)
    return plain


def _sorted_set(value: frozenset[Any], style: Style) -> list[tuple[Any, Any]]:
    """The items of a set with their plain data, in the order its plain data lists them."""
    pairs = [(v, unstructure(v, style)) for v in value]
    return sorted(pairs, key=lambda pair: pair[1])


def _key(name: str, style: Style) -> str:
    return camel(name) if style == "camel" else name


# --- the walk -----------------------------------------------------------------


class _Walk:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.found: list[Change] = []

    def shown(self, value: Any, private: bool) -> Any:
        return _masked(value, unstructure(value, self.style), private, self.style)

    def add(self, path: str, kind: ChangeKind, old: Any = None, new: Any = None) -> None:
        self.found.append(Change(path=path, kind=kind, old=old, new=new))

    def value(self, path: str, old: Any, new: Any, private: bool) -> None:
        if old == new:
            return
        if old is None:
            self.add(path, ChangeKind.ADDED, new=self.shown(new, private))
        elif new is None:
            self.add(path, ChangeKind.REMOVED, old=self.shown(old, private))
        elif is_record(old) and type(old) is type(new):
            self.record(path, old, new)
        elif isinstance(old, tuple) and isinstance(new, tuple):
            if _by_id(old) and _by_id(new):
                self.by_id(path, old, new, private)
            else:
                self.by_place(path, old, new, private)
        elif isinstance(old, frozenset) and isinstance(new, frozenset):
            self.set(path, old, new, private)
        else:
            self.add(
                path, ChangeKind.CHANGED, old=self.shown(old, private), new=self.shown(new, private)
            )

    def record(self, path: str, old: Any, new: Any) -> None:
        for a in attrs.fields(type(old)):
            self.value(
                f"{path}.{_key(a.name, self.style)}",
                getattr(old, a.name),
                getattr(new, a.name),
                bool(a.metadata.get(PRIVATE)),
            )

    def by_place(
        self, path: str, old: tuple[Any, ...], new: tuple[Any, ...], private: bool
    ) -> None:
        for i in range(len(new), len(old)):
            self.add(f"{path}[{i}]", ChangeKind.REMOVED, old=self.shown(old[i], private))
        for i, item in enumerate(new):
            if i < len(old):
                self.value(f"{path}[{i}]", old[i], item, private)
            else:
                self.add(f"{path}[{i}]", ChangeKind.ADDED, new=self.shown(item, private))

    def by_id(self, path: str, old: tuple[Any, ...], new: tuple[Any, ...], private: bool) -> None:
        was = {item.id: i for i, item in enumerate(old)}
        now = {item.id for item in new}
        for i, item in enumerate(old):
            if item.id not in now:
                self.add(f"{path}[{i}]", ChangeKind.REMOVED, old=self.shown(item, private))
        kept = _kept_in_order([was[item.id] for item in new if item.id in was])
        for i, item in enumerate(new):
            at = f"{path}[{i}]"
            if item.id not in was:
                self.add(at, ChangeKind.ADDED, new=self.shown(item, private))
                continue
            before = was[item.id]
            if before not in kept:
                self.add(at, ChangeKind.MOVED, old=before, new=i)
            self.value(at, old[before], item, private)

    def set(self, path: str, old: frozenset[Any], new: frozenset[Any], private: bool) -> None:
        for i, (item, plain) in enumerate(_sorted_set(old, self.style)):
            if item not in new:
                self.add(
                    f"{path}[{i}]",
                    ChangeKind.REMOVED,
                    old=_masked(item, plain, private, self.style),
                )
        for i, (item, plain) in enumerate(_sorted_set(new, self.style)):
            if item not in old:
                self.add(
                    f"{path}[{i}]", ChangeKind.ADDED, new=_masked(item, plain, private, self.style)
                )


def _by_id(items: tuple[Any, ...]) -> bool:
    """Whether a list's items are records matched by their ``id``: each has one, all differ."""
    ids: set[Any] = set()
    for item in items:
        if not is_record(item) or not hasattr(item, "id") or item.id is None or item.id in ids:
            return False
        ids.add(item.id)
    return True


def _kept_in_order(places: list[int]) -> set[int]:
    """The longest run of ``places`` that rises (the items that kept their order), as a set.

    What is not in it moved: the fewest moves that give the new order.

    >>> sorted(_kept_in_order([0, 2, 1, 3])), sorted(_kept_in_order([3, 0, 1, 2]))
    ([0, 1, 3], [0, 1, 2])
    """
    ends: list[int] = []  # ends[k]: the least last place of a rising run of k + 1
    tails: list[int] = []  # tails[k]: where in places that run ends
    back: list[int] = []  # back[j]: where in places the run ending at j goes before it, or -1
    for j, p in enumerate(places):
        k = bisect.bisect_left(ends, p)
        back.append(tails[k - 1] if k else -1)
        if k == len(ends):
            ends.append(p)
            tails.append(j)
        else:
            ends[k], tails[k] = p, j
    kept: set[int] = set()
    j = tails[-1] if tails else -1
    while j >= 0:
        kept.add(places[j])
        j = back[j]
    return kept


def changes(before: Any, after: Any, *, style: Style = "snake") -> Changes:
    """What changed from ``before`` to ``after``, two versions of one record of the library.

    Each :class:`Change` has its path, its kind and its old and new value as
    masked plain data, in the order of the document (see the module's help).
    ``style="camel"`` writes the paths and the keys of the values in
    camelCase, as ``to_dict(style="camel")`` does. Nothing changed gives an
    empty (false) :class:`Changes`, exactly when ``before == after``.

    Two values that are not records of the same class are a mistake of the
    program, not of its data: a ``TypeError``.

    >>> import left_behind as lb
    >>> reg = lb.samples.shicun()
    >>> bool(changes(reg, reg))
    False
    >>> changes(reg, reg.children[0])
    Traceback (most recent call last):
    ...
    TypeError: changes compares two versions of one record: got Register and Child
    """
    check_style(style)
    if not (is_record(before) and type(before) is type(after)):
        raise TypeError(
            "changes compares two versions of one record:"
            f" got {type(before).__name__} and {type(after).__name__}"
        )
    walk = _Walk(style)
    walk.record("$", before, after)
    return Changes(record=type(before), style=style, items=tuple(walk.found))
