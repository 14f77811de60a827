"""The forms of a report: text lined up by display width, CSV, xlsx, charts, one HTML page."""

from __future__ import annotations

import csv
import datetime as dt
import html.parser
import io
import re
from functools import cache

import pytest

import left_behind as lb
from left_behind import samples
from left_behind.kinds import Lang, Text, text_width
from left_behind.reports import (
    HomeReport,
    MissingGlyphs,
    RollUp,
    charts,
    home_report,
    render_chart,
    render_report,
    report_csv,
    report_html,
    report_xlsx,
    roll_up,
    tables,
)
from left_behind.reports._charts import Chart
from left_behind.stats import Period

SPRING = Period(first=dt.date(2026, 3, 1), last=dt.date(2026, 6, 30))
LANGS: tuple[Lang, ...] = ("zh", "en")


@cache
def report() -> HomeReport:
    return home_report(samples.home(), SPRING, monthly=True)


@cache
def both() -> RollUp:
    return roll_up([report(), report()], name="示例镇")


REPORTS = [pytest.param(report, id="home"), pytest.param(both, id="roll-up")]


def _columns(line: str) -> list[str]:
    """The line as display columns: a wide character fills two (the second as "")."""
    out: list[str] = []
    for ch in line:
        out.append(ch)
        if text_width(ch) == 2:
            out.append("")
    return out


@pytest.mark.parametrize("made", REPORTS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_text_lines_up_by_display_width(made: object, lang: Lang) -> None:
    text = render_report(made(), lang)  # type: ignore[operator]
    assert not any(line != line.rstrip() for line in text.splitlines())
    blocks = text.split("\n\n")[1:]
    assert len(blocks) == len(tables(made()))  # type: ignore[operator]
    for block in blocks:
        title, head, rule, *rows = block.splitlines()
        spans = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
        for line in (head, *rows):
            cols = _columns(line)
            assert len(cols) <= spans[-1][1], (title, line)
            for i, (start, end) in enumerate(spans):
                cell = "".join(cols[start:end]).strip()
                # nothing of a cell spills into the gap between two columns
                assert "".join(cols[end : end + 2]).strip() == "" or i == len(spans) - 1, line
                if cell and re.fullmatch(r"[0-9.]+", cell) and line is not head:
                    assert cols[end - 1] not in (" ", ""), (title, line)  # numbers to the right


def test_the_text_in_chinese_and_english() -> None:
    zh, en = render_report(report()), render_report(report(), "en")
    assert "统计期间：2026-03-01 至 2026-06-30（122 天）" in zh
    assert "From 2026-03-01 to 2026-06-30 (122 days)" in en
    assert "监护类型" in zh and "Guardianship type" in en
    with pytest.raises(ValueError, match="lang"):
        render_report(report(), "fr")  # type: ignore[arg-type]


@pytest.mark.parametrize("made", REPORTS)
def test_the_csv_holds_every_table_and_reads_back(made: object) -> None:
    r = made()  # type: ignore[operator]
    data = report_csv(r)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    for t in tables(r):
        at = rows.index([t.title.zh])
        assert rows[at + 1] == [h.zh for h in t.head]
        for got, cells in zip(rows[at + 2 :], t.cells()[1:], strict=False):
            assert got == [f"{c:.1f}" if isinstance(c, float) else str(c) for c in cells]


@pytest.mark.parametrize("made", REPORTS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_workbook_has_a_sheet_per_table_and_numbers_as_numbers(
    made: object, lang: Lang
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    r = made()  # type: ignore[operator]
    book = openpyxl.load_workbook(io.BytesIO(report_xlsx(r, lang)))
    found = tables(r)
    assert len(book.sheetnames) == len(found)
    for name, t in zip(book.sheetnames, found, strict=True):
        sheet = book[name]
        values = [[c.value for c in row] for row in sheet.iter_rows()]
        assert values[0] == [h.get(lang) for h in t.head]
        rows = sheet.iter_rows(min_row=2)
        for row, got, cells in zip(rows, values[1:], t.cells(lang)[1:], strict=True):
            assert got == [c if c != "" else None for c in cells]
            for cell, value in zip(row, cells, strict=True):
                # a number is a number cell (Excel adds it up); hours and shares show 0.1
                assert cell.data_type == ("n" if isinstance(value, (int, float)) else "s")
                assert (cell.number_format == "0.0") == isinstance(value, float)


def test_the_same_report_makes_the_same_workbook() -> None:
    pytest.importorskip("openpyxl")
    assert report_xlsx(report()) == report_xlsx(report())


@pytest.mark.parametrize("made", REPORTS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_chart_renders_with_no_glyph_missing(made: object, lang: Lang) -> None:
    pytest.importorskip("matplotlib")
    found = charts(made())  # type: ignore[operator]
    assert [c.key for c in found] == [
        "children_by_care",
        "children_by_age",
        "attendance_by_month",
        "service_by_team",
    ]
    for c in found:
        # render_chart turns matplotlib's "Glyph ... missing" warning into MissingGlyphs
        assert render_chart(c, "png", lang).startswith(b"\x89PNG")
        svg = render_chart(c, "svg", lang)
        assert b"<svg" in svg and b"<text" not in svg  # text drawn as outlines


def test_a_character_the_font_lacks_is_never_drawn_as_a_box() -> None:
    pytest.importorskip("matplotlib")
    odd = Chart(
        key="odd",
        title=Text("\U00011013", "\U00011013"),  # a Brahmi letter: in no CJK font
        labels=(Text.same("a"),),
        values=(1.0,),
        axis=Text.same("n"),
    )
    with pytest.raises(MissingGlyphs, match="missing"):
        render_chart(odd)


def test_the_same_chart_gives_the_same_bytes() -> None:
    pytest.importorskip("matplotlib")
    c = charts(report())[0]
    assert render_chart(c, "svg") == render_chart(c, "svg")
    assert render_chart(c, "png") == render_chart(c, "png")


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.outside: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") or (name == "xlink:href" and (value or "#")[0] != "#"):
                self.outside.append(f"{tag} {name}={value}")


@pytest.mark.parametrize("made", REPORTS)
def test_the_html_page_is_self_contained(made: object) -> None:
    pytest.importorskip("matplotlib")
    r = made()  # type: ignore[operator]
    page = report_html(r)
    parser = _Links()
    parser.feed(page)
    assert parser.outside == []
    assert parser.tags.count("svg") == len(charts(r))
    assert parser.tags.count("table") == len(tables(r))
    assert "示例镇" in page or "石村儿童快乐家园" in page
    assert report_html(r, charts=False).count("<svg") == 0


def test_the_forms_name_nobody() -> None:
    """Counts only (MPL art. 103): no child's, carer's or volunteer's name or id in any form."""
    home = samples.home()
    people = [*home.children, *home.volunteers, *home.staff]
    private = {p.name for p in people} | {p.id for p in people}
    private |= {c.care[-1].carer.name for c in home.children if c.care and c.care[-1].carer}
    forms = [
        *(render_report(r, lang) for r in (report(), both()) for lang in LANGS),
        *(report_csv(r).decode("utf-8-sig") for r in (report(), both())),
        lb.to_json(both()),
        report_html(both(), charts=False),
    ]
    for form in forms:
        found = sorted(v for v in private if v in form)
        assert found == []
