"""``left-behind pair`` and ``left-behind volunteers``: the support side on the command line."""

from __future__ import annotations

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


def test_pair_prints_every_suggestion_and_every_child_left_unserved(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "pair", "--sample", "--lang", "en")
    found = lb.suggest_pairings(lb.samples.home(), on=ON)
    assert status == 0 and err == ""
    assert out.startswith(f"As on {ON} (the sample's date)\nSuggested pairings ({ON})\n")
    for s in found.suggestions:
        assert s.explain("en") in out
    for u in found.unserved:
        assert u.explain("en") in out
    assert f"Total score: {found.total}" in out
    status, out, _ = run(capsys, "pair", "--sample")
    assert status == 0 and out.splitlines()[1].startswith(f"结对建议（{ON}）")
    assert found.suggestions[0].explain("zh") in out


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_pair_json_reads_back_as_the_suggestions(
    capsys: pytest.CaptureFixture[str], style: str
) -> None:
    status, out, _ = run(capsys, "pair", "--sample", "--format", "json", "--style", style)
    assert status == 0
    back = lb.from_json(out, lb.Suggestions, style=style)  # type: ignore[arg-type]
    assert back == lb.suggest_pairings(lb.samples.home(), on=ON)


def test_pair_reads_a_home_file_and_a_policy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = tmp_path / "home.json"
    home.write_text(lb.to_json(lb.samples.home()), encoding="utf-8")
    policy = tmp_path / "policy.json"
    roomy = attrs.evolve(lb.Policy(), mentor_capacity=4, max_distance_km=20)
    policy.write_text(lb.to_json(roomy), encoding="utf-8")
    status, out, _ = run(
        capsys, "pair", str(home), "--on", str(ON), "--policy", str(policy), "--format", "json"
    )
    assert status == 0
    got = lb.from_json(out, lb.Suggestions)
    assert got == lb.suggest_pairings(lb.samples.home(), on=ON, policy=roomy)
    assert len(got.suggestions) > len(lb.suggest_pairings(lb.samples.home(), on=ON).suggestions)


def test_a_register_file_has_nobody_to_pair_with(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    register = tmp_path / "register.json"
    register.write_text(lb.to_json(lb.samples.shicun()), encoding="utf-8")
    status, out, _ = run(capsys, "pair", str(register), "--on", str(ON), "--format", "json")
    got = lb.from_json(out, lb.Suggestions)
    assert status == 0 and got.suggestions == () and got.unserved  # no mentor recorded at all


def test_volunteers_lists_hours_and_the_checks_to_act_on(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "volunteers", "--sample", "--lang", "en")
    view = lb.volunteers_on(lb.samples.home(), on=ON)
    assert status == 0 and err == ""
    assert out.splitlines()[1].startswith(f"Volunteers on {ON}: 45")
    act = [
        r
        for r in view.rows
        if r.active and r.check.value in {"due_soon", "expired", "record_found", "missing"}
    ]
    assert act and all(f"  {r.id} {r.check.label('en')}" in out for r in act)
    # names are masked
    assert all(v.name not in out for v in lb.samples.home().volunteers)


def test_volunteers_json_and_the_look_ahead(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "volunteers", "--sample", "--format", "json", "--due", "0")
    view = lb.from_json(out, lb.Volunteers)
    assert status == 0 and view == lb.volunteers_on(lb.samples.home(), on=ON, due_within=0)
    assert "due_soon" not in {r.check.value for r in view.rows}
    status, _, err = run(capsys, "volunteers", "--sample", "--due", "-1")
    assert status == 2 and "--due" in err
