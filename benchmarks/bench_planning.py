"""How long planning and checking a year takes for 50, 100 and 200 homes.

Builds N copies of the sample Shicun home (its 142 children, 48 people,
5 rooms and 18 programmes; the people's identity numbers are left out, so
each home's people are its own), then times, for the school year
2026-09-01 to 2027-08-31, ``plan`` for every home and ``check_plan`` of all
the plans together (the facilitators compared across homes): about 480
sessions a home, so about 100,000 at 200 homes. Sizes are timed in
rotation, round by round, so a noisy machine slows each alike; the figures
are medians with the spread (min-max) of the rounds, and the growth from
each size to the next is the median of the per-round ratios.

Run: ``python benchmarks/bench_planning.py [--rounds R] [--sizes 50 100 200]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import statistics
import time

import attrs

import left_behind as lb

START, END = dt.date(2026, 9, 1), dt.date(2027, 8, 31)


def build(homes: int) -> list[lb.Home]:
    """``homes`` copies of the sample home, each with its own people."""
    base = lb.samples.home()
    staff = tuple(attrs.evolve(p, id_number=None) for p in base.staff)
    vols = tuple(attrs.evolve(p, id_number=None) for p in base.volunteers)
    one = attrs.evolve(base, staff=staff, volunteers=vols)
    return [attrs.evolve(one, name=f"示例儿童之家{i:03d}") for i in range(homes)]


def run(homes: list[lb.Home]) -> tuple[float, int, int]:
    """Seconds to plan every home and check the plans together; sessions; findings."""
    start = time.perf_counter()
    plans = [lb.plan(h, start=START, end=END) for h in homes]
    report = lb.check_plan(lb.Plans(plans=plans))
    seconds = time.perf_counter() - start
    return seconds, sum(len(p.sessions) for p in plans), len(report.findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200])
    args = parser.parse_args()
    built = {n: build(n) for n in args.sizes}
    times: dict[int, list[float]] = {n: [] for n in args.sizes}
    counts: dict[int, tuple[int, int]] = {}
    for _ in range(args.rounds):
        for n in args.sizes:
            seconds, sessions, findings = run(built[n])
            times[n].append(seconds)
            counts[n] = (sessions, findings)
    print(f"plan and check a school year ({START} to {END}), {args.rounds} rounds")
    print(f"{'homes':>6} {'sessions':>9} {'findings':>9} {'median s':>9} {'min-max s':>13}")
    for n in args.sizes:
        t = times[n]
        sessions, findings = counts[n]
        spread = f"{min(t):.2f}-{max(t):.2f}"
        print(f"{n:>6} {sessions:>9} {findings:>9} {statistics.median(t):>9.2f} {spread:>13}")
    for a, b in itertools.pairwise(args.sizes):
        ratios = [y / x for x, y in zip(times[a], times[b], strict=True)]
        print(f"growth {a} -> {b} homes: {statistics.median(ratios):.2f}x (median of rounds)")


if __name__ == "__main__":
    main()
