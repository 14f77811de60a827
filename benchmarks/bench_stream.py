"""Time and peak memory of ``summary`` and ``check`` on big registers: whole, streamed, 2 jobs.

Generates registers of ``bench_load.py``'s kind (synthetic children with parents'
situations, care histories, carers, contacts, consents) once into a temporary
folder, a child at a time (so a big one never sits in this process's memory),
as one JSON document and as JSON Lines. Then, for each size, each round runs
every way of reading as its own process, in an order that turns round each round
(paired, interleaved: every way sees the machine's same moments), and takes
its wall time and its peak resident memory (``ru_maxrss`` of the child
process). It prints the median of the rounds with their min-max.

The ways: the document read whole (``--stream`` not given, the file below
the size the commands stream from, or forced whole here with a large
threshold), the same document streamed (``--stream``), JSON Lines on one
process, JSON Lines on two (``--jobs 2``).

Run: ``python benchmarks/bench_stream.py [--sizes 20000 200000] [--rounds 3]
[--whole-up-to 20000]``; the whole document is only read up to
``--whole-up-to`` children (200,000 read whole take about 4 GB).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_load import make_child

import left_behind as lb
from left_behind.samples import synthetic

SRC = str(Path(__file__).resolve().parents[1] / "src")
ON = "2026-09-01"


def generate(n: int, folder: Path, seed: int = 20160214) -> tuple[Path, Path]:
    """``n`` children as a register document and as JSON Lines, written as they are made."""
    rng = random.Random(seed)
    name = synthetic.home(synthetic.RandomChooser(rng))
    document, lines = folder / f"register-{n}.json", folder / f"register-{n}.jsonl"
    header = {"schema_version": 1, "name": name}
    with open(document, "w", encoding="utf-8") as d, open(lines, "w", encoding="utf-8") as f:
        d.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "children": [')
        f.write(json.dumps({"register": header}, ensure_ascii=False) + "\n")
        for i in range(n):
            text = lb.to_json(make_child(i, rng))
            d.write((", " if i else "") + text)
            f.write(text + "\n")
        d.write("]}\n")
    return document, lines


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak megabytes of one command, run as a process of its own."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", _RUN, *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(argv)}")
    # ru_maxrss is in kilobytes on Linux; with --jobs, the largest of the processes
    return seconds, usage.ru_maxrss / 1024


# the command with a threshold the test sets: "whole" reads the document whole
_RUN = """
import sys
import left_behind.cli._stream as s
if sys.argv[1] == "whole":
    s.STREAM_FROM = 1 << 62
    del sys.argv[1]
from left_behind.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def spread(values: list[float], unit: str, digits: int = 1) -> str:
    return (
        f"{statistics.median(values):.{digits}f} {unit}"
        f" ({min(values):.{digits}f}-{max(values):.{digits}f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20000, 200000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--whole-up-to", type=int, default=20000)
    parser.add_argument("--commands", nargs="+", default=["summary", "check"])
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": SRC}
    with tempfile.TemporaryDirectory(prefix="bench-stream-") as scratch:
        for n in args.sizes:
            start = time.perf_counter()
            document, lines = generate(n, Path(scratch))
            print(
                f"{n:,} children: {document.stat().st_size / 1e6:,.0f} MB as JSON,"
                f" generated in {time.perf_counter() - start:.0f} s",
                flush=True,
            )
            ways = {
                "JSON whole": ["whole", str(document)],
                "JSON streamed": [str(document), "--stream"],
                "JSON Lines": [str(lines)],
                "JSON Lines --jobs 2": [str(lines), "--jobs", "2"],
            }
            if n > args.whole_up_to:
                del ways["JSON whole"]
            for command in args.commands:
                runs: dict[str, list[tuple[float, float]]] = {w: [] for w in ways}
                names = list(ways)
                for r in range(args.rounds):
                    order = names[r % len(names) :] + names[: r % len(names)]
                    for way in order if r % 2 == 0 else reversed(order):
                        given = ways[way]
                        head, rest = (given[:1], given[1:]) if given[0] == "whole" else ([], given)
                        argv = [*head, command, *rest, "--on", ON, "--quiet"]
                        runs[way].append(measure(argv, env))
                for way, found in runs.items():
                    seconds = [s for s, _ in found]
                    rate = [n / s for s in seconds]
                    print(
                        f"  {command:8} {way:20} {spread(seconds, 's')}"
                        f"  {spread([m for _, m in found], 'MB', 0)}"
                        f"  {spread(rate, 'children/s', 0)}",
                        flush=True,
                    )
                if "JSON Lines --jobs 2" in runs:
                    one = [s for s, _ in runs["JSON Lines"]]
                    two = [s for s, _ in runs["JSON Lines --jobs 2"]]
                    ratio = [a / b for a, b in zip(one, two, strict=True)]
                    print(
                        f"  {command:8} speed-up of 2 jobs over 1 (paired): {spread(ratio, 'x', 2)}"
                    )
            document.unlink()
            lines.unlink()


if __name__ == "__main__":
    main()
