"""``left-behind risk``: every child's risk level, highest first, with what raised it."""

from __future__ import annotations

import argparse
import datetime as dt

from left_behind.cli._common import (
    FINDINGS,
    OK,
    add_policy_argument,
    add_register_arguments,
    date_line,
    exit_words,
    load_register,
    on_default_words,
    output_style,
    read_policy,
    write,
    write_json,
)
from left_behind.cli._lang import say, words
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from left_behind.cli._common import Commands
    from left_behind.kinds import Lang
    from left_behind.model import Child
    from left_behind.rules import Policy, Risk, RiskLevel

__all__ = ["register", "render_risks", "run"]

_DESCRIPTION = Text(
    """\
算出登记册中每个儿童在某日的风险等级（高、中、低），从高到低列出，每人附分数和
抬高风险的因素：违反的法律和政策规则，以及四项缺失（家庭教育、亲情关爱、沟通交流、
监护看护）。

登记册是 left_behind.to_json 写出的 JSON 文件（FILE，或 - 表示标准输入），或用
--sample 使用合成的示例登记册。
""",
    """\
Work out the risk level of every child of a register on a date (high,
medium, low), and list the children highest first, each with its score and
the factors that raised it: the rules of law and policy broken and the four
gaps (home education, affection, communication, supervision).

The register is a JSON file as written by left_behind.to_json (FILE, or -
for standard input), or the synthetic sample register with --sample.
""",
)

_EPILOG = Text(
    """\
在 --on 之后出生的儿童不计入。分值和各等级的门槛是政策的风险设置（--policy）。
--format json 写出 {"on": 日期, "risks": [...]}，每项风险按 left_behind.to_json 写出
Risk 的方式，顺序相同。
""",
    """\
A child born after --on is left out. The points and the levels' thresholds are the policy's
risk settings (--policy). --format json writes {{"on": DATE, "risks": [...]}},
each risk as left_behind.to_json writes a Risk, in the same order.
""",
)

_HIGH = Text(
    f"{FINDINGS} 至少有一个儿童的风险为高（没有则为 {OK}）。",
    f"{FINDINGS} at least one child's risk is high ({OK} when none is).",
)


def _order() -> dict[RiskLevel, int]:
    from left_behind.rules import RiskLevel

    return {RiskLevel.HIGH: 0, RiskLevel.MEDIUM: 1, RiskLevel.LOW: 2}


_WORDS = {
    "head": Text("风险评估日期：{on}", "Risk on {on}"),
    "none": Text("没有儿童。", "No children."),
    "total": Text("合计：{counts}", "Total: {counts}"),
    "sep": Text("，", ", "),
    "level": Text("风险", "risk"),
    "score": Text("分数", "score"),
    "child": Text("儿童", "child"),
    "named": Text("{id}（{name}）", "{id} ({name})"),
}


def register(commands: Commands) -> None:
    """Add the ``risk`` subcommand to the command line."""
    parser = commands.add_parser(
        "risk",
        description=say(_DESCRIPTION),
        epilog=on_default_words() + "\n\n" + say(_EPILOG) + "\n" + exit_words(_HIGH),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(
        parser, on_help=words("评估的日期（见下）", "the date of the assessment (see below)")
    )
    add_policy_argument(parser)
    parser.set_defaults(run=run, parser=parser)


def assess_all(
    children: tuple[Child, ...], on: dt.date, policy: Policy
) -> list[tuple[Child, Risk]]:
    """Each child born by ``on`` with its risk, highest level first, then highest score.

    Children of the same level and score keep the register's order.
    """
    from left_behind.rules import assess_risk

    order = _order()
    risks = [(c, assess_risk(c, on=on, policy=policy)) for c in children if c.birth_date <= on]
    return sorted(risks, key=lambda cr: (order[cr[1].level], -cr[1].score))


def render_risks(
    risks: list[tuple[Child, Risk]], on: dt.date, lang: Lang = "zh", title: str = ""
) -> str:
    """The risks as text: the counts by level, then a line a child and its factors under it.

    >>> from left_behind import samples
    >>> from left_behind.rules import Policy
    >>> reg = samples.shicun()
    >>> risks = assess_all(reg.children[17:18], samples.REFERENCE_DATE, Policy())
    >>> print(render_risks(risks, samples.REFERENCE_DATE, "en"))
    Risk on 2026-09-01
    Total: high 1, medium 0, low 0
    <BLANKLINE>
    risk  score  child
    high      5  SC-018 (朱**)
      · rule MPL-22-disqualified broken (error) (+4)
      · home education absent: no parent lives at home (+1)
    """
    from left_behind.kinds import mask_name, mask_shaped, table

    words = {key: text.get(lang) for key, text in _WORDS.items()}
    lines = [title] if title else []
    lines.append(words["head"].format(on=on))
    if not risks:
        lines.append(words["none"])
        return "\n".join(lines)
    levels = [r.level for _, r in risks]
    counts = words["sep"].join(f"{lv.label(lang)} {levels.count(lv)}" for lv in _order())
    lines += [words["total"].format(counts=counts), ""]
    rows = [[words["level"], words["score"], words["child"]]]
    for child, risk in risks:
        who = mask_shaped(child.id)
        named = words["named"].format(id=who, name=mask_name(child.name)) if child.name else who
        rows.append([risk.level.label(lang), str(risk.score), named])
    head, *body = table(rows, right=[1])
    lines.append(head)
    for line, (_, risk) in zip(body, risks, strict=True):
        lines.append(line)
        lines += [f"  · {f.explain(lang)}" for f in risk.factors]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Assess what ``args`` asks for and print the risks."""
    from left_behind.io import to_dict
    from left_behind.rules import RiskLevel

    policy = read_policy(args)
    reg, on = load_register(args)
    risks = assess_all(reg.children, on, policy)
    if args.format == "json":
        style = output_style(args)
        write_json({"on": on.isoformat(), "risks": [to_dict(r, style=style) for _, r in risks]})
    else:
        write(date_line(args, on) + "\n" + render_risks(risks, on, lang=args.lang, title=reg.name))
    return FINDINGS if any(r.level is RiskLevel.HIGH for _, r in risks) else OK
