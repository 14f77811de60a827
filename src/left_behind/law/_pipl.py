"""中华人民共和国个人信息保护法: the Personal Information Protection Law [PIPL].

What identifies the Law, and the articles quoted, are declared once, in
``PIPL`` below; ``PIPL.notes`` says what was checked and what was not.

>>> PIPL.number, PIPL.issued.isoformat(), PIPL.in_force.isoformat()
('中华人民共和国主席令第九十一号', '2021-08-20', '2021-11-01')
>>> PIPL.keys()
('13', '28', '31', '73')
"""

from __future__ import annotations

import datetime as dt

from left_behind.law._document import LegalDocument, article

__all__ = ["CONSENT_UNDER", "PIPL"]

PIPL = LegalDocument(
    code="PIPL",
    title="中华人民共和国个人信息保护法",
    title_en="Personal Information Protection Law of the People's Republic of China",
    body="全国人民代表大会常务委员会",
    body_en="Standing Committee of the National People's Congress",
    number="中华人民共和国主席令第九十一号",
    issued=dt.date(2021, 8, 20),
    in_force=dt.date(2021, 11, 1),
    url="http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml",
    notes=(
        "Adopted at the 30th session of the 13th NPC Standing Committee; in force on the day"
        " art. 74 gives. Art. 13 lists the lawful bases (consent, or a statutory duty among"
        " others), art. 28 makes the data of a child under 14 sensitive, art. 31 asks a parent's"
        " or guardian's consent for it; art. 73 defines de-identification (去标识化: no longer"
        " identifying a person without further information), what a redacted copy with keyed"
        " pseudonyms is, and anonymisation (匿名化: identifying nobody and impossible to restore),"
        " which such a copy is not, since the key restores the link. The articles were checked"
        " word for word against a published copy of the Law; the address is the NPC's page as"
        " other public sources cite it, not opened here."
    ),
    provisions=(
        article(
            13,
            "符合下列情形之一的，个人信息处理者方可处理个人信息：",
            "（一）取得个人的同意；",
            "（二）为订立、履行个人作为一方当事人的合同所必需，或者按照依法制定的劳动规章制度和"
            "依法签订的集体合同实施人力资源管理所必需；",
            "（三）为履行法定职责或者法定义务所必需；",
            "（四）为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；",
            "（五）为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；",
            "（六）依照本法规定在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；",
            "（七）法律、行政法规规定的其他情形。",
            "依照本法其他有关规定，处理个人信息应当取得个人同意，但是有前款第二项至第七项规定情形的，"
            "不需取得个人同意。",
        ),
        article(
            28,
            "敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全"
            "受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等"
            "信息，以及不满十四周岁未成年人的个人信息。",
            "只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，个人信息处理者方可处理"
            "敏感个人信息。",
        ),
        article(
            31,
            "个人信息处理者处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者其他"
            "监护人的同意。",
            "个人信息处理者处理不满十四周岁未成年人个人信息的，应当制定专门的个人信息处理规则。",
        ),
        article(
            73,
            "本法下列用语的含义：",
            "（一）个人信息处理者，是指在个人信息处理活动中自主决定处理目的、处理方式的组织、个人。",
            "（二）自动化决策，是指通过计算机程序自动分析、评估个人的行为习惯、兴趣爱好或者经济、"
            "健康、信用状况等，并进行决策的活动。",
            "（三）去标识化，是指个人信息经过处理，使其在不借助额外信息的情况下无法识别特定自然人的"
            "过程。",
            "（四）匿名化，是指个人信息经过处理无法识别特定自然人且不能复原的过程。",
        ),
    ),
)

CONSENT_UNDER = 14
"""Arts. 28 and 31: the data of a child under 14 (不满十四周岁) is sensitive, and a parent or
guardian consents to its processing."""
