"""The provisions the rules cite, named once, from the legal sources in :mod:`left_behind.law`.

The words, titles, numbers and dates live there, one module per document;
here each provision a rule rests on gets the name the rules use.

>>> from left_behind.rules import default_rules
>>> src = default_rules().get("MPL-23-notice").source
>>> src.cite(), src.cite("en")
('《中华人民共和国未成年人保护法》第二十三条', 'MPL art. 23')
"""

from __future__ import annotations

from left_behind.law import CC, GF16, MPL, PIPL

__all__ = [
    "CC_27",
    "GF16_REPORT",
    "MPL_21",
    "MPL_22",
    "MPL_23",
    "MPL_62",
    "PIPL_31",
]

MPL_21 = MPL.source(21)
MPL_22 = MPL.source(22)
MPL_23 = MPL.source(23)
MPL_62 = MPL.source(62)
GF16_REPORT = GF16.source("III(1)")
PIPL_31 = PIPL.source(31)
CC_27 = CC.source(27)
