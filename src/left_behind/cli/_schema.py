"""``left-behind schema``: the JSON Schema of a document, the labels, the reference."""

from __future__ import annotations

import argparse
import json
import re
from typing import TYPE_CHECKING

from left_behind.cli._files import add_force_argument, write_out
from left_behind.io import file_format_reference, json_schema, label_tables, record_classes

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["record_named", "register", "run"]

_DESCRIPTION = """\
Print the JSON Schema (draft 2020-12) of a document: by default the register
that the other commands read; name another record (child, policy, report,
summary...) for its own. For frontends and form builders: every key, its
kind, whether it is required, its default, the values of every enumeration
with their labels (--lang), in either key style (--style).

--labels prints every enumeration's values with their Chinese and English
labels as JSON instead; --reference prints the reference of the file format
in Markdown (docs/file-format.md).
"""

_EPILOG = """\
An existing --output FILE is not replaced unless --force is given.

exit status: 0 done; 2 a bad command line, an existing --output FILE without
--force, or one that cannot be written.
"""


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def record_named(text: str) -> type:
    """The record class a user names: ``child``, ``Child``, ``contact_event``, ``contact-event``."""
    wanted = text.replace("-", "_").lower()
    for cls in record_classes():
        if wanted in (_snake(cls.__name__), cls.__name__.lower()):
            return cls
    names = ", ".join(_snake(cls.__name__) for cls in record_classes())
    raise argparse.ArgumentTypeError(f"no record called {text!r}; the records: {names}")


def register(commands: Commands) -> None:
    """Add the ``schema`` subcommand to the command line."""
    parser = commands.add_parser(
        "schema",
        help="the JSON Schema of a register (or of another record)",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "record",
        nargs="?",
        default="register",
        type=record_named,
        metavar="RECORD",
        help="the document: register (the default), child, policy, report, summary...",
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--labels", action="store_true", help="every enumeration's labels, as JSON")
    what.add_argument(
        "--reference", action="store_true", help="the reference of the file format, in Markdown"
    )
    parser.add_argument(
        "--style",
        choices=("snake", "camel"),
        default="snake",
        help="JSON key style: birth_date or birthDate (default: snake)",
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="language of the titles in the schema (default: zh)",
    )
    parser.add_argument(
        "--output", "-o", metavar="FILE", default="-", help="write to FILE (default: stdout)"
    )
    add_force_argument(parser)
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Print (or write) what ``args`` asks for."""
    if args.reference:
        text = file_format_reference()
    elif args.labels:
        text = json.dumps(label_tables(), ensure_ascii=False, indent=2)
    else:
        schema = json_schema(args.record, style=args.style, lang=args.lang)
        text = json.dumps(schema, ensure_ascii=False, indent=2)
    write_out(args.output, text, overwrite=args.force, lang=args.lang)
    return 0
