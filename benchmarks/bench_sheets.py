"""Import and export of a big census roster (花名册), next to the spreadsheet library alone.

Builds a roster of 100,000 synthetic children (one row each, the columns the
library writes) in which one row in ten is bad the ways people make them bad
(a phone turned into 1.38E+10, a date that does not exist, a blank name, a
sex nobody declared), writes it as xlsx and csv, and times:

- import of each file with ``left_behind.sheets.import_register``, paired
  with reading the same file with the spreadsheet reader alone (python-calamine
  for xlsx, the ``csv`` module for csv): the ratio says what the records cost;
- export of the 90,000 good children to each format, paired with writing the
  same cells with the writer alone (xlsxwriter, ``csv``).

Each timing runs in rounds, ours and theirs back to back and in turn first
(as ``paired`` in bench_load.py does); figures are the median with min-max. The
peak memory of one import and one export of each file is measured in a fresh
process each (its ``ru_maxrss``), so that no run pays for another's.
The project's aim: at most 5 s each, under 500 MB.

Run: ``python benchmarks/bench_sheets.py [--rows N] [--rounds R]``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import io
import multiprocessing
import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from left_behind import sheets
from left_behind.kinds import id_check_character
from left_behind.sheets._files import write_csv, write_xlsx
from left_behind.sheets._roster import ROSTER, write_roster

SURVEY = {"county": "示例县", "township": "示例镇", "since": dt.date(2026, 9, 1)}


def _id_number(birth: dt.date, serial: int) -> str:
    first17 = f"990101{birth:%Y%m%d}{serial:03d}"
    return first17 + id_check_character(first17)


def roster_rows(n: int) -> tuple[list[str], list[list[Any]]]:
    """The headers and ``n`` rows of a synthetic roster, one in ten bad."""
    headers = [c.header for c in ROSTER]
    at = {c.header: i for i, c in enumerate(ROSTER)}
    rows = []
    for i in range(n):
        birth = dt.date(2010 + i % 12, 1 + i % 12, 1 + i % 28)
        male = i % 2 == 0
        row: list[Any] = [""] * len(headers)
        values = {
            "儿童编号": f"R-{i:06d}",
            "姓名": f"儿童{i:06d}",
            "性别": "男" if male else "女",
            "出生日期": birth.strftime("%Y/%-m/%-d") if i % 3 else birth,
            "身份证号": _id_number(birth, (i % 400) * 2 + (1 if male else 0)),
            "村": f"第{i % 40 + 1}村",
            "就学情况": "小学四年级",
            "父亲姓名": f"父亲{i:06d}",
            "父亲联系电话": f"139{i:08d}",
            "父亲状况": "外出务工",
            "父亲务工省份": "广东省",
            "母亲姓名": f"母亲{i:06d}",
            "母亲状况": "外出务工",
            "监护类型": "祖父母",
            "委托监护人姓名": f"祖辈{i:06d}",
            "与儿童关系": "祖父母",
            "委托监护人出生日期": "1955.6.1",
            "委托监护人联系电话": f"138{i:08d}",
        }
        if i % 10 == 9:  # the bad tenth, four ways in turn
            bad = (i // 10) % 4
            if bad == 0:
                values["父亲联系电话"] = "1.38E+10"
            elif bad == 1:
                values["出生日期"] = "2015/2/30"
            elif bad == 2:
                values["姓名"] = " "
            else:
                values["性别"] = "未知"
        for header, value in values.items():
            row[at[header]] = value
        rows.append(row)
    return headers, rows


def timed(fn: Callable[[], object], rounds: int) -> list[float]:
    """Seconds of each of ``rounds`` runs."""
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def spread(xs: list[float], unit: str = "s") -> str:
    """Median (min-max)."""
    return f"{statistics.median(xs):.2f} {unit} ({min(xs):.2f}-{max(xs):.2f})"


def calamine_alone(data: bytes) -> object:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return [book.get_sheet_by_name(n).to_python() for n in book.sheet_names]


def csv_alone(data: bytes) -> object:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _peak(job: str, data: bytes, fmt: str, queue: Any) -> None:
    if job == "import":
        sheets.import_register(data, name=f"roster.{fmt}", **SURVEY)
    else:
        register = sheets.import_register(data, name=f"roster.{fmt}", **SURVEY).document
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        sheets.export_register(register, format=fmt, layout="roster")
        queue.put(before)
    queue.put(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def peak_mb(job: str, data: bytes, fmt: str) -> float:
    """Peak resident memory (MB) of a fresh process doing ``job`` on the file."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    p = ctx.Process(target=_peak, args=(job, data, fmt, queue))
    p.start()
    values = [queue.get() for _ in range(2 if job == "export" else 1)]
    p.join()
    return values[-1] / 1024  # Linux gives KiB


def paired_times(
    ours: Callable[[], object], theirs: Callable[[], object], rounds: int
) -> tuple[list[float], list[float], list[float]]:
    """Seconds of ours and of theirs, back to back and in turn first, and their ratios."""
    mine, other = [], []
    for r in range(rounds):
        order = (ours, theirs) if r % 2 == 0 else (theirs, ours)
        spent = []
        for fn in order:
            gc.collect()
            start = time.perf_counter()
            fn()
            spent.append(time.perf_counter() - start)
        a, b = spent if r % 2 == 0 else spent[::-1]
        mine.append(a)
        other.append(b)
    return mine, other, [a / b for a, b in zip(mine, other, strict=True)]


def bench(fmt: str, data: bytes, headers: list[str], rounds: int) -> None:
    """Print the figures of one file."""
    name = f"roster.{fmt}"
    result = sheets.import_register(data, name=name, **SURVEY)
    register = result.document
    print(
        f"\n{fmt}: {len(data) / 1e6:.1f} MB; {len(register.children):,} children in,"
        f" {result.refused:,} rows refused"
    )
    alone = calamine_alone if fmt == "xlsx" else csv_alone
    ours, theirs, ratio = paired_times(
        lambda: sheets.import_register(data, name=name, **SURVEY), lambda: alone(data), rounds
    )
    print(
        f"  import  {spread(ours)}; the reader alone {spread(theirs)}; ratio {spread(ratio, 'x')}"
    )
    cells = write_roster(register)[2]

    def writer_alone() -> object:
        if fmt == "csv":
            return write_csv(headers, cells)
        return write_xlsx([("花名册", headers, cells)])

    ours, theirs, ratio = paired_times(
        lambda: sheets.export_register(register, format=fmt, layout="roster"),  # type: ignore[arg-type]
        writer_alone,
        rounds,
    )
    print(
        f"  export  {spread(ours)}; the writer alone {spread(theirs)}; ratio {spread(ratio, 'x')}"
    )
    print(
        f"  peak memory: import {peak_mb('import', data, fmt):.0f} MB,"
        f" import then export {peak_mb('export', data, fmt):.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="roster rows (default 100000)")
    parser.add_argument("--rounds", type=int, default=3, help="paired rounds (default 3)")
    parser.add_argument("--format", choices=("xlsx", "csv"), action="append", help="(default both)")
    args = parser.parse_args()

    headers, rows = roster_rows(args.rows)
    print(f"{args.rows:,} roster rows, one in ten bad; {args.rounds} paired rounds each")
    for fmt in args.format or ("xlsx", "csv"):
        if fmt == "xlsx":
            data = write_xlsx([("花名册", headers, rows)])
        else:
            text_rows = [[v.isoformat() if isinstance(v, dt.date) else v for v in r] for r in rows]
            data = write_csv(headers, text_rows)
        bench(fmt, data, headers, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
