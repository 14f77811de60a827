"""最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释 [SPC06].

The Supreme People's Court's interpretation on juvenile criminal cases: its
art. 2 says how an age in 周岁 is counted. What identifies it is declared
once, in ``SPC06`` below; ``SPC06.notes`` says what was checked, and how the
library applies the count.

>>> SPC06.number, SPC06.issued.isoformat(), SPC06.in_force.isoformat()
('法释〔2006〕1号', '2006-01-11', '2006-01-23')
>>> SPC06.keys()
('2',)
"""

from __future__ import annotations

import datetime as dt

from left_behind.law._document import LegalDocument, article

__all__ = ["SPC06"]

SPC06 = LegalDocument(
    code="SPC06",
    title="最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释",
    title_en=(
        "Interpretation of the Supreme People's Court on Several Issues concerning the"
        " Specific Application of Law in the Trial of Criminal Cases Involving Minors"
    ),
    body="最高人民法院",
    body_en="Supreme People's Court",
    number="法释〔2006〕1号",
    issued=dt.date(2006, 1, 11),
    in_force=dt.date(2006, 1, 23),
    notes=(
        "Adopted at the 1373rd meeting of the court's Judicial Committee on 12 December 2005."
        " Art. 2 was checked word for word against a published copy of the whole text and"
        " against several secondary quotations. Art. 2 interprets the 周岁 of art. 17 of the"
        " Criminal Law; the library applies the same count to the ages of the child-protection"
        " texts (and the Civil Code's arts. 201-203 agree for civil periods), which is its"
        " reading, not a holding of the court. The number 法释〔2006〕1号 and the date of effect"
        " (23 January 2006, as the court's announcement is reproduced) were not checked"
        " against the court's gazette; art. 20 itself says it takes effect on publication."
        " No address is recorded."
    ),
    provisions=(
        article(2, "刑法第十七条规定的“周岁”，按照公历的年、月、日计算，从周岁生日的第二天起算。"),
    ),
)
