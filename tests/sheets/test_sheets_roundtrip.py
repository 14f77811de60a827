"""Export then import gives back equal records, in each layout as far as it holds them."""

from __future__ import annotations

import csv
import datetime as dt
import io

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import sheets
from left_behind.model import Child, Home, Register
from left_behind.sheets._roster import ROSTER, _value
from left_behind.testing import homes, registers
from profiles import examples

COSTLY = settings(max_examples=examples(0.3), suppress_health_check=[HealthCheck.too_slow])
KEY = b"a key of sixteen bytes or more"


def test_the_sample_home_comes_back_equal_from_its_workbook() -> None:
    home = lb.samples.home()
    result = sheets.import_register(sheets.export_register(home))
    assert result.problems == ()
    assert result.layout == "workbook" and result.format == "xlsx"
    assert result.document == home


@COSTLY
@given(homes(max_children=3, max_volunteers=2, max_pairings=2))
def test_any_home_comes_back_equal_from_its_workbook(home: Home) -> None:
    result = sheets.import_register(sheets.export_register(home))
    assert [p for p in result.problems if p.refused] == []
    assert result.document == home


@COSTLY
@given(registers(max_children=4))
def test_any_register_comes_back_equal_from_its_workbook(register: Register) -> None:
    result = sheets.import_register(sheets.export_register(register), document=Register)
    assert result.document == register


def _held(child: Child) -> Child:
    """The child as far as a roster holds it: one situation a parent, one care arrangement."""
    parents = tuple(
        attrs.evolve(p, situations=p.situations[-1:], call_windows=()) for p in child.parents
    )
    return attrs.evolve(
        child,
        parents=parents,
        care=child.care[-1:],
        guardian=None,
        contacts=(),
        reports=(),
        consents=(),
        growth=(),
        special_needs=frozenset(),
        interests=frozenset(),
        tutoring=frozenset(),
        needs_counselling=False,
        lives_on_own_earnings=False,
        away_from_hukou_since=None,
        lawful_basis=Child.__attrs_attrs__.lawful_basis.default,  # type: ignore[attr-defined]
    )


def _roster_shaped(register: Register) -> Register:
    return Register(children=tuple(_held(c) for c in register.children))


@COSTLY
@given(registers(max_children=4))
def test_a_roster_gives_back_every_fact_it_has_a_column_for(register: Register) -> None:
    shaped = _roster_shaped(register)
    for fmt in ("xlsx", "csv"):
        data = sheets.export_register(shaped, layout="roster", format=fmt)
        result = sheets.import_register(data, layout="roster", document=Register)
        assert result.format == fmt
        back = result.document
        # a record the roster cannot hold whole (a situation with an until, a carer's
        # misconduct records...) is not its to compare: the columns are
        for before, after in zip(shaped.children, back.children, strict=False):
            for c in ROSTER:
                assert _value(before, c) == _value(after, c), c.header
        assert [p for p in result.problems if p.refused] == [] or len(back.children) < len(
            shaped.children
        )


def test_the_sample_roster_comes_back_column_for_column() -> None:
    home = lb.samples.home()
    for fmt in ("xlsx", "csv"):
        data = sheets.export_register(home, layout="roster", format=fmt)
        result = sheets.import_register(data, layout="roster")
        assert [p for p in result.problems if p.refused] == []
        assert [c.id for c in result.document.children] == [c.id for c in home.children]
        for before, after in zip(home.children, result.document.children, strict=True):
            assert [_value(before, c) for c in ROSTER] == [_value(after, c) for c in ROSTER]


def test_a_redacted_export_shows_no_private_value_and_loads() -> None:
    home = lb.samples.home()
    for layout in ("workbook", "roster"):
        data = sheets.export_register(home, layout=layout, redact=KEY, format="csv")
        text = data.decode("utf-8-sig")
        for child in home.children:
            assert child.name not in text and child.id not in text
            if child.id_number is not None:
                assert child.id_number.reveal() not in text
        result = sheets.import_register(
            data,
            layout=layout,
            since=dt.date(2026, 9, 1),
            village="示例村",
            township="示例镇",
            county="示例县",
        )
        assert len(result.document.children) == len(home.children) or layout == "workbook"


@COSTLY
@given(registers(min_children=1, max_children=5), st.data())
def test_a_bad_row_never_stops_the_others_nor_goes_unsaid(
    register: Register, data: st.DataObject
) -> None:
    shaped = _roster_shaped(register)
    text = sheets.export_register(shaped, layout="roster", format="csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    column = rows[0].index("出生日期")
    bad = data.draw(st.sets(st.integers(1, len(shaped.children))))
    for i in bad:
        rows[i][column] = "2015/2/30"
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows)
    result = sheets.import_register(out.getvalue().encode(), name="r.csv", document=Register)
    refused = {p.row for p in result.problems if p.refused}
    assert refused == {i + 1 for i in bad}  # Excel's row: the header is row 1
    kept = [c.id for i, c in enumerate(shaped.children, start=1) if i not in bad]
    assert [c.id for c in result.document.children] == kept
