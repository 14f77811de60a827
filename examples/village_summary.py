"""Print a register's figures the way the township reports write them.

    python examples/village_summary.py                    # the synthetic sample register
    python examples/village_summary.py register.json      # a register written by to_json
    python examples/village_summary.py register.json 2026-09-01

Without a date, the figures are for the day the sample describes (for the
sample) or for today (for a file).
"""

from __future__ import annotations

import datetime as dt
import sys

import left_behind as lb
from left_behind.stats import percent_of

GRANDPARENTS = (
    lb.model.GuardianshipType.PATERNAL_GRANDPARENTS,
    lb.model.GuardianshipType.MATERNAL_GRANDPARENTS,
)
ONE_PARENT = (lb.model.GuardianshipType.FATHER_ONLY, lb.model.GuardianshipType.MOTHER_ONLY)
RELATIVES = (lb.model.GuardianshipType.ELDER_SIBLING, lb.model.GuardianshipType.OTHER_RELATIVES)


def report(summary: lb.Summary) -> str:
    """A few sentences in the reports' style: counts with their shares."""

    def share(*keys: lb.model.GuardianshipType | lb.model.ChildStatus) -> str:
        count = sum(summary.count(k) for k in keys)
        return f"{count} 名（{percent_of(count, summary.total)}%）"

    left_behind = lb.model.ChildStatus.LEFT_BEHIND
    unsupported = lb.model.ChildStatus.DE_FACTO_UNSUPPORTED
    ages = "，".join(f"{r.band.label()} {r.count} 名" for r in summary.by_age_band)
    on = summary.on
    lines = [
        f"{summary.register or '登记册'}（截至 {on.year}年{on.month}月{on.day}日）：",
        f"登记儿童 {summary.total} 名，其中留守儿童 {share(left_behind)}，"
        f"事实无人抚养儿童 {share(unsupported)}。",
        f"与祖父母、外祖父母生活的 {share(*GRANDPARENTS)}，"
        f"与父母一方生活的 {share(*ONE_PARENT)}，"
        f"寄养在兄姐或其他亲属家中的 {share(*RELATIVES)}。",
        f"按年龄：{ages}。",
    ]
    if summary.no_arrangement:
        lines.append(f"另有 {summary.no_arrangement} 名儿童未登记照护安排，请补录。")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        on = dt.date.fromisoformat(argv[1]) if len(argv) == 2 else None
    except ValueError:
        print(f"not a date (YYYY-MM-DD): {argv[1]}", file=sys.stderr)
        return 2
    if argv:
        try:
            with open(argv[0], "rb") as f:
                register = lb.from_json(f.read(), lb.Register)
        except OSError as e:
            print(f"{argv[0]}: {e.strerror}", file=sys.stderr)
            return 2
        except lb.InvalidData as e:
            for problem in e.problems:
                print(f"{argv[0]}: {problem}", file=sys.stderr)
            return 2
        on = on or dt.date.today()
    else:
        register = lb.samples.shicun()
        on = on or lb.samples.REFERENCE_DATE
    print(report(lb.summarize(register, on=on)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
