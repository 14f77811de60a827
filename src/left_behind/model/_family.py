"""Parents, entrusted carers, legal guardians and care arrangements."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator

import attrs

from left_behind.calendar import SHANGHAI
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
    field,
    problem,
)
from left_behind.model._age import age_on, capacity_on
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
from left_behind.model._support_enums import Weekday

__all__ = [
    "CallWindow",
    "CareArrangement",
    "EntrustedCarer",
    "LegalGuardian",
    "MisconductRecord",
    "Parent",
    "ParentSituation",
]


def _chronological(name: str, starts: list[dt.date], what: Text) -> Iterator[Problem]:
    for i in range(1, len(starts)):
        if starts[i] <= starts[i - 1]:
            yield problem(
                f"$.{name}[{i}].since",
                ProblemCode.ORDER,
                Text(
                    f"{what.zh}应按时间先后排列，每一项都晚于前一项开始；"
                    f"这一项始于 {starts[i]}，前一项始于 {starts[i - 1]}",
                    f"{what.en} must be listed oldest first, each starting after the one"
                    f" before; this one starts {starts[i]}, the one before {starts[i - 1]}",
                ),
            )


@attrs.frozen(kw_only=True)
class ParentSituation(Record):
    """A parent's situation from ``since`` (and until ``until``, if it ended).

    ``province``, ``city`` and ``expected_return`` describe work away and are
    only allowed with :attr:`Situation.WORKING_AWAY`; so is ``with_child``: the
    parent took the child along (随迁) and lives with the child at the place of
    work, so the child is a migrant child, not a left-behind one.
    """

    situation: Situation = field(words=("状况", "the situation"))
    since: dt.date = field(words=("开始日期", "the day it began"))
    until: dt.date | None = field(
        default=None,
        words=("结束日期", "the day it ended"),
        not_before=Order(
            "since",
            "ends {value}, before it starts {other}",
            "结束日期 {value} 早于开始日期 {other}",
        ),
    )
    province: str | None = field(default=None, words=("务工省份", "the province of work"))
    city: str | None = field(default=None, words=("务工城市", "the city of work"))
    expected_return: dt.date | None = field(
        default=None,
        words=("预计返乡日期", "the expected return"),
        not_before=Order(
            "since",
            "expected return {value} is before leaving on {other}",
            "预计返乡日期 {value} 早于外出日期 {other}",
        ),
    )
    with_child: bool = field(default=False, words=("带孩子同行", "whether the child went along"))

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
                        ProblemCode.INCONSISTENT,
                        Text(
                            "只有外出务工的父母才有务工地点和预计返乡日期，而这一状况是"
                            f"“{self.situation.label()}”（'{self.situation.value}'）：请删除此项；"
                            "如果父母在外务工，请写 'working_away'",
                            "only a parent working away has a place of work and an expected"
                            f" return, and this situation is '{self.situation.value}': remove this,"
                            " or write 'working_away' if the parent works away",
                        ),
                    )
            if self.with_child:
                yield problem(
                    "$.with_child",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"只有外出务工的父母才会带孩子同行，而这一状况是“{self.situation.label()}”："
                        "请删除 with_child",
                        "only a parent working away takes the child along, and this situation is"
                        f" '{self.situation.value}': remove with_child",
                    ),
                )
        if self.situation is Situation.DECEASED and self.until is not None:
            yield problem(
                "$.until",
                ProblemCode.INCONSISTENT,
                Text("死亡没有结束日期", "a death has no end date"),
            )


@attrs.frozen(kw_only=True)
class CallWindow(Record):
    """When an absent parent can take a video call: a day of the week and hours
    in the parent's own time zone (a parent abroad calls from another zone;
    none given is China Standard Time).

    >>> import datetime as dt, zoneinfo
    >>> from left_behind import CallWindow
    >>> from left_behind.model._support_enums import Weekday
    >>> w = CallWindow(day=Weekday.SATURDAY, start=dt.time(12), end=dt.time(13),
    ...                time_zone=zoneinfo.ZoneInfo("Europe/Madrid"))
    >>> w.time_zone.key
    'Europe/Madrid'
    """

    day: Weekday = field(words=("星期", "the day of the week"))
    start: dt.time = field(words=("开始时间", "the start"))
    end: dt.time = field(words=("结束时间", "the end"))
    time_zone: zoneinfo.ZoneInfo | None = field(
        default=None, words=("所在时区", "the parent's time zone (none: China Standard Time)")
    )

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The window's time zone: China Standard Time when none is given."""
        return SHANGHAI if self.time_zone is None else self.time_zone

    def _problems(self) -> Iterator[Problem]:
        if self.end <= self.start:
            yield problem(
                "$.end",
                ProblemCode.ORDER,
                Text(
                    f"结束时间 {self.end:%H:%M} 不晚于开始时间 {self.start:%H:%M}",
                    f"ends {self.end:%H:%M}, not after it starts {self.start:%H:%M}",
                ),
            )


@attrs.frozen(kw_only=True)
class Parent(Record):
    """A father or mother and their situation over time, oldest first.

    A parent with no situation in force on a date is taken to be at home.
    """

    role: ParentRole = field(words=("父亲或母亲", "father or mother"))
    name: str | None = field(default=None, private=True, words=("父母姓名", "the parent's name"))
    birth_date: dt.date | None = field(
        default=None, birth=True, words=("出生日期", "the birth date")
    )
    phone: Phone | None = field(default=None, words=("电话", "the phone"))
    situations: tuple[ParentSituation, ...] = field(
        default=(), converter=as_tuple, words=("状况", "situation")
    )
    call_windows: tuple[CallWindow, ...] = field(
        default=(), converter=as_tuple, words=("可视频通话时间", "time free for a video call")
    )

    def situation_on(self, on: dt.date) -> ParentSituation | None:
        """The recorded situation in force on ``on``, or None (at home)."""
        for s in reversed(self.situations):
            if s.since <= on:
                return s if s.in_force_on(on) else None
        return None

    def _problems(self) -> Iterator[Problem]:
        yield from _chronological(
            "situations",
            [s.since for s in self.situations],
            Text("父母的状况", "a parent's situations"),
        )
        for i, s in enumerate(self.situations[:-1]):
            if s.situation is Situation.DECEASED:
                yield problem(
                    f"$.situations[{i + 1}]",
                    ProblemCode.INCONSISTENT,
                    Text(
                        "父母死亡之后不能再有其他状况",
                        "no situation can follow the parent's death",
                    ),
                )
            nxt = self.situations[i + 1]
            if s.until is not None and s.until >= nxt.since:
                yield problem(
                    f"$.situations[{i}].until",
                    ProblemCode.ORDER,
                    Text(
                        f"结束日期 {s.until} 晚于下一状况的开始日期 {nxt.since}",
                        f"ends {s.until}, after the next situation starts {nxt.since}",
                    ),
                )


@attrs.frozen(kw_only=True)
class MisconductRecord(Record):
    """A fact on a carer's record that disqualifies them (MPL art. 22)."""

    misconduct: Misconduct = field(words=("不良行为", "the misconduct"))
    recorded_on: dt.date | None = field(default=None, words=("记录日期", "the day it was recorded"))


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
    relation: Relation = field(words=("与儿童的关系", "the relation to the child"))
    birth_date: dt.date = field(birth=True, words=("出生日期", "the birth date"))
    sex: Sex | None = field(default=None, words=("性别", "sex"))
    id_number: IdNumber | None = field(default=None, words=("公民身份号码", "the identity number"))
    phone: Phone | None = field(default=None, words=("电话", "the phone"))
    health: frozenset[HealthCondition] = field(
        default=frozenset(), converter=as_frozenset, words=("健康状况", "health")
    )
    lacks_capacity: bool = field(
        default=False, words=("被认定无或限制民事行为能力", "lacks full civil capacity")
    )
    records: tuple[MisconductRecord, ...] = field(
        default=(), converter=as_tuple, words=("记录", "record")
    )
    lives_on_own_earnings: bool = field(
        default=False,
        words=("以自己的劳动收入为主要生活来源", "lives on own earnings (Civil Code art. 18)"),
    )

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
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"公民身份号码 {self.id_number} 中的出生日期是"
                        f" {self.id_number.birth_date}，"
                        f"记录的出生日期是 {self.birth_date}",
                        f"identity number {self.id_number} gives birth date"
                        f" {self.id_number.birth_date}, the record {self.birth_date}",
                    ),
                )
            if self.sex is not None and self.id_number.is_male != (self.sex is Sex.MALE):
                yield problem(
                    "$.id_number",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"公民身份号码 {self.id_number} 表示"
                        f"{'男' if self.id_number.is_male else '女'}性，"
                        f"记录的性别是{self.sex.label()}",
                        f"identity number {self.id_number} is a "
                        f"{'man' if self.id_number.is_male else 'woman'}'s, the record says"
                        f" {self.sex.value}",
                    ),
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

    kind: GuardianKind = field(words=("监护人类别", "the kind of guardian"))
    name: str = field(private=True, not_blank=True, words=("监护人姓名", "the guardian's name"))
    since: dt.date = field(words=("开始日期", "the day it began"))
    approved_by: ApprovalBody | None = field(default=None, words=("批准机关", "who approved"))
    approved_on: dt.date | None = field(default=None, words=("批准日期", "the day of approval"))
    birth_date: dt.date | None = field(
        default=None, birth=True, words=("出生日期", "the birth date")
    )
    lacks_capacity: bool = field(
        default=False, words=("被认定无或限制民事行为能力", "lacks full civil capacity")
    )
    agreed_on: dt.date | None = field(
        default=None,
        words=("协议确定监护人日期", "the day the qualified persons agreed (Civil Code art. 30)"),
    )

    def _problems(self) -> Iterator[Problem]:
        if (self.approved_by is None) != (self.approved_on is None):
            yield problem(
                "$.approved_on" if self.approved_on is None else "$.approved_by",
                ProblemCode.INCONSISTENT,
                Text(
                    "批准机关和批准日期要么都填写，要么都不填",
                    "give both who approved the guardian and on which day, or neither",
                ),
            )
        if self.kind is GuardianKind.ORGANIZATION and (
            self.birth_date is not None or self.lacks_capacity
        ):
            yield problem(
                "$.birth_date" if self.birth_date is not None else "$.lacks_capacity",
                ProblemCode.INCONSISTENT,
                Text(
                    "组织没有出生日期，也没有自然人的民事行为能力：请删除此项",
                    "an organization has no birth date nor civil capacity of a person: remove it",
                ),
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

    guardianship: GuardianshipType = field(
        words=("照护安排类型（与谁生活）", "who the child lives with")
    )
    since: dt.date = field(words=("开始日期", "the day it began"))
    carer: EntrustedCarer | None = field(default=None, words=("委托照护人", "the entrusted carer"))
    institution: str | None = field(default=None, words=("机构名称", "the institution"))
    reason: ChangeReason | None = field(
        default=None, words=("变更原因", "the reason for the change")
    )
    agreement_signed_on: dt.date | None = field(
        default=None, words=("委托协议签订日期", "the day the agreement was signed")
    )
    school_notified_on: dt.date | None = field(
        default=None, words=("书面告知学校日期", "the day the school was told")
    )
    village_notified_on: dt.date | None = field(
        default=None, words=("书面告知村（居）委会日期", "the day the village committee was told")
    )
    child_heard_on: dt.date | None = field(
        default=None, words=("听取儿童意见日期", "the day the child's view was heard")
    )

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
                ProblemCode.INCONSISTENT,
                Text(
                    f"“{self.guardianship.label()}”（'{kind}'）的照护安排没有委托照护人："
                    "请删除照护人，或改正照护安排",
                    f"an arrangement of type '{kind}' has no entrusted carer; remove"
                    " the carer or change the type",
                ),
            )
        if fits is not None and self.carer is None:
            yield problem(
                "$.carer",
                ProblemCode.MISSING,
                Text(
                    f"“{self.guardianship.label()}”（'{kind}'）的照护安排必须写明委托照护人",
                    f"an arrangement of type '{kind}' must name the carer",
                ),
            )
        if fits is not None and self.carer is not None and self.carer.relation not in fits:
            allowed = ", ".join(sorted(f"'{r.value}'" for r in fits))
            yield problem(
                "$.carer.relation",
                ProblemCode.INCONSISTENT,
                Text(
                    f"“{self.guardianship.label()}”（'{kind}'）的照护人应为"
                    f" {allowed.replace(', ', '、')}，不能是 '{self.carer.relation.value}'",
                    f"a carer in an arrangement of type '{kind}' is {allowed},"
                    f" not '{self.carer.relation.value}'",
                ),
            )
        if self.institution is not None and self.guardianship is not GuardianshipType.INSTITUTION:
            yield problem(
                "$.institution",
                ProblemCode.INCONSISTENT,
                Text(
                    "只有“机构”（'institution'）照护安排才写机构名称",
                    "only an arrangement of type 'institution' names an institution",
                ),
            )
