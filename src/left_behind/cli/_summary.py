"""``left-behind summary``: a register's headline figures on a date, and a period's figures."""

from __future__ import annotations

import argparse
import datetime as dt
import re

from left_behind.cli._common import (
    add_register_arguments,
    date_line,
    exit_words,
    load_register,
    output_style,
    parse_date,
    today,
    usage_error,
    write,
    write_json,
)
from left_behind.cli._lang import say, words
from left_behind.cli._stream import add_stream_arguments
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from left_behind.cli._common import Commands
    from left_behind.model import Home
    from left_behind.stats import Period

__all__ = ["register", "run"]

_DESCRIPTION = Text(
    """\
列出登记册在某日的主要数字：儿童人数，以及各类别、照护安排、年龄段和学段的人数
（和占比）。

给出统计期（--from 和 --to、--week、--month、--term 或 --year）时，随后按向县里报告
的方式列出家园在该期间的数字：按活动项目举办和取消的场次；出勤和服务的儿童；在岗的
成年人和志愿者及其时长；走访次数和被走访的儿童；进行中、开始和结束的结对；父母的
通话；新开和完成的任务；家庭会面及到场的人。

给出 --census 时，改为列出某日的农村留守儿童信息汇总表（民发〔2016〕42号）：按年龄段
（0-5、6-13、14-15 岁）和性别、就学情况、留守类型、照护安排、身体情况和监护情况评估
统计，每项合计等于总数；--county、--township 和 --village 只统计一处的儿童。

登记册是 left_behind.to_json 写出的 JSON 文件（FILE，或 - 表示标准输入），或用
--sample 使用合成的示例家园。
""",
    """\
Print a register's headline figures on a date: the number of children,
and how many (and what share) are in each classification, care
arrangement, age band and school stage.

With a period (--from and --to, --week, --month, --term or --year), print
after them the home's figures for the period, as the reports to the county
give them: sessions held and called off, by programme; attendances and the
children served; the adults and volunteers active and their hours; visits
made and children visited; pairings active, begun and closed; the parents'
calls; tasks opened and done; meetings with the families and who came.

With --census, print instead the census summary of the 2016 census of
rural left-behind children (the civil affairs notice of 2016) on the date: the children by
age band (0-5, 6-13, 14-15) and sex, by schooling, by the kind of
left-behind, by care arrangement, by health and by the assessment of the
care, each breakdown adding up to the total; --county, --township and
--village keep the children of one place.

The register is a JSON file as written by left_behind.to_json (FILE, or -
for standard input), or the synthetic sample home with --sample.
""",
)


def _epilog() -> str:
    from left_behind.samples import REFERENCE_DATE

    return (
        words(
            f"""\
不给 --on 时：读 FILE 为今天（中国标准时间）；用 --sample 为示例所描述的日子
{REFERENCE_DATE}，使示例的数字永远不变。给出统计期而不给 --on 时，主要数字为统计期
最后一天的数字。

统计期：--from 和 --to（两天都包括在内）；--week，某日所在的一周（星期一到星期日）；
--month YYYY-MM；--term YYYY-autumn 或 YYYY-spring，即该年开始的学期，按家园的校历
（其 "terms"）；--year YYYY。示例家园的记录涵盖 2026 年春季学期：
--sample --term 2026-spring。

--format json 按 left_behind.to_json 的方式写出汇总，每行的标签用 --lang 的语言；
给出统计期时，写出一个对象，"summary" 下为汇总，"figures" 下为该期间的数字。
""",
            f"""\
--on defaults to today (China Standard Time) for a FILE; with --sample, to
the day the sample describes, {REFERENCE_DATE}, so that the sample's
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
""",
        )
        + "\n"
        + exit_words()
    )


_MONTH = re.compile(r"(\d{4})-(\d{2})")
_TERM = re.compile(r"(\d{4})-(autumn|spring)")
_YEAR = re.compile(r"\d{4}")


def _month(text: str) -> Period:
    from left_behind.stats import Period

    found = _MONTH.fullmatch(text)
    if found is None or not 1 <= int(found[2]) <= 12:
        raise argparse.ArgumentTypeError(
            words(
                f"月份应写作 YYYY-MM（例如 2026-03），而不是 {text!r}",
                f"expected a month as YYYY-MM (such as 2026-03), got {text!r}",
            )
        )
    return Period.month(int(found[1]), int(found[2]))


def _year(text: str) -> Period:
    from left_behind.stats import Period

    if not _YEAR.fullmatch(text) or int(text) < 1:
        raise argparse.ArgumentTypeError(
            words(
                f"年份应写作 YYYY（例如 2026），而不是 {text!r}",
                f"expected a year as YYYY (such as 2026), got {text!r}",
            )
        )
    return Period.year(int(text))


def _week(text: str) -> Period:
    from left_behind.stats import Period

    return Period.week(parse_date(text))


def _term(text: str) -> tuple[int, str]:
    found = _TERM.fullmatch(text)
    if found is None:
        raise argparse.ArgumentTypeError(
            words(
                f"学期应写作 YYYY-autumn 或 YYYY-spring（例如 2026-spring），而不是 {text!r}",
                "expected a term as YYYY-autumn or YYYY-spring (such as 2026-spring),"
                f" got {text!r}",
            )
        )
    return int(found[1]), found[2]


def register(commands: Commands) -> None:
    """Add the ``summary`` subcommand to the command line."""
    parser = commands.add_parser(
        "summary",
        description=say(_DESCRIPTION),
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(
        parser,
        on_help=words(
            "数字的日期（默认值见下）", "the date of the figures (see below for the default)"
        ),
    )
    period = parser.add_argument_group(words("统计期（见下）", "a period (see below)"))
    period.add_argument(
        "--from",
        dest="first",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help=words("统计期的第一天（与 --to 一起）", "the period's first day (with --to)"),
    )
    period.add_argument(
        "--to",
        dest="last",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help=words("统计期的最后一天（与 --from 一起）", "the period's last day (with --from)"),
    )
    period.add_argument(
        "--week",
        type=_week,
        metavar="YYYY-MM-DD",
        help=words("某日所在的一周", "the week of a day"),
    )
    period.add_argument("--month", type=_month, metavar="YYYY-MM", help=words("一个月", "a month"))
    period.add_argument(
        "--term",
        type=_term,
        metavar="YYYY-TERM",
        help=words(
            "一个学期：YYYY-autumn 或 YYYY-spring", "a school term: YYYY-autumn or YYYY-spring"
        ),
    )
    period.add_argument(
        "--year", type=_year, metavar="YYYY", help=words("一个公历年", "a calendar year")
    )
    census = parser.add_argument_group(
        words("2016 年摸底排查的汇总表", "the summary of the 2016 census")
    )
    census.add_argument(
        "--census",
        action="store_true",
        help=words(
            "打印农村留守儿童信息汇总表（民发〔2016〕42号）：按年龄段和性别、就学情况、留守类型、"
            "照护安排、身体情况和监护情况评估统计，各项合计等于总数",
            "print the census summary (of the 2016 census form): the rural left-behind"
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
    from left_behind.stats import Period

    given = [name for name in ("week", "month", "term", "year") if getattr(args, name) is not None]
    first: dt.date | None = args.first
    last: dt.date | None = args.last
    if first is not None or last is not None:
        if first is None or last is None:
            usage_error(
                args, Text("--from 和 --to 要一起给出", "--from and --to go together: give both")
            )
        given.append("from")
    if len(given) > 1:
        usage_error(
            args,
            Text(
                "只给一个统计期：--from/--to、--week、--month、--term 或 --year",
                "give one period: --from/--to, --week, --month, --term or --year",
            ),
        )
    if not given:
        return None
    if given[0] == "from" and first is not None and last is not None:
        if last < first:
            usage_error(
                args,
                Text(
                    f"--to {last} 早于 --from {first}", f"--to {last} comes before --from {first}"
                ),
            )
        return Period(first=first, last=last)
    if given[0] == "term":
        year, term = args.term
        starts = year if term == "autumn" else year - 1
        for school_year in home.terms:
            if school_year.year == starts:
                return Period.term(school_year, "autumn" if term == "autumn" else "spring")
        season = Text("秋季", "autumn") if term == "autumn" else Text("春季", "spring")
        usage_error(
            args,
            Text(
                f"家园的校历中没有 {year} 年开始的{season.zh}学期：请把这一学年加入家园的 terms",
                f"the home's school calendar has no {term} term starting in {year}: add its"
                " school year to the home's terms",
            ),
        )
    found: Period = getattr(args, given[0])
    return found


def run(args: argparse.Namespace) -> int:
    """Print the summary that ``args`` asks for."""
    from left_behind.cli._stream import run_summary, streamed

    asked_on: dt.date | None = args.on
    place = any((args.county, args.township, args.village))
    if place and not args.census:
        usage_error(
            args,
            Text(
                "--county、--township 和 --village 与 --census 同用",
                "--county, --township and --village go with --census",
            ),
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
    from left_behind.io import to_dict
    from left_behind.stats import figures, labelled, render, render_figures, summarize

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
    from left_behind.io import to_dict
    from left_behind.stats import census_labelled, census_summary, render_census

    given = [
        name for name in ("week", "month", "term", "year", "first", "last") if getattr(args, name)
    ]
    if given:
        usage_error(
            args,
            Text(
                "--census 是某一天的汇总，不与统计期同用",
                "--census is the summary on a day: give no period with it",
            ),
        )
    summary = census_summary(
        home, on=on, county=args.county, township=args.township, village=args.village
    )
    if args.format == "json":
        write_json(to_dict(census_labelled(summary, args.lang), style=output_style(args)))
    else:
        write(date_line(args, on) + "\n" + render_census(summary, lang=args.lang))
    return 0
