"""``left-behind plan``: a home's programmes as dated sessions, and the plan's conflicts."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import TYPE_CHECKING, Any

from left_behind.cli._common import (
    EXIT_STATUSES,
    FINDINGS,
    OK,
    Failure,
    add_register_arguments,
    date_line,
    input_style,
    load_register,
    output_style,
    parse_date,
    read_document,
    write,
    write_json,
)
from left_behind.cli._files import add_force_argument, write_out
from left_behind.io import plan_to_ics, to_dict
from left_behind.kinds import Lang, Text
from left_behind.model import Plan
from left_behind.planning import SHANGHAI, check_plan, plan, planning_rules, timetable
from left_behind.rules import Policy, Report, Severity, render_report

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["register", "render_plan", "run"]

_SAMPLE_TERM = ("2026-09-01", "2027-01-15")

_DESCRIPTION = """\
Expand every programme of a home into dated sessions (China Standard Time)
from --from to --to, inside the home's opening hours for each kind of day,
and check the plan: rooms, facilitators and children in two places at once,
capacity, adults per child, qualifications and background checks on the
day, eligibility, carers, fees and safety lectures. Sessions dropped or
moved (holidays, closures, hours) are listed with the reason; a session on
a date no State Council notice settles yet is marked provisional.

The home is a JSON file as written by left_behind.to_json (FILE, or - for
standard input), or the synthetic sample home with --sample.
"""

_EPILOG = f"""\
With --sample, --from and --to default to the sample county's autumn term,
{_SAMPLE_TERM[0]} to {_SAMPLE_TERM[1]}; with a FILE both are required.

--format json writes the sessions, the sessions dropped or moved and the
findings (as left_behind.to_json writes a report).

{FINDINGS} at least one finding is an error (0 when none is).
{EXIT_STATUSES}
"""

_WORDS = {
    "zh": (
        "活动计划",
        "共 {n} 场",
        "待定（当年放假通知尚未发布）",
        "取消或调整",
        "冲突与问题",
        "没有活动的项目",
    ),
    "en": (
        "Plan",
        "{n} session{s}",
        "provisional (no holiday notice for the year yet)",
        "Dropped or moved",
        "Conflicts and problems",
        "Programmes without sessions",
    ),
}


def register(commands: Commands) -> None:
    """Add the ``plan`` subcommand to the command line."""
    parser = commands.add_parser(
        "plan",
        help="a home's programmes as dated sessions, with the plan's conflicts",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(parser, on_help="not used by plan: the sessions carry their dates")
    parser.add_argument(
        "--from", dest="start", type=parse_date, metavar="YYYY-MM-DD", help="the first day"
    )
    parser.add_argument(
        "--to", dest="end", type=parse_date, metavar="YYYY-MM-DD", help="the last day"
    )
    parser.add_argument(
        "--policy", metavar="FILE", help="the county's or home's policy settings as JSON"
    )
    parser.add_argument(
        "--ics",
        metavar="OUT",
        help="also write the plan as an iCalendar file (needs the ics extra)",
    )
    add_force_argument(parser, "OUT")
    parser.add_argument("--child", metavar="ID", help="with --ics: one child's sessions only")
    parser.add_argument(
        "--facilitator", metavar="ID", help="with --ics: one facilitator's sessions only"
    )
    parser.set_defaults(run=run, parser=parser)


def _count(template: str, n: int) -> str:
    """``n`` sessions as the language says it: "1 session", "2 sessions", "共 2 场"."""
    return template.format(n=n, s="" if n == 1 else "s")


def render_plan(p: Plan, report: Report, lang: Lang = "zh") -> str:
    """The plan as text: the counts, the timetable week by week, what was dropped or moved,
    the programmes without sessions and the findings."""
    head, sessions, provisional, changed, _, silent = _WORDS[lang]
    name = p.home.name or "home"
    lines = [f"{head}: {name} {p.first} - {p.last}", f"  {_count(sessions, len(p.sessions))}"]
    count = Counter(s.programme for s in p.sessions)
    names = {prog.id: prog.name for prog in p.home.programmes}
    for prog in p.home.programmes:
        if count[prog.id]:
            lines.append(f"  {prog.id} {names[prog.id]}: {_count(sessions, count[prog.id])}")
    late = [s for s in p.sessions if s.provisional]
    if late:
        lines.append(f"  {len(late)} {provisional}")
    lines += timetable(p, lang)
    if p.changes:
        lines += ["", changed]
        lines += [f"  {c.describe(lang)}" for c in p.changes]
    if p.notes:
        lines += ["", silent]
        lines += [f"  {n.describe(lang, names.get(n.programme, ''))}" for n in p.notes]
    lines += ["", render_report(report, lang=lang, title=name, rules=planning_rules())]
    return "\n".join(lines)


def _as_json(p: Plan, report: Report, style: Any) -> dict[str, Any]:
    data = {
        "home": p.home.name,
        "first": p.first.isoformat(),
        "last": p.last.isoformat(),
        "time_zone": str(SHANGHAI),
        "provisional": p.provisional,
        "sessions": [to_dict(s, style=style) for s in p.sessions],
        "changes": [to_dict(c, style=style) for c in p.changes],
        "notes": [to_dict(n, style=style) for n in p.notes],
        "report": to_dict(report, style=style),
    }
    if style == "camel":
        data["timeZone"] = data.pop("time_zone")
    return data


def run(args: argparse.Namespace) -> int:
    """Plan what ``args`` asks for, check it and print both."""
    if args.sample:
        args.start = args.start or parse_date(_SAMPLE_TERM[0])
        args.end = args.end or parse_date(_SAMPLE_TERM[1])
    if args.start is None or args.end is None:
        args.parser.error("give the days to plan: --from YYYY-MM-DD --to YYYY-MM-DD")
    if args.end < args.start:
        args.parser.error(f"--to {args.end} is before --from {args.start}")
    policy = (
        Policy()
        if args.policy is None
        else read_document(args.policy, Policy, style=input_style(args), lang=args.lang)
    )
    home, _ = load_register(args)
    # the plan is read on its first day, whatever --on says
    args.date_used = Text("计划的第一天", "the plan's first day")
    made = plan(home, start=args.start, end=args.end, policy=policy)
    report = check_plan(made, policy=policy)
    if args.ics is not None:
        _write_ics(args, made)
    if args.format == "json":
        write_json(_as_json(made, report, output_style(args)))
    else:
        write(date_line(args, args.start) + "\n" + render_plan(made, report, lang=args.lang))
    return OK if report.count(Severity.ERROR) == 0 else FINDINGS


def _write_ics(args: argparse.Namespace, made: Plan) -> None:
    """Write the plan (or one child's or facilitator's part of it) to ``--ics``."""
    try:
        data = plan_to_ics(made, child=args.child, facilitator=args.facilitator)
    except ImportError as e:
        raise Failure([str(e)]) from None
    write_out(args.ics, data, overwrite=args.force, lang=args.lang)
