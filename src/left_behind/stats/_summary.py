"""A register's headline figures on a date, as the reports give them."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from left_behind.kinds import (
    LabelledEnum,
    Lang,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    field,
    problem,
)
from left_behind.model import Child, ChildStatus, GuardianshipType, Register, SchoolStage
from left_behind.rules import Policy, classify

__all__ = [
    "NO_ARRANGEMENT",
    "AgeBand",
    "AgeBandCount",
    "GuardianshipCount",
    "StageCount",
    "StatusCount",
    "Summary",
    "Tally",
    "label_of",
    "labelled",
    "percent_of",
    "summarize",
]


class AgeBand(LabelledEnum):
    """The age bands of the national surveys, in completed years (周岁).

    0-5 is before school, 6-13 the years of compulsory schooling that most
    left-behind children are in, 14-15 the last years under the left-behind
    definition's limit of 16, and 16-17 the minors above it. A register that
    still holds adults shows them as 18 and over.

    >>> AgeBand.of(5).label(), AgeBand.of(6).label("en"), AgeBand.of(18).value
    ('0-5 岁', 'aged 6-13', 'age_18_plus')
    """

    AGE_0_5 = "age_0_5", "0-5 岁", "aged 0-5"
    AGE_6_13 = "age_6_13", "6-13 岁", "aged 6-13"
    AGE_14_15 = "age_14_15", "14-15 岁", "aged 14-15"
    AGE_16_17 = "age_16_17", "16-17 岁", "aged 16-17"
    AGE_18_PLUS = "age_18_plus", "18 岁及以上", "aged 18 and over"

    @classmethod
    def of(cls, age: int) -> AgeBand:
        """The band of a completed age (``ValueError`` for a negative age)."""
        if age < 0:
            raise ValueError(f"an age is never negative, got {age}")
        if age <= 5:
            return cls.AGE_0_5
        if age <= 13:
            return cls.AGE_6_13
        if age <= 15:
            return cls.AGE_14_15
        if age <= 17:
            return cls.AGE_16_17
        return cls.AGE_18_PLUS


def percent_of(count: int, total: int) -> float:
    """``count`` as a percentage of ``total``, one decimal, halves rounded up.

    Each share is rounded on its own, as statistical tables do, so the
    shares of a breakdown can add up to 99.9 or 100.1. A share of nothing
    is 0.0.

    >>> percent_of(57, 142), percent_of(1, 8), percent_of(0, 0)
    (40.1, 12.5, 0.0)
    >>> shares = [percent_of(1, 3)] * 3
    >>> shares, round(sum(shares), 1)
    ([33.3, 33.3, 33.3], 99.9)
    """
    if total <= 0:
        return 0.0
    tenths = (2000 * count + total) // (2 * total)
    return tenths / 10


NO_ARRANGEMENT = Text("未登记照护安排", "no care arrangement recorded")
"""The label of the row of children with no care arrangement in force."""


def label_of(key: LabelledEnum | None, lang: Lang = "zh") -> str:
    """The label of a row's key; for no care arrangement, :data:`NO_ARRANGEMENT`."""
    if key is None:
        return NO_ARRANGEMENT.get(lang)
    return key.label(lang)


def _checked(count: int, percent: float, key: LabelledEnum | None, label: str) -> Iterator[Problem]:
    if label and label not in (label_of(key), label_of(key, "en")):
        yield problem(
            "$.label",
            ProblemCode.INCONSISTENT,
            Text(
                f"这一行的名称应为“{label_of(key)}”（或 {label_of(key, 'en')!r}），或者不写",
                f"the label of this row is {label_of(key, 'en')!r} (or {label_of(key)!r}), or none",
            ),
        )
    if count < 0:
        yield problem(
            "$.count",
            ProblemCode.RANGE,
            Text(f"人数不能为负数：{count}", f"a count is never negative, got {count}"),
        )
    if not 0.0 <= percent <= 100.0:
        yield problem(
            "$.percent",
            ProblemCode.RANGE,
            Text(
                f"占比应在 0 到 100 之间，实为 {percent}",
                f"a percentage is from 0 to 100, got {percent}",
            ),
        )


@attrs.frozen(kw_only=True)
class StatusCount(Record):
    """How many children have one classification (留守儿童, 事实无人抚养儿童...)."""

    status: ChildStatus = field(words=("儿童类别", "classification"))
    count: int
    percent: float
    label: str = field(default="", words=("名称", "label"))

    @property
    def key(self) -> LabelledEnum | None:
        """What the row counts by."""
        return self.status

    def _problems(self) -> Iterator[Problem]:
        return _checked(self.count, self.percent, self.key, self.label)


@attrs.frozen(kw_only=True)
class GuardianshipCount(Record):
    """How many children live in one kind of care arrangement.

    ``guardianship`` is ``None`` for the children with no care arrangement in
    force on the date: a gap in the register to fill, not a kind of care.
    """

    guardianship: GuardianshipType | None = field(words=("照护安排", "care arrangement"))
    count: int
    percent: float
    label: str = field(default="", words=("名称", "label"))

    @property
    def key(self) -> LabelledEnum | None:
        """What the row counts by."""
        return self.guardianship

    def _problems(self) -> Iterator[Problem]:
        return _checked(self.count, self.percent, self.key, self.label)


@attrs.frozen(kw_only=True)
class AgeBandCount(Record):
    """How many children are in one age band."""

    band: AgeBand = field(words=("年龄段", "age"))
    count: int
    percent: float
    label: str = field(default="", words=("名称", "label"))

    @property
    def key(self) -> LabelledEnum | None:
        """What the row counts by."""
        return self.band

    def _problems(self) -> Iterator[Problem]:
        return _checked(self.count, self.percent, self.key, self.label)


@attrs.frozen(kw_only=True)
class StageCount(Record):
    """How many children are at one school stage."""

    stage: SchoolStage = field(words=("学段", "school stage"))
    count: int
    percent: float
    label: str = field(default="", words=("名称", "label"))

    @property
    def key(self) -> LabelledEnum | None:
        """What the row counts by."""
        return self.stage

    def _problems(self) -> Iterator[Problem]:
        return _checked(self.count, self.percent, self.key, self.label)


_MINOR_BANDS = (AgeBand.AGE_0_5, AgeBand.AGE_6_13, AgeBand.AGE_14_15, AgeBand.AGE_16_17)

_Row = StatusCount | GuardianshipCount | AgeBandCount | StageCount
_Key = ChildStatus | GuardianshipType | AgeBand | SchoolStage


@attrs.frozen(kw_only=True)
class Summary(Record):
    """A register's headline figures on the date ``on``.

    ``total`` counts the children born by ``on``; ``born_after`` the children
    of the register born later, who are left out of every figure. Each
    breakdown lists every value in declaration order, zero counts included,
    with its count and its percentage of ``total`` (one decimal):

    * ``by_status``: the classification of each child on ``on``;
    * ``by_guardianship``: the kind of the care arrangement in force on
      ``on``, and last a row with ``guardianship`` ``None`` for the children
      with no arrangement recorded by then (always present, zero or not);
    * ``by_age_band``: the bands 0-5, 6-13, 14-15 and 16-17, and 18 and over
      only when a register holds adults;
    * ``by_stage``: the school stage as recorded.

    Every breakdown adds up to ``total`` and every percentage is its count's
    share of ``total`` as :func:`percent_of` rounds it; a summary that breaks
    either (say, one edited by hand and read back) is
    :class:`~left_behind.InvalidData`.
    """

    register: str
    on: dt.date
    total: int
    born_after: int = 0
    by_status: tuple[StatusCount, ...] = attrs.field(converter=as_tuple)
    by_guardianship: tuple[GuardianshipCount, ...] = attrs.field(converter=as_tuple)
    by_age_band: tuple[AgeBandCount, ...] = attrs.field(converter=as_tuple)
    by_stage: tuple[StageCount, ...] = attrs.field(converter=as_tuple)

    def count(self, key: _Key) -> int:
        """The number of children with a classification, arrangement, band or stage.

        >>> from left_behind.model import ChildStatus

        >>> from left_behind import samples
        >>> s = summarize(samples.shicun(), on=samples.REFERENCE_DATE)
        >>> s.total, s.count(ChildStatus.LEFT_BEHIND) > 0, s.count(AgeBand.AGE_18_PLUS)
        (142, True, 0)
        """
        row = self._row(key)
        return 0 if row is None else row.count

    def percent(self, key: _Key) -> float:
        """The percentage of all children counted that ``key`` stands for."""
        row = self._row(key)
        return 0.0 if row is None else row.percent

    @property
    def no_arrangement(self) -> int:
        """The number of children with no care arrangement in force on ``on``."""
        return sum(r.count for r in self.by_guardianship if r.guardianship is None)

    def _row(self, key: _Key) -> _Row | None:
        if isinstance(key, ChildStatus):
            return next((r for r in self.by_status if r.status is key), None)
        if isinstance(key, GuardianshipType):
            return next((r for r in self.by_guardianship if r.guardianship is key), None)
        if isinstance(key, AgeBand):
            return next((r for r in self.by_age_band if r.band is key), None)
        if isinstance(key, SchoolStage):
            return next((r for r in self.by_stage if r.stage is key), None)
        raise TypeError(f"no breakdown by {type(key).__name__}")

    def _problems(self) -> Iterator[Problem]:
        for name, value in (("total", self.total), ("born_after", self.born_after)):
            if value < 0:
                yield problem(
                    f"$.{name}",
                    ProblemCode.RANGE,
                    Text(f"人数不能为负数：{value}", f"a count is never negative, got {value}"),
                )
        breakdowns: tuple[tuple[str, Sequence[_Row]], ...] = (
            ("by_status", self.by_status),
            ("by_guardianship", self.by_guardianship),
            ("by_age_band", self.by_age_band),
            ("by_stage", self.by_stage),
        )
        for name, rows in breakdowns:
            added = sum(r.count for r in rows)
            if added != self.total:
                yield problem(
                    f"$.{name}",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"各项人数合计为 {added}，与总数 {self.total} 不符",
                        f"the counts add up to {added}, not to the total of {self.total}",
                    ),
                )
                continue  # the shares of a breakdown that does not add up say nothing more
            for i, r in enumerate(rows):
                share = percent_of(r.count, self.total)
                if r.percent != share:
                    yield problem(
                        f"$.{name}[{i}].percent",
                        ProblemCode.INCONSISTENT,
                        Text(
                            f"{self.total} 人中的 {r.count} 人占 {share}%"
                            "（保留一位小数，四舍五入），"
                            f"不是 {r.percent}",
                            f"{r.count} of {self.total} is {share} percent (one decimal,"
                            f" halves rounded up), not {r.percent}",
                        ),
                    )


def summarize(register: Register, *, on: dt.date, policy: Policy | None = None) -> Summary:
    """The headline figures of ``register`` on the date ``on``.

    Pure: the same register and date always give the same summary. Each
    child is classified with :func:`~left_behind.classify` (under ``policy``,
    the defaults if none), placed by the
    care arrangement in force and by completed age on ``on``, and by the
    school stage recorded.

    >>> from left_behind.model import ChildStatus, GuardianshipType

    >>> from left_behind import Register, samples
    >>> village = Register(name="示例村", children=[
    ...     samples.family(age=9, child_id="a"),
    ...     samples.family(age=15, child_id="b"),
    ...     samples.family(father="at_home", age=4, child_id="c"),
    ...     samples.family(age=16, child_id="d"),
    ... ])
    >>> s = summarize(village, on=samples.REFERENCE_DATE)
    >>> s.total, s.count(ChildStatus.LEFT_BEHIND), s.percent(ChildStatus.LEFT_BEHIND)
    (4, 2, 50.0)
    >>> s.count(GuardianshipType.PATERNAL_GRANDPARENTS), s.no_arrangement
    (3, 0)
    >>> [(r.band.label("en"), r.count, r.percent) for r in s.by_age_band]
    [('aged 0-5', 1, 25.0), ('aged 6-13', 1, 25.0), ('aged 14-15', 1, 25.0),
     ('aged 16-17', 1, 25.0)]

    A date before a child's birth leaves the child out:

    >>> earlier = summarize(village, on=dt.date(2022, 1, 1))
    >>> earlier.total, earlier.born_after
    (3, 1)
    """
    return Tally.of(register.children, on=on, policy=policy).summary(register.name)


Row = tuple[ChildStatus, GuardianshipType | None, AgeBand, SchoolStage]
"""Where a child is counted: classification, care arrangement (None: none), age band, stage."""


def _counter(pairs: Iterable[tuple[Any, int]]) -> Counter[Any]:
    return Counter(dict(pairs))


@attrs.frozen(kw_only=True)
class Tally:
    """The counts a :class:`Summary` is made of, for some of a register's children.

    Tallies of parts of a register add up: ``Tally.of(a) + Tally.of(b)`` is
    ``Tally.of(a + b)``, in any order, so a register read a part at a time
    (a file of one child a line, parts on several processes or machines) is
    summed up holding one part at a time, and :meth:`summary` gives exactly
    what :func:`summarize` gives for the whole register.

    >>> from left_behind import samples
    >>> home = samples.shicun()
    >>> on = samples.REFERENCE_DATE
    >>> halves = Tally.of(home.children[:70], on=on) + Tally.of(home.children[70:], on=on)
    >>> halves.summary(home.name) == summarize(home, on=on)
    True
    """

    on: dt.date
    total: int = 0
    born_after: int = 0
    statuses: tuple[tuple[ChildStatus, int], ...] = ()
    kinds: tuple[tuple[GuardianshipType | None, int], ...] = ()
    bands: tuple[tuple[AgeBand, int], ...] = ()
    stages: tuple[tuple[SchoolStage, int], ...] = ()

    @classmethod
    def of(cls, children: Iterable[Child], *, on: dt.date, policy: Policy | None = None) -> Tally:
        """The counts of ``children`` on ``on`` (under ``policy``, the defaults if none)."""
        rows: Counter[Row | None] = Counter(cls.row(c, on=on, policy=policy) for c in children)
        return cls.of_rows(rows, on=on)

    @staticmethod
    def row(child: Child, *, on: dt.date, policy: Policy | None = None) -> Row | None:
        """Where one child is counted on ``on``: classification, care arrangement, age band
        and stage; None for a child born after ``on``, who is counted apart.

        A part read on another process sends back its children's rows, small and plain,
        and :meth:`of_rows` counts them.
        """
        if child.birth_date > on:
            return None
        result = classify(child, on=on) if policy is None else classify(child, on=on, policy=policy)
        arrangement = child.care_on(on)
        kind = arrangement.guardianship if arrangement is not None else None
        return result.status, kind, AgeBand.of(child.age_on(on)), child.stage

    @classmethod
    def of_rows(cls, rows: Mapping[Row | None, int], *, on: dt.date) -> Tally:
        """The tally of children counted by their :meth:`row` (how many of each)."""
        statuses: Counter[ChildStatus] = Counter()
        kinds: Counter[GuardianshipType | None] = Counter()
        bands: Counter[AgeBand] = Counter()
        stages: Counter[SchoolStage] = Counter()
        total = born_after = 0
        for found, n in rows.items():
            if found is None:
                born_after += n
                continue
            total += n
            statuses[found[0]] += n
            kinds[found[1]] += n
            bands[found[2]] += n
            stages[found[3]] += n
        return cls._made(on, total, born_after, statuses, kinds, bands, stages)

    @classmethod
    def _made(
        cls,
        on: dt.date,
        total: int,
        born_after: int,
        statuses: Counter[ChildStatus],
        kinds: Counter[GuardianshipType | None],
        bands: Counter[AgeBand],
        stages: Counter[SchoolStage],
    ) -> Tally:
        # each breakdown in declaration order, so that equal counts make equal tallies
        return cls(
            on=on,
            total=total,
            born_after=born_after,
            statuses=tuple((s, statuses[s]) for s in ChildStatus if statuses[s]),
            kinds=tuple((g, kinds[g]) for g in (*GuardianshipType, None) if kinds[g]),
            bands=tuple((b, bands[b]) for b in AgeBand if bands[b]),
            stages=tuple((s, stages[s]) for s in SchoolStage if stages[s]),
        )

    def __add__(self, other: Tally) -> Tally:
        if not isinstance(other, Tally):
            return NotImplemented
        if other.on != self.on:
            raise ValueError(f"tallies on {self.on} and {other.on} do not add up")
        return self._made(
            self.on,
            self.total + other.total,
            self.born_after + other.born_after,
            _counter(self.statuses) + _counter(other.statuses),
            _counter(self.kinds) + _counter(other.kinds),
            _counter(self.bands) + _counter(other.bands),
            _counter(self.stages) + _counter(other.stages),
        )

    def summary(self, register: str = "") -> Summary:
        """The :class:`Summary` of these counts, for the register named ``register``."""
        total = self.total
        statuses, kinds = _counter(self.statuses), _counter(self.kinds)
        bands, stages = _counter(self.bands), _counter(self.stages)

        def pct(count: int) -> float:
            return percent_of(count, total)

        no_arrangement: tuple[GuardianshipType | None, ...] = (None,)
        adults = (AgeBand.AGE_18_PLUS,) if bands[AgeBand.AGE_18_PLUS] else ()
        return Summary(
            register=register,
            on=self.on,
            total=total,
            born_after=self.born_after,
            by_status=tuple(
                StatusCount(status=s, count=statuses[s], percent=pct(statuses[s]))
                for s in ChildStatus
            ),
            by_guardianship=tuple(
                GuardianshipCount(guardianship=g, count=kinds[g], percent=pct(kinds[g]))
                for g in (*GuardianshipType, *no_arrangement)
            ),
            by_age_band=tuple(
                AgeBandCount(band=b, count=bands[b], percent=pct(bands[b]))
                for b in (*_MINOR_BANDS, *adults)
            ),
            by_stage=tuple(
                StageCount(stage=s, count=stages[s], percent=pct(stages[s])) for s in SchoolStage
            ),
        )


def labelled(summary: Summary, lang: Lang = "zh") -> Summary:
    """``summary`` with each row's ``label`` in ``lang``, for a client that shows the figures.

    >>> from left_behind import samples
    >>> s = labelled(summarize(samples.shicun(), on=samples.REFERENCE_DATE), "en")
    >>> s.by_status[0].label, s.by_guardianship[-1].label
    ('left-behind child', 'no care arrangement recorded')
    """

    def rows(found: Sequence[_Row]) -> tuple[Any, ...]:
        return tuple(attrs.evolve(r, label=label_of(r.key, lang)) for r in found)

    return attrs.evolve(
        summary,
        by_status=rows(summary.by_status),
        by_guardianship=rows(summary.by_guardianship),
        by_age_band=rows(summary.by_age_band),
        by_stage=rows(summary.by_stage),
    )
