"""The documentation site builds, strictly, and its API reference misses no public name.

The build is the one a reader gets (``mkdocs build --strict`` from ``mkdocs.yml``):
a broken link, a missing heading or a docstring the reference cannot read fails it.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import left_behind

ROOT = Path(__file__).resolve().parent.parent


_DYNAMIC = {
    ("left_behind.kinds", "Lang"),
    ("left_behind.kinds", "Style"),
    ("left_behind.kinds", "lazy_package"),
}


def public_modules() -> list[str]:
    """The top level and every public package but the command line (its --help is its doc)."""
    names = [
        f"left_behind.{info.name}"
        for info in pkgutil.iter_modules(left_behind.__path__)
        if info.ispkg and not info.name.startswith("_") and info.name != "cli"
    ]
    return ["left_behind", *sorted(names)]


def _documented(obj: object) -> bool:
    # a class's own docstring: the inherited one of Enum or object says nothing of it
    doc = obj.__dict__.get("__doc__") if inspect.isclass(obj) else getattr(obj, "__doc__", None)
    return bool(doc and doc.strip())


@pytest.mark.parametrize("module_name", public_modules())
def test_every_public_class_and_function_has_a_docstring(module_name: str) -> None:
    module = importlib.import_module(module_name)
    assert _documented(module), module_name
    bare = [
        name
        for name in module.__all__
        if (inspect.isclass(obj := getattr(module, name)) or inspect.isroutine(obj))
        and not _documented(obj)
    ]
    assert bare == [], f"{module_name}: no docstring for {bare}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.mark.parametrize("module_name", public_modules())
def test_the_reference_shows_every_public_name(site: Path, module_name: str) -> None:
    page = "top" if module_name == "left_behind" else module_name.rpartition(".")[2]
    html = (site / "reference" / page / "index.html").read_text(encoding="utf-8")
    shown = set(re.findall(r'id="([\w.]+)"', html))
    module = importlib.import_module(module_name)
    # a package named at the top has a page of its own; the names a module makes on first
    # use (the Lang and Style aliases, the lazy loader) are not in its source to be read
    named = [
        name
        for name in module.__all__
        if not inspect.ismodule(getattr(module, name)) and (module_name, name) not in _DYNAMIC
    ]
    missing = [name for name in named if f"{module_name}.{name}" not in shown]
    assert missing == [], f"{module_name}: not in the reference: {missing}"


def test_every_public_package_has_a_page(site: Path) -> None:
    pages = {p.parent.name for p in (site / "reference").glob("*/index.html")}
    wanted = {name.rpartition(".")[2] for name in public_modules()[1:]}
    assert wanted <= pages, wanted - pages


def test_every_page_of_docs_is_in_the_site(site: Path) -> None:
    pages = {p.stem for p in (ROOT / "docs").glob("*.md")}
    built = {p.parent.name for p in site.glob("*/index.html")} | {"index"}
    assert pages <= built, pages - built


def test_the_law_page_names_every_rule_beside_its_source(site: Path) -> None:
    html = (site / "law" / "index.html").read_text(encoding="utf-8")
    missing = [r.id for r in left_behind.default_rules() if r.id not in html]
    assert missing == []
    for doc in left_behind.law.documents():
        assert doc.title in html


def test_the_pictures_page_shows_pictures_drawn_while_it_built(site: Path) -> None:
    html = (site / "pictures" / "index.html").read_text(encoding="utf-8")
    shown = re.findall(r'<img[^>]+src="([^"]+)"', html)
    assert len(shown) >= 6
    for src in shown:
        drawn = (site / "pictures" / src).resolve()
        assert drawn.read_bytes().startswith(b"\x89PNG"), src
