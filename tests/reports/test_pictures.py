"""The pictures of a week's timetable and a village's pairing: drawn, whole, the same each time."""

from __future__ import annotations

import datetime as dt
import functools

import attrs
import pytest

import left_behind as lb
from left_behind.kinds import Lang
from left_behind.reports import draw_pairing, draw_timetable

ON = lb.samples.REFERENCE_DATE


@functools.cache
def home() -> lb.Home:
    return lb.samples.home()


@functools.cache
def fortnight() -> lb.Plan:
    return lb.plan(home(), start=dt.date(2026, 8, 31), end=dt.date(2026, 9, 13))


@pytest.mark.parametrize("fmt", ["png", "svg"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_both_pictures_draw_in_both_languages_the_same_bytes_each_time(
    fmt: str, lang: Lang
) -> None:
    # a glyph missing from the font would raise MissingGlyphs, never draw a box
    suggestions = lb.suggest_pairings(home(), on=ON)
    timetable = draw_timetable(fortnight(), week=ON, fmt=fmt, lang=lang)  # type: ignore[arg-type]
    pairing = draw_pairing(home(), suggestions, village="石村", fmt=fmt, lang=lang)  # type: ignore[arg-type]
    assert timetable == draw_timetable(fortnight(), week=ON, fmt=fmt, lang=lang)  # type: ignore[arg-type]
    assert pairing == draw_pairing(home(), suggestions, village="石村", fmt=fmt, lang=lang)  # type: ignore[arg-type]
    magic = b"\x89PNG" if fmt == "png" else b"<?xml"
    assert timetable.startswith(magic) and pairing.startswith(magic)


def test_the_timetable_draws_only_the_week_asked_for() -> None:
    first_week = attrs.evolve(
        fortnight(),
        sessions=tuple(s for s in fortnight().sessions if s.start.date() < dt.date(2026, 9, 7)),
    )
    assert first_week.sessions != fortnight().sessions
    # any day of the week names the week; the other week's sessions are not drawn
    for day in (dt.date(2026, 8, 31), ON, dt.date(2026, 9, 6)):
        assert draw_timetable(fortnight(), week=day) == draw_timetable(first_week, week=ON)
    assert draw_timetable(fortnight(), week=dt.date(2026, 9, 7)) != draw_timetable(
        fortnight(), week=ON
    )


def test_the_pairing_follows_the_suggestions() -> None:
    found = lb.suggest_pairings(home(), on=ON)
    fewer = attrs.evolve(found, suggestions=found.suggestions[:1])
    assert draw_pairing(home(), found) != draw_pairing(home(), fewer)
    # a village with no child draws an empty picture rather than failing
    assert draw_pairing(home(), found, village="无此村").startswith(b"\x89PNG")


@pytest.mark.parametrize("fmt", ["jpg", "pdf", ""])
def test_a_format_other_than_png_or_svg_is_refused(fmt: str) -> None:
    with pytest.raises(ValueError, match="'png' or 'svg'"):
        draw_timetable(fortnight(), week=ON, fmt=fmt)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'png' or 'svg'"):
        draw_pairing(home(), lb.suggest_pairings(home(), on=ON), fmt=fmt)  # type: ignore[arg-type]
