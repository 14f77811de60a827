"""What is due (lb.due): the window, the order, whom each item is for, and the rules' due days."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.agenda import NO_FACILITATOR, Agenda, DueItem, due, how_late, render_agenda
from left_behind.model import (
    BackgroundCheck,
    CheckResult,
    StaffRole,
    Task,
    TaskReason,
    TaskState,
    TaskStatus,
)
from left_behind.rules import Policy
from left_behind.testing.support import ON, home, staff_member
from profiles import examples

DAY = dt.timedelta(days=1)
MONDAY = dt.date(2026, 8, 31)
POLICY = Policy()
Key = tuple[str, str, str, str]


def key(x: lb.Finding | DueItem) -> Key:
    return (x.rule_id, x.subject_kind, x.subject_id, x.path)


def task(tid: str, due_on: dt.date, *, by: str = "s-2", done_on: dt.date | None = None) -> Task:
    states = [TaskState(state=TaskStatus.OPEN, on=due_on - 20 * DAY)]
    if done_on is not None:
        states.append(TaskState(state=TaskStatus.DONE, on=done_on))
    return Task(
        id=tid, what="回访", by=by, due_on=due_on, why=TaskReason.VISIT, states=tuple(states)
    )


def tasks_due(agenda: Agenda) -> list[str]:
    return [i.path for i in agenda.items if i.rule_id.startswith("TASK-")]


def dated(report: lb.Report, last: dt.date) -> list[lb.Finding]:
    return [f for f in report.findings if f.due is not None and f.due <= last]


# --- the window at its boundaries --------------------------------------------------------


@pytest.mark.parametrize(
    ("due_on", "within", "listed"),
    [
        # due on the window's last day: in; the day after: not (a week from Monday: to Sunday)
        (ON + 6 * DAY, 7, True),
        (ON + 7 * DAY, 7, False),
        # within=1 is the day itself: due today is in, tomorrow is not
        (ON, 1, True),
        (ON + DAY, 1, False),
        # overdue: always in, whatever the window
        (ON - 30 * DAY, 1, True),
        (ON - DAY, 7, True),
    ],
)
def test_a_task_is_in_the_window_up_to_its_last_day(
    due_on: dt.date, within: int, listed: bool
) -> None:
    made = home(staff=(staff_member("s-2"),), tasks=(task("t-1", due_on),))
    agenda = due(made, on=ON, within=within)
    assert agenda.last == ON + (within - 1) * DAY
    assert tasks_due(agenda) == (["$.tasks[0]"] if listed else [])
    if listed:
        (item,) = [i for i in agenda.items if i.rule_id.startswith("TASK-")]
        assert item.due_on == due_on and item.days_late == (ON - due_on).days
        assert item.overdue is (due_on < ON)
        assert item.for_whom == ("s-2",)  # the task's assignee


def test_a_window_is_at_least_a_day() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        due(home(), on=ON, within=0)


@pytest.mark.parametrize(
    ("offset", "listed"),
    [(-1, True), (0, True), (1, False)],  # checked so the last clear day is before, on, after
)
def test_a_background_check_expiring_on_the_last_day_is_in(offset: int, listed: bool) -> None:
    days = POLICY.background_check_days
    last = ON + 6 * DAY
    checked = last + offset * DAY - dt.timedelta(days=days)
    person = staff_member(checks=(BackgroundCheck(on=checked, result=CheckResult.CLEAR),))
    agenda = due(home(staff=(person,)), on=ON)
    found = [i for i in agenda.items if i.rule_id == "MPL-62-background-check"]
    assert [(i.due_on, i.for_whom) for i in found] == (
        [(checked + dt.timedelta(days=days), ("s-1",))] if listed else []
    )


@pytest.mark.parametrize(("gap", "listed"), [(6, True), (7, False)])
def test_a_notice_due_on_the_last_day_is_in(gap: int, listed: bool) -> None:
    # the entrustment began so that its notice falls due ``gap`` days after ON
    child = lt.rules.child(birth_date=dt.date(2016, 4, 2))
    first, entrusted = child.care
    since = ON + gap * DAY - dt.timedelta(days=POLICY.notice_days)
    entrusted = attrs.evolve(
        entrusted,
        since=since,
        agreement_signed_on=since,
        child_heard_on=since,
        school_notified_on=None,
        village_notified_on=None,
    )
    child = attrs.evolve(child, care=(first, entrusted))
    agenda = due(home(children=(child,), pairings=()), on=ON)
    notices = {i.due_on for i in agenda.items if i.rule_id == "MPL-23-notice"}
    assert notices == ({ON + gap * DAY} if listed else set())


# --- properties --------------------------------------------------------------------------


@st.composite
def homes_with_tasks(draw: st.DrawFn) -> tuple[lb.Home, frozenset[int]]:
    """A home of the generator with tasks, some done by ON (their indexes)."""
    base = draw(lt.homes(on=ON, max_children=3, max_volunteers=3, max_pairings=2))
    people = [p.id for p in (*base.staff, *base.volunteers)]
    if not people:
        base = attrs.evolve(base, staff=(staff_member("s-01"),))
        people = ["s-01"]
    by = draw(st.sampled_from(people))
    made = draw(st.lists(lt.tasks(on=ON, by=by), min_size=1, max_size=5))
    done: set[int] = set()
    kept = []
    for i, t in enumerate(made):
        t = attrs.evolve(t, id=f"t-{i:02d}")
        if draw(st.booleans()):
            opened = t.states[0]
            t = attrs.evolve(
                t,
                states=(opened, TaskState(state=TaskStatus.DONE, on=draw(st.dates(opened.on, ON)))),
            )
            done.add(i)
        kept.append(t)
    return attrs.evolve(base, tasks=tuple(kept)), frozenset(done)


SETTINGS = settings(max_examples=examples(0.3), deadline=None)


@SETTINGS
@given(case=homes_with_tasks(), within=st.integers(1, 10))
def test_a_task_done_is_never_due(case: tuple[lb.Home, frozenset[int]], within: int) -> None:
    made, done = case
    paths = tasks_due(due(made, on=ON, within=within))
    assert not [p for p in paths if int(re.findall(r"[0-9]+", p)[0]) in done]


def assert_ordered(items: Iterable[DueItem]) -> None:
    keys = [i.sort_key() for i in items]
    assert keys == sorted(keys)
    days = [k[0] for k in keys]
    assert days == sorted(days)


@SETTINGS
@given(case=homes_with_tasks(), within=st.integers(1, 10))
def test_due_is_ordered_by_day_then_severity(
    case: tuple[lb.Home, frozenset[int]], within: int
) -> None:
    agenda = due(case[0], on=ON, within=within)
    assert_ordered(agenda.items)
    assert all(i.due_on <= agenda.last for i in agenda.items)
    assert all(i.days_late == (ON - i.due_on).days for i in agenda.items)


def naive_scan(made: lb.Home, on: dt.date, last: dt.date) -> dict[dt.date, set[Key]]:
    """Each day of the window and the day after: the keys of its check's findings due by
    the window's last day."""
    days = [on + n * DAY for n in range((last - on).days + 2)]
    return {d: {key(f) for f in dated(lb.check(made, on=d), last)} for d in days}


def assert_matches_the_scan(made: lb.Home, on: dt.date, within: int) -> None:
    agenda = due(made, on=on, within=within)
    scan = naive_scan(made, on, agenda.last)
    listed = {key(i) for i in agenda.items if i.rule_id != NO_FACILITATOR}
    # sound: every item is a finding due by the window's end on some day of the scan
    assert listed <= set().union(*scan.values())
    # complete: what is late today, and what falls due in the window if nothing is done
    assert scan[on] <= listed
    after = agenda.last + DAY
    in_window = {
        key(f)
        for f in dated(lb.check(made, on=after), agenda.last)
        if f.due is not None and f.due >= on
    }
    assert in_window <= listed
    # exact for the tasks, whose due days do not move: the same set as the day-by-day scan
    tasks = {k for k in set().union(*scan.values()) if k[0].startswith("TASK-")}
    assert {k for k in listed if k[0].startswith("TASK-")} == tasks


def test_due_matches_a_naive_scan_on_the_sample_home() -> None:
    assert_matches_the_scan(lb.samples.home(), MONDAY, 7)


@SETTINGS
@given(case=homes_with_tasks(), within=st.integers(1, 8))
def test_due_matches_a_naive_scan_on_generated_homes(
    case: tuple[lb.Home, frozenset[int]], within: int
) -> None:
    made, _ = case
    # the done states are dated by ON: a task is open or done the whole window
    assert_matches_the_scan(made, ON, within)


# --- whom an item is for, sessions, the text ---------------------------------------------


def test_an_item_is_for_the_person_responsible_else_the_childrens_director() -> None:
    week = due(lb.samples.home(), on=MONDAY)
    by_rule: dict[str, set[tuple[str, ...]]] = {}
    for i in week.items:
        by_rule.setdefault(i.rule_id, set()).add(i.for_whom)
    home_ = lb.samples.home()
    mentors = {tuple(p.mentor_ids()) for p in home_.pairings}
    assert by_rule["PAIR-meetings"] <= mentors
    people = {(p.id,) for p in (*home_.staff, *home_.volunteers)}
    assert by_rule["MPL-62-background-check"] <= people
    # the sample has no children's director: its director (s-01) is the one for the rest
    director = {(s.id,) for s in home_.staff if s.role is StaffRole.DIRECTOR}
    assert by_rule["VISIT-long-overdue"] == by_rule["MPL-23-notice"] == director
    assert week.for_person("s-02").items and all(
        "s-02" in i.for_whom for i in week.for_person("s-02").items
    )


def test_a_childrens_director_comes_before_the_director() -> None:
    chief = staff_member("s-9", role=StaffRole.CHILDREN_DIRECTOR)
    made = home(staff=(staff_member(), chief), tasks=())
    assert lb.agenda.directors(made, ON) == ("s-9",)
    gone = attrs.evolve(chief, left_on=ON)
    assert lb.agenda.directors(attrs.evolve(made, staff=(staff_member(), gone)), ON) == ("s-1",)


def test_a_session_without_a_facilitator_is_due_on_its_day() -> None:
    sample = lb.samples.home()
    made = attrs.evolve(
        sample,
        programmes=tuple(
            attrs.evolve(p, facilitators=()) if p.id == "p-read" else p for p in sample.programmes
        ),
    )
    week = due(made, on=MONDAY)
    sessions = [i for i in week.items if i.rule_id == NO_FACILITATOR]
    planned = lb.plan(made, start=MONDAY, end=week.last).sessions
    unled = [s for s in planned if not s.facilitators]
    # one item a session, named in its message, at its place in the window's plan
    assert sorted(i.message_en.split(": ", 1)[1].split(" ")[0] for i in sessions) == sorted(
        s.id for s in unled
    )
    assert {i.path for i in sessions} == {
        f"$.sessions[{planned.index(s)}].facilitators" for s in unled
    }
    assert {i.due_on for i in sessions} == {s.day for s in unled}
    assert sessions and all(MONDAY <= i.due_on <= week.last for i in sessions)
    assert all(i.source.cite("en") == "PLAN art. 3" for i in sessions)
    assert not [i for i in due(sample, on=MONDAY).items if i.rule_id == NO_FACILITATOR]


@pytest.mark.parametrize(
    ("late", "zh", "en"),
    [
        (2, "逾期 2 天", "2 days late"),
        (1, "逾期 1 天", "1 day late"),
        (0, "今天到期", "due today"),
        (-1, "还有 1 天", "1 day left"),
        (-3, "还有 3 天", "3 days left"),
    ],
)
def test_how_late_in_words(late: int, zh: str, en: str) -> None:
    assert (how_late(late), how_late(late, "en")) == (zh, en)


def test_the_text_lists_the_overdue_first_then_the_window() -> None:
    week = due(lb.samples.home(), on=MONDAY)
    text = render_agenda(week, "en")
    overdue, upcoming = text.index("\nOverdue\n"), text.index("\nDue in the window\n")
    assert overdue < upcoming
    first_late = week.overdue[0]
    assert f"  {first_late.due_on}  {how_late(first_late.days_late, 'en')}  " in text
    assert len(text.splitlines()) == len(week.items) + 5
    assert render_agenda(Agenda(on=ON, last=ON), "en").endswith("Nothing is due.")


def test_the_agenda_reads_back_from_json() -> None:
    week = due(lb.samples.home(), on=MONDAY, within=2)
    assert lb.from_json(lb.to_json(week), Agenda) == week


# --- the rules' due days agree with their messages ----------------------------------------

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _offsets(p: Policy) -> dict[str, Callable[[str], set[int]]]:
    """For each rule that gives a due day: how many days after a date its message names."""
    zero: Callable[[str], set[int]] = lambda message: {0}  # noqa: E731
    return {
        "VISIT-due": zero,
        "VISIT-long-overdue": zero,
        "GF16-visit-alone-unreported": zero,
        "TASK-overdue": zero,
        "TASK-overdue-error": zero,
        "MPL-23-notice": zero,
        "GF16-report": zero,
        "PIPL-31-consent": zero,
        # the first month's last day; or the last meeting (or start) and the gap allowed
        "PAIR-meetings": lambda m: {0} if "first" in m else {p.meeting_gap_days},
        # first contact with no check; or the last check and the days it holds
        "MPL-62-background-check": lambda m: (
            {0} if "with no check" in m else {p.background_check_days}
        ),
        # a gap: its first day and the days allowed, less one; none at all: the last call
        "MPL-23-weekly-contact": lambda m: {p.contact_gap_days - 1, p.contact_gap_days},
        # the poor assessment's visit and the high-risk interval: said from the visit on
        "VISIT-poor-care": lambda m: {p.visit_days_high},
    }


# the rules that name a deadline before it has come (the rest once it has)
AHEAD = {"VISIT-poor-care"}


def test_each_due_day_agrees_with_its_message() -> None:
    offsets = _offsets(POLICY)
    seen: set[str] = set()
    sample = lb.samples.home()
    for on in (MONDAY, lb.samples.REFERENCE_DATE, MONDAY + 30 * DAY):
        for f in lb.check(sample, on=on).findings:
            if f.due is None:
                continue
            seen.add(f.rule_id)
            assert f.rule_id in offsets, f"{f.rule_id} gives a due day: add it to the table"
            named = [dt.date.fromisoformat(d) for d in _DATE.findall(f.message_en)]
            allowed = offsets[f.rule_id](f.message_en)
            assert any((f.due - d).days in allowed for d in named), (f.rule_id, f.message_en)
            assert f.due <= on or f.rule_id in AHEAD  # a deadline once it has come
    assert {"VISIT-due", "TASK-overdue", "MPL-23-notice", "PAIR-meetings"} <= seen


def test_a_withdrawn_consent_is_due_from_its_withdrawal() -> None:
    child = lt.rules.child(birth_date=dt.date(2016, 4, 2))
    consents = tuple(attrs.evolve(c, withdrawn_on=ON - 5 * DAY) for c in child.consents)
    f = (
        lb.check(attrs.evolve(child, consents=consents), on=ON)
        .filter(rule_id="PIPL-31-consent")
        .findings[0]
    )
    assert f.due == ON - 5 * DAY and str(ON - 5 * DAY) in f.message_en
    never = lb.check(attrs.evolve(child, consents=()), on=ON).filter(rule_id="PIPL-31-consent")
    assert [g.due for g in never.findings] == [None]
