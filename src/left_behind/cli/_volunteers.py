"""``left-behind volunteers``: each volunteer's hours this year and checks falling due."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from left_behind import samples
from left_behind.cli._common import (
    EXIT_STATUSES,
    add_register_arguments,
    date_line,
    load_register,
    output_style,
    write,
    write_json,
)
from left_behind.io import to_dict
from left_behind.stats import render_volunteers, volunteers_on

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["register", "run"]

_DESCRIPTION = """\
List a home's volunteers on a date: background, teams, hours of service this
year, and where each background check (MPL art. 62) stands; then the checks
to act on within --due days (default 30). Names are masked.
"""

_EPILOG = f"""\
--on defaults to today (China Standard Time) for a FILE; with --sample, to
the day the sample describes, {samples.REFERENCE_DATE}.

{EXIT_STATUSES}
"""


def register(commands: Commands) -> None:
    """Add the ``volunteers`` subcommand to the command line."""
    parser = commands.add_parser(
        "volunteers",
        help="volunteers' hours this year and the checks falling due",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(parser, on_help="the date of the view (default: see below)")
    parser.add_argument(
        "--due", type=int, default=30, metavar="DAYS", help="look-ahead for checks (default 30)"
    )
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Print the view that ``args`` asks for."""
    if not 0 <= args.due <= 3650:
        args.parser.error(f"--due must be from 0 to 3650 days, not {args.due}")
    home, on = load_register(args)
    view = volunteers_on(home, on=on, due_within=args.due)
    if args.format == "json":
        write_json(to_dict(view, style=output_style(args)))
    else:
        write(date_line(args, on) + "\n" + render_volunteers(view, lang=args.lang))
    return 0
