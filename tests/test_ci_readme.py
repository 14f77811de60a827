"""README.md and .ci/run agree: the two setup commands, and the README's examples run."""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from profiles import PROFILES

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CI = ROOT / ".ci" / "run"

THE_TWO_COMMANDS = [
    "pip install . && left-behind week --sample",
    "pip install -e '.[test]' && pytest",
]

needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def first_code_block(text: str) -> list[str]:
    """The non-blank lines of the first fenced code block."""
    match = re.search(r"^```[^\n]*\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    assert match, "README.md has no fenced code block"
    return [line for line in match.group(1).splitlines() if line.strip()]


def ci_commands(ci: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(ci), "--commands"], capture_output=True, text=True, timeout=60
    )


def test_readme_opens_with_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    assert blocks[0] == "# left_behind"
    sentence = blocks[1]
    assert "\n" not in sentence and not sentence.startswith(("#", "```"))
    assert sentence.endswith(".") and sentence.count(". ") == 0  # one sentence
    assert blocks[2].startswith("```sh\n")
    assert first_code_block(text) == THE_TWO_COMMANDS


@needs_bash
def test_ci_runs_the_readme_commands() -> None:
    result = ci_commands(CI)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == first_code_block(README.read_text(encoding="utf-8"))
    assert result.stdout.splitlines() == THE_TWO_COMMANDS


@needs_bash
@pytest.mark.parametrize(
    "block",
    [
        "```sh\npip install .\n```\n",
        "```sh\npip install .\npytest\nmypy src\n```\n",
        "no code at all\n",
    ],
)
def test_ci_refuses_a_readme_without_exactly_two_commands(tmp_path: Path, block: str) -> None:
    (tmp_path / ".ci").mkdir()
    shutil.copy(CI, tmp_path / ".ci" / "run")
    (tmp_path / "README.md").write_text(f"# x\n\nA sentence.\n\n{block}", encoding="utf-8")
    result = ci_commands(tmp_path / ".ci" / "run")
    assert result.returncode != 0
    assert "exactly two commands" in result.stderr


def test_ci_script_checks_everything() -> None:
    script = CI.read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in script
    assert "-m venv" in script
    assert 'run "mypy --strict src/left_behind"' in script
    assert 'run "ruff check src tests"' in script
    assert '"$status" -eq 5' in script  # pytest's "no tests collected" is a failure
    # the README's tests run under the thorough profile, which the tests know by that name
    assert script.index("export HYPOTHESIS_PROFILE=ci\n") < script.index('run "${commands[1]}"')
    assert "ci" in PROFILES
    if os.name == "posix":
        assert os.access(CI, os.X_OK), ".ci/run must be executable"


def test_readme_examples_run() -> None:
    failed, attempted = doctest.testfile(
        str(README),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        encoding="utf-8",
    )
    assert attempted > 10
    assert failed == 0


@pytest.mark.parametrize("path", [README, CI, ROOT / "docs" / "getting-started.md"])
def test_no_paths_of_a_particular_machine(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"(?<![\w.$}])/(home|root|Users|work|tmp/venv)/", text), path
