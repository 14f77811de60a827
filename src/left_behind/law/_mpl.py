"""中华人民共和国未成年人保护法 (2020 revision): the Minors Protection Law [MPL].

What identifies the revised Law, and the articles quoted, are declared once,
in ``MPL`` below; ``MPL.notes`` says what was checked and what was not.

>>> MPL.number, MPL.issued.isoformat(), MPL.in_force.isoformat()
('中华人民共和国主席令第五十七号', '2020-10-17', '2021-06-01')
>>> MPL.keys()
('11', '21', '22', '23', '44', '62', '103')
"""

from __future__ import annotations

import datetime as dt

from left_behind.law._document import LegalDocument, article

__all__ = ["ALONE_UNDER", "MPL", "UNATTENDED_UNDER"]

MPL = LegalDocument(
    code="MPL",
    title="中华人民共和国未成年人保护法",
    title_en="Law of the People's Republic of China on the Protection of Minors",
    body="全国人民代表大会常务委员会",
    body_en="Standing Committee of the National People's Congress",
    number="中华人民共和国主席令第五十七号",
    issued=dt.date(2020, 10, 17),
    in_force=dt.date(2021, 6, 1),
    notes=(
        "The 2020 revision (第二次修订), adopted at the 22nd session of the 13th NPC Standing"
        " Committee. The amendment of 26 April 2024 (Order of the President No. 24) rewrote"
        " art. 9; the articles quoted here read the same in the text before and after it."
        " The articles were checked word for word against a published copy of the 2020 text"
        " and of the 2024 text; the NPC's own page was not opened, so no address is recorded."
    ),
    provisions=(
        article(
            11,
            "任何组织或者个人发现不利于未成年人身心健康或者侵犯未成年人合法权益的情形，都有权"
            "劝阻、制止或者向公安、民政、教育等有关部门提出检举、控告。",
            "国家机关、居民委员会、村民委员会、密切接触未成年人的单位及其工作人员，在工作中发现"
            "未成年人身心健康受到侵害、疑似受到侵害或者面临其他危险情形的，应当立即向公安、民政、"
            "教育等有关部门报告。",
            "有关部门接到涉及未成年人的检举、控告或者报告，应当依法及时受理、处置，并以适当方式"
            "将处理结果告知相关单位和人员。",
        ),
        article(
            21,
            "未成年人的父母或者其他监护人不得使未满八周岁或者由于身体、心理原因需要特别照顾的"
            "未成年人处于无人看护状态，或者将其交由无民事行为能力、限制民事行为能力、患有严重传染性"
            "疾病或者其他不适宜的人员临时照护。",
            "未成年人的父母或者其他监护人不得使未满十六周岁的未成年人脱离监护单独生活。",
        ),
        article(
            22,
            "未成年人的父母或者其他监护人因外出务工等原因在一定期限内不能完全履行监护职责的，"
            "应当委托具有照护能力的完全民事行为能力人代为照护；无正当理由的，不得委托他人代为照护。",
            "未成年人的父母或者其他监护人在确定被委托人时，应当综合考虑其道德品质、家庭状况、"
            "身心健康状况、与未成年人生活情感上的联系等情况，并听取有表达意愿能力未成年人的意见。",
            "具有下列情形之一的，不得作为被委托人：",
            "（一）曾实施性侵害、虐待、遗弃、拐卖、暴力伤害等违法犯罪行为；",
            "（二）有吸毒、酗酒、赌博等恶习；",
            "（三）曾拒不履行或者长期怠于履行监护、照护职责；",
            "（四）其他不适宜担任被委托人的情形。",
        ),
        article(
            23,
            "未成年人的父母或者其他监护人应当及时将委托照护情况书面告知未成年人所在学校、幼儿园和"
            "实际居住地的居民委员会、村民委员会，加强和未成年人所在学校、幼儿园的沟通；与未成年人、"
            "被委托人至少每周联系和交流一次，了解未成年人的生活、学习、心理等情况，并给予未成年人"
            "亲情关爱。",
            "未成年人的父母或者其他监护人接到被委托人、居民委员会、村民委员会、学校、幼儿园等关于"
            "未成年人心理、行为异常的通知后，应当及时采取干预措施。",
        ),
        article(
            44,
            "爱国主义教育基地、图书馆、青少年宫、儿童活动中心、儿童之家应当对未成年人免费开放；"
            "博物馆、纪念馆、科技馆、展览馆、美术馆、文化馆、社区公益性互联网上网服务场所以及影剧院、"
            "体育场馆、动物园、植物园、公园等场所，应当按照有关规定对未成年人免费或者优惠开放。",
            "国家鼓励爱国主义教育基地、博物馆、科技馆、美术馆等公共场馆开设未成年人专场，"
            "为未成年人提供有针对性的服务。",
            "国家鼓励国家机关、企业事业单位、部队等开发自身教育资源，设立未成年人开放日，"
            "为未成年人主题教育、社会实践、职业体验等提供支持。",
            "国家鼓励科研机构和科技类社会组织对未成年人开展科学普及活动。",
        ),
        article(
            62,
            "密切接触未成年人的单位招聘工作人员时，应当向公安机关、人民检察院查询应聘者是否具有"
            "性侵害、虐待、拐卖、暴力伤害等违法犯罪记录；发现其具有前述行为记录的，不得录用。",
            "密切接触未成年人的单位应当每年定期对工作人员是否具有上述违法犯罪记录进行查询。"
            "通过查询或者其他方式发现其工作人员具有上述行为的，应当及时解聘。",
        ),
        article(
            103,
            "公安机关、人民检察院、人民法院、司法行政部门以及其他组织和个人不得披露有关案件中"
            "未成年人的姓名、影像、住所、就读学校以及其他可能识别出其身份的信息，但查找失踪、"
            "被拐卖未成年人等情形除外。",
        ),
    ),
)

UNATTENDED_UNDER = 8
"""Art. 21: a child under 8 (未满八周岁) is never unattended, nor with a carer unfit to care."""

ALONE_UNDER = 16
"""Art. 21: no child under 16 (未满十六周岁) lives apart from a guardian."""
