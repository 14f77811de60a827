"""``left-behind check``: every rule broken in a register, child by child."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from left_behind import samples
from left_behind.cli._common import (
    EXIT_STATUSES,
    FINDINGS,
    OK,
    add_register_arguments,
    date_line,
    input_style,
    load_register,
    output_style,
    read_document,
    today,
    write,
    write_json,
)
from left_behind.cli._stream import add_stream_arguments
from left_behind.io import to_dict
from left_behind.rules import Policy, RuleSet, Severity, check, default_rules, render_report

if TYPE_CHECKING:
    from left_behind.cli._common import Commands
    from left_behind.model import Home

__all__ = ["register", "run"]

_DESCRIPTION = """\
Check a register against every rule of law and policy on a date and print
the counts by severity and by rule, then the findings: errors first, then
warnings, each grouped by child (or volunteer, pairing, home).

The register is a JSON file as written by left_behind.to_json (FILE, or -
for standard input), or the synthetic sample register with --sample.
"""

_EPILOG = f"""\
--on defaults to today (China Standard Time) for a FILE; with --sample, to
the day the sample describes, {samples.REFERENCE_DATE}.

The text output names each rule by its title and the field at fault in
words; --format json writes the report as left_behind.to_json does (ids,
paths, each legal source once), which left_behind.from_json reads back.

--severity, --rule and --child keep only the findings that match (all that
are given); the counts and the exit status are those of what is kept.

{FINDINGS} at least one finding is an error (0 when none is).
{EXIT_STATUSES}
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
    parser.add_argument(
        "--severity",
        choices=[s.value for s in Severity],
        help="only the findings of this severity",
    )
    parser.add_argument("--rule", metavar="RULE", help="only the findings of this rule (its id)")
    parser.add_argument(
        "--child", metavar="ID", help="only the findings of this child (or other subject), by id"
    )
    add_stream_arguments(parser)
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Check what ``args`` asks for and print the findings."""
    rules = default_rules()
    try:
        rules = rules.without(*args.skip)
    except KeyError as e:
        args.parser.error(str(e.args[0]))
    policy = (
        Policy()
        if args.policy is None
        else read_document(args.policy, Policy, style=input_style(args), lang=args.lang)
    )
    if args.rule is not None and args.rule not in {r.id for r in rules}:
        # an empty report would read as "no findings": say the id names no rule
        args.parser.error(f"--rule: no rule in the check has the id {args.rule!r}")
    from left_behind.cli._stream import run_check, streamed

    if streamed(args):
        args.policy_read = policy
        return run_check(args, lambda home: _run(args, home, args.on or today(), rules, policy))
    reg, on = load_register(args)
    return _run(args, reg, on, rules, policy)


def _run(args: argparse.Namespace, reg: Home, on: dt.date, rules: RuleSet, policy: Policy) -> int:
    style = output_style(args)
    report = check(reg, on=on, policy=policy, rules=rules, style=style)
    if args.child is not None:
        ids = {c.id for c in reg.children}
        ids |= {p.id for p in (*reg.staff, *reg.volunteers)} | {p.id for p in reg.pairings}
        if args.child not in ids:
            # an empty report would read as "no findings": say the id names nobody
            args.parser.error(f"--child: no child (or person, pairing) has the id {args.child!r}")
    report = report.filter(
        severity=None if args.severity is None else Severity(args.severity),
        rule_id=args.rule,
        subject_id=args.child,
    )
    if args.format == "json":
        write_json(to_dict(report, style=style))
    else:
        write(
            date_line(args, on)
            + "\n"
            + render_report(report, lang=args.lang, title=reg.name, rules=rules)
        )
    return OK if report.count(Severity.ERROR) == 0 else FINDINGS
