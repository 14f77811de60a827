"""A home visit (走访, 入户): who saw the child, where, how the care was, what was agreed.

The children's director (儿童主任) and the township supervisor visit the
children and their carers regularly, more often where the risk is higher
(the policy's ``visit_days_*``); a visit records the care assessment of the
2016 census form (监护情况) and the four gaps of the reports (四缺) it saw.
The home keeps its visits (``Home.visits``); the rules on them are in
:mod:`left_behind.rules` (``VISIT-*``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.kinds import (
    LabelledEnum,
    Order,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_frozenset,
    field,
    problem,
)
from left_behind.model._child import Child
from left_behind.model._people import Person

__all__ = ["CareAssessment", "Gap", "HomeVisit", "Met", "VisitKind"]


class VisitKind(LabelledEnum):
    """How the visit was made: in person at home or at school, or from afar."""

    AT_HOME = "at_home", "入户走访", "at home"
    AT_SCHOOL = "at_school", "到校走访", "at school"
    BY_PHONE = "by_phone", "电话回访", "by phone"
    BY_VIDEO = "by_video", "视频回访", "by video"

    @property
    def in_person(self) -> bool:
        """Whether the visitor saw the child where the child lives or studies.

        >>> VisitKind.AT_SCHOOL.in_person, VisitKind.BY_PHONE.in_person
        (True, False)
        """
        return self in (VisitKind.AT_HOME, VisitKind.AT_SCHOOL)


class Met(LabelledEnum):
    """Who the visitor met (a visit meets one or more)."""

    CHILD = "child", "儿童本人", "the child"
    CHILD_ALONE = "child_alone", "儿童独自在家", "the child alone, nobody else at home"
    CARER = "carer", "照护人", "the carer"
    PARENT_HOME = "parent_home", "回家的父母", "a parent home for the holidays"
    GUARDIAN = "guardian", "其他监护人", "the legal guardian"
    TEACHER = "teacher", "老师", "a teacher"


class CareAssessment(LabelledEnum):
    """The assessment of the care (监护情况) on the census form of 2016 (民发〔2016〕42号).

    The form's own definitions:

    - 较好 (good): the carer fulfils the duties of care well; the child's
      life, schooling and health are well provided for.
    - 一般 (fair): basically provided for, with a latent risk of problems of
      behaviour or of the mind.
    - 差 (poor): nobody cares for the child, or one parent is away and the
      other has no capacity to care, or the carer cannot care: the child's
      needs are not met, or the child already shows problems, has dropped out
      of school, or wanders.
    """

    GOOD = "good", "较好", "good"
    FAIR = "fair", "一般", "fair"
    POOR = "poor", "差", "poor"


class Gap(LabelledEnum):
    """The four gaps of the reports (四缺)."""

    HOME_EDUCATION_ABSENT = "home_education_absent", "家教缺位", "home education absent"
    AFFECTION_MISSING = "affection_missing", "亲情缺失", "affection missing"
    COMMUNICATION_LACKING = "communication_lacking", "交流缺少", "too little communication"
    SUPERVISION_LACKING = "supervision_lacking", "监护缺乏", "too little supervision"


@attrs.frozen(kw_only=True)
class HomeVisit(Record):
    """One visit to a child by a member of staff or a volunteer of the home.

    ``visitor`` is the id of the member of staff or volunteer who made it;
    ``met`` who they met (at least one); ``care`` the census form's
    assessment of the care (see :class:`CareAssessment`), empty when not
    assessed (a call to the school, say); ``gaps`` the gaps of the reports
    the visitor saw; ``note`` is private; ``agreed`` what was agreed (the
    follow-up); ``next_on`` the next visit's date, if one was set, not
    before this one.

    >>> import datetime as dt
    >>> v = HomeVisit(id="v-001", child="c-001", on=dt.date(2026, 3, 10),
    ...               visitor="s-01", kind=VisitKind.AT_HOME, met={Met.CARER, Met.CHILD},
    ...               care=CareAssessment.FAIR, note="祖母腿脚不便")
    >>> v.care.label(), "祖母" in repr(v)
    ('一般', False)
    """

    id: str = field(not_blank=True, words=("走访编号", "the visit's id"))
    child: str = field(not_blank=True, refers_to=Child, words=("儿童编号", "the child's id"))
    on: dt.date = field(words=("走访日期", "the day of the visit"))
    visitor: str = field(not_blank=True, refers_to=Person, words=("走访人", "who visited"))
    kind: VisitKind = field(words=("走访方式", "how the visit was made"))
    met: frozenset[Met] = field(
        converter=as_frozenset,
        words=("见到的人", "who was met"),
        at_least_one=("请写明见到了谁", "say who was met"),
    )
    care: CareAssessment | None = field(
        default=None, words=("监护情况评估", "the assessment of the care")
    )
    gaps: frozenset[Gap] = field(
        default=frozenset(), converter=as_frozenset, words=("发现的“四缺”", "the gaps seen")
    )
    note: str | None = field(default=None, private=True, words=("走访记录", "the note"))
    agreed: str | None = field(default=None, words=("商定的跟进事项", "what was agreed"))
    next_on: dt.date | None = field(
        default=None,
        not_before=Order(
            "on",
            "the next visit {value} comes before this one {other}",
            "下次走访日期 {value} 早于本次走访日期 {other}",
        ),
        words=("下次走访日期", "the next visit's date"),
    )

    @property
    def follow_up(self) -> bool:
        """Whether something was agreed: a follow-up written down."""
        return bool(self.agreed and self.agreed.strip())

    def _problems(self) -> Iterator[Problem]:
        if not isinstance(self.met, frozenset):
            return  # a list the loader could not read as a set: its own problem says so
        others = sorted(self.met - {Met.CHILD_ALONE, Met.CHILD}, key=lambda m: m.value)
        if Met.CHILD_ALONE in self.met and others:
            yield problem(
                "$.met",
                ProblemCode.INCONSISTENT,
                Text(
                    f"“{Met.CHILD_ALONE.label()}”与见到{'、'.join(m.label() for m in others)}"
                    "相矛盾：请改正其中一项",
                    f"'{Met.CHILD_ALONE.label('en')}' contradicts meeting"
                    f" {', '.join(m.label('en') for m in others)}: correct one of them",
                ),
            )
