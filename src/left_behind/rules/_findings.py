"""What a check returns: findings, each with its rule, source and message.

A report lists each legal source its findings cite once, in ``sources``;
each finding names its source by the source's key (``"MPL art. 22"``, see
:attr:`Source.key`) and gives the :class:`Source` itself as
:attr:`Finding.source`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from left_behind.kinds import (
    InvalidData,
    LabelledEnum,
    Lang,
    Problem,
    ProblemCode,
    Record,
    Style,
    Text,
    as_tuple,
    camel,
    field,
    mask_shaped,
    problem,
)
from left_behind.law import Source

__all__ = ["Finding", "Report", "Severity", "Source"]


class Severity(LabelledEnum):
    """How serious a finding is: an error breaks the law, a warning a duty or policy."""

    ERROR = "error", "错误", "error"
    WARNING = "warning", "警告", "warning"
    INFO = "info", "提示", "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for information: the report's order."""
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_INDEX = re.compile(r"\[([0-9]+)\]")


class _Cites:
    """Where a finding keeps the :class:`Source` its key names: not a field.

    The source is part of the report (``Report.sources``), not of the
    finding's fields: a finding is given it when it is made for a rule
    (:meth:`Finding.of`) or put in a report.
    """

    __slots__ = ("_source",)


@attrs.frozen(kw_only=True)
class Finding(Record, _Cites):
    """One rule broken by one subject, at one place in its record.

    ``subject_kind`` says what the subject is (``"child"``, ``"register"``...)
    and ``subject_id`` which one, masked where it is shaped like an identity
    number or a phone. ``path`` is relative to the subject
    (``$.care[1].school_notified_on``), so a finding reads the same whether
    the child was checked alone or in a register, and is written in the key
    style the check was asked for. ``setting`` names the policy setting that
    applied, if any; ``due``, for a rule about a deadline, the last day the
    thing could be done in time (what :func:`~left_behind.due` lists by).

    ``source_key`` names the provision the rule rests on by its key, the
    law's code and the article in English (``"MPL art. 22"``): the report
    lists each source once, and ``source`` gives the one this finding cites.
    """

    rule_id: str
    severity: Severity
    subject_kind: str = "child"
    subject_id: str
    path: str
    message_zh: str
    message_en: str
    source_key: str = field(not_blank=True, words=("依据的键", "the key of the source it rests on"))
    setting: str | None = None
    due: dt.date | None = field(
        default=None, words=("期限", "the last day it could be done in time")
    )

    @classmethod
    def of(cls, source: Source, **fields: Any) -> Finding:
        """A finding that rests on ``source``: its key in ``source_key``, itself in :attr:`source`.

        >>> from left_behind.law import MPL
        >>> f = Finding.of(MPL.source(22), rule_id="MPL-22-disqualified",
        ...                severity=Severity.ERROR, subject_id="demo-1", path="$.care",
        ...                message_zh="……", message_en="...")
        >>> f.source_key, f.source.cite()
        ('MPL art. 22', '《中华人民共和国未成年人保护法》第二十二条')
        """
        made = cls(source_key=source.key, **fields)
        object.__setattr__(made, "_source", source)
        return made

    @property
    def source(self) -> Source:
        """The provision the rule rests on: the report's source of :attr:`source_key`.

        A finding has it when made for a rule or read in its report; one read
        on its own (``from_json(text, Finding)``) names its source by key only,
        and this raises ``LookupError``: read the report instead.
        """
        found = self._resolved()
        if found is None:
            raise LookupError(
                f"this finding names its source by key only ({self.source_key!r}):"
                " the source is listed in the report the finding belongs to"
            )
        return found

    def _resolved(self) -> Source | None:
        found: Source | None = getattr(self, "_source", None)
        return found

    def __getstate__(self) -> dict[str, Any]:
        # copies and pickles keep the source too (attrs' own keep the fields)
        state = {a.name: getattr(self, a.name) for a in attrs.fields(type(self))}
        state["_source"] = self._resolved()
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            if name != "_source" or value is not None:
                object.__setattr__(self, name, value)

    def message(self, lang: Lang = "zh") -> str:
        """The message in Chinese (default) or English."""
        return Text(self.message_zh, self.message_en).get(lang)

    def sort_key(self) -> tuple[str, str, int, str, str, str]:
        """The report's order: by subject, then errors first, rule and path.

        Indexes in paths sort as numbers: ``reports[2]`` before ``reports[10]``.
        """
        path = _INDEX.sub(lambda m: f"[{int(m.group(1)):09d}]", self.path)
        return (
            self.subject_kind,
            self.subject_id,
            self.severity.rank,
            self.rule_id,
            path,
            self.message_en,
        )


@attrs.frozen(kw_only=True)
class Report(Record):
    """The findings of a check on a date, in a deterministic order, and their sources.

    ``sources`` lists each provision the findings rest on once, in the order
    the findings first cite them; each finding names its own by
    ``source_key``. ``Report.of`` makes a report of findings and puts both
    in order. A report written before sources were listed once, with a
    whole ``source`` in each finding, is read too.

    >>> import left_behind as lb
    >>> report = lb.check(lb.samples.shicun(), on=lb.samples.REFERENCE_DATE)
    >>> report.ok, report.count(Severity.ERROR) > 0
    (False, True)
    >>> only = report.filter(rule_id="MPL-22-disqualified")
    >>> sorted({f.subject_id for f in only.findings})
    ['SC-018', 'SC-089']
    >>> [s.key for s in only.sources], only.findings[0].source.article
    (['MPL art. 22'], '第二十二条')
    """

    on: dt.date
    findings: tuple[Finding, ...] = attrs.field(default=(), converter=as_tuple)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=as_tuple)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()  # every check passed: each key names one source
        by_key = {s.key: s for s in self.sources}
        for f in self.findings:
            if f._resolved() is None:
                object.__setattr__(f, "_source", by_key[f.source_key])

    def _problems(self) -> Iterator[Problem]:
        keys = [f.sort_key() for f in self.findings]
        for i in range(1, len(keys)):
            if keys[i] < keys[i - 1]:
                yield problem(
                    f"$.findings[{i}]",
                    ProblemCode.ORDER,
                    Text(
                        "检查结果应按报告的顺序排列（按对象、严重程度、规则和位置）："
                        "请用 Report.of 生成报告，它会排序",
                        "findings are kept in the report's order (by subject, severity, rule"
                        " and path); make the report with Report.of, which sorts them",
                    ),
                )
                # the sources' order follows the findings': not reported too
                yield from self._source_problems(in_order=False)
                return
        yield from self._source_problems(in_order=True)

    def _source_problems(self, *, in_order: bool) -> Iterator[Problem]:
        by_key: dict[str, Source] = {}
        for i, s in enumerate(self.sources):
            if s.key in by_key:
                yield problem(
                    f"$.sources[{i}]",
                    ProblemCode.DUPLICATE,
                    Text(
                        f"依据 {s.key!r} 列出了两次：报告中每项依据只列一次",
                        f"the source {s.key!r} is listed twice: a report lists each source once",
                    ),
                )
            by_key.setdefault(s.key, s)
        for i, f in enumerate(self.findings):
            listed = by_key.get(f.source_key)
            if listed is None:
                yield problem(
                    f"$.findings[{i}].source_key",
                    ProblemCode.REFERENCE,
                    Text(
                        f"{f.source_key!r} 不是报告所列依据（sources）中任何一项的键",
                        f"{f.source_key!r} is not the key of a source in the report's sources",
                    ),
                )
                continue
            own = f._resolved()
            if own is not None and own != listed:
                yield problem(
                    f"$.findings[{i}]",
                    ProblemCode.INCONSISTENT,
                    Text(
                        f"该检查结果所依据的条文与报告中的依据 {f.source_key!r} 不同："
                        "两项依据共用一个键，请为其中一项另设法律代码或条款序号",
                        f"the finding rests on other words than the report's source"
                        f" {f.source_key!r}: two sources share one key; give one its own law"
                        " code or article",
                    ),
                )
        cited = list(dict.fromkeys(f.source_key for f in self.findings))
        listed_keys = list(dict.fromkeys(s.key for s in self.sources))
        if in_order and set(listed_keys) >= set(cited) and listed_keys != cited:
            yield problem(
                "$.sources",
                ProblemCode.ORDER,
                Text(
                    "依据应为检查结果引用的各项，每项一次，按首次引用的顺序排列："
                    "请用 Report.of 生成报告，它会列出依据",
                    "the sources are those the findings cite, each once, in the order first"
                    " cited; make the report with Report.of, which lists them",
                ),
            )

    @classmethod
    def _older_layout(cls, data: Any, style: Style) -> Any:
        """A report written before sources were listed once, in today's layout.

        Such a report repeated the whole source in every finding
        (``"source": {"law": "MPL", ...}``); today it lists each once in
        ``sources`` and a finding names its own by key (``"source_key": "MPL
        art. 22"``). A source that cannot be read leaves the data as they
        are, for the loader to report; two texts under one key are both
        listed, and the report says so.
        """
        if not isinstance(data, dict) or "sources" in data:
            return None
        findings = data.get("findings")
        if type(findings) is not list or not any(
            isinstance(f, dict) and isinstance(f.get("source"), dict) for f in findings
        ):
            return None
        key_name = camel("source_key") if style == "camel" else "source_key"
        keys = {
            (camel(a.name) if style == "camel" else a.name): a.name for a in attrs.fields(Source)
        }
        seen: list[Source] = []
        sources: list[Any] = []
        newer: list[Any] = []
        for f in findings:
            old = f.get("source") if isinstance(f, dict) and key_name not in f else None
            if isinstance(old, dict):
                try:
                    src = Source(**{keys[k]: v for k, v in old.items()})
                except (KeyError, TypeError, InvalidData):
                    return data
                if src not in seen:
                    seen.append(src)
                    sources.append(old)
                f = {
                    (key_name if k == "source" else k): (src.key if k == "source" else v)
                    for k, v in f.items()
                }
            newer.append(f)
        return {**data, "findings": newer, "sources": sources}

    @classmethod
    def of(cls, on: dt.date, findings: Iterable[Finding], sources: Iterable[Source] = ()) -> Report:
        """A report of these findings, put in the report's order, with their sources.

        Each finding's source is its own (a finding made for a rule has it),
        or else the one of ``sources`` with its key.
        """
        found = tuple(sorted(findings, key=Finding.sort_key))
        given = {s.key: s for s in sources}
        cited: dict[str, Source] = {}
        for f in found:
            if f.source_key not in cited:
                src = f._resolved() or given.get(f.source_key)
                if src is not None:
                    cited[f.source_key] = src
        return cls(on=on, findings=found, sources=tuple(cited.values()))

    def source(self, key: str) -> Source:
        """The source listed under ``key`` (``"MPL art. 22"``); ``KeyError`` if none is."""
        for s in self.sources:
            if s.key == key:
                return s
        raise KeyError(f"the report lists no source {key!r}")

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return all(f.severity is not Severity.ERROR for f in self.findings)

    def count(self, severity: Severity) -> int:
        """How many findings have this severity."""
        return sum(1 for f in self.findings if f.severity is severity)

    def by_severity(self) -> dict[Severity, int]:
        """Counts by severity, every severity present (errors first)."""
        counts = Counter(f.severity for f in self.findings)
        return {s: counts.get(s, 0) for s in Severity}

    def by_rule(self) -> dict[str, int]:
        """Counts by rule id, in rule-id order."""
        counts = Counter(f.rule_id for f in self.findings)
        return dict(sorted(counts.items()))

    def subjects(self) -> tuple[str, ...]:
        """The ids of the subjects with findings, in order."""
        return tuple(dict.fromkeys(f.subject_id for f in self.findings))

    def filter(
        self,
        *,
        severity: Severity | None = None,
        rule_id: str | None = None,
        subject_id: str | None = None,
        subject_kind: str | None = None,
    ) -> Report:
        """The findings that match every given criterion.

        ``subject_id`` may be given whole: it is compared masked, as findings
        keep it.
        """
        if subject_id is not None:
            subject_id = mask_shaped(subject_id)
        kept = (
            f
            for f in self.findings
            if (severity is None or f.severity is severity)
            and (rule_id is None or f.rule_id == rule_id)
            and (subject_id is None or f.subject_id == subject_id)
            and (subject_kind is None or f.subject_kind == subject_kind)
        )
        return Report.of(self.on, kept, self.sources)
