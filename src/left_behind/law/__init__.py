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

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.law import (
    _ages,
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
from left_behind.law._ages import *  # noqa: F403
from left_behind.law._cc import *  # noqa: F403
from left_behind.law._document import *  # noqa: F403
from left_behind.law._fsw import *  # noqa: F403
from left_behind.law._fsw20 import *  # noqa: F403
from left_behind.law._gf16 import *  # noqa: F403
from left_behind.law._mpl import *  # noqa: F403
from left_behind.law._pipl import *  # noqa: F403
from left_behind.law._registry import *  # noqa: F403
from left_behind.law._spc06 import *  # noqa: F403
from left_behind.law._vol import *  # noqa: F403

__all__ = [
    *_cc.__all__,
    *_document.__all__,
    *_fsw.__all__,
    *_fsw20.__all__,
    *_gf16.__all__,
    *_mpl.__all__,
    *_pipl.__all__,
    *_registry.__all__,
    *_spc06.__all__,
    *_vol.__all__,
    *_ages.__all__,
]
