"""``left-behind plan``: a home's programmes as dated sessions, and the plan's conflicts."""

from __future__ import annotations

import argparse
from collections import Counter

from left_behind.cli._common import (
    FINDINGS,
    OK,
    Failure,
    add_policy_argument,
    add_register_arguments,
    date_line,
    exit_words,
    load_register,
    output_style,
    parse_date,
    read_policy,
    usage_error,
    write,
    write_json,
)
from left_behind.cli._files import add_force_argument, write_out
from left_behind.cli._lang import say, words
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from typing import Any

    from left_behind.cli._common import Commands
    from left_behind.kinds import Lang
    from left_behind.model import Plan
    from left_behind.rules import Report

__all__ = ["register", "render_plan", "run"]

_SAMPLE_TERM = ("2026-09-01", "2027-01-15")

_DESCRIPTION = Text(
    """\
把家园的每个活动项目从 --from 到 --to 展开为有日期的场次（中国标准时间），限于各类
日子的开放时间之内，并检查计划：活动室、带领人和儿童同时出现在两处、容量、成人与
儿童的比例、当天的资质和背景审查、参加资格、照护人、费用和安全讲座。取消或调整的
场次（节假日、闭园、开放时间）列出原因；国务院通知尚未确定的日子上的场次标为待定。

家园是 left_behind.to_json 写出的 JSON 文件（FILE，或 - 表示标准输入），或用
--sample 使用合成的示例家园。
""",
    """\
Expand every programme of a home into dated sessions (China Standard Time)
from --from to --to, inside the home's opening hours for each kind of day,
and check the plan: rooms, facilitators and children in two places at once,
capacity, adults per child, qualifications and background checks on the
day, eligibility, carers, fees and safety lectures. Sessions dropped or
moved (holidays, closures, hours) are listed with the reason; a session on
a date no State Council notice settles yet is marked provisional.

The home is a JSON file as written by left_behind.to_json (FILE, or - for
standard input), or the synthetic sample home with --sample.
""",
)

_EPILOG = Text(
    f"""\
用 --sample 时，--from 和 --to 默认为示例县的秋季学期，{_SAMPLE_TERM[0]} 至
{_SAMPLE_TERM[1]}；读 FILE 时两者都必须给出。

--format json 写出场次、取消或调整的场次和检查结果（按 left_behind.to_json 写出
报告的方式）。
""",
    f"""\
With --sample, --from and --to default to the sample county's autumn term,
{_SAMPLE_TERM[0]} to {_SAMPLE_TERM[1]}; with a FILE both are required.

--format json writes the sessions, the sessions dropped or moved and the
findings (as left_behind.to_json writes a report).
""",
)

_ERRORS = Text(
    f"{FINDINGS} 至少有一条检查结果是错误（没有则为 {OK}）。",
    f"{FINDINGS} at least one finding is an error ({OK} when none is).",
)

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
        description=say(_DESCRIPTION),
        epilog=say(_EPILOG) + "\n" + exit_words(_ERRORS),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(
        parser,
        on_help=words(
            "plan 不用它：场次带有自己的日期", "not used by plan: the sessions carry their dates"
        ),
    )
    parser.add_argument(
        "--from",
        dest="start",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help=words("第一天", "the first day"),
    )
    parser.add_argument(
        "--to",
        dest="end",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help=words("最后一天", "the last day"),
    )
    add_policy_argument(parser)
    parser.add_argument(
        "--ics",
        metavar="OUT",
        help=words(
            "同时把计划写成 iCalendar 文件（需要 ics 扩展）",
            "also write the plan as an iCalendar file (needs the ics extra)",
        ),
    )
    add_force_argument(parser, "OUT")
    parser.add_argument(
        "--child",
        metavar="ID",
        help=words("与 --ics 一起：只写一个儿童的场次", "with --ics: one child's sessions only"),
    )
    parser.add_argument(
        "--facilitator",
        metavar="ID",
        help=words(
            "与 --ics 一起：只写一位带领人的场次", "with --ics: one facilitator's sessions only"
        ),
    )
    parser.set_defaults(run=run, parser=parser)


def _count(template: str, n: int) -> str:
    """``n`` sessions as the language says it: "1 session", "2 sessions", "共 2 场"."""
    return template.format(n=n, s="" if n == 1 else "s")


def render_plan(p: Plan, report: Report, lang: Lang = "zh") -> str:
    """The plan as text: the counts, the timetable week by week, what was dropped or moved,
    the programmes without sessions and the findings."""
    from left_behind.planning import planning_rules, timetable
    from left_behind.rules import render_report

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
    from left_behind.io import to_dict
    from left_behind.planning import SHANGHAI

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
    from left_behind.planning import check_plan, plan
    from left_behind.rules import Severity

    if args.sample:
        args.start = args.start or parse_date(_SAMPLE_TERM[0])
        args.end = args.end or parse_date(_SAMPLE_TERM[1])
    if args.start is None or args.end is None:
        usage_error(
            args,
            Text(
                "请给出要计划的日子：--from YYYY-MM-DD --to YYYY-MM-DD",
                "give the days to plan: --from YYYY-MM-DD --to YYYY-MM-DD",
            ),
        )
    if args.end < args.start:
        usage_error(
            args,
            Text(
                f"--to {args.end} 早于 --from {args.start}",
                f"--to {args.end} is before --from {args.start}",
            ),
        )
    policy = read_policy(args)
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
    from left_behind.io import plan_to_ics

    try:
        data = plan_to_ics(made, child=args.child, facilitator=args.facilitator)
    except ImportError as e:
        raise Failure("missing-extra", [Text(f"缺少可选依赖：{e}", str(e))]) from None
    write_out(args.ics, data, overwrite=args.force, lang=args.lang)
