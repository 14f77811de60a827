"""What every subcommand shares: the parser, dates, reading a register, output.

This is the adapter's edge: the only place that reads files, standard input
and the clock. The core (model, rules, stats, io) never does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, NoReturn, TextIO, TypeVar

from left_behind._errors import InvalidData
from left_behind.io import Style, from_json
from left_behind.model import Home

__all__ = [
    "CHINA_STANDARD_TIME",
    "Exit",
    "Failure",
    "Parser",
    "add_register_arguments",
    "load_register",
    "parse_date",
    "read_document",
    "read_register",
    "today",
    "utf8_safe",
    "write",
]

T = TypeVar("T")

CHINA_STANDARD_TIME = dt.timezone(dt.timedelta(hours=8), "CST")
"""UTC+8 all year round (no daylight saving): the registers' time zone."""

BAD_INPUT = 2
"""The exit status for a bad command line or bad data."""


class Exit(Exception):
    """The parser has finished (``--help``, ``--version`` or a usage error)."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class Failure(Exception):
    """The command cannot go on: the lines to print to stderr, and the exit status."""

    def __init__(self, lines: Iterable[str], status: int = BAD_INPUT) -> None:
        self.lines = tuple(lines)
        self.status = status
        super().__init__("\n".join(self.lines))


class Parser(argparse.ArgumentParser):
    """An argument parser that returns from ``main`` instead of exiting the process."""

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise Exit(status)


if TYPE_CHECKING:
    # what a subcommand module's ``register()`` adds its parser to
    Commands = argparse._SubParsersAction[Parser]


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(text: str) -> dt.date:
    """A date given as ``YYYY-MM-DD`` on the command line.

    >>> parse_date("2026-09-01")
    datetime.date(2026, 9, 1)
    >>> parse_date("2026-02-30")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '2026-02-30' is not a real date
    """
    if not _ISO_DATE.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD (for example 2026-09-01), got {text!r}"
        )
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real date") from None


def today() -> dt.date:
    """Today's date in China Standard Time, whatever the machine's time zone."""
    return dt.datetime.now(CHINA_STANDARD_TIME).date()


def read_document(path: str, cls: type[T], *, style: Style = "snake") -> T:
    """Read a record of type ``cls`` from a JSON file (``-`` for standard input).

    Raises :class:`Failure` with one line per problem, each starting with
    the file's name: the file cannot be read, is not UTF-8, is not JSON, or
    is not a valid ``cls`` (every problem with its location).
    """
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
    except OSError as e:
        raise Failure([f"{name}: cannot read the file: {e.strerror or e}"]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise Failure(
            [f"{name}: not UTF-8 text (at byte {e.start}): save the file as UTF-8 and retry"]
        ) from None
    try:
        return from_json(text, cls, style=style)
    except InvalidData as e:
        raise Failure(f"{name}: {p}" for p in e.problems) from None


def read_register(path: str, *, style: Style = "snake") -> Home:
    """Read a home or a register from a JSON file (``-`` for standard input).

    Every register file is a home's with nobody on staff yet, so both are
    read as a :class:`~left_behind.Home`; see :func:`read_document`.
    """
    return read_document(path, Home, style=style)


def add_register_arguments(parser: argparse.ArgumentParser, *, on_help: str) -> None:
    """The arguments every command over a register takes: which one, when, how shown."""
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="a home or a register as JSON (- for stdin)"
    )
    parser.add_argument("--sample", action="store_true", help="use the synthetic sample home")
    parser.add_argument("--on", type=parse_date, metavar="YYYY-MM-DD", help=on_help)
    parser.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="language of the output (default: zh)"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output (default: text)"
    )
    parser.add_argument(
        "--style",
        choices=("snake", "camel"),
        default="snake",
        help="JSON key style of the input files and of --format json (default: snake)",
    )


def load_register(args: argparse.Namespace) -> tuple[Home, dt.date]:
    """The register and the date that the arguments of :func:`add_register_arguments` name.

    ``--on`` defaults to today for a FILE and to the sample's own date with
    ``--sample``, so that the sample's output never changes.
    """
    from left_behind import samples

    if args.sample == (args.file is not None):
        args.parser.error("give a register FILE or --sample (one of them)")
    if args.sample:
        return samples.home(), args.on or samples.REFERENCE_DATE
    return read_register(args.file, style=args.style), args.on or today()


def utf8_safe(stream: TextIO, *, force: bool = False) -> TextIO:
    """Make ``stream`` able to write Chinese: switch it to UTF-8 if it cannot.

    A terminal that already writes Chinese (UTF-8, or GBK on a Chinese
    Windows console) keeps its encoding; one that cannot (ASCII, Latin-1)
    switches to UTF-8. With ``force``, the stream writes UTF-8 in any case,
    as JSON must be.
    """
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        "留守儿童".encode(encoding)
        can_write = True
    except (UnicodeEncodeError, LookupError):
        can_write = False
    utf8 = encoding.lower().replace("_", "-") in ("utf-8", "utf8")
    if ((force and not utf8) or not can_write) and isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8")
    return stream


def write(text: str) -> None:
    """Write ``text`` and a newline to standard output."""
    sys.stdout.write(text + "\n")
