"""The census summary (汇总表) of the 2016 census of rural left-behind children.

The census (民发〔2016〕42号) gathered each child's form (登记表) into a
village's, a township's and a county's summary, with the rule that every
breakdown adds up to the total (表间勾稽关系): children by age band (0-5,
6(含)-13, 14(含)-15) and each band by sex, by schooling, by the kind of
left-behind, by care, by health and by the assessment of the care.
:func:`census_summary` makes one for a register, or for the part of it in a
county, township or village, on a date.

Who is counted: the form's 农村留守儿童, a child under 16 with a rural hukou
whose parents both work away, or one works away and the other cannot act as
guardian, on the date (GF16-definition, as :func:`~left_behind.classify`
applies it; a de-facto unsupported child is counted as such there, not
here). A left-behind child with an urban hukou is not on the form: the
summary says how many were left out (``urban_left_behind``), so none goes
missing unsaid.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from left_behind.kinds import (
    LabelledEnum,
    Lang,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    field,
    problem,
)
from left_behind.law import LEFT_BEHIND_UNDER
from left_behind.model import (
    CareAssessment,
    CensusSchooling,
    Child,
    ChildStatus,
    GuardianshipType,
    Health,
    Home,
    Hukou,
    Register,
    Sex,
    census_schooling,
)
from left_behind.rules import Policy, away_for_work, classify, parent_reasons
from left_behind.stats._summary import NO_ARRANGEMENT, AgeBand

__all__ = [
    "CENSUS_BANDS",
    "CENSUS_BREAKDOWNS",
    "NOT_ASSESSED",
    "NOT_RECORDED",
    "AssessmentCount",
    "BandCount",
    "CareCount",
    "CensusSummary",
    "HealthCount",
    "KindCount",
    "LeftBehindKind",
    "SchoolingCount",
    "census_label",
    "census_labelled",
    "census_summary",
]

CENSUS_BANDS = (AgeBand.AGE_0_5, AgeBand.AGE_6_13, AgeBand.AGE_14_15)
"""The form's age bands: 0-5, 6(含)-13 and 14(含)-15 completed years (周岁)."""
NOT_RECORDED = Text("未登记", "not recorded")
"""The label of the row of children whose health the file does not say."""
NOT_ASSESSED = Text("未评估", "not assessed")
"""The label of the row of children with no assessment of the care by the date."""


class LeftBehindKind(LabelledEnum):
    """The kind of left-behind (实际监护情况) the census form asks: both parents away, or
    one away and the other without capacity to act as guardian, and which."""

    BOTH_AWAY = "both_away", "父母双方外出", "both parents away"
    FATHER_AWAY = (
        "father_away",
        "父亲外出、母亲无监护能力",
        "the father away, the mother without capacity",
    )
    MOTHER_AWAY = (
        "mother_away",
        "母亲外出、父亲无监护能力",
        "the mother away, the father without capacity",
    )


def census_label(key: LabelledEnum | None, row: type, lang: Lang = "zh") -> str:
    """The label of a row's key; a row of no key says what is missing."""
    if key is not None:
        return key.label(lang)
    if row is CareCount:
        return NO_ARRANGEMENT.get(lang)
    if row is AssessmentCount:
        return NOT_ASSESSED.get(lang)
    return NOT_RECORDED.get(lang)


def _checked(row: Any, count: int) -> Iterator[Problem]:
    if count < 0:
        yield problem(
            "$.count",
            ProblemCode.RANGE,
            Text(f"人数不能为负数：{count}", f"a count is never negative, got {count}"),
        )
    label = row.label
    key = row.key
    if label and label not in (census_label(key, type(row)), census_label(key, type(row), "en")):
        yield problem(
            "$.label",
            ProblemCode.INCONSISTENT,
            Text(
                f"这一行的名称应为“{census_label(key, type(row))}”，或者不写",
                f"the label of this row is {census_label(key, type(row), 'en')!r}, or none",
            ),
        )


@attrs.frozen(kw_only=True)
class BandCount(Record):
    """How many children are in one of the form's age bands, and how many are boys and girls."""

    band: AgeBand = field(words=("年龄段", "age"))
    count: int = field(words=("合计", "children"))
    male: int = field(words=("男", "boys"))
    female: int = field(words=("女", "girls"))
    label: str = field(default="", words=("名称", "label"))

    @property
    def key(self) -> LabelledEnum | None:
        """What the row counts by."""
        return self.band

    def _problems(self) -> Iterator[Problem]:
        yield from _checked(self, self.count)
        if self.male + self.female != self.count:
            yield problem(
                "$.count",
                ProblemCode.INCONSISTENT,
                Text(
                    f"男 {self.male} 人、女 {self.female} 人，合计应为"
                    f" {self.male + self.female}，不是 {self.count}",
                    f"{self.male} boys and {self.female} girls make"
                    f" {self.male + self.female}, not {self.count}",
                ),
            )


@attrs.frozen(kw_only=True)
class SchoolingCount(Record):
    """How many children are in one of the form's boxes of schooling (就学情况)."""

    schooling: CensusSchooling = field(words=("就学情况", "schooling"))
    count: int = field(words=("人数", "children"))
    label: str = field(default="", words=("名称", "label"))

    @property
    def key(self) -> LabelledEnum | None:
        """What the row counts by."""
        return self.schooling

    def _problems(self) -> Iterator[Problem]:
        return _checked(self, self.count)


@attrs.frozen(kw_only=True)
class KindCount(Record):
    """How many children are left behind in one way (留守类型)."""

    kind: LeftBehindKind = field(words=("留守类型", "kind of left-behind"))
    count: int = field(words=("人数", "children"))
    label: str = field(default="", words=("名称", "label"))

    @property
    def key(self) -> LabelledEnum | None:
        """What the row counts by."""
        return self.kind

    def _problems(self) -> Iterator[Problem]:
        return _checked(self, self.count)


@attrs.frozen(kw_only=True)
class CareCount(Record):
    """How many children live in one kind of care arrangement; ``None``: none recorded."""

    guardianship: GuardianshipType | None = field(words=("照护安排", "care arrangement"))
    count: int = field(words=("人数", "children"))
    label: str = field(default="", words=("名称", "label"))

    @property
    def key(self) -> LabelledEnum | None:
        """What the row counts by."""
        return self.guardianship

    def _problems(self) -> Iterator[Problem]:
        return _checked(self, self.count)


@attrs.frozen(kw_only=True)
class HealthCount(Record):
    """How many children are in one box of the form's health (身体情况); ``None``: not said."""

    health: Health | None = field(words=("身体情况", "health"))
    count: int = field(words=("人数", "children"))
    label: str = field(default="", words=("名称", "label"))

    @property
    def key(self) -> LabelledEnum | None:
        """What the row counts by."""
        return self.health

    def _problems(self) -> Iterator[Problem]:
        return _checked(self, self.count)


@attrs.frozen(kw_only=True)
class AssessmentCount(Record):
    """How many children have one assessment of the care (监护情况评估) as last made;
    ``None``: none made by the date."""

    assessment: CareAssessment | None = field(words=("监护情况评估", "assessment of the care"))
    count: int = field(words=("人数", "children"))
    label: str = field(default="", words=("名称", "label"))

    @property
    def key(self) -> LabelledEnum | None:
        """What the row counts by."""
        return self.assessment

    def _problems(self) -> Iterator[Problem]:
        return _checked(self, self.count)


_Row = SchoolingCount | KindCount | CareCount | HealthCount | AssessmentCount
CENSUS_BREAKDOWNS = ("by_band", "by_schooling", "by_kind", "by_care", "by_health", "by_assessment")
"""The breakdowns of a :class:`CensusSummary`, in the order the summary shows them."""


@attrs.frozen(kw_only=True)
class CensusSummary(Record):
    """The census summary (汇总表) of a register, or of a place in it, on the date ``on``.

    ``total`` counts the form's rural left-behind children in the place on
    ``on`` (see the module's text); ``rural_under_16`` the children under 16
    with a rural hukou in the place, left-behind or not (the form's 农村户籍
    不满十六周岁未成年人数, as far as the register knows them);
    ``urban_left_behind`` the left-behind children with an urban hukou, not
    on the form. ``county``, ``township`` and ``village`` are the place the
    summary was asked for (empty: all of the register).

    Each breakdown lists every row in declaration order, zero counts
    included, and adds up to ``total``; each age band's boys and girls add
    up to the band:

    * ``by_band``: the form's three age bands, each by sex;
    * ``by_schooling``: the form's boxes (:func:`~left_behind.model.census_schooling`);
    * ``by_kind``: both parents away; the father away and the mother without
      capacity; the mother away and the father without capacity;
    * ``by_care``: the care arrangement in force, and a row of none recorded;
    * ``by_health``: 健康, 残疾, 患病, and a row of health not recorded;
    * ``by_assessment``: the latest assessment of the care by ``on`` in the
      home's visits (较好, 一般, 差), and a row of none made (always all of a
      register with no visits).

    A summary that breaks a sum (one edited by hand and read back) is
    :class:`~left_behind.InvalidData`.
    """

    register: str = ""
    on: dt.date
    county: str = ""
    township: str = ""
    village: str = ""
    total: int
    rural_under_16: int
    urban_left_behind: int = 0
    by_band: tuple[BandCount, ...] = attrs.field(converter=as_tuple)
    by_schooling: tuple[SchoolingCount, ...] = attrs.field(converter=as_tuple)
    by_kind: tuple[KindCount, ...] = attrs.field(converter=as_tuple)
    by_care: tuple[CareCount, ...] = attrs.field(converter=as_tuple)
    by_health: tuple[HealthCount, ...] = attrs.field(converter=as_tuple)
    by_assessment: tuple[AssessmentCount, ...] = attrs.field(converter=as_tuple)

    @property
    def place(self) -> str:
        """The place the summary is of: the county, township and village asked for."""
        return "".join((self.county, self.township, self.village))

    def count(self, key: LabelledEnum) -> int:
        """The number of children of a band, box, kind, arrangement, health or assessment.

        >>> from left_behind import samples
        >>> s = census_summary(samples.shicun(), on=samples.REFERENCE_DATE)
        >>> s.count(LeftBehindKind.BOTH_AWAY) + s.count(LeftBehindKind.FATHER_AWAY) + s.count(
        ...     LeftBehindKind.MOTHER_AWAY) == s.total
        True
        """
        for name in CENSUS_BREAKDOWNS:
            for row in getattr(self, name):
                if row.key is key:
                    found: int = row.count
                    return found
        raise KeyError(key)

    def _problems(self) -> Iterator[Problem]:
        for name in ("total", "rural_under_16", "urban_left_behind"):
            value = getattr(self, name)
            if value < 0:
                yield problem(
                    f"$.{name}",
                    ProblemCode.RANGE,
                    Text(f"人数不能为负数：{value}", f"a count is never negative, got {value}"),
                )
        if self.total > self.rural_under_16:
            yield problem(
                "$.rural_under_16",
                ProblemCode.INCONSISTENT,
                Text(
                    f"农村留守儿童 {self.total} 名，多于农村户籍不满十六周岁儿童"
                    f" {self.rural_under_16} 名",
                    f"{self.total} rural left-behind children, more than the"
                    f" {self.rural_under_16} rural children under 16",
                ),
            )
        for name in CENSUS_BREAKDOWNS:
            rows: Sequence[BandCount | _Row] = getattr(self, name)
            added = sum(r.count for r in rows)
            if added != self.total:
                yield problem(
                    f"$.{name}",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"各项人数合计为 {added}，与总数 {self.total} 不符",
                        f"the counts add up to {added}, not to the total of {self.total}",
                    ),
                )


def _in_place(child: Child, county: str, township: str, village: str) -> bool:
    return (
        (not county or child.county == county)
        and (not township or child.township == township)
        and (not village or child.village == village)
    )


def _kind(child: Child, on: dt.date) -> LeftBehindKind:
    father, mother = parent_reasons(child, on)
    if away_for_work(father) and away_for_work(mother):
        return LeftBehindKind.BOTH_AWAY
    # a left-behind child has one parent away and the other unable (GF16): which one
    return LeftBehindKind.FATHER_AWAY if away_for_work(father) else LeftBehindKind.MOTHER_AWAY


def _assessments(register: Register, on: dt.date) -> dict[str, CareAssessment]:
    """Each child's latest assessment of the care by ``on`` (of the same day, the last listed)."""
    latest: dict[str, tuple[dt.date, CareAssessment]] = {}
    visits = register.visits if isinstance(register, Home) else ()
    for v in visits:
        if v.care is None or v.on > on:
            continue
        seen = latest.get(v.child)
        if seen is None or seen[0] <= v.on:
            latest[v.child] = (v.on, v.care)
    return {child: care for child, (_, care) in latest.items()}


def census_summary(
    register: Register,
    *,
    on: dt.date,
    county: str = "",
    township: str = "",
    village: str = "",
    policy: Policy | None = None,
) -> CensusSummary:
    """The census summary (汇总表) of ``register`` on ``on``, of the place asked for.

    ``county``, ``township`` and ``village`` keep the children of that
    place (each empty: any); a home's visits give the assessments of the
    care. Pure: the same register, date and place give the same summary.

    >>> from left_behind import Register, samples
    >>> village = Register(name="示例村", children=[
    ...     samples.family(age=9, child_id="a"),
    ...     samples.family(age=15, child_id="b"),
    ...     samples.family(father="at_home", age=4, child_id="c"),
    ...     samples.family(mother="incapacitated", age=3, child_id="d"),
    ... ])
    >>> s = census_summary(village, on=samples.REFERENCE_DATE)
    >>> s.total, s.rural_under_16
    (3, 4)
    >>> [(r.band.label(), r.male, r.female) for r in s.by_band]
    [('0-5 岁', 0, 1), ('6-13 岁', 0, 1), ('14-15 岁', 0, 1)]
    >>> s.count(LeftBehindKind.BOTH_AWAY), s.count(LeftBehindKind.FATHER_AWAY)
    (2, 1)
    >>> census_summary(village, on=samples.REFERENCE_DATE, village="别的村").total
    0
    """
    children = [
        c
        for c in register.children
        if c.birth_date <= on and _in_place(c, county, township, village)
    ]
    assessed = _assessments(register, on)
    rural_under_16 = urban = 0
    bands: Counter[tuple[AgeBand, Sex]] = Counter()
    schooling: Counter[CensusSchooling] = Counter()
    kinds: Counter[LeftBehindKind] = Counter()
    care: Counter[GuardianshipType | None] = Counter()
    health: Counter[Health | None] = Counter()
    assessments: Counter[CareAssessment | None] = Counter()
    for child in children:
        age = child.age_on(on)
        rural = child.hukou is Hukou.RURAL
        if rural and age < LEFT_BEHIND_UNDER:
            rural_under_16 += 1
        found = classify(child, on=on) if policy is None else classify(child, on=on, policy=policy)
        if found.status is not ChildStatus.LEFT_BEHIND:
            continue
        if not rural:
            urban += 1
            continue
        bands[AgeBand.of(age), child.sex] += 1
        schooling[census_schooling(child.stage, age)] += 1
        kinds[_kind(child, on)] += 1
        arrangement = child.care_on(on)
        care[arrangement.guardianship if arrangement is not None else None] += 1
        health[child.health] += 1
        assessments[assessed.get(child.id)] += 1

    none: tuple[None, ...] = (None,)
    return CensusSummary(
        register=register.name,
        on=on,
        county=county,
        township=township,
        village=village,
        total=sum(bands.values()),
        rural_under_16=rural_under_16,
        urban_left_behind=urban,
        by_band=tuple(
            BandCount(
                band=b,
                count=bands[b, Sex.MALE] + bands[b, Sex.FEMALE],
                male=bands[b, Sex.MALE],
                female=bands[b, Sex.FEMALE],
            )
            for b in CENSUS_BANDS
        ),
        by_schooling=tuple(
            SchoolingCount(schooling=s, count=schooling[s]) for s in CensusSchooling
        ),
        by_kind=tuple(KindCount(kind=k, count=kinds[k]) for k in LeftBehindKind),
        by_care=tuple(CareCount(guardianship=g, count=care[g]) for g in (*GuardianshipType, *none)),
        by_health=tuple(HealthCount(health=h, count=health[h]) for h in (*Health, *none)),
        by_assessment=tuple(
            AssessmentCount(assessment=a, count=assessments[a]) for a in (*CareAssessment, *none)
        ),
    )


def census_labelled(summary: CensusSummary, lang: Lang = "zh") -> CensusSummary:
    """``summary`` with each row's ``label`` in ``lang``, for a client that shows the figures.

    >>> from left_behind import samples
    >>> s = census_labelled(census_summary(samples.shicun(), on=samples.REFERENCE_DATE), "en")
    >>> s.by_band[0].label, s.by_health[-1].label, s.by_assessment[-1].label
    ('aged 0-5', 'not recorded', 'not assessed')
    """

    def rows(found: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(attrs.evolve(r, label=census_label(r.key, type(r), lang)) for r in found)

    changes: dict[str, Any] = {name: rows(getattr(summary, name)) for name in CENSUS_BREAKDOWNS}
    return attrs.evolve(summary, **changes)
