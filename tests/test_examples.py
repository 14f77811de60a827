"""Every script in examples/ runs, as a user would run it, and prints what it should."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import left_behind as lb

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))

# What each script must print (substrings of its standard output, run with no
# arguments). A new example needs an entry here: an example nobody checks rots.
EXPECTED: dict[str, list[str]] = {
    "classify_child.py": [
        "SJ-001 on 2026-09-01: left_behind",
        "留守儿童：9 周岁；父亲：外出务工（自 2024-02-20 起）；",
        "母亲：重病或重残（自 2025-06-01 起）",
        "left-behind child: aged 9; father: working away since 2024-02-20;",
        '"childId": "SJ-001"',
        "problem $.sex [choice]: 'girl' is not valid",
        "problem $.birthDate [format]: expected a date as YYYY-MM-DD, got '2016/9/1'",
    ],
    "fastapi_app.py": [
        "POST /children/check?on=2026-09-01: 200, 1 findings",
        "  MPL-22-disqualified error $.care[0].carer.records[0]",
        "POST /children/check (spoiled): 422",
        "  $.sex [choice]: 'girl' is not valid",
        "  $.birthDate [missing]: required key is missing",
        "POST /homes/week?on=2026-09-01: 200, ",
        "石村儿童快乐家园：2026-08-31 至 2026-09-06 这一周",
    ],
    "village_summary.py": [
        "石村儿童快乐家园（截至 2026年9月1日）：",
        "登记儿童 142 名，其中留守儿童 ",
        "与祖父母、外祖父母生活的 ",
        "按年龄：0-5 岁 ",
    ],
    "web_backend.py": [
        "POST /check/register?on=2026-09-01: 200, ",
        "MPL-22-disqualified error SC-018 $.care[0].carer.records[0]",
        "POST /check/child?on=2026-09-01 (spoiled): 400",
        "$.sex [choice]: 'girl' is not valid",
        "$.birthDate [missing]: required key is missing",
        "POST /plan?first=2026-09-01&last=2026-09-28: 200, ",
        "POST /due?on=2026-09-01: 200, ",
    ],
}


def run(script: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )


def test_there_are_examples() -> None:
    assert EXAMPLES
    assert sorted(EXPECTED) == [p.name for p in EXAMPLES], "add the new example to EXPECTED"


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(script: Path, tmp_path: Path) -> None:
    result = run(script, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for expected in EXPECTED.get(script.name, []):
        assert expected in result.stdout, (expected, result.stdout)


def test_village_summary_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "register.json"
    path.write_text(lb.to_json(lb.samples.shicun()), encoding="utf-8")
    from_file = run(ROOT / "examples" / "village_summary.py", str(path), "2026-09-01", cwd=tmp_path)
    sample = run(ROOT / "examples" / "village_summary.py", cwd=tmp_path)
    assert from_file.returncode == 0, from_file.stderr
    assert from_file.stdout == sample.stdout


def test_village_summary_figures_match_the_summary(tmp_path: Path) -> None:
    out = run(ROOT / "examples" / "village_summary.py", cwd=tmp_path).stdout
    summary = lb.summarize(lb.samples.shicun(), on=lb.samples.REFERENCE_DATE)
    left_behind = summary.count(lb.model.ChildStatus.LEFT_BEHIND)
    share = summary.percent(lb.model.ChildStatus.LEFT_BEHIND)
    assert f"其中留守儿童 {left_behind} 名（{share}%）" in out
    ages = re.search(r"按年龄：(.*)。", out)
    assert ages is not None
    counts = [int(n) for n in re.findall(r"(\d+) 名", ages.group(1))]
    assert counts == [r.count for r in summary.by_age_band]
    assert sum(counts) == 142


def test_village_summary_of_a_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"children": [{"id": "c-1"}]}', encoding="utf-8")
    result = run(ROOT / "examples" / "village_summary.py", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert f"{path}: $.children[0].name: required key is missing" in result.stderr
    assert "Traceback" not in result.stderr
