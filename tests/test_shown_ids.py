"""No writer for people shows an id shaped like an identity number or a phone (MPL art. 103, PIPL).

Many registers key a child, a volunteer or a member of staff by the identity
number or the mobile phone. The records keep such an id whole (it is the key
a program looks people up by), but every text the library writes for people
masks it as :func:`left_behind.kinds.mask_shaped` does: the command line's output,
the explanations and renderings of findings, plans, suggestions and calls,
the JSON of what it works out (not of the register itself, which is the
data), and the ``.ics`` file that leaves the home.

:data:`WRITERS` is the table of those writers. A new writer (a spreadsheet,
another command) is one more row: a function of a :class:`Case` that returns
the text a person would read (a binary file turned into its text first).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.cli import _parser, main
from left_behind.cli._pair import render_suggestions
from left_behind.cli._plan import render_plan
from profiles import examples

SETTINGS = settings(max_examples=examples(0.25))
LANGS = ("zh", "en")


# --- homes keyed by identity numbers and phones ----------------------------------------


@attrs.frozen
class Case:
    """A home whose people have ids shaped like identity numbers or phones, and the days."""

    home: lb.Home
    on: dt.date
    first: dt.date  # the days planned
    last: dt.date
    secrets: frozenset[str]  # the identity numbers and phones inside the ids, whole


def people_ids(home: lb.Home) -> list[str]:
    return [c.id for c in home.children] + [p.id for p in (*home.staff, *home.volunteers)]


def with_ids(home: lb.Home, new: dict[str, str]) -> lb.Home:
    """``home`` with each person's id replaced by ``new``, and every reference to it."""

    def swap(data: Any) -> Any:
        if isinstance(data, str):
            return new.get(data, data)
        if isinstance(data, list):
            return [swap(x) for x in data]
        if isinstance(data, dict):
            return {k: swap(v) for k, v in data.items()}
        return data

    return lb.from_dict(swap(lb.to_dict(home)), lb.Home)


@st.composite
def planned_homes(draw: st.DrawFn) -> lb.Home:
    """A home of the strategies with rooms, opening hours and programmes that its own
    people run for its own children."""
    home = draw(lt.homes(max_children=4, max_volunteers=4, max_pairings=3))
    rooms = draw(st.lists(lt.records(lb.Room), min_size=1, max_size=2, unique_by=lambda r: r.id))
    kids = [c.id for c in home.children]
    adults = [p.id for p in (*home.staff, *home.volunteers)]
    programmes = [
        attrs.evolve(
            p,
            room=draw(st.sampled_from([r.id for r in rooms])),
            facilitators=draw(st.lists(st.sampled_from(adults), max_size=2, unique=True))
            if adults
            else (),
            children=draw(st.lists(st.sampled_from(kids), max_size=3, unique=True)) if kids else (),
            with_carers=(),
        )
        for p in draw(st.lists(lt.records(lb.Programme), max_size=3, unique_by=lambda p: p.id))
    ]
    opening = draw(st.lists(lt.records(lb.Opening), max_size=4))
    return attrs.evolve(home, rooms=rooms, opening=opening, programmes=programmes)


def secrets() -> st.SearchStrategy[str]:
    """A synthetic identity number (with its check character) or mobile number, whole."""
    return st.one_of(
        lt.id_numbers().map(lambda n: n.reveal()),
        lt.phones(mobile=True).map(lambda p: p.reveal()),
    )


@st.composite
def cases(draw: st.DrawFn) -> Case:
    home = draw(planned_homes())
    old = people_ids(home)
    new = draw(st.lists(secrets(), min_size=len(old), max_size=len(old), unique=True))
    prefixes = draw(st.lists(st.sampled_from(["", "", "LB", "编号"]), min_size=len(old)))
    first = draw(st.dates(dt.date(2026, 9, 1), dt.date(2027, 7, 31)))
    return Case(
        home=with_ids(home, {o: p + n for o, p, n in zip(old, prefixes, new, strict=False)}),
        on=lt.REFERENCE_DATE,
        first=first,
        last=first + dt.timedelta(days=draw(st.integers(0, 40))),
        secrets=frozenset(new),
    )


# --- the writers -------------------------------------------------------------------------


def unfolded(data: bytes) -> str:
    """The text of an iCalendar file with its folded lines joined (RFC 5545, 3.1): a long
    line is cut every 75 octets, which would hide an id cut in two."""
    return re.sub(rb"\r\n[ \t]", b"", data).decode("utf-8")


def _plan(case: Case) -> lb.Plan:
    return lb.plan(case.home, start=case.first, end=case.last)


def _each(texts: Iterator[str]) -> str:
    return "\n".join(texts)


def _reports(case: Case) -> Iterator[lb.Report]:
    yield lb.check(case.home, on=case.on)
    yield lb.check_plan(_plan(case))


def _findings(case: Case) -> str:
    return _each(
        f.message(lang) for report in _reports(case) for f in report.findings for lang in LANGS
    )


def _rendered_reports(case: Case) -> str:
    return _each(
        lb.render_report(report, lang=lang, title=case.home.name, rules=rules)
        for report, rules in zip(_reports(case), (None, lb.planning.planning_rules()), strict=True)
        for lang in LANGS
    )


def _classifications(case: Case) -> str:
    return _each(
        text
        for c in case.home.children
        if c.birth_date <= case.on
        for lang in LANGS
        for text in (
            lb.classify(c, on=case.on).explain(lang),
            lb.assess_risk(c, on=case.on).explain(lang),
            lb.to_json(lb.classify(c, on=case.on)),
            lb.to_json(lb.assess_risk(c, on=case.on)),
        )
    )


def _suggestions(case: Case) -> str:
    found = lb.suggest_pairings(case.home, on=case.on)
    return _each(
        t for lang in LANGS for t in (found.explain(lang), render_suggestions(found, lang))
    )


def _calls(case: Case) -> str:
    return _each(lb.book_calls(case.home, week=case.on).explain(lang) for lang in LANGS)


def _volunteers(case: Case) -> str:
    view = lb.volunteers_on(case.home, on=case.on)
    return _each(lb.stats.render_volunteers(view, lang) for lang in LANGS)


def _period_report(case: Case) -> str:
    from left_behind.reports import home_report, render_report, report_csv, report_html

    period = lb.stats.Period.year(case.on.year)
    made = home_report(case.home, period, monthly=True)
    return _each(
        t
        for lang in LANGS
        for t in (
            render_report(made, lang),
            report_csv(made, lang).decode("utf-8-sig"),
            report_html(made, lang, charts=False),
        )
    )


def _summary(case: Case) -> str:
    summary = lb.summarize(case.home, on=case.on)
    return _each(t for lang in LANGS for t in (lb.stats.render(summary, lang), lb.to_json(summary)))


def _rendered_plan(case: Case) -> str:
    made = _plan(case)
    report = lb.check_plan(made)
    texts = [render_plan(made, report, lang) for lang in LANGS]
    texts += [c.describe(lang) for c in made.changes for lang in LANGS]
    return _each(iter(texts))


def _agenda(case: Case) -> str:
    made = lb.due(case.home, on=case.on)
    texts = [lb.agenda.render_agenda(made, lang) for lang in LANGS]
    texts += [lb.to_json(made)]
    return _each(iter(texts))


def _ics(case: Case) -> str:
    made = _plan(case)
    files = [lb.io.plan_to_ics(made)]
    files += [
        lb.io.plan_to_ics(made, child=c) for c in {c for s in made.sessions for c in s.children}
    ]
    files += [
        lb.io.plan_to_ics(made, facilitator=f)
        for f in {f for s in made.sessions for f in s.facilitators}
    ]
    return _each(unfolded(f) for f in files)


def run_cli(case: Case, command: str, fmt: str) -> str:
    """What ``left-behind COMMAND HOME --format FMT`` prints, and the files it writes."""
    with tempfile.TemporaryDirectory() as folder:
        home, ics = Path(folder, "home.json"), Path(folder, "plan.ics")
        home.write_text(lb.to_json(case.home), encoding="utf-8")
        argv = [command, str(home), "--on", str(case.on), "--format", fmt]
        if command == "plan":
            argv += ["--from", str(case.first), "--to", str(case.last), "--ics", str(ics)]
        if command == "report":
            # a report is of a period: the year of the case's day
            argv = [command, str(home), "--period", str(case.on.year), "--format", fmt]
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            status = main(argv)
        assert status in (0, 1), out.getvalue()
        return out.getvalue() + (unfolded(ics.read_bytes()) if ics.exists() else "")


# the commands that read a home and write for people; the others write data
CLI_COMMANDS = (
    "check",
    "risk",
    "summary",
    "pair",
    "plan",
    "volunteers",
    "calls",
    "due",
    "report",
    "week",
)
DATA_COMMANDS = {
    "sample": "writes the synthetic sample register",
    "template": "writes a blank document to fill in",
    "schema": "writes the JSON Schema",
    "redact": "writes a document's redacted copy (ids pseudonymous, tested in tests/cli)",
    "convert": "writes a register again as JSON Lines or JSON, whole (tested in tests/cli)",
    "import": "reads a spreadsheet; its row problems show values masked (tested in tests/sheets)",
    "export": "writes a spreadsheet of the data, ids whole as to_json writes them",
}


def _cli(command: str, fmt: str) -> Callable[[Case], str]:
    return lambda case: run_cli(case, command, fmt)


WRITERS: dict[str, Callable[[Case], str]] = {
    "Finding.message": _findings,
    "render_report": _rendered_reports,
    "to_json(Report)": lambda case: _each(lb.to_json(r) for r in _reports(case)),
    "classify and assess_risk": _classifications,
    "suggest_pairings explained": _suggestions,
    "book_calls explained": _calls,
    "render_volunteers": _volunteers,
    "summary": _summary,
    "home_report: text, csv, html": _period_report,
    "render_plan": _rendered_plan,
    "plan_to_ics": _ics,
    "due and render_agenda": _agenda,
    **{
        f"left-behind {command} --format {fmt}": _cli(command, fmt)
        for command in CLI_COMMANDS
        for fmt in ("text", "json")
    },
}
"""Every writer for people: what it is, and the text it writes for a case."""


def leaks(text: str, secrets: frozenset[str]) -> list[str]:
    """Where ``text`` shows an id-shaped value: a secret whole, or anything the library's
    own recogniser (:func:`~left_behind.kinds.mask_shaped`) would mask."""
    found = sorted(s for s in secrets if s in text)
    shown = lb.kinds.mask_shaped(text)
    if shown != text:
        at = next(i for i, (a, b) in enumerate(zip(text, shown, strict=False)) if a != b)
        found.append(text[max(0, at - 30) : at + 30])
    return found


def test_the_writers_cover_every_command_that_writes_for_people() -> None:
    commands = next(
        a.choices
        for a in _parser()._subparsers._group_actions  # type: ignore[union-attr]
    )
    assert set(commands) == set(CLI_COMMANDS) | set(DATA_COMMANDS)


@SETTINGS
@given(case=cases())
def test_no_writer_shows_an_identity_number_or_a_phone_in_an_id(case: Case) -> None:
    assert case.home.children or case.home.volunteers or case.home.staff or not case.secrets
    for name, writer in WRITERS.items():
        text = writer(case)
        assert not leaks(text, case.secrets), f"{name} shows {leaks(text, case.secrets)}"
