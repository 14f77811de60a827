"""Strategies for the documents the library makes (policy, report, summary, risk, classification).

``left_behind.testing`` generates the records of a register; these are made
from them the way an application makes them: by checking, summarising,
assessing and classifying.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt

DOCUMENT_TYPES: tuple[type[lb.kinds.Record], ...] = (
    lb.Policy,
    lb.Report,
    lb.Summary,
    lb.Risk,
    lb.Classification,
)
"""The documents besides the register's records that the loaders read."""

ON = lb.samples.REFERENCE_DATE


@functools.cache
def shicun_report() -> lb.Report:
    """The report of the sample village: findings of every kind."""
    return lb.check(lb.samples.shicun(), on=ON)


@functools.cache
def shicun_summary() -> lb.Summary:
    return lb.summarize(lb.samples.shicun(), on=ON)


def _days() -> st.SearchStrategy[dt.date]:
    """A date from five years before the reference date to one year after it."""
    return st.integers(-5 * 365, 365).map(lambda n: ON + dt.timedelta(days=n))


def _risk(child: lb.Child, on: dt.date, policy: lb.Policy) -> lb.Risk:
    return lb.assess_risk(child, on=max(on, child.birth_date), policy=policy)


def instances(cls: type[Any]) -> st.SearchStrategy[Any]:
    """Real instances of one of :data:`DOCUMENT_TYPES`."""
    if cls is lb.Policy:
        return lt.policies()
    if cls is lb.Report:
        return st.one_of(
            st.just(shicun_report()),
            st.builds(
                lambda register, on, policy: lb.check(register, on=on, policy=policy),
                lt.registers(max_children=3),
                _days(),
                lt.policies(),
            ),
        )
    if cls is lb.Summary:
        return st.one_of(
            st.just(shicun_summary()),
            st.builds(lambda r, on: lb.summarize(r, on=on), lt.registers(max_children=4), _days()),
        )
    if cls is lb.Risk:
        return st.builds(_risk, lt.children(), _days(), lt.policies())
    if cls is lb.Classification:
        return st.builds(
            lambda child, on: lb.classify(child, on=max(on, child.birth_date)),
            lt.children(),
            _days(),
        )
    raise TypeError(f"no strategy for {cls.__name__}")  # pragma: no cover


def documents(cls: type[Any], style: lb.kinds.Style = "snake") -> st.SearchStrategy[Any]:
    """Valid plain-data documents of one of :data:`DOCUMENT_TYPES`, as ``to_dict`` writes them."""
    return instances(cls).map(lambda record: lb.to_dict(record, style=style))
