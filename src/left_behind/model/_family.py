"""Parents, entrusted carers, legal guardians and care arrangements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind._errors import Problem
from left_behind.model._age import age_on, capacity_on
from left_behind.model._base import Record, as_frozenset, as_tuple, problem
from left_behind.model._enums import (
    CARER_RELATIONS,
    ApprovalBody,
    ChangeReason,
    CivilCapacity,
    GuardianKind,
    GuardianshipType,
    HealthCondition,
    Misconduct,
    ParentRole,
    Relation,
    Sex,
    Situation,
)
from left_behind.model._fields import Order, field
from left_behind.model._ids import IdNumber, Phone

__all__ = [
    "CareArrangement",
    "EntrustedCarer",
    "LegalGuardian",
    "MisconductRecord",
    "Parent",
    "ParentSituation",
]


def _chronological(name: str, starts: list[dt.date], what: str) -> Iterator[Problem]:
    for i in range(1, len(starts)):
        if starts[i] <= starts[i - 1]:
            yield problem(
                f"$.{name}[{i}].since",
                "order",
                f"{what} must be listed oldest first, each starting after the one"
                f" before; this one starts {starts[i]}, the one before {starts[i - 1]}",
            )


@attrs.frozen(kw_only=True)
class ParentSituation(Record):
    """A parent's situation from ``since`` (and until ``until``, if it ended).

    ``province``, ``city`` and ``expected_return`` describe work away and are
    only allowed with :attr:`Situation.WORKING_AWAY`; so is ``with_child``: the
    parent took the child along (随迁) and lives with the child at the place of
    work, so the child is a migrant child, not a left-behind one.
    """

    situation: Situation
    since: dt.date
    until: dt.date | None = field(
        default=None, not_before=Order("since", "ends {value}, before it starts {other}")
    )
    province: str | None = None
    city: str | None = None
    expected_return: dt.date | None = field(
        default=None,
        not_before=Order("since", "expected return {value} is before leaving on {other}"),
    )
    with_child: bool = False

    @property
    def with_the_child(self) -> bool:
        """Whether the parent lives with the child: at home, or away with the child along."""
        return self.situation is Situation.AT_HOME or self.with_child

    def in_force_on(self, on: dt.date) -> bool:
        """Whether this situation holds on ``on``."""
        return self.since <= on and (self.until is None or on <= self.until)

    def _problems(self) -> Iterator[Problem]:
        if self.situation is not Situation.WORKING_AWAY:
            for name in ("province", "city", "expected_return"):
                if getattr(self, name) is not None:
                    yield problem(
                        f"$.{name}",
                        "inconsistent",
                        "only a parent working away has a place of work and an expected"
                        f" return, and this situation is '{self.situation.value}': remove this,"
                        " or write 'working_away' if the parent works away",
                    )
            if self.with_child:
                yield problem(
                    "$.with_child",
                    "inconsistent",
                    "only a parent working away takes the child along, and this situation is"
                    f" '{self.situation.value}': remove with_child",
                )
        if self.situation is Situation.DECEASED and self.until is not None:
            yield problem("$.until", "inconsistent", "a death has no end date")


@attrs.frozen(kw_only=True)
class Parent(Record):
    """A father or mother and their situation over time, oldest first.

    A parent with no situation in force on a date is taken to be at home.
    """

    role: ParentRole
    name: str | None = field(default=None, private=True, words=("父母姓名", "the parent's name"))
    birth_date: dt.date | None = None
    phone: Phone | None = None
    situations: tuple[ParentSituation, ...] = attrs.field(default=(), converter=as_tuple)

    def situation_on(self, on: dt.date) -> ParentSituation | None:
        """The recorded situation in force on ``on``, or None (at home)."""
        for s in reversed(self.situations):
            if s.since <= on:
                return s if s.in_force_on(on) else None
        return None

    def _problems(self) -> Iterator[Problem]:
        yield from _chronological(
            "situations", [s.since for s in self.situations], "a parent's situations"
        )
        for i, s in enumerate(self.situations[:-1]):
            if s.situation is Situation.DECEASED:
                yield problem(
                    f"$.situations[{i + 1}]",
                    "inconsistent",
                    "no situation can follow the parent's death",
                )
            nxt = self.situations[i + 1]
            if s.until is not None and s.until >= nxt.since:
                yield problem(
                    f"$.situations[{i}].until",
                    "order",
                    f"ends {s.until}, after the next situation starts {nxt.since}",
                )


@attrs.frozen(kw_only=True)
class MisconductRecord(Record):
    """A fact on a carer's record that disqualifies them (MPL art. 22)."""

    misconduct: Misconduct
    recorded_on: dt.date | None = None


@attrs.frozen(kw_only=True)
class EntrustedCarer(Record):
    """The adult the absent parents entrust with daily care (被委托人).

    ``lacks_capacity`` records a court's finding that the carer has no or
    limited civil capacity; age is derived from ``birth_date``. A carer of 16
    or 17 whose main livelihood is their own labour income
    (``lives_on_own_earnings``) is deemed to have full capacity (Civil Code
    art. 18).
    """

    name: str = field(private=True, not_blank=True, words=("照护人姓名", "the carer's name"))
    relation: Relation
    birth_date: dt.date
    sex: Sex | None = None
    id_number: IdNumber | None = None
    phone: Phone | None = None
    health: frozenset[HealthCondition] = attrs.field(default=frozenset(), converter=as_frozenset)
    lacks_capacity: bool = False
    records: tuple[MisconductRecord, ...] = attrs.field(default=(), converter=as_tuple)
    lives_on_own_earnings: bool = False

    def age_on(self, on: dt.date) -> int:
        """The carer's age on ``on``."""
        return age_on(self.birth_date, on)

    def capacity_on(self, on: dt.date) -> CivilCapacity:
        """The carer's civil capacity on ``on`` by age (Civil Code arts. 17-20).

        A court's finding (``lacks_capacity``) is not counted here.
        """
        return capacity_on(self.birth_date, on, lives_on_own_earnings=self.lives_on_own_earnings)

    def _problems(self) -> Iterator[Problem]:
        if self.id_number is not None:
            if self.id_number.birth_date != self.birth_date:
                yield problem(
                    "$.id_number",
                    "inconsistent",
                    f"identity number {self.id_number} gives birth date"
                    f" {self.id_number.birth_date}, the record {self.birth_date}",
                )
            if self.sex is not None and self.id_number.is_male != (self.sex is Sex.MALE):
                yield problem(
                    "$.id_number",
                    "inconsistent",
                    f"identity number {self.id_number} is a "
                    f"{'man' if self.id_number.is_male else 'woman'}'s, the record says"
                    f" {self.sex.value}",
                )


@attrs.frozen(kw_only=True)
class LegalGuardian(Record):
    """A legal guardian (监护人) other than the parents (Civil Code art. 27).

    A child without one has its parents as guardians. A guardian who is not
    a grandparent or elder sibling needs the approval of the village or
    residents' committee or the civil affairs department. A person who is a
    guardian is an adult able to guard: ``birth_date`` (when known) gives the
    age, ``lacks_capacity`` records a court's finding that the guardian has
    no or limited civil capacity. ``agreed_on`` is the day the persons
    qualified to be guardians agreed on this one (Civil Code art. 30), which
    lets a guardian lower in the order of art. 27 act before a higher one.
    """

    kind: GuardianKind
    name: str = field(private=True, not_blank=True, words=("监护人姓名", "the guardian's name"))
    since: dt.date
    approved_by: ApprovalBody | None = None
    approved_on: dt.date | None = None
    birth_date: dt.date | None = None
    lacks_capacity: bool = False
    agreed_on: dt.date | None = None

    def _problems(self) -> Iterator[Problem]:
        if (self.approved_by is None) != (self.approved_on is None):
            yield problem(
                "$.approved_on" if self.approved_on is None else "$.approved_by",
                "inconsistent",
                "give both who approved the guardian and on which day, or neither",
            )
        if self.kind is GuardianKind.ORGANIZATION and (
            self.birth_date is not None or self.lacks_capacity
        ):
            yield problem(
                "$.birth_date" if self.birth_date is not None else "$.lacks_capacity",
                "inconsistent",
                "an organization has no birth date nor civil capacity of a person: remove it",
            )


@attrs.frozen(kw_only=True)
class CareArrangement(Record):
    """Who the child lives with from ``since``, and the entrustment papers.

    An arrangement with grandparents, an elder sibling, other relatives or an
    unrelated adult names the entrusted ``carer``, whose relation must fit;
    arrangements with parents, an institution or nobody name none. The
    paperwork of MPL arts. 22-23 is recorded by date: the agreement signed,
    the written notices to the school and to the village committee, and the
    day the child's view was heard.
    """

    guardianship: GuardianshipType
    since: dt.date
    carer: EntrustedCarer | None = None
    institution: str | None = None
    reason: ChangeReason | None = None
    agreement_signed_on: dt.date | None = None
    school_notified_on: dt.date | None = None
    village_notified_on: dt.date | None = None
    child_heard_on: dt.date | None = None

    @property
    def is_entrusted(self) -> bool:
        """Whether the parents have entrusted the child to a carer."""
        return self.guardianship in CARER_RELATIONS

    def _problems(self) -> Iterator[Problem]:
        fits = CARER_RELATIONS.get(self.guardianship)
        kind = self.guardianship.value
        if fits is None and self.carer is not None:
            yield problem(
                "$.carer",
                "inconsistent",
                f"an arrangement of type '{kind}' has no entrusted carer; remove"
                " the carer or change the type",
            )
        if fits is not None and self.carer is None:
            yield problem(
                "$.carer", "missing", f"an arrangement of type '{kind}' must name the carer"
            )
        if fits is not None and self.carer is not None and self.carer.relation not in fits:
            allowed = ", ".join(sorted(f"'{r.value}'" for r in fits))
            yield problem(
                "$.carer.relation",
                "inconsistent",
                f"a carer in an arrangement of type '{kind}' is {allowed},"
                f" not '{self.carer.relation.value}'",
            )
        if self.institution is not None and self.guardianship is not GuardianshipType.INSTITUTION:
            yield problem(
                "$.institution",
                "inconsistent",
                "only an arrangement of type 'institution' names an institution",
            )
