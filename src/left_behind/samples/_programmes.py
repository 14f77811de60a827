"""The Shicun home's rooms, opening hours and programmes, for :func:`left_behind.samples.home`.

From the reports: 200 m² of rooms (an activity room, the 亲近母语 reading
corner with about 1,000 books, the 阳光驿站 counselling room, the 快乐网上行
room with 2 computers, a hall); open after school on school days, at the
weekends and in the vacations; interest groups, the five featured
programmes, the year's events and the safety lectures. A few conflicts are
left in on purpose, as a real timetable has them: the Women's Day event takes
the activity room and some children of the calligraphy group on its Monday,
the assistant runs the computer room during the New-Year gala she also
helps at, the calligraphy group has one teacher for 18 children, a
13-year-old reads with the under-12s, a pre-school child comes to the
parent-child park without a carer, the New-Year gala fills the hall past
its capacity, and some background checks run out during the year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from left_behind.calendar import Closure, DayKind
from left_behind.kinds import Recurrence
from left_behind.model import (
    Child,
    During,
    Equipment,
    IfClosed,
    Opening,
    Programme,
    ProgrammeKind,
    Qualification,
    Room,
    SchoolStage,
)
from left_behind.samples._calendar import SAMPLE_SCHOOL_YEARS

__all__ = ["planning_fields"]

_ON = dt.date(2026, 9, 1)  # the samples' reference date


def _minutes(n: int) -> dt.timedelta:
    return dt.timedelta(minutes=n)


def _aged(children: Sequence[Child], low: int, high: int, n: int, skip: int = 0) -> list[str]:
    """The first ``n`` children (after ``skip``) aged ``low`` to ``high`` on the reference date."""
    found = [c.id for c in children if low <= c.age_on(_ON) <= high]
    return found[skip : skip + n]


ROOMS = (
    Room(
        id="r-act",
        name="活动室",
        area=80,
        capacity=40,
        equipment=[Equipment.SPORTS, Equipment.MUSIC, Equipment.ART],
    ),
    Room(
        id="r-read",
        name="亲近母语阅读角",
        area=40,
        capacity=20,
        equipment=[Equipment.BOOKS],
        books=1000,
    ),
    Room(
        id="r-counsel",
        name="阳光驿站心理咨询室",
        area=15,
        capacity=6,
        equipment=[Equipment.PRIVACY],
    ),
    Room(
        id="r-online",
        name="快乐网上行电脑室",
        area=20,
        capacity=8,
        equipment=[Equipment.COMPUTERS],
        computers=2,
    ),
    Room(
        id="r-hall",
        name="多功能厅",
        area=45,
        capacity=60,
        equipment=[Equipment.PROJECTOR, Equipment.MUSIC],
    ),
)

OPENING = (
    Opening(day=DayKind.SCHOOL_DAY, start=dt.time(16, 30), end=dt.time(19)),
    Opening(day=DayKind.WEEKEND, start=dt.time(9), end=dt.time(11, 30)),
    Opening(day=DayKind.WEEKEND, start=dt.time(14), end=dt.time(17)),
    Opening(day=DayKind.VACATION, start=dt.time(8, 30), end=dt.time(11, 30)),
    Opening(day=DayKind.VACATION, start=dt.time(14), end=dt.time(17)),
    # on public holidays only for the year's events, in the afternoon
    Opening(day=DayKind.PUBLIC_HOLIDAY, start=dt.time(14), end=dt.time(16, 30)),
)

CLOSURES = (
    Closure(first=dt.date(2026, 11, 16), last=dt.date(2026, 11, 17), reason="消防安全检修"),
)


def _weekly(days: str) -> Recurrence:
    return Recurrence(f"FREQ=WEEKLY;BYDAY={days}")


def _programmes(children: Sequence[Child]) -> tuple[Programme, ...]:
    counselling = [c.id for c in children if c.needs_counselling and 8 <= c.age_on(_ON) <= 15]
    readers = _aged(children, 6, 12, 15)
    sunshine = counselling[:5]
    too_old = _aged(children, 13, 13, 1)
    preschool = [
        c.id
        for c in children
        if c.stage in (SchoolStage.NOT_IN_KINDERGARTEN, SchoolStage.KINDERGARTEN)
        and 2 <= c.age_on(_ON) <= 6
    ][:8]
    group: dict[str, Any] = {"kind": ProgrammeKind.INTEREST_GROUP, "term_only": True}
    hour = _minutes(60)
    return (
        Programme(
            id="p-calligraphy",
            name="书法绘画",
            room="r-act",
            facilitators=["v-01"],
            children=_aged(children, 8, 14, 18),
            min_age=7,
            max_age=14,
            capacity=20,
            recurrence=_weekly("MO"),
            time=dt.time(16, 40),
            duration=hour,
            **group,
        ),
        Programme(
            id="p-dance",
            name="舞蹈",
            room="r-act",
            facilitators=["v-19", "v-20"],
            children=_aged(children, 6, 11, 16, skip=2),
            min_age=6,
            max_age=12,
            capacity=20,
            recurrence=_weekly("WE"),
            time=dt.time(16, 40),
            duration=hour,
            **group,
        ),
        Programme(
            id="p-music",
            name="音乐",
            room="r-act",
            facilitators=["v-35"],
            children=_aged(children, 12, 14, 12),
            min_age=8,
            max_age=15,
            capacity=15,
            recurrence=_weekly("WE"),
            time=dt.time(17, 45),
            duration=hour,
            **group,
        ),
        Programme(
            id="p-chess",
            name="棋类",
            room="r-hall",
            facilitators=["v-08"],
            children=_aged(children, 9, 15, 12, skip=20),
            min_age=8,
            max_age=16,
            capacity=16,
            recurrence=_weekly("FR"),
            time=dt.time(16, 40),
            duration=hour,
            **group,
        ),
        Programme(
            id="p-sports",
            name="乒乓球、跳绳、呼啦圈和球类",
            room="r-act",
            facilitators=["v-09", "v-16"],
            children=_aged(children, 8, 15, 24, skip=10),
            min_age=7,
            max_age=16,
            capacity=30,
            recurrence=_weekly("SA"),
            time=dt.time(9),
            duration=_minutes(90),
            **group,
        ),
        Programme(
            id="p-oxygen",
            name="快乐氧吧",
            kind=ProgrammeKind.FEATURED,
            room="r-act",
            facilitators=["v-12", "v-15", "v-18"],
            children=_aged(children, 6, 14, 30, skip=30),
            min_age=6,
            max_age=15,
            capacity=36,
            recurrence=_weekly("SA"),
            time=dt.time(14),
            duration=_minutes(120),
            vacation_recurrence=_weekly("TU,TH"),
            vacation_time=dt.time(9),
        ),
        Programme(
            id="p-sunshine",
            name="阳光驿站",
            kind=ProgrammeKind.FEATURED,
            room="r-counsel",
            facilitators=["v-29"],
            children=sunshine,
            min_age=6,
            max_age=17,
            capacity=5,
            qualification=Qualification.COUNSELLOR,
            children_per_adult=5,
            recurrence=_weekly("TU"),
            time=dt.time(17),
            duration=_minutes(45),
            vacation_recurrence=_weekly("WE"),
            vacation_time=dt.time(9, 30),
        ),
        Programme(
            id="p-online",
            name="快乐网上行",
            kind=ProgrammeKind.FEATURED,
            room="r-online",
            facilitators=["s-03"],
            children=_aged(children, 9, 15, 6, skip=40),
            min_age=8,
            capacity=6,
            recurrence=_weekly("TH"),
            time=dt.time(17, 50),
            duration=_minutes(60),
            vacation_recurrence=_weekly("SA"),
            vacation_time=dt.time(9),
        ),
        Programme(
            id="p-read",
            name="亲近母语",
            kind=ProgrammeKind.FEATURED,
            room="r-read",
            facilitators=["v-28", "v-32"],
            children=[*readers, *too_old],
            min_age=6,
            max_age=12,
            capacity=20,
            recurrence=_weekly("TU,TH"),
            time=dt.time(16, 40),
            duration=hour,
            term_only=True,
        ),
        Programme(
            id="p-park",
            name="亲子乐园",
            kind=ProgrammeKind.FEATURED,
            room="r-read",
            facilitators=["v-21", "s-02"],
            children=preschool,
            with_carers=preschool[1:],
            min_age=0,
            max_age=6,
            stages=[SchoolStage.NOT_IN_KINDERGARTEN, SchoolStage.KINDERGARTEN],
            carer_present=True,
            capacity=10,
            recurrence=_weekly("SU"),
            time=dt.time(9, 30),
            duration=_minutes(90),
        ),
        Programme(
            id="p-newyear",
            name="新年联欢会",
            kind=ProgrammeKind.EVENT,
            room="r-hall",
            facilitators=["s-01", "s-02", "s-03"],
            children=_aged(children, 5, 16, 58),
            recurrence=Recurrence("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"),
            time=dt.time(16, 30),
            duration=_minutes(120),
            children_per_adult=20,
            if_closed=IfClosed.MOVE,
        ),
        Programme(
            id="p-forum",
            name="外出务工家长座谈会",
            kind=ProgrammeKind.EVENT,
            room="r-hall",
            facilitators=["s-01", "s-02"],
            during=During.SPRING_FESTIVAL,
            day_of=5,
            time=dt.time(14),
            duration=_minutes(120),
        ),
        Programme(
            id="p-women",
            name="三八节爱心妈妈结对活动",
            kind=ProgrammeKind.EVENT,
            room="r-act",
            facilitators=["v-22", "v-23", "v-24"],
            children=_aged(children, 6, 12, 30, skip=5),
            recurrence=Recurrence("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8"),
            time=dt.time(16, 40),
            duration=_minutes(90),
            if_closed=IfClosed.MOVE,
        ),
        Programme(
            id="p-qingming",
            name="清明祭扫烈士陵园",
            kind=ProgrammeKind.EVENT,
            room="r-hall",
            facilitators=["v-03", "v-07", "s-01"],
            children=_aged(children, 9, 15, 30),
            during=During.QINGMING,
            day_of=1,
            time=dt.time(14),
            duration=_minutes(120),
        ),
        Programme(
            id="p-childrensday",
            name="六一儿童节游园会",
            kind=ProgrammeKind.EVENT,
            room="r-hall",
            facilitators=["s-01", "s-02", "v-19", "v-20"],
            children=_aged(children, 4, 14, 50),
            recurrence=Recurrence("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"),
            time=dt.time(16, 30),
            duration=_minutes(120),
            if_closed=IfClosed.MOVE,
        ),
        Programme(
            id="p-camp",
            name="暑期夏令营",
            kind=ProgrammeKind.EVENT,
            room="r-hall",
            facilitators=["v-10", "v-14", "v-16"],
            children=_aged(children, 8, 15, 30),
            min_age=7,
            max_age=16,
            during=During.SUMMER_VACATION,
            day_of=7,
            days=3,
            time=dt.time(8, 30),
            duration=_minutes(180),
        ),
        Programme(
            id="p-safety",
            name="安全与法治教育讲座",
            kind=ProgrammeKind.SAFETY_LECTURE,
            room="r-hall",
            facilitators=["v-31", "v-30"],
            children=_aged(children, 6, 17, 50, skip=3),
            children_per_adult=30,
            recurrence=Recurrence("FREQ=MONTHLY;BYMONTH=3,9;BYDAY=2SU"),
            time=dt.time(14),
            duration=_minutes(60),
            if_closed=IfClosed.MOVE,
        ),
        Programme(
            id="p-family",
            name="家庭教育讲座",
            kind=ProgrammeKind.FAMILY_LECTURE,
            room="r-hall",
            facilitators=["v-36", "s-02"],
            recurrence=Recurrence("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=20"),
            time=dt.time(14),
            duration=_minutes(90),
            if_closed=IfClosed.MOVE,
        ),
    )


def planning_fields(children: Sequence[Child]) -> dict[str, Any]:
    """The Home fields of the planning side, for the home's ``children``."""
    return {
        "rooms": ROOMS,
        "opening": OPENING,
        "closures": CLOSURES,
        "terms": SAMPLE_SCHOOL_YEARS,
        "programmes": _programmes(children),
    }
