"""``left-behind import`` and ``export``, and every command reading a spreadsheet as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from left_behind.cli import main

DATA = Path(__file__).parent.parent / "data"
TYPED = str(DATA / "roster-typed.xlsx")
PLACE = ["--county", "示例县", "--township", "示例镇", "--since", "2026-09-01"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_prints_each_refused_row_and_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "register.json"
    status, out, _ = run(capsys, "import", TYPED, *PLACE, "--output", str(out_file), "--lang", "en")
    assert status == 2
    assert "5 children read, 3 rows of 8 records refused" in out
    assert "花名册 row 10 [出生日期] '2015/2/30'" in out
    assert "--county" in out  # what was assumed is said
    written = json.loads(out_file.read_text(encoding="utf-8"))
    assert len(written["children"]) == 5
    # an existing OUTPUT is kept without --force
    status, _, err = run(capsys, "import", TYPED, *PLACE, "--output", str(out_file))
    assert status == 2 and "--force" in err


def test_import_of_good_rows_exits_0_and_json_reports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    book = tmp_path / "home.xlsx"
    assert run(capsys, "export", str(book), "--sample")[0] == 0
    status, out, _ = run(capsys, "import", str(book), "--format", "json")
    report = json.loads(out)
    assert status == 0 and report["refused"] == 0 and report["layout"] == "workbook"
    assert report["children"] == 142


def test_export_refuses_to_overwrite_and_writes_a_roster_csv(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = tmp_path / "roster.csv"
    assert run(capsys, "export", str(sheet), "--sample", "--layout", "roster")[0] == 0
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "儿童编号,姓名,性别" in sheet.read_text(encoding="utf-8-sig").splitlines()[0]
    status, _, err = run(capsys, "export", str(sheet), "--sample")
    assert status == 2 and "--force" in err


def test_every_command_reads_a_spreadsheet_as_it_reads_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    book = tmp_path / "home.xlsx"
    run(capsys, "export", str(book), "--sample")
    from_sheet = run(capsys, "summary", str(book), "--on", "2026-09-01", "--format", "json")
    from_sample = run(capsys, "summary", "--sample", "--on", "2026-09-01", "--format", "json")
    assert from_sheet[0] == 0 and json.loads(from_sheet[1]) == json.loads(from_sample[1])


def test_a_command_given_a_roster_with_bad_rows_fails_and_names_import(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, "check", TYPED, "--lang", "en", "--on", "2026-09-01")
    assert status == 2 and "left-behind import" in err and "row" in err
