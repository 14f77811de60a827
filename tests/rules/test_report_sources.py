"""A report lists each legal source once; its findings name theirs by key.

Reports written before (a whole ``source`` in every finding) are still read:
``tests/data/report-old-layout-*.json`` were written by the library in that
layout, of the sample family below, in both key styles.
"""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import attrs
import pytest

import left_behind as lb
from left_behind import Finding, InvalidData, Report, Severity
from left_behind.law import MPL, PIPL, Source

ON = lb.samples.REFERENCE_DATE
DATA = Path(__file__).parents[1] / "data"


def family_report(style: lb.kinds.Style = "snake") -> Report:
    child = lb.samples.family(father="working_away", mother="working_away", age=6)
    return lb.check(child, on=ON, style=style)


def home_report() -> Report:
    return lb.check(lb.samples.home(), on=ON)


def test_each_source_is_listed_once_in_the_order_first_cited() -> None:
    report = home_report()
    cited = list(dict.fromkeys(f.source_key for f in report.findings))
    assert [s.key for s in report.sources] == cited
    assert len(cited) < len(report.findings)
    text = lb.to_json(report)
    for s in report.sources:
        # the statute's words are written once in the whole report
        assert text.count(json.dumps(s.text, ensure_ascii=False)) == 1
    assert all(f.source == report.source(f.source_key) for f in report.findings)


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_a_report_round_trips_and_its_findings_have_their_sources(style: lb.kinds.Style) -> None:
    report = home_report()
    for back in (
        lb.from_json(lb.to_json(report, style=style), Report, style=style),
        lb.from_json(lb.to_json(report, style=style, indent=2), Report, style=style),
        lb.from_dict(lb.to_dict(report, style=style), Report, style=style),
    ):
        assert back == report
        assert [f.source for f in back.findings] == [f.source for f in report.findings]
        assert all(f.source is back.source(f.source_key) for f in back.findings)


def test_a_finding_names_its_source_by_key() -> None:
    data = lb.to_dict(family_report(), style="camel")
    keys = [f["sourceKey"] for f in data["findings"]]
    assert keys == ["PIPL art. 31", "MPL art. 23", "MPL art. 23", "MPL art. 23", "MPL art. 23"]
    assert [s["law"] for s in data["sources"]] == ["PIPL", "MPL"]
    assert all("source" not in f for f in data["findings"])


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_a_report_of_the_older_layout_is_read(style: lb.kinds.Style) -> None:
    path = DATA / f"report-old-layout-{style}.json"
    old = json.loads(path.read_text(encoding="utf-8"))
    assert all(isinstance(f["source"], dict) for f in old["findings"]) and "sources" not in old
    # the older layout was written before findings carried their due day
    now = family_report(style)
    expected = Report.of(now.on, (attrs.evolve(f, due=None) for f in now.findings), now.sources)
    for read in (
        lb.from_json(path.read_bytes(), Report, style=style),
        lb.from_json(path.read_text(encoding="utf-8"), Report, style=style),
        lb.from_dict(old, Report, style=style),
    ):
        assert read == expected
        assert read.findings[0].source == PIPL.source(31)
        # and it is written back in today's layout
        assert lb.to_json(read, style=style) == lb.to_json(expected, style=style)


def test_the_older_layout_with_a_problem_is_reported_not_guessed() -> None:
    old = json.loads((DATA / "report-old-layout-snake.json").read_text(encoding="utf-8"))
    del old["findings"][1]["source"]["law"]
    with pytest.raises(InvalidData) as info:
        lb.from_dict(old, Report)
    assert "$.findings[1].source" in {p.path for p in info.value.problems}
    old = json.loads((DATA / "report-old-layout-snake.json").read_text(encoding="utf-8"))
    old["findings"][0]["message_en"] = 1
    with pytest.raises(InvalidData) as info:
        lb.from_dict(old, Report)
    assert [p.path for p in info.value.problems] == ["$.findings[0].message_en"]


def test_the_older_layout_with_two_texts_under_one_key_is_refused() -> None:
    old = json.loads((DATA / "report-old-layout-snake.json").read_text(encoding="utf-8"))
    old["findings"][2]["source"]["text"] = "另一段文字"
    with pytest.raises(InvalidData) as info:
        lb.from_dict(old, Report)
    assert [(p.path, p.code) for p in info.value.problems] == [("$.sources[2]", "duplicate")]


def _finding(source: Source, subject_id: str = "A-1") -> Finding:
    return Finding.of(
        source,
        rule_id="X-1",
        severity=Severity.WARNING,
        subject_id=subject_id,
        path="$",
        message_zh="……",
        message_en="...",
    )


def test_what_a_report_checks_of_its_sources() -> None:
    f, g = _finding(MPL.source(22)), _finding(MPL.source(23), "B-2")
    report = Report.of(ON, [g, f])
    assert [s.key for s in report.sources] == ["MPL art. 22", "MPL art. 23"]
    cases = [
        ({"findings": (f,)}, ("$.findings[0].source_key", "reference")),
        ({"findings": (f,), "sources": (MPL.source(22),) * 2}, ("$.sources[1]", "duplicate")),
        ({"findings": (f,), "sources": (MPL.source(22), MPL.source(23))}, ("$.sources", "order")),
        ({"findings": (f, g), "sources": (MPL.source(23), MPL.source(22))}, ("$.sources", "order")),
    ]
    for fields, expected in cases:
        with pytest.raises(InvalidData) as info:
            Report(on=ON, **fields)  # type: ignore[arg-type]
        assert [(p.path, p.code) for p in info.value.problems] == [expected]


def test_two_texts_under_one_key_are_refused() -> None:
    other = attrs.evolve(MPL.source(22), text="另一段文字")
    with pytest.raises(InvalidData) as info:
        Report.of(ON, [_finding(MPL.source(22)), _finding(other, "B-2")])
    assert [(p.path, p.code) for p in info.value.problems] == [("$.findings[1]", "inconsistent")]


def test_a_finding_alone_names_its_source_by_key_only() -> None:
    f = family_report().findings[0]
    alone = lb.from_json(lb.to_json(f), Finding)
    assert alone == f and alone.source_key == "PIPL art. 31"
    with pytest.raises(LookupError, match=r"'PIPL art\. 31'"):
        _ = alone.source
    # put in a report, it is given the report's source
    report = Report.of(ON, [alone], [PIPL.source(31)])
    assert alone.source is report.sources[0]
    # a changed copy keeps its key; Report.of finds the source again
    moved = attrs.evolve(f, path="$.other")
    assert Report.of(ON, [moved], family_report().sources).findings[0].source == f.source


def test_copies_and_pickles_keep_the_source() -> None:
    report = home_report()
    f = report.findings[0]
    for again in (copy.copy(f), copy.deepcopy(f), pickle.loads(pickle.dumps(f))):
        assert again == f and again.source == f.source
    assert pickle.loads(pickle.dumps(report)) == report


def test_filter_keeps_the_sources_its_findings_cite() -> None:
    report = home_report()
    only = report.filter(rule_id="MPL-22-disqualified")
    assert [s.key for s in only.sources] == ["MPL art. 22"]
    assert report.filter(rule_id="no-such-rule").sources == ()
    kept = report.filter(severity=Severity.WARNING)
    assert [s.key for s in kept.sources] == list(dict.fromkeys(f.source_key for f in kept.findings))
