"""A home's report for a period, and the roll-up of several homes for the township or county.

A report puts together what the county asks of a home each month, term and
year: the period's figures (:func:`~left_behind.stats.figures`, counted once,
never again here), the children on the register on the period's last day by
classification, care and age (:func:`~left_behind.stats.summarize`), the
volunteers on the register that day and their hours of service by team, and
the findings of :func:`~left_behind.check` still open on that day.

The roll-up (:func:`roll_up`) adds the homes' reports together, with the
counts the Women's Federation asks for: children by guardianship type,
volunteers, activities held, children served. Every count of a roll-up is
the sum of the homes' counts. For the counts that add up (sessions, visits,
hours, the children on the registers...) that is the figure of all the
homes' records taken together; the distinct counts (children served,
volunteers active...) are the union's too as long as no child or person is
on the books of two homes, which is what a home's own ids mean.

Shares are given to one decimal and always add up to 100.0 over a breakdown
(:func:`shares`): a report sent upward is checked by adding its columns.

>>> from left_behind import samples
>>> from left_behind.stats import Period
>>> r = home_report(samples.home(), Period.month(2026, 3), findings=False)
>>> r.children, r.figures.counts.sessions_held, r.volunteers
(140, 49, 45)
>>> round(sum(row.percent for row in r.by_guardianship), 1)
100.0
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import attrs

from left_behind.kinds import Problem, ProblemCode, Record, Text, as_tuple, field, problem
from left_behind.model import ChildStatus, Home, TeamKind
from left_behind.rules import Policy, Severity, check
from left_behind.stats import (
    AgeBand,
    AgeBandCount,
    GuardianshipCount,
    Period,
    PeriodCounts,
    PeriodFigures,
    PeriodReach,
    StatusCount,
    figures,
    summarize,
)

__all__ = [
    "FindingCount",
    "HomeReport",
    "MonthCounts",
    "RollUp",
    "TeamHours",
    "home_report",
    "roll_up",
    "shares",
]

_MINUTES = Text("分钟", "minutes")


def shares(counts: Sequence[int]) -> tuple[float, ...]:
    """Each count's share of their total, in percent to one decimal, adding up to 100.0.

    The rounding is the largest-remainder method (Hamilton's): every share is
    first cut down to a tenth, and the tenths still missing from 100.0 go one
    each to the shares that lost the most in the cut, the earlier row first
    on a tie. So each share is within 0.1 of the exact one, the shares add up
    to exactly 100.0, and a count of 0 always shows 0.0. Shares of nothing
    are all 0.0.

    >>> shares([1, 1, 1]), shares([57, 85]), shares([2, 0, 1]), shares([0, 0])
    ((33.4, 33.3, 33.3), (40.1, 59.9), (66.7, 0.0, 33.3), (0.0, 0.0))

    Rounded one by one, the first would add up to 99.9.
    """
    total = sum(counts)
    if any(c < 0 for c in counts):
        raise ValueError(f"a count is never negative, got {list(counts)}")
    if total == 0:
        return tuple(0.0 for _ in counts)
    # in thousandths of the whole (tenths of a percent), exactly, with integers
    floors = [1000 * c // total for c in counts]
    left = [1000 * c % total for c in counts]
    missing = 1000 - sum(floors)
    order = sorted(range(len(counts)), key=lambda i: (-left[i], i))
    for i in order[:missing]:
        floors[i] += 1
    return tuple(f / 10 for f in floors)


def _never_negative(values: dict[str, int]) -> Iterator[Problem]:
    for name, value in values.items():
        if value < 0:
            yield problem(
                f"$.{name}",
                ProblemCode.RANGE,
                Text(f"数量不能为负数：{value}", f"a count is never negative, got {value}"),
            )


@attrs.frozen(kw_only=True)
class TeamHours(Record):
    """The volunteers' service in the period credited to one team (分队志愿服务时长).

    A service record counts for each team its volunteer was in on its day (a
    volunteer in two teams counts in both: the rows need not add up to the
    total); ``team`` is ``""`` for the service of volunteers in no team then.
    """

    team: str = field(default="", words=("服务队编号", "the team"))
    name: str = field(default="", words=("服务队名称", "the team's name"))
    kind: TeamKind | None = field(default=None, words=("队伍类型", "the kind of team"))
    volunteers: int = field(default=0, words=("提供服务的志愿者", "volunteers who served"))
    minutes: int = field(default=0, unit=_MINUTES, words=("志愿服务时长", "service"))

    @property
    def hours(self) -> float:
        """The service in hours."""
        return self.minutes / 60

    def _problems(self) -> Iterator[Problem]:
        return _never_negative({"volunteers": self.volunteers, "minutes": self.minutes})


@attrs.frozen(kw_only=True)
class FindingCount(Record):
    """How many findings of one rule are open on a day, and how serious they are."""

    rule_id: str = field(not_blank=True, words=("规则", "the rule"))
    severity: Severity = field(words=("严重程度", "severity"))
    count: int = field(default=0, words=("条数", "findings"))

    def _problems(self) -> Iterator[Problem]:
        return _never_negative({"count": self.count})


@attrs.frozen(kw_only=True)
class MonthCounts(Record):
    """One month's part of a period: sessions held, attendances, volunteers' service."""

    month: Period = field(words=("月份", "the month"))
    sessions_held: int = field(default=0, words=("开展活动场次", "sessions held"))
    attendances: int = field(default=0, words=("儿童参加人次", "attendances"))
    children_served: int = field(default=0, words=("服务儿童人数", "children served"))
    service_minutes: int = field(
        default=0, unit=_MINUTES, words=("志愿服务时长", "volunteers' service")
    )

    def _problems(self) -> Iterator[Problem]:
        return _never_negative(
            {
                "sessions_held": self.sessions_held,
                "attendances": self.attendances,
                "children_served": self.children_served,
                "service_minutes": self.service_minutes,
            }
        )


@attrs.frozen(kw_only=True)
class HomeReport(Record):
    """A home's report for a period (家园工作报告).

    ``figures`` the period's figures; ``children`` the children on the
    register on the period's last day (born by then), with ``by_status``,
    ``by_guardianship`` and ``by_age_band`` on that day, each share as
    :func:`shares` rounds it; ``volunteers`` the volunteers on the register
    that day; ``service_by_team`` their service in the period by team;
    ``findings`` the findings open on the last day by rule, errors first
    (empty with ``findings_checked`` false when the check was not asked
    for); ``by_month`` the period month by month, when asked for.
    """

    home: str = field(default="", words=("家园", "the home"))
    county: str = field(default="", words=("县", "the county"))
    township: str = field(default="", words=("乡镇", "the township"))
    village: str = field(default="", words=("村", "the village"))
    period: Period = field(words=("统计期间", "the period"))
    figures: PeriodFigures = field(words=("期间数字", "the period's figures"))
    children: int = field(default=0, words=("登记儿童", "children on the register"))
    by_status: tuple[StatusCount, ...] = field(
        default=(), converter=as_tuple, words=("分类别儿童", "children by classification")
    )
    by_guardianship: tuple[GuardianshipCount, ...] = field(
        default=(), converter=as_tuple, words=("分监护类型儿童", "children by guardianship type")
    )
    by_age_band: tuple[AgeBandCount, ...] = field(
        default=(), converter=as_tuple, words=("分年龄段儿童", "children by age")
    )
    volunteers: int = field(default=0, words=("在册志愿者", "volunteers on the register"))
    service_by_team: tuple[TeamHours, ...] = field(
        default=(), converter=as_tuple, words=("分队服务时长", "service by team")
    )
    findings_checked: bool = field(default=True, words=("已检查", "checked"))
    findings: tuple[FindingCount, ...] = field(
        default=(), converter=as_tuple, words=("未解决的问题", "findings open")
    )
    by_month: tuple[MonthCounts, ...] = field(
        default=(), converter=as_tuple, words=("分月", "month by month")
    )

    @property
    def counts(self) -> PeriodCounts:
        """The period's counts that add up."""
        return self.figures.counts

    @property
    def reach(self) -> PeriodReach:
        """The period's distinct counts."""
        return self.figures.reach

    def open_findings(self, severity: Severity) -> int:
        """How many findings of ``severity`` are open on the last day."""
        return sum(f.count for f in self.findings if f.severity is severity)

    def left_behind(self) -> int:
        """The left-behind children (留守儿童) on the register on the last day."""
        return sum(r.count for r in self.by_status if r.status is ChildStatus.LEFT_BEHIND)


def _with_shares(
    rows: Sequence[StatusCount | GuardianshipCount | AgeBandCount],
) -> tuple[StatusCount | GuardianshipCount | AgeBandCount, ...]:
    found = shares([r.count for r in rows])
    return tuple(attrs.evolve(r, percent=p) for r, p in zip(rows, found, strict=True))


def _service_by_team(home: Home, period: Period) -> tuple[TeamHours, ...]:
    first, last = period.first, period.last
    # each volunteer's memberships, looked up once, not once a record
    memberships: dict[str, list[tuple[int, dt.date, dt.date | None]]] = {}
    for i, team in enumerate(home.teams):
        for m in team.members:
            memberships.setdefault(m.volunteer, []).append((i, m.joined_on, m.left_on))
    none = len(home.teams)
    minutes = [0] * (none + 1)
    served: list[set[str]] = [set() for _ in range(none + 1)]
    for v in home.volunteers:
        its = memberships.get(v.id, ())
        for r in v.service:
            if not first <= r.on <= last:
                continue
            teams = [
                i for i, joined, left in its if joined <= r.on and (left is None or r.on < left)
            ]
            for i in teams or [none]:
                minutes[i] += round(r.hours * 60)
                served[i].add(v.id)
    rows = [
        TeamHours(
            team=t.id, name=t.name, kind=t.kind, volunteers=len(served[i]), minutes=minutes[i]
        )
        for i, t in enumerate(home.teams)
    ]
    if minutes[none]:
        rows.append(TeamHours(volunteers=len(served[none]), minutes=minutes[none]))
    return tuple(rows)


def _findings(home: Home, on: dt.date, policy: Policy | None) -> tuple[FindingCount, ...]:
    report = check(home, on=on) if policy is None else check(home, on=on, policy=policy)
    counted = Counter((f.severity, f.rule_id) for f in report.findings)
    return tuple(
        FindingCount(rule_id=rule, severity=severity, count=n)
        for (severity, rule), n in sorted(counted.items(), key=lambda kv: (kv[0][0].rank, kv[0][1]))
    )


def home_report(
    home: Home,
    period: Period,
    *,
    policy: Policy | None = None,
    findings: bool = True,
    monthly: bool = False,
) -> HomeReport:
    """The report of ``home`` for ``period``.

    ``findings`` runs :func:`~left_behind.check` on the period's last day
    (under ``policy``) and counts what is open, by rule; it is the costly part
    (a whole home checked), so a roll-up of many homes may leave it out.
    ``monthly`` adds the period month by month (:attr:`HomeReport.by_month`,
    each month's own figures: the charts of attendance by month).

    >>> from left_behind import samples
    >>> from left_behind.rules import Severity
    >>> spring = Period.term(samples.home().terms[0], "spring")
    >>> r = home_report(samples.home(), spring, monthly=True)
    >>> sum(m.attendances for m in r.by_month) == r.counts.attendances
    True
    >>> r.open_findings(Severity.ERROR) > 0
    True
    """
    found = figures(home, period)
    on = period.last
    summary = summarize(home, on=on) if policy is None else summarize(home, on=on, policy=policy)
    months: tuple[MonthCounts, ...] = ()
    if monthly:
        parts = []
        for m in period.months():
            f = figures(home, m)
            parts.append(
                MonthCounts(
                    month=m,
                    sessions_held=f.counts.sessions_held,
                    attendances=f.counts.attendances,
                    children_served=f.reach.children_served,
                    service_minutes=f.counts.service_minutes,
                )
            )
        months = tuple(parts)
    return HomeReport(
        home=home.name,
        county=home.county,
        township=home.township,
        village=home.village,
        period=period,
        figures=found,
        children=summary.total,
        by_status=_with_shares(summary.by_status),
        by_guardianship=_with_shares(summary.by_guardianship),
        by_age_band=_with_shares(summary.by_age_band),
        volunteers=sum(1 for v in home.volunteers if v.active_on(on)),
        service_by_team=_service_by_team(home, period),
        findings_checked=findings,
        findings=_findings(home, on, policy) if findings else (),
        by_month=months,
    )


@attrs.frozen(kw_only=True)
class RollUp(Record):
    """The reports of several homes added up, for a township or a county (汇总).

    ``homes`` each home's report, in the order given; ``counts`` and
    ``reach`` the sums of theirs; ``children``, ``by_status``,
    ``by_guardianship`` and ``by_age_band`` the sums of the homes' rows, each
    share recomputed over the sum (:func:`shares`); ``volunteers`` the
    volunteers on the registers; ``service_by_kind`` the service by kind of
    team; ``findings`` by rule, when every home was checked.
    """

    name: str = field(default="", words=("汇总单位", "the area"))
    period: Period = field(words=("统计期间", "the period"))
    homes: tuple[HomeReport, ...] = field(
        default=(), converter=as_tuple, words=("各家园", "the homes")
    )
    counts: PeriodCounts = field(words=("数量", "the counts"))
    reach: PeriodReach = field(words=("覆盖人数", "the reach"))
    children: int = field(default=0, words=("登记儿童", "children on the registers"))
    by_status: tuple[StatusCount, ...] = field(
        default=(), converter=as_tuple, words=("分类别儿童", "children by classification")
    )
    by_guardianship: tuple[GuardianshipCount, ...] = field(
        default=(), converter=as_tuple, words=("分监护类型儿童", "children by guardianship type")
    )
    by_age_band: tuple[AgeBandCount, ...] = field(
        default=(), converter=as_tuple, words=("分年龄段儿童", "children by age")
    )
    volunteers: int = field(default=0, words=("在册志愿者", "volunteers on the registers"))
    service_by_kind: tuple[TeamHours, ...] = field(
        default=(), converter=as_tuple, words=("分类服务时长", "service by kind of team")
    )
    findings_checked: bool = field(default=True, words=("已检查", "checked"))
    findings: tuple[FindingCount, ...] = field(
        default=(), converter=as_tuple, words=("未解决的问题", "findings open")
    )

    def open_findings(self, severity: Severity) -> int:
        """How many findings of ``severity`` are open on the last day, in every home."""
        return sum(f.count for f in self.findings if f.severity is severity)

    def left_behind(self) -> int:
        """The left-behind children on the registers on the last day."""
        return sum(r.count for r in self.by_status if r.status is ChildStatus.LEFT_BEHIND)

    def _problems(self) -> Iterator[Problem]:
        for i, h in enumerate(self.homes):
            if h.period != self.period:
                yield problem(
                    f"$.homes[{i}].period",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"各家园的统计期间应相同：{h.period} 不是 {self.period}",
                        f"every home's report is for the same period: {h.period}, not"
                        f" {self.period}",
                    ),
                )


def _summed(
    rows: Iterable[StatusCount | GuardianshipCount | AgeBandCount],
) -> list[StatusCount | GuardianshipCount | AgeBandCount]:
    by_key: dict[object, StatusCount | GuardianshipCount | AgeBandCount] = {}
    for r in rows:
        key = r.key
        by_key[key] = (
            attrs.evolve(by_key[key], count=by_key[key].count + r.count) if (key in by_key) else r
        )
    return list(by_key.values())


_BANDS = list(AgeBand)


def roll_up(reports: Sequence[HomeReport], *, name: str = "") -> RollUp:
    """The reports of several homes for one period, added up under ``name``.

    >>> from left_behind import samples
    >>> march = Period.month(2026, 3)
    >>> one = home_report(samples.home(), march, findings=False)
    >>> both = roll_up([one, one], name="示例镇")
    >>> both.children, both.counts.sessions_held == 2 * one.counts.sessions_held
    (280, True)
    >>> [r.percent for r in both.by_guardianship] == [r.percent for r in one.by_guardianship]
    True
    """
    if not reports:
        raise ValueError("a roll-up needs the report of at least one home")
    period = reports[0].period
    bands = _summed(r for h in reports for r in h.by_age_band)
    bands.sort(key=lambda r: _BANDS.index(r.key))  # type: ignore[arg-type]
    kinds: dict[TeamKind | None, list[int]] = {}
    volunteers_by_kind: dict[TeamKind | None, int] = {}
    for h in reports:
        for t in h.service_by_team:
            kinds.setdefault(t.kind, [0])[0] += t.minutes
            volunteers_by_kind[t.kind] = volunteers_by_kind.get(t.kind, 0) + t.volunteers
    order = [*TeamKind, None]
    by_kind = tuple(
        TeamHours(
            team="" if k is None else k.value,
            name="" if k is None else k.label(),
            kind=k,
            volunteers=volunteers_by_kind[k],
            minutes=kinds[k][0],
        )
        for k in order
        if k in kinds
    )
    checked = all(h.findings_checked for h in reports)
    counted: Counter[tuple[Severity, str]] = Counter()
    for h in reports:
        for f in h.findings:
            counted[(f.severity, f.rule_id)] += f.count
    reach = {
        a.name: sum(getattr(h.reach, a.name) for h in reports) for a in attrs.fields(PeriodReach)
    }
    return RollUp(
        name=name,
        period=period,
        homes=tuple(reports),
        counts=sum((h.counts for h in reports), PeriodCounts()),
        reach=PeriodReach(**reach),
        children=sum(h.children for h in reports),
        by_status=_with_shares(_summed(r for h in reports for r in h.by_status)),
        by_guardianship=_with_shares(_summed(r for h in reports for r in h.by_guardianship)),
        by_age_band=_with_shares(bands),
        volunteers=sum(h.volunteers for h in reports),
        service_by_kind=by_kind,
        findings_checked=checked,
        findings=tuple(
            FindingCount(rule_id=rule, severity=sev, count=n)
            for (sev, rule), n in sorted(counted.items(), key=lambda kv: (kv[0][0].rank, kv[0][1]))
        )
        if checked
        else (),
    )
