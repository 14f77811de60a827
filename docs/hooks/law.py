"""Writes the page of the law while the site builds, from the library's legal documents.

Each document the rules rest on (``left_behind.law.documents()``) with its issuer,
number and dates, what was verified of it, every provision the library quotes word
for word, and the rules that cite each: the page cannot drift from what the checks
apply, because it is read from the same declarations.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from mkdocs.structure.files import File, Files

PAGE = "law.md"


def _rules_citing() -> dict[tuple[str, str], list[str]]:
    import left_behind as lb

    citing: dict[tuple[str, str], list[str]] = defaultdict(list)
    for rule in lb.default_rules():
        citing[(rule.source.law, rule.source.article)].append(rule.id)
    return citing


def law_page() -> str:
    """The page: every document, then its provisions, each with the rules citing it."""
    import left_behind as lb

    citing = _rules_citing()
    lines = [
        "# The law the rules rest on",
        "",
        "Every rule of the library cites the provision it applies. These are the documents,",
        "with what was verified of each, and the provisions quoted word for word, each with",
        "the rules that cite it. The page is written from `left_behind.law` while the site",
        "builds, so it is the text the checks apply.",
        "",
    ]
    for doc in lb.law.documents():
        lines += [f"## {doc.title}", "", f"*{doc.title_en}*", ""]
        facts = [
            ("Code in the library", f"`{doc.code}`"),
            ("Issued by", f"{doc.body} ({doc.body_en})"),
            ("Number", doc.number),
            ("Issued", doc.issued.isoformat() if doc.issued else ""),
            ("In force", doc.in_force.isoformat() if doc.in_force else ""),
            ("Text", f"<{doc.url}>" if doc.url else ""),
        ]
        lines += [f"- **{name}**: {value}" for name, value in facts if value]
        if doc.notes:
            lines += ["", f"**What was verified.** {doc.notes}"]
        lines.append("")
        for p in doc.provisions:
            rules = citing.get((doc.code, p.article), [])
            cited = ", ".join(f"`{r}`" for r in rules) if rules else "no rule; quoted for context"
            lines += [f"### {doc.code} {p.article_en} ({p.article})", ""]
            lines += [f"> {para}" if para else ">" for para in p.text.splitlines()]
            lines += ["", f"Cited by: {cited}."]
            if p.note:
                lines += ["", p.note]
            lines.append("")
    lines += _practice(citing)
    return "\n".join(lines)


def _practice(citing: dict[tuple[str, str], list[str]]) -> list[str]:
    """The sources rules cite that are no legal document: the practice they follow."""
    import left_behind as lb

    quoted = {(d.code, p.article) for d in lb.law.documents() for p in d.provisions}
    by_title: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for rule in lb.default_rules():
        s = rule.source
        if (s.law, s.article) not in quoted:
            by_title[s.title][s.article] = (s.law, s.text)
    if not by_title:
        return []
    lines = [
        "## Where no law fixes the rule: the practice followed",
        "",
        "Some rules rest on the practice of the programmes, not on a text of law: the",
        "library says so in their source, and a county may switch them off or change their",
        "settings ([a county's policy](county-policy.md)).",
        "",
    ]
    for title, articles in by_title.items():
        lines += [f"### {title}", ""]
        for article, (law, text) in articles.items():
            cited = ", ".join(f"`{r}`" for r in citing[(law, article)])
            lines += [f"- **{law} {article}**: {text} (cited by {cited})"]
        lines.append("")
    return lines


def on_files(files: Files, config: Any, **_: Any) -> Files:
    files.append(File.generated(config, PAGE, content=law_page()))
    return files
