"""What the rules of the support side share: the kinds of subject, the facts
worked out once per home, and the programme's own sources.

The rules on people (:mod:`._people_rules`), pairings
(:mod:`._pairing_rules`) and the home (:mod:`._home_rules`) read the same
:class:`SupportFacts`: who is who by id, which pairings each mentor has, when
each person first had contact with a child. They are made once per check of a
document by the subjects' ``prepare``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from left_behind.kinds import Text
from left_behind.law import Source
from left_behind.model import (
    Child,
    ChildStatus,
    Home,
    Pairing,
    Person,
    Register,
    Staff,
    SupportTeam,
    Volunteer,
)
from left_behind.rules._classify import classify
from left_behind.rules._policy import Policy
from left_behind.rules._registry import RuleSet, Subject

__all__ = [
    "HOME_SUBJECT",
    "PAIRING_SUBJECT",
    "PERSON_SUBJECT",
    "PLANNING_PRACTICE",
    "PRACTICE",
    "SHICUN",
    "TASK_PRACTICE",
    "VISIT_PRACTICE",
    "Practice",
    "SupportFacts",
    "needs_mentor",
    "planning_practice",
    "practice",
    "programme_sources",
    "session_practice",
    "task_practice",
    "visit_practice",
]

NEEDING = frozenset({ChildStatus.LEFT_BEHIND, ChildStatus.DE_FACTO_UNSUPPORTED})


def needs_mentor(child: Child, on: dt.date, policy: Policy | None = None) -> bool:
    """Whether the child is left-behind or de-facto unsupported on ``on``: who is paired.

    Classified under ``policy`` (its ``working_away_months``), the defaults if none.
    """
    if child.birth_date > on:
        return False
    result = classify(child, on=on) if policy is None else classify(child, on=on, policy=policy)
    return result.status in NEEDING


@attrs.frozen(kw_only=True)
class SupportFacts:
    """The facts of one document that the support rules share, on a date.

    ``pairings_of`` maps a mentor's id (a person's, or a team's) to the
    pairings that name them, in the document's order; ``first_contact`` maps
    a person's id to the first day they had contact with a child through a
    pairing (directly, or as a member of a mentoring team on its start), or
    through their post (staff, from joining).
    """

    on: dt.date
    policy: Policy
    home: Home | None
    children: Mapping[str, Child]
    people: Mapping[str, Person]
    teams: Mapping[str, SupportTeam]
    pairings_of: Mapping[str, tuple[Pairing, ...]]
    first_contact: Mapping[str, dt.date]
    # the check's rules: a child's risk, which reads their findings, is the caller's risk
    rules: RuleSet | None = None
    # each child is classified once per check, whichever rules ask
    _needing: dict[str, bool] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @classmethod
    def of(
        cls, document: Any, on: dt.date, policy: Policy, rules: RuleSet | None = None
    ) -> SupportFacts:
        """The facts of ``document`` (a home, or a single record) on ``on``, for ``rules``."""
        home = _home_in(document)
        children: dict[str, Child] = {}
        held = home if home is not None else document
        if isinstance(held, Register):
            children = {c.id: c for c in held.children}
        people: dict[str, Person] = {}
        teams: dict[str, SupportTeam] = {}
        pairings: tuple[Pairing, ...] = ()
        if home is not None:
            people = {p.id: p for p in (*home.staff, *home.volunteers)}
            teams = {t.id: t for t in home.teams}
            pairings = home.pairings
        elif isinstance(document, Person):
            people = {document.id: document}
        elif isinstance(document, Pairing):
            pairings = (document,)
        of: dict[str, list[Pairing]] = {}
        first: dict[str, dt.date] = {}
        for p in people.values():
            if isinstance(p, Staff):
                first[p.id] = p.joined_on
        for pairing in pairings:
            for mentor in pairing.mentor_ids():
                of.setdefault(mentor, []).append(pairing)
            start = pairing.started_on
            if start is None:
                continue
            contacts = [(pid, start) for pid in pairing.mentors]
            if pairing.team is not None and pairing.team in teams:
                # a member who joins the team while it mentors meets the child from joining
                ends = pairing.closed_on
                for m in teams[pairing.team].members:
                    begins = max(start, m.joined_on)
                    stays = m.left_on is None or begins < m.left_on
                    if stays and (ends is None or begins < ends):
                        contacts.append((m.volunteer, begins))
            for pid, day in contacts:
                if pid not in first or day < first[pid]:
                    first[pid] = day
        return cls(
            on=on,
            policy=policy,
            home=home,
            children=children,
            people=people,
            teams=teams,
            pairings_of={k: tuple(v) for k, v in of.items()},
            first_contact=first,
            rules=rules,
        )

    def needs_mentor(self, child: Child) -> bool:
        """:func:`needs_mentor` of ``child`` on the date under the policy, worked out once."""
        found = self._needing.get(child.id)
        if found is None:
            found = self._needing[child.id] = needs_mentor(child, self.on, self.policy)
        return found

    def capacity_of(self, mentor: str) -> int:
        """How many children a mentor (a person or a team) may have at once."""
        person = self.people.get(mentor)
        if isinstance(person, Volunteer) and person.capacity is not None:
            return person.capacity
        team = self.teams.get(mentor)
        if team is not None and team.capacity is not None:
            return team.capacity
        return self.policy.mentor_capacity


def _facts(obj: Any, on: dt.date, policy: Policy, facts: SupportFacts) -> SupportFacts:
    return facts


PERSON_SUBJECT = Subject(
    kind="person",
    cls=Person,
    label=Text("人员", "Person"),
    id_of=lambda p: p.id,
    name_of=lambda p: p.name,
    context=_facts,
    prepare=SupportFacts.of,
    applies=lambda p, on: p.active_on(on),
    variants=(
        (Volunteer, "volunteer", Text("志愿者", "Volunteer")),
        (Staff, "staff", Text("工作人员", "Staff member")),
    ),
)
"""Each volunteer and member of staff while they serve: background checks, consent."""

PAIRING_SUBJECT = Subject(
    kind="pairing",
    cls=Pairing,
    label=Text("结对", "Pairing"),
    id_of=lambda p: p.id,
    name_of=lambda p: None,
    context=_facts,
    prepare=SupportFacts.of,
    applies=lambda p, on: p.stage_on(on) is not None,
)
"""Each pairing once proposed: consent, training, meetings, suitability."""

HOME_SUBJECT = Subject(
    kind="home",
    cls=Home,
    label=Text("儿童快乐家园", "Home"),
    id_of=lambda h: h.name or "home",
    name_of=lambda h: None,
    context=_facts,
    prepare=SupportFacts.of,
    # a register that keeps no people says nothing of its volunteers or mentors
    applies=lambda h, on: bool(h.staff or h.volunteers or h.teams or h.pairings),
)
"""A home that keeps its people: the ratio of volunteers, the children without a mentor.

A register file read as a home keeps nobody: these rules wait until it does.
"""


SHICUN = Source(
    law="HOME",
    title="石村村“儿童快乐家园”项目要求",
    article="义工比例",
    article_en="volunteer ratio",
    text="义工比例不低于服务对象人数30%",
)
"""The project rule of the Shicun home that the reports quote."""

_PRACTICES: list[Practice] = []


@attrs.frozen(eq=False)
class Practice:
    """A practice of the library's own, where no law says how: its code, title and articles.

    Declared once, with its articles in its own words; calling it with an
    article's number gives that article as the :class:`Source` a rule cites,
    and every practice declared is among :func:`programme_sources`.

    >>> practice("1").cite("en"), planning_practice("1").cite("en")
    ('PAIR art. 1', 'PLAN art. 1')
    """

    law: str
    title: str
    articles: Mapping[str, str]

    def __attrs_post_init__(self) -> None:
        _PRACTICES.append(self)

    def __call__(self, article: str) -> Source:
        """Article ``article``, as a :class:`Source`."""
        return Source(
            law=self.law,
            title=self.title,
            article=f"第{article}条",
            article_en=f"art. {article}",
            text=self.articles[article],
        )

    def sources(self) -> tuple[Source, ...]:
        """Every article, in order."""
        return tuple(self(a) for a in self.articles)


_PRACTICE_TITLE = "结对帮扶工作规范（本库默认规则）"
PRACTICE: Mapping[str, str] = {
    "1": "结对前，帮扶人须已参加不少于2小时的培训。",
    "2": "结对须经儿童监护人同意；儿童年满八周岁的，应听取其本人意见。",
    "3": "结对后第一个月内至少见面两次，此后每月至少见面一次；未能见面的尝试不计入。",
    "4": "每名帮扶人同时结对的儿童人数不超过规定上限。",
    "5": "学生帮扶人须有成年人指导，且不得作为低龄儿童唯一的帮扶人。",
    "6": "儿童不再需要帮扶时，应及时复核并结束结对；结束结对须注明原因。",
    "7": "同一儿童与同一帮扶人不重复结对；留守儿童均应有结对帮扶人。",
}
"""The library's default pairing practice, in its own words, article by article.

No law fixes how mentors are trained, met or counted: these articles put the
mentoring practice the reports and MENTOR's Elements of Effective Practice
(4th edition) describe into rules a home can switch off or tune in its
policy. A home with its own rules replaces them.
"""


practice = Practice(law="PAIR", title=_PRACTICE_TITLE, articles=PRACTICE)


_PLANNING_TITLE = "活动安排工作规范（本库默认规则）"
PLANNING_PRACTICE: Mapping[str, str] = {
    "1": "同一活动室同一时间只安排一项活动。",
    "2": "同一负责人同一时间只负责一项活动；同一儿童同一时间只参加一项活动。",
    "3": "参加人数不超过活动名额和活动室容量；每名成人带领的儿童不超过规定人数。",
    "4": "活动在家园开放时间内进行。",
    "5": "儿童参加适合其年龄和学段的活动；亲子活动须有照护人陪同。",
    "6": "每学期开展安全与法治教育讲座不少于规定次数。",
    "7": "家园按上学日或寒暑假安排开放时间的，应登记所在县每学年的学期和寒暑假日期。",
}
"""The library's default practice for a home's timetable, in its own words.

No law says how a home's rooms, volunteers and children are timetabled:
these articles put what the reports describe (groups in their rooms after
school, the parent-child park with the carers, one or two safety lectures a
semester, opening every day after school and in the vacations, whose days the
county's terms fix) into rules a home can switch off or tune in its policy.
"""


planning_practice = Practice(law="PLAN", title=_PLANNING_TITLE, articles=PLANNING_PRACTICE)


_TASK_TITLE = "跟进事项工作规范（本库默认规则）"
TASK_PRACTICE: Mapping[str, str] = {
    "1": "跟进事项应在约定的期限内完成；期限过后仍未完成、也未取消的，应予提醒。",
    "2": "因违反法律规定的问题（错误）而设的跟进事项，期限过后仍未完成的，按错误处理。",
}
"""The library's default practice for follow-up tasks, in its own words.

No law says how a home follows up what it agreed: these articles put the
follow-ups of case-management tools (a task by whom and by when, overdue once
its day has passed) into rules. Article 2 reads "an error while open" as
*open past its due date*: until the day agreed, the finding the task was
made from speaks for itself (it is still an error while the record breaks the
law); after it, the task's own lateness is an error too.
"""


task_practice = Practice(law="TASK", title=_TASK_TITLE, articles=TASK_PRACTICE)


_VISIT_TITLE = "走访工作规范（本库默认规则）"
VISIT_PRACTICE: Mapping[str, str] = {
    "1": "儿童主任按儿童的风险等级定期走访留守儿童和事实无人抚养儿童，间隔不超过规定天数；"
    "从未走访的，自儿童成为留守儿童或事实无人抚养儿童之日起即应走访；"
    "发现须强制报告的情形或更换照护人后，应立即走访。",
    "2": "走访评估监护情况为“差”的，应商定跟进事项，或在高风险儿童的走访间隔内再次走访。",
}
"""The library's default practice for home visits, in its own words.

No national rule fixes how often a children's director visits (定期走访):
these articles put what the reports describe (more often where the risk is
higher, at once after a report or a change of carer, a follow-up after a
poor assessment of the care) into rules a home can switch off or tune in
its policy (``visit_days_high``, ``visit_days_medium``, ``visit_days_low``,
``visit_overdue_days``).
"""


visit_practice = Practice(law="VISIT", title=_VISIT_TITLE, articles=VISIT_PRACTICE)


_SESSION_TITLE = "活动开展工作规范（本库默认规则）"
SESSION_PRACTICE: Mapping[str, str] = {
    "1": "报名参加活动项目的儿童连续缺席最近规定场次的，由其帮扶人或儿童主任了解原因并跟进。",
}
"""The library's default practice for the sessions a home holds, in its own words.

What a plan asks of a session (places, adults, the carer, a checked and
qualified lead: :data:`PLANNING_PRACTICE`, MPL art. 62, VOL art. 16) holds
of the session as it was held too; this article adds what only the record
shows: a child who has stopped coming (``missed_sessions`` in a row).
"""


session_practice = Practice(law="HELD", title=_SESSION_TITLE, articles=SESSION_PRACTICE)


def programme_sources() -> tuple[Source, ...]:
    """Every source of a programme's own (not in :mod:`left_behind.law`) that a rule may cite:
    the Shicun home's rule and every article of every :class:`Practice` declared."""
    return (SHICUN, *(source for p in _PRACTICES for source in p.sources()))


def _home_in(document: Any) -> Home | None:
    """The home a document is about: itself, or the home it holds (a plan's).

    The support rules of a home found inside a document read that home's
    people and pairings, not an empty set.
    """
    if isinstance(document, Home):
        return document
    if isinstance(document, (Person, Pairing, Register)) or not attrs.has(type(document)):
        return None
    for a in attrs.fields(type(document)):
        value = getattr(document, a.name)
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if attrs.has(type(item)) and (home := _home_in(item)) is not None:
                return home
    return None
