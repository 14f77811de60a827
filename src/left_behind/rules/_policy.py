"""Every setting that no law fixes, in one place, each with its reason.

A county or a home changes them with ``attrs.evolve(Policy(), ...)`` or by
loading a policy from JSON; a finding names the setting that applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from left_behind._errors import Problem, ProblemCode
from left_behind.kinds import Text
from left_behind.model._base import Record, problem

__all__ = ["PairingWeights", "Policy", "RiskWeights", "Setting"]


_TEN_YEARS = 3650


def _setting(
    default: Any,
    reason: str,
    subject: str = "child",
    bounds: tuple[int, int, str] | None = None,
) -> Any:
    """A setting's declaration: default, reason, the subject it concerns, and its
    bounds (low, high, unit), wide enough for any county and narrow enough that
    date arithmetic on them cannot overflow."""
    metadata = {"reason": reason, "subject": subject, "bounds": bounds}
    return attrs.field(default=default, metadata=metadata)


@attrs.frozen(kw_only=True)
class Setting:
    """One policy setting: its name, value, default, the reason for the default,
    and the kind of subject whose rules it concerns (``"child"``, ``"people"``,
    ``"home"``, ``"risk"``)."""

    name: str
    value: Any
    default: Any
    reason: str
    subject: str = "child"


@attrs.frozen(kw_only=True)
class RiskWeights(Record):
    """Points that raise a child's risk level, and the thresholds of the levels."""

    error: int = _setting(
        4,
        "each rule broken with severity error: the law is broken now; with the child left"
        " at home without parents, that alone makes the risk high",
    )
    warning: int = _setting(1, "each rule broken with severity warning: a duty is overdue")
    home_education_absent: int = _setting(
        1, "家教缺位: no parent lives at home to bring the child up"
    )
    affection_missing: int = _setting(
        1, "亲情缺失: no parent has visited within `no_visit_days` (policy)"
    )
    communication_lacking: int = _setting(
        1, "交流缺少: an absent parent's contact gap is longer than the weekly rule allows"
    )
    supervision_lacking: int = _setting(
        2,
        "监护缺乏: nobody, a minor, an elderly or an unwell carer looks after the child;"
        " weighed double, since the reports and MPL art. 21 put supervision first",
    )
    medium_from: int = _setting(3, "a score of 3 or more is medium risk")
    high_from: int = _setting(5, "a score of 5 or more is high risk")

    def _problems(self) -> Iterator[Problem]:
        for a in attrs.fields(type(self)):
            value = getattr(self, a.name)
            if not 0 <= value <= 1000:
                yield problem(
                    f"$.{a.name}",
                    ProblemCode.RANGE,
                    Text(
                        f"应在 0 到 1000 之间，不能是 {value}",
                        f"must be from 0 to 1000, not {value}",
                    ),
                )
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


# What each unit of a setting's bounds is called in Chinese.
_UNITS = {
    "years": "岁",
    "days": "天",
    "months": "个月",
    "percent": "%",
    "points": "分",
    "children": "名儿童",
    "hours": "小时",
    "meetings": "次",
    "km": "公里",
    "minutes": "分钟",
    "lectures": "次",
}


@attrs.frozen(kw_only=True)
class PairingWeights(Record):
    """Points a suggested pairing scores on each criterion (see ``suggest_pairings``)."""

    need: int = _setting(
        3,
        "each of the child's gaps (家教缺位, 亲情缺失, 交流缺少, 监护缺乏) that the"
        " mentor's skills answer",
        "pairing",
        (0, 1000, "points"),
    )
    subject: int = _setting(
        2,
        "each school subject the child wants help with that the mentor tutors",
        "pairing",
        (0, 1000, "points"),
    )
    counselling: int = _setting(
        4,
        "a child who needs counselling with a mentor qualified to give it (VOL art. 16)",
        "pairing",
        (0, 1000, "points"),
    )
    interest: int = _setting(
        1, "each interest the child and the mentor share", "pairing", (0, 1000, "points")
    )
    continuity: int = _setting(
        3,
        "the mentor mentored the child before: a known adult, as mentoring practice advises",
        "pairing",
        (0, 1000, "points"),
    )
    child_prefers: int = _setting(
        3,
        "the child asked for this mentor (MPL art. 22: the child's view)",
        "pairing",
        (0, 1000, "points"),
    )
    family_prefers: int = _setting(
        2, "the family asked for this mentor", "pairing", (0, 1000, "points")
    )
    mentor_prefers: int = _setting(
        1, "the mentor asked for this child", "pairing", (0, 1000, "points")
    )
    same_village: int = _setting(
        1,
        "the mentor lives in the child's village: easier home visits",
        "pairing",
        (0, 1000, "points"),
    )

    def _problems(self) -> Iterator[Problem]:
        return _out_of_bounds(self)


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
        8,
        "MPL art. 22 asks to hear a child able to express a view; from 8 a child has"
        " limited civil capacity (Civil Code art. 19), so the library asks from 8",
        bounds=(0, 18, "years"),
    )
    notice_days: int = _setting(
        30,
        "MPL art. 23 asks for written notice to the school and village committee 'in time'"
        " (及时) without a number; 30 days leaves room for a holiday between entrustment and"
        " the school's return",
        bounds=(0, _TEN_YEARS, "days"),
    )
    contact_gap_days: int = _setting(
        7,
        "MPL art. 23: each absent parent contacts the child and the carer at least once a week",
        bounds=(1, _TEN_YEARS, "days"),
    )
    contact_lookback_days: int = _setting(
        365,
        "contact gaps are looked for in the last year; older logs are history",
        bounds=(0, _TEN_YEARS, "days"),
    )
    no_visit_days: int = _setting(
        365,
        "a parent who has not come home for a year: the Spring Festival return the reports"
        " count on has been missed",
        bounds=(1, _TEN_YEARS, "days"),
    )
    elderly_carer_age: int = _setting(
        70,
        "carers of 70 and over often cannot supervise schoolwork and safety alone",
        bounds=(18, 120, "years"),
    )
    visit_days_high: int = _setting(
        7,
        "a children's director visits a high-risk child every week",
        bounds=(1, _TEN_YEARS, "days"),
    )
    visit_days_medium: int = _setting(
        30, "and a medium-risk child every month", bounds=(1, _TEN_YEARS, "days")
    )
    visit_days_low: int = _setting(
        90, "and every other child every quarter", bounds=(1, _TEN_YEARS, "days")
    )
    working_away_months: int | None = _setting(
        None,
        "GF16 fixes no length of work away, so a parent counts as working away from the day"
        " of leaving (none); the national monitoring of 2024 counts a parent after 6 months in"
        " a row (6个月以上, the six months included), a visit home not breaking them: a county"
        " that follows it sets 6. Counted as the law counts periods (Civil Code arts. 201-203),"
        " from the first of the working-away records that follow one another without a day"
        " between them; a visit home is logged as a contact, not as a return",
        bounds=(1, 120, "months"),
    )
    background_check_days: int = _setting(
        365,
        "MPL art. 62: records of staff in close contact with children are checked every year",
        subject="people",
        bounds=(1, _TEN_YEARS, "days"),
    )
    volunteer_percent: int = _setting(
        30,
        "the Shicun project's rule: volunteers number at least 30% of the children served"
        " (义工比例不低于服务对象人数30%)",
        subject="home",
        bounds=(0, 100, "percent"),
    )
    check_volunteers: bool = _setting(
        True,
        "MPL art. 62 names staff; the homes check volunteers who meet children alone too",
        subject="people",
    )
    mentor_capacity: int = _setting(
        2,
        "no law fixes a mentor's number of children; the reports pair one to one (一帮一) or"
        " one to two, and a group mentor takes at most about four (mentoring practice)",
        subject="pairing",
        bounds=(1, 20, "children"),
    )
    training_hours: int = _setting(
        2,
        "mentoring practice (MENTOR, Elements of Effective Practice): at least 2 hours of"
        " training before a mentor is matched",
        subject="pairing",
        bounds=(0, 100, "hours"),
    )
    first_month_days: int = _setting(
        30,
        "the first month of a pairing, when mentoring practice asks for more contact",
        subject="pairing",
        bounds=(1, 366, "days"),
    )
    first_month_meetings: int = _setting(
        2,
        "mentoring practice: contact twice in the first month",
        subject="pairing",
        bounds=(0, 31, "meetings"),
    )
    meeting_gap_days: int = _setting(
        31,
        "mentoring practice: contact at least monthly after the first month",
        subject="pairing",
        bounds=(1, _TEN_YEARS, "days"),
    )
    pair_left_behind: bool = _setting(
        True,
        "the reports pair every left-behind child with a mentor (结对帮扶); a warning, not a"
        " duty of law",
        subject="pairing",
    )
    peer_only_from_age: int = _setting(
        10,
        "a pupil (a minor) may be the only mentor of a child of 10 or more, and always under"
        " an adult's supervision (VOL art. 15: activities suited to the volunteer's age)",
        subject="pairing",
        bounds=(0, 18, "years"),
    )
    same_sex_from_age: int | None = _setting(
        None,
        "a county may ask that one-to-one mentors of children from this age be of the"
        " child's sex; off unless set",
        subject="pairing",
        bounds=(0, 18, "years"),
    )
    max_distance_km: int = _setting(
        5,
        "a mentor in another village is suggested only this near, by the home's distance"
        " table; the same village is always near enough",
        subject="pairing",
        bounds=(0, 1000, "km"),
    )
    school_ends: dt.time = _setting(
        dt.time(16, 30),
        "a pupil is free for a mentor after school on school days, and at weekends",
        subject="pairing",
    )
    after_school_on_makeup_days: bool = _setting(
        True,
        "on a make-up working day in term (调休上班) the children are at school as on a weekday,"
        " so the after-school programme runs; a home that keeps such days closed sets False",
        subject="planning",
    )
    children_per_adult: int = _setting(
        15,
        "no law fixes how many children one adult leads; the reports' groups have one or two"
        " volunteers for a class-sized group. A programme may set its own",
        subject="planning",
        bounds=(1, 1000, "children"),
    )
    move_within_days: int = _setting(
        14,
        "a session moved because the home is closed goes to the next open day within two"
        " weeks; later than that it is dropped",
        subject="planning",
        bounds=(1, 366, "days"),
    )
    safety_lectures_per_term: int = _setting(
        1,
        "the schools add one or two safety and legal-education lectures a semester; the home"
        " holds at least one in each term",
        subject="planning",
        bounds=(0, 20, "lectures"),
    )
    call_minutes: int = _setting(
        20,
        "MPL art. 23 asks for contact at least weekly; 20 minutes on a shared computer lets"
        " a home with two computers serve six children an hour",
        subject="calls",
        bounds=(5, 240, "minutes"),
    )
    pairing: PairingWeights = attrs.field(
        factory=PairingWeights,
        metadata={"reason": "the weights of a suggested pairing's score", "subject": "pairing"},
    )
    risk: RiskWeights = attrs.field(
        factory=RiskWeights,
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

    def _problems(self) -> Iterator[Problem]:
        return _out_of_bounds(self)


def _out_of_bounds(settings: Any) -> Iterator[Problem]:
    """The settings outside the bounds their declarations give."""
    for a in attrs.fields(type(settings)):
        value = getattr(settings, a.name)
        bounds = a.metadata.get("bounds")
        if bounds is None or value is None:
            continue
        low, high, unit = bounds
        if not low <= value <= high:
            yield problem(
                f"$.{a.name}",
                ProblemCode.RANGE,
                Text(
                    f"应在 {low} 到 {high} {_UNITS[unit]}之间，不能是 {value}",
                    f"must be from {low} to {high} {unit}, not {value}",
                ),
            )
