"""The legal sources, as data: one module per document, each with its references.

Every document the rules and classifications rest on is a
:class:`LegalDocument` (title, issuing body, number, dates, address,
limitations) holding the provisions the library quotes, word for word. A
rule cites a provision as a :class:`Source`:

>>> from left_behind import law
>>> law.MPL.source(22).cite(), law.MPL.source(22).cite("en")
('《中华人民共和国未成年人保护法》第二十二条', 'MPL art. 22')
>>> law.FSW.number, law.FSW.in_force.isoformat()
('民发〔2019〕62号', '2020-01-01')
>>> print(law.SPC06.provision(2).text)
刑法第十七条规定的“周岁”，按照公历的年、月、日计算，从周岁生日的第二天起算。

The ages the law fixes are named once, beside the document that fixes them,
and a test reads each in the provision's words:

>>> law.ALONE_UNDER, law.zh_numeral(law.ALONE_UNDER) in law.MPL.provision(21).text
(16, True)

This layer depends on nothing above the records' base: the rules import it,
never the reverse.
"""

from left_behind.law import (
    _cc,
    _document,
    _fsw,
    _fsw20,
    _gf16,
    _mpl,
    _pipl,
    _registry,
    _spc06,
    _vol,
)
from left_behind.law._cc import ADULT_FROM as ADULT_FROM
from left_behind.law._cc import CC as CC
from left_behind.law._cc import FULL_CAPACITY_FROM as FULL_CAPACITY_FROM
from left_behind.law._cc import LIMITED_CAPACITY_FROM as LIMITED_CAPACITY_FROM
from left_behind.law._document import LegalDocument as LegalDocument
from left_behind.law._document import Provision as Provision
from left_behind.law._document import Source as Source
from left_behind.law._document import article as article
from left_behind.law._document import zh_numeral as zh_numeral
from left_behind.law._fsw import FSW as FSW
from left_behind.law._fsw import OUT_OF_CONTACT_MONTHS as OUT_OF_CONTACT_MONTHS
from left_behind.law._fsw20 import FSW20 as FSW20
from left_behind.law._gf16 import GF16 as GF16
from left_behind.law._gf16 import LEFT_BEHIND_UNDER as LEFT_BEHIND_UNDER
from left_behind.law._mpl import ALONE_UNDER as ALONE_UNDER
from left_behind.law._mpl import MPL as MPL
from left_behind.law._mpl import UNATTENDED_UNDER as UNATTENDED_UNDER
from left_behind.law._pipl import CONSENT_UNDER as CONSENT_UNDER
from left_behind.law._pipl import PIPL as PIPL
from left_behind.law._registry import DOCUMENTS as DOCUMENTS
from left_behind.law._registry import document as document
from left_behind.law._registry import documents as documents
from left_behind.law._registry import provisions as provisions
from left_behind.law._registry import resolve as resolve
from left_behind.law._registry import source as source
from left_behind.law._registry import sources as sources
from left_behind.law._spc06 import SPC06 as SPC06
from left_behind.law._vol import VOL as VOL

# Each name is declared public once, in its submodule's ``__all__``, and the
# package's is composed from them; the ``X as X`` imports above mark the same
# names as re-exported for the linters, and a test keeps the two in step.
__all__: list[str] = []
__all__ += _document.__all__
__all__ += _registry.__all__
__all__ += _mpl.__all__
__all__ += _cc.__all__
__all__ += _pipl.__all__
__all__ += _vol.__all__
__all__ += _spc06.__all__
__all__ += _gf16.__all__
__all__ += _fsw.__all__
__all__ += _fsw20.__all__
