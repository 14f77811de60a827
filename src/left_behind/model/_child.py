"""The child's file (一人一档) and the logs kept in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from left_behind.kinds import (
    IdNumber,
    Order,
    Phone,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_frozenset,
    as_tuple,
    cross_check,
    field,
    oldest_first,
    problem,
)
from left_behind.model._age import age_on, capacity_on
from left_behind.model._census import (
    Assistance,
    DisabilityCategory,
    DisabilityGrade,
    Ethnicity,
    Grandparent,
    Health,
    IncomeSource,
)
from left_behind.model._enums import (
    CivilCapacity,
    ConsentGiver,
    ContactMode,
    ContactParty,
    Hukou,
    Interest,
    LawfulBasis,
    LivingArrangement,
    ParentRole,
    Purpose,
    ReportKind,
    SchoolStage,
    Sex,
    SpecialNeed,
)
from left_behind.model._family import CareArrangement, LegalGuardian, Parent
from left_behind.model._growth import GrowthEntry
from left_behind.model._support_enums import SchoolSubject

__all__ = ["Child", "Consent", "ContactCard", "ContactEvent", "ReportEvent"]


@attrs.frozen(kw_only=True)
class ContactEvent(Record):
    """One call, video call or visit of an absent parent (MPL art. 23)."""

    on: dt.date = field(words=("联系日期", "the day of the contact"))
    parent: ParentRole = field(words=("联系的父母", "the parent in touch"))
    party: ContactParty = field(words=("联系对象", "who was in touch"))
    mode: ContactMode = field(words=("联系方式", "how"))

    @property
    def with_child(self) -> bool:
        """Whether the child took part."""
        return self.party is not ContactParty.CARER

    @property
    def with_carer(self) -> bool:
        """Whether the carer took part."""
        return self.party is not ContactParty.CHILD


@attrs.frozen(kw_only=True)
class ReportEvent(Record):
    """A situation that must be reported to the police at once (强制报告).

    ``reported_on`` stays empty until the report is made.
    """

    kind: ReportKind = field(words=("报告事项", "what is reported"))
    discovered_on: dt.date = field(words=("发现日期", "the day it was found"))
    reported_on: dt.date | None = field(
        default=None,
        words=("报告日期", "the day it was reported"),
        not_before=Order(
            "discovered_on",
            "reported {value}, before it was discovered {other}",
            "报告日期 {value} 早于发现日期 {other}",
        ),
    )


@attrs.frozen(kw_only=True)
class Consent(Record):
    """A guardian's consent to process the child's data (PIPL art. 31)."""

    given_by: ConsentGiver = field(words=("同意人", "who consented"))
    on: dt.date = field(words=("同意日期", "the day of the consent"))
    purposes: frozenset[Purpose] = field(
        converter=as_frozenset,
        words=("同意的用途", "what the consent is for"),
        at_least_one=("请写明同意用于哪些用途", "say what the consent is for"),
    )
    withdrawn_on: dt.date | None = field(
        default=None,
        words=("撤回日期", "the day it was withdrawn"),
        not_before=Order(
            "on",
            "withdrawn {value}, before it was given {other}",
            "撤回日期 {value} 早于同意日期 {other}",
        ),
    )

    def in_force_on(self, on: dt.date) -> bool:
        """Whether the consent holds on ``on``."""
        return self.on <= on and (self.withdrawn_on is None or on < self.withdrawn_on)


@attrs.frozen(kw_only=True)
class ContactCard(Record):
    """The phones on a child's contact card (联系卡), shown masked."""

    father: Phone | None = field(default=None, words=("父亲电话", "the father's phone"))
    mother: Phone | None = field(default=None, words=("母亲电话", "the mother's phone"))
    carer: Phone | None = field(default=None, words=("照护人电话", "the carer's phone"))


@attrs.frozen(kw_only=True)
class Child(Record):
    """One child's file: identity, school, family, care history and logs.

    ``away_from_hukou_since`` is the day the child began to live away from
    the township of the household registration (a migrant child, 流动儿童,
    once it has lasted six months), empty while the child lives there.
    ``care`` is the history of care arrangements, oldest first; the one in
    force on a date is the latest that has started by then. ``guardian`` is
    empty while the parents are the legal guardians. Name, address and
    school are private (MPL art. 103) and appear masked in ``repr()``; the
    identity number and phones are masked wherever they are shown, and so is
    an id shaped like one (a register keyed by identity numbers).
    ``tutoring`` lists the subjects the child wants help with and
    ``needs_counselling`` a need for a counsellor: what a mentor is matched
    on, besides the interests. ``growth`` is the child's growth record
    (成长记录), oldest first, the counsellors' own entries among them
    (:func:`~left_behind.model.growth_record` picks what a reader may see).
    The census form's facts (民发〔2016〕42号, see :mod:`left_behind.model`'s
    census enumerations): ``ethnicity``; ``hukou_registered`` (是否登记户口,
    empty when not asked) and ``hukou_place`` (户籍所在地, private; where the
    child lives now is ``county``, ``township``, ``village`` and
    ``address``, the form's 现居住地); ``boarding`` at school; ``health``
    with the ``disability`` category and ``disability_grade`` of a disabled
    child or the ``illness`` (private) of an ill one; the four grandparents
    (``paternal_grandfather``... each a :class:`~left_behind.model.Grandparent`
    with a private name and a birth date); the family's ``income_sources``
    and the ``assistance`` it receives, several of each, none twice. Each
    is optional: a file written before the census fields loads unchanged.
    A disability category or grade without ``health`` disabled, an illness
    without ``health`` ill, an identity number or a hukou place for a
    household not registered, boarding for a child out of school or no
    boarding for one who lives at a boarding school, and a grandparent born
    after the child are :class:`~left_behind.InvalidData`.
    Nothing in the file is dated before the child's birth: not the first care
    arrangement, a contact, a report's discovery, a consent, the
    guardian's appointment nor a growth record entry.

    >>> import datetime as dt
    >>> from left_behind import Child
    >>> from left_behind.model._enums import Sex, SchoolStage
    >>> c = Child(id="c-001", name="林小雨", sex=Sex.FEMALE,
    ...           birth_date=dt.date(2016, 9, 1), county="示例县",
    ...           township="示例镇", village="示例村", stage=SchoolStage.PRIMARY_4)
    >>> c.age_on(dt.date(2026, 9, 1)), c.age_on(dt.date(2026, 9, 2))
    (9, 10)
    >>> "林小雨" in repr(c)
    False
    """

    id: str = field(words=("儿童编号", "the child's id"))
    name: str = field(private=True, not_blank=True, words=("儿童姓名", "the child's name"))
    sex: Sex = field(words=("性别", "sex"))
    birth_date: dt.date = field(birth=True, words=("出生日期", "the birth date"))
    id_number: IdNumber | None = field(default=None, words=("公民身份号码", "the identity number"))
    ethnicity: Ethnicity | None = field(default=None, words=("民族", "the ethnicity"))
    hukou: Hukou = field(default=Hukou.RURAL, words=("户口类型", "the household registration"))
    hukou_registered: bool | None = field(
        default=None, words=("是否登记户口", "whether the child's household is registered")
    )
    hukou_place: str | None = field(
        default=None,
        private=True,
        not_blank=True,
        words=("户籍所在地", "where the household is registered"),
    )
    away_from_hukou_since: dt.date | None = field(
        default=None,
        words=(
            "离开户籍地日期",
            "the day the child began to live away from the township of the household registration",
        ),
    )
    county: str = field(not_blank=True, words=("所在县", "the county the child lives in"))
    township: str = field(not_blank=True, words=("所在乡镇", "the township the child lives in"))
    village: str = field(not_blank=True, words=("所在村", "the village the child lives in"))
    address: str | None = field(default=None, private=True, words=("住址", "the address"))
    school: str | None = field(default=None, private=True, words=("学校", "the school"))
    stage: SchoolStage = field(words=("学段", "the school stage"))
    boarding: bool | None = field(
        default=None, words=("是否学校寄宿", "whether the child boards at school")
    )
    health: Health | None = field(default=None, words=("身体情况", "the health"))
    disability: DisabilityCategory | None = field(
        default=None, words=("残疾类别", "the category of the disability")
    )
    disability_grade: DisabilityGrade | None = field(
        default=None, words=("残疾等级", "the grade of the disability")
    )
    illness: str | None = field(
        default=None, private=True, not_blank=True, words=("患病类型", "the kind of illness")
    )
    special_needs: frozenset[SpecialNeed] = field(
        default=frozenset(), converter=as_frozenset, words=("特殊需要", "special needs")
    )
    interests: frozenset[Interest] = field(
        default=frozenset(), converter=as_frozenset, words=("兴趣爱好", "interests")
    )
    tutoring: frozenset[SchoolSubject] = field(
        default=frozenset(),
        converter=as_frozenset,
        words=("需要辅导的学科", "the school subjects the child wants help with"),
    )
    needs_counselling: bool = field(
        default=False, words=("需要心理辅导", "whether the child needs counselling")
    )
    living: LivingArrangement = field(
        default=LivingArrangement.WITH_CARER, words=("居住情况", "where the child lives")
    )
    lives_on_own_earnings: bool = field(
        default=False, words=("以自己的劳动收入为主要生活来源", "lives on own earnings")
    )
    parents: tuple[Parent, ...] = field(
        default=(), converter=as_tuple, words=("父母记录", "parent")
    )
    paternal_grandfather: Grandparent | None = field(
        default=None, words=("祖父", "the paternal grandfather")
    )
    paternal_grandmother: Grandparent | None = field(
        default=None, words=("祖母", "the paternal grandmother")
    )
    maternal_grandfather: Grandparent | None = field(
        default=None, words=("外祖父", "the maternal grandfather")
    )
    maternal_grandmother: Grandparent | None = field(
        default=None, words=("外祖母", "the maternal grandmother")
    )
    income_sources: frozenset[IncomeSource] = field(
        default=frozenset(),
        converter=as_frozenset,
        words=("家庭经济来源", "the family's sources of income"),
    )
    assistance: frozenset[Assistance] = field(
        default=frozenset(),
        converter=as_frozenset,
        words=("救助帮扶情况", "the assistance the family receives"),
    )
    care: tuple[CareArrangement, ...] = field(
        default=(), converter=as_tuple, words=("照护安排", "care arrangement")
    )
    guardian: LegalGuardian | None = field(default=None, words=("其他监护人", "the legal guardian"))
    contacts: tuple[ContactEvent, ...] = field(
        default=(), converter=as_tuple, words=("联系记录", "contact")
    )
    reports: tuple[ReportEvent, ...] = field(
        default=(), converter=as_tuple, words=("强制报告记录", "report")
    )
    lawful_basis: LawfulBasis = field(
        default=LawfulBasis.CONSENT, words=("处理个人信息的依据", "the lawful basis")
    )
    consents: tuple[Consent, ...] = field(
        default=(), converter=as_tuple, words=("同意记录", "consent")
    )
    growth: tuple[GrowthEntry, ...] = field(
        default=(), converter=as_tuple, words=("成长记录", "growth record entry")
    )

    def age_on(self, on: dt.date) -> int:
        """Completed years of age on ``on``."""
        return age_on(self.birth_date, on)

    def capacity_on(self, on: dt.date) -> CivilCapacity:
        """Civil capacity on ``on`` (Civil Code arts. 17-22)."""
        return capacity_on(self.birth_date, on, lives_on_own_earnings=self.lives_on_own_earnings)

    def parent(self, role: ParentRole) -> Parent | None:
        """The recorded father or mother, if any."""
        for p in self.parents:
            if p.role is role:
                return p
        return None

    def care_on(self, on: dt.date) -> CareArrangement | None:
        """The care arrangement in force on ``on``: the latest started by then."""
        for arrangement in reversed(self.care):
            if arrangement.since <= on:
                return arrangement
        return None

    def contact_card(self, on: dt.date) -> ContactCard:
        """The phones to call about the child on ``on``."""
        father, mother = self.parent(ParentRole.FATHER), self.parent(ParentRole.MOTHER)
        arrangement = self.care_on(on)
        carer = arrangement.carer if arrangement is not None else None
        return ContactCard(
            father=father.phone if father else None,
            mother=mother.phone if mother else None,
            carer=carer.phone if carer else None,
        )

    @cross_check
    def _id_problems(self) -> Iterator[Problem]:
        if not self.id.strip() or self.id != self.id.strip():
            yield problem(
                "$.id",
                ProblemCode.FORMAT,
                Text(
                    "儿童编号不能为空，两端也不能有空格",
                    "a child's id must be non-empty, without spaces at either end",
                ),
            )

    @cross_check
    def _id_number_problems(self) -> Iterator[Problem]:
        n = self.id_number
        if n is not None:
            if n.birth_date != self.birth_date:
                yield problem(
                    "$.id_number",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"公民身份号码 {n} 中的出生日期是 {n.birth_date}，记录的出生日期是"
                        f" {self.birth_date}：请改正其中一个",
                        f"identity number {n} gives birth date {n.birth_date},"
                        f" the record {self.birth_date}: correct one of them",
                    ),
                )
            if n.is_male != (self.sex is Sex.MALE):
                yield problem(
                    "$.id_number",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"公民身份号码 {n} 的第 17 位表示{'男' if n.is_male else '女'}性，"
                        f"记录的性别是{self.sex.label()}：请改正其中一个",
                        f"identity number {n} is a {'boy' if n.is_male else 'girl'}'s"
                        f" (17th digit), the record says {self.sex.value}: correct one of them",
                    ),
                )

    @cross_check
    def _parent_problems(self) -> Iterator[Problem]:
        seen: set[ParentRole] = set()
        for i, p in enumerate(self.parents):
            if p.role in seen:
                yield problem(
                    f"$.parents[{i}].role",
                    ProblemCode.DUPLICATE,
                    Text(
                        f"{p.role.label()}登记了两次：每位父母只保留一条记录",
                        f"the {p.role.value} is listed twice; keep one record per parent",
                    ),
                )
            seen.add(p.role)
        for i, c in enumerate(self.contacts):
            if c.parent not in seen:
                yield problem(
                    f"$.contacts[{i}].parent",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"这条联系记录来自{c.parent.label()}，但没有{c.parent.label()}的记录：请补上",
                        f"a contact by the {c.parent.value}, who has no parent record; add one",
                    ),
                )

    @cross_check
    def _care_problems(self) -> Iterator[Problem]:
        for i in range(1, len(self.care)):
            if self.care[i].since <= self.care[i - 1].since:
                yield problem(
                    f"$.care[{i}].since",
                    ProblemCode.ORDER,
                    Text(
                        "照护安排应按时间先后排列，每一项都晚于前一项开始；"
                        f"这一项始于 {self.care[i].since}，前一项始于 {self.care[i - 1].since}",
                        "care arrangements must be listed oldest first, each starting after"
                        f" the one before; this one starts {self.care[i].since},"
                        f" the one before {self.care[i - 1].since}",
                    ),
                )

    @cross_check
    def _care_birth_problems(self) -> Iterator[Problem]:
        if self.care and self.care[0].since < self.birth_date:
            yield problem(
                "$.care[0].since",
                ProblemCode.ORDER,
                Text(
                    f"开始日期 {self.care[0].since} 早于儿童出生日期 {self.birth_date}",
                    f"starts {self.care[0].since}, before the child's birth {self.birth_date}",
                ),
            )

    @cross_check
    def _birth_problems(self) -> Iterator[Problem]:
        born = self.birth_date
        for i, c in enumerate(self.contacts):
            if c.on < born:
                yield _before_birth(f"$.contacts[{i}].on", c.on, born)
        for i, r in enumerate(self.reports):
            if r.discovered_on < born:
                yield _before_birth(f"$.reports[{i}].discovered_on", r.discovered_on, born)
        for i, consent in enumerate(self.consents):
            if consent.on < born:
                yield _before_birth(f"$.consents[{i}].on", consent.on, born)
        if self.guardian is not None and self.guardian.since < born:
            yield _before_birth("$.guardian.since", self.guardian.since, born)
        away = self.away_from_hukou_since
        if away is not None and away < born:
            yield _before_birth("$.away_from_hukou_since", away, born)
        if self.growth and self.growth[0].on < born:
            yield _before_birth("$.growth[0].on", self.growth[0].on, born)

    @cross_check
    def _growth_problems(self) -> Iterator[Problem]:
        return oldest_first("growth", [e.on for e in self.growth])

    @cross_check
    def _health_problems(self) -> Iterator[Problem]:
        said = self.health.label() if self.health is not None else "未登记"
        said_en = self.health.value if self.health is not None else "not recorded"
        for name, value, needs in (
            ("disability", self.disability, Health.DISABLED),
            ("disability_grade", self.disability_grade, Health.DISABLED),
            ("illness", self.illness, Health.ILL),
        ):
            if value is not None and self.health is not needs:
                yield problem(
                    f"$.{name}",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"身体情况是“{said}”，不是“{needs.label()}”：请改正身体情况，或删去这一项",
                        f"the health is {said_en}, not {needs.value}: correct the health"
                        " or leave this out",
                    ),
                )

    @cross_check
    def _hukou_problems(self) -> Iterator[Problem]:
        if self.hukou_registered is not False:
            return
        for name, value in (("id_number", self.id_number), ("hukou_place", self.hukou_place)):
            if value is not None:
                yield problem(
                    f"$.{name}",
                    ProblemCode.INCONSISTENT,
                    Text(
                        "记录为未登记户口，却有"
                        f"{'公民身份号码' if name == 'id_number' else '户籍所在地'}："
                        "请改正其中一项",
                        "the household is recorded as not registered, yet there is"
                        f" {'an identity number' if name == 'id_number' else 'a hukou place'}:"
                        " correct one of them",
                    ),
                )

    @cross_check
    def _boarding_problems(self) -> Iterator[Problem]:
        if self.boarding is True and not self.stage.in_school:
            yield problem(
                "$.boarding",
                ProblemCode.INCONSISTENT,
                Text(
                    f"记录为学校寄宿，学段却是“{self.stage.label()}”：请改正其中一项",
                    f"recorded as boarding at school, yet the stage is {self.stage.value}:"
                    " correct one of them",
                ),
            )
        if self.boarding is False and self.living is LivingArrangement.BOARDING_SCHOOL:
            yield problem(
                "$.boarding",
                ProblemCode.INCONSISTENT,
                Text(
                    "记录为不在学校寄宿，居住情况却是“寄宿学校”：请改正其中一项",
                    "recorded as not boarding at school, yet the child lives at a boarding"
                    " school: correct one of them",
                ),
            )

    @cross_check
    def _grandparent_problems(self) -> Iterator[Problem]:
        for name in _GRANDPARENTS:
            g: Grandparent | None = getattr(self, name)
            if g is not None and g.birth_date is not None and g.birth_date >= self.birth_date:
                yield problem(
                    f"$.{name}.birth_date",
                    ProblemCode.ORDER,
                    Text(
                        f"出生日期 {g.birth_date} 不早于儿童出生日期 {self.birth_date}",
                        f"born {g.birth_date}, not before the child's birth {self.birth_date}",
                    ),
                )


_GRANDPARENTS = (
    "paternal_grandfather",
    "paternal_grandmother",
    "maternal_grandfather",
    "maternal_grandmother",
)


def _before_birth(path: str, day: dt.date, born: dt.date) -> Problem:
    return problem(
        path,
        ProblemCode.ORDER,
        Text(
            f"日期 {day} 早于儿童出生日期 {born}",
            f"dated {day}, before the child's birth {born}",
        ),
    )
