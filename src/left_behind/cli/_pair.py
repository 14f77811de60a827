"""``left-behind pair``: the best pairings of children with mentors, with their reasons."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from left_behind import samples
from left_behind.cli._common import (
    EXIT_STATUSES,
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
from left_behind.kinds import COLON, Lang, Text, mask_shaped
from left_behind.matching import Suggestions, suggest_pairings
from left_behind.rules import Policy

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["register", "render_suggestions", "run"]

_DESCRIPTION = """\
Suggest mentors for the children of a home who need one (left-behind or
de-facto unsupported, with no pairing under way), keeping the pairings
under way. Each suggestion shows its score by criterion; each child left
without one shows which constraint excluded the candidates; each mentor's
load is shown last.

The home is a JSON file as written by left_behind.to_json (FILE, or - for
standard input), or the synthetic sample home with --sample.
"""

_EPILOG = f"""\
--on defaults to today (China Standard Time) for a FILE; with --sample, to
the day the sample describes, {samples.REFERENCE_DATE}.

{EXIT_STATUSES}
"""

_HEAD = Text("结对建议（{on}）", "Suggested pairings ({on})")
_UNSERVED = Text("未能结对的儿童", "Children left unserved")
_LOADS = Text(
    "帮扶人负荷（上限 / 进行中 / 建议）", "Mentors' load (capacity / under way / suggested)"
)
_TOTAL = Text("合计得分", "Total score")


def register(commands: Commands) -> None:
    """Add the ``pair`` subcommand to the command line."""
    parser = commands.add_parser(
        "pair",
        help="suggest the best pairings of children with mentors, with reasons",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(parser, on_help="the date of the suggestions (default: see below)")
    parser.add_argument(
        "--policy", metavar="FILE", help="the county's or home's policy settings as JSON"
    )
    parser.set_defaults(run=run, parser=parser)


def render_suggestions(found: Suggestions, lang: Lang = "zh") -> str:
    """The suggestions as text: pairs with their points, children unserved, loads."""
    lines = [_HEAD.format(on=found.on).get(lang)]
    lines += [f"  {s.explain(lang)}" for s in found.suggestions]
    lines.append((_TOTAL + COLON).get(lang) + str(found.total))
    if found.unserved:
        lines += ["", _UNSERVED.get(lang)]
        lines += [f"  {u.explain(lang)}" for u in found.unserved]
    lines += ["", _LOADS.get(lang)]
    lines += [
        f"  {mask_shaped(m.mentor)} {m.capacity} / {m.current} / {m.suggested}"
        for m in found.loads
        if m.current or m.suggested
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Suggest what ``args`` asks for and print it."""
    policy = (
        Policy()
        if args.policy is None
        else read_document(args.policy, Policy, style=input_style(args), lang=args.lang)
    )
    home, on = load_register(args)
    found = suggest_pairings(home, on=on, policy=policy)
    if args.format == "json":
        write_json(to_dict(found, style=output_style(args)))
    else:
        write(date_line(args, on) + "\n" + render_suggestions(found, lang=args.lang))
    return 0
