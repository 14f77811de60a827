"""The calendar: each year's holidays as its notice words them, checked day by day.

The holidays of each recorded year are checked three ways: against the
words of the notice's own items (parsed here, weekdays included), against
the ``chinese-calendar`` package and against the ``holidays`` package, every
day of every year both know. The school terms, closures and the kinds of
day for a home are table tests at the boundaries and Hypothesis properties.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import left_behind as lb
from left_behind.calendar import (
    LATE_DECEMBER,
    OFFICIAL_CALENDARS,
    CalendarDay,
    Closure,
    DayKind,
    Festival,
    HolidayPeriod,
    NoNotice,
    NoSchoolYear,
    OfficialCalendar,
    SchoolYear,
    YearCalendar,
    day_kind,
    describe_day,
    holiday_name,
    is_holiday,
    is_makeup_workday,
    is_provisional,
    notice_for,
    official_calendar,
    recorded_years,
)
from left_behind.law import LegalDocument, Provision
from left_behind.samples import SAMPLE_COUNTY, SAMPLE_SCHOOL_YEARS

ONE_DAY = dt.timedelta(days=1)
OFFICIAL = OfficialCalendar()
FIRST_DAY = dt.date(recorded_years()[0], 1, 1)
LAST_SETTLED = dt.date(recorded_years()[-1], 12, LATE_DECEMBER - 1)
K = DayKind


def days(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first
    while day <= last:
        yield day
        day += ONE_DAY


# --- each period is what its notice's item says ------------------------------------

_WEEKDAYS = dict(zip("一二三四五六日", range(7), strict=True))
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?")
_FESTIVALS = {f.label("zh"): f for f in Festival}


def dates_in(text: str, year: int) -> list[dt.date]:
    """The dates a sentence of a notice names, each checked against the weekday it gives."""
    found: list[dt.date] = []
    month = None
    for m in _DATE.finditer(text):
        if m.group(1):
            year = int(m.group(1))
        if m.group(2):
            month = int(m.group(2))
        assert month is not None, text
        day = dt.date(year, month, int(m.group(3)))
        weekday = re.search(r"(?:星期|周)([一二三四五六日])", m.group(4) or "")
        if weekday:
            assert day.weekday() == _WEEKDAYS[weekday.group(1)], f"{day} in {text}"
        found.append(day)
    return found


@attrs.frozen
class Item:
    festivals: tuple[Festival, ...]
    first: dt.date
    last: dt.date
    makeup: tuple[dt.date, ...]
    count: int | None


def parse_item(text: str, year: int) -> Item:
    """An item, such as 春节：1月24日至30日放假调休，共7天。1月19日（星期日）上班。"""
    head, _, rest = text.partition("：")
    sentences = [s for s in rest.split("。") if s]
    off = dates_in(sentences[0], year)
    assert len(off) in (1, 2), text
    count = re.search(r"(?:共|放假)(\d+)天", sentences[0])
    worked = sentences[1] if len(sentences) > 1 and sentences[1].endswith("上班") else ""
    return Item(
        festivals=tuple(_FESTIVALS[name] for name in head.split("、")),
        first=off[0],
        last=off[-1],
        makeup=tuple(dates_in(worked, year)),
        count=int(count.group(1)) if count else None,
    )


def amended(item: Item, cal: YearCalendar) -> Item:
    """The item as the later notices changed it (an extension: 延长…春节假期至2月2日)."""
    for doc in cal.amendments:
        for p in doc.provisions:
            m = re.match(r"延长(\d{4})年(.+?)假期至(.+?日（[^）]*）)", p.text)
            if m and _FESTIVALS[m.group(2)] in item.festivals:
                (last,) = dates_in(m.group(3), int(m.group(1)))
                kept = tuple(d for d in item.makeup if not item.first <= d <= last)
                item = attrs.evolve(item, last=last, makeup=kept, count=None)
    return item


PERIODS = [(cal, p) for cal in OFFICIAL_CALENDARS for p in cal.periods]


@pytest.mark.parametrize(("cal", "period"), PERIODS, ids=[f"{c.year}-{p.item}" for c, p in PERIODS])
def test_each_period_is_what_its_notice_item_says(cal: YearCalendar, period: HolidayPeriod) -> None:
    item = amended(parse_item(cal.notice.provision(period.item).text, cal.year), cal)
    assert (period.festivals, period.first, period.last) == (item.festivals, item.first, item.last)
    assert period.makeup_days == item.makeup
    if item.count is not None:  # 共N天: the notice's own count of the days off
        assert period.length == item.count


@pytest.mark.parametrize("cal", OFFICIAL_CALENDARS, ids=lambda c: str(c.year))
def test_each_notice_is_identified_and_every_item_has_its_period(cal: YearCalendar) -> None:
    notice = cal.notice
    assert notice.title == f"国务院办公厅关于{cal.year}年部分节假日安排的通知"
    assert re.fullmatch(r"国办发明电〔\d{4}〕\d+号", notice.number)
    assert notice.number[6:10] == str(notice.issued.year) == str(cal.year - 1)
    assert notice.body == "国务院办公厅" and notice.cite_number
    # what was and was not checked is said, as for every legal source
    assert "not opened" in notice.notes and "checked" in notice.notes
    assert notice.url == "" or notice.url.startswith(("http://", "https://"))
    assert [p.item for p in cal.periods] == list(notice.keys())


def test_the_2020_extension_is_recorded_and_cited() -> None:
    cal = official_calendar(2020)
    assert cal is not None
    (extension,) = cal.amendments
    assert extension.number == "国办发明电〔2020〕1号"
    assert extension.issued == dt.date(2020, 1, 26)
    assert "国办发明电〔2020〕1号" in cal.periods[1].note
    assert is_holiday(dt.date(2020, 2, 1)) and not is_makeup_workday(dt.date(2020, 2, 1))
    assert not is_holiday(dt.date(2020, 2, 3))


# --- every day against the two packages that know these years ---------------------

chinese_calendar = pytest.importorskip("chinese_calendar")
holidays = pytest.importorskip("holidays")

# the names each package gives, to the festival
_CC_NAMES = {
    "New Year's Day": Festival.NEW_YEAR,
    "Spring Festival": Festival.SPRING_FESTIVAL,
    "Tomb-sweeping Day": Festival.QINGMING,
    "Labour Day": Festival.LABOUR_DAY,
    "Dragon Boat Festival": Festival.DRAGON_BOAT,
    "Mid-autumn Festival": Festival.MID_AUTUMN,
    "National Day": Festival.NATIONAL_DAY,
}
_HOLIDAYS_NAMES = (
    ("New Year's Day", Festival.NEW_YEAR),
    ("Chinese New Year", Festival.SPRING_FESTIVAL),
    ("Tomb-Sweeping Day", Festival.QINGMING),
    ("Labor Day", Festival.LABOUR_DAY),
    ("Dragon Boat Festival", Festival.DRAGON_BOAT),
    ("Mid-Autumn Festival", Festival.MID_AUTUMN),
    ("National Day", Festival.NATIONAL_DAY),
)

# Where a package disagrees, and why. chinese-calendar names the weekend before
# 1 January 2024 as part of the New Year holiday; the notice gives 1 January only
# ("1月1日放假，与周末连休": off with the weekend, which stays an ordinary one).
# Both agree it is a day of rest; only the name differs.
CC_NAMES_THE_WEEKEND = {dt.date(2023, 12, 30), dt.date(2023, 12, 31)}


def _recorded_days() -> list[dt.date]:
    """Every settled day of the recorded years (late December of the last is provisional)."""
    return [d for d in days(FIRST_DAY, LAST_SETTLED) if OFFICIAL.settles(d)]


RECORDED_DAYS = _recorded_days()


def test_the_comparison_covers_every_recorded_year() -> None:
    assert {d.year for d in RECORDED_DAYS} == set(recorded_years())
    assert len(RECORDED_DAYS) == (LAST_SETTLED - FIRST_DAY).days + 1


def test_every_day_agrees_with_chinese_calendar() -> None:
    wrong = []
    for day in RECORDED_DAYS:
        kind, period, _ = OFFICIAL.lookup(day)
        weekend = day.weekday() >= 5
        rest = kind in (K.PUBLIC_HOLIDAY, K.WEEKEND)
        if chinese_calendar.is_holiday(day) != rest:
            wrong.append((day, kind, "rest"))
        if (kind is K.MAKEUP_WORKDAY) != (weekend and chinese_calendar.is_workday(day)):
            wrong.append((day, kind, "make-up"))
        name = chinese_calendar.get_holiday_detail(day)[1]
        # a day it names is a day off or a make-up day of that festival's holiday
        named = name is not None and day not in CC_NAMES_THE_WEEKEND
        if named and (period is None or _CC_NAMES[name] not in period.festivals):
            wrong.append((day, kind, name))
        if kind is K.PUBLIC_HOLIDAY and name is None:
            wrong.append((day, kind, "unnamed"))
    assert wrong == []


def test_chinese_calendar_differs_only_in_the_names_said() -> None:
    for day in CC_NAMES_THE_WEEKEND:
        assert chinese_calendar.get_holiday_detail(day) == (True, "New Year's Day")
        assert OFFICIAL.kind(day) is K.WEEKEND and holiday_name(day) is None
    assert OFFICIAL.period_of(dt.date(2024, 1, 1)) == official_calendar(2024).periods[0]  # type: ignore[union-attr]


def test_every_day_agrees_with_the_holidays_package() -> None:
    table = holidays.China(years=recorded_years(), language="en_US")
    wrong = []
    for day in RECORDED_DAYS:
        kind, period, _ = OFFICIAL.lookup(day)
        weekend = day.weekday() >= 5
        # it lists the working days given off; a weekend day off is off anyway
        rest = day in table or (weekend and day not in table.weekend_workdays)
        if rest != (kind in (K.PUBLIC_HOLIDAY, K.WEEKEND)):
            wrong.append((day, kind, "rest"))
        if (kind is K.MAKEUP_WORKDAY) != (day in table.weekend_workdays):
            wrong.append((day, kind, "make-up"))
        if day in table:
            if kind is not K.PUBLIC_HOLIDAY:
                wrong.append((day, kind, table.get(day)))
                continue
            assert period is not None
            for name in table.get_list(day):
                named = {f for words, f in _HOLIDAYS_NAMES if words in name}
                # a day given off for a worked weekend day ("Day off (substituted ...)")
                # names no festival
                if not named <= set(period.festivals):
                    wrong.append((day, kind, name))
    assert wrong == []


# --- the days at the edges -------------------------------------------------------

SPRING_FESTIVALS = [
    p for cal in OFFICIAL_CALENDARS for p in cal.periods if Festival.SPRING_FESTIVAL in p.festivals
]


@pytest.mark.parametrize("period", SPRING_FESTIVALS, ids=lambda p: str(p.first.year))
def test_the_first_and_last_day_of_each_spring_festival(period: HolidayPeriod) -> None:
    for day in (period.first, period.last):
        assert is_holiday(day) and holiday_name(day) == "春节"
        assert holiday_name(day, "en") == "Spring Festival"
    for day in (period.first - ONE_DAY, period.last + ONE_DAY):
        assert not is_holiday(day)
        assert holiday_name(day) is None


@pytest.mark.parametrize(
    ("day", "kind", "why"),
    [
        (dt.date(2026, 1, 16), K.SCHOOL_DAY, "the last day of the autumn term"),
        (dt.date(2026, 1, 17), K.VACATION, "the first day of the winter vacation"),
        (dt.date(2026, 2, 14), K.VACATION, "a make-up Saturday in the vacation: no school"),
        (dt.date(2026, 2, 15), K.PUBLIC_HOLIDAY, "the Spring Festival, in the vacation"),
        (dt.date(2026, 2, 23), K.PUBLIC_HOLIDAY, "its last day"),
        (dt.date(2026, 2, 24), K.VACATION, "the day after, still in the vacation"),
        (dt.date(2026, 3, 1), K.VACATION, "the last day of the winter vacation"),
        (dt.date(2026, 3, 2), K.SCHOOL_DAY, "the first day of the spring term"),
        (dt.date(2026, 5, 8), K.SCHOOL_DAY, "the Friday before a make-up Saturday"),
        (dt.date(2026, 5, 9), K.SCHOOL_DAY, "a make-up Saturday: school, and after school"),
        (dt.date(2026, 5, 10), K.WEEKEND, "the Sunday after it"),
        (dt.date(2026, 7, 3), K.SCHOOL_DAY, "the last day of the spring term"),
        (dt.date(2026, 7, 4), K.VACATION, "the first day of the summer vacation"),
        (dt.date(2026, 8, 31), K.VACATION, "the last day of the summer vacation"),
        (lb.samples.REFERENCE_DATE, K.SCHOOL_DAY, "the samples' day: the autumn term starts"),
        (dt.date(2026, 9, 20), K.SCHOOL_DAY, "a make-up Sunday in term"),
        (dt.date(2026, 10, 1), K.PUBLIC_HOLIDAY, "National Day, in term"),
        (dt.date(2026, 10, 7), K.PUBLIC_HOLIDAY, "its last day"),
        (dt.date(2026, 10, 8), K.SCHOOL_DAY, "school again"),
        (dt.date(2026, 10, 10), K.SCHOOL_DAY, "a make-up Saturday"),
        (dt.date(2025, 10, 6), K.PUBLIC_HOLIDAY, "the Mid-Autumn Festival inside National Day"),
        (dt.date(2025, 10, 11), K.SCHOOL_DAY, "a make-up Saturday of 2025"),
        (dt.date(2027, 1, 15), K.SCHOOL_DAY, "the last day of the autumn term 2026"),
        (dt.date(2027, 1, 16), K.VACATION, "the first day of the winter vacation 2027"),
    ],
)
def test_what_a_day_is_for_the_sample_home(day: dt.date, kind: DayKind, why: str) -> None:
    assert day_kind(day, terms=SAMPLE_SCHOOL_YEARS) is kind, why
    assert describe_day(day, terms=SAMPLE_SCHOOL_YEARS).kind is kind, why


@pytest.mark.parametrize(
    "day", [dt.date(2025, 9, 28), dt.date(2025, 10, 11), dt.date(2026, 1, 4), dt.date(2026, 5, 9)]
)
def test_a_make_up_day_in_term_runs_after_school_only_when_the_home_says(day: dt.date) -> None:
    assert is_makeup_workday(day) and day.weekday() >= 5
    on = day_kind(day, terms=SAMPLE_SCHOOL_YEARS, after_school_on_makeup_days=True)
    off = describe_day(day, terms=SAMPLE_SCHOOL_YEARS, after_school_on_makeup_days=False)
    assert (on, off.kind, off.official) == (K.SCHOOL_DAY, K.MAKEUP_WORKDAY, K.MAKEUP_WORKDAY)
    assert day_kind(day) is K.MAKEUP_WORKDAY  # the official calendar alone


def test_a_make_up_day_names_its_holiday_but_is_not_a_day_off() -> None:
    d = describe_day(dt.date(2025, 2, 8))
    assert (d.kind, d.festivals, d.holiday_name()) == (
        K.MAKEUP_WORKDAY,
        (Festival.SPRING_FESTIVAL,),
        None,
    )
    assert holiday_name(dt.date(2025, 2, 8)) is None


def test_a_holiday_may_start_in_the_december_before() -> None:
    day = dt.date(2022, 12, 31)
    assert day.weekday() == 5 and is_holiday(day)
    d = describe_day(day)
    assert (d.kind, d.notice, d.holiday_name("en")) == (
        K.PUBLIC_HOLIDAY,
        "国办发明电〔2022〕16号",
        "New Year's Day",
    )


def test_closures_come_first() -> None:
    shut = [
        Closure(first=dt.date(2026, 2, 16), last=dt.date(2026, 2, 18), reason="春节闭园"),
        Closure(first=dt.date(2026, 4, 20), reason="消防检修"),
    ]
    for day, reason in [
        (dt.date(2026, 2, 16), "春节闭园"),
        (dt.date(2026, 2, 18), "春节闭园"),
        (dt.date(2026, 4, 20), "消防检修"),
    ]:
        d = describe_day(day, terms=SAMPLE_SCHOOL_YEARS, closures=shut)
        assert (d.kind, d.closure) == (K.CLOSED, reason)
        assert day_kind(day, terms=SAMPLE_SCHOOL_YEARS, closures=shut) is K.CLOSED
    assert (
        day_kind(dt.date(2026, 2, 19), terms=SAMPLE_SCHOOL_YEARS, closures=shut) is K.PUBLIC_HOLIDAY
    )
    assert day_kind(dt.date(2026, 4, 21), terms=SAMPLE_SCHOOL_YEARS, closures=shut) is K.SCHOOL_DAY
    # the official kind stays what the notice says
    assert describe_day(dt.date(2026, 2, 16), closures=shut).official is K.PUBLIC_HOLIDAY


# --- a year without a notice -------------------------------------------------------

NEXT_YEAR = recorded_years()[-1] + 1


def test_a_year_without_a_notice_is_provisional_never_guessed() -> None:
    assert official_calendar(NEXT_YEAR) is None and notice_for(NEXT_YEAR) is None
    new_year = dt.date(NEXT_YEAR, 1, 1)
    assert is_provisional(new_year)
    for helper in (is_holiday, is_makeup_workday, holiday_name):
        with pytest.raises(NoNotice, match=f"no notice is recorded for {NEXT_YEAR}"):
            helper(new_year)
    d = describe_day(new_year)
    # 1 January is a holiday every year, yet not until a notice says so
    assert (d.provisional, d.official, d.notice, d.festivals) == (True, K.WORKDAY, "", ())
    assert d.official is (K.WEEKEND if new_year.weekday() >= 5 else K.WORKDAY)


def test_late_december_waits_for_the_next_notice() -> None:
    last = recorded_years()[-1]
    before, after = dt.date(last, 12, LATE_DECEMBER - 1), dt.date(last, 12, LATE_DECEMBER)
    assert not is_provisional(before) and is_provisional(after)
    with pytest.raises(NoNotice, match=str(NEXT_YEAR)):
        is_holiday(after)
    assert describe_day(after).provisional and not describe_day(before).provisional
    # the years before, whose next notice is recorded, are settled to the end
    assert not is_provisional(dt.date(last - 1, 12, 31))


def _synthetic_next_year() -> YearCalendar:
    """A made-up notice for the first year not recorded: test data, not a real notice."""
    y = NEXT_YEAR
    return YearCalendar(
        year=y,
        notice=LegalDocument(
            code="TEST",
            title=f"示例：{y}年部分节假日安排",
            title_en="a made-up notice",
            body="示例机关",
            body_en="a made-up body",
            issued=dt.date(y - 1, 11, 1),
            notes="synthetic: for the tests only",
            provisions=[Provision(key="1", article="一", article_en="item 1", text="元旦：放假。")],
        ),
        periods=[
            HolidayPeriod(
                item="1",
                festivals=[Festival.NEW_YEAR],
                first=dt.date(y, 1, 1),
                last=dt.date(y, 1, 1),
            )
        ],
    )


def test_a_caller_may_add_a_year_the_library_does_not_record() -> None:
    cal = OfficialCalendar([*OFFICIAL_CALENDARS, _synthetic_next_year()])
    new_year = dt.date(NEXT_YEAR, 1, 1)
    assert cal.settles(new_year) and cal.is_holiday(new_year)
    assert cal.settles(dt.date(NEXT_YEAR - 1, 12, 31))
    d = describe_day(new_year, official=cal)
    assert (d.kind, d.provisional, d.notice) == (K.PUBLIC_HOLIDAY, False, "")
    assert day_kind(new_year, official=cal) is K.PUBLIC_HOLIDAY
    with pytest.raises(ValueError, match="given twice"):
        OfficialCalendar([*OFFICIAL_CALENDARS, OFFICIAL_CALENDARS[0]])


def test_terms_must_cover_the_day() -> None:
    with pytest.raises(NoSchoolYear, match="示例区"):
        day_kind(dt.date(2027, 9, 1), terms=SAMPLE_SCHOOL_YEARS)
    with pytest.raises(NoSchoolYear):
        describe_day(dt.date(2025, 8, 31), terms=SAMPLE_SCHOOL_YEARS)
    other = attrs.evolve(SAMPLE_SCHOOL_YEARS[0], county="另一区")
    with pytest.raises(ValueError, match="give one county"):
        day_kind(dt.date(2025, 9, 1), terms=[*SAMPLE_SCHOOL_YEARS, other])


# --- properties ------------------------------------------------------------------

settled_days = st.dates(min_value=FIRST_DAY, max_value=LAST_SETTLED)
sample_days = st.dates(
    min_value=SAMPLE_SCHOOL_YEARS[0].first, max_value=SAMPLE_SCHOOL_YEARS[-1].last
)


def test_holidays_and_make_up_days_never_overlap() -> None:
    off = [d for cal in OFFICIAL_CALENDARS for d in sorted(cal.days_off())]
    worked = [d for cal in OFFICIAL_CALENDARS for d in sorted(cal.makeup_days())]
    assert len(off) == len(set(off)) and len(worked) == len(set(worked))
    assert not set(off) & set(worked)
    assert all(d.weekday() >= 5 for d in worked)


@given(settled_days)
def test_every_recorded_day_has_exactly_one_kind(day: dt.date) -> None:
    off = any(day in cal.days_off() for cal in OFFICIAL_CALENDARS)
    worked = any(day in cal.makeup_days() for cal in OFFICIAL_CALENDARS)
    weekend = day.weekday() >= 5
    kinds = {
        K.PUBLIC_HOLIDAY: off,
        K.MAKEUP_WORKDAY: worked,
        K.WEEKEND: weekend and not off and not worked,
        K.WORKDAY: not weekend and not off and not worked,
    }
    assert [k for k, holds in kinds.items() if holds] == [OFFICIAL.kind(day)]
    assert is_holiday(day) is off and is_makeup_workday(day) is worked
    assert (holiday_name(day) is not None) is off


closures = st.lists(
    st.builds(
        lambda first, n, reason: Closure(
            first=first, last=first + dt.timedelta(days=n), reason=reason
        ),
        sample_days,
        st.integers(0, 10),
        st.sampled_from(["消防检修", "春节闭园", "停电"]),
    ),
    max_size=3,
)


@given(sample_days, closures, st.booleans())
def test_a_home_day_is_one_kind_from_its_layers(
    day: dt.date, shut: list[Closure], after_school: bool
) -> None:
    d = describe_day(
        day, terms=SAMPLE_SCHOOL_YEARS, closures=shut, after_school_on_makeup_days=after_school
    )
    fast = day_kind(
        day, terms=SAMPLE_SCHOOL_YEARS, closures=shut, after_school_on_makeup_days=after_school
    )
    assert d.kind is fast and d.day == day
    (school_year,) = [t for t in SAMPLE_SCHOOL_YEARS if day in t]
    assert (d.kind is K.CLOSED) is any(day in c for c in shut)
    if d.kind is K.VACATION:
        assert school_year.in_vacation(day)
    if d.kind in (K.SCHOOL_DAY, K.MAKEUP_WORKDAY):
        assert not school_year.in_vacation(day)
    if d.provisional:  # no holiday is ever guessed
        assert d.official in (K.WORKDAY, K.WEEKEND) and d.notice == "" and d.festivals == ()
    else:
        assert d.official is OFFICIAL.kind(day) and d.notice
    assert d.kind is not K.WORKDAY  # with terms, a working day is a school or vacation day


# --- the records check themselves, and travel as data ------------------------------


def _period(**changes: object) -> HolidayPeriod:
    fields: dict[str, object] = {
        "item": "1",
        "festivals": [Festival.NEW_YEAR],
        "first": dt.date(2026, 1, 1),
        "last": dt.date(2026, 1, 3),
        "makeup_days": [dt.date(2026, 1, 4)],
    }
    fields.update(changes)
    return HolidayPeriod(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"makeup_days": [dt.date(2026, 1, 5)]}, "inconsistent"),  # a Monday
        ({"makeup_days": [dt.date(2026, 1, 3)]}, "inconsistent"),  # a day off of the item
        ({"makeup_days": [dt.date(2026, 1, 4)] * 2}, "duplicate"),
        ({"last": dt.date(2025, 12, 31)}, "order"),
        ({"festivals": []}, "empty"),
        ({"festivals": [Festival.NEW_YEAR] * 2}, "duplicate"),
        ({"item": " "}, "empty"),
    ],
)
def test_a_malformed_period_is_refused(changes: dict[str, object], code: str) -> None:
    with pytest.raises(lb.InvalidData) as err:
        _period(**changes)
    assert code in {p.code for p in err.value.problems}


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda c: attrs.evolve(c, year=c.year + 1), "range"),
        (lambda c: attrs.evolve(c, periods=[c.periods[1], c.periods[0]]), "order"),
        (
            lambda c: attrs.evolve(c, periods=[*c.periods, attrs.evolve(c.periods[0], item="99")]),
            "unknown",
        ),
        (
            lambda c: attrs.evolve(c, notice=attrs.evolve(c.notice, issued=dt.date(c.year, 6, 1))),
            "order",
        ),
    ],
)
def test_a_malformed_year_is_refused(change: object, code: str) -> None:
    with pytest.raises(lb.InvalidData) as err:
        change(OFFICIAL_CALENDARS[-1])  # type: ignore[operator]
    assert code in {p.code for p in err.value.problems}


def test_a_school_year_runs_on_without_a_gap() -> None:
    sample = SAMPLE_SCHOOL_YEARS[0]
    with pytest.raises(lb.InvalidData) as err:
        attrs.evolve(sample, spring_term_start=sample.spring_term_start + ONE_DAY)
    assert [p.path for p in err.value.problems] == ["$.spring_term_start"]
    with pytest.raises(lb.InvalidData) as err:
        attrs.evolve(sample, year=2024)
    assert err.value.problems[0].path == "$.autumn_term_start"
    with pytest.raises(lb.InvalidData):
        Closure(first=dt.date(2026, 3, 2), last=dt.date(2026, 3, 1), reason="停电")


def test_the_sample_terms_say_they_are_samples() -> None:
    for school_year in SAMPLE_SCHOOL_YEARS:
        assert school_year.county == SAMPLE_COUNTY == "示例区"
        assert school_year.notes.startswith("sample data")
        assert school_year.autumn_term_start.month == 9
        assert school_year.autumn_term_end.month == 1 and school_year.spring_term_end.month == 7


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_calendars_terms_and_days_travel_through_json(style: str) -> None:
    records: list[object] = [
        *OFFICIAL_CALENDARS,
        *SAMPLE_SCHOOL_YEARS,
        Closure(first=dt.date(2026, 4, 20), reason="消防检修"),
        describe_day(dt.date(2026, 2, 17), terms=SAMPLE_SCHOOL_YEARS),
    ]
    for record in records:
        text = lb.to_json(record, style=style)  # type: ignore[arg-type]
        assert lb.from_json(text, type(record), style=style) == record  # type: ignore[arg-type]
    day = lb.to_dict(describe_day(dt.date(2026, 2, 17)), style="camel")
    assert (day["kind"], day["festivals"]) == ("public_holiday", ["spring_festival"])


def test_the_calendar_records_are_in_the_file_format() -> None:
    classes = lb.io.record_classes()
    for cls in (YearCalendar, HolidayPeriod, SchoolYear, Closure, CalendarDay):
        assert cls in classes
    assert {DayKind, Festival} <= set(lb.io.enum_classes())
