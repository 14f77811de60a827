"""How long checking a big register takes, next to loading it.

Builds a synthetic register of 30,000 children, each with a year of contact
logs (the sample village's children, copied under new ids), writes it as
JSON, then times loading it with ``from_json`` and checking it with
``check``. The project's aim: checking costs no more than loading; that
ratio comes from paired rounds (see ``paired`` in ``bench_load.py``).

Run: ``python benchmarks/bench_check.py [--children N] [--repeat R]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import attrs
from bench_load import paired

import left_behind as lb


def build(n: int) -> lb.Register:
    """A register of ``n`` children: the sample's, repeated under new ids."""
    base = lb.samples.shicun().children
    children = tuple(attrs.evolve(base[i % len(base)], id=f"B-{i:06d}") for i in range(n))
    return lb.Register(name="benchmark", children=children)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` runs of ``fn``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=30_000, help="children (default 30000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing (default 3)")
    args = parser.parse_args()

    register = build(args.children)
    text = lb.to_json(register)
    contacts = sum(len(c.contacts) for c in register.children)
    on = lb.samples.REFERENCE_DATE
    print(
        f"{args.children:,} children, {contacts:,} contact events, {len(text) / 1e6:.1f} MB of JSON"
    )

    load = timed(lambda: lb.from_json(text, lb.Register), args.repeat)
    report = lb.check(register, on=on)
    check = timed(lambda: lb.check(register, on=on), args.repeat)
    risk = timed(lambda: [lb.assess_risk(c, on=on) for c in register.children], args.repeat)

    def row(name: str, times: list[float]) -> None:
        per = min(times) / args.children * 1e6
        print(
            f"  {name:<22} best {min(times):7.2f} s  median {statistics.median(times):7.2f} s"
            f"  {per:8.1f} µs/child"
        )

    row("load (from_json)", load)
    row("check (all rules)", check)
    row("risk (assess_risk)", risk)
    ratios = paired(
        lambda: lb.check(register, on=on), lambda: lb.from_json(text, lb.Register), args.repeat
    )
    print(
        f"  findings: {len(report.findings):,}  check / load = {statistics.median(ratios):.2f}"
        f" (median of {args.repeat} paired rounds, {min(ratios):.2f}-{max(ratios):.2f})"
    )


if __name__ == "__main__":
    main()
