"""Every command's own help in the language asked for, with no sentence of the other."""

from __future__ import annotations

import re

import pytest

from left_behind.cli import main

COMMANDS = (
    "week",
    "summary",
    "report",
    "check",
    "risk",
    "due",
    "pair",
    "plan",
    "volunteers",
    "calls",
    "sample",
    "template",
    "redact",
    "schema",
    "convert",
    "import",
    "export",
)

# What the Chinese help may hold in Latin letters: option names, metavars and
# choices, file and module names, JSON keys and codes in quotes or backticks.
_ALLOWED = (
    r"--?[a-z][a-z-]*",  # --sample, -h
    r"\{[^}]*\}",  # {zh,en}
    r"`[^`]*`",  # `left-behind schema`
    r'"[^"]*"',  # "terms", "summary"
    r"\b[A-Z][A-Z0-9_-]*\b",  # FILE, YYYY-MM-DD, JSON
    r"\b[\w./-]*[._/][\w./-]*",  # left_behind.to_json, docs/file-format.md, snake_case
    r"\bleft-behind(?: [a-z]+)?",  # the program's name, and a command's
)
_ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[ ,;:']+[A-Za-z]+){2,}")
_HAN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _help(capsys: pytest.CaptureFixture[str], lang: str, command: str) -> str:
    status = main(["--lang", lang, command, "--help"])
    out, _ = capsys.readouterr()
    assert status == 0
    return out


@pytest.mark.parametrize("command", COMMANDS)
def test_the_chinese_help_has_no_english_sentence(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    text = _help(capsys, "zh", command)
    for allowed in _ALLOWED:
        text = re.sub(allowed, " ", text)
    assert _ENGLISH_RUN.findall(text) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_the_english_help_has_no_chinese(capsys: pytest.CaptureFixture[str], command: str) -> None:
    assert _HAN.findall(_help(capsys, "en", command)) == []


def test_every_command_is_tested() -> None:
    from left_behind.cli import _parser

    parser = _parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    assert set(commands.choices) == set(COMMANDS)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("argv", "zh", "en"),
    [
        (["check", "--sample", "--on", "2026-02-30"], "不是真实存在的日期", "is not a real date"),
        (["check", "--sample", "--on", "1/9/2026"], "日期应写作", "expected a date"),
        (["summary", "--sample", "--month", "2026-13"], "月份应写作", "expected a month"),
        (["summary", "--sample", "--year", "MMXXVI"], "年份应写作", "expected a year"),
        (["summary", "--sample", "--term", "2026-winter"], "学期应写作", "expected a term"),
        (["due", "--sample", "--within", "0"], "应在 1 至 3650 之间", "must be from 1 to 3650"),
        (["due", "--sample", "--within", "a week"], "应为整数", "expected a whole number"),
        (["calls", "--sample", "--computers", "101"], "应在 0 至 100 之间", "from 0 to 100"),
        (["volunteers", "--sample", "--due", "-1"], "应在 0 至 3650 之间", "from 0 to 3650"),
        (["schema", "nothing"], "没有名为 'nothing' 的记录", "no record called 'nothing'"),
        (["check", "--sample", "--rule", "NO-SUCH"], "检查中没有 id 为", "no rule in the check"),
        (["plan", "--sample", "--from", "2026-09-09", "--to", "2026-09-01"], "早于", "is before"),
    ],
)
def test_the_argument_checks_speak_the_language_of_lang(
    capsys: pytest.CaptureFixture[str], argv: list[str], zh: str, en: str
) -> None:
    for lang, said, other in (("zh", zh, en), ("en", en, zh)):
        status = main([*argv, "--lang", lang])
        _, err = capsys.readouterr()
        assert status == 2 and said in err and other not in err, (lang, err)
    assert _HAN.search(en) is None
