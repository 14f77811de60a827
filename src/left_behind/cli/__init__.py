"""The command line, ``left-behind`` (or ``python -m left_behind``).

A thin adapter: it reads the files, the clock and the arguments, calls the
pure core, and prints. Each subcommand lives in its own module with a
``register(commands)`` function that adds its parser and sets ``run``;
adding one is that module and one line in :data:`COMMANDS`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from left_behind.cli import _check, _pair, _sample, _schema, _summary, _volunteers
from left_behind.cli._common import Exit, Failure, Parser, utf8_safe

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["COMMANDS", "main"]

COMMANDS: tuple[Callable[[Commands], None], ...] = (
    _summary.register,
    _check.register,
    _pair.register,
    _volunteers.register,
    _sample.register,
    _schema.register,
)
"""Every subcommand's ``register`` function, in the order ``--help`` lists them."""


def _parser() -> Parser:
    from left_behind import __version__

    parser = Parser(
        prog="left-behind",
        description="Registers of left-behind children (留守儿童): figures and checks.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(
        title="commands", dest="command", metavar="COMMAND", required=True
    )
    for register in COMMANDS:
        register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process's); return the exit status.

    It never raises for bad input: a usage error or bad data prints its
    problems to stderr and returns 2.

    >>> main(["summary", "--sample", "--lang", "en", "--on", "2026-09-01"])
    石村儿童快乐家园
    On 2026-09-01
    Children: 142
    ...
    0
    """
    for stream in (sys.stdout, sys.stderr):
        utf8_safe(stream)
    try:
        args = _parser().parse_args(argv)
    except Exit as e:
        return e.status
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except Exit as e:
        return e.status
    except Failure as e:
        for line in e.lines:
            sys.stderr.write(line + "\n")
        return e.status
    except BrokenPipeError:
        # the reader went away (``left-behind summary --sample | head``):
        # stop quietly, and keep Python from failing again at exit
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    return status
