"""Left-behind (GF16-definition), de-facto unsupported (FSW-2019) or neither, on a date."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

import left_behind as lb
from builders import minimal_child
from left_behind import testing as lt
from left_behind.rules._classify import MIGRANT_MONTHS

S = lb.model.Situation
LEFT, FSW, MIGRANT, NEITHER = (
    lb.model.ChildStatus.LEFT_BEHIND,
    lb.model.ChildStatus.DE_FACTO_UNSUPPORTED,
    lb.model.ChildStatus.MIGRANT,
    lb.model.ChildStatus.NEITHER,
)
D = dt.date
ON = lb.samples.REFERENCE_DATE  # 2026-09-01
SINCE = D(2024, 2, 20)
BIRTH = D(2016, 5, 10)  # ten on ON


def sit(
    kind: lb.model.Situation,
    since: dt.date = SINCE,
    until: dt.date | None = None,
    with_child: bool = False,
) -> lb.model.ParentSituation:
    return lb.model.ParentSituation(situation=kind, since=since, until=until, with_child=with_child)


NOT_RECORDED = None


def kid(
    father: list[lb.model.ParentSituation] | None,
    mother: list[lb.model.ParentSituation] | None,
    birth: dt.date = BIRTH,
    away: dt.date | None = None,
) -> lb.Child:
    """A child whose father and mother have these situations (None: no parent record),
    living away from the hukou place since ``away``."""
    parents = [
        lb.Parent(role=role, situations=tuple(history))
        for role, history in (
            (lb.model.ParentRole.FATHER, father),
            (lb.model.ParentRole.MOTHER, mother),
        )
        if history is not None
    ]
    return minimal_child(birth, parents=tuple(parents), away_from_hukou_since=away)


def status(child: lb.Child, on: dt.date = ON) -> lb.model.ChildStatus:
    result = lb.classify(child, on=on)
    assert result.child_id == child.id
    assert result.on == on
    return result.status


# --- table tests, case by case from DOMAIN.md ---------------------------------------

WA, HOME = S.WORKING_AWAY, S.AT_HOME
REVOKED, DEPORTED, RESTRICTED = S.GUARDIANSHIP_REVOKED, S.DEPORTED, S.LIBERTY_RESTRICTED
# the situations 民发〔2020〕125号 names beside imprisonment and rehabilitation
WIDENED = (RESTRICTED, REVOKED, DEPORTED)


@pytest.mark.parametrize(
    ("father", "mother", "expected"),
    [
        # GF16: both parents work away
        pytest.param([sit(WA)], [sit(WA)], LEFT, id="both-away"),
        # GF16: one away, the other without capacity to act as guardian
        pytest.param([sit(WA)], [sit(S.INCAPACITATED)], LEFT, id="away+ill"),
        pytest.param([sit(S.INCAPACITATED)], [sit(WA)], LEFT, id="ill+away"),
        # one away, the other at home: not left behind
        pytest.param([sit(WA)], [sit(HOME)], NEITHER, id="away+home"),
        pytest.param([sit(HOME)], [sit(WA)], NEITHER, id="home+away"),
        pytest.param([sit(WA)], [], NEITHER, id="away+no-situation-means-home"),
        pytest.param([], [], NEITHER, id="both-home"),
        pytest.param(
            [sit(WA, D(2020, 1, 1), until=D(2024, 1, 31))],
            [sit(WA)],
            NEITHER,
            id="father-came-back",
        ),
        # FSW: both parents each unable
        pytest.param([sit(S.IMPRISONED)], [sit(S.IMPRISONED)], FSW, id="both-imprisoned"),
        pytest.param([sit(S.INCAPACITATED)], [sit(S.INCAPACITATED)], FSW, id="both-ill"),
        pytest.param([sit(S.COMPULSORY_REHAB)], [sit(S.COMPULSORY_REHAB)], FSW, id="both-rehab"),
        pytest.param([sit(S.IMPRISONED)], [sit(S.COMPULSORY_REHAB)], FSW, id="prison+rehab"),
        pytest.param(
            [sit(S.OUT_OF_CONTACT)], [sit(S.OUT_OF_CONTACT)], FSW, id="both-out-of-contact"
        ),
        pytest.param([sit(S.INCAPACITATED)], [sit(S.OUT_OF_CONTACT)], FSW, id="ill+out-of-contact"),
        # FSW: one dead or missing, the other unable
        pytest.param([sit(S.DECEASED)], [sit(S.IMPRISONED)], FSW, id="dead+prison"),
        pytest.param([sit(S.IMPRISONED)], [sit(S.DECEASED)], FSW, id="prison+dead"),
        pytest.param([sit(S.MISSING)], [sit(S.INCAPACITATED)], FSW, id="missing+ill"),
        pytest.param([sit(S.DECEASED)], [sit(S.OUT_OF_CONTACT)], FSW, id="dead+out-of-contact"),
        pytest.param([sit(S.COMPULSORY_REHAB)], [sit(S.MISSING)], FSW, id="rehab+missing"),
        # FSW as 民发〔2020〕125号 widened it: another restriction of liberty, guardianship
        # revoked by a court, deportation
        pytest.param([sit(REVOKED)], [sit(REVOKED)], FSW, id="both-revoked"),
        pytest.param([sit(DEPORTED)], [sit(DEPORTED)], FSW, id="both-deported"),
        pytest.param([sit(RESTRICTED)], [sit(RESTRICTED)], FSW, id="both-restricted"),
        pytest.param([sit(REVOKED)], [sit(DEPORTED)], FSW, id="revoked+deported"),
        pytest.param([sit(RESTRICTED)], [sit(S.IMPRISONED)], FSW, id="restricted+prison"),
        pytest.param([sit(S.INCAPACITATED)], [sit(REVOKED)], FSW, id="ill+revoked"),
        pytest.param([sit(S.DECEASED)], [sit(REVOKED)], FSW, id="dead+revoked"),
        pytest.param([sit(DEPORTED)], [sit(S.MISSING)], FSW, id="deported+missing"),
        pytest.param([sit(S.DECEASED)], [sit(RESTRICTED)], FSW, id="dead+restricted"),
        # GF16: one away, the other deported, restricted or deprived of the guardianship
        # cannot act as guardian at home (the documented reading)
        pytest.param([sit(WA)], [sit(REVOKED)], LEFT, id="away+revoked"),
        pytest.param([sit(DEPORTED)], [sit(WA)], LEFT, id="deported+away"),
        pytest.param([sit(WA)], [sit(RESTRICTED)], LEFT, id="away+restricted"),
        pytest.param([sit(REVOKED)], [sit(HOME)], NEITHER, id="revoked+home"),
        pytest.param([sit(DEPORTED)], [], NEITHER, id="deported+home"),
        pytest.param(NOT_RECORDED, [sit(REVOKED)], NEITHER, id="not-recorded+revoked"),
        # neither definition
        pytest.param([sit(S.DECEASED)], [sit(S.DECEASED)], NEITHER, id="orphan"),
        pytest.param([sit(S.MISSING)], [sit(S.MISSING)], NEITHER, id="both-missing"),
        pytest.param([sit(S.DECEASED)], [sit(HOME)], NEITHER, id="dead+home"),
        pytest.param([sit(S.IMPRISONED)], [], NEITHER, id="prison+home"),
        # a parent who is dead cannot act as guardian either (documented reading of GF16)
        pytest.param([sit(S.DECEASED)], [sit(WA)], LEFT, id="dead+away"),
        pytest.param([sit(WA)], [sit(S.IMPRISONED)], LEFT, id="away+prison"),
        # a parent not recorded cares for nobody: with the other away, left-behind;
        # but it never makes a child de-facto unsupported, and alone it is no absence
        pytest.param([sit(WA)], NOT_RECORDED, LEFT, id="away+not-recorded"),
        pytest.param(NOT_RECORDED, [sit(S.IMPRISONED)], NEITHER, id="not-recorded+prison"),
        pytest.param(NOT_RECORDED, NOT_RECORDED, NEITHER, id="none-recorded"),
    ],
)
def test_cases(
    father: list[lb.model.ParentSituation] | None,
    mother: list[lb.model.ParentSituation] | None,
    expected: lb.model.ChildStatus,
) -> None:
    assert status(kid(father, mother)) is expected


@pytest.mark.parametrize(
    ("father", "mother", "expected"),
    [
        ("working_away", "working_away", LEFT),
        ("working_away", "incapacitated", LEFT),
        ("working_away", "at_home", NEITHER),
        ("imprisoned", "compulsory_rehab", FSW),
        ("deceased", "imprisoned", FSW),
        ("at_home", "at_home", NEITHER),
    ],
)
@pytest.mark.parametrize("age", [0, 8, 15])
def test_sample_families(
    father: str, mother: str, expected: lb.model.ChildStatus, age: int
) -> None:
    child = lb.samples.family(father=father, mother=mother, age=age)
    assert status(child) is expected


@pytest.mark.parametrize(
    ("since", "on", "expected"),
    [
        (D(2026, 4, 1), ON, NEITHER),  # five months
        (D(2026, 3, 2), ON, NEITHER),  # the six months end tomorrow
        (D(2026, 3, 1), ON, NEITHER),  # they end today, at 24:00 (CC arts. 201, 203)
        (D(2026, 3, 1), D(2026, 9, 2), FSW),  # more than six months from the day after
        (D(2025, 9, 1), ON, FSW),  # a year
        (D(2025, 8, 31), D(2026, 2, 28), NEITHER),  # no 31 February: they end 28 February
        (D(2025, 8, 31), D(2026, 3, 1), FSW),
        (D(2023, 8, 31), D(2024, 2, 29), NEITHER),  # a leap year: 29 February
        (D(2023, 8, 31), D(2024, 3, 1), FSW),
    ],
)
def test_out_of_contact_counts_after_six_months(
    since: dt.date, on: dt.date, expected: lb.model.ChildStatus
) -> None:
    child = kid([sit(S.IMPRISONED, D(2023, 1, 1))], [sit(S.OUT_OF_CONTACT, since)])
    assert status(child, on) is expected
    both = kid([sit(S.OUT_OF_CONTACT, since)], [sit(S.OUT_OF_CONTACT, since)])
    assert status(both, on) is expected
    dead = kid([sit(S.DECEASED, D(2023, 1, 1))], [sit(S.OUT_OF_CONTACT, since)])
    assert status(dead, on) is expected


def test_out_of_contact_for_a_short_while_still_cannot_guard() -> None:
    # one away, the other out of contact for a month: left behind (GF16), not yet FSW
    child = kid([sit(WA)], [sit(S.OUT_OF_CONTACT, D(2026, 8, 1))])
    assert status(child) is LEFT


LOST = D(2026, 3, 1)  # contact lost; the six months end at 24:00 on 2026-09-01
SIX_MONTHS_END = lb.model.period_end(LOST, months=lb.law.OUT_OF_CONTACT_MONTHS)


@pytest.mark.parametrize("other", [*WIDENED, S.DECEASED, S.OUT_OF_CONTACT])
@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        # the period's last day: six months less that day have been lived (art. 203: it
        # ends at 24:00), as a child is still 15 on the 16th birthday
        pytest.param(0, NEITHER, id="day-before"),
        # six whole months: 6个月以上 includes them (Civil Code art. 1259)
        pytest.param(1, FSW, id="day-of"),
        pytest.param(2, FSW, id="day-after"),
    ],
)
def test_out_of_contact_six_months_or_more_beside_every_situation(
    other: lb.model.Situation, shift: int, expected: lb.model.ChildStatus
) -> None:
    assert D(2026, 9, 1) == SIX_MONTHS_END  # the corresponding day (art. 202)
    on = SIX_MONTHS_END + dt.timedelta(days=shift)
    since = LOST if other is S.OUT_OF_CONTACT else SINCE
    for child in (
        kid([sit(other, since)], [sit(S.OUT_OF_CONTACT, LOST)]),
        kid([sit(S.OUT_OF_CONTACT, LOST)], [sit(other, since)]),
    ):
        assert status(child, on) is expected


@pytest.mark.parametrize("situation", WIDENED)
@pytest.mark.parametrize(
    ("years", "shift", "expected"),
    [
        # not GF16's 16: FSW covers every minor
        pytest.param(lb.law.LEFT_BEHIND_UNDER, 1, FSW, id="day-after-16th"),
        pytest.param(lb.law.ADULT_FROM, -1, FSW, id="day-before-18th"),
        pytest.param(lb.law.ADULT_FROM, 0, FSW, id="18th-birthday: still 17"),
        pytest.param(lb.law.ADULT_FROM, 1, NEITHER, id="day-after-18th: 18"),
    ],
)
def test_the_widened_situations_hold_for_a_minor_under_18(
    situation: lb.model.Situation, years: int, shift: int, expected: lb.model.ChildStatus
) -> None:
    birth = D(2010, 5, 10)
    on = lb.model.birthday_in(birth, years) + dt.timedelta(days=shift)
    for father, mother in ((situation, situation), (situation, S.DECEASED), (S.MISSING, situation)):
        child = kid([sit(father, SINCE)], [sit(mother, SINCE)], birth=birth)
        assert status(child, on) is expected


@given(
    father=st.sampled_from(WIDENED),
    mother=st.sampled_from([*WIDENED, S.DECEASED, S.MISSING, S.IMPRISONED, S.INCAPACITATED]),
    swap=st.booleans(),
    birth=st.dates(D(2005, 1, 1), D(2026, 6, 30)),
    data=st.data(),
)
def test_any_widened_situations_of_both_parents_make_a_minor_de_facto_unsupported(
    father: lb.model.Situation,
    mother: lb.model.Situation,
    swap: bool,
    birth: dt.date,
    data: st.DataObject,
) -> None:
    last_minor_day = lb.model.birthday_in(birth, lb.law.ADULT_FROM)
    on = data.draw(st.dates(birth, last_minor_day), label="on")
    since = [data.draw(st.dates(D(2000, 1, 1), on), label="since") for _ in range(2)]
    histories = [[sit(father, since[0])], [sit(mother, since[1])]]
    if swap:
        histories.reverse()
    child = kid(histories[0], histories[1], birth=birth)
    assert status(child, on) is FSW
    # whatever the policy says of work away, which neither parent does
    assert lb.classify(child, on=on, policy=SIX).status is FSW
    assert status(child, last_minor_day + dt.timedelta(days=1)) is NEITHER


@pytest.mark.parametrize(
    ("father", "mother"),
    [([sit(WA)], [sit(WA)]), ([sit(WA)], [sit(S.INCAPACITATED)])],
    ids=["both-away", "away+ill"],
)
@pytest.mark.parametrize(
    ("on", "expected"),
    [(D(2026, 5, 9), LEFT), (D(2026, 5, 10), LEFT), (D(2026, 5, 11), NEITHER)],
    ids=["day-before-16th", "16th-birthday", "day-after"],
)
def test_left_behind_ends_the_day_after_the_16th_birthday(
    father: list[lb.model.ParentSituation],
    mother: list[lb.model.ParentSituation],
    on: dt.date,
    expected: lb.model.ChildStatus,
) -> None:
    assert status(kid(father, mother, birth=D(2010, 5, 10)), on) is expected


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (D(2026, 5, 10), FSW),  # 15 on the 16th birthday
        (D(2026, 5, 11), FSW),  # 16: still a minor under 18
        (D(2028, 5, 10), FSW),  # the 18th birthday: still 17
        (D(2028, 5, 11), NEITHER),  # 18
    ],
)
def test_de_facto_unsupported_ends_the_day_after_the_18th_birthday(
    on: dt.date, expected: lb.model.ChildStatus
) -> None:
    child = kid([sit(S.IMPRISONED)], [sit(S.DECEASED)], birth=D(2010, 5, 10))
    assert status(child, on) is expected


def test_leapling_turns_16_on_1_march() -> None:
    child = kid([sit(WA)], [sit(WA)], birth=D(2012, 2, 29))
    assert status(child, D(2027, 2, 28)) is LEFT  # 14
    assert status(child, D(2028, 2, 28)) is LEFT  # 15
    assert status(child, D(2028, 2, 29)) is LEFT  # the 16th birthday, in a leap year
    assert status(child, D(2028, 3, 1)) is NEITHER  # 16
    born_2008 = kid([sit(WA)], [sit(WA)], birth=D(2008, 2, 29))
    assert status(born_2008, D(2024, 2, 29)) is LEFT
    assert status(born_2008, D(2024, 3, 1)) is NEITHER
    # 18 in a common year: the birthday is 28 February, and 18 from 1 March
    fsw = kid([sit(S.IMPRISONED)], [sit(S.DECEASED)], birth=D(2012, 2, 29))
    assert status(fsw, D(2030, 2, 28)) is FSW
    assert status(fsw, D(2030, 3, 1)) is NEITHER


@pytest.mark.parametrize(
    ("since", "until", "on", "expected"),
    [
        (D(2026, 9, 2), None, ON, NEITHER),  # leaves tomorrow
        (ON, None, ON, LEFT),  # leaves today
        (SINCE, ON, ON, LEFT),  # back tomorrow: away until the end of today
        (SINCE, D(2026, 8, 31), ON, NEITHER),  # came back yesterday
    ],
)
def test_situations_in_force_by_the_day(
    since: dt.date, until: dt.date | None, on: dt.date, expected: lb.model.ChildStatus
) -> None:
    child = kid([sit(WA, since, until)], [sit(WA)])
    assert status(child, on) is expected


def test_latest_situation_wins() -> None:
    history = [sit(WA, D(2020, 3, 1), D(2022, 1, 1)), sit(HOME, D(2022, 1, 2)), sit(WA, SINCE)]
    child = kid(history, [sit(WA, D(2020, 1, 1))])
    assert status(child, D(2020, 2, 29)) is NEITHER
    assert status(child, D(2021, 6, 1)) is LEFT
    assert status(child, D(2023, 6, 1)) is NEITHER
    assert status(child, ON) is LEFT


def test_reasons_name_the_facts() -> None:
    result = lb.classify(kid([sit(WA)], NOT_RECORDED), on=ON)
    age, father, mother = result.reasons
    assert (age.code, age.age) == (lb.model.ReasonCode.AGE, 10)
    assert (father.code, father.parent, father.situation, father.since) == (
        lb.model.ReasonCode.PARENT_SITUATION,
        lb.model.ParentRole.FATHER,
        WA,
        SINCE,
    )
    assert (mother.code, mother.parent) == (
        lb.model.ReasonCode.PARENT_NOT_RECORDED,
        lb.model.ParentRole.MOTHER,
    )
    assert result.explain("en").startswith(LEFT.label("en"))
    assert result.explain().startswith(LEFT.label())


# --- migrant children (流动儿童) --------------------------------------------------------

AWAY = D(2026, 3, 1)  # the six months away end on ON, at 24:00


@pytest.mark.parametrize(
    ("father", "mother", "away", "on", "expected"),
    [
        # the parents took the child along: a migrant child once six months have passed
        pytest.param(
            [sit(WA, with_child=True)],
            [sit(WA, with_child=True)],
            SINCE,
            ON,
            MIGRANT,
            id="both-with-child",
        ),
        pytest.param([sit(WA, with_child=True)], [sit(WA)], SINCE, ON, MIGRANT, id="one-along"),
        pytest.param([], [], SINCE, ON, MIGRANT, id="the-family-moved"),
        # the boundary: six months or more, from the day after they end
        pytest.param([], [], AWAY, ON - dt.timedelta(days=1), NEITHER, id="day-before"),
        pytest.param([], [], AWAY, ON, NEITHER, id="six-months-end-today"),
        pytest.param([], [], AWAY, ON + dt.timedelta(days=1), MIGRANT, id="day-after"),
        pytest.param([], [], D(2026, 9, 2), ON, NEITHER, id="leaves-tomorrow"),
        # taken along, but the register does not say since when the child lives away
        pytest.param(
            [sit(WA, with_child=True)], [sit(WA, with_child=True)], None, ON, NEITHER, id="no-date"
        ),
        # left-behind and de-facto unsupported come first, wherever the child lives
        pytest.param([sit(WA)], [sit(WA)], SINCE, ON, LEFT, id="parents-away-without-child"),
        pytest.param([sit(S.IMPRISONED)], [sit(S.DECEASED)], SINCE, ON, FSW, id="fsw-first"),
    ],
)
def test_migrant_children(
    father: list[lb.model.ParentSituation] | None,
    mother: list[lb.model.ParentSituation] | None,
    away: dt.date | None,
    on: dt.date,
    expected: lb.model.ChildStatus,
) -> None:
    child = kid(father, mother, away=away)
    assert status(child, on) is expected
    assert lb.classify(child, on=on).status is oracle(child, on)


def test_a_migrant_child_is_a_minor() -> None:
    child = kid([], [], birth=D(2008, 9, 1), away=D(2020, 1, 1))
    assert status(child, D(2026, 9, 1)) is MIGRANT  # the 18th birthday: still 17
    assert status(child, D(2026, 9, 2)) is NEITHER


def test_the_reasons_say_since_when_the_child_lives_away() -> None:
    result = lb.classify(kid([sit(WA, with_child=True)], [], away=SINCE), on=ON)
    assert result.reasons[3] == lb.rules.Reason(
        code=lb.model.ReasonCode.AWAY_FROM_HUKOU, since=SINCE
    )
    assert result.explain("en") == (
        "migrant child: aged 10; father: working away, with the child since 2024-02-20;"
        " mother: at home; away from the hukou place since 2024-02-20"
    )
    assert result.explain() == (
        "流动儿童：10 周岁；父亲：外出务工，携子女随迁（自 2024-02-20 起）；母亲：在家；"
        "离开户籍地（自 2024-02-20 起）"
    )


def test_only_a_parent_working_away_takes_the_child_along() -> None:
    with pytest.raises(lb.InvalidData, match="with_child"):
        sit(S.IMPRISONED, with_child=True)


def test_a_child_lives_away_from_the_hukou_only_once_born() -> None:
    with pytest.raises(lb.InvalidData, match="away_from_hukou_since"):
        kid([], [], birth=BIRTH, away=BIRTH - dt.timedelta(days=1))


def test_classify_says_which_status_wins() -> None:
    doc = lb.classify.__doc__ or ""
    module = __import__("left_behind.rules._classify", fromlist=["_"]).__doc__ or ""
    for text in (module,):
        assert "in this order" in text
        assert "Why this order" in text
    assert "FSW-2019" in doc and "first" in doc


def test_the_summary_counts_migrant_children() -> None:
    register = lb.Register(
        children=[
            evolve(kid([sit(WA, with_child=True)], [], away=SINCE), id="m-1"),
            evolve(kid([sit(WA)], [sit(WA)]), id="l-1"),
            evolve(kid([], [], away=AWAY), id="m-2"),  # the six months end on ON
        ]
    )
    summary = lb.summarize(register, on=ON)
    assert [summary.count(s) for s in (LEFT, MIGRANT, NEITHER)] == [1, 1, 1]
    later = lb.summarize(register, on=ON + dt.timedelta(days=1))
    assert [later.count(s) for s in (LEFT, MIGRANT, NEITHER)] == [1, 2, 0]


# --- how long a parent must have worked away (policy: working_away_months) ---------------

SIX = evolve(lb.Policy(), working_away_months=6)  # the national monitoring of 2024
LEFT_ON = D(2026, 3, 1)
DAY = dt.timedelta(days=1)


def test_by_default_a_parent_works_away_from_the_day_of_leaving() -> None:
    assert lb.Policy().working_away_months is None  # GF16 fixes no length
    child = kid([sit(WA, LEFT_ON)], [sit(WA, LEFT_ON)])
    assert status(child, LEFT_ON - DAY) is NEITHER
    assert status(child, LEFT_ON) is LEFT


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        # the last day of the six months, which end at 24:00: six months less a day lived
        pytest.param(0, NEITHER, id="six-months-less-a-day"),
        pytest.param(1, LEFT, id="six-months"),  # 6个月以上: the six months included
        pytest.param(2, LEFT, id="six-months-and-a-day"),
    ],
)
def test_with_the_monitorings_six_months(shift: int, expected: lb.model.ChildStatus) -> None:
    months = SIX.working_away_months
    assert months is not None
    on = lb.model.period_end(LEFT_ON, months=months) + dt.timedelta(days=shift)
    both = kid([sit(WA, LEFT_ON)], [sit(WA, LEFT_ON)])
    ill = kid([sit(WA, LEFT_ON)], [sit(S.INCAPACITATED, D(2020, 1, 1))])
    revoked = kid([sit(REVOKED, D(2020, 1, 1))], [sit(WA, LEFT_ON)])
    for child in (both, ill, revoked):
        assert lb.classify(child, on=on, policy=SIX).status is expected
        assert status(child, on) is LEFT  # GF16's reading: from the day of leaving
    # one parent away long enough, the other not yet: not yet left-behind
    later = kid([sit(WA, LEFT_ON)], [sit(WA, LEFT_ON + DAY)])
    assert lb.classify(later, on=on, policy=SIX).status is (NEITHER if shift < 2 else LEFT)


def test_the_months_run_on_across_a_new_place_of_work_but_not_a_return() -> None:
    first = sit(WA, D(2025, 1, 1), until=D(2026, 2, 28))
    moved = kid([first, sit(WA, LEFT_ON)], [sit(WA, D(2025, 1, 1))])
    assert lb.classify(moved, on=LEFT_ON + DAY, policy=SIX).status is LEFT
    returned = [sit(WA, D(2025, 1, 1), until=D(2026, 2, 20)), sit(WA, LEFT_ON)]
    back = kid(returned, [sit(WA, D(2025, 1, 1))])
    assert lb.classify(back, on=LEFT_ON + DAY, policy=SIX).status is NEITHER
    # a visit home is logged as a contact, and does not break the months
    visit = lb.ContactEvent(
        on=D(2025, 2, 1),
        parent=lb.model.ParentRole.FATHER,
        party=lb.model.ContactParty.BOTH,
        mode=lb.model.ContactMode.VISIT,
    )
    visited = evolve(kid([sit(WA, D(2025, 1, 1))], [sit(WA, D(2025, 1, 1))]), contacts=[visit])
    assert lb.classify(visited, on=D(2025, 7, 2), policy=SIX).status is LEFT
    assert lb.classify(visited, on=D(2025, 7, 1), policy=SIX).status is NEITHER


@given(start=st.dates(D(2005, 1, 1), D(2030, 12, 31)), shift=st.integers(-2, 3))
def test_working_away_and_migrant_months_are_counted_alike(start: dt.date, shift: int) -> None:
    # the same six months (the monitoring's, and the statistics' for a migrant child)
    # have passed on the same day, counted by the same helper
    assert SIX.working_away_months == MIGRANT_MONTHS
    on = lb.model.period_end(start, months=MIGRANT_MONTHS) + dt.timedelta(days=shift)
    birth = start - dt.timedelta(days=3000)
    away = kid([sit(WA, start)], [sit(WA, start)], birth=birth)
    moved = kid([], [], birth=birth, away=start)
    left = lb.classify(away, on=on, policy=SIX).status is LEFT
    migrant = lb.classify(moved, on=on, policy=SIX).status is MIGRANT
    assert left == migrant == lb.model.period_passed(start, on, months=MIGRANT_MONTHS)


def test_the_setting_does_not_wait_for_the_duty_to_entrust() -> None:
    # MPL art. 22 asks for a carer as soon as the parents are away: the months are
    # only how a child is counted as left-behind
    child = kid([sit(WA, LEFT_ON)], [sit(WA, LEFT_ON)])
    on = LEFT_ON + 30 * DAY
    assert lb.classify(child, on=on, policy=SIX).status is NEITHER
    report = lb.check(child, on=on, policy=SIX)
    assert "MPL-22-must-entrust" in report.by_rule()


@pytest.mark.parametrize("months", [0, 121])
def test_the_setting_has_bounds(months: int) -> None:
    with pytest.raises(lb.InvalidData, match="working_away_months"):
        evolve(lb.Policy(), working_away_months=months)


def test_the_summary_and_the_pairings_read_the_policy() -> None:
    child = evolve(kid([sit(WA, LEFT_ON)], [sit(WA, LEFT_ON)]), id="l-1")
    on = LEFT_ON + 30 * DAY
    register = lb.Register(children=[child])
    assert lb.summarize(register, on=on).count(LEFT) == 1
    assert lb.summarize(register, on=on, policy=SIX).count(LEFT) == 0
    assert lb.rules.needs_mentor(child, on) and not lb.rules.needs_mentor(child, on, SIX)


# --- an independent oracle, straight from DOMAIN.md ------------------------------------

# FSW: "each so", as 民发〔2020〕125号 widened it
UNABLE = {S.INCAPACITATED, S.IMPRISONED, S.COMPULSORY_REHAB, *WIDENED}
GONE = {S.DECEASED, S.MISSING}
NOT_YET = "away for work, the months not yet passed"


def years_old(birth: dt.date, on: dt.date) -> int:
    """Full years, one more from the day after each birthday (SPC 2006 art. 2); a
    29 February birthday falls on 28 February in a common year.

    (Civil Code art. 202: with no corresponding day, the month's last day.)
    """
    if on == birth:
        return 0
    years = on.year - birth.year
    try:
        this_year = birth.replace(year=on.year)
    except ValueError:
        this_year = dt.date(on.year, 2, 28)
    return years if on > this_year else years - 1


def six_months_after(day: dt.date, months: int = 6) -> dt.date:
    """The same day six (or ``months``) months later, or the month's last day if it has
    no such day."""
    month = day.month + months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def state(
    child: lb.Child, role: lb.model.ParentRole, on: dt.date
) -> tuple[lb.model.Situation | None, dt.date | None]:
    """(situation, since) of a parent on ``on``; (None, None) when there is no record."""
    situation, since, _ = state_with_child(child, role, on)
    return situation, since


def state_with_child(
    child: lb.Child, role: lb.model.ParentRole, on: dt.date
) -> tuple[lb.model.Situation | None, dt.date | None, bool]:
    """(situation, since, with the child) of a parent on ``on``."""
    records = [p for p in child.parents if p.role is role]
    if not records:
        return None, None, False
    started = [s for s in records[0].situations if s.since <= on]
    if not started:
        return HOME, None, False
    latest = max(started, key=lambda s: s.since)
    if latest.until is not None and latest.until < on:
        return HOME, None, False  # it ended: back home
    return latest.situation, latest.since, latest.with_child


def oracle(child: lb.Child, on: dt.date, months: int | None = None) -> lb.model.ChildStatus:
    """The status on ``on``; ``months`` of work away asked (each parent's history is
    then one record, so the months run from its start)."""
    age = years_old(child.birth_date, on)
    (f, f_since, f_with), (m, m_since, m_with) = (
        state_with_child(child, lb.model.ParentRole.FATHER, on),
        state_with_child(child, lb.model.ParentRole.MOTHER, on),
    )

    def severe(s: lb.model.Situation | None, since: dt.date | None) -> bool:
        if s is S.OUT_OF_CONTACT:
            assert since is not None
            return on > six_months_after(since)
        return s in UNABLE

    # a parent away with the child lives with the child: for GF16, at home
    f = HOME if f_with else f
    m = HOME if m_with else m

    def short(s: lb.model.Situation | None, since: dt.date | None) -> bool:
        # away for work, but not yet for the months asked: neither away nor unable
        if months is None or s is not WA or since is None:
            return False
        return on <= six_months_after(since, months)

    f = NOT_YET if short(f, f_since) else f
    m = NOT_YET if short(m, m_since) else m

    def cannot_guard(s: lb.model.Situation | None) -> bool:
        # None: the parent is not recorded, and so looks after nobody
        return s is None or s in UNABLE | GONE | {S.OUT_OF_CONTACT}

    if age < 18:
        if severe(f, f_since) and severe(m, m_since):
            return FSW
        if (f in GONE and severe(m, m_since)) or (m in GONE and severe(f, f_since)):
            return FSW
    if age < 16:
        if f is WA and (m is WA or cannot_guard(m)):
            return LEFT
        if m is WA and cannot_guard(f):
            return LEFT
    away = child.away_from_hukou_since
    if age < 18 and away is not None and away <= on and on > six_months_after(away):
        return MIGRANT
    return NEITHER


@st.composite
def days_to_check(draw: st.DrawFn, child: lb.Child) -> dt.date:
    """A day at one of the child's boundaries, or any day of the child's minority."""
    b = child.birth_date
    day = dt.timedelta(days=1)
    birthdays, starts, ends, six_months = [lt.REFERENCE_DATE], [], [], []
    for n in (16, 18):
        try:
            turning = b.replace(year=b.year + n)
        except ValueError:  # 29 February, in a common year
            turning = dt.date(b.year + n, 2, 28)
        birthdays += [turning - day, turning, turning + day]
    for p in child.parents:
        for s in p.situations:
            starts += [s.since, s.since - day]
            if s.until is not None:
                ends += [s.until, s.until + day]
            if s.situation is S.OUT_OF_CONTACT:
                edge = six_months_after(s.since)
                six_months += [edge, edge + day]
    if child.away_from_hukou_since is not None:
        edge = six_months_after(child.away_from_hukou_since)
        six_months += [edge, edge + day]
    groups = [[d for d in g if d >= b] for g in (birthdays, starts, ends, six_months)]
    groups = [g for g in groups if g]
    if groups and draw(st.integers(0, 4)):
        return draw(st.sampled_from(draw(st.sampled_from(groups))))
    return draw(st.dates(b, dt.date(b.year + 19, 1, 1)))


@st.composite
def families(draw: st.DrawFn) -> lb.Child:
    """Any parents' histories at all, around a child born 2005-2026."""
    birth = draw(st.dates(D(2005, 1, 1), D(2026, 1, 1)))

    def history() -> list[lb.model.ParentSituation] | None:
        if draw(st.integers(0, 5)) == 0:
            return None  # not recorded
        count = draw(st.integers(0, 2))
        starts = sorted(
            set(draw(st.lists(st.dates(D(2003, 1, 1), D(2027, 12, 31)), max_size=count)))
        )
        out = []
        for i, since in enumerate(starts):
            kind = draw(st.sampled_from(S))
            last = starts[i + 1] - dt.timedelta(days=1) if i + 1 < len(starts) else D(2030, 1, 1)
            until = None
            if kind is not S.DECEASED and draw(st.booleans()):
                until = draw(st.dates(since, last))
            along = kind is S.WORKING_AWAY and draw(st.integers(0, 3)) == 0
            out.append(sit(kind, since, until, with_child=along))
            if kind is S.DECEASED:
                break
        return out

    away = draw(st.none() | st.dates(birth, D(2027, 12, 31)))
    return kid(history(), history(), birth, away)


# every situation, with the ones the definitions turn on more often
KINDS = [*S, S.WORKING_AWAY, S.WORKING_AWAY, S.WORKING_AWAY, S.OUT_OF_CONTACT, S.OUT_OF_CONTACT]


@st.composite
def cases_on_a_day(draw: st.DrawFn) -> tuple[lb.Child, dt.date]:
    """A child and a day, with each parent in one situation that starts or ends near that day."""
    on = draw(st.dates(D(2020, 1, 1), D(2030, 12, 31)))
    day = dt.timedelta(days=1)
    age = draw(st.sampled_from([15, 16, 17, 18, 0, 8, 15, 17, 19]))
    shift = draw(st.sampled_from([-1, 0, 1]))  # the birthday is yesterday, today or tomorrow
    try:
        birth = on.replace(year=on.year - age)
    except ValueError:
        birth = D(on.year - age, 2, 28)
    birth = min(birth + shift * day, on)
    six = [
        d for d in (on - k * day for k in range(170, 200)) if six_months_after(d) in (on, on - day)
    ]

    def history() -> list[lb.model.ParentSituation] | None:
        shape = draw(st.integers(0, 5))
        if shape == 0:
            return None  # not recorded
        if shape == 1:
            return []  # at home
        kind = draw(st.sampled_from(KINDS))
        since = draw(
            st.one_of(
                st.sampled_from([on, on + day, *six]),
                st.dates(max(birth - 1000 * day, D(2000, 1, 1)), on),
            )
        )
        until = None
        if kind is not S.DECEASED and draw(st.integers(0, 2)) == 0:
            until = draw(st.sampled_from([on, on - day, on + day])) if since < on else since
        return [sit(kind, since, max(until, since) if until else None)]

    return kid(history(), history(), birth), on


@given(case=st.one_of(cases_on_a_day(), st.tuples(families(), st.just(ON))), data=st.data())
def test_classify_agrees_with_the_oracle(
    case: tuple[lb.Child, dt.date], data: st.DataObject
) -> None:
    child, on = case
    if on == ON:  # a generated family: check it on a day at one of its boundaries
        on = data.draw(days_to_check(child), label="on")
    check_against_oracle(child, on)


@given(case=cases_on_a_day(), months=st.sampled_from([6, 6, 1, 12]))
def test_classify_with_working_away_months_agrees_with_the_oracle(
    case: tuple[lb.Child, dt.date], months: int
) -> None:
    child, on = case  # one record a parent: the months run from its start
    policy = evolve(lb.Policy(), working_away_months=months)
    assert lb.classify(child, on=on, policy=policy).status is oracle(child, on, months)


@given(data=st.data())
def test_classify_generated_children(data: st.DataObject) -> None:
    child = data.draw(lt.children(), label="child")
    check_against_oracle(child, data.draw(days_to_check(child), label="on"))


@given(
    since=st.dates(D(2000, 1, 1), D(2030, 12, 31)),
    other=st.sampled_from([*UNABLE, *GONE, S.WORKING_AWAY, S.AT_HOME]),
    delta=st.sampled_from([-1, 0, 1]),
    father_first=st.booleans(),
)
def test_out_of_contact_boundary_on_any_date(
    since: dt.date, other: lb.model.Situation, delta: int, father_first: bool
) -> None:
    on = six_months_after(since) + dt.timedelta(days=delta)
    birth = since - dt.timedelta(days=5 * 365)  # about five when the parent is lost
    lost, them = [sit(S.OUT_OF_CONTACT, since)], [sit(other, since)]
    child = kid(lost, them, birth) if father_first else kid(them, lost, birth)
    check_against_oracle(child, on)


@given(
    birth=st.dates(D(2000, 1, 1), D(2026, 12, 31)),
    years=st.sampled_from([8, 16, 18]),
    delta=st.sampled_from([-1, 0, 1]),
    father=st.sampled_from(KINDS),
    mother=st.sampled_from(KINDS),
)
def test_birthday_boundaries_on_any_date(
    birth: dt.date, years: int, delta: int, father: lb.model.Situation, mother: lb.model.Situation
) -> None:
    try:
        turning = birth.replace(year=birth.year + years)
    except ValueError:
        turning = D(birth.year + years, 2, 28)
    child = kid([sit(father, birth)], [sit(mother, birth)], birth=birth)
    check_against_oracle(child, turning + dt.timedelta(days=delta))


def check_against_oracle(child: lb.Child, on: dt.date) -> None:
    result = lb.classify(child, on=on)
    assert result.status is oracle(child, on)
    # and the reasons state the facts the oracle saw
    age, father, mother = result.reasons[:3]
    assert age.age == years_old(child.birth_date, on)
    for reason, role in (
        (father, lb.model.ParentRole.FATHER),
        (mother, lb.model.ParentRole.MOTHER),
    ):
        seen, since = state(child, role, on)
        assert reason.parent is role
        if seen is None:
            assert reason.code is lb.model.ReasonCode.PARENT_NOT_RECORDED
        else:
            assert reason.code is lb.model.ReasonCode.PARENT_SITUATION
            assert reason.situation is seen
            assert reason.since == since
    away = child.away_from_hukou_since
    if away is not None and away <= on:
        assert result.reasons[3] == lb.rules.Reason(
            code=lb.model.ReasonCode.AWAY_FROM_HUKOU, since=away
        )
    else:
        assert len(result.reasons) == 3


def test_oracle_helpers() -> None:
    """The oracle's own arithmetic, checked by hand."""
    assert six_months_after(D(2026, 3, 1)) == D(2026, 9, 1)
    assert six_months_after(D(2025, 8, 31)) == D(2026, 2, 28)
    assert six_months_after(D(2023, 8, 31)) == D(2024, 2, 29)
    assert six_months_after(D(2025, 12, 31)) == D(2026, 6, 30)
    assert years_old(D(2012, 2, 29), D(2013, 2, 28)) == 0
    assert years_old(D(2012, 2, 29), D(2013, 3, 1)) == 1
    assert years_old(D(2012, 2, 29), D(2016, 2, 29)) == 3
    assert years_old(D(2012, 2, 29), D(2016, 3, 1)) == 4
    assert years_old(D(2010, 5, 10), D(2026, 5, 10)) == 15
    assert years_old(D(2010, 5, 10), D(2026, 5, 11)) == 16
