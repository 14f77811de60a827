"""Pictures a reader would rather look at than read: a week's timetable and a village's pairing.

Drawn as the charts are (the ``charts`` extra, the same font, never a missing
glyph, the same bytes for the same input), from what the core gives: a
:class:`~left_behind.Plan` and the :class:`~left_behind.matching.Suggestions`
of a home. The people are shown by id, masked where an id is shaped like an
identity number or a phone, never by name: a picture travels further than a
register.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING, Any

from left_behind.kinds import Lang, Text, check_lang, mask_shaped
from left_behind.model import Home, Plan
from left_behind.reports._charts import ChartFormat, _matplotlib, _no_missing_glyph, _settings

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from left_behind.matching import Suggestions

__all__ = ["draw_pairing", "draw_timetable"]

_DAYS = {
    "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_COLOURS = ("#4a7eb5", "#e0904a", "#5aa469", "#c05a5a", "#8a6fb5", "#b5a04a", "#4ab5ad")


def _save(fig: Any, fmt: ChartFormat) -> bytes:
    out = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(out, format=fmt, dpi=110, metadata=metadata)
    return out.getvalue()


def _check(fmt: str, lang: Lang) -> None:
    check_lang(lang)
    if fmt not in ("png", "svg"):
        raise ValueError(f"a picture is 'png' or 'svg', not {fmt!r}")


def draw_timetable(
    plan: Plan, *, week: dt.date, fmt: ChartFormat = "png", lang: Lang = "zh"
) -> bytes:
    """The week of ``week`` (Monday to Sunday) of ``plan``: a column a day, a block a session.

    Each block is a session at its time, coloured by its room (the legend names
    the rooms), labelled with its programme; sessions at the same time in
    different rooms sit side by side.

    >>> import datetime as dt, left_behind as lb
    >>> plan = lb.plan(lb.samples.home(), start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 6))
    >>> draw_timetable(plan, week=dt.date(2026, 9, 1), fmt="svg")[:5]
    b'<?xml'
    """
    _check(fmt, lang)
    matplotlib = _matplotlib()
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    monday = week - dt.timedelta(days=week.weekday())
    home = plan.home
    rooms = {r.id: r.name for r in home.rooms}
    programmes = {p.id: p.name for p in home.programmes}
    sessions = [s for s in plan.sessions if 0 <= (s.start.date() - monday).days < 7]
    used = sorted(
        {s.room for s in sessions}, key=lambda r: list(rooms).index(r) if r in rooms else 0
    )
    colour = {room: _COLOURS[i % len(_COLOURS)] for i, room in enumerate(used)}
    title = Text(
        f"{home.name}：{monday} 至 {monday + dt.timedelta(days=6)} 的活动",
        f"{home.name}: the sessions of {monday} to {monday + dt.timedelta(days=6)}",
    )
    with matplotlib.rc_context(dict(_settings())), _no_missing_glyph():
        fig = Figure(figsize=(10.0, 6.0), layout="constrained")
        ax = fig.subplots()
        hours = [s.start.hour + s.start.minute / 60 for s in sessions]
        ends = [s.end.hour + s.end.minute / 60 for s in sessions]
        top, bottom = min(hours, default=8.0), max(ends, default=18.0)
        for s in sessions:
            day = (s.start.date() - monday).days
            # side by side with the sessions of the same day that overlap it
            along = [o for o in sessions if o.start.date() == s.start.date() and o.start < s.end
                     and s.start < o.end]  # fmt: skip
            along.sort(key=lambda o: (used.index(o.room), o.start))
            width = 0.9 / len(along)
            x = day - 0.45 + along.index(s) * width
            start = s.start.hour + s.start.minute / 60
            end = s.end.hour + s.end.minute / 60
            ax.add_patch(
                matplotlib.patches.Rectangle(
                    (x, start), width, end - start, color=colour[s.room], alpha=0.85
                )
            )
            name = programmes.get(s.programme, s.programme)
            # a name too long for its block is cut, the legend and the plan say it whole
            fits = max(2, int(width * 9))
            label = name if len(name) <= fits else name[: fits - 1] + "…"
            ax.text(x + width / 2, (start + end) / 2, label, ha="center", va="center",
                    fontsize=7, color="white")  # fmt: skip
        ax.set_xlim(-0.5, 6.5)
        ax.set_ylim(bottom + 0.25, top - 0.25)  # the morning on top, as a timetable reads
        ax.set_xticks(range(7), [f"{d}\n{monday + dt.timedelta(days=i):%m-%d}"
                                 for i, d in enumerate(_DAYS[lang])])  # fmt: skip
        ax.set_ylabel(Text("时间", "time").get(lang))
        ax.yaxis.set_major_formatter(
            matplotlib.ticker.FuncFormatter(lambda v, _: f"{int(v):02d}:{int(v % 1 * 60):02d}")
        )
        ax.set_title(title.get(lang))
        ax.legend(
            handles=[Patch(color=colour[r], label=rooms.get(r, r)) for r in used],
            loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8,
        )  # fmt: skip
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return _save(fig, fmt)


def draw_pairing(
    home: Home,
    suggestions: Suggestions,
    *,
    village: str | None = None,
    fmt: ChartFormat = "png",
    lang: Lang = "zh",
) -> bytes:
    """The pairing of a village: its children on the left, the mentors on the right.

    Grey lines are the pairings under way on the suggestions' day, blue lines
    the pairs suggested, each with its score. ``village`` keeps the children
    of one village (by default every child who is paired or suggested).

    >>> import left_behind as lb
    >>> home = lb.samples.home()
    >>> found = lb.suggest_pairings(home, on=lb.samples.REFERENCE_DATE)
    >>> draw_pairing(home, found, village="石村", fmt="svg")[:5]
    b'<?xml'
    """
    _check(fmt, lang)
    matplotlib = _matplotlib()
    from matplotlib.figure import Figure

    villages = {c.id: c.village for c in home.children}
    kept = set(suggestions.kept)
    pairs: list[tuple[str, str, str]] = []  # child, mentor, kind
    for p in home.pairings:
        if p.id in kept:
            mentor = p.team or (p.mentors[0] if p.mentors else "")
            pairs.append((p.child, mentor, "kept"))
    pairs += [(s.child, s.mentor, "suggested") for s in suggestions.suggestions]
    if village is not None:
        pairs = [p for p in pairs if villages.get(p[0]) == village]
    children = sorted({c for c, _, _ in pairs})
    mentors = sorted({m for _, m, _ in pairs})
    scores = {(s.child, s.mentor): s.score for s in suggestions.suggestions}
    title = Text(
        f"{home.name}{'·' + village if village else ''}：结对（灰：已有，蓝：建议）",
        f"{home.name}{' · ' + village if village else ''}: pairings"
        " (grey: under way, blue: suggested)",
    )
    with matplotlib.rc_context(dict(_settings())), _no_missing_glyph():
        rows = max(len(children), len(mentors), 1)
        fig = Figure(figsize=(7.0, 1.0 + 0.22 * rows), layout="constrained")
        ax: Axes = fig.subplots()

        def y(names: list[str], name: str) -> float:
            # both columns spread over the same height, whatever their lengths
            return (names.index(name) + 0.5) / len(names) * rows

        for child, mentor, kind in pairs:
            y0, y1 = y(children, child), y(mentors, mentor)
            suggested = kind == "suggested"
            ax.plot([0, 1], [y0, y1], color="#4a7eb5" if suggested else "#b0b0b0",
                    linewidth=1.4 if suggested else 0.8, zorder=2 if suggested else 1)  # fmt: skip
            if suggested:
                # the score near the mentor's end, where the lines part
                ax.text(0.85, y0 + (y1 - y0) * 0.85, str(scores[(child, mentor)]), fontsize=6,
                        ha="center", va="center", backgroundcolor="white")  # fmt: skip
        for names, x, align in ((children, 0, "right"), (mentors, 1, "left")):
            for name in names:
                ax.plot([x], [y(names, name)], "o", color="#404040", markersize=3)
                ax.text(x + (-0.03 if x == 0 else 0.03), y(names, name), mask_shaped(name),
                        ha=align, va="center", fontsize=7)  # fmt: skip
        ax.set_xlim(-0.35, 1.35)
        ax.set_ylim(rows, 0)
        ax.set_xticks(
            [0, 1], [Text("儿童", "children").get(lang), Text("帮扶人", "mentors").get(lang)]
        )
        ax.set_yticks([])
        ax.set_title(title.get(lang), fontsize=10)
        for side in ("top", "right", "left", "bottom"):
            ax.spines[side].set_visible(False)
        return _save(fig, fmt)
