"""Writes the API reference pages while the site builds: one page per public package.

The packages are read from ``left_behind`` itself, so the reference cannot miss one
that a hand-kept list would forget. Each page is a mkdocstrings directive; what it
shows comes from the package's ``__all__`` and its docstrings.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from mkdocs.structure.files import File, Files

PACKAGE = "left_behind"
# Adapters a program does not call: the command line is documented by its --help.
LEFT_OUT = frozenset({"cli"})


def public_packages() -> list[str]:
    """The public subpackages of the library, by name."""
    root = importlib.import_module(PACKAGE)
    return sorted(
        info.name
        for info in pkgutil.iter_modules(root.__path__)
        if info.ispkg and not info.name.startswith("_") and info.name not in LEFT_OUT
    )


def page(name: str) -> str:
    """The reference page of one package."""
    module = importlib.import_module(f"{PACKAGE}.{name}")
    summary = (module.__doc__ or "").strip().splitlines()[0]
    return f"# `{PACKAGE}.{name}`\n\n{summary}\n\n{_directive(f'{PACKAGE}.{name}')}"


def _directive(module: str) -> str:
    return f"::: {module}\n    options:\n      show_root_heading: false\n"


def index(names: list[str]) -> str:
    lines = [
        "# API reference",
        "",
        "The top level, `left_behind`, holds what a program uses every day; the rest lives by",
        "concern, a package each. Every page is generated from the package's `__all__` and its",
        "docstrings.",
        "",
        f"- [`{PACKAGE}`](top.md)",
    ]
    lines += [f"- [`{PACKAGE}.{name}`]({name}.md)" for name in names]
    return "\n".join(lines) + "\n"


def on_files(files: Files, config: Any, **_: Any) -> Files:
    names = public_packages()
    top = f"# `{PACKAGE}`\n\n{_directive(PACKAGE)}"
    pages = {"reference/index.md": index(names), "reference/top.md": top}
    pages.update({f"reference/{name}.md": page(name) for name in names})
    for uri, content in pages.items():
        files.append(File.generated(config, uri, content=content))
    return files
