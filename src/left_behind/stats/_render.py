"""A summary as a plain-text table for a terminal, in Chinese or English."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from left_behind.kinds import Lang, Text, text_width, words_of
from left_behind.stats._census import CENSUS_BREAKDOWNS, BandCount, CensusSummary, census_label
from left_behind.stats._period import (
    MeetingCounts,
    PeriodCounts,
    PeriodFigures,
    PeriodReach,
    ProgrammeCounts,
)
from left_behind.stats._summary import (
    AgeBandCount,
    GuardianshipCount,
    StageCount,
    StatusCount,
    Summary,
    label_of,
)

__all__ = ["render", "render_census", "render_figures"]

_TEXT = {
    "zh": {
        "on": "统计日期：{on}",
        "total": "儿童总数：{total} 名",
        "born_after": "（另有 {n} 名儿童在统计日期后出生，未计入）",
        "count": "人数",
        "percent": "占比",
    },
    "en": {
        "on": "On {on}",
        "total": "Children: {total}",
        "born_after": "({n} more born after this date, not counted)",
        "count": "children",
        "percent": "share",
    },
}


def _pad(text: str, width: int) -> str:
    return text + " " * (width - text_width(text))


def render(summary: Summary, lang: Lang = "zh") -> str:
    """A plain-text table of ``summary``: Chinese by default, ``lang="en"`` for English.

    Columns line up in a terminal with either language (a Chinese character
    is two columns wide); the lines carry no trailing spaces and the text no
    final newline.

    >>> from left_behind import Register, samples
    >>> from left_behind.stats._summary import summarize
    >>> village = Register(name="示例村", children=[
    ...     samples.family(age=9, child_id="a"),
    ...     samples.family(father="at_home", age=4, child_id="b"),
    ... ])
    >>> print(render(summarize(village, on=samples.REFERENCE_DATE)))
    示例村
    统计日期：2026-09-01
    儿童总数：2 名
    <BLANKLINE>
    儿童类别          人数    占比
    ----------------  ----  ------
    留守儿童             1   50.0%
    事实无人抚养儿童     0    0.0%
    流动儿童             0    0.0%
    非留守儿童           1   50.0%
    <BLANKLINE>
    照护安排          人数    占比
    ----------------  ----  ------
    父母双方             1   50.0%
    父亲一方             0    0.0%
    ...
    未登记照护安排       0    0.0%
    <BLANKLINE>
    年龄段            人数    占比
    ...
    失学辍学             0    0.0%
    辍学                 0    0.0%
    不在学               0    0.0%
    """
    if lang not in _TEXT:
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    text = _TEXT[lang]
    breakdowns: tuple[tuple[type, Sequence[Any]], ...] = (
        (StatusCount, summary.by_status),
        (GuardianshipCount, summary.by_guardianship),
        (AgeBandCount, summary.by_age_band),
        (StageCount, summary.by_stage),
    )
    tables = [
        (_heading(cls, lang), [(label_of(r.key, lang), r.count, r.percent) for r in rows])
        for cls, rows in breakdowns
    ]
    labels = [title for title, _ in tables] + [row[0] for _, rows in tables for row in rows]
    label_w = max(text_width(s) for s in labels)
    count_w = max(text_width(text["count"]), len(str(summary.total)))
    percent_w = max(text_width(text["percent"]), len("100.0%"))

    lines: list[str] = []
    if summary.register:
        lines.append(summary.register)
    lines.append(text["on"].format(on=summary.on.isoformat()))
    lines.append(text["total"].format(total=summary.total))
    if summary.born_after:
        lines.append(text["born_after"].format(n=summary.born_after))
    for title, rows in tables:
        lines.append("")
        lines.extend(_table(title, rows, text, (label_w, count_w, percent_w)))
    return "\n".join(line.rstrip() for line in lines)


def _heading(row: type, lang: Lang) -> str:
    """A breakdown's heading: the words of what its rows count by, as a title."""
    return words_of(attrs.fields(row)[0]).map(lambda w: w[:1].upper() + w[1:]).get(lang)


def _table(
    title: str,
    rows: Sequence[tuple[str, int, float]],
    text: dict[str, str],
    widths: tuple[int, int, int],
) -> list[str]:
    label_w, count_w, percent_w = widths
    count_h, percent_h = text["count"], text["percent"]
    head = (
        _pad(title, label_w)
        + "  "
        + " " * (count_w - text_width(count_h))
        + count_h
        + "  "
        + " " * (percent_w - text_width(percent_h))
        + percent_h
    )
    rule = "  ".join("-" * w for w in widths)
    body = [
        f"{_pad(label, label_w)}  {count:>{count_w}}  {f'{percent:.1f}%':>{percent_w}}"
        for label, count, percent in rows
    ]
    return [head, rule, *body]


_TIME_FIELDS = frozenset({"session_minutes", "people_minutes", "service_minutes"})
_PERIOD = Text("统计期间：{first} 至 {last}（{days} 天）", "From {first} to {last} ({days} days)")
_IN_HOURS = Text("{label}（小时）", "{label} (hours)")
_PROGRAMME_HEAD = (
    Text("活动项目", "Programme"),
    Text("开展", "held"),
    Text("取消", "off"),
    Text("人次", "came"),
    Text("小时", "hours"),
)
_MEETING_HEAD = (
    Text("家长会议", "Meetings with families"),
    Text("次数", "held"),
    Text("人次", "came"),
    Text("视频", "online"),
    Text("户次", "families"),
)


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def _value(name: str, value: int) -> str:
    # time is kept in minutes so that periods add up; the reports give hours
    return f"{value / 60:.1f}" if name in _TIME_FIELDS else str(value)


def render_figures(found: PeriodFigures, lang: Lang = "zh") -> str:
    """A plain-text table of a period's figures: Chinese by default, ``lang="en"`` for English.

    The counts first, each line the words of its field; then the sessions by
    programme (the programmes with none in the period left out) and the
    meetings by kind (the kinds with none left out). Counts only: no child's
    or person's name or id.

    >>> from left_behind import samples
    >>> from left_behind.stats._period import Period, figures
    >>> lines = render_figures(figures(samples.home(), Period.month(2026, 3)), "en").splitlines()
    >>> print("\\n".join(lines[:5]))
    石村儿童快乐家园
    From 2026-03-01 to 2026-03-31 (31 days)
    <BLANKLINE>
    Sessions held                          49
    Sessions called off                     0
    >>> print("\\n".join(lines[-2:]))
    三八节爱心妈妈结对活动         1    0    19    1.5
    安全与法治教育讲座             1    0    43    0.9
    """
    if lang not in _TEXT:
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    counts, reach = found.counts, found.reach
    rows: list[tuple[str, str]] = []
    for a in attrs.fields(PeriodCounts):
        if a.name in ("by_programme", "by_meeting"):
            continue
        label = _capital(words_of(a).get(lang))
        if a.name in _TIME_FIELDS:
            label = _IN_HOURS.get(lang).format(label=label)
        rows.append((label, _value(a.name, getattr(counts, a.name))))
    rows.append(("", ""))
    rows.extend(
        (_capital(words_of(a).get(lang)), str(getattr(reach, a.name)))
        for a in attrs.fields(PeriodReach)
    )
    label_w = max(text_width(label) for label, _ in rows)
    value_w = max(len(value) for _, value in rows)

    lines: list[str] = []
    if found.register:
        lines.append(found.register)
    p = found.period
    lines.append(_PERIOD.get(lang).format(first=p.first, last=p.last, days=p.days))
    lines.append("")
    lines.extend(
        f"{_pad(label, label_w)}  {value:>{value_w}}" if label else "" for label, value in rows
    )
    programmes = [
        (r.name or r.programme, r.held, r.called_off, r.attendances, f"{r.hours:.1f}")
        for r in counts.by_programme
        if _any_programme(r)
    ]
    if programmes:
        lines.append("")
        lines.extend(_grid(_PROGRAMME_HEAD, programmes, lang))
    meetings = [
        (m.kind.label(lang), m.meetings, m.came, m.online, m.families)
        for m in counts.by_meeting
        if _any_meeting(m)
    ]
    if meetings:
        lines.append("")
        lines.extend(_grid(_MEETING_HEAD, meetings, lang))
    return "\n".join(line.rstrip() for line in lines)


def _any_programme(r: ProgrammeCounts) -> bool:
    return bool(r.held or r.called_off)


def _any_meeting(m: MeetingCounts) -> bool:
    return bool(m.meetings)


def _grid(head: tuple[Text, ...], rows: Sequence[tuple[object, ...]], lang: Lang) -> list[str]:
    """A table: the first column padded to the left, the others to the right."""
    cells = [[h.get(lang) for h in head], *[[str(c) for c in row] for row in rows]]
    widths = [max(text_width(row[i]) for row in cells) for i in range(len(head))]

    def line(row: list[str]) -> str:
        rest = "  ".join(
            " " * (w - text_width(c)) + c for c, w in zip(row[1:], widths[1:], strict=True)
        )
        return f"{_pad(row[0], widths[0])}  {rest}"

    rule = "  ".join("-" * w for w in widths)
    return [line(cells[0]), rule, *(line(r) for r in cells[1:])]


_CENSUS = {
    "title": Text("农村留守儿童信息汇总表", "Summary of the rural left-behind children"),
    "place": Text("地区：{place}", "Place: {place}"),
    "total": Text("农村留守儿童：{total} 名", "Rural left-behind children: {total}"),
    "under": Text("农村户籍不满十六周岁儿童：{n} 名", "Rural children under 16: {n}"),
    "urban": Text(
        "（另有 {n} 名城镇户籍留守儿童，汇总表不计）",
        "({n} more left-behind with an urban hukou, not on the form)",
    ),
    "count": Text("人数", "children"),
    "all": Text("合计", "total"),
}


def render_census(summary: CensusSummary, lang: Lang = "zh") -> str:
    """The census summary as plain-text tables: Chinese by default, ``lang="en"`` for English.

    One table per breakdown, each ending in its total; the age bands with
    their boys and girls. Columns line up by display width (a Chinese
    character is two columns); no line ends in a space.

    >>> from left_behind import samples
    >>> from left_behind.stats._census import census_summary
    >>> text = render_census(census_summary(samples.shicun(), on=samples.REFERENCE_DATE))
    >>> print("\\n".join(text.splitlines()[:11]))
    农村留守儿童信息汇总表
    石村儿童快乐家园
    统计日期：2026-09-01
    农村留守儿童：... 名
    农村户籍不满十六周岁儿童：... 名
    ...
    年龄段    男  女  合计
    --------  --  --  ----
    0-5 岁    ...
    """
    if lang not in _TEXT:
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    lines = [_CENSUS["title"].get(lang)]
    if summary.register:
        lines.append(summary.register)
    if summary.place:
        lines.append(_CENSUS["place"].get(lang).format(place=summary.place))
    lines.append(_TEXT[lang]["on"].format(on=summary.on.isoformat()))
    lines.append(_CENSUS["total"].get(lang).format(total=summary.total))
    lines.append(_CENSUS["under"].get(lang).format(n=summary.rural_under_16))
    if summary.urban_left_behind:
        lines.append(_CENSUS["urban"].get(lang).format(n=summary.urban_left_behind))
    total = _CENSUS["all"].get(lang)
    for name in CENSUS_BREAKDOWNS:
        rows = getattr(summary, name)
        row_type = type(rows[0])
        heading = _heading(row_type, lang)
        lines.append("")
        head: tuple[Text, ...]
        if row_type is BandCount:
            head = (
                Text(heading, heading),
                Text("男", "boys"),
                Text("女", "girls"),
                _CENSUS["all"],
            )
            body: list[tuple[object, ...]] = [
                (census_label(r.key, row_type, lang), r.male, r.female, r.count) for r in rows
            ]
            body.append(
                (total, sum(r.male for r in rows), sum(r.female for r in rows), summary.total)
            )
        else:
            head = (Text(heading, heading), _CENSUS["count"])
            body = [(census_label(r.key, row_type, lang), r.count) for r in rows]
            body.append((total, summary.total))
        lines.extend(_grid(head, body, lang))
    return "\n".join(line.rstrip() for line in lines)
