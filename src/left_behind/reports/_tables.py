"""A report as tables, and the tables as text and CSV: one set of tables for every form.

:func:`tables` lays a :class:`~left_behind.reports.HomeReport` or a
:class:`~left_behind.reports.RollUp` out as titled tables of cells: words
(a :class:`~left_behind.kinds.Text`, read in the language asked for), names
as they are, counts as integers, hours and shares as numbers to one decimal.
The text (:func:`render_report`), the CSV (:func:`report_csv`) and the
workbook (:func:`~left_behind.reports.report_xlsx`) are made from them, so
the forms never disagree. Counts only: no child's or person's name or id.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

import attrs

from left_behind.kinds import Lang, Text, check_lang, table, text_width, words_of
from left_behind.reports._report import HomeReport, RollUp, TeamHours
from left_behind.rules import Severity
from left_behind.stats import (
    AgeBandCount,
    GuardianshipCount,
    PeriodCounts,
    PeriodReach,
    StatusCount,
    label_of,
)

__all__ = ["Cell", "Table", "render_report", "report_csv", "tables"]

Cell = Text | str | int | float
"""A table's cell: words to read in a language, a name, a count, or a number to one decimal."""


@attrs.frozen(kw_only=True)
class Table:
    """A titled table: ``key`` names it in files (a sheet, a chart), ``head`` its columns."""

    key: str
    title: Text
    head: tuple[Text, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def cells(self, lang: Lang = "zh") -> list[list[str | int | float]]:
        """The rows with their words in ``lang``, the header first."""
        return [[h.get(lang) for h in self.head], *([_cell(c, lang) for c in r] for r in self.rows)]


def _cell(c: Cell, lang: Lang) -> str | int | float:
    return c.get(lang) if isinstance(c, Text) else c


_T = Text
_ITEM, _VALUE = _T("项目", "Item"), _T("数值", "Value")
_COUNT, _SHARE = _T("人数", "Children"), _T("占比（%）", "Share (%)")
_HOURS = _T("小时", "hours")
_TIME_FIELDS = frozenset({"session_minutes", "people_minutes", "service_minutes"})
_NO_TEAM = _T("未编入服务队", "in no team")
_FINDINGS = (
    (Severity.ERROR, _T("未解决的错误", "errors open")),
    (Severity.WARNING, _T("未解决的警告", "warnings open")),
)


def _capital(text: Text) -> Text:
    return text.map(lambda w: w[:1].upper() + w[1:])


def _hours(minutes: int) -> float:
    # kept in minutes so that periods and homes add up; the forms give hours
    return round(minutes / 60, 1)


def _overview(
    counts: PeriodCounts,
    reach: PeriodReach,
    first: list[tuple[Text, Cell]],
    report: HomeReport | RollUp,
) -> Table:
    rows: list[tuple[Cell, ...]] = [(label, value) for label, value in first]
    for a in attrs.fields(PeriodCounts):
        if a.name in ("by_programme", "by_meeting"):
            continue
        label = _capital(words_of(a))
        value = getattr(counts, a.name)
        if a.name in _TIME_FIELDS:
            rows.append((label + _T("（小时）", " (hours)"), _hours(value)))
        else:
            rows.append((label, value))
    rows.extend((_capital(words_of(a)), getattr(reach, a.name)) for a in attrs.fields(PeriodReach))
    if report.findings_checked:
        rows.extend((words, report.open_findings(severity)) for severity, words in _FINDINGS)
    return Table(
        key="overview", title=_T("概况", "Overview"), head=(_ITEM, _VALUE), rows=tuple(rows)
    )


def _breakdown(
    key: str, title: Text, rows: Sequence[StatusCount | GuardianshipCount | AgeBandCount]
) -> Table:
    return Table(
        key=key,
        title=title,
        head=(title, _COUNT, _SHARE),
        rows=tuple(
            (Text(label_of(r.key), label_of(r.key, "en")), r.count, r.percent) for r in rows
        ),
    )


def _children(report: HomeReport | RollUp) -> list[Table]:
    return [
        _breakdown("by_status", _T("儿童类别", "Classification"), report.by_status),
        _breakdown("by_guardianship", _T("监护类型", "Guardianship type"), report.by_guardianship),
        _breakdown("by_age", _T("年龄段", "Age"), report.by_age_band),
    ]


def _teams(key: str, title: Text, rows: Sequence[TeamHours]) -> Table:
    return Table(
        key=key,
        title=title,
        head=(_T("服务队", "Team"), _T("志愿者", "Volunteers"), _T("服务小时", "Hours")),
        rows=tuple(
            (
                (Text.same(t.name) if t.team and t.name else t.kind.text if t.kind else _NO_TEAM)
                if key == "service_by_team"
                else (t.kind.text if t.kind else _NO_TEAM),
                t.volunteers,
                _hours(t.minutes),
            )
            for t in rows
        ),
    )


def _findings(report: HomeReport | RollUp) -> list[Table]:
    if not report.findings_checked:
        return []
    return [
        Table(
            key="findings",
            title=_T("未解决的问题（统计期最后一天）", "Findings open on the last day"),
            head=(_T("规则", "Rule"), _T("严重程度", "Severity"), _T("条数", "Findings")),
            rows=tuple((Text.same(f.rule_id), f.severity.text, f.count) for f in report.findings),
        )
    ]


def _programmes(counts: PeriodCounts) -> list[Table]:
    # a roll-up's homes may each run a programme of the same name: one row for it
    by_name: dict[str, list[int]] = {}
    for p in counts.by_programme:
        if p.held or p.called_off:
            row = by_name.setdefault(p.name or p.programme, [0, 0, 0, 0])
            for i, v in enumerate((p.held, p.called_off, p.attendances, p.minutes)):
                row[i] += v
    meetings = [m for m in counts.by_meeting if m.meetings]
    found = []
    if by_name:
        found.append(
            Table(
                key="by_programme",
                title=_T("分项目活动", "Sessions by programme"),
                head=(
                    _T("活动项目", "Programme"),
                    _T("开展场次", "Held"),
                    _T("取消场次", "Called off"),
                    _T("参加人次", "Attendances"),
                    _T("活动小时", "Hours"),
                ),
                rows=tuple(
                    (Text.same(name), held, off, came, _hours(minutes))
                    for name, (held, off, came, minutes) in by_name.items()
                ),
            )
        )
    if meetings:
        found.append(
            Table(
                key="family_meetings",
                title=_T("家长会议", "Meetings with families"),
                head=(
                    _T("会议类型", "Kind"),
                    _T("次数", "Meetings"),
                    _T("与会人次", "Came"),
                    _T("视频参会", "By video"),
                    _T("到会户次", "Families"),
                ),
                rows=tuple(
                    (m.kind.text, m.meetings, m.came, m.online, m.families) for m in meetings
                ),
            )
        )
    return found


def tables(report: HomeReport | RollUp) -> list[Table]:
    """The tables of a home's report or of a roll-up, in the order the forms give them.

    The sessions by programme and the meetings with the families are there
    when the period had some; the findings when they were checked; the
    months when the report was made month by month.

    >>> from left_behind import samples
    >>> from left_behind.reports import home_report
    >>> from left_behind.stats import Period
    >>> r = home_report(samples.home(), Period.month(2026, 3), findings=False)
    >>> [t.key for t in tables(r)]
    ['overview', 'by_programme', 'by_status', 'by_guardianship', 'by_age', 'service_by_team']
    """
    if isinstance(report, HomeReport):
        first: list[tuple[Text, Cell]] = [
            (_T("登记儿童", "Children on the register"), report.children),
            (_T("其中留守儿童", "Of them left-behind"), report.left_behind()),
            (_T("在册志愿者", "Volunteers on the register"), report.volunteers),
        ]
        found = [_overview(report.counts, report.reach, first, report)]
        found += _programmes(report.counts)
        found += _children(report)
        found.append(
            _teams("service_by_team", _T("分队志愿服务", "Service by team"), report.service_by_team)
        )
        if report.by_month:
            found.append(
                Table(
                    key="by_month",
                    title=_T("分月", "Month by month"),
                    head=(
                        _T("月份", "Month"),
                        _T("开展场次", "Sessions"),
                        _T("参加人次", "Attendances"),
                        _T("服务儿童", "Children served"),
                        _T("志愿服务小时", "Service hours"),
                    ),
                    rows=tuple(
                        (
                            Text.same(f"{m.month.first:%Y-%m}"),
                            m.sessions_held,
                            m.attendances,
                            m.children_served,
                            _hours(m.service_minutes),
                        )
                        for m in report.by_month
                    ),
                )
            )
        return found + _findings(report)
    homes = Table(
        key="homes",
        title=_T("各家园", "The homes"),
        head=(
            _T("家园", "Home"),
            _T("乡镇", "Township"),
            _T("登记儿童", "Children"),
            _T("留守儿童", "Left-behind"),
            _T("志愿者", "Volunteers"),
            _T("开展活动", "Sessions held"),
            _T("服务儿童", "Children served"),
            _T("志愿服务小时", "Service hours"),
            *((_T("未解决的错误", "Errors open"),) if report.findings_checked else ()),
        ),
        rows=tuple(
            (
                Text.same(h.home),
                Text.same(h.township),
                h.children,
                h.left_behind(),
                h.volunteers,
                h.counts.sessions_held,
                h.reach.children_served,
                _hours(h.counts.service_minutes),
                *((h.open_findings(Severity.ERROR),) if report.findings_checked else ()),
            )
            for h in report.homes
        ),
    )
    first = [
        (_T("家园数", "Homes"), len(report.homes)),
        (_T("登记儿童", "Children on the registers"), report.children),
        (_T("其中留守儿童", "Of them left-behind"), report.left_behind()),
        (_T("在册志愿者", "Volunteers on the registers"), report.volunteers),
    ]
    return [
        homes,
        _overview(report.counts, report.reach, first, report),
        *_children(report),
        *_programmes(report.counts),
        _teams(
            "service_by_kind", _T("分类志愿服务", "Service by kind of team"), report.service_by_kind
        ),
        *_findings(report),
    ]


_PERIOD = Text("统计期间：{first} 至 {last}（{days} 天）", "From {first} to {last} ({days} days)")


def _heading(report: HomeReport | RollUp, lang: Lang) -> list[str]:
    p = report.period
    if isinstance(report, HomeReport):
        name = report.home
        place = "".join(x for x in (report.county, report.township, report.village) if x)
    else:
        name = report.name or Text("汇总", "Roll-up").get(lang)
        place = ""
    lines = [name] if name else []
    if place and place != name:
        lines.append(place)
    lines.append(_PERIOD.get(lang).format(first=p.first, last=p.last, days=p.days))
    if not report.findings_checked:
        lines.append(Text("（未检查问题）", "(findings not checked)").get(lang))
    return lines


def _shown(value: str | int | float) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def render_report(report: HomeReport | RollUp, lang: Lang = "zh") -> str:
    """A home's report or a roll-up as plain text, Chinese by default, ``lang="en"`` for English.

    Each table is its title, its header, a rule and its rows; numbers are
    aligned right, and the columns line up in a terminal in either language
    (a Chinese character takes two columns). No trailing spaces, no final
    newline.

    >>> from left_behind import samples
    >>> from left_behind.reports import home_report
    >>> from left_behind.stats import Period
    >>> r = home_report(samples.home(), Period.month(2026, 3), findings=False)
    >>> print(render_report(r, "en"))
    石村儿童快乐家园
    ...
    From 2026-03-01 to 2026-03-31 (31 days)
    (findings not checked)
    <BLANKLINE>
    Overview
    Item                                Value
    ----------------------------------  -----
    Children on the register              140
    ...
    Guardianship type
    Guardianship type             Children  Share (%)
    ----------------------------  --------  ---------
    both parents                         0        0.0
    father only                         17       12.1
    ...
    """
    check_lang(lang)
    lines = _heading(report, lang)
    for t in tables(report):
        cells = [[_shown(c) for c in row] for row in t.cells(lang)]
        numeric = [
            i
            for i in range(len(t.head))
            if t.rows and all(isinstance(_cell(r[i], lang), (int, float)) for r in t.rows)
        ]
        widths = [max(text_width(r[i]) for r in cells) for i in range(len(t.head))]
        body = table(cells, right=numeric)
        lines += ["", t.title.get(lang), body[0], "  ".join("-" * w for w in widths), *body[1:]]
    return "\n".join(lines)


def report_csv(report: HomeReport | RollUp, lang: Lang = "zh") -> bytes:
    """The report's tables as one CSV file: UTF-8 with a byte-order mark, for Excel.

    Excel reads a CSV file without the mark in the machine's code page and
    garbles the Chinese; with it, every program reads UTF-8. Each table is
    its title in a row of its own, its header, its rows and an empty row;
    numbers are written plain (hours and shares to one decimal).

    >>> from left_behind import samples
    >>> from left_behind.reports import home_report
    >>> from left_behind.stats import Period
    >>> data = report_csv(home_report(samples.home(), Period.month(2026, 3), findings=False))
    >>> data[:3] == b"\\xef\\xbb\\xbf", data.decode("utf-8-sig").splitlines()[3:7]
    (True, ['（未检查问题）', '', '概况', '项目,数值'])
    """
    check_lang(lang)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    for line in _heading(report, lang):
        w.writerow([line])
    for t in tables(report):
        w.writerow([])
        w.writerow([t.title.get(lang)])
        w.writerows([_shown(c) for c in row] for row in t.cells(lang))
    return out.getvalue().encode("utf-8-sig")
