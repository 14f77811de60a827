"""The one exception for malformed data, and the problems it lists."""

from __future__ import annotations

import ast
import enum
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from left_behind.kinds._text import COLON, Text
from left_behind.kinds._text import Lang as _Lang
from left_behind.kinds._text import Style as _Style

__all__ = ["InvalidData", "Problem", "ProblemCode"]


class ProblemCode(str, enum.Enum):
    """Every code a :class:`Problem` may carry, each with what it means.

    The value is the stable lowercase word that :attr:`Problem.code` and the
    JSON of :meth:`InvalidData.to_dict` carry; :meth:`label` says in Chinese
    or English what kind of thing is wrong. This table is the one list of
    codes: ``docs/problems.md`` is written from it, and a problem cannot be
    made with a code that is not here. A member equals its value, so a client
    may compare ``problem.code == ProblemCode.MISSING``.

    >>> ProblemCode.CHECK_DIGIT.value, ProblemCode.CHECK_DIGIT.label("en")
    ('check_digit', 'the check character of an identity number does not match its digits')
    >>> ProblemCode("missing") is ProblemCode.MISSING, ProblemCode.MISSING == "missing"
    (True, True)
    """

    _value_: str
    meaning: Text

    def __new__(cls, value: str, meaning: Text | None = None) -> ProblemCode:
        # meaning has a default only for type checkers, which read a lookup by
        # value such as ProblemCode("missing") as a call of __new__
        if meaning is None:
            raise TypeError(f"{cls.__name__}: declare each code with its meaning, a Text")
        member = str.__new__(cls, value)
        member._value_ = value
        member.meaning = meaning
        return member

    def label(self, lang: _Lang = "zh") -> str:
        """What the code means: Chinese by default, ``"en"`` for English."""
        return self.meaning.get(lang)

    # how the JSON text is read
    ENCODING = (
        "encoding",
        Text(
            "文本无法以 UTF-8 读取或保存（不是 UTF-8 编码的文件，或含有损坏的字符）",
            "text that is not UTF-8 or cannot be written as UTF-8 (a file in another encoding,"
            " a broken character)",
        ),
    )
    JSON = "json", Text("不是有效的 JSON 文本", "the text is not valid JSON")
    DUPLICATE_KEY = (
        "duplicate_key",
        Text("同一个对象中的键名重复", "a key given twice in one object of the JSON text"),
    )
    TOO_DEEP = (
        "too_deep",
        Text("数据嵌套层数过多，无法读取", "the data is nested too deeply to read"),
    )
    VERSION = (
        "version",
        Text(
            "本库不能读取这个版本（schema_version）", "a schema_version this library does not read"
        ),
    )
    # keys
    MISSING = (
        "missing",
        Text(
            "缺少必填项，或缺少另一项的值所要求的项",
            "a required key is missing, or a key that the value of another asks for",
        ),
    )
    UNKNOWN_KEY = (
        "unknown_key",
        Text("无法识别的键名：该记录没有这一项", "a key that the record does not have"),
    )
    KEY_STYLE = (
        "key_style",
        Text(
            "键名用了另一种写法（snake_case 或 camelCase）",
            "a key written in the other key style (snake_case or camelCase)",
        ),
    )
    # one value
    TYPE = (
        "type",
        Text(
            "值的类型不对（如应为数字却是文本，或整数写成了 1.0）",
            "a value of the wrong JSON type (text for a number, 1.0 for an integer)",
        ),
    )
    CHOICE = "choice", Text("不是可选的值之一", "not one of the values of an enumeration")
    FORMAT = (
        "format",
        Text(
            "文本的格式不对（如身份证号码、电话号码、重复规则）",
            "text not in the shape its kind asks for (an identity number, a phone, a recurrence"
            " rule)",
        ),
    )
    DATE = (
        "date",
        Text(
            "不是真实的日期或时刻（如 2026-02-30）",
            "not a real calendar date or moment (2026-02-30)",
        ),
    )
    CHECK_DIGIT = (
        "check_digit",
        Text(
            "身份证号码的校验码与前 17 位不符",
            "the check character of an identity number does not match its digits",
        ),
    )
    TIME_ZONE = (
        "time_zone",
        Text(
            "时区数据库中没有这个时区名",
            "a time-zone name that the time-zone database does not know",
        ),
    )
    RANGE = "range", Text("数值超出允许的范围", "a number outside its limits")
    EMPTY = (
        "empty",
        Text(
            "不能为空：文本不能只有空白，列表至少要有一项",
            "a value that must hold something is blank or empty",
        ),
    )
    INVALID = (
        "invalid",
        Text("无法读取的值（其他原因）", "a value that could not be read for another reason"),
    )
    # values together
    ORDER = "order", Text("日期或条目的先后顺序不对", "dates or entries out of their order")
    INCONSISTENT = "inconsistent", Text("应当一致的几项互相矛盾", "fields that must agree do not")
    REFERENCE = (
        "reference",
        Text(
            "引用的编号或键不是本文件中任何一条记录的",
            "an id or key that names no record of the document",
        ),
    )
    UNKNOWN = (
        "unknown",
        Text(
            "所指的条目不存在（如通知中没有这一项）",
            "names an item that is not there (of a notice)",
        ),
    )
    DUPLICATE = (
        "duplicate",
        Text(
            "只能出现一次的编号或条目出现了多次",
            "an id or an entry given more than once where once is allowed",
        ),
    )


PROBLEMS_REFERENCE = "docs/problems.md"
"""Where :func:`problem_codes_reference` is kept, checked against the table by a test."""

REGENERATE_PROBLEMS = (
    'python -c "from left_behind.kinds._errors import problem_codes_reference as r;'
    " print(r(), end='')\" > docs/problems.md"
)
"""The command that writes ``docs/problems.md`` afresh."""

_PROBLEMS_INTRO = """\
Every loader and every record's constructor raises one exception for malformed data,
`InvalidData`, listing every problem it found. Each problem has its `path` (where, as
`$.children[0].birth_date`, in the key style of the data read), `keys` (the same as a list),
a `code` and two messages, `message_zh` and `message_en`, that say what is wrong there and
how to fix it. The code is one of the stable lowercase words below, declared once in
`ProblemCode`: a program acts on the code, a person reads the message. A code is never
renamed; a new one may be added.

```python
>>> import left_behind as lb
>>> try:
...     lb.from_json('{"on": "2026-03-01", "parent": "mother", "party": "both"}',
...                  lb.ContactEvent)
... except lb.InvalidData as e:
...     [(p.path, p.code) for p in e.problems]
[('$.mode', 'missing')]
>>> from left_behind.kinds import ProblemCode
>>> ProblemCode("missing") is ProblemCode.MISSING, ProblemCode.MISSING == "missing"
(True, True)
>>> print(lb.kinds.ProblemCode.CHECK_DIGIT.label())
身份证号码的校验码与前 17 位不符

```

The JSON form of the problems (`InvalidData.to_dict`) is described in the file-format
reference; its section "What only the loader checks" says which checks the JSON Schema
cannot make, by these codes.
"""


def problem_codes_reference() -> str:
    """``docs/problems.md``: every :class:`ProblemCode` with what it means, in Markdown.

    >>> print(problem_codes_reference().splitlines()[0])
    # Problem codes
    >>> "| `check_digit` | 身份证号码的校验码与前 17 位不符 |" in problem_codes_reference()
    True
    """
    rows = [f"| `{c.value}` | {c.label()} | {c.label('en')} |" for c in ProblemCode]
    return "\n".join(
        [
            "# Problem codes",
            "",
            "<!-- Generated from left_behind.kinds.ProblemCode: a test fails when this file"
            f" differs. Regenerate it with: {REGENERATE_PROBLEMS} -->",
            "",
            _PROBLEMS_INTRO,
            "| Code | 含义 | Meaning |",
            "|---|---|---|",
            *rows,
            "",
        ]
    )


def _known_code(code: str) -> str:
    """The code as plain text, if it is one of :class:`ProblemCode` (a typo is refused)."""
    try:
        known: str = ProblemCode(code).value
    except ValueError:
        raise ValueError(
            f"{code!r} is not a problem code: the codes are those of ProblemCode"
        ) from None
    return known


@attrs.frozen(kw_only=True, slots=True)
class Problem:
    """One thing wrong with the data: where, what, and a code for machines.

    ``path`` is a JSONPath-like location as the client sent it
    (``$.children[3].birthDate``), and :attr:`keys` the same as a list of
    keys and indexes; ``code`` is a stable lowercase word, one of
    :class:`ProblemCode` (``missing``, ``unknown_key``, ``type``, ``format``,
    ``check_digit``, ``inconsistent``...: ``docs/problems.md`` lists them all,
    and any other is refused); ``message_zh`` and ``message_en`` say in plain
    words, in Chinese and in English, what is wrong and how to fix it, and
    never repeat an identity number, phone or address whole;
    :attr:`message_text` is the two as one :class:`~left_behind.kinds.Text`.

    >>> p = Problem(path="$.children[0].sex", code="choice",
    ...             message_zh="应为以下之一：'male'、'female'",
    ...             message_en="expected one of 'male', 'female'")
    >>> p.message(), p.message("en"), p.keys
    ("应为以下之一：'male'、'female'", "expected one of 'male', 'female'", ('children', 0, 'sex'))
    """

    path: str
    code: str = attrs.field(converter=_known_code)
    message_en: str
    message_zh: str

    @classmethod
    def of(cls, path: str, code: ProblemCode, message: Text) -> Problem:
        """The problem at ``path`` of ``code``, its message a :class:`Text`.

        >>> Problem.of("$.sex", ProblemCode.CHOICE, Text("应为 'male'", "expected 'male'"))
        Problem(path='$.sex', code='choice', message_en="expected 'male'", message_zh="应为 'male'")
        """
        return cls(path=path, code=code.value, message_en=message.en, message_zh=message.zh)

    @property
    def message_text(self) -> Text:
        """The message in both languages."""
        return Text(self.message_zh, self.message_en)

    def message(self, lang: _Lang = "zh") -> str:
        """The message in Chinese (the default) or English."""
        return self.message_text.get(lang)

    @property
    def keys(self) -> tuple[str | int, ...]:
        """The path as keys and list indexes, from the top: ``('children', 0, 'sex')``."""
        return path_keys(self.path)

    def text(self, lang: _Lang = "zh") -> str:
        """One line for people: the path, the message and the code."""
        return f"{self.path}{COLON.get(lang)}{self.message(lang)} [{self.code}]"

    def to_dict(self, *, style: _Style = "snake") -> dict[str, Any]:
        """Plain data for a client: see :meth:`InvalidData.to_dict`."""
        zh, en = ("messageZh", "messageEn") if style == "camel" else ("message_zh", "message_en")
        return {
            "path": self.path,
            "keys": list(self.keys),
            "code": self.code,
            zh: self.message_zh,
            en: self.message_en,
        }

    def __str__(self) -> str:
        return self.text("en")


_STEP = re.compile(r"\.([^.\[]+)|\[([0-9]+)\]|\[('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]")


def path_keys(path: str) -> tuple[str | int, ...]:
    """The keys and indexes of a path as :class:`Problem` writes it.

    >>> path_keys("$.care[0].carer.records[1]")
    ('care', 0, 'carer', 'records', 1)
    >>> path_keys("$['99**85'].x"), path_keys("$")
    (('99**85', 'x'), ())
    """
    keys: list[str | int] = []
    at = 1 if path.startswith("$") else 0
    while at < len(path):
        m = _STEP.match(path, at)
        if m is None:  # not a path this library writes: keep the rest whole
            keys.append(path[at:])
            break
        name, index, quoted = m.groups()
        if name is not None:
            keys.append(name)
        elif index is not None:
            keys.append(int(index))
        else:
            keys.append(str(ast.literal_eval(quoted)))
        at = m.end()
    return tuple(keys)


def join_path(prefix: str, suffix: str) -> str:
    """Join a parent path and a child path (``$`` stands for "here").

    >>> join_path("$.children[2]", "$.birth_date")
    '$.children[2].birth_date'
    >>> join_path("$", "$[0]")
    '$[0]'
    """
    if suffix == "$":
        return prefix
    return prefix + suffix[1:]


class InvalidData(ValueError):
    """Malformed data: every problem found, each with its path.

    Raised by every loader (``from_dict``, ``from_json``) and by every model
    constructor. It is a ``ValueError``, so code that already catches
    ``ValueError`` keeps working; read :attr:`problems` for the details.
    ``str()`` is in English, for logs and tracebacks; :meth:`text` gives the
    same in Chinese (the default) or English, for people.

    >>> err = InvalidData([Problem(path="$.sex", code="choice",
    ...                            message_zh="应为以下之一：'male'、'female'",
    ...                            message_en="expected one of 'male', 'female'")])
    >>> print(err)
    1 problem:
      $.sex: expected one of 'male', 'female' [choice]
    >>> print(err.text())
    1 个问题：
      $.sex：应为以下之一：'male'、'female' [choice]
    """

    problems: tuple[Problem, ...]
    complete: bool
    """False when some checks could not run because they need a value that
    could not be read (a date that is not a date, say): more problems may
    follow once these are fixed. The text says so on its last line."""

    def __init__(self, problems: Iterable[Problem], *, complete: bool = True) -> None:
        self.problems = tuple(problems)
        self.complete = complete
        super().__init__(self.text("en"))

    def text(self, lang: _Lang = "zh") -> str:
        """Every problem, one a line, under a count: Chinese by default, or English."""
        n = len(self.problems)
        head = Text(f"{n} 个问题：", f"{n} problem" + ("" if n == 1 else "s") + ":").get(lang)
        lines = [head, *(f"  {p.text(lang)}" for p in self.problems)]
        if not self.complete:
            lines.append(MORE_MAY_FOLLOW.get(lang))
        return "\n".join(lines)

    def to_dict(self, *, style: _Style = "snake") -> dict[str, Any]:
        """The problems as plain data, for a client: the one documented JSON form.

        ``{"problems": [...]}``, each problem an object with its ``path`` as
        text (``$.children[0].birth_date``, in the key style of the data that
        was read), ``keys``, the same path as a list of keys and indexes
        (``["children", 0, "birth_date"]``), its ``code`` and its messages
        ``message_zh`` and ``message_en``. With ``style="camel"`` the two
        message keys are ``messageZh`` and ``messageEn``; the paths are
        those of the data as it was sent. ``complete`` is false when some
        checks could not run for a value that could not be read, so that
        more problems may follow once these are fixed (:attr:`complete`).

        >>> import left_behind as lb
        >>> try:
        ...     lb.from_json('{"on": "2026-03-01", "parent": "mother", "party": "both"}',
        ...                  lb.ContactEvent, style="camel")
        ... except lb.InvalidData as e:
        ...     print(e.to_json(style="camel", indent=1))
        {
         "problems": [
          {
           "path": "$.mode",
           "keys": [
            "mode"
           ],
           "code": "missing",
           "messageZh": "缺少必填项，应为以下之一：'call'、'video'、'visit'",
           "messageEn": "required key is missing: one of 'call', 'video', 'visit'"
          }
         ],
         "complete": true
        }
        """
        if style not in ("snake", "camel"):
            raise ValueError(f"style must be 'snake' or 'camel', not {style!r}")
        return {
            "problems": [p.to_dict(style=style) for p in self.problems],
            "complete": self.complete,
        }

    def to_json(self, *, style: _Style = "snake", indent: int | None = None) -> str:
        """:meth:`to_dict` as JSON text (Chinese written as is)."""
        return json.dumps(self.to_dict(style=style), ensure_ascii=False, indent=indent)

    def __str__(self) -> str:
        return self.text("en")

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.problems, self.complete))


def _rebuild(problems: tuple[Problem, ...], complete: bool) -> InvalidData:
    return InvalidData(problems, complete=complete)


MORE_MAY_FOLLOW = Text(
    "（有些检查要用到上面无法读取的值，改正后可能还会发现其他问题）",
    "(some checks need values above that could not be read: more problems may"
    " follow once these are fixed)",
)
"""The last line of :meth:`InvalidData.text` when not every check could run."""


# Tracebacks and reprs name the public path (``left_behind.InvalidData``), the
# one a caller imports, not the private module that defines them.
InvalidData.__module__ = Problem.__module__ = ProblemCode.__module__ = "left_behind"
