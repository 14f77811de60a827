"""A griffe extension: the docstrings' doctest examples shown as Python sessions.

The library's docstrings are prose with ``>>>`` examples that run as tests. Read as
Markdown, a ``>>>`` line is a quotation and ``['a', 'b']`` a link; fencing each
example (the prompt lines and the output up to a blank line) shows it as it runs.
"""

from __future__ import annotations

from typing import Any

import griffe

__all__ = ["FenceDoctests", "fence"]


def fence(text: str) -> str:
    """The docstring with each doctest example inside a ``pycon`` fence.

    >>> fence("Adds.\\n\\n>>> 1 + 1\\n2\\n\\nMore.").splitlines()
    ['Adds.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
    """
    out: list[str] = []
    inside = False
    in_fence = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if not in_fence and not inside and stripped.startswith(">>>"):
            out.append("```pycon")
            inside = True
        elif inside and not stripped:
            out.append("```")
            inside = False
        out.append(line)
    if inside:
        out.append("```")
    return "\n".join(out)


class FenceDoctests(griffe.Extension):
    """Fences the doctest examples of every docstring griffe reads."""

    def on_instance(self, *, obj: griffe.Object, **_: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence(obj.docstring.value)
