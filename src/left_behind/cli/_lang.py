"""The language of the command line's own words: help, usage errors, the system's reasons.

``--lang`` names it; without it a Chinese locale (``LC_ALL``, ``LC_MESSAGES``,
``LANG``, in the order POSIX reads them) gives Chinese, anything else English.
Only the adapter reads the environment: the core is told the language.
argparse's own words (``usage:``, ``options``, ``error:``...) go through its
gettext hook, which :func:`speaking` points at a catalogue while a command runs.
"""

from __future__ import annotations

import argparse
import contextlib
import contextvars
import errno
from collections.abc import Callable, Iterator, Mapping, Sequence

from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from typing import Any

    from left_behind.kinds import Lang

__all__ = [
    "ARGPARSE_ZH",
    "chosen_lang",
    "help_lang",
    "reason",
    "say",
    "speaking",
    "ui_lang",
    "words",
]

_LANGS: tuple[Lang, ...] = ("zh", "en")

_HELP_LANG: contextvars.ContextVar[Lang] = contextvars.ContextVar("help_lang", default="en")


def chosen_lang(argv: Sequence[str]) -> Lang | None:
    """The language that ``--lang`` names in ``argv`` (the last one wins), if any.

    Read before the parser runs, so that ``--help`` is already in it.

    >>> chosen_lang(["summary", "--sample", "--lang", "en"])
    'en'
    >>> chosen_lang(["--lang=zh", "check", "--help"]), chosen_lang(["check", "--", "--lang"])
    ('zh', None)
    """
    found: Lang | None = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        for lang in _LANGS:
            if value == lang:
                found = lang
    return found


def ui_lang(argv: Sequence[str], environ: Mapping[str, str]) -> Lang:
    """The language of help and messages: ``--lang``, else the locale's, else English.

    >>> ui_lang([], {"LANG": "zh_CN.UTF-8"}), ui_lang([], {"LC_ALL": "C", "LANG": "zh_CN"})
    ('zh', 'en')
    >>> ui_lang(["--lang", "en"], {"LC_ALL": "zh_TW.UTF-8"})
    'en'
    """
    chosen = chosen_lang(argv)
    if chosen is not None:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def help_lang() -> Lang:
    """The language the parser is being built and run in (English outside :func:`speaking`)."""
    return _HELP_LANG.get()


def say(text: Text) -> str:
    """``text`` in the help language: for help texts declared as ``Text(zh, en)``."""
    return text.get(help_lang())


def words(zh: str, en: str) -> str:
    """A help text in the help language, declared where it is used."""
    return say(Text(zh, en))


ARGPARSE_ZH: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "commands": "命令",
    "subcommands": "子命令",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示程序的版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少以下必需的参数：%s",
    "one of the arguments %s is required": "必须给出以下参数之一：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "无效的选项：%(value)r（可选：%(choices)s）"
    ),
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "多余的参数值 %r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": (
        "有歧义的选项：%(option)s 可以是 %(matches)s"
    ),
    "unexpected option string: %s": "意外的选项：%s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "未知的命令 %(parser_name)r（可选：%(choices)s）"
    ),
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}
"""argparse's own words in Chinese, keyed by its message ids (Python 3.10 to 3.13)."""


@contextlib.contextmanager
def speaking(lang: Lang) -> Iterator[None]:
    """Build and run the parser in ``lang``: its help texts and argparse's own words.

    argparse looks its words up through its module's ``_`` and ``ngettext``
    at the moment it needs them, so pointing those at the catalogue is enough;
    they are put back afterwards.
    """
    token = _HELP_LANG.set(lang)
    module: Any = argparse
    saved: tuple[Callable[..., str], Callable[..., str]] = (module._, module.ngettext)

    def gettext(message: str) -> str:
        if not isinstance(message, str):
            return message
        # argparse's words are English: a Text of them and their Chinese reads as asked
        return Text(ARGPARSE_ZH.get(message, message), message).get(lang)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    module._, module.ngettext = gettext, ngettext
    try:
        yield
    finally:
        module._, module.ngettext = saved
        _HELP_LANG.reset(token)


_REASONS: dict[int, Text] = {
    errno.ENOENT: Text("没有这个文件或目录", "No such file or directory"),
    errno.EACCES: Text("没有权限", "Permission denied"),
    errno.EPERM: Text("不允许的操作", "Operation not permitted"),
    errno.EISDIR: Text("这是一个目录，不是文件", "Is a directory"),
    errno.ENOTDIR: Text("路径中有一部分不是目录", "Not a directory"),
    errno.ENAMETOOLONG: Text("文件名太长", "File name too long"),
    errno.ELOOP: Text("符号链接太多层", "Too many levels of symbolic links"),
    errno.ENOSPC: Text("磁盘没有剩余空间", "No space left on device"),
    errno.EROFS: Text("文件系统是只读的", "Read-only file system"),
    errno.EEXIST: Text("文件已经存在", "File exists"),
    errno.EMFILE: Text("打开的文件太多", "Too many open files"),
    errno.EIO: Text("输入输出错误", "Input/output error"),
    errno.EINVAL: Text("无效的参数", "Invalid argument"),
    errno.EBUSY: Text("设备或资源忙", "Device or resource busy"),
}


def reason(e: OSError) -> Text:
    """Why the system could not read or write a file, in both languages.

    The common reasons have their Chinese; any other keeps the system's words
    in both, with its number.

    >>> reason(FileNotFoundError(errno.ENOENT, "No such file or directory")).zh
    '没有这个文件或目录'
    >>> reason(OSError(errno.EXDEV, "Invalid cross-device link"))
    Text(zh='Invalid cross-device link（错误码 18）', en='Invalid cross-device link')
    """
    system = e.strerror or str(e)
    known = _REASONS.get(e.errno) if e.errno is not None else None
    if known is not None:
        return Text(known.zh, system)
    return Text(f"{system}（错误码 {e.errno}）" if e.errno else system, system)
