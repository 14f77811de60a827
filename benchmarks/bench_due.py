"""How long the week's list of what is due takes for 25, 50, 100 and 200 homes.

The homes of :func:`records.homes` (each the sample's 142 children with a
year of records: 500 sessions held, 150 visits, 30 tasks, the parents'
calls...; at 200 homes about 100,000 sessions and 30,000 visits), and
``left_behind.due`` for the week after the year's last day, over every home.
As ``bench_figures.py``: the sizes timed in rotation, each run after a
garbage collection; each row the median and spread (min-max) of the rounds,
the growth the median of the per-round ratios. The aim: at most 3 s at 200
homes and at most 2.2x per doubling. Last, what the 200 homes' lists hold.

Run: ``python benchmarks/bench_due.py [--rounds R] [--sizes 25 50 100 200]``.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import gc
import time

from records import YEAR, growth_lines, homes, rotate

import left_behind as lb

ON = YEAR[1] + dt.timedelta(days=1)
AIM_SECONDS, AIM_GROWTH = 3.0, 2.2


def run(found: list[lb.Home]) -> tuple[float, list[lb.agenda.Agenda]]:
    """Seconds to list what is due in the week from ``ON`` for every home, and the lists."""
    gc.collect()
    start = time.perf_counter()
    result = [lb.due(h, on=ON) for h in found]
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 200])
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    start = time.perf_counter()
    every = homes(max(sizes), args.seed)
    built = {n: every[:n] for n in sizes}
    print(f"{len(every)} homes built in {time.perf_counter() - start:.1f} s; the week from {ON}")

    times, found = rotate(sizes, args.rounds, lambda n: run(built[n]))
    last: list[lb.agenda.Agenda] = found or []
    print(f"\ndue for a week, {args.rounds} rounds (median, min-max):")
    print("\n".join(growth_lines(times, AIM_SECONDS, AIM_GROWTH)))

    by_rule = collections.Counter(i.rule_id for a in last for i in a.items)
    print(f"\nthe {len(last)} homes' lists: {sum(by_rule.values()):,} items")
    for rule_id, count in by_rule.most_common():
        print(f"  {rule_id:<28} {count:>8,}")


if __name__ == "__main__":
    main()
