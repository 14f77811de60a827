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

from left_behind.cli import (
    _calls,
    _check,
    _due,
    _pair,
    _plan,
    _redact,
    _risk,
    _sample,
    _schema,
    _summary,
    _volunteers,
)
from left_behind.cli._common import (
    BAD_INPUT,
    EXIT_STATUS_WORDS,
    INTERNAL_ERROR,
    OUTPUT_FAILED,
    Exit,
    Failure,
    OutputFailed,
    Parser,
    UsageFailed,
    failing_as_json,
    failure_json,
    output_style,
    report_failure,
    safe_output,
    wants_json,
    write_json,
)
from left_behind.cli._lang import chosen_lang, say, speaking, ui_lang, words
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    import argparse

    from left_behind.cli._common import Commands
    from left_behind.kinds import Lang, Style

__all__ = ["COMMANDS", "main"]

COMMANDS: tuple[Callable[[Commands], None], ...] = (
    _summary.register,
    _check.register,
    _risk.register,
    _due.register,
    _pair.register,
    _plan.register,
    _volunteers.register,
    _calls.register,
    _sample.register,
    _redact.register,
    _schema.register,
)
"""Every subcommand's ``register`` function, in the order ``--help`` lists them."""


_DESCRIPTION = Text(
    "留守儿童登记册：数字与检查。",
    "Registers of left-behind children (留守儿童): figures and checks.",
)

_OUTPUT = Text(
    "文字按终端的编码写出，只要它能写出每个字（UTF-8、GB18030）；GBK 改为 GB18030，"
    "其他编码改为 UTF-8，不丢任何字；--format json 总是 UTF-8。\n\n"
    "帮助和用法错误的语言：--lang，否则按中文区域设置（LC_ALL、LC_MESSAGES、LANG）为中文，"
    "否则为英文。",
    "Text is written in the terminal's encoding when it holds every character"
    " (UTF-8, GB18030); GBK becomes GB18030 and any other encoding UTF-8, so nothing"
    " is lost; --format json is always UTF-8.\n\nHelp and usage errors are in the"
    " language of --lang, else in Chinese under a Chinese locale (LC_ALL, LC_MESSAGES,"
    " LANG), else in English.",
)


def _lang_help() -> str:
    return words("帮助、用法错误和消息的语言", "language of the help, usage errors and messages")


class _Listed:
    """A command that is listed (its name and help) but not built, since it is not the one run.

    Building every command's arguments costs ``--help`` more than importing
    them; a command that is not run only needs to be named. What its
    ``register`` adds to it is dropped.
    """

    def __getattr__(self, name: str) -> object:
        return self._drop

    def _drop(self, *args: object, **kwargs: object) -> _Listed:
        return self


class _Only:
    """The subcommands, where only ``chosen`` is built whole (all of them when it is None)."""

    def __init__(self, commands: Commands, chosen: str | None) -> None:
        self.commands = commands
        self.chosen = chosen

    def add_parser(self, name: str, **kwargs: object) -> object:
        if self.chosen is None or name == self.chosen:
            return self.commands.add_parser(name, **kwargs)  # type: ignore[arg-type]
        self.commands.add_parser(name, help=kwargs.get("help"))  # type: ignore[arg-type]
        return _Listed()


def _chosen(given: Sequence[str], names: Sequence[str]) -> str | None:
    """The command that ``given`` runs, read before the parser: its first word after the
    top-level options; None (build them all) when that is not a command's name.

    >>> _chosen(["--lang", "zh", "check", "x.json"], ["check", "plan"])
    'check'
    >>> _chosen(["--help"], ["check"]), _chosen(["chekc"], ["check"])
    ('', None)
    """
    skip = False
    for arg in given:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in names else None
    return ""  # no command: only the top level's help or version


# the command names, in the order of COMMANDS, for reading the one chosen before parsing
_NAMES = (
    "summary",
    "check",
    "risk",
    "due",
    "pair",
    "plan",
    "volunteers",
    "calls",
    "sample",
    "template",
    "redact",
    "schema",
)


def _parser(given: Sequence[str] | None = None) -> Parser:
    """The parser; with ``given``, only the command it runs is built whole."""
    from left_behind import __version__

    parser = Parser(
        prog="left-behind",
        description=say(_DESCRIPTION),
        epilog=say(EXIT_STATUS_WORDS) + "\n\n" + say(_OUTPUT),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=words("显示程序的版本号并退出", "show the program's version number and exit"),
    )
    parser.add_argument("--lang", choices=("zh", "en"), dest="top_lang", help=_lang_help())
    commands = parser.add_subparsers(
        title=words("命令", "commands"), dest="command", metavar="COMMAND", required=True
    )
    chosen = None if given is None else _chosen(given, _NAMES)
    only: Commands = _Only(commands, chosen)  # type: ignore[assignment]
    for register in COMMANDS:
        register(only)
    # every command takes --lang, for its help and its messages, if it has none of its own
    for name, command in commands.choices.items():
        if chosen is not None and name != chosen:
            continue
        if "--lang" not in command._option_string_actions:
            command.add_argument("--lang", choices=("zh", "en"), help=_lang_help())
    return parser


def _usage_as_json(
    e: UsageFailed, given: list[str], lang: Lang, args: argparse.Namespace | None
) -> int:
    """A usage error under ``--format json``: the one JSON object, in both languages.

    argparse says it in one language: the other is what the same command
    line gets when it is read again in that language.
    """
    text = e.text
    if text is None:
        other: Lang = "en" if lang == "zh" else "zh"
        again = e.message
        try:
            with speaking(other), failing_as_json(True):
                _parser(given).parse_args(given)
        except UsageFailed as second:
            again = second.message
        except Exit:
            pass
        text = Text(e.message, again) if lang == "zh" else Text(again, e.message)
    style: Style = "snake" if args is None else output_style(args)
    try:
        write_json(failure_json(Failure("usage", [text]), style=style))
    except OutputFailed:
        return OUTPUT_FAILED
    return BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process's); return the exit status.

    It never raises: a usage error or bad data prints its problems to stderr
    and returns 2; output that cannot be written returns 74; anything else
    that goes wrong is a bug, printed with its traceback, and returns 70, so
    that a script can tell a failure of the program from a result.

    >>> main(["summary", "--sample", "--lang", "en", "--on", "2026-09-01"])
    As on 2026-09-01 (given by --on)
    石村儿童快乐家园
    On 2026-09-01
    Children: 142
    ...
    0
    """
    for stream in (sys.stdout, sys.stderr):
        safe_output(stream)
    given = sys.argv[1:] if argv is None else list(argv)
    lang = ui_lang(given, os.environ)
    args = None
    as_json = wants_json(given)
    try:
        with speaking(lang), failing_as_json(as_json):
            args = _parser(given).parse_args(given)
            chosen = chosen_lang(given)
            # the language given anywhere on the line (before the command too) wins,
            # else a command without a --lang of its own speaks the help's
            if chosen is not None or args.lang is None:
                args.lang = chosen or lang
            status: int = args.run(args)
        try:
            sys.stdout.flush()
        except OSError as e:
            raise OutputFailed(str(e)) from e
    except Exit as e:
        return e.status
    except UsageFailed as e:
        return _usage_as_json(e, given, lang, args)
    except Failure as e:
        return report_failure(e, args, lang)
    except (OutputFailed, BrokenPipeError) as e:
        # the reader went away (``left-behind summary --sample | head``) or the
        # disk is full: say so unless nobody is listening, and keep Python
        # from failing again when it flushes at exit
        if not isinstance(e.__cause__ or e, BrokenPipeError):
            sys.stderr.write(f"left-behind: cannot write the output: {e}\n")
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return OUTPUT_FAILED
    except Exception:  # noqa: BLE001 - the last resort: a bug, reported as one
        import traceback  # only here: it costs --help a tenth of its time

        sys.stderr.write("left-behind: internal error (a bug in left_behind); please report:\n")
        sys.stderr.write(traceback.format_exc())
        return INTERNAL_ERROR
    return status
