"""``left-behind volunteers``: each volunteer's hours this year and checks falling due."""

from __future__ import annotations

import argparse

from left_behind.cli._common import (
    add_register_arguments,
    date_line,
    exit_words,
    load_register,
    on_default_words,
    output_style,
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
列出某日家园的志愿者：背景、所在团队、本年度服务时长，以及每人的背景审查
（《未成年人保护法》第六十二条）进展；再列出 --due 天内（默认 30 天）要办理的审查。
姓名已遮掩。
""",
    """\
List a home's volunteers on a date: background, teams, hours of service this
year, and where each background check (MPL art. 62) stands; then the checks
to act on within --due days (default 30). Names are masked.
""",
)


def register(commands: Commands) -> None:
    """Add the ``volunteers`` subcommand to the command line."""
    parser = commands.add_parser(
        "volunteers",
        description=say(_DESCRIPTION),
        epilog=on_default_words() + "\n\n" + exit_words(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(
        parser,
        on_help=words("查看的日期（默认值见下）", "the date of the view (default: see below)"),
    )
    parser.add_argument(
        "--due",
        type=parse_int(0, 3650),
        default=30,
        metavar="DAYS",
        help=words(
            "提前多少天列出审查（默认 30，至多 3650）",
            "look-ahead for checks (default 30, at most 3650)",
        ),
    )
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Print the view that ``args`` asks for."""
    from left_behind.io import to_dict
    from left_behind.stats import render_volunteers, volunteers_on

    home, on = load_register(args)
    view = volunteers_on(home, on=on, due_within=args.due)
    if args.format == "json":
        write_json(to_dict(view, style=output_style(args)))
    else:
        write(date_line(args, on) + "\n" + render_volunteers(view, lang=args.lang))
    return 0
