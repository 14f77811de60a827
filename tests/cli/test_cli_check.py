"""``left-behind check``: findings by child, exit statuses, policy files and switched-off rules."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import left_behind as lb
from left_behind.cli import main
from left_behind.kinds import text_width

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
        "日期：2026-09-01（样本的日期）\n石村儿童快乐家园\n检查日期：2026-09-01\n合计："
    )
    # the errors first, then the warnings: under each, every subject with findings of that
    # severity (a child, a volunteer, a pairing, the home) has its own group, headed by what
    # it is and its id, in the report's order
    heads = ("儿童 ", "志愿者 ", "工作人员 ", "结对 ", "儿童快乐家园 ")
    lines = out.splitlines()
    errors_at = lines.index(f"错误（{report.count(lb.Severity.ERROR)} 条）")
    warnings_at = lines.index(f"警告（{report.count(lb.Severity.WARNING)} 条）")
    assert lines.index("按规则：") < errors_at < warnings_at
    for severity, part in (
        (lb.Severity.ERROR, lines[errors_at:warnings_at]),
        (lb.Severity.WARNING, lines[warnings_at:]),
    ):
        groups = [line for line in part if line.startswith(heads)]
        expected = report.filter(severity=severity).subjects()
        assert [g.split()[1].split("（")[0] for g in groups] == list(expected)
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


def test_the_summary_comes_first_errors_first_and_lines_up(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "check", "--sample")
    lines = out.splitlines()
    at = lines.index("按规则：")
    rows = lines[at + 1 : lines.index("", at)]
    report = sample_report()
    assert len(rows) == len(report.by_rule())
    # severity, count, rule: errors first, then the most found; the counts line up by
    # display width (a Chinese label is two columns a character)
    ranks = [lb.Severity.ERROR.label() if r.split()[0] == "错误" else r.split()[0] for r in rows]
    assert ranks == sorted(ranks, key=lambda s: s != lb.Severity.ERROR.label())
    ends = {text_width(r[: r.index(r.split()[1]) + len(r.split()[1])]) for r in rows}
    assert len(ends) == 1
    for row in rows:
        rule_id = row.rsplit("（", 1)[1].rstrip("）")
        assert row.split()[1] == str(report.by_rule()[rule_id])


def test_path_words_never_show_a_raw_key(capsys: pytest.CaptureFixture[str]) -> None:
    """A volunteer's field is read from the volunteer's class, not the person's."""
    for lang, where in (("zh", "位置："), ("en", "Where: ")):
        _, out, _ = run(capsys, "check", "--sample", "--lang", lang)
        places = [line.split(where, 1)[1] for line in out.splitlines() if where in line]
        assert places
        assert not [p for p in places if re.search(r"[a-z]_[a-z]|\$|[a-z][A-Z]", p)], lang
    _, out, _ = run(capsys, "check", "--sample", "--rule", "CC-19-volunteer-consent")
    assert "位置：监护人同意日期" in out


@pytest.mark.parametrize(
    ("argv", "keep"),
    [
        (["--severity", "error"], {"severity": lb.Severity.ERROR}),
        (["--severity", "warning"], {"severity": lb.Severity.WARNING}),
        (["--rule", "MPL-22-disqualified"], {"rule_id": "MPL-22-disqualified"}),
        (["--child", "SC-018"], {"subject_id": "SC-018"}),
        (
            ["--severity", "warning", "--rule", "MPL-23-weekly-contact"],
            {"severity": lb.Severity.WARNING, "rule_id": "MPL-23-weekly-contact"},
        ),
    ],
)
def test_filters_keep_what_matches(
    capsys: pytest.CaptureFixture[str], argv: list[str], keep: dict[str, Any]
) -> None:
    status, out, _ = run(capsys, "check", "--sample", "--format", "json", *argv)
    kept = sample_report().filter(**keep)
    assert kept.findings
    assert lb.from_json(out, lb.Report) == kept
    assert status == (0 if kept.ok else 1)
    _, text, _ = run(capsys, "check", "--sample", *argv)
    assert (
        f"合计：错误 {kept.count(lb.Severity.ERROR)}，警告 {kept.count(lb.Severity.WARNING)}"
        in text
    )


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--rule", "NO-SUCH-RULE"], "--rule: no rule in the check has the id 'NO-SUCH-RULE'"),
        (["--child", "SC-999"], "--child: no child (or person, pairing) has the id 'SC-999'"),
        (["--severity", "fatal"], "invalid choice: 'fatal'"),
    ],
)
def test_a_filter_that_names_nothing_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    status, out, err = run(capsys, "check", "--sample", *argv)
    assert status == 2 and out == ""
    assert said in err


def test_the_sample_has_one_weekly_contact_finding_per_absent_parent() -> None:
    report = sample_report().filter(rule_id="MPL-23-weekly-contact")
    keys = [(f.subject_id, "father" in f.message_en) for f in report.findings]
    assert len(keys) == len(set(keys)) > 0


@pytest.mark.parametrize("command", ["check", "risk", "summary", "due"])
@pytest.mark.parametrize("style", ["snake", "camel"])
def test_with_json_bad_data_is_the_invalid_data_json_on_stdout(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, style: lb.kinds.Style
) -> None:
    """A script reads one stream: the documented InvalidData form, and status 2."""
    path = tmp_path / "bad.json"
    path.write_text('{"children": [{"id": 1}]}', encoding="utf-8")
    argv = (command, str(path), "--format", "json", "--output-style", style)
    status, out, err = run(capsys, *argv)
    assert status == 2 and err == ""
    try:
        lb.from_json(path.read_text(encoding="utf-8"), lb.Home)
    except lb.InvalidData as e:
        expected = e.to_dict(style=style)
    said = json.loads(out)
    # the InvalidData JSON whole, with the failure's code, status and messages
    assert {k: said[k] for k in expected} == expected
    assert said["code"] == "invalid-data" and said["status"] == 2
    zh, en = ("messageZh", "messageEn") if style == "camel" else ("message_zh", "message_en")
    assert "$.children[0].id" in said[en] and said[zh] != said[en]
    assert expected["problems"][0]["path"] == "$.children[0].id"


def test_with_json_a_bad_policy_is_the_invalid_data_json_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text('{"notice_days": "soon"}', encoding="utf-8")
    status, out, err = run(capsys, "check", "--sample", "--policy", str(policy), "--format", "json")
    assert status == 2 and err == ""
    (problem,) = json.loads(out)["problems"]
    assert problem["path"] == "$.notice_days" and problem["keys"] == ["notice_days"]


def test_in_text_bad_data_stays_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"children": [{"id": 1}]}', encoding="utf-8")
    status, out, err = run(capsys, "check", str(path))
    assert status == 2 and out == "" and "$.children[0].id" in err
