"""``left-behind summary``: a register's headline figures on a date."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from left_behind import samples
from left_behind.cli._common import (
    EXIT_STATUSES,
    add_register_arguments,
    load_register,
    output_style,
    write,
    write_json,
)
from left_behind.io import to_dict
from left_behind.stats import labelled, render, summarize

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

--format json writes the summary as left_behind.to_json does, each row with
its label in the language of --lang.

{EXIT_STATUSES}
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
        write_json(to_dict(labelled(summary, args.lang), style=output_style(args)))
    else:
        write(render(summary, lang=args.lang))
    return 0
