"""``left-behind check``: findings by child, exit statuses, policy files and switched-off rules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import left_behind as lb
from left_behind.cli import main

ON = lb.samples.REFERENCE_DATE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def sample_report() -> lb.Report:
    return lb.check(lb.samples.home(), on=ON)


def test_the_sample_has_errors_so_the_status_is_1(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", "--sample")
    report = sample_report()
    assert status == 1 and err == ""
    assert out.startswith(
        "日期：2026-09-01（样本的日期）\n石村儿童快乐家园\n检查日期：2026-09-01\n"
    )
    # every subject with findings (a child, a volunteer, a pairing, the home) has its own
    # group, headed by what it is and its id, in the report's order
    heads = ("儿童 ", "志愿者 ", "工作人员 ", "结对 ", "儿童快乐家园 ")
    groups = [line for line in out.splitlines() if line.startswith(heads)]
    assert [g.split()[1].split("（")[0] for g in groups] == list(report.subjects())
    rules = lb.default_rules()
    for f in report.findings:
        assert f"{rules.get(f.rule_id).title()}（{f.rule_id}）" in out  # the rule, for people
        assert f.message_zh.partition("：")[2] in out
        assert f.source.cite() in out
        assert f.path not in out  # paths are for machines: --format json
    counts = report.by_severity()
    assert f"合计：错误 {counts[lb.Severity.ERROR]}，警告 {counts[lb.Severity.WARNING]}" in out


def test_the_field_at_fault_is_said_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", "--sample")
    assert "位置：第 1 条照护安排的委托照护人的第 1 条记录" in out
    _, out, _ = run(capsys, "check", "--sample", "--lang", "en")
    assert "Where: care arrangement 1 › the entrusted carer › record 1" in out


def test_english(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "--sample", "--lang", "en")
    assert status == 1
    assert "Checked on 2026-09-01" in out
    assert all(f.message_en.partition(": ")[2] in out for f in sample_report().findings)
    assert "Total: error" in out and "，" not in out.split("\n", 1)[1]


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_json_is_the_report_as_the_library_writes_it(
    capsys: pytest.CaptureFixture[str], style: lb.kinds.Style
) -> None:
    """One layout everywhere: the command's JSON reads back with from_json."""
    status, out, _ = run(capsys, "check", "--sample", "--format", "json", "--output-style", style)
    assert status == 1
    report = lb.check(lb.samples.home(), on=ON, style=style)
    assert lb.from_json(out, lb.Report, style=style) == report
    assert json.loads(out) == json.loads(lb.to_json(report, style=style))


def clean_register(tmp_path: Path) -> Path:
    """A child at home with its parents, processed on a statutory duty: no findings."""
    child = lb.samples.family(father="at_home", mother="at_home", age=9)
    child = attrs.evolve(child, lawful_basis=lb.model.LawfulBasis.STATUTORY_DUTY)
    path = tmp_path / "clean.json"
    path.write_text(lb.to_json(lb.Register(children=(child,))), encoding="utf-8")
    assert lb.check(child, on=ON).findings == ()
    return path


def test_a_clean_register_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = run(capsys, "check", str(clean_register(tmp_path)), "--on", "2026-09-01")
    assert status == 0
    assert "没有发现问题。" in out


def test_a_bad_file_exits_2_with_its_problems(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"children": [{"id": 1}]}', encoding="utf-8")
    status, out, err = run(capsys, "check", str(path))
    assert status == 2 and out == ""
    assert f"{path}：$.children[0].id：应为文本，实为整数 [type]" in err
    status, out, err = run(capsys, "check", str(path), "--lang", "en")
    assert f"{path}: $.children[0].id: expected a string, got an integer [type]" in err
    assert "Traceback" not in err


def test_a_policy_file_changes_the_settings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lenient = attrs.evolve(lb.Policy(), notice_days=60, contact_gap_days=30)
    path = tmp_path / "county.json"
    path.write_text(lb.to_json(lenient), encoding="utf-8")
    status, out, _ = run(capsys, "check", "--sample", "--policy", str(path), "--format", "json")
    expected = lb.check(lb.samples.home(), on=ON, policy=lenient)
    assert status == 1
    assert lb.from_json(out, lb.Report).by_rule() == expected.by_rule()
    assert expected.by_rule() != sample_report().by_rule()


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            '{"notice_days": 99999999}',
            "$.notice_days: the days to give written notice must be from 0 to 3650 days",
        ),
        ('{"visits": 1}', "$.visits: unknown key"),
        ("{notice_days: 1}", "$: not valid JSON"),
    ],
)
def test_a_bad_policy_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "county.json"
    path.write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "check", "--sample", "--policy", str(path), "--lang", "en")
    assert status == 2 and out == ""
    assert f"{path}: {problem}" in err
    assert "Traceback" not in err


def test_skipping_rules(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["check", "--sample", "--format", "json"]
    status, out, _ = run(capsys, *argv)
    report = lb.from_json(out, lb.Report)
    skipped = sorted({f.rule_id for f in report.findings if f.severity is lb.Severity.ERROR})
    assert status == 1 and skipped
    status, out, _ = run(capsys, *argv, *(x for r in skipped for x in ("--skip", r)))
    assert status == 0  # the sample's only errors come from those rules
    assert not set(lb.from_json(out, lb.Report).by_rule()) & set(skipped)
    status, _, err = run(capsys, "check", "--sample", "--skip", "NO-SUCH-RULE")
    assert status == 2
    assert "no rule 'NO-SUCH-RULE'" in err


def test_python_m_runs_the_same_check() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "left_behind", "check", "--sample", "--lang", "en"],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert b"Checked on 2026-09-01" in result.stdout


def test_a_policy_from_standard_input() -> None:
    lenient = attrs.evolve(lb.Policy(), notice_days=60)
    argv = ["check", "--sample", "--format", "json", "--policy", "-"]
    result = subprocess.run(
        [sys.executable, "-m", "left_behind", *argv],
        input=lb.to_json(lenient).encode("utf-8"),
        capture_output=True,
        timeout=120,
    )
    expected = lb.check(lb.samples.home(), on=ON, policy=lenient)
    assert lb.from_json(result.stdout, lb.Report).by_rule() == expected.by_rule()
