"""Which intervals overlap: sort and sweep, O(n log n) plus the pairs found.

Intervals are half-open, ``[start, end)``: a session that ends at 17:30 and
one that starts at 17:30 do not overlap. Each interval has a key (a room, a
person) and a reference; only intervals with the same key are compared.

>>> items = [("r1", 0, 60, "a"), ("r1", 30, 90, "b"), ("r1", 90, 120, "c"), ("r2", 0, 60, "d")]
>>> overlapping(items)
[('a', 'b')]
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Iterable
from typing import Any, TypeVar

__all__ = ["overlapping", "overlapping_naive"]

R = TypeVar("R")


def overlapping(items: Iterable[tuple[Any, float, float, R]]) -> list[tuple[R, R]]:
    """Every pair of items with the same key whose intervals overlap, the earlier first.

    Sorted by key, start, end and reference, then swept: the items still
    running when one starts are the ones it overlaps. The pairs come in a
    fixed order (by key, then by the later item's start), so the result does
    not depend on the order of ``items``. Keys must be comparable with each
    other, and so must references of the same key.
    """
    found: list[tuple[R, R]] = []
    running: list[tuple[float, Any, R]] = []
    current: Hashable = object()
    for key, start, end, ref in sorted(items, key=lambda t: (t[0], t[1], t[2], t[3])):
        if key != current:
            running.clear()
            current = key
        while running and running[0][0] <= start:
            heapq.heappop(running)
        if running:
            # in the order the earlier ones started, for a stable report
            for _, _started, other in sorted(running, key=lambda r: r[1]):
                found.append((other, ref))
        heapq.heappush(running, (end, (start, end, ref), ref))
    return found


def overlapping_naive(items: Iterable[tuple[Any, float, float, R]]) -> set[tuple[R, R]]:
    """The same pairs found by comparing every two items: the oracle the tests use.

    Each pair as ``(a, b)`` with ``a`` the one that sorts first by start, end
    and reference.
    """
    listed = sorted(items, key=lambda t: (t[1], t[2], t[3]))
    pairs: set[tuple[R, R]] = set()
    for i, (key_a, start_a, end_a, a) in enumerate(listed):
        for key_b, start_b, end_b, b in listed[i + 1 :]:
            if key_a == key_b and start_a < end_b and start_b < end_a:
                pairs.add((a, b))
    return pairs
