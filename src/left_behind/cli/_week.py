"""``left-behind week``: the home's week, what a children's director opens on a Monday."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from left_behind.cli._common import (
    OK,
    add_register_arguments,
    date_line,
    exit_words,
    input_style,
    load_register,
    output_style,
    read_document,
    write,
    write_json,
)
from left_behind.cli._lang import words

if TYPE_CHECKING:
    from left_behind.agenda import Week
    from left_behind.cli._common import Commands

__all__ = ["register", "run"]


def _limit(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            words(f"不是行数：{text!r}", f"not a number of lines: {text!r}")
        ) from None
    if n < 1:
        raise argparse.ArgumentTypeError(words(f"至少一行，不是 {n}", f"at least 1, not {n}"))
    return n


def register(commands: Commands) -> None:
    """Add the ``week`` subcommand to the command line."""
    parser = commands.add_parser(
        "week",
        description=words(
            "一次看清家园这一周（--on 所在的周一至周日）：到周日为止逾期和到期的待办"
            "（走访、跟进事项、结对见面、背景审查、告知、联系），先要关注的儿童"
            "（有错误的在前，再是高风险的），给没有帮扶人的儿童建议的结对，"
            "从今天到周日还有的活动，以及本周预约的亲情通话。每部分只列前几项，"
            "并说明哪个命令能列出全部。",
            "The home's week (Monday to Sunday of --on) at a glance: what is overdue or"
            " falls due by Sunday (visits, follow-up tasks, pairing meetings, background"
            " checks, notices, contacts), the children who need action first (those with an"
            " error, then those at high risk), the pairings suggested for children without a"
            " mentor, the sessions still to come until Sunday and the calls booked with the"
            " parents this week. Each part lists its first lines and names the command that"
            " lists it whole.",
        ),
        epilog=words(
            "FILE 是 left_behind.to_json 写出的家园文件（- 表示标准输入），或用 --sample"
            " 取合成的示例家园。--on 对 FILE 默认是今天（北京时间），对 --sample 默认是示例"
            "所描述的那一天。--format json 写出每一部分的全部内容。这是一览，不是检查：有逾期的"
            "待办时也以 0 退出（check 和 due 以 1 退出）。",
            "FILE is a home as written by left_behind.to_json (- for standard input), or"
            " the synthetic sample home with --sample. --on defaults to today (China Standard"
            " Time) for a FILE and to the day the sample describes with --sample. --format json"
            " writes every part whole. It is a view, not a check: it exits with 0 when"
            " something is overdue too (check and due exit with 1).",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.epilog = f"{parser.epilog}\n\n{exit_words()}"
    add_register_arguments(
        parser, on_help=words("这一周中的一天（默认见下）", "a day of the week (see below)")
    )
    parser.add_argument(
        "--limit",
        type=_limit,
        default=5,
        metavar="N",
        help=words("每部分最多列几行（默认 5）", "at most this many lines a part (default: 5)"),
    )
    parser.add_argument(
        "--policy",
        metavar="FILE",
        help=words(
            "县或家园的政策设置，JSON 文件（- 表示标准输入）",
            "the county's or home's policy settings as JSON (- for stdin)",
        ),
    )
    parser.set_defaults(run=run, parser=parser)


def _as_json(w: Week, style: Any) -> dict[str, Any]:
    from left_behind.io import to_dict

    # the plan's sessions, not the plan: the plan repeats the whole home
    return {
        "home": w.home,
        "on": w.on.isoformat(),
        "first": w.first.isoformat(),
        "last": w.last.isoformat(),
        "due": to_dict(w.agenda, style=style),
        "attention": [to_dict(a, style=style) for a in w.attention],
        "suggestions": to_dict(w.suggestions, style=style),
        "sessions": [to_dict(s, style=style) for s in w.plan.sessions],
        "calls": to_dict(w.calls, style=style),
    }


def run(args: argparse.Namespace) -> int:
    """Gather the week ``args`` asks for and print it."""
    from left_behind.agenda import render_week, week
    from left_behind.rules import Policy

    policy = (
        Policy()
        if args.policy is None
        else read_document(args.policy, Policy, style=input_style(args), lang=args.lang)
    )
    home, on = load_register(args)
    try:
        made = week(home, on=on, policy=policy)
    except ValueError as e:  # a week past the calendar's last days
        args.parser.error(str(e))
    if args.format == "json":
        write_json(_as_json(made, output_style(args)))
    else:
        write(date_line(args, on) + "\n" + render_week(made, lang=args.lang, limit=args.limit))
    return OK
