"""Properties of the rules on people, pairings and the home, over generated homes.

(a) a compliant home has no finding, and neither has each of its people and
pairings checked alone, while one thing undone in it is found alone; (b) the
order of the records in a home does not change what is found.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

import attrs
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from left_behind import Finding, Home, Pairing, check
from left_behind import testing as lt
from left_behind.testing.rules import ADULT, compliant_homes
from profiles import examples

# each example checks a whole home, its children included
SETTINGS = settings(
    max_examples=examples(0.5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _said(findings: tuple[Finding, ...]) -> list[tuple[str, str, str, str]]:
    return [(f.rule_id, f.subject_kind, f.subject_id, f.message_en) for f in findings]


@SETTINGS
@given(compliant_homes())
def test_a_compliant_home_has_no_finding(drawn: tuple[Home, dt.date]) -> None:
    home, on = drawn
    assert _said(check(home, on=on).findings) == []


@SETTINGS
@given(compliant_homes())
def test_its_people_and_pairings_alone_have_no_finding(drawn: tuple[Home, dt.date]) -> None:
    home, on = drawn
    for person in (*home.staff, *home.volunteers):
        assert _said(check(person, on=on).findings) == [], person.id
    for pairing in home.pairings:
        # alone, a pairing shows none of its mentors: none is seen to be qualified to counsel
        expected = ["VOL-16-qualified"] if pairing.counselling and not pairing.closed_on else []
        assert [f.rule_id for f in check(pairing, on=on).findings] == expected, pairing.id


_INDEX = re.compile(r"^\$\.(children|staff|volunteers|teams|pairings)\[(\d+)\]")


def _by_id(home: Home, finding: Finding) -> tuple[Any, ...]:
    """A finding with an index into the home's lists written as the id it points at."""
    path = finding.path
    if finding.subject_kind == "home" and (m := _INDEX.match(path)):
        record = getattr(home, m.group(1))[int(m.group(2))]
        path = f"$.{m.group(1)}[id={record.id}]{path[m.end() :]}"
    return (
        finding.rule_id,
        finding.severity,
        finding.subject_kind,
        finding.subject_id,
        path,
        finding.message_en,
        finding.message_zh,
        finding.setting,
    )


# No rule's findings depend on the order a home lists its records in (PAIR-duplicate
# names the later proposed of two pairings, not the later listed).
ORDERED: frozenset[str] = frozenset()


def _found(home: Home, on: dt.date) -> Counter[tuple[Any, ...]]:
    findings = check(home, on=on).findings
    return Counter(_by_id(home, f) for f in findings if f.rule_id not in ORDERED)


@st.composite
def shuffled(draw: st.DrawFn, home: Home) -> Home:
    """``home`` with its children, staff, volunteers, teams and pairings each reordered."""
    lists = ("children", "staff", "volunteers", "teams", "pairings")
    return attrs.evolve(home, **{k: tuple(draw(st.permutations(getattr(home, k)))) for k in lists})


@SETTINGS
@given(home=lt.homes(on=lt.REFERENCE_DATE), data=st.data())
def test_the_order_of_the_records_does_not_change_the_findings(
    home: Home, data: st.DataObject
) -> None:
    other = data.draw(shuffled(home))
    assert _found(other, lt.REFERENCE_DATE) == _found(home, lt.REFERENCE_DATE)


@SETTINGS
@given(drawn=compliant_homes(), data=st.data())
def test_a_compliant_home_in_any_order_has_no_finding(
    drawn: tuple[Home, dt.date], data: st.DataObject
) -> None:
    home, on = drawn
    assert _said(check(data.draw(shuffled(home)), on=on).findings) == []


def _unchecked(home: Home, pairing: Pairing) -> Home:
    """The home with its first adult mentor of ``pairing`` never checked."""
    vid = pairing.mentors[0]
    people = tuple(attrs.evolve(v, checks=()) if v.id == vid else v for v in home.volunteers)
    return attrs.evolve(home, volunteers=people)


def _unconsented(home: Home, pairing: Pairing) -> Home:
    """The home with ``pairing`` approved without the guardian's consent."""
    changed = attrs.evolve(pairing, guardian_consent_on=None)
    return attrs.evolve(home, pairings=tuple(changed if p is pairing else p for p in home.pairings))


def _unpaired(home: Home, pairing: Pairing) -> Home:
    """The home with every pairing of ``pairing``'s child taken away."""
    kept = tuple(p for p in home.pairings if p.child != pairing.child)
    return attrs.evolve(home, pairings=kept)


BREACHES = {
    "MPL-62-background-check": _unchecked,
    "PAIR-consent": _unconsented,
    "PAIR-unpaired": _unpaired,
}


@SETTINGS
@given(drawn=compliant_homes(), rule_id=st.sampled_from(sorted(BREACHES)), data=st.data())
def test_one_breach_in_a_compliant_home_gives_its_rule_alone(
    drawn: tuple[Home, dt.date], rule_id: str, data: st.DataObject
) -> None:
    """The compliant homes are compliant for a reason: one thing undone is found, and only it."""
    home, on = drawn
    under_way = [p for p in home.pairings if p.closed_on is None]
    if rule_id == "MPL-62-background-check":  # a pupil is not checked: an adult is
        adults = {v.id for v in home.volunteers if v.age_on(on) >= ADULT}
        under_way = [p for p in under_way if p.mentors[0] in adults]
    assume(under_way)
    pairing = data.draw(st.sampled_from(under_way))
    broken = BREACHES[rule_id](home, pairing)
    assert {f.rule_id for f in check(broken, on=on).findings} == {rule_id}
