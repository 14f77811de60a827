"""The notices of the General Office of the State Council on each year's holidays, as data.

Each year recorded is a :class:`YearCalendar`: its notice (number, date,
the items quoted word for word, what was checked in ``notes``) and one
:class:`HolidayPeriod` per item. The days of every period are checked by the
tests against the item's own words, and every day of every year against the
``holidays`` and ``chinese-calendar`` packages.

The notice for a year is published late in the year before. A year missing
here has no notice recorded: its holidays are not known, and the calendar
says so (see :func:`~left_behind.calendar.official_calendar`); nothing here
is guessed from the lunar calendar or from the rules of past years.

>>> [c.year for c in OFFICIAL_CALENDARS]
[2020, 2021, 2022, 2023, 2024, 2025, 2026]
>>> c = OFFICIAL_CALENDARS[-1]
>>> c.notice.number, c.notice.issued.isoformat()
('国办发明电〔2025〕7号', '2025-11-04')
>>> print(c.notice.provision(2).text)
春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
"""

from __future__ import annotations

import datetime as dt

from left_behind.calendar._model import Festival, HolidayPeriod, YearCalendar
from left_behind.law import LegalDocument, Provision, zh_numeral

__all__ = ["OFFICIAL_CALENDARS"]

_BODY = "国务院办公厅"
_BODY_EN = "General Office of the State Council"
_CHECKED = (
    " The items were checked word for word against at least two published copies of the"
    " notice (the one at the address recorded, where there is one); some copies gave the"
    " punctuation in half-width forms, recorded here full-width as the notices print it."
    " The State Council's own page (www.gov.cn) was not opened, so its address is not"
    " recorded."
)


def _items(*texts: str) -> tuple[Provision, ...]:
    """The notice's numbered items (一、二、...), each in its own words."""
    return tuple(
        Provision(key=str(n), article=zh_numeral(n), article_en=f"item {n}", text=text)
        for n, text in enumerate(texts, 1)
    )


def _notice(
    year: int, number: str, issued: dt.date, *items: str, url: str = "", notes: str
) -> LegalDocument:
    return LegalDocument(
        code=f"HOL{year}",
        title=f"国务院办公厅关于{year}年部分节假日安排的通知",
        title_en=(
            "Notice of the General Office of the State Council on the arrangement of"
            f" some holidays in {year}"
        ),
        body=_BODY,
        body_en=_BODY_EN,
        number=number,
        issued=issued,
        url=url,
        notes=notes,
        cite_number=True,
        provisions=_items(*items),
    )


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _period(
    item: int,
    festivals: Festival | tuple[Festival, ...],
    first: str,
    last: str,
    *makeup: str,
    note: str = "",
) -> HolidayPeriod:
    return HolidayPeriod(
        item=str(item),
        festivals=festivals if isinstance(festivals, tuple) else (festivals,),
        first=_d(first),
        last=_d(last),
        makeup_days=tuple(_d(m) for m in makeup),
        note=note,
    )


NY = Festival.NEW_YEAR
SF = Festival.SPRING_FESTIVAL
QM = Festival.QINGMING
LD = Festival.LABOUR_DAY
DB = Festival.DRAGON_BOAT
MA = Festival.MID_AUTUMN
ND = Festival.NATIONAL_DAY

# --- 2020 -------------------------------------------------------------------

_EXTENSION_2020 = LegalDocument(
    code="HOL2020X",
    title="国务院办公厅关于延长2020年春节假期的通知",
    title_en=(
        "Notice of the General Office of the State Council on extending the 2020 Spring"
        " Festival holiday"
    ),
    body=_BODY,
    body_en=_BODY_EN,
    number="国办发明电〔2020〕1号",
    issued=_d("2020-01-26"),
    cite_number=True,
    url="https://www.farmer.com.cn/2020/01/27/99847578.html",
    notes=(
        "Issued on 26 January 2020 and released by Xinhua on 27 January, to check the spread"
        " of the novel coronavirus. The address is the Farmers' Daily copy of the Xinhua"
        " release; the number is as a provincial news site's copy (citing the State Council's"
        " site) gives it. Items 1 and 2 were checked against both copies and a third; they"
        ' differ only in 起 ("2月3日（星期一）起正常上班"), which two of the three copies have.'
        " Item 3 (pay for staff who could not take the days) is not quoted."
        " The State Council's own page was not opened, so its address is not recorded."
    ),
    provisions=(
        Provision(
            key="1",
            article="一",
            article_en="item 1",
            text="延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。",
        ),
        Provision(
            key="2",
            article="二",
            article_en="item 2",
            text="各地大专院校、中小学、幼儿园推迟开学，具体时间由教育部门另行通知。",
            note="schools' terms were postponed by each province: the terms are county data",
        ),
    ),
)

_2020 = YearCalendar(
    year=2020,
    notice=_notice(
        2020,
        "国办发明电〔2019〕16号",
        _d("2019-11-21"),
        "元旦：2020年1月1日放假，共1天。",
        "春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。",
        "清明节：4月4日至6日放假调休，共3天。",
        "劳动节：5月1日至5日放假调休，共5天。4月26日（星期日）、5月9日（星期六）上班。",
        "端午节：6月25日至27日放假调休，共3天。6月28日（星期日）上班。",
        "国庆节、中秋节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。",
        notes=(
            "Dated 21 November 2019 and released by Xinhua the same day. The number is as"
            " two copies (one a city government's) give it. None of the copies read was a"
            " newspaper's or a government's own, so no address is recorded." + _CHECKED
        ),
    ),
    amendments=(_EXTENSION_2020,),
    periods=(
        _period(1, NY, "2020-01-01", "2020-01-01"),
        _period(
            2,
            SF,
            "2020-01-24",
            "2020-02-02",
            "2020-01-19",
            note=(
                "The notice gave 24-30 January with 19 January and 1 February worked;"
                " 国办发明电〔2020〕1号 (item 1) extended the holiday to 2 February, so"
                " 1 February became a day off. Schools opened later, as each province set."
            ),
        ),
        _period(3, QM, "2020-04-04", "2020-04-06"),
        _period(4, LD, "2020-05-01", "2020-05-05", "2020-04-26", "2020-05-09"),
        _period(5, DB, "2020-06-25", "2020-06-27", "2020-06-28"),
        _period(6, (ND, MA), "2020-10-01", "2020-10-08", "2020-09-27", "2020-10-10"),
    ),
)

# --- 2021 -------------------------------------------------------------------

_2021 = YearCalendar(
    year=2021,
    notice=_notice(
        2021,
        "国办发明电〔2020〕27号",
        _d("2020-11-25"),
        "元旦：2021年1月1日至3日放假，共3天。",
        "春节：2月11日至17日放假调休，共7天。2月7日（星期日）、2月20日（星期六）上班。",
        "清明节：4月3日至5日放假调休，共3天。",
        "劳动节：5月1日至5日放假调休，共5天。4月25日（星期日）、5月8日（星期六）上班。",
        "端午节：6月12日至14日放假，共3天。",
        "中秋节：9月19日至21日放假调休，共3天。9月18日（星期六）上班。",
        "国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。",
        url="http://epaper.gmw.cn/gmrb/html/2020-11/26/nw.D110000gmrb_20201126_7-03.htm",
        notes=(
            "Dated 25 November 2020. The address is the Guangming Daily's printed copy"
            " (26 November 2020, page 3) of the Xinhua release; the number is as two other"
            " copies give it." + _CHECKED
        ),
    ),
    periods=(
        _period(1, NY, "2021-01-01", "2021-01-03"),
        _period(2, SF, "2021-02-11", "2021-02-17", "2021-02-07", "2021-02-20"),
        _period(3, QM, "2021-04-03", "2021-04-05"),
        _period(4, LD, "2021-05-01", "2021-05-05", "2021-04-25", "2021-05-08"),
        _period(5, DB, "2021-06-12", "2021-06-14"),
        _period(6, MA, "2021-09-19", "2021-09-21", "2021-09-18"),
        _period(7, ND, "2021-10-01", "2021-10-07", "2021-09-26", "2021-10-09"),
    ),
)

# --- 2022 -------------------------------------------------------------------

_2022 = YearCalendar(
    year=2022,
    notice=_notice(
        2022,
        "国办发明电〔2021〕11号",
        _d("2021-10-25"),
        "元旦：2022年1月1日至3日放假，共3天。",
        "春节：1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班。",
        "清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班。",
        "劳动节：4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班。",
        "端午节：6月3日至5日放假，共3天。",
        "中秋节：9月10日至12日放假，共3天。",
        "国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。",
        url="http://www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html",
        notes=(
            "Dated 25 October 2021. The address is the Beijing municipal government's copy in"
            " its policy library, which gives the number and the date." + _CHECKED
        ),
    ),
    periods=(
        _period(1, NY, "2022-01-01", "2022-01-03"),
        _period(2, SF, "2022-01-31", "2022-02-06", "2022-01-29", "2022-01-30"),
        _period(3, QM, "2022-04-03", "2022-04-05", "2022-04-02"),
        _period(4, LD, "2022-04-30", "2022-05-04", "2022-04-24", "2022-05-07"),
        _period(5, DB, "2022-06-03", "2022-06-05"),
        _period(6, MA, "2022-09-10", "2022-09-12"),
        _period(7, ND, "2022-10-01", "2022-10-07", "2022-10-08", "2022-10-09"),
    ),
)

# --- 2023 -------------------------------------------------------------------

_2023 = YearCalendar(
    year=2023,
    notice=_notice(
        2023,
        "国办发明电〔2022〕16号",
        _d("2022-12-08"),
        "元旦：2022年12月31日至2023年1月2日放假调休，共3天。",
        "春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。",
        "清明节：4月5日放假，共1天。",
        "劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。",
        "端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。",
        "中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。",
        url="http://big5.china.com.cn/gate/big5/news.china.com.cn/2022-12/09/content_85004315.htm",
        notes=(
            "Dated 8 December 2022; printed in the State Council Gazette, 2023 no. 1, as a"
            " transcription of the gazette gives it. The address is China.com.cn's copy of"
            " the Xinhua release (in traditional characters); the number is as the gazette"
            " transcription and a copy citing a ministry's page give it." + _CHECKED
        ),
    ),
    periods=(
        _period(1, NY, "2022-12-31", "2023-01-02"),
        _period(2, SF, "2023-01-21", "2023-01-27", "2023-01-28", "2023-01-29"),
        _period(3, QM, "2023-04-05", "2023-04-05"),
        _period(4, LD, "2023-04-29", "2023-05-03", "2023-04-23", "2023-05-06"),
        _period(5, DB, "2023-06-22", "2023-06-24", "2023-06-25"),
        _period(6, (MA, ND), "2023-09-29", "2023-10-06", "2023-10-07", "2023-10-08"),
    ),
)

# --- 2024 -------------------------------------------------------------------

_2024 = YearCalendar(
    year=2024,
    notice=_notice(
        2024,
        "国办发明电〔2023〕7号",
        _d("2023-10-25"),
        "元旦：1月1日放假，与周末连休。",
        "春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。"
        "鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。",
        "清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。",
        "劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。",
        "端午节：6月10日放假，与周末连休。",
        "中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。",
        "国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。",
        url="http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm",
        notes=(
            "Dated 25 October 2023; printed in the State Council Gazette, 2023 no. 31, as a"
            " transcription of the gazette gives it. The address is the People's Daily's"
            " printed copy (26 October 2023, page 6) of the Xinhua release; the number is as"
            " the gazette transcription and a news site's copy give it." + _CHECKED
        ),
    ),
    periods=(
        _period(
            1,
            NY,
            "2024-01-01",
            "2024-01-01",
            note="1 January is a Monday: the weekend before it is an ordinary weekend.",
        ),
        _period(
            2,
            SF,
            "2024-02-10",
            "2024-02-17",
            "2024-02-04",
            "2024-02-18",
            note=(
                "New Year's Eve (9 February) is a working day: the notice only encourages"
                " employers to let their staff rest on it with paid annual leave."
            ),
        ),
        _period(3, QM, "2024-04-04", "2024-04-06", "2024-04-07"),
        _period(4, LD, "2024-05-01", "2024-05-05", "2024-04-28", "2024-05-11"),
        _period(
            5,
            DB,
            "2024-06-10",
            "2024-06-10",
            note="10 June is a Monday: the weekend before it is an ordinary weekend.",
        ),
        _period(6, MA, "2024-09-15", "2024-09-17", "2024-09-14"),
        _period(7, ND, "2024-10-01", "2024-10-07", "2024-09-29", "2024-10-12"),
    ),
)

# --- 2025 -------------------------------------------------------------------

_2025 = YearCalendar(
    year=2025,
    notice=_notice(
        2025,
        "国办发明电〔2024〕12号",
        _d("2024-11-12"),
        "元旦：1月1日（周三）放假1天，不调休。",
        "春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。"
        "1月26日（周日）、2月8日（周六）上班。",
        "清明节：4月4日（周五）至6日（周日）放假，共3天。",
        "劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。",
        "端午节：5月31日（周六）至6月2日（周一）放假，共3天。",
        "国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。"
        "9月28日（周日）、10月11日（周六）上班。",
        url="https://m.gmw.cn/2024-11/12/content_1303894933.htm",
        notes=(
            "Dated 12 November 2024, the first notice under the Measures on National Annual"
            " Festivals and Memorial Days as revised in November 2024 (two more statutory"
            " days: New Year's Eve, and 2 May). Its preamble sets the rules it follows (the"
            " Spring Festival off from New Year's Eve for 8 days, and so on); they are not"
            " quoted, as no date is derived from them. The address is Guangming Online's copy"
            " of the Xinhua release; the number is as two other copies give it." + _CHECKED
        ),
    ),
    periods=(
        _period(1, NY, "2025-01-01", "2025-01-01"),
        _period(2, SF, "2025-01-28", "2025-02-04", "2025-01-26", "2025-02-08"),
        _period(3, QM, "2025-04-04", "2025-04-06"),
        _period(4, LD, "2025-05-01", "2025-05-05", "2025-04-27"),
        _period(5, DB, "2025-05-31", "2025-06-02"),
        _period(6, (ND, MA), "2025-10-01", "2025-10-08", "2025-09-28", "2025-10-11"),
    ),
)

# --- 2026 -------------------------------------------------------------------

_2026 = YearCalendar(
    year=2026,
    notice=_notice(
        2026,
        "国办发明电〔2025〕7号",
        _d("2025-11-04"),
        "元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。",
        "春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。"
        "2月14日（周六）、2月28日（周六）上班。",
        "清明节：4月4日（周六）至6日（周一）放假，共3天。",
        "劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。",
        "端午节：6月19日（周五）至21日（周日）放假，共3天。",
        "中秋节：9月25日（周五）至27日（周日）放假，共3天。",
        "国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。",
        url="https://politics.gmw.cn/2025-11/04/content_38391083.htm",
        notes=(
            "Dated 4 November 2025. The address is Guangming Online's copy of the Xinhua"
            " release, which does not give the number: the number is as a copy posted with"
            " it and several independent holiday tables give it, and was not seen on an"
            " official page. The Spring Festival holiday starts on the 28th of the twelfth"
            " lunar month, the day before New Year's Eve." + _CHECKED
        ),
    ),
    periods=(
        _period(1, NY, "2026-01-01", "2026-01-03", "2026-01-04"),
        _period(2, SF, "2026-02-15", "2026-02-23", "2026-02-14", "2026-02-28"),
        _period(3, QM, "2026-04-04", "2026-04-06"),
        _period(4, LD, "2026-05-01", "2026-05-05", "2026-05-09"),
        _period(5, DB, "2026-06-19", "2026-06-21"),
        _period(6, MA, "2026-09-25", "2026-09-27"),
        _period(7, ND, "2026-10-01", "2026-10-07", "2026-09-20", "2026-10-10"),
    ),
)

OFFICIAL_CALENDARS: tuple[YearCalendar, ...] = (_2020, _2021, _2022, _2023, _2024, _2025, _2026)
"""Every year whose notice is recorded, in order."""
