"""The growth record (成长记录): dated entries in a child's file.

Schools keep a growth record for each left-behind pupil (the county
bureau's speech asks it of every school); the home's children's director and
the mentors write in it too. An entry's text is private, like a name: masked
in ``repr``, carried whole only as data. The psychological-health file (心理健康档案)
is kept by counsellors and is more private still: an entry marked
``counsellor_only`` is shown only where the caller asks for it
(:func:`growth_record`), and its text never appears in a summary or a
finding's message.

>>> import datetime as dt
>>> e = GrowthEntry(on=dt.date(2026, 3, 2), by="t-01", role=WriterRole.TEACHER,
...                 area=GrowthArea.STUDY, text="数学单元测验进步明显")
>>> e
GrowthEntry(on=datetime.date(2026, 3, 2), by='t-01', role=<WriterRole.TEACHER: 'teacher'>, \
area=<GrowthArea.STUDY: 'study'>, text='数*********', counsellor_only=False)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import attrs

from left_behind.kinds import (
    LabelledEnum,
    Problem,
    ProblemCode,
    Record,
    Text,
    field,
    problem,
)

__all__ = ["GrowthArea", "GrowthEntry", "WriterRole", "growth_record"]


class WriterRole(LabelledEnum):
    """Who writes in a child's growth record."""

    TEACHER = "teacher", "教师", "teacher"
    MENTOR = "mentor", "帮扶人", "mentor"
    CHILDRENS_DIRECTOR = "children_director", "儿童主任", "children's director"
    COUNSELLOR = "counsellor", "心理辅导老师", "counsellor"


class GrowthArea(LabelledEnum):
    """What an entry of the growth record is about."""

    STUDY = "study", "学习", "study"
    HEALTH = "health", "身体健康", "health"
    FEELINGS = "feelings", "情绪与心理", "feelings and mood"
    BEHAVIOUR = "behaviour", "行为习惯", "behaviour"
    FAMILY_CONTACT = "family_contact", "亲情联系", "family contact"
    ACHIEVEMENT = "achievement", "成长进步", "achievement"


@attrs.frozen(kw_only=True)
class GrowthEntry(Record):
    """One entry of a child's growth record (成长记录).

    ``by`` is the writer's id: a teacher of the child's school need not be
    one of the home's people, so the id is not checked against the home's.
    ``counsellor_only`` puts the entry in the psychological-health file,
    which only a counsellor writes.
    """

    on: dt.date = field(words=("记录日期", "the day of the entry"))
    by: str = field(not_blank=True, words=("记录人编号", "the writer's id"))
    role: WriterRole = field(words=("记录人身份", "the writer's role"))
    area: GrowthArea = field(words=("记录方面", "what it is about"))
    text: str = field(private=True, not_blank=True, words=("记录内容", "what was written"))
    counsellor_only: bool = field(
        default=False,
        words=("仅限心理辅导老师查看", "whether only counsellors may read it"),
    )

    def _problems(self) -> Iterator[Problem]:
        if self.counsellor_only and self.role is not WriterRole.COUNSELLOR:
            yield problem(
                "$.counsellor_only",
                ProblemCode.INCONSISTENT,
                Text(
                    f"心理健康档案只由心理辅导老师记录，这条记录人是{self.role.label()}",
                    "the psychological-health file is written by counsellors only;"
                    f" this entry's writer is a {self.role.label('en')}",
                ),
            )


def growth_record(
    entries: Sequence[GrowthEntry], *, counsellor: bool = False
) -> tuple[GrowthEntry, ...]:
    """The entries a reader may see: the counsellors' own only when ``counsellor``.

    >>> import datetime as dt
    >>> day = dt.date(2026, 3, 2)
    >>> entries = (
    ...     GrowthEntry(on=day, by="t-01", role=WriterRole.TEACHER, area=GrowthArea.STUDY,
    ...                 text="按时完成作业"),
    ...     GrowthEntry(on=day, by="c-01", role=WriterRole.COUNSELLOR,
    ...                 area=GrowthArea.FEELINGS, text="……", counsellor_only=True),
    ... )
    >>> len(growth_record(entries)), len(growth_record(entries, counsellor=True))
    (1, 2)
    """
    return tuple(e for e in entries if counsellor or not e.counsellor_only)
