"""The legal sources: each document identified, each quote Chinese, each rule's source found."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import re

import attrs
import pytest

import left_behind as lb
from left_behind import law
from left_behind.law import GF16, MPL, VOL, LegalDocument, Provision, article, zh_numeral
from left_behind.rules import _findings, default_rules

HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
RULES = default_rules()
PROGRAMME_SOURCES = lb.rules.programme_sources()
DOCS = law.documents()


# --- every rule cites a registered provision, in the registry's words ----------


@pytest.mark.parametrize("rule_id", RULES.ids())
def test_every_rule_source_resolves_to_a_registered_document_and_article(rule_id: str) -> None:
    cited = RULES.get(rule_id).source
    if cited in PROGRAMME_SOURCES:  # a programme's own rule, declared beside its rules
        assert law.resolve(cited) is None and rule_id.startswith(f"{cited.law}-")
        return
    found = law.resolve(cited)
    assert found is not None, f"{rule_id} cites {cited.cite()}, which lb.law does not register"
    doc, provision = found
    assert cited == doc.source(provision.key), f"{rule_id}: not the registry's words"
    assert rule_id.startswith(f"{doc.code}-"), "a rule id starts with its document's code"


@pytest.mark.parametrize(
    ("code", "key", "zh", "en"),
    [
        # the citations findings carried before the sources became data
        ("MPL", 21, "《中华人民共和国未成年人保护法》第二十一条", "MPL art. 21"),
        ("MPL", 22, "《中华人民共和国未成年人保护法》第二十二条", "MPL art. 22"),
        ("MPL", 23, "《中华人民共和国未成年人保护法》第二十三条", "MPL art. 23"),
        ("MPL", 62, "《中华人民共和国未成年人保护法》第六十二条", "MPL art. 62"),
        (
            "GF16",
            "III(1)",
            "《国务院关于加强农村留守儿童关爱保护工作的意见（国发〔2016〕13号）》"
            "三（一）建立强制报告机制",
            "GF16 part III (1), mandatory reporting",
        ),
        ("PIPL", 31, "《中华人民共和国个人信息保护法》第三十一条", "PIPL art. 31"),
        ("CC", 27, "《中华人民共和国民法典》第二十七条", "CC art. 27"),
    ],
)
def test_citations_are_as_before(code: str, key: int | str, zh: str, en: str) -> None:
    source = law.source(code, key)
    assert (source.cite(), source.cite("zh"), source.cite("en")) == (zh, zh, en)


def test_a_finding_cites_as_before() -> None:
    src = RULES.get("MPL-23-notice").source
    expected = ("《中华人民共和国未成年人保护法》第二十三条", "MPL art. 23")
    assert (src.cite(), src.cite("en")) == expected


def test_source_is_one_class_reached_from_everywhere() -> None:
    assert lb.law.Source is law.Source is _findings.Source is lb.rules.Source


def test_a_source_saved_before_still_loads() -> None:
    # a finding's source as JSON carried it before the move
    saved = {
        "law": "MPL",
        "title": "中华人民共和国未成年人保护法",
        "article": "第二十三条",
        "text": "未成年人的父母或者其他监护人应当及时将委托照护情况书面告知……",
        "article_en": "art. 23",
    }
    loaded = lb.from_dict(saved, lb.law.Source)
    assert loaded.cite("en") == "MPL art. 23"
    assert lb.to_dict(loaded) == saved
    assert law.resolve(loaded) == (MPL, MPL.provision(23))


# --- every document identified ---------------------------------------------------


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.code)
def test_every_document_has_its_title_body_and_date(doc: LegalDocument) -> None:
    assert HAN.search(doc.title) and doc.title.strip() == doc.title
    assert doc.title_en.strip() and doc.body.strip() and doc.body_en.strip()
    if doc.issued is None:  # the date it bears was not seen: the notes say so
        assert "not seen" in doc.notes, f"{doc.code}: say why no date is recorded"
    else:
        assert dt.date(1949, 10, 1) < doc.issued < dt.date(2026, 1, 1)
        assert doc.in_force is None or doc.in_force >= doc.issued
    assert doc.notes.strip(), f"{doc.code}: say what was checked and what was not"
    assert doc.provisions, f"{doc.code}: quote the provisions the library relies on"
    assert law.document(doc.code) is doc


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.code)
def test_every_document_module_shows_its_number_dates_and_provisions(doc: LegalDocument) -> None:
    # Shown, and checked as doctests, in the module that declares the document,
    # where a reader looks for them: no second copy of the facts here.
    module = importlib.import_module(f"left_behind.law._{doc.code.lower()}")
    examples = [e.source for e in doctest.DocTestParser().get_examples(module.__doc__ or "")]
    issued = f"{doc.code}.issued" + ("" if doc.issued is None else ".isoformat()")
    shown = f"{doc.code}.number, {issued}, {doc.code}.in_force"
    assert any(e.startswith(shown) for e in examples), f"{module.__name__}: show {shown}"
    assert f"{doc.code}.keys()\n" in examples, f"{module.__name__}: show {doc.code}.keys()"


def test_codes_are_unique_and_known() -> None:
    assert [d.code for d in DOCS] == list(law.DOCUMENTS)
    assert set(law.DOCUMENTS) == {"MPL", "CC", "PIPL", "VOL", "SPC06", "GF16", "FSW", "FSW20"}


def test_an_unknown_document_or_provision_is_named_in_the_error() -> None:
    with pytest.raises(KeyError, match="no legal document 'HOME'"):
        law.document("HOME")
    with pytest.raises(KeyError, match=r"MPL has no provision '24'; quoted: 11, 21,"):
        MPL.source(24)


# --- every quote in Chinese, whole ------------------------------------------------


def _ids(x: object) -> str:
    return str(getattr(x, "code", None) or getattr(x, "key", ""))


@pytest.mark.parametrize(("doc", "provision"), law.provisions(), ids=_ids)
def test_every_quoted_text_is_non_empty_chinese(doc: LegalDocument, provision: Provision) -> None:
    assert provision.text.strip()
    for paragraph in provision.text.split("\n"):
        assert paragraph and paragraph == paragraph.strip(), f"{doc.code} {provision.key}"
        assert HAN.search(paragraph), f"{doc.code} {provision.key}: quote the Chinese text"
        assert not LATIN.search(paragraph), f"{doc.code} {provision.key}: no Latin letters"
    # every paragraph of an enacted text ends a sentence or opens a list
    assert provision.text.endswith("。"), f"{doc.code} {provision.key}"


def test_sources_are_every_provision_in_order() -> None:
    assert law.sources() == tuple(d.source(p.key) for d, p in law.provisions())
    assert len(law.sources()) == sum(len(d.provisions) for d in DOCS)


@pytest.mark.parametrize(("doc", "provision"), law.provisions(), ids=_ids)
def test_every_provision_resolves_to_itself(doc: LegalDocument, provision: Provision) -> None:
    assert law.resolve(doc.source(provision.key)) == (doc, provision)
    assert law.source(doc.code, provision.key) == doc.source(provision.key)


def test_a_programme_rule_and_a_changed_title_resolve_to_nothing() -> None:
    home = lb.law.Source(law="HOME", title="示例儿童之家工作制度", article="第五条", text="……")
    assert law.resolve(home) is None
    wrong = attrs.evolve(MPL.source(22), title="未成年人保护法")
    assert law.resolve(wrong) is None
    assert law.resolve(attrs.evolve(MPL.source(22), article="第九十九条")) is None


def test_what_the_regulations_on_volunteer_service_do_not_say() -> None:
    # No article of VOL speaks of minors: the notes say so rather than cite one.
    assert not any("未成年人" in p.text for p in VOL.provisions)
    assert "未成年人 does not occur" in VOL.notes


# --- the ages the law fixes, as its words say them ------------------------------


@pytest.mark.parametrize(
    ("age", "doc", "key", "words"),
    [
        (law.UNATTENDED_UNDER, MPL, 21, "未满{}周岁"),
        (law.ALONE_UNDER, MPL, 21, "未满{}周岁"),
        (law.CONSENT_UNDER, law.PIPL, 28, "不满{}周岁"),
        (law.CONSENT_UNDER, law.PIPL, 31, "不满{}周岁"),
        (law.ADULT_FROM, law.CC, 17, "{}周岁以上"),
        (law.ADULT_FROM, law.CC, 17, "不满{}周岁"),
        (law.FULL_CAPACITY_FROM, law.CC, 18, "{}周岁以上"),
        (law.LIMITED_CAPACITY_FROM, law.CC, 19, "{}周岁以上"),
        (law.LIMITED_CAPACITY_FROM, law.CC, 20, "不满{}周岁"),
        (law.LEFT_BEHIND_UNDER, law.GF16, "I", "不满{}周岁"),
    ],
)
def test_each_age_is_the_one_its_provision_says(
    age: int, doc: LegalDocument, key: int | str, words: str
) -> None:
    assert words.format(zh_numeral(age)) in doc.provision(key).text


# --- the records check themselves ---------------------------------------------------


def _doc(**changes: object) -> LegalDocument:
    fields = attrs.asdict(GF16, recurse=False)
    fields.update(changes)
    return LegalDocument(**fields)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"issued": None, "notes": " "}, "missing"),  # no date, and nothing said of it
        ({"code": "MPL-2020"}, "format"),
        ({"code": "mpl"}, "format"),
        ({"title_en": " "}, "empty"),  # the code of a blank field in every record
        ({"number": ""}, "missing"),
        ({"in_force": dt.date(2016, 2, 3)}, "order"),
        ({"url": "www.gov.cn"}, "format"),
        ({"provisions": (GF16.provision("I"), GF16.provision("I"))}, "duplicate"),
    ],
)
def test_a_malformed_document_is_refused(changes: dict[str, object], code: str) -> None:
    with pytest.raises(lb.InvalidData) as err:
        _doc(**changes)
    assert [p.code for p in err.value.problems] == [code]


def test_a_document_may_take_effect_on_its_own_date() -> None:
    assert _doc(in_force=GF16.issued).in_force == GF16.issued


def test_a_document_whose_date_was_not_seen_says_what_is_known() -> None:
    assert _doc(issued=None).issued is None  # GF16's notes say what was checked
    assert law.FSW20.issued is None and "2020年年底" in law.FSW20.notes


# --- 民发〔2020〕125号: the situations it added, in its words -----------------------


def test_fsw20_widens_fsw_by_two_situations_in_its_words() -> None:
    widened = law.FSW20.provision("I").text
    sit = lb.model.Situation
    words = {
        sit.INCAPACITATED: ("重残", "重病"),
        sit.IMPRISONED: ("服刑在押",),
        sit.COMPULSORY_REHAB: ("强制隔离戒毒",),
        sit.LIBERTY_RESTRICTED: ("被执行其他限制人身自由的措施",),
        sit.GUARDIANSHIP_REVOKED: ("被撤销监护资格",),
        sit.DEPORTED: ("被遣送（驱逐）出境",),
    }
    from left_behind.rules._classify import UNABLE

    assert set(words) == UNABLE  # what the classification counts, as the notice lists it
    for situation, said in words.items():
        assert all(w in widened for w in said), situation
        if len(said) == 1:
            assert situation.label() == said[0]  # labelled in the notice's words
    assert "民发〔2019〕62号" in widened and law.FSW.number == "民发〔2019〕62号"
    assert "FSW20" in law.FSW.notes
    assert law.FSW20.source("I").cite() == (
        "《关于进一步做好事实无人抚养儿童保障有关工作的通知（民发〔2020〕125号）》一、扩大保障对象范围"
    )


@pytest.mark.parametrize(
    ("changes", "code"),
    [({"text": " "}, "empty"), ({"text": "art. 22"}, "format"), ({"key": ""}, "empty")],
)
def test_a_malformed_provision_is_refused(changes: dict[str, str], code: str) -> None:
    with pytest.raises(lb.InvalidData) as err:
        attrs.evolve(MPL.provision(22), **changes)
    assert [p.code for p in err.value.problems] == [code]


# --- article numbers as the laws write them -----------------------------------------


@pytest.mark.parametrize(
    ("n", "zh"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),  # not 一十
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (100, "一百"),
        (101, "一百零一"),  # a zero inside is read
        (103, "一百零三"),
        (110, "一百一十"),  # but 一 before 十 is kept past one hundred
        (201, "二百零一"),
        (1000, "一千"),
        (1001, "一千零一"),  # one 零 for several zeros
        (1010, "一千零一十"),
        (1100, "一千一百"),
        (1259, "一千二百五十九"),
        (1260, "一千二百六十"),
        (9999, "九千九百九十九"),
    ],
)
def test_zh_numeral(n: int, zh: str) -> None:
    assert zh_numeral(n) == zh


@pytest.mark.parametrize("n", [0, -1, 10000])
def test_zh_numeral_refuses_what_no_article_is(n: int) -> None:
    with pytest.raises(ValueError, match="from 1 to 9999"):
        zh_numeral(n)


def test_article_joins_paragraphs_one_a_line() -> None:
    a = article(21, "第一款。", "第二款。", note="示例")
    assert (a.key, a.article, a.article_en, a.text, a.note) == (
        "21",
        "第二十一条",
        "art. 21",
        "第一款。\n第二款。",
        "示例",
    )


# --- the package's public face -------------------------------------------------------


def test_the_law_package_exports_each_public_name_once() -> None:
    names = law.__all__
    assert len(names) == len(set(names))
    public = {n for n in vars(law) if not n.startswith("_")} - {"annotations"}
    assert set(names) == public
    assert all((getattr(law, n).__doc__ or "").strip() for n in names if n != "DOCUMENTS")


def test_lb_reaches_the_law_package() -> None:
    assert lb.law is law and lb.law.MPL is MPL
