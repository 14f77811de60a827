"""The rules on the sessions a home held: the plan's rules on what happened, and who stopped."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import left_behind as lb
from left_behind.model import HeldSession
from left_behind.planning import SHANGHAI

BASE = lb.samples.home()
POLICY = lb.Policy()
ON = dt.date(2026, 9, 30)
HELD_RULES = {
    "PLAN-held-capacity": "PLAN-capacity",
    "PLAN-held-ratio": "PLAN-ratio",
    "PLAN-held-carer-present": "PLAN-carer-present",
    "MPL-62-held-check": "MPL-62-session-check",
    "VOL-16-held-qualified": "VOL-16-session-qualified",
}


def at(day: int, hour: int, minute: int = 0, month: int = 9) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI)


def held(hid: str, programme: str, start: dt.datetime, **changes: object) -> HeldSession:
    p = BASE.programme(programme)
    came = changes.pop("children", p.children)
    assert isinstance(came, tuple)
    fields: dict[str, object] = dict(
        facilitators=p.facilitators,
        children=came,
        carers=tuple(c for c in p.with_carers if c in came),
    )
    return HeldSession(
        id=hid,
        programme=programme,
        start=start,
        end=start + dt.timedelta(hours=1),
        **{**fields, **changes},  # type: ignore[arg-type]
    )


def found(
    sessions: tuple[HeldSession, ...], rule_id: str, on: dt.date = ON, **kw: object
) -> list[lb.Finding]:
    home = attrs.evolve(BASE, held_sessions=sessions)
    return list(lb.check(home, on=on, **kw).filter(rule_id=rule_id).findings)  # type: ignore[arg-type]


# --- the boundaries, values read from the declarations -----------------------------


def test_capacity_at_the_programme_s_places_and_one_past() -> None:
    p = BASE.programme("p-music")  # 12 enrolled, 15 places
    assert p.capacity is not None
    others = tuple(c.id for c in BASE.children if c.id not in p.children)
    full = (*p.children, *others[: p.capacity - len(p.children)])
    at_most = held("h-1", "p-music", at(2, 17, 45), children=full, helpers=("s-01",))
    assert [f.path for f in found((at_most,), "PLAN-held-capacity")] == []
    over = attrs.evolve(at_most, children=(*full, others[p.capacity - len(p.children)]))
    paths = [f.path for f in found((over,), "PLAN-held-capacity")]
    assert "$.held_sessions[0].children" in paths


@pytest.mark.parametrize("extra", [0, 1])
def test_ratio_at_the_setting_and_one_past_helpers_count(extra: int) -> None:
    per = POLICY.children_per_adult
    p = BASE.programme("p-oxygen")  # 3 facilitators, 30 enrolled, its own ratio unset
    assert p.children_per_adult is None
    pool = tuple(c.id for c in BASE.children)
    adults = len(p.facilitators)
    came = pool[: per * adults + extra]
    s = held("h-1", "p-oxygen", at(5, 14), children=came)
    hits = found((s,), "PLAN-held-ratio")
    assert len(hits) == extra
    if extra:
        assert hits[0].path == "$.held_sessions[0].helpers"
        assert f"at {per} per adult it needs {adults + 1}" in hits[0].message_en
        assert hits[0].setting == "children_per_adult"
        # one more adult present, helping, is enough
        assert found((attrs.evolve(s, helpers=("s-01",)),), "PLAN-held-ratio") == []
        # and the setting read is the caller's
        looser = attrs.evolve(POLICY, children_per_adult=per + 1)
        assert found((s,), "PLAN-held-ratio", policy=looser) == []


def test_ratio_names_the_most_children_and_the_fewest_adults_once() -> None:
    pool = tuple(c.id for c in BASE.children)
    per = POLICY.children_per_adult
    one = held("h-1", "p-calligraphy", at(7, 16, 40), children=pool[: per + 1])
    two = held("h-2", "p-calligraphy", at(14, 16, 40), children=pool[: per + 3])
    hits = found((one, two), "PLAN-held-ratio")
    assert len(hits) == 1
    assert hits[0].path == "$.held_sessions[0].helpers"
    assert f"up to {per + 3} children and 1 adult" in hits[0].message_en
    assert "2 sessions" in hits[0].message_en and "2 场" in hits[0].message_zh


def test_a_parent_child_session_without_a_carer() -> None:
    park = held("h-1", "p-park", at(6, 9, 30), children=("SC-005", "SC-014"))
    assert found((park,), "PLAN-held-carer-present") == []
    alone = attrs.evolve(park, carers=("SC-005",))
    (hit,) = found((alone,), "PLAN-held-carer-present")
    assert hit.path == "$.held_sessions[0].carers" and "SC-014" in hit.message_en
    assert hit.severity is lb.Severity.ERROR


@pytest.mark.parametrize(("days_after", "late"), [(0, False), (1, True)])
def test_the_check_of_criminal_records_on_the_session_s_own_day(
    days_after: int, late: bool
) -> None:
    days = POLICY.background_check_days
    v = BASE.person("v-01")
    last = max(c.on for c in v.checks)
    day = last + dt.timedelta(days=days + days_after)
    start = dt.datetime.combine(day, dt.time(16, 40), tzinfo=SHANGHAI)
    s = held("h-1", "p-calligraphy", start, helpers=("s-01",))
    hits = found((s,), "MPL-62-held-check", on=day)
    assert bool(hits) is late
    if late:
        assert f"on {day}" in hits[0].message_en and f"within {days} days" in hits[0].message_en


def test_qualification_is_of_whoever_led_it() -> None:
    s = held("h-1", "p-sunshine", at(1, 17))
    assert found((s,), "VOL-16-held-qualified") == []
    (hit,) = found((attrs.evolve(s, facilitators=("v-01",)),), "VOL-16-held-qualified")
    assert hit.path == "$.held_sessions[0].facilitators"


def test_sessions_called_off_or_after_the_check_date_are_not_held_to_the_rules() -> None:
    pool = tuple(c.id for c in BASE.children)
    crowded = held("h-1", "p-calligraphy", at(7, 16, 40), children=pool[:40])
    assert found((crowded,), "PLAN-held-ratio", on=dt.date(2026, 9, 6)) == []
    assert found((crowded,), "PLAN-held-ratio", on=dt.date(2026, 9, 7)) != []
    off = HeldSession(
        id="h-1",
        programme="p-calligraphy",
        start=crowded.start,
        end=crowded.end,
        took_place=False,
        reason="停电",
    )
    for rule_id in HELD_RULES:
        assert found((off,), rule_id) == []


# --- who stopped coming ------------------------------------------------------------


def _weeks(n: int, child_missing: str, programme: str = "p-chess") -> tuple[HeldSession, ...]:
    kids = BASE.programme(programme).children
    return tuple(
        held(
            f"h-{k}",
            programme,
            at(1, 16, 40) + dt.timedelta(weeks=k),
            children=tuple(c for c in kids if c != child_missing),
        )
        for k in range(n)
    )


@pytest.mark.parametrize("missed", [0, 1, 2])
def test_missed_at_the_setting_and_one_short(missed: int) -> None:
    n = POLICY.missed_sessions
    child = BASE.programme("p-chess").children[0]
    weeks = _weeks(n - 1 + missed, child)
    hits = found(weeks, "HELD-missed", on=dt.date(2026, 11, 30))
    assert len(hits) == (1 if missed else 0)
    if missed:
        assert child in hits[0].message_en
        assert f"missed the last {n - 1 + missed} sessions" in hits[0].message_en
        j = [p.id for p in BASE.programmes].index("p-chess")
        assert hits[0].path == f"$.programmes[{j}].children[0]"
        days = [str(s.day) for s in reversed(weeks)]
        assert ", ".join(days) in hits[0].message_en


def test_missed_counts_back_to_the_last_session_the_child_came_to() -> None:
    n = POLICY.missed_sessions
    child = BASE.programme("p-chess").children[0]
    weeks = _weeks(n, child)
    came = attrs.evolve(weeks[1], children=(*weeks[1].children, child))
    assert found((weeks[0], came, *weeks[2:]), "HELD-missed", on=dt.date(2026, 11, 30)) == []
    # a session after the check date, or one called off, is no session missed
    assert found(weeks, "HELD-missed", on=weeks[-1].day - dt.timedelta(days=1)) == []
    off = attrs.evolve(
        weeks[1], took_place=False, reason="下雨", children=(), carers=(), facilitators=()
    )
    assert found((weeks[0], off, *weeks[2:]), "HELD-missed", on=dt.date(2026, 11, 30)) == []


def test_missed_is_for_the_child_s_mentor_and_follows_the_setting() -> None:
    pairing = next(p for p in BASE.pairings if p.active_on(ON))
    programme = next(p for p in BASE.programmes if pairing.child in p.children and p.recurrence)
    n = POLICY.missed_sessions + 1
    weeks = _weeks(n, pairing.child, programme.id)
    (hit,) = found(weeks, "HELD-missed", on=dt.date(2026, 12, 31))
    assert all(m in hit.message_en for m in pairing.mentors)
    assert f"帮扶人 {'、'.join(pairing.mentors)}" in hit.message_zh
    stricter = attrs.evolve(POLICY, missed_sessions=n + 1)
    assert found(weeks, "HELD-missed", on=dt.date(2026, 12, 31), policy=stricter) == []


def test_the_sample_term_shows_the_child_who_stopped_coming() -> None:
    hits = list(lb.check(BASE, on=lb.samples.REFERENCE_DATE).filter(rule_id="HELD-missed").findings)
    assert any("p-calligraphy" in f.message_en for f in hits)


# --- the same rules as the plan's ----------------------------------------------------

_PROGRAMMES = [p.id for p in BASE.programmes if p.recurrence is not None]
_PEOPLE = [p.id for p in (*BASE.staff, *BASE.volunteers)]


def _strip(message: str) -> str:
    return re.sub(r"^[^:：]*[:：] ?", "", message, count=1)


@given(
    picks=st.lists(
        st.tuples(
            st.sampled_from(_PROGRAMMES),
            st.integers(1, 28),
            st.integers(0, 40),
            st.lists(st.sampled_from(_PEOPLE), max_size=3, unique=True),
            st.integers(0, 8),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_session_held_as_planned_has_the_plan_s_problems(
    picks: list[tuple[str, int, int, list[str], int]],
) -> None:
    """Held exactly as planned (everyone came, nobody else), a session breaks the same rules
    with the same words: the rules are one, over either record."""
    pool = tuple(c.id for c in BASE.children)
    planned, done = [], []
    for k, (programme, day, many, leaders, carers) in enumerate(picks):
        p = BASE.programme(programme)
        start = at(1, 9) + dt.timedelta(days=day, hours=k)  # never two at once
        children = pool[:many]
        s = lb.Session(
            id=f"s-{k}",
            programme=programme,
            start=start,
            end=start + p.duration,
            room=p.room,
            facilitators=tuple(leaders),
            children=children,
            carers=children[:carers],
        )
        planned.append(s)
        done.append(
            HeldSession(
                id=f"h-{k}",
                programme=programme,
                planned=s.id,
                start=s.start,
                end=s.end,
                facilitators=s.facilitators,
                children=s.children,
                carers=s.carers,
            )
        )
    plan = lb.Plan(
        home=BASE, first=dt.date(2026, 9, 1), last=dt.date(2026, 9, 30), sessions=planned
    )
    plan_found = lb.check_plan(plan)
    home_found = lb.check(attrs.evolve(BASE, held_sessions=done), on=ON)
    for held_id, plan_id in HELD_RULES.items():
        want = sorted(
            (
                f.path.replace("$.sessions", "$.held_sessions").replace(".facilitators", ""),
                _strip(f.message_en).replace("s-", "h-"),
            )
            for f in plan_found.filter(rule_id=plan_id).findings
        )
        got = sorted(
            (
                re.sub(r"\.(helpers|facilitators)$", "", f.path),
                _strip(f.message_en).replace("s-", "h-"),
            )
            for f in home_found.filter(rule_id=held_id).findings
        )
        assert got == want, held_id
