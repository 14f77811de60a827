"""What a field declares is what the record checks, masks and reports."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import left_behind as lb
from left_behind.model._base import Record, as_frozenset


@attrs.frozen(kw_only=True)
class Visit(Record):
    """A made-up record that declares one of each."""

    visitor: str = lb.field(private=True, not_blank=True, words=("探访人", "the visitor's name"))
    note: str | None = lb.field(default=None, not_blank=True)
    start: dt.date
    end: dt.date | None = lb.field(
        default=None,
        not_before=lb.Order(
            "start",
            "ends {value}, before it starts {other}",
            "结束日期 {value} 早于开始日期 {other}",
        ),
    )
    kinds: frozenset[lb.ContactMode] = lb.field(
        converter=as_frozenset, at_least_one=("请写明探访方式", "say how the visit was made")
    )


GOOD = {
    "visitor": "林某某",
    "start": dt.date(2026, 9, 1),
    "kinds": {lb.ContactMode.VISIT},
}


def problems(**changes: object) -> list[tuple[str, str, str]]:
    with pytest.raises(lb.InvalidData) as err:
        Visit(**{**GOOD, **changes})  # type: ignore[arg-type]
    return [(p.path, p.code, p.message("en")) for p in err.value.problems]


def test_a_valid_record_is_made() -> None:
    assert Visit(**GOOD).visitor == "林某某"  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "\u3000"])
def test_not_blank_says_what_to_give(blank: str) -> None:
    assert problems(visitor=blank) == [("$.visitor", "empty", "give the visitor's name")]
    # a field without words is named by its own name
    assert problems(note=blank) == [("$.note", "empty", "give note")]
    with pytest.raises(lb.InvalidData) as err:
        Visit(**{**GOOD, "visitor": blank})  # type: ignore[arg-type]
    assert err.value.problems[0].message() == "请填写探访人"


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (
            dt.date(2026, 8, 31),
            [("$.end", "order", "ends 2026-08-31, before it starts 2026-09-01")],
        ),
        (dt.date(2026, 9, 1), None),  # the same day is not before
        (dt.date(2026, 9, 2), None),
        (None, None),
    ],
)
def test_not_before_the_day_before_of_and_after(
    end: dt.date | None, expected: list[tuple[str, str, str]] | None
) -> None:
    if expected is None:
        assert Visit(**{**GOOD, "end": end}).end == end  # type: ignore[arg-type]
    else:
        assert problems(end=end) == expected


@attrs.frozen(kw_only=True)
class Stay(Record):
    """A made-up record with a date not before either of two others, the nearer first."""

    booked: dt.date
    arrived: dt.date | None = None
    left: dt.date | None = lb.field(
        default=None,
        not_before=(
            lb.Order("arrived", "left {value}, before arriving {other}", "{value} < {other}"),
            lb.Order("booked", "left {value}, before booking {other}", "{value} < {other}"),
        ),
    )


@pytest.mark.parametrize(
    ("arrived", "left", "expected"),
    [
        (None, dt.date(2026, 8, 31), "left 2026-08-31, before booking 2026-09-01"),
        (None, dt.date(2026, 9, 1), None),
        (dt.date(2026, 9, 5), dt.date(2026, 9, 4), "left 2026-09-04, before arriving 2026-09-05"),
        (dt.date(2026, 9, 5), dt.date(2026, 9, 5), None),
        # before both: one problem, the first declared
        (dt.date(2026, 9, 5), dt.date(2026, 8, 1), "left 2026-08-01, before arriving 2026-09-05"),
    ],
)
def test_not_before_several_dates_gives_one_problem_the_first_broken(
    arrived: dt.date | None, left: dt.date, expected: str | None
) -> None:
    booked = dt.date(2026, 9, 1)
    if expected is None:
        assert Stay(booked=booked, arrived=arrived, left=left).left == left
        return
    with pytest.raises(lb.InvalidData) as err:
        Stay(booked=booked, arrived=arrived, left=left)
    assert [(p.path, p.code, p.message("en")) for p in err.value.problems] == [
        ("$.left", "order", expected)
    ]
    orders = attrs.fields(Stay).left.metadata[lb.NOT_BEFORE]
    assert [o.other for o in orders] == ["arrived", "booked"]


def test_at_least_one() -> None:
    assert problems(kinds=set()) == [("$.kinds", "empty", "say how the visit was made")]


def test_every_declared_problem_is_reported_at_once() -> None:
    found = problems(visitor=" ", end=dt.date(2026, 1, 1), kinds=())
    assert [p[0] for p in found] == ["$.visitor", "$.end", "$.kinds"]


def test_private_is_masked_in_repr_and_carried_whole_as_data() -> None:
    visit = Visit(**GOOD)  # type: ignore[arg-type]
    assert "林某某" not in repr(visit) and "林**" in repr(visit)
    assert lb.to_dict(visit)["visitor"] == "林某某"
    assert attrs.fields(Visit).visitor.metadata[lb.PRIVATE] is True


def test_a_declaration_that_cannot_be_checked_is_refused() -> None:
    @attrs.frozen(kw_only=True)
    class BlankDate(Record):
        day: dt.date = lb.field(not_blank=True)

    with pytest.raises(TypeError, match="not_blank is for text fields"):
        BlankDate(day=dt.date(2026, 1, 1))

    @attrs.frozen(kw_only=True)
    class NoSuchField(Record):
        day: dt.date = lb.field(not_before=lb.Order("start", "{value} {other}", "{value} {other}"))

    with pytest.raises(TypeError, match="'start', which is not a field"):
        NoSuchField(day=dt.date(2026, 1, 1))
