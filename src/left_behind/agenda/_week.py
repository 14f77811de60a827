"""The home's week: what a children's director opens on a Monday, in one place.

:func:`week` gathers, for the calendar week (Monday to Sunday) of ``on``:
what is due and overdue by its Sunday (:func:`~left_behind.due`), the
children who need action first (those whose record breaks a rule at the
severity of an error, then those whose risk is high), the pairings suggested
for the children without a mentor, the sessions still to come from ``on`` to
Sunday, and the video calls booked with the parents that week. Each part is
what its own function gives; the week only puts them side by side, so a
figure here is the figure of ``left-behind due``, ``risk``, ``pair``, ``plan``
and ``calls``. Pure: the caller gives the date.
"""

from __future__ import annotations

import datetime as dt

import attrs

from left_behind.agenda._due import Agenda, due, how_late
from left_behind.calls import CallPlan, book_calls
from left_behind.kinds import Lang, Record, Text, as_tuple, field, mask_name, mask_shaped, table
from left_behind.matching import Suggestions, suggest_pairings
from left_behind.model import Home, Plan
from left_behind.planning import plan, timetable
from left_behind.rules import Policy, RiskLevel, RuleSet, Severity, assess_risk, check

__all__ = ["Attention", "Week", "render_week", "week"]

_LEVEL_ORDER = {RiskLevel.HIGH: 0, RiskLevel.MEDIUM: 1, RiskLevel.LOW: 2}


@attrs.frozen(kw_only=True)
class Attention(Record):
    """A child who needs action first: the rules its record breaks as errors, and its risk.

    ``child`` is the child's id, whole (the text shows it masked where it is
    shaped like an identity number or a phone); ``errors`` the ids of the
    rules broken at the severity of an error, each once, in the report's order.
    """

    child: str = field(not_blank=True, words=("儿童", "the child"))
    level: RiskLevel = field(words=("风险等级", "the risk level"))
    score: int = field(words=("风险分数", "the risk score"))
    errors: tuple[str, ...] = field(
        default=(), converter=as_tuple, words=("违反的规则（错误）", "rule broken as an error")
    )


@attrs.frozen(kw_only=True)
class Week(Record):
    """The home's week of ``on``: from ``first`` (a Monday) to ``last`` (its Sunday).

    ``agenda`` is what is due from ``on`` to ``last``, overdue items first;
    ``attention`` the children with an error first (most errors first), then
    those at high risk (highest score first); ``suggestions`` the pairings
    suggested on ``on``; ``plan`` the sessions from ``on`` to ``last``;
    ``calls`` the calls booked for the week.
    """

    home: str = field(words=("儿童快乐家园", "the home's name"))
    on: dt.date = field(words=("日期", "the day"))
    first: dt.date = field(words=("周一", "the week's Monday"))
    last: dt.date = field(words=("周日", "the week's Sunday"))
    agenda: Agenda = field(words=("待办", "what is due"))
    attention: tuple[Attention, ...] = field(
        default=(), converter=as_tuple, words=("先关注的儿童", "child who needs action first")
    )
    suggestions: Suggestions = field(words=("建议的结对", "the pairings suggested"))
    plan: Plan = field(words=("本周活动", "the sessions to come"))
    calls: CallPlan = field(words=("亲情通话", "the calls booked"))

    def explain(self, lang: Lang = "zh", limit: int = 5) -> str:
        """The week in a few lines a part: at most ``limit`` of each, and how many more."""
        return render_week(self, lang, limit)


def week(
    home: Home,
    *,
    on: dt.date,
    policy: Policy | None = None,
    rules: RuleSet | None = None,
) -> Week:
    """The home's week of ``on``: what is due, who needs action, pairings, sessions and calls.

    >>> import left_behind as lb
    >>> w = lb.agenda.week(lb.samples.home(), on=lb.samples.REFERENCE_DATE)
    >>> w.first, w.last, w.first.weekday(), w.last.weekday()
    (datetime.date(2026, 8, 31), datetime.date(2026, 9, 6), 0, 6)
    >>> all(s.start.date() >= w.on for s in w.plan.sessions)
    True
    """
    used = Policy() if policy is None else policy
    first = on - dt.timedelta(days=on.weekday())
    last = first + dt.timedelta(days=6)
    agenda = due(home, on=on, within=(last - on).days + 1, policy=used, rules=rules)
    report = check(home, on=on, policy=used, rules=rules)
    errors: dict[str, list[str]] = {}
    for f in report.findings:
        if f.subject_kind == "child" and f.severity is Severity.ERROR:
            broken = errors.setdefault(f.subject_id, [])
            if f.rule_id not in broken:
                broken.append(f.rule_id)
    attention = []
    for child in home.children:
        if child.birth_date > on:
            continue
        risk = assess_risk(child, on=on, policy=used, rules=rules)
        broken = errors.get(mask_shaped(child.id), [])
        if broken or risk.level is RiskLevel.HIGH:
            attention.append(
                Attention(child=child.id, level=risk.level, score=risk.score, errors=broken)
            )
    attention.sort(key=lambda a: (-len(a.errors), _LEVEL_ORDER[a.level], -a.score))
    return Week(
        home=home.name,
        on=on,
        first=first,
        last=last,
        agenda=agenda,
        attention=attention,
        suggestions=suggest_pairings(home, on=on, policy=used, rules=rules),
        plan=plan(home, start=on, end=last, policy=used),
        calls=book_calls(home, week=on, policy=used),
    )


_WORDS = {
    "head": Text(
        "{home}：{first} 至 {last} 这一周（今天 {on}）",
        "{home}: the week of {first} to {last} (today {on})",
    ),
    "due": Text(
        "待办：逾期 {late} 项，本周到期 {soon} 项", "Due: {late} overdue, {soon} this week"
    ),
    "attention": Text(
        "先关注的儿童：{errors} 名有错误，{high} 名高风险",
        "Children who need action first: {errors} with an error, {high} at high risk",
    ),
    "pairs": Text(
        "建议结对：{n} 对；找不到合适帮扶人的儿童：{unserved} 名",
        "Pairings suggested: {n}; children with no suitable mentor: {unserved}",
    ),
    "sessions": Text("本周还有的活动：{n} 场", "Sessions still to come this week: {n}"),
    "calls": Text(
        "本周亲情通话：已预约 {n} 次，{left} 名儿童未约上",
        "Calls with parents this week: {n} booked, {left} children without one",
    ),
    "more": Text("……另有 {n} 项（{command}）", "... and {n} more ({command})"),
    "level": Text("{level}风险 {score} 分", "{level} risk, score {score}"),
    "broken": Text("违反 {rules}", "breaks {rules}"),
    "sep": Text("、", ", "),
    "none": Text("（无）", "(none)"),
    "named": Text("{id}（{name}）", "{id} ({name})"),
}


def _more(shown: int, total: int, command: str, lang: Lang) -> list[str]:
    if total <= shown:
        return []
    return ["  " + _WORDS["more"].get(lang).format(n=total - shown, command=command)]


def render_week(w: Week, lang: Lang = "zh", limit: int = 5) -> str:
    """The week as text: a heading and at most ``limit`` lines for each part.

    Each part says how many there are in all and which command lists them whole.

    >>> import left_behind as lb
    >>> w = lb.agenda.week(lb.samples.home(), on=lb.samples.REFERENCE_DATE)
    >>> print(render_week(w, "en", limit=2))  # doctest: +ELLIPSIS
    石村儿童快乐家园: the week of 2026-08-31 to 2026-09-06 (today 2026-09-01)
    <BLANKLINE>
    Due: ... overdue, ... this week
    ...
    Children who need action first: ... with an error, ... at high risk
    ...
    Pairings suggested: ...
    ...
    Sessions still to come this week: ...
    ...
    Calls with parents this week: ... booked, ... children without one
    ...
    """
    words = {key: text.get(lang) for key, text in _WORDS.items()}
    plan_ = w.plan
    names = {c.id: c.name for c in plan_.home.children}

    def child(cid: str) -> str:
        shown = mask_shaped(cid)
        name = names.get(cid)
        return words["named"].format(id=shown, name=mask_name(name)) if name else shown

    def part(heading: str, body: list[str], total: int, command: str) -> list[str]:
        # every part alike: its heading, its first lines (or none), and how many more
        return ["", heading, *(body or ["  " + words["none"]]), *_more(limit, total, command, lang)]

    items, s, c = w.agenda.items, w.suggestions, w.calls
    due_rows = [
        [
            str(i.due_on),
            how_late(i.days_late, lang),
            words["sep"].join(i.for_whom),
            i.what.get(lang),
        ]
        for i in items[:limit]
    ]
    attention_rows = [
        [
            child(a.child),
            words["level"].format(level=a.level.label(lang), score=a.score),
            words["broken"].format(rules=words["sep"].join(a.errors)) if a.errors else "",
        ]
        for a in w.attention[:limit]
    ]
    # the timetable's first line is a blank, its second the week's heading
    cut = attrs.evolve(plan_, sessions=plan_.sessions[:limit])
    sessions = timetable(cut, lang)[2:] if plan_.sessions else []
    n_errors = sum(1 for a in w.attention if a.errors)
    n_high = sum(1 for a in w.attention if a.level is RiskLevel.HIGH)
    lines = [
        words["head"].format(home=w.home, first=w.first, last=w.last, on=w.on),
        *part(
            words["due"].format(late=len(w.agenda.overdue), soon=len(w.agenda.upcoming)),
            table(due_rows, indent="  ") if due_rows else [],
            len(items),
            "left-behind due",
        ),
        *part(
            words["attention"].format(errors=n_errors, high=n_high),
            table(attention_rows, indent="  ") if attention_rows else [],
            len(w.attention),
            "left-behind risk / check",
        ),
        *part(
            words["pairs"].format(n=len(s.suggestions), unserved=len(s.unserved)),
            [f"  {x.explain(lang)}" for x in s.suggestions[:limit]],
            len(s.suggestions),
            "left-behind pair",
        ),
        *part(
            words["sessions"].format(n=len(plan_.sessions)),
            sessions,
            len(plan_.sessions),
            "left-behind plan",
        ),
        *part(
            words["calls"].format(n=len(c.bookings), left=len(c.not_served)),
            [f"  {b.explain(lang)}" for b in c.bookings[:limit]],
            len(c.bookings),
            "left-behind calls",
        ),
    ]
    return "\n".join(lines)
