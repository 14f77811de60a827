"""``left-behind due``: what falls due or is overdue in a home this week, for whom."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from left_behind import samples
from left_behind.agenda import due, render_agenda
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
    write,
    write_json,
)
from left_behind.io import to_dict
from left_behind.rules import Policy

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["register", "run"]

_DESCRIPTION = """\
List everything that falls due or is overdue in a home from a day to the
end of a window: visits, follow-up tasks, pairing meetings, background
checks, notices to the school and the village, consents, reports to the
police, parents' contacts, and the sessions without a facilitator. Each
line gives the due day, how late (or the days left), for whom, what and why.

The home is a JSON file as written by left_behind.to_json (FILE, or - for
standard input), or the synthetic sample home with --sample.
"""

_EPILOG = f"""\
--on defaults to today (China Standard Time) for a FILE; with --sample, to
the day the sample describes, {samples.REFERENCE_DATE}. The window is the
--within days from --on (7: a week from a Monday is that Monday to the
Sunday); what was due before it is listed too, first.

--for keeps the items for one person: the one a record names as
responsible (a task's assignee, a pairing's mentor, a person's own check),
else the home's children's director. --format json writes the agenda as
left_behind.to_json does.

{FINDINGS} at least one item is overdue (0 when none is).
{EXIT_STATUSES}
"""


def _days(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"a window is at least 1 day, not {n}")
    return n


def register(commands: Commands) -> None:
    """Add the ``due`` subcommand to the command line."""
    parser = commands.add_parser(
        "due",
        help="what falls due or is overdue this week, for whom",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(parser, on_help="the window's first day (see below for the default)")
    parser.add_argument(
        "--within",
        type=_days,
        default=7,
        metavar="DAYS",
        help="the window's length in days (default: 7)",
    )
    parser.add_argument(
        "--for", dest="person", metavar="PERSON", help="only the items for this person's id"
    )
    parser.add_argument(
        "--policy",
        metavar="FILE",
        help="the county's or home's policy settings as JSON (- for stdin)",
    )
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """List what ``args`` asks for."""
    policy = (
        Policy()
        if args.policy is None
        else read_document(args.policy, Policy, style=input_style(args), lang=args.lang)
    )
    home, on = load_register(args)
    try:
        agenda = due(home, on=on, within=args.within, policy=policy)
    except ValueError as e:  # a window past the calendar's last days
        args.parser.error(str(e))
    if args.person is not None:
        known = {p.id for p in (*home.staff, *home.volunteers)}
        if args.person not in known:
            # an empty list would read as "nothing to do": say the id names nobody
            args.parser.error(f"--for: no member of staff or volunteer has the id {args.person!r}")
        agenda = agenda.for_person(args.person)
    if args.format == "json":
        write_json(to_dict(agenda, style=output_style(args)))
    else:
        write(date_line(args, on) + "\n" + render_agenda(agenda, lang=args.lang, title=home.name))
    return FINDINGS if agenda.overdue else OK
