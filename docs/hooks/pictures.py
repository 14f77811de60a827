"""Draws the site's pictures while it builds, from the sample home: nothing drawn by hand.

The charts of the spring term's report, the timetable of the sample's first week of
the autumn term and the pairing of its village, each made by the library's own
drawing functions (``left_behind.reports``), so the pictures show what the code
draws today.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mkdocs.structure.files import File, Files

PAGE = "pictures.md"


def pictures() -> dict[str, bytes]:
    """The pictures by file name under ``pictures/``."""
    import left_behind as lb
    from left_behind.reports import charts, draw_pairing, draw_timetable, home_report, render_chart

    home = lb.samples.home()
    on = lb.samples.REFERENCE_DATE
    spring = lb.stats.Period.term(home.terms[0], "spring")
    report = home_report(home, spring, findings=False, monthly=True)
    found = {f"{c.key}.png": render_chart(c, "png") for c in charts(report)}
    week = lb.plan(home, start=on, end=on + dt.timedelta(days=6))
    found["timetable.png"] = draw_timetable(week, week=on)
    found["pairing.png"] = draw_pairing(home, lb.suggest_pairings(home, on=on), village="石村")
    return found


def page(names: list[str]) -> str:
    shown = {
        "children_by_care.png": "The children by guardianship type on the term's last day",
        "children_by_age.png": "The children by age",
        "attendance_by_month.png": "Attendances by month",
        "service_by_team.png": "The volunteers' hours by team",
        "timetable.png": "The first week of the autumn term, a block a session, by room",
        "pairing.png": "The pairing of the village: grey under way, blue suggested, with scores",
    }
    lines = [
        "# Pictures of the sample home",
        "",
        "Drawn while this site was built, from the synthetic Shicun home, by the functions a",
        "program calls (`left_behind.reports.render_chart`, `draw_timetable`, `draw_pairing`;",
        "the `charts` extra). The people are shown by id, never by name.",
        "",
        "## The spring term's report (`left-behind report --sample --period 2026-spring`)",
        "",
    ]
    for name in names:
        if name == "timetable.png":
            lines += ["## A week's timetable (`left-behind plan --sample`)", ""]
        if name == "pairing.png":
            lines += ["## The pairing of a village (`left-behind pair --sample`)", ""]
        lines += [f"![{shown.get(name, name)}](pictures/{name})", "", shown.get(name, name), ""]
    return "\n".join(lines)


def on_files(files: Files, config: Any, **_: Any) -> Files:
    found = pictures()
    for name, data in found.items():
        files.append(File.generated(config, f"pictures/{name}", content=data))
    files.append(File.generated(config, PAGE, content=page(list(found))))
    return files
