"""``left-behind check``: every rule broken in a register, child by child."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from left_behind import samples
from left_behind.cli._common import (
    add_register_arguments,
    load_register,
    read_document,
    utf8_safe,
    write,
)
from left_behind.io import Style, to_dict
from left_behind.rules import Policy, Report, Severity, check, default_rules, render_report

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["register", "run"]

_DESCRIPTION = """\
Check a register against every rule of law and policy on a date and print
the findings, grouped by child and severity, then the counts.

The register is a JSON file as written by left_behind.to_json (FILE, or -
for standard input), or the synthetic sample register with --sample.
"""

_EPILOG = f"""\
--on defaults to today (China Standard Time) for a FILE; with --sample, to
the day the sample describes, {samples.REFERENCE_DATE}.

exit status: 0 no error-severity finding; 1 at least one error-severity
finding; 2 a bad command line, or a file that cannot be read or is not a
valid register or policy (each problem is printed on its own line).
"""


def register(commands: Commands) -> None:
    """Add the ``check`` subcommand to the command line."""
    parser = commands.add_parser(
        "check",
        help="every rule broken in a register, child by child",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(parser, on_help="the date of the check (see below for the default)")
    parser.add_argument(
        "--policy",
        metavar="FILE",
        help="the county's or home's policy settings as JSON (- for stdin)",
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="RULE",
        help="switch a rule off by its id (repeatable)",
    )
    parser.set_defaults(run=run, parser=parser)


def _as_json(report: Report, style: Style) -> str:
    data: dict[str, Any] = to_dict(report, style=style)
    counts = {s.value: n for s, n in report.by_severity().items()}
    data["ok"] = report.ok
    data["counts"] = {
        ("by_severity" if style == "snake" else "bySeverity"): counts,
        ("by_rule" if style == "snake" else "byRule"): report.by_rule(),
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def run(args: argparse.Namespace) -> int:
    """Check what ``args`` asks for and print the findings."""
    rules = default_rules()
    try:
        rules = rules.without(*args.skip)
    except KeyError as e:
        args.parser.error(str(e.args[0]))
    policy = (
        Policy() if args.policy is None else read_document(args.policy, Policy, style=args.style)
    )
    reg, on = load_register(args)
    report = check(reg, on=on, policy=policy, rules=rules)
    if args.format == "json":
        utf8_safe(sys.stdout, force=True)
        write(_as_json(report, args.style))
    else:
        write(render_report(report, lang=args.lang, title=reg.name))
    return 0 if report.count(Severity.ERROR) == 0 else 1
