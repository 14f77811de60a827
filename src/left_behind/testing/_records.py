"""The strategies for the records, documents and kinds of value."""

from __future__ import annotations

try:
    from hypothesis import reject
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "left_behind.testing needs Hypothesis: install left_behind[testing]"
        " (pip install 'left_behind[testing]')"
    ) from exc

import datetime as dt
import itertools
import typing
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

import attrs

from left_behind import model as _model
from left_behind.calendar import Closure, DayKind, SchoolYear
from left_behind.calendar import _records as _calendar_records
from left_behind.io import to_dict
from left_behind.kinds import (
    OPTIONAL,
    IdNumber,
    InvalidData,
    LabelledEnum,
    Phone,
    Record,
    Recurrence,
    Style,
    bounds_of,
    kind_of,
    strategy_for,
)
from left_behind.model import (
    CARER_RELATIONS,
    ApprovalBody,
    Attendee,
    AttendeeRole,
    Background,
    BackgroundCheck,
    CareArrangement,
    CareAssessment,
    ChangeReason,
    CheckResult,
    Child,
    CloseReason,
    Consent,
    ConsentGiver,
    ContactCard,
    ContactEvent,
    ContactMode,
    ContactParty,
    Distance,
    During,
    EntrustedCarer,
    Equipment,
    FamilyMeeting,
    FamilyMeetingKind,
    FindingRef,
    Gap,
    GrowthArea,
    GrowthEntry,
    GuardianKind,
    GuardianshipType,
    HealthCondition,
    HeldSession,
    Home,
    HomeVisit,
    Hukou,
    IfClosed,
    Interest,
    LawfulBasis,
    LegalGuardian,
    LivingArrangement,
    Meeting,
    MeetingKind,
    Membership,
    MentorRole,
    Met,
    Misconduct,
    MisconductRecord,
    Opening,
    Pairing,
    Parent,
    ParentRole,
    ParentSituation,
    PartnerKind,
    Partnership,
    Plan,
    PlanNote,
    PlanNoteReason,
    Plans,
    Preference,
    PreferenceBy,
    Programme,
    ProgrammeKind,
    Purpose,
    Qualification,
    Register,
    Relation,
    ReportEvent,
    ReportKind,
    Room,
    SchoolStage,
    SchoolSubject,
    ServiceRecord,
    Session,
    SessionChange,
    SessionFate,
    SessionReason,
    Sex,
    Situation,
    Skill,
    SpecialNeed,
    Staff,
    StaffRole,
    SupervisionGroup,
    SupportTeam,
    Task,
    TaskReason,
    TaskState,
    TaskStatus,
    TeamKind,
    Training,
    VisitKind,
    Volunteer,
    Weekday,
    Window,
    WriterRole,
    age_on,
)
from left_behind.rules import UNABLE, Policy, RiskWeights
from left_behind.samples import REFERENCE_DATE, SAMPLE_SCHOOL_YEARS, synthetic

__all__ = [
    "ENUM_TYPES",
    "RECORD_TYPES",
    "REFERENCE_DATE",
    "DrawChooser",
    "care_arrangements",
    "child_ids",
    "children",
    "chinese_names",
    "consents",
    "contact_cards",
    "contact_events",
    "documents",
    "entrusted_carers",
    "growth_entries",
    "homes",
    "id_numbers",
    "json_values",
    "legal_guardians",
    "members",
    "misconduct_records",
    "pairings",
    "parent_situations",
    "parents",
    "phones",
    "policies",
    "records",
    "registers",
    "report_events",
    "staff_members",
    "tasks",
    "values",
    "volunteers",
]

T = TypeVar("T")
R = TypeVar("R", bound=Record)
E = TypeVar("E", bound=LabelledEnum)

_DAY = dt.timedelta(days=1)

# Weighted choices: a choice is uniform over a sequence, so repeats set the
# weights, and the first entry is what a failing example shrinks to.
_SITUATIONS = (
    *[Situation.WORKING_AWAY] * 6,
    *[Situation.AT_HOME] * 2,
    *(s for s in Situation if s not in (Situation.WORKING_AWAY, Situation.AT_HOME)),
)
# Ages weighted like the 2016 survey (0-5: 28%, 6-13: 62%, 14-15: 10%), plus a
# few of 16 and 17, who are still minors.
_AGES = (*range(6, 14), *range(6, 14), *range(6, 14), *range(6), *range(14, 18))
_LIVING = tuple(s for s in _SITUATIONS if s is not Situation.DECEASED)
_ENTRUSTED = (
    *[GuardianshipType.PATERNAL_GRANDPARENTS] * 6,
    *[GuardianshipType.MATERNAL_GRANDPARENTS] * 3,
    GuardianshipType.OTHER_RELATIVES,
    GuardianshipType.ELDER_SIBLING,
    GuardianshipType.UNRELATED_CARER,
    GuardianshipType.INSTITUTION,
)
_EARLIER_CARE = (GuardianshipType.BOTH_PARENTS, *_ENTRUSTED)
_ROLE_SETS: tuple[tuple[ParentRole, ...], ...] = (
    *[(ParentRole.FATHER, ParentRole.MOTHER)] * 6,
    (ParentRole.FATHER,),
    (ParentRole.MOTHER,),
    (),
)
# (youngest, oldest) age of an entrusted carer when the arrangement starts
_CARER_AGES = {
    Relation.PATERNAL_GRANDPARENT: (40, 78),
    Relation.MATERNAL_GRANDPARENT: (40, 78),
    Relation.ELDER_SIBLING: (18, 26),
    Relation.UNCLE_AUNT: (20, 60),
    Relation.OTHER_RELATIVE: (20, 70),
    Relation.UNRELATED_ADULT: (25, 65),
}
_CARER_FITS = {kind: sorted(fits, key=lambda r: r.value) for kind, fits in CARER_RELATIONS.items()}
# the situations FSW-2019 counts (as the classification declares them), in a
# fixed order for shrinking, and out of contact
_UNABLE = (*sorted(UNABLE, key=lambda s: s.value), Situation.OUT_OF_CONTACT)
_NO_GUARDIANS = (
    Situation.DECEASED,
    Situation.MISSING,
    Situation.INCAPACITATED,
    Situation.GUARDIANSHIP_REVOKED,
)


# --- drawing helpers ------------------------------------------------------------
# Builders below are plain functions that take ``draw``: making a new strategy
# object for every field of every record would cost more than the drawing.

_INTEGERS: dict[tuple[int, int], st.SearchStrategy[int]] = {}


def _int(draw: st.DrawFn, low: int, high: int) -> int:
    """An integer from ``low`` to ``high`` inclusive (``low`` if the range is empty)."""
    if high <= low:
        return low
    strategy = _INTEGERS.get((low, high))
    if strategy is None:
        if len(_INTEGERS) > 4096:
            _INTEGERS.clear()
        strategy = _INTEGERS[(low, high)] = st.integers(low, high)
    return draw(strategy)


def _pick(draw: st.DrawFn, options: Sequence[T]) -> T:
    return options[_int(draw, 0, len(options) - 1)]


def _chance(draw: st.DrawFn, in_: int) -> bool:
    """True about one time in ``in_``."""
    return _int(draw, 0, in_ - 1) == 0


def _day(draw: st.DrawFn, first: dt.date, last: dt.date) -> dt.date:
    """A day from ``first`` to ``last`` inclusive (``first`` if ``last`` is earlier)."""
    return first + dt.timedelta(days=_int(draw, 0, (last - first).days))


def _maybe_day(draw: st.DrawFn, first: dt.date, last: dt.date, in_: int = 2) -> dt.date | None:
    return None if _chance(draw, in_) else _day(draw, first, last)


def _some(draw: st.DrawFn, options: Sequence[T], most: int) -> frozenset[T]:
    return frozenset(_pick(draw, options) for _ in range(_int(draw, 0, most)))


def _years_before(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` earlier (28 February for a 29th in a common year)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return dt.date(day.year - years, 2, 28)


def _latest_birth(on: dt.date, age: int) -> dt.date:
    """The latest birth date of someone at least ``age`` years old on ``on``."""
    birth = _years_before(on, age)
    while age_on(birth + _DAY, on) >= age:
        birth += _DAY
    while age_on(birth, on) < age:
        birth -= _DAY
    return birth


def _birth_range(on: dt.date, youngest: int, oldest: int) -> tuple[dt.date, dt.date]:
    """The first and last birth date of someone aged ``youngest``..``oldest`` on ``on``."""
    return _latest_birth(on, oldest + 1) + _DAY, _latest_birth(on, youngest)


class DrawChooser:
    """The :class:`~left_behind.samples.synthetic.Chooser` over a Hypothesis ``draw``.

    The builders of :mod:`left_behind.samples.synthetic` then work inside a strategy,
    and what they make shrinks towards their first option and lowest integer.

    >>> from hypothesis import find
    >>> @st.composite
    ... def villages(draw):
    ...     return synthetic.village(DrawChooser(draw))
    >>> find(villages(), lambda village: True)
    '东东村'
    """

    __slots__ = ("draw",)

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def choice(self, options: Sequence[T]) -> T:
        """One of ``options``, shrinking to the first."""
        return _pick(self.draw, options)

    def choices(self, options: Sequence[T], k: int) -> list[T]:
        """``k`` of ``options``, each drawn on its own."""
        return [_pick(self.draw, options) for _ in range(k)]

    def integer(self, low: int, high: int) -> int:
        """An integer from ``low`` to ``high`` inclusive, shrinking to ``low``."""
        return _int(self.draw, low, high)


def _name(draw: st.DrawFn) -> str:
    return synthetic.name(DrawChooser(draw))


def _child_id(draw: st.DrawFn) -> str:
    prefix = _pick(draw, ("SC", "LB", "C", "QT", "HY"))
    return f"{prefix}-{_int(draw, 1, 99999):0{_pick(draw, (3, 5))}d}"


def _id_number(draw: st.DrawFn, birth: dt.date, sex: Sex | None) -> IdNumber:
    return synthetic.id_number(DrawChooser(draw), birth, sex)


def _phone(draw: st.DrawFn, mobile: bool | None = None) -> Phone:
    return synthetic.phone(DrawChooser(draw), mobile=mobile)


def _maybe_phone(draw: st.DrawFn) -> Phone | None:
    return None if _chance(draw, 4) else _phone(draw)


# --- builders -------------------------------------------------------------------


def _situation(
    draw: st.DrawFn,
    situation: Situation,
    since: dt.date,
    nxt: dt.date | None,
    on: dt.date,
    *,
    may_end: bool = True,
) -> ParentSituation:
    until = None
    if may_end and situation is not Situation.DECEASED and _chance(draw, 4):
        last = nxt - _DAY if nxt is not None else on + dt.timedelta(days=3 * 365)
        until = _day(draw, since, last)
    province = city = expected = None
    with_child = False
    if situation is Situation.WORKING_AWAY:
        if not _chance(draw, 5):
            province, city = synthetic.work_place(DrawChooser(draw))
            expected = _maybe_day(draw, since, since + dt.timedelta(days=3 * 365))
        with_child = _chance(draw, 8)  # took the child along: a migrant child
    return ParentSituation(
        situation=situation,
        since=since,
        until=until,
        province=province,
        city=city,
        expected_return=expected,
        with_child=with_child,
    )


def _situations(
    draw: st.DrawFn, first: dt.date, on: dt.date, now: Situation | None
) -> tuple[ParentSituation, ...]:
    """A history from ``first`` to ``on``; with ``now``, the situation in force on ``on``."""
    count = _int(draw, 0, 3) if now is None else _int(draw, 1, 3)
    starts = sorted({_day(draw, first, on) for _ in range(count)})
    history: list[ParentSituation] = []
    for i, since in enumerate(starts):
        nxt = starts[i + 1] if i + 1 < len(starts) else None
        if now is None:
            kind = _pick(draw, _SITUATIONS)
        elif nxt is None:
            kind = now
        else:
            kind = _pick(draw, _LIVING)  # no death before the last entry
        history.append(
            _situation(draw, kind, since, nxt, on, may_end=now is None or nxt is not None)
        )
        if kind is Situation.DECEASED:
            break  # nothing follows a death
    return tuple(history)


def _parent(
    draw: st.DrawFn,
    on: dt.date,
    role: ParentRole,
    child_birth: dt.date,
    now: Situation | None = None,
) -> Parent:
    return Parent(
        role=role,
        name=None if _chance(draw, 10) else _name(draw),
        birth_date=_maybe_day(
            draw, _years_before(child_birth, 45), _years_before(child_birth, 18) - _DAY
        ),
        phone=None if _chance(draw, 6) else _phone(draw, mobile=not _chance(draw, 8)),
        situations=_situations(draw, _years_before(child_birth, 3), on, now),
    )


def _now(draw: st.DrawFn) -> tuple[Situation | None, Situation | None]:
    """The father's and mother's situations on the reference date, by the field's mix.

    Mostly both away or one away and the other at home (the registers' usual
    children), sometimes one away and the other unable to care, sometimes both
    parents unable (de-facto unsupported), sometimes both dead, missing or
    incapacitated (then another guardian is due), and otherwise any history at all.
    """
    away, home = Situation.WORKING_AWAY, Situation.AT_HOME
    scenario = _int(draw, 0, 12)
    if scenario < 4:
        return away, away
    if scenario < 7:
        return (away, home) if _chance(draw, 3) else (home, away)
    if scenario == 7:
        pair = (away, _pick(draw, _UNABLE))
        return pair if _chance(draw, 2) else (pair[1], pair[0])
    if scenario == 8:
        first = _pick(draw, (*_UNABLE, Situation.DECEASED, Situation.MISSING))
        return first, _pick(draw, _UNABLE)
    if scenario == 9:
        return _pick(draw, _NO_GUARDIANS), _pick(draw, _NO_GUARDIANS)
    return None, None


def _misconduct(draw: st.DrawFn, on: dt.date) -> MisconductRecord:
    return MisconductRecord(
        misconduct=_pick(draw, list(Misconduct)),
        recorded_on=_maybe_day(draw, _years_before(on, 20), on, in_=4),
    )


def _carer(draw: st.DrawFn, on: dt.date, relation: Relation, start: dt.date) -> EntrustedCarer:
    youngest, oldest = _CARER_AGES[relation]
    # now and then an elder sibling of 16 or 17 who lives on their own earnings, and so
    # has full capacity (Civil Code art. 18)
    earns = relation is Relation.ELDER_SIBLING and _chance(draw, 10)
    if earns:
        youngest, oldest = 16, 17
    birth = _day(draw, *_birth_range(start, youngest, oldest))
    sex = None if _chance(draw, 4) else _pick(draw, list(Sex))
    health: frozenset[HealthCondition] = frozenset()
    lacks_capacity = False
    if _chance(draw, 8):
        health = _some(draw, list(HealthCondition), 2) or frozenset(
            {HealthCondition.SERIOUS_ILLNESS}
        )
        lacks_capacity = _chance(draw, 2)
    records: tuple[MisconductRecord, ...] = ()
    if _chance(draw, 8):
        records = tuple(_misconduct(draw, on) for _ in range(_int(draw, 1, 2)))
    return EntrustedCarer(
        name=_name(draw),
        relation=relation,
        birth_date=birth,
        sex=sex,
        id_number=None if _chance(draw, 3) else _id_number(draw, birth, sex),
        phone=_maybe_phone(draw),
        health=health,
        lacks_capacity=lacks_capacity,
        records=records,
        lives_on_own_earnings=earns,
    )


def _care(
    draw: st.DrawFn, kind: GuardianshipType, since: dt.date, last: dt.date, on: dt.date
) -> CareArrangement:
    """An arrangement from ``since``; its paperwork dated by ``last``."""
    fits = _CARER_FITS.get(kind)
    carer = _carer(draw, on, _pick(draw, fits), since) if fits is not None else None
    institution = None
    if kind is GuardianshipType.INSTITUTION and not _chance(draw, 4):
        institution = synthetic.institution(DrawChooser(draw))
    paper = [None] * 4 if carer is None else [_maybe_day(draw, since, last) for _ in range(4)]
    return CareArrangement(
        guardianship=kind,
        since=since,
        carer=carer,
        institution=institution,
        reason=None if _chance(draw, 2) else _pick(draw, list(ChangeReason)),
        agreement_signed_on=paper[0],
        school_notified_on=paper[1],
        village_notified_on=paper[2],
        child_heard_on=paper[3],
    )


def _guardian(draw: st.DrawFn, first: dt.date, on: dt.date) -> LegalGuardian:
    kind = _pick(draw, list(GuardianKind))
    since = _day(draw, first, on)
    if kind is GuardianKind.ORGANIZATION:
        name = synthetic.organization(DrawChooser(draw))
    else:
        name = _name(draw)
    approved_by = approved_on = None
    if kind in (GuardianKind.OTHER_PERSON, GuardianKind.ORGANIZATION) or _chance(draw, 8):
        approved_by = _pick(draw, list(ApprovalBody))
        approved_on = _day(draw, since - dt.timedelta(days=90), since)
    birth = None
    if kind is not GuardianKind.ORGANIZATION and not _chance(draw, 2):
        youngest, oldest = _GUARDIAN_AGES[kind]
        birth = _day(draw, *_birth_range(since, youngest, oldest))
    agreed = None
    if kind is not GuardianKind.GRANDPARENT and not _chance(draw, 3):
        agreed = _day(draw, since - dt.timedelta(days=90), since)  # Civil Code art. 30
    return LegalGuardian(
        kind=kind,
        name=name,
        since=since,
        approved_by=approved_by,
        approved_on=approved_on,
        birth_date=birth,
        agreed_on=agreed,
    )


# (youngest, oldest) age of a guardian when appointed
_GUARDIAN_AGES = {
    GuardianKind.GRANDPARENT: (45, 80),
    GuardianKind.ELDER_SIBLING: (18, 30),
    GuardianKind.OTHER_PERSON: (25, 65),
}


def _contact(draw: st.DrawFn, first: dt.date, on: dt.date, parent: ParentRole) -> ContactEvent:
    return ContactEvent(
        on=_day(draw, first, on),
        parent=parent,
        party=_pick(draw, list(ContactParty)),
        mode=_pick(
            draw, (ContactMode.CALL, ContactMode.CALL, ContactMode.VIDEO, ContactMode.VISIT)
        ),
    )


def _report(draw: st.DrawFn, first: dt.date, on: dt.date) -> ReportEvent:
    found = _day(draw, first, on)
    return ReportEvent(
        kind=_pick(draw, list(ReportKind)),
        discovered_on=found,
        reported_on=_maybe_day(draw, found, min(on, found + 3 * _DAY)),
    )


def _consent(
    draw: st.DrawFn, first: dt.date, on: dt.date, givers: Sequence[ConsentGiver]
) -> Consent:
    given = _day(draw, first, on)
    return Consent(
        given_by=_pick(draw, givers),
        on=given,
        purposes=_some(draw, list(Purpose), 3) or frozenset({Purpose.REGISTRATION}),
        withdrawn_on=_day(draw, given, on) if _chance(draw, 5) else None,
    )


def _stage(draw: st.DrawFn, age: int) -> SchoolStage:
    usual = synthetic.school_stage(age)
    if usual is SchoolStage.KINDERGARTEN and _chance(draw, 10):
        return SchoolStage.NOT_IN_KINDERGARTEN
    if 6 <= age < 16 and _chance(draw, 20):
        # out of school as the census form tells it (辍学 before the nine years are done,
        # 不在学 after them), or as older files say it
        if age < 14:
            return _pick(draw, (SchoolStage.DROPPED_OUT, SchoolStage.OUT_OF_SCHOOL))
        return _pick(draw, (SchoolStage.NOT_IN_SCHOOL, SchoolStage.DROPPED_OUT))
    if usual.value.startswith("senior"):
        if _chance(draw, 10):
            return SchoolStage.OUT_OF_SCHOOL
        if _chance(draw, 4):
            return SchoolStage.VOCATIONAL
    return usual


def _school(draw: st.DrawFn, village: str, stage: SchoolStage) -> str | None:
    return None if _chance(draw, 4) else synthetic.school(village, stage)


def _home_on(parent: Parent | None, on: dt.date) -> bool:
    if parent is None:
        return False
    current = parent.situation_on(on)
    return current is None or current.with_the_child


def _current_type(
    draw: st.DrawFn, father: Parent | None, mother: Parent | None, on: dt.date, age: int
) -> GuardianshipType:
    home = (_home_on(father, on), _home_on(mother, on))
    if home == (True, True):
        return GuardianshipType.BOTH_PARENTS
    if home == (True, False):
        return GuardianshipType.FATHER_ONLY
    if home == (False, True):
        return GuardianshipType.MOTHER_ONLY
    if age >= 16 and _chance(draw, 8):
        return GuardianshipType.NOBODY
    return _pick(draw, _ENTRUSTED)


def _last_change(parents: Sequence[Parent], on: dt.date) -> dt.date | None:
    days = [s.since for p in parents for s in p.situations if s.since <= on]
    days += [s.until + _DAY for p in parents for s in p.situations if s.until and s.until < on]
    return max(days, default=None)


def _care_history(
    draw: st.DrawFn, birth: dt.date, on: dt.date, parents: Sequence[Parent], age: int
) -> tuple[CareArrangement, ...]:
    if _chance(draw, 10):
        return ()  # not recorded yet
    father = next((p for p in parents if p.role is ParentRole.FATHER), None)
    mother = next((p for p in parents if p.role is ParentRole.MOTHER), None)
    current = _current_type(draw, father, mother, on, age)
    changed = _last_change(parents, on)
    final_since = _day(draw, max(birth, changed) if changed is not None else birth, on)
    earlier: set[dt.date] = set()
    if final_since > birth:
        earlier = {_day(draw, birth, final_since - _DAY) for _ in range(_int(draw, 0, 2))}
        if earlier and not _chance(draw, 4):
            earlier = {birth, *sorted(earlier)[1:]}  # most histories start at the birth
    starts = [*sorted(earlier), final_since]
    history = [
        _care(draw, _pick(draw, _EARLIER_CARE), since, starts[i + 1] - _DAY, on)
        for i, since in enumerate(starts[:-1])
    ]
    history.append(_care(draw, current, final_since, on, on))
    return tuple(history)


def _child(draw: st.DrawFn, on: dt.date, youngest: int, oldest: int, child_id: str | None) -> Child:
    age = _pick(draw, [a for a in _AGES if youngest <= a <= oldest] or [youngest])
    first, last = _birth_range(on, age, age)
    # now and then the last or first birth of the age: the birthday yesterday (so the age
    # was reached on ``on``, SPC 2006 art. 2) or today (the next age reached tomorrow)
    birth = _pick(draw, (last, first)) if _chance(draw, 8) else _day(draw, first, last)
    sex = _pick(draw, list(Sex))
    roles = _pick(draw, _ROLE_SETS)
    now = dict(zip((ParentRole.FATHER, ParentRole.MOTHER), _now(draw), strict=True))
    family = tuple(_parent(draw, on, role, birth, now[role]) for role in roles)
    care = _care_history(draw, birth, on, family, age)

    guardian = None
    current = [p.situation_on(on) for p in family]
    if len(current) == 2 and all(s is not None and s.situation in _NO_GUARDIANS for s in current):
        guardian = _guardian(draw, birth, on) if _chance(draw, 2) else None

    if care and care[-1].guardianship is GuardianshipType.NOBODY:
        living = _pick(draw, (LivingArrangement.ALONE, LivingArrangement.WITH_MINOR_SIBLINGS))
    elif age >= 10 and _chance(draw, 8):
        living = LivingArrangement.BOARDING_SCHOOL
    else:
        living = LivingArrangement.WITH_CARER

    contacts: list[ContactEvent] = []
    if roles:
        first = max(birth, on - dt.timedelta(days=120))
        contacts = [_contact(draw, first, on, _pick(draw, roles)) for _ in range(_int(draw, 0, 6))]
        contacts.sort(key=lambda e: (e.on, e.parent.value))

    reports: tuple[ReportEvent, ...] = ()
    if _chance(draw, 8):
        reports = tuple(_report(draw, birth, on) for _ in range(_int(draw, 1, 2)))

    givers = [ConsentGiver(r.value) for r in roles] + ([ConsentGiver.GUARDIAN] if guardian else [])
    consents_: tuple[Consent, ...] = ()
    if givers:
        consents_ = tuple(_consent(draw, birth, on, givers) for _ in range(_int(draw, 0, 2)))

    # living away from the hukou township: with a parent who took the child along, or not
    along = [s.since for p in family if (s := p.situation_on(on)) is not None and s.with_child]
    away_since = None
    if along and not _chance(draw, 4):
        away_since = max(birth, min(along))
    elif _chance(draw, 12):
        away_since = _day(draw, birth, on)

    places = DrawChooser(draw)
    village = synthetic.village(places)
    earns = age >= 16 and _chance(draw, 8)
    stage = SchoolStage.OUT_OF_SCHOOL if earns else _stage(draw, age)
    address = None
    if not _chance(draw, 4):
        address = synthetic.address(places, village)
    id_number = None if _chance(draw, 4) else _id_number(draw, birth, sex)
    county, township = synthetic.county(places), synthetic.township(places)
    # the census form's facts, or none of them (a file written before they were fields); a
    # household not registered has no identity number
    census: dict[str, Any] = {}
    if not _chance(draw, 3):
        census = synthetic.census_facts(
            places,
            birth,
            stage=stage,
            living=living,
            hukou_place=county + township + village,
            registered=id_number is not None or not _chance(draw, 6),
        )
    return Child(
        id=child_id if child_id is not None else _child_id(draw),
        name=_name(draw),
        sex=sex,
        birth_date=birth,
        id_number=id_number,
        hukou=Hukou.URBAN if _chance(draw, 8) else Hukou.RURAL,
        away_from_hukou_since=away_since,
        county=county,
        township=township,
        village=village,
        address=address,
        school=_school(draw, village, stage),
        stage=stage,
        special_needs=_some(draw, list(SpecialNeed), 2) if _chance(draw, 8) else frozenset(),
        interests=_some(draw, list(Interest), 3),
        living=living,
        lives_on_own_earnings=earns,
        parents=family,
        care=care,
        guardian=guardian,
        contacts=tuple(contacts),
        reports=reports,
        lawful_basis=LawfulBasis.STATUTORY_DUTY if _chance(draw, 8) else LawfulBasis.CONSENT,
        consents=consents_,
        growth=_growth(draw, max(birth, on - dt.timedelta(days=730)), on, 3)
        if _chance(draw, 3)
        else (),
        **census,
    )


# --- the public strategies -------------------------------------------------------


def _visit(draw: st.DrawFn, on: dt.date) -> HomeVisit:
    """A visit to a child in the year before ``on``: a child found alone is met alone."""
    day = on - dt.timedelta(days=_int(draw, 0, 365))
    alone = _chance(draw, 8)
    met = {Met.CHILD_ALONE} if alone else set(draw(st.sets(st.sampled_from(_MET_WITH), min_size=1)))
    if alone and draw(st.booleans()):
        met.add(Met.CHILD)
    later = draw(st.none() | st.integers(0, 120))
    return HomeVisit(
        id=f"hv-{_int(draw, 1, 999)}",
        child=f"c-{_int(draw, 1, 99)}",
        on=day,
        visitor=f"s-{_int(draw, 1, 9)}",
        kind=draw(st.sampled_from(list(VisitKind))),
        met=frozenset(met),
        care=draw(st.none() | st.sampled_from(list(CareAssessment))),
        gaps=frozenset(draw(st.sets(st.sampled_from(list(Gap))))),
        note=draw(st.none() | st.sampled_from(("祖母身体尚好", "孩子说想妈妈"))),
        agreed=draw(st.none() | st.just("下周回访")),
        next_on=None if later is None else day + dt.timedelta(days=later),
    )


_MET_WITH = tuple(m for m in Met if m is not Met.CHILD_ALONE)


def _held(draw: st.DrawFn, on: dt.date) -> HeldSession:
    """A session of the year before ``on``, held (with who came) or called off."""
    start = _moment(draw, on - dt.timedelta(days=_int(draw, 0, 365)))
    end = start + dt.timedelta(minutes=_int(draw, 1, 12) * 15)
    hid, programme = f"h-{_int(draw, 1, 999)}", f"p-{_int(draw, 1, 9)}"
    if _chance(draw, 8):
        return HeldSession(
            id=hid, programme=programme, start=start, end=end, took_place=False, reason="下雨取消"
        )
    children = sorted(_some(draw, ["c-1", "c-2", "c-3"], 3))
    return HeldSession(
        id=hid,
        programme=programme,
        planned=draw(st.none() | st.just(f"{programme}-{start:%Y%m%dT%H%M}")),
        start=start,
        end=end,
        facilitators=sorted(_some(draw, ["v-1", "v-2"], 2)),
        helpers=sorted(_some(draw, ["s-1"], 1)),
        children=children,
        carers=sorted(_some(draw, children, len(children))) if children else (),
        note=draw(st.none() | st.just("孩子们读完了一本绘本")),
    )


def _family_meeting(draw: st.DrawFn, on: dt.date) -> FamilyMeeting:
    """A meeting with the families in the year before ``on``: each parent once."""
    came = {
        (c, r): draw(st.booleans())
        for c in sorted(_some(draw, ["c-1", "c-2", "c-3"], 3))
        for r in sorted(_some(draw, list(AttendeeRole), 2), key=lambda r: r.value)
    }
    return FamilyMeeting(
        id=f"fm-{_int(draw, 1, 99)}",
        kind=_pick(draw, list(FamilyMeetingKind)),
        on=on - dt.timedelta(days=_int(draw, 0, 365)),
        held_by=sorted(_some(draw, ["s-1", "v-1"], 2)),
        came=[Attendee(child=c, who=r, online=online) for (c, r), online in came.items()],
        topics=sorted(_some(draw, ["假期安全", "亲子沟通"], 2)),
    )


def _strategy(build: Callable[[st.DrawFn], T]) -> st.SearchStrategy[T]:
    """A strategy from a builder that takes ``draw``."""

    @st.composite
    def strategy(draw: st.DrawFn) -> T:
        return build(draw)

    return strategy()


def members(enum_cls: type[E]) -> st.SearchStrategy[E]:
    """Any member of a :class:`~left_behind.kinds.LabelledEnum` subclass, shrinking to the first.

    >>> from hypothesis import find
    >>> from left_behind.model import Sex
    >>> find(members(Sex), lambda sex: True)
    <Sex.MALE: 'male'>

    It is the enumerations' row of the table of kinds: ``values(enum_cls)``.
    """
    found: st.SearchStrategy[E] = values(enum_cls)
    return found


def chinese_names() -> st.SearchStrategy[str]:
    """A synthetic Chinese personal name: a common surname and one or two common characters.

    See :func:`left_behind.samples.synthetic.name`: a name shares no character with a
    generated place.
    """
    return _strategy(_name)


def child_ids() -> st.SearchStrategy[str]:
    """A child's id in a register, such as ``SC-007`` or ``LB-12034``."""
    return _strategy(_child_id)


def id_numbers(
    *, birth_date: dt.date | None = None, sex: Sex | None = None
) -> st.SearchStrategy[IdNumber]:
    """A valid resident identity number in a fictitious region ``99xxxx``.

    Characters 7-14 are ``birth_date`` (any day from 1930 to :data:`REFERENCE_DATE`
    when not given), the 17th digit is odd for :attr:`Sex.MALE` and even for
    :attr:`Sex.FEMALE` (either when not given), and the check character is right
    (about one number in eleven ends in ``X``).
    """

    def build(draw: st.DrawFn) -> IdNumber:
        born = (
            birth_date
            if birth_date is not None
            else _day(draw, dt.date(1930, 1, 1), REFERENCE_DATE)
        )
        return _id_number(draw, born, sex)

    return _strategy(build)


def phones(*, mobile: bool | None = None) -> st.SearchStrategy[Phone]:
    """A visibly fake mainland phone number as people type it.

    A mobile with ``mobile=True``, a landline with ``mobile=False``, either by
    default; sometimes with ``+86`` in front, sometimes grouped by spaces or
    hyphens. See :func:`left_behind.samples.synthetic.phone`; each one passes
    :func:`left_behind.samples.synthetic.is_fake_phone`.
    """
    return _strategy(lambda draw: _phone(draw, mobile))


def json_values(
    *,
    keys: st.SearchStrategy[str] | None = None,
    strings: st.SearchStrategy[str] | None = None,
    max_leaves: int = 20,
) -> st.SearchStrategy[Any]:
    """Arbitrary JSON-like values (null, booleans, numbers, text, lists, objects), for fuzzing.

    ``keys`` and ``strings`` are drawn from as well as arbitrary text for object
    keys and string values: pass a record's field names and enumeration values to
    get past a loader's first checks.
    """
    text: st.SearchStrategy[str] = st.text(max_size=12)
    if strings is not None:
        text = st.one_of(strings, text)
    key: st.SearchStrategy[str] = st.text(max_size=10)
    if keys is not None:
        key = st.one_of(keys, key)
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        text,
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(key, inner, max_size=4)
        ),
        max_leaves=max_leaves,
    )


def parent_situations(*, on: dt.date = REFERENCE_DATE) -> st.SearchStrategy[ParentSituation]:
    """One parent's situation over a period that started within 15 years before ``on``.

    Work away is the most common; only work away carries a province, city and
    expected return, and now and then the child taken along (``with_child``); a
    death has no end date.
    """

    def build(draw: st.DrawFn) -> ParentSituation:
        since = _day(draw, _years_before(on, 15), on)
        return _situation(draw, _pick(draw, _SITUATIONS), since, None, on)

    return _strategy(build)


def parents(
    *,
    on: dt.date = REFERENCE_DATE,
    role: ParentRole | None = None,
    child_birth_date: dt.date | None = None,
) -> st.SearchStrategy[Parent]:
    """A father or mother (``role``) with a history of situations up to ``on``.

    The situations start at the earliest three years before the child's birth
    (``child_birth_date``, drawn when not given), are listed oldest first without
    overlapping, and nothing follows a death. A recorded birth date makes the
    parent 18 to 45 at the child's birth.
    """

    def build(draw: st.DrawFn) -> Parent:
        birth = (
            child_birth_date
            if child_birth_date is not None
            else _day(draw, *_birth_range(on, 0, 17))
        )
        who = role if role is not None else _pick(draw, list(ParentRole))
        return _parent(draw, on, who, birth)

    return _strategy(build)


def misconduct_records(*, on: dt.date = REFERENCE_DATE) -> st.SearchStrategy[MisconductRecord]:
    """A disqualifying fact on a carer's record, recorded (if dated) by ``on``."""
    return _strategy(lambda draw: _misconduct(draw, on))


def entrusted_carers(
    *, on: dt.date = REFERENCE_DATE, relation: Relation | None = None
) -> st.SearchStrategy[EntrustedCarer]:
    """A person entrusted with a child's daily care, of a plausible age for ``relation`` on ``on``.

    Grandparents are 40 to 78, elder siblings 18 to 26 (about one in ten 16 or 17
    and living on their own earnings, so of full capacity), other relatives and
    unrelated adults 20 to 70; the identity number (if any) agrees with the birth
    date and the recorded sex. About one carer in eight has a health condition
    and one in eight a disqualifying record.
    """
    return _strategy(
        lambda draw: _carer(
            draw, on, relation if relation is not None else _pick(draw, list(Relation)), on
        )
    )


def care_arrangements(
    *, on: dt.date = REFERENCE_DATE, guardianship: GuardianshipType | None = None
) -> st.SearchStrategy[CareArrangement]:
    """One care arrangement that started within 17 years before ``on``.

    It names an entrusted carer, of a relation that fits, exactly when the type
    needs one (see ``CARER_RELATIONS``); only an institution names an
    institution; paperwork dates fall between the start and ``on``.
    """

    def build(draw: st.DrawFn) -> CareArrangement:
        kind = guardianship if guardianship is not None else _pick(draw, list(GuardianshipType))
        return _care(draw, kind, _day(draw, _years_before(on, 17), on), on, on)

    return _strategy(build)


def legal_guardians(*, on: dt.date = REFERENCE_DATE) -> st.SearchStrategy[LegalGuardian]:
    """A legal guardian other than the parents, appointed within 17 years before ``on``.

    Another person or an organisation always comes with its approval (body and
    date); a grandparent or elder sibling seldom does. A person has a birth date
    about half the time (an adult of a plausible age when appointed); a guardian
    other than a grandparent mostly has the agreement of Civil Code art. 30.
    """
    return _strategy(lambda draw: _guardian(draw, _years_before(on, 17), on))


def contact_events(
    *, on: dt.date = REFERENCE_DATE, parent: ParentRole | None = None
) -> st.SearchStrategy[ContactEvent]:
    """A call, video call or visit by a parent (``parent``) within the 120 days up to ``on``."""
    first = on - dt.timedelta(days=120)
    return _strategy(
        lambda draw: _contact(
            draw, first, on, parent if parent is not None else _pick(draw, list(ParentRole))
        )
    )


def report_events(*, on: dt.date = REFERENCE_DATE) -> st.SearchStrategy[ReportEvent]:
    """A situation to report to the police, found within the year up to ``on``; reported or open."""
    return _strategy(lambda draw: _report(draw, on - dt.timedelta(days=365), on))


def consents(
    *, on: dt.date = REFERENCE_DATE, given_by: ConsentGiver | None = None
) -> st.SearchStrategy[Consent]:
    """A guardian's consent for one or more purposes, given by ``on``, sometimes withdrawn."""
    givers = [given_by] if given_by is not None else list(ConsentGiver)
    return _strategy(lambda draw: _consent(draw, _years_before(on, 17), on, givers))


def contact_cards() -> st.SearchStrategy[ContactCard]:
    """A contact card: the father's, mother's and carer's phones, each possibly missing.

    Each field is drawn by its kind, as :func:`records` draws a record with no
    builder of its own: a phone the card gains is drawn with no change here.
    """
    return _strategy(lambda draw: _from_kinds(draw, ContactCard))


def children(
    *,
    on: dt.date = REFERENCE_DATE,
    min_age: int = 0,
    max_age: int = 17,
    child_id: str | None = None,
) -> st.SearchStrategy[Child]:
    """A child's whole file, aged ``min_age`` to ``max_age`` (inclusive) on ``on``.

    Usually both parents are recorded, sometimes one or none; their situations,
    the care history, contacts, reports and consents are dated up to ``on``. The
    arrangement in force on ``on`` fits who is at home: both parents, one parent,
    or else an entrusted carer or an institution (rarely nobody, from 16); a
    parent away with the child along lives with the child, and such a child
    mostly lives away from the hukou township since then (a migrant child, as a
    few others are). A legal guardian other than the parents appears only when
    both parents are dead, missing or incapacitated. Ages are full years (周岁),
    and now and then the birthday is the day before ``on`` or ``on`` itself.
    ``child_id`` fixes the id.
    """
    if not 0 <= min_age <= max_age:
        raise ValueError(f"need 0 <= min_age <= max_age, got {min_age} and {max_age}")
    return _strategy(lambda draw: _child(draw, on, min_age, max_age, child_id))


def registers(
    *, on: dt.date = REFERENCE_DATE, min_children: int = 0, max_children: int = 5
) -> st.SearchStrategy[Register]:
    """A register of ``min_children`` to ``max_children`` children with unique ids."""
    if not 0 <= min_children <= max_children:
        raise ValueError(
            f"need 0 <= min_children <= max_children, got {min_children}, {max_children}"
        )

    def build(draw: st.DrawFn) -> Register:
        ids: list[str] = []
        for _ in range(_int(draw, min_children, max_children)):
            new = _child_id(draw)
            while new in ids:
                new = f"{new}-{len(ids)}"
            ids.append(new)
        name = synthetic.home(DrawChooser(draw))
        return Register(
            name="" if _chance(draw, 4) else name,
            children=tuple(_child(draw, on, 0, 17, child_id) for child_id in ids),
        )

    return _strategy(build)


def _around_defaults(draw: st.DrawFn, cls: type[R]) -> R:
    """A ``cls`` whose integer settings are drawn around their defaults.

    Each from half to one and a half times its default; a value the record
    refuses (out of its range, or a threshold below another) is put back to
    its default, so any setting's bounds are kept whatever they are.
    """
    values: dict[str, Any] = {}
    for a in attrs.fields(cast(Any, cls)):
        if type(a.default) is int:
            low, high = a.default // 2, a.default + a.default // 2
            bounds = bounds_of(a)
            if bounds is not None:  # kept within the bounds the setting declares
                low = max(low, int(bounds.minimum)) if bounds.minimum is not None else low
                high = min(high, int(bounds.maximum)) if bounds.maximum is not None else high
            values[a.name] = _int(draw, low, high)
    while True:
        try:
            return cls(**values)
        except InvalidData as err:
            refused = {p.path.removeprefix("$.") for p in err.problems}
            if not refused & set(values):  # pragma: no cover - a refusal of no setting
                raise
            for name in refused & set(values):
                del values[name]


def policies() -> st.SearchStrategy[Policy]:
    """A county's or home's :class:`~left_behind.Policy`: every setting near its default.

    Each day count, age and percentage, and each weight and threshold of the
    risk level, is drawn from half to one and a half times its default; a
    value the policy refuses is left at its default.
    """
    return _strategy(
        lambda draw: attrs.evolve(
            _around_defaults(draw, Policy), risk=_around_defaults(draw, RiskWeights)
        )
    )


# --- the support side: people, teams, pairings, homes ---------------------------


def _window(draw: st.DrawFn) -> Window:
    start = _int(draw, 7 * 4, 20 * 4) * 15
    length = _int(draw, 2, 12) * 15
    end = min(start + length, 23 * 60 + 59)
    return Window(
        day=_pick(draw, list(Weekday)),
        start=dt.time(start // 60, start % 60),
        end=dt.time(end // 60, end % 60),
    )


def _background_check(draw: st.DrawFn, first: dt.date, last: dt.date) -> BackgroundCheck:
    if _chance(draw, 10):
        grounds = _some(draw, list(Misconduct), 2) or frozenset({Misconduct.VIOLENCE})
        return BackgroundCheck(
            on=_day(draw, first, last), result=CheckResult.RECORD_FOUND, grounds=grounds
        )
    return BackgroundCheck(on=_day(draw, first, last), result=CheckResult.CLEAR)


_TOPICS = ("儿童保护与强制报告", "结对帮扶入门", "心理健康基础", "安全与急救", "家庭教育指导")
_ACTIVITIES = ("课业辅导", "家访", "快乐氧吧活动", "亲近母语导读", "暑期夏令营")


def _dated(
    draw: st.DrawFn, first: dt.date, last: dt.date, most: int, least: int = 0
) -> list[dt.date]:
    return sorted(_day(draw, first, last) for _ in range(_int(draw, least, most)))


def _person_fields(draw: st.DrawFn, on: dt.date, youngest: int, oldest: int) -> dict[str, Any]:
    sex = _pick(draw, [Sex.MALE, Sex.FEMALE])
    birth = _day(draw, *_birth_range(on, youngest, oldest))
    joined = _day(
        draw, max(birth + dt.timedelta(days=365 * 8), on - dt.timedelta(days=3 * 365)), on
    )
    left = (
        _maybe_day(draw, joined, on + dt.timedelta(days=365), in_=5) if _chance(draw, 5) else None
    )
    return {
        "id": f"{_pick(draw, ('v', 'p', 'VOL'))}-{_int(draw, 1, 9999):03d}",
        "name": _name(draw),
        "sex": sex,
        "birth_date": birth,
        "id_number": None if _chance(draw, 3) else _id_number(draw, birth, sex),
        "phone": _maybe_phone(draw),
        "qualifications": _some(draw, list(Qualification), 2) if _chance(draw, 3) else frozenset(),
        "checks": tuple(
            _background_check(draw, day, day)
            for day in _dated(draw, joined - dt.timedelta(days=60), on, 3)
        ),
        "trainings": tuple(
            Training(on=day, hours=_int(draw, 1, 8) / 2, topic=_pick(draw, _TOPICS))
            for day in _dated(draw, joined - dt.timedelta(days=30), on, 3)
        ),
        "joined_on": joined,
        "left_on": left,
    }


def volunteers(
    *, on: dt.date = REFERENCE_DATE, youngest: int = 10, oldest: int = 80
) -> st.SearchStrategy[Volunteer]:
    """A volunteer aged ``youngest``..``oldest`` on ``on``: a pupil when a minor.

    Some have no check, an old one or one that found a record; some have too
    little training: what the rules are there to find.
    """

    def build(draw: st.DrawFn) -> Volunteer:
        fields = _person_fields(draw, on, youngest, oldest)
        minor = age_on(fields["birth_date"], on) < 18
        background = Background.PUPIL if minor else _pick(draw, list(Background)[:-1])
        places = DrawChooser(draw)
        joined = fields["joined_on"]
        return Volunteer(
            **fields,
            village=synthetic.village(places),
            background=background,
            skills=_some(draw, list(Skill), 3),
            subjects=_some(draw, list(SchoolSubject), 2),
            interests=_some(draw, list(Interest), 3),
            availability=tuple(_window(draw) for _ in range(_int(draw, 0, 3))),
            vacation_available=_chance(draw, 2),
            service=tuple(
                ServiceRecord(on=day, hours=_int(draw, 1, 8) / 2, activity=_pick(draw, _ACTIVITIES))
                for day in _dated(draw, joined, on, 4)
            ),
            capacity=None if _chance(draw, 2) else _int(draw, 0, 4),
            guardian_consent_on=_maybe_day(draw, joined - dt.timedelta(days=30), on)
            if minor
            else None,
        )

    return _strategy(build)


def staff_members(*, on: dt.date = REFERENCE_DATE) -> st.SearchStrategy[Staff]:
    """A member of staff aged 20 to 65 on ``on``."""

    def build(draw: st.DrawFn) -> Staff:
        fields = _person_fields(draw, on, 20, 65)
        fields["id"] = f"s-{_int(draw, 1, 999):02d}"
        return Staff(**fields, role=_pick(draw, list(StaffRole)))

    return _strategy(build)


def _meetings(draw: st.DrawFn, first: dt.date, on: dt.date, least: int = 0) -> tuple[Meeting, ...]:
    return tuple(
        Meeting(
            on=day,
            kind=_pick(draw, list(MeetingKind)),
            minutes=_int(draw, 0, 12) * 10,
            took_place=not _chance(draw, 6),
        )
        for day in _dated(draw, first, on, 6, least)
    )


def _pairing(
    draw: st.DrawFn,
    on: dt.date,
    pairing_id: str,
    child: str,
    mentors: Sequence[str],
    teams: Sequence[str],
) -> Pairing:
    proposed = _day(draw, on - dt.timedelta(days=3 * 365), on)
    approved = _maybe_day(draw, proposed, on, in_=4)
    started = None if approved is None else _maybe_day(draw, approved, on, in_=4)
    reached = started or approved or proposed  # a pairing closes after the last stage it reached
    closed = _maybe_day(draw, reached, on, in_=3) if _chance(draw, 3) else None
    team = _pick(draw, teams) if teams and (not mentors or _chance(draw, 4)) else None
    named = sorted(_some(draw, mentors, 2)) if mentors else []
    if not named and team is None:
        named = [mentors[0]] if mentors else []
    return Pairing(
        id=pairing_id,
        child=child,
        mentors=tuple(named),
        team=team,
        role=_pick(draw, list(MentorRole)),
        proposed_on=proposed,
        guardian_consent_on=_maybe_day(draw, proposed, on, in_=4),
        child_view_heard=_chance(draw, 2),
        approved_on=approved,
        started_on=started,
        closed_on=closed,
        close_reason=None if closed is None or _chance(draw, 5) else _pick(draw, list(CloseReason)),
        meetings=_meetings(draw, proposed, on),
    )


def pairings(
    *,
    on: dt.date = REFERENCE_DATE,
    children: Sequence[str] = ("c-001",),
    mentors: Sequence[str] = ("v-001",),
) -> st.SearchStrategy[Pairing]:
    """A pairing of one of ``children`` with some of ``mentors``, at any stage of its life."""
    if not children or not mentors:
        raise ValueError("a pairing needs at least one child id and one mentor id")
    return _strategy(lambda draw: _pairing(draw, on, "p-001", _pick(draw, children), mentors, ()))


def _unique_ids(
    items: list[T], id_of: Callable[[T], str], renamed: Callable[[T, str], T]
) -> list[T]:
    seen: set[str] = set()
    out: list[T] = []
    for i, item in enumerate(items):
        if id_of(item) in seen:
            item = renamed(item, f"{id_of(item)}-{i}")
        seen.add(id_of(item))
        out.append(item)
    return out


def homes(
    *,
    on: dt.date = REFERENCE_DATE,
    max_children: int = 5,
    max_volunteers: int = 6,
    max_pairings: int = 5,
) -> st.SearchStrategy[Home]:
    """A home with children, staff, volunteers, teams and pairings whose ids all refer."""

    def build(draw: st.DrawFn) -> Home:
        register = draw(registers(on=on, max_children=max_children))
        child_ids = [c.id for c in register.children]
        people: list[Staff | Volunteer] = [
            draw(staff_members(on=on)) for _ in range(_int(draw, 0, 3))
        ]
        people += [draw(volunteers(on=on)) for _ in range(_int(draw, 0, max_volunteers))]
        people = _unique_ids(people, lambda p: p.id, lambda p, new: attrs.evolve(p, id=new))
        staff: list[Staff] = [p for p in people if isinstance(p, Staff)]
        vols: list[Volunteer] = [p for p in people if isinstance(p, Volunteer)]
        teams: list[SupportTeam] = []
        for i in range(_int(draw, 0, 2) if vols else 0):
            members = sorted(_some(draw, [v.id for v in vols], 4))
            teams.append(
                SupportTeam(
                    id=f"t-{i + 1}",
                    name=f"{_pick(draw, list(TeamKind)).label()}{i + 1}",
                    kind=_pick(draw, list(TeamKind)),
                    leader=members[0] if members and _chance(draw, 2) else None,
                    members=tuple(
                        Membership(volunteer=m, joined_on=_day(draw, on - dt.timedelta(700), on))
                        for m in members
                    ),
                    capacity=None if _chance(draw, 2) else _int(draw, 0, 4),
                )
            )
        mentor_ids = [p.id for p in people]
        team_ids = [t.id for t in teams]
        found: list[Pairing] = []
        if child_ids and (mentor_ids or team_ids):
            for i in range(_int(draw, 0, max_pairings)):
                found.append(
                    _pairing(
                        draw, on, f"p-{i + 1:03d}", _pick(draw, child_ids), mentor_ids, team_ids
                    )
                )
        places = DrawChooser(draw)
        villages = sorted({c.village for c in register.children} | {v.village for v in vols})
        return Home(
            name=register.name,
            children=register.children,
            county=synthetic.county(places),
            township=synthetic.township(places),
            opening=tuple(_opening(draw) for _ in range(_int(draw, 0, 3))),
            staff=tuple(staff),
            supervision=SupervisionGroup(leader=staff[0].id, members=tuple(s.id for s in staff[1:]))
            if staff and _chance(draw, 2)
            else None,
            volunteers=tuple(vols),
            teams=tuple(teams),
            pairings=tuple(found),
            partners=tuple(
                Partnership(
                    kind=kind,
                    partner=synthetic.school(synthetic.village(places), SchoolStage.PRIMARY_1)
                    or "示例学校",
                    since=_day(draw, on - dt.timedelta(days=2000), on),
                )
                for kind in _some(draw, list(PartnerKind), 2)
            ),
            preferences=tuple(
                Preference(
                    child=_pick(draw, child_ids),
                    mentor=_pick(draw, mentor_ids),
                    by=_pick(draw, list(PreferenceBy)),
                    wants=_chance(draw, 2),
                )
                for _ in range(_int(draw, 0, 2) if child_ids and mentor_ids else 0)
            ),
            distances=tuple(
                Distance(a=a, b=b, km=_int(draw, 1, 300) / 10)
                for a, b in itertools.pairwise(villages)
            ),
        )

    return _strategy(build)


# --- planning ----------------------------------------------------------------------

_SHANGHAI = dt.timezone(dt.timedelta(hours=8), "CST")
_RULES = ("FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1")


def _room(draw: st.DrawFn) -> Room:
    return Room(
        id=f"r-{_int(draw, 1, 9)}",
        name=_pick(draw, ("活动室", "阅读角", "心理咨询室", "电脑室")),
        area=float(_int(draw, 10, 200)),
        capacity=_int(draw, 1, 60),
        equipment=_some(draw, list(Equipment), 3),
        computers=_int(draw, 0, 4),
        books=_int(draw, 0, 2000),
    )


def _opening(draw: st.DrawFn) -> Opening:
    start = _int(draw, 8, 17)
    return Opening(
        # hours for one kind of day, or for every kind (as a file of layout 1's weekly hours)
        day=None if _chance(draw, 3) else _pick(draw, list(DayKind)),
        weekdays=_some(draw, list(Weekday), 3) if _chance(draw, 2) else frozenset(),
        start=dt.time(start),
        end=dt.time(start + _int(draw, 1, 5), _pick(draw, (0, 30))),
    )


def _programme(draw: st.DrawFn) -> Programme:
    during = _pick(draw, [None, *During]) if _chance(draw, 3) else None
    low = _int(draw, 0, 12) if _chance(draw, 2) else None
    return Programme(
        id=f"p-{_int(draw, 1, 99)}",
        name=_pick(draw, ("书法绘画", "快乐氧吧", "亲近母语", "夏令营")),
        kind=_pick(draw, list(ProgrammeKind)),
        room=f"r-{_int(draw, 1, 9)}",
        facilitators=sorted(_some(draw, ["v-1", "v-2", "s-1"], 2)),
        children=sorted(_some(draw, ["c-1", "c-2", "c-3"], 3)),
        min_age=low,
        max_age=None if low is None else low + _int(draw, 0, 6),
        capacity=_int(draw, 1, 40) if _chance(draw, 2) else None,
        qualification=_pick(draw, [None, *Qualification]),
        children_per_adult=_int(draw, 1, 20) if _chance(draw, 2) else None,
        recurrence=None if during is not None else Recurrence(_pick(draw, _RULES)),
        time=dt.time(_int(draw, 8, 18), _pick(draw, (0, 30, 40))),
        duration=dt.timedelta(minutes=_int(draw, 1, 12) * 15),
        during=during,
        day_of=_int(draw, 1, 5),
        days=_int(draw, 1, 3),
        if_closed=_pick(draw, list(IfClosed)),
    )


def _moment(draw: st.DrawFn, on: dt.date) -> dt.datetime:
    day = _day(draw, on - dt.timedelta(days=400), on + dt.timedelta(days=400))
    return dt.datetime.combine(day, dt.time(_int(draw, 8, 18), _pick(draw, (0, 30))), _SHANGHAI)


def _session(draw: st.DrawFn, on: dt.date, n: int = 1) -> Session:
    start = _moment(draw, on)
    return Session(
        id=f"s-{n}",
        programme=f"p-{_int(draw, 1, 9)}",
        start=start,
        end=start + dt.timedelta(minutes=_int(draw, 1, 12) * 15),
        room=f"r-{_int(draw, 1, 3)}",
        facilitators=sorted(_some(draw, ["v-1", "v-2"], 2)),
        children=sorted(_some(draw, ["c-1", "c-2", "c-3"], 3)),
        provisional=_chance(draw, 4),
    )


def _change(draw: st.DrawFn, on: dt.date) -> SessionChange:
    fate = _pick(draw, list(SessionFate))
    planned = _moment(draw, on)
    return SessionChange(
        programme=f"p-{_int(draw, 1, 9)}",
        planned=planned,
        fate=fate,
        reason=_pick(draw, list(SessionReason)),
        moved_to=planned + dt.timedelta(days=1) if fate is SessionFate.MOVED else None,
        note=_pick(draw, ("", "国庆节", "消防安全检修")),
    )


def _plan_note(draw: st.DrawFn) -> PlanNote:
    return PlanNote(
        programme=f"p-{_int(draw, 1, 9)}",
        reason=_pick(draw, list(PlanNoteReason)),
        rule=Recurrence(_pick(draw, _RULES)),
    )


def _plan(draw: st.DrawFn, on: dt.date) -> Plan:
    return Plan(
        home=draw(homes(on=on, max_children=2, max_volunteers=2, max_pairings=1)),
        first=on,
        last=on + dt.timedelta(days=_int(draw, 0, 120)),
        sessions=[_session(draw, on, n) for n in range(_int(draw, 0, 3))],
        changes=[_change(draw, on) for _ in range(_int(draw, 0, 2))],
        notes=[_plan_note(draw) for _ in range(_int(draw, 0, 1))],
    )


_PLANNING: dict[type[Record], Callable[[dt.date], st.SearchStrategy[Any]]] = {
    Room: lambda on: _strategy(_room),
    Opening: lambda on: _strategy(_opening),
    Programme: lambda on: _strategy(_programme),
    Session: lambda on: _strategy(lambda draw: _session(draw, on)),
    SessionChange: lambda on: _strategy(lambda draw: _change(draw, on)),
    PlanNote: lambda on: _strategy(_plan_note),
    Plan: lambda on: _strategy(lambda draw: _plan(draw, on)),
    Plans: lambda on: _strategy(
        lambda draw: Plans(plans=[_plan(draw, on) for _ in range(_int(draw, 0, 2))])
    ),
    SchoolYear: lambda on: st.sampled_from(SAMPLE_SCHOOL_YEARS),
    Closure: lambda on: _strategy(
        lambda draw: Closure(
            first=(first := _day(draw, on - dt.timedelta(days=200), on)),
            last=first + dt.timedelta(days=_int(draw, 0, 5)) if _chance(draw, 2) else None,
            reason=_pick(draw, ("消防安全检修", "春节闭园")),
        )
    ),
}


# --- by type ---------------------------------------------------------------------


# --- growth records and follow-up tasks -------------------------------------------

_GROWTH_TEXTS = (
    "按时完成作业，课堂发言积极",
    "与同学相处融洽",
    "最近上课走神，约定每周谈心",
    "获得校书法比赛二等奖",
    "父母本月来电两次",
    "视力下降，已告知照护人",
)
_WRITERS = ("t-01", "s-01", "v-01", "c-01")
_TASK_WORDS = ("回访照护人", "补签委托照护协议", "联系在外务工的父母", "书面告知学校")
_RULE_REFS = (
    ("MPL-62-background-check", "MPL art. 62"),
    ("MPL-23-weekly-contact", "MPL art. 23"),
    ("PAIR-meetings", "PAIR art. 3"),
)


def _growth_entry(draw: st.DrawFn, first: dt.date, last: dt.date) -> GrowthEntry:
    role = _pick(draw, list(WriterRole))
    return GrowthEntry(
        on=_day(draw, first, last),
        by=_pick(draw, _WRITERS),
        role=role,
        area=_pick(draw, list(GrowthArea)),
        text=_pick(draw, _GROWTH_TEXTS) + f"（{_int(draw, 1, 999)}）",
        counsellor_only=role is WriterRole.COUNSELLOR and _chance(draw, 2),
    )


def _growth(draw: st.DrawFn, first: dt.date, last: dt.date, most: int) -> tuple[GrowthEntry, ...]:
    entries = [_growth_entry(draw, first, last) for _ in range(_int(draw, 0, most))]
    return tuple(sorted(entries, key=lambda e: e.on))


def growth_entries(*, on: dt.date = REFERENCE_DATE) -> st.SearchStrategy[GrowthEntry]:
    """An entry of a child's growth record, dated in the two years up to ``on``; a
    counsellor's is now and then in the psychological-health file (``counsellor_only``)."""
    return _strategy(lambda draw: _growth_entry(draw, on - dt.timedelta(days=730), on))


def _task(
    draw: st.DrawFn,
    on: dt.date,
    task_id: str = "t-01",
    by: str = "s-01",
    child: str | None = None,
    pairing: str | None = None,
) -> Task:
    opened = _day(draw, on - dt.timedelta(days=120), on)
    states = [TaskState(state=TaskStatus.OPEN, on=opened)]
    end = _pick(draw, (None, TaskStatus.DONE, TaskStatus.CANCELLED))
    if end is not None:
        states.append(
            TaskState(
                state=end,
                on=_day(draw, opened, opened + dt.timedelta(days=60)),
                reason="改由学校跟进" if end is TaskStatus.CANCELLED else None,
            )
        )
    why = _pick(draw, list(TaskReason))
    finding = None
    if why is TaskReason.FINDING:
        rule_id, source = _pick(draw, _RULE_REFS)
        finding = FindingRef(rule_id=rule_id, source=source)
    return Task(
        id=task_id,
        what=_pick(draw, _TASK_WORDS),
        child=child,
        pairing=pairing,
        by=by,
        due_on=_day(draw, opened - dt.timedelta(days=3), opened + dt.timedelta(days=30)),
        why=why,
        finding=finding,
        states=tuple(states),
    )


def tasks(
    *, on: dt.date = REFERENCE_DATE, by: str = "s-01", child: str | None = None
) -> st.SearchStrategy[Task]:
    """A follow-up task by ``by`` (for ``child``, or the home), opened in the 120 days up
    to ``on``: still open, done or cancelled within 60 days of opening (sometimes after
    ``on``), due from 3 days before to 30 days after it was opened."""
    return _strategy(lambda draw: _task(draw, on, by=by, child=child))


_FACTORIES: dict[type[Record], Callable[[dt.date], st.SearchStrategy[Any]]] = {
    Child: lambda on: children(on=on),
    GrowthEntry: lambda on: growth_entries(on=on),
    Task: lambda on: tasks(on=on),
    TaskState: lambda on: _strategy(
        lambda draw: _pick(draw, _task(draw, on, task_id="t-01").states)
    ),
    Parent: lambda on: parents(on=on),
    ParentSituation: lambda on: parent_situations(on=on),
    EntrustedCarer: lambda on: entrusted_carers(on=on),
    MisconductRecord: lambda on: misconduct_records(on=on),
    CareArrangement: lambda on: care_arrangements(on=on),
    LegalGuardian: lambda on: legal_guardians(on=on),
    ContactEvent: lambda on: contact_events(on=on),
    ReportEvent: lambda on: report_events(on=on),
    Consent: lambda on: consents(on=on),
    ContactCard: lambda on: contact_cards(),
    Register: lambda on: registers(on=on),
    Volunteer: lambda on: volunteers(on=on),
    Staff: lambda on: staff_members(on=on),
    Pairing: lambda on: pairings(on=on),
    Home: lambda on: homes(on=on),
    Window: lambda on: _strategy(_window),
    Training: lambda on: _strategy(
        lambda draw: Training(
            on=_day(draw, on - dt.timedelta(days=800), on),
            hours=_int(draw, 1, 16) / 2,
            topic=_pick(draw, _TOPICS),
        )
    ),
    ServiceRecord: lambda on: _strategy(
        lambda draw: ServiceRecord(
            on=_day(draw, on - dt.timedelta(days=800), on),
            hours=_int(draw, 1, 16) / 2,
            activity=_pick(draw, _ACTIVITIES),
        )
    ),
    Meeting: lambda on: _strategy(lambda draw: _meetings(draw, on, on, least=1)[0]),
    Distance: lambda on: _strategy(
        lambda draw: Distance(a="东村", b="西村", km=_int(draw, 0, 500) / 10)
    ),
    HomeVisit: lambda on: _strategy(lambda draw: _visit(draw, on)),
    HeldSession: lambda on: _strategy(lambda draw: _held(draw, on)),
    FamilyMeeting: lambda on: _strategy(lambda draw: _family_meeting(draw, on)),
    **_PLANNING,
}

# the register's records: the model's and the calendar records a home holds
_REGISTER = [getattr(m, n) for m in (_model, _calendar_records) for n in m.__all__]

RECORD_TYPES: tuple[type[Record], ...] = tuple(
    obj
    for obj in _REGISTER
    if isinstance(obj, type)
    and issubclass(obj, Record)
    and obj is not Record
    # what volunteers and staff have in common is drawn as one of them
    and obj is not _model.Person
)
"""Every record class of the register that :func:`records` and ``st.from_type`` generate.

Those without a builder of their own here are drawn from their fields' kinds."""

ENUM_TYPES: tuple[type[LabelledEnum], ...] = tuple(
    obj
    for obj in _REGISTER
    if isinstance(obj, type) and issubclass(obj, LabelledEnum) and obj is not LabelledEnum
)
"""Every enumeration the records use."""


def values(tp: Any) -> st.SearchStrategy[Any]:
    """Values of a field type, from the table of kinds alone (not always valid together).

    Each kind of value in :data:`~left_behind.kinds.KINDS` says how to draw one, so
    a field of any type the records use has a strategy with no code here:

    >>> import datetime as dt
    >>> from hypothesis import find
    >>> find(values(dt.timedelta), lambda d: d > dt.timedelta(hours=1))
    datetime.timedelta(seconds=3660)
    """
    found: st.SearchStrategy[Any] = strategy_for(st, tp)
    return found


def _within(a: attrs.Attribute[Any], tp: Any) -> st.SearchStrategy[Any] | None:
    """Numbers within the bounds field ``a`` declares (or ``None`` where it may be null)."""
    bounds = bounds_of(a)
    if bounds is None:
        return None
    inner = kind_of(tp).items(tp)[0] if kind_of(tp) is OPTIONAL else tp
    low, high = bounds.minimum, bounds.maximum
    numbers: st.SearchStrategy[Any]
    if inner is int:
        numbers = st.integers(
            None if low is None else int(low) + bounds.exclusive,
            None if high is None else int(high),
        )
    else:
        numbers = st.floats(
            low, high, exclude_min=bounds.exclusive, allow_nan=False, allow_infinity=False
        )
    return numbers | st.none() if inner is not tp else numbers


def _from_kinds(draw: st.DrawFn, cls: type[R]) -> R:
    """A ``cls`` whose fields are drawn by their kinds, numbers within their declared
    bounds; one the record refuses is rejected."""
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for a in attrs.fields(cast(Any, cls)):
        if a.default is attrs.NOTHING or draw(st.booleans()):
            tp = hints[a.name]
            within = _within(a, tp)
            kwargs[a.name] = draw(values(tp) if within is None else within)
    try:
        return cls(**kwargs)
    except InvalidData:
        reject()


def records(cls: type[R], *, on: dt.date = REFERENCE_DATE) -> st.SearchStrategy[R]:
    """The strategy for a record class, dated up to ``on``.

    The records of :data:`RECORD_TYPES` come from builders that keep a
    child's file consistent (dates in order, identity numbers that fit...).
    Any other record class of the library is drawn from its fields' kinds
    and kept when it is valid, so a new record has a strategy at once.

    >>> from hypothesis import find
    >>> from left_behind import Consent
    >>> from left_behind.law import Source
    >>> consent = find(records(Consent), lambda c: c.withdrawn_on is not None)
    >>> consent.withdrawn_on >= consent.on
    True
    >>> source = find(records(Source), lambda s: s.article_en != "")
    >>> type(source).__name__, source.article_en != ""
    ('Source', True)
    """
    factory = _FACTORIES.get(cls)
    if factory is not None:
        return cast("st.SearchStrategy[R]", factory(on))
    if not _is_record_class(cls):
        raise TypeError(f"no strategy for {cls!r}: it is not a record of left_behind")
    _register_nested(cls)
    return _strategy(lambda draw: _from_kinds(draw, cls))


_NESTED: set[type] = set()


def _records_in(tp: Any) -> list[type]:
    """The record classes a field type holds, at any depth (a tuple of rows, an optional period)."""
    kind = kind_of(tp)
    found = [tp] if _is_record_class(tp) else []
    for item in kind.items(tp):
        found += _records_in(item)
    return found


def _register_nested(cls: type) -> None:
    # A nested record's kind draws it with ``st.from_type``, which without a registered
    # strategy builds it from its fields blindly and fails on one whose fields must agree
    # (a period's last day before its first). Each nested record class is drawn as
    # ``records`` draws it, valid or rejected.
    hints = typing.get_type_hints(cls)
    for a in attrs.fields(cast(Any, cls)):
        for inner in _records_in(hints[a.name]):
            if inner not in _NESTED and inner not in _FACTORIES:
                _NESTED.add(inner)
                st.register_type_strategy(inner, records(inner))


def _is_record_class(cls: object) -> bool:
    return isinstance(cls, type) and issubclass(cls, Record) and attrs.has(cls)


def documents(
    cls: type[Record], *, style: Style = "snake", on: dt.date = REFERENCE_DATE
) -> st.SearchStrategy[Any]:
    """Valid plain-data documents of a record class (what ``to_dict`` writes), in a key style."""
    return records(cls, on=on).map(lambda r: to_dict(r, style=style))


def _register_all() -> None:
    for cls in RECORD_TYPES:
        st.register_type_strategy(cls, records(cls))
    st.register_type_strategy(Policy, policies())
    st.register_type_strategy(IdNumber, id_numbers())
    st.register_type_strategy(Phone, phones())
    for enum_cls in ENUM_TYPES:
        st.register_type_strategy(enum_cls, members(enum_cls))


_register_all()
