"""国务院关于加强农村留守儿童关爱保护工作的意见 [GF16].

The State Council's opinion on the care and protection of rural left-behind
children: the definition of a left-behind child (part I) and the mandatory
report (part III (1)). What identifies it is declared once, in ``GF16``
below; ``GF16.notes`` and each provision's note say what was checked.

>>> GF16.number, GF16.issued.isoformat(), GF16.in_force
('国发〔2016〕13号', '2016-02-04', None)
>>> GF16.keys()
('I', 'III(1)')
"""

from __future__ import annotations

import datetime as dt

from left_behind.law._document import LegalDocument, Provision

__all__ = ["GF16", "LEFT_BEHIND_UNDER"]

GF16 = LegalDocument(
    code="GF16",
    title="国务院关于加强农村留守儿童关爱保护工作的意见",
    title_en=(
        "Opinions of the State Council on Strengthening the Care and Protection of"
        " Left-behind Children in Rural Areas"
    ),
    body="国务院",
    body_en="State Council",
    number="国发〔2016〕13号",
    issued=dt.date(2016, 2, 4),
    cite_number=True,
    notes=(
        "A policy document (意见) addressed to the provincial governments and the State"
        " Council's departments: it binds the administration, not the families, and has no"
        " separate date of effect. It is published on the State Council's site; that page was"
        " not opened here, so no address is recorded. The definition in part I was checked"
        " against two published copies of the document. Part III (1) is quoted only in its first"
        " sentence, as the library has always quoted it; its wording agrees with the provinces'"
        " accounts of it (Henan and Fujian, 2016), but the sentence and the rest of the"
        " paragraph were not checked against the State Council's published text."
    ),
    provisions=(
        Provision(
            key="I",
            article="一、充分认识做好农村留守儿童关爱保护工作的重要意义",
            article_en="part I, definition",
            text="留守儿童是指父母双方外出务工或一方外出务工另一方无监护能力、不满十六周岁的未成年人。",
            note="the first sentence of part I, which defines the term; the part goes on",
        ),
        Provision(
            key="III(1)",
            article="三（一）建立强制报告机制",
            article_en="part III (1), mandatory reporting",
            text=(
                "学校、幼儿园、医疗机构、村（居）民委员会、社会工作服务机构、救助管理机构、福利机构"
                "及其工作人员，在工作中发现农村留守儿童脱离监护单独居住生活或失踪、其监护人丧失监护"
                "能力或不履行监护责任、疑似遭受家庭暴力、疑似遭受意外伤害或不法侵害等情况的，应当在"
                "第一时间向公安机关报告。"
            ),
            note=(
                "the first sentence of part III (1) only; not checked against the State Council's"
                " published text (see the document's notes)"
            ),
        ),
    ),
)

LEFT_BEHIND_UNDER = 16
"""Part I: a left-behind child is a minor under 16 (不满十六周岁)."""
