"""``summary`` and ``check`` over registers read a child at a time: the same output as whole."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

import left_behind as lb
from left_behind.cli import main
from left_behind.cli._stream import Progress
from left_behind.io import to_lines

ON = ["--on", "2026-09-01"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample's children as a register document, JSON Lines (both styles) and gzip."""
    root = tmp_path_factory.mktemp("stream")
    register = lb.Register(name="石村", children=lb.samples.shicun().children)
    made = {
        "json": root / "register.json",
        "jsonl": root / "register.jsonl",
        "camel": root / "camel.jsonl",
        "gz": root / "register.jsonl.gz",
    }
    made["json"].write_text(lb.to_json(register, indent=2), encoding="utf-8")
    made["jsonl"].write_text("\n".join(to_lines(register)) + "\n", encoding="utf-8")
    made["camel"].write_text("\n".join(to_lines(register, style="camel")) + "\n", "utf-8")
    made["gz"].write_bytes(gzip.compress(made["jsonl"].read_bytes()))
    return made


@pytest.mark.parametrize("command", ["check", "summary"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_every_way_of_reading_gives_the_output_of_the_whole_register(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], command: str, fmt: str
) -> None:
    whole = run(capsys, command, str(files["json"]), *ON, "--format", fmt)
    assert whole[0] in (0, 1) and whole[1]
    ways = [
        [str(files["jsonl"])],
        [str(files["camel"])],
        [str(files["gz"])],
        [str(files["json"]), "--stream"],
        [str(files["jsonl"]), "--jobs", "2"],
    ]
    for way in ways:
        assert run(capsys, command, *way, *ON, "--format", fmt)[:2] == whole[:2], way


def test_the_filters_of_check_work_on_a_stream(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    for given in (["--child", "SC-018"], ["--severity", "warning"], ["--rule", "PIPL-31-consent"]):
        whole = run(capsys, "check", str(files["json"]), *ON, *given)
        assert run(capsys, "check", str(files["jsonl"]), *ON, *given)[:2] == whole[:2]
    status, _, err = run(capsys, "check", str(files["jsonl"]), *ON, "--child", "nobody")
    assert status == 2 and "nobody" in err


def _with_bad_lines(files: dict[str, Path], tmp_path: Path) -> Path:
    lines = files["jsonl"].read_text(encoding="utf-8").splitlines()
    lines.insert(3, '{"id": "x-1", "name": 7}')
    lines.append(lines[1])  # a child given twice
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_lines_are_said_on_stderr_and_the_rest_go_on(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    path = _with_bad_lines(files, tmp_path)
    whole = run(capsys, "summary", str(files["jsonl"]), *ON, "--lang", "en")
    status, out, err = run(capsys, "summary", str(path), *ON, "--lang", "en")
    assert status == 2
    assert out == whole[1]  # the good lines are the register
    assert "line 4" in err and "line 145" in err and "2 lines not valid" in err


def test_rejects_go_to_their_file_with_their_problems(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    path = _with_bad_lines(files, tmp_path)
    rejects = tmp_path / "rejects.jsonl"
    status, out, err = run(
        capsys, "check", str(path), *ON, "--rejects", str(rejects), "--jobs", "2"
    )
    whole = run(capsys, "check", str(files["jsonl"]), *ON)
    assert (status, out) == whole[:2]
    rows = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [r["line"] for r in rows] == [4, 145]
    assert rows[0]["text"] == '{"id": "x-1", "name": 7}'
    assert all(r["problems"] for r in rows) and rows[1]["problems"][0]["code"] == "duplicate"
    # never replaced without --force
    status, _, err = run(capsys, "check", str(path), *ON, "--rejects", str(rejects))
    assert status == 2 and "--force" in err
    assert run(capsys, "check", str(path), *ON, "--rejects", str(rejects), "--force")[0] == 1


def test_a_home_that_keeps_people_is_read_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = lb.samples.home()
    document, lines = tmp_path / "home.json", tmp_path / "home.jsonl"
    document.write_text(lb.to_json(home), encoding="utf-8")
    lines.write_text("\n".join(to_lines(home)) + "\n", encoding="utf-8")
    whole = run(capsys, "check", str(document), *ON)
    assert run(capsys, "check", str(lines), *ON)[:2] == whole[:2]
    assert run(capsys, "check", str(document), "--stream", *ON)[:2] == whole[:2]


def test_a_file_that_is_not_a_register_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"children": [', encoding="utf-8")
    status, out, err = run(capsys, "summary", str(path), "--stream", *ON, "--lang", "en")
    assert status == 2 and not out and "broken.json" in err
    gz = tmp_path / "broken.jsonl.gz"
    gz.write_bytes(b"not gzip")
    status, _, err = run(capsys, "summary", str(gz), *ON)
    assert status == 2 and "broken.jsonl.gz" in err


def test_progress_says_the_children_done_and_the_rate() -> None:
    shown = io.StringIO()
    progress = Progress("en", shown)
    progress.tick(1000, 0.5, last=True)
    assert "1,000 children done" in shown.getvalue() and "a second" in shown.getvalue()
    quiet = io.StringIO()
    Progress("en", quiet, quiet=True).tick(1000, 0.5, last=True)
    assert not quiet.getvalue()


def test_convert_writes_lines_and_documents_that_read_back(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    lines, document = tmp_path / "out.jsonl.gz", tmp_path / "out.json"
    assert run(capsys, "convert", str(files["json"]), str(lines))[0] == 0
    assert run(capsys, "convert", str(lines), str(document), "--output-style", "camel")[0] == 0
    register = lb.from_json(files["json"].read_bytes(), lb.Register)
    # a register is written as a home that keeps nobody yet, as every command reads it
    back_home = lb.from_json(document.read_bytes(), lb.Home, style="camel")
    assert (back_home.name, back_home.children) == (register.name, register.children)
    status, _, err = run(capsys, "convert", str(files["json"]), str(document))
    assert status == 2 and "--force" in err
    home = tmp_path / "home.jsonl"
    lb_home = lb.samples.home()
    source = tmp_path / "home.json"
    source.write_text(lb.to_json(lb_home), encoding="utf-8")
    assert run(capsys, "convert", str(source), str(home))[0] == 0
    back = tmp_path / "back.json"
    assert run(capsys, "convert", str(home), str(back))[0] == 0
    assert lb.from_json(back.read_bytes(), lb.Home) == lb_home
