"""Every source document by its code, and every provision quoted, citable.

The one table of legal sources: a rule cites a provision from here, the
docs list these documents, and the tests check both against it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from left_behind.law._cc import CC
from left_behind.law._document import LegalDocument, Provision, Source
from left_behind.law._fsw import FSW
from left_behind.law._fsw20 import FSW20
from left_behind.law._gf16 import GF16
from left_behind.law._mpl import MPL
from left_behind.law._pipl import PIPL
from left_behind.law._spc06 import SPC06
from left_behind.law._vol import VOL

__all__ = ["DOCUMENTS", "document", "documents", "provisions", "resolve", "source", "sources"]

# Laws first, then the regulation, the interpretation and the policy documents.
_ORDER = (MPL, CC, PIPL, VOL, SPC06, GF16, FSW, FSW20)

DOCUMENTS: Mapping[str, LegalDocument] = MappingProxyType({d.code: d for d in _ORDER})
"""Every registered document by its code."""

if len(DOCUMENTS) != len(_ORDER):  # a programming error in this package, caught by its tests
    raise RuntimeError("two legal documents share a code")


def documents() -> tuple[LegalDocument, ...]:
    """Every registered document, laws first.

    >>> from left_behind import law
    >>> [d.code for d in law.documents()]
    ['MPL', 'CC', 'PIPL', 'VOL', 'SPC06', 'GF16', 'FSW', 'FSW20']
    """
    return _ORDER


def document(code: str) -> LegalDocument:
    """The document with this code (``"MPL"``); an unknown code raises ``KeyError``.

    >>> from left_behind import law
    >>> law.document("VOL").number
    '国务院令第685号'
    >>> law.document("XYZ")
    Traceback (most recent call last):
    ...
    KeyError: "no legal document 'XYZ'; known: MPL, CC, PIPL, VOL, SPC06, GF16, FSW, FSW20"
    """
    try:
        return DOCUMENTS[code]
    except KeyError:
        raise KeyError(f"no legal document {code!r}; known: {', '.join(DOCUMENTS)}") from None


def source(code: str, key: int | str) -> Source:
    """Provision ``key`` of document ``code`` as a :class:`Source`.

    >>> from left_behind import law
    >>> law.source("CC", 18).cite("en")
    'CC art. 18'
    """
    return document(code).source(key)


def provisions() -> tuple[tuple[LegalDocument, Provision], ...]:
    """Every provision quoted, with its document, in the registry's order."""
    return tuple((d, p) for d in _ORDER for p in d.provisions)


def sources() -> tuple[Source, ...]:
    """Every provision quoted, as a :class:`Source`, in the registry's order."""
    return tuple(s for d in _ORDER for s in d.sources())


def resolve(cited: Source) -> tuple[LegalDocument, Provision] | None:
    """The registered document and provision a :class:`Source` cites, if any.

    A source resolves when its code, title and article are those of a
    registered provision; a programme's own rule (``HOME``) resolves to none.

    >>> from left_behind import law
    >>> doc, provision = law.resolve(law.MPL.source(22))
    >>> doc.code, provision.article_en
    ('MPL', 'art. 22')
    """
    doc = DOCUMENTS.get(cited.law)
    if doc is None or cited.title != doc.cited_title:
        return None
    for p in doc.provisions:
        if p.article == cited.article:
            return doc, p
    return None
