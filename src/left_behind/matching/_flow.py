"""The best pairing of children with mentors, exactly: most children first, then the best fit.

The problem is a bipartite b-matching. Each allowed pair has an integer score; each child
takes at most one mentor, each mentor at most its capacity. Among all pairings, the one
wanted serves the most children, then has the highest total score, then follows the tie
rule of :func:`best_assignment`.

How it is solved, so that the code below can be read:

- The allowed pairs split the people into connected components (children of one village
  never compete with another village's); each is solved on its own.
- In a component, every unit of demand must go somewhere: to a real partner at cost
  ``top - score``, or to a dummy at cost ``penalty``, a cost larger than any difference of
  total cost between two pairings of the same size. A minimum-cost answer of that problem
  therefore serves the most children, then has the highest score.
- It is solved by successive shortest paths, one unit of demand at a time, as the
  Hungarian method and Jonker-Volgenant do: a Dijkstra search over reduced costs from the
  new unit, stopped at the first free partner (or the dummy), then an update of the
  potentials of the nodes it settled. The side with fewer units plays the rows, so that
  free partners stay plentiful and the searches short. Mentors are single nodes with a
  capacity, never copied per place.
- The potentials at the end are an optimal dual solution. By complementary slackness the
  optimal pairings are exactly those that use only pairs of zero reduced cost and leave
  free only what the dual allows to be free. Within that set the tie rule is reached child
  by child: each child moves to the lowest mentor it can reach through an alternating cycle
  that leaves the children before it alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from heapq import heapify, heappop, heappush
from itertools import pairwise

import attrs

__all__ = ["Component", "best_assignment", "components"]


@attrs.frozen
class Component:
    """Children and mentors joined, directly or through others, by allowed pairs.

    Both tuples hold indices in increasing order. A child or a mentor with no allowed
    pair is a component of its own, with the other tuple empty.

    >>> Component(children=(0, 2), mentors=(1,))
    Component(children=(0, 2), mentors=(1,))
    """

    children: tuple[int, ...]
    mentors: tuple[int, ...]


def components(
    n_children: int, n_mentors: int, pairs: Iterable[tuple[int, int]]
) -> list[Component]:
    """The connected components of the allowed pairs ``(child, mentor)``.

    Every child and every mentor is in exactly one component; the components come in
    the order of their lowest child, those without a child last, by their mentor.

    >>> components(4, 3, [(0, 1), (2, 1), (3, 2)])  # doctest: +NORMALIZE_WHITESPACE
    [Component(children=(0, 2), mentors=(1,)), Component(children=(1,), mentors=()),
     Component(children=(3,), mentors=(2,)), Component(children=(), mentors=(0,))]
    """
    _check_count("n_children", n_children)
    _check_count("n_mentors", n_mentors)
    child_adj: list[list[int]] = [[] for _ in range(n_children)]
    mentor_adj: list[list[int]] = [[] for _ in range(n_mentors)]
    for c, m in pairs:
        if not (0 <= c < n_children and 0 <= m < n_mentors):
            raise ValueError(f"pair {(c, m)!r} is out of range")
        child_adj[c].append(m)
        mentor_adj[m].append(c)
    found = [
        Component(children=tuple(sorted(cs)), mentors=tuple(sorted(ms)))
        for cs, ms in _groups(child_adj, mentor_adj)
    ]
    found += [Component(children=(), mentors=(m,)) for m in range(n_mentors) if not mentor_adj[m]]
    return found


def best_assignment(
    n_children: int,
    capacities: Sequence[int],
    edges: Iterable[tuple[int, int, int]],
) -> list[tuple[int, int]]:
    """The pairs ``(child, mentor)`` of the best pairing, in increasing order.

    ``capacities[m]`` is how many children mentor ``m`` may take (a team counts as one
    mentor). ``edges`` lists the allowed pairs as ``(child, mentor, score)`` with an
    integer score of at least 0; no other pair is ever used. A pair listed more than
    once counts with its highest score.

    The pairing chosen:

    1. gives each child at most one mentor and each mentor at most its capacity;
    2. serves as many children as possible;
    3. among those, has the highest total score;
    4. among those, is the first when each is read as the list of every child's mentor
       in increasing child order, compared item by item, an unserved child counting as
       after every mentor. So a lower child index is served first, and then gets the
       lower mentor index.

    The rule depends only on the indices, never on the order of ``edges``; the answer is
    exact (a minimum-cost flow), not a heuristic.

    ``ValueError`` for a negative count, capacity or score, or an index out of range;
    ``TypeError`` for a value that is not an ``int``.

    Two mentors with one place each; child 2 fits mentor 0 best, yet serving all three
    children comes first:

    >>> best_assignment(3, [1, 2], [(0, 0, 5), (1, 0, 4), (1, 1, 1), (2, 0, 9), (2, 1, 1)])
    [(0, 0), (1, 1), (2, 1)]

    A tie is broken by the indices: child 0 gets mentor 0.

    >>> best_assignment(2, [1, 1], [(1, 0, 3), (0, 1, 3), (0, 0, 3), (1, 1, 3)])
    [(0, 0), (1, 1)]
    """
    _check_count("n_children", n_children)
    n_mentors = len(capacities)
    caps = list(capacities)
    if caps and set(map(type, caps)) != {int}:
        raise TypeError("capacities must be ints")
    if caps and min(caps) < 0:
        raise ValueError("a capacity is never negative")
    scores = _read_edges(n_children, n_mentors, edges)

    # Each child's allowed mentors and scores. A mentor with no place is dropped at
    # once: it could take no one, and would only join components needlessly.
    child_adj: list[list[int]] = [[] for _ in range(n_children)]
    child_score: list[list[int]] = [[] for _ in range(n_children)]
    mentor_adj: list[list[int]] = [[] for _ in range(n_mentors)]
    for key in sorted(scores):
        c, m = divmod(key, n_mentors)
        if caps[m]:
            child_adj[c].append(m)
            child_score[c].append(scores[key])
            mentor_adj[m].append(c)

    pairs: list[tuple[int, int]] = []
    for kids, mentors in _groups(child_adj, mentor_adj):
        kids.sort()
        mentors.sort()
        pairs += _solve_component(kids, mentors, child_adj, child_score, caps)
    pairs.sort()
    return pairs


# --- reading the input --------------------------------------------------------


def _check_count(name: str, value: int) -> None:
    if type(value) is not int:
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} is never negative, got {value}")


def _read_edges(
    n_children: int, n_mentors: int, edges: Iterable[tuple[int, int, int]]
) -> dict[int, int]:
    """The highest score of each listed pair, keyed ``child * n_mentors + mentor``."""
    listed = list(edges)
    if not listed:
        return {}
    # Column-wise checks run in C, which matters at a hundred thousand edges.
    try:
        cs, ms, ss = zip(*listed, strict=True)
    except ValueError:
        raise ValueError("each edge is (child, mentor, score)") from None
    for name, column in (("child", cs), ("mentor", ms), ("score", ss)):
        if set(map(type, column)) != {int}:
            raise TypeError(f"every {name} of an edge must be an int")
    if min(cs) < 0 or max(cs) >= n_children:
        raise ValueError(f"a child index is out of range(0, {n_children})")
    if min(ms) < 0 or max(ms) >= n_mentors:
        raise ValueError(f"a mentor index is out of range(0, {n_mentors})")
    if min(ss) < 0:
        raise ValueError("a score is never negative")
    keys = [c * n_mentors + m for c, m in zip(cs, ms, strict=True)]
    scores = dict(zip(keys, ss, strict=True))
    if len(scores) != len(keys):  # a pair listed twice: keep its highest score
        for key, s in zip(keys, ss, strict=True):
            if s > scores[key]:
                scores[key] = s
    return scores


def _groups(
    child_adj: list[list[int]], mentor_adj: list[list[int]]
) -> list[tuple[list[int], list[int]]]:
    """The children and mentors of each component that has a child, by its lowest child."""
    seen_child = [False] * len(child_adj)
    seen_mentor = [False] * len(mentor_adj)
    found = []
    for start in range(len(child_adj)):
        if seen_child[start]:
            continue
        seen_child[start] = True
        kids, mentors = [start], []
        stack = [start]
        while stack:
            for m in child_adj[stack.pop()]:
                if not seen_mentor[m]:
                    seen_mentor[m] = True
                    mentors.append(m)
                    for c in mentor_adj[m]:
                        if not seen_child[c]:
                            seen_child[c] = True
                            kids.append(c)
                            stack.append(c)
        found.append((kids, mentors))
    return found


# --- one component --------------------------------------------------------------


def _solve_component(
    kids: list[int],
    mentors: list[int],
    child_adj: list[list[int]],
    child_score: list[list[int]],
    caps: list[int],
) -> list[tuple[int, int]]:
    """The best pairs of one component, in global indices (``kids``, ``mentors`` sorted)."""
    if not mentors:
        return []
    local = {m: i for i, m in enumerate(mentors)}
    n_kids, n_mentors = len(kids), len(mentors)
    adj = [[local[m] for m in child_adj[c]] for c in kids]
    top = max(max(child_score[c]) for c in kids if child_score[c])
    cost = [[top - s for s in child_score[c]] for c in kids]
    degree = [0] * n_mentors
    for row in adj:
        for j in row:
            degree[j] += 1
    # No mentor can take more children than it has allowed pairs.
    cap = [min(caps[m], degree[i]) for i, m in enumerate(mentors)]
    units = min(n_kids, sum(cap))
    # More than any gap in total cost between two pairings of equal size (at most
    # ``units * top``): leaving one more unit unserved never pays.
    penalty = units * top + 1

    if sum(cap) < n_kids:
        # Fewer places than children: the mentors are the rows, so that free children,
        # the searches' ends, stay plentiful to the last search.
        m_adj: list[list[int]] = [[] for _ in range(n_mentors)]
        m_cost: list[list[int]] = [[] for _ in range(n_mentors)]
        for c, (row, costs) in enumerate(zip(adj, cost, strict=True)):
            for j, x in zip(row, costs, strict=True):
                m_adj[j].append(c)
                m_cost[j].append(x)
        holders, p_mentor, p_kid = _shortest_paths(m_adj, m_cost, cap, [1] * n_kids, penalty)
        assign = [h[0] if h else -1 for h in holders]
        # Reduced cost of a pair in child terms: cost + p_mentor - p_kid.
        kid_sign = -1
        kid_free = [p == 0 for p in p_kid]
        mentor_free = [p == -penalty for p in p_mentor]
    else:
        holders, p_kid, p_mentor = _shortest_paths(adj, cost, [1] * n_kids, cap, penalty)
        assign = [-1] * n_kids
        for j, held in enumerate(holders):
            for c in held:
                assign[c] = j
        kid_sign = 1
        kid_free = [p == -penalty for p in p_kid]
        mentor_free = [p == 0 for p in p_mentor]

    # The pairs of zero reduced cost: all that any optimal pairing may use.
    tight = [
        [j for j, x in zip(row, costs, strict=True) if x + kid_sign * (p_kid[c] - p_mentor[j]) == 0]
        for c, (row, costs) in enumerate(zip(adj, cost, strict=True))
    ]
    _break_ties(assign, tight, cap, kid_free, mentor_free)
    return [(kids[c], mentors[j]) for c, j in enumerate(assign) if j >= 0]


def _shortest_paths(
    adj: list[list[int]],
    cost: list[list[int]],
    demand: list[int],
    cap: list[int],
    penalty: int,
) -> tuple[list[list[int]], list[int], list[int]]:
    """A minimum-cost assignment of every unit of row demand to a column or to the dummy.

    Row ``r`` has ``demand[r]`` units; column ``j`` takes at most ``cap[j]`` of them, one
    per row; a unit may instead go to the dummy at cost ``penalty``. Returns the rows
    each column holds and the potentials of rows and columns, such that the reduced cost
    ``cost + p_row[r] - p_col[j]`` is 0 on every pair used and at least 0 on every other,
    a row with a unit at the dummy has ``p_row == -penalty`` (every row has at least that),
    a full column has ``p_col <= 0`` and any other ``p_col == 0``.
    """
    n_rows, n_cols = len(adj), len(cap)
    p_row = [0] * n_rows
    p_col = [0] * n_cols
    holders: list[list[int]] = [[] for _ in range(n_cols)]
    load = [0] * n_cols
    full = [0] * n_cols  # 1 once a column holds its capacity
    inf = float("inf")
    dist: list[float] = [inf] * n_cols
    done = [False] * n_cols
    reached_by = [0] * n_cols  # the row from which a column was reached
    row_dist: list[float] = [inf] * n_rows
    row_via = [0] * n_rows  # the column through which a row was reached
    # A heap key packs into one int (cheaper than a tuple) the distance, which reduced
    # costs keep a nonnegative int, then whether the column is full, then the column.
    # At equal distance a free column comes first and ends the search at once: with many
    # ties, taking full ones first would walk through every row already placed.
    width = n_cols

    for root in range(n_rows):
        row, costs = adj[root], cost[root]
        for _ in range(demand[root]):
            p_root = p_row[root]
            # The dummy is one more end: reached from any settled row at its penalty.
            dummy_dist = p_root + penalty
            keys = [
                ((x + p_root - p_col[j]) * 2 + full[j]) * width + j
                for j, x in zip(row, costs, strict=True)
            ]
            if keys:
                q, j = divmod(min(keys), width)
                if not q & 1 and q >> 1 <= dummy_dist:
                    # The root's nearest column is free: the whole search is this step.
                    p_row[root] = p_root - (q >> 1)
                    holders[j].append(root)
                    load[j] += 1
                    full[j] = load[j] == cap[j]
                    continue
            touched = list(row)
            for j, x in zip(row, costs, strict=True):
                dist[j] = x + p_root - p_col[j]
                reached_by[j] = root
            heapify(keys)
            heap = keys
            row_dist[root] = 0
            rows_settled = [root]
            dummy_row = root
            cols_settled = []
            sink = -1
            end = dummy_dist
            while heap:
                q, j = divmod(heap[0], width)
                d_int = q >> 1
                if d_int > dummy_dist:
                    break
                heappop(heap)
                if done[j] or d_int > dist[j]:
                    continue
                done[j] = True
                cols_settled.append(j)
                if not q & 1:
                    sink, end = j, d_int
                    break
                for r in holders[j]:
                    if row_dist[r] != inf:
                        continue
                    row_dist[r] = d_int
                    row_via[r] = j
                    rows_settled.append(r)
                    base = d_int + p_row[r]
                    if base + penalty < dummy_dist:
                        dummy_dist = base + penalty
                        dummy_row = r
                    for j2, x in zip(adj[r], cost[r], strict=True):
                        if done[j2]:
                            continue
                        d = base + x - p_col[j2]
                        if d < dist[j2]:
                            if dist[j2] == inf:
                                touched.append(j2)
                            dist[j2] = d
                            reached_by[j2] = r
                            heappush(heap, (d * 2 + full[j2]) * width + j2)
            if sink < 0:
                end = dummy_dist

            for r in rows_settled:
                p_row[r] += int(row_dist[r]) - end
                row_dist[r] = inf
            for j in cols_settled:
                p_col[j] += int(dist[j]) - end

            # Turn the path around, from its end back to the root.
            if sink >= 0:
                r = reached_by[sink]
                holders[sink].append(r)
                load[sink] += 1
                full[sink] = load[sink] == cap[sink]
            else:
                r = dummy_row
            while r != root:
                j = row_via[r]
                holders[j].remove(r)
                r = reached_by[j]
                holders[j].append(r)

            for j in touched:
                dist[j] = inf
                done[j] = False
    return holders, p_row, p_col


def _break_ties(
    assign: list[int],
    tight: list[list[int]],
    cap: list[int],
    kid_free: list[bool],
    mentor_free: list[bool],
) -> None:
    """Move an optimal pairing, in place, to the first one in the tie rule's order.

    ``assign[c]`` is child ``c``'s mentor or -1; ``tight[c]`` its mentors by zero reduced
    cost, in increasing order; ``kid_free[c]`` whether an optimal pairing may leave ``c``
    unserved, ``mentor_free[j]`` whether it may leave a place of ``j`` empty.

    The optimal pairings are those reachable from this one by cycles of the residual
    graph below, built from those pairs and permissions. Child by child, in increasing
    order, the child takes the lowest mentor it can reach by such a cycle that leaves
    the children before it where they are; then it stays there too.

    Nodes: children ``0..n-1``, mentors ``n..n+k-1`` and ``hub``, which stands for the
    outside (the source, the sink and the dummy at once). Arcs: a child to a tight
    mentor it is not with (it moves there); a mentor to each of its children (the child
    leaves); a served child that may be unserved to ``hub``; ``hub`` to each unserved
    child; a mentor with an empty place to ``hub`` (it takes one more); ``hub`` to a
    mentor that holds someone and may hold one fewer.
    """
    n, k = len(assign), len(cap)
    hub = n + k
    held: list[list[int]] = [[] for _ in range(k)]
    for c, j in enumerate(assign):
        if j >= 0:
            held[j].append(c)
    seen = [-1] * (hub + 1)
    parent = [0] * (hub + 1)

    for first in range(n):
        now = assign[first]
        options = tight[first]
        if not options or (now >= 0 and options[0] >= now):
            continue  # already at its lowest tight mentor, or none to move to
        target = hub if now < 0 else n + now
        for j in options:
            if now >= 0 and j >= now:
                break
            start = n + j
            if seen[start] == first:
                continue  # already searched from: it cannot reach the target
            seen[start] = first
            seen[first] = first  # the child itself is no way through
            stack = [start]
            found = False
            while stack and not found:
                node = stack.pop()
                if node < n:  # a child
                    steps: list[int] = [n + x for x in tight[node] if x != assign[node]]
                    if assign[node] >= 0 and kid_free[node]:
                        steps.append(hub)
                elif node < hub:  # a mentor
                    m = node - n
                    steps = [c for c in held[m] if c > first]
                    if len(held[m]) < cap[m]:
                        steps.append(hub)
                else:
                    steps = [c for c in range(first + 1, n) if assign[c] < 0]
                    steps += [n + m for m in range(k) if held[m] and mentor_free[m]]
                for nxt in steps:
                    if seen[nxt] != first and (nxt >= n or nxt > first):
                        seen[nxt] = first
                        parent[nxt] = node
                        if nxt == target:
                            found = True
                            break
                        stack.append(nxt)
            if not found:
                continue
            # The cycle: first -> start -> ... -> target -> first.
            path = [target]
            while path[-1] != start:
                path.append(parent[path[-1]])
            path.reverse()
            cycle = [first, *path, first]
            arcs = list(pairwise(cycle))
            for a, b in arcs:  # the children leaving a mentor
                if n <= a < hub and b < n:
                    held[a - n].remove(b)
                    assign[b] = -1
            for a, b in arcs:  # the children joining one
                if a < n and n <= b < hub:
                    held[b - n].append(a)
                    assign[a] = b - n
            break
