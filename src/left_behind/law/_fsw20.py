"""关于进一步做好事实无人抚养儿童保障有关工作的通知 [FSW20].

The notice of the Ministries of Civil Affairs, Public Security and Finance
that widened the definition of de-facto unsupported children of FSW
(民发〔2019〕62号) by two situations: guardianship revoked by a court and
deportation (part I). What identifies it is declared once, in ``FSW20``
below; ``FSW20.notes`` says what was checked and what was not, the date it
bears among them.

>>> FSW20.number, FSW20.issued, FSW20.in_force
('民发〔2020〕125号', None, None)
>>> FSW20.keys()
('I',)
"""

from __future__ import annotations

from left_behind.law._document import LegalDocument, Provision

__all__ = ["FSW20"]

FSW20 = LegalDocument(
    code="FSW20",
    title="关于进一步做好事实无人抚养儿童保障有关工作的通知",
    title_en="Notice on Further Improving the Protection of De Facto Unsupported Children",
    body="民政部、公安部、财政部",
    body_en="Ministry of Civil Affairs, Ministry of Public Security, Ministry of Finance",
    number="民发〔2020〕125号",
    cite_number=True,
    notes=(
        "A notice of three ministries to the provincial departments of civil affairs, public"
        " security and finance, issued at the end of 2020 as the provinces' implementing texts"
        " say (Jilin: 2020年年底); the day it bears was not seen, so none is recorded, nor a"
        " date of effect (Guangdong's forwarding notice, 粤民发〔2021〕14号 of 18 January 2021,"
        " pays the allowance for the added situations from 1 January 2021, its own decision)."
        " The Ministry's published text was not opened. Part I is quoted from a copy of the"
        " national notice reproduced on a third-party site (in traditional characters, here in"
        " simplified ones), and agrees word for word with the same passage as the provinces"
        " copy it (Fujian 闽民童〔2021〕31号, Jiangxi, Chongqing 渝民发〔2021〕5号). Part II"
        " (精准认定失联情形) is not quoted: it lets a guardian, a close relative entrusted by"
        " the guardian or the village committee ask the police of the hukou place to search for"
        " a parent out of contact, and the police give a receipt when the parent is still not"
        " found more than six months (超过6个月) after the request was registered; that is how"
        " the fact is proved, not how long it must last, which stays FSW's 6 months or more"
        " (see ``OUT_OF_CONTACT_MONTHS``). Fujian's text defines out of contact as 6个月及以上."
        " Deportation counts only for a foreign parent who does not support the child."
    ),
    provisions=(
        Provision(
            key="I",
            article="一、扩大保障对象范围",
            article_en="part I, who is covered, widened",
            text=(
                "根据各地工作实际，在民发〔2019〕62号文件规定情形的基础上补充增加被撤销监护资格、"
                "被遣送（驱逐）出境两种情形。据此，事实无人抚养儿童是指父母双方均符合重残、重病、"
                "服刑在押、强制隔离戒毒、被执行其他限制人身自由的措施、失联、被撤销监护资格、"
                "被遣送（驱逐）出境情形之一的儿童；或者父母一方死亡或失踪，另一方符合重残、重病、"
                "服刑在押、强制隔离戒毒、被执行其他限制人身自由的措施、失联、被撤销监护资格、"
                "被遣送（驱逐）出境情形之一的儿童。\n"
                "被撤销监护资格的情形是指人民法院依法判决撤销监护人资格；被遣送（驱逐）出境的情形"
                "是指外籍人员与内地居民生育子女后被依法遣送（驱逐）出境且未履行抚养义务；其他情形"
                "按照民发〔2019〕62号文件进行界定。"
            ),
            note=(
                "part I whole; checked against a third-party copy of the national text and the"
                " provinces' copies, not against the Ministry's published text"
            ),
        ),
    ),
)
