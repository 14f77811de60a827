"""``left-behind calls``: the week's video calls with parents on the home's computers."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from left_behind import samples
from left_behind.calls import book_calls
from left_behind.cli._common import (
    EXIT_STATUSES,
    add_register_arguments,
    date_line,
    load_register,
    output_style,
    parse_date,
    write,
    write_json,
)
from left_behind.io import to_dict
from left_behind.kinds import Text

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["register", "run"]

_DESCRIPTION = """\
Book one video call this week for each child whose parents work away (MPL
art. 23: contact at least weekly), inside the home's hours and the parents'
own hours in their time zones, on the home's computers; then list each child
who could not be served, with the reason.
"""

_EPILOG = f"""\
--week is any day of the week (default: the --on date, or today; with
--sample, {samples.REFERENCE_DATE}). --computers overrides the number of
computers the home lends for calls.

{EXIT_STATUSES}
"""


def register(commands: Commands) -> None:
    """Add the ``calls`` subcommand to the command line."""
    parser = commands.add_parser(
        "calls",
        help="the week's video calls with parents on the home's computers",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(parser, on_help="the date the home is read on (default: see below)")
    parser.add_argument("--week", type=parse_date, metavar="YYYY-MM-DD", help="a day of the week")
    parser.add_argument("--computers", type=int, metavar="N", help="computers lent for calls")
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Book the calls ``args`` asks for and print them."""
    if args.computers is not None and not 0 <= args.computers <= 100:
        args.parser.error(f"--computers must be from 0 to 100, not {args.computers}")
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
