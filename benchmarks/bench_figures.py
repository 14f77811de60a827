"""How long a year's figures take for 25, 50, 100 and 200 homes.

Builds synthetic homes with :func:`records.homes` (each with a year of
records: 500 sessions held, 150 visits, the sample's 142 children with their
parents' calls, pairings, tasks, meetings and service records; at 200 homes
about 100,000 sessions and 30,000 visits) and times
``left_behind.stats.figures`` for that year over every home. The sizes are
timed in rotation, each round in a different order and each run after a
garbage collection, so a noisy machine slows each alike; each row gives the
median and the spread (min-max) of the rounds, and the growth from one size
to the next is the median of the per-round ratios (paired runs). The aim: at
most 3 s at 200 homes and at most 2.2x per doubling. Last, the figures of
the 200 homes together.

Run: ``python benchmarks/bench_figures.py [--rounds R] [--sizes 25 50 100 200]``.
"""

from __future__ import annotations

import argparse
import gc
import time

import attrs
from records import YEAR, growth_lines, homes, rotate

import left_behind as lb
from left_behind.stats import Period, PeriodCounts, PeriodFigures, figures

PERIOD = Period(first=YEAR[0], last=YEAR[1])
AIM_SECONDS, AIM_GROWTH = 3.0, 2.2


def run(found: list[lb.Home]) -> tuple[float, list[PeriodFigures]]:
    """Seconds to count the year's figures of every home, and the figures."""
    gc.collect()
    start = time.perf_counter()
    result = [figures(h, PERIOD) for h in found]
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 200])
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    start = time.perf_counter()
    every = homes(max(sizes), args.seed)
    built = {n: every[:n] for n in sizes}
    sessions = sum(len(h.held_sessions) for h in every)
    visits = sum(len(h.visits) for h in every)
    calls = sum(len(c.contacts) for h in every for c in h.children)
    print(
        f"{len(every)} homes built in {time.perf_counter() - start:.1f} s: {sessions:,} sessions"
        f" held, {visits:,} visits, {calls:,} parents' contacts; the year {PERIOD}"
    )

    times, found = rotate(sizes, args.rounds, lambda n: run(built[n]))
    last: list[PeriodFigures] = found or []
    print(f"\nfigures for a year, {args.rounds} rounds (median, min-max):")
    print("\n".join(growth_lines(times, AIM_SECONDS, AIM_GROWTH)))

    total = sum((f.counts for f in last), PeriodCounts())
    print(f"\nthe {len(last)} homes together, {PERIOD}:")
    for a in attrs.fields(PeriodCounts):
        if a.name not in ("by_programme", "by_meeting"):
            print(f"  {a.name:<22} {getattr(total, a.name):>10,}")
    for a in attrs.fields(type(last[0].reach)):
        summed = sum(getattr(f.reach, a.name) for f in last)
        print(f"  {a.name:<22} {summed:>10,}  (each home's, summed)")


if __name__ == "__main__":
    main()
