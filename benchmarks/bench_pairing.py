"""How long suggesting pairings takes: scoring every pair, then the exact optimum.

Builds a synthetic home of N left-behind children and N * 2/5 volunteers with
a capacity of 2 each (500 and 200 by default, the issue's size), spread over
ten villages a few kilometres apart, with interests, school subjects, skills
and weekly windows drawn with a fixed seed, and times ``pair_options``
(constraints and scores), ``choose`` (the optimum) and ``suggest_pairings``
(both). Sizes are timed in rotation, round by round, so a noisy machine
slows each alike; the figures are medians with the spread (min-max) of the
rounds, and the growth from each size to the next is the median of the
per-round ratios.

Run: ``python benchmarks/bench_pairing.py [--rounds R] [--sizes 250 500 1000]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import itertools
import random
import statistics
import time
from collections.abc import Callable

import attrs

import left_behind as lb

ON = lb.samples.REFERENCE_DATE
VILLAGES = tuple(f"{c}村" for c in "东西南北中上下前后新")


def build(children: int, seed: int = 7) -> lb.Home:
    """A home of ``children`` left-behind children and ``children * 2 // 5`` volunteers."""
    rng = random.Random(seed)
    base = lb.samples.family(age=9)
    kids = []
    for i in range(children):
        age = rng.randint(4, 14)
        c = lb.samples.family(age=age, child_id=f"C-{i:05d}")
        kids.append(
            attrs.evolve(
                c,
                village=rng.choice(VILLAGES),
                interests=frozenset(rng.sample(list(lb.model.Interest), k=rng.randint(0, 3))),
                tutoring=frozenset(
                    rng.sample(list(lb.model.SchoolSubject)[:4], k=rng.randint(0, 2))
                ),
                needs_counselling=rng.random() < 0.1,
            )
        )
    del base
    vols = []
    clear = lb.BackgroundCheck(on=ON - dt.timedelta(days=100), result=lb.model.CheckResult.CLEAR)
    training = lb.Training(on=dt.date(2025, 3, 1), hours=3.0, topic="结对帮扶入门")
    adults = [b for b in lb.model.Background if b is not lb.model.Background.PUPIL]
    for j in range(children * 2 // 5):
        windows = tuple(
            lb.Window(
                day=rng.choice(list(lb.model.Weekday)),
                start=dt.time(rng.choice((9, 14, 16, 17))),
                end=dt.time(rng.choice((18, 19, 20))),
            )
            for _ in range(rng.randint(1, 3))
        )
        vols.append(
            lb.Volunteer(
                id=f"V-{j:05d}",
                name="周文华",
                sex=rng.choice(list(lb.model.Sex)),
                birth_date=dt.date(rng.randint(1955, 2000), 5, 4),
                village=rng.choice(VILLAGES),
                background=rng.choice(adults),
                skills=frozenset(rng.sample(list(lb.model.Skill), k=rng.randint(1, 3))),
                subjects=frozenset(
                    rng.sample(list(lb.model.SchoolSubject)[:4], k=rng.randint(0, 2))
                ),
                interests=frozenset(rng.sample(list(lb.model.Interest), k=rng.randint(1, 3))),
                qualifications=frozenset({lb.model.Qualification.COUNSELLOR})
                if rng.random() < 0.05
                else frozenset(),
                availability=windows,
                checks=(clear,),
                trainings=(training,),
                joined_on=dt.date(2025, 1, 1),
                capacity=2,
            )
        )
    distances = tuple(
        lb.Distance(a=a, b=b, km=float(abs(i - k)) * 2.0)
        for i, a in enumerate(VILLAGES)
        for k, b in enumerate(VILLAGES)
        if i < k
    )
    return lb.Home(
        name="benchmark", children=tuple(kids), volunteers=tuple(vols), distances=distances
    )


def seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds of every size (default 7)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000])
    args = parser.parse_args()
    homes = {n: build(n) for n in args.sizes}
    options = {n: lb.pair_options(homes[n], on=ON) for n in args.sizes}
    for n in args.sizes:
        o = options[n]
        found = lb.matching.choose(o)
        print(
            f"{n} children x {len(homes[n].volunteers)} volunteers: {len(o.children)} need a"
            f" mentor, {len(o.options):,} pairs allowed, {len(found.suggestions)} suggested,"
            f" total score {found.total}"
        )
    times: dict[str, dict[int, list[float]]] = {"score": {}, "solve": {}, "suggest": {}}
    for r in range(args.rounds):
        order = args.sizes[r % len(args.sizes) :] + args.sizes[: r % len(args.sizes)]
        for n in order:
            h, o = homes[n], options[n]
            score = functools.partial(lb.pair_options, h, on=ON)
            solve = functools.partial(lb.matching.choose, o)
            suggest = functools.partial(lb.suggest_pairings, h, on=ON)
            times["score"].setdefault(n, []).append(seconds(score))
            times["solve"].setdefault(n, []).append(seconds(solve))
            times["suggest"].setdefault(n, []).append(seconds(suggest))
    print(f"\nseconds, median (min-max) of {args.rounds} rounds")
    for what, by_size in times.items():
        cells = [
            f"{n}: {statistics.median(t):.3f} ({min(t):.3f}-{max(t):.3f})"
            for n, t in by_size.items()
        ]
        print(f"  {what:8} " + "   ".join(cells))
    print("\ngrowth per doubling (median of the per-round ratios)")
    for what, by_size in times.items():
        sizes = list(by_size)
        for a, b in itertools.pairwise(sizes):
            ratios = [y / x for x, y in zip(by_size[a], by_size[b], strict=True)]
            print(
                f"  {what:8} {a} -> {b}: {statistics.median(ratios):.2f}x"
                f" ({min(ratios):.2f}-{max(ratios):.2f})"
            )


if __name__ == "__main__":
    main()
