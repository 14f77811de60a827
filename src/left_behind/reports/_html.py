"""A report as one self-contained HTML page: its tables, and its charts inline as SVG.

The page needs nothing beside it: the styles are in it, each chart is an
inline SVG whose text is drawn as outlines (no font needed to show it), and
it links to nothing, so it can be sent by mail or opened from a USB stick.
"""

from __future__ import annotations

import html
import re

from left_behind.kinds import Lang, Text, check_lang
from left_behind.reports._charts import charts as chart_data
from left_behind.reports._charts import render_chart
from left_behind.reports._report import HomeReport, RollUp
from left_behind.reports._tables import _heading, _shown, tables

__all__ = ["report_html"]

_STYLE = """\
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #ccc;padding:.2em .6em}th{background:#eef2f7;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1em 0}svg{max-width:100%;height:auto}"""

_PROLOGUE = re.compile(rb"^.*?(?=<svg)", re.S)
_CHARTS = Text("图表", "Charts")
_HTML_LANG = Text("zh-CN", "en")


def report_html(report: HomeReport | RollUp, lang: Lang = "zh", *, charts: bool = True) -> str:
    """The report as one HTML page in ``lang``: the heading, each table, then the charts.

    ``charts=False`` leaves the charts out (and needs no ``charts`` extra);
    with them, :func:`~left_behind.reports.render_chart` draws each, and a
    missing glyph raises :class:`~left_behind.reports.MissingGlyphs`.

    >>> from left_behind import samples
    >>> from left_behind.reports import home_report
    >>> from left_behind.stats import Period
    >>> page = report_html(home_report(samples.home(), Period.month(2026, 3), findings=False))
    >>> page.startswith("<!DOCTYPE html>"), page.count("<svg"), "src=" in page
    (True, 3, False)
    """
    check_lang(lang)
    heading = _heading(report, lang)
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_HTML_LANG.get(lang)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(' '.join(heading[:1] + heading[-1:]))}</title>",
        f"<style>{_STYLE}</style></head>",
        "<body>",
        f"<h1>{e(heading[0])}</h1>",
        *(f"<p>{e(line)}</p>" for line in heading[1:]),
    ]
    for t in tables(report):
        cells = t.cells(lang)
        parts.append(f"<h2>{e(t.title.get(lang))}</h2>")
        parts.append("<table><thead><tr>")
        parts.extend(f"<th>{e(str(h))}</th>" for h in cells[0])
        parts.append("</tr></thead><tbody>")
        for row in cells[1:]:
            parts.append(
                "<tr>"
                + "".join(
                    f'<td class="n">{e(_shown(c))}</td>'
                    if isinstance(c, (int, float))
                    else f"<td>{e(str(c))}</td>"
                    for c in row
                )
                + "</tr>"
            )
        parts.append("</tbody></table>")
    if charts:
        parts.append(f"<h2>{e(_CHARTS.get(lang))}</h2>")
        for c in chart_data(report):
            svg = _PROLOGUE.sub(b"", render_chart(c, "svg", lang), count=1).decode("utf-8")
            parts.append(
                f'<figure id="{e(c.key)}" aria-label="{e(c.title.get(lang))}">{svg}</figure>'
            )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
