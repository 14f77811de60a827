"""The table of kinds of value: every row keeps its promises, and the new kinds at their edges.

A record made here holds every kind the next records need (times of day,
moments, durations, time zones, recurrence rules) next to the old ones, with
no code anywhere else: the loaders, writers, checks, words and strategies all
come from the table.
"""

from __future__ import annotations

import datetime as dt
import json
import linecache
import traceback
import typing
import zoneinfo
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import testing as lt
from left_behind.io import _json as json_module
from left_behind.kinds._base import Record, as_frozenset, as_tuple
from left_behind.kinds._convert import converter, unstructure, writer
from left_behind.kinds._kinds import KINDS, describe_type, kind_of, python_type, value_fits
from profiles import examples

SETTINGS = settings(max_examples=examples(0.6), suppress_health_check=[HealthCheck.too_slow])
CST = dt.timezone(dt.timedelta(hours=8))


@attrs.frozen(kw_only=True)
class Session(Record):
    """A made-up record with every new kind, as a later issue's records will have."""

    title: str = lb.kinds.field(not_blank=True, words=("名称", "the title"))
    starts: dt.time
    ends: dt.time | None = None
    at: dt.datetime
    length: dt.timedelta
    zone: zoneinfo.ZoneInfo
    repeats: lb.kinds.Recurrence | None = None
    days: frozenset[lb.model.Interest] = lb.kinds.field(default=frozenset(), converter=as_frozenset)
    notes: tuple[str, ...] = lb.kinds.field(default=(), converter=as_tuple)
    phone: lb.kinds.Phone | None = None
    share: float = 0.0


SESSION = {
    "title": "快乐氧吧: 书法",
    "starts": "16:30",
    "ends": "17:30",
    "at": "2026-09-01T16:30:00+08:00",
    "length": 60,
    "zone": "Asia/Shanghai",
    "repeats": "FREQ=WEEKLY;BYDAY=MO,WE",
    "days": ["calligraphy_painting", "reading"],
    "notes": ["bring ink: black", "room 2"],
    "phone": "0999-0000123",
    "share": 12.5,
}

FIELD_TYPES = sorted(
    {
        typing.get_type_hints(cls)[a.name]
        for cls in (*lt.RECORD_TYPES, Session)
        for a in attrs.fields(cls)
    },
    key=repr,
)


def test_the_made_up_record_round_trips_in_both_styles() -> None:
    session = lb.from_dict(SESSION, Session)
    assert session.at == dt.datetime(2026, 9, 1, 16, 30, tzinfo=CST)
    assert session.length == dt.timedelta(hours=1)
    assert session.zone.key == "Asia/Shanghai"
    assert lb.to_dict(session) == SESSION
    for style in ("snake", "camel"):
        text = lb.to_json(session, style=style)  # type: ignore[arg-type]
        assert text == json.dumps(unstructure(session, style), ensure_ascii=False)  # type: ignore[arg-type]
        assert lb.from_json(text, Session, style=style) == session  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("starts", "24:00", "format"),  # the day has no hour 24
        ("starts", "7:30", "format"),  # two digits for the hour
        ("starts", "12:60", "format"),
        ("starts", "12:30:00", "format"),  # to the minute only
        ("starts", 1630, "type"),
        ("at", "2026-09-01T16:30", "format"),  # a moment needs its offset
        ("at", "2026-09-01 16:30+08:00", "format"),
        ("at", "2026-02-30T16:30+08:00", "date"),
        ("length", -1, "range"),
        ("length", 1.5, "type"),
        ("length", True, "type"),
        ("length", "60", "type"),
        ("zone", "Asia/Nowhere", "time_zone"),
        ("zone", "../etc/passwd", "time_zone"),
        ("zone", "", "time_zone"),
        ("repeats", "RRULE:FREQ=WEEKLY", "format"),  # the value only
        ("repeats", "freq=weekly", "format"),  # in capitals
        ("repeats", "BYDAY=MO", "format"),  # FREQ is required
        ("repeats", "FREQ=WEEKLY;COUNT=3;UNTIL=20270101T000000Z", "format"),
        ("repeats", "FREQ=WEEKLY;UNTIL=20270101", "format"),  # UNTIL in UTC
        ("repeats", "FREQ=FORTNIGHTLY", "format"),
        ("days", ["reading", "reading"], "duplicate"),
    ],
)
def test_each_new_kind_refuses_what_is_not_it(key: str, value: Any, code: str) -> None:
    with pytest.raises(lb.InvalidData) as err:
        lb.from_dict({**SESSION, key: value}, Session)
    assert [(p.path, p.code) for p in err.value.problems] == [(f"$.{key}", code)]


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("starts", "00:00", dt.time(0, 0)),
        ("starts", "23:59", dt.time(23, 59)),
        ("at", "2026-09-01T08:30Z", dt.datetime(2026, 9, 1, 16, 30, tzinfo=CST)),
        ("at", "2026-09-01T16:30:15.5+08:00", dt.datetime(2026, 9, 1, 16, 30, 15, 500000, CST)),
        ("length", 0, dt.timedelta(0)),
        ("zone", "UTC", zoneinfo.ZoneInfo("UTC")),
        ("repeats", "FREQ=MONTHLY;BYDAY=1SA;UNTIL=20270115T155959Z", None),
    ],
)
def test_each_new_kind_takes_its_edges(key: str, value: Any, expected: Any) -> None:
    got = getattr(lb.from_dict({**SESSION, key: value}, Session), key)
    assert got == (expected if expected is not None else value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("starts", dt.time(16, 30, 5)),  # to the minute
        ("starts", dt.time(16, 30, tzinfo=CST)),
        ("at", dt.datetime(2026, 9, 1, 16, 30)),  # no offset
        ("length", dt.timedelta(seconds=90)),
        ("length", dt.timedelta(minutes=-5)),
        ("zone", "Asia/Shanghai"),
        ("repeats", "FREQ=WEEKLY"),  # a str, not a Recurrence
    ],
)
def test_python_callers_get_the_type_check(field: str, value: Any) -> None:
    good = lb.from_dict(SESSION, Session)
    with pytest.raises(lb.InvalidData) as err:
        attrs.evolve(good, **{field: value})
    assert [(p.path, p.code) for p in err.value.problems] == [(f"$.{field}", "type")]


@pytest.mark.parametrize("tp", FIELD_TYPES, ids=repr)
def test_every_field_type_has_a_kind_with_words(tp: Any) -> None:
    kind = kind_of(tp)
    assert kind in KINDS
    assert describe_type(tp, "en") and describe_type(tp, "zh")
    assert python_type(tp)
    assert describe_type(tp, "zh") != describe_type(tp, "en") or kind.name == "boolean"


def _kinds_in(tp: Any) -> set[str]:
    kind = kind_of(tp)
    return {kind.name}.union(*(_kinds_in(t) for t in kind.items(tp)))


def test_every_kind_is_used_or_made_for_the_next_records() -> None:
    used = set().union(*(_kinds_in(tp) for tp in FIELD_TYPES))
    assert used == {k.name for k in KINDS}


LEAVES = [tp for tp in FIELD_TYPES if not kind_of(tp).items(tp) and kind_of(tp).name != "record"]


@pytest.mark.parametrize("tp", LEAVES, ids=repr)
@SETTINGS
@given(data=st.data())
def test_a_drawn_value_fits_and_round_trips(tp: Any, data: st.DataObject) -> None:
    value = data.draw(lt.values(tp))
    assert value_fits(tp, value)
    plain = unstructure(value)
    again = converter().structure(plain, tp)
    assert again == value and type(again) is type(value)
    detailed = converter(detailed=True).structure(plain, tp)
    assert detailed == value


@pytest.mark.parametrize("style", ["snake", "camel"])
@pytest.mark.parametrize("cls", [*lt.RECORD_TYPES, Session], ids=lambda c: c.__name__)
@SETTINGS
@given(data=st.data())
def test_the_json_writer_writes_what_json_dumps_writes(
    cls: type, style: str, data: st.DataObject
) -> None:
    record = data.draw(lt.records(cls))  # type: ignore[type-var]
    text = writer(cls, style)(record)  # type: ignore[arg-type]
    assert text == json.dumps(unstructure(record, style), ensure_ascii=False)  # type: ignore[arg-type]
    assert lb.from_json(text, cls, style=style) == record  # type: ignore[arg-type]


def test_generated_code_shows_in_tracebacks() -> None:
    bad = object.__new__(lb.ContactEvent)  # fields never set: the writer fails inside
    with pytest.raises(AttributeError) as err:
        writer(lb.ContactEvent)(bad)
    frames = traceback.extract_tb(err.value.__traceback__)
    generated = [f for f in frames if f.filename.startswith("<left_behind generated")]
    assert generated and "obj.on" in (generated[-1].line or "")
    assert linecache.getline(generated[-1].filename, generated[-1].lineno).strip()


# --- the fast path of from_json -----------------------------------------------


@pytest.fixture
def no_careful_way(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    taken: list[str] = []

    def careful(text: Any, cls: Any, style: Any) -> Any:
        taken.append("careful")
        raise AssertionError("the careful way was taken")

    monkeypatch.setattr(json_module, "_from_json_carefully", careful)
    return taken


def test_colons_inside_strings_stay_on_the_fast_path(no_careful_way: list[str]) -> None:
    session = lb.from_json(json.dumps(SESSION, ensure_ascii=False), Session)
    assert session.title == "快乐氧吧: 书法"
    child = lb.samples.shicun().children[0]
    text = lb.to_json(attrs.evolve(child, address="示例村: 3组 12:30号", school="示例: 小学"))
    assert lb.from_json(text, lb.Child).address == "示例村: 3组 12:30号"


REPEATED = (
    '{"on": "2026-03-01", "parent": "mother", "party": "both", "mode": "call", "mode": "video"}'
)
# A repeated key balanced by a colon written as an escape: the fast pass reads
# one colon more in the title than the text shows, and one key fewer.
BALANCED = (
    json.dumps({**SESSION, "title": "a:b"}, ensure_ascii=False).replace("a:b", "a\\u003ab")[:-1]
    + ', "length": 60}'
)


@pytest.mark.parametrize(
    ("text", "cls", "path"),
    [
        (REPEATED, lb.ContactEvent, "$.mode"),
        (REPEATED.encode("utf-8"), lb.ContactEvent, "$.mode"),
        (BALANCED, Session, "$.length"),
        (BALANCED.replace("u003a", "u003A").encode("utf-8"), Session, "$.length"),
    ],
    ids=["text", "bytes", "escaped colon", "escaped colon, bytes"],
)
def test_repeated_keys_are_found_however_the_colons_fall(
    text: str | bytes, cls: type, path: str
) -> None:
    with pytest.raises(lb.InvalidData) as err:
        lb.from_json(text, cls)
    assert [(p.path, p.code) for p in err.value.problems] == [(path, "duplicate_key")]


def test_the_balanced_text_would_fool_a_count_of_colons_alone() -> None:
    """Without the escape guard the counts of BALANCED agree: the guard is what finds it."""
    from left_behind.kinds._convert import count_keys

    counted = count_keys(json.loads(BALANCED), Session, "snake")
    assert counted is not None and counted[1] == BALANCED.count(":")


@SETTINGS
@given(
    title=st.text(alphabet=st.sampled_from('ab:：\\"u003A 书'), min_size=1, max_size=12),
    escape=st.booleans(),
)
def test_a_repeated_key_is_never_missed(title: str, escape: bool) -> None:
    if not title.strip():
        title = "x" + title
    doc = json.dumps({**SESSION, "title": title}, ensure_ascii=escape)
    # a repeated key, and a colon written as an escape to balance the count
    doc = doc[:-1] + ', "notes": []}'
    doc = doc.replace('"room 2"', '"room\\u003a 2"')
    with pytest.raises(lb.InvalidData) as err:
        lb.from_json(doc, Session)
    assert "duplicate_key" in [p.code for p in err.value.problems]


def test_plain_data_of_a_list_of_records_as_a_field_type() -> None:
    """The writer of a composite type reaches the records' own writers (none is a leaf)."""
    children = lb.samples.shicun().children[:2]
    plain = converter().unstructure(children, unstructure_as=tuple[lb.Child, ...])
    assert plain == [lb.to_dict(c) for c in children]
