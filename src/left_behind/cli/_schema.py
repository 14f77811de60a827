"""``left-behind schema``: the JSON Schema of a document, the labels, the reference."""

from __future__ import annotations

import argparse
import re

from left_behind.cli._files import add_force_argument, write_out
from left_behind.cli._lang import say, words
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["record_named", "register", "run"]

_DESCRIPTION = Text(
    """\
打印文档的 JSON Schema（draft 2020-12）：默认为其他命令读取的登记册；写出另一种记录
（child、policy、report、summary……）的名字则打印它自己的。供前端和表单生成器使用：
每个键、它的类型、是否必需、默认值、每个枚举的取值及其标签（--lang），两种键风格
皆可（--style）。

--labels 改为以 JSON 打印每个枚举的取值及其中英文标签；--reference 以 Markdown
打印文件格式的参考（docs/file-format.md）。
""",
    """\
Print the JSON Schema (draft 2020-12) of a document: by default the register
that the other commands read; name another record (child, policy, report,
summary...) for its own. For frontends and form builders: every key, its
kind, whether it is required, its default, the values of every enumeration
with their labels (--lang), in either key style (--style).

--labels prints every enumeration's values with their Chinese and English
labels as JSON instead; --reference prints the reference of the file format
in Markdown (docs/file-format.md).
""",
)

_EPILOG = Text(
    """\
--output FILE 已存在时不会被替换，除非给出 --force。

退出状态：0 完成；2 命令行有误、--output FILE 已存在而没有 --force，或它无法写入。
""",
    """\
An existing --output FILE is not replaced unless --force is given.

exit status: 0 done; 2 a bad command line, an existing --output FILE without
--force, or one that cannot be written.
""",
)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def record_named(text: str) -> type:
    """The record class a user names: ``child``, ``Child``, ``contact_event``, ``contact-event``."""
    from left_behind.io import record_classes

    wanted = text.replace("-", "_").lower()
    for cls in record_classes():
        if wanted in (_snake(cls.__name__), cls.__name__.lower()):
            return cls
    names = ", ".join(_snake(cls.__name__) for cls in record_classes())
    raise argparse.ArgumentTypeError(
        words(
            f"没有名为 {text!r} 的记录；记录有：{names}",
            f"no record called {text!r}; the records: {names}",
        )
    )


def register(commands: Commands) -> None:
    """Add the ``schema`` subcommand to the command line."""
    parser = commands.add_parser(
        "schema",
        description=say(_DESCRIPTION),
        epilog=say(_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "record",
        nargs="?",
        default="register",
        type=record_named,
        metavar="RECORD",
        help=words(
            "文档：register（默认）、child、policy、report、summary……",
            "the document: register (the default), child, policy, report, summary...",
        ),
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--labels",
        action="store_true",
        help=words("每个枚举的标签，JSON 格式", "every enumeration's labels, as JSON"),
    )
    what.add_argument(
        "--reference",
        action="store_true",
        help=words(
            "文件格式的参考，Markdown 格式", "the reference of the file format, in Markdown"
        ),
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
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help=words(
            "Schema 中标题的语言（默认：zh）", "language of the titles in the schema (default: zh)"
        ),
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        default="-",
        help=words("写到 FILE（默认：标准输出）", "write to FILE (default: stdout)"),
    )
    add_force_argument(parser)
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Print (or write) what ``args`` asks for."""
    import json

    from left_behind.io import file_format_reference, json_schema, label_tables

    if args.reference:
        text = file_format_reference()
    elif args.labels:
        text = json.dumps(label_tables(), ensure_ascii=False, indent=2)
    else:
        schema = json_schema(args.record, style=args.style, lang=args.lang)
        text = json.dumps(schema, ensure_ascii=False, indent=2)
    write_out(args.output, text, overwrite=args.force, lang=args.lang)
    return 0
