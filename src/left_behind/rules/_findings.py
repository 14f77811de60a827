"""What a check returns: findings, each with its rule, source and message."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator

import attrs

from left_behind._errors import Problem
from left_behind.law import Source
from left_behind.model._base import (
    LabelledEnum,
    Lang,
    Record,
    as_tuple,
    problem,
)
from left_behind.model._ids import mask_shaped

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


@attrs.frozen(kw_only=True)
class Finding(Record):
    """One rule broken by one subject, at one place in its record.

    ``subject_kind`` says what the subject is (``"child"``, ``"register"``...)
    and ``subject_id`` which one, masked where it is shaped like an identity
    number or a phone. ``path`` is relative to the subject
    (``$.care[1].school_notified_on``), so a finding reads the same whether
    the child was checked alone or in a register, and is written in the key
    style the check was asked for. ``setting`` names the policy setting that
    applied, if any.
    """

    rule_id: str
    severity: Severity
    subject_kind: str = "child"
    subject_id: str
    path: str
    message_zh: str
    message_en: str
    source: Source
    setting: str | None = None

    def message(self, lang: Lang = "zh") -> str:
        """The message in Chinese (default) or English."""
        return self.message_en if lang == "en" else self.message_zh

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
    """The findings of a check on a date, in a deterministic order.

    >>> import left_behind as lb
    >>> report = lb.check(lb.samples.shicun(), on=lb.samples.REFERENCE_DATE)
    >>> report.ok, report.count(Severity.ERROR) > 0
    (False, True)
    >>> only = report.filter(rule_id="MPL-22-disqualified")
    >>> sorted({f.subject_id for f in only.findings})
    ['SC-018', 'SC-089']
    """

    on: dt.date
    findings: tuple[Finding, ...] = attrs.field(default=(), converter=as_tuple)

    def _problems(self) -> Iterator[Problem]:
        keys = [f.sort_key() for f in self.findings]
        for i in range(1, len(keys)):
            if keys[i] < keys[i - 1]:
                yield problem(
                    f"$.findings[{i}]",
                    "order",
                    "findings are kept in the report's order (by subject, severity, rule"
                    " and path); make the report with Report.of, which sorts them",
                    "检查结果应按报告的顺序排列（按对象、严重程度、规则和位置）："
                    "请用 Report.of 生成报告，它会排序",
                )
                return

    @classmethod
    def of(cls, on: dt.date, findings: Iterable[Finding]) -> Report:
        """A report of these findings, put in the report's order."""
        return cls(on=on, findings=tuple(sorted(findings, key=Finding.sort_key)))

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
        return Report(
            on=self.on,
            findings=tuple(
                f
                for f in self.findings
                if (severity is None or f.severity is severity)
                and (rule_id is None or f.rule_id == rule_id)
                and (subject_id is None or f.subject_id == subject_id)
                and (subject_kind is None or f.subject_kind == subject_kind)
            ),
        )
