"""The facts of the 2016 census form (登记表) that a child's file keeps.

The census of rural left-behind children (民发〔2016〕42号, the Ministries of
Civil Affairs, Education and Public Security) asked, for each child, the
ethnicity, whether the household is registered, the hukou place, the
health, boarding at school, the schooling, the four grandparents, the
family's sources of income and the assistance it receives. Each is declared
once here (or on :class:`~left_behind.Child`, which holds them), with the
form's own words as labels, so that the roster and the summary (汇总表) read
the same values.

>>> Ethnicity.HAN.code, Ethnicity.from_code("36").label()
('01', '毛南族')
>>> Ethnicity.from_code("98").label("en")
'Chinese citizen of foreign origin'
>>> census_schooling(SchoolStage.PRIMARY_4, 9).label()
'小学'
"""

from __future__ import annotations

import datetime as dt

import attrs

from left_behind.kinds import LabelledEnum, Record, field
from left_behind.model._enums import SchoolStage

__all__ = [
    "COMPULSORY_SCHOOL_AGE",
    "COMPULSORY_YEARS",
    "NOT_IN_SCHOOL_FROM",
    "Assistance",
    "CensusSchooling",
    "DisabilityCategory",
    "DisabilityGrade",
    "Ethnicity",
    "Grandparent",
    "Health",
    "IncomeSource",
    "census_schooling",
]


class Ethnicity(LabelledEnum):
    """Ethnicity (民族) as GB/T 3304-1991 names and codes it.

    The 56 groups in the standard's order (``code`` "01" to "56", and the
    standard's two-letter code, ``letters``), then the standard's two others:
    97 其他 (a group not listed) and 98 外国血统中国籍人士 (a Chinese citizen of
    foreign origin). The English labels are the standard's romanized names.
    The value is the romanized name in lower case: it never changes.
    """

    HAN = "han", "汉族", "Han"
    MONGOL = "mongol", "蒙古族", "Mongol"
    HUI = "hui", "回族", "Hui"
    ZANG = "zang", "藏族", "Zang"
    UYGUR = "uygur", "维吾尔族", "Uygur"
    MIAO = "miao", "苗族", "Miao"
    YI = "yi", "彝族", "Yi"
    ZHUANG = "zhuang", "壮族", "Zhuang"
    BUYEI = "buyei", "布依族", "Buyei"
    CHOSEN = "chosen", "朝鲜族", "Chosen"
    MAN = "man", "满族", "Man"
    DONG = "dong", "侗族", "Dong"
    YAO = "yao", "瑶族", "Yao"
    BAI = "bai", "白族", "Bai"
    TUJIA = "tujia", "土家族", "Tujia"
    HANI = "hani", "哈尼族", "Hani"
    KAZAK = "kazak", "哈萨克族", "Kazak"
    DAI = "dai", "傣族", "Dai"
    LI = "li", "黎族", "Li"
    LISU = "lisu", "傈僳族", "Lisu"
    VA = "va", "佤族", "Va"
    SHE = "she", "畲族", "She"
    GAOSHAN = "gaoshan", "高山族", "Gaoshan"
    LAHU = "lahu", "拉祜族", "Lahu"
    SUI = "sui", "水族", "Sui"
    DONGXIANG = "dongxiang", "东乡族", "Dongxiang"
    NAXI = "naxi", "纳西族", "Naxi"
    JINGPO = "jingpo", "景颇族", "Jingpo"
    KIRGIZ = "kirgiz", "柯尔克孜族", "Kirgiz"
    TU = "tu", "土族", "Tu"
    DAUR = "daur", "达斡尔族", "Daur"
    MULAO = "mulao", "仫佬族", "Mulao"
    QIANG = "qiang", "羌族", "Qiang"
    BLANG = "blang", "布朗族", "Blang"
    SALAR = "salar", "撒拉族", "Salar"
    MAONAN = "maonan", "毛南族", "Maonan"
    GELAO = "gelao", "仡佬族", "Gelao"
    XIBE = "xibe", "锡伯族", "Xibe"
    ACHANG = "achang", "阿昌族", "Achang"
    PUMI = "pumi", "普米族", "Pumi"
    TAJIK = "tajik", "塔吉克族", "Tajik"
    NU = "nu", "怒族", "Nu"
    UZBEK = "uzbek", "乌孜别克族", "Uzbek"
    RUSS = "russ", "俄罗斯族", "Russ"
    EWENKI = "ewenki", "鄂温克族", "Ewenki"
    DEANG = "deang", "德昂族", "Deang"
    BONAN = "bonan", "保安族", "Bonan"
    YUGUR = "yugur", "裕固族", "Yugur"
    GIN = "gin", "京族", "Gin"
    TATAR = "tatar", "塔塔尔族", "Tatar"
    DERUNG = "derung", "独龙族", "Derung"
    OROQEN = "oroqen", "鄂伦春族", "Oroqen"
    HEZHEN = "hezhen", "赫哲族", "Hezhen"
    MONBA = "monba", "门巴族", "Monba"
    LHOBA = "lhoba", "珞巴族", "Lhoba"
    JINO = "jino", "基诺族", "Jino"
    OTHER = "other", "其他", "other"
    FOREIGN_ORIGIN = "foreign_origin", "外国血统中国籍人士", "Chinese citizen of foreign origin"

    @property
    def code(self) -> str:
        """The standard's two-digit code: "01" for 汉族, "97" and "98" for the two others."""
        return _GB3304[self][0]

    @property
    def letters(self) -> str | None:
        """The standard's two-letter code ("HA" for 汉族); none for 其他 and 外国血统中国籍人士."""
        return _GB3304[self][1]

    @classmethod
    def from_code(cls, code: str) -> Ethnicity:
        """The group of a two-digit code ("01") or a two-letter one ("HA"); ``KeyError`` if none.

        >>> Ethnicity.from_code("ZH").label(), Ethnicity.from_code("1").label()
        ('壮族', '汉族')
        """
        key = code.strip().upper()
        if key.isdigit():
            key = key.zfill(2)
        found = _BY_CODE.get(key)
        if found is None:
            raise KeyError(code)
        return found


_GB3304: dict[Ethnicity, tuple[str, str | None]] = {
    Ethnicity.HAN: ("01", "HA"),
    Ethnicity.MONGOL: ("02", "MG"),
    Ethnicity.HUI: ("03", "HU"),
    Ethnicity.ZANG: ("04", "ZA"),
    Ethnicity.UYGUR: ("05", "UG"),
    Ethnicity.MIAO: ("06", "MH"),
    Ethnicity.YI: ("07", "YI"),
    Ethnicity.ZHUANG: ("08", "ZH"),
    Ethnicity.BUYEI: ("09", "BY"),
    Ethnicity.CHOSEN: ("10", "CS"),
    Ethnicity.MAN: ("11", "MA"),
    Ethnicity.DONG: ("12", "DO"),
    Ethnicity.YAO: ("13", "YA"),
    Ethnicity.BAI: ("14", "BA"),
    Ethnicity.TUJIA: ("15", "TJ"),
    Ethnicity.HANI: ("16", "HN"),
    Ethnicity.KAZAK: ("17", "KZ"),
    Ethnicity.DAI: ("18", "DA"),
    Ethnicity.LI: ("19", "LI"),
    Ethnicity.LISU: ("20", "LS"),
    Ethnicity.VA: ("21", "VA"),
    Ethnicity.SHE: ("22", "SH"),
    Ethnicity.GAOSHAN: ("23", "GS"),
    Ethnicity.LAHU: ("24", "LH"),
    Ethnicity.SUI: ("25", "SU"),
    Ethnicity.DONGXIANG: ("26", "DX"),
    Ethnicity.NAXI: ("27", "NX"),
    Ethnicity.JINGPO: ("28", "JP"),
    Ethnicity.KIRGIZ: ("29", "KG"),
    Ethnicity.TU: ("30", "TU"),
    Ethnicity.DAUR: ("31", "DU"),
    Ethnicity.MULAO: ("32", "ML"),
    Ethnicity.QIANG: ("33", "QI"),
    Ethnicity.BLANG: ("34", "BL"),
    Ethnicity.SALAR: ("35", "SL"),
    Ethnicity.MAONAN: ("36", "MN"),
    Ethnicity.GELAO: ("37", "GL"),
    Ethnicity.XIBE: ("38", "XB"),
    Ethnicity.ACHANG: ("39", "AC"),
    Ethnicity.PUMI: ("40", "PM"),
    Ethnicity.TAJIK: ("41", "TA"),
    Ethnicity.NU: ("42", "NU"),
    Ethnicity.UZBEK: ("43", "UZ"),
    Ethnicity.RUSS: ("44", "RS"),
    Ethnicity.EWENKI: ("45", "EW"),
    Ethnicity.DEANG: ("46", "DE"),
    Ethnicity.BONAN: ("47", "BN"),
    Ethnicity.YUGUR: ("48", "YG"),
    Ethnicity.GIN: ("49", "GI"),
    Ethnicity.TATAR: ("50", "TT"),
    Ethnicity.DERUNG: ("51", "DR"),
    Ethnicity.OROQEN: ("52", "OR"),
    Ethnicity.HEZHEN: ("53", "HZ"),
    Ethnicity.MONBA: ("54", "MB"),
    Ethnicity.LHOBA: ("55", "LB"),
    Ethnicity.JINO: ("56", "JN"),
    Ethnicity.OTHER: ("97", None),
    Ethnicity.FOREIGN_ORIGIN: ("98", None),
}
_BY_CODE: dict[str, Ethnicity] = {
    **{code: e for e, (code, _) in _GB3304.items()},
    **{letters: e for e, (_, letters) in _GB3304.items() if letters is not None},
}


class Health(LabelledEnum):
    """The census form's 身体情况: one box of three.

    患病 (ill) is, in the form's note, a serious or major illness or a
    severe mental disorder (重特大疾病或严重精神障碍), not any illness.
    """

    HEALTHY = "healthy", "健康", "healthy"
    DISABLED = "disabled", "残疾", "disabled"
    ILL = "ill", "患病", "seriously ill"


class DisabilityCategory(LabelledEnum):
    """The category of a disability (残疾类别), as GB/T 26341-2010 classes them."""

    VISUAL = "visual", "视力残疾", "visual disability"
    HEARING = "hearing", "听力残疾", "hearing disability"
    SPEECH = "speech", "言语残疾", "speech disability"
    PHYSICAL = "physical", "肢体残疾", "physical disability"
    INTELLECTUAL = "intellectual", "智力残疾", "intellectual disability"
    MENTAL = "mental", "精神残疾", "mental disability"
    MULTIPLE = "multiple", "多重残疾", "multiple disabilities"


class DisabilityGrade(LabelledEnum):
    """The grade of a disability (残疾等级), GB/T 26341-2010: grade 1 is the most severe."""

    GRADE_1 = "grade_1", "一级", "grade 1"
    GRADE_2 = "grade_2", "二级", "grade 2"
    GRADE_3 = "grade_3", "三级", "grade 3"
    GRADE_4 = "grade_4", "四级", "grade 4"


class IncomeSource(LabelledEnum):
    """The family's sources of income (家庭经济来源); the form allows several."""

    WAGES = "wages", "打工收入", "wages from work away"
    FARMING = "farming", "种养殖业", "farming and animal husbandry"
    GOVERNMENT_AID = "government_aid", "政府救助", "government assistance"
    RELATIVES_FRIENDS = "relatives_friends", "亲朋接济", "help from relatives and friends"
    OTHER = "other", "其他", "other"


class Assistance(LabelledEnum):
    """The assistance the family receives (救助帮扶情况); the form allows several."""

    SUBSISTENCE_ALLOWANCE = "subsistence_allowance", "低保", "minimum subsistence allowance"
    TEMPORARY = "temporary", "临时救助", "temporary assistance"
    MEDICAL = "medical", "医疗救助", "medical assistance"
    HOUSING = "housing", "住房救助", "housing assistance"
    OTHER = "other", "其他救助", "other assistance"


class CensusSchooling(LabelledEnum):
    """The census form's boxes for schooling (就学情况), in the form's order.

    辍学 is dropping out of compulsory education, 不在学 being out of school
    after it: see :func:`census_schooling` for how a school stage is read.
    """

    KINDERGARTEN = "kindergarten", "幼儿园", "kindergarten"
    NOT_IN_KINDERGARTEN = "not_in_kindergarten", "未入园", "not in kindergarten"
    PRIMARY = "primary", "小学", "primary school"
    JUNIOR = "junior", "初中", "junior middle school"
    SENIOR = "senior", "高中", "senior middle school"
    VOCATIONAL = "vocational", "中职", "secondary vocational school"
    DROPPED_OUT = "dropped_out", "辍学", "dropped out of school"
    NOT_IN_SCHOOL = "not_in_school", "不在学", "not in school at 14-16"


COMPULSORY_SCHOOL_AGE = 6
"""Compulsory Education Law art. 11: a child goes to school from the age of six
(凡年满六周岁的儿童……应当送其入学接受并完成义务教育), seven where conditions lack."""
COMPULSORY_YEARS = 9
"""Compulsory Education Law art. 2: nine years of compulsory education
(国家实行九年义务教育制度)."""
NOT_IN_SCHOOL_FROM = 14
"""The census form's 不在学 is for children of 14 to 16 out of school.

Nine years from school entry at six (art. 11) end at fifteen, at fourteen
for a child who turned six just before the term began; a child under 14 out
of school cannot have finished compulsory education, and has dropped out of it."""


_BY_STAGE: dict[SchoolStage, CensusSchooling] = {
    SchoolStage.NOT_IN_KINDERGARTEN: CensusSchooling.NOT_IN_KINDERGARTEN,
    SchoolStage.KINDERGARTEN: CensusSchooling.KINDERGARTEN,
    **{s: CensusSchooling.PRIMARY for s in SchoolStage if s.value.startswith("primary")},
    **{s: CensusSchooling.JUNIOR for s in SchoolStage if s.value.startswith("junior")},
    **{s: CensusSchooling.SENIOR for s in SchoolStage if s.value.startswith("senior")},
    SchoolStage.VOCATIONAL: CensusSchooling.VOCATIONAL,
    SchoolStage.DROPPED_OUT: CensusSchooling.DROPPED_OUT,
    SchoolStage.NOT_IN_SCHOOL: CensusSchooling.NOT_IN_SCHOOL,
}


def census_schooling(stage: SchoolStage, age: int) -> CensusSchooling:
    """The census form's box for a school stage at a completed age (周岁).

    Each stage has its box; 辍学 and 不在学 as recorded. Only the older
    ``out_of_school`` (失学辍学, recorded before the two were told apart)
    needs the age: under :data:`NOT_IN_SCHOOL_FROM` (14) it is a dropout of
    compulsory education, which cannot have been finished yet; from 14 it is
    the form's 不在学. Record ``dropped_out`` or ``not_in_school`` to say
    which where the age does not tell (a 14-year-old who left junior middle
    school in its second year dropped out).

    >>> census_schooling(SchoolStage.OUT_OF_SCHOOL, 13).value
    'dropped_out'
    >>> census_schooling(SchoolStage.OUT_OF_SCHOOL, 14).value
    'not_in_school'
    >>> census_schooling(SchoolStage.DROPPED_OUT, 15).value
    'dropped_out'
    """
    if stage is SchoolStage.OUT_OF_SCHOOL:
        if age < NOT_IN_SCHOOL_FROM:
            return CensusSchooling.DROPPED_OUT
        return CensusSchooling.NOT_IN_SCHOOL
    return _BY_STAGE[stage]


@attrs.frozen(kw_only=True)
class Grandparent(Record):
    """A grandparent as the census form records one: name and birth date.

    ``deceased`` stands for the form's "—" (a grandparent who has died);
    the name may still be given. The name is private and the birth date a
    person's birth date: a redacted copy leaves out the one and coarsens the
    other (:func:`left_behind.io.redact`).

    >>> g = Grandparent(name="王大山", birth_date=dt.date(1956, 4, 2))
    >>> "王大山" in repr(g), g.deceased
    (False, False)
    """

    name: str | None = field(default=None, private=True, not_blank=True, words=("姓名", "the name"))
    birth_date: dt.date | None = field(
        default=None, birth=True, words=("出生日期", "the birth date")
    )
    deceased: bool = field(default=False, words=("已去世", "whether the grandparent has died"))
