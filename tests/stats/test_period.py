"""The figures of a period: the edges, the sum over months, privacy, and the command line."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import left_behind as lb
from left_behind import InvalidData, samples
from left_behind.cli import main
from left_behind.model import (
    Attendee,
    AttendeeRole,
    ContactEvent,
    ContactMode,
    ContactParty,
    FamilyMeeting,
    FamilyMeetingKind,
    HeldSession,
    HomeVisit,
    Met,
    ParentRole,
    Task,
    TaskReason,
    TaskState,
    TaskStatus,
    VisitKind,
)
from left_behind.stats import (
    Period,
    PeriodCounts,
    PeriodFigures,
    PeriodReach,
    figures,
    render_figures,
)

CST = ZoneInfo("Asia/Shanghai")
MARCH = Period.month(2026, 3)
FIRST, LAST = MARCH.first, MARCH.last
BEFORE, AFTER = FIRST - dt.timedelta(days=1), LAST + dt.timedelta(days=1)


@pytest.fixture(scope="module")
def home() -> lb.Home:
    return samples.home()


def bare(home: lb.Home, **records: object) -> lb.Home:
    """The sample home with no record of the work but ``records``."""
    empty: dict[str, object] = {
        "held_sessions": (),
        "visits": (),
        "tasks": (),
        "pairings": (),
        "family_meetings": (),
        "children": tuple(attrs.evolve(c, contacts=()) for c in home.children),
        "volunteers": tuple(attrs.evolve(v, service=()) for v in home.volunteers),
    }
    return attrs.evolve(home, **{**empty, **records})


def session(day: dt.date, *, took_place: bool = True, hour: int = 16) -> HeldSession:
    start = dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=CST)
    return HeldSession(
        id=f"h-{day}-{hour}",
        programme="p-read",
        took_place=took_place,
        reason=None if took_place else "下雨",
        start=start,
        end=start + dt.timedelta(minutes=90),
        facilitators=("v-01",) if took_place else (),
        helpers=("s-02",) if took_place else (),
        children=("SC-001", "SC-002") if took_place else (),
        carers=("SC-002",) if took_place else (),
    )


# --- the period itself --------------------------------------------------------


def test_a_week_runs_from_monday_to_sunday() -> None:
    for day in (dt.date(2026, 3, 2), dt.date(2026, 3, 5), dt.date(2026, 3, 8)):
        week = Period.week(day)
        assert (week.first, week.last, week.days) == (dt.date(2026, 3, 2), dt.date(2026, 3, 8), 7)


def test_a_term_is_the_county_s(home: lb.Home) -> None:
    year = home.terms[0]
    autumn, spring = Period.term(year, "autumn"), Period.term(year, "spring")
    assert (autumn.first, autumn.last) == (year.autumn_term_start, year.autumn_term_end)
    assert (spring.first, spring.last) == (year.spring_term_start, year.spring_term_end)


def test_a_period_that_ends_before_it_starts_is_invalid() -> None:
    with pytest.raises(InvalidData):
        Period(first=dt.date(2026, 3, 2), last=dt.date(2026, 3, 1))


def test_a_period_s_months_cover_it_day_by_day() -> None:
    p = Period(first=dt.date(2025, 12, 20), last=dt.date(2026, 2, 3))
    months = list(p.months())
    assert [m.days for m in months] == [12, 31, 3]
    assert sum(m.days for m in months) == p.days


# --- the edges ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "counted"),
    [(BEFORE, False), (FIRST, True), (LAST, True), (AFTER, False)],
)
def test_a_session_counts_on_its_start_day(home: lb.Home, day: dt.date, counted: bool) -> None:
    f = figures(bare(home, held_sessions=(session(day),)), MARCH)
    c = f.counts
    assert (c.sessions_held, c.attendances, c.carer_attendances) == (
        (1, 2, 1) if counted else (0, 0, 0)
    )
    assert (c.session_minutes, c.people_minutes) == ((90, 180) if counted else (0, 0))
    assert (f.reach.children_served, f.reach.adults_present) == ((2, 2) if counted else (0, 0))
    # v-01 is a volunteer, s-02 a member of staff
    assert f.reach.volunteers_active == (1 if counted else 0)
    read = next(r for r in c.by_programme if r.programme == "p-read")
    assert (read.held, read.attendances, read.minutes) == ((1, 2, 90) if counted else (0, 0, 0))


def test_a_session_late_on_the_last_day_is_in_by_its_own_clock(home: lb.Home) -> None:
    late = session(LAST, hour=23)  # 15:00 UTC: the same day in China
    assert figures(bare(home, held_sessions=(late,)), MARCH).counts.sessions_held == 1


def test_a_session_called_off_counts_apart(home: lb.Home) -> None:
    f = figures(bare(home, held_sessions=(session(LAST, took_place=False),)), MARCH)
    assert (f.counts.sessions_held, f.counts.sessions_called_off, f.counts.session_minutes) == (
        0,
        1,
        0,
    )
    assert f.reach.children_served == 0


PairingDates = tuple[dt.date | None, dt.date | None]


@pytest.mark.parametrize(
    ("started", "closed", "active", "begun", "ended"),
    [
        (BEFORE, None, 1, 0, 0),
        (FIRST, None, 1, 1, 0),
        (LAST, None, 1, 1, 0),
        (AFTER, None, 0, 0, 0),
        (BEFORE - dt.timedelta(days=30), BEFORE, 0, 0, 0),  # closed the day before
        (BEFORE - dt.timedelta(days=30), FIRST, 1, 0, 1),  # closed on the first day
        (BEFORE, LAST, 1, 0, 1),
        (BEFORE, AFTER, 1, 0, 0),
        (FIRST, FIRST, 1, 1, 1),
        (None, None, 0, 0, 0),  # proposed, never started
    ],
)
def test_pairings_at_the_edges(
    home: lb.Home,
    started: dt.date | None,
    closed: dt.date | None,
    active: int,
    begun: int,
    ended: int,
) -> None:
    base = home.pairings[0]
    proposed = min(d for d in (started, closed, FIRST) if d is not None) - dt.timedelta(days=10)
    pairing = attrs.evolve(
        base,
        proposed_on=proposed,
        guardian_consent_on=proposed,
        approved_on=proposed if started is not None else None,
        started_on=started,
        closed_on=closed,
        close_reason=None if closed is None else lb.model.CloseReason.TERM_COMPLETED,
        meetings=(),
    )
    f = figures(bare(home, pairings=(pairing,)), MARCH)
    assert (f.reach.pairings_active, f.counts.pairings_begun, f.counts.pairings_closed) == (
        active,
        begun,
        ended,
    )


@pytest.mark.parametrize(("day", "counted"), [(BEFORE, 0), (FIRST, 1), (LAST, 1), (AFTER, 0)])
def test_visits_calls_service_tasks_and_meetings_on_their_day(
    home: lb.Home, day: dt.date, counted: int
) -> None:
    visits = (
        HomeVisit(
            id="hv-1",
            child="SC-001",
            on=day,
            visitor="v-02",
            kind=VisitKind.AT_HOME,
            met={Met.CARER},
        ),
        HomeVisit(
            id="hv-2",
            child="SC-001",
            on=day,
            visitor="s-01",
            kind=VisitKind.BY_PHONE,
            met={Met.CARER},
        ),
    )
    child = attrs.evolve(
        home.children[0],
        contacts=(
            ContactEvent(
                on=day, parent=ParentRole.FATHER, party=ContactParty.BOTH, mode=ContactMode.CALL
            ),
            ContactEvent(
                on=day, parent=ParentRole.MOTHER, party=ContactParty.CHILD, mode=ContactMode.VIDEO
            ),
        ),
    )
    volunteer = attrs.evolve(
        home.volunteers[2], service=(lb.ServiceRecord(on=day, hours=2.5, activity="辅导作业"),)
    )
    task = Task(
        id="t-x",
        what="回访",
        child="SC-001",
        by="s-01",
        due_on=AFTER + dt.timedelta(days=30),
        why=TaskReason.BY_HAND,
        states=(TaskState(state=TaskStatus.OPEN, on=day), TaskState(state=TaskStatus.DONE, on=day)),
    )
    meeting = FamilyMeeting(
        id="m-x",
        kind=FamilyMeetingKind.CARERS_MEETING,
        on=day,
        held_by=("s-01",),
        came=(
            Attendee(child="SC-001", who=AttendeeRole.CARER),
            Attendee(child="SC-001", who=AttendeeRole.MOTHER, online=True),
            Attendee(child="SC-002", who=AttendeeRole.CARER),
        ),
    )
    with_records = bare(
        home,
        visits=visits,
        children=(child, *(attrs.evolve(c, contacts=()) for c in home.children[1:])),
        volunteers=tuple(
            volunteer if v.id == volunteer.id else attrs.evolve(v, service=())
            for v in home.volunteers
        ),
        tasks=(task,),
        family_meetings=(meeting,),
    )
    f = figures(with_records, MARCH)
    c, r = f.counts, f.reach
    assert (c.visits_in_person, c.visits_remote, r.children_visited) == (counted,) * 3
    assert (c.calls, c.video_calls, c.calls_held, r.children_called) == (
        counted,
        counted,
        2 * counted,
        counted,
    )
    assert c.service_minutes == 150 * counted
    # v-02 visited, v-03 served: both active volunteers
    assert r.volunteers_active == 2 * counted
    assert (c.tasks_opened, c.tasks_done, c.tasks_cancelled) == (counted, counted, 0)
    assert (c.family_meetings, c.meeting_attendees, r.families_met) == (
        counted,
        3 * counted,
        2 * counted,
    )
    carers = next(m for m in c.by_meeting if m.kind is FamilyMeetingKind.CARERS_MEETING)
    assert (carers.meetings, carers.came, carers.online, carers.families) == (
        counted,
        3 * counted,
        counted,
        2 * counted,
    )


def test_a_task_done_in_the_period_counts_though_opened_before(home: lb.Home) -> None:
    task = Task(
        id="t-y",
        what="回访",
        child="SC-001",
        by="s-01",
        due_on=LAST,
        why=TaskReason.BY_HAND,
        states=(
            TaskState(state=TaskStatus.OPEN, on=BEFORE - dt.timedelta(days=40)),
            TaskState(state=TaskStatus.CANCELLED, on=LAST, reason="家长已返乡"),
        ),
    )
    c = figures(bare(home, tasks=(task,)), MARCH).counts
    assert (c.tasks_opened, c.tasks_done, c.tasks_cancelled) == (0, 0, 1)


# --- the sum over months --------------------------------------------------------

_DISTINCT = tuple(a.name for a in attrs.fields(PeriodReach))


def _month_number(index: int) -> tuple[int, int]:
    return 2025 + index // 12, index % 12 + 1


@given(st.integers(0, 23), st.integers(0, 23))
def test_a_period_of_whole_months_adds_up_from_its_months(a: int, b: int) -> None:
    low, high = sorted((a, b))
    home = samples.home()
    first, last = Period.month(*_month_number(low)), Period.month(*_month_number(high))
    whole = figures(home, Period(first=first.first, last=last.last))
    months = [figures(home, Period.month(*_month_number(i))) for i in range(low, high + 1)]
    assert sum(m.counts for m in months) == whole.counts
    for name in _DISTINCT:
        parts = [getattr(m.reach, name) for m in months]
        assert max(parts) <= getattr(whole.reach, name) <= sum(parts), name


@given(st.dates(dt.date(2026, 1, 1), dt.date(2026, 8, 31)), st.integers(0, 200))
def test_any_period_adds_up_from_its_pieces(first: dt.date, days: int) -> None:
    home = samples.home()
    period = Period(first=first, last=first + dt.timedelta(days=days))
    assert sum(figures(home, m).counts for m in period.months()) == figures(home, period).counts


def test_counts_add_up_across_homes_with_other_programmes(home: lb.Home) -> None:
    march = figures(home, MARCH).counts
    fewer = attrs.evolve(march, by_programme=march.by_programme[:2])
    both = fewer + march
    assert [r.programme for r in both.by_programme] == [r.programme for r in march.by_programme]
    assert both.by_programme[0].held == 2 * march.by_programme[0].held
    assert both.by_programme[5].held == march.by_programme[5].held


def test_the_spring_term_counts_every_session_the_sample_keeps(home: lb.Home) -> None:
    f = figures(home, Period.term(home.terms[0], "spring"))
    assert f.counts.sessions_held + f.counts.sessions_called_off == len(home.held_sessions)
    assert f.counts.attendances == sum(len(s.children) for s in home.held_sessions)
    assert f.reach.children_served == len({c for s in home.held_sessions for c in s.children})


# --- what the figures show -----------------------------------------------------


def _words(home: lb.Home) -> set[str]:
    private = {c.id for c in home.children} | {c.name for c in home.children}
    private |= {p.id for p in (*home.staff, *home.volunteers)}
    private |= {p.name for p in (*home.staff, *home.volunteers)}
    for c in home.children:
        for g in getattr(c, "growth", ()):
            private |= {
                str(v) for v in attrs.asdict(g, recurse=False).values() if isinstance(v, str)
            }
    return {w for w in private if len(w) >= 2}


@pytest.mark.parametrize(
    "show",
    [
        lambda f: lb.to_json(f),
        lambda f: render_figures(f),
        lambda f: render_figures(f, "en"),
    ],
)
def test_no_name_or_id_of_a_person_is_shown(
    home: lb.Home, show: Callable[[PeriodFigures], str]
) -> None:
    text = show(figures(home, Period.term(home.terms[0], "spring")))
    assert [w for w in _words(home) if f'"{w}"' in text or f" {w} " in text] == []


def test_the_figures_read_back_from_json(home: lb.Home) -> None:
    f = figures(home, Period.month(2026, 4))
    assert lb.from_json(lb.to_json(f), PeriodFigures) == f


def test_a_negative_count_read_back_is_invalid(home: lb.Home) -> None:
    data = json.loads(lb.to_json(figures(home, MARCH)))
    data["counts"]["sessions_held"] = -1
    with pytest.raises(InvalidData):
        lb.from_json(json.dumps(data), PeriodFigures)


def test_programmes_with_nothing_held_are_left_out_of_the_text(home: lb.Home) -> None:
    f = figures(home, MARCH)
    text = render_figures(f)
    for r in f.counts.by_programme:
        assert (r.name in text) == bool(r.held or r.called_off)


# --- the command line -----------------------------------------------------------


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_summary_with_a_term_prints_the_term_s_figures(
    capsys: pytest.CaptureFixture[str], home: lb.Home, lang: str
) -> None:
    status, out, err = run_main(
        capsys, "summary", "--sample", "--term", "2026-spring", "--lang", lang
    )
    spring = Period.term(home.terms[0], "spring")
    summary = lb.stats.render(lb.summarize(home, on=spring.last), lang=lang)  # type: ignore[arg-type]
    figures_text = render_figures(figures(home, spring), lang=lang)  # type: ignore[arg-type]
    assert (status, err) == (0, "")
    said = (
        f"日期：{spring.last}（统计期的最后一天）"
        if lang == "zh"
        else f"As on {spring.last} (the period's last day)"
    )
    assert out == f"{said}\n" + summary + "\n\n" + figures_text + "\n"


@pytest.mark.parametrize(
    ("argv", "period"),
    [
        (("--month", "2026-03"), MARCH),
        (("--from", "2026-03-01", "--to", "2026-03-31"), MARCH),
        (("--week", "2026-03-04"), Period.week(dt.date(2026, 3, 4))),
        (("--year", "2026"), Period.year(2026)),
    ],
)
def test_summary_as_json_with_a_period(
    capsys: pytest.CaptureFixture[str], home: lb.Home, argv: tuple[str, ...], period: Period
) -> None:
    status, out, _ = run_main(capsys, "summary", "--sample", "--format", "json", *argv)
    data = json.loads(out)
    assert status == 0
    assert lb.from_dict(data["figures"], PeriodFigures) == figures(home, period)
    assert data["summary"]["on"] == period.last.isoformat()


def test_summary_on_a_day_given_keeps_it(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("summary", "--sample", "--format", "json", "--month", "2026-03", "--on", "2026-05-01")
    status, out, _ = run_main(capsys, *argv)
    assert (status, json.loads(out)["summary"]["on"]) == (0, "2026-05-01")


def test_summary_without_a_period_is_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(capsys, "summary", "--sample", "--format", "json")
    assert status == 0 and "figures" not in json.loads(out)


@pytest.mark.parametrize(
    "argv",
    [
        ("--month", "2026-03", "--year", "2026"),
        ("--from", "2026-03-01"),
        ("--from", "2026-03-31", "--to", "2026-03-01"),
        ("--month", "2026-13"),
        ("--term", "2026-summer"),
        ("--term", "2030-spring"),
        ("--year", "26"),
    ],
)
def test_summary_refuses_a_period_it_cannot_read(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    status, out, err = run_main(capsys, "summary", "--sample", *argv)
    assert (status, out) == (2, "")
    assert "error" in err


def test_period_counts_are_all_declared_with_words() -> None:
    for cls in (Period, PeriodCounts, PeriodReach, PeriodFigures):
        for a in attrs.fields(cls):
            assert lb.kinds.words_of(a).get("zh") != a.name.replace("_", " "), (cls, a.name)


def test_a_session_counts_on_the_home_s_day_whatever_zone_it_was_written_in() -> None:
    """As the rules read it: 07:30 on 1 April in China is 31 March in UTC."""
    home = samples.home()
    cst = ZoneInfo("Asia/Shanghai")
    start = dt.datetime(2026, 4, 1, 7, 30, tzinfo=cst).astimezone(dt.timezone.utc)
    kept = attrs.evolve(home.held_sessions[0], start=start, end=start + dt.timedelta(hours=1))
    one = attrs.evolve(home, held_sessions=(kept,))
    assert lb.figures(one, lb.Period.month(2026, 3)).counts.sessions_held == 0
    assert lb.figures(one, lb.Period.month(2026, 4)).counts.sessions_held == 1
