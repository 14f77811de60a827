"""How long the exact pairing of children with mentors takes, and how it grows.

The budget behind it: scoring the allowed pairs and solving, for 500 children and
200 mentors with two places each, within one second, the solver taking at most half.
This script times ``left_behind.matching.best_assignment`` alone (reading the edges
included) on instances of 250x100, 500x200 and 1000x400 (two places per mentor):

- villages: children and mentors spread over 10 villages, a pair allowed only within
  a village (about 10,000 edges at 500x200), its score a sum of a few small criteria
  (same hamlet 3, each shared interest 1, the age band the mentor asked for 2, so 0 to
  8 and ties everywhere);
- dense: every pair allowed (100,000 edges at 500x200), scores drawn from 0-3000;
- dense, few scores: every pair allowed, scores drawn from 0-9, so the tie rule has a
  great many optimal pairings to choose from;
- dense, ranked: every pair allowed, each score a child's place in one priority list
  (all different) plus 0-30 for the pair, so every mentor wants the same children;
- dense, both ranked: the same plus a mentor's place in a list of the mentors, so every
  child wants the same mentors too: the worst case of the searches, as each new place has
  to be fought for through all the places taken before it, from either side.

Each instance comes from a seeded ``random.Random``, so every run times the same data.
The sizes of a kind are timed in rotation, round by round. It prints the median and the
spread (fastest-slowest) of the rounds in milliseconds, and the growth from each size to
the next, which doubles both sides: the median of the rounds' own ratios, and their spread.

Run: ``python benchmarks/bench_pairing_solver.py [--repeat R] [--seed S]``.
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import statistics
import time
from collections.abc import Callable

from left_behind.matching import best_assignment

Edge = tuple[int, int, int]
Instance = tuple[int, list[int], list[Edge]]
SIZES = ((250, 100), (500, 200), (1000, 400))
BUDGET = 0.5  # seconds for the solver at 500x200


def villages(n_children: int, n_mentors: int, seed: int) -> Instance:
    """Pairs only within a village; scores a sum of small criteria."""
    rng = random.Random(seed)

    def person() -> tuple[int, int, frozenset[int], int]:
        # village, hamlet, three interests of eight, age band (asked for, for a mentor)
        return (
            rng.randrange(10),
            rng.randrange(4),
            frozenset(rng.sample(range(8), 3)),
            rng.randrange(3),
        )

    children = [person() for _ in range(n_children)]
    mentors = [person() for _ in range(n_mentors)]
    edges = [
        (c, m, 3 * (hamlet == hamlet2) + len(likes & likes2) + 2 * (band == band2))
        for c, (village, hamlet, likes, band) in enumerate(children)
        for m, (village2, hamlet2, likes2, band2) in enumerate(mentors)
        if village == village2
    ]
    return n_children, [2] * n_mentors, edges


def dense(n_children: int, n_mentors: int, seed: int, top: int = 3000) -> Instance:
    """Every pair allowed, scores drawn from ``0..top``."""
    rng = random.Random(seed)
    edges = [(c, m, rng.randint(0, top)) for c in range(n_children) for m in range(n_mentors)]
    return n_children, [2] * n_mentors, edges


def few_scores(n_children: int, n_mentors: int, seed: int) -> Instance:
    """Every pair allowed, scores drawn from ``0..9``."""
    return dense(n_children, n_mentors, seed, top=9)


def ranked(n_children: int, n_mentors: int, seed: int) -> Instance:
    """Every pair allowed; a child's rank in one priority list plus 0-30 for the pair."""
    rng = random.Random(seed)
    rank = list(range(n_children))
    rng.shuffle(rank)
    edges = [
        (c, m, rank[c] + rng.randint(0, 30)) for c in range(n_children) for m in range(n_mentors)
    ]
    return n_children, [2] * n_mentors, edges


def both_ranked(n_children: int, n_mentors: int, seed: int) -> Instance:
    """Every pair allowed; a child's and a mentor's places in priority lists, plus 0-30."""
    rng = random.Random(seed)
    kid_rank = list(range(n_children))
    rng.shuffle(kid_rank)
    mentor_rank = list(range(n_mentors))
    rng.shuffle(mentor_rank)
    edges = [
        (c, m, kid_rank[c] + mentor_rank[m] + rng.randint(0, 30))
        for c in range(n_children)
        for m in range(n_mentors)
    ]
    return n_children, [2] * n_mentors, edges


def timed(instance: Instance) -> tuple[float, int]:
    """Seconds of one solve, and how many children were served."""
    n, capacities, edges = instance
    gc.collect()
    start = time.perf_counter()
    served = len(best_assignment(n, capacities, edges))
    return time.perf_counter() - start, served


def spread(values: list[float], digits: int = 1, factor: float = 1.0) -> str:
    return f"{min(values) * factor:.{digits}f}-{max(values) * factor:.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="rounds of each kind (default 7)")
    parser.add_argument("--seed", type=int, default=20240601, help="seed of the instances")
    args = parser.parse_args()
    print(f"Python {platform.python_version()}, {args.repeat} rounds each, times in ms")
    print(
        f"{'':<16}{'size':>10}{'edges':>9}{'served':>8}{'median':>9}{'spread':>17}"
        f"{'growth':>8}{'spread':>12}"
    )

    kinds: list[tuple[str, Callable[[int, int, int], Instance]]] = [
        ("villages", villages),
        ("dense", dense),
        ("dense, few", few_scores),
        ("dense, ranked", ranked),
        ("dense, both", both_ranked),
    ]
    for name, make in kinds:
        instances = [make(n, k, args.seed) for n, k in SIZES]
        times: list[list[float]] = [[] for _ in SIZES]
        served = [0] * len(SIZES)
        # The sizes in rotation, each round starting one further on, so that a machine
        # slowed for a while slows every size alike; growth is the median of the rounds'
        # own ratios of one size to the one before.
        for round_ in range(args.repeat):
            for step in range(len(SIZES)):
                i = (round_ + step) % len(SIZES)
                seconds, served[i] = timed(instances[i])
                times[i].append(seconds)
        for i, (n, k) in enumerate(SIZES):
            median = statistics.median(times[i])
            growth = gap = ""
            if i:
                ratios = [b / a for a, b in zip(times[i - 1], times[i], strict=True)]
                growth = f"{statistics.median(ratios):7.1f}x"
                gap = spread(ratios)
            flag = "  over budget" if (n, k) == (500, 200) and median > BUDGET else ""
            print(
                f"{name:<16}{f'{n}x{k}':>10}{len(instances[i][2]):>9,}{served[i]:>8}"
                f"{median * 1e3:>9.1f}{spread(times[i], factor=1e3):>17}"
                f"{growth:>8}{gap:>12}{flag}",
                flush=True,
            )


if __name__ == "__main__":
    main()
