"""Parents' forums and meetings with carers (家长座谈会, 监护人会议): who came, for which child.

The homes meet the migrant parents when they come back for the Spring
Festival (春节返乡家长座谈会) and the carers through the year; the year's
report counts the meetings and who came. A meeting names those who came by
the child they came for (the father, the mother, the carer...), so the
count of families reached follows from the register, with no names.

>>> import datetime as dt
>>> m = FamilyMeeting(id="m-2026-spring", kind=FamilyMeetingKind.PARENTS_FORUM,
...             on=dt.date(2026, 2, 20), held_by=("s-01",), topics=("假期安全", "亲子沟通"),
...             came=(Attendee(child="c-001", who=AttendeeRole.FATHER),
...                   Attendee(child="c-001", who=AttendeeRole.MOTHER),
...                   Attendee(child="c-002", who=AttendeeRole.CARER)))
>>> len(m.came), m.children()
(3, ('c-001', 'c-002'))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.kinds import (
    LabelledEnum,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    field,
    mask_shaped,
    problem,
)
from left_behind.model._child import Child
from left_behind.model._people import Person

__all__ = ["Attendee", "AttendeeRole", "FamilyMeeting", "FamilyMeetingKind"]


class FamilyMeetingKind(LabelledEnum):
    """What kind of meeting the home held with the families."""

    PARENTS_FORUM = "parents_forum", "外出务工家长座谈会", "forum with the migrant parents"
    CARERS_MEETING = "carers_meeting", "监护人（照护人）会议", "meeting with the carers"
    PARENT_SCHOOL = "parent_school", "家长学校授课", "parents' school class"
    OTHER = "other", "其他家庭会议", "other meeting with families"


class AttendeeRole(LabelledEnum):
    """Who came for a child."""

    FATHER = "father", "父亲", "the father"
    MOTHER = "mother", "母亲", "the mother"
    CARER = "carer", "照护人", "the carer"
    GUARDIAN = "guardian", "其他监护人", "the legal guardian"


@attrs.frozen(kw_only=True)
class Attendee(Record):
    """One person who came, by the child they came for; ``online`` when by video."""

    child: str = field(not_blank=True, refers_to=Child, words=("儿童编号", "the child's id"))
    who: AttendeeRole = field(words=("与会人身份", "who came"))
    online: bool = field(default=False, words=("视频参会", "by video"))


@attrs.frozen(kw_only=True)
class FamilyMeeting(Record):
    """A meeting of the home with the families: when, who held it, who came, what about.

    ``held_by`` are the home's people who held it; ``topics`` what was
    discussed, as the report lists them; ``note`` is private.
    """

    id: str = field(not_blank=True, words=("会议编号", "the meeting's id"))
    kind: FamilyMeetingKind = field(words=("会议类型", "the kind of meeting"))
    on: dt.date = field(words=("会议日期", "the day of the meeting"))
    held_by: tuple[str, ...] = field(
        default=(), converter=as_tuple, refers_to=Person, words=("组织人", "who held it")
    )
    came: tuple[Attendee, ...] = field(
        default=(), converter=as_tuple, words=("与会家长和照护人", "parent or carer who came")
    )
    topics: tuple[str, ...] = field(default=(), converter=as_tuple, words=("议题", "topic"))
    note: str | None = field(default=None, private=True, words=("会议记录", "the note"))

    def children(self) -> tuple[str, ...]:
        """The children someone came for, each once, in the order of ``came``."""
        return tuple(dict.fromkeys(a.child for a in self.came))

    def _problems(self) -> Iterator[Problem]:
        if not isinstance(self.came, tuple):
            return
        seen: dict[tuple[str, AttendeeRole], int] = {}
        for i, a in enumerate(self.came):
            if not isinstance(a, Attendee):
                continue
            j = seen.setdefault((a.child, a.who), i)
            if j != i and a.who is not AttendeeRole.CARER:
                yield problem(
                    f"$.came[{i}]",
                    ProblemCode.DUPLICATE,
                    Text(
                        f"儿童 {mask_shaped(repr(a.child))} 的{a.who.label()}已记在 came[{j}]",
                        f"{a.who.label('en')} of child {mask_shaped(repr(a.child))}"
                        f" is already in came[{j}]",
                    ),
                )
