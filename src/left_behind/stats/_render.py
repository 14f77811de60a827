"""A summary as a plain-text table for a terminal, in Chinese or English."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

import attrs

from left_behind.kinds import Lang, words_of
from left_behind.stats._summary import (
    AgeBandCount,
    GuardianshipCount,
    StageCount,
    StatusCount,
    Summary,
    label_of,
)

__all__ = ["render", "text_width"]

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


def text_width(text: str) -> int:
    """Columns that ``text`` takes in a terminal: Chinese characters take two.

    >>> text_width("留守儿童"), text_width("left-behind"), text_width("0-5 岁")
    (8, 11, 6)
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


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
