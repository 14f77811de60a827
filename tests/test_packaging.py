"""What the package index shows and ships: the licence, the README, the public names."""

from __future__ import annotations

import importlib.util
import pickle
import re
import subprocess
import sys
import traceback
import zipfile
from pathlib import Path

import pytest

import left_behind as lb

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # tomllib is 3.11+


def test_the_licence_file_is_the_declared_licence() -> None:
    assert '\nlicense = "MIT"\n' in PYPROJECT
    assert '\nlicense-files = ["LICENSE"]\n' in PYPROJECT
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text


def test_project_urls_are_real_or_absent() -> None:
    """No placeholder address: a URL is given only when it is known."""
    for url in re.findall(r"https?://[^\"']*", PYPROJECT):
        assert url.startswith("https://"), url
        assert not re.search(r"example\.|your-|<|TODO", url), url


def test_the_readme_has_no_links_that_break_on_the_index_page() -> None:
    """The index shows README.md without the repository: a relative link goes nowhere."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]*)\)", text)
    assert [t for t in targets if not t.startswith("https://")] == []


@pytest.mark.skipif(importlib.util.find_spec("hatchling") is None, reason="needs hatchling")
def test_the_wheel_ships_the_licence(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("left_behind-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        (licence,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        assert z.read(licence) == (ROOT / "LICENSE").read_bytes()
        metadata = z.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert b"License-Expression: MIT" in metadata


def test_tracebacks_name_the_public_class() -> None:
    with pytest.raises(lb.InvalidData) as info:
        lb.kinds.Phone("12345")
    shown = "".join(traceback.format_exception_only(info.type, info.value))
    assert shown.startswith("left_behind.InvalidData: 1 problem:")
    assert "_errors" not in shown
    assert repr(info.value.problems[0]).startswith("Problem(")
    assert lb.InvalidData.__module__ == lb.Problem.__module__ == "left_behind"
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is lb.InvalidData and again.problems == info.value.problems
