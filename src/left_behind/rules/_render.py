"""Reports as text for people: findings grouped by child and severity."""

from __future__ import annotations

from itertools import groupby

from left_behind.model._base import Lang
from left_behind.rules._findings import Report

__all__ = ["render_report"]

_HEAD = {"zh": "检查日期", "en": "Checked on"}
_CLEAN = {"zh": "没有发现问题。", "en": "No findings."}
_TOTAL = {"zh": "合计", "en": "Total"}
_BY_RULE = {"zh": "按规则", "en": "By rule"}


def render_report(report: Report, lang: Lang = "zh", title: str = "") -> str:
    """The findings as text, grouped by child and severity, then the counts.

    >>> import left_behind as lb
    >>> report = lb.check(lb.samples.shicun(), on=lb.samples.REFERENCE_DATE)
    >>> print(render_report(report.filter(subject_id="SC-018"), lang="en"))
    Checked on 2026-09-01
    <BLANKLINE>
    SC-018
      error
        [MPL-22-disqualified] $.care[0].carer.records[0]
          Child SC-018 (朱**): the entrusted carer has a record of gambling ...
    <BLANKLINE>
    Total: error 1, warning 0, info 0
    By rule: MPL-22-disqualified 1
    """
    sep = ", " if lang == "en" else "，"
    lines = [title] if title else []
    lines.append(f"{_HEAD[lang]} {report.on}")
    if not report.findings:
        lines.append(_CLEAN[lang])
    for subject, by_child in groupby(report.findings, key=lambda f: f.subject_id):
        lines += ["", subject]
        for severity, found in groupby(by_child, key=lambda f: f.severity):
            lines.append(f"  {severity.label(lang)}")
            for f in found:
                lines.append(f"    [{f.rule_id}] {f.path}")
                lines.append(f"      {f.message(lang)}")
    counts = sep.join(f"{s.label(lang)} {n}" for s, n in report.by_severity().items())
    lines += ["", f"{_TOTAL[lang]}: {counts}"]
    if report.findings:
        lines.append(
            f"{_BY_RULE[lang]}: " + sep.join(f"{r} {n}" for r, n in report.by_rule().items())
        )
    return "\n".join(lines)
