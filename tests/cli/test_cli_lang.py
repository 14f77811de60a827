"""The command line in the user's language, and one rule for the files it writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from left_behind.cli import main
from left_behind.cli._lang import ui_lang


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as e:  # --help ends the program as argparse does
        status = int(e.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        (["check"], {"LANG": "zh_CN.UTF-8"}, "zh"),
        (["check"], {"LANG": "en_US.UTF-8"}, "en"),
        (["check"], {}, "en"),
        (["check", "--lang", "zh"], {"LANG": "en_US.UTF-8"}, "zh"),
        (["--lang=en", "check"], {"LC_ALL": "zh_CN.UTF-8"}, "en"),
        (["check"], {"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ],
)
def test_the_language_of_help_and_errors(
    argv: list[str], environ: dict[str, str], expected: str
) -> None:
    assert ui_lang(argv, environ) == expected


def test_usage_errors_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--lang", "zh", "summary", "--bogus")
    assert status == 2
    assert "错误" in err and "无法识别的参数" in err and "unrecognized" not in err
    status, _, err = run(capsys, "--lang", "en", "summary", "--bogus")
    assert status == 2 and "unrecognized arguments" in err


def test_help_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--lang", "zh", "--help")
    assert status == 0 and "用法" in out


def test_a_missing_file_s_reason_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "nowhere.json")
    status, _, err = run(capsys, "check", missing, "--lang", "zh")
    assert status != 0 and "没有这个文件或目录" in err and "No such file" not in err


def test_a_spreadsheet_is_read_and_its_refused_rows_said(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = tmp_path / "roster.csv"
    sheet.write_text("姓名,性别,出生日期\n甲,男,2015-03-02\n", encoding="utf-8")
    status, _, err = run(capsys, "check", str(sheet), "--lang", "en")
    # the roster does not say the child's village: the row is refused, and import named
    assert status == 2 and "row 2" in err and "left-behind import" in err


def test_a_file_is_not_overwritten_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "schema.json"
    out.write_text("keep", encoding="utf-8")
    status, _, err = run(capsys, "schema", "--output", str(out))
    assert status == 2 and out.read_text(encoding="utf-8") == "keep" and "--force" in err
    status, _, _ = run(capsys, "schema", "--output", str(out), "--force")
    assert status == 0 and out.read_text(encoding="utf-8") != "keep"
