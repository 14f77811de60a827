"""``left-behind calls``: the week's video calls with parents on the home's computers."""

from __future__ import annotations

import argparse

from left_behind.cli._common import (
    add_register_arguments,
    date_line,
    exit_words,
    load_register,
    output_style,
    parse_date,
    parse_int,
    write,
    write_json,
)
from left_behind.cli._lang import say, words
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["register", "run"]

_DESCRIPTION = Text(
    """\
为父母在外务工的每个儿童安排本周一次视频通话（《未成年人保护法》第二十三条：
至少每周联系一次），在家园开放时间内、父母所在时区的可通话时间内，使用家园的
电脑；然后列出未能安排的儿童及其原因。
""",
    """\
Book one video call this week for each child whose parents work away (MPL
art. 23: contact at least weekly), inside the home's hours and the parents'
own hours in their time zones, on the home's computers; then list each child
who could not be served, with the reason.
""",
)


def _epilog() -> str:
    from left_behind.samples import REFERENCE_DATE

    return (
        words(
            f"--week 为该周的任意一天（默认：--on 的日期，或今天；用 --sample 时为\n"
            f"{REFERENCE_DATE}）。--computers 改写家园借出用于通话的电脑台数。",
            f"--week is any day of the week (default: the --on date, or today; with\n"
            f"--sample, {REFERENCE_DATE}). --computers overrides the number of\n"
            "computers the home lends for calls.",
        )
        + "\n\n"
        + exit_words()
    )


def register(commands: Commands) -> None:
    """Add the ``calls`` subcommand to the command line."""
    parser = commands.add_parser(
        "calls",
        description=say(_DESCRIPTION),
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(
        parser,
        on_help=words(
            "读取家园的日期（默认值见下）", "the date the home is read on (default: see below)"
        ),
    )
    parser.add_argument(
        "--week",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help=words("该周的任意一天", "a day of the week"),
    )
    parser.add_argument(
        "--computers",
        type=parse_int(0, 100),
        metavar="N",
        help=words("借出用于通话的电脑台数（0 至 100）", "computers lent for calls (0 to 100)"),
    )
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Book the calls ``args`` asks for and print them."""
    from left_behind.calls import book_calls
    from left_behind.io import to_dict

    home, on = load_register(args)
    plan = book_calls(home, week=args.week or on, computers=args.computers)
    if args.format == "json":
        write_json(to_dict(plan, style=output_style(args)))
    else:
        head = Text(
            f"{plan.week_start} 当周视频通话：已安排 {len(plan.bookings)} 名，"
            f"未能安排 {len(plan.not_served)} 名",
            f"Video calls, week of {plan.week_start}: {len(plan.bookings)} booked,"
            f" {len(plan.not_served)} not served",
        )
        write("\n".join([date_line(args, on), head.get(args.lang), plan.explain(args.lang)]))
    return 0
