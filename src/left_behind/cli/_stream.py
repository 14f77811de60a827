"""``summary`` and ``check`` over a register read one child at a time, on one process or several.

A register in JSON Lines (``.jsonl``, ``.jsonl.gz``) or a big register document
(``.json`` of :data:`STREAM_FROM` bytes or more, or any with ``--stream``) is
read a part of :data:`PART` children at a time; each part is loaded, checked
and counted on its own (by ``--jobs`` processes, in the order of the file), and
the command keeps only counts, the ids seen (to refuse an id given twice) and
the text of the findings, spooled to temporary files and merged in the report's
order. The output is the same as reading the register whole, and the same for
any number of processes.

A line that is not a valid child is rejected with its problems and the rest go
on: the problems go to standard error, or with ``--rejects FILE`` to that file
(one JSON object a line: the line's number, its problems, its text).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import heapq
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, TextIO

from left_behind.cli._common import (
    BAD_INPUT,
    FINDINGS,
    OK,
    Failure,
    date_line,
    input_style,
    output_style,
    today,
    write,
    write_json,
)
from left_behind.cli._lang import words
from left_behind.kinds import Text

if TYPE_CHECKING:
    from left_behind.io import Line
    from left_behind.kinds import Lang
    from left_behind.model import Home

__all__ = [
    "PART",
    "STREAM_FROM",
    "Progress",
    "add_stream_arguments",
    "run_check",
    "run_summary",
    "streamed",
]

STREAM_FROM = 32 * 1024 * 1024
"""A register document of this size or more is read one child at a time."""

PART = 500
"""How many children a part holds: what one process loads and checks at a time."""

_LINES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def add_stream_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of a command that reads a register one child at a time."""
    group = parser.add_argument_group(words("大型登记册", "large registers"))
    group.add_argument(
        "--stream",
        action="store_true",
        help=words(
            "逐名儿童读取 JSON 登记册文档（.jsonl 与大文件总是如此）",
            "read a JSON register document one child at a time (.jsonl and big files always are)",
        ),
    )
    group.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help=words(
            "逐名读取时用 N 个进程（默认：1）",
            "N processes when read a child at a time (default: 1)",
        ),
    )
    group.add_argument(
        "--rejects",
        metavar="FILE",
        help=words(
            "逐名读取时，把无效的行及其问题写入 FILE（JSON Lines），其余照常处理",
            "when read a child at a time: write the lines that are not valid, with their"
            " problems, to FILE (JSON Lines); the rest go on",
        ),
    )
    group.add_argument(
        "--force",
        action="store_true",
        help=words("--rejects 的文件已存在时替换它", "replace the --rejects FILE if it exists"),
    )
    group.add_argument(
        "--quiet",
        action="store_true",
        help=words("不在标准错误上显示进度", "show no progress on standard error"),
    )


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (1 or more), got {text!r}"
        )
    return int(text)


def streamed(args: argparse.Namespace) -> bool:
    """Whether the command reads its register one child at a time."""
    path: str | None = args.file
    if path is None or path == "-" or getattr(args, "sample", False):
        return False
    if path.lower().endswith(_LINES):
        return True
    if getattr(args, "stream", False):
        return True
    try:
        return os.path.getsize(path) >= STREAM_FROM
    except OSError:
        return False  # the whole reader says why it cannot be read


class _Source:
    """The lines of a register file and its own facts, opened for reading."""

    def __init__(self, path: str, args: argparse.Namespace) -> None:
        from left_behind.io import read_document_stream, read_lines

        self.path = path
        self.lang: Lang = args.lang
        try:
            self.raw: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by close()
        except OSError as e:
            from left_behind.cli._lang import reason

            why = reason(e)
            line = Text(
                f"{path}：无法读取文件：{why.zh}", f"{path}: cannot read the file: {why.en}"
            )
            raise Failure("unreadable", [line]) from None
        self.size = os.fstat(self.raw.fileno()).st_size
        self.lines = path.lower().endswith(_LINES)
        file: Any = self.raw
        if path.lower().endswith(".gz"):
            file = gzip.GzipFile(fileobj=self.raw, mode="rb")
        self.reader: Any
        from left_behind.kinds import InvalidData

        try:
            if self.lines:
                self.reader = read_lines(file, style=input_style(args))
            else:
                self.reader = read_document_stream(file, style=input_style(args))
        except (InvalidData, OSError, EOFError) as e:
            self.raw.close()
            raise _unreadable(path, e, args.lang) from None

    @property
    def style(self) -> Any:
        return self.reader.style

    def done(self) -> float:
        """How much of the file is read, from 0 to 1."""
        try:
            return min(1.0, self.raw.tell() / self.size) if self.size else 1.0
        except (OSError, ValueError):
            return 0.0

    def close(self) -> None:
        self.raw.close()


def _unreadable(path: str, e: Exception, lang: Lang) -> Failure:
    """The failure of a file that cannot be read as a register at all."""
    from left_behind.cli._common import problem_texts
    from left_behind.kinds import InvalidData

    if isinstance(e, InvalidData):
        return Failure("invalid-data", problem_texts(path, e.problems), invalid=e)
    said = Text(f"{path}：无法读取文件：{e}", f"{path}: cannot read the file: {e}")
    return Failure("unreadable", [said])


def _parts(lines: Iterable[Line], path: str, lang: Lang) -> Iterator[list[tuple[int, str, Any]]]:
    from left_behind.kinds import InvalidData

    part: list[tuple[int, str, Any]] = []
    try:
        for line in lines:
            part.append((line.number, line.text, line.data))
            if len(part) >= PART:
                yield part
                part = []
    except (InvalidData, OSError, EOFError) as e:
        # not one line but the file: a document that is not JSON, a broken gzip
        raise _unreadable(path, e, lang) from None
    if part:
        yield part


# --- the work of one part, on whichever process ------------------------------------

_SETTINGS: dict[str, Any] = {}


def _setup(settings: dict[str, Any]) -> None:
    """Each process's settings, made once: the rules, the policy, the date."""
    from left_behind.io import from_dict
    from left_behind.rules import Policy, default_rules

    _SETTINGS.clear()
    _SETTINGS.update(settings)
    _SETTINGS["rules"] = default_rules().without(*settings["skip"])
    _SETTINGS["policy"] = from_dict(settings["policy"], Policy)


def _work(part: list[tuple[int, str, Any]]) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
    """What each line of a part comes to (a rejected line, or a child's row), and the
    findings of the part's children by subject: their counts, text and data."""
    from left_behind.io import Line, load_child, to_dict
    from left_behind.kinds import InvalidData, mask_shaped
    from left_behind.model import Child, Register
    from left_behind.rules import Report, Severity, check, render_blocks
    from left_behind.stats import Tally

    s = _SETTINGS
    on: dt.date = s["on"]
    out: list[tuple[Any, ...]] = []
    kept: dict[str, Child] = {}
    lines: dict[str, int] = {}
    for number, text, data in part:
        line = Line(number=number, text=text, data=data)
        try:
            child = load_child(line, s["style"])
        except InvalidData as e:
            problems = [p.text(s["lang"]) for p in e.problems]
            out.append(("bad", number, line.shown(), problems, e.to_dict(style=s["out_style"])))
            continue
        if child.id in kept:
            out.append(("twice", number, lines[child.id], line.shown()))
            continue
        kept[child.id], lines[child.id] = child, number
        row = Tally.row(child, on=on, policy=s["policy"]) if s["command"] == "summary" else None
        out.append(("ok", number, child.id, child.age_on(on) >= 18, row))
    subjects: dict[str, Any] = {}
    if s["command"] == "check" and kept:
        report = check(
            Register(children=tuple(kept.values())),
            on=on,
            policy=s["policy"],
            rules=s["rules"],
            style=s["out_style"],
        ).filter(severity=s["severity"], rule_id=s["rule"], subject_id=s["child"])
        order = list(Severity)
        by_subject: dict[str, list[Any]] = {}
        for f in report.findings:
            by_subject.setdefault(f.subject_id, []).append(f)
        for subject_id, found in by_subject.items():
            counts = Counter((f.severity.value, f.rule_id) for f in found)
            data = None
            if s["format"] == "json":
                data = to_dict(Report.of(on, found), style=s["out_style"])
            subjects[subject_id] = [dict(counts), [], data]
        if s["format"] == "text":
            for severity, (kind, subject_id), said in render_blocks(report, s["lang"], s["rules"]):
                subjects[subject_id][1].append((order.index(severity), kind, subject_id, said))
        # each child's findings under its own id, to leave out a child given twice
        subjects = {c: subjects.get(mask_shaped(c)) for c in kept}
    return out, subjects


# --- the spool of the findings' text, merged in the report's order ------------------


class _Spool:
    """The text of each subject's findings, kept in sorted runs on disk, merged at the end."""

    SIZE = 20000

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="left-behind-")
        self._runs: list[str] = []
        self._held: list[tuple[int, str, str, str]] = []

    def add(self, block: tuple[int, str, str, str]) -> None:
        self._held.append(block)
        if len(self._held) >= self.SIZE:
            self._flush()

    def _flush(self) -> None:
        self._held.sort()
        path = os.path.join(self._dir.name, f"run-{len(self._runs)}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for block in self._held:
                f.write(json.dumps(block, ensure_ascii=False) + "\n")
        self._runs.append(path)
        self._held = []

    def blocks(self) -> Iterator[tuple[int, str, str, str]]:
        self._held.sort()
        files = [open(p, encoding="utf-8") for p in self._runs]  # noqa: SIM115
        try:
            runs = [(tuple(json.loads(line)) for line in f) for f in files]
            yield from heapq.merge(*runs, iter(self._held))
        finally:
            for f in files:
                f.close()

    def close(self) -> None:
        self._dir.cleanup()


# --- progress --------------------------------------------------------------------


class Progress:
    """The children done and the rate on standard error, at most once a second, while it
    is a terminal (or ``stream`` is given) and the command is not ``--quiet``."""

    def __init__(self, lang: Lang, stream: TextIO | None = None, *, quiet: bool = False) -> None:
        self.lang = lang
        self.stream = stream if stream is not None else sys.stderr
        self.shown = not quiet and (stream is not None or self.stream.isatty())
        self.start = self.last = time.monotonic()
        self.said = False

    def tick(self, done: int, share: float, *, last: bool = False) -> None:
        if not self.shown:
            return
        now = time.monotonic()
        if not last and now - self.last < 1.0:
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        left = (now - self.start) * (1 - share) / share if 0 < share < 1 else 0.0
        line = Text(
            f"已处理 {done} 名儿童，每秒 {rate:,.0f} 名，{share:.0%}，约剩 {left:,.0f} 秒",
            f"{done:,} children done, {rate:,.0f} a second, {share:.0%}, about {left:,.0f} s left",
        ).get(self.lang)
        self.stream.write("\r" + line + ("\n" if last else ""))
        self.stream.flush()
        self.said = True


# --- the commands ---------------------------------------------------------------


def _settings(args: argparse.Namespace, command: str, on: dt.date, style: Any) -> dict[str, Any]:
    from left_behind.io import to_dict
    from left_behind.rules import Policy, Severity

    policy = getattr(args, "policy_read", None) or Policy()
    return {
        "command": command,
        "on": on,
        "style": style,
        "out_style": output_style(args),
        "lang": args.lang,
        "format": args.format,
        "skip": tuple(getattr(args, "skip", ())),
        "policy": to_dict(policy),
        "severity": None if getattr(args, "severity", None) is None else Severity(args.severity),
        "rule": getattr(args, "rule", None),
        "child": getattr(args, "child", None),
    }


def _results(
    source: _Source, settings: dict[str, Any], jobs: int, progress: Progress
) -> Iterator[tuple[list[tuple[Any, ...]], dict[str, Any]]]:
    """Every part's outcome (see :func:`_work`), in the order of the file, worked out by
    ``jobs`` processes."""
    parts = _parts(source.reader, source.path, source.lang)
    done = 0
    if jobs == 1:
        _setup(settings)
        outcomes: Iterator[tuple[list[tuple[Any, ...]], dict[str, Any]]] = map(_work, parts)
        pool = None
    else:
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        pool = context.Pool(jobs, initializer=_setup, initargs=(settings,))
        outcomes = pool.imap(_work, parts)
    try:
        for part in outcomes:
            done += len(part[0])
            progress.tick(done, source.done())
            yield part
        progress.tick(done, 1.0, last=True)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


class _Rejects:
    """The rejected lines: to standard error, or to the ``--rejects`` file."""

    def __init__(self, args: argparse.Namespace, name: str) -> None:
        self.name, self.lang = name, args.lang
        self.count = 0
        self.path: str | None = args.rejects
        self.file: TextIO | None = None
        if self.path is not None:
            try:
                self.file = open(  # noqa: SIM115 - closed by close()
                    self.path, "w" if args.force else "x", encoding="utf-8"
                )
            except FileExistsError:
                from left_behind.cli._files import EXISTS

                raise Failure("file-exists", [EXISTS.format(path=self.path)]) from None
            except OSError as e:
                from left_behind.kinds import COLON

                raise Failure(
                    "unwritable", [Text.same(self.path) + COLON + Text.same(str(e.strerror))]
                ) from None

    def add(self, number: int, shown: str, problems: list[str], data: dict[str, Any]) -> None:
        self.count += 1
        if self.file is not None:
            row = {"line": number, "problems": data["problems"], "text": shown}
            self.file.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        from left_behind.kinds import COLON

        where = Text(f"第 {number} 行", f"line {number}").get(self.lang)
        sep = COLON.get(self.lang)
        for p in problems:
            sys.stderr.write(f"{self.name}{sep}{where}{sep}{p}\n")

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        if self.count:
            said = (
                Text(
                    f"{self.name}：{self.count} 行无效，未计入，已写入 {self.path}",
                    f"{self.name}: {self.count} lines not valid, left out, written to {self.path}",
                )
                if self.path is not None
                else Text(
                    f"{self.name}：{self.count} 行无效，未计入（见上；--rejects FILE 可保存它们）",
                    f"{self.name}: {self.count} lines not valid, left out (above; --rejects FILE"
                    " keeps them)",
                )
            )
            sys.stderr.write(said.get(self.lang) + "\n")

    @property
    def status(self) -> int | None:
        """The exit status the rejects call for: bad input when they were not kept."""
        return BAD_INPUT if self.count and self.path is None else None


def _accepted(
    part: list[tuple[Any, ...]], seen: dict[str, int], rejects: _Rejects
) -> Iterator[tuple[str, bool, Any]]:
    """The children of a part that count (id, whether an adult, row): a line that is not
    valid, or whose id an earlier line has, is rejected."""
    for outcome in part:
        if outcome[0] == "bad":
            rejects.add(*outcome[1:])
            continue
        if outcome[0] == "twice":
            _, number, first, shown = outcome
            rejects.add(number, shown, *_duplicate(number, first, rejects.lang))
            continue
        _, number, child_id, adult, row = outcome
        first = seen.setdefault(child_id, number)
        if first != number:
            rejects.add(number, "", *_duplicate(number, first, rejects.lang))
            continue
        yield child_id, adult, row


def _duplicate(number: int, first: int, lang: Lang) -> tuple[list[str], dict[str, Any]]:
    from left_behind.kinds import InvalidData, Problem, ProblemCode

    problem = Problem.of(
        "$.id",
        ProblemCode.DUPLICATE,
        Text(
            f"这个编号已被第 {first} 行的儿童使用：编号不能重复",
            f"this id is already used by the child of line {first}; ids must be unique",
        ),
    )
    return [problem.text(lang)], InvalidData([problem]).to_dict()


def _whole(source: _Source, args: argparse.Namespace) -> Home | None:
    """The home of a register whose own facts keep people or the record of the work, read
    whole (they refer to its children); None for a register that is its children."""
    from left_behind.cli._common import problem_texts
    from left_behind.io import from_dict, header_home
    from left_behind.kinds import COLON, InvalidData
    from left_behind.model import Home

    if not source.lines:
        return None  # a document's own facts are known once it is read
    try:
        if header_home(source.reader.header, source.style) is not None:
            return None
        children = [
            json.loads(line.text) for line in source.reader
        ]  # a home's register is small: read whole
        data = {**source.reader.header, "children": children}
        home: Home = from_dict(data, Home, style=source.style)
        return home
    except InvalidData as e:
        raise Failure("invalid-data", problem_texts(source.path, e.problems), invalid=e) from None
    except ValueError as e:
        raise Failure(
            "invalid-data", [Text.same(source.path) + COLON + Text.same(str(e))]
        ) from None


def _header(source: _Source, args: argparse.Namespace) -> Home | None:
    from left_behind.cli._common import problem_texts
    from left_behind.io import header_home
    from left_behind.kinds import InvalidData

    try:
        return header_home(source.reader.header, source.style)
    except InvalidData as e:
        raise Failure("invalid-data", problem_texts(source.path, e.problems), invalid=e) from None


def _on(args: argparse.Namespace) -> dt.date:
    on: dt.date | None = args.on
    args.date_used = Text("今天", "today") if on is None else None
    return on or today()


def run_summary(args: argparse.Namespace, whole: Any) -> int:
    """``summary`` over a register read a child at a time; ``whole(home)`` runs the command
    on a home read whole, for a register that keeps more than its children."""
    from left_behind.cli._documents import adults_said
    from left_behind.io import to_dict
    from left_behind.stats import Tally, labelled, render

    on = _on(args)
    source = _Source(args.file, args)
    try:
        home = _whole(source, args)
        if home is not None:
            return int(whole(home))
        rows: Counter[Any] = Counter()
        seen: dict[str, int] = {}
        adults = 0
        rejects = _Rejects(args, source.path)
        progress = Progress(args.lang, quiet=args.quiet)
        settings = _settings(args, "summary", on, source.style)
        for part, _ in _results(source, settings, args.jobs, progress):
            for _, adult, row in _accepted(part, seen, rejects):
                adults += adult
                rows[row] += 1
        rejects.close()
        header = _header(source, args)
        if header is None:
            home = _read_whole(args)
            return int(whole(home))
    finally:
        source.close()
    warning = adults_said(adults, on)
    if warning is not None:
        sys.stderr.write(warning.get(args.lang) + "\n")
    summary = Tally.of_rows(rows, on=on).summary(header.name)
    if args.format == "json":
        write_json(to_dict(labelled(summary, args.lang), style=output_style(args)))
    else:
        write(date_line(args, on) + "\n" + render(summary, lang=args.lang))
    return rejects.status or OK


def _read_whole(args: argparse.Namespace) -> Home:
    """A register document that turned out to keep people, read again whole."""
    from left_behind.cli._common import read_register

    return read_register(args.file, style=input_style(args), lang=args.lang, one_child=True)


def run_check(args: argparse.Namespace, whole: Any) -> int:
    """``check`` over a register read a child at a time; see :func:`run_summary`."""
    from left_behind.cli._documents import adults_said
    from left_behind.rules import Severity, default_rules, render_lines

    on = _on(args)
    source = _Source(args.file, args)
    rules = default_rules().without(*args.skip)
    spool = _Spool()
    try:
        home = _whole(source, args)
        if home is not None:
            return int(whole(home))
        counts: Counter[tuple[Severity, str]] = Counter()
        seen: dict[str, int] = {}
        adults = 0
        found: list[Any] = []
        rejects = _Rejects(args, source.path)
        progress = Progress(args.lang, quiet=args.quiet)
        settings = _settings(args, "check", on, source.style)
        for part, subjects in _results(source, settings, args.jobs, progress):
            for child_id, adult, _ in _accepted(part, seen, rejects):
                adults += adult
                its = subjects.get(child_id)
                if its is None:
                    continue
                its_counts, blocks, report = its
                for (severity, rule_id), n in its_counts.items():
                    counts[Severity(severity), rule_id] += n
                for block in blocks:
                    spool.add(block)
                if report is not None:
                    found.append(report)
        rejects.close()
        header = _header(source, args)
        if header is None:
            home = _read_whole(args)
            return int(whole(home))
        if args.child is not None and args.child not in seen:
            args.parser.error(f"--child: no child (or person, pairing) has the id {args.child!r}")
        warning = adults_said(adults, on)
        if warning is not None:
            sys.stderr.write(warning.get(args.lang) + "\n")
        errors = sum(n for (severity, _), n in counts.items() if severity is Severity.ERROR)
        if args.format == "json":
            write_json(_merged(found, on, output_style(args)))
        else:
            order = list(Severity)
            blocks_out = ((order[b[0]], b[3]) for b in spool.blocks())
            lines = render_lines(on, counts, blocks_out, args.lang, header.name, rules)
            write(date_line(args, on) + "\n" + "\n".join(lines))
    finally:
        spool.close()
        source.close()
    return rejects.status or (OK if errors == 0 else FINDINGS)


def _merged(reports: list[dict[str, Any]], on: dt.date, style: Any) -> dict[str, Any]:
    """The report of the whole register from each child's, as ``to_dict`` writes it."""
    from left_behind.io import from_dict, to_dict
    from left_behind.rules import Report

    findings: list[Any] = []
    sources: list[Any] = []
    for data in reports:
        report = from_dict(data, Report, style=style)
        findings.extend(report.findings)
        sources.extend(report.sources)
    unique = list({s.key: s for s in sources}.values())
    merged: dict[str, Any] = to_dict(Report.of(on, findings, unique), style=style)
    return merged
