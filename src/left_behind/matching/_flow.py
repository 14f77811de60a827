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
  potentials of the nodes it settled. Most searches end at their first step. Mentors are
  single nodes with a capacity, never copied per place.
- Either side can be the rows the units come from. The side with fewer units goes first,
  with a budget of edges to scan; past it, the other side takes over, and the two take
  turns with doubling budgets. That matters when one side all wants the same partners:
  then each search from it fights through every place taken before, a cost that grows
  with the cube of the size (seconds at 500 children by 200 mentors), while the other
  side may need a fraction of a second. When both sides all want the same partners
  (a score that is a child's rank plus a mentor's, every pair allowed), both are slow.
- So a component where every pair is allowed gives the searches only a short try; past
  it, ``_dense`` solves it as a balanced problem whose potentials start near their final
  values, and hands the tie rule the same things the searches do.
- The potentials at the end are an optimal dual solution. By complementary slackness the
  optimal pairings are exactly those that use only pairs of zero reduced cost and leave
  free only what the dual allows to be free. Within that set the tie rule is reached child
  by child: each child moves to the lowest mentor it can reach through an alternating cycle
  that leaves the children before it alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from heapq import heapify, heappop, heappush, nsmallest
from itertools import chain, pairwise

import attrs

__all__ = ["Component", "best_assignment", "components"]

# The first budget of a component's searches, in edges scanned. Searches from the better
# side scan each edge a few times in all (five times at 500 children by 200 mentors, every
# pair allowed, scores at random; twenty when the children come in ten ranks of priority
# that every mentor follows), from the worse side a hundred times and more.
_BUDGET_PER_EDGE = 24
_BUDGET_BASE = 100
# In a component where every pair is allowed, the searches get this budget, per edge,
# before the dense method takes over: at scores drawn at random they need two to five
# scans of each edge, when both sides all want the same partners over a hundred.
_DENSE_TRY_PER_EDGE = 8
# Below this many edges a component is always left to the searches. No size was found
# where the dense method's set-up costs more than the short try saves, so it is 0; the
# tests raise it to compare the dense method with the searches alone.
_DENSE_MIN_EDGES = 0


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
    adj: list[list[int]] = [[] for _ in range(n_children)]
    for c, m in pairs:
        if c < 0 or m < 0 or c >= n_children or m >= n_mentors:
            raise ValueError(f"pair {(c, m)!r} is out of range")
        adj[c].append(m)
    found = [Component(children=tuple(cs), mentors=tuple(ms)) for cs, ms in _groups(adj, n_mentors)]
    placed = {m for comp in found for m in comp.mentors}
    found += [Component(children=(), mentors=(m,)) for m in range(n_mentors) if m not in placed]
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
    ``TypeError`` for an index, score or capacity that is not an ``int``.

    Mentor 0 has one place and mentor 1 two. Child 2 fits mentor 0 best, but child 0
    can go nowhere else, and serving all three children comes first:

    >>> best_assignment(3, [1, 2], [(0, 0, 5), (1, 0, 4), (1, 1, 1), (2, 0, 9), (2, 1, 1)])
    [(0, 0), (1, 1), (2, 1)]

    A tie is broken by the indices: child 0 gets mentor 0.

    >>> best_assignment(2, [1, 1], [(1, 0, 3), (0, 1, 3), (0, 0, 3), (1, 1, 3)])
    [(0, 0), (1, 1)]
    """
    _check_count("n_children", n_children)
    caps = list(capacities)
    if caps and not set(map(type, caps)) <= {int}:
        raise TypeError("capacities must be ints")
    if caps and min(caps) < 0:
        raise ValueError("a capacity is never negative")
    adj, score = _read_edges(n_children, caps, edges)
    local = list(range(len(caps)))  # a mentor's index within its component
    pairs: list[tuple[int, int]] = []
    for kids, mentors in _groups(adj, len(caps)):
        if mentors:
            pairs += _solve_component(kids, mentors, adj, score, caps, local)
    pairs.sort()
    return pairs


# --- reading the input --------------------------------------------------------


def _check_count(name: str, value: int) -> None:
    if type(value) is not int:
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} is never negative, got {value}")


def _read_edges(
    n_children: int, caps: list[int], edges: Iterable[tuple[int, int, int]]
) -> tuple[list[list[int]], list[list[int]]]:
    """Each child's allowed mentors and their scores, each pair once, with its highest score.

    A mentor with no place is left out at once: it could take no one, and would only
    join components for nothing.
    """
    n_mentors = len(caps)
    adj: list[list[int]] = [[] for _ in range(n_children)]
    score: list[list[int]] = [[] for _ in range(n_children)]
    # The loop does as little as it can per edge, at a hundred thousand edges every
    # step counts: the indexing itself refuses a child too high, and the mentors and
    # scores are checked afterwards, all at once, by functions that run in C.
    c = m = s = 0
    try:
        for c, m, s in edges:
            if c < 0:
                raise IndexError
            adj[c].append(m)
            score[c].append(s)
    except IndexError:
        if 0 <= c < n_children:
            raise  # not from the indexing
        raise ValueError(f"edge {(c, m, s)!r}: no child {c} in range(0, {n_children})") from None
    for name, table in (("mentor index", adj), ("score", score)):
        if not set(map(type, chain.from_iterable(table))) <= {int}:
            raise TypeError(f"every {name} must be an int")
    if any(adj):
        low, high = min(chain.from_iterable(adj)), max(chain.from_iterable(adj))
        if low < 0 or high >= n_mentors:
            bad = next(m for m in chain.from_iterable(adj) if not 0 <= m < n_mentors)
            raise ValueError(f"no mentor {bad} in range(0, {n_mentors})")
        if min(chain.from_iterable(score)) < 0:
            raise ValueError("a score is never negative")
    closed = 0 in caps
    for c, row in enumerate(adj):
        if len(set(row)) != len(row):
            best: dict[int, int] = {}
            for m, s in zip(row, score[c], strict=True):
                if s > best.get(m, -1):
                    best[m] = s
            adj[c], score[c] = list(best), list(best.values())
        if closed:
            keep = [i for i, m in enumerate(adj[c]) if caps[m]]
            adj[c] = [adj[c][i] for i in keep]
            score[c] = [score[c][i] for i in keep]
    return adj, score


def _groups(adj: list[list[int]], n_mentors: int) -> list[tuple[list[int], list[int]]]:
    """The children and mentors of each component that has a child, by its lowest child.

    ``adj[c]`` lists child ``c``'s mentors. Both lists of a component are in increasing
    order. The mentors are merged by union-find, each child joining its mentors.
    """
    parent = list(range(n_mentors))
    for row in adj:
        if row:
            a = row[0]
            if parent[a] == a and set(map(parent.__getitem__, row)) == {a}:
                continue  # all joined already: the common case, checked in C
            while parent[a] != a:
                parent[a] = a = parent[parent[a]]
            for b in row:
                while parent[b] != b:
                    parent[b] = b = parent[parent[b]]
                if b != a:
                    parent[b] = a

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    found: list[tuple[list[int], list[int]]] = []
    index: dict[int, int] = {}
    for c, row in enumerate(adj):
        if not row:
            found.append(([c], []))
            continue
        r = root(row[0])
        if r not in index:
            index[r] = len(found)
            found.append(([], []))
        found[index[r]][0].append(c)
    for m in range(n_mentors):
        i = index.get(root(m))
        if i is not None:
            found[i][1].append(m)
    return found


# --- one component --------------------------------------------------------------


# What a component's searches give the tie rule: see ``_break_ties``.
_Solved = tuple[list[int], list[list[int]], list[bool], list[bool]]


def _solve_component(
    kids: list[int],
    mentors: list[int],
    adj: list[list[int]],
    score: list[list[int]],
    caps: list[int],
    local: list[int],
) -> list[tuple[int, int]]:
    """The best pairs of one component, in global indices (``kids``, ``mentors`` sorted).

    ``local`` is scratch space, a list as long as there are mentors.
    """
    n_kids, n_mentors = len(kids), len(mentors)
    if n_mentors == len(local):  # every mentor: local indices are the global ones
        rows = [adj[c] for c in kids]
    else:
        for i, m in enumerate(mentors):
            local[m] = i
        rows = [list(map(local.__getitem__, adj[c])) for c in kids]
    top = max(max(score[c]) for c in kids)
    degree = Counter(chain.from_iterable(rows))
    # No mentor can take more children than it has allowed pairs.
    cap = [min(caps[m], degree[i]) for i, m in enumerate(mentors)]
    units = min(n_kids, sum(cap))
    # Costs are ``top - score``. The penalty of a unit left unserved is more than any gap
    # in total cost between two pairings of the same size, at most ``units * top``.
    # Costs, penalty and potentials are all kept times ``scale``, which leaves room for
    # a search to pack a column and its state into the low digits of a distance.
    scale = 2 * max(n_kids, n_mentors)
    penalty = (units * top + 1) * scale
    costs = [[(top - s) * scale for s in score[c]] for c in kids]
    by_mentor: list[tuple[list[list[int]], list[list[int]]]] = []  # the same, mentor-major

    def solve(mentor_rows: bool, budget: int) -> _Solved | None:
        """An optimal pairing and its dual, or None past ``budget`` edges scanned.

        As ``_break_ties`` takes them: each child's mentor (or -1), each child's mentors
        by zero reduced cost (all that any optimal pairing may use), whether each child
        may be left unserved and whether each mentor may leave a place empty.
        """
        tight: list[list[int]] = [[] for _ in range(n_kids)]
        if not mentor_rows:
            found = _shortest_paths(rows, costs, [1] * n_kids, cap, penalty, scale, budget)
            if found is None:
                return None
            holders, p_kid, p_mentor = found
            assign = [-1] * n_kids
            for j, held in enumerate(holders):
                for c in held:
                    assign[c] = j
            for c, (row, cost) in enumerate(zip(rows, costs, strict=True)):
                pc = p_kid[c]
                tight[c] = sorted(
                    j for j, x in zip(row, cost, strict=True) if x + pc == p_mentor[j]
                )
            return assign, tight, [p == -penalty for p in p_kid], [p == 0 for p in p_mentor]
        if not by_mentor:
            m_rows: list[list[int]] = [[] for _ in range(n_mentors)]
            m_costs: list[list[int]] = [[] for _ in range(n_mentors)]
            for c, (row, cost) in enumerate(zip(rows, costs, strict=True)):
                for j, x in zip(row, cost, strict=True):
                    m_rows[j].append(c)
                    m_costs[j].append(x)
            by_mentor.append((m_rows, m_costs))
        m_rows, m_costs = by_mentor[0]
        found = _shortest_paths(m_rows, m_costs, cap, [1] * n_kids, penalty, scale, budget)
        if found is None:
            return None
        holders, p_mentor, p_kid = found
        assign = [held[0] if held else -1 for held in holders]
        for j, (row, cost) in enumerate(zip(m_rows, m_costs, strict=True)):
            pj = p_mentor[j]
            for c in [c for c, x in zip(row, cost, strict=True) if x + pj == p_kid[c]]:
                tight[c].append(j)  # in increasing order of j, as wanted
        return assign, tight, [p == 0 for p in p_kid], [p == -penalty for p in p_mentor]

    # Either side may play the rows of the searches. The side with fewer units usually
    # does best: free partners, where searches end, stay plentiful. But when that side
    # all wants the same few partners (every mentor the same top children, say), each
    # search fights through all the places taken before, and the other side is far
    # faster. So the two take turns, each with twice the previous budget of edges
    # scanned, until one finishes: never much worse than the better of the two.
    mentor_rows = sum(cap) < n_kids
    edges = sum(degree.values())
    budget = _BUDGET_PER_EDGE * edges + _BUDGET_BASE
    if edges == n_kids * n_mentors and edges >= _DENSE_MIN_EDGES:
        # Every pair allowed. When the better side's searches end soon, as they do
        # with scores at random, they are the fastest way; when both sides all want
        # the same partners, neither side's searches ever end soon, and the dense
        # method, which starts from prices near the final ones, is far faster.
        solved = solve(mentor_rows, _DENSE_TRY_PER_EDGE * edges + _BUDGET_BASE)
        if solved is None:
            solved = _dense(rows, costs, cap, scale)
        assign, tight, kid_free, mentor_free = solved
        _break_ties(assign, tight, cap, kid_free, mentor_free)
        return [(kids[c], mentors[j]) for c, j in enumerate(assign) if j >= 0]
    while (solved := solve(mentor_rows, budget)) is None:
        mentor_rows = not mentor_rows
        budget *= 2
    assign, tight, kid_free, mentor_free = solved
    _break_ties(assign, tight, cap, kid_free, mentor_free)
    return [(kids[c], mentors[j]) for c, j in enumerate(assign) if j >= 0]


def _shortest_paths(
    adj: list[list[int]],
    cost: list[list[int]],
    demand: list[int],
    cap: list[int],
    penalty: int,
    scale: int,
    budget: int | None = None,
) -> tuple[list[list[int]], list[int], list[int]] | None:
    """A minimum-cost assignment of every unit of row demand to a column or to the dummy.

    Row ``r`` has ``demand[r]`` units; column ``j`` takes at most ``cap[j]`` of them; a
    unit may instead go to the dummy at cost ``penalty``. Either every demand or every
    capacity is 1 (children as rows, or mentors as rows), so no pair is used twice.
    ``scale`` is at least twice the number of columns; every cost and the penalty are
    multiples of it.

    Returns the rows each column holds and the potentials of rows and columns, such that
    the reduced cost ``cost + p_row[r] - p_col[j]`` is 0 on every pair used and at least
    0 on every other, a row with a unit at the dummy has ``p_row == -penalty`` (every row
    has at least that), a full column has ``p_col <= 0`` and any other ``p_col == 0``.
    Returns None as soon as the searches have scanned more than ``budget`` edges.
    """
    n_rows, n_cols = len(adj), len(cap)
    width = n_cols
    p_row = [0] * n_rows
    p_col = [0] * n_cols
    holders: list[list[int]] = [[] for _ in range(n_cols)]
    load = [0] * n_cols
    # A search orders columns by one int, cheaper than a tuple: the distance (a multiple
    # of ``scale``), plus ``width`` if the column is full, plus the column. So at equal
    # distance a free column comes first and ends the search at once: with many ties,
    # taking full ones first would walk through every row already placed. ``tag`` holds
    # each column's part of that int, less its potential, so that a row's offer to a
    # column is the sum of three ints.
    tag = list(range(n_cols))
    # More than any offer: potentials stay within [-penalty, 0], so an offer, a distance
    # of at most the penalty plus a cost and a tag, stays under three penalties and a scale.
    unreached = 4 * (penalty + scale)
    every = list(range(n_cols))
    dense = [row == every for row in adj]

    # The rows that fit their best partner best go first: they are the likeliest to keep
    # their places, so later searches displace fewer of them.
    order = sorted(range(n_rows), key=lambda r: min(cost[r], default=0))
    work = 0
    for root in order:
        row, costs = adj[root], cost[root]
        mine: list[int] = []  # the columns the root holds
        for unit in range(demand[root]):
            if budget is not None and work > budget:
                return None
            work += len(row)
            p_root = p_row[root]
            dummy = p_root + penalty  # the distance to the dummy, through any settled row
            keys = [x + tag[j] for j, x in zip(row, costs, strict=True)]  # less p_root
            if keys:
                key = min(keys)
                rem = key % scale
                if rem >= width and unit:
                    # The nearest may be a column the root already holds, useless here.
                    for key in nsmallest(unit + 1, keys):
                        rem = key % scale
                        if rem < width or root not in holders[rem - width]:
                            break
                if rem < width and key - rem <= penalty:
                    # The root's nearest column is free: the whole search is this step.
                    # The potentials of what it settled drop by the distance to that
                    # column: the root's, and those of the columns it holds, which a
                    # search would reach at distance 0 (a pair in use stays at reduced
                    # cost 0, as the searches through it need).
                    end = key - rem + p_root
                    p_row[root] = p_root - end
                    if end:
                        for j in mine:
                            p_col[j] -= end
                            tag[j] += end
                    holders[rem].append(root)
                    load[rem] += 1
                    if load[rem] == cap[rem]:
                        tag[rem] += width
                    mine.append(rem)
                    continue
                if p_root:
                    keys = [k + p_root for k in keys]
            # Fresh lists cost less than resetting old ones; a row to every column in
            # order (a dense component) even has its distances ready made.
            if dense[root]:
                dist = keys[:]
            else:
                dist = [unreached] * n_cols
                for j, key in zip(row, keys, strict=True):
                    dist[j] = key
            heapify(keys)
            heap = keys
            reached_by = [root] * n_cols  # the row from which a column was reached
            row_dist = {root: 0}
            row_via: dict[int, int] = {}  # the column through which a row was reached
            dummy_row = root
            settled = []
            sink = -1
            end = dummy
            while heap:
                key = heap[0]
                rem = key % scale
                d = key - rem
                if d > dummy:
                    break
                heappop(heap)
                j = rem if rem < width else rem - width
                if dist[j] != key:
                    continue  # a stale offer
                settled.append(j)
                if rem < width:
                    sink, end = j, d
                    break
                for r in holders[j]:
                    if r in row_dist:
                        continue
                    row_dist[r] = d
                    row_via[r] = j
                    work += len(adj[r])
                    base = d + p_row[r]
                    if base + penalty < dummy:
                        dummy = base + penalty
                        dummy_row = r
                    # No test for settled columns: their distance is never beaten.
                    for j2, x in zip(adj[r], cost[r], strict=True):
                        offer = base + x + tag[j2]
                        if offer < dist[j2]:
                            dist[j2] = offer
                            reached_by[j2] = r
                            heappush(heap, offer)
            if sink < 0:
                end = dummy

            for r, d in row_dist.items():
                p_row[r] += d - end
            for j in settled:
                key = dist[j]
                shift = key - key % scale - end
                p_col[j] += shift
                tag[j] -= shift

            # Turn the path around, from its end back to the root.
            j = sink
            if sink >= 0:
                r = reached_by[sink]
                holders[sink].append(r)
                load[sink] += 1
                if load[sink] == cap[sink]:
                    tag[sink] += width
            else:
                r = dummy_row
            while r != root:
                j = row_via[r]
                holders[j].remove(r)
                r = reached_by[j]
                holders[j].append(r)
            if j >= 0:
                mine.append(j)
    return holders, p_row, p_col


def _dense(rows: list[list[int]], costs: list[list[int]], cap: list[int], scale: int) -> _Solved:
    """An optimal pairing and its dual, as ``solve`` gives them, when every pair is allowed.

    ``rows[c]`` lists every mentor once (in any order), ``costs[c]`` the costs of those
    pairs, multiples of ``scale``; ``cap[j]`` is at most the number of children.

    With every pair allowed, the number served is known at once: all children or all
    places, whichever are fewer. The problem is then made balanced, every unit of one side
    meeting one of the other: if places are short, a column ``U`` takes the children left
    out; if children are, ``filler`` rows take the empty places; both at a cost ``top``
    to everyone, which only adds a constant. A balanced problem has no bound on its
    potentials, so they can start near their final values, as Jonker and Volgenant do:
    each mentor's the lowest cost anyone has with it, each child's its lowest reduced
    cost, and ``U`` (or the fillers) priced so that as many children (or places) as it
    has room for find it the cheapest. The pairs of zero reduced cost are then taken
    greedily, and the units left get a shortest-path search each, over arrays (each step
    a scan of one row by functions that run in C), ended by the first column with room.

    Back in the problem with a dummy: a child's potential is ``alpha - u``, a mentor's
    ``alpha + v``, the same reduced costs. With ``U``, ``alpha`` puts the children at
    ``U`` at the dummy's ``-penalty``; every other child is above it, as no child is
    cheaper at ``U``, and every mentor at most 0, as one left out could take it. Without,
    ``alpha`` puts the highest mentor at 0: those with empty places (a filler's, which
    are the highest), and no child gets near ``-penalty``, as each could take one.
    """
    n, k = len(rows), len(cap)
    places = sum(cap)
    left_out = max(0, n - places)  # room at U
    n_fill = max(0, places - n)
    width = k + (left_out > 0)
    height = n + n_fill
    stride = height + 1
    # A search orders columns by one int: the distance (a multiple of ``unit``), then
    # 0 for a column with room or ``width`` for a full one, then the column, all times
    # ``stride``, then the row that offered it, so that the path can be read back.
    # Costs are taken back to plain scores' differences: small ints are faster.
    unit = 2 * width * stride
    top = max(max(cost) for cost in costs) // scale
    top_cost = top * unit
    table: list[list[int]] = []
    for row, cost in zip(rows, costs, strict=True):
        full_row = [0] * width
        for j, x in zip(row, cost, strict=True):
            full_row[j] = x // scale * unit
        if left_out:
            full_row[k] = top_cost
        table.append(full_row)
    room = list(cap)
    if left_out:
        room.append(left_out)
    v = [min(column) for column in zip(*table, strict=True)]
    if n_fill:
        # The mentors least wanted, with n_fill places in all, are where fillers go.
        level = 0
        seen = 0
        for j in sorted(range(k), key=v.__getitem__, reverse=True):
            level = v[j]
            seen += cap[j]
            if seen >= n_fill:
                break
        v = [min(x, level) for x in v]
    u = [min([x - y for x, y in zip(full_row[:k], v, strict=False)]) for full_row in table]
    if left_out:
        # The children least wanted, left_out of them, are those U takes.
        level = sorted(u, reverse=True)[left_out - 1]
        u = [min(x, level) for x in u]
        v[k] = top_cost - level
    if n_fill:
        table += [[top_cost] * k] * n_fill
        u += [top_cost - level] * n_fill

    load = [0] * width
    where = [-1] * height
    holders: list[list[int]] = [[] for _ in range(width)]
    waiting = []
    for r, full_row in enumerate(table):
        reduced = [x - y for x, y in zip(full_row, v, strict=True)]
        j = -1
        ur = u[r]
        try:
            j = reduced.index(ur)
            while load[j] >= room[j]:
                j = reduced.index(ur, j + 1)
        except ValueError:
            j = -1
        if j < 0:
            waiting.append(r)
            continue
        where[r] = j
        holders[j].append(r)
        load[j] += 1

    full = width * stride
    tag = [j * stride + (full if load[j] >= room[j] else 0) - v[j] for j in range(width)]
    settled_far = 1 << (top_cost.bit_length() + height.bit_length() + 8)
    for root in waiting:
        offers = tag[:]  # a settled column's part becomes too large to offer again
        best = [root - u[root] + x + t for x, t in zip(table[root], offers, strict=True)]
        reached = {root: 0}
        settled: list[tuple[int, int, int]] = []  # column, distance, the row it came from
        while True:
            key = min(best)
            rem = key % unit
            d = key - rem
            col, came = divmod(rem, stride)
            if col < width:  # a column with room: the path ends there
                break
            j = col - width
            settled.append((j, d, came))
            best[j] = settled_far
            offers[j] = settled_far
            for r in holders[j]:
                if r in reached:
                    continue
                reached[r] = d
                base = d - u[r] + r
                best = [
                    b if b <= (o := base + x + t) else o
                    for b, x, t in zip(best, table[r], offers, strict=True)
                ]
        for r, dr in reached.items():
            u[r] += d - dr
        came_by: dict[int, int] = {}
        for j, dj, r in settled:
            v[j] -= d - dj
            tag[j] += d - dj
            came_by[j] = r
        load[col] += 1
        if load[col] >= room[col]:
            tag[col] += full
        j, r = col, came
        while True:
            old = where[r]
            where[r] = j
            holders[j].append(r)
            if r == root:
                break
            holders[old].remove(r)
            j = old
            r = came_by[j]

    assign = [j if j < k else -1 for j in where[:n]]
    tight = [
        [j for j, (x, y) in enumerate(zip(full_row[:k], v, strict=False)) if x - y == uc]
        for full_row, uc in zip(table, u, strict=False)
    ]
    if left_out:
        at_u = top_cost - v[k]
        return assign, tight, [uc == at_u for uc in u[:n]], [False] * k
    highest = max(v[:k])
    return assign, tight, [False] * n, [x == highest for x in v[:k]]


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
