"""The rules on the people who work with children: MPL art. 62, Civil Code art. 19.

Art. 62: a unit in close contact with minors checks the criminal records of
the people it takes on before they start, and every year; one with a record
of sexual abuse, abuse, trafficking, violence and the like is not taken on.
The homes apply it to volunteers who meet children too (``check_volunteers``).
Civil Code art. 19: a minor of 8 or more acts with the consent of the
guardian beyond what suits the minor's age: the library's reading for a
minor volunteer, whose guardian agrees to the volunteering.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from left_behind.kinds import Text
from left_behind.law import ADULT_FROM, CC, MPL
from left_behind.model import Person, Volunteer
from left_behind.rules._findings import Severity
from left_behind.rules._registry import Hit
from left_behind.rules._support import PERSON_SUBJECT, SupportFacts

__all__ = ["check_due", "check_valid"]


def check_valid(person: Person, on: dt.date, days: int) -> bool:
    """Whether the person's latest check by ``on`` is clear and at most ``days`` old.

    >>> import datetime as dt
    >>> from left_behind import samples
    >>> v = samples.home().volunteers[0]
    >>> check_valid(v, samples.REFERENCE_DATE, 365)
    True
    """
    last = person.last_check(on)
    return last is not None and last.clear and (on - last.on).days <= days


def check_due(person: Person, on: dt.date, days: int) -> dt.date | None:
    """The last day the person's latest clear check holds (``None`` with no clear check)."""
    last = person.last_check(on)
    if last is None or not last.clear:
        return None
    return last.on + dt.timedelta(days=days)


@PERSON_SUBJECT.rule(
    id="MPL-62-background-check",
    dated=True,
    severity=Severity.ERROR,
    source=MPL.source(62),
    title=Text(
        "密切接触儿童的人员须经违法犯罪记录查询，且每年复查",
        "people in close contact with children are checked before they start and yearly",
    ),
    settings=("background_check_days", "check_volunteers"),
)
def background_check(person: Person, facts: SupportFacts) -> Iterator[Hit]:
    on, days = facts.on, facts.policy.background_check_days
    if person.age_on(on) < ADULT_FROM:
        return  # art. 62 is about the adults a unit takes on
    setting = "background_check_days"
    last = person.last_check(on)
    if isinstance(person, Volunteer):
        # a record found is never ignored, even where volunteers are not checked
        if not facts.policy.check_volunteers and (last is None or last.clear):
            return
        setting = "check_volunteers"
    contact = facts.first_contact.get(person.id)
    if last is None:
        if contact is None or contact > on:
            return  # no contact with a child yet: the check is due before the first
        yield Hit(
            path="$.checks",
            zh=f"自 {contact} 起接触儿童，但没有违法犯罪记录查询记录：请立即查询",
            en=f"in contact with children since {contact} with no check of criminal"
            " records: check now",
            setting=setting,
            due=contact,
        )
        return
    index = person.checks.index(last)
    if not last.clear:
        grounds = sorted(last.grounds, key=lambda g: g.value)
        zh = "、".join(g.label() for g in grounds) or "违法犯罪记录"
        en = ", ".join(g.label("en") for g in grounds) or "a record"
        # by id, not in the home's order: the same home reads the same, however kept
        ended = sorted(p.id for p in facts.pairings_of.get(person.id, ()) if p.active_on(on))
        stop_zh = f"；请结束结对 {'、'.join(ended)}" if ended else ""
        stop_en = f"; end pairings {', '.join(ended)}" if ended else ""
        yield Hit(
            path=f"$.checks[{index}]",
            zh=f"{last.on} 的查询发现{zh}：不得从事密切接触儿童的工作{stop_zh}",
            en=f"the check of {last.on} found {en}: may not be in close contact with"
            f" children{stop_en}",
        )
        return
    age = (on - last.on).days
    if age > days:
        yield Hit(
            path=f"$.checks[{index}].on",
            zh=f"最近一次查询在 {last.on}，已过 {age} 天，超过 {days} 天：请复查",
            en=f"last checked {last.on}, {age} days ago, more than {days}: check again",
            setting="background_check_days",
            due=check_due(person, on, days),
        )
        return
    # the check comes before the contact: a pairing under way that started
    # with no valid check on its first day is named, while it lasts
    for pairing in facts.pairings_of.get(person.id, ()):
        start = pairing.started_on
        if start is not None and pairing.active_on(on) and not check_valid(person, start, days):
            yield Hit(
                path="$.checks",
                zh=f"结对 {pairing.id} 于 {start} 开始时没有 {days} 天内无记录的查询："
                "先查询，后接触",
                en=f"pairing {pairing.id} started {start} with no clear check within {days}"
                " days of that day: check before contact",
                setting="background_check_days",
            )


@PERSON_SUBJECT.rule(
    id="CC-19-volunteer-consent",
    severity=Severity.ERROR,
    source=CC.source(19),
    title=Text(
        "未成年志愿者须经监护人同意",
        "a minor volunteers with the guardian's consent",
    ),
)
def minor_consent(person: Person, facts: SupportFacts) -> Iterator[Hit]:
    if not isinstance(person, Volunteer):
        return
    age = person.age_on(facts.on)
    if age >= ADULT_FROM:
        return
    given = person.guardian_consent_on
    if given is None or given > facts.on:
        yield Hit(
            path="$.guardian_consent_on",
            zh=f"{age} 周岁的未成年志愿者，没有监护人同意的记录：请取得并登记",
            en=f"a volunteer aged {age} with no guardian's consent recorded: obtain and record it",
        )
