"""志愿服务条例: the Regulations on Volunteer Service [VOL].

What identifies the Regulations (the date recorded is that of the order
promulgating them), and the articles quoted, are declared once, in ``VOL``
below; ``VOL.notes`` says what was checked, and what the Regulations do not
say about minors.

>>> VOL.number, VOL.issued.isoformat(), VOL.in_force.isoformat()
('国务院令第685号', '2017-08-22', '2017-12-01')
>>> VOL.keys()
('15', '16', '19')
"""

from __future__ import annotations

import datetime as dt

from left_behind.law._document import LegalDocument, article

__all__ = ["VOL"]

VOL = LegalDocument(
    code="VOL",
    title="志愿服务条例",
    title_en="Regulations on Volunteer Service",
    body="国务院",
    body_en="State Council",
    number="国务院令第685号",
    issued=dt.date(2017, 8, 22),
    in_force=dt.date(2017, 12, 1),
    notes=(
        "Adopted at the 175th executive meeting of the State Council on 7 June 2017; the date"
        " recorded is that of the order promulgating it. The articles were checked word for"
        " word against a published copy of the whole text (arts. 1-44); the State Council's own"
        " page was not opened, so no address is recorded. The Regulations have no article on"
        " minors volunteering, nor on a guardian's consent: the word 未成年人 does not occur"
        " in them, and art. 29 only asks schools, families and society to foster young"
        " people's (青少年) will and ability to volunteer. Art. 15 (activities suited to the"
        " volunteer's age) is the nearest provision. A guardian's consent for volunteers aged"
        " 14 to 18 is asked by the Communist Youth League's 中国注册志愿者管理办法 (art. 7, as"
        " secondary sources quote it) and by local rules, none of which is quoted here; a rule"
        " that needs it must cite the text it relies on once that text is checked. How service"
        " hours are recorded (art. 19) is set by the Ministry of Civil Affairs'"
        " 志愿服务记录与证明出具办法（试行） (Order No. 67, 2 December 2020, in force on"
        " 1 February 2021)."
    ),
    provisions=(
        article(
            15,
            "志愿服务组织安排志愿者参与志愿服务活动，应当与志愿者的年龄、知识、技能和身体状况"
            "相适应，不得要求志愿者提供超出其能力的志愿服务。",
        ),
        article(
            16,
            "志愿服务组织安排志愿者参与的志愿服务活动需要专门知识、技能的，应当对志愿者开展相关培训。",
            "开展专业志愿服务活动，应当执行国家或者行业组织制定的标准和规程。法律、行政法规对开展"
            "志愿服务活动有职业资格要求的，志愿者应当依法取得相应的资格。",
        ),
        article(
            19,
            "志愿服务组织安排志愿者参与志愿服务活动，应当如实记录志愿者个人基本信息、志愿服务情况、"
            "培训情况、表彰奖励情况、评价情况等信息，按照统一的信息数据标准录入国务院民政部门指定的"
            "志愿服务信息系统，实现数据互联互通。",
            "志愿者需要志愿服务记录证明的，志愿服务组织应当依据志愿服务记录无偿、如实出具。",
            "记录志愿服务信息和出具志愿服务记录证明的办法，由国务院民政部门会同有关单位制定。",
        ),
    ),
)
