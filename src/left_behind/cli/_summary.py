"""``left-behind summary``: a register's headline figures on a date."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from left_behind import samples
from left_behind.cli._common import add_register_arguments, load_register, utf8_safe, write
from left_behind.io import to_json
from left_behind.stats import render, summarize

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["register", "run"]

_DESCRIPTION = """\
Print a register's headline figures on a date: the number of children,
and how many (and what share) are in each classification, care
arrangement, age band and school stage.

The register is a JSON file as written by left_behind.to_json (FILE, or -
for standard input), or the synthetic sample register with --sample.
"""

_EPILOG = f"""\
--on defaults to today (China Standard Time) for a FILE; with --sample, to
the day the sample describes, {samples.REFERENCE_DATE}, so that the sample's
figures never change.

exit status: 0 done; 2 a bad command line, or a file that cannot be read
or is not a valid register (each problem is printed on its own line).
"""


def register(commands: Commands) -> None:
    """Add the ``summary`` subcommand to the command line."""
    parser = commands.add_parser(
        "summary",
        help="a register's headline figures on a date",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(parser, on_help="the date of the figures (see below for the default)")
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Print the summary that ``args`` asks for."""
    reg, on = load_register(args)
    summary = summarize(reg, on=on)
    if args.format == "json":
        utf8_safe(sys.stdout, force=True)
        write(to_json(summary, style=args.style, indent=2))
    else:
        write(render(summary, lang=args.lang))
    return 0
