"""``left-behind sample`` and ``left-behind template``: a register to start from, as a file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from left_behind import samples
from left_behind.cli._files import add_force_argument, write_out
from left_behind.cli._redact import add_redact_argument, redaction_key
from left_behind.io import to_json
from left_behind.rules import Policy

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["SAMPLES", "TEMPLATES", "register"]

TEMPLATES: dict[str, tuple[str, Any]] = {
    "register": ("a register of one child that shows every key", samples.template),
    "home": (
        "a home of one left-behind child with one record of each kind (staff, volunteers,"
        " pairings, rooms, programmes, visits...)",
        samples.home_template,
    ),
    "child": (
        "that child's file alone, as a web back end receives it",
        lambda: samples.template().children[0],
    ),
    "policy": ("every policy setting at its default, for --policy", Policy),
}
"""What ``left-behind template --document`` writes: (what it is, how it is made)."""

SAMPLES: dict[str, tuple[str, Any]] = {
    "register": ("the sample register: the 142 children alone", samples.shicun),
    "home": (
        "the sample home: the children, staff, volunteers, pairings, rooms, programmes...",
        samples.home,
    ),
    "child": ("the sample's first child alone", lambda: samples.shicun().children[0]),
}
"""What ``left-behind sample --document`` writes: (what it is, how it is made)."""

_SAMPLE_DESCRIPTION = f"""\
Write the synthetic sample register (the Shicun village children's happy
home: 142 children, as on {samples.REFERENCE_DATE}) to FILE as JSON, to read
or to try the other commands on; with --document home, the whole home (its
staff, volunteers, pairings, rooms and programmes too), which pair, plan,
calls and volunteers need. Every name, identity number and phone in it is
synthetic. The commands read it on {samples.REFERENCE_DATE} with
--on {samples.REFERENCE_DATE}.
"""

_TEMPLATE_DESCRIPTION = """\
Write a document to fill in to FILE as JSON: by default a register with one
synthetic child whose file shows every key (replace the values, keep the
keys that apply, copy the child for each child); --document home, a home
with one record of each kind. docs/file-format.md says
what each key holds, and `left-behind schema` gives the JSON Schema.
"""

_EPILOG = """\
FILE - writes to standard output. An existing FILE is not replaced unless
--force is given.

exit status: 0 written; 2 a bad command line, an existing FILE without
--force, or a FILE that cannot be written.
"""


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="where to write the JSON (- for stdout)")
    parser.add_argument(
        "--style",
        choices=("snake", "camel"),
        default="snake",
        help="JSON key style: birth_date or birthDate (default: snake)",
    )
    add_force_argument(parser)
    add_redact_argument(parser)


def register(commands: Commands) -> None:
    """Add the ``sample`` and ``template`` subcommands to the command line."""
    sample = commands.add_parser(
        "sample",
        help="write the synthetic sample register (or home) to a file",
        description=_SAMPLE_DESCRIPTION,
        epilog=_EPILOG
        + "\ndocuments:\n"
        + "".join(f"  {name:<10} {what}\n" for name, (what, _) in SAMPLES.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_common(sample)
    sample.add_argument(
        "--document",
        choices=tuple(SAMPLES),
        default="register",
        help="which document (default: register)",
    )
    sample.set_defaults(run=run_sample, parser=sample)

    template = commands.add_parser(
        "template",
        help="write a register (or a home, a child, a policy) to fill in",
        description=_TEMPLATE_DESCRIPTION,
        epilog=_EPILOG
        + "\ndocuments:\n"
        + "".join(f"  {name:<10} {what}\n" for name, (what, _) in TEMPLATES.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_common(template)
    template.add_argument(
        "--document",
        choices=tuple(TEMPLATES),
        default="register",
        help="which document (default: register)",
    )
    template.set_defaults(run=run_template, parser=template)


def run_sample(args: argparse.Namespace) -> int:
    """Write the sample register."""
    _, make = SAMPLES[args.document]
    text = to_json(make(), style=args.style, indent=2, redact=redaction_key(args))
    write_out(args.file, text, overwrite=args.force, lang=args.lang)
    return 0


def run_template(args: argparse.Namespace) -> int:
    """Write the document to fill in that ``--document`` names."""
    _, make = TEMPLATES[args.document]
    text = to_json(make(), style=args.style, indent=2, redact=redaction_key(args))
    write_out(args.file, text, overwrite=args.force, lang=args.lang)
    return 0
