"""Every enumeration of the register, with stable values and labels.

Values are lowercase and never change: they are what JSON files carry.
Labels are for people, Chinese first (``.label()``) and English
(``.label("en")``).
"""

from __future__ import annotations

from left_behind.model._base import LabelledEnum, define_labels

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

    MALE = "male"
    FEMALE = "female"


define_labels(
    Sex,
    {
        Sex.MALE: ("男", "male"),
        Sex.FEMALE: ("女", "female"),
    },
)


class Hukou(LabelledEnum):
    """Household registration (户口) of the child."""

    RURAL = "rural"
    URBAN = "urban"


define_labels(
    Hukou,
    {
        Hukou.RURAL: ("农村户口", "rural"),
        Hukou.URBAN: ("城镇户口", "urban"),
    },
)


class SchoolStage(LabelledEnum):
    """Where the child is in school (学段与年级)."""

    NOT_IN_KINDERGARTEN = "not_in_kindergarten"
    KINDERGARTEN = "kindergarten"
    PRIMARY_1 = "primary_1"
    PRIMARY_2 = "primary_2"
    PRIMARY_3 = "primary_3"
    PRIMARY_4 = "primary_4"
    PRIMARY_5 = "primary_5"
    PRIMARY_6 = "primary_6"
    JUNIOR_1 = "junior_1"
    JUNIOR_2 = "junior_2"
    JUNIOR_3 = "junior_3"
    SENIOR_1 = "senior_1"
    SENIOR_2 = "senior_2"
    SENIOR_3 = "senior_3"
    VOCATIONAL = "vocational"
    OUT_OF_SCHOOL = "out_of_school"


define_labels(
    SchoolStage,
    {
        SchoolStage.NOT_IN_KINDERGARTEN: ("未入园", "not in kindergarten"),
        SchoolStage.KINDERGARTEN: ("幼儿园", "kindergarten"),
        SchoolStage.PRIMARY_1: ("小学一年级", "primary year 1"),
        SchoolStage.PRIMARY_2: ("小学二年级", "primary year 2"),
        SchoolStage.PRIMARY_3: ("小学三年级", "primary year 3"),
        SchoolStage.PRIMARY_4: ("小学四年级", "primary year 4"),
        SchoolStage.PRIMARY_5: ("小学五年级", "primary year 5"),
        SchoolStage.PRIMARY_6: ("小学六年级", "primary year 6"),
        SchoolStage.JUNIOR_1: ("初中一年级", "junior middle year 1"),
        SchoolStage.JUNIOR_2: ("初中二年级", "junior middle year 2"),
        SchoolStage.JUNIOR_3: ("初中三年级", "junior middle year 3"),
        SchoolStage.SENIOR_1: ("高中一年级", "senior middle year 1"),
        SchoolStage.SENIOR_2: ("高中二年级", "senior middle year 2"),
        SchoolStage.SENIOR_3: ("高中三年级", "senior middle year 3"),
        SchoolStage.VOCATIONAL: ("职业学校", "vocational school"),
        SchoolStage.OUT_OF_SCHOOL: ("失学辍学", "out of school"),
    },
)


class SpecialNeed(LabelledEnum):
    """A need that calls for special care (MPL art. 21)."""

    DISABILITY = "disability"
    CHRONIC_ILLNESS = "chronic_illness"
    SPECIAL_CARE = "special_care"


define_labels(
    SpecialNeed,
    {
        SpecialNeed.DISABILITY: ("残疾", "disability"),
        SpecialNeed.CHRONIC_ILLNESS: ("慢性病", "chronic illness"),
        SpecialNeed.SPECIAL_CARE: ("需要特殊照料", "needs special care"),
    },
)


class Interest(LabelledEnum):
    """The interest groups of a children's home (兴趣小组)."""

    CALLIGRAPHY_PAINTING = "calligraphy_painting"
    READING = "reading"
    DANCE = "dance"
    MUSIC = "music"
    TABLE_TENNIS = "table_tennis"
    HULA_HOOP = "hula_hoop"
    ROPE_SKIPPING = "rope_skipping"
    BALL_GAMES = "ball_games"
    CHESS = "chess"
    SINGING = "singing"
    CRAFTS = "crafts"
    COMPUTERS = "computers"


define_labels(
    Interest,
    {
        Interest.CALLIGRAPHY_PAINTING: ("书法绘画", "calligraphy and painting"),
        Interest.READING: ("阅读", "reading"),
        Interest.DANCE: ("舞蹈", "dance"),
        Interest.MUSIC: ("音乐", "music"),
        Interest.TABLE_TENNIS: ("乒乓球", "table tennis"),
        Interest.HULA_HOOP: ("呼啦圈", "hula hoop"),
        Interest.ROPE_SKIPPING: ("跳绳", "rope skipping"),
        Interest.BALL_GAMES: ("球类", "ball games"),
        Interest.CHESS: ("棋类", "chess"),
        Interest.SINGING: ("唱歌", "singing"),
        Interest.CRAFTS: ("手工", "crafts"),
        Interest.COMPUTERS: ("电脑", "computers"),
    },
)


class LivingArrangement(LabelledEnum):
    """Where and with whom the child sleeps at night, as last recorded."""

    WITH_CARER = "with_carer"
    BOARDING_SCHOOL = "boarding_school"
    ALONE = "alone"
    WITH_MINOR_SIBLINGS = "with_minor_siblings"


define_labels(
    LivingArrangement,
    {
        LivingArrangement.WITH_CARER: ("与照护人同住", "with a carer"),
        LivingArrangement.BOARDING_SCHOOL: ("寄宿学校", "boarding at school"),
        LivingArrangement.ALONE: ("独自居住", "alone"),
        LivingArrangement.WITH_MINOR_SIBLINGS: (
            "仅与未成年兄弟姐妹同住",
            "with minor siblings only",
        ),
    },
)


class ParentRole(LabelledEnum):
    """Which parent."""

    FATHER = "father"
    MOTHER = "mother"


define_labels(
    ParentRole,
    {
        ParentRole.FATHER: ("父亲", "father"),
        ParentRole.MOTHER: ("母亲", "mother"),
    },
)


class Situation(LabelledEnum):
    """A parent's situation over a period."""

    AT_HOME = "at_home"
    WORKING_AWAY = "working_away"
    DECEASED = "deceased"
    MISSING = "missing"
    INCAPACITATED = "incapacitated"
    IMPRISONED = "imprisoned"
    COMPULSORY_REHAB = "compulsory_rehab"
    OUT_OF_CONTACT = "out_of_contact"


define_labels(
    Situation,
    {
        Situation.AT_HOME: ("在家", "at home"),
        Situation.WORKING_AWAY: ("外出务工", "working away"),
        Situation.DECEASED: ("死亡", "deceased"),
        Situation.MISSING: ("失踪", "missing"),
        Situation.INCAPACITATED: ("重病或重残", "seriously ill or severely disabled"),
        Situation.IMPRISONED: ("服刑在押", "imprisoned"),
        Situation.COMPULSORY_REHAB: ("强制隔离戒毒", "in compulsory drug rehabilitation"),
        Situation.OUT_OF_CONTACT: ("失联", "out of contact"),
    },
)


class Relation(LabelledEnum):
    """An entrusted carer's relation to the child."""

    PATERNAL_GRANDPARENT = "paternal_grandparent"
    MATERNAL_GRANDPARENT = "maternal_grandparent"
    ELDER_SIBLING = "elder_sibling"
    UNCLE_AUNT = "uncle_aunt"
    OTHER_RELATIVE = "other_relative"
    UNRELATED_ADULT = "unrelated_adult"


define_labels(
    Relation,
    {
        Relation.PATERNAL_GRANDPARENT: ("祖父母", "paternal grandparent"),
        Relation.MATERNAL_GRANDPARENT: ("外祖父母", "maternal grandparent"),
        Relation.ELDER_SIBLING: ("兄姐", "elder sibling"),
        Relation.UNCLE_AUNT: ("叔伯姑舅姨", "uncle or aunt"),
        Relation.OTHER_RELATIVE: ("其他亲属", "other relative"),
        Relation.UNRELATED_ADULT: ("无亲属关系的成年人", "unrelated adult"),
    },
)


class GuardianshipType(LabelledEnum):
    """Who the child actually lives with (监护/照护类型)."""

    BOTH_PARENTS = "both_parents"
    FATHER_ONLY = "father_only"
    MOTHER_ONLY = "mother_only"
    PATERNAL_GRANDPARENTS = "paternal_grandparents"
    MATERNAL_GRANDPARENTS = "maternal_grandparents"
    ELDER_SIBLING = "elder_sibling"
    OTHER_RELATIVES = "other_relatives"
    UNRELATED_CARER = "unrelated_carer"
    INSTITUTION = "institution"
    NOBODY = "nobody"


define_labels(
    GuardianshipType,
    {
        GuardianshipType.BOTH_PARENTS: ("父母双方", "both parents"),
        GuardianshipType.FATHER_ONLY: ("父亲一方", "father only"),
        GuardianshipType.MOTHER_ONLY: ("母亲一方", "mother only"),
        GuardianshipType.PATERNAL_GRANDPARENTS: ("祖父母", "paternal grandparents"),
        GuardianshipType.MATERNAL_GRANDPARENTS: ("外祖父母", "maternal grandparents"),
        GuardianshipType.ELDER_SIBLING: ("兄姐", "elder sibling"),
        GuardianshipType.OTHER_RELATIVES: ("其他亲属", "other relatives"),
        GuardianshipType.UNRELATED_CARER: ("其他受托人", "unrelated entrusted carer"),
        GuardianshipType.INSTITUTION: ("机构", "institution"),
        GuardianshipType.NOBODY: ("无人照料", "nobody"),
    },
)


class HealthCondition(LabelledEnum):
    """A carer's health condition that bears on care (MPL art. 21)."""

    SERIOUS_INFECTIOUS_DISEASE = "serious_infectious_disease"
    SERIOUS_ILLNESS = "serious_illness"
    SEVERE_DISABILITY = "severe_disability"
    MENTAL_DISORDER = "mental_disorder"


define_labels(
    HealthCondition,
    {
        HealthCondition.SERIOUS_INFECTIOUS_DISEASE: (
            "严重传染性疾病",
            "serious infectious disease",
        ),
        HealthCondition.SERIOUS_ILLNESS: ("重病", "serious illness"),
        HealthCondition.SEVERE_DISABILITY: ("重度残疾", "severe disability"),
        HealthCondition.MENTAL_DISORDER: ("精神障碍", "mental disorder"),
    },
)


class Misconduct(LabelledEnum):
    """A fact on a carer's record that MPL art. 22 makes disqualifying."""

    SEXUAL_ABUSE = "sexual_abuse"
    ABUSE = "abuse"
    ABANDONMENT = "abandonment"
    TRAFFICKING = "trafficking"
    VIOLENCE = "violence"
    DRUG_USE = "drug_use"
    HEAVY_DRINKING = "heavy_drinking"
    GAMBLING = "gambling"
    NEGLECT_OF_CARE = "neglect_of_care"
    OTHER_UNSUITABLE = "other_unsuitable"


define_labels(
    Misconduct,
    {
        Misconduct.SEXUAL_ABUSE: ("性侵害", "sexual abuse"),
        Misconduct.ABUSE: ("虐待", "abuse"),
        Misconduct.ABANDONMENT: ("遗弃", "abandonment"),
        Misconduct.TRAFFICKING: ("拐卖", "trafficking"),
        Misconduct.VIOLENCE: ("暴力伤害", "violence"),
        Misconduct.DRUG_USE: ("吸毒", "drug use"),
        Misconduct.HEAVY_DRINKING: ("酗酒", "heavy drinking"),
        Misconduct.GAMBLING: ("赌博", "gambling"),
        Misconduct.NEGLECT_OF_CARE: (
            "拒不履行或长期怠于履行监护、照护职责",
            "refusal or long neglect of care",
        ),
        Misconduct.OTHER_UNSUITABLE: ("其他不适宜担任被委托人的情形", "otherwise unsuitable"),
    },
)


class DisqualifyingGround(LabelledEnum):
    """The four grounds of MPL art. 22 para. 2."""

    CRIMINAL_CONDUCT = "criminal_conduct"
    VICE = "vice"
    NEGLECT = "neglect"
    OTHER = "other"


define_labels(
    DisqualifyingGround,
    {
        DisqualifyingGround.CRIMINAL_CONDUCT: (
            "曾实施性侵害、虐待、遗弃、拐卖、暴力伤害等违法犯罪行为",
            "past sexual abuse, abuse, abandonment, trafficking or violence",
        ),
        DisqualifyingGround.VICE: (
            "有吸毒、酗酒、赌博等恶习",
            "drug use, heavy drinking or gambling",
        ),
        DisqualifyingGround.NEGLECT: (
            "曾拒不履行或者长期怠于履行监护、照护职责",
            "past refusal or long neglect of care",
        ),
        DisqualifyingGround.OTHER: ("其他不适宜担任被委托人的情形", "otherwise unsuitable"),
    },
)


class ChangeReason(LabelledEnum):
    """Why a care arrangement changed."""

    PARENT_MIGRATION = "parent_migration"
    PARENT_RETURN = "parent_return"
    ABUSE_OR_EXPLOITATION = "abuse_or_exploitation"
    CARER_DEATH = "carer_death"
    EDUCATION = "education"
    CARER_ILL_HEALTH = "carer_ill_health"
    POVERTY = "poverty"
    RELATIONSHIP_BREAKDOWN = "relationship_breakdown"
    OTHER = "other"


define_labels(
    ChangeReason,
    {
        ChangeReason.PARENT_MIGRATION: ("父母外出务工", "a parent left for work"),
        ChangeReason.PARENT_RETURN: ("父母返乡", "a parent came back"),
        ChangeReason.ABUSE_OR_EXPLOITATION: ("虐待或剥削", "abuse or exploitation"),
        ChangeReason.CARER_DEATH: ("照护人去世", "death of the carer"),
        ChangeReason.EDUCATION: ("就学", "education"),
        ChangeReason.CARER_ILL_HEALTH: ("照护人健康原因", "the carer's ill health"),
        ChangeReason.POVERTY: ("贫困", "poverty"),
        ChangeReason.RELATIONSHIP_BREAKDOWN: ("关系破裂", "relationship breakdown"),
        ChangeReason.OTHER: ("其他", "other"),
    },
)


class ChildStatus(LabelledEnum):
    """The classification of a child on a date."""

    LEFT_BEHIND = "left_behind"
    DE_FACTO_UNSUPPORTED = "de_facto_unsupported"
    NEITHER = "neither"


define_labels(
    ChildStatus,
    {
        ChildStatus.LEFT_BEHIND: ("留守儿童", "left-behind child"),
        ChildStatus.DE_FACTO_UNSUPPORTED: ("事实无人抚养儿童", "de-facto unsupported child"),
        ChildStatus.NEITHER: ("非留守儿童", "not left-behind"),
    },
)


class CivilCapacity(LabelledEnum):
    """Civil capacity (民事行为能力, Civil Code arts. 17-22)."""

    NONE = "none"
    LIMITED = "limited"
    FULL = "full"


define_labels(
    CivilCapacity,
    {
        CivilCapacity.NONE: ("无民事行为能力", "no civil capacity"),
        CivilCapacity.LIMITED: ("限制民事行为能力", "limited civil capacity"),
        CivilCapacity.FULL: ("完全民事行为能力", "full civil capacity"),
    },
)


class ContactMode(LabelledEnum):
    """How an absent parent kept in touch."""

    CALL = "call"
    VIDEO = "video"
    VISIT = "visit"


define_labels(
    ContactMode,
    {
        ContactMode.CALL: ("电话", "phone call"),
        ContactMode.VIDEO: ("视频", "video call"),
        ContactMode.VISIT: ("探望", "visit"),
    },
)


class ContactParty(LabelledEnum):
    """Who the absent parent was in touch with."""

    CHILD = "child"
    CARER = "carer"
    BOTH = "both"


define_labels(
    ContactParty,
    {
        ContactParty.CHILD: ("儿童", "the child"),
        ContactParty.CARER: ("照护人", "the carer"),
        ContactParty.BOTH: ("儿童和照护人", "the child and the carer"),
    },
)


class ReportKind(LabelledEnum):
    """A situation that must be reported to the police at once (强制报告)."""

    LIVING_ALONE = "living_alone"
    MISSING = "missing"
    GUARDIAN_UNABLE = "guardian_unable"
    GUARDIAN_FAILING = "guardian_failing"
    SUSPECTED_HARM = "suspected_harm"


define_labels(
    ReportKind,
    {
        ReportKind.LIVING_ALONE: ("独自居住", "living alone"),
        ReportKind.MISSING: ("失踪", "missing"),
        ReportKind.GUARDIAN_UNABLE: ("监护人无力履行监护职责", "guardian unable to care"),
        ReportKind.GUARDIAN_FAILING: ("监护人不履行监护职责", "guardian failing to care"),
        ReportKind.SUSPECTED_HARM: ("疑似遭受侵害", "suspected violence or harm"),
    },
)


class LawfulBasis(LabelledEnum):
    """The lawful basis for processing a child's data (PIPL art. 13)."""

    CONSENT = "consent"
    STATUTORY_DUTY = "statutory_duty"


define_labels(
    LawfulBasis,
    {
        LawfulBasis.CONSENT: ("监护人同意", "guardian's consent"),
        LawfulBasis.STATUTORY_DUTY: ("履行法定职责", "statutory duty"),
    },
)


class ConsentGiver(LabelledEnum):
    """Who gave consent for the child's data."""

    FATHER = "father"
    MOTHER = "mother"
    GUARDIAN = "guardian"


define_labels(
    ConsentGiver,
    {
        ConsentGiver.FATHER: ("父亲", "father"),
        ConsentGiver.MOTHER: ("母亲", "mother"),
        ConsentGiver.GUARDIAN: ("其他监护人", "other legal guardian"),
    },
)


class Purpose(LabelledEnum):
    """What the child's data is processed for."""

    REGISTRATION = "registration"
    SHARING = "sharing"
    PHOTOS = "photos"
    REFERRAL = "referral"


define_labels(
    Purpose,
    {
        Purpose.REGISTRATION: ("建档管理", "registration"),
        Purpose.SHARING: ("与学校、村委会共享", "sharing with school and village"),
        Purpose.PHOTOS: ("照片影像", "photos and images"),
        Purpose.REFERRAL: ("转介服务", "referral"),
    },
)


class GuardianKind(LabelledEnum):
    """A legal guardian other than the parents (Civil Code art. 27)."""

    GRANDPARENT = "grandparent"
    ELDER_SIBLING = "elder_sibling"
    OTHER_PERSON = "other_person"
    ORGANIZATION = "organization"


define_labels(
    GuardianKind,
    {
        GuardianKind.GRANDPARENT: ("祖父母、外祖父母", "grandparent"),
        GuardianKind.ELDER_SIBLING: ("兄、姐", "elder sibling"),
        GuardianKind.OTHER_PERSON: ("其他愿意担任监护人的个人", "another willing person"),
        GuardianKind.ORGANIZATION: ("组织", "organization"),
    },
)


class ApprovalBody(LabelledEnum):
    """Who approved a guardian who is not a relative (Civil Code art. 27)."""

    VILLAGE_COMMITTEE = "village_committee"
    RESIDENTS_COMMITTEE = "residents_committee"
    CIVIL_AFFAIRS = "civil_affairs"
    COURT = "court"


define_labels(
    ApprovalBody,
    {
        ApprovalBody.VILLAGE_COMMITTEE: ("村民委员会", "village committee"),
        ApprovalBody.RESIDENTS_COMMITTEE: ("居民委员会", "residents' committee"),
        ApprovalBody.CIVIL_AFFAIRS: ("民政部门", "civil affairs department"),
        ApprovalBody.COURT: ("人民法院", "people's court"),
    },
)


class ReasonCode(LabelledEnum):
    """A fact that a classification rests on."""

    AGE = "age"
    PARENT_SITUATION = "parent_situation"
    PARENT_NOT_RECORDED = "parent_not_recorded"


define_labels(
    ReasonCode,
    {
        ReasonCode.AGE: ("年龄", "age"),
        ReasonCode.PARENT_SITUATION: ("父母状况", "parent's situation"),
        ReasonCode.PARENT_NOT_RECORDED: ("未登记父母信息", "parent not recorded"),
    },
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
