"""``left-behind pair``: the best pairings of children with mentors, with their reasons."""

from __future__ import annotations

import argparse

from left_behind.cli._common import (
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
from left_behind.kinds import COLON, Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from left_behind.cli._common import Commands
    from left_behind.kinds import Lang
    from left_behind.matching import Suggestions

__all__ = ["register", "render_suggestions", "run"]

_DESCRIPTION = Text(
    """\
为家园中需要帮扶人的儿童（留守儿童或事实无人抚养儿童，且没有进行中的结对）建议
帮扶人，保留进行中的结对。每条建议列出各项标准的得分；每个未能结对的儿童列出排除
候选人的约束；最后列出每位帮扶人的负荷。

家园是 left_behind.to_json 写出的 JSON 文件（FILE，或 - 表示标准输入），或用
--sample 使用合成的示例家园。
""",
    """\
Suggest mentors for the children of a home who need one (left-behind or
de-facto unsupported, with no pairing under way), keeping the pairings
under way. Each suggestion shows its score by criterion; each child left
without one shows which constraint excluded the candidates; each mentor's
load is shown last.

The home is a JSON file as written by left_behind.to_json (FILE, or - for
standard input), or the synthetic sample home with --sample.
""",
)

_HEAD = Text("结对建议（{on}）", "Suggested pairings ({on})")
_UNSERVED = Text("未能结对的儿童", "Children left unserved")
_LOADS = Text(
    "帮扶人负荷（上限 / 进行中 / 建议）", "Mentors' load (capacity / under way / suggested)"
)
_TOTAL = Text("合计得分", "Total score")


def register(commands: Commands) -> None:
    """Add the ``pair`` subcommand to the command line."""
    parser = commands.add_parser(
        "pair",
        description=say(_DESCRIPTION),
        epilog=on_default_words() + "\n\n" + exit_words(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(
        parser,
        on_help=words(
            "建议的日期（默认值见下）", "the date of the suggestions (default: see below)"
        ),
    )
    add_policy_argument(parser)
    parser.set_defaults(run=run, parser=parser)


def render_suggestions(found: Suggestions, lang: Lang = "zh") -> str:
    """The suggestions as text: pairs with their points, children unserved, loads."""
    from left_behind.kinds import mask_shaped

    lines = [_HEAD.format(on=found.on).get(lang)]
    lines += [f"  {s.explain(lang)}" for s in found.suggestions]
    lines.append((_TOTAL + COLON).get(lang) + str(found.total))
    if found.unserved:
        lines += ["", _UNSERVED.get(lang)]
        lines += [f"  {u.explain(lang)}" for u in found.unserved]
    lines += ["", _LOADS.get(lang)]
    lines += [
        f"  {mask_shaped(m.mentor)} {m.capacity} / {m.current} / {m.suggested}"
        for m in found.loads
        if m.current or m.suggested
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Suggest what ``args`` asks for and print it."""
    from left_behind.io import to_dict
    from left_behind.matching import suggest_pairings

    policy = read_policy(args)
    home, on = load_register(args)
    found = suggest_pairings(home, on=on, policy=policy)
    if args.format == "json":
        write_json(to_dict(found, style=output_style(args)))
    else:
        write(date_line(args, on) + "\n" + render_suggestions(found, lang=args.lang))
    return 0
