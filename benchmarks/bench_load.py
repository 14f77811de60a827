"""How fast ``left_behind`` reads and writes JSON, next to pydantic v2.

A script that prints figures, not a test: run it by hand on a quiet machine.

    pip install -e ".[bench]"          # pydantic, for the comparison
    python benchmarks/bench_load.py    # 30,000 children, 5 repeats
    python benchmarks/bench_load.py --records 5000 --repeats 3

It builds a synthetic village register (seeded, so every run reads the same
data; no real person's data: names, places, identity numbers in the fictitious
region ``99`` and phones in a visibly fake pattern all come from
``left_behind.samples.synthetic``) through the library's own constructors, writes it
to JSON, and then times, in microseconds per child record:

- ``from_json``: each child from its own JSON text, one at a time (each
  result dropped before the next, as a service handles one form at a time),
  and the whole register as one document (every record alive at the end, so
  this row also carries the garbage collector's walks over them);
- ``to_json``: the same, the other way;
- the same with pydantic v2 models of the same records and the same checks
  (strict types, no coercion, extra keys forbidden, frozen, enumerations by
  value, ISO dates only, the identity number's check character, real birth
  date and agreement with the record's birth date and sex, the phone
  patterns, chronological situations and care arrangements, the carer
  required and fitting the guardianship type, unique ids, ...);
- the floor: making the same frozen ``attrs`` records from values that
  already have the right Python types (the records still check themselves).

Before timing, the script checks that both sides accept every record, write
the same data, and reject the same handful of broken inputs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import platform
import random
import statistics
import sys
import time
import zoneinfo
from collections.abc import Callable, Iterator
from typing import Annotated, Any

import attrs

import left_behind as lb
from left_behind import (
    CareArrangement,
    Child,
    Consent,
    ContactEvent,
    EntrustedCarer,
    Parent,
    Register,
    ReportEvent,
)
from left_behind.model import (
    CARER_RELATIONS,
    ConsentGiver,
    ContactMode,
    ContactParty,
    GuardianshipType,
    HealthCondition,
    Hukou,
    Interest,
    ParentRole,
    ParentSituation,
    Purpose,
    Relation,
    ReportKind,
    SchoolStage,
    Sex,
    Situation,
    SpecialNeed,
)
from left_behind.samples import REFERENCE_DATE, synthetic

try:
    import pydantic
except ImportError:  # pragma: no cover - depends on the environment
    pydantic = None  # type: ignore[assignment]

INSTALL_HINT = (
    "pydantic is not installed, so only left_behind is timed. For the comparison:\n"
    '    pip install -e ".[bench]"      (or: pip install "pydantic>=2.7")'
)

# --- synthetic data ----------------------------------------------------------

_GRAND = {
    GuardianshipType.PATERNAL_GRANDPARENTS: Relation.PATERNAL_GRANDPARENT,
    GuardianshipType.MATERNAL_GRANDPARENTS: Relation.MATERNAL_GRANDPARENT,
    GuardianshipType.OTHER_RELATIVES: Relation.UNCLE_AUNT,
}
_MIX = (
    (GuardianshipType.PATERNAL_GRANDPARENTS, 45),
    (GuardianshipType.MATERNAL_GRANDPARENTS, 20),
    (GuardianshipType.MOTHER_ONLY, 20),
    (GuardianshipType.FATHER_ONLY, 10),
    (GuardianshipType.OTHER_RELATIVES, 5),
)


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _situations(rng: random.Random, left: dt.date, stays_home: bool) -> tuple[ParentSituation, ...]:
    """Spells of work away, with a return home between them, oldest first."""
    out: list[ParentSituation] = []
    day = left
    spells = rng.choice((1, 2, 2, 3))
    for k in range(spells):
        last = k == spells - 1
        if k % 2 == 0:
            length = rng.randint(300, 1100)
            until = None if last else day + _days(length)
            if until is not None and until >= REFERENCE_DATE - _days(60):
                until, last = None, True
            province, city = synthetic.work_place(synthetic.RandomChooser(rng))
            out.append(
                ParentSituation(
                    situation=Situation.WORKING_AWAY,
                    since=day,
                    until=until,
                    province=province,
                    city=city,
                    expected_return=(
                        (until or dt.date(REFERENCE_DATE.year + 1, 1, 25))
                        if rng.random() < 0.8
                        else None
                    ),
                )
            )
        else:
            length = rng.randint(20, 90)
            until = None if last else day + _days(length)
            out.append(ParentSituation(situation=Situation.AT_HOME, since=day, until=until))
        if until is None:
            break
        day = until + _days(1)
    if stays_home:  # the parent who now looks after the child came back
        back = max(out[-1].since + _days(30), REFERENCE_DATE - _days(rng.randint(60, 400)))
        if out[-1].until is None and back < REFERENCE_DATE:
            last = out.pop()
            out.append(attrs.evolve(last, until=back - _days(1), expected_return=None))
            out.append(ParentSituation(situation=Situation.AT_HOME, since=back))
    return tuple(out)


def _carer(rng: random.Random, relation: Relation, child_birth: dt.date) -> EntrustedCarer:
    people = synthetic.RandomChooser(rng)
    grand = relation is not Relation.UNCLE_AUNT
    years = rng.randint(45, 60) if grand else rng.randint(22, 35)
    birth = child_birth - _days(365 * years + rng.randint(0, 364))
    sex = Sex.FEMALE if rng.random() < 0.6 else Sex.MALE
    health: frozenset[HealthCondition] = frozenset()
    if rng.random() < 0.08:
        health = frozenset(
            {rng.choice((HealthCondition.SERIOUS_ILLNESS, HealthCondition.SEVERE_DISABILITY))}
        )
    return EntrustedCarer(
        name=synthetic.name(people),
        relation=relation,
        birth_date=birth,
        sex=sex,
        id_number=synthetic.id_number(people, birth, sex) if rng.random() < 0.7 else None,
        phone=synthetic.phone(people, mobile=rng.random() >= 0.3),
        health=health,
    )


def make_child(i: int, rng: random.Random) -> Child:
    """One realistic child file, built (and so checked) by the library itself."""
    people = synthetic.RandomChooser(rng)
    age = rng.choices(range(16), weights=[5.5] * 6 + [7.75] * 8 + [5.1] * 2)[0]
    birth = REFERENCE_DATE - _days(365 * age + rng.randint(1, 364))
    sex = Sex.MALE if rng.random() < 0.545 else Sex.FEMALE
    kind = rng.choices([k for k, _ in _MIX], weights=[w for _, w in _MIX])[0]

    left = min(birth + _days(rng.randint(30, 900)), REFERENCE_DATE - _days(120))
    left = max(left, birth + _days(1))
    father = Parent(
        role=ParentRole.FATHER,
        name=synthetic.name(people),
        birth_date=birth - _days(365 * rng.randint(22, 38) + rng.randint(0, 364)),
        phone=synthetic.phone(people, mobile=True),
        situations=_situations(rng, left, kind is GuardianshipType.FATHER_ONLY),
    )
    mother = Parent(
        role=ParentRole.MOTHER,
        name=synthetic.name(people),
        birth_date=birth - _days(365 * rng.randint(20, 35) + rng.randint(0, 364)),
        phone=synthetic.phone(people, mobile=True),
        situations=_situations(
            rng, left + _days(rng.randint(0, 40)), kind is GuardianshipType.MOTHER_ONLY
        ),
    )

    # the care history: with both parents from birth, then with the carer the
    # parents entrusted when they left, sometimes then with another one
    steps: list[tuple[GuardianshipType, dt.date, lb.model.ChangeReason | None]] = []
    arrangements = rng.choice((1, 2, 2, 3))
    if arrangements == 1:
        steps.append((kind, birth, None))
    else:
        steps.append((GuardianshipType.BOTH_PARENTS, birth, None))
        if arrangements == 3:
            first = rng.choice(
                (GuardianshipType.PATERNAL_GRANDPARENTS, GuardianshipType.MATERNAL_GRANDPARENTS)
            )
            steps.append((first, left, lb.model.ChangeReason.PARENT_MIGRATION))
            later = min(left + _days(rng.randint(200, 400)), REFERENCE_DATE - _days(30))
            reason = (
                lb.model.ChangeReason.CARER_ILL_HEALTH
                if first is kind
                else lb.model.ChangeReason.OTHER
            )
            steps.append((kind, max(later, left + _days(1)), reason))
        else:
            steps.append((kind, left, lb.model.ChangeReason.PARENT_MIGRATION))
    care = []
    for gtype, since, reason in steps:
        relation = _GRAND.get(gtype)
        carer = _carer(rng, relation, birth) if relation is not None else None
        entrusted = carer is not None
        care.append(
            CareArrangement(
                guardianship=gtype,
                since=since,
                carer=carer,
                reason=reason,
                agreement_signed_on=since if entrusted else None,
                school_notified_on=since + _days(rng.randint(3, 20)) if entrusted else None,
                village_notified_on=since + _days(rng.randint(1, 15)) if entrusted else None,
                child_heard_on=since if entrusted and (since - birth).days >= 8 * 365 else None,
            )
        )

    contacts: list[ContactEvent] = []
    day = max(birth, REFERENCE_DATE - _days(rng.randint(40, 60)))  # never before the birth
    for _ in range(rng.randint(3, 8)):
        contacts.append(
            ContactEvent(
                on=day,
                parent=rng.choice((ParentRole.FATHER, ParentRole.MOTHER)),
                party=rng.choice((ContactParty.BOTH, ContactParty.BOTH, ContactParty.CHILD)),
                mode=rng.choice((ContactMode.CALL, ContactMode.CALL, ContactMode.VIDEO)),
            )
        )
        day += _days(rng.randint(2, 9))

    reports: tuple[ReportEvent, ...] = ()
    if rng.random() < 0.01:
        # found after the birth: a newborn of the synthetic village has no older report
        found = max(REFERENCE_DATE - _days(rng.randint(5, 100)), birth)
        reports = (
            ReportEvent(
                kind=ReportKind.GUARDIAN_UNABLE,
                discovered_on=found,
                reported_on=found + _days(1) if rng.random() < 0.7 else None,
            ),
        )
    consents = [
        Consent(
            given_by=rng.choice((ConsentGiver.FATHER, ConsentGiver.MOTHER)),
            on=left,
            purposes=frozenset(
                rng.sample(
                    (Purpose.REGISTRATION, Purpose.SHARING, Purpose.PHOTOS), k=rng.randint(1, 3)
                )
            ),
        )
    ]
    if rng.random() < 0.2:
        consents.append(
            Consent(
                given_by=ConsentGiver.MOTHER,
                on=left + _days(100),
                purposes=frozenset({Purpose.REFERRAL}),
                withdrawn_on=left + _days(400) if rng.random() < 0.5 else None,
            )
        )
    village = synthetic.village(people)
    township = synthetic.township(people)
    stage = synthetic.school_stage(age)
    return Child(
        id=f"LB-{i + 1:06d}",
        name=synthetic.name(people),
        sex=sex,
        birth_date=birth,
        id_number=synthetic.id_number(people, birth, sex),
        hukou=Hukou.RURAL if rng.random() < 0.92 else Hukou.URBAN,
        county=synthetic.county(people),
        township=township,
        village=village,
        address=synthetic.address(people, village),
        # a village has a primary school; the middle school is the township's
        school=synthetic.school(township if age >= 12 else village, stage),
        stage=stage,
        special_needs=(
            frozenset({SpecialNeed.CHRONIC_ILLNESS}) if rng.random() < 0.03 else frozenset()
        ),
        interests=frozenset(rng.sample(list(Interest), k=rng.randint(1, 3))),
        parents=(father, mother),
        care=tuple(care),
        contacts=tuple(contacts),
        reports=reports,
        consents=tuple(consents),
    )


def make_register(n: int, seed: int = 20160214) -> Register:
    rng = random.Random(seed)
    return Register(
        name=synthetic.home(synthetic.RandomChooser(rng)),
        children=tuple(make_child(i, rng) for i in range(n)),
    )


# --- the floor: the same records from values that already have their types ---

Node = tuple[type, dict[str, Any], tuple[tuple[str, bool, Any], ...]]


def typed_tree(obj: Any) -> Node:
    """Split a record into constructor arguments; nested records stay as trees."""
    plain: dict[str, Any] = {}
    nested: list[tuple[str, bool, Any]] = []
    for a in attrs.fields(type(obj)):
        value = getattr(obj, a.name)
        if isinstance(value, lb.kinds.Record):
            nested.append((a.name, False, typed_tree(value)))
        elif type(value) is tuple and value and isinstance(value[0], lb.kinds.Record):
            nested.append((a.name, True, tuple(typed_tree(v) for v in value)))
        else:
            plain[a.name] = value
    return type(obj), plain, tuple(nested)


def build(node: Node) -> Any:
    cls, plain, nested = node
    if not nested:
        return cls(**plain)
    kwargs = dict(plain)
    for name, many, sub in nested:
        kwargs[name] = tuple([build(s) for s in sub]) if many else build(sub)
    return cls(**kwargs)


# --- pydantic v2 models with the same checks ---------------------------------


def pydantic_models() -> dict[str, Any]:
    """Models of the same records, as strict as the library's loader."""
    from pydantic import (
        AfterValidator,
        BaseModel,
        BeforeValidator,
        ConfigDict,
        Strict,
        StringConstraints,
        model_validator,
    )
    from pydantic_core import core_schema

    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)

    def check_id(text: str) -> str:
        text = text.upper()
        try:
            dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
        except ValueError:
            raise ValueError("characters 7-14 are not a real birth date") from None
        total = sum(int(c) * w for c, w in zip(text[:17], weights, strict=True))
        if "10X98765432"[total % 11] != text[17]:
            raise ValueError("the check character does not match")
        return text

    def id_birth(text: str) -> dt.date:
        return dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))

    def no_duplicates(value: Any) -> Any:
        # runs on the JSON array (strings), before its items are checked
        if type(value) is list:
            try:
                distinct = len(set(value))
            except TypeError:  # an unhashable item: the item check reports it
                return value
            if distinct != len(value):
                raise ValueError("a value is listed more than once")
        return value

    def unique_set(item: Any) -> Any:
        # lax on the container only (strict mode refuses a list once a
        # function has seen it); the items stay strict
        return Annotated[frozenset[item], Strict(False), BeforeValidator(no_duplicates)]

    class IsoDate:
        """A date written exactly YYYY-MM-DD (plain strict mode also takes "86400")."""

        @classmethod
        def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
            return core_schema.chain_schema(
                [
                    core_schema.str_schema(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", strict=True),
                    core_schema.date_schema(strict=False),
                ]
            )

    Date = Annotated[dt.date, IsoDate]  # noqa: N806
    IdText = Annotated[  # noqa: N806
        str, StringConstraints(pattern=r"^[0-9]{17}[0-9Xx]$"), AfterValidator(check_id)
    ]
    mobile = r"(?:\+86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}"
    landline = r"(?:0[1-9][0-9]{1,2}|\+86[ -]?[1-9][0-9]{1,2})[ -]?[0-9]{7,8}"
    PhoneText = Annotated[str, StringConstraints(pattern=f"^(?:{mobile}|{landline})$")]  # noqa: N806

    zones = zoneinfo.available_timezones()

    def problems(found: list[str]) -> None:
        if found:
            raise ValueError("; ".join(found))

    class Base(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    class PSituation(Base):
        situation: Situation
        since: Date
        until: Date | None = None
        province: str | None = None
        city: str | None = None
        expected_return: Date | None = None
        with_child: bool = False

        @model_validator(mode="after")
        def _rules(self) -> PSituation:
            found = []
            if self.with_child and self.situation is not Situation.WORKING_AWAY:
                found.append("with_child: only a parent working away takes the child")
            if self.until is not None and self.until < self.since:
                found.append("until: ends before it starts")
            if self.situation is not Situation.WORKING_AWAY:
                for name in ("province", "city", "expected_return"):
                    if getattr(self, name) is not None:
                        found.append(f"{name} describes work away")
            if self.situation is Situation.DECEASED and self.until is not None:
                found.append("until: a death has no end date")
            if self.expected_return is not None and self.expected_return < self.since:
                found.append("expected_return: before leaving")
            problems(found)
            return self

    class PCallWindow(Base):
        day: lb.model.Weekday
        start: dt.time
        end: dt.time
        time_zone: str | None = None

        @model_validator(mode="after")
        def _rules(self) -> PCallWindow:
            if self.end <= self.start:
                raise ValueError("end: not after the start")
            if self.time_zone is not None and self.time_zone not in zones:
                raise ValueError("time_zone: not an IANA time zone")
            return self

    class PParent(Base):
        role: ParentRole
        name: str | None = None
        birth_date: Date | None = None
        phone: PhoneText | None = None
        situations: tuple[PSituation, ...] = ()
        call_windows: tuple[PCallWindow, ...] = ()

        @model_validator(mode="after")
        def _rules(self) -> PParent:
            found = []
            s = self.situations
            for i in range(1, len(s)):
                if s[i].since <= s[i - 1].since:
                    found.append(f"situations[{i}].since: not oldest first")
            for i in range(len(s) - 1):
                if s[i].situation is Situation.DECEASED:
                    found.append(f"situations[{i + 1}]: follows the parent's death")
                if s[i].until is not None and s[i].until >= s[i + 1].since:
                    found.append(f"situations[{i}].until: after the next one starts")
            problems(found)
            return self

    class PMisconduct(Base):
        misconduct: lb.model.Misconduct
        recorded_on: Date | None = None

    class PCarer(Base):
        name: str
        relation: Relation
        birth_date: Date
        sex: Sex | None = None
        id_number: IdText | None = None
        phone: PhoneText | None = None
        health: unique_set(HealthCondition) = frozenset()
        lacks_capacity: bool = False
        records: tuple[PMisconduct, ...] = ()
        lives_on_own_earnings: bool = False

        @model_validator(mode="after")
        def _rules(self) -> PCarer:
            found = []
            if not self.name.strip():
                found.append("name: empty")
            n = self.id_number
            if n is not None:
                if id_birth(n) != self.birth_date:
                    found.append("id_number: birth date differs")
                if self.sex is not None and (int(n[16]) % 2 == 1) != (self.sex is Sex.MALE):
                    found.append("id_number: sex differs")
            problems(found)
            return self

    class PGuardian(Base):
        kind: lb.model.GuardianKind
        name: str
        since: Date
        approved_by: lb.model.ApprovalBody | None = None
        approved_on: Date | None = None
        birth_date: Date | None = None
        lacks_capacity: bool = False
        agreed_on: Date | None = None

        @model_validator(mode="after")
        def _rules(self) -> PGuardian:
            found = []
            if not self.name.strip():
                found.append("name: empty")
            if (self.approved_by is None) != (self.approved_on is None):
                found.append("give both who approved the guardian and when, or neither")
            problems(found)
            return self

    class PCare(Base):
        guardianship: GuardianshipType
        since: Date
        carer: PCarer | None = None
        institution: str | None = None
        reason: lb.model.ChangeReason | None = None
        agreement_signed_on: Date | None = None
        school_notified_on: Date | None = None
        village_notified_on: Date | None = None
        child_heard_on: Date | None = None

        @model_validator(mode="after")
        def _rules(self) -> PCare:
            found = []
            fits = CARER_RELATIONS.get(self.guardianship)
            if fits is None and self.carer is not None:
                found.append("carer: this type has no entrusted carer")
            if fits is not None and self.carer is None:
                found.append("carer: this type must name the carer")
            if fits is not None and self.carer is not None and self.carer.relation not in fits:
                found.append("carer.relation: does not fit the type")
            if (
                self.institution is not None
                and self.guardianship is not GuardianshipType.INSTITUTION
            ):
                found.append("institution: only for type 'institution'")
            problems(found)
            return self

    class PContact(Base):
        on: Date
        parent: ParentRole
        party: ContactParty
        mode: ContactMode

    class PReport(Base):
        kind: ReportKind
        discovered_on: Date
        reported_on: Date | None = None

        @model_validator(mode="after")
        def _rules(self) -> PReport:
            if self.reported_on is not None and self.reported_on < self.discovered_on:
                raise ValueError("reported before it was discovered")
            return self

    class PConsent(Base):
        given_by: ConsentGiver
        on: Date
        purposes: unique_set(Purpose)
        withdrawn_on: Date | None = None

        @model_validator(mode="after")
        def _rules(self) -> PConsent:
            found = []
            if not self.purposes:
                found.append("purposes: empty")
            if self.withdrawn_on is not None and self.withdrawn_on < self.on:
                found.append("withdrawn_on: before it was given")
            problems(found)
            return self

    class PChild(Base):
        id: str
        name: str
        sex: Sex
        birth_date: Date
        id_number: IdText | None = None
        hukou: Hukou = Hukou.RURAL
        away_from_hukou_since: Date | None = None
        county: str
        township: str
        village: str
        address: str | None = None
        school: str | None = None
        stage: SchoolStage
        special_needs: unique_set(SpecialNeed) = frozenset()
        interests: unique_set(Interest) = frozenset()
        tutoring: unique_set(lb.model.SchoolSubject) = frozenset()
        needs_counselling: bool = False
        living: lb.model.LivingArrangement = lb.model.LivingArrangement.WITH_CARER
        lives_on_own_earnings: bool = False
        parents: tuple[PParent, ...] = ()
        care: tuple[PCare, ...] = ()
        guardian: PGuardian | None = None
        contacts: tuple[PContact, ...] = ()
        reports: tuple[PReport, ...] = ()
        lawful_basis: lb.model.LawfulBasis = lb.model.LawfulBasis.CONSENT
        consents: tuple[PConsent, ...] = ()

        @model_validator(mode="after")
        def _rules(self) -> PChild:
            found = []
            if not self.id.strip() or self.id != self.id.strip():
                found.append("id: empty or spaces at an end")
            if not self.name.strip():
                found.append("name: empty")
            if not self.county.strip():
                found.append("county: empty")
            if not self.township.strip():
                found.append("township: empty")
            if not self.village.strip():
                found.append("village: empty")
            n = self.id_number
            if n is not None:
                if id_birth(n) != self.birth_date:
                    found.append("id_number: birth date differs")
                if (int(n[16]) % 2 == 1) != (self.sex is Sex.MALE):
                    found.append("id_number: sex differs")
            seen = set()
            for i, p in enumerate(self.parents):
                if p.role in seen:
                    found.append(f"parents[{i}].role: listed twice")
                seen.add(p.role)
            care = self.care
            for i in range(1, len(care)):
                if care[i].since <= care[i - 1].since:
                    found.append(f"care[{i}].since: not oldest first")
            if care and care[0].since < self.birth_date:
                found.append("care[0].since: before the birth")
            born = self.birth_date
            for i, c in enumerate(self.contacts):
                if c.parent not in seen:
                    found.append(f"contacts[{i}].parent: no such parent record")
                if c.on < born:
                    found.append(f"contacts[{i}].on: before the birth")
            for i, r in enumerate(self.reports):
                if r.discovered_on < born:
                    found.append(f"reports[{i}].discovered_on: before the birth")
            for i, c in enumerate(self.consents):
                if c.on < born:
                    found.append(f"consents[{i}].on: before the birth")
            if self.guardian is not None and self.guardian.since < born:
                found.append("guardian.since: before the birth")
            problems(found)
            return self

    class PRegister(Base):
        schema_version: int = 1
        name: str = ""
        children: tuple[PChild, ...] = ()

        @model_validator(mode="after")
        def _rules(self) -> PRegister:
            found = []
            if self.schema_version != 1:
                found.append("schema_version: not 1")
            first: dict[str, int] = {}
            for i, c in enumerate(self.children):
                if first.setdefault(c.id, i) != i:
                    found.append(f"children[{i}].id: already used")
            problems(found)
            return self

    return {"Child": PChild, "Register": PRegister}


# --- checks that the comparison is fair --------------------------------------


def _broken(child: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Copies of one child's data, each broken in one way."""

    def edit(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
        copy = json.loads(json.dumps(child))
        change(copy)
        return copy

    first17 = child["id_number"][:17]
    wrong = "0" if child["id_number"][17] != "0" else "1"
    yield "check character", edit(lambda c: c.__setitem__("id_number", first17 + wrong))
    yield "extra key", edit(lambda c: c.__setitem__("nickname", "x"))
    yield "number for a string", edit(lambda c: c.__setitem__("county", 5))
    yield "string for a boolean", edit(lambda c: c.__setitem__("lives_on_own_earnings", "false"))
    yield "unknown enum value", edit(lambda c: c.__setitem__("sex", "MALE"))
    yield "timestamp as a date", edit(lambda c: c.__setitem__("birth_date", "86400"))
    yield "unreal date", edit(lambda c: c["parents"][0].__setitem__("birth_date", "2001-02-29"))
    yield "phone", edit(lambda c: c["parents"][0].__setitem__("phone", "12345"))
    yield "duplicate interest", edit(lambda c: c.__setitem__("interests", ["chess", "chess"]))
    yield "birth date vs identity number", edit(lambda c: c.__setitem__("birth_date", "2000-01-01"))
    yield "care out of order", edit(lambda c: c["care"].insert(0, c["care"][-1]))
    yield "missing key", edit(lambda c: c.pop("stage"))
    yield "blank village", edit(lambda c: c.__setitem__("village", " "))
    yield (
        "consent before the birth",
        edit(lambda c: c["consents"][0].__setitem__("on", "2000-01-01")),
    )
    yield (
        "carer missing",
        edit(lambda c: c["care"][-1].__setitem__("guardianship", "elder_sibling")),
    )


def check_fair(child_json: str, models: dict[str, Any]) -> None:
    """Both sides accept the record, write the same data and reject the same breakages."""
    ours = lb.from_json(child_json, Child)
    theirs = models["Child"].model_validate_json(child_json)

    def canonical(data: Any) -> Any:
        if isinstance(data, dict):
            return {k: canonical(v) for k, v in data.items()}
        if isinstance(data, list):
            items = [canonical(v) for v in data]
            return sorted(items) if all(type(v) is str for v in items) else items
        return data

    same = canonical(json.loads(lb.to_json(ours))) == canonical(
        json.loads(theirs.model_dump_json())
    )
    if not same:
        raise SystemExit("pydantic and left_behind do not write the same data")
    for what, data in _broken(json.loads(child_json)):
        text = json.dumps(data, ensure_ascii=False)
        verdicts = []
        for load in (
            lambda t: lb.from_json(t, Child),
            lambda t: models["Child"].model_validate_json(t),
        ):
            try:
                load(text)
                verdicts.append("accepted")
            except ValueError:  # InvalidData and pydantic's ValidationError both are
                verdicts.append("rejected")
        if verdicts != ["rejected", "rejected"]:
            raise SystemExit(f"not the same checks: {what}: left_behind/pydantic {verdicts}")


# --- timing ------------------------------------------------------------------


def each(fn: Callable[[Any], object], items: list[Any]) -> Callable[[], None]:
    """Apply ``fn`` to every item, one at a time, dropping each result.

    As a service does with one form at a time. Keeping all the results
    would time the garbage collector walking them as they pile up, which
    the register document rows show already.
    """

    def run() -> None:
        for item in items:
            fn(item)

    return run


def timed(fn: Callable[[], object], repeats: int, per: int) -> tuple[float, float]:
    """Best and median microseconds per record over ``repeats`` runs of ``fn``."""
    runs = []
    for _ in range(repeats):
        # The collector stays on, as in an application, but the data made for
        # the benchmark is frozen out of it: it would only slow every run down
        # in proportion to the size of the benchmark's own fixtures.
        gc.collect()
        gc.freeze()
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return min(runs) * 1e6 / per, statistics.median(runs) * 1e6 / per


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=30_000, help="children (default 30000)")
    parser.add_argument("--repeats", type=int, default=5, help="runs of each timing (default 5)")
    args = parser.parse_args(argv)
    n, repeats = args.records, args.repeats

    print(f"left_behind {lb.__dict__.get('__version__', '')}".rstrip(), end="")
    print(f", attrs {attrs.__version__}, Python {platform.python_version()}", end="")
    if pydantic is not None:
        print(f", pydantic {pydantic.VERSION}")
    else:
        print()
        print(INSTALL_HINT, file=sys.stderr)

    start = time.perf_counter()
    register = make_register(n)
    children = list(register.children)
    texts = [lb.to_json(c) for c in children]
    document = lb.to_json(register)
    trees = [typed_tree(c) for c in children]
    print(
        f"{n} synthetic children: {len(document) / n:.0f} characters of JSON each,"
        f" {len(document) / 1e6:.1f} million in the register document"
        f" (made in {time.perf_counter() - start:.1f} s)"
    )
    if lb.from_json(document, Register) != register or build(trees[0]) != children[0]:
        raise SystemExit("the data does not round-trip")

    models = pydantic_models() if pydantic is not None else None
    if models is not None:
        for text in texts[:200]:
            check_fair(text, models)
        breakages = len(list(_broken(json.loads(texts[0]))))
        print(
            f"checked: both accept the records, write the same data, reject {breakages} breakages"
        )
    print(f"µs per child record, best / median of {repeats} runs\n")

    # Each side's own figures. No ratio is taken from them: the two sides ran
    # at different moments, and the ratios below come from paired rounds.
    def row(label: str, ours: Callable[[], object], theirs: Callable[[], object] | None) -> None:
        show(label, timed(ours, repeats, n), timed(theirs, repeats, n) if theirs else None)

    def show(label: str, mine: tuple[float, float], other: tuple[float, float] | None) -> None:
        line = f"{label:<34} {mine[0]:8.1f} {mine[1]:8.1f}"
        if other is not None:
            line += f"   {other[0]:8.1f} {other[1]:8.1f}"
        print(line, flush=True)

    print(f"{'':<34} {'left_behind':>17}   {'pydantic v2':>17}")
    print(f"{'':<34} {'best':>8} {'median':>8}   {'best':>8} {'median':>8}")
    pchild = models["Child"] if models else None
    pregister = models["Register"] if models else None

    row(
        "from_json, each child",
        each(lambda t: lb.from_json(t, Child), texts),
        each(pchild.model_validate_json, texts) if pchild else None,
    )
    row(
        "from_json, register document",
        lambda: lb.from_json(document, Register),
        (lambda: pregister.model_validate_json(document)) if pregister else None,
    )
    theirs_children = [pchild.model_validate_json(t) for t in texts] if pchild else []
    theirs_register = pregister.model_validate_json(document) if pregister else None
    row(
        "to_json, each child",
        each(lb.to_json, children),
        each(lambda c: c.model_dump_json(), theirs_children) if pchild else None,
    )
    row(
        "to_json, register document",
        lambda: lb.to_json(register),
        (lambda: theirs_register.model_dump_json()) if theirs_register is not None else None,
    )

    print()
    data = [json.loads(t) for t in texts]
    floor = timed(each(build, trees), repeats, n)
    loads = timed(each(json.loads, texts), repeats, n)
    from_dict = timed(each(lambda d: lb.from_dict(d, Child), data), repeats, n)
    to_dict = timed(each(lb.to_dict, children), repeats, n)
    show("floor: records from typed values", floor, None)
    show("json.loads alone, each child", loads, None)
    show("from_dict, each child", from_dict, None)
    show("to_dict, each child", to_dict, None)
    # Ratios from paired runs: each round times both sides back to back, in
    # turn first and second, and the ratio of that round is kept; the median
    # of the rounds and their spread are shown. Two separate blocks of runs
    # on a noisy machine would flatter one side or the other.
    with_colons = [_with_colons(c) for c in children]
    colon_texts = [lb.to_json(c) for c in with_colons]
    plain_texts = [lb.to_json(_without_colons(c)) for c in with_colons]
    from_json_each = each(lambda t: lb.from_json(t, Child), texts)
    pairs: list[tuple[str, Callable[[], object], Callable[[], object], str]] = []
    if pchild is not None and pregister is not None and theirs_register is not None:
        pairs += [
            (
                "from_json, each child / pydantic",
                from_json_each,
                each(pchild.model_validate_json, texts),
                "goal: at most 1.3x",
            ),
            (
                "from_json, register document / pyd.",
                lambda: lb.from_json(document, Register),
                lambda: pregister.model_validate_json(document),
                "",
            ),
            (
                "to_json, each child / pydantic",
                each(lb.to_json, children),
                each(lambda c: c.model_dump_json(), theirs_children),
                "goal: at most 1.5x",
            ),
            (
                "to_json, register document / pyd.",
                lambda: lb.to_json(register),
                theirs_register.model_dump_json,
                "",
            ),
        ]
    pairs += [
        ("from_json, each child / the floor", from_json_each, each(build, trees), ""),
        (
            "from_json, ':' in strings / without",
            each(lambda t: lb.from_json(t, Child), colon_texts),
            each(lambda t: lb.from_json(t, Child), plain_texts),
            "goal: within 1.10x",
        ),
    ]
    rounds = max(3, 2 * repeats)
    print(f"\nratios from {rounds} paired rounds: median (min-max)")
    for label, ours, theirs, goal in pairs:
        ratios = paired(ours, theirs, rounds)
        print(
            f"{label:<38} {statistics.median(ratios):5.2f}x"
            f" ({min(ratios):.2f}-{max(ratios):.2f})   {goal}".rstrip(),
            flush=True,
        )
    return 0


def _with_colons(child: Child) -> Child:
    """The child with a ':' in its address and school, as people write them (12:30, 地址:)."""
    address = (child.address or "示例村3组12号")[:-1] + ":"
    school = (child.school or "示例小学")[:-1] + ":"
    return attrs.evolve(child, address=address, school=school)


def _without_colons(child: Child) -> Child:
    """The same child with a character of the same length in place of each ':'."""
    return attrs.evolve(
        child,
        address=(child.address or "").replace(":", ";"),
        school=(child.school or "").replace(":", ";"),
    )


def paired(ours: Callable[[], object], theirs: Callable[[], object], rounds: int) -> list[float]:
    """The ratio ours/theirs of each round, the two timed back to back, in turn first.

    Each side starts after a collection, so neither pays for the other's garbage.
    """
    ratios = []
    for r in range(rounds):
        first, second = (ours, theirs) if r % 2 == 0 else (theirs, ours)
        spent = []
        for fn in (first, second):
            gc.collect()
            start = time.perf_counter()
            fn()
            spent.append(time.perf_counter() - start)
        mine, other = spent if r % 2 == 0 else spent[::-1]
        ratios.append(mine / other)
    return ratios


if __name__ == "__main__":
    sys.exit(main())
