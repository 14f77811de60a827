"""中华人民共和国民法典: the Civil Code [CC], for ages, capacity, guardianship and periods.

What identifies the Code, and the articles quoted, are declared once, in
``CC`` below; ``CC.notes`` says what was checked and what was not.

>>> CC.number, CC.issued.isoformat(), CC.in_force.isoformat()
('中华人民共和国主席令第四十五号', '2020-05-28', '2021-01-01')
>>> CC.keys()
('17', '18', '19', '20', '27', '30', '36', '201', '202', '203', '1259')
"""

from __future__ import annotations

import datetime as dt

from left_behind.law._document import LegalDocument, article

__all__ = ["CC"]

CC = LegalDocument(
    code="CC",
    title="中华人民共和国民法典",
    title_en="Civil Code of the People's Republic of China",
    body="全国人民代表大会",
    body_en="National People's Congress",
    number="中华人民共和国主席令第四十五号",
    issued=dt.date(2020, 5, 28),
    in_force=dt.date(2021, 1, 1),
    url="http://www.npc.gov.cn/npc/c30834/202006/75ba6483b8344591abd07917e1d25cc8.shtml",
    notes=(
        "Adopted at the 3rd session of the 13th National People's Congress; in force on the"
        " day art. 1260 gives. Arts. 17-20 fix the ages of majority and of civil capacity,"
        " arts. 27 and 30 the order of guardians and agreements on it, art. 36 a court's"
        " revocation of a guardian's qualification, arts. 201-203 how a"
        " period is counted and art. 1259 which words include the number named. The articles"
        " were checked word for word against a published copy of the Code; the address is the"
        " NPC's page as other public sources cite it, not opened here."
    ),
    provisions=(
        article(17, "十八周岁以上的自然人为成年人。不满十八周岁的自然人为未成年人。"),
        article(
            18,
            "成年人为完全民事行为能力人，可以独立实施民事法律行为。",
            "十六周岁以上的未成年人，以自己的劳动收入为主要生活来源的，视为完全民事行为能力人。",
        ),
        article(
            19,
            "八周岁以上的未成年人为限制民事行为能力人，实施民事法律行为由其法定代理人代理或者经其"
            "法定代理人同意、追认；但是，可以独立实施纯获利益的民事法律行为或者与其年龄、智力相适应的"
            "民事法律行为。",
        ),
        article(
            20,
            "不满八周岁的未成年人为无民事行为能力人，由其法定代理人代理实施民事法律行为。",
        ),
        article(
            27,
            "父母是未成年子女的监护人。",
            "未成年人的父母已经死亡或者没有监护能力的，由下列有监护能力的人按顺序担任监护人：",
            "（一）祖父母、外祖父母；",
            "（二）兄、姐；",
            "（三）其他愿意担任监护人的个人或者组织，但是须经未成年人住所地的居民委员会、"
            "村民委员会或者民政部门同意。",
        ),
        article(
            30,
            "依法具有监护资格的人之间可以协议确定监护人。协议确定监护人应当尊重被监护人的真实意愿。",
        ),
        article(
            36,
            "监护人有下列情形之一的，人民法院根据有关个人或者组织的申请，撤销其监护人资格，安排"
            "必要的临时监护措施，并按照最有利于被监护人的原则依法指定监护人：",
            "（一）实施严重损害被监护人身心健康的行为；",
            "（二）怠于履行监护职责，或者无法履行监护职责且拒绝将监护职责部分或者全部委托给他人，"
            "导致被监护人处于危困状态；",
            "（三）实施严重侵害被监护人合法权益的其他行为。",
            note=(
                "the first paragraph only (the second names who may apply, the third the civil"
                " affairs department's duty to); checked against two secondary quotations of the"
                " Code, not the published copy the other articles were read in"
            ),
        ),
        article(
            201,
            "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。",
            "按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。",
        ),
        article(
            202,
            "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的"
            "最后一日。",
        ),
        article(
            203,
            "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。",
            "期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。",
        ),
        article(
            1259,
            "民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超过”、"
            "“以外”，不包括本数。",
        ),
    ),
)
