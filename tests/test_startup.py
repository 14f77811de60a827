"""A command pays only for what it uses: the lazy packages and what ``--help`` imports."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import pickle
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import left_behind as lb
from left_behind.kinds import Text

LAZY = ("left_behind", "left_behind.kinds", "left_behind.samples")

# what a command that does not use them must not load
HEAVY = (
    "attrs",
    "cattrs",
    "left_behind.calendar",
    "left_behind.law",
    "left_behind.rules",
    "left_behind.model",
    "left_behind.io",
    "left_behind.samples._register",
    "left_behind.planning",
    "left_behind.matching",
    "left_behind.stats",
)


def _type_checking_imports(package: str) -> dict[str, str]:
    """Each name the package's ``if TYPE_CHECKING:`` block imports, and its module."""
    module = importlib.import_module(package)
    tree = ast.parse(inspect.getsource(module))
    found: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"):
            continue
        for imp in node.body:
            assert isinstance(imp, ast.ImportFrom) and imp.module is not None
            if not imp.module.startswith("left_behind"):
                continue  # typing's names, for the annotations
            for alias in imp.names:
                if alias.name == "*":
                    for name in importlib.import_module(imp.module).__all__:
                        found[name] = imp.module
                else:
                    # a subpackage or submodule imported by name is itself
                    whole = f"{imp.module}.{alias.name}"
                    is_module = importlib.util.find_spec(whole) is not None
                    found[alias.name] = whole if is_module else imp.module
    return found


@pytest.mark.parametrize("package", LAZY)
def test_the_table_the_type_checking_block_and_all_agree(package: str) -> None:
    module = importlib.import_module(package)
    table = {name: f"{package}.{home}" for name, home in module._EXPORTS.items()}
    assert _type_checking_imports(package) == table
    assert sorted(module.__all__) == sorted(table)
    assert len(module.__all__) == len(set(module.__all__))


@pytest.mark.parametrize("package", LAZY)
def test_every_name_is_its_submodule_s(package: str) -> None:
    module = importlib.import_module(package)
    for name, home in module._EXPORTS.items():
        sub = importlib.import_module(f"{package}.{home}")
        expected = sub if name == home else getattr(sub, name)
        assert getattr(module, name) is expected, name
    assert set(module.__all__) <= set(dir(module))


def test_a_name_that_is_not_there_says_so() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = lb.kinds.nothing_here
    with pytest.raises(AttributeError, match="__wrapped__"):
        _ = lb.__wrapped__


def test_an_old_top_level_name_still_warns() -> None:
    with pytest.warns(DeprecationWarning, match="left_behind.model"):
        _ = lb.Sex  # type: ignore[attr-defined]


def test_the_constants_written_for_help_are_the_core_s() -> None:
    from left_behind.cli import _check, _redact
    from left_behind.io import MIN_KEY_BYTES, Coarsening
    from left_behind.rules import Severity
    from left_behind.samples import _register

    assert tuple(s.value for s in Severity) == _check.SEVERITIES
    assert _redact.MIN_KEY_BYTES == MIN_KEY_BYTES
    assert typing.get_args(Coarsening) == _redact.BIRTHS
    assert _register.REFERENCE_DATE is lb.samples.REFERENCE_DATE


def test_text_is_a_frozen_value() -> None:
    t = Text("儿童", "child")
    assert t == Text(zh="儿童", en="child") and hash(t) == hash(Text("儿童", "child"))
    assert t != Text("儿童", "Child") and t != ("儿童", "child")
    assert pickle.loads(pickle.dumps(t)) == t
    with pytest.raises(AttributeError):
        t.zh = "少年"  # type: ignore[misc]
    match t:
        case Text(zh, en):
            assert (zh, en) == ("儿童", "child")


def _imported(*argv: str, cwd: Path) -> set[str]:
    """The modules loaded by the command line run with ``argv``, in a new process."""
    code = (
        "import sys, json\n"
        "from left_behind.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "sys.stderr.write('\\n' + json.dumps(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "LANG": "C"}
    done = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=cwd, env=env
    )
    loaded: set[str] = set(json.loads(done.stderr.rsplit("\n", 1)[1]))
    return loaded


def test_help_loads_none_of_the_core(tmp_path: Path) -> None:
    loaded = _imported("--help", cwd=tmp_path)
    assert sorted(m for m in HEAVY if m in loaded) == []
    # the commands are listed from the table, without their modules
    assert sorted(m for m in loaded if m.startswith("left_behind.cli._check")) == []
    assert "typing" not in loaded


@pytest.mark.parametrize("command", ["check", "summary", "plan"])
def test_a_command_s_help_loads_none_of_the_core(tmp_path: Path, command: str) -> None:
    loaded = _imported(command, "--help", cwd=tmp_path)
    assert sorted(m for m in HEAVY if m in loaded) == []


def test_checking_one_child_loads_no_planner(tmp_path: Path) -> None:
    child = tmp_path / "child.json"
    child.write_text(lb.to_json(lb.samples.template().children[0]), encoding="utf-8")
    loaded = _imported("check", str(child), "--on", "2026-09-01", cwd=tmp_path)
    assert "left_behind.rules" in loaded
    unused = ("left_behind.planning", "left_behind.matching", "left_behind.calls")
    assert sorted(m for m in unused if m in loaded) == []


def _subcommands(parser: object) -> dict[str, object]:
    action = next(a for a in parser._actions if a.dest == "command")  # type: ignore[attr-defined]
    found: dict[str, object] = action.choices
    return found


def test_the_command_run_is_built_as_when_all_are() -> None:
    from left_behind.cli import COMMANDS, _parser

    names = tuple(c.name for c in COMMANDS)
    from left_behind.cli._lang import speaking

    with speaking("en"):
        whole = _subcommands(_parser())
        assert tuple(whole) == names
        for name in names:
            alone = _subcommands(_parser([name, "--help"]))
            assert tuple(alone) == names  # every command still listed...
            assert alone[name].format_help() == whole[name].format_help()  # type: ignore[attr-defined]
