"""The change log: what changed between two versions of a record, with private values masked."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.kinds import Change, ChangeKind, mask_name
from profiles import examples

SETTINGS = settings(max_examples=examples(0.5))

ADDED, REMOVED, CHANGED, MOVED = (
    ChangeKind.ADDED,
    ChangeKind.REMOVED,
    ChangeKind.CHANGED,
    ChangeKind.MOVED,
)


# --- helpers -------------------------------------------------------------------


def at(data: Any, path: str) -> Any:
    """The value at ``path`` in plain data; ``KeyError`` or ``IndexError`` when there is none."""
    for key in lb.kinds.Problem(path=path, code="type", message_en="", message_zh="").keys:
        data = data[key]
    return data


def _records(obj: Any) -> Iterator[Any]:
    if attrs.has(type(obj)):
        yield obj
        for a in attrs.fields(type(obj)):
            yield from _records(getattr(obj, a.name))
    elif isinstance(obj, (tuple, frozenset)):
        for item in obj:
            yield from _records(item)


def secrets(*objs: Any) -> set[str]:
    """Every private value inside ``objs`` whole: found by the fields' declarations and kinds.

    A name of one character is shown as it is (``mask_name`` keeps the first), so it is left out.
    """
    found: set[str] = set()
    for obj in objs:
        for record in _records(obj):
            for a in attrs.fields(type(record)):
                value = getattr(record, a.name)
                if isinstance(value, lb.kinds.CheckedText) and str(value) != value.reveal():
                    found.add(value.reveal())
                    if isinstance(value, lb.kinds.Phone):
                        found.add(value.digits)
                elif (
                    a.metadata.get(lb.kinds.PRIVATE)
                    and isinstance(value, str)
                    and mask_name(value) != value
                ):
                    found.add(value)
    return found


def sides(change: Change) -> tuple[bool, bool]:
    """Whether the change's path must be found in the old version, and in the new."""
    return {
        ADDED: (False, True),
        REMOVED: (True, False),
        CHANGED: (True, True),
        MOVED: (False, True),
    }[change.kind]


@st.composite
def register_versions(draw: st.DrawFn) -> tuple[lb.Register, lb.Register]:
    """Two versions of a register: edited as people edit one, or another register altogether."""
    before = draw(lt.registers(max_children=4))
    children = list(before.children)
    how = draw(st.sampled_from(["other", "same", "reorder", "remove", "add", "edit"]))
    if how == "other":
        return before, draw(lt.registers(max_children=4))
    if how == "reorder":
        children = draw(st.permutations(children))
    elif how == "remove" and children:
        del children[draw(st.integers(0, len(children) - 1))]
    elif how == "add":
        taken = {c.id for c in children}
        new = draw(lt.children().filter(lambda c: c.id not in taken))
        children.insert(draw(st.integers(0, len(children))), new)
    elif how == "edit" and children:
        i = draw(st.integers(0, len(children) - 1))
        children[i] = draw(lt.children(child_id=children[i].id))
    return before, attrs.evolve(before, children=tuple(children))


# --- properties ----------------------------------------------------------------


@SETTINGS
@given(child=lt.children())
def test_no_changes_between_a_record_and_itself(child: lb.Child) -> None:
    log = lb.changes(child, child)
    assert not log
    assert log.to_dict() == []
    assert lb.changes(child, attrs.evolve(child)).items == ()


@SETTINGS
@given(versions=register_versions(), style=st.sampled_from(["snake", "camel"]))
def test_changes_are_empty_exactly_when_the_versions_are_equal(
    versions: tuple[lb.Register, lb.Register], style: lb.kinds.Style
) -> None:
    before, after = versions
    assert (not lb.changes(before, after, style=style)) == (before == after)


@SETTINGS
@given(versions=register_versions(), style=st.sampled_from(["snake", "camel"]))
def test_every_path_is_in_the_version_it_speaks_of(
    versions: tuple[lb.Register, lb.Register], style: lb.kinds.Style
) -> None:
    before, after = versions
    old, new = lb.to_dict(before, style=style), lb.to_dict(after, style=style)
    for change in lb.changes(before, after, style=style):
        in_old, in_new = sides(change)
        if in_old:
            at(old, change.path)
        if in_new:
            at(new, change.path)
        assert change.path == (
            lb.kinds.camel_path(change.path) if style == "camel" else change.path
        )


@SETTINGS
@given(versions=register_versions())
def test_a_child_kept_is_never_removed_and_added(
    versions: tuple[lb.Register, lb.Register],
) -> None:
    """Children are matched by id: one in both versions is moved or edited, never replaced."""
    before, after = versions
    both = {c.id for c in before.children} & {c.id for c in after.children}
    for change in lb.changes(before, after):
        if re.fullmatch(r"\$\.children\[[0-9]+\]", change.path):
            if change.kind is ADDED:
                assert change.new["id"] not in both
            if change.kind is REMOVED:
                assert change.old["id"] not in both


@SETTINGS
@given(versions=register_versions())
def test_no_private_value_shows_whole(versions: tuple[lb.Register, lb.Register]) -> None:
    before, after = versions
    log = lb.changes(before, after)
    shown = "\n".join([log.to_json(), log.text(), log.text("en"), log.text(words=False)])
    for secret in secrets(before, after):
        assert secret not in shown, f"{secret!r} shows whole"


@SETTINGS
@given(child=lt.children(), other=lt.children())
def test_the_plain_values_are_those_to_dict_writes_masked(child: lb.Child, other: lb.Child) -> None:
    """A value with nothing private in it is kept exactly as ``to_dict`` writes it."""
    for change in lb.changes(child, other):
        for value, version in ((change.old, child), (change.new, other)):
            if change.kind is MOVED or value is None:
                continue
            plain = at(lb.to_dict(version), change.path)
            if not secrets(plain) and isinstance(value, (bool, int, float)):
                assert value == plain


# --- tables --------------------------------------------------------------------

SAMPLE = lb.samples.shicun()


def _with_carer_phone(child: lb.Child, i: int, phone: str) -> lb.Child:
    care = list(child.care)
    assert care[i].carer is not None
    care[i] = attrs.evolve(care[i], carer=attrs.evolve(care[i].carer, phone=lb.kinds.Phone(phone)))
    return attrs.evolve(child, care=tuple(care))


def _cared_for(child: lb.Child) -> int:
    return next(i for i, c in enumerate(child.care) if c.carer is not None)


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_an_edited_phone(style: lb.kinds.Style) -> None:
    child = next(c for c in SAMPLE.children if len(c.care) > 1)
    i = _cared_for(child)
    before = _with_carer_phone(child, i, "13900000001")
    after = _with_carer_phone(child, i, "13900000002")
    log = lb.changes(before, after, style=style)
    assert [c.to_dict() for c in log] == [
        {
            "path": f"$.care[{i}].carer.phone",
            "kind": "changed",
            "old": str(lb.kinds.Phone("13900000001")),
            "new": str(lb.kinds.Phone("13900000002")),
        }
    ]
    assert log.text("en", words=False) == (
        f"$.care[{i}].carer.phone: {lb.kinds.Phone('13900000001')}"
        f" → {lb.kinds.Phone('13900000002')}"
    )
    words = lb.kinds.path_words(lb.Child, f"$.care[{i}].carer.phone")
    old, new = lb.kinds.Phone("13900000001"), lb.kinds.Phone("13900000002")
    assert log.text() == f"{words}：{old} → {new}"


def test_an_added_care_arrangement() -> None:
    after = next(c for c in SAMPLE.children if len(c.care) > 1 and c.care[-1].carer is not None)
    before = attrs.evolve(after, care=after.care[:-1])
    (change,) = lb.changes(before, after)
    n = len(before.care)
    assert (change.path, change.kind, change.old) == (f"$.care[{n}]", ADDED, None)
    plain = lb.to_dict(after.care[-1])
    carer = after.care[-1].carer
    assert carer is not None
    assert change.new["carer"]["name"] == mask_name(carer.name)
    masked = {**plain, "carer": {**plain["carer"], "name": mask_name(carer.name)}}
    if carer.phone is not None:
        masked["carer"]["phone"] = str(carer.phone)
    if carer.id_number is not None:
        masked["carer"]["id_number"] = str(carer.id_number)
    assert change.new == masked
    # and the other way round, a removal at the same place, the old value the same
    (back,) = lb.changes(after, before)
    assert (back.path, back.kind, back.old, back.new) == (change.path, REMOVED, change.new, None)


CHILDREN = SAMPLE.children[:4]


@pytest.mark.parametrize(
    ("before", "after", "expected", "why"),
    [
        (CHILDREN[:3], CHILDREN, [("$.children[3]", ADDED)], "added at the end"),
        (CHILDREN[1:], CHILDREN, [("$.children[0]", ADDED)], "added first: the others not moved"),
        (CHILDREN, CHILDREN[:3], [("$.children[3]", REMOVED)], "removed at the end"),
        (
            CHILDREN,
            (CHILDREN[0], *CHILDREN[2:]),
            [("$.children[1]", REMOVED)],
            "removed in the middle: at its place in the old version",
        ),
        (
            CHILDREN,
            (CHILDREN[3], *CHILDREN[:3]),
            [("$.children[0]", MOVED)],
            "the last put first: one move, at its new place",
        ),
        (
            CHILDREN,
            (CHILDREN[1], CHILDREN[0], *CHILDREN[2:]),
            [("$.children[0]", MOVED)],
            "two swapped: one of them moved",
        ),
        (
            CHILDREN,
            (CHILDREN[1], *CHILDREN[2:]),
            [("$.children[0]", REMOVED)],
            "the first removed: the others shift, none moved",
        ),
    ],
)
def test_children_added_removed_and_reordered(
    before: tuple[lb.Child, ...],
    after: tuple[lb.Child, ...],
    expected: list[tuple[str, ChangeKind]],
    why: str,
) -> None:
    old = attrs.evolve(SAMPLE, children=before)
    new = attrs.evolve(SAMPLE, children=after)
    log = lb.changes(old, new)
    assert [(c.path, c.kind) for c in log] == expected, why
    for change in log:
        if change.kind is ADDED:
            assert change.new["id"] == at(lb.to_dict(new), change.path)["id"]
        if change.kind is REMOVED:
            assert change.old["id"] == at(lb.to_dict(old), change.path)["id"]


def test_a_moved_child_says_both_places_and_its_edits_under_the_new_one() -> None:
    first, *rest = CHILDREN
    moved = attrs.evolve(first, village="新村")
    log = lb.changes(
        attrs.evolve(SAMPLE, children=CHILDREN),
        attrs.evolve(SAMPLE, children=(*rest, moved)),
    )
    n = len(rest)
    assert [c.to_dict() for c in log] == [
        {"path": f"$.children[{n}]", "kind": "moved", "old": 0, "new": n},
        {
            "path": f"$.children[{n}].village",
            "kind": "changed",
            "old": first.village,
            "new": "新村",
        },
    ]
    assert log.text("en").splitlines()[0] == f"child {n + 1}: moved from place 1 to place {n + 1}"


def test_sets_are_compared_as_sets() -> None:
    child = SAMPLE.children[0]
    chess, music, dance = (
        lb.model.Interest("chess"),
        lb.model.Interest("music"),
        lb.model.Interest("dance"),
    )
    before = attrs.evolve(child, interests=frozenset({chess, music}))
    after = attrs.evolve(child, interests=frozenset({music, dance}))
    log = lb.changes(before, after)
    old, new = lb.to_dict(before)["interests"], lb.to_dict(after)["interests"]
    assert [c.to_dict() for c in log] == [
        {
            "path": f"$.interests[{old.index('chess')}]",
            "kind": "removed",
            "old": "chess",
            "new": None,
        },
        {
            "path": f"$.interests[{new.index('dance')}]",
            "kind": "added",
            "old": None,
            "new": "dance",
        },
    ]


def test_fields_in_the_order_the_record_declares_them() -> None:
    child = SAMPLE.children[0]
    after = attrs.evolve(child, village="新村", name="王小明", school="示例小学")
    log = lb.changes(child, after, style="camel")
    names = [a.name for a in attrs.fields(lb.Child)]
    assert [c.path for c in log] == [
        f"$.{lb.kinds.camel(n)}" for n in names if n in ("village", "name", "school")
    ]
    shown = {c.path: c for c in log}
    assert shown["$.name"].new == mask_name("王小明")
    assert shown["$.school"].new == mask_name("示例小学")
    assert (shown["$.school"].kind, shown["$.school"].old) == (
        (ADDED, None) if child.school is None else (CHANGED, mask_name(child.school))
    )


def test_an_id_shaped_like_an_identity_number_is_masked() -> None:
    child = SAMPLE.children[0]
    number = str(child.id_number.reveal()) if child.id_number else "990101201503020014"
    (change,) = lb.changes(child, attrs.evolve(child, id=number))
    assert change.new == lb.kinds.mask_shaped(number) != number


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (SAMPLE, SAMPLE.children[0]),
        (SAMPLE.children[0], SAMPLE),
        ({"a": 1}, {"a": 2}),
        (1, 2),
    ],
)
def test_two_things_that_are_not_versions_of_one_record(before: Any, after: Any) -> None:
    with pytest.raises(TypeError, match="two versions of one record"):
        lb.changes(before, after)


def test_a_wrong_style_or_language_is_a_mistake_of_the_program() -> None:
    child = SAMPLE.children[0]
    with pytest.raises(ValueError, match="style"):
        lb.changes(child, child, style="kebab")  # type: ignore[arg-type]
    log = lb.changes(child, attrs.evolve(child, village="新村"))
    with pytest.raises(ValueError, match="lang"):
        log.text("fr")  # type: ignore[arg-type]


@SETTINGS
@given(versions=register_versions(), style=st.sampled_from(["snake", "camel"]))
def test_a_kept_log_reads_back_as_it_was(
    versions: tuple[lb.Register, lb.Register], style: lb.kinds.Style
) -> None:
    log = lb.changes(*versions, style=style)
    kept = json.loads(log.to_json())
    assert lb.Changes.from_dict(kept, record=lb.Register, style=style) == log
