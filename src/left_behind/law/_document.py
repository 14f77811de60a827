"""What a legal source is: a document, its provisions, and a citation of one.

A :class:`LegalDocument` is one law, regulation, judicial interpretation or
policy document, with the facts that identify it (title, issuing body,
number, dates, public address) and the provisions the library quotes, each
a :class:`Provision` in the document's own words. ``document.source(key)``
gives the :class:`Source` a rule or a finding carries.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from left_behind.kinds import (
    Lang,
    Order,
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    field,
    problem,
)

__all__ = ["LegalDocument", "Provision", "Source", "article", "zh_numeral"]

_DIGITS = "零一二三四五六七八九"
_UNITS = ("千", "百", "十", "")
# Codes stand at the head of rule ids (MPL-22-...), so they hold no hyphen.
_CODE = re.compile(r"[A-Z][A-Z0-9]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def zh_numeral(n: int) -> str:
    """``n`` (1 to 9999) in Chinese numerals, as laws number their articles.

    >>> [zh_numeral(n) for n in (11, 20, 103, 110, 201, 1259)]
    ['十一', '二十', '一百零三', '一百一十', '二百零一', '一千二百五十九']
    """
    if not 0 < n < 10000:
        raise ValueError(f"articles are numbered from 1 to 9999, not {n}")
    digits = (n // 1000, n // 100 % 10, n // 10 % 10, n % 10)
    out: list[str] = []
    gap = False
    for digit, unit in zip(digits, _UNITS, strict=True):
        if digit == 0:
            gap = bool(out)
            continue
        if gap:
            out.append("零")
            gap = False
        out.append(_DIGITS[digit] + unit)
    text = "".join(out)
    # "十一", not "一十一": a leading one before ten is dropped below twenty
    return text[1:] if 10 <= n < 20 else text


@attrs.frozen(kw_only=True)
class Source(Record):
    """The provision a rule rests on: the law, the article, and its words.

    ``law`` is the short code used in rule ids: a registered document's
    (``MPL``; see :func:`~left_behind.law.documents`), or one of a
    programme's own (``HOME``); ``article`` is the article as the text
    numbers it, ``article_en`` the same in English (optional). The registered
    documents give theirs with :meth:`LegalDocument.source`.
    """

    law: str
    title: str
    article: str
    text: str
    article_en: str = ""

    def cite(self, lang: Lang = "zh") -> str:
        """A short citation: the title and the article.

        >>> from left_behind.law._mpl import MPL
        >>> src = MPL.source(23)
        >>> src.cite(), src.cite("en")
        ('《中华人民共和国未成年人保护法》第二十三条', 'MPL art. 23')
        """
        return Text(
            f"《{self.title}》{self.article}", f"{self.law} {self.article_en or self.article}"
        ).get(lang)

    @property
    def key(self) -> str:
        """How a report names this source: its short English citation.

        A report lists each source once, and each finding names its source
        by this key.

        >>> from left_behind.law._gf16 import GF16

        >>> from left_behind.law._mpl import MPL
        >>> MPL.source(22).key, GF16.source("III(1)").key
        ('MPL art. 22', 'GF16 part III (1), mandatory reporting')
        """
        return self.cite("en")


@attrs.frozen(kw_only=True)
class Provision(Record):
    """One provision of a document, in the document's own words.

    ``key`` is how callers name it (``"22"`` for art. 22, ``"III(1)"`` for a
    numbered part of a policy document); ``article`` is its number as the text
    writes it, ``article_en`` the same in English. ``text`` is the provision
    word for word, one paragraph a line; ``note`` says when only part of it
    is quoted, or what could not be checked.
    """

    key: str = field(not_blank=True, words=("条款编号", "the provision's key"))
    article: str = field(not_blank=True, words=("条款序号", "the article as the text numbers it"))
    article_en: str = field(not_blank=True, words=("英文条款序号", "the article in English"))
    text: str = field(not_blank=True, words=("条文", "the provision's words"))
    note: str = ""

    def _problems(self) -> Iterator[Problem]:
        if self.text.strip() and not _HAN.search(self.text):
            yield problem(
                "$.text",
                ProblemCode.FORMAT,
                Text("条文应按原文以中文引用", "the text is quoted in Chinese, as enacted"),
            )


def article(number: int, *paragraphs: str, note: str = "") -> Provision:
    """An article numbered the usual way (第二十二条, art. 22), one paragraph an argument.

    >>> a = article(1259, "民法所称的……")
    >>> a.key, a.article, a.article_en
    ('1259', '第一千二百五十九条', 'art. 1259')
    """
    return Provision(
        key=str(number),
        article=f"第{zh_numeral(number)}条",
        article_en=f"art. {number}",
        text="\n".join(paragraphs),
        note=note,
    )


@attrs.frozen(kw_only=True)
class LegalDocument(Record):
    """One source document: what identifies it, and the provisions quoted from it.

    ``code`` is the short code of rule ids (``MPL``); ``title`` the full
    Chinese title, ``title_en`` an English one; ``body`` the issuing body in
    Chinese, ``body_en`` in English; ``number`` the document or order number
    (国发〔2016〕13号), if any; ``issued`` the date it was adopted or issued
    (the date it bears), None when no copy seen gave it (the notes then say
    what is known), and ``in_force`` the date it took effect, when that
    differs or is known; ``url`` a public address of the text, where one is
    recorded (the notes say how it was found); ``notes`` its limitations:
    what was verified and what was not.
    A policy document is cited with its number after the title
    (``cite_number``), as such documents are in practice.

    >>> from left_behind.law._gf16 import GF16
    >>> GF16.source("III(1)").cite()
    '《国务院关于加强农村留守儿童关爱保护工作的意见（国发〔2016〕13号）》三（一）建立强制报告机制'
    >>> GF16.provision("IV")
    Traceback (most recent call last):
    ...
    KeyError: "GF16 has no provision 'IV'; quoted: I, III(1)"
    """

    code: str
    title: str = field(not_blank=True, words=("标题", "the title"))
    title_en: str = field(not_blank=True, words=("英文标题", "the English title"))
    body: str = field(not_blank=True, words=("发布机关", "the issuing body"))
    body_en: str = field(not_blank=True, words=("发布机关（英文）", "the issuing body in English"))
    issued: dt.date | None = field(default=None, words=("发布日期", "the date it bears"))
    number: str = ""
    in_force: dt.date | None = field(
        default=None,
        not_before=Order(
            "issued",
            "takes effect {value}, before the date it bears {other}",
            "施行日期 {value} 早于发布日期 {other}",
        ),
    )
    url: str = ""
    notes: str = ""
    cite_number: bool = False
    provisions: tuple[Provision, ...] = attrs.field(default=(), converter=as_tuple)

    def _problems(self) -> Iterator[Problem]:
        if not _CODE.fullmatch(self.code):
            yield problem(
                "$.code",
                ProblemCode.FORMAT,
                Text(
                    "代码由大写字母和数字组成，与规则编号一致（如 MPL）",
                    "a code is capital letters and digits, as in rule ids (MPL)",
                ),
            )
        if self.issued is None and not self.notes.strip():
            yield problem(
                "$.issued",
                ProblemCode.MISSING,
                Text(
                    "未见发布日期的文件须在说明中写明已知的情况",
                    "a document whose date was not seen says in its notes what is known of it",
                ),
            )
        if self.cite_number and not self.number:
            yield problem(
                "$.number",
                ProblemCode.MISSING,
                Text(
                    "引用时带文号的文件必须写明文号",
                    "a document cited with its number needs one",
                ),
            )
        if self.url and not self.url.startswith(("http://", "https://")):
            yield problem(
                "$.url",
                ProblemCode.FORMAT,
                Text(
                    "网址应以 http:// 或 https:// 开头",
                    "an address starts with http:// or https://",
                ),
            )
        seen: set[str] = set()
        for i, p in enumerate(self.provisions):
            if p.key in seen:
                yield problem(
                    f"$.provisions[{i}].key",
                    ProblemCode.DUPLICATE,
                    Text(f"{p.key!r} 出现了两次", f"{p.key!r} is given twice"),
                )
            seen.add(p.key)

    @property
    def cited_title(self) -> str:
        """The title as citations give it: with the number, for a policy document."""
        return f"{self.title}（{self.number}）" if self.cite_number else self.title

    def keys(self) -> tuple[str, ...]:
        """The keys of the provisions quoted, in the document's order."""
        return tuple(p.key for p in self.provisions)

    def provision(self, key: int | str) -> Provision:
        """The provision ``key`` (an article number, or a key such as ``"III(1)"``)."""
        wanted = str(key)
        for p in self.provisions:
            if p.key == wanted:
                return p
        raise KeyError(f"{self.code} has no provision {wanted!r}; quoted: {', '.join(self.keys())}")

    def source(self, key: int | str) -> Source:
        """The provision ``key`` as a :class:`Source`, for a rule or a finding to cite."""
        p = self.provision(key)
        return Source(
            law=self.code,
            title=self.cited_title,
            article=p.article,
            text=p.text,
            article_en=p.article_en,
        )

    def sources(self) -> tuple[Source, ...]:
        """Every provision quoted, as a :class:`Source`."""
        return tuple(self.source(p.key) for p in self.provisions)
