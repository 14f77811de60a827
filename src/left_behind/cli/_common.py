"""What every subcommand shares: the parser, dates, reading a register, output.

This is the adapter's edge: the only place that reads files, standard input
and the clock. The core (model, rules, stats, io) never does.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import contextvars
import datetime as dt
import io
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

from left_behind.cli._lang import reason, say, words
from left_behind.kinds import COLON, Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from typing import Any, NoReturn, TextIO, TypeVar

    from left_behind.kinds import InvalidData, Lang, Problem, Style
    from left_behind.model import Home
    from left_behind.rules import Policy

    T = TypeVar("T")

__all__ = [
    "BAD_INPUT",
    "CHINA_STANDARD_TIME",
    "EXIT_STATUS_WORDS",
    "FAILURES",
    "FINDINGS",
    "INTERNAL_ERROR",
    "OK",
    "OUTPUT_FAILED",
    "Exit",
    "Failure",
    "OutputFailed",
    "Parser",
    "UsageFailed",
    "add_policy_argument",
    "add_register_arguments",
    "date_line",
    "exit_words",
    "failing_as_json",
    "failure_json",
    "input_style",
    "load_register",
    "on_default_words",
    "output_style",
    "parse_date",
    "parse_int",
    "read_document",
    "read_policy",
    "read_register",
    "safe_output",
    "today",
    "usage_error",
    "wants_json",
    "write",
    "write_json",
]


CHINA_STANDARD_TIME = dt.timezone(dt.timedelta(hours=8), "CST")
"""UTC+8 all year round (no daylight saving): the registers' time zone."""

OK = 0
"""The exit status when the command did its work (and, for ``check``, found no error)."""
FINDINGS = 1
"""The exit status of ``check`` when at least one finding is an error."""
BAD_INPUT = 2
"""The exit status for a bad command line or bad data."""
INTERNAL_ERROR = 70
"""The exit status of a failure inside the program (a bug): EX_SOFTWARE of sysexits.h."""
OUTPUT_FAILED = 74
"""The exit status when the output cannot be written (a closed pipe, a full disk): EX_IOERR."""

EXIT_STATUS_WORDS = Text(
    f"""\
退出状态：{OK} 完成；{BAD_INPUT} 命令行有误，或文件无法读取或无效（每个问题各占一行）；
{OUTPUT_FAILED} 无法写出输出（管道已关闭、磁盘已满）；{INTERNAL_ERROR} 内部错误，即程序的缺陷
（会打印回溯信息：请报告）。""",
    f"""\
exit status: {OK} done; {BAD_INPUT} a bad command line, or a file that cannot be read or
is not valid (each problem is printed on its own line); {OUTPUT_FAILED} the output could
not be written (a closed pipe, a full disk); {INTERNAL_ERROR} an internal error, a bug (the
traceback is printed: please report it).""",
)
"""What every command's exit statuses mean, for its ``--help``, in both languages."""


def exit_words(*own: Text) -> str:
    """The exit statuses for a command's ``--help``, in the help language.

    ``own`` are the statuses of the command's own (``check``'s findings),
    said after those every command shares.
    """
    return "\n".join(say(t) for t in (EXIT_STATUS_WORDS, *own))


def on_default_words() -> str:
    """What ``--on`` is when it is not given, for a command's ``--help``."""
    from left_behind.samples import REFERENCE_DATE

    return words(
        f"不给 --on 时：读 FILE 为今天（中国标准时间）；用 --sample 为示例所描述的日子\n"
        f"{REFERENCE_DATE}。",
        f"--on defaults to today (China Standard Time) for a FILE; with --sample, to\n"
        f"the day the sample describes, {REFERENCE_DATE}.",
    )


class Exit(Exception):
    """The parser has finished (``--help``, ``--version`` or a usage error)."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


FAILURES: dict[str, Text] = {
    "usage": Text("命令行有误", "the command line is not valid"),
    "unreadable": Text("文件无法读取", "a file cannot be read"),
    "not-json": Text(
        "文件不是 JSON（电子表格、CSV、JSON Lines……）",
        "a file is not JSON (a spreadsheet, CSV, JSON Lines...)",
    ),
    "wrong-document": Text(
        "文件是另一种文档（例如一名儿童的档案，而需要的是登记册）",
        "a file holds another document (a child's file where a register is expected...)",
    ),
    "not-a-document": Text("文件不是本库的文档", "a file is not a document of the library"),
    "invalid-data": Text(
        "数据无效：每个问题及其位置在 problems 中",
        "the data is not valid: each problem, with where it is, in problems",
    ),
    "short-key": Text("去标识化密钥太短", "the redaction key is too short"),
    "file-exists": Text(
        "要写的文件已经存在，而没有给出 --force",
        "the file to write exists and --force is not given",
    ),
    "unwritable": Text("文件无法写入", "a file cannot be written"),
    "missing-extra": Text(
        "缺少可选依赖（例如 --ics 需要的 ics 扩展）",
        "an optional dependency is missing (the ics extra for --ics...)",
    ),
}
"""Every way a command can fail on its input, by its stable code: what ``--format json``
writes as ``code`` (with the exit status :data:`BAD_INPUT`), listed in the README."""


class Failure(Exception):
    """The command cannot go on: why (a code of :data:`FAILURES`), in both languages.

    ``messages`` are the lines to print to stderr, one a problem; with
    ``--format json`` one object goes to standard output instead (see
    :func:`failure_json`), and for malformed data (``invalid``) it holds the
    problems as :meth:`~left_behind.InvalidData.to_dict` documents them.
    """

    def __init__(
        self,
        code: str,
        messages: Iterable[Text],
        *,
        status: int = BAD_INPUT,
        invalid: InvalidData | None = None,
    ) -> None:
        if code not in FAILURES:
            raise ValueError(f"{code!r} is not a code of FAILURES")
        self.code = code
        self.messages = tuple(messages)
        self.status = status
        self.invalid = invalid
        super().__init__("\n".join(m.en for m in self.messages))

    def lines(self, lang: Lang) -> list[str]:
        """The lines to print, in ``lang``."""
        return [m.get(lang) for m in self.messages]


def failure_json(failure: Failure, style: Style = "snake") -> dict[str, Any]:
    """The one JSON object of a failure: its code, exit status and messages (and problems).

    >>> cannot = Text("a.json：无法读取", "a.json: cannot read")
    >>> said = failure_json(Failure("unreadable", [cannot]))
    >>> said["code"], said["status"], said["message_en"]
    ('unreadable', 2, 'a.json: cannot read')
    """
    zh, en = ("messageZh", "messageEn") if style == "camel" else ("message_zh", "message_en")
    data: dict[str, Any] = {
        "code": failure.code,
        "status": failure.status,
        zh: "\n".join(failure.lines("zh")),
        en: "\n".join(failure.lines("en")),
    }
    if failure.invalid is not None:
        data |= failure.invalid.to_dict(style=style)
    return data


_JSON_FAILURES: contextvars.ContextVar[bool] = contextvars.ContextVar("json", default=False)


def wants_json(argv: Sequence[str]) -> bool:
    """Whether ``argv`` asks for ``--format json``: read before the parser runs, so that
    a usage error is JSON too.

    >>> wants_json(["check", "--format", "json"]), wants_json(["check", "--format=text"])
    (True, False)
    """
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--format=json" or (arg == "--format" and argv[i + 1 : i + 2] == ["json"]):
            return True
    return False


@contextlib.contextmanager
def failing_as_json(on: bool) -> Iterator[None]:
    """Make a usage error raise :class:`UsageFailed` (for JSON) rather than print the usage."""
    token = _JSON_FAILURES.set(on)
    try:
        yield
    finally:
        _JSON_FAILURES.reset(token)


class UsageFailed(Exception):
    """A usage error under ``--format json``: argparse's message, or ours in both languages."""

    def __init__(self, message: str, text: Text | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.text = text


def report_failure(failure: Failure, args: argparse.Namespace | None, lang: Lang) -> int:
    """Say why the command cannot go on, and return its exit status.

    Under ``--format json`` the failure is one JSON object on standard
    output (:func:`failure_json`), so that a script reads one stream
    whatever happens; otherwise its lines go to standard error, in the
    language of ``--lang`` (``lang`` before the arguments are read).
    """
    if args is not None and getattr(args, "format", "") == "json":
        try:
            write_json(failure_json(failure, style=output_style(args)))
        except OutputFailed:
            return OUTPUT_FAILED
        return failure.status
    said: Lang = getattr(args, "lang", None) or lang
    for line in failure.lines(said):
        sys.stderr.write(line + "\n")
    return failure.status


class OutputFailed(Exception):
    """Standard output cannot be written: the reader went away, or the disk is full."""


class Parser(argparse.ArgumentParser):
    """An argument parser that returns from ``main`` instead of exiting the process."""

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise Exit(status)

    def error(self, message: str) -> NoReturn:
        if _JSON_FAILURES.get():
            raise UsageFailed(message)
        super().error(message)


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
            words(
                f"日期应写作 YYYY-MM-DD（例如 2026-09-01），而不是 {text!r}",
                f"expected a date as YYYY-MM-DD (for example 2026-09-01), got {text!r}",
            )
        )
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            words(f"{text!r} 不是真实存在的日期", f"{text!r} is not a real date")
        ) from None


def parse_int(low: int, high: int) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high`` given on the command line (an argparse ``type``).

    >>> parse_int(0, 100)("200")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be from 0 to 100, not 200
    """

    def number(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                words(f"应为整数，而不是 {text!r}", f"expected a whole number, got {text!r}")
            ) from None
        if not low <= n <= high:
            raise argparse.ArgumentTypeError(
                words(
                    f"应在 {low} 至 {high} 之间，而不是 {n}",
                    f"must be from {low} to {high}, not {n}",
                )
            )
        return n

    return number


def usage_error(args: argparse.Namespace, text: Text) -> NoReturn:
    """Stop on a command line that the parser let through but names nothing (an unknown id)."""
    if _JSON_FAILURES.get():
        raise UsageFailed(say(text), text)
    parser: argparse.ArgumentParser = args.parser
    parser.error(say(text))


def today() -> dt.date:
    """Today's date in China Standard Time, whatever the machine's time zone."""
    return dt.datetime.now(CHINA_STANDARD_TIME).date()


def read_document(path: str, cls: type[T], *, style: Style | None = None, lang: Lang = "zh") -> T:
    """Read a record of type ``cls`` from a JSON file (``-`` for standard input).

    ``style`` is the key style of the file; None finds it out (snake_case,
    or camelCase when every key says so). Raises :class:`Failure` with one
    line per problem in both languages (printed in ``--lang``), each starting
    with the file's name: the file cannot be read, is not UTF-8, is not JSON,
    or is not a valid ``cls`` (every problem with its location).
    """
    name = "<stdin>" if path == "-" else path
    return _parse(_read_bytes(path, lang), cls, name, style=style, lang=lang)


def _read_bytes(path: str, lang: Lang) -> bytes:
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            return sys.stdin.buffer.read()
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        why = reason(e)
        line = Text(f"{name}：无法读取文件：{why.zh}", f"{name}: cannot read the file: {why.en}")
        raise Failure("unreadable", [line]) from None


def _parse(data: bytes, cls: type[T], name: str, *, style: Style | None, lang: Lang) -> T:
    from left_behind.cli._sniff import not_json
    from left_behind.io import from_json, sniff_style
    from left_behind.kinds import InvalidData

    # the style is found from the first keys: reading the file in the wrong one and
    # again in the other cost nine times the time; the other is still tried when the
    # first keys mislead
    tried: Style = style or sniff_style(data)
    try:
        return from_json(data, cls, style=tried)
    except InvalidData as e:
        other = not_json(name, data)
        if other is not None:
            raise Failure("not-json", [Text.same(name) + COLON + other]) from None
        invalid = e
        if style is None and _other_style(e.problems):
            try:
                return from_json(data, cls, style="snake" if tried == "camel" else "camel")
            except InvalidData as again:
                invalid = again
        raise Failure(
            "invalid-data", problem_texts(name, invalid.problems), invalid=invalid
        ) from None


def _other_style(problems: tuple[Problem, ...]) -> bool:
    """Whether the loader found the data written wholly in camelCase."""
    from left_behind.kinds import ProblemCode

    return (
        len(problems) == 1 and problems[0].code == ProblemCode.KEY_STYLE and problems[0].path == "$"
    )


def problem_texts(name: str, problems: Iterable[Problem]) -> list[Text]:
    """One line per problem, in both languages, each starting with the file's name."""
    return [Text.same(name) + COLON + Text(p.text("zh"), p.text("en")) for p in problems]


def read_register(
    path: str, *, style: Style | None = None, lang: Lang = "zh", one_child: bool = False
) -> Home:
    """Read a home or a register from a JSON file (``-`` for standard input).

    Every register file is a home's with nobody on staff yet, so both are
    read as a :class:`~left_behind.Home`; see :func:`read_document`. A file
    of another document (a child's, a policy) is named for what it is, in
    one line; with ``one_child``, a child's file is read as a register of
    that child.
    """
    from left_behind.cli._documents import only_keys_of, recognise, wrong_document
    from left_behind.cli._sheets import import_spreadsheet, is_spreadsheet, refused_lines
    from left_behind.model import Child, Home

    name = "<stdin>" if path == "-" else path
    data = _read_bytes(path, lang)
    if is_spreadsheet(path, data):
        # read as JSON is: a refused row fails the file, as a bad child fails a JSON file;
        # `left-behind import` takes the good rows and says what it assumed
        result = import_spreadsheet(name, data, lang=lang)
        if result.refused:
            hint = Text(
                f"{name}：有 {result.refused} 行被拒收；`left-behind import` 可以只读入好的行",
                f"{name}: {result.refused} rows refused; `left-behind import` takes the good rows",
            )
            lines = zip(
                refused_lines(name, result, "zh"), refused_lines(name, result, "en"), strict=True
            )
            raise Failure("invalid-data", [*(Text(zh, en) for zh, en in lines), hint])
        home: Home = result.document
        return home
    if one_child and only_keys_of(data, Child, Home):
        # told from the keys alone: no need to weigh every record class
        return Home(children=(_parse(data, Child, name, style=style, lang=lang),))
    try:
        return _parse(data, Home, name, style=style, lang=lang)
    except Failure:
        found = recognise(data)
        if found is None:
            raise
        if found is Child and one_child:
            child = _parse(data, Child, name, style=style, lang=lang)
            return Home(children=(child,))
        said = wrong_document(found)
        if said is None:
            raise
        raise Failure("wrong-document", [Text.same(name) + COLON + said]) from None


# the commands over a register for which one child's file is a register of one
_ONE_CHILD = frozenset({"check", "summary", "due"})


def add_register_arguments(parser: argparse.ArgumentParser, *, on_help: str) -> None:
    """The arguments every command over a register takes: which one, when, how shown."""
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help=words(
            "JSON 格式的家园或登记册（- 为标准输入）", "a home or a register as JSON (- for stdin)"
        ),
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help=words("使用合成的示例家园", "use the synthetic sample home"),
    )
    parser.add_argument("--on", type=parse_date, metavar="YYYY-MM-DD", help=on_help)
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help=words(
            "输出、问题和帮助的语言（默认：zh）",
            "language of the output, of the problems and of the help (default: zh)",
        ),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=words("输出格式（默认：text）", "output (default: text)"),
    )
    parser.add_argument(
        "--input-style",
        choices=("auto", "snake", "camel"),
        help=words(
            "输入文件的 JSON 键风格（默认：auto，按键判断）",
            "JSON key style of the input files (default: auto, found from the keys)",
        ),
    )
    parser.add_argument(
        "--output-style",
        choices=("snake", "camel"),
        help=words(
            "--format json 的 JSON 键风格（默认：snake）",
            "JSON key style of --format json (default: snake)",
        ),
    )
    parser.add_argument(
        "--style",
        choices=("snake", "camel"),
        help=words(
            "同时设定两种键风格，除非给了 --input-style 或 --output-style",
            "both key styles at once, unless --input-style or --output-style is given",
        ),
    )


def add_policy_argument(parser: argparse.ArgumentParser) -> None:
    """The ``--policy`` of the commands whose results depend on the policy settings."""
    parser.add_argument(
        "--policy",
        metavar="FILE",
        help=words(
            "县或家园的政策设置，JSON 格式（- 为标准输入）",
            "the county's or home's policy settings as JSON (- for stdin)",
        ),
    )


def read_policy(args: argparse.Namespace) -> Policy:
    """The policy that ``--policy`` names, or the default one."""
    from left_behind.rules import Policy

    if args.policy is None:
        return Policy()
    return read_document(args.policy, Policy, style=input_style(args), lang=args.lang)


def input_style(args: argparse.Namespace) -> Style | None:
    """The key style the input files are read in; None to find it out from their keys."""
    chosen: str = args.input_style or args.style or "auto"
    return "camel" if chosen == "camel" else None if chosen == "auto" else "snake"


def output_style(args: argparse.Namespace) -> Style:
    """The key style of ``--format json``."""
    chosen: str = args.output_style or args.style or "snake"
    return "camel" if chosen == "camel" else "snake"


def load_register(args: argparse.Namespace) -> tuple[Home, dt.date]:
    """The register and the date that the arguments of :func:`add_register_arguments` name.

    ``--on`` defaults to today for a FILE and to the sample's own date with
    ``--sample``, so that the sample's output never changes.
    """
    from left_behind import samples

    if args.sample == (args.file is not None):
        args.parser.error(
            words(
                "请给出登记册文件 FILE 或 --sample（二者之一）",
                "give a register FILE or --sample (one of them)",
            )
        )
    if args.sample:
        home, on = samples.home(), args.on or samples.REFERENCE_DATE
        args.date_used = Text("样本的日期", "the sample's date") if args.on is None else None
    else:
        one = getattr(args, "command", None) in _ONE_CHILD
        home = read_register(args.file, style=input_style(args), lang=args.lang, one_child=one)
        on = args.on or today()
        args.date_used = Text("今天", "today") if args.on is None else None
    _warn_adults(home, on, args.lang)
    return home, on


def _warn_adults(home: Home, on: dt.date, lang: Lang) -> None:
    from left_behind.cli._documents import adults_warning

    warning = adults_warning(home, on)
    if warning is not None:
        sys.stderr.write(warning.get(lang) + "\n")


def date_line(args: argparse.Namespace, on: dt.date) -> str:
    """The first line of a text report: the date it is on, and why that date.

    >>> ns = argparse.Namespace(lang="en", date_used=Text("今天", "today"))
    >>> date_line(ns, dt.date(2026, 9, 1))
    'As on 2026-09-01 (today)'
    """
    why: Text | None = getattr(args, "date_used", None)
    said = Text("--on 所给", "given by --on") if why is None else why
    return Text(f"日期：{on}（{said.zh}）", f"As on {on} ({said.en})").get(args.lang)


# Encodings that hold every character: kept as they are.
_WHOLE = frozenset({"utf-8", "utf-16", "utf-32", "utf-8-sig", "gb18030"})
# Encodings of which GB18030 is a superset, byte for byte: widened to it.
_GB = frozenset({"gbk", "gb2312"})


def safe_output(stream: TextIO, *, utf8: bool = False) -> TextIO:
    """Make ``stream`` able to write any text, losing nothing: the one output policy.

    - An encoding that holds every character (UTF-8, UTF-16, UTF-32,
      GB18030) is kept.
    - GBK and GB2312 (a Chinese Windows console, or ``PYTHONIOENCODING=cp936``)
      become GB18030, which writes every GBK character with the same bytes
      and the rest of Unicode too (such as 𠮷 in a name).
    - Any other encoding (ASCII, Latin-1, Big5...) becomes UTF-8.
    - With ``utf8``, the stream writes UTF-8 in any case, as JSON must be.

    A character that no encoding can write (a lone surrogate from a file name
    the system could not decode) is written as a backslash escape, never an
    error.
    """
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        name = "unknown"
    if utf8 or name not in _WHOLE | _GB:
        target = "utf-8"
    elif name in _GB:
        target = "gb18030"
    else:
        target = encoding
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding=target, errors="backslashreplace")
    return stream


def write(text: str) -> None:
    """Write ``text`` and a newline to standard output (:class:`OutputFailed` if it cannot)."""
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except OSError as e:
        raise OutputFailed(str(e)) from e


def _shown(data: Any) -> Any:
    from left_behind.kinds import mask_shaped

    if isinstance(data, str):
        return mask_shaped(data)
    if isinstance(data, list):
        return [_shown(x) for x in data]
    if isinstance(data, dict):
        return {mask_shaped(k): _shown(v) for k, v in data.items()}
    return data


def write_json(data: Any) -> None:
    """Write plain data as UTF-8 JSON for people, as ``to_json(..., indent=2)`` writes it,
    with every text shaped like an identity number or a phone masked (MPL art. 103).

    Many homes key people by the identity number or the phone; what a command works
    out (a report, a plan, suggestions, calls) is shown, not the register's data, which
    ``sample`` and ``template`` write whole.
    """
    import json

    safe_output(sys.stdout, utf8=True)
    write(json.dumps(_shown(data), ensure_ascii=False, indent=2))
