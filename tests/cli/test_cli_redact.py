"""``left-behind redact`` and ``--redact-key-file``: copies to leave the home, keys from a file."""

from __future__ import annotations

from pathlib import Path

import pytest

import left_behind as lb
from left_behind.cli import main

KEY = b"a key of sixteen bytes or more"


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "redaction.key"
    path.write_bytes(KEY + b"\n")  # an editor's final line break is not part of the key
    return path


@pytest.mark.parametrize(("document", "cls"), [("register", lb.Register), ("home", lb.Home)])
def test_sample_writes_the_redacted_sample(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, key_file: Path, document: str, cls: type
) -> None:
    path = tmp_path / "copy.json"
    argv = ["sample", str(path), "--document", document, "--redact-key-file", str(key_file)]
    assert run_main(capsys, *argv) == (0, "", "")
    made = lb.samples.shicun() if document == "register" else lb.samples.home()
    copy = lb.from_json(path.read_text(encoding="utf-8"), cls)
    assert copy == lb.redact(made, key=KEY)
    assert copy != made


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_redact_writes_the_copy_of_any_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, key_file: Path, style: str
) -> None:
    home = lb.samples.home()
    source = tmp_path / "home.json"
    source.write_text(lb.to_json(home, style=style), encoding="utf-8")  # type: ignore[arg-type]
    out = tmp_path / "copy.json"
    argv = ["redact", str(source), str(out), "--redact-key-file", str(key_file)]
    assert run_main(capsys, *argv, "--style", style) == (0, "", "")
    text = out.read_text(encoding="utf-8")
    assert lb.from_json(text, lb.Home, style=style) == lb.redact(home, key=KEY)  # type: ignore[arg-type]
    assert home.children[0].name not in text
    # an existing copy is not replaced without --force
    status, _, err = run_main(capsys, *argv)
    assert status == 2 and "--force" in err
    argv += ["--force", "--birth", "year"]
    assert run_main(capsys, *argv)[0] == 0
    copy = lb.from_json(out.read_text(encoding="utf-8"), lb.Home)
    assert {c.birth_date.timetuple()[1:3] for c in copy.children} == {(1, 1)}


def test_redact_reads_a_child_from_standard_input(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    key_file: Path,
) -> None:
    import io
    import sys

    child = lb.samples.shicun().children[0]
    stdin = io.TextIOWrapper(io.BytesIO(lb.to_json(child).encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = run_main(capsys, "redact", "-", "-", "--redact-key-file", str(key_file))
    assert status == 0
    assert lb.from_json(out, lb.Child) == lb.redact(child, key=KEY)


def test_redact_needs_a_key_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run_main(capsys, "redact", "-", "-", "--lang", "en")
    assert status == 2 and "--redact-key-file" in err


@pytest.mark.parametrize("key", [b"", b"short\n", b"fifteen bytes!!\r\n"])
def test_a_short_key_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, key: bytes
) -> None:
    path = tmp_path / "short.key"
    path.write_bytes(key)
    argv = ["sample", "-", "--redact-key-file", str(path), "--lang", "en"]
    status, out, err = run_main(capsys, *argv)
    assert (status, out) == (2, "")
    assert "at least 16 bytes" in err
    if key.strip():  # the message does not repeat the key
        assert key.strip().decode() not in err.replace(str(path), "")


def test_a_missing_key_file_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.key"
    argv = ["sample", "-", "--redact-key-file", str(missing), "--lang", "en"]
    status, out, err = run_main(capsys, *argv)
    assert (status, out) == (2, "")
    assert str(missing) in err and "cannot read" in err


def test_a_file_that_is_no_document_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, key_file: Path
) -> None:
    source = tmp_path / "list.json"
    source.write_text("[1, 2]", encoding="utf-8")
    argv = ["redact", str(source), "-", "--redact-key-file", str(key_file), "--lang", "en"]
    status, out, err = run_main(capsys, *argv)
    assert (status, out) == (2, "")
    assert "not a document" in err
