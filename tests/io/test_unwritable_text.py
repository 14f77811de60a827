"""Text that could crash: refused at the boundary, or written whatever the output's encoding.

A lone UTF-16 surrogate (``"\\ud800"`` in JSON, a broken emoji from a JavaScript
frontend) can never be written as UTF-8: the loaders and the records refuse it
with a problem. Everything else that loads can be written back and printed to
a terminal or file in any encoding, and the command line tells a crash from a
result by its exit status.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import left_behind as lb
from builders import CHILD_DOC, minimal_child
from left_behind.cli import main
from left_behind.cli._common import safe_output

RARE = "𠮷小花"  # 𠮷 (U+20BB7) is in GB18030 but not in GBK
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
# text as frontends send it: anything, lone surrogates now and then
ANY_TEXT = st.text(st.characters() | SURROGATES, min_size=1, max_size=12)


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


@given(name=ANY_TEXT)
def test_text_that_loads_can_be_written_and_anything_else_is_a_problem(name: str) -> None:
    doc = {**CHILD_DOC, "name": name}
    try:
        child = lb.from_dict(doc, lb.Child)
    except lb.InvalidData as e:
        codes = {(p.path, p.code) for p in e.problems}
        assert ("$.name", "encoding") in codes or not name.strip(), codes
        assert _has_surrogate(name) or not name.strip()
        for p in e.problems:  # the problem itself can always be printed
            p.text().encode("utf-8")
            p.text("en").encode("utf-8")
        return
    assert not _has_surrogate(name)
    text = lb.to_json(child)
    text.encode("utf-8")
    assert lb.from_json(text.encode("utf-8"), lb.Child) == child
    # and printed in every encoding the command line may meet, losing nothing
    for encoding in ("utf-8", "gbk", "gb2312", "cp936", "ascii", "latin-1", "big5"):
        raw = io.BytesIO()
        stream = safe_output(io.TextIOWrapper(raw, encoding=encoding))
        stream.write(name)
        stream.flush()
        assert raw.getvalue().decode(stream.encoding) == name


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_an_escaped_lone_surrogate_is_refused_with_its_place(style: lb.kinds.Style) -> None:
    doc = lb.to_dict(minimal_child(), style=style)
    text = json.dumps({**doc, "village": "石村"}).replace("\\u77f3", "\\ud800")
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, lb.Child, style=style)
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.village", "encoding")
    assert "character 1" in problem.message("en") and "第 1 个字符" in problem.message()
    assert info.value.to_json().encode("utf-8")  # the answer to the client can be sent


def test_an_escaped_surrogate_pair_is_one_character_and_loads() -> None:
    text = json.dumps({**CHILD_DOC, "name": RARE})  # ensure_ascii: "\\ud842\\udfb7"
    assert "\\ud842\\udfb7" in text
    child = lb.from_json(text, lb.Child)
    assert child.name == RARE
    assert lb.to_json(child).encode("utf-8")


def test_python_callers_cannot_make_a_record_that_cannot_be_written() -> None:
    with pytest.raises(lb.InvalidData) as info:
        attrs.evolve(minimal_child(), name="林\udc00")
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.name", "type")
    assert "cannot be written as UTF-8" in problem.message("en")


def test_a_surrogate_in_a_key_or_an_enumeration_is_never_echoed() -> None:
    text = '{"on": "2026-03-01", "parent": "\\ud800", "party": "both", "mode": "video",'
    text += ' "\\udfff\\udfff\\udfff\\udfff\\udfff": 1}'
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, lb.ContactEvent)
    for p in info.value.problems:
        p.text().encode("utf-8")  # printable: the key is masked and escaped
        assert "\ud800" not in p.message("en")


# --- the output's encoding --------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "json_output", "kept"),
    [
        ("utf-8", False, "utf-8"),
        ("gb18030", False, "gb18030"),
        ("gbk", False, "gb18030"),  # GB18030 writes GBK's characters with the same bytes
        ("cp936", False, "gb18030"),
        ("gb2312", False, "gb18030"),
        ("ascii", False, "utf-8"),
        ("latin-1", False, "utf-8"),
        ("big5", False, "utf-8"),
        ("gbk", True, "utf-8"),  # JSON is UTF-8 whatever the terminal
        ("utf-16", False, "utf-16"),
    ],
)
def test_the_output_policy(encoding: str, json_output: bool, kept: str) -> None:
    stream = safe_output(io.TextIOWrapper(io.BytesIO(), encoding=encoding), utf8=json_output)
    assert stream.encoding == kept
    assert stream.errors == "backslashreplace"


def _run(*argv: str, encoding: str, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    out = tmp_path / "out.txt"
    with out.open("wb") as f:  # redirected, as `> out.txt` does
        result = subprocess.run(
            [sys.executable, "-m", "left_behind", *argv],
            stdout=f,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
        )
    return subprocess.CompletedProcess(
        result.args, result.returncode, out.read_bytes(), result.stderr
    )


@pytest.fixture
def rare(tmp_path: Path) -> Path:
    child = attrs.evolve(lb.samples.family(age=9, child_id="r-1"), name=RARE)
    register = lb.Register(name="示例村", children=[child])
    path = tmp_path / "rare.json"
    path.write_text(lb.to_json(register), encoding="utf-8")
    return path


@pytest.mark.parametrize("encoding", ["cp936", "gbk", "ascii", "latin-1", "utf-8"])
def test_a_rare_character_is_written_whatever_the_encoding(
    rare: Path, tmp_path: Path, encoding: str
) -> None:
    result = _run("check", str(rare), "--on", "2026-09-01", encoding=encoding, tmp_path=tmp_path)
    assert result.returncode == 1, result.stderr  # findings, not a crash
    assert b"Traceback" not in result.stderr
    written = "gb18030" if encoding in ("cp936", "gbk") else "utf-8"
    text = result.stdout.decode(written)
    assert "检查日期：2026-09-01" in text and "𠮷*" in text  # masked, but whole
    result = _run("summary", str(rare), "--format", "json", encoding=encoding, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert lb.from_json(result.stdout, lb.Summary).register == "示例村"


# --- exit statuses ------------------------------------------------------------------------


def test_an_internal_error_has_its_own_status(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ZeroDivisionError("a bug")

    # the command imports the core when it runs: patched where it is looked up
    monkeypatch.setattr("left_behind.stats.summarize", broken)
    status = main(["summary", "--sample"])
    out, err = capsys.readouterr()
    assert status == 70 and out == ""
    assert "internal error" in err and "ZeroDivisionError: a bug" in err


class _Closed(io.StringIO):
    """Standard output whose reader went away."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        raise ValueError("no file descriptor")


@pytest.mark.parametrize("argv", [["summary", "--sample"], ["check", "--sample"]])
def test_output_that_cannot_be_written_has_its_own_status(
    monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", _Closed())
    assert main(argv) == 74  # not 1, which check uses for findings


def test_the_exit_statuses_are_documented(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["summary", "--help"], ["check", "--help"]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        for status in ("0 done", "2 a bad command line", "74 the output", "70 an internal error"):
            assert status in " ".join(out.split()), (argv, status)
    main(["check", "--help"])
    assert "1 at least one finding is an error" in " ".join(capsys.readouterr().out.split())
