"""Reports as text for people: findings grouped by subject and severity.

Each finding is said the way a township worker reads it: the rule's title,
the field at fault in words (第 1 条照护安排的委托照护人的第 1 条记录), the
source it rests on and what to do, with full-width punctuation in Chinese.
Ids and JSON paths are for machines: ``to_json(report)`` keeps them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby

from left_behind.kinds import COLON, Lang, Text, path_words, table
from left_behind.rules._findings import Finding, Report, Severity
from left_behind.rules._registry import Rule, RuleSet

__all__ = ["render_blocks", "render_lines", "render_report"]

_WORDS = {
    "head": Text("检查日期：{on}", "Checked on {on}"),
    "clean": Text("没有发现问题。", "No findings."),
    "total": Text("合计：{counts}", "Total: {counts}"),
    "by_rule": Text("按规则：", "By rule:"),
    "section": Text("{severity}（{n} 条）", "{severity}s ({n})"),
    "where": Text("位置：", "Where: "),
    "basis": Text("依据：", "Source: "),
    "sep": Text("，", ", "),
    "colon": COLON,
    "cited": Text("{title}（{id}）", "{title} ({id})"),
}


def render_report(
    report: Report, lang: Lang = "zh", title: str = "", rules: RuleSet | None = None
) -> str:
    """The counts by severity and by rule, then the findings, errors first, by subject.

    ``rules`` gives each rule's title and what its subjects are, to name the
    field at fault; it is :func:`~left_behind.default_rules` unless given. A
    finding of a rule it does not know is shown with its id and path.

    >>> import left_behind as lb
    >>> report = lb.check(lb.samples.shicun(), on=lb.samples.REFERENCE_DATE)
    >>> print(render_report(report.filter(subject_id="SC-018")))
    检查日期：2026-09-01
    合计：错误 1，警告 0，提示 0
    按规则：
      错误  1  有性侵害、虐待等违法犯罪行为，...（MPL-22-disqualified）
    <BLANKLINE>
    错误（1 条）
    <BLANKLINE>
    儿童 SC-018（朱**）
      · 有性侵害、虐待等违法犯罪行为，...的人不得作为被委托人（MPL-22-disqualified）
        位置：第 1 条照护安排的委托照护人的第 1 条记录
        被委托人有“赌博”记录，...应立即另行委托合适的照护人。
        依据：《中华人民共和国未成年人保护法》第二十二条
    """
    if rules is None:
        from left_behind.rules._check import default_rules

        rules = default_rules()
    counts = Counter((f.severity, f.rule_id) for f in report.findings)
    blocks = ((severity, text) for severity, _, text in render_blocks(report, lang, rules))
    return "\n".join(render_lines(report.on, counts, blocks, lang, title, rules))


def render_lines(
    on: dt.date,
    counts: Mapping[tuple[Severity, str], int],
    blocks: Iterable[tuple[Severity, str]],
    lang: Lang,
    title: str,
    rules: RuleSet,
) -> Iterator[str]:
    """The lines of a report from its parts: the count of findings of each severity and
    rule, and the text of each subject's findings of a severity (as :func:`render_blocks`
    gives them) in the report's order, errors first. A report checked a part at a time
    is printed from its parts so, holding none of its findings."""
    words = {key: text.get(lang) for key, text in _WORDS.items()}
    known = {r.id: r for r in rules}
    if title:
        yield title
    yield words["head"].format(on=on)
    if not counts:
        yield words["clean"]
        return
    by_severity = Counter[Severity]()
    by_rule = Counter[str]()
    severity: dict[str, Severity] = {}
    for (sev, rule_id), n in counts.items():
        by_severity[sev] += n
        by_rule[rule_id] += n
        severity.setdefault(rule_id, sev)
    said = words["sep"].join(f"{s.label(lang)} {by_severity[s]}" for s in Severity)
    yield words["total"].format(counts=said)
    yield words["by_rule"]
    yield from table(
        _by_rule(by_rule, severity, known, lang, words["cited"]), right=[1], indent="  "
    )
    current: Severity | None = None
    for sev, text in blocks:
        if sev is not current:
            current = sev
            yield ""
            yield words["section"].format(severity=sev.label(lang), n=by_severity[sev])
        yield ""
        yield text


def render_blocks(
    report: Report, lang: Lang, rules: RuleSet
) -> Iterator[tuple[Severity, tuple[str, str], str]]:
    """The text of each subject's findings of one severity, in the report's order
    (every error before any warning), with the severity and the subject (its kind and
    id): the blocks :func:`render_lines` prints."""
    words = {key: text.get(lang) for key, text in _WORDS.items()}
    known = {r.id: r for r in rules}
    for severity in Severity:
        # what is most serious first: every error before any warning
        same = [f for f in report.findings if f.severity is severity]
        for subject, group in groupby(same, key=lambda f: (f.subject_kind, f.subject_id)):
            found = list(group)
            heading, strip = _heading(found, lang, words["colon"])
            lines = [heading]
            for f in found:
                rule = known.get(f.rule_id)
                name = rule.title(lang) if rule else f.rule_id
                lines.append("  · " + words["cited"].format(title=name, id=f.rule_id))
                lines.append(f"    {words['where']}{_where(rule, f, lang)}")
                lines.append(f"    {f.message(lang)[strip:]}")
                lines.append(f"    {words['basis']}{f.source.cite(lang)}")
            yield severity, subject, "\n".join(lines)


def _by_rule(
    by_rule: Mapping[str, int],
    severity: Mapping[str, Severity],
    known: dict[str, Rule],
    lang: Lang,
    cited: str,
) -> list[list[str]]:
    """The summary's rows: severity, count and rule, errors first, then the most found."""
    rows = sorted(by_rule.items(), key=lambda kv: (severity[kv[0]].rank, -kv[1], kv[0]))
    out = []
    for rule_id, n in rows:
        rule = known.get(rule_id)
        name = rule.title(lang) if rule else rule_id
        out.append([severity[rule_id].label(lang), str(n), cited.format(title=name, id=rule_id)])
    return out


def _where(rule: Rule | None, f: Finding, lang: Lang) -> str:
    """The field at fault in words, read from the class of the very subject (a volunteer)."""
    if rule is None:
        return f.path
    cls = next(
        (c for c, kind, _ in rule.subject.variants if kind == f.subject_kind), rule.subject.cls
    )
    return path_words(cls, f.path, lang)


def _heading(found: list[Finding], lang: Lang, colon: str) -> tuple[str, int]:
    """The subject's heading and how much of each message it already says.

    Every message opens with the subject (``儿童 SC-018（朱**）：``): said once
    as the heading, it is cut from the messages under it.
    """
    first = found[0].message(lang)
    head, sep, _ = first.partition(colon)
    if sep and all(f.message(lang).startswith(head + colon) for f in found):
        return head, len(head) + len(colon)
    return found[0].subject_id, 0
