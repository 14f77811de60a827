"""How long the command line takes to start, next to a bare interpreter.

A script that prints figures, not a test: run it by hand on a quiet machine.

    python benchmarks/bench_startup.py              # 40 rounds
    python benchmarks/bench_startup.py --rounds 15  # a quick look

Each round runs every command once, as a new process, in an order rotated
from round to round (so that no command always runs first, when the disk
cache is coldest, or last): a bare ``python -c pass``, ``left-behind
--help``, ``python -c "import left_behind"`` and ``left-behind check`` of a
file that holds one child (written from the synthetic template). The
command line is run as the installed script runs it: ``from
left_behind.cli import main``, nothing more.

It prints, in milliseconds, each command's median with its min-max, and the
median over the rounds of each command's time divided by the bare
interpreter's in the same round: the paired ratio, which a busy machine
disturbs less than the times themselves.

The commands run with their bytecode cached, as an installed package runs:
in a temporary ``PYTHONPYCACHEPREFIX`` that the warm-up rounds fill, even
where ``PYTHONDONTWRITEBYTECODE`` is set.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

_SCRIPT = "import sys; from left_behind.cli import main; sys.exit(main(sys.argv[1:]))"


def _commands(child: str) -> dict[str, list[str]]:
    py = sys.executable
    return {
        "python -c pass": [py, "-c", "pass"],
        "left-behind --help": [py, "-c", _SCRIPT, "--help"],
        "import left_behind": [py, "-c", "import left_behind"],
        "check of one child": [py, "-c", _SCRIPT, "check", child, "--on", "2026-09-01"],
    }


def _once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env
    )
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):  # check exits 1 when it finds an error
        raise SystemExit(f"{argv[2:]} failed with exit status {done.returncode}")
    return took * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40, help="rounds of every command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        child = str(pathlib.Path(tmp) / "child.json")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"LANG": "C", "PYTHONPYCACHEPREFIX": str(pathlib.Path(tmp) / "pycache")}
        subprocess.run(
            [sys.executable, "-c", _SCRIPT, "template", "--document", "child", child],
            check=True,
            env=env,
        )
        commands = _commands(child)
        names = list(commands)
        times: dict[str, list[float]] = {name: [] for name in names}
        for _ in range(3):  # warm the disk cache and the bytecode
            for name in names:
                _once(commands[name], env)
        for r in range(args.rounds):
            order = names[r % len(names) :] + names[: r % len(names)]
            for name in order:
                times[name].append(_once(commands[name], env))
    bare = times["python -c pass"]
    print(f"Python {sys.version.split()[0]}, {args.rounds} rounds, milliseconds")
    print(f"{'command':<22} {'median':>7} {'min-max':>15} {'x bare (paired median)':>24}")
    for name in names:
        ts = times[name]
        ratio = statistics.median(t / b for t, b in zip(ts, bare, strict=True))
        spread = f"{min(ts):.1f}-{max(ts):.1f}"
        print(f"{name:<22} {statistics.median(ts):7.1f} {spread:>15} {ratio:24.2f}")


if __name__ == "__main__":
    main()
