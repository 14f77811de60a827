"""The one bilingual text: Chinese first, both languages treated alike."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from left_behind.kinds import Text, check_lang, check_style

texts = st.text(alphabet=st.characters(blacklist_characters="{}"))


@given(texts, texts)
def test_get_reads_chinese_unless_english_is_asked(zh: str, en: str) -> None:
    t = Text(zh, en)
    assert (t.get(), t.get("zh"), t.get("en"), str(t)) == (zh, zh, en, zh)


@given(texts, texts, texts, texts)
def test_adding_texts_adds_each_language(a: str, b: str, c: str, d: str) -> None:
    assert Text(a, b) + Text(c, d) == Text(a + c, b + d)


@given(st.integers())
def test_format_fills_both_languages(n: int) -> None:
    assert Text("每{n}天", "every {n} days").format(n=n) == Text(f"每{n}天", f"every {n} days")


@pytest.mark.parametrize("bad", ["", "ZH", "fr", None, 0])
def test_a_wrong_language_or_style_is_the_programs_mistake(bad: object) -> None:
    with pytest.raises(ValueError):
        check_lang(bad)
    with pytest.raises(ValueError):
        check_style(bad)


def test_a_language_is_picked_in_one_place() -> None:
    # every part reads a Text (or an enumeration's label): no part picks a language itself
    import re
    from pathlib import Path

    import left_behind

    package = Path(left_behind.__file__).parent
    picked = [
        f"{path.relative_to(package)}:{n}"
        for path in sorted(package.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\blang\s*[!=]=", line)
    ]
    assert {p.split(":")[0] for p in picked} == {"kinds/_text.py"}, picked
