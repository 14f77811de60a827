"""Suggested pairings: who may mentor whom, how well each pair fits, the best set, and why.

:func:`suggest_pairings` reads a home on a date. The children who need a
mentor are those left-behind or de-facto unsupported with no pairing under
way (proposed, approved or active); the mentors are the active adult
volunteers, and the teams that mentor as one unit (a ``capacity`` set),
each with the places their pairings under way leave.

A pair is excluded by the first hard constraint it breaks, in the order of
:class:`Exclusion`; every other pair gets a score, the sum of its criteria
(:class:`Criterion`) with the weights of :class:`~left_behind.rules.PairingWeights`.
Among all sets of pairs that respect every capacity, the one chosen serves
the most children, then has the highest total score, then follows the ids
(children and mentors are numbered in the order of their ids, so a tie goes
to the lower ids): an exact optimum, not a greedy guess
(:func:`~left_behind.matching.best_assignment`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

import attrs

from left_behind.kinds import LabelledEnum, Lang, Record, Text, as_tuple, mask_shaped
from left_behind.law import ADULT_FROM
from left_behind.matching._flow import best_assignment
from left_behind.model import (
    FIVE_ELDERS,
    Background,
    Child,
    Home,
    MentorRole,
    Pairing,
    Person,
    PreferenceBy,
    Qualification,
    Skill,
    SupportTeam,
    TeamKind,
    Volunteer,
    Weekday,
    Window,
)
from left_behind.rules import (
    Gap,
    PairingWeights,
    Policy,
    RuleSet,
    assess_risk,
    check_valid,
    needs_mentor,
    role_unsuited,
)

__all__ = [
    "GAP_SKILLS",
    "Criterion",
    "Excluded",
    "Exclusion",
    "MentorLoad",
    "Option",
    "PairOptions",
    "Place",
    "Points",
    "Suggestion",
    "Suggestions",
    "Unserved",
    "accept",
    "choose",
    "pair_options",
    "suggest_pairings",
]

_LIST_SEP = Text("，", ", ")

GAP_SKILLS: dict[Gap, frozenset[Skill]] = {
    Gap.HOME_EDUCATION_ABSENT: frozenset({Skill.TUTORING, Skill.FAMILY_EDUCATION}),
    Gap.AFFECTION_MISSING: frozenset({Skill.DAILY_LIFE, Skill.ARTS, Skill.SPORTS}),
    Gap.COMMUNICATION_LACKING: frozenset({Skill.COUNSELLING, Skill.COMPUTERS, Skill.READING}),
    Gap.SUPERVISION_LACKING: frozenset({Skill.DAILY_LIFE, Skill.SAFETY_EDUCATION}),
}
"""The skills that answer each of the four gaps the reports name (四缺).

Tutoring and family education for the missing home education, care and
shared activities for missing affection, counselling, computers (calls home)
and reading for too little communication, daily care and safety for too
little supervision.
"""


class Exclusion(LabelledEnum):
    """A hard constraint that rules a pair out, in the order they are tried."""

    MINOR = "minor", "未成年志愿者只以学伴身份人工结对", "a pupil is paired by hand, as a buddy"
    EMPTY_TEAM = "empty_team", "帮扶队伍当前没有队员", "the team has no members now"
    CHECK = (
        "check",
        "违法犯罪记录查询缺失、过期或有记录",
        "background check missing, expired or not clean",
    )
    TRAINING = "training", "培训时数不足", "too little training"
    CAPACITY = "capacity", "结对名额已满", "no capacity left"
    DECLINED = "declined", "有人表示不愿结对", "someone asked not to be paired"
    SAFEGUARDING = (
        "safeguarding",
        "须与儿童同性别",
        "the policy asks for a mentor of the child's sex",
    )
    DISTANCE = "distance", "距离过远或不明", "too far, or the distance is not known"
    AVAILABILITY = "availability", "空闲时间与家园开放、儿童课余时间不重合", "no time in common"


class Criterion(LabelledEnum):
    """What a pair scores on."""

    NEED = "need", "技能对应儿童的缺失", "skills that answer the child's gaps"
    SUBJECT = "subject", "辅导学科对应", "school subjects"
    COUNSELLING = "counselling", "具备心理辅导资格", "a qualified counsellor"
    INTEREST = "interest", "共同兴趣", "shared interests"
    CONTINUITY = "continuity", "曾经结对", "mentored the child before"
    CHILD_PREFERS = "child_prefers", "儿童的意愿", "the child's wish"
    FAMILY_PREFERS = "family_prefers", "家庭的意愿", "the family's wish"
    MENTOR_PREFERS = "mentor_prefers", "帮扶人的意愿", "the mentor's wish"
    SAME_VILLAGE = "same_village", "同村", "the same village"


_PREFERENCE_CRITERION = {
    PreferenceBy.CHILD: Criterion.CHILD_PREFERS,
    PreferenceBy.FAMILY: Criterion.FAMILY_PREFERS,
    PreferenceBy.MENTOR: Criterion.MENTOR_PREFERS,
}

_TEAM_ROLE = {
    TeamKind.FIVE_ELDERS: MentorRole.FIVE_ELDERS_TUTOR,
    TeamKind.YOUTH: MentorRole.TEACHER,
    TeamKind.PROXY_MOTHERS: MentorRole.PROXY_PARENT,
    TeamKind.FAMILY_EDUCATION: MentorRole.TEACHER,
    TeamKind.CARING_MOTHERS: MentorRole.CARING_MOTHER,
}


@attrs.frozen(kw_only=True)
class Points(Record):
    """The points of one criterion for a suggested pair."""

    criterion: Criterion
    points: int


@attrs.frozen(kw_only=True)
class Suggestion(Record):
    """A suggested pair: the child, the mentor (a person or a team), the role, and the score.

    The ids are whole, for :func:`accept`; :meth:`explain` shows an id shaped like an
    identity number or a phone masked, as every text for people does.
    """

    child: str
    mentor: str
    team: bool = False
    role: MentorRole
    score: int
    points: tuple[Points, ...] = attrs.field(default=(), converter=as_tuple)

    def explain(self, lang: Lang = "zh") -> str:
        """``c-1 ← v-09（42 分：共同兴趣 2，同村 1）`` in words."""
        parts = _LIST_SEP.get(lang).join(
            f"{p.criterion.label(lang)} {p.points}" for p in self.points
        )
        child, mentor = mask_shaped(self.child), mask_shaped(self.mentor)
        return Text(
            f"{child} ← {mentor}（{self.score} 分：{parts or '—'}）",
            f"{child} ← {mentor} ({self.score}: {parts or '—'})",
        ).get(lang)


@attrs.frozen(kw_only=True)
class Excluded(Record):
    """How many candidates one hard constraint excluded."""

    exclusion: Exclusion
    mentors: int


@attrs.frozen(kw_only=True)
class Unserved(Record):
    """A child left without a suggestion, and why.

    ``excluded`` counts the candidates each hard constraint ruled out; when
    some candidate was allowed, ``outbid`` is true: their places went to
    children the optimum could not serve otherwise.
    """

    child: str
    excluded: tuple[Excluded, ...] = attrs.field(default=(), converter=as_tuple)
    outbid: bool = False

    def explain(self, lang: Lang = "zh") -> str:
        """Why nobody was suggested, in words."""
        parts = _LIST_SEP.get(lang).join(
            f"{e.exclusion.label(lang)} {e.mentors}" for e in self.excluded
        ) or Text("没有候选人", "no candidates").get(lang)
        child = mask_shaped(self.child)
        said = Text(f"{child}：无可结对的帮扶人（{parts}）", f"{child}: no mentor ({parts})")
        if self.outbid:
            said += Text(
                "；可结对的帮扶人名额均已分配给其他儿童",
                "; every allowed mentor's place went to another child",
            )
        return said.get(lang)


@attrs.frozen(kw_only=True)
class MentorLoad(Record):
    """A mentor's load: capacity, pairings under way, suggested."""

    mentor: str
    capacity: int
    current: int
    suggested: int


@attrs.frozen(kw_only=True)
class Suggestions(Record):
    """What :func:`suggest_pairings` found on a date.

    ``kept`` are the ids of the pairings under way on the date (proposed,
    approved or active), in the home's order: their children are not
    suggested again and their mentors' places are taken (``loads``).
    """

    on: dt.date
    suggestions: tuple[Suggestion, ...] = attrs.field(default=(), converter=as_tuple)
    unserved: tuple[Unserved, ...] = attrs.field(default=(), converter=as_tuple)
    kept: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    loads: tuple[MentorLoad, ...] = attrs.field(default=(), converter=as_tuple)

    @property
    def total(self) -> int:
        """The total score of the suggestions."""
        return sum(s.score for s in self.suggestions)

    def explain(self, lang: Lang = "zh") -> str:
        """Every suggestion and every child left unserved, one a line."""
        lines = [s.explain(lang) for s in self.suggestions]
        lines += [u.explain(lang) for u in self.unserved]
        return "\n".join(lines)


@attrs.frozen
class _Mentor:
    """What the matching needs of a candidate, worked out once."""

    id: str
    person: Person | None
    team: SupportTeam | None
    village: str | None
    sex: object
    skills: frozenset[Skill]
    subjects: frozenset[object]
    interests: frozenset[object]
    counsellor: bool
    windows: tuple[Window, ...]
    places: int
    capacity: int
    current: int
    exclusion: Exclusion | None  # a constraint that holds whatever the child


def _candidates(home: Home, on: dt.date, policy: Policy) -> list[_Mentor]:
    under_way: Counter[str] = Counter()
    for p in home.pairings:
        if p.under_way_on(on):
            for m in p.mentor_ids():
                under_way[m] += 1
    people = {v.id: v for v in home.volunteers}
    found: list[_Mentor] = []
    for v in home.volunteers:
        if not v.active_on(on):
            continue
        capacity = policy.mentor_capacity if v.capacity is None else v.capacity
        exclusion = None
        if v.age_on(on) < ADULT_FROM:
            exclusion = Exclusion.MINOR
        elif not check_valid(v, on, policy.background_check_days):
            exclusion = Exclusion.CHECK
        elif v.training_hours(on) < policy.training_hours:
            exclusion = Exclusion.TRAINING
        found.append(
            _Mentor(
                id=v.id,
                person=v,
                team=None,
                village=v.village,
                sex=v.sex,
                skills=v.skills,
                subjects=v.subjects,
                interests=v.interests,
                counsellor=Qualification.COUNSELLOR in v.qualifications,
                windows=v.availability,
                places=max(0, capacity - under_way[v.id]),
                capacity=capacity,
                current=under_way[v.id],
                exclusion=exclusion,
            )
        )
    for t in home.teams:
        if t.capacity is None:
            continue  # a team without a capacity does not mentor as one unit
        members = [people[m] for m in t.members_on(on) if m in people and people[m].active_on(on)]
        exclusion = None
        if not members:
            exclusion = Exclusion.EMPTY_TEAM
        elif any(
            m.age_on(on) >= ADULT_FROM and not check_valid(m, on, policy.background_check_days)
            for m in members
        ):
            exclusion = Exclusion.CHECK
        elif any(m.training_hours(on) < policy.training_hours for m in members):
            exclusion = Exclusion.TRAINING
        found.append(
            _Mentor(
                id=t.id,
                person=None,
                team=t,
                village=None,
                sex=None,
                skills=frozenset().union(*(m.skills for m in members)),
                subjects=frozenset().union(*(m.subjects for m in members)),
                interests=frozenset().union(*(m.interests for m in members)),
                counsellor=any(Qualification.COUNSELLOR in m.qualifications for m in members),
                windows=tuple(w for m in members for w in m.availability),
                places=max(0, t.capacity - under_way[t.id]),
                capacity=t.capacity,
                current=under_way[t.id],
                exclusion=exclusion,
            )
        )
    found.sort(key=lambda m: m.id)
    return found


def _weekly_hours(home: Home) -> dict[Weekday, list[tuple[int, int]]] | None:
    """The home's week in term (a mentor meets a child in term, :meth:`Home.week`), in
    minutes of the day; None when it records no opening hours."""
    if not home.opening:
        return None
    return {
        day: [(_minutes(o.start), _minutes(o.end)) for o in opening]
        for day, opening in home.week().items()
    }


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _free_slots(windows: Sequence[Window]) -> dict[Weekday, list[tuple[int, int]]]:
    slots: dict[Weekday, list[tuple[int, int]]] = {}
    for w in windows:
        slots.setdefault(w.day, []).append((_minutes(w.start), _minutes(w.end)))
    return slots


def _overlaps(
    mine: dict[Weekday, list[tuple[int, int]]],
    theirs: dict[Weekday, list[tuple[int, int]]] | None,
    child_from: int | None,
) -> bool:
    """Whether the mentor has time inside the home's hours (``theirs``, if recorded)
    and the child's free time (from ``child_from`` on school days; any time at weekends)."""
    for day, spans in mine.items():
        opens = theirs.get(day, []) if theirs is not None else [(0, 24 * 60)]
        earliest = 0 if child_from is None or day.is_weekend else child_from
        for start, end in spans:
            for o_start, o_end in opens:
                if min(end, o_end) > max(start, o_start, earliest):
                    return True
    return False


_CARING = frozenset(
    {
        Background.CARING_MOTHER,
        Background.WOMAN_ENTREPRENEUR,
        Background.CIVIL_SERVANT,
        Background.VILLAGE_OFFICIAL,
        Background.TEACHER,
    }
)


def _role(mentor: _Mentor, on: dt.date) -> MentorRole:
    """The role a suggestion proposes: the first of the mentor's likely roles that suits them.

    A five-elder tutors as one; a teacher or a tutor is a teacher; a woman of
    the caring-mothers' backgrounds (officials, teachers, entrepreneurs) is a
    caring mother; anyone else a proxy parent. Each is checked against VOL
    art. 15 as the rule on pairings does, so a suggestion never breaks it.
    """
    if mentor.team is not None:
        return _TEAM_ROLE[mentor.team.kind]
    person = mentor.person
    assert person is not None  # a mentor is a person or a team
    background = person.background if isinstance(person, Volunteer) else None
    likely: list[MentorRole] = []
    if background in FIVE_ELDERS:
        likely.append(MentorRole.FIVE_ELDERS_TUTOR)
    if background is Background.TEACHER or Skill.TUTORING in mentor.skills:
        likely.append(MentorRole.TEACHER)
    if background in _CARING:
        likely.append(MentorRole.CARING_MOTHER)
    likely += [MentorRole.PROXY_PARENT, MentorRole.PEER_BUDDY]
    return next(r for r in likely if role_unsuited(person, r, on) is None)


@attrs.frozen(kw_only=True)
class Option(Record):
    """A pair the hard constraints allow, with its score by criterion."""

    child: str
    mentor: str
    score: int
    points: tuple[Points, ...] = attrs.field(default=(), converter=as_tuple)


@attrs.frozen(kw_only=True)
class Place(Record):
    """A candidate mentor (a person or a team) and the places they have left."""

    mentor: str
    team: bool = False
    role: MentorRole
    capacity: int
    current: int
    places: int


@attrs.frozen(kw_only=True)
class PairOptions(Record):
    """Everything the choice is made from: who needs a mentor, who can take one, which pairs.

    ``children`` are the ids of the children who need a mentor, ``mentors``
    the candidates, both in the order of their ids; ``options`` every allowed
    pair; ``excluded`` per child (in the order of ``children``) how many
    candidates each hard constraint ruled out; ``kept`` the pairings under
    way (proposed, approved or active), as in :class:`Suggestions`.
    """

    on: dt.date
    children: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    mentors: tuple[Place, ...] = attrs.field(default=(), converter=as_tuple)
    options: tuple[Option, ...] = attrs.field(default=(), converter=as_tuple)
    excluded: tuple[tuple[Excluded, ...], ...] = attrs.field(default=(), converter=as_tuple)
    kept: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)


def pair_options(
    home: Home,
    *,
    on: dt.date,
    policy: Policy | None = None,
    weights: PairingWeights | None = None,
    rules: RuleSet | None = None,
) -> PairOptions:
    """Every pair the hard constraints allow on ``on``, scored, and what ruled out the rest.

    >>> import left_behind as lb
    >>> opts = lb.pair_options(lb.samples.home(), on=lb.samples.REFERENCE_DATE)
    >>> len(opts.children) == len(opts.excluded), all(o.score >= 0 for o in opts.options)
    (True, True)
    """
    policy = Policy() if policy is None else policy
    w = policy.pairing if weights is None else weights
    # the pairings under way are kept: their children are not suggested again,
    # and their mentors' places are taken (see _candidates)
    under_way = [p for p in home.pairings if p.under_way_on(on)]
    kept = tuple(p.id for p in under_way)
    busy = {p.child for p in under_way}
    children = sorted(
        (c for c in home.children if c.id not in busy and needs_mentor(c, on, policy)),
        key=lambda c: c.id,
    )
    mentors = _candidates(home, on, policy)
    hours = _weekly_hours(home)
    declined = {(p.child, p.mentor) for p in home.preferences if not p.wants}
    wished: dict[tuple[str, str], list[Criterion]] = {}
    for pref in home.preferences:
        wish = _PREFERENCE_CRITERION[pref.by]
        mine = wished.setdefault((pref.child, pref.mentor), [])
        if pref.wants and wish not in mine:  # a wish said twice counts once
            mine.append(wish)
    before = {(p.child, m) for p in home.pairings for m in p.mentor_ids()}
    school_ends = _minutes(policy.school_ends)
    # a mentor's time in common with a child depends only on whether the
    # child is at school: worked out once per mentor, not once per pair
    free = [
        (_overlaps(slots, hours, None), _overlaps(slots, hours, school_ends))
        for slots in (_free_slots(m.windows) for m in mentors)
    ]
    villages = {c.village for c in children} | {m.village for m in mentors if m.village}
    near = {
        (a, b)
        for a in villages
        for b in villages
        if (d := home.distance(a, b)) is not None and d <= policy.max_distance_km
    }
    options: list[Option] = []
    made: dict[tuple[object, ...], tuple[Points, ...]] = {}
    why: list[tuple[Excluded, ...]] = []
    for child in children:
        age = child.age_on(on)
        needs = tuple(
            GAP_SKILLS[Gap(f.code)]
            for f in assess_risk(child, on=on, policy=policy, rules=rules).factors
            if f.code in _GAP_CODES
        )
        at_school = 1 if age >= 6 else 0
        one_sex = policy.same_sex_from_age is not None and age >= policy.same_sex_from_age
        excluded: Counter[Exclusion] = Counter()
        for j, m in enumerate(mentors):
            reason = m.exclusion
            if reason is None and m.places == 0:
                reason = Exclusion.CAPACITY
            if reason is None and (child.id, m.id) in declined:
                reason = Exclusion.DECLINED
            if reason is None and one_sex and m.team is None and m.sex is not child.sex:
                reason = Exclusion.SAFEGUARDING
            if reason is None and m.village is not None and (child.village, m.village) not in near:
                reason = Exclusion.DISTANCE
            if reason is None and not free[j][at_school]:
                reason = Exclusion.AVAILABILITY
            if reason is not None:
                excluded[reason] += 1
                continue
            pair = (child.id, m.id)
            got = _score(child, m, needs, w, wished.get(pair, ()), pair in before, made)
            options.append(
                Option(
                    child=child.id,
                    mentor=m.id,
                    score=sum(p.points for p in got),
                    points=got,
                )
            )
        why.append(
            tuple(Excluded(exclusion=e, mentors=excluded[e]) for e in Exclusion if excluded[e])
        )
    places = tuple(
        Place(
            mentor=m.id,
            team=m.team is not None,
            role=_role(m, on),
            capacity=m.capacity,
            current=m.current,
            places=m.places,
        )
        for m in mentors
    )
    return PairOptions(
        on=on,
        children=tuple(c.id for c in children),
        mentors=places,
        options=tuple(options),
        excluded=tuple(why),
        kept=kept,
    )


def suggest_pairings(
    home: Home,
    *,
    on: dt.date,
    policy: Policy | None = None,
    weights: PairingWeights | None = None,
    rules: RuleSet | None = None,
) -> Suggestions:
    """The best pairings the constraints allow on ``on``, with their reasons.

    ``weights`` replaces the policy's ``pairing`` weights when given;
    ``rules`` are the rules whose findings make each child's risk and so
    the needs a mentor's skills should meet (:func:`default_rules` unless
    given, as for :func:`check`). Pairings under way are kept and take their
    mentors' places. The choice is made from :func:`pair_options` by :func:`choose`.

    >>> import left_behind as lb
    >>> found = lb.suggest_pairings(lb.samples.home(), on=lb.samples.REFERENCE_DATE)
    >>> len(found.suggestions) > 0, found == lb.suggest_pairings(
    ...     lb.samples.home(), on=lb.samples.REFERENCE_DATE)
    (True, True)
    >>> s = found.suggestions[0]
    >>> s.score == sum(p.points for p in s.points)
    True
    """
    return choose(pair_options(home, on=on, policy=policy, weights=weights, rules=rules))


def choose(options: PairOptions) -> Suggestions:
    """The exact best choice among ``options``: the most children, then the best total, then ids."""
    child_index = {c: i for i, c in enumerate(options.children)}
    mentor_index = {m.mentor: j for j, m in enumerate(options.mentors)}
    by_pair = {(o.child, o.mentor): o for o in options.options}
    edges = [(child_index[o.child], mentor_index[o.mentor], o.score) for o in options.options]
    chosen = best_assignment(len(options.children), [m.places for m in options.mentors], edges)
    served = {i for i, _ in chosen}
    suggested: Counter[str] = Counter()
    out: list[Suggestion] = []
    for i, j in chosen:
        place = options.mentors[j]
        suggested[place.mentor] += 1
        option = by_pair[(options.children[i], place.mentor)]
        out.append(
            Suggestion(
                child=option.child,
                mentor=place.mentor,
                team=place.team,
                role=place.role,
                score=option.score,
                points=option.points,
            )
        )
    allowed = Counter(child_index[o.child] for o in options.options)
    unserved = [
        Unserved(child=c, excluded=options.excluded[i], outbid=allowed[i] > 0)
        for i, c in enumerate(options.children)
        if i not in served
    ]
    loads = tuple(
        MentorLoad(
            mentor=m.mentor, capacity=m.capacity, current=m.current, suggested=suggested[m.mentor]
        )
        for m in options.mentors
    )
    return Suggestions(
        on=options.on, suggestions=out, unserved=unserved, kept=options.kept, loads=loads
    )


_GAP_CODES = frozenset(g.value for g in Gap)


def _score(
    child: Child,
    m: _Mentor,
    needs: tuple[frozenset[Skill], ...],
    w: PairingWeights,
    wishes: Sequence[Criterion],
    again: bool,
    made: dict[tuple[object, ...], tuple[Points, ...]],
) -> tuple[Points, ...]:
    """The points of a pair, by criterion; ``made`` keeps the tuples already made.

    Pairs score the same few ways, so each tuple of points is made once per
    call of :func:`pair_options` and shared: the scoring of a whole home then
    costs integer arithmetic per pair, not records.
    """
    values = (
        w.need * sum(1 for skills in needs if skills & m.skills),
        w.subject * len(child.tutoring & m.subjects),
        w.counselling if child.needs_counselling and m.counsellor else 0,
        w.interest * len(child.interests & m.interests),
        w.continuity if again else 0,
        *(getattr(w, wish.value) for wish in wishes),
        w.same_village if m.village == child.village else 0,
    )
    key = (*values, *wishes)
    got = made.get(key)
    if got is None:
        criteria = (*_SCORED, *wishes, Criterion.SAME_VILLAGE)
        got = made[key] = tuple(
            Points(criterion=c, points=v) for c, v in zip(criteria, values, strict=True) if v
        )
    return got


_SCORED = (
    Criterion.NEED,
    Criterion.SUBJECT,
    Criterion.COUNSELLING,
    Criterion.INTEREST,
    Criterion.CONTINUITY,
)


def accept(
    home: Home,
    suggestion: Suggestion,
    *,
    on: dt.date,
    pairing_id: str,
) -> Home:
    """The home with ``suggestion`` added as a pairing proposed on ``on``.

    The pairing still needs the guardian's consent, the child's view and an
    approval before it starts: record them with ``attrs.evolve`` as they come.
    """
    pairing = Pairing(
        id=pairing_id,
        child=suggestion.child,
        mentors=() if suggestion.team else (suggestion.mentor,),
        team=suggestion.mentor if suggestion.team else None,
        role=suggestion.role,
        proposed_on=on,
    )
    return attrs.evolve(home, pairings=(*home.pairings, pairing))
