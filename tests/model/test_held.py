"""The records of what was held: a session as it went, and a meeting with the families."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import left_behind as lb
from left_behind.model import Attendee, AttendeeRole, FamilyMeeting, FamilyMeetingKind, HeldSession

CST = dt.timezone(dt.timedelta(hours=8))
START = dt.datetime(2026, 3, 4, 16, 30, tzinfo=CST)
ID_SHAPED = "110101201503020014"  # a synthetic identity number, as an id


def session(**changes: Any) -> HeldSession:
    fields: dict[str, Any] = dict(
        id="h-1",
        programme="p-read",
        start=START,
        end=START + dt.timedelta(hours=1),
        facilitators=("v-01",),
        children=("c-1", "c-2"),
    )
    return HeldSession(**{**fields, **changes})


def problems(build: Any, **changes: Any) -> set[tuple[str, str]]:
    with pytest.raises(lb.InvalidData) as err:
        build(**changes)
    return {(p.path, p.code) for p in err.value.problems}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"took_place": False},
            {
                ("$.reason", "inconsistent"),
                ("$.children", "inconsistent"),
                ("$.facilitators", "inconsistent"),
            },
        ),
        (
            {"took_place": False, "reason": "  ", "children": (), "facilitators": ()},
            {("$.reason", "inconsistent")},
        ),
        ({"reason": "下雨"}, {("$.reason", "inconsistent")}),
        ({"carers": ("c-3",)}, {("$.carers[0]", "inconsistent")}),
        ({"children": ("c-1", "c-2", "c-1")}, {("$.children[2]", "duplicate")}),
        ({"helpers": ("s-01", "s-01")}, {("$.helpers[1]", "duplicate")}),
        ({"end": START - dt.timedelta(minutes=1)}, {("$.end", "order")}),
        ({"end": START}, {("$.end", "order")}),
    ],
)
def test_a_session_held_refuses_what_cannot_be(
    changes: dict[str, Any], expected: set[tuple[str, str]]
) -> None:
    assert problems(session, **changes) == expected


def test_a_session_called_off_is_kept_with_its_reason_and_nobody() -> None:
    off = session(took_place=False, reason="下雨", children=(), facilitators=())
    assert off.hours == 0.0 and off.adults == ()
    assert session().hours == 1.0


def test_the_day_of_a_session_is_the_home_s_whatever_zone_it_was_written_in() -> None:
    early = dt.datetime(2026, 4, 1, 7, 30, tzinfo=CST).astimezone(dt.timezone.utc)
    s = session(start=early, end=early + dt.timedelta(hours=1))
    assert s.start.date() == dt.date(2026, 3, 31) and s.day == dt.date(2026, 4, 1)


def test_a_session_s_messages_mask_an_id_shaped_like_an_identity_number() -> None:
    with pytest.raises(lb.InvalidData) as err:
        session(carers=(ID_SHAPED,))
    text = str(err.value) + " ".join(p.message_zh for p in err.value.problems)
    assert ID_SHAPED not in text


def test_a_session_from_json_lists_every_problem_with_its_path() -> None:
    data = lb.to_dict(session())
    data.update(start="2026-03-04T16:30", took_place=False)  # no time zone, and called off
    with pytest.raises(lb.InvalidData) as err:
        lb.from_dict(data, HeldSession)
    paths = {p.path for p in err.value.problems}
    assert "$.start" in paths


def meeting(**changes: Any) -> FamilyMeeting:
    fields: dict[str, Any] = dict(
        id="fm-1",
        kind=FamilyMeetingKind.PARENTS_FORUM,
        on=dt.date(2026, 2, 21),
        came=(
            Attendee(child="c-1", who=AttendeeRole.FATHER),
            Attendee(child="c-1", who=AttendeeRole.MOTHER, online=True),
        ),
    )
    return FamilyMeeting(**{**fields, **changes})


def test_a_meeting_counts_families_by_child() -> None:
    assert meeting().children() == ("c-1",)


def test_a_parent_is_listed_once_a_carer_may_come_twice() -> None:
    twice = (Attendee(child=ID_SHAPED, who=AttendeeRole.MOTHER),) * 2
    with pytest.raises(lb.InvalidData) as err:
        meeting(came=twice)
    assert [(p.path, p.code) for p in err.value.problems] == [("$.came[1]", "duplicate")]
    assert ID_SHAPED not in str(err.value)
    carers = (Attendee(child="c-1", who=AttendeeRole.CARER),) * 2  # two grandparents
    assert len(meeting(came=carers).came) == 2
