"""``left-behind sample`` and ``left-behind template``: a register to start from, as a file."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from left_behind.cli._files import add_force_argument, write_out
from left_behind.cli._lang import say, words
from left_behind.cli._redact import add_redact_argument, redaction_key
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from typing import Any

    from left_behind.cli._common import Commands

__all__ = ["SAMPLES", "TEMPLATES", "register"]


def _template() -> Any:
    from left_behind import samples

    return samples.template()


def _home_template() -> Any:
    from left_behind import samples

    return samples.home_template()


def _template_child() -> Any:
    return _template().children[0]


def _policy() -> Any:
    from left_behind.rules import Policy

    return Policy()


def _shicun() -> Any:
    from left_behind import samples

    return samples.shicun()


def _home() -> Any:
    from left_behind import samples

    return samples.home()


def _first_child() -> Any:
    return _shicun().children[0]


TEMPLATES: dict[str, tuple[Text, Callable[[], Any]]] = {
    "register": (
        Text("一个儿童的登记册，列出每个键", "a register of one child that shows every key"),
        _template,
    ),
    "home": (
        Text(
            "一个留守儿童的家园，每种记录各一条（工作人员、志愿者、结对、活动室、活动项目、走访……）",
            "a home of one left-behind child with one record of each kind (staff, volunteers,"
            " pairings, rooms, programmes, visits...)",
        ),
        _home_template,
    ),
    "child": (
        Text(
            "只有那个儿童的档案，即网络后端收到的样子",
            "that child's file alone, as a web back end receives it",
        ),
        _template_child,
    ),
    "policy": (
        Text(
            "每项政策设置都取默认值，供 --policy 使用",
            "every policy setting at its default, for --policy",
        ),
        _policy,
    ),
}
"""What ``left-behind template --document`` writes: (what it is, how it is made)."""

SAMPLES: dict[str, tuple[Text, Callable[[], Any]]] = {
    "register": (
        Text("示例登记册：只有 142 个儿童", "the sample register: the 142 children alone"),
        _shicun,
    ),
    "home": (
        Text(
            "示例家园：儿童、工作人员、志愿者、结对、活动室、活动项目……",
            "the sample home: the children, staff, volunteers, pairings, rooms, programmes...",
        ),
        _home,
    ),
    "child": (Text("只有示例的第一个儿童", "the sample's first child alone"), _first_child),
}
"""What ``left-behind sample --document`` writes: (what it is, how it is made)."""


def _sample_description() -> str:
    from left_behind.samples import REFERENCE_DATE as DAY

    return words(
        f"""\
把合成的示例登记册（石村儿童快乐家园：142 个儿童，截至 {DAY}）以 JSON 写到 FILE，
供阅读或试用其他命令；用 --document home 写出整个家园（还有工作人员、志愿者、结对、
活动室和活动项目），pair、plan、calls 和 volunteers 需要它。其中每个姓名、身份证号和
电话都是合成的。各命令用 --on {DAY} 按 {DAY} 读取它。
""",
        f"""\
Write the synthetic sample register (the Shicun village children's happy
home: 142 children, as on {DAY}) to FILE as JSON, to read
or to try the other commands on; with --document home, the whole home (its
staff, volunteers, pairings, rooms and programmes too), which pair, plan,
calls and volunteers need. Every name, identity number and phone in it is
synthetic. The commands read it on {DAY} with
--on {DAY}.
""",
    )


_TEMPLATE_DESCRIPTION = Text(
    """\
把要填写的文档以 JSON 写到 FILE：默认为一个登记册，其中一个合成儿童的档案列出每个键
（替换取值，保留适用的键，每个儿童复制一份）；--document home 为每种记录各有一条的
家园。docs/file-format.md 说明每个键的内容，`left-behind schema` 给出 JSON Schema。
""",
    """\
Write a document to fill in to FILE as JSON: by default a register with one
synthetic child whose file shows every key (replace the values, keep the
keys that apply, copy the child for each child); --document home, a home
with one record of each kind. docs/file-format.md says
what each key holds, and `left-behind schema` gives the JSON Schema.
""",
)

_EPILOG = Text(
    """\
FILE 为 - 时写到标准输出。FILE 已存在时不会被替换，除非给出 --force。

退出状态：0 已写出；2 命令行有误、FILE 已存在而没有 --force，或 FILE 无法写入。
""",
    """\
FILE - writes to standard output. An existing FILE is not replaced unless
--force is given.

exit status: 0 written; 2 a bad command line, an existing FILE without
--force, or a FILE that cannot be written.
""",
)

_DOCUMENTS = Text("文档：", "documents:")


def _documents(table: dict[str, tuple[Text, Callable[[], Any]]]) -> str:
    return (
        "\n"
        + say(_DOCUMENTS)
        + "\n"
        + "".join(f"  {name:<10} {say(what)}\n" for name, (what, _) in table.items())
    )


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar="FILE",
        help=words("JSON 写到哪里（- 为标准输出）", "where to write the JSON (- for stdout)"),
    )
    parser.add_argument(
        "--style",
        choices=("snake", "camel"),
        default="snake",
        help=words(
            "JSON 键风格：birth_date 或 birthDate（默认：snake）",
            "JSON key style: birth_date or birthDate (default: snake)",
        ),
    )
    add_force_argument(parser)
    add_redact_argument(parser)


def register(commands: Commands) -> None:
    """Add the ``sample`` and ``template`` subcommands to the command line."""
    which = words("哪一种文档（默认：register）", "which document (default: register)")
    sample = commands.add_parser(
        "sample",
        description=_sample_description(),
        epilog=say(_EPILOG) + _documents(SAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_common(sample)
    sample.add_argument("--document", choices=tuple(SAMPLES), default="register", help=which)
    sample.set_defaults(run=run_sample, parser=sample)

    template = commands.add_parser(
        "template",
        description=say(_TEMPLATE_DESCRIPTION),
        epilog=say(_EPILOG) + _documents(TEMPLATES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_common(template)
    template.add_argument("--document", choices=tuple(TEMPLATES), default="register", help=which)
    template.set_defaults(run=run_template, parser=template)


def run_sample(args: argparse.Namespace) -> int:
    """Write the sample register."""
    from left_behind.io import to_json

    _, make = SAMPLES[args.document]
    text = to_json(make(), style=args.style, indent=2, redact=redaction_key(args))
    write_out(args.file, text, overwrite=args.force, lang=args.lang)
    return 0


def run_template(args: argparse.Namespace) -> int:
    """Write the document to fill in that ``--document`` names."""
    from left_behind.io import to_json

    _, make = TEMPLATES[args.document]
    text = to_json(make(), style=args.style, indent=2, redact=redaction_key(args))
    write_out(args.file, text, overwrite=args.force, lang=args.lang)
    return 0
