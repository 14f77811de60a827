"""With --format json, every failure is one JSON object on stdout: its code, status and words."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import left_behind as lb
from left_behind.cli import main
from left_behind.cli._common import FAILURES, Failure
from left_behind.cli._redact import run_redact

ROOT = Path(__file__).resolve().parents[2]
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _json_failure(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    status = main([*argv, "--format", "json"])
    out, err = capsys.readouterr()
    said: dict[str, object] = json.loads(out)
    assert status == 2 == said["status"] and err == ""
    assert isinstance(said["message_zh"], str) and _HAN.search(said["message_zh"])
    assert isinstance(said["message_en"], str) and not _HAN.search(said["message_en"])
    return said


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# each code, and a command line that fails with it (given the test's directory)
CASES: dict[str, Callable[[Path], list[str]]] = {
    "usage": lambda _: ["check", "--sample", "--bogus"],
    "unreadable": lambda tmp: ["check", str(tmp / "nowhere.json")],
    # a spreadsheet is read where a register is, not where a policy is
    "not-json": lambda tmp: [
        "check",
        "--sample",
        "--policy",
        _file(tmp, "r.csv", "id,name\nC1,x\n"),
    ],
    "wrong-document": lambda tmp: ["check", _file(tmp, "p.json", '{"notice_days": 7}')],
    "invalid-data": lambda tmp: ["check", _file(tmp, "bad.json", '{"children": [{"id": 1}]}')],
    "file-exists": lambda tmp: ["plan", "--sample", "--ics", _file(tmp, "out.ics", "")],
    "unwritable": lambda tmp: ["plan", "--sample", "--ics", str(tmp / "no" / "out.ics")],
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_failure_is_its_code_in_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, code: str
) -> None:
    if code in ("file-exists", "unwritable"):
        pytest.importorskip("icalendar")
    said = _json_failure(capsys, *CASES[code](tmp_path))
    assert said["code"] == code
    assert ("problems" in said) == (code == "invalid-data")


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--sample", "--on", "2026-02-30"],  # a type check
        ["check", "--sample", "--child", "NOBODY"],  # a check of ours, after parsing
        ["due", "--sample", "--within", "0"],
        ["calls", "--sample", "--computers", "101"],
        ["summary", "--sample", "--month", "2026-13"],
        ["nonsense"],
    ],
)
def test_usage_errors_are_json_in_both_languages(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    said = _json_failure(capsys, *argv)
    assert said["code"] == "usage"


def test_the_camel_style_names_the_messages_in_camel(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status = main(["check", str(tmp_path / "none.json"), "--format", "json", "--style", "camel"])
    said = json.loads(capsys.readouterr().out)
    assert status == 2 and said["code"] == "unreadable" and "messageEn" in said


def test_a_missing_extra_is_its_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(*_: object, **__: object) -> bytes:
        raise ImportError("plan_to_ics needs the ics extra: pip install 'left-behind[ics]'")

    monkeypatch.setattr(lb.io, "plan_to_ics", missing)
    said = _json_failure(capsys, "plan", "--sample", "--ics", str(tmp_path / "out.ics"))
    assert said["code"] == "missing-extra"


def _redact_args(tmp_path: Path, document: str, key: bytes) -> argparse.Namespace:
    keyfile = tmp_path / "key"
    keyfile.write_bytes(key)
    return argparse.Namespace(
        file=_file(tmp_path, "doc.json", document),
        output=str(tmp_path / "copy.json"),
        redact_key_file=str(keyfile),
        birth="month",
        style=None,
        force=False,
        lang="en",
    )


@pytest.mark.parametrize(
    ("document", "key", "code"),
    [('{"zzz": 1}', b"k" * 32, "not-a-document"), ('{"children": []}', b"short", "short-key")],
)
def test_redact_s_own_failures_have_their_codes(
    tmp_path: Path, document: str, key: bytes, code: str
) -> None:
    with pytest.raises(Failure) as caught:
        run_redact(_redact_args(tmp_path, document, key))
    assert caught.value.code == code and caught.value.lines("zh") != caught.value.lines("en")


def test_every_code_is_tested() -> None:
    tested = {*CASES, "missing-extra", "not-a-document", "short-key"}
    assert tested == set(FAILURES)


def test_a_failure_names_a_code_of_the_table() -> None:
    with pytest.raises(ValueError, match="not a code"):
        Failure("oops", [])


def test_the_readme_lists_every_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = readme.split("<!-- failures:")[1].split("<!-- /failures -->")[0]
    rows = re.findall(r"^\| `([a-z-]+)` \| (.+) \|$", listed, flags=re.M)
    assert rows == [(code, text.en) for code, text in FAILURES.items()]
