"""docs/rules.md documents every registered rule, policy setting and legal source, and runs."""

from __future__ import annotations

import datetime as dt
import doctest
import re
import sys
from pathlib import Path

import attrs
import pytest

from left_behind import PROGRAMME_SOURCES, Policy, RiskWeights, default_rules, law

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parent.parent
RULES_MD = ROOT / "docs" / "rules.md"
SOURCES_BEGIN = "<!-- sources: generated from lb.law and lb.default_rules(); a test checks it -->"
SOURCES_END = "<!-- sources: end -->"


@pytest.fixture(scope="module")
def text() -> str:
    return RULES_MD.read_text(encoding="utf-8")


def sections(text: str) -> dict[str, str]:
    """The text under each ``### `id` `` heading."""
    parts = re.split(r"^### `([^`]+)`\s*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


@pytest.mark.parametrize("rule_id", default_rules().ids())
def test_every_rule_has_its_section(text: str, rule_id: str) -> None:
    assert rule_id in sections(text), f"docs/rules.md has no section for {rule_id}"


@pytest.mark.parametrize("rule_id", default_rules().ids())
def test_each_section_gives_severity_source_settings_and_an_example(
    text: str, rule_id: str
) -> None:
    body = sections(text).get(rule_id, "")
    r = default_rules().get(rule_id)
    assert f"**Severity**: {r.severity.value}" in body
    assert "**Source**:" in body and r.source.article in body
    assert "**Checks**:" in body and "**Settings**:" in body
    cited = body.split("**Source**:", 1)[-1].split("**Checks**:", 1)[0]
    quoted = re.findall(r"“([^”]+)”", cited)
    assert quoted, f"{rule_id}: quote the provision's words"
    flat = r.source.text.replace("\n", "")
    for words in quoted:
        words = re.sub(r"\s+", "", words).removeprefix("……")
        assert words.rstrip("。") in flat, f"{rule_id}: not the words of {r.source.cite()}"
    assert f'"{rule_id}"' in body and ">>> " in body, f"{rule_id}: give an example"


# a row of the rules table: id, severity, source, policy settings
RULE_ROW = re.compile(r"^\| `([A-Z][A-Z0-9]*-[^`]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$", re.M)


def test_the_rules_table_lists_every_rule_in_order_with_its_severity_and_source(
    text: str,
) -> None:
    rows = RULE_ROW.findall(text)
    assert [row[0] for row in rows] == list(default_rules().ids()), "list the rules in order"
    for rule_id, severity, source, _ in rows:
        r = default_rules().get(rule_id)
        assert (severity.strip(), source.strip()) == (r.severity.value, r.source.cite()), rule_id


@pytest.mark.parametrize("rule_id", default_rules().ids())
def test_a_rules_settings_are_the_same_in_its_row_and_its_section(text: str, rule_id: str) -> None:
    row = next(row for row in RULE_ROW.findall(text) if row[0] == rule_id)
    line = sections(text).get(rule_id, "").split("**Settings**:", 1)[-1].split("\n\n", 1)[0]
    named = re.findall(r"`(\w+)`", line)
    assert named == re.findall(r"`(\w+)`", row[3]), f"{rule_id}: row and section differ"
    assert set(named) <= {s.name for s in Policy().settings()}, f"{rule_id}: not a setting"
    defaults = dict(re.findall(r"`(\w+)` \(default ([^)]+)\)", line))
    assert defaults.keys() == set(named), f"{rule_id}: give each setting's default"
    for name, value in defaults.items():
        assert value == shown(getattr(Policy(), name)), f"{rule_id}: {name} is {value} here"


def shown(value: object) -> str:
    """A setting's default as the docs write it: 365, True, None, 16:30."""
    return f"{value:%H:%M}" if isinstance(value, dt.time) else str(value)


def test_only_registered_rules_have_sections(text: str) -> None:
    extra = set(sections(text)) - set(default_rules().ids())
    assert not extra, f"docs/rules.md documents rules that are not registered: {extra}"


@pytest.mark.parametrize("name", [s.name for s in Policy().settings()])
def test_every_policy_setting_is_documented(text: str, name: str) -> None:
    row = re.search(rf"^\| `{name}` \| ([^|]+) \|", text, flags=re.MULTILINE)
    assert row, f"docs/rules.md has no row for the setting {name}"
    value = getattr(Policy(), name)
    if value is None or isinstance(value, (int, dt.time)):
        assert row.group(1).strip() == shown(value), f"{name}: the default is {value}"


@pytest.mark.parametrize("name", [a.name for a in attrs.fields(RiskWeights)])
def test_every_risk_weight_is_documented(text: str, name: str) -> None:
    row = re.search(rf"^\| `{name}` \| ([^|]+) \|", text, flags=re.MULTILINE)
    assert row, f"docs/rules.md has no row for the risk weight {name}"
    assert row.group(1).strip() == str(getattr(RiskWeights(), name))


def test_the_docs_are_run_as_doctests(text: str) -> None:
    examples = doctest.DocTestParser().get_examples(text)
    assert len(examples) > 50
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pytest_options = options["tool"]["pytest"]["ini_options"]
    assert "docs" in pytest_options["testpaths"]
    assert "--doctest-glob='*.md'" in pytest_options["addopts"]


def sources_block(text: str) -> str:
    """The text between the Sources table's markers (all of it if they are missing)."""
    return text.split(SOURCES_BEGIN, 1)[-1].split(SOURCES_END, 1)[0].strip()


def sources_table() -> str:
    """The Sources table of docs/rules.md, as the registry and the rules give it."""
    rules = default_rules()
    citing: dict[str, list[str]] = {}
    for r in rules:
        if r.source in PROGRAMME_SOURCES:
            continue  # a programme's own source: listed in its own section
        found = law.resolve(r.source)
        assert found is not None, f"{r.id} cites {r.source.cite()}, which lb.law does not register"
        citing.setdefault(found[0].code, []).append(f"`{r.id}`")
    lines = [
        "| code | document | issued by | number | dated | in force | address"
        " | provisions quoted | rules citing it |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for d in law.documents():
        cells = [
            f"`{d.code}`",
            f"《{d.title}》 {d.title_en}",
            d.body_en,
            d.number or "—",
            d.issued.isoformat() if d.issued else "not recorded (see the notes)",
            d.in_force.isoformat() if d.in_force else "—",
            d.url or "not recorded (see the notes)",
            "; ".join(p.article_en for p in d.provisions),
            ", ".join(citing.get(d.code, [])) or "—",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def test_the_sources_table_is_the_registry(text: str) -> None:
    assert SOURCES_BEGIN in text and SOURCES_END in text, "docs/rules.md has no Sources table"
    expected = sources_table()
    assert sources_block(text) == expected, (
        "docs/rules.md's Sources table is not the registry's; replace it with:\n" + expected
    )


@pytest.mark.parametrize(
    "rule_id", [r.id for r in default_rules() if r.source not in PROGRAMME_SOURCES]
)
def test_every_rule_source_is_listed_with_its_number_and_address(text: str, rule_id: str) -> None:
    found = law.resolve(default_rules().get(rule_id).source)
    assert found is not None, f"{rule_id}: its source is not in lb.law"
    doc = found[0]
    rows = sources_block(text).splitlines()
    row = next((ln for ln in rows if ln.startswith(f"| `{doc.code}` |")), "")
    assert f"`{rule_id}`" in row, f"docs/rules.md's Sources table does not list {rule_id}"
    assert (doc.number or "—") in row and (doc.url or "not recorded") in row
