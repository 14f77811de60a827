"""``left-behind report``: a home's report for a period, or the roll-up of several homes.

The report, its tables and its forms are made by :mod:`left_behind.reports`;
this module reads the files, parses the period and writes the form chosen.
The heavy parts (the records, the reports, openpyxl, matplotlib) are
imported when the command runs, not when the command line is built.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import TYPE_CHECKING, Literal

from left_behind.cli._common import Failure, input_style, output_style, write, write_json
from left_behind.cli._files import add_force_argument, write_out
from left_behind.cli._lang import say, words
from left_behind.kinds import COLON, Lang, Text

if TYPE_CHECKING:
    from left_behind.cli._common import Commands
    from left_behind.model import Home
    from left_behind.reports import HomeReport, RollUp
    from left_behind.stats import Period

__all__ = ["PeriodAsked", "parse_period", "register", "run_report"]

_DESCRIPTION = Text(
    """\
一个家园在一段期间（一个月、一个学期、一年）的工作报告：按活动项目的开展场次、参加人次和服务儿童
人数，志愿者和服务时长，走访、结对、亲情电话、跟进事项、家长会议，以及统计期最后一天仍未解决的
问题；还有当天登记儿童按类别、监护类型和年龄段的人数和占比。给出几个文件时，得到乡镇或县的汇总：
各家园一行，再加上妇联要的合计（按监护类型的儿童、志愿者、开展活动、服务儿童）。占比保留一位
小数，每个分类合计正好为 100.0（最大余数法）。""",
    """\
A home's report for a period (a month, a term, a year): sessions held by
programme, attendances and the children served, volunteers and their hours,
visits, pairings, the parents' calls, follow-up tasks, meetings with the
families, and the findings still open on the period's last day; and the
children on the register that day by classification, guardianship type and
age, with their shares. Several files give the roll-up of a township or a
county: a row for each home, then the totals the Women's Federation asks for
(children by guardianship type, volunteers, activities held, children
served). Shares are to one decimal and each breakdown's add up to exactly
100.0 (largest remainders).""",
)

_EPILOG = Text(
    """\
--period：YYYY-MM 一个月；YYYY-autumn 或 YYYY-spring 该年开始的学期，日期按家园的校历
（terms）；YYYY 一个日历年。示例家园的记录覆盖 2026 年春季学期：--sample --period 2026-spring。

--format：text（默认，按显示宽度对齐）、csv（UTF-8 带 BOM，Excel 可直接打开）、xlsx（每个表
一个工作表，需要 reports 扩展：pip install 'left_behind[reports]'）、json（left_behind.to_json
的写法）、html（一个自带图表的网页，需要 charts 扩展）。xlsx 必须给出 --output。--output 已存在
时不会替换，除非加 --force。

退出状态：0 完成；2 命令行有误、文件无法读取或无效、缺少所需的扩展，或输出文件已存在。""",
    """\
--period: YYYY-MM a month; YYYY-autumn or YYYY-spring the term that starts
in that year, with the dates of the home's school calendar (its "terms");
YYYY a calendar year. The sample home's records cover the spring term of
2026: --sample --period 2026-spring.

--format: text (the default, aligned by display width), csv (UTF-8 with a
byte-order mark, which Excel opens as it is), xlsx (a sheet per table; needs
the reports extra: pip install 'left_behind[reports]'), json (as
left_behind.to_json writes it), html (one page with the charts inline; needs
the charts extra). xlsx needs --output. An existing --output is not replaced
unless --force is given.

exit status: 0 done; 2 a bad command line, a file that cannot be read or is
not valid, a missing extra, or an existing output without --force.""",
)

_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_TERM = re.compile(r"([0-9]{4})-(autumn|spring)")
_YEAR = re.compile(r"[0-9]{4}")


class PeriodAsked:
    """A period as given on the command line: a month, a term or a year, not yet dated.

    A term's days come from each home's school calendar, so it is resolved
    against the home (:meth:`of`).
    """

    def __init__(
        self, kind: Literal["month", "term", "year"], year: int, part: int | str = 0
    ) -> None:
        self.kind, self.year, self.part = kind, year, part

    def of(self, home: Home) -> Period | Text:
        """The period's days for ``home``, or why it has none."""
        from left_behind.stats import Period

        if self.kind == "month":
            assert isinstance(self.part, int)
            return Period.month(self.year, self.part)
        if self.kind == "year":
            return Period.year(self.year)
        term: Literal["autumn", "spring"] = "autumn" if self.part == "autumn" else "spring"
        starts = self.year if term == "autumn" else self.year - 1
        for school_year in home.terms:
            if school_year.year == starts:
                return Period.term(school_year, term)
        season = "秋季" if term == "autumn" else "春季"
        return Text(
            f"家园的校历（terms）中没有 {self.year} 年开始的{season}学期：请把该学年加入家园的校历",
            f"the home's school calendar (its terms) has no {term} term starting in"
            f" {self.year}: add its school year to the home's terms",
        )


def parse_period(text: str) -> PeriodAsked:
    """``2026-09``, ``2026-autumn``, ``2026-spring`` or ``2026``, as the command line gives it.

    >>> parse_period("2026-09").kind, parse_period("2026-spring").part, parse_period("2026").kind
    ('month', 'spring', 'year')
    """
    month = _MONTH.fullmatch(text)
    if month is not None and 1 <= int(month[2]) <= 12 and int(month[1]) >= 1:
        return PeriodAsked("month", int(month[1]), int(month[2]))
    term = _TERM.fullmatch(text)
    if term is not None and int(term[1]) >= 2:
        return PeriodAsked("term", int(term[1]), term[2])
    if _YEAR.fullmatch(text) and int(text) >= 1:
        return PeriodAsked("year", int(text))
    raise argparse.ArgumentTypeError(
        words(
            f"期间应为 YYYY-MM、YYYY-autumn、YYYY-spring 或 YYYY（如 2026-09），而不是 {text!r}",
            f"a period is YYYY-MM, YYYY-autumn, YYYY-spring or YYYY (such as 2026-09),"
            f" not {text!r}",
        )
    )


_FORMATS = ("text", "csv", "xlsx", "json", "html")


def register(commands: Commands) -> None:
    """Add the ``report`` subcommand to the command line."""
    parser = commands.add_parser(
        "report",
        description=say(_DESCRIPTION),
        epilog=say(_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help=words(
            "JSON 格式的家园（- 为标准输入）；几个文件得到汇总",
            "a home as JSON (- for stdin); several give the roll-up",
        ),
    )
    parser.add_argument(
        "--sample", action="store_true", help=words("使用合成的示例家园", "use the sample home")
    )
    parser.add_argument(
        "--period",
        type=parse_period,
        required=True,
        metavar="PERIOD",
        help=words(
            "统计期间：YYYY-MM、YYYY-autumn、YYYY-spring 或 YYYY",
            "the period: YYYY-MM, YYYY-autumn, YYYY-spring or YYYY",
        ),
    )
    parser.add_argument(
        "--format",
        choices=_FORMATS,
        default="text",
        help=words("输出格式（默认：text）", "the form written (default: text)"),
    )
    parser.add_argument(
        "--output",
        metavar="PATH",
        help=words("写入的文件（默认：标准输出）", "the file to write (default: standard output)"),
    )
    add_force_argument(parser, "PATH")
    parser.add_argument(
        "--name",
        help=words(
            "汇总的单位名称（默认：各家园共同的乡镇或县）",
            "the roll-up's area (default: the township or county the homes share)",
        ),
    )
    parser.add_argument(
        "--no-findings",
        action="store_true",
        help=words(
            "不检查未解决的问题（检查是报告中最费时的部分）",
            "leave out the findings open (the check is the costly part of a report)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help=words("报告、问题和帮助的语言（默认：zh）", "language of the report (default: zh)"),
    )
    parser.add_argument(
        "--style",
        choices=("snake", "camel"),
        dest="style",
        help=words("JSON 的键风格", "key style of the JSON read and written"),
    )
    parser.set_defaults(run=run_report, parser=parser, input_style=None, output_style=None)


def _homes(args: argparse.Namespace) -> list[Home]:
    from left_behind import samples
    from left_behind.cli._common import read_register

    if args.sample == bool(args.files):
        args.parser.error(
            words("请给出家园文件 FILE 或 --sample（二者之一）", "give FILE(s) or --sample (one)")
        )
    if args.sample:
        return [samples.home()]
    return [read_register(f, style=input_style(args), lang=args.lang) for f in args.files]


def _area(homes: list[Home]) -> str:
    for place in ("township", "county"):
        found = {getattr(h, place) for h in homes}
        if len(found) == 1 and "" not in found:
            name: str = found.pop()
            return name
    return ""


def _made(args: argparse.Namespace) -> HomeReport | RollUp:
    from left_behind.reports import home_report, roll_up

    homes = _homes(args)
    periods = []
    for path, home in zip(args.files or ["--sample"], homes, strict=True):
        found = args.period.of(home)
        if isinstance(found, Text):
            raise Failure("usage", [Text.same(path) + COLON + found])
        periods.append(found)
    if len(set(periods)) > 1:
        raise Failure(
            "usage",
            [
                Text(
                    "各家园的校历给这个学期定了不同的日期："
                    + "，".join(str(p) for p in periods)
                    + "；汇总只能针对同一期间，请改用月份或年份",
                    "the homes' school calendars give this term different days: "
                    + ", ".join(str(p) for p in periods)
                    + "; a roll-up is of one period: give a month or a year",
                )
            ],
        )
    period = periods[0]
    # a period longer than a month is shown month by month too (the charts' attendance)
    monthly = len(list(period.months())) > 1
    reports = [
        home_report(h, period, findings=not args.no_findings, monthly=monthly) for h in homes
    ]
    if len(reports) == 1:
        return reports[0]
    return roll_up(reports, name=args.name if args.name is not None else _area(homes))


_NEEDS = Text(
    "{what}：pip install 'left_behind[{extra}]'", "{what}: pip install 'left_behind[{extra}]'"
)


def run_report(args: argparse.Namespace) -> int:
    """Make the report the arguments ask for and write it in the form chosen."""
    from left_behind.io import to_dict, to_json
    from left_behind.reports import (
        NEEDS_MATPLOTLIB,
        NEEDS_OPENPYXL,
        MissingGlyphs,
        render_report,
        report_csv,
        report_html,
        report_xlsx,
    )

    lang: Lang = args.lang
    if args.format == "xlsx" and args.output is None:
        args.parser.error(
            words(
                "xlsx 是二进制文件：请用 --output 给出文件名（- 为标准输出）",
                "xlsx is a binary file: name it with --output (- for standard output)",
            )
        )
    made = _made(args)
    style = output_style(args)
    data: str | bytes
    try:
        if args.format == "text":
            data = render_report(made, lang)
        elif args.format == "csv":
            data = report_csv(made, lang)
        elif args.format == "xlsx":
            data = report_xlsx(made, lang)
        elif args.format == "html":
            data = report_html(made, lang)
        else:
            if args.output is None:
                write_json(to_dict(made, style=style))
                return 0
            data = to_json(made, style=style, indent=2)
    except ModuleNotFoundError:
        needs = NEEDS_OPENPYXL if args.format == "xlsx" else NEEDS_MATPLOTLIB
        raise Failure("missing-extra", [needs]) from None
    except MissingGlyphs as e:
        raise Failure(
            "missing-extra",
            [
                Text(
                    f"图表中有字体无法显示的字：{e}",
                    f"a chart holds characters its font lacks: {e}",
                )
            ],
        ) from None
    if args.output is None:
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            return 0
        write(data)
        return 0
    write_out(args.output, data, overwrite=args.force, lang=lang)
    return 0
