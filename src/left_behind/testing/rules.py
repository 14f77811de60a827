"""Compliant children for the rule tests: plain builders and Hypothesis strategies.

The builders make a child that breaks no rule on the check date: parents away
with a healthy adult grandparent entrusted, notices given in time, the child's
view heard, weekly contacts with the child and the carer, and consent on file.
A test changes one thing with ``attrs.evolve`` and expects exactly the findings
that change causes.

The strategies draw such children across ages 0-17, check dates, arrangements
(parents at home, one away, both away, one away and the other unable, an
institution, orphans with a legal guardian) and ways of keeping in touch, and
:func:`violations` adds one breach of a chosen kind to a compliant child. Their
names and places come from ``left_behind.samples.synthetic``; the plain builders keep
fixed ones (``示例儿童`` in ``示例村``) for tests that read a message whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

from left_behind import (
    BackgroundCheck,
    CareArrangement,
    Child,
    Consent,
    ContactEvent,
    EntrustedCarer,
    Home,
    LegalGuardian,
    Meeting,
    MisconductRecord,
    Pairing,
    Parent,
    Policy,
    Register,
    ReportEvent,
    Staff,
    Training,
    Volunteer,
    classify,
    samples,
)
from left_behind.law import ADULT_FROM
from left_behind.model import (
    FIVE_ELDERS,
    ApprovalBody,
    Background,
    CheckResult,
    ChildStatus,
    CloseReason,
    ConsentGiver,
    ContactMode,
    ContactParty,
    GuardianKind,
    GuardianshipType,
    HealthCondition,
    LawfulBasis,
    LivingArrangement,
    MeetingKind,
    MentorRole,
    Misconduct,
    ParentRole,
    ParentSituation,
    Purpose,
    Qualification,
    Relation,
    ReportKind,
    SchoolStage,
    Sex,
    Situation,
    Skill,
    SpecialNeed,
    StaffRole,
    age_on,
    ground_of,
    of_age_from,
)
from left_behind.samples import synthetic
from left_behind.testing._records import DrawChooser

__all__ = [
    "ADULT",
    "ARRANGEMENTS",
    "CARER_BIRTH",
    "ON",
    "POLICY",
    "SINCE",
    "UNDER_8",
    "UNDER_14",
    "UNDER_16",
    "VIOLATION_KINDS",
    "Case",
    "carer",
    "cases",
    "child",
    "compliant_children",
    "compliant_homes",
    "compliant_pairings",
    "compliant_staff",
    "compliant_volunteers",
    "days",
    "needs_pairing",
    "registers",
    "turning",
    "violations",
    "weekly",
]

# The ages the law fixes, named once; every other boundary is a policy setting,
# read from POLICY so that the tests follow a changed default.
UNDER_8 = 8
"""MPL art. 21: a child under 8 is never left unattended or with an unfit carer."""

UNDER_14 = 14
"""PIPL art. 28 and 31: the data of a child under 14 is processed with a guardian's consent."""

UNDER_16 = 16
"""MPL art. 21: a child under 16 never lives alone."""

ADULT = ADULT_FROM
"""Civil Code art. 17: an adult from 18; the rules protect minors, and a carer is an adult."""

POLICY = Policy()
"""The default policy: notice days, contact gap, look-back, the child's view age..."""

ON = samples.REFERENCE_DATE
"""The default check date (1 September 2026)."""

SINCE = dt.date(2026, 3, 1)
"""The default day the parents left and entrusted the child."""

CARER_BIRTH = dt.date(1964, 6, 1)
"""The default carer's birth date: a grandparent in their sixties."""

_AWAY = Situation.WORKING_AWAY
_HOME = Situation.AT_HOME


def days(n: int) -> dt.timedelta:
    """``n`` days."""
    return dt.timedelta(days=n)


def turning(age: int, on: dt.date = ON) -> dt.date:
    """The birth date of someone whose ``age``-th birthday is ``on``.

    On that day the person is still ``age - 1``, and ``age`` from the day
    after (SPC 2006 art. 2); one born a day earlier is ``age`` on ``on``.
    """
    try:
        return on.replace(year=on.year - age)
    except ValueError:  # 29 February: born on 28 February of a common year
        return dt.date(on.year - age, 2, 28)


def carer(**changes: Any) -> EntrustedCarer:
    """A healthy adult paternal grandparent with a clean record, with ``changes``."""
    base: dict[str, Any] = {
        "name": "示例奶奶",
        "relation": Relation.PATERNAL_GRANDPARENT,
        "birth_date": CARER_BIRTH,
    }
    return EntrustedCarer(**{**base, **changes})


def weekly(
    role: ParentRole,
    first: dt.date,
    last: dt.date,
    *,
    every: int = POLICY.contact_gap_days,
    party: ContactParty = ContactParty.BOTH,
    mode: ContactMode = ContactMode.CALL,
) -> list[ContactEvent]:
    """Contacts of one parent on ``first + every``, ``first + 2 * every``... up to ``last``.

    By default ``every`` is the policy's longest gap (a week): the log keeps the rule.
    """
    events = []
    day = first + days(every)
    while day <= last:
        events.append(ContactEvent(on=day, parent=role, party=party, mode=mode))
        day += days(every)
    return events


def _parent(role: ParentRole, situation: Situation | None, since: dt.date) -> Parent | None:
    if situation is None:
        return None
    if situation is _HOME:
        return Parent(role=role)
    return Parent(role=role, situations=(ParentSituation(situation=situation, since=since),))


def _care(
    birth_date: dt.date,
    on: dt.date,
    father: Situation | None,
    mother: Situation | None,
    since: dt.date,
) -> tuple[CareArrangement, ...]:
    if father is _HOME or mother is _HOME:
        kind = {
            (True, True): GuardianshipType.BOTH_PARENTS,
            (True, False): GuardianshipType.FATHER_ONLY,
            (False, True): GuardianshipType.MOTHER_ONLY,
        }[(father is _HOME, mother is _HOME)]
        return (CareArrangement(guardianship=kind, since=birth_date),)
    start = max(since, birth_date)
    told = min(start + days(5), max(on, start))
    entrusted = CareArrangement(
        guardianship=GuardianshipType.PATERNAL_GRANDPARENTS,
        since=start,
        carer=carer(),
        agreement_signed_on=start,
        school_notified_on=told,
        village_notified_on=told,
        child_heard_on=start,
    )
    if start > birth_date:
        before = CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=birth_date)
        return (before, entrusted)
    return (entrusted,)


def _consent_giver(father: Situation | None, mother: Situation | None) -> ConsentGiver:
    gone = (None, Situation.DECEASED, Situation.MISSING, Situation.GUARDIANSHIP_REVOKED)
    if mother not in gone:
        return ConsentGiver.MOTHER
    if father not in gone:
        return ConsentGiver.FATHER
    return ConsentGiver.GUARDIAN


def child(
    *,
    birth_date: dt.date,
    on: dt.date = ON,
    father: Situation | None = _AWAY,
    mother: Situation | None = _AWAY,
    since: dt.date = SINCE,
    **changes: Any,
) -> Child:
    """A child that breaks no rule on ``on``, then ``changes`` applied with ``attrs.evolve``.

    ``father`` and ``mother`` are situations from ``since`` (``AT_HOME``: at home
    all along; ``None``: no record). With a parent at home the child lives with
    the parents; otherwise with the paternal grandmother, entrusted on ``since``
    (or at birth) with notices five days later and the child heard that day.
    Each parent working away calls the child and the carer weekly up to
    ``on``; the mother (or the father) consented to registration at birth.
    """
    parents = tuple(
        p
        for p in (
            _parent(ParentRole.FATHER, father, since),
            _parent(ParentRole.MOTHER, mother, since),
        )
        if p is not None
    )
    contacts: list[ContactEvent] = []
    for role, situation in ((ParentRole.FATHER, father), (ParentRole.MOTHER, mother)):
        if situation is _AWAY:
            contacts += weekly(role, since, on)
    base = Child(
        id="T-001",
        name="示例儿童",
        sex=Sex.FEMALE,
        birth_date=birth_date,
        county="示例县",
        township="示例镇",
        village="示例村",
        stage=synthetic.school_stage(age_on(birth_date, on)),
        parents=parents,
        care=_care(birth_date, on, father, mother, since),
        contacts=tuple(contacts),
        consents=(
            Consent(
                given_by=_consent_giver(father, mother),
                on=birth_date,
                purposes=frozenset({Purpose.REGISTRATION}),
            ),
        ),
    )
    return attrs.evolve(base, **changes)


# --- Hypothesis: compliant children -------------------------------------------

_FIRST_ON = dt.date(2022, 1, 1)
_LAST_ON = dt.date(2030, 12, 31)
# every situation in which a parent is neither at home nor working away, or none recorded
_UNABLE = (*(s for s in Situation if s not in (_AWAY, _HOME)), None)
_ENTRUSTED = {
    GuardianshipType.PATERNAL_GRANDPARENTS: (Relation.PATERNAL_GRANDPARENT, 45, 69),
    GuardianshipType.MATERNAL_GRANDPARENTS: (Relation.MATERNAL_GRANDPARENT, 45, 69),
    GuardianshipType.ELDER_SIBLING: (Relation.ELDER_SIBLING, ADULT, 30),
    GuardianshipType.OTHER_RELATIVES: (Relation.UNCLE_AUNT, 22, 60),
    GuardianshipType.UNRELATED_CARER: (Relation.UNRELATED_ADULT, 25, 65),
}
ARRANGEMENTS = (
    "both_home",
    "one_home",
    "returned",
    "both_away",
    "away_and_unable",
    "institution",
    "orphan",
)
"""The family situations :func:`compliant_children` draws from."""


def _birth_for(
    draw: st.DrawFn, on: dt.date, age: int, *, not_after: dt.date | None = None
) -> dt.date:
    """A birth date that makes someone exactly ``age`` on ``on`` (and not after ``not_after``)."""
    # the ``age``-th birthday yesterday at the latest, the next one today at the earliest
    latest = turning(age, on) - days(1)
    if age_on(latest, on) < age:
        # on 1 March of a common year, one born on 29 February of the year ``age``
        # before had the birthday yesterday, 28 February (Civil Code art. 202)
        latest -= days(1)
    if not_after is not None:
        latest = min(latest, not_after)
    earliest = turning(age + 1, on)
    if age_on(earliest, on) > age:
        # on 29 February, one born on 28 February of the year ``age + 1`` before had
        # that birthday yesterday
        earliest += days(1)
    birth = draw(st.dates(earliest, latest))
    assert age_on(birth, on) == age
    return birth


def _paper_day(draw: st.DrawFn, start: dt.date, on: dt.date, within: int) -> dt.date:
    """A day from ``start`` to ``start + within``, not after ``on``."""
    last = min(start + days(within), on)
    return draw(st.dates(start, max(start, last)))


def _contact_log(
    draw: st.DrawFn, role: ParentRole, first: dt.date, on: dt.date, with_carer: bool
) -> list[ContactEvent]:
    """Contacts at most the policy's gap apart from ``first`` to ``on``: both at once, or apart."""
    gap = POLICY.contact_gap_days
    mode = draw(st.sampled_from(ContactMode))
    if not with_carer or draw(st.booleans()):
        return weekly(role, first, on, every=draw(st.integers(1, gap)), mode=mode)
    return weekly(
        role, first, on, every=draw(st.integers(1, gap)), party=ContactParty.CHILD, mode=mode
    ) + weekly(
        role, first, on, every=draw(st.integers(1, gap)), party=ContactParty.CARER, mode=mode
    )


def _entrusted(
    draw: st.DrawFn, birth: dt.date, start: dt.date, on: dt.date, *, adult_only: bool = True
) -> CareArrangement:
    kind = draw(st.sampled_from(sorted(_ENTRUSTED, key=lambda k: k.value)))
    relation, youngest, oldest = _ENTRUSTED[kind]
    carer_age = draw(st.integers(youngest, oldest))
    heard: dt.date | None = _paper_day(draw, start, on, 30)
    if age_on(birth, start) < POLICY.child_view_age and draw(st.booleans()):
        heard = None  # too young to be asked: nothing to record
    school: dt.date | None = _paper_day(draw, start, on, POLICY.notice_days)
    return CareArrangement(
        guardianship=kind,
        since=start,
        carer=EntrustedCarer(
            name=synthetic.name(DrawChooser(draw)),
            relation=relation,
            birth_date=_birth_for(draw, on, carer_age),
            sex=draw(st.sampled_from(Sex)),
        ),
        agreement_signed_on=start,
        school_notified_on=school,
        village_notified_on=_paper_day(draw, start, on, POLICY.notice_days),
        child_heard_on=heard,
    )


@st.composite
def compliant_children(
    draw: st.DrawFn,
    *,
    on: dt.date | None = None,
    child_id: str = "T-001",
    arrangements: Sequence[str] = ARRANGEMENTS,
    min_age: int = 0,
    max_age: int = ADULT - 1,
    min_days_since: int = 0,
) -> tuple[Child, dt.date]:
    """A child and a check date (``on``, or drawn) on which the child breaks no rule.

    ``min_days_since`` is the least number of days between the current
    arrangement's start (or the parents' leaving) and the check date.
    """
    if on is None:
        on = draw(st.dates(_FIRST_ON, _LAST_ON))
    age = draw(st.integers(min_age, max_age))
    birth = _birth_for(draw, on, age, not_after=on - days(min_days_since))
    arrangement = draw(st.sampled_from(arrangements))
    latest_start = on - days(min_days_since)
    assert latest_start >= birth, "min_days_since is longer than the child's life"
    start = draw(st.dates(max(birth, on - days(400)), latest_start))

    parents: list[Parent] = []
    care: list[CareArrangement] = []
    contacts: list[ContactEvent] = []
    guardian: LegalGuardian | None = None
    giver = ConsentGiver.MOTHER

    def situation(role: ParentRole, what: Situation, until: dt.date | None = None) -> Parent:
        return Parent(
            role=role,
            situations=(ParentSituation(situation=what, since=start, until=until),),
        )

    if arrangement == "both_home":
        parents = [Parent(role=ParentRole.FATHER), Parent(role=ParentRole.MOTHER)]
        care = [CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=birth)]
    elif arrangement in ("one_home", "returned"):
        home = draw(st.sampled_from(ParentRole))
        other = ParentRole.MOTHER if home is ParentRole.FATHER else ParentRole.FATHER
        if arrangement == "returned":  # away once, back home before the check date
            until = draw(st.dates(start, on - days(1))) if start < on else None
            what = situation(other, _AWAY, until) if until else Parent(role=other)
        else:
            what = situation(other, _AWAY)
            if draw(st.booleans()):  # a parent at home: the weekly rule does not apply
                contacts = _contact_log(draw, other, start, on, with_carer=False)
        parents = [Parent(role=home), what]
        kind = (
            GuardianshipType.FATHER_ONLY
            if home is ParentRole.FATHER
            else GuardianshipType.MOTHER_ONLY
        )
        care = [CareArrangement(guardianship=kind, since=birth)]
        giver = ConsentGiver(home.value)
    elif arrangement in ("both_away", "away_and_unable", "institution"):
        away_role = draw(st.sampled_from(ParentRole))
        other_role = ParentRole.MOTHER if away_role is ParentRole.FATHER else ParentRole.FATHER
        other_what = draw(st.sampled_from(_UNABLE)) if arrangement == "away_and_unable" else _AWAY
        parents = [situation(away_role, _AWAY)]
        if other_what is not None:
            parents.append(situation(other_role, other_what))
        if other_what is not _AWAY:
            giver = ConsentGiver(away_role.value)
        if arrangement == "institution":
            care = [
                CareArrangement(
                    guardianship=GuardianshipType.INSTITUTION,
                    since=start,
                    institution=synthetic.institution(DrawChooser(draw)),
                )
            ]
        else:
            care = [_entrusted(draw, birth, start, on)]
        for p in parents:
            if p.situations[0].situation is _AWAY:
                contacts += _contact_log(
                    draw, p.role, start, on, with_carer=arrangement != "institution"
                )
        if start > birth:
            care.insert(0, CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=birth))
    else:  # orphan: both parents dead, a legal guardian in the legal order
        second = draw(
            st.sampled_from((Situation.DECEASED, Situation.MISSING, Situation.INCAPACITATED))
        )
        parents = [
            situation(ParentRole.FATHER, Situation.DECEASED),
            situation(ParentRole.MOTHER, second),
        ]
        kind = draw(st.sampled_from(GuardianKind))
        approved = kind in (GuardianKind.OTHER_PERSON, GuardianKind.ORGANIZATION)
        names = DrawChooser(draw)
        guardian = LegalGuardian(
            kind=kind,
            name=synthetic.organization(names)
            if kind is GuardianKind.ORGANIZATION
            else synthetic.name(names),
            since=start,
            approved_by=draw(st.sampled_from(ApprovalBody)) if approved else None,
            approved_on=start if approved else None,
            # the grandparents come first (Civil Code art. 27): any other guardian by
            # the agreement of those qualified (art. 30)
            agreed_on=None if kind is GuardianKind.GRANDPARENT else start,
        )
        care = [_entrusted(draw, birth, start, on)]
        if start > birth:
            care.insert(0, CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=birth))
        giver = ConsentGiver.GUARDIAN

    basis = draw(st.sampled_from(LawfulBasis))
    consents: tuple[Consent, ...] = ()
    if basis is LawfulBasis.CONSENT:
        purposes = draw(st.frozensets(st.sampled_from(Purpose))) | {Purpose.REGISTRATION}
        consents = (Consent(given_by=giver, on=birth, purposes=purposes),)
    reports: tuple[ReportEvent, ...] = ()
    if draw(st.booleans()):
        found = draw(st.dates(birth, on))
        reported = draw(st.none() | st.dates(found, found + days(3)))
        if reported is None or reported > on:
            found, reported = on, None  # found today: not overdue yet
        reports = (
            ReportEvent(
                kind=draw(st.sampled_from(ReportKind)), discovered_on=found, reported_on=reported
            ),
        )
    in_school = draw(st.booleans())
    current = care[-1]
    if current.is_entrusted and not in_school:
        care[-1] = attrs.evolve(current, school_notified_on=draw(st.none() | st.just(start)))
    stage = (
        synthetic.school_stage(age)
        if in_school
        else draw(st.sampled_from((SchoolStage.NOT_IN_KINDERGARTEN, SchoolStage.OUT_OF_SCHOOL)))
    )
    contacts.sort(key=lambda c: (c.on, c.parent.value, c.party.value))
    names = DrawChooser(draw)
    made = Child(
        id=child_id,
        name=synthetic.name(names),
        sex=draw(st.sampled_from(Sex)),
        birth_date=birth,
        county=synthetic.county(names),
        township=synthetic.township(names),
        village=synthetic.village(names),
        stage=stage,
        special_needs=draw(st.frozensets(st.sampled_from(SpecialNeed))),
        living=draw(
            st.sampled_from((LivingArrangement.WITH_CARER, LivingArrangement.BOARDING_SCHOOL))
        ),
        parents=tuple(parents),
        care=tuple(care),
        guardian=guardian,
        contacts=tuple(contacts),
        reports=reports,
        lawful_basis=basis,
        consents=consents,
    )
    return made, on


# --- Hypothesis: one violation ------------------------------------------------


@attrs.frozen
class Case:
    """A child with one breach: the rule it breaks and how many findings to expect.

    ``count`` is None when the number depends on the family (a guardian
    named while both parents live gives one finding per parent).
    """

    child: Child
    on: dt.date
    kind: str
    rule_id: str
    count: int | None


_WITH_CARER = ("both_away", "away_and_unable", "orphan")
_AWAY_WITH_CARER = ("both_away", "away_and_unable")
_PARENTS_AWAY = ("both_away", "away_and_unable", "institution")


def _with_contacts(
    child_: Child, on: dt.date, role: ParentRole, first: dt.date, length: int
) -> Child:
    """The child with the parent's contacts from ``first`` for ``length`` days removed."""
    last = first + days(length - 1)
    assert last <= on
    kept = tuple(c for c in child_.contacts if c.parent is not role or not first <= c.on <= last)
    return attrs.evolve(child_, contacts=kept)


def _disqualifying(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(compliant_children(on=on, arrangements=_WITH_CARER))
    found = draw(st.lists(st.sampled_from(Misconduct), min_size=1, max_size=4))
    records = tuple(MisconductRecord(misconduct=m) for m in found)
    current = made.care[-1]
    assert current.carer is not None
    care = (
        *made.care[:-1],
        attrs.evolve(current, carer=attrs.evolve(current.carer, records=records)),
    )
    grounds = {ground_of(m) for m in found}
    return Case(
        attrs.evolve(made, care=care), on, "disqualifying", "MPL-22-disqualified", len(grounds)
    )


def _missing_notice(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(
        compliant_children(on=on, arrangements=_WITH_CARER, min_days_since=POLICY.notice_days + 1)
    )
    current = made.care[-1]
    fields = ["village_notified_on"]
    if current.school_notified_on is not None and made.stage.in_school:
        fields.append("school_notified_on")
    dropped = draw(st.lists(st.sampled_from(fields), min_size=1, unique=True))
    cleared: dict[str, Any] = dict.fromkeys(dropped)
    care = (*made.care[:-1], attrs.evolve(current, **cleared))
    return Case(attrs.evolve(made, care=care), on, "missing notice", "MPL-23-notice", len(dropped))


def _late_notice(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(
        compliant_children(on=on, arrangements=_WITH_CARER, min_days_since=POLICY.notice_days + 1)
    )
    current = made.care[-1]
    late = draw(st.dates(current.since + days(POLICY.notice_days + 1), on))
    care = (*made.care[:-1], attrs.evolve(current, village_notified_on=late))
    return Case(attrs.evolve(made, care=care), on, "late notice", "MPL-23-notice", 1)


def _contact_gap(draw: st.DrawFn, on: dt.date | None) -> Case:
    gap = POLICY.contact_gap_days
    made, on = draw(compliant_children(on=on, arrangements=_PARENTS_AWAY, min_days_since=gap + 2))
    away = [p for p in made.parents if (s := p.situation_on(on)) and s.situation is _AWAY]
    parent = draw(st.sampled_from(away))
    start = max(parent.situations[0].since, on - days(POLICY.contact_lookback_days))
    length = draw(st.integers(gap + 1, 30))
    length = min(length, (on - start).days)
    first = draw(st.dates(start + days(1), on - days(length - 1)))
    gapped = _with_contacts(made, on, parent.role, first, length)
    # one finding for the parent, whether silent or with gaps with the child and the carer
    return Case(gapped, on, "contact gap", "MPL-23-weekly-contact", 1)


def _missing_consent(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(compliant_children(on=on, max_age=UNDER_14 - 1))
    changed = attrs.evolve(made, lawful_basis=LawfulBasis.CONSENT, consents=())
    return Case(changed, on, "missing consent", "PIPL-31-consent", 1)


def _withdrawn_consent(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(compliant_children(on=on, max_age=UNDER_14 - 1))
    consent = Consent(
        given_by=ConsentGiver.GUARDIAN if made.guardian else ConsentGiver.MOTHER,
        on=made.birth_date,
        purposes=frozenset({Purpose.REGISTRATION}),
        withdrawn_on=draw(st.dates(made.birth_date, on)),
    )
    changed = attrs.evolve(made, lawful_basis=LawfulBasis.CONSENT, consents=(consent,))
    return Case(changed, on, "withdrawn consent", "PIPL-31-consent", 1)


def _unreported(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(compliant_children(on=on, min_days_since=1))
    event = ReportEvent(
        kind=draw(st.sampled_from(ReportKind)),
        discovered_on=draw(st.dates(made.birth_date, on - days(1))),
    )
    changed = attrs.evolve(made, reports=(*made.reports, event))
    return Case(changed, on, "unreported", "GF16-report", 1)


def _minor_carer(draw: st.DrawFn, on: dt.date | None) -> Case:
    # from 8: a younger child with a minor carer is also unattended (MPL-21)
    made, on = draw(compliant_children(on=on, arrangements=_AWAY_WITH_CARER, min_age=UNDER_8))
    current = made.care[-1]
    assert current.carer is not None
    birth = _birth_for(draw, on, draw(st.integers(12, ADULT - 1)))
    care = (
        *made.care[:-1],
        attrs.evolve(current, carer=attrs.evolve(current.carer, birth_date=birth)),
    )
    changed = attrs.evolve(made, care=care, special_needs=frozenset())
    return Case(changed, on, "minor carer", "MPL-22-must-entrust", 1)


def _ill_carer(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(compliant_children(on=on, arrangements=_AWAY_WITH_CARER))
    current = made.care[-1]
    assert current.carer is not None
    health = draw(
        st.sampled_from(
            (
                HealthCondition.SERIOUS_ILLNESS,
                HealthCondition.SEVERE_DISABILITY,
                HealthCondition.MENTAL_DISORDER,
            )
        )
    )
    sick = attrs.evolve(current.carer, health=frozenset({health}))
    care = (*made.care[:-1], attrs.evolve(current, carer=sick))
    return Case(attrs.evolve(made, care=care), on, "ill carer", "MPL-22-must-entrust", 1)


def _infectious_carer(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(compliant_children(on=on, arrangements=_WITH_CARER, max_age=UNDER_8 - 1))
    current = made.care[-1]
    assert current.carer is not None
    sick = attrs.evolve(
        current.carer, health=frozenset({HealthCondition.SERIOUS_INFECTIOUS_DISEASE})
    )
    care = (*made.care[:-1], attrs.evolve(current, carer=sick))
    return Case(attrs.evolve(made, care=care), on, "infectious carer", "MPL-21-unattended", 1)


def _living_alone(draw: st.DrawFn, on: dt.date | None) -> Case:
    # from 8: a younger child alone is also unattended (MPL-21)
    made, on = draw(compliant_children(on=on, min_age=UNDER_8, max_age=UNDER_16 - 1))
    living = draw(st.sampled_from((LivingArrangement.ALONE, LivingArrangement.WITH_MINOR_SIBLINGS)))
    # reported to the police at once (GF16-report): only the placement is left to do
    report = ReportEvent(kind=ReportKind.LIVING_ALONE, discovered_on=on, reported_on=on)
    changed = attrs.evolve(
        made, living=living, special_needs=frozenset(), reports=(*made.reports, report)
    )
    return Case(changed, on, "living alone", "MPL-21-living-alone", 1)


def _unheard(draw: st.DrawFn, on: dt.date | None) -> Case:
    view_age = POLICY.child_view_age
    made, on = draw(compliant_children(on=on, arrangements=_WITH_CARER, min_age=view_age + 1))
    current = made.care[-1]
    if age_on(made.birth_date, current.since) < view_age:
        # entrusted when younger: restart the arrangement on the birthday the policy asks from
        start = of_age_from(made.birth_date, view_age)
        current = attrs.evolve(
            current,
            since=start,
            agreement_signed_on=start,
            school_notified_on=start if current.school_notified_on else None,
            village_notified_on=start,
        )
        earlier = tuple(a for a in made.care[:-1] if a.since < start)
        made = attrs.evolve(made, care=(*earlier, current))
    care = (*made.care[:-1], attrs.evolve(current, child_heard_on=None))
    return Case(attrs.evolve(made, care=care), on, "unheard", "MPL-22-child-view", 1)


def _unapproved_guardian(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(compliant_children(on=on, arrangements=("orphan",)))
    kind = draw(st.sampled_from((GuardianKind.OTHER_PERSON, GuardianKind.ORGANIZATION)))
    assert made.guardian is not None
    guardian = attrs.evolve(
        made.guardian,
        kind=kind,
        approved_by=None,
        approved_on=None,
        agreed_on=made.guardian.since,
        birth_date=None,
    )
    changed = attrs.evolve(made, guardian=guardian)
    return Case(changed, on, "unapproved guardian", "CC-27-guardian-order", 1)


def _minor_guardian(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(compliant_children(on=on, arrangements=("orphan",)))
    assert made.guardian is not None
    kind = draw(st.sampled_from((GuardianKind.ELDER_SIBLING, GuardianKind.OTHER_PERSON)))
    guardian = attrs.evolve(
        made.guardian,
        kind=kind,
        birth_date=_birth_for(draw, on, draw(st.integers(12, ADULT - 1))),
        approved_by=ApprovalBody.VILLAGE_COMMITTEE,
        approved_on=made.guardian.since,
        agreed_on=made.guardian.since,
    )
    return Case(
        attrs.evolve(made, guardian=guardian), on, "minor guardian", "CC-27-guardian-order", 1
    )


def _guardian_without_agreement(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(compliant_children(on=on, arrangements=("orphan",)))
    assert made.guardian is not None
    kind = draw(st.sampled_from((GuardianKind.ELDER_SIBLING, GuardianKind.OTHER_PERSON)))
    guardian = attrs.evolve(
        made.guardian,
        kind=kind,
        approved_by=ApprovalBody.VILLAGE_COMMITTEE,
        approved_on=made.guardian.since,
        agreed_on=None,
        birth_date=None,
    )
    # the grandparent who looks after the child comes first in the order
    current = made.care[-1]
    assert current.carer is not None
    carer = attrs.evolve(current.carer, relation=Relation.PATERNAL_GRANDPARENT)
    care = (
        *made.care[:-1],
        attrs.evolve(current, carer=carer, guardianship=GuardianshipType.PATERNAL_GRANDPARENTS),
    )
    changed = attrs.evolve(made, guardian=guardian, care=care)
    return Case(changed, on, "guardian without agreement", "CC-30-guardian-agreement", 1)


def _guardian_out_of_order(draw: st.DrawFn, on: dt.date | None) -> Case:
    made, on = draw(
        compliant_children(on=on, arrangements=("both_home", "one_home", "returned", "both_away"))
    )
    guardian = LegalGuardian(
        kind=GuardianKind.GRANDPARENT, name=synthetic.name(DrawChooser(draw)), since=made.birth_date
    )
    changed = attrs.evolve(made, guardian=guardian)
    return Case(changed, on, "guardian out of order", "CC-27-guardian-order", len(made.parents))


_KINDS = {
    "disqualifying": _disqualifying,
    "missing notice": _missing_notice,
    "late notice": _late_notice,
    "contact gap": _contact_gap,
    "missing consent": _missing_consent,
    "withdrawn consent": _withdrawn_consent,
    "unreported": _unreported,
    "minor carer": _minor_carer,
    "ill carer": _ill_carer,
    "infectious carer": _infectious_carer,
    "living alone": _living_alone,
    "unheard": _unheard,
    "unapproved guardian": _unapproved_guardian,
    "guardian out of order": _guardian_out_of_order,
    "minor guardian": _minor_guardian,
    "guardian without agreement": _guardian_without_agreement,
}
VIOLATION_KINDS = tuple(_KINDS)
"""Every kind of breach :func:`violations` can draw."""


@st.composite
def violations(
    draw: st.DrawFn, *, on: dt.date | None = None, kinds: Iterable[str] = VIOLATION_KINDS
) -> Case:
    """A compliant child with one breach of a kind drawn from ``kinds``, checked on ``on``."""
    kind = draw(st.sampled_from(tuple(kinds)))
    return _KINDS[kind](draw, on)


# --- Hypothesis: registers ----------------------------------------------------


@st.composite
def cases(draw: st.DrawFn) -> tuple[Child, dt.date]:
    """A compliant child or one with a breach, and a check date."""
    if draw(st.booleans()):
        return draw(compliant_children())
    case = draw(violations())
    return case.child, case.on


@st.composite
def registers(draw: st.DrawFn, *, max_size: int = 5) -> tuple[Register, dt.date]:
    """A register of children, some compliant and some not, all checked on one date.

    The children are drawn each with its own date; the register is checked on
    the latest of them, so earlier children may have findings of their own
    (contacts stopped, notices due): that is the point of mixing them.
    """
    drawn = draw(st.lists(cases(), min_size=1, max_size=max_size))
    on = max(d for _, d in drawn)
    children = tuple(attrs.evolve(c, id=f"T-{i + 1:03d}") for i, (c, _) in enumerate(drawn))
    return Register(name=synthetic.home(DrawChooser(draw)), children=children), on


# --- Hypothesis: people, pairings and homes -------------------------------------------

_STEP = (7, 15)
"""The days between a compliant pairing's meetings: two fall in its first month (the
first on its start), and no gap comes near ``meeting_gap_days``."""

_PAIRED_FOR = 300
"""The most days before the check date a compliant pairing started: within the year a
background check holds (``background_check_days``), so one check before the first
pairing covers every start and the check date."""

# the roles an adult mentor takes, with what makes them suited to it (VOL art. 15)
_ADULT_ROLES = (
    MentorRole.TEACHER,
    MentorRole.FIVE_ELDERS_TUTOR,
    MentorRole.CARING_MOTHER,
    MentorRole.PROXY_PARENT,
)
_ELDERS = tuple(sorted(FIVE_ELDERS, key=lambda b: b.value))


def needs_pairing(child: Child, on: dt.date, policy: Policy = POLICY) -> bool:
    """Whether the home must pair ``child`` on ``on``: left-behind or de-facto unsupported."""
    status = classify(child, on=on, policy=policy).status
    return status in (ChildStatus.LEFT_BEHIND, ChildStatus.DE_FACTO_UNSUPPORTED)


def _cleared(draw: st.DrawFn, first: dt.date, last: dt.date) -> tuple[BackgroundCheck, ...]:
    """One clear check from ``first`` to ``last``, and perhaps a later clear one."""
    checked = draw(st.dates(first, last))
    again = draw(st.none() | st.dates(checked, last))
    days_ = (checked,) if again is None or again == checked else (checked, again)
    return tuple(BackgroundCheck(on=day, result=CheckResult.CLEAR) for day in days_)


@st.composite
def compliant_volunteers(
    draw: st.DrawFn,
    *,
    on: dt.date = ON,
    vid: str = "v-1",
    role: MentorRole | None = None,
    first_contact: dt.date | None = None,
) -> Volunteer:
    """A volunteer who breaks no rule on ``on`` and suits ``role`` (any role if ``None``).

    A pupil for a peer buddy, with the guardian's consent and no check asked; an
    adult for the other roles, checked (clear) within the year before ``on`` and
    before ``first_contact`` (their first pairing's start), trained for
    ``training_hours`` before it.
    """
    role = draw(st.sampled_from(list(MentorRole))) if role is None else role
    contact = on if first_contact is None else first_contact
    sex = draw(st.sampled_from([Sex.FEMALE, Sex.MALE]))
    if role is MentorRole.CARING_MOTHER:
        sex = Sex.FEMALE
    minor = role is MentorRole.PEER_BUDDY and draw(st.booleans())
    age = draw(st.integers(12, ADULT - 1) if minor else st.integers(ADULT, 75))
    birth = _birth_for(draw, on, age, not_after=on)
    joined = draw(st.dates(max(birth, contact - days(3 * 365)), contact))
    places = DrawChooser(draw)
    skills: frozenset[Skill] = frozenset()
    qualifications: frozenset[Qualification] = frozenset()
    if minor:
        background = Background.PUPIL
    elif role is MentorRole.FIVE_ELDERS_TUTOR:
        background = draw(st.sampled_from(_ELDERS))
    elif role is MentorRole.TEACHER:
        background = draw(st.sampled_from([Background.TEACHER, Background.RETIRED_TEACHER]))
    else:
        background = draw(st.sampled_from([b for b in Background if b is not Background.PUPIL]))
    if draw(st.booleans()):
        qualifications = frozenset({Qualification.COUNSELLOR})
    if role is MentorRole.TEACHER and draw(st.booleans()):
        skills = frozenset({Skill.TUTORING})
    trained = draw(st.dates(joined, contact))
    hours = draw(st.integers(2 * POLICY.training_hours, 16)) / 2
    last = on - days(POLICY.background_check_days)
    return Volunteer(
        id=vid,
        name=synthetic.name(places),
        sex=sex,
        birth_date=birth,
        village=synthetic.village(places),
        background=background,
        skills=skills,
        qualifications=qualifications,
        checks=() if minor else _cleared(draw, max(last, birth), min(contact, on)),
        trainings=(Training(on=trained, hours=hours, topic="结对帮扶入门"),),
        joined_on=joined,
        capacity=draw(st.none() | st.integers(1, 3)),
        guardian_consent_on=draw(st.dates(joined, on)) if minor else None,
    )


@st.composite
def compliant_staff(draw: st.DrawFn, *, on: dt.date = ON, sid: str = "s-1") -> Staff:
    """A member of staff aged 20 to 65, joined by ``on``, checked (clear) within the year."""
    birth = _birth_for(draw, on, draw(st.integers(20, 65)), not_after=on)
    joined = draw(st.dates(max(birth + days(18 * 366), on - days(10 * 365)), on))
    return Staff(
        id=sid,
        name=synthetic.name(DrawChooser(draw)),
        sex=draw(st.sampled_from([Sex.FEMALE, Sex.MALE])),
        birth_date=birth,
        role=draw(st.sampled_from(list(StaffRole))),
        checks=_cleared(draw, on - days(POLICY.background_check_days), on),
        joined_on=joined,
    )


def _meetings_from(draw: st.DrawFn, start: dt.date, on: dt.date) -> tuple[Meeting, ...]:
    """Meetings from ``start`` to ``on``, ``_STEP`` days apart at most, some attempts between."""
    held: list[Meeting] = []
    day = start
    while day <= on:
        kind = draw(st.sampled_from(list(MeetingKind)))
        held.append(Meeting(on=day, kind=kind, minutes=draw(st.integers(3, 12)) * 10))
        if draw(st.integers(0, 5)) == 0 and day < on:  # a try that failed counts for nothing
            held.append(Meeting(on=day + days(1), kind=kind, minutes=0, took_place=False))
        day += days(draw(st.integers(*_STEP)))
    return tuple(held)


@st.composite
def compliant_pairings(
    draw: st.DrawFn,
    *,
    on: dt.date = ON,
    pid: str = "p-1",
    child: Child,
    mentors: Sequence[Volunteer],
    role: MentorRole,
    start: dt.date,
    supervisor: str | None = None,
) -> Pairing:
    """A pairing of ``child`` with ``mentors`` in ``role``, under way from ``start`` to ``on``.

    The guardian agreed and the child was heard before the approval; they met on
    the start and every ``_STEP`` days since. ``counselling`` only where a mentor
    is qualified for it; ``supervisor`` (an adult's id) where every mentor is a pupil.
    """
    before = sorted(draw(st.lists(st.integers(0, 20), min_size=3, max_size=3)), reverse=True)
    proposed, consent, approved = (max(child.birth_date, start - days(d)) for d in before)
    qualified = any(Qualification.COUNSELLOR in m.qualifications for m in mentors)
    return Pairing(
        id=pid,
        child=child.id,
        mentors=tuple(m.id for m in mentors),
        role=role,
        supervisor=supervisor,
        counselling=qualified and draw(st.booleans()),
        proposed_on=proposed,
        guardian_consent_on=consent,
        child_view_heard=True,
        approved_on=approved,
        started_on=start,
        meetings=_meetings_from(draw, start, on),
    )


def _closed(draw: st.DrawFn, pairing: Pairing, child: Child, pid: str) -> Pairing:
    """An earlier pairing of the same child and mentors, closed with its reason."""
    closed = draw(
        st.dates(max(child.birth_date, pairing.proposed_on - days(200)), pairing.proposed_on)
    )
    began = max(child.birth_date, closed - days(draw(st.integers(0, 120))))
    return attrs.evolve(
        pairing,
        id=pid,
        proposed_on=began,
        guardian_consent_on=began,
        approved_on=began,
        started_on=began,
        closed_on=closed,
        close_reason=draw(st.sampled_from(list(CloseReason))),
        meetings=(),
    )


@st.composite
def compliant_homes(
    draw: st.DrawFn, *, on: dt.date | None = None, max_children: int = 4
) -> tuple[Home, dt.date]:
    """A home that breaks no rule on its check date (``on``, or drawn), with that date.

    Its children are compliant (:func:`compliant_children`); each who needs a mentor
    has one pairing under way with mentors suited to its role and within their
    capacity, perhaps after an earlier one closed with its reason; the volunteers
    are at least ``volunteer_percent`` of the children; every adult in contact with
    a child was checked (clear) before it and within the year; a pupil mentor has an
    adult supervisor and a child old enough.
    """
    if on is None:
        on = draw(st.dates(_FIRST_ON, _LAST_ON))
    children: list[Child] = []
    for i in range(draw(st.integers(1, max_children))):
        # half of them with parents long away, most of whom need a mentor
        away = draw(st.booleans())
        arrangements = _AWAY_WITH_CARER if away else ARRANGEMENTS
        made, _ = draw(
            compliant_children(
                on=on,
                child_id=f"c-{i + 1}",
                arrangements=arrangements,
                min_age=1,
                min_days_since=200 if away else 0,
            )
        )
        children.append(made)
    staff = [draw(compliant_staff(on=on, sid=f"s-{i + 1}")) for i in range(draw(st.integers(1, 2)))]
    volunteers: list[Volunteer] = []
    serving: dict[MentorRole, list[Volunteer]] = {}
    load: dict[str, int] = {}  # pairings under way per volunteer
    first: dict[str, dt.date] = {}  # the start of each volunteer's first pairing
    pairings: list[Pairing] = []
    for child_ in children:
        if not needs_pairing(child_, on):
            continue
        start = draw(st.dates(max(on - days(_PAIRED_FOR), child_.birth_date + days(30)), on))
        roles = list(_ADULT_ROLES)
        if child_.age_on(on) >= POLICY.peer_only_from_age:
            roles.append(MentorRole.PEER_BUDDY)
        role = draw(st.sampled_from(roles))
        # a volunteer already serving in this role takes the child if they have room,
        # and if the check and the training they had before their first start hold on this one
        free = [
            v
            for v in serving.get(role, [])
            if load[v.id] < (v.capacity or POLICY.mentor_capacity) and first[v.id] <= start
        ]
        if draw(st.booleans()) and free:
            mentor = draw(st.sampled_from(free))
        else:
            vid = f"v-{len(volunteers) + 1}"
            mentor = draw(compliant_volunteers(on=on, vid=vid, role=role, first_contact=start))
            volunteers.append(mentor)
            serving.setdefault(role, []).append(mentor)
            load[mentor.id], first[mentor.id] = 0, start
        load[mentor.id] += 1
        pupil = mentor.age_on(on) < ADULT
        pairing = draw(
            compliant_pairings(
                on=on,
                pid=f"p-{len(pairings) + 1}",
                child=child_,
                mentors=[mentor],
                role=role,
                start=start,
                supervisor=draw(st.sampled_from(staff)).id if pupil else None,
            )
        )
        if draw(st.integers(0, 3)) == 0:
            pairings.append(_closed(draw, pairing, child_, f"p-{len(pairings) + 1}-old"))
        pairings.append(pairing)
    needed = -(-POLICY.volunteer_percent * len(children) // 100)
    while len(volunteers) < needed + draw(st.integers(0, 1)):
        volunteers.append(draw(compliant_volunteers(on=on, vid=f"v-{len(volunteers) + 1}")))
    home = Home(
        name=synthetic.home(DrawChooser(draw)),
        children=tuple(children),
        staff=tuple(staff),
        volunteers=tuple(volunteers),
        pairings=tuple(pairings),
    )
    return home, on
