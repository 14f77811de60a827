"""Packages whose names are imported on first use, so that a command pays only for what it uses.

A package lists its public names in one table, name to the submodule that
defines it, and hands the table to :func:`lazy_package` for its module
``__getattr__`` and ``__dir__`` (PEP 562). Its ``if TYPE_CHECKING:`` block
imports the same names for type checkers and editors, and a test keeps the
two and ``__all__`` equal.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from typing import Any

__all__ = ["lazy_package"]


def lazy_package(
    package: str,
    exports: Mapping[str, str],
    *,
    moved: Callable[[str], Any] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, loading ``exports`` on first use.

    ``exports`` maps each public name to the submodule (relative to
    ``package``) that defines it; a name that is its own submodule's name is
    that submodule. The value is kept in the package, so a name is looked up
    once. ``moved`` answers the names that are not exported (old names kept
    for a release); without it they raise ``AttributeError``.

    >>> getattr_, dir_ = lazy_package("left_behind.kinds", {"Text": "_text"})
    >>> getattr_("Text")
    <class 'left_behind.kinds._text.Text'>
    >>> getattr_("Nothing")
    Traceback (most recent call last):
    ...
    AttributeError: module 'left_behind.kinds' has no attribute 'Nothing'
    """

    def load(name: str) -> Any:
        home = exports.get(name)
        if home is None:
            if moved is not None:
                return moved(name)
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = importlib.import_module(f"{package}.{home}")
        value = module if name == home else getattr(module, name)
        setattr(sys.modules[package], name, value)
        return value

    def listing() -> list[str]:
        return sorted({*vars(sys.modules[package]), *exports})

    return load, listing
