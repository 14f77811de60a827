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
    "model": {"kinds", "law", "calendar", "model"},
    "law": {"kinds", "law"},
    "calendar": {"kinds", "law", "calendar"},
    "rules": {"kinds", "model", "law", "calendar", "rules"},
    "stats": {"kinds", "model", "law", "calendar", "rules", "stats"},
    "matching": {"kinds", "model", "law", "calendar", "rules", "matching"},
    "calls": {"kinds", "model", "law", "calendar", "rules", "matching", "calls"},
    "planning": {"kinds", "model", "law", "calendar", "rules", "planning"},
    "agenda": {
        "kinds",
        "model",
        "law",
        "calendar",
        "rules",
        "matching",
        "calls",
        "planning",
        "agenda",
    },
    "reports": {
        "kinds",
        "model",
        "law",
        "calendar",
        "rules",
        "stats",
        "matching",
        "planning",
        "reports",
    },
    "io": {"kinds", "law", "calendar", "model", "io"},
    "sheets": {"kinds", "law", "calendar", "model", "io", "sheets"},
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
        "agenda",
        "io",
        "sheets",
        "cli",
        "reports",
        "samples",
    },
    "samples": {"kinds", "law", "calendar", "model", "rules", "planning", "samples"},
    "testing": {
        "kinds",
        "law",
        "calendar",
        "model",
        "rules",
        "io",
        "matching",
        "planning",
        "samples",
        "testing",
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


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_no_package_reaches_into_another_ones_private_modules(layer: str) -> None:
    # a package's __init__ is its contract: what the others may use
    wrong = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            parts = name.split(".")
            outside = len(parts) > 2 and parts[0] == "left_behind" and parts[1] != layer
            if outside and any(p.startswith("_") for p in parts[2:]):
                wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert wrong == []


def test_each_package_offers_what_its_submodules_declare() -> None:
    for layer in sorted(set(ALLOWED) - {"cli"}):
        package = importlib.import_module(f"left_behind.{layer}")
        declared = [
            name
            for path in sorted((PACKAGE / layer).glob("_*.py"))
            if path.name != "__init__.py"
            for name in importlib.import_module(f"left_behind.{layer}.{path.stem}").__all__
        ]
        assert sorted(declared) == sorted(n for n in package.__all__ if n in declared), layer
        assert len(declared) == len(set(declared)), f"{layer}: a name declared twice"


def test_the_top_level_is_a_small_face() -> None:
    assert len(left_behind.__all__) <= 90
    assert [n for n in left_behind.__all__ if not hasattr(left_behind, n)] == []


@pytest.mark.parametrize(
    ("name", "home"),
    [
        ("Sex", "model"),
        ("KINDS", "kinds"),
        ("Hit", "rules"),
        ("is_holiday", "calendar"),
        ("PlanNote", "model"),
    ],
)
def test_a_name_that_left_the_top_level_still_imports_with_a_warning(name: str, home: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"left_behind.{home}.{name}"):
        value = getattr(left_behind, name)
    assert value is getattr(importlib.import_module(f"left_behind.{home}"), name)


def test_a_name_nobody_declared_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        left_behind.no_such_name  # noqa: B018


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


# the one module kept only so that old imports still work, with a warning
DEPRECATED_MODULES = frozenset({"left_behind.synthetic"})


def test_every_module_imports() -> None:
    for name in _modules():
        if name.endswith("testing"):
            pytest.importorskip("hypothesis")
        if name not in DEPRECATED_MODULES:
            importlib.import_module(name)


def test_the_old_synthetic_module_still_imports_with_a_warning() -> None:
    import sys

    sys.modules.pop("left_behind.synthetic", None)
    with pytest.warns(DeprecationWarning, match="left_behind.samples.synthetic"):
        old = importlib.import_module("left_behind.synthetic")
    assert old.__all__ == left_behind.samples.synthetic.__all__
    assert all(getattr(old, n) is getattr(left_behind.samples.synthetic, n) for n in old.__all__)


@pytest.mark.parametrize("name", ["SAMPLE_COUNTY", "SAMPLE_SCHOOL_YEARS"])
def test_the_calendars_old_sample_names_still_work_with_a_warning(name: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"left_behind.samples.{name}"):
        value = getattr(left_behind.calendar, name)
    assert value is getattr(left_behind.samples, name)
