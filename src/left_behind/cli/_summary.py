"""``left-behind summary``: a register's headline figures on a date, and a period's figures."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import TYPE_CHECKING

from left_behind import samples
from left_behind.cli._common import (
    EXIT_STATUSES,
    add_register_arguments,
    date_line,
    load_register,
    output_style,
    parse_date,
    today,
    write,
    write_json,
)
from left_behind.cli._lang import words
from left_behind.cli._stream import add_stream_arguments
from left_behind.io import to_dict
from left_behind.kinds import Text
from left_behind.stats import Period, figures, labelled, render, render_figures, summarize

if TYPE_CHECKING:
    from left_behind.cli._common import Commands
    from left_behind.model import Home

__all__ = ["register", "run"]

_DESCRIPTION = """\
Print a register's headline figures on a date: the number of children,
and how many (and what share) are in each classification, care
arrangement, age band and school stage.

With a period (--from and --to, --week, --month, --term or --year), print
after them the home's figures for the period, as the reports to the county
give them: sessions held and called off, by programme; attendances and the
children served; the adults and volunteers active and their hours; visits
made and children visited; pairings active, begun and closed; the parents'
calls; tasks opened and done; meetings with the families and who came.

With --census, print instead the census summary (汇总表) of the 2016 census
of rural left-behind children (民发〔2016〕42号) on the date: the children by
age band (0-5, 6-13, 14-15) and sex, by schooling, by the kind of
left-behind, by care arrangement, by health and by the assessment of the
care, each breakdown adding up to the total; --county, --township and
--village keep the children of one place.

The register is a JSON file as written by left_behind.to_json (FILE, or -
for standard input), or the synthetic sample home with --sample.
"""

_EPILOG = f"""\
--on defaults to today (China Standard Time) for a FILE; with --sample, to
the day the sample describes, {samples.REFERENCE_DATE}, so that the sample's
figures never change. With a period and no --on, the headline figures are
those of the period's last day.

A period: --from and --to (both days included); --week, the week (Monday
to Sunday) of a day; --month YYYY-MM; --term YYYY-autumn or YYYY-spring,
the term that starts in that year, as the home's school calendar (its
"terms") sets it; --year YYYY. The sample home's records cover the spring
term of 2026: --sample --term 2026-spring.

--format json writes the summary as left_behind.to_json does, each row with
its label in the language of --lang; with a period, an object with the
summary under "summary" and the period's figures under "figures".

{EXIT_STATUSES}
"""

_MONTH = re.compile(r"(\d{4})-(\d{2})")
_TERM = re.compile(r"(\d{4})-(autumn|spring)")
_YEAR = re.compile(r"\d{4}")


def _month(text: str) -> Period:
    found = _MONTH.fullmatch(text)
    if found is None or not 1 <= int(found[2]) <= 12:
        raise argparse.ArgumentTypeError(
            f"expected a month as YYYY-MM (such as 2026-03), got {text!r}"
        )
    return Period.month(int(found[1]), int(found[2]))


def _year(text: str) -> Period:
    if not _YEAR.fullmatch(text) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a year as YYYY (such as 2026), got {text!r}")
    return Period.year(int(text))


def _week(text: str) -> Period:
    return Period.week(parse_date(text))


def _term(text: str) -> tuple[int, str]:
    found = _TERM.fullmatch(text)
    if found is None:
        raise argparse.ArgumentTypeError(
            f"expected a term as YYYY-autumn or YYYY-spring (such as 2026-spring), got {text!r}"
        )
    return int(found[1]), found[2]


def register(commands: Commands) -> None:
    """Add the ``summary`` subcommand to the command line."""
    parser = commands.add_parser(
        "summary",
        help="a register's headline figures on a date, and a period's figures",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(parser, on_help="the date of the figures (see below for the default)")
    period = parser.add_argument_group("a period (see below)")
    period.add_argument(
        "--from",
        dest="first",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the period's first day (with --to)",
    )
    period.add_argument(
        "--to",
        dest="last",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the period's last day (with --from)",
    )
    period.add_argument("--week", type=_week, metavar="YYYY-MM-DD", help="the week of a day")
    period.add_argument("--month", type=_month, metavar="YYYY-MM", help="a month")
    period.add_argument(
        "--term", type=_term, metavar="YYYY-TERM", help="a school term: YYYY-autumn or YYYY-spring"
    )
    period.add_argument("--year", type=_year, metavar="YYYY", help="a calendar year")
    census = parser.add_argument_group(
        words("2016 年摸底排查的汇总表", "the summary of the 2016 census")
    )
    census.add_argument(
        "--census",
        action="store_true",
        help=words(
            "打印农村留守儿童信息汇总表（民发〔2016〕42号）：按年龄段和性别、就学情况、留守类型、"
            "照护安排、身体情况和监护情况评估统计，各项合计等于总数",
            "print the census summary (汇总表, 民发〔2016〕42号): the rural left-behind"
            " children by age band and sex, schooling, kind of left-behind, care"
            " arrangement, health and assessment of the care, each adding up to the total",
        ),
    )
    for name, zh, en in (
        ("county", "县", "county"),
        ("township", "乡镇", "township"),
        ("village", "村", "village"),
    ):
        census.add_argument(
            f"--{name}",
            default="",
            metavar=name.upper(),
            help=words(
                f"只统计这个{zh}的儿童（与 --census 同用）",
                f"count only the children of this {en} (with --census)",
            ),
        )
    add_stream_arguments(parser)
    parser.set_defaults(run=run, parser=parser)


def _period(args: argparse.Namespace, home: Home) -> Period | None:
    """The period the arguments ask for, if any; a usage error for two or half of one."""
    given = [name for name in ("week", "month", "term", "year") if getattr(args, name) is not None]
    if args.first is not None or args.last is not None:
        if args.first is None or args.last is None:
            args.parser.error("--from and --to go together: give both")
        given.append("from")
    if len(given) > 1:
        args.parser.error("give one period: --from/--to, --week, --month, --term or --year")
    if not given:
        return None
    if given[0] == "from":
        if args.last < args.first:
            args.parser.error(f"--to {args.last} comes before --from {args.first}")
        return Period(first=args.first, last=args.last)
    if given[0] == "term":
        year, term = args.term
        starts = year if term == "autumn" else year - 1
        for school_year in home.terms:
            if school_year.year == starts:
                return Period.term(school_year, "autumn" if term == "autumn" else "spring")
        args.parser.error(
            f"the home's school calendar has no {term} term starting in {year}: add its"
            " school year to the home's terms"
        )
    found: Period = getattr(args, given[0])
    return found


def run(args: argparse.Namespace) -> int:
    """Print the summary that ``args`` asks for."""
    from left_behind.cli._stream import run_summary, streamed

    asked_on: dt.date | None = args.on
    place = any((args.county, args.township, args.village))
    if place and not args.census:
        args.parser.error(
            words(
                "--county、--township 和 --village 与 --census 同用",
                "--county, --township and --village go with --census",
            )
        )
    if args.census:
        home, on = load_register(args)
        return _census(args, home, on)
    periods = ("first", "last", "week", "month", "term", "year")
    if streamed(args) and all(getattr(args, name) is None for name in periods):
        return run_summary(args, lambda home: _run(args, home, args.on or today(), asked_on))
    home, on = load_register(args)
    return _run(args, home, on, asked_on)


def _run(args: argparse.Namespace, home: Home, on: dt.date, asked_on: dt.date | None) -> int:
    period = _period(args, home)
    if period is not None and asked_on is None:
        on = period.last
        args.date_used = Text("统计期的最后一天", "the period's last day")
    summary = summarize(home, on=on)
    found = None if period is None else figures(home, period)
    if args.format == "json":
        shown = to_dict(labelled(summary, args.lang), style=output_style(args))
        if found is None:
            write_json(shown)
        else:
            write_json({"summary": shown, "figures": to_dict(found, style=output_style(args))})
    else:
        text = render(summary, lang=args.lang)
        if found is not None:
            text += "\n\n" + render_figures(found, lang=args.lang)
        write(date_line(args, on) + "\n" + text)
    return 0


def _census(args: argparse.Namespace, home: Home, on: dt.date) -> int:
    """Print the census summary (汇总表) of the register, or of the place asked for."""
    from left_behind.stats import census_labelled, census_summary, render_census

    given = [
        name for name in ("week", "month", "term", "year", "first", "last") if getattr(args, name)
    ]
    if given:
        args.parser.error(
            words(
                "--census 是某一天的汇总，不与统计期同用",
                "--census is the summary on a day: give no period with it",
            )
        )
    summary = census_summary(
        home, on=on, county=args.county, township=args.township, village=args.village
    )
    if args.format == "json":
        write_json(to_dict(census_labelled(summary, args.lang), style=output_style(args)))
    else:
        write(date_line(args, on) + "\n" + render_census(summary, lang=args.lang))
    return 0
