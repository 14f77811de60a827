"""Charts of a report, as PNG or SVG, with Chinese labels that render.

Needs the ``charts`` extra (``pip install 'left_behind[charts]'``):
matplotlib, and Noto Sans CJK (SIL Open Font License) packaged for pip, so
that the Chinese labels render on a machine with no Chinese font. Without
that package, a Chinese font the machine has is used (Noto Sans CJK, Source
Han Sans, WenQuanYi, SimHei, Microsoft YaHei, PingFang...). A chart is never
made with a missing glyph: matplotlib's warning that a glyph is missing
becomes :class:`MissingGlyphs`, so a label never shows as empty boxes.

Four charts: the children by care and by age on the last day, attendance by
month (a report made with ``monthly=True``) and the volunteers' hours by team
(by kind of team in a roll-up). The figures are drawn with matplotlib's
object interface, each on its own, in memory; the same report gives the same
bytes (no date or random id in the files).
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

import attrs

from left_behind.kinds import Lang, Text, check_lang
from left_behind.reports._report import HomeReport, MonthCounts, RollUp
from left_behind.reports._tables import Table, tables

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "CHARTS",
    "NEEDS_MATPLOTLIB",
    "Chart",
    "MissingGlyphs",
    "chart_font",
    "charts",
    "render_chart",
]

ChartFormat = Literal["png", "svg"]

NEEDS_MATPLOTLIB = Text(
    "画图需要 matplotlib 和中文字体：pip install 'left_behind[charts]'",
    "charts need matplotlib and a Chinese font: pip install 'left_behind[charts]'",
)
"""What a program says when the ``charts`` extra is not installed."""

# Chinese fonts a machine may have, in the order they are tried after the packaged one
_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Sarasa Gothic SC",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "AR PL UMing CN",
)
_PACKAGED = ("manimgx_fonts_cjk", "NotoSansCJK-VF.otf.ttc")
_GLYPH = re.compile(r"Glyph \d+ .*missing from font")


class MissingGlyphs(ValueError):
    """A chart's text holds characters that its font cannot draw: never drawn as boxes."""


@attrs.frozen(kw_only=True)
class Chart:
    """One chart of a report: ``key`` names its file, ``title`` says what it shows."""

    key: str
    title: Text
    labels: tuple[Text, ...]
    values: tuple[float, ...]
    axis: Text
    horizontal: bool = False


def _matplotlib() -> Any:
    try:
        import matplotlib
    except ModuleNotFoundError as e:
        raise ModuleNotFoundError(NEEDS_MATPLOTLIB.en, name=e.name) from None
    return matplotlib


@functools.cache
def chart_font() -> tuple[str, int | str]:
    """The family name and weight of the Chinese font the charts use (looked up once).

    The packaged Noto Sans CJK first, added to matplotlib's fonts; else the
    first of the known Chinese fonts that matplotlib finds on the machine.
    Raises ``ModuleNotFoundError`` (naming the extra) when there is none.
    """
    _matplotlib()
    from importlib import resources

    from matplotlib import font_manager

    try:
        packaged = resources.files(_PACKAGED[0]) / _PACKAGED[1]
        if packaged.is_file():
            font_manager.fontManager.addfont(str(packaged))
            family = "Noto Sans CJK SC"
            # a variable font is listed with its default instance's weight: asked
            # for as it is, so that matplotlib does not warn of another one
            weight = next(f.weight for f in font_manager.fontManager.ttflist if f.name == family)
            return family, weight
    except ModuleNotFoundError:
        pass
    known = {f.name for f in font_manager.fontManager.ttflist}
    for family in _FAMILIES:
        if family in known:
            return family, "normal"
    raise ModuleNotFoundError(NEEDS_MATPLOTLIB.en, name=_PACKAGED[0])


def _rows(t: Table | None, value_column: int) -> tuple[tuple[Text, ...], tuple[float, ...]]:
    if t is None:
        return (), ()
    labels = tuple(r[0] if isinstance(r[0], Text) else Text.same(str(r[0])) for r in t.rows)
    values = tuple(float(v) for r in t.rows if isinstance(v := r[value_column], (int, float)))
    return labels, values


def _months(report: HomeReport | RollUp) -> tuple[MonthCounts, ...]:
    if isinstance(report, HomeReport):
        return report.by_month
    # the homes' months are the same months of the same period: added month by month
    found: dict[str, list[int]] = {}
    for h in report.homes:
        for m in h.by_month:
            found.setdefault(f"{m.month.first:%Y-%m}", [0])[0] += m.attendances
    if not report.homes or not report.homes[0].by_month:
        return ()
    return tuple(
        attrs.evolve(m, attendances=found[f"{m.month.first:%Y-%m}"][0])
        for m in report.homes[0].by_month
    )


CHARTS = ("children_by_care", "children_by_age", "attendance_by_month", "service_by_team")
"""The charts of a report, by key, in the order :func:`charts` gives them."""


def charts(report: HomeReport | RollUp) -> list[Chart]:
    """The charts of ``report`` (their data; :func:`render_chart` draws one).

    Attendance by month is there when the report was made month by month.

    >>> from left_behind import samples
    >>> from left_behind.reports import home_report
    >>> from left_behind.stats import Period
    >>> spring = Period.term(samples.home().terms[0], "spring")
    >>> found = charts(home_report(samples.home(), spring, findings=False, monthly=True))
    >>> [c.key for c in found] == list(CHARTS)
    True
    >>> found[2].labels[0].zh, found[2].values[0] > 0
    ('2026-03', True)
    """
    by_key = {t.key: t for t in tables(report)}
    care = by_key["by_guardianship"]
    # the kinds of care no child has are left out of the chart (the table keeps them)
    kept = [r for r in care.rows if r[1]]
    found = [
        Chart(
            key="children_by_care",
            title=Text("按监护类型的儿童", "Children by guardianship type"),
            labels=tuple(r[0] for r in kept if isinstance(r[0], Text)),
            values=tuple(float(r[1]) for r in kept if isinstance(r[1], (int, float))),
            axis=Text("人数", "children"),
            horizontal=True,
        ),
    ]
    labels, values = _rows(by_key["by_age"], 1)
    found.append(
        Chart(
            key="children_by_age",
            title=Text("按年龄段的儿童", "Children by age"),
            labels=labels,
            values=values,
            axis=Text("人数", "children"),
        )
    )
    months = _months(report)
    if months:
        found.append(
            Chart(
                key="attendance_by_month",
                title=Text("每月参加活动人次", "Attendances by month"),
                labels=tuple(Text.same(f"{m.month.first:%Y-%m}") for m in months),
                values=tuple(float(m.attendances) for m in months),
                axis=Text("人次", "attendances"),
            )
        )
    teams = by_key.get("service_by_team") or by_key.get("service_by_kind")
    labels, values = _rows(teams, 2)
    found.append(
        Chart(
            key="service_by_team",
            title=Text("各服务队志愿服务小时", "Volunteers' hours by team"),
            labels=labels,
            values=values,
            axis=Text("小时", "hours"),
            horizontal=True,
        )
    )
    return found


def _figure(chart: Chart, lang: Lang) -> Figure:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.0, 0.9 + 0.38 * max(len(chart.labels), 4)), layout="constrained")
    ax = fig.subplots()
    labels = [t.get(lang) for t in chart.labels]
    if chart.horizontal:
        # the first row on top, as in the table
        ax.barh(labels[::-1], chart.values[::-1], color="#4a7eb5")
        ax.set_xlabel(chart.axis.get(lang))
        for y, v in enumerate(chart.values[::-1]):
            ax.annotate(f"{v:g}", (v, y), xytext=(3, 0), textcoords="offset points", va="center")
    else:
        ax.bar(labels, chart.values, color="#4a7eb5")
        ax.set_ylabel(chart.axis.get(lang))
        if len(labels) > 6:
            ax.tick_params(axis="x", labelrotation=45)
    ax.set_title(chart.title.get(lang))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


@functools.cache
def _settings() -> tuple[tuple[str, Any], ...]:
    return (
        ("font.family", [chart_font()[0]]),
        ("font.weight", chart_font()[1]),
        ("axes.titleweight", chart_font()[1]),
        ("axes.labelweight", chart_font()[1]),
        ("svg.fonttype", "path"),  # text as outlines: the SVG needs no font where it is shown
        ("svg.hashsalt", "left-behind"),  # the same ids in every file
        ("axes.unicode_minus", False),
    )


@contextlib.contextmanager
def _no_missing_glyph() -> Iterator[None]:
    """Raise :class:`MissingGlyphs` for matplotlib's warnings of a glyph missing; pass on others."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    missing = [str(w.message) for w in caught if _GLYPH.search(str(w.message))]
    for w in caught:
        if not _GLYPH.search(str(w.message)):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    if missing:
        raise MissingGlyphs("; ".join(dict.fromkeys(missing)))


def render_chart(chart: Chart, fmt: ChartFormat = "png", lang: Lang = "zh") -> bytes:
    """``chart`` drawn as PNG or SVG bytes, its labels in ``lang``.

    Raises :class:`MissingGlyphs` when a character of the chart's text is not
    in the font, and ``ModuleNotFoundError`` without the ``charts`` extra.

    >>> from left_behind import samples
    >>> from left_behind.reports import home_report
    >>> from left_behind.stats import Period
    >>> first = charts(home_report(samples.home(), Period.month(2026, 3), findings=False))[0]
    >>> render_chart(first)[:8], render_chart(first, "svg")[:5]
    (b'\\x89PNG\\r\\n\\x1a\\n', b'<?xml')
    """
    check_lang(lang)
    if fmt not in ("png", "svg"):
        raise ValueError(f"a chart is 'png' or 'svg', not {fmt!r}")
    matplotlib = _matplotlib()
    with matplotlib.rc_context(dict(_settings())), _no_missing_glyph():
        fig = _figure(chart, lang)
        out = io.BytesIO()
        # no date nor software in the file: the same chart gives the same bytes
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(out, format=fmt, dpi=110, metadata=metadata)
    return out.getvalue()
