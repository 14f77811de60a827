"""``left-behind risk``: every child's risk, highest first, in text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import left_behind as lb
from left_behind.cli import main
from left_behind.kinds import text_width

ON = lb.samples.REFERENCE_DATE
RANK = {"high": 0, "medium": 1, "low": 2}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def sample_risks() -> dict[str, lb.Risk]:
    home = lb.samples.home()
    return {c.id: lb.assess_risk(c, on=ON) for c in home.children if c.birth_date <= ON}


def test_json_lists_every_child_highest_first(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "risk", "--sample", "--format", "json")
    data = json.loads(out)
    expected = sample_risks()
    assert err == "" and data["on"] == ON.isoformat()
    got = [lb.from_dict(r, lb.Risk) for r in data["risks"]]
    assert sorted(r.child_id for r in got) == sorted(expected)
    assert all(expected[r.child_id] == r for r in got)
    keys = [(RANK[r.level.value], -r.score) for r in got]
    assert keys == sorted(keys)
    # a high risk asks for action: the status says so, as check's errors do
    assert status == (1 if any(r.level is lb.RiskLevel.HIGH for r in got) else 0) == 1


def test_camel_keys(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "risk", "--sample", "--format", "json", "--output-style", "camel")
    first = json.loads(out)["risks"][0]
    assert "childId" in first and "explanationEn" in first["factors"][0]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_text_shows_each_child_its_level_score_and_factors(
    capsys: pytest.CaptureFixture[str], lang: lb.kinds.Lang
) -> None:
    status, out, _ = run(capsys, "risk", "--sample", "--lang", lang)
    assert status == 1
    lines = out.splitlines()
    risks = sample_risks()
    levels = [r.level for r in risks.values()]
    counts = [f"{lv.label(lang)} {levels.count(lv)}" for lv in lb.RiskLevel]
    assert lines[0].startswith(("日期：", "As on "))  # every text report opens with its date
    assert all(c in lines[3] for c in counts)
    rows = [line for line in lines[5:] if not line.startswith("  ")]
    assert len(rows) - 1 == len(risks)  # a heading, then a row a child
    # the score column ends at the same display column on every row, Chinese or not
    ends = {text_width(r[: r.index(r.split()[1]) + len(r.split()[1])]) for r in rows}
    assert len(ends) == 1
    high = next(r for r in risks.values() if r.level is lb.RiskLevel.HIGH)
    row = next(i for i, line in enumerate(lines) if f" {high.child_id}" in line)
    assert lines[row].split()[:2] == [high.level.label(lang), str(high.score)]
    factors = [f"  · {f.explain(lang)}" for f in high.factors]
    assert lines[row + 1 : row + 1 + len(factors)] == factors
    assert "林小明" not in out  # names are masked, as in check


def test_a_register_file_and_a_policy(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    child = lb.samples.family(age=10)
    path = tmp_path / "one.json"
    path.write_text(lb.to_json(lb.Register(children=(child,))), encoding="utf-8")
    _, out, _ = run(capsys, "risk", str(path), "--on", ON.isoformat(), "--format", "json")
    (got,) = json.loads(out)["risks"]
    assert lb.from_dict(got, lb.Risk) == lb.assess_risk(child, on=ON)
    # a county that counts a warning as much as an error: the score follows the policy
    weights = attrs.evolve(lb.Policy().risk, warning=lb.Policy().risk.error)
    policy = attrs.evolve(lb.Policy(), risk=weights)
    county = tmp_path / "county.json"
    county.write_text(lb.to_json(policy), encoding="utf-8")
    argv = ("risk", str(path), "--on", ON.isoformat(), "--format", "json", "--policy", str(county))
    _, again, _ = run(capsys, *argv)
    (got,) = json.loads(again)["risks"]
    assert lb.from_dict(got, lb.Risk) == lb.assess_risk(child, on=ON, policy=policy)
