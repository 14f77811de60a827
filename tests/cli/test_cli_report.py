"""``left-behind report``: a home's report or a roll-up, in every form, never over a file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from functools import cache
from pathlib import Path

import attrs
import pytest

import left_behind as lb
from left_behind.cli import main
from left_behind.reports import HomeReport, RollUp, home_report, roll_up
from left_behind.stats import Period

SPRING = Period.term(lb.samples.home().terms[0], "spring")


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@cache
def spring() -> HomeReport:
    return home_report(lb.samples.home(), SPRING, monthly=True)


@pytest.fixture
def two_homes(tmp_path: Path) -> list[str]:
    """Two files of homes in one township: the sample, and a copy named apart."""
    home = lb.samples.home()
    paths = []
    for i, h in enumerate((home, attrs.evolve(home, name="石村第二儿童之家"))):
        path = tmp_path / f"home-{i}.json"
        path.write_text(lb.to_json(h), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        ("2026-03", "2026-03-01", "2026-03-31"),
        ("2026-spring", "2026-03-02", "2026-07-03"),  # the home's calendar, not a guess
        ("2025-autumn", "2025-09-01", "2026-01-16"),
        ("2026", "2026-01-01", "2026-12-31"),
    ],
)
def test_a_period_is_a_month_a_term_or_a_year(
    capsys: pytest.CaptureFixture[str], period: str, first: str, last: str
) -> None:
    status, out, _ = run_main(capsys, "report", "--sample", "--period", period, "--lang", "en")
    assert status == 0
    assert f"From {first} to {last}" in out.splitlines()[2]


@pytest.mark.parametrize("period", ["2026-13", "2026-summer", "26", "2026-3", "spring"])
def test_a_period_that_is_none_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], period: str
) -> None:
    status, _, err = run_main(capsys, "report", "--sample", "--period", period)
    assert status == 2 and "--period" in err


def test_a_term_the_calendar_lacks_is_said(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(capsys, "report", "--sample", "--period", "2030-autumn")
    assert (status, out) == (2, "")
    assert "2030" in err and "校历" in err


def test_the_text_is_the_report_of_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(capsys, "report", "--sample", "--period", "2026-spring")
    assert status == 0
    from left_behind.reports import render_report

    assert out == render_report(spring()) + "\n"


def test_several_files_give_the_roll_up(
    capsys: pytest.CaptureFixture[str], two_homes: list[str]
) -> None:
    status, out, _ = run_main(
        capsys, "report", *two_homes, "--period", "2026-spring", "--format", "json"
    )
    assert status == 0
    found = lb.from_dict(json.loads(out), RollUp)
    assert found.name == "石桥镇"  # the township the homes share
    assert [h.home for h in found.homes] == ["石村儿童快乐家园", "石村第二儿童之家"]
    one = spring()
    other = attrs.evolve(
        one, home="石村第二儿童之家", figures=attrs.evolve(one.figures, register="石村第二儿童之家")
    )
    assert found == roll_up([one, other], name="石桥镇")
    assert found.counts.sessions_held == 2 * one.counts.sessions_held


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "html", "text"])
def test_every_form_is_written_to_a_file_and_never_over_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    if fmt == "xlsx":
        pytest.importorskip("openpyxl")
    if fmt == "html":
        pytest.importorskip("matplotlib")
    path = tmp_path / f"report.{fmt}"
    argv = ["report", "--sample", "--period", "2026-spring", "--format", fmt, "--output", str(path)]
    assert run_main(capsys, *argv) == (0, "", "")
    data = path.read_bytes()
    assert data
    path.write_bytes(b"kept")
    status, out, err = run_main(capsys, *argv)
    # with --format json a failure is the one JSON object on standard output
    said = json.loads(out)["message_en"] if fmt == "json" else err
    assert status == 2 and "--force" in said and (fmt == "json" or out == "")
    assert path.read_bytes() == b"kept"
    assert run_main(capsys, *argv, "--force")[0] == 0
    assert path.read_bytes() == data


def test_the_csv_opens_in_excel_with_its_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "r.csv"
    main(["report", "--sample", "--period", "2026-03", "--format", "csv", "--output", str(path)])
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert ["项目", "数值"] in rows


def test_xlsx_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(
        capsys, "report", "--sample", "--period", "2026", "--format", "xlsx"
    )
    assert (status, out) == (2, "") and "--output" in err


def test_a_roll_up_of_homes_whose_terms_differ_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = lb.samples.home()
    year = home.terms[0]
    later = year.spring_term_start + dt.timedelta(days=1)
    moved_year = attrs.evolve(
        year, spring_term_start=later, winter_vacation_end=later - dt.timedelta(days=1)
    )
    moved = attrs.evolve(home, terms=(moved_year,))
    paths = []
    for i, h in enumerate((home, moved)):
        p = tmp_path / f"{i}.json"
        p.write_text(lb.to_json(h), encoding="utf-8")
        paths.append(str(p))
    status, _, err = run_main(capsys, "report", *paths, "--period", "2026-spring", "--lang", "en")
    assert status == 2 and "a month or a year" in err
    status, _, _ = run_main(capsys, "report", *paths, "--period", "2026-04", "--no-findings")
    assert status == 0


def test_malformed_data_under_json_is_the_problems_on_stdout(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"name": "x", "children": [{"id": ""}]}', encoding="utf-8")
    status, out, _ = run_main(capsys, "report", str(path), "--period", "2026", "--format", "json")
    assert status == 2
    assert "problems" in json.loads(out)


def test_file_or_sample_not_both(capsys: pytest.CaptureFixture[str], two_homes: list[str]) -> None:
    assert run_main(capsys, "report", "--period", "2026")[0] == 2
    assert run_main(capsys, "report", two_homes[0], "--sample", "--period", "2026")[0] == 2


def test_the_help_speaks_chinese_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    _, zh, _ = run_main(capsys, "report", "--help", "--lang", "zh")
    _, en, _ = run_main(capsys, "report", "--help", "--lang", "en")
    assert "工作报告" in zh and "最大余数法" in zh
    assert "a home's report for a period" in en.lower() and "largest remainders" in en
