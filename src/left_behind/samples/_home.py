"""The Shicun home's support side, for :func:`left_behind.samples.home`.

Built on the children of :func:`left_behind.samples.shicun` with a random
generator of its own, so the register's values never change when this does.
The reports give the shape: a retired cadre directs the home with a social
worker and an administrative assistant; about 45 volunteers in four teams
and the caring-mothers club; pairings of left-behind children with
teachers, caring mothers, proxy parents, five-elders tutors and pupils; the
home paired with a women's model post, a kindergarten and a school. And a
term of the children's director's visits to the left-behind children, and
the term's sessions as they were held (:mod:`._work`).
"""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from typing import Any

import attrs

from left_behind.model import (
    Background,
    BackgroundCheck,
    CallWindow,
    CareAssessment,
    CheckResult,
    Child,
    CloseReason,
    Distance,
    Gap,
    Home,
    HomeVisit,
    Interest,
    Meeting,
    MeetingKind,
    Membership,
    MentorRole,
    Met,
    Misconduct,
    Pairing,
    PartnerKind,
    Partnership,
    Preference,
    PreferenceBy,
    Qualification,
    SchoolSubject,
    ServiceRecord,
    Sex,
    Situation,
    Skill,
    Staff,
    StaffRole,
    SupervisionGroup,
    SupportTeam,
    TeamKind,
    Training,
    VisitKind,
    Volunteer,
    Weekday,
    Window,
    birthday_in,
)
from left_behind.samples import synthetic
from left_behind.samples._programmes import planning_fields
from left_behind.samples._tasks import with_growth_and_tasks
from left_behind.samples._work import with_work

__all__ = ["build_home"]

_ON = dt.date(2026, 9, 1)  # the samples' reference date
_OPENED = dt.date(2024, 3, 1)
_TOWN = "石桥镇区"
_FAR = "柳塘村"

# (team id, kind, name, backgrounds of its members, how many, skills they bring)
_TEAMS = (
    (
        "t-elders",
        TeamKind.FIVE_ELDERS,
        "“五老”志愿者服务队",
        (
            Background.RETIRED_TEACHER,
            Background.RETIRED_CADRE,
            Background.VETERAN,
            Background.RETIRED_EXPERT,
            Background.MODEL_WORKER,
        ),
        8,
        (Skill.TUTORING, Skill.READING, Skill.SAFETY_EDUCATION),
    ),
    (
        "t-youth",
        TeamKind.YOUTH,
        "青年志愿者服务队",
        (Background.UNIVERSITY_STUDENT, Background.VILLAGE_OFFICIAL, Background.CIVIL_SERVANT),
        10,
        (Skill.TUTORING, Skill.ARTS, Skill.SPORTS, Skill.COMPUTERS),
    ),
    (
        "t-proxy",
        TeamKind.PROXY_MOTHERS,
        "代理妈妈志愿者服务队",
        (Background.CARING_MOTHER,),
        9,
        (Skill.DAILY_LIFE, Skill.FAMILY_EDUCATION),
    ),
    (
        "t-lecturers",
        TeamKind.FAMILY_EDUCATION,
        "家庭教育讲师团",
        (
            Background.TEACHER,
            Background.COUNSELLOR,
            Background.JUDICIAL_STAFF,
            Background.POLICE_OFFICER,
        ),
        5,
        (Skill.FAMILY_EDUCATION, Skill.COUNSELLING, Skill.SAFETY_EDUCATION),
    ),
    (
        "t-mothers",
        TeamKind.CARING_MOTHERS,
        "爱心妈妈俱乐部",
        (
            Background.CIVIL_SERVANT,
            Background.VILLAGE_OFFICIAL,
            Background.TEACHER,
            Background.WOMAN_ENTREPRENEUR,
        ),
        9,
        (Skill.DAILY_LIFE, Skill.READING, Skill.ARTS),
    ),
)
_PUPILS = 4
_ROLE_OF = {
    "t-elders": MentorRole.FIVE_ELDERS_TUTOR,
    "t-youth": MentorRole.TEACHER,
    "t-proxy": MentorRole.PROXY_PARENT,
    "t-lecturers": MentorRole.TEACHER,
    "t-mothers": MentorRole.CARING_MOTHER,
}
_OLD = {
    Background.RETIRED_TEACHER,
    Background.RETIRED_CADRE,
    Background.VETERAN,
    Background.RETIRED_EXPERT,
    Background.MODEL_WORKER,
}
_WOMEN = {Background.CARING_MOTHER, Background.WOMAN_ENTREPRENEUR}
_TOPICS = ("儿童保护与强制报告", "结对帮扶入门", "心理健康基础", "安全与急救")


def _windows(rng: random.Random, old: bool) -> tuple[Window, ...]:
    windows = []
    if old or rng.random() < 0.5:
        day = rng.choice(list(Weekday)[:5])
        windows.append(Window(day=day, start=dt.time(16, 30), end=dt.time(18, 30)))
    day = rng.choice((Weekday.SATURDAY, Weekday.SUNDAY))
    windows.append(Window(day=day, start=dt.time(9), end=dt.time(11, 30)))
    return tuple(windows)


def _person(
    rng: random.Random, pid: str, background: Background, joined: dt.date
) -> dict[str, Any]:
    if background in _OLD:
        age = rng.randint(60, 74)
    elif background is Background.PUPIL:
        age = rng.randint(13, 15)
    elif background in (Background.UNIVERSITY_STUDENT, Background.VILLAGE_OFFICIAL):
        age = rng.randint(19, 27)
    else:
        age = rng.randint(28, 52)
    birth = birthday_in(_ON, -age) - dt.timedelta(days=rng.randint(1, 364))
    female = background in _WOMEN or rng.random() < 0.5
    if background is Background.PUPIL:
        female = rng.random() < 0.5
    sex = Sex.FEMALE if female else Sex.MALE
    chooser = synthetic.RandomChooser(rng)
    # checked before joining, then again each year, the last one 20 to 300 days ago
    last_check = _ON - dt.timedelta(days=rng.randint(20, 300))
    days = [last_check]
    while days[-1] > joined - dt.timedelta(days=14):
        days.append(days[-1] - dt.timedelta(days=rng.randint(330, 360)))
    checks = tuple(BackgroundCheck(on=d, result=CheckResult.CLEAR) for d in reversed(days))
    trainings = (
        Training(on=joined + dt.timedelta(days=3), hours=2.0, topic=_TOPICS[1]),
        Training(on=joined + dt.timedelta(days=40), hours=1.5, topic=rng.choice(_TOPICS)),
    )
    return {
        "id": pid,
        "name": synthetic.name(chooser),
        "sex": sex,
        "birth_date": birth,
        "id_number": synthetic.id_number(chooser, birth, sex),
        "phone": synthetic.fake_mobile(rng.randint(0, 9999)),
        "checks": checks if background is not Background.PUPIL else (),
        "trainings": trainings,
        "joined_on": joined,
    }


def _volunteers(rng: random.Random) -> tuple[list[Volunteer], list[SupportTeam]]:
    vols: list[Volunteer] = []
    teams: list[SupportTeam] = []
    n = 0
    for team_id, kind, name, backgrounds, size, skills in _TEAMS:
        members = []
        for k in range(size):
            n += 1
            background = backgrounds[k % len(backgrounds)]
            joined = _OPENED + dt.timedelta(days=rng.randint(0, 700))
            fields = _person(rng, f"v-{n:02d}", background, joined)
            quals: frozenset[Qualification] = frozenset()
            if background is Background.COUNSELLOR:
                quals = frozenset({Qualification.COUNSELLOR})
            elif background in (Background.TEACHER, Background.RETIRED_TEACHER):
                quals = frozenset({Qualification.TEACHER})
            village = "石村" if rng.random() < 0.7 else (_TOWN if rng.random() < 0.8 else _FAR)
            vols.append(
                Volunteer(
                    **fields,
                    qualifications=quals,
                    village=village,
                    background=background,
                    skills=frozenset(rng.sample(skills, k=min(2, len(skills)))),
                    subjects=frozenset(rng.sample(list(SchoolSubject)[:5], k=rng.randint(0, 2)))
                    if Skill.TUTORING in skills
                    else frozenset(),
                    interests=frozenset(rng.sample(list(Interest), k=2)),
                    availability=_windows(rng, background in _OLD),
                    vacation_available=rng.random() < 0.6,
                    service=tuple(
                        ServiceRecord(
                            on=_ON - dt.timedelta(days=d), hours=2.0, activity="结对帮扶与家访"
                        )
                        for d in sorted(
                            rng.sample(range(1, 240), k=rng.randint(2, 6)), reverse=True
                        )
                    ),
                )
            )
            members.append(Membership(volunteer=f"v-{n:02d}", joined_on=joined))
        teams.append(
            SupportTeam(
                id=team_id,
                name=name,
                kind=kind,
                leader=members[0].volunteer,
                members=tuple(members),
                capacity=4 if team_id == "t-lecturers" else None,
            )
        )
    for _ in range(_PUPILS):
        n += 1
        joined = dt.date(2025, 9, 10)
        fields = _person(rng, f"v-{n:02d}", Background.PUPIL, joined)
        vols.append(
            Volunteer(
                **fields,
                village="石村",
                background=Background.PUPIL,
                skills=frozenset({Skill.TUTORING}),
                subjects=frozenset({SchoolSubject.CHINESE}),
                interests=frozenset(rng.sample(list(Interest), k=2)),
                availability=(Window(day=Weekday.SATURDAY, start=dt.time(14), end=dt.time(16)),),
                guardian_consent_on=joined if n % 4 else None,
            )
        )
    return vols, teams


def _problems(vols: list[Volunteer]) -> list[Volunteer]:
    """The problems a real home has, so that the checks have something to show."""
    out = list(vols)
    # a check more than a year old, and one that found a record
    out[3] = attrs.evolve(
        out[3], checks=(BackgroundCheck(on=_ON - dt.timedelta(days=420), result=CheckResult.CLEAR),)
    )
    out[12] = attrs.evolve(
        out[12],
        checks=(
            BackgroundCheck(
                on=_ON - dt.timedelta(days=30),
                result=CheckResult.RECORD_FOUND,
                grounds=frozenset({Misconduct.VIOLENCE}),
            ),
        ),
    )
    # a check that falls due within the month
    soon = BackgroundCheck(on=_ON - dt.timedelta(days=350), result=CheckResult.CLEAR)
    before = tuple(c for c in out[5].checks if c.on < soon.on - dt.timedelta(days=300))
    out[5] = attrs.evolve(out[5], checks=(*before, soon))
    # too little training before matching
    out[20] = attrs.evolve(
        out[20], trainings=(Training(on=out[20].joined_on, hours=1.0, topic=_TOPICS[0]),)
    )
    # two who left
    for i in (7, 30):
        out[i] = attrs.evolve(out[i], left_on=_ON - dt.timedelta(days=60))
    return out


def _staff(rng: random.Random) -> list[Staff]:
    posts = (
        ("s-01", StaffRole.DIRECTOR, Background.RETIRED_CADRE),
        ("s-02", StaffRole.SOCIAL_WORKER, Background.TEACHER),
        ("s-03", StaffRole.ASSISTANT, Background.VILLAGE_OFFICIAL),
    )
    staff = []
    for sid, role, background in posts:
        fields = _person(rng, sid, background, _OPENED)
        quals = (
            frozenset({Qualification.SOCIAL_WORKER})
            if role is StaffRole.SOCIAL_WORKER
            else frozenset()
        )
        staff.append(Staff(**fields, qualifications=quals, role=role))
    return staff


def _meetings(
    rng: random.Random, start: dt.date, quiet_from: dt.date | None
) -> tuple[Meeting, ...]:
    """Twice in the first month, then every three to four weeks, until ``quiet_from``.

    Now and then a visit finds nobody at home: the attempt is logged a few days
    before the meeting that replaced it.
    """
    days = [start + dt.timedelta(days=3), start + dt.timedelta(days=17)]
    while True:
        day = days[-1] + dt.timedelta(days=rng.randint(18, 28))
        if day > _ON or (quiet_from is not None and day >= quiet_from):
            break
        days.append(day)
    kinds = list(MeetingKind)
    found: list[Meeting] = []
    for d in days:
        if d > _ON:
            break
        if rng.random() < 0.08 and d - dt.timedelta(days=3) > start:
            found.append(
                Meeting(on=d - dt.timedelta(days=3), kind=MeetingKind.HOME_VISIT, took_place=False)
            )
        found.append(Meeting(on=d, kind=rng.choice(kinds), minutes=rng.choice((30, 45, 60, 90))))
    return tuple(found)


def _pairings(
    rng: random.Random,
    children: tuple[Child, ...],
    vols: list[Volunteer],
    needing: list[str],
) -> list[Pairing]:
    adults = [v for v in vols if v.background is not Background.PUPIL and v.left_on is None]
    adults = [v for v in adults if v.id not in ("v-04", "v-13")]
    pupils = [v for v in vols if v.background is Background.PUPIL]
    load: dict[str, int] = {}
    found: list[Pairing] = []
    n = 0
    for child_id in needing[:58]:
        mentor = min(adults, key=lambda v: (load.get(v.id, 0), rng.random()))
        load[mentor.id] = load.get(mentor.id, 0) + 1
        n += 1
        start = _OPENED + dt.timedelta(days=rng.randint(30, 760))
        start = min(
            max(start, mentor.joined_on + dt.timedelta(days=10)), _ON - dt.timedelta(days=5)
        )
        proposed = start - dt.timedelta(days=14)
        role = _role(mentor)
        quiet = start + dt.timedelta(days=40) if n % 17 == 0 else None
        found.append(
            Pairing(
                id=f"p-{n:03d}",
                child=child_id,
                mentors=(mentor.id,),
                role=role,
                proposed_on=proposed,
                guardian_consent_on=proposed + dt.timedelta(days=3),
                child_view_heard=True,
                approved_on=proposed + dt.timedelta(days=7),
                started_on=start,
                meetings=_meetings(rng, start, quiet),
            )
        )
    # a pupil buddy with no adult supervising, for a child too young to have only a pupil
    n += 1
    start = _ON - dt.timedelta(days=20)
    found.append(
        Pairing(
            id=f"p-{n:03d}",
            child=needing[58],
            mentors=(pupils[0].id,),
            role=MentorRole.PEER_BUDDY,
            proposed_on=start - dt.timedelta(days=10),
            guardian_consent_on=start - dt.timedelta(days=8),
            child_view_heard=True,
            approved_on=start - dt.timedelta(days=5),
            started_on=start,
            meetings=_meetings(rng, start, None),
        )
    )
    # a pairing that closed without its reason, and one with its reason
    for reason in (None, CloseReason.TERM_COMPLETED):
        n += 1
        start = dt.date(2025, 3, 1)
        found.append(
            Pairing(
                id=f"p-{n:03d}",
                child=needing[59 + n % 2],
                mentors=(adults[n % len(adults)].id,),
                role=_role(adults[n % len(adults)]),
                proposed_on=start - dt.timedelta(days=10),
                guardian_consent_on=start - dt.timedelta(days=8),
                child_view_heard=True,
                approved_on=start - dt.timedelta(days=5),
                started_on=start,
                closed_on=dt.date(2026, 1, 15),
                close_reason=reason,
                meetings=_meetings(rng, start, dt.date(2026, 1, 15)),
            )
        )
    # the family-education lecturers mentor a child as a team (多帮一), with counselling
    n += 1
    start = _ON - dt.timedelta(days=90)
    found.append(
        Pairing(
            id=f"p-{n:03d}",
            child=needing[61],
            team="t-lecturers",
            role=MentorRole.TEACHER,
            counselling=True,
            proposed_on=start - dt.timedelta(days=10),
            guardian_consent_on=start - dt.timedelta(days=8),
            child_view_heard=True,
            approved_on=start - dt.timedelta(days=5),
            started_on=start,
            meetings=_meetings(rng, start, None),
        )
    )
    # a pairing of a child whose parents are at home: to review and close
    settled = next(c.id for c in children if c.id not in needing)
    n += 1
    start = dt.date(2025, 10, 1)
    mentor = adults[-1]
    found.append(
        Pairing(
            id=f"p-{n:03d}",
            child=settled,
            mentors=(mentor.id,),
            role=_role(mentor),
            proposed_on=start - dt.timedelta(days=10),
            guardian_consent_on=start - dt.timedelta(days=8),
            child_view_heard=True,
            approved_on=start - dt.timedelta(days=5),
            started_on=start,
            meetings=_meetings(rng, start, None),
        )
    )
    return found


def _role(mentor: Volunteer) -> MentorRole:
    if mentor.background in _OLD:
        return MentorRole.FIVE_ELDERS_TUTOR
    if mentor.background is Background.TEACHER:
        return MentorRole.TEACHER
    if mentor.sex is Sex.FEMALE:
        return MentorRole.CARING_MOTHER
    return MentorRole.PROXY_PARENT


_ABROAD = ("Europe/Madrid", "Asia/Tokyo", "Africa/Luanda")


def _with_call_windows(rng: random.Random, child: Child) -> Child:
    """The child with the times each parent away can take a video call.

    Most parents work in China and call after work or at the weekend; a few
    work abroad and give their hours in their own time zone; some gave none.
    """
    parents = []
    for p in child.parents:
        s = p.situation_on(_ON)
        if s is None or s.situation is not Situation.WORKING_AWAY or rng.random() < 0.1:
            parents.append(p)
            continue
        windows: tuple[CallWindow, ...]
        if rng.random() < 0.06:
            zone = zoneinfo.ZoneInfo(rng.choice(_ABROAD))
            windows = (
                CallWindow(day=Weekday.SATURDAY, start=dt.time(8), end=dt.time(11), time_zone=zone),
            )
        else:
            evening = rng.choice(list(Weekday)[:5])
            start = rng.choice((9, 10, 14, 15))
            windows = (
                CallWindow(day=evening, start=dt.time(18), end=dt.time(19)),
                CallWindow(
                    day=rng.choice((Weekday.SATURDAY, Weekday.SUNDAY)),
                    start=dt.time(start),
                    end=dt.time(start + rng.choice((1, 2, 3))),
                ),
            )
        parents.append(attrs.evolve(p, call_windows=windows))
    return attrs.evolve(child, parents=tuple(parents))


_TERM = dt.date(2026, 3, 2)  # the spring term's first day: the visits recorded begin
_SUMMER = (dt.date(2026, 7, 11), dt.date(2026, 8, 31))
_NOTES = (
    "祖辈照护，作业有人督促",
    "与外出父母每周视频一次",
    "照护人年事已高，晚上看电视时间较长",
    "孩子说想妈妈，情绪尚稳定",
    "家中卫生一般，用电安全已提醒",
)
_AGREED = "提醒照护人每周安排一次与父母视频通话"


def _visits(children: tuple[Child, ...], needing: list[str]) -> tuple[HomeVisit, ...]:
    """A term of the director's visits to the children ``needing`` them, as often as
    each one's risk level asks: most on time, a few late, one never visited.

    The fourth child needing visits was last seen four days past due, the eighth
    forty (long overdue), the thirteenth never; the twenty-first's last visit
    found the care poor and a follow-up was agreed, the twenty-second's found it
    poor and nothing was.
    """
    # the rules give the intervals; imported here, as the register's needs_mentor is
    from left_behind.rules import assess_risk, visit_days

    rng = random.Random(20260302)
    by_id = {c.id: c for c in children}
    late = {needing[3]: 4, needing[7]: 40}
    found: list[HomeVisit] = []
    for n, child_id in enumerate(needing):
        if n == 12:
            continue  # never visited
        child = by_id[child_id]
        days = visit_days(assess_risk(child, on=_ON).level)
        day = _TERM + dt.timedelta(days=rng.randint(0, min(days, 20) - 1))
        seen: list[dt.date] = []
        while day <= _ON:
            seen.append(day)
            day += dt.timedelta(days=days - rng.randint(0, min(3, days - 1)))
        if child_id in late:
            cut = _ON - dt.timedelta(days=days + late[child_id])
            seen = [d for d in seen if d < cut] + [cut]
        mine = [_visit(rng, child_id, d, days, k) for k, d in enumerate(seen)]
        if n in (20, 21):
            last = mine[-1]
            mine[-1] = attrs.evolve(
                last,
                kind=VisitKind.AT_HOME,
                met=frozenset({Met.CHILD, Met.CARER}),
                care=CareAssessment.POOR,
                gaps=frozenset({Gap.SUPERVISION_LACKING, Gap.AFFECTION_MISSING}),
                note="照护人住院，孩子由邻居临时照看",
                agreed="联系村委会和邻居轮流看护，一周内复访" if n == 20 else None,
                next_on=last.on + dt.timedelta(days=7) if n == 20 else None,
            )
        found.extend(mine)
        # a call between two visits now and then: logged, not a visit in person
        for d in seen[:-1]:
            if rng.random() < 0.2:
                found.append(
                    HomeVisit(
                        id="x",
                        child=child_id,
                        on=d + dt.timedelta(days=min(3, days - 1)),
                        visitor="s-01",
                        kind=VisitKind.BY_PHONE,
                        met=frozenset({Met.CARER}),
                    )
                )
    # numbered in the order they were made, once every visit is known ("x" until then)
    found.sort(key=lambda v: (v.on, v.child, v.kind.value))
    return tuple(attrs.evolve(v, id=f"hv-{i + 1:04d}") for i, v in enumerate(found))


def _visit(rng: random.Random, child_id: str, day: dt.date, days: int, k: int) -> HomeVisit:
    """One visit in person: at school now and then in term time, else at home."""
    summer = _SUMMER[0] <= day <= _SUMMER[1]
    if k % 4 == 3 and not summer:
        return HomeVisit(
            id="x",
            child=child_id,
            on=day,
            visitor="s-01",
            kind=VisitKind.AT_SCHOOL,
            met=frozenset({Met.CHILD, Met.TEACHER}),
            next_on=day + dt.timedelta(days=days),
        )
    met = {Met.CHILD, Met.CARER}
    if summer and rng.random() < 0.3:
        met.add(Met.PARENT_HOME)
    care = CareAssessment.GOOD if rng.random() < 0.6 else CareAssessment.FAIR
    gaps = {Gap.HOME_EDUCATION_ABSENT}
    if care is CareAssessment.FAIR:
        gaps.add(rng.choice((Gap.AFFECTION_MISSING, Gap.COMMUNICATION_LACKING)))
    return HomeVisit(
        id="x",
        child=child_id,
        on=day,
        visitor="s-01",
        kind=VisitKind.AT_HOME,
        met=frozenset(met),
        care=care,
        gaps=frozenset(gaps),
        note=rng.choice(_NOTES),
        agreed=_AGREED if care is CareAssessment.FAIR and rng.random() < 0.5 else None,
        next_on=day + dt.timedelta(days=days),
    )


def build_home(children: tuple[Child, ...], needing: list[str]) -> Home:
    """The Shicun home: ``children`` and the people who serve them.

    ``needing`` lists, in the register's order, the children who are
    left-behind or de-facto unsupported on the reference date: those paired.
    """
    rng = random.Random(20240301)
    vols, teams = _volunteers(rng)
    vols = _problems(vols)
    staff = _staff(rng)
    # the assistant's check is more than a year old
    staff[2] = attrs.evolve(
        staff[2],
        checks=(BackgroundCheck(on=_ON - dt.timedelta(days=380), result=CheckResult.CLEAR),),
    )
    subjects = list(SchoolSubject)[:3]
    kids = tuple(
        attrs.evolve(
            c,
            tutoring=frozenset(rng.sample(subjects, k=rng.randint(1, 2)))
            if rng.random() < 0.5 and c.age_on(_ON) >= 6
            else frozenset(),
            needs_counselling=rng.random() < 0.08,
        )
        for c in children
    )
    kids = tuple(_with_call_windows(rng, c) for c in kids)
    pairings = _pairings(rng, kids, vols, needing)
    home = Home(
        name="石村儿童快乐家园",
        children=kids,
        county="示例区",
        township="石桥镇",
        village="石村",
        staff=tuple(staff),
        supervision=SupervisionGroup(leader="s-01", members=("s-02", "s-03")),
        volunteers=tuple(vols),
        teams=tuple(teams),
        pairings=tuple(pairings),
        partners=(
            Partnership(
                kind=PartnerKind.WOMENS_POST,
                partner="石桥镇巾帼示范岗",
                since=dt.date(2024, 3, 8),
                activities=("爱心妈妈结对联谊", "节日慰问"),
            ),
            Partnership(
                kind=PartnerKind.KINDERGARTEN,
                partner="石桥镇中心幼儿园",
                since=dt.date(2024, 6, 1),
                activities=("亲子乐园共建",),
            ),
            Partnership(
                kind=PartnerKind.SCHOOL,
                partner="石桥镇中心小学",
                since=dt.date(2024, 4, 1),
                activities=("亲近母语导读", "安全与法制教育讲座"),
            ),
        ),
        preferences=(
            Preference(child=needing[62], mentor="v-09", by=PreferenceBy.CHILD),
            Preference(child=needing[62], mentor="v-10", by=PreferenceBy.FAMILY, wants=False),
            Preference(child=needing[63], mentor="v-27", by=PreferenceBy.MENTOR),
        ),
        distances=(
            Distance(a="石村", b=_TOWN, km=3.0),
            Distance(a="石村", b=_FAR, km=12.0),
            Distance(a=_TOWN, b=_FAR, km=10.5),
        ),
        **planning_fields(kids),
        visits=_visits(kids, needing),
    )
    return with_work(with_growth_and_tasks(home))
