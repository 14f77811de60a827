"""Registers a child at a time: JSON Lines, and a register document read as it is parsed.

A county's register holds tens of thousands of children, a province's millions:
read whole, one document costs memory in proportion. Here a register is read
one child at a time, so what reads it holds one child at a time.

**JSON Lines** (``.jsonl``, and ``.jsonl.gz`` compressed): one JSON object a
line. The first line may hold the register's own facts (its name, county...)
under the one key ``"register"``; every other line is a child, as
:func:`~left_behind.io.to_json` writes a :class:`~left_behind.Child`. Blank
lines are skipped. :func:`to_lines` writes such lines, :func:`read_lines`
reads them, and :func:`load_child` makes the child of one line, raising
:class:`~left_behind.InvalidData` with the line's problems, so a bad line is
told apart and the rest go on.

A **register document** (``.json``) streams too with :func:`read_document_stream`,
child by child as they are read.

>>> import left_behind as lb
>>> register = lb.Register(name="示例村", children=lb.samples.shicun().children[:2])
>>> lines = list(to_lines(register))
>>> lines[0]
'{"register": {"schema_version": 2, "name": "示例村"}}'
>>> read = read_lines(lines)
>>> read.header, read.style
({'schema_version': 2, 'name': '示例村'}, 'snake')
>>> [load_child(line, read.style).id for line in read]
['SC-001', 'SC-002']
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs

from left_behind.io._json import from_dict, from_json, not_utf8, to_dict, to_json
from left_behind.kinds import InvalidData, Problem, ProblemCode, Style, Text, camel
from left_behind.model import Child, Home, Register

__all__ = [
    "HEADER_KEY",
    "DocumentStream",
    "Line",
    "LineReader",
    "header_home",
    "load_child",
    "read_document_stream",
    "read_lines",
    "sniff_style",
    "to_lines",
]

HEADER_KEY = "register"
"""The one key of a JSON Lines register's first line when it holds the register's own facts."""

# a key in JSON text: a string followed by a colon
_KEY = re.compile(rb'"([A-Za-z_][A-Za-z0-9_]*)"\s*:')


def sniff_style(head: str | bytes) -> Style:
    """The key style of JSON text, from its first keys: ``"camel"`` when one of them
    has a capital and none an underscore, else ``"snake"``.

    Reading the start of a file is enough to know its style: the loaders read
    only keys of one style, so a file read in the wrong one fails at once and
    can be read again in the other, without reading the whole file twice.

    >>> sniff_style('{"id": "c1", "birthDate": "2016-01-01"}'), sniff_style('{"id": "c1"}')
    ('camel', 'snake')
    """
    data = head.encode("utf-8", "surrogatepass") if isinstance(head, str) else head
    keys = [m.group(1) for m in itertools.islice(_KEY.finditer(data[:65536]), 200)]
    if any(b"_" in k for k in keys):
        return "snake"
    if any(k != k.lower() for k in keys):
        return "camel"
    return "snake"


def to_lines(register: Register, *, style: Style = "snake") -> Iterator[str]:
    """The lines of ``register`` as JSON Lines, without their line ends: the register's
    own facts first (under :data:`HEADER_KEY`), then each child on a line of its own."""
    try:
        facts = to_dict(attrs.evolve(register, children=()), style=style)
    except InvalidData:
        # a home whose records name its children is no home without them: written whole
        facts = to_dict(register, style=style)
    facts.pop("children", None)
    yield json.dumps({HEADER_KEY: facts}, ensure_ascii=False)
    for child in register.children:
        yield to_json(child, style=style)


@attrs.frozen(kw_only=True)
class Line:
    """One child's line as read: its number (from 1) and its text, or the data the
    incremental parser made of it (a register document's child)."""

    number: int
    text: str = ""
    data: Any = None

    def shown(self) -> str:
        """The line as written, for a file of the rejected lines."""
        if self.data is None:
            return self.text
        return json.dumps(self.data, ensure_ascii=False, default=str)


def load_child(line: Line, style: Style) -> Child:
    """The child of one line; :class:`~left_behind.InvalidData` with its problems."""
    if line.data is None:
        return from_json(line.text, Child, style=style)
    return from_dict(line.data, Child, style=style)


class LineReader:
    """The lines of a JSON Lines register, read as they are iterated.

    ``header`` is the register's own facts (the first line's, if it holds
    them; empty otherwise) and ``style`` the key style, given or found from the
    first line; both are known before the children are read.
    """

    def __init__(self, lines: Iterable[str | bytes], *, style: Style | None = None) -> None:
        self._lines = enumerate(lines, start=1)
        self._first: Line | None = None
        self.header: dict[str, Any] = {}
        self.style: Style = style or "snake"
        for number, raw in self._lines:
            text = _text(raw, number)
            if not text.strip():
                continue
            if style is None:
                self.style = sniff_style(text)
            header = _header(text)
            if header is None:
                self._first = Line(number=number, text=text)
            else:
                self.header = header
            break

    def __iter__(self) -> Iterator[Line]:
        if self._first is not None:
            yield self._first
        for number, raw in self._lines:
            text = _text(raw, number)
            if text.strip():
                yield Line(number=number, text=text)


def read_lines(lines: Iterable[str | bytes], *, style: Style | None = None) -> LineReader:
    """A :class:`LineReader` over ``lines`` (an open file, a list of strings...)."""
    return LineReader(lines, style=style)


def _text(raw: str | bytes, number: int) -> str:
    """The line's text, without its line end (nor a byte order mark on the first)."""
    if isinstance(raw, str):
        text = raw
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            # the line is kept, and loading it says what is wrong with it
            text = raw.decode("utf-8", "replace")
    text = text.rstrip("\r\n")
    return text.removeprefix("\ufeff") if number == 1 else text


def _header(text: str) -> dict[str, Any] | None:
    """The register's facts if the line holds them (its one key is :data:`HEADER_KEY`)."""
    if f'"{HEADER_KEY}"' not in text[:64]:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if isinstance(data, dict) and list(data) == [HEADER_KEY] and isinstance(data[HEADER_KEY], dict):
        found: dict[str, Any] = data[HEADER_KEY]
        return found
    return None


# the facts of a register that say nothing about its children, nor need them
_PLAIN = ("schema_version", "name", "county", "township", "village")


def header_home(header: dict[str, Any], style: Style) -> Home | None:
    """The home (no child) of a register's own facts; None when they keep more than its
    name and place (people, pairings, the record of the work), which refer to the
    children: such a register is read whole. :class:`~left_behind.InvalidData` for
    facts that are not valid.

    >>> header_home({"name": "示例村", "county": "某县"}, "snake").county
    '某县'
    >>> header_home({"name": "示例村", "volunteers": []}, "snake") is None
    True
    """
    plain = {camel(k) if style == "camel" else k for k in _PLAIN}
    if any(k not in plain for k in header):
        return None
    return from_dict({**header, "children": []}, Home, style=style)


class DocumentStream:
    """The children of a register document (``{"children": [...], ...}``), one at a
    time as they are read.

    The document is read a megabyte at a time and each value is decoded by the
    standard library's decoder as soon as it is whole: a child's text is kept only
    until it is loaded, so a document of any size is read in the memory of one
    child. ``header`` holds the document's other keys as read so far: a document
    may give them after its children, so it is whole once the children are read.
    A document that is not one JSON object of that kind raises
    :class:`~left_behind.InvalidData` when it is found out.
    """

    def __init__(
        self, file: IO[bytes], *, style: Style | None = None, chunk: int = 1 << 20
    ) -> None:
        self._scan = _Scanner(file, chunk)
        self.style: Style = style or sniff_style(self._scan.head())
        self.header: dict[str, Any] = {}

    def __iter__(self) -> Iterator[Line]:
        scan = self._scan
        scan.take("{")
        numbers = itertools.count(1)
        if scan.char() == "}":
            return
        while True:
            key, _ = scan.value()
            if not isinstance(key, str):
                raise InvalidData([_not_a_register()])
            scan.take(":")
            if key != "children":
                self.header[key] = scan.value()[0]
            else:
                scan.take("[")
                if scan.char() == "]":
                    scan.pos += 1
                else:
                    while True:
                        yield Line(number=next(numbers), text=scan.value()[1])
                        if scan.take(",]") == "]":
                            break
            if scan.take(",}") == "}":
                return


_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# a value that is not whole after this many characters is not JSON: said so, not read on
_LONGEST = 64 * 1024 * 1024


class _Scanner:
    """JSON text read from a binary file a chunk at a time, a value at a time."""

    def __init__(self, file: IO[bytes], chunk: int = 1 << 20) -> None:
        self._file, self._chunk = file, chunk
        self._decode = codecs.getincrementaldecoder("utf-8-sig")().decode
        self.buf, self.pos, self.eof = "", 0, False
        self._more()

    def head(self) -> str:
        return self.buf[self.pos : self.pos + 65536]

    def _more(self) -> bool:
        if self.eof:
            return False
        data = self._file.read(self._chunk)
        try:
            text = self._decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise InvalidData([not_utf8(data, exc)]) from None
        self.buf, self.pos = self.buf[self.pos :] + text, 0
        self.eof = not data
        return True

    def char(self) -> str:
        """The next character that is not white space ('' at the end), not taken."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf) or not self._more():
                return self.buf[self.pos : self.pos + 1]

    def take(self, wanted: str) -> str:
        """The next character, one of ``wanted``: taken; anything else is not a register."""
        c = self.char()
        if not c or c not in wanted:
            raise InvalidData([_not_a_register()])
        self.pos += 1
        return c

    def value(self) -> tuple[Any, str]:
        """The next value, and its text."""
        self.char()
        while True:
            try:
                found, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if len(self.buf) - self.pos > _LONGEST or not self._more():
                    raise InvalidData([_not_json(exc.msg)]) from None
                continue
            if end == len(self.buf) and not self.eof and self._more():
                continue  # a number may go on in the next chunk
            text = self.buf[self.pos : end]
            self.pos = end
            return found, text


def read_document_stream(
    file: IO[bytes], *, style: Style | None = None, chunk: int = 1 << 20
) -> DocumentStream:
    """A :class:`DocumentStream` over an open register document (binary), read ``chunk``
    bytes at a time."""
    return DocumentStream(file, style=style, chunk=chunk)


def _not_json(why: str) -> Problem:
    return Problem.of(
        "$",
        ProblemCode.JSON,
        Text(f"不是有效的 JSON：{why}", f"not valid JSON: {why}"),
    )


def _not_a_register() -> Problem:
    return Problem.of(
        "$",
        ProblemCode.TYPE,
        Text(
            '应为登记册文档：一个 JSON 对象，其中 "children" 为儿童列表',
            'expected a register document: a JSON object whose "children" is a list of children',
        ),
    )
