"""关于进一步加强事实无人抚养儿童保障工作的意见 [FSW].

The opinion of the Ministry of Civil Affairs and eleven other bodies on
de-facto unsupported children (事实无人抚养儿童): its definition (part I).
What identifies it is declared once, in ``FSW`` below; ``FSW.notes`` says
what was checked and what was not.

>>> FSW.number, FSW.issued.isoformat(), FSW.in_force.isoformat()
('民发〔2019〕62号', '2019-06-18', '2020-01-01')
>>> FSW.keys()
('I',)
"""

from __future__ import annotations

import datetime as dt

from left_behind.law._document import LegalDocument, Provision

__all__ = ["FSW", "OUT_OF_CONTACT_MONTHS"]

FSW = LegalDocument(
    code="FSW",
    title="关于进一步加强事实无人抚养儿童保障工作的意见",
    title_en="Opinions on Further Strengthening the Protection of De Facto Unsupported Children",
    body=(
        "民政部、最高人民法院、最高人民检察院、发展改革委、教育部、公安部、司法部、财政部、"
        "医疗保障局、共青团中央、全国妇联、中国残联"
    ),
    body_en=(
        "Ministry of Civil Affairs, Supreme People's Court, Supreme People's Procuratorate,"
        " National Development and Reform Commission, Ministry of Education, Ministry of Public"
        " Security, Ministry of Justice, Ministry of Finance, National Healthcare Security"
        " Administration, Communist Youth League Central Committee, All-China Women's"
        " Federation, China Disabled Persons' Federation"
    ),
    number="民发〔2019〕62号",
    issued=dt.date(2019, 6, 18),
    in_force=dt.date(2020, 1, 1),
    cite_number=True,
    notes=(
        "A policy document of twelve bodies, led by the Ministry of Civil Affairs; the list of"
        " bodies and the number were checked against the title block of a published copy. It"
        " took effect on 1 January 2020, as the People's Daily reported in 2021. The date it"
        " bears, 18 June 2019, was not checked against the Ministry's published text, and no"
        " address is recorded. The definition is quoted as legal reference sites reproduce it"
        " and as provincial implementing texts copy it (Guangdong 粤民规字〔2019〕10号, under"
        " the same heading, adding the province's hukou); the national text itself was not"
        " seen, nor the heading of its part I. The notice 民发〔2020〕125号 (FSW20) added two"
        " situations, revoked guardianship and deportation, to the six of this text. Local"
        " texts give the terms' definitions as this document's (severe disability: grade 1 or"
        " 2, or grade 3 or 4 mental or intellectual disability; out of contact: lost and not"
        " caring for the child 6个月以上, six months or more; imprisoned, in compulsory"
        " rehabilitation or under another measure restricting liberty: for 6个月以上; the child:"
        " under 18, 未满18周岁), as Guangdong's text and Qinzhou's (Guangxi) published list"
        " give them; those definitions are not quoted here, the national text not being seen."
    ),
    provisions=(
        Provision(
            key="I",
            article="一、明确保障对象",
            article_en="part I, who is covered",
            text=(
                "事实无人抚养儿童是指父母双方均符合重残、重病、服刑在押、强制隔离戒毒、被执行其他"
                "限制人身自由的措施、失联情形之一的儿童；或者父母一方死亡或失踪，另一方符合重残、"
                "重病、服刑在押、强制隔离戒毒、被执行其他限制人身自由的措施、失联情形之一的儿童。"
            ),
            note="the definition only; checked against secondary copies, not the national text",
        ),
    ),
)

OUT_OF_CONTACT_MONTHS = 6
"""Part I's "out of contact" (失联) counts once it has lasted six months or more.

The definitions that go with part I (see the notes: 失去联系且未履行监护抚养责任
6个月以上) say six months or more, and 以上 includes the number (Civil Code
art. 1259). The period is counted as Civil Code arts. 201-203 count periods:
the day contact was lost is not counted, the six months end at 24:00 of the
corresponding day, and the parent has been out of contact six months from
the next day, as a child is a year older from the day after the birthday
(``left_behind.model.period_passed``)."""
