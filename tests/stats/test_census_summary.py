"""The census summary (汇总表): every breakdown adds up to the total, for any register, and
the villages' summaries add up to the township's, as the census gathered them."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import InvalidData, samples
from left_behind import testing as lt
from left_behind.cli import main
from left_behind.kinds import text_width
from left_behind.model import (
    CareAssessment,
    CensusSchooling,
    Health,
    HomeVisit,
    Hukou,
    Met,
    SchoolStage,
    VisitKind,
)
from left_behind.stats import (
    CENSUS_BANDS,
    CENSUS_BREAKDOWNS,
    CensusSummary,
    LeftBehindKind,
    census_labelled,
    census_summary,
    render_census,
)
from profiles import examples

ON = samples.REFERENCE_DATE
DAYS = st.integers(-400, 400).map(lambda n: ON + dt.timedelta(days=n))


def _places(register: lb.Register) -> st.SearchStrategy[dict[str, str]]:
    """A place to filter by: none, or one of a child's county, township or village."""
    options: list[dict[str, str]] = [{}]
    for c in register.children:
        options += [{"county": c.county}, {"township": c.township}, {"village": c.village}]
        options.append({"county": c.county, "township": c.township, "village": c.village})
    options.append({"village": "没有这个村"})
    return st.sampled_from(options)


def _sums(s: CensusSummary) -> None:
    for name in CENSUS_BREAKDOWNS:
        assert sum(r.count for r in getattr(s, name)) == s.total, name
    for band in s.by_band:
        assert band.male + band.female == band.count


@given(data=st.data())
def test_every_breakdown_adds_up_to_the_total_for_any_register(data: st.DataObject) -> None:
    register = data.draw(lt.registers(max_children=8))
    on = data.draw(DAYS)
    place = data.draw(_places(register))
    s = census_summary(register, on=on, **place)
    _sums(s)
    # who is counted: the rural left-behind children of the place born by the date
    kept = [
        c
        for c in register.children
        if c.birth_date <= on
        and all(getattr(c, k) == v for k, v in place.items())
        and lb.classify(c, on=on).status is lb.model.ChildStatus.LEFT_BEHIND
    ]
    assert s.total == sum(c.hukou is Hukou.RURAL for c in kept)
    assert s.urban_left_behind == sum(c.hukou is Hukou.URBAN for c in kept)
    assert s.total <= s.rural_under_16
    # every row is listed, zero or not, in declaration order
    assert [r.band for r in s.by_band] == list(CENSUS_BANDS)
    assert [r.schooling for r in s.by_schooling] == list(CensusSchooling)
    assert [r.kind for r in s.by_kind] == list(LeftBehindKind)
    # and it reads back as itself, labelled or not, in both key styles
    for shown in (s, census_labelled(s, "en")):
        for style in ("snake", "camel"):
            assert lb.from_json(lb.to_json(shown, style=style), CensusSummary, style=style) == shown


@settings(max_examples=examples(0.5))
@given(home=lt.homes(max_children=6), on=DAYS)
def test_the_assessment_is_each_childs_latest_by_the_date(home: lb.Home, on: dt.date) -> None:
    s = census_summary(home, on=on)
    _sums(s)
    latest: dict[str, tuple[dt.date, CareAssessment]] = {}
    for v in home.visits:
        if (
            v.care is not None
            and v.on <= on
            and (v.child not in latest or latest[v.child][0] <= v.on)
        ):
            latest[v.child] = (v.on, v.care)
    counted = [
        c
        for c in home.children
        if c.birth_date <= on
        and c.hukou is Hukou.RURAL
        and lb.classify(c, on=on).status is lb.model.ChildStatus.LEFT_BEHIND
    ]
    expected = Counter(latest[c.id][1] if c.id in latest else None for c in counted)
    assert {r.assessment: r.count for r in s.by_assessment} == {
        a: expected[a] for a in (*CareAssessment, None)
    }


@given(data=st.data())
def test_the_villages_add_up_to_the_register(data: st.DataObject) -> None:
    """The census gathered village → township → county: the parts' rows sum to the whole's."""
    register = data.draw(lt.registers(max_children=8))
    on = data.draw(DAYS)
    whole = census_summary(register, on=on)
    villages = {(c.county, c.township, c.village) for c in register.children}
    parts = [
        census_summary(register, on=on, county=a, township=b, village=c) for a, b, c in villages
    ]
    for name in ("total", "rural_under_16", "urban_left_behind"):
        assert sum(getattr(p, name) for p in parts) == getattr(whole, name)
    for name in CENSUS_BREAKDOWNS:
        for i, row in enumerate(getattr(whole, name)):
            assert sum(getattr(p, name)[i].count for p in parts) == row.count, (name, i)


# --- the readings, one child at a time ---------------------------------------------------


def _one(child: lb.Child, on: dt.date = ON) -> CensusSummary:
    return census_summary(lb.Register(children=(child,)), on=on)


@pytest.mark.parametrize(
    ("father", "mother", "kind"),
    [
        ("working_away", "working_away", LeftBehindKind.BOTH_AWAY),
        ("working_away", "incapacitated", LeftBehindKind.FATHER_AWAY),
        ("imprisoned", "working_away", LeftBehindKind.MOTHER_AWAY),
        ("deceased", "working_away", LeftBehindKind.MOTHER_AWAY),
    ],
)
def test_the_kind_of_left_behind_says_which_parent_is_away(
    father: str, mother: str, kind: LeftBehindKind
) -> None:
    s = _one(samples.family(father=father, mother=mother, age=9))
    assert s.total == 1 and s.count(kind) == 1


@pytest.mark.parametrize(
    ("age", "band"),
    [(5, 0), (6, 1), (13, 1), (14, 2), (15, 2)],  # the form's edges: 6(含), 14(含)
)
def test_the_age_bands_are_the_forms(age: int, band: int) -> None:
    s = _one(samples.family(age=age))
    assert [r.count for r in s.by_band] == [int(i == band) for i in range(3)]


def test_a_child_of_sixteen_or_not_left_behind_or_urban_is_not_on_the_form() -> None:
    assert _one(samples.family(age=16)).total == 0
    assert _one(samples.family(father="at_home")).total == 0
    urban = _one(attrs.evolve(samples.family(), hukou=Hukou.URBAN))
    assert (urban.total, urban.urban_left_behind, urban.rural_under_16) == (0, 1, 0)


@pytest.mark.parametrize(
    ("stage", "age", "box"),
    [
        (SchoolStage.OUT_OF_SCHOOL, 13, CensusSchooling.DROPPED_OUT),
        (SchoolStage.OUT_OF_SCHOOL, 14, CensusSchooling.NOT_IN_SCHOOL),
        (SchoolStage.DROPPED_OUT, 14, CensusSchooling.DROPPED_OUT),
        (SchoolStage.NOT_IN_SCHOOL, 15, CensusSchooling.NOT_IN_SCHOOL),
    ],
)
def test_schooling_out_of_school_is_read_as_the_form_reads_it(
    stage: SchoolStage, age: int, box: CensusSchooling
) -> None:
    s = _one(attrs.evolve(samples.family(age=age), stage=stage, school=None))
    assert s.count(box) == 1


def test_health_not_recorded_has_its_row() -> None:
    assert _one(samples.family()).count(Health.HEALTHY) == 0
    assert sum(r.count for r in _one(samples.family()).by_health if r.health is None) == 1
    ill = attrs.evolve(samples.family(), health=Health.ILL, illness="白血病")
    assert _one(ill).count(Health.ILL) == 1


def test_the_latest_assessment_by_the_date_counts() -> None:
    kid = samples.family(child_id="c-1")

    def visit(day: dt.date, care: CareAssessment | None) -> HomeVisit:
        return HomeVisit(
            id=f"v-{day}",
            child="c-1",
            on=day,
            visitor="s-1",
            kind=VisitKind.AT_HOME,
            met={Met.CHILD},
            care=care,
        )

    staff = samples.home().staff[:1]
    staff = (attrs.evolve(staff[0], id="s-1"),)
    visits = (
        visit(ON - dt.timedelta(days=30), CareAssessment.POOR),
        visit(ON - dt.timedelta(days=10), CareAssessment.FAIR),
        visit(ON - dt.timedelta(days=5), None),  # a call to the school: no assessment
        visit(ON + dt.timedelta(days=1), CareAssessment.GOOD),  # after the date
    )
    home = lb.Home(children=(kid,), staff=staff, visits=visits)
    assert census_summary(home, on=ON).count(CareAssessment.FAIR) == 1
    assert census_summary(home, on=ON - dt.timedelta(days=20)).count(CareAssessment.POOR) == 1
    before = census_summary(home, on=ON - dt.timedelta(days=31))
    assert [r.count for r in before.by_assessment if r.assessment is None] == [1]


# --- a summary that does not add up is refused ---------------------------------------------


def _tampered(**changes: Any) -> list[str]:
    data = lb.to_dict(census_summary(samples.shicun(), on=ON))
    for path, value in changes.items():
        name, index, key = path.split(".")
        data[name][int(index)][key] = value
    with pytest.raises(InvalidData) as caught:
        lb.from_dict(data, CensusSummary)
    return [p.path for p in caught.value.problems]


def test_a_summary_edited_to_break_a_sum_is_refused() -> None:
    s = census_summary(samples.shicun(), on=ON)
    assert "$.by_health" in _tampered(**{"by_health.0.count": s.by_health[0].count + 1})
    assert any(
        p.startswith("$.by_band") for p in _tampered(**{"by_band.0.male": s.by_band[0].male + 1})
    )
    assert _tampered(**{"by_kind.0.label": "别的"}) == ["$.by_kind[0].label"]


# --- the text: aligned by display width, in both languages ---------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_text_lines_up_and_each_table_ends_in_its_total(lang: str) -> None:
    s = census_summary(samples.home(), on=ON)
    text = render_census(s, lang)  # type: ignore[arg-type]
    assert "石村" not in text.replace("石村儿童快乐家园", "")  # no child's place or name
    tables = text.split("\n\n")[1:]
    assert len(tables) == len(CENSUS_BREAKDOWNS)
    total_word = "合计" if lang == "zh" else "total"
    for table in tables:
        head, rule, *rows = table.splitlines()
        widths = [len(r) for r in rule.split("  ")]
        for line in (head, *rows):
            assert text_width(line) == sum(widths) + 2 * (len(widths) - 1), line
            assert line == line.rstrip()
        assert rows[-1].startswith(total_word)
        assert rows[-1].split()[-1] == str(s.total)


def test_the_command_prints_the_census_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "--sample", "--census"]) == 0
    out = capsys.readouterr().out
    assert "农村留守儿童信息汇总表" in out and "监护情况评估" in out
    assert main(["summary", "--sample", "--census", "--format", "json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    found = lb.from_dict(data, CensusSummary)
    assert found == census_labelled(census_summary(samples.home(), on=ON), "en")
    assert main(["summary", "--sample", "--census", "--village", "没有这个村"]) == 0
    assert "农村留守儿童：0 名" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["summary", "--sample", "--census", "--month", "2026-03"],  # a summary on a day
        ["summary", "--sample", "--village", "石村"],  # a place is for the census summary
    ],
)
def test_the_command_refuses_what_does_not_go_with_the_census(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert "--census" in capsys.readouterr().err
