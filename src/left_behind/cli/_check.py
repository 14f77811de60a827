"""``left-behind check``: every rule broken in a register, child by child."""

from __future__ import annotations

import argparse

from left_behind.cli._common import (
    FINDINGS,
    OK,
    add_policy_argument,
    add_register_arguments,
    date_line,
    exit_words,
    load_register,
    on_default_words,
    output_style,
    read_policy,
    today,
    usage_error,
    write,
    write_json,
)
from left_behind.cli._lang import say, words
from left_behind.cli._stream import add_stream_arguments
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    import datetime as dt

    from left_behind.cli._common import Commands
    from left_behind.model import Home
    from left_behind.rules import Policy, RuleSet

__all__ = ["register", "run"]

_DESCRIPTION = Text(
    """\
按某日的每条法律和政策规则检查登记册，先列出按严重程度和按规则的计数，再列出
检查结果：先错误，后警告，各按儿童（或志愿者、结对、家园）分组。

登记册是 left_behind.to_json 写出的 JSON 文件（FILE，或 - 表示标准输入），或用
--sample 使用合成的示例登记册。
""",
    """\
Check a register against every rule of law and policy on a date and print
the counts by severity and by rule, then the findings: errors first, then
warnings, each grouped by child (or volunteer, pairing, home).

The register is a JSON file as written by left_behind.to_json (FILE, or -
for standard input), or the synthetic sample register with --sample.
""",
)

_EPILOG = Text(
    """\
文字输出用标题称呼每条规则，用文字写出出错的字段；--format json 按
left_behind.to_json 的方式写出报告（id、路径，每个法律依据一次），
left_behind.from_json 可以读回。

--severity、--rule 和 --child 只保留符合（所给的全部）条件的检查结果；计数和退出
状态按保留下来的计算。
""",
    """\
The text output names each rule by its title and the field at fault in
words; --format json writes the report as left_behind.to_json does (ids,
paths, each legal source once), which left_behind.from_json reads back.

--severity, --rule and --child keep only the findings that match (all that
are given); the counts and the exit status are those of what is kept.
""",
)

_ERRORS = Text(
    f"{FINDINGS} 至少有一条检查结果是错误（没有则为 {OK}）。",
    f"{FINDINGS} at least one finding is an error ({OK} when none is).",
)

SEVERITIES = ("error", "warning", "info")
"""The values of ``--severity``: those of :class:`~left_behind.rules.Severity` (a test
keeps them equal), written here so that ``--help`` does not load the rules."""


def register(commands: Commands) -> None:
    """Add the ``check`` subcommand to the command line."""
    parser = commands.add_parser(
        "check",
        description=say(_DESCRIPTION),
        epilog=on_default_words() + "\n\n" + say(_EPILOG) + "\n" + exit_words(_ERRORS),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(
        parser,
        on_help=words(
            "检查的日期（默认值见下）", "the date of the check (see below for the default)"
        ),
    )
    add_policy_argument(parser)
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="RULE",
        help=words("按 id 关闭一条规则（可重复）", "switch a rule off by its id (repeatable)"),
    )
    parser.add_argument(
        "--severity",
        choices=SEVERITIES,
        help=words("只保留这一严重程度的检查结果", "only the findings of this severity"),
    )
    parser.add_argument(
        "--rule",
        metavar="RULE",
        help=words("只保留这条规则（按 id）的检查结果", "only the findings of this rule (its id)"),
    )
    parser.add_argument(
        "--child",
        metavar="ID",
        help=words(
            "只保留这个儿童（或其他对象，按 id）的检查结果",
            "only the findings of this child (or other subject), by id",
        ),
    )
    add_stream_arguments(parser)
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Check what ``args`` asks for and print the findings."""
    from left_behind.cli._stream import run_check, streamed
    from left_behind.rules import default_rules

    rules = default_rules()
    try:
        rules = rules.without(*args.skip)
    except KeyError as e:
        usage_error(args, Text.same(str(e.args[0])))
    policy = read_policy(args)
    if args.rule is not None and args.rule not in {r.id for r in rules}:
        # an empty report would read as "no findings": say the id names no rule
        usage_error(
            args,
            Text(
                f"--rule：检查中没有 id 为 {args.rule!r} 的规则",
                f"--rule: no rule in the check has the id {args.rule!r}",
            ),
        )
    if streamed(args):
        args.policy_read = policy
        return run_check(args, lambda home: _run(args, home, args.on or today(), rules, policy))
    reg, on = load_register(args)
    return _run(args, reg, on, rules, policy)


def _run(args: argparse.Namespace, reg: Home, on: dt.date, rules: RuleSet, policy: Policy) -> int:
    from left_behind.io import to_dict
    from left_behind.rules import Severity, check, render_report

    style = output_style(args)
    report = check(reg, on=on, policy=policy, rules=rules, style=style)
    if args.child is not None:
        ids = {c.id for c in reg.children}
        ids |= {p.id for p in (*reg.staff, *reg.volunteers)} | {p.id for p in reg.pairings}
        if args.child not in ids:
            # an empty report would read as "no findings": say the id names nobody
            usage_error(
                args,
                Text(
                    f"--child：没有 id 为 {args.child!r} 的儿童（或人员、结对）",
                    f"--child: no child (or person, pairing) has the id {args.child!r}",
                ),
            )
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
