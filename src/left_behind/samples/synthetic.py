"""Synthetic people and places that belong to nobody: one source for every generator.

The sample registers (:mod:`left_behind.samples`), the Hypothesis strategies
(``left_behind.testing``), the project's tests and its benchmarks all build their
names, places, identity numbers and phones here, so the promises below hold
for every one of them:

- a **name** is a common surname (a few compound ones among them) and one or
  two common given-name characters. Surnames, given-name characters and the
  characters of place names share none, and no surname character is in a kind
  of place (``村``, ``小学``, ``县儿童福利院``...), so a name never turns up inside a
  place, a school or an address, and the other way round;
- a **place** is two place characters and a kind: villages, townships,
  counties, schools, addresses, institutions; a parent works away in one of
  :data:`WORK_PLACES`;
- an **identity number** is in region ``99``, which no province has, with the
  right check character (GB 11643-1999), and its birth date and sex digit agree
  with the person's;
- a **phone** follows a visibly fake pattern: mobiles ``1390000`` and four
  digits, landlines ``0999-0000`` and three or four digits (no local number
  starts with ``0``, so none is anyone's), typed the ways people type them
  (``+86``, spaces, hyphens), and each parses as :class:`~left_behind.kinds.Phone`;
  :func:`is_fake_phone` tells such a phone from anyone's.

Every builder takes a :class:`Chooser`, so one implementation serves a seeded
:class:`random.Random` (through :class:`RandomChooser`: the same data on every
run) and Hypothesis (``left_behind.testing.DrawChooser`` wraps a ``draw``).

>>> chooser = RandomChooser(7)
>>> name(chooser), village(chooser), work_place(chooser)
('杜宁', '西南村', ('天津', '天津'))
>>> phone(chooser, mobile=True, typed=False), id_number(chooser, dt.date(2016, 9, 1), Sex.FEMALE)
(Phone('139****1542'), IdNumber('9947**********0587'))
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from left_behind.kinds import IdNumber, Phone, id_check_character
from left_behind.model import (
    Assistance,
    DisabilityCategory,
    DisabilityGrade,
    Ethnicity,
    Grandparent,
    Health,
    IncomeSource,
    LivingArrangement,
    SchoolStage,
    Sex,
)

__all__ = [
    "COMPOUND_SURNAMES",
    "GIVEN_CHARACTERS",
    "PLACE_CHARACTERS",
    "SURNAMES",
    "WORK_PLACES",
    "Chooser",
    "RandomChooser",
    "address",
    "census_facts",
    "county",
    "fake_landline",
    "fake_mobile",
    "home",
    "id_number",
    "id_number_of",
    "institution",
    "is_fake_phone",
    "name",
    "organization",
    "phone",
    "place_stem",
    "school",
    "school_stage",
    "township",
    "village",
    "work_place",
]

T = TypeVar("T")


class Chooser(Protocol):
    """What a builder needs from a source of randomness.

    Hypothesis shrinks towards the first option and the lowest integer, so
    the builders list the most ordinary value first.
    """

    def choice(self, options: Sequence[T]) -> T:
        """One of ``options`` (not empty)."""

    def choices(self, options: Sequence[T], k: int) -> list[T]:
        """``k`` of ``options``, each drawn on its own (repeats allowed)."""

    def integer(self, low: int, high: int) -> int:
        """An integer from ``low`` to ``high`` inclusive (``low <= high``)."""


class RandomChooser:
    """A :class:`Chooser` over :class:`random.Random`, or over a new one seeded with an int.

    >>> a, b = RandomChooser(1), RandomChooser(random.Random(1))
    >>> [a.integer(1, 6) for _ in range(5)] == [b.integer(1, 6) for _ in range(5)]
    True
    """

    __slots__ = ("rng",)

    def __init__(self, rng: random.Random | int) -> None:
        self.rng = rng if isinstance(rng, random.Random) else random.Random(rng)

    def choice(self, options: Sequence[T]) -> T:
        """One of ``options``, as :meth:`random.Random.choice` draws it."""
        return self.rng.choice(options)

    def choices(self, options: Sequence[T], k: int) -> list[T]:
        """``k`` of ``options``, as :meth:`random.Random.choices` draws them."""
        return self.rng.choices(options, k=k)

    def integer(self, low: int, high: int) -> int:
        """An integer from ``low`` to ``high`` inclusive, as :meth:`random.Random.randint`."""
        return self.rng.randint(low, high)


# --- names -----------------------------------------------------------------------
# The sample register draws from the start of SURNAMES, GIVEN_CHARACTERS and
# WORK_PLACES (how much of each: see left_behind.samples): adding to the end of a
# list keeps it the same, reordering or removing changes it.

# 欧阳 and 宇文 would share a character with given names, 上官 and 东方 with places
COMPOUND_SURNAMES: tuple[str, ...] = ("司马", "诸葛", "慕容")
"""Two-character surnames, the last entries of :data:`SURNAMES`."""

SURNAMES: tuple[str, ...] = (
    *"王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高",
    *"梁郑谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程魏吕丁任沈姚卢姜崔钟谭陆汪范金",
    *"廖贾夏韦付方白邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵",
    *COMPOUND_SURNAMES,
)
"""Common surnames, roughly the most common first; the compound ones last."""

GIVEN_CHARACTERS = (
    "小子一文明华宇欣怡雨涵浩然佳琪梓轩思彤晨阳嘉乐安宁"
    "俊杰婷静伟强敏丽芳军磊洋勇艳娟霞刚桂英秀兰玉梅红国志鹏飞博睿泽瑞萱诗雅琳晓"
)
"""Common characters of given names."""


def name(
    chooser: Chooser, *, surnames: Sequence[str] = SURNAMES, given: Sequence[str] = GIVEN_CHARACTERS
) -> str:
    """A personal name: a surname and one or two given-name characters.

    ``surnames`` and ``given`` narrow the choice to part of :data:`SURNAMES` and
    :data:`GIVEN_CHARACTERS`.

    >>> name(RandomChooser(3)), name(RandomChooser(3), surnames=COMPOUND_SURNAMES)
    ('彭乐', '司马乐')
    """
    surname = chooser.choice(surnames)
    return surname + "".join(chooser.choices(given, chooser.choice((1, 2))))


# --- places ----------------------------------------------------------------------

PLACE_CHARACTERS = "东西南北中新青桥河山湖坪岭塘溪坝湾营岗沟庄石"
"""The characters of synthetic place names; none is in a name."""

WORK_PLACES: tuple[tuple[str, str], ...] = (
    ("广东", "深圳"),
    ("广东", "东莞"),
    ("浙江", "杭州"),
    ("江苏", "苏州"),
    ("上海", "上海"),
    ("福建", "厦门"),
    ("北京", "北京"),
    ("广东", "广州"),
    ("天津", "天津"),
    ("湖北", "武汉"),
)
"""Provinces (or municipalities) and cities where parents work away; none shares a
character with a name."""

_COUNTY_KINDS = ("县", "区")
_TOWNSHIP_KINDS = ("镇", "乡")
_INSTITUTION_KINDS = ("县儿童福利院", "区儿童之家")
_ORGANIZATION_KINDS = ("县民政局", "村民委员会", "县儿童福利院")
_HOME_KINDS = ("村儿童快乐家园", "村儿童之家", "镇留守儿童之家")
_SCHOOL_KINDS: dict[SchoolStage, str | None] = {  # junior and senior: 中学
    **{stage: None for stage in SchoolStage if not stage.in_school},
    SchoolStage.KINDERGARTEN: "幼儿园",
    SchoolStage.VOCATIONAL: "职业学校",
    **{stage: "小学" for stage in SchoolStage if stage.value.startswith("primary")},
}


def place_stem(chooser: Chooser) -> str:
    """Two place characters, the part of a place name before its kind.

    >>> place_stem(RandomChooser(2))
    '西南'
    """
    return chooser.choice(PLACE_CHARACTERS) + chooser.choice(PLACE_CHARACTERS)


def village(chooser: Chooser) -> str:
    """A village (``村``)."""
    return place_stem(chooser) + "村"


def township(chooser: Chooser) -> str:
    """A town or township (``镇``, ``乡``)."""
    return place_stem(chooser) + chooser.choice(_TOWNSHIP_KINDS)


def county(chooser: Chooser) -> str:
    """A county or a district (``县``, ``区``)."""
    return place_stem(chooser) + chooser.choice(_COUNTY_KINDS)


def address(chooser: Chooser, village_name: str, *, groups: int = 12, houses: int = 80) -> str:
    """A house in a village: its villagers' group (组) and house number (号).

    >>> address(RandomChooser(4), "石村", groups=9, houses=60)
    '石村4组20号'
    """
    return f"{village_name}{chooser.integer(1, groups)}组{chooser.integer(1, houses)}号"


def school_stage(age: int) -> SchoolStage:
    """The usual stage of a child of ``age`` at the start of a school year.

    Kindergarten from 3, primary year 1 at 6, junior middle at 12, senior
    middle at 15 (its last year from 17 on). Callers add the exceptions they
    want: a child not in kindergarten, at a vocational school, out of school.

    >>> [school_stage(age).value for age in (2, 5, 6, 11, 12, 15, 17)]
    ['not_in_kindergarten', 'kindergarten', 'primary_1', 'primary_6', 'junior_1',
     'senior_1', 'senior_3']
    """
    if age < 3:
        return SchoolStage.NOT_IN_KINDERGARTEN
    if age < 6:
        return SchoolStage.KINDERGARTEN
    if age < 12:
        return SchoolStage(f"primary_{age - 5}")
    if age < 15:
        return SchoolStage(f"junior_{age - 11}")
    return SchoolStage(f"senior_{min(age - 14, 3)}")


def school(place: str, stage: SchoolStage) -> str | None:
    """The school of a pupil at ``stage``, named after a place; None out of school.

    >>> school("石村", SchoolStage.PRIMARY_4), school("石桥", SchoolStage.SENIOR_1)
    ('石村小学', '石桥中学')
    >>> school("石村", SchoolStage.NOT_IN_KINDERGARTEN) is None
    True
    """
    kind = _SCHOOL_KINDS.get(stage, "中学")
    return None if kind is None else place + kind


def institution(chooser: Chooser) -> str:
    """A children's welfare home or children's home that cares for children."""
    return place_stem(chooser) + chooser.choice(_INSTITUTION_KINDS)


def organization(chooser: Chooser) -> str:
    """A body that can be a child's guardian: civil affairs, a village committee, a welfare home."""
    return place_stem(chooser) + chooser.choice(_ORGANIZATION_KINDS)


def home(chooser: Chooser) -> str:
    """A children's happy home or children's home, the keeper of a register."""
    return place_stem(chooser) + chooser.choice(_HOME_KINDS)


def work_place(
    chooser: Chooser, places: Sequence[tuple[str, str]] = WORK_PLACES
) -> tuple[str, str]:
    """A province and a city where a parent works away (from ``places``)."""
    return chooser.choice(places)


# --- identity numbers ------------------------------------------------------------


def id_number_of(birth_date: dt.date, sex: Sex, serial: int, *, region: str = "990101") -> IdNumber:
    """The identity number of the ``serial``-th person (0-499) of a sex born on a day in a region.

    ``region`` is six digits starting ``99``: no province has that code, so the
    number is nobody's. The sequence digits are ``serial`` times 2, plus 1 for a
    man (the 17th digit is odd for men, even for women).

    >>> n = id_number_of(dt.date(2016, 9, 1), Sex.FEMALE, 7)
    >>> n.reveal(), n.birth_date, n.is_male
    ('990101201609010148', datetime.date(2016, 9, 1), False)
    """
    if not (len(region) == 6 and region.isdigit() and region.startswith("99")):
        raise ValueError(f"a synthetic region is six digits starting 99, got {region!r}")
    if not 0 <= serial < 500:
        raise ValueError(f"the serial is from 0 to 499, got {serial}")
    sequence = serial * 2 + (1 if sex is Sex.MALE else 0)
    born = f"{birth_date.year:04d}{birth_date.month:02d}{birth_date.day:02d}"
    first17 = f"{region}{born}{sequence:03d}"
    return IdNumber(first17 + id_check_character(first17))


def id_number(chooser: Chooser, birth_date: dt.date, sex: Sex | None = None) -> IdNumber:
    """An identity number in a region ``99xxxx`` for someone born on ``birth_date``.

    Its sex digit is that of ``sex``, of either sex when None.
    """
    male_or_female = sex if sex is not None else chooser.choice(tuple(Sex))
    region = f"99{chooser.integer(1, 99):02d}{chooser.integer(1, 99):02d}"
    return id_number_of(birth_date, male_or_female, chooser.integer(0, 499), region=region)


# --- phones ----------------------------------------------------------------------

_MOBILE_PREFIX = "1390000"
_MOBILE_LAST = 4  # digits after the prefix
_AREA = "0999"  # no such area code
_LOCAL_PREFIX = "0000"  # no local number starts with 0
_LOCAL_LAST = (4, 3)  # digits after the local prefix, the more common first
_SEPARATORS = ("", "", "", " ", "-")  # mostly run together
_AFTER_86 = ("", " ", "-")


def fake_mobile(last: int) -> Phone:
    """The fake mobile ``1390000`` followed by ``last`` (0-9999) in four digits.

    >>> fake_mobile(42).reveal()
    '13900000042'
    """
    if not 0 <= last < 10**_MOBILE_LAST:
        raise ValueError(f"the last four digits are from 0 to 9999, got {last}")
    return Phone(f"{_MOBILE_PREFIX}{last:0{_MOBILE_LAST}d}")


def fake_landline(last: int, digits: int = 4) -> Phone:
    """The fake landline ``0999-0000`` followed by ``last`` in ``digits`` (3 or 4) digits.

    >>> fake_landline(7, 3).reveal(), fake_landline(1234).reveal()
    ('0999-0000007', '0999-00001234')
    """
    if digits not in _LOCAL_LAST or not 0 <= last < 10**digits:
        raise ValueError(f"need 3 or 4 digits and a number that fits, got {last} in {digits}")
    return Phone(f"{_AREA}-{_LOCAL_PREFIX}{last:0{digits}d}")


def phone(chooser: Chooser, *, mobile: bool | None = None, typed: bool = True) -> Phone:
    """A fake mobile (``mobile=True``), landline (``False``) or either (two in three mobiles).

    ``typed`` types it the ways people do: digits run together or grouped by
    spaces or hyphens, sometimes with ``+86`` in front (a landline's area code
    then loses its ``0``); otherwise it is written plainly. Either way the
    :class:`~left_behind.kinds.Phone` keeps it in its one form.

    >>> chooser = RandomChooser(5)
    >>> [phone(chooser).reveal() for _ in range(4)]
    ['13900004185', '0999-0000794', '0999-00006091', '13900008908']
    """
    if mobile is None:
        mobile = chooser.integer(0, 2) != 0
    if mobile:
        number = fake_mobile(chooser.integer(0, 9999))
    else:
        digits = chooser.choice(_LOCAL_LAST)
        number = fake_landline(chooser.integer(0, 10**digits - 1), digits)
    if not typed:
        return number
    plain = number.digits
    if mobile:
        parts = [plain[:3], plain[3:7], plain[7:]]
        international = chooser.integer(0, 4) == 0
        lead = "+86" + chooser.choice(_AFTER_86) if international else ""
        return Phone(lead + chooser.choice(_SEPARATORS).join(parts))
    area, local = plain[: len(_AREA)], plain[len(_AREA) :]
    if chooser.integer(0, 4) == 0:
        area = "+86" + chooser.choice(_AFTER_86) + area[1:]
    return Phone(chooser.choice(_SEPARATORS).join((area, local)))


def is_fake_phone(number: Phone) -> bool:
    """Whether ``number``, however it is typed, is one of the fake phones made here.

    What :func:`fake_mobile` and :func:`fake_landline` make, and so every
    :func:`phone`: a check for fixtures and exports that must hold nobody's
    number.

    >>> is_fake_phone(Phone("+86 139-0000-0042")), is_fake_phone(Phone("+86 999 00001234"))
    (True, True)
    >>> is_fake_phone(Phone("13912345678")), is_fake_phone(Phone("025-00001234"))
    (False, False)
    """
    lengths: tuple[int, ...]
    if number.is_mobile:
        prefix, lengths = _MOBILE_PREFIX, (_MOBILE_LAST,)
    else:
        prefix, lengths = _AREA + _LOCAL_PREFIX, _LOCAL_LAST
    digits = number.digits
    return digits.startswith(prefix) and len(digits) - len(prefix) in lengths


# --- the census form's facts -------------------------------------------------------

# most children in a rural register are Han; a few of the larger other groups
_ETHNICITIES = (Ethnicity.HAN,) * 9 + (Ethnicity.TUJIA, Ethnicity.MIAO, Ethnicity.ZHUANG)
_ILLNESSES = ("先天性心脏病", "白血病", "肾病综合征", "癫痫")
_GRANDPARENTS = (
    "paternal_grandfather",
    "paternal_grandmother",
    "maternal_grandfather",
    "maternal_grandmother",
)


def _some_of(chooser: Chooser, options: Sequence[T], most: int) -> frozenset[T]:
    return frozenset(chooser.choices(options, chooser.integer(0, most)))


def census_facts(
    chooser: Chooser,
    birth_date: dt.date,
    *,
    stage: SchoolStage,
    living: LivingArrangement,
    hukou_place: str,
    registered: bool = True,
) -> dict[str, Any]:
    """The census form's facts of a child, as keyword arguments of :class:`~left_behind.Child`.

    Consistent with the rest of the file: boarding only in school (and always
    for a pupil who lives at a boarding school), a disability's category and
    grade only for a disabled child, an illness only for an ill one, no hukou
    place for a household not registered, grandparents born 40 to 70 years
    before the child (now and then one who has died, the form's "—").

    >>> facts = census_facts(RandomChooser(5), dt.date(2016, 9, 1),
    ...     stage=SchoolStage.PRIMARY_4, living=LivingArrangement.WITH_CARER,
    ...     hukou_place="示例县示例镇示例村")
    >>> facts["hukou_registered"], facts["health"].value, len(facts["income_sources"]) > 0
    (True, 'healthy', True)
    """
    boarding: bool | None
    at_boarding_school = living is LivingArrangement.BOARDING_SCHOOL
    if not stage.in_school:
        boarding = None if at_boarding_school else False  # the two facts disagree: say nothing
    else:
        boarding = at_boarding_school or (
            stage.value.startswith(("junior", "senior")) and chooser.integer(1, 3) == 1
        )
    health = chooser.choice((Health.HEALTHY,) * 10 + (Health.DISABLED, Health.ILL))
    facts: dict[str, Any] = {
        "ethnicity": chooser.choice(_ETHNICITIES),
        "hukou_registered": registered,
        "hukou_place": hukou_place if registered else None,
        "boarding": boarding,
        "health": health,
        "income_sources": frozenset({IncomeSource.WAGES})
        | _some_of(chooser, list(IncomeSource), 2),
        "assistance": _some_of(chooser, list(Assistance), 2)
        if chooser.integer(1, 4) == 1
        else frozenset(),
    }
    if health is Health.DISABLED:
        facts["disability"] = chooser.choice(list(DisabilityCategory))
        facts["disability_grade"] = chooser.choice(list(DisabilityGrade))
    elif health is Health.ILL:
        facts["illness"] = chooser.choice(_ILLNESSES)
    for field_name in _GRANDPARENTS:
        years = chooser.integer(40, 70)
        born = dt.date(birth_date.year - years, chooser.integer(1, 12), chooser.integer(1, 28))
        deceased = chooser.integer(1, 8) == 1
        facts[field_name] = Grandparent(
            name=name(chooser),
            birth_date=None if deceased and chooser.integer(1, 2) == 1 else born,
            deceased=deceased,
        )
    return facts
