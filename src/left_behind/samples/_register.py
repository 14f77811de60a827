"""Synthetic registers for demos, docs and tests: no real person's data.

Names, places, identity numbers and phones come from :mod:`left_behind.samples.synthetic`
and keep its promises: names drawn from common characters, identity numbers in
the region ``99`` that no province has, phones in its visibly fake pattern.
Every date is set relative to :data:`REFERENCE_DATE`. The same call always
returns the same register.
"""

from __future__ import annotations

import datetime as dt
import functools
import random

import attrs

from left_behind.kinds import Phone
from left_behind.model import (
    CareArrangement,
    Child,
    Consent,
    ConsentGiver,
    ContactEvent,
    ContactMode,
    ContactParty,
    EntrustedCarer,
    GuardianshipType,
    HealthCondition,
    Home,
    Hukou,
    Interest,
    LivingArrangement,
    Misconduct,
    MisconductRecord,
    Parent,
    ParentRole,
    ParentSituation,
    Purpose,
    Register,
    Relation,
    SchoolStage,
    Sex,
    Situation,
    SpecialNeed,
    birthday_in,
)
from left_behind.samples import synthetic
from left_behind.samples._reference import REFERENCE_DATE

__all__ = ["family", "home", "shicun", "template"]

# The parts of the synthetic lists that the register has always drawn from: the
# same draws from the same options keep every name and every later value the same.
_SURNAMES = synthetic.SURNAMES[:20]
_GIVEN = synthetic.GIVEN_CHARACTERS[:25]
_WORK_PLACES = synthetic.WORK_PLACES[:7]
_SINCE = dt.date(2024, 2, 20)  # the parents left after the 2024 Spring Festival
_NEW_YEAR_2026 = dt.date(2026, 2, 17)  # the Spring Festival of 2026


def _stage(age: int, rng: random.Random) -> SchoolStage:
    usual = synthetic.school_stage(age)
    if usual is SchoolStage.KINDERGARTEN and rng.random() < 0.07:
        return SchoolStage.NOT_IN_KINDERGARTEN
    if usual.value.startswith("senior") and age < 18 and rng.random() < 0.2:
        return SchoolStage.VOCATIONAL
    return usual


def _name(rng: random.Random) -> str:
    return synthetic.name(synthetic.RandomChooser(rng), surnames=_SURNAMES, given=_GIVEN)


def _phone(rng: random.Random, landline: bool = False) -> Phone:
    """A visibly fake mobile, or a landline with ``landline``.

    The draws are those of the random numbers the samples once used, so that
    every other value of the samples stays the same.
    """
    if landline:
        form = rng.randint(500, 999)
        local = rng.randint(2000000, 8999999)
        if form % 2:
            return synthetic.fake_landline(local % 1000, 3)
        return synthetic.fake_landline(local % 10000, 4)
    rng.choice("356789")
    rng.randint(0, 9)
    return synthetic.fake_mobile(rng.randint(0, 99999999) % 10000)


def _away(since: dt.date, rng: random.Random) -> ParentSituation:
    province, city = synthetic.work_place(synthetic.RandomChooser(rng), _WORK_PLACES)
    return ParentSituation(
        situation=Situation.WORKING_AWAY,
        since=since,
        province=province,
        city=city,
        expected_return=dt.date(REFERENCE_DATE.year + 1, 1, 25),
    )


def family(
    *,
    father: str = "working_away",
    mother: str = "working_away",
    age: int = 9,
    on: dt.date = REFERENCE_DATE,
    child_id: str = "demo-1",
) -> Child:
    """A small synthetic child whose parents are in the given situations.

    ``father`` and ``mother`` are :class:`~left_behind.model.Situation` values; each
    situation began on 20 February 2024. The child turned ``age`` on ``on``
    minus 100 days and lives with the paternal grandparents when no parent is
    at home.

    >>> family(father="imprisoned", mother="out_of_contact").parents[1].situations[0].situation
    <Situation.OUT_OF_CONTACT: 'out_of_contact'>
    """
    birth = birthday_in(on - dt.timedelta(days=100), -age)
    parents = []
    for role, kind in ((ParentRole.FATHER, father), (ParentRole.MOTHER, mother)):
        situation = Situation(kind)
        if situation is Situation.AT_HOME:
            parents.append(Parent(role=role))
            continue
        parents.append(
            Parent(role=role, situations=(ParentSituation(situation=situation, since=_SINCE),))
        )
    home = {Situation(father), Situation(mother)} & {Situation.AT_HOME}
    if home:
        care = CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=birth)
    else:
        care = CareArrangement(
            guardianship=GuardianshipType.PATERNAL_GRANDPARENTS,
            since=min(_SINCE, on),
            carer=EntrustedCarer(
                name="赵奶奶",
                relation=Relation.PATERNAL_GRANDPARENT,
                birth_date=dt.date(1960, 5, 4),
            ),
        )
    if care.since < birth:
        care = CareArrangement(guardianship=care.guardianship, since=birth, carer=care.carer)
    return Child(
        id=child_id,
        name="林小雨",
        sex=Sex.FEMALE,
        birth_date=birth,
        county="示例县",
        township="示例镇",
        village="示例村",
        stage=_stage(age, random.Random(age)),
        parents=tuple(parents),
        care=(care,),
    )


# The guardianship mix of the township in the reports: about 60% with
# grandparents, 35% with one parent, 5% with other relatives.
_MIX = (
    (GuardianshipType.PATERNAL_GRANDPARENTS, 40),
    (GuardianshipType.MATERNAL_GRANDPARENTS, 20),
    (GuardianshipType.MOTHER_ONLY, 22),
    (GuardianshipType.FATHER_ONLY, 13),
    (GuardianshipType.OTHER_RELATIVES, 5),
)
_RELATION = {
    GuardianshipType.PATERNAL_GRANDPARENTS: Relation.PATERNAL_GRANDPARENT,
    GuardianshipType.MATERNAL_GRANDPARENTS: Relation.MATERNAL_GRANDPARENT,
    GuardianshipType.OTHER_RELATIVES: Relation.UNCLE_AUNT,
}


def _contacts(
    rng: random.Random,
    roles: list[ParentRole],
    start: dt.date,
    end: dt.date,
    silence: tuple[dt.date, dt.date] | None,
) -> list[ContactEvent]:
    events = []
    for role in roles:
        day = start + dt.timedelta(days=rng.randint(0, 6))
        while day <= end:
            if silence is not None and silence[0] <= day <= silence[1]:
                day = silence[1] + dt.timedelta(days=1)
                continue
            events.append(
                ContactEvent(
                    on=day,
                    parent=role,
                    party=ContactParty.BOTH,
                    mode=rng.choice((ContactMode.CALL, ContactMode.CALL, ContactMode.VIDEO)),
                )
            )
            day += dt.timedelta(days=rng.randint(2, 7))
        if start < _NEW_YEAR_2026 <= end and rng.random() < 0.85:
            # home for the Spring Festival, as the reports say most parents are
            events.append(
                ContactEvent(
                    on=_NEW_YEAR_2026 + dt.timedelta(days=rng.randint(-3, 3)),
                    parent=role,
                    party=ContactParty.BOTH,
                    mode=ContactMode.VISIT,
                )
            )
    events.sort(key=lambda e: (e.on, e.parent.value, e.mode.value))
    return events


# The problems a real register has, at fixed places so that docs can name them.
_PROBLEM_CARERS = {17: Misconduct.GAMBLING, 88: Misconduct.HEAVY_DRINKING}
_LATE_NOTICE = (23, 61)  # written notices that came 40 days after the entrustment
_NO_SCHOOL_NOTICE = 99  # the school was never told
_RARE_CALLERS = (8, 33, 70, 121)  # families who fell silent for a few weeks
_ILL_CARER = 40  # a grandparent now too ill to give care


def _child(i: int, rng: random.Random) -> Child:
    on = REFERENCE_DATE
    band = rng.choices(((0, 5), (6, 13), (14, 15), (16, 17)), weights=(27.8, 58.0, 10.2, 4.0))[0]
    age = rng.randint(*band)
    birth = birthday_in(on, -age) - dt.timedelta(days=rng.randint(1, 364))
    sex = Sex.MALE if rng.random() < 0.545 else Sex.FEMALE
    kind = rng.choices([k for k, _ in _MIX], weights=[w for _, w in _MIX])[0]
    if i in _PROBLEM_CARERS or i in _LATE_NOTICE or i in (_NO_SCHOOL_NOTICE, _ILL_CARER):
        kind = GuardianshipType.PATERNAL_GRANDPARENTS
    left = max(birth, _SINCE - dt.timedelta(days=rng.randint(0, 900)))

    father_sit: list[ParentSituation] = []
    mother_sit: list[ParentSituation] = []
    unsupported = i % 47 == 5  # three children whose parents cannot care for them
    if unsupported:
        father_sit.append(
            ParentSituation(situation=Situation.IMPRISONED, since=left, until=dt.date(2030, 6, 30))
        )
        mother_sit.append(ParentSituation(situation=Situation.OUT_OF_CONTACT, since=left))
        kind = GuardianshipType.PATERNAL_GRANDPARENTS
    else:
        if kind is not GuardianshipType.FATHER_ONLY:
            father_sit.append(_away(left, rng))
        if kind is not GuardianshipType.MOTHER_ONLY:
            mother_sit.append(_away(left, rng))
    father = Parent(
        role=ParentRole.FATHER,
        name=_name(rng),
        phone=_phone(rng),
        situations=tuple(father_sit),
    )
    mother = Parent(
        role=ParentRole.MOTHER,
        name=_name(rng),
        phone=_phone(rng),
        situations=tuple(mother_sit),
    )

    carer = None
    if kind in _RELATION:
        grand = kind is not GuardianshipType.OTHER_RELATIVES
        carer_birth = birth.replace(day=1) - dt.timedelta(
            days=365 * rng.randint(45 if grand else 22, 50 if grand else 30)
        )
        records: tuple[MisconductRecord, ...] = ()
        if i in _PROBLEM_CARERS:
            records = (
                MisconductRecord(misconduct=_PROBLEM_CARERS[i], recorded_on=dt.date(2025, 11, 3)),
            )
        carer = EntrustedCarer(
            name=_name(rng),
            relation=_RELATION[kind],
            birth_date=carer_birth,
            phone=_phone(rng, landline=rng.random() < 0.3),
            health=frozenset({HealthCondition.SERIOUS_ILLNESS}) if i == _ILL_CARER else frozenset(),
            records=records,
        )
    entrusted = carer is not None
    late = 40 if i in _LATE_NOTICE else rng.randint(3, 20)
    care = CareArrangement(
        guardianship=kind,
        since=left,
        carer=carer,
        agreement_signed_on=left if entrusted else None,
        school_notified_on=(left + dt.timedelta(days=late))
        if entrusted and i != _NO_SCHOOL_NOTICE
        else None,
        village_notified_on=(left + dt.timedelta(days=rng.randint(1, 15))) if entrusted else None,
        child_heard_on=left if entrusted and rng.random() < 0.9 else None,
    )
    history = [care]
    if left > birth:
        history.insert(0, CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=birth))

    absent = [
        r
        for r, s in ((ParentRole.FATHER, father_sit), (ParentRole.MOTHER, mother_sit))
        if s and not unsupported
    ]
    silence = None
    if i in _RARE_CALLERS:
        quiet = on - dt.timedelta(days=rng.randint(30, 200))
        silence = (quiet, quiet + dt.timedelta(days=rng.randint(9, 25)))
    log_start = max(left, on - dt.timedelta(days=365))
    contacts = _contacts(rng, absent, log_start, on - dt.timedelta(days=1), silence)

    special = frozenset({SpecialNeed.CHRONIC_ILLNESS}) if i % 37 == 11 else frozenset()
    consent_by = (
        ConsentGiver.MOTHER if mother_sit == [] or rng.random() < 0.5 else ConsentGiver.FATHER
    )
    consents = (
        ()
        if i == 130
        else (
            Consent(
                given_by=consent_by,
                on=left,
                purposes=frozenset({Purpose.REGISTRATION, Purpose.SHARING}),
            ),
        )
    )
    # drawn in the order the fields were always drawn in, so that the sample stays the same
    name = _name(rng)
    hukou = Hukou.RURAL if rng.random() < 0.92 else Hukou.URBAN
    address = synthetic.address(synthetic.RandomChooser(rng), "石村", groups=9, houses=60)
    stage = _stage(age, rng)
    return Child(
        id=f"SC-{i + 1:03d}",
        name=name,
        sex=sex,
        birth_date=birth,
        id_number=synthetic.id_number_of(birth, sex, i),
        hukou=hukou,
        county="示例区",
        township="石桥镇",
        village="石村",
        address=address,
        stage=stage,
        # the village has a kindergarten and a primary school; the township the others
        school=synthetic.school("石村" if age < 12 else "石桥", stage),
        special_needs=special,
        interests=frozenset(rng.sample(list(Interest), k=rng.randint(1, 3))),
        living=LivingArrangement.WITH_CARER,
        parents=(father, mother),
        care=tuple(history),
        contacts=tuple(contacts),
        consents=consents,
        # the census form's facts, from a stream of their own so that adding them left every
        # other fact of the sample as it was
        **synthetic.census_facts(
            synthetic.RandomChooser(20160731 + i),
            birth,
            stage=stage,
            living=LivingArrangement.WITH_CARER,
            hukou_place="示例区石桥镇石村",
        ),
    )


# the samples are frozen and the same on every call: made once, shared by every caller
@functools.cache
def shicun() -> Register:
    """A register like the Shicun village children's happy home's: 142 children.

    The mix follows the reports: most live with grandparents, about a third
    with one parent while the other works away, a few with other relatives,
    and three are de-facto unsupported. It also holds the problems a real
    register has, so the checks have something to show: families that call
    too rarely, entrustment notices that came late or never, and carers with
    a disqualifying record.

    >>> reg = shicun()
    >>> len(reg.children), reg.children[0].id
    (142, 'SC-001')
    >>> shicun() == reg
    True
    """
    rng = random.Random(20160214)
    return Register(
        name="石村儿童快乐家园",
        children=tuple(_child(i, rng) for i in range(142)),
    )


@functools.cache
def home() -> Home:
    """The Shicun children's happy home: the children of :func:`shicun` and their helpers.

    Three staff and a supervision group, 45 volunteers (41 adults in the four
    teams and the caring-mothers club, four pupils), 63 pairings and the three
    partner institutions of the reports, with the problems a real home has: a
    check more than a year old, a check that found a record, a mentor with too
    little training, a pupil volunteer without the guardian's consent, a pupil
    buddy with no adult supervising, meetings that stopped, a pairing closed
    without its reason, a child paired whose parents are home again (given to a
    mentor who then has one child too many), and more left-behind children than
    the mentors' places can take.

    >>> h = home()
    >>> len(h.children), len(h.volunteers), len(h.pairings), len(h.partners)
    (142, 45, 63, 3)
    >>> home() == h
    True
    """
    from left_behind.rules import needs_mentor
    from left_behind.samples._home import build_home

    register = shicun()
    needing = [c.id for c in register.children if needs_mentor(c, REFERENCE_DATE)]
    return build_home(register.children, needing)


def template() -> Register:
    """A register of one synthetic child, to copy the shape of a file from.

    The child is the sample register's child with the most fields filled
    in, so that the register's JSON shows a value of nearly every key of a
    child's file (a key it leaves empty shows its default). Replace the
    values, keep the keys that apply.

    >>> reg = template()
    >>> len(reg.children), reg.children[0] in shicun().children
    (1, True)
    """
    register = shicun()

    def filled(child: Child) -> int:
        return sum(
            getattr(child, a.name) not in (None, (), frozenset()) for a in attrs.fields(Child)
        )

    best = max(register.children, key=filled)  # the first of the fullest
    return Register(name=register.name, children=(best,))
