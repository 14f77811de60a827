"""The exact pairing of children with mentors: against brute force, scipy, and by its rules."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from left_behind.matching import Component, _flow, best_assignment, components
from profiles import examples

Edge = tuple[int, int, int]


def brute_force(n_children: int, capacities: list[int], edges: list[Edge]) -> list[tuple[int, int]]:
    """Every pairing tried; the best by (count, total) and then by the tie rule.

    The tie rule: each child's mentor in child order, an unserved child after every mentor,
    compared as a list; the first wins.
    """
    n_mentors = len(capacities)
    score: dict[tuple[int, int], int] = {}
    for c, m, s in edges:
        score[c, m] = max(s, score.get((c, m), s))
    options = [[None, *sorted(m for (c2, m) in score if c2 == c)] for c in range(n_children)]
    best_key = None
    best: list[tuple[int, int]] = []
    for choice in itertools.product(*options):
        load = [0] * n_mentors
        for m in choice:
            if m is not None:
                load[m] += 1
        if any(x > cap for x, cap in zip(load, capacities, strict=True)):
            continue
        pairs = [(c, m) for c, m in enumerate(choice) if m is not None]
        order = [n_mentors if m is None else m for m in choice]
        key = (-len(pairs), -sum(score[p] for p in pairs), order)
        if best_key is None or key < best_key:
            best_key, best = key, pairs
    return best


def value(pairs: list[tuple[int, int]], edges: list[Edge]) -> tuple[int, int]:
    score: dict[tuple[int, int], int] = {}
    for c, m, s in edges:
        score[c, m] = max(s, score.get((c, m), s))
    return len(pairs), sum(score[p] for p in pairs)


def assert_feasible(
    pairs: list[tuple[int, int]], n_children: int, capacities: list[int], edges: list[Edge]
) -> None:
    allowed = {(c, m) for c, m, _ in edges}
    assert pairs == sorted(set(pairs))
    assert all(p in allowed for p in pairs)
    kids = [c for c, _ in pairs]
    assert len(kids) == len(set(kids))
    assert all(0 <= c < n_children for c in kids)
    for m, cap in enumerate(capacities):
        assert sum(1 for _, m2 in pairs if m2 == m) <= cap


@st.composite
def small_instances(
    draw: st.DrawFn, max_children: int = 6, max_mentors: int = 4
) -> tuple[int, list[int], list[Edge]]:
    n = draw(st.integers(0, max_children))
    capacities = draw(st.lists(st.integers(0, 3), min_size=0, max_size=max_mentors))
    pairs = [(c, m) for c in range(n) for m in range(len(capacities))]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
    # few distinct scores, so that ties are common
    top = draw(st.sampled_from([0, 1, 3, 20]))
    edges = [(c, m, draw(st.integers(0, top))) for c, m in chosen]
    return n, capacities, edges


@given(small_instances())
def test_same_as_brute_force(instance: tuple[int, list[int], list[Edge]]) -> None:
    n, capacities, edges = instance
    got = best_assignment(n, capacities, edges)
    assert_feasible(got, n, capacities, edges)
    want = brute_force(n, capacities, edges)
    assert value(got, edges) == value(want, edges)
    assert got == want  # the tie rule, too


@given(small_instances(), st.randoms(use_true_random=False))
def test_edge_order_and_repeats_do_not_matter(
    instance: tuple[int, list[int], list[Edge]], rnd: random.Random
) -> None:
    n, capacities, edges = instance
    want = best_assignment(n, capacities, edges)
    shuffled = list(edges)
    rnd.shuffle(shuffled)
    assert best_assignment(n, capacities, shuffled) == want
    # a pair listed again with a lower score changes nothing
    lower = [(c, m, s - 1) for c, m, s in edges if s > 0]
    assert best_assignment(n, capacities, lower + shuffled + lower) == want


def test_a_repeated_pair_counts_with_its_highest_score() -> None:
    edges = [(0, 0, 1), (1, 0, 2), (0, 0, 5)]
    assert best_assignment(2, [1], edges) == [(0, 0)]
    assert best_assignment(2, [1], edges[:2]) == [(1, 0)]


def random_instance(
    rng: random.Random, n: int, k: int, density: float, top: int, max_cap: int
) -> tuple[list[int], list[Edge]]:
    capacities = [rng.randint(0, max_cap) for _ in range(k)]
    edges = [
        (c, m, rng.randint(0, top)) for c in range(n) for m in range(k) if rng.random() < density
    ]
    return capacities, edges


@pytest.mark.parametrize("seed", range(40))
def test_same_count_and_total_as_scipy(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    np = pytest.importorskip("numpy")
    optimize = pytest.importorskip("scipy.optimize")
    rng = random.Random(seed)
    n, k = rng.randint(1, 40), rng.randint(1, 15)
    top = rng.choice([0, 2, 10, 1000])
    capacities, edges = random_instance(rng, n, k, rng.choice([0.1, 0.3, 1.0]), top, 3)
    if seed % 4 == 3:
        # Scores that rank both sides, where one side's searches can fight through
        # every place taken, and a budget so small that both sides take turns.
        kid, mentor = rng.sample(range(n), n), rng.sample(range(k), k)
        edges = [(c, m, kid[c] + mentor[m] + s % 3) for c, m, s in edges]
        top = n + k + 2
        monkeypatch.setattr(_flow, "_BUDGET_PER_EDGE", 1)
    got = best_assignment(n, capacities, edges)
    assert_feasible(got, n, capacities, edges)

    # The same problem as a rectangular assignment: a column per place, each pair worth
    # big + score so that one more child served outweighs any score, forbidden pairs 0.
    slots = [m for m, cap in enumerate(capacities) for _ in range(cap)]
    big = (top + 1) * (n + 1)
    weight = np.zeros((n, max(len(slots), 1)), dtype=np.int64)
    allowed = np.zeros_like(weight, dtype=bool)
    for c, m, s in edges:
        for col, m2 in enumerate(slots):
            if m2 == m:
                weight[c, col] = big + s
                allowed[c, col] = True
    rows, cols = optimize.linear_sum_assignment(weight, maximize=True)
    used = allowed[rows, cols]
    count = int(used.sum())
    total = int(weight[rows, cols][used].sum()) - big * count
    assert value(got, edges) == (count, total)


@pytest.mark.parametrize(
    ("n", "capacities", "edges", "want"),
    [
        pytest.param(0, [], [], [], id="nobody"),
        pytest.param(0, [2, 1], [], [], id="no children"),
        pytest.param(3, [], [], [], id="no mentors"),
        pytest.param(2, [0, 1], [(0, 0, 9), (1, 0, 9), (1, 1, 0)], [(1, 1)], id="zero capacity"),
        pytest.param(3, [2], [(0, 0, 1), (2, 0, 1)], [(0, 0), (2, 0)], id="a child with no edge"),
        pytest.param(
            4,
            [1, 1, 1],
            [(c, m, 7) for c in range(4) for m in range(3)],
            [(0, 0), (1, 1), (2, 2)],
            id="all ties",
        ),
        pytest.param(
            3, [10], [(0, 0, 1), (1, 0, 0), (2, 0, 4)], [(0, 0), (1, 0), (2, 0)], id="room for all"
        ),
        pytest.param(
            3,
            [1, 1],
            [(0, 0, 1), (1, 0, 1), (1, 1, 1), (2, 1, 1)],
            [(0, 0), (1, 1)],
            id="lower children are served first",
        ),
        pytest.param(
            2,
            [1, 1],
            [(0, 0, 0), (0, 1, 10), (1, 0, 0)],
            [(0, 1), (1, 0)],
            id="count first, then score",
        ),
        pytest.param(
            2,
            [1, 1],
            [(0, 0, 3), (0, 1, 3), (1, 0, 3), (1, 1, 3)],
            [(0, 0), (1, 1)],
            id="the lower child gets the lower mentor",
        ),
        pytest.param(3, [1], [(0, 0, 1), (1, 0, 5), (2, 0, 5)], [(1, 0)], id="score before index"),
    ],
)
def test_table(
    n: int, capacities: list[int], edges: list[Edge], want: list[tuple[int, int]]
) -> None:
    assert best_assignment(n, capacities, edges) == want
    assert best_assignment(n, capacities, edges[::-1]) == want


@pytest.mark.parametrize(
    ("n", "capacities", "edges", "error"),
    [
        (-1, [], [], ValueError),
        (1, [-1], [], ValueError),
        (1, [1], [(1, 0, 0)], ValueError),
        (1, [1], [(0, 1, 0)], ValueError),
        (1, [1], [(0, -1, 0)], ValueError),
        (1, [1], [(0, 0, -1)], ValueError),
        (1, [1], [(0, 0)], ValueError),
        (1, [1], [(0, 0, 1.5)], TypeError),
        (1, [1.0], [(0, 0, 1)], TypeError),
        (1.0, [1], [(0, 0, 1)], TypeError),
    ],
)
def test_bad_input_is_refused(
    n: object, capacities: list[object], edges: list[object], error: type
) -> None:
    with pytest.raises(error):
        best_assignment(n, capacities, edges)  # type: ignore[arg-type]


def test_components() -> None:
    got = components(5, 4, [(0, 2), (3, 2), (1, 0), (1, 0)])
    assert got == [
        Component(children=(0, 3), mentors=(2,)),
        Component(children=(1,), mentors=(0,)),
        Component(children=(2,), mentors=()),
        Component(children=(4,), mentors=()),
        Component(children=(), mentors=(1,)),
        Component(children=(), mentors=(3,)),
    ]
    with pytest.raises(ValueError):
        components(1, 1, [(0, 1)])


@settings(max_examples=examples(0.5))
@given(small_instances(max_children=8, max_mentors=6))
def test_components_cover_everyone_once(instance: tuple[int, list[int], list[Edge]]) -> None:
    n, capacities, edges = instance
    found = components(n, len(capacities), [(c, m) for c, m, _ in edges])
    kids = [c for comp in found for c in comp.children]
    mentors = [m for comp in found for m in comp.mentors]
    assert sorted(kids) == list(range(n))
    assert sorted(mentors) == list(range(len(capacities)))
    where = {("c", c): i for i, comp in enumerate(found) for c in comp.children}
    where |= {("m", m): i for i, comp in enumerate(found) for m in comp.mentors}
    assert all(where["c", c] == where["m", m] for c, m, _ in edges)


def test_villages_are_solved_apart() -> None:
    # Two copies of one village, the second's indices shifted: the same pairs, shifted.
    rng = random.Random(7)
    capacities, edges = random_instance(rng, 30, 10, 0.4, 5, 3)
    one = best_assignment(30, capacities, edges)
    both = best_assignment(60, capacities * 2, edges + [(c + 30, m + 10, s) for c, m, s in edges])
    assert both == one + [(c + 30, m + 10) for c, m in one]


@pytest.mark.parametrize("seed", range(8))
def test_medium_instances_keep_the_tie_rule(seed: int) -> None:
    # Beyond brute force: no child can move to a lower mentor, the children before it
    # staying where they are, without losing a child or score. Each move is tried by
    # solving again with only the pairs that keep the earlier children in place and put
    # the child on that mentor: if such a pairing were as good, that answer would hold it.
    rng = random.Random(100 + seed)
    n, k = 14, 5
    capacities, edges = random_instance(rng, n, k, 0.5, 2, 2)
    got = best_assignment(n, capacities, edges)
    best = value(got, edges)
    mine = dict(got)
    for c in range(n):
        here = mine.get(c, k)
        prefix = [(c2, mine[c2]) for c2 in range(c) if c2 in mine]
        for m in sorted({m for c2, m, _ in edges if c2 == c and m < here}):
            kept = [
                e
                for e in edges
                if e[0] > c or (e[0] < c and mine.get(e[0]) == e[1]) or e[:2] == (c, m)
            ]
            forced = best_assignment(n, capacities, kept)
            moved = set(prefix) <= set(forced) and (c, m) in forced
            assert not (moved and value(forced, edges) == best)


@given(st.booleans(), st.integers(1, 5), st.integers(1, 6), st.data())
def test_the_searches_leave_an_optimal_dual(
    by_mentor: bool, n_rows: int, width: int, data: st.DataObject
) -> None:
    # The certificate the tie rule stands on: the potentials of the searches satisfy
    # complementary slackness with the assignment, so the pairs of zero reduced cost
    # hold every optimal answer. Both shapes the solver uses: rows of one unit and
    # columns with room for several (children as rows), or the other way round.
    units = st.integers(1, 3)
    one = st.just(1)
    demand = data.draw(st.lists(units if by_mentor else one, min_size=n_rows, max_size=n_rows))
    cap = data.draw(st.lists(one if by_mentor else units, min_size=width, max_size=width))
    scale = 2 * width
    adj = [
        sorted(data.draw(st.sets(st.integers(0, width - 1), max_size=width))) for _ in range(n_rows)
    ]
    cost = [[data.draw(st.integers(0, 4)) * scale for _ in row] for row in adj]
    penalty = 25 * scale
    found = _flow._shortest_paths(adj, cost, demand, cap, penalty, scale)
    assert found is not None
    holders, p_row, p_col = found
    held = {(r, j) for j, rows in enumerate(holders) for r in rows}
    assert all(-penalty <= p <= 0 for p in p_row + p_col)
    for r, (row, costs) in enumerate(zip(adj, cost, strict=True)):
        for j, x in zip(row, costs, strict=True):
            reduced = x + p_row[r] - p_col[j]
            assert reduced == 0 if (r, j) in held else reduced >= 0
        placed = sum(1 for j in row if (r, j) in held)
        assert placed <= demand[r]
        assert p_row[r] >= -penalty
        if placed < demand[r]:
            assert p_row[r] == -penalty
    for j, rows in enumerate(holders):
        assert len(rows) == len(set(rows)) <= cap[j]
        assert p_col[j] <= 0 if len(rows) == cap[j] else p_col[j] == 0


@given(small_instances())
def test_either_side_as_rows_gives_the_same(instance: tuple[int, list[int], list[Edge]]) -> None:
    # With next to no budget the searches give up and the sides take turns, with budgets
    # doubling, so every instance is solved both ways, and by the side that was second.
    n, capacities, edges = instance
    want = best_assignment(n, capacities, edges)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_flow, "_BUDGET_PER_EDGE", 0)
        patch.setattr(_flow, "_BUDGET_BASE", 1)
        assert best_assignment(n, capacities, edges) == want
    assert want == brute_force(n, capacities, edges)


# --- every pair allowed: the dense method -------------------------------------------


@st.composite
def complete_instances(
    draw: st.DrawFn, max_children: int = 6, max_mentors: int = 4
) -> tuple[int, list[int], list[Edge]]:
    """Every pair allowed, scores that rank both sides (or nearly all equal), many ties."""
    n = draw(st.integers(1, max_children))
    k = draw(st.integers(1, max_mentors))
    capacities = draw(st.lists(st.integers(1, 3), min_size=k, max_size=k))
    kid = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    mentor = draw(st.lists(st.integers(0, 3), min_size=k, max_size=k))
    noise = draw(st.sampled_from([0, 1, 2]))
    edges = [
        (c, m, kid[c] + mentor[m] + draw(st.integers(0, noise))) for c in range(n) for m in range(k)
    ]
    return n, capacities, edges


def dense_only(patch: pytest.MonkeyPatch) -> None:
    """Make every component with every pair allowed go to the dense method at once."""
    patch.setattr(_flow, "_DENSE_TRY_PER_EDGE", 0)
    patch.setattr(_flow, "_BUDGET_BASE", 0)
    patch.setattr(_flow, "_DENSE_MIN_EDGES", 0)


def sparse_only(patch: pytest.MonkeyPatch) -> None:
    """Keep every component with the searches, as before the dense method."""
    patch.setattr(_flow, "_DENSE_MIN_EDGES", 10**9)


@given(complete_instances())
def test_dense_same_as_brute_force(instance: tuple[int, list[int], list[Edge]]) -> None:
    n, capacities, edges = instance
    with pytest.MonkeyPatch.context() as patch:
        dense_only(patch)
        got = best_assignment(n, capacities, edges)
    assert_feasible(got, n, capacities, edges)
    assert got == brute_force(n, capacities, edges)


@settings(max_examples=examples(0.6))
@given(complete_instances(max_children=40, max_mentors=15), st.randoms(use_true_random=False))
def test_dense_same_as_the_searches(
    instance: tuple[int, list[int], list[Edge]], rnd: random.Random
) -> None:
    # Beyond brute force: the same answer, tie rule included, as the searches alone give,
    # whatever the order of the edges.
    n, capacities, edges = instance
    shuffled = list(edges)
    rnd.shuffle(shuffled)
    with pytest.MonkeyPatch.context() as patch:
        sparse_only(patch)
        want = best_assignment(n, capacities, edges)
    with pytest.MonkeyPatch.context() as patch:
        dense_only(patch)
        assert best_assignment(n, capacities, shuffled) == want


@pytest.mark.parametrize("seed", range(24))
def test_dense_same_count_and_total_as_scipy(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    np = pytest.importorskip("numpy")
    optimize = pytest.importorskip("scipy.optimize")
    rng = random.Random(1000 + seed)
    n, k = rng.randint(1, 60), rng.randint(1, 20)
    capacities = [rng.randint(1, 3) for _ in range(k)]
    kid, mentor = rng.sample(range(n), n), rng.sample(range(k), k)
    spread = rng.choice([0, 3, 30])
    edges = [
        (c, m, kid[c] * (seed % 2) + mentor[m] + rng.randint(0, spread))
        for c in range(n)
        for m in range(k)
    ]
    dense_only(monkeypatch)
    got = best_assignment(n, capacities, edges)
    assert_feasible(got, n, capacities, edges)
    # A column per place; every pair allowed, so the count is the smaller side.
    slots = [m for m, cap in enumerate(capacities) for _ in range(cap)]
    weight = np.array([[edges[c * k + m][2] for m in slots] for c in range(n)], dtype=np.int64)
    rows, cols = optimize.linear_sum_assignment(weight, maximize=True)
    assert value(got, edges) == (min(n, len(slots)), int(weight[rows, cols].sum()))
