"""The one code generator: Python source written per record class, run once.

The records' type checks, the fast loader and the writers are functions
generated from the table of kinds (:mod:`left_behind.kinds._kinds`), as attrs
and cattrs generate their own methods: one test or one conversion per field,
written out, with no call per field. Every generated function's source is
registered in :mod:`linecache` under its own file name, so a traceback through
it shows the line that failed.
"""

from __future__ import annotations

import itertools
import linecache
from collections.abc import Callable
from typing import Any

__all__ = ["Code"]

_serial = itertools.count(1)


class Code:
    """The source of one generated function and the objects it refers to.

    ``ref`` names an object for the source (the same object keeps one name);
    ``add`` writes a line; ``function`` compiles, registers the source with
    :mod:`linecache` and returns the function.
    """

    def __init__(self, title: str, names: dict[str, Any] | None = None) -> None:
        self.title = title
        self.lines: list[str] = []
        self.names: dict[str, Any] = dict(names or {})
        self._by_id: dict[int, str] = {id(v): k for k, v in self.names.items()}
        self._fresh = itertools.count()

    def ref(self, obj: Any) -> str:
        """A name for ``obj`` in the generated code's globals."""
        name = self._by_id.get(id(obj))
        if name is None:
            name = f"_r{len(self.names)}"
            self.names[name] = obj
            self._by_id[id(obj)] = name
        return name

    def local(self, stem: str) -> str:
        """A local variable name not used before in this function."""
        return f"{stem}{next(self._fresh)}"

    def add(self, line: str) -> None:
        """Write one line of source."""
        self.lines.append(line)

    def function(self, name: str) -> Callable[..., Any]:
        """Compile the source and return the function called ``name``."""
        source = "\n".join(self.lines) + "\n"
        filename = f"<left_behind generated {self.title} #{next(_serial)}>"
        code = compile(source, filename, "exec")
        # as cattrs does: a traceback through generated code shows its lines
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace = dict(self.names)
        exec(code, namespace)
        fn: Callable[..., Any] = namespace[name]
        return fn
