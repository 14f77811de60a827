"""The command line, ``left-behind`` (or ``python -m left_behind``).

A thin adapter: it reads the files, the clock and the arguments, calls the
pure core, and prints. Each subcommand lives in its own module with a
``register(commands)`` function that adds its parser and sets ``run``;
adding one is that module and one line in :data:`COMMANDS`, its name and
its one-line help.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

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

__all__ = ["COMMANDS", "Command", "main"]


class Command:
    """A subcommand: its name, the module whose ``register`` adds it, and its one-line help.

    (A plain class, not a NamedTuple: typing is not loaded at start-up.)
    """

    __slots__ = ("help", "module", "name")

    def __init__(self, name: str, module: str, help: Text) -> None:  # noqa: A002
        self.name = name
        self.module = module
        self.help = help


COMMANDS: tuple[Command, ...] = (
    Command(
        "week",
        "_week",
        Text(
            "家园的这一周：待办、先关注的儿童、建议结对、活动和亲情通话",
            "the home's week: what is due, who needs action, pairings, sessions, calls",
        ),
    ),
    Command(
        "summary",
        "_summary",
        Text(
            "登记册在某日的主要数字，以及某一期间的数字",
            "a register's headline figures on a date, and a period's figures",
        ),
    ),
    Command(
        "report",
        "_report",
        Text(
            "家园在一段期间的工作报告，或几个家园的汇总",
            "a home's report for a period, or the roll-up of several homes",
        ),
    ),
    Command(
        "check",
        "_check",
        Text(
            "登记册中违反的每条规则，逐个儿童列出",
            "every rule broken in a register, child by child",
        ),
    ),
    Command(
        "risk",
        "_risk",
        Text(
            "每个儿童的风险等级，从高到低，附其因素",
            "every child's risk level, highest first, with its factors",
        ),
    ),
    Command(
        "due",
        "_due",
        Text("本周到期或逾期的事，以及为谁", "what falls due or is overdue this week, for whom"),
    ),
    Command(
        "pair",
        "_pair",
        Text(
            "建议儿童与帮扶人的最佳结对，附理由",
            "suggest the best pairings of children with mentors, with reasons",
        ),
    ),
    Command(
        "plan",
        "_plan",
        Text(
            "家园的活动项目展开为有日期的场次，附计划的冲突",
            "a home's programmes as dated sessions, with the plan's conflicts",
        ),
    ),
    Command(
        "volunteers",
        "_volunteers",
        Text(
            "志愿者本年度的服务时长和即将到期的审查",
            "volunteers' hours this year and the checks falling due",
        ),
    ),
    Command(
        "calls",
        "_calls",
        Text(
            "本周与父母的视频通话，使用家园的电脑",
            "the week's video calls with parents on the home's computers",
        ),
    ),
    Command(
        "sample",
        "_sample",
        Text(
            "把合成的示例登记册（或家园）写到文件",
            "write the synthetic sample register (or home) to a file",
        ),
    ),
    Command(
        "template",
        "_sample",
        Text(
            "写出要填写的登记册（或家园、儿童、政策）",
            "write a register (or a home, a child, a policy) to fill in",
        ),
    ),
    Command(
        "redact",
        "_redact",
        Text(
            "写出文档的去标识化副本，以便带出家园",
            "write a redacted copy of a document, to leave the home",
        ),
    ),
    Command(
        "convert",
        "_convert",
        Text("登记册在 JSON 与 JSON Lines 之间转换", "a register as JSON Lines or JSON"),
    ),
    Command(
        "import", "_sheets", Text("读入电子表格中的登记册", "read a register from a spreadsheet")
    ),
    Command("export", "_sheets", Text("把登记册写成电子表格", "write a register as a spreadsheet")),
    Command(
        "schema",
        "_schema",
        Text(
            "登记册（或另一种记录）的 JSON Schema",
            "the JSON Schema of a register (or of another record)",
        ),
    ),
)
"""Every subcommand, in the order ``--help`` lists them. Only the module of the one
that runs is imported (``--help`` lists them all from this table)."""


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
    """The subcommands, where only ``chosen`` is built whole (all of them when it is None).

    Each is listed with the help of :data:`COMMANDS`, in that order; the one
    chosen is built by its module's ``register``, which may add others (a
    module of two commands) that are dropped, being listed already.
    """

    def __init__(self, commands: Commands, chosen: str | None) -> None:
        self.commands = commands
        self.chosen = chosen
        self.helps = {c.name: c.help for c in COMMANDS}

    def add_parser(self, name: str, **kwargs: object) -> object:
        if self.chosen is not None and name != self.chosen:
            return _Listed()
        return self.commands.add_parser(name, help=say(self.helps[name]), **kwargs)  # type: ignore[arg-type]

    def build(self) -> None:
        """Add every command, in the order of :data:`COMMANDS`."""
        registered: set[str] = set()
        for command in COMMANDS:
            if self.chosen is None or command.name == self.chosen:
                if command.module not in registered:
                    module = importlib.import_module(f"left_behind.cli.{command.module}")
                    module.register(self)
                    registered.add(command.module)
            else:
                self.commands.add_parser(command.name, help=say(command.help))


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
    chosen = None if given is None else _chosen(given, [c.name for c in COMMANDS])
    _Only(commands, chosen).build()
    # every command takes --lang, for its help and its messages, if it has none of its own
    for name, command in commands.choices.items():
        if chosen is not None and name != chosen:
            continue
        if "--lang" not in command._option_string_actions:
            command.add_argument("--lang", choices=("zh", "en"), help=_lang_help())
    return parser


# each language and the other one, for saying a usage error in both
_OTHER: dict[Lang, Lang] = {"zh": "en", "en": "zh"}


def _usage_as_json(
    e: UsageFailed, given: list[str], lang: Lang, args: argparse.Namespace | None
) -> int:
    """A usage error under ``--format json``: the one JSON object, in both languages.

    argparse says it in one language: the other is what the same command
    line gets when it is read again in that language.
    """
    text = e.text
    if text is None:
        other: Lang = _OTHER[lang]
        again = e.message
        try:
            with speaking(other), failing_as_json(True):
                _parser(given).parse_args(given)
        except UsageFailed as second:
            again = second.message
        except Exit:
            pass
        said = {lang: e.message, other: again}
        text = Text(said["zh"], said["en"])
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
