"""The agenda: what falls due or is overdue from a day to the end of a window.

The window is the ``within`` days from ``on``: ``on`` to ``on + within - 1``
(a week from a Monday is that Monday to the Sunday). An item is in it when
its due day, the last day it could be done in time, is on or before the
window's last day: what is overdue on ``on`` is listed too, first.

The items come from two checks of the home with the caller's rules and
policy: on ``on``, for what is late already (its message as of today), and
on the day after the window, for what falls due in it if nothing is done
(its message as of that day, the first on which it would be late). Each
check's findings that carry a due day (see :attr:`~left_behind.Finding.due`)
on or before the window's last day are kept; a finding of the later check
on the same subject, path and due day as one of today's is today's. To
them are added the sessions of the home's plan in the window that have no
facilitator, due on their day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

import attrs

from left_behind.kinds import Lang, Record, Text, as_tuple, field, mask_shaped, table
from left_behind.law import Source
from left_behind.model import Home, StaffRole
from left_behind.planning import PLAN_SUBJECT, plan
from left_behind.rules import (
    Finding,
    Policy,
    RuleSet,
    Severity,
    check,
    default_rules,
)

__all__ = ["NO_FACILITATOR", "Agenda", "DueItem", "directors", "due", "how_late", "render_agenda"]

_DEFAULT_POLICY = Policy()
_TASK_PATH = re.compile(r"^\$\.tasks\[([0-9]+)\]")
_PEOPLE = frozenset({"volunteer", "staff", "person"})

NO_FACILITATOR = "PLAN-no-facilitator"
"""The rule of the plan that names a session with no facilitator: the window's plan is
checked for it (and any other rule of the plan about a deadline)."""


@attrs.frozen(kw_only=True)
class DueItem(Record):
    """One thing due: what, for whom, when, how late, and why.

    ``due_on`` is the last day it could be done in time; ``days_late`` how
    many days before ``on`` that was (0 or less: not late; ``-2``: two days
    left). ``what_zh``/``what_en`` are the rule's title, ``message_zh``/
    ``message_en`` the finding's message; ``subject_kind``, ``subject_id``
    and ``path`` name the record at fault as a finding does (the id masked);
    ``for_whom`` the ids (masked) of the people it is for: the person the
    record names as responsible (a task's assignee, a pairing's mentors, a
    person's own check), else the home's children's directors (or, with
    none, its directors).
    """

    due_on: dt.date = field(words=("期限", "the last day it could be done in time"))
    days_late: int = field(words=("逾期天数", "days late (negative: days left)"))
    rule_id: str = field(not_blank=True, words=("规则", "the rule"))
    severity: Severity = field(words=("严重程度", "how serious"))
    subject_kind: str = field(not_blank=True, words=("对象类别", "the kind of subject"))
    subject_id: str = field(words=("对象编号", "the subject's id, masked"))
    path: str = field(words=("位置", "the place in the subject's record"))
    what_zh: str = field(words=("事项（中文）", "what, in Chinese"))
    what_en: str = field(words=("事项（英文）", "what, in English"))
    message_zh: str = field(words=("说明（中文）", "the message, in Chinese"))
    message_en: str = field(words=("说明（英文）", "the message, in English"))
    source: Source = field(words=("依据", "the source it rests on"))
    for_whom: tuple[str, ...] = field(
        default=(), converter=as_tuple, words=("负责人", "who it is for")
    )
    setting: str | None = field(default=None, words=("政策设置", "the policy setting"))

    @property
    def what(self) -> Text:
        """The rule's title, in Chinese and English."""
        return Text(self.what_zh, self.what_en)

    def message(self, lang: Lang = "zh") -> str:
        """The message in Chinese (default) or English."""
        return Text(self.message_zh, self.message_en).get(lang)

    @property
    def overdue(self) -> bool:
        """Whether it was due before the agenda's day."""
        return self.days_late > 0

    def sort_key(self) -> tuple[dt.date, int, str, str, str, str, str]:
        """The agenda's order: by due day, errors first, then subject, rule, path and message."""
        return (
            self.due_on,
            self.severity.rank,
            self.subject_id,
            self.rule_id,
            self.subject_kind,
            self.path,
            self.message_en,
        )


@attrs.frozen(kw_only=True)
class Agenda(Record):
    """What is due from ``on`` to ``last`` (both included), overdue items included, in order."""

    on: dt.date = field(words=("日期", "the day of the agenda"))
    last: dt.date = field(words=("最后一天", "the window's last day"))
    items: tuple[DueItem, ...] = field(default=(), converter=as_tuple, words=("事项", "item"))

    @property
    def overdue(self) -> tuple[DueItem, ...]:
        """The items due before ``on``."""
        return tuple(i for i in self.items if i.overdue)

    @property
    def upcoming(self) -> tuple[DueItem, ...]:
        """The items due from ``on`` to ``last``."""
        return tuple(i for i in self.items if not i.overdue)

    def for_person(self, person: str) -> Agenda:
        """The items for ``person`` (an id, given whole or masked)."""
        who = mask_shaped(person)
        return attrs.evolve(self, items=tuple(i for i in self.items if who in i.for_whom))


def directors(home: Home, on: dt.date) -> tuple[str, ...]:
    """The ids of the home's children's directors on ``on``, else its directors (masked)."""
    staying = [s for s in home.staff if s.left_on is None or s.left_on > on]
    for role in (StaffRole.CHILDREN_DIRECTOR, StaffRole.DIRECTOR):
        found = tuple(mask_shaped(s.id) for s in staying if s.role is role)
        if found:
            return found
    return ()


def _responsible(home: Home, f: Finding, fallback: tuple[str, ...]) -> tuple[str, ...]:
    """Who the record names as responsible for ``f``'s subject, else ``fallback``."""
    if f.subject_kind in _PEOPLE:
        return (f.subject_id,)
    if f.subject_kind == "pairing":
        for p in home.pairings:
            if mask_shaped(p.id) == f.subject_id:
                return tuple(mask_shaped(m) for m in p.mentor_ids()) or fallback
        return fallback
    task = _TASK_PATH.match(f.path) if f.subject_kind == "home" else None
    if task is not None and int(task.group(1)) < len(home.tasks):
        return (mask_shaped(home.tasks[int(task.group(1))].by),)
    return fallback


def _dated(report: Iterable[Finding], last: dt.date) -> Iterator[Finding]:
    return (f for f in report if f.due is not None and f.due <= last)


def due(
    home: Home,
    *,
    on: dt.date,
    within: int = 7,
    policy: Policy | None = None,
    rules: RuleSet | None = None,
) -> Agenda:
    """Everything due or overdue for ``home`` from ``on`` to ``on + within - 1``, in order.

    See the module's description for how the window is read. ``policy`` and
    ``rules`` are the check's (the defaults unless given). The items are in
    due order: by due day, errors first, then subject id and rule id.

    >>> import datetime as dt
    >>> import left_behind as lb
    >>> week = lb.due(lb.samples.home(), on=dt.date(2026, 8, 31))
    >>> week.last
    datetime.date(2026, 9, 6)
    >>> [(i.rule_id, i.due_on.isoformat(), i.days_late, i.for_whom)
    ...  for i in week.items if i.rule_id.startswith("TASK")]
    [('TASK-overdue', '2026-08-25', 6, ('s-02',)),
     ('TASK-overdue-error', '2026-08-28', 3, ('s-01',))]
    """
    if within < 1:
        raise ValueError(f"within is a number of days, at least 1, not {within}")
    if on > dt.date.max - dt.timedelta(days=within + 366):
        # the checks look a day past the window, and the rules count a year on from it
        raise ValueError(f"a window from {on} runs past the last days of the calendar")
    policy = _DEFAULT_POLICY if policy is None else policy
    rules = default_rules() if rules is None else rules
    last = on + dt.timedelta(days=within - 1)
    fallback = directors(home, on)
    # only the rules about deadlines run; the risk they read is the whole rule set's
    dated = [r.id for r in rules if r.dated]
    today = list(_dated(check(home, on=on, policy=policy, rules=rules, only=dated).findings, last))
    places = {(f.subject_kind, f.subject_id, f.path) for f in today}
    keys = {(f.subject_kind, f.subject_id, f.path, f.due) for f in today}
    after = check(home, on=last + dt.timedelta(days=1), policy=policy, rules=rules, only=dated)
    later = [
        f
        for f in _dated(after.findings, last)
        if (f.subject_kind, f.subject_id, f.path, f.due) not in keys
        # what was late already is today's to say, whatever the later day reads
        and not (
            f.due is not None and f.due < on and (f.subject_kind, f.subject_id, f.path) in places
        )
    ]
    # the sessions of the window's plan: those with no facilitator, due on their day
    planned: list[Finding] = []
    if home.programmes:
        window = plan(home, start=on, end=last, policy=policy)
        # the plan's own rules: the home inside it was checked above
        mine = [r.id for r in rules if r.dated and r.subject == PLAN_SUBJECT]
        planned = list(
            _dated(check(window, on=on, policy=policy, rules=rules, only=mine).findings, last)
        )
    titles = {r.id: r.words for r in rules}
    # what was not due today but is by the week's end with a due day already past (a risk
    # level that rose, and with it the visits due) falls due in the window, not weeks ago
    became = {id(f) for f in later if f.due is not None and f.due < on}
    items = [
        DueItem(
            due_on=on if id(f) in became else f.due,
            days_late=0 if id(f) in became else (on - f.due).days,
            rule_id=f.rule_id,
            severity=f.severity,
            subject_kind=f.subject_kind,
            subject_id=f.subject_id,
            path=f.path,
            what_zh=titles[f.rule_id].zh,
            what_en=titles[f.rule_id].en,
            message_zh=f.message_zh,
            message_en=f.message_en,
            source=f.source,
            for_whom=_responsible(home, f, fallback),
            setting=f.setting,
        )
        for f in (*today, *later, *planned)
        if f.due is not None
    ]
    return Agenda(on=on, last=last, items=sorted(items, key=DueItem.sort_key))


_WORDS = {
    "head": Text("{on} 至 {last} 到期事项", "Due from {on} to {last}"),
    "none": Text("没有到期事项。", "Nothing is due."),
    "overdue": Text("已逾期", "Overdue"),
    "upcoming": Text("本期到期", "Due in the window"),
    "late": Text("逾期 {n} 天", "{n} days late"),
    "late1": Text("逾期 1 天", "1 day late"),
    "today": Text("今天到期", "due today"),
    "left": Text("还有 {n} 天", "{n} days left"),
    "left1": Text("还有 1 天", "1 day left"),
    "nobody": Text("（未指定）", "(nobody named)"),
    "sep": Text("、", ", "),
    "colon": Text("：", ": "),
}


def how_late(days_late: int, lang: Lang = "zh") -> str:
    """How late, or how many days are left, in words.

    >>> how_late(3, "en"), how_late(0, "en"), how_late(-1, "en"), how_late(-2)
    ('3 days late', 'due today', '1 day left', '还有 2 天')
    """
    if days_late == 0:
        return _WORDS["today"].get(lang)
    n = abs(days_late)
    key = ("late" if days_late > 0 else "left") + ("1" if n == 1 else "")
    return _WORDS[key].get(lang).format(n=n)


def render_agenda(agenda: Agenda, lang: Lang = "zh", title: str = "") -> str:
    """The agenda as text: what is overdue, then what falls due in the window.

    One line an item: the due day, how late or how many days are left, for
    whom, what (the rule's title) and the message.

    >>> import datetime as dt
    >>> import left_behind as lb
    >>> week = lb.due(lb.samples.home(), on=dt.date(2026, 8, 31)).for_person("s-02")
    >>> print(render_agenda(week, "en"))
    Due from 2026-08-31 to 2026-09-06
    <BLANKLINE>
    Overdue
      2026-08-25  6 days late  s-02  a follow-up task is done by its due date: Home ...
    """
    words = {key: text.get(lang) for key, text in _WORDS.items()}
    lines = [title] if title else []
    lines.append(words["head"].format(on=agenda.on, last=agenda.last))
    if not agenda.items:
        lines.append(words["none"])
    for heading, items in (
        (words["overdue"], agenda.overdue),
        (words["upcoming"], agenda.upcoming),
    ):
        if not items:
            continue
        lines += ["", heading]
        # the due day, how late and for whom line up by display width; what and why follow
        lines += table(
            [
                [
                    str(i.due_on),
                    how_late(i.days_late, lang),
                    words["sep"].join(i.for_whom) or words["nobody"],
                    f"{i.what.get(lang)}{words['colon']}{i.message(lang)}",
                ]
                for i in items
            ],
            indent="  ",
        )
    return "\n".join(lines)
