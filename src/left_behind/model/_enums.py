"""Every enumeration of the register, with stable values and labels.

Values are lowercase and never change: they are what JSON files carry.
Labels are for people, Chinese first (``.label()``) and English
(``.label("en")``).
"""

from __future__ import annotations

from left_behind.kinds import LabelledEnum

__all__ = [
    "CARER_RELATIONS",
    "PARENT_TYPES",
    "ApprovalBody",
    "ChangeReason",
    "ChildStatus",
    "CivilCapacity",
    "ConsentGiver",
    "ContactMode",
    "ContactParty",
    "DisqualifyingGround",
    "GuardianKind",
    "GuardianshipType",
    "HealthCondition",
    "Hukou",
    "Interest",
    "LawfulBasis",
    "LivingArrangement",
    "Misconduct",
    "ParentRole",
    "Purpose",
    "ReasonCode",
    "Relation",
    "ReportKind",
    "SchoolStage",
    "Sex",
    "Situation",
    "SpecialNeed",
    "ground_of",
]


class Sex(LabelledEnum):
    """A person's sex, as on the identity card."""

    MALE = "male", "男", "male"
    FEMALE = "female", "女", "female"


class Hukou(LabelledEnum):
    """Household registration (户口) of the child."""

    RURAL = "rural", "农村户口", "rural"
    URBAN = "urban", "城镇户口", "urban"


class SchoolStage(LabelledEnum):
    """Where the child is in school (学段与年级).

    Out of school, the census form of 2016 tells two cases apart:
    ``dropped_out`` (辍学), a child who left school before finishing the nine
    years of compulsory education (Compulsory Education Law arts. 2 and 11),
    and ``not_in_school`` (不在学), a child of 14 to 16 who finished them and
    is not at a senior or vocational school. ``out_of_school`` (失学辍学) is
    the older value that did not tell them apart: files that hold it still
    load, and the census summary reads it by age
    (:func:`~left_behind.model.census_schooling`).

    >>> SchoolStage.DROPPED_OUT.in_school, SchoolStage.VOCATIONAL.in_school
    (False, True)
    """

    NOT_IN_KINDERGARTEN = "not_in_kindergarten", "未入园", "not in kindergarten"
    KINDERGARTEN = "kindergarten", "幼儿园", "kindergarten"
    PRIMARY_1 = "primary_1", "小学一年级", "primary year 1"
    PRIMARY_2 = "primary_2", "小学二年级", "primary year 2"
    PRIMARY_3 = "primary_3", "小学三年级", "primary year 3"
    PRIMARY_4 = "primary_4", "小学四年级", "primary year 4"
    PRIMARY_5 = "primary_5", "小学五年级", "primary year 5"
    PRIMARY_6 = "primary_6", "小学六年级", "primary year 6"
    JUNIOR_1 = "junior_1", "初中一年级", "junior middle year 1"
    JUNIOR_2 = "junior_2", "初中二年级", "junior middle year 2"
    JUNIOR_3 = "junior_3", "初中三年级", "junior middle year 3"
    SENIOR_1 = "senior_1", "高中一年级", "senior middle year 1"
    SENIOR_2 = "senior_2", "高中二年级", "senior middle year 2"
    SENIOR_3 = "senior_3", "高中三年级", "senior middle year 3"
    VOCATIONAL = "vocational", "职业学校", "vocational school"
    OUT_OF_SCHOOL = "out_of_school", "失学辍学", "out of school"
    DROPPED_OUT = "dropped_out", "辍学", "dropped out of school"
    NOT_IN_SCHOOL = "not_in_school", "不在学", "not in school at 14-16"

    @property
    def in_school(self) -> bool:
        """Whether the child goes to a kindergarten or a school (a school to notify)."""
        return self not in _NOT_IN_SCHOOL


class SpecialNeed(LabelledEnum):
    """A need that calls for special care (MPL art. 21).

    Art. 21 protects a child who "for physical or psychological reasons needs
    special care" (由于身体、心理原因需要特别照顾) as it protects a child under 8.
    Every member is such a reason, and the register records one only when
    the child needs that care: a disability (physical or mental), a chronic
    illness that needs watching or treatment, a psychological need (as a
    counsellor found it), or another special care. ``MPL-21-unattended``
    counts them all.
    """

    DISABILITY = "disability", "残疾", "disability"
    CHRONIC_ILLNESS = "chronic_illness", "慢性病", "chronic illness"
    SPECIAL_CARE = "special_care", "需要特殊照料", "needs special care"
    PSYCHOLOGICAL = "psychological", "心理原因需要特别照顾", "psychological needs"


class Interest(LabelledEnum):
    """The interest groups of a children's home (兴趣小组)."""

    CALLIGRAPHY_PAINTING = "calligraphy_painting", "书法绘画", "calligraphy and painting"
    READING = "reading", "阅读", "reading"
    DANCE = "dance", "舞蹈", "dance"
    MUSIC = "music", "音乐", "music"
    TABLE_TENNIS = "table_tennis", "乒乓球", "table tennis"
    HULA_HOOP = "hula_hoop", "呼啦圈", "hula hoop"
    ROPE_SKIPPING = "rope_skipping", "跳绳", "rope skipping"
    BALL_GAMES = "ball_games", "球类", "ball games"
    CHESS = "chess", "棋类", "chess"
    SINGING = "singing", "唱歌", "singing"
    CRAFTS = "crafts", "手工", "crafts"
    COMPUTERS = "computers", "电脑", "computers"


class LivingArrangement(LabelledEnum):
    """Where and with whom the child sleeps at night, as last recorded."""

    WITH_CARER = "with_carer", "与照护人同住", "with a carer"
    BOARDING_SCHOOL = "boarding_school", "寄宿学校", "boarding at school"
    ALONE = "alone", "独自居住", "alone"
    WITH_MINOR_SIBLINGS = (
        "with_minor_siblings",
        "仅与未成年兄弟姐妹同住",
        "with minor siblings only",
    )


class ParentRole(LabelledEnum):
    """Which parent."""

    FATHER = "father", "父亲", "father"
    MOTHER = "mother", "母亲", "mother"


class Situation(LabelledEnum):
    """A parent's situation over a period.

    Each situation of FSW-2019 (民发〔2019〕62号, as 民发〔2020〕125号 widened it)
    is a member: serious illness or severe disability, imprisonment,
    compulsory drug rehabilitation, another measure restricting personal
    liberty, out of contact, guardianship revoked by a people's court, and
    deportation (a foreign parent deported who does not support the child).
    """

    AT_HOME = "at_home", "在家", "at home"
    WORKING_AWAY = "working_away", "外出务工", "working away"
    DECEASED = "deceased", "死亡", "deceased"
    MISSING = "missing", "失踪", "missing"
    INCAPACITATED = "incapacitated", "重病或重残", "seriously ill or severely disabled"
    IMPRISONED = "imprisoned", "服刑在押", "imprisoned"
    COMPULSORY_REHAB = "compulsory_rehab", "强制隔离戒毒", "in compulsory drug rehabilitation"
    OUT_OF_CONTACT = "out_of_contact", "失联", "out of contact"
    LIBERTY_RESTRICTED = (
        "liberty_restricted",
        "被执行其他限制人身自由的措施",
        "under another measure restricting personal liberty",
    )
    GUARDIANSHIP_REVOKED = (
        "guardianship_revoked",
        "被撤销监护资格",
        "guardianship revoked by a court",
    )
    DEPORTED = "deported", "被遣送（驱逐）出境", "deported"


class Relation(LabelledEnum):
    """An entrusted carer's relation to the child."""

    PATERNAL_GRANDPARENT = "paternal_grandparent", "祖父母", "paternal grandparent"
    MATERNAL_GRANDPARENT = "maternal_grandparent", "外祖父母", "maternal grandparent"
    ELDER_SIBLING = "elder_sibling", "兄姐", "elder sibling"
    UNCLE_AUNT = "uncle_aunt", "叔伯姑舅姨", "uncle or aunt"
    OTHER_RELATIVE = "other_relative", "其他亲属", "other relative"
    UNRELATED_ADULT = "unrelated_adult", "无亲属关系的成年人", "unrelated adult"


class GuardianshipType(LabelledEnum):
    """Who the child actually lives with (监护/照护类型)."""

    BOTH_PARENTS = "both_parents", "父母双方", "both parents"
    FATHER_ONLY = "father_only", "父亲一方", "father only"
    MOTHER_ONLY = "mother_only", "母亲一方", "mother only"
    PATERNAL_GRANDPARENTS = "paternal_grandparents", "祖父母", "paternal grandparents"
    MATERNAL_GRANDPARENTS = "maternal_grandparents", "外祖父母", "maternal grandparents"
    ELDER_SIBLING = "elder_sibling", "兄姐", "elder sibling"
    OTHER_RELATIVES = "other_relatives", "其他亲属", "other relatives"
    UNRELATED_CARER = "unrelated_carer", "其他受托人", "unrelated entrusted carer"
    INSTITUTION = "institution", "机构", "institution"
    NOBODY = "nobody", "无人照料", "nobody"


class HealthCondition(LabelledEnum):
    """A carer's health condition that bears on care (MPL art. 21)."""

    SERIOUS_INFECTIOUS_DISEASE = (
        "serious_infectious_disease",
        "严重传染性疾病",
        "serious infectious disease",
    )
    SERIOUS_ILLNESS = "serious_illness", "重病", "serious illness"
    SEVERE_DISABILITY = "severe_disability", "重度残疾", "severe disability"
    MENTAL_DISORDER = "mental_disorder", "精神障碍", "mental disorder"


class Misconduct(LabelledEnum):
    """A fact on a carer's record that MPL art. 22 makes disqualifying."""

    SEXUAL_ABUSE = "sexual_abuse", "性侵害", "sexual abuse"
    ABUSE = "abuse", "虐待", "abuse"
    ABANDONMENT = "abandonment", "遗弃", "abandonment"
    TRAFFICKING = "trafficking", "拐卖", "trafficking"
    VIOLENCE = "violence", "暴力伤害", "violence"
    DRUG_USE = "drug_use", "吸毒", "drug use"
    HEAVY_DRINKING = "heavy_drinking", "酗酒", "heavy drinking"
    GAMBLING = "gambling", "赌博", "gambling"
    NEGLECT_OF_CARE = (
        "neglect_of_care",
        "拒不履行或长期怠于履行监护、照护职责",
        "refusal or long neglect of care",
    )
    OTHER_UNSUITABLE = "other_unsuitable", "其他不适宜担任被委托人的情形", "otherwise unsuitable"


class DisqualifyingGround(LabelledEnum):
    """The four grounds of MPL art. 22 para. 2."""

    CRIMINAL_CONDUCT = (
        "criminal_conduct",
        "曾实施性侵害、虐待、遗弃、拐卖、暴力伤害等违法犯罪行为",
        "past sexual abuse, abuse, abandonment, trafficking or violence",
    )
    VICE = "vice", "有吸毒、酗酒、赌博等恶习", "drug use, heavy drinking or gambling"
    NEGLECT = (
        "neglect",
        "曾拒不履行或者长期怠于履行监护、照护职责",
        "past refusal or long neglect of care",
    )
    OTHER = "other", "其他不适宜担任被委托人的情形", "otherwise unsuitable"


class ChangeReason(LabelledEnum):
    """Why a care arrangement changed."""

    PARENT_MIGRATION = "parent_migration", "父母外出务工", "a parent left for work"
    PARENT_RETURN = "parent_return", "父母返乡", "a parent came back"
    ABUSE_OR_EXPLOITATION = "abuse_or_exploitation", "虐待或剥削", "abuse or exploitation"
    CARER_DEATH = "carer_death", "照护人去世", "death of the carer"
    EDUCATION = "education", "就学", "education"
    CARER_ILL_HEALTH = "carer_ill_health", "照护人健康原因", "the carer's ill health"
    POVERTY = "poverty", "贫困", "poverty"
    RELATIONSHIP_BREAKDOWN = "relationship_breakdown", "关系破裂", "relationship breakdown"
    OTHER = "other", "其他", "other"


class ChildStatus(LabelledEnum):
    """The classification of a child on a date."""

    LEFT_BEHIND = "left_behind", "留守儿童", "left-behind child"
    DE_FACTO_UNSUPPORTED = "de_facto_unsupported", "事实无人抚养儿童", "de-facto unsupported child"
    MIGRANT = "migrant", "流动儿童", "migrant child"
    NEITHER = "neither", "非留守儿童", "not left-behind"


class CivilCapacity(LabelledEnum):
    """Civil capacity (民事行为能力, Civil Code arts. 17-22)."""

    NONE = "none", "无民事行为能力", "no civil capacity"
    LIMITED = "limited", "限制民事行为能力", "limited civil capacity"
    FULL = "full", "完全民事行为能力", "full civil capacity"


class ContactMode(LabelledEnum):
    """How an absent parent kept in touch."""

    CALL = "call", "电话", "phone call"
    VIDEO = "video", "视频", "video call"
    VISIT = "visit", "探望", "visit"


class ContactParty(LabelledEnum):
    """Who the absent parent was in touch with."""

    CHILD = "child", "儿童", "the child"
    CARER = "carer", "照护人", "the carer"
    BOTH = "both", "儿童和照护人", "the child and the carer"


class ReportKind(LabelledEnum):
    """A situation that must be reported to the police at once (强制报告)."""

    LIVING_ALONE = "living_alone", "独自居住", "living alone"
    MISSING = "missing", "失踪", "missing"
    GUARDIAN_UNABLE = "guardian_unable", "监护人无力履行监护职责", "guardian unable to care"
    GUARDIAN_FAILING = "guardian_failing", "监护人不履行监护职责", "guardian failing to care"
    SUSPECTED_HARM = "suspected_harm", "疑似遭受侵害", "suspected violence or harm"


class LawfulBasis(LabelledEnum):
    """The lawful basis for processing a child's data (PIPL art. 13)."""

    CONSENT = "consent", "监护人同意", "guardian's consent"
    STATUTORY_DUTY = "statutory_duty", "履行法定职责", "statutory duty"


class ConsentGiver(LabelledEnum):
    """Who gave consent for the child's data."""

    FATHER = "father", "父亲", "father"
    MOTHER = "mother", "母亲", "mother"
    GUARDIAN = "guardian", "其他监护人", "other legal guardian"


class Purpose(LabelledEnum):
    """What the child's data is processed for."""

    REGISTRATION = "registration", "建档管理", "registration"
    SHARING = "sharing", "与学校、村委会共享", "sharing with school and village"
    PHOTOS = "photos", "照片影像", "photos and images"
    REFERRAL = "referral", "转介服务", "referral"


class GuardianKind(LabelledEnum):
    """A legal guardian other than the parents (Civil Code art. 27)."""

    GRANDPARENT = "grandparent", "祖父母、外祖父母", "grandparent"
    ELDER_SIBLING = "elder_sibling", "兄、姐", "elder sibling"
    OTHER_PERSON = "other_person", "其他愿意担任监护人的个人", "another willing person"
    ORGANIZATION = "organization", "组织", "organization"


class ApprovalBody(LabelledEnum):
    """Who approved a guardian who is not a relative (Civil Code art. 27)."""

    VILLAGE_COMMITTEE = "village_committee", "村民委员会", "village committee"
    RESIDENTS_COMMITTEE = "residents_committee", "居民委员会", "residents' committee"
    CIVIL_AFFAIRS = "civil_affairs", "民政部门", "civil affairs department"
    COURT = "court", "人民法院", "people's court"


class ReasonCode(LabelledEnum):
    """A fact that a classification rests on."""

    AGE = "age", "年龄", "age"
    PARENT_SITUATION = "parent_situation", "父母状况", "parent's situation"
    PARENT_NOT_RECORDED = "parent_not_recorded", "未登记父母信息", "parent not recorded"
    AWAY_FROM_HUKOU = "away_from_hukou", "离开户籍地", "away from the hukou place"


_NOT_IN_SCHOOL = frozenset(
    {
        SchoolStage.NOT_IN_KINDERGARTEN,
        SchoolStage.DROPPED_OUT,
        SchoolStage.NOT_IN_SCHOOL,
        SchoolStage.OUT_OF_SCHOOL,
    }
)

_GROUNDS = {
    Misconduct.SEXUAL_ABUSE: DisqualifyingGround.CRIMINAL_CONDUCT,
    Misconduct.ABUSE: DisqualifyingGround.CRIMINAL_CONDUCT,
    Misconduct.ABANDONMENT: DisqualifyingGround.CRIMINAL_CONDUCT,
    Misconduct.TRAFFICKING: DisqualifyingGround.CRIMINAL_CONDUCT,
    Misconduct.VIOLENCE: DisqualifyingGround.CRIMINAL_CONDUCT,
    Misconduct.DRUG_USE: DisqualifyingGround.VICE,
    Misconduct.HEAVY_DRINKING: DisqualifyingGround.VICE,
    Misconduct.GAMBLING: DisqualifyingGround.VICE,
    Misconduct.NEGLECT_OF_CARE: DisqualifyingGround.NEGLECT,
    Misconduct.OTHER_UNSUITABLE: DisqualifyingGround.OTHER,
}


def ground_of(misconduct: Misconduct) -> DisqualifyingGround:
    """Which of the four grounds of MPL art. 22 a recorded fact falls under.

    >>> ground_of(Misconduct.GAMBLING).label("en")
    'drug use, heavy drinking or gambling'
    """
    return _GROUNDS[misconduct]


PARENT_TYPES = frozenset(
    {GuardianshipType.BOTH_PARENTS, GuardianshipType.FATHER_ONLY, GuardianshipType.MOTHER_ONLY}
)
"""Arrangements in which a parent, not an entrusted carer, looks after the child."""

CARER_RELATIONS: dict[GuardianshipType, frozenset[Relation]] = {
    GuardianshipType.PATERNAL_GRANDPARENTS: frozenset({Relation.PATERNAL_GRANDPARENT}),
    GuardianshipType.MATERNAL_GRANDPARENTS: frozenset({Relation.MATERNAL_GRANDPARENT}),
    GuardianshipType.ELDER_SIBLING: frozenset({Relation.ELDER_SIBLING}),
    GuardianshipType.OTHER_RELATIVES: frozenset({Relation.UNCLE_AUNT, Relation.OTHER_RELATIVE}),
    GuardianshipType.UNRELATED_CARER: frozenset({Relation.UNRELATED_ADULT}),
}
"""The carer relations that fit each arrangement with an entrusted carer."""
