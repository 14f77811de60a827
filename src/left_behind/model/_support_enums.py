"""The enumerations of the support side: people, teams, pairings, partners.

Values are lowercase and never change: they are what JSON files carry.
Labels are for people, Chinese first, then English.
"""

from __future__ import annotations

import datetime as dt

from left_behind.kinds import LabelledEnum

__all__ = [
    "FIVE_ELDERS",
    "Background",
    "CheckResult",
    "CloseReason",
    "MeetingKind",
    "MentorRole",
    "PairingStage",
    "PartnerKind",
    "PreferenceBy",
    "Qualification",
    "SchoolSubject",
    "Skill",
    "StaffRole",
    "TeamKind",
    "Weekday",
]


class Background(LabelledEnum):
    """Who a volunteer is (志愿者来源), as the reports group them."""

    RETIRED_CADRE = "retired_cadre", "老干部", "retired cadre"
    VETERAN = "veteran", "老战士", "veteran"
    RETIRED_EXPERT = "retired_expert", "老专家", "retired expert"
    RETIRED_TEACHER = "retired_teacher", "老教师", "retired teacher"
    MODEL_WORKER = "model_worker", "老模范", "model worker"
    UNIVERSITY_STUDENT = "university_student", "大学生", "university student"
    VILLAGE_OFFICIAL = "village_official", "大学生村官", "college-graduate village official"
    CIVIL_SERVANT = "civil_servant", "机关年轻干部", "young civil servant"
    TEACHER = "teacher", "教师", "teacher"
    COUNSELLOR = "counsellor", "心理辅导老师", "counsellor"
    POLICE_OFFICER = "police_officer", "派出所民警", "police officer"
    JUDICIAL_STAFF = "judicial_staff", "司法所工作人员", "judicial staff"
    WOMAN_ENTREPRENEUR = "woman_entrepreneur", "致富女能手", "woman entrepreneur"
    CARING_MOTHER = "caring_mother", "爱心妈妈", "caring mother"
    PUPIL = "pupil", "学生", "pupil"


FIVE_ELDERS = frozenset(
    {
        Background.RETIRED_CADRE,
        Background.VETERAN,
        Background.RETIRED_EXPERT,
        Background.RETIRED_TEACHER,
        Background.MODEL_WORKER,
    }
)
"""The five elders (五老) of the five-elders tutoring team."""


class Skill(LabelledEnum):
    """What a volunteer can do with children."""

    TUTORING = "tutoring", "课业辅导", "tutoring"
    COUNSELLING = "counselling", "心理辅导", "counselling"
    ARTS = "arts", "书画文艺", "arts"
    SPORTS = "sports", "体育", "sports"
    READING = "reading", "阅读指导", "reading guidance"
    COMPUTERS = "computers", "电脑", "computers"
    SAFETY_EDUCATION = "safety_education", "安全与法制教育", "safety and legal education"
    FAMILY_EDUCATION = "family_education", "家庭教育", "family education"
    DAILY_LIFE = "daily_life", "生活照料", "help with daily life"
    FIRST_AID = "first_aid", "急救", "first aid"


class SchoolSubject(LabelledEnum):
    """A school subject to tutor or to be tutored in."""

    CHINESE = "chinese", "语文", "Chinese"
    MATHS = "maths", "数学", "maths"
    ENGLISH = "english", "英语", "English"
    SCIENCE = "science", "科学", "science"
    MORALS_LAW = "morals_law", "道德与法治", "morality and law"
    ARTS = "arts", "美术", "art"
    MUSIC = "music", "音乐", "music"
    PHYSICAL = "physical", "体育", "physical education"


class Qualification(LabelledEnum):
    """A qualification the law asks of some activities (VOL art. 16)."""

    TEACHER = "teacher", "教师资格", "teacher's qualification"
    COUNSELLOR = "counsellor", "心理健康教育或心理咨询资格", "counselling qualification"
    SOCIAL_WORKER = "social_worker", "社会工作者职业资格", "social worker's qualification"
    LAWYER = "lawyer", "法律职业资格", "legal professional qualification"
    FIRST_AID = "first_aid", "急救员证", "first-aid certificate"


class Weekday(LabelledEnum):
    """A day of the week, Monday first as in ISO 8601 (``date.isoweekday()``)."""

    MONDAY = "monday", "星期一", "Monday"
    TUESDAY = "tuesday", "星期二", "Tuesday"
    WEDNESDAY = "wednesday", "星期三", "Wednesday"
    THURSDAY = "thursday", "星期四", "Thursday"
    FRIDAY = "friday", "星期五", "Friday"
    SATURDAY = "saturday", "星期六", "Saturday"
    SUNDAY = "sunday", "星期日", "Sunday"

    @property
    def number(self) -> int:
        """1 for Monday to 7 for Sunday, as ``date.isoweekday()``."""
        return _DAY_NUMBERS[self]

    @property
    def is_weekend(self) -> bool:
        """Saturday or Sunday."""
        return _DAY_NUMBERS[self] >= 6

    @classmethod
    def of(cls, day: dt.date) -> Weekday:
        """The day of the week of a date.

        >>> import datetime as dt
        >>> Weekday.of(dt.date(2026, 9, 1)).label("en")
        'Tuesday'
        """
        return _DAYS[day.isoweekday() - 1]


_DAYS = tuple(Weekday)
_DAY_NUMBERS = {d: i + 1 for i, d in enumerate(_DAYS)}


class CheckResult(LabelledEnum):
    """What a check of criminal records found (MPL art. 62)."""

    CLEAR = "clear", "无违法犯罪记录", "no record found"
    RECORD_FOUND = "record_found", "有违法犯罪记录", "a record found"


class StaffRole(LabelledEnum):
    """A staff member's post."""

    DIRECTOR = "director", "家园主任", "director of the home"
    SOCIAL_WORKER = "social_worker", "社会工作者", "social worker"
    ASSISTANT = "assistant", "行政辅助人员", "administrative assistant"
    CHILDREN_DIRECTOR = "children_director", "儿童主任", "village children's director"
    SUPERVISOR = "supervisor", "儿童督导员", "township children's supervisor"


class TeamKind(LabelledEnum):
    """The kinds of volunteer team the reports name (志愿服务队)."""

    FIVE_ELDERS = "five_elders", "“五老”志愿者服务队", "five-elders tutoring team"
    YOUTH = "youth", "青年志愿者服务队", "youth volunteers"
    PROXY_MOTHERS = "proxy_mothers", "代理妈妈志愿者服务队", "proxy mothers"
    FAMILY_EDUCATION = "family_education", "家庭教育讲师团", "family-education lecturers"
    CARING_MOTHERS = "caring_mothers", "爱心妈妈俱乐部", "caring-mothers club"


class MentorRole(LabelledEnum):
    """What a mentor is to the child in a pairing (结对帮扶)."""

    TEACHER = "teacher", "结对教师", "teacher"
    CARING_MOTHER = "caring_mother", "爱心妈妈", "caring mother"
    PROXY_PARENT = "proxy_parent", "代理家长", "proxy parent"
    PEER_BUDDY = "peer_buddy", "学伴", "peer buddy"
    FIVE_ELDERS_TUTOR = "five_elders_tutor", "“五老”辅导员", "five-elders tutor"


class PairingStage(LabelledEnum):
    """Where a pairing is in its life on a date."""

    PROPOSED = "proposed", "拟结对", "proposed"
    APPROVED = "approved", "已同意", "approved"
    ACTIVE = "active", "结对中", "active"
    CLOSED = "closed", "已结束", "closed"


class CloseReason(LabelledEnum):
    """Why a pairing closed: one coded reason."""

    NO_LONGER_NEEDED = (
        "no_longer_needed",
        "父母返乡或儿童不再需要",
        "the parents returned or the child no longer needs it",
    )
    CHILD_MOVED = "child_moved", "儿童迁出", "the child moved"
    MENTOR_LEFT = "mentor_left", "帮扶人退出", "the mentor left"
    CHILD_TURNED_16 = "child_turned_16", "儿童年满十六周岁", "the child turned 16"
    ON_REQUEST = "on_request", "应请求结束", "ended on request"
    SAFETY_CONCERN = "safety_concern", "安全顾虑", "a safety concern"
    TERM_COMPLETED = "term_completed", "期满结束", "the term completed"


class MeetingKind(LabelledEnum):
    """How a mentor met the child."""

    HOME_VISIT = "home_visit", "家访", "home visit"
    AT_HOME = "at_home", "在家园见面", "at the children's home"
    CALL = "call", "电话或视频", "call"
    ACTIVITY = "activity", "共同活动", "activity"


class PartnerKind(LabelledEnum):
    """The institutions a home pairs with (园岗、园园、园校结对)."""

    WOMENS_POST = "womens_post", "巾帼示范岗（园岗结对）", "women's model post"
    KINDERGARTEN = "kindergarten", "幼儿园（园园结对）", "kindergarten"
    SCHOOL = "school", "学校（园校结对）", "school"


class PreferenceBy(LabelledEnum):
    """Who stated a preference about a pairing."""

    CHILD = "child", "儿童本人", "the child"
    FAMILY = "family", "家庭", "the family"
    MENTOR = "mentor", "帮扶人", "the mentor"
