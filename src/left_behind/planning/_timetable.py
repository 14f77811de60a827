"""A plan as a timetable a person reads: a block a week, a line a session."""

from __future__ import annotations

import datetime as dt

from left_behind.calendar import SHANGHAI
from left_behind.kinds import Lang, Text, mask_name, mask_shaped, table
from left_behind.model import Plan, Session

__all__ = ["timetable"]

_WEEK = Text("{first} 至 {last} 这一周", "Week of {first} to {last}")
_HEADINGS = (
    Text("日期", "day"),
    Text("时间", "time"),
    Text("活动室", "room"),
    Text("活动项目", "programme"),
    Text("负责人", "facilitator"),
)
_WEEKDAYS = {
    "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_PROVISIONAL = Text("（待定）", " (provisional)")


def timetable(p: Plan, lang: Lang = "zh") -> list[str]:
    """The plan's sessions as a timetable, a block a week (Monday to Sunday).

    Each row is a session: its day, time, room, programme and facilitators
    (by id and masked name), the columns lined up by display width.
    """
    home = p.home
    rooms = {r.id: r.name for r in home.rooms}
    programmes = {prog.id: prog.name for prog in home.programmes}
    people = {x.id: x.name for x in (*home.staff, *home.volunteers)}
    none = Text("（未定）", "(none)").get(lang)

    def who(person: str) -> str:
        name = people.get(person)
        shown = mask_shaped(person)
        return f"{shown}{_NAMED.get(lang).format(name=mask_name(name))}" if name else shown

    by_week: dict[dt.date, list[Session]] = {}
    for s in sorted(p.sessions, key=lambda s: (s.start, s.room, s.programme)):
        day = s.start.astimezone(SHANGHAI).date()
        by_week.setdefault(day - dt.timedelta(days=day.weekday()), []).append(s)
    lines: list[str] = []
    for monday, week in by_week.items():
        first, last = max(monday, p.first), min(monday + dt.timedelta(days=6), p.last)
        lines += ["", _WEEK.format(first=first, last=last).get(lang)]
        rows = [[h.get(lang) for h in _HEADINGS]]
        for s in week:
            start, end = s.start.astimezone(SHANGHAI), s.end.astimezone(SHANGHAI)
            when = f"{start:%m-%d} {_WEEKDAYS[lang][start.weekday()]}"
            rows.append(
                [
                    when + (_PROVISIONAL.get(lang) if s.provisional else ""),
                    f"{start:%H:%M}-{end:%H:%M}",
                    rooms.get(s.room, s.room),
                    programmes.get(s.programme, s.programme),
                    _SEP.get(lang).join(who(f) for f in s.facilitators) or none,
                ]
            )
        lines += table(rows, indent="  ")
    return lines


_NAMED = Text("（{name}）", " ({name})")
_SEP = Text("、", ", ")
