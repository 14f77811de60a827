"""``left-behind import`` and ``left-behind export``: registers in and out of spreadsheets.

The spreadsheet library (the ``sheets`` extra) is imported inside the
commands, so that the rest of the command line starts without it.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any

from left_behind.cli._common import Failure, parse_date, write, write_json
from left_behind.cli._files import add_force_argument, write_out
from left_behind.cli._lang import say, words
from left_behind.kinds import COLON, Lang, Text

if TYPE_CHECKING:
    from left_behind.cli._common import Commands
    from left_behind.sheets import ImportResult

__all__ = ["import_spreadsheet", "is_spreadsheet", "register"]

NO_EXTRA = Text(
    "读写电子表格需要 sheets 附加组件：pip install 'left_behind[sheets]'",
    "reading and writing spreadsheets needs the sheets extra: pip install 'left_behind[sheets]'",
)

_SPREADSHEET_EXTENSIONS = frozenset({".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods"})
_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def is_spreadsheet(path: str, data: bytes) -> bool:
    """Whether a file is a spreadsheet: by its extension, or by an xlsx/ods/xls content."""
    extension = "" if path == "-" else os.path.splitext(path)[1].lower()
    return extension in _SPREADSHEET_EXTENSIONS or data.startswith(_MAGIC)


def _sheets(lang: Lang) -> Any:
    try:
        from left_behind import sheets

        sheets.import_register  # noqa: B018 - the extra's libraries load lazily
        import python_calamine  # noqa: F401
        import xlsxwriter  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        raise Failure("missing-extra", [NO_EXTRA]) from None
    return sheets


def import_spreadsheet(
    name: str, data: bytes, *, lang: Lang, options: dict[str, Any] | None = None
) -> ImportResult[Any]:
    """The import of a spreadsheet file; :class:`Failure` when it cannot be read at all."""
    sheets = _sheets(lang)
    try:
        return sheets.import_register(data, name=name, **(options or {}))  # type: ignore[no-any-return]
    except ValueError as e:
        why = e.args[0] if e.args and isinstance(e.args[0], Text) else Text(str(e), str(e))
        raise Failure("unreadable", [Text.same(name) + COLON + why]) from None
    except Exception as e:  # noqa: BLE001 - a file the spreadsheet reader cannot open
        line = Text(
            f"{name}：无法作为电子表格读取：{e}", f"{name}: cannot be read as a spreadsheet: {e}"
        )
        raise Failure("unreadable", [line]) from None


def refused_lines(name: str, result: ImportResult[Any], lang: Lang) -> list[str]:
    """One line per problem of a refused row, each starting with the file's name."""
    return [f"{name}{COLON.get(lang)}{p.text(lang)}" for p in result.problems if p.refused]


_IMPORT_DESCRIPTION = Text(
    "读入电子表格（.xlsx、.xls、.ods、.csv）中的登记册：本库自己的工作簿（每类记录一页），"
    "或普查花名册（每名儿童一行）。打印每一条被拒收的行（表、行号、列、值、问题），"
    "以及从选项取得的、表中没有的事实；--output 把好的行写成 JSON 家园文件。",
    "Read a register from a spreadsheet (.xlsx, .xls, .ods, .csv): the library's own workbook"
    " (a sheet per kind of record) or the census roster (a row per child). Prints"
    " every refused row (sheet, row, column, value, problem) and each fact the file did not"
    " give and an option did; --output writes the good rows as a home's JSON file.",
)
_IMPORT_EPILOG = Text(
    "退出状态：0 每一行都已读入；2 有被拒收的行（好的行仍然写出），或命令行、文件有误。",
    "exit status: 0 every row came in; 2 a row was refused (the good rows are still written),"
    " or a bad command line or file.",
)


def register(commands: Commands) -> None:
    """Add the ``import`` and ``export`` subcommands."""
    p = commands.add_parser(
        "import",
        description=say(_IMPORT_DESCRIPTION),
        epilog=say(_IMPORT_EPILOG),
    )
    p.add_argument("file", metavar="FILE", help=words("电子表格文件", "the spreadsheet file"))
    _layout(p)
    for option, zh, en in (
        ("--county", "县", "county"),
        ("--township", "乡镇", "township"),
        ("--village", "村", "village"),
    ):
        p.add_argument(
            option,
            help=words(
                f"花名册中没有写明{zh}的行所在的{zh}",
                f"the {en} of every roster row that does not say it",
            ),
        )
    p.add_argument(
        "--since",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help=words(
            "调查日期：花名册没有写明时，父母外出和照护安排从这一天算起",
            "the survey's date: the day a parent counts as away and the care as arranged,"
            " where the roster does not say",
        ),
    )
    p.add_argument(
        "--output",
        metavar="OUTPUT",
        help=words("把读入的家园写成 JSON 文件（- 为标准输出）", "write the home read as JSON"),
    )
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=words("报告的格式（默认：text）", "format of the report (default: text)"),
    )
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help=words(
            "输出和问题的语言（默认：zh）", "language of the output and problems (default: zh)"
        ),
    )
    add_force_argument(p, "OUTPUT")
    p.set_defaults(run=run_import, parser=p)

    e = commands.add_parser(
        "export",
        description=words(
            "把 JSON 家园或登记册（--from FILE）或合成示例（--sample）写成电子表格：.xlsx 或 .csv",
            "Write a home or register in JSON (--from FILE) or the sample (--sample) as a"
            " spreadsheet: .xlsx or .csv",
        ),
    )
    e.add_argument(
        "output",
        metavar="OUTPUT",
        help=words("要写出的 .xlsx 或 .csv 文件", "the .xlsx or .csv file to write"),
    )
    e.add_argument(
        "--from",
        dest="source",
        metavar="FILE",
        help=words("JSON 格式的家园或登记册", "a home or a register as JSON"),
    )
    e.add_argument(
        "--sample",
        action="store_true",
        help=words("使用合成的示例家园", "use the synthetic sample home"),
    )
    _layout(e)
    e.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help=words("消息的语言（默认：zh）", "language of the messages (default: zh)"),
    )
    from left_behind.cli._redact import add_redact_argument

    add_redact_argument(e)
    add_force_argument(e, "OUTPUT")
    e.set_defaults(run=run_export, parser=e)


def _layout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--layout",
        choices=("workbook", "roster"),
        help=words(
            "版式：workbook（本库的工作簿）或 roster（普查花名册）；"
            "默认按页名判断，导出默认 workbook",
            "layout: workbook (the library's own) or roster (the census roster); by default"
            " found from the sheets' names, and workbook for export",
        ),
    )


def run_import(args: argparse.Namespace) -> int:
    """Read the spreadsheet, print its problems, write the home."""
    from left_behind.cli._common import _read_bytes
    from left_behind.io import to_json

    name = args.file
    data = _read_bytes(args.file, args.lang)
    options = {
        "layout": args.layout,
        "county": args.county,
        "township": args.township,
        "village": args.village,
        "since": args.since,
    }
    result = import_spreadsheet(name, data, lang=args.lang, options=options)
    lang: Lang = args.lang
    if args.format == "json":
        write_json(
            {
                "format": result.format,
                "encoding": result.encoding,
                "layout": result.layout,
                "rows_read": result.rows_read,
                "refused": result.refused,
                "children": len(result.document.children),
                "assumed": [{"zh": a.zh, "en": a.en} for a in result.assumed],
                "problems": [p.to_dict() for p in result.problems],
            }
        )
    else:
        said = Text(
            f"{name}：{_FORMATS.get(result.format, result.format)}"
            f"{f'（{result.encoding}）' if result.encoding else ''}，"
            f"{'工作簿' if result.layout == 'workbook' else '花名册'}；"
            f"读入 {len(result.document.children)} 名儿童，{result.rows_read} 条记录中"
            f"拒收 {result.refused} 行",
            f"{name}: {result.format}{f' ({result.encoding})' if result.encoding else ''},"
            f" {result.layout}; {len(result.document.children)} children read,"
            f" {result.refused} rows of {result.rows_read} records refused",
        )
        lines = [said.get(lang)]
        lines += [a.get(lang) for a in result.assumed]
        lines += [p.text(lang) for p in result.problems]
        write("\n".join(lines) + "\n")
    if args.output is not None:
        text = to_json(result.document, indent=2)
        write_out(args.output, text, overwrite=args.force, lang=lang)
    return 2 if result.refused else 0


_FORMATS = {"xlsx": "Excel 工作簿", "xls": "Excel 97-2003 工作簿", "ods": "ODS 表格", "csv": "CSV"}


def run_export(args: argparse.Namespace) -> int:
    """Write the register as a spreadsheet."""
    from left_behind import samples
    from left_behind.cli._common import read_register
    from left_behind.cli._redact import redaction_key

    if args.sample == (args.source is not None):
        args.parser.error(
            words(
                "请给出 --from FILE 或 --sample（二者之一）",
                "give --from FILE or --sample (one of them)",
            )
        )
    home = samples.home() if args.sample else read_register(args.source, lang=args.lang)
    extension = os.path.splitext(args.output)[1].lower()
    fmt = "csv" if extension == ".csv" else "xlsx"
    if extension not in (".csv", ".xlsx") and args.output != "-":
        args.parser.error(
            words("OUTPUT 应以 .xlsx 或 .csv 结尾", "OUTPUT must end in .xlsx or .csv")
        )
    sheets = _sheets(args.lang)
    data = sheets.export_register(
        home, format=fmt, layout=args.layout or "workbook", redact=redaction_key(args)
    )
    write_out(args.output, data, overwrite=args.force, lang=args.lang)
    return 0
