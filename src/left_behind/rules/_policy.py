"""Every setting that no law fixes, in one place, each with its reason.

A county or a home changes them with ``attrs.evolve(Policy(), ...)`` or by
loading a policy from JSON; a finding names the setting that applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from left_behind.kinds import (
    WORDS,
    Bounds,
    Problem,
    ProblemCode,
    Record,
    Text,
    bounds_of,
    field,
    problem,
)
from left_behind.law import ADULT_FROM, LIMITED_CAPACITY_FROM

__all__ = ["PairingWeights", "Policy", "RiskWeights", "Setting"]


_TEN_YEARS = 3650


# What the bounds of the settings count.
_YEARS = Text("岁", "years")
_DAYS = Text("天", "days")
_POINTS = Text("分", "points")
_CHILDREN = Text("名儿童", "children")


def _setting(
    default: Any,
    reason: str,
    subject: str = "child",
    *,
    words: Text,
    minimum: int | None = None,
    maximum: int | None = None,
    unit: Text | None = None,
) -> Any:
    """A setting's declaration: a record's field (see ``kinds/_fields.py``) with its
    default, words and bounds (``minimum``, ``maximum``, ``unit``: wide enough for any
    county and narrow enough that date arithmetic on them cannot overflow), and the
    reason for the default and the subject it concerns."""
    return field(
        default=default,
        words=words,
        minimum=minimum,
        maximum=maximum,
        unit=unit,
        metadata={"reason": reason, "subject": subject},
    )


def _weight(default: int, reason: str, subject: str, words: Text) -> Any:
    """A weight or a threshold of points: from 0 to 1000."""
    return _setting(default, reason, subject, words=words, minimum=0, maximum=1000, unit=_POINTS)


@attrs.frozen(kw_only=True)
class Setting:
    """One policy setting: its name, value, default, the reason for the default,
    the kind of subject whose rules it concerns (``"child"``, ``"people"``,
    ``"home"``, ``"risk"``), and, from its declaration, its words and bounds."""

    name: str
    value: Any
    default: Any
    reason: str
    subject: str = "child"
    words: Text | None = None
    """What the setting is, in Chinese and English."""
    bounds: Bounds | None = None
    """The values it may take (a number setting), with their unit."""


@attrs.frozen(kw_only=True)
class RiskWeights(Record):
    """Points that raise a child's risk level, and the thresholds of the levels."""

    error: int = _weight(
        4,
        "each rule broken with severity error: the law is broken now; with the child left"
        " at home without parents, that alone makes the risk high",
        "child",
        Text("每条违反的错误级规则", "each rule broken with severity error"),
    )
    warning: int = _weight(
        1,
        "each rule broken with severity warning: a duty is overdue",
        "child",
        Text("每条违反的警告级规则", "each rule broken with severity warning"),
    )
    home_education_absent: int = _weight(
        1,
        "家教缺位: no parent lives at home to bring the child up",
        "child",
        Text("家教缺位", "home education absent"),
    )
    affection_missing: int = _weight(
        1,
        "亲情缺失: no parent has visited within `no_visit_days` (policy)",
        "child",
        Text("亲情缺失", "affection missing"),
    )
    communication_lacking: int = _weight(
        1,
        "交流缺少: an absent parent's contact gap is longer than the weekly rule allows",
        "child",
        Text("交流缺少", "communication lacking"),
    )
    supervision_lacking: int = _weight(
        2,
        "监护缺乏: nobody, a minor, an elderly or an unwell carer looks after the child;"
        " weighed double, since the reports and MPL art. 21 put supervision first",
        "child",
        Text("监护缺乏", "supervision lacking"),
    )
    medium_from: int = _weight(
        3,
        "a score of 3 or more is medium risk",
        "child",
        Text("中风险分数线", "the medium-risk threshold"),
    )
    high_from: int = _weight(
        5,
        "a score of 5 or more is high risk",
        "child",
        Text("高风险分数线", "the high-risk threshold"),
    )

    def _problems(self) -> Iterator[Problem]:
        if self.high_from < self.medium_from:
            yield problem(
                "$.high_from",
                ProblemCode.RANGE,
                Text(
                    f"高风险分数线（{self.high_from}）低于中风险分数线（{self.medium_from}）",
                    f"the high-risk threshold ({self.high_from}) is below the medium one"
                    f" ({self.medium_from})",
                ),
            )


@attrs.frozen(kw_only=True)
class PairingWeights(Record):
    """Points a suggested pairing scores on each criterion (see ``suggest_pairings``)."""

    need: int = _weight(
        3,
        "each of the child's gaps (家教缺位, 亲情缺失, 交流缺少, 监护缺乏) that the"
        " mentor's skills answer",
        "pairing",
        Text("帮扶人技能对应的儿童缺失", "each gap of the child the mentor's skills answer"),
    )
    subject: int = _weight(
        2,
        "each school subject the child wants help with that the mentor tutors",
        "pairing",
        Text("帮扶人可辅导的学科", "each subject the mentor tutors"),
    )
    counselling: int = _weight(
        4,
        "a child who needs counselling with a mentor qualified to give it (VOL art. 16)",
        "pairing",
        Text("心理辅导资格", "a qualified counsellor"),
    )
    interest: int = _weight(
        1,
        "each interest the child and the mentor share",
        "pairing",
        Text("共同兴趣", "each interest shared"),
    )
    continuity: int = _weight(
        3,
        "the mentor mentored the child before: a known adult, as mentoring practice advises",
        "pairing",
        Text("曾经结对", "a mentor of the child before"),
    )
    child_prefers: int = _weight(
        3,
        "the child asked for this mentor (MPL art. 22: the child's view)",
        "pairing",
        Text("儿童的意愿", "the child's wish"),
    )
    family_prefers: int = _weight(
        2,
        "the family asked for this mentor",
        "pairing",
        Text("家庭的意愿", "the family's wish"),
    )
    mentor_prefers: int = _weight(
        1,
        "the mentor asked for this child",
        "pairing",
        Text("帮扶人的意愿", "the mentor's wish"),
    )
    same_village: int = _weight(
        1,
        "the mentor lives in the child's village: easier home visits",
        "pairing",
        Text("同村", "the same village"),
    )


@attrs.frozen(kw_only=True)
class Policy(Record):
    """The settings of the checks that law leaves to a county or home.

    >>> p = Policy()
    >>> p.contact_gap_days, p.child_view_age, p.volunteer_percent
    (7, 8, 30)
    >>> print(p.explain("contact_gap_days"))
    contact_gap_days = 7: MPL art. 23: each absent parent contacts the child
    and the carer at least once a week
    """

    child_view_age: int = _setting(
        LIMITED_CAPACITY_FROM,
        "MPL art. 22 asks to hear a child able to express a view; from 8 a child has"
        " limited civil capacity (Civil Code art. 19), so the library asks from 8",
        minimum=0,
        maximum=ADULT_FROM,
        unit=_YEARS,
        words=Text("听取儿童意见的年龄", "the age from which the child's view is heard"),
    )
    notice_days: int = _setting(
        30,
        "MPL art. 23 asks for written notice to the school and village committee 'in time'"
        " (及时) without a number; 30 days leaves room for a holiday between entrustment and"
        " the school's return",
        minimum=0,
        maximum=_TEN_YEARS,
        unit=_DAYS,
        words=Text("书面告知期限", "the days to give written notice"),
    )
    contact_gap_days: int = _setting(
        7,
        "MPL art. 23: each absent parent contacts the child and the carer at least once a week",
        minimum=1,
        maximum=_TEN_YEARS,
        unit=_DAYS,
        words=Text("联系间隔上限", "the longest gap between contacts"),
    )
    contact_lookback_days: int = _setting(
        365,
        "contact gaps are looked for in the last year; older logs are history",
        minimum=0,
        maximum=_TEN_YEARS,
        unit=_DAYS,
        words=Text("查看联系记录的天数", "the days of contacts looked at"),
    )
    no_visit_days: int = _setting(
        365,
        "a parent who has not come home for a year: the Spring Festival return the reports"
        " count on has been missed",
        minimum=1,
        maximum=_TEN_YEARS,
        unit=_DAYS,
        words=Text("未回家探望的天数上限", "the longest time without a visit home"),
    )
    elderly_carer_age: int = _setting(
        70,
        "carers of 70 and over often cannot supervise schoolwork and safety alone",
        minimum=ADULT_FROM,
        maximum=120,
        unit=_YEARS,
        words=Text("高龄照护人的年龄", "the age of an elderly carer"),
    )
    visit_days_high: int = _setting(
        7,
        "a children's director visits a high-risk child every week",
        minimum=1,
        maximum=_TEN_YEARS,
        unit=_DAYS,
        words=Text("高风险儿童的走访间隔", "the days between visits to a high-risk child"),
    )
    visit_days_medium: int = _setting(
        30,
        "and a medium-risk child every month",
        minimum=1,
        maximum=_TEN_YEARS,
        unit=_DAYS,
        words=Text("中风险儿童的走访间隔", "the days between visits to a medium-risk child"),
    )
    visit_days_low: int = _setting(
        90,
        "and every other child every quarter",
        minimum=1,
        maximum=_TEN_YEARS,
        unit=_DAYS,
        words=Text("其他儿童的走访间隔", "the days between visits to any other child"),
    )
    visit_overdue_days: int = _setting(
        30,
        "a visit more than a month late is no longer a delay but a child out of sight:"
        " no rule of law fixes it (the intervals are policy too)",
        minimum=0,
        maximum=_TEN_YEARS,
        unit=_DAYS,
        words=Text("走访逾期转为错误的天数", "the days late after which a visit is long overdue"),
    )
    working_away_months: int | None = _setting(
        None,
        "GF16 fixes no length of work away, so a parent counts as working away from the day"
        " of leaving (none); the national monitoring of 2024 counts a parent after 6 months in"
        " a row (6个月以上, the six months included), a visit home not breaking them: a county"
        " that follows it sets 6. Counted as the law counts periods (Civil Code arts. 201-203),"
        " from the first of the working-away records that follow one another without a day"
        " between them; a visit home is logged as a contact, not as a return",
        minimum=1,
        maximum=120,
        unit=Text("个月", "months"),
        words=Text("计为外出务工的月数", "the months away that count as working away"),
    )
    background_check_days: int = _setting(
        365,
        "MPL art. 62: records of staff in close contact with children are checked every year",
        subject="people",
        minimum=1,
        maximum=_TEN_YEARS,
        unit=_DAYS,
        words=Text("违法犯罪记录查询间隔", "the days between background checks"),
    )
    volunteer_percent: int = _setting(
        30,
        "the Shicun project's rule: volunteers number at least 30% of the children served"
        " (义工比例不低于服务对象人数30%)",
        subject="home",
        minimum=0,
        maximum=100,
        unit=Text("%", "percent"),
        words=Text("义工比例下限", "the least share of volunteers"),
    )
    check_volunteers: bool = _setting(
        True,
        "MPL art. 62 names staff; the homes check volunteers who meet children alone too",
        subject="people",
        words=Text("查询志愿者的违法犯罪记录", "whether volunteers are checked"),
    )
    mentor_capacity: int = _setting(
        2,
        "no law fixes a mentor's number of children; the reports pair one to one (一帮一) or"
        " one to two, and a group mentor takes at most about four (mentoring practice)",
        subject="pairing",
        minimum=1,
        maximum=20,
        unit=_CHILDREN,
        words=Text("帮扶人可同时结对儿童数", "how many children a mentor takes at once"),
    )
    training_hours: int = _setting(
        2,
        "mentoring practice (MENTOR, Elements of Effective Practice): at least 2 hours of"
        " training before a mentor is matched",
        subject="pairing",
        minimum=0,
        maximum=100,
        unit=Text("小时", "hours"),
        words=Text("结对前的培训时数", "the hours of training before pairing"),
    )
    first_month_days: int = _setting(
        30,
        "the first month of a pairing, when mentoring practice asks for more contact",
        subject="pairing",
        minimum=1,
        maximum=366,
        unit=_DAYS,
        words=Text("结对首月的天数", "the days of a pairing's first month"),
    )
    first_month_meetings: int = _setting(
        2,
        "mentoring practice: contact twice in the first month",
        subject="pairing",
        minimum=0,
        maximum=31,
        unit=Text("次", "meetings"),
        words=Text("首月见面次数", "the meetings in the first month"),
    )
    meeting_gap_days: int = _setting(
        31,
        "mentoring practice: contact at least monthly after the first month",
        subject="pairing",
        minimum=1,
        maximum=_TEN_YEARS,
        unit=_DAYS,
        words=Text("见面间隔上限", "the longest gap between meetings"),
    )
    pair_left_behind: bool = _setting(
        True,
        "the reports pair every left-behind child with a mentor (结对帮扶); a warning, not a"
        " duty of law",
        subject="pairing",
        words=Text("留守儿童均应结对", "whether every left-behind child is paired"),
    )
    peer_only_from_age: int = _setting(
        10,
        "a pupil (a minor) may be the only mentor of a child of 10 or more, and always under"
        " an adult's supervision (VOL art. 15: activities suited to the volunteer's age)",
        subject="pairing",
        minimum=0,
        maximum=ADULT_FROM,
        unit=_YEARS,
        words=Text(
            "学生可作唯一帮扶人的儿童年龄",
            "the age from which a pupil may be a child's only mentor",
        ),
    )
    same_sex_from_age: int | None = _setting(
        None,
        "a county may ask that one-to-one mentors of children from this age be of the"
        " child's sex; off unless set",
        subject="pairing",
        minimum=0,
        maximum=ADULT_FROM,
        unit=_YEARS,
        words=Text(
            "须同性别帮扶人的儿童年龄",
            "the age from which a one-to-one mentor is of the child's sex",
        ),
    )
    max_distance_km: int = _setting(
        5,
        "a mentor in another village is suggested only this near, by the home's distance"
        " table; the same village is always near enough",
        subject="pairing",
        minimum=0,
        maximum=1000,
        unit=Text("公里", "km"),
        words=Text("帮扶人所在村的最远距离", "the farthest a mentor's village may be"),
    )
    school_ends: dt.time = _setting(
        dt.time(16, 30),
        "a pupil is free for a mentor after school on school days, and at weekends",
        subject="pairing",
        words=Text("放学时间", "the time school ends"),
    )
    after_school_on_makeup_days: bool = _setting(
        True,
        "on a make-up working day in term (调休上班) the children are at school as on a weekday,"
        " so the after-school programme runs; a home that keeps such days closed sets False",
        subject="planning",
        words=Text(
            "调休上班日开放课后活动",
            "whether the after-school programme runs on make-up working days",
        ),
    )
    children_per_adult: int = _setting(
        15,
        "no law fixes how many children one adult leads; the reports' groups have one or two"
        " volunteers for a class-sized group. A programme may set its own",
        subject="planning",
        minimum=1,
        maximum=1000,
        unit=_CHILDREN,
        words=Text("每名成人带领儿童数", "how many children one adult leads"),
    )
    missed_sessions: int = _setting(
        3,
        "a child who misses three sessions of a weekly group in a row has missed most of a"
        " month: no rule of law fixes it, the reports ask the mentors to notice who stops coming",
        subject="planning",
        minimum=1,
        maximum=100,
        unit=Text("场", "sessions"),
        words=Text("连续缺席提醒场次", "the sessions missed in a row that call for a follow-up"),
    )
    move_within_days: int = _setting(
        14,
        "a session moved because the home is closed goes to the next open day within two"
        " weeks; later than that it is dropped",
        subject="planning",
        minimum=1,
        maximum=366,
        unit=_DAYS,
        words=Text("顺延的天数上限", "the most days a session is moved by"),
    )
    safety_lectures_per_term: int = _setting(
        1,
        "the schools add one or two safety and legal-education lectures a semester; the home"
        " holds at least one in each term",
        subject="planning",
        minimum=0,
        maximum=20,
        unit=Text("次", "lectures"),
        words=Text("每学期安全教育讲座次数", "the safety lectures a term"),
    )
    call_minutes: int = _setting(
        20,
        "MPL art. 23 asks for contact at least weekly; 20 minutes on a shared computer lets"
        " a home with two computers serve six children an hour",
        subject="calls",
        minimum=5,
        maximum=240,
        unit=Text("分钟", "minutes"),
        words=Text("每次视频通话分钟数", "the minutes of a call"),
    )
    pairing: PairingWeights = field(
        factory=PairingWeights,
        words=Text("结对评分权重", "the weights of a pairing's score"),
        metadata={"reason": "the weights of a suggested pairing's score", "subject": "pairing"},
    )
    risk: RiskWeights = field(
        factory=RiskWeights,
        words=Text("风险等级权重", "the weights of the risk level"),
        metadata={"reason": "the weights of the risk level", "subject": "risk"},
    )

    def explain(self, name: str) -> str:
        """``name = value: reason`` for one setting, as findings cite it."""
        s = self.setting(name)
        return f"{s.name} = {s.value}: {s.reason}"

    def setting(self, name: str) -> Setting:
        """One setting with its value, default and reason."""
        a = attrs.fields_dict(type(self))[name]
        default: Any = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        return Setting(
            name=name,
            value=getattr(self, name),
            default=default,
            reason=a.metadata["reason"],
            subject=a.metadata["subject"],
            words=a.metadata.get(WORDS),
            bounds=bounds_of(a),
        )

    def settings(self, subject: str | None = None) -> tuple[Setting, ...]:
        """Every setting in declaration order, or those of one kind of subject.

        >>> [s.name for s in Policy().settings("home")]
        ['volunteer_percent']
        """
        found = (self.setting(a.name) for a in attrs.fields(type(self)))
        return tuple(s for s in found if subject is None or s.subject == subject)

    def groups(self) -> dict[str, tuple[Setting, ...]]:
        """The settings grouped by the kind of subject they concern, in order.

        >>> list(Policy().groups())
        ['child', 'people', 'home', 'pairing', 'planning', 'calls', 'risk']
        """
        grouped: dict[str, list[Setting]] = {}
        for s in self.settings():
            grouped.setdefault(s.subject, []).append(s)
        return {k: tuple(v) for k, v in grouped.items()}
