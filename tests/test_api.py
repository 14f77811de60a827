"""The public face: names, docstrings, and the one-way flow between layers."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import typing
from pathlib import Path

import pytest

import left_behind

PACKAGE = Path(left_behind.__file__).parent

# Which layers each layer may import. Data flows one way: adapters (cli, io)
# call the pure core (rules, stats, planning), which works on the records
# (model) and reads the legal sources (law) and the calendar, data that rest
# on the records' base alone.
ALLOWED = {
    "kinds": {"kinds"},
    "model": {"kinds", "model"},
    "law": {"kinds", "model", "law"},
    "calendar": {"kinds", "model", "law", "calendar"},
    "rules": {"kinds", "model", "law", "calendar", "rules"},
    "stats": {"kinds", "model", "law", "rules", "stats"},
    "matching": {"kinds", "model", "law", "rules", "matching"},
    "calls": {"kinds", "model", "law", "calendar", "rules", "matching", "calls"},
    "planning": {"kinds", "model", "law", "calendar", "rules", "planning"},
    "io": {"kinds", "model", "io"},
    "cli": {
        "kinds",
        "model",
        "law",
        "calendar",
        "rules",
        "stats",
        "matching",
        "calls",
        "planning",
        "io",
        "cli",
        "samples",
    },
}


def _modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages([str(PACKAGE)], "left_behind.")]


def test_every_public_name_is_exported_and_documented() -> None:
    missing = [n for n in left_behind.__all__ if not hasattr(left_behind, n)]
    assert missing == []
    undocumented = [
        n
        for n in left_behind.__all__
        if not (inspect.getdoc(getattr(left_behind, n)) or "").strip()
        and not isinstance(getattr(left_behind, n), (int, str))
        # a type alias such as Style = Literal[...] cannot carry a docstring
        and typing.get_origin(getattr(left_behind, n)) is None
    ]
    assert undocumented == []


@pytest.mark.parametrize(
    "module",
    [
        "left_behind.rules",
        "left_behind.model",
        "left_behind.io",
        "left_behind.law",
        "left_behind.calendar",
    ],
)
def test_subpackage_all_names_exist(module: str) -> None:
    mod = importlib.import_module(module)
    assert [n for n in mod.__all__ if not hasattr(mod, n)] == []


def test_all_has_no_duplicates() -> None:
    names = list(left_behind.__all__)
    assert len(names) == len(set(names))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_no_layer_imports_a_higher_one(layer: str) -> None:
    wrong = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] != "left_behind" or len(parts) < 2 or parts[1].startswith("_"):
                continue
            if parts[1] not in ALLOWED[layer]:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert wrong == []


def test_the_core_reads_no_clock_and_no_files() -> None:
    core = [
        p
        for layer in ("model", "law", "calendar", "rules", "stats", "matching", "planning", "calls")
        for p in (PACKAGE / layer).rglob("*.py")
    ]
    offenders = []
    for path in core:
        text = path.read_text(encoding="utf-8")
        for needle in ("date.today(", "datetime.now(", "open(", "time.time("):
            if needle in text:
                offenders.append(f"{path.name}: {needle}")
    assert offenders == []


def test_every_module_imports() -> None:
    for name in _modules():
        if name.endswith("testing"):
            pytest.importorskip("hypothesis")
        importlib.import_module(name)
