"""``left-behind due``: the agenda as text and JSON, the window, one person's items."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import left_behind as lb
from left_behind.agenda import Agenda, how_late
from left_behind.cli import main

MONDAY = dt.date(2026, 8, 31)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_text_is_one_line_an_item_overdue_first(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "due", "--sample", "--on", str(MONDAY), "--lang", "en")
    week = lb.due(lb.samples.home(), on=MONDAY)
    assert status == 1 and err == ""  # items are overdue
    lines = out.splitlines()
    assert lines[:3] == [
        "As on 2026-08-31 (given by --on)",
        "石村儿童快乐家园",
        "Due from 2026-08-31 to 2026-09-06",
    ]
    items = [line for line in lines if line.startswith("  ")]
    assert len(items) == len(week.items)
    for line, item in zip(items, week.items, strict=True):
        assert line.startswith(f"  {item.due_on}  {how_late(item.days_late, 'en')}  ")
        assert line.endswith(item.message("en"))
    assert lines.index("Overdue") < lines.index("Due in the window")


def test_the_sample_defaults_to_its_own_day(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "due", "--sample")
    on = lb.samples.REFERENCE_DATE
    assert out.splitlines()[0] == f"日期：{on}（样本的日期）"
    assert out.splitlines()[2] == f"{on} 至 {on + dt.timedelta(days=6)} 到期事项"


def test_json_reads_back_as_the_agenda(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        capsys, "due", "--sample", "--on", str(MONDAY), "--within", "3", "--format", "json"
    )
    assert status == 1 and err == ""
    assert lb.from_json(out, Agenda) == lb.due(lb.samples.home(), on=MONDAY, within=3)
    assert json.loads(out)["last"] == "2026-09-02"


def test_for_keeps_one_persons_items(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys, "due", "--sample", "--on", str(MONDAY), "--for", "s-02", "--format", "json"
    )
    items = json.loads(out)["items"]
    assert items and all("s-02" in i["for_whom"] for i in items)
    assert [i["rule_id"] for i in items] == [
        i.rule_id for i in lb.due(lb.samples.home(), on=MONDAY).for_person("s-02").items
    ]


def test_nothing_overdue_is_status_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "home.json"
    path.write_text(lb.to_json(lb.Home(name="空家园")), encoding="utf-8")
    status, out, _ = run(capsys, "due", str(path), "--on", "2026-09-01", "--lang", "en")
    assert status == 0 and out.endswith("Nothing is due.\n")


@pytest.mark.parametrize("within", ["0", "-2", "week"])
def test_a_bad_window_is_a_usage_error(capsys: pytest.CaptureFixture[str], within: str) -> None:
    status, _, err = run(capsys, "due", "--sample", "--within", within)
    assert status == 2 and "--within" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--for", "nobody"],  # an id of nobody: not an empty list that reads "nothing to do"
        ["--on", "9999-12-30"],  # a window past the calendar's last days
        ["--within", "0"],
    ],
)
def test_what_cannot_be_listed_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    status, _, err = run(capsys, "due", "--sample", *argv)
    assert status == 2 and "Traceback" not in err and "error:" in err
