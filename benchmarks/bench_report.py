"""How long the period report of 200 homes for a year takes, next to their figures alone.

Builds 200 synthetic homes with :func:`records.homes` (each a year of records:
500 sessions held, 150 visits, the sample's 142 children with their parents'
calls...) and times, paired and interleaved in rounds (each round in another
order, each run after a garbage collection, so a noisy machine slows each
alike):

* ``figures``: :func:`left_behind.stats.figures` for the year, every home (the
  count the report builds on);
* ``report``: :func:`left_behind.reports.home_report` for the year, every
  home, without the check (the children by care and age on the last day, the
  volunteers, the hours by team), then :func:`~left_behind.reports.roll_up`
  and the roll-up as text;
* ``report, monthly``: the same month by month too (what the charts draw).

Each row gives the median and the spread (min-max) of the rounds; the
report's cost over the figures is the median of the per-round ratios. The
aim: the report at most 2 s at 200 homes. The findings open (a whole home
checked on the last day) are timed apart on a few homes and given per home:
the check is what a report of 200 homes with findings spends its time on.

Run: ``python benchmarks/bench_report.py [--rounds R] [--homes 200] [--checked 5]``.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable

from records import YEAR, homes

import left_behind as lb
from left_behind.reports import home_report, render_report, roll_up
from left_behind.stats import Period, figures

PERIOD = Period(first=YEAR[0], last=YEAR[1])
AIM_SECONDS = 2.0


def timed(run: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def spread(t: list[float]) -> str:
    return f"{statistics.median(t):6.3f} s  ({min(t):.3f}-{max(t):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--homes", type=int, default=200)
    parser.add_argument("--checked", type=int, default=5, help="homes timed with the check")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    start = time.perf_counter()
    built = homes(args.homes, args.seed)
    print(f"{len(built)} homes built in {time.perf_counter() - start:.1f} s; the year {PERIOD}")

    def report(monthly: bool) -> Callable[[], object]:
        def run() -> object:
            found = [home_report(h, PERIOD, findings=False, monthly=monthly) for h in built]
            return render_report(roll_up(found, name="示例县"))

        return run

    runs: dict[str, Callable[[], object]] = {
        "figures": lambda: [figures(h, PERIOD) for h in built],
        "report": report(False),
        "report, monthly": report(True),
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    for r in range(args.rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            times[name].append(timed(runs[name]))

    print(f"\n{len(built)} homes, a year, {args.rounds} rounds (median, min-max):")
    for name, t in times.items():
        line = f"  {name:<16} {spread(t)}"
        if name != "figures":
            ratios = [a / b for a, b in zip(t, times["figures"], strict=True)]
            line += f"  x{statistics.median(ratios):.2f} the figures"
            line += f" ({min(ratios):.2f}-{max(ratios):.2f})"
        if name == "report" and statistics.median(t) > AIM_SECONDS:
            line += f"  over the aim of {AIM_SECONDS} s"
        print(line)

    few = built[: args.checked]
    checked = [
        timed(lambda: [home_report(h, PERIOD, findings=True) for h in few])
        for _ in range(max(1, args.rounds // 2))
    ]
    per_home = [t / len(few) for t in checked]
    print(
        f"\nwith the findings open (check on {PERIOD.last}), {len(few)} homes:"
        f" {statistics.median(per_home):.3f} s a home ({min(per_home):.3f}-{max(per_home):.3f});"
        f" {len(built)} homes about {statistics.median(per_home) * len(built):.0f} s"
    )
    one = home_report(built[0], PERIOD)
    print(
        f"  (one home: {sum(f.count for f in one.findings)} findings open,"
        f" {one.open_findings(lb.rules.Severity.ERROR)} errors)"
    )


if __name__ == "__main__":
    main()
