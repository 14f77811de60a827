"""A recurrence rule as RFC 5545 (section 3.3.10) writes it, for a programme's timetable.

What each part of a rule may hold, and with which frequencies, is one table
(``_PARTS``) read by the check; python-dateutil then expands the rule.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re

import attrs
from dateutil.rrule import rrule, rrulestr

from left_behind.kinds._checked import CheckedText
from left_behind.kinds._checked import bad_text as _bad
from left_behind.kinds._errors import InvalidData, Problem, ProblemCode
from left_behind.kinds._text import Text

__all__ = ["Recurrence"]

_PART = re.compile(r"[A-Z]+=[A-Z0-9,+\-]+")
# Sessions are held in China Standard Time, so a rule must work with a start
# that has a time zone: then RFC 5545 (3.3.10) wants UNTIL in UTC.
_PROBE = dt.datetime(2026, 9, 1, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))

_FREQS = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
# a programme's rule gives the days it meets; the time of day is the programme's own
_BY_THE_DAY = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WEEKDAY = "|".join(_WEEKDAYS)

# The longest interval taken: a hundred years. dateutil gives no error for a
# longer one (FREQ=DAILY;INTERVAL=1000000000 has one occurrence, and then none:
# the next would be past the year 9999 of Python's calendar), so a rule would
# silently stop; a hundred years keeps the next occurrence inside the calendar
# from any start before the year 9899, and is far more than a programme needs.
LONGEST_INTERVAL = {"DAILY": 36_500, "WEEKLY": 5_200, "MONTHLY": 1_200, "YEARLY": 100}
_MOST_COUNT = 999_999_999


@attrs.frozen
class _Part:
    """What one part of a rule holds (RFC 5545 3.3.10), and with which FREQ it may be used."""

    item: str  # one value of its comma-separated list, as a regular expression
    what: Text  # what a value is, for messages
    low: int = 0  # for numbers: from low to high, and -high to -low when signed
    high: int = 0
    signed: bool = False
    listed: bool = True
    freqs: tuple[str, ...] = _FREQS
    time_of_day: bool = False

    @property
    def allowed(self) -> Text:
        """The values allowed, in words."""
        if not self.high:
            return Text.same("")
        span = Text("{low} 到 {high}", "from {low} to {high}")
        if self.signed:
            span += Text("或 -{high} 到 -{low}", " or -{high} to -{low}")
        return span.format(low=self.low, high=self.high)


_NUMBER = r"\d{1,%d}"
_SIGNED = r"[+-]?\d{1,%d}"
_PARTS: dict[str, _Part] = {
    "FREQ": _Part("|".join(_FREQS), Text("重复频率", "how often it repeats"), listed=False),
    "UNTIL": _Part(
        r"\d{8}T\d{6}Z", Text("最后一次的开始时间（UTC）", "the last start, in UTC"), listed=False
    ),
    "COUNT": _Part(
        r"\d+", Text("次数", "the number of times it is held"), 1, _MOST_COUNT, listed=False
    ),
    "INTERVAL": _Part(
        r"\d+",
        Text("间隔周期数", "the number of periods from one to the next"),
        1,
        max(LONGEST_INTERVAL.values()),  # each FREQ's own cap is checked apart
        listed=False,
    ),
    "BYSECOND": _Part(_NUMBER % 2, Text("秒", "the second"), 0, 60, time_of_day=True),
    "BYMINUTE": _Part(_NUMBER % 2, Text("分钟", "the minute"), 0, 59, time_of_day=True),
    "BYHOUR": _Part(_NUMBER % 2, Text("小时", "the hour"), 0, 23, time_of_day=True),
    "BYDAY": _Part(
        rf"(?:[+-]?\d{{1,2}})?(?:{_WEEKDAY})", Text("星期", "a weekday"), 1, 53, signed=True
    ),
    "BYMONTHDAY": _Part(
        _SIGNED % 2,
        Text("每月第几天", "a day of the month"),
        1,
        31,
        True,
        freqs=tuple(f for f in _FREQS if f != "WEEKLY"),
    ),
    "BYYEARDAY": _Part(
        _SIGNED % 3,
        Text("每年第几天", "a day of the year"),
        1,
        366,
        True,
        freqs=tuple(f for f in _FREQS if f not in ("DAILY", "WEEKLY", "MONTHLY")),
    ),
    "BYWEEKNO": _Part(
        _SIGNED % 2, Text("每年第几周", "a week of the year"), 1, 53, True, freqs=("YEARLY",)
    ),
    "BYMONTH": _Part(_NUMBER % 2, Text("月份", "a month"), 1, 12),
    "BYSETPOS": _Part(
        _SIGNED % 3, Text("周期内第几次", "a place in the period's set"), 1, 366, True
    ),
    "WKST": _Part(_WEEKDAY, Text("每周起始日", "the day weeks start on"), listed=False),
}
_NARROWING = ("BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH")


def _problem(message: Text) -> Problem:
    return Problem.of("$", ProblemCode.FORMAT, message)


def _in_range(text: str, low: int, high: int, signed: bool) -> bool:
    digits = text.lstrip("+-")
    if text.startswith("-") and not signed:
        return False
    # compare lengths first: a number of thousands of digits is not worth converting
    if len(digits.lstrip("0")) > len(str(high)):
        return False
    return low <= int(digits) <= high


def _value_problems(name: str, value: str, freq: str | None) -> list[Problem]:
    part = _PARTS[name]
    items = value.split(",") if part.listed else [value]
    high = LONGEST_INTERVAL.get(freq or "", part.high) if name == "INTERVAL" else part.high
    part = attrs.evolve(part, high=high)
    wrong = []
    for item in items:
        if not re.fullmatch(part.item, item):
            wrong.append(item)
            continue
        number = item[:-2] if name == "BYDAY" else item
        if part.high and number and not _in_range(number, part.low, part.high, part.signed):
            wrong.append(item)
        elif name == "UNTIL":
            try:
                dt.datetime.strptime(item, "%Y%m%dT%H%M%SZ")
            except ValueError:
                wrong.append(item)
    if not wrong:
        return []
    bad = value
    if name == "UNTIL":
        return [
            _problem(
                Text(
                    f"UNTIL={bad}：UNTIL 是最后一次的开始时间，须为真实的 UTC 日期时间，"
                    "如 20270115T155959Z（活动有时区，RFC 5545 要求用 UTC）",
                    f"UNTIL={bad}: UNTIL is the last start as a real UTC date and time, such as"
                    " 20270115T155959Z (sessions have a time zone, so RFC 5545 wants UTC)",
                ),
            )
        ]
    if name == "BYDAY":
        return [
            _problem(
                Text(
                    f"BYDAY={bad}：每个值是星期（{'、'.join(_WEEKDAYS)}），前面可加第几个，"
                    f"为 {part.allowed.zh}（如 2SU、-1FR）",
                    f"BYDAY={bad}: each value is a weekday ({', '.join(_WEEKDAYS)}), with the week"
                    f" first if any, {part.allowed.en} (such as 2SU or -1FR)",
                ),
            )
        ]
    if not part.high:
        choices = part.item.split("|")
        return [
            _problem(
                Text(
                    f"{name}={bad}：{part.what.zh}应为 {'、'.join(choices)} 之一",
                    f"{name}={bad}: {part.what.en} is one of {', '.join(choices)}",
                ),
            )
        ]
    each = Text("每个值是", "each value is") if part.listed else Text("", f"{name} is")
    per = (
        Text(f"（FREQ={freq} 时）", f" for FREQ={freq}")
        if name == "INTERVAL" and freq in LONGEST_INTERVAL
        else Text.same("")
    )
    return [
        _problem(
            Text(
                f"{name}={bad}：{each.zh}{part.what.zh}，应为整数 {part.allowed.zh}{per.zh}",
                f"{name}={bad}: {each.en} {part.what.en}, a whole number {part.allowed.en}{per.en}",
            ),
        )
    ]


def _rule_problems(parts: list[tuple[str, str]]) -> list[Problem]:
    """Every way the parts break RFC 5545 3.3.10 or a programme's timetable."""
    found: list[Problem] = []
    names = [n for n, _ in parts]
    for name in dict.fromkeys(names):
        if name not in _PARTS:
            found.append(
                _problem(
                    Text(
                        f"{name} 不是 RFC 5545 重复规则的组成部分，可用的有 {'、'.join(_PARTS)}",
                        f"{name} is not a part of an RFC 5545 recurrence rule: the parts are"
                        f" {', '.join(_PARTS)}",
                    ),
                )
            )
        elif names.count(name) > 1:
            found.append(
                _problem(
                    Text(
                        f"{name} 写了 {names.count(name)} 次，每一部分只能写一次",
                        f"{name} is given {names.count(name)} times; each part is given once",
                    ),
                )
            )
    given = {n: v for n, v in reversed(parts) if n in _PARTS}
    freq = given.get("FREQ")
    if freq is None:
        found.append(
            _problem(
                Text(
                    "重复规则必须有 FREQ，如 FREQ=WEEKLY",
                    "a recurrence rule needs FREQ, such as FREQ=WEEKLY",
                ),
            )
        )
    elif freq not in _FREQS:
        freq = None
    for name, value in given.items():
        found += _value_problems(name, value, freq)
    if freq is not None and freq not in _BY_THE_DAY:
        found.append(
            _problem(
                Text(
                    f"FREQ={freq}：活动的重复规则只规定哪几天举行，时刻另填："
                    f"FREQ 应为 {'、'.join(_BY_THE_DAY)} 之一",
                    f"FREQ={freq}: a programme's rule gives the days it meets, at its own time:"
                    f" FREQ is one of {', '.join(_BY_THE_DAY)}",
                ),
            )
        )
    for name in given:
        part = _PARTS[name]
        if part.time_of_day:
            found.append(
                _problem(
                    Text(
                        f"{name} 规定时刻中的{part.what.zh}（RFC 5545 中为 {part.allowed.zh}）；"
                        f"活动的重复规则只规定哪几天举行：请去掉 {name}，另填开始时刻",
                        f"{name} sets {part.what.en} of the start ({part.allowed.en} in RFC"
                        f" 5545); a programme's rule gives only its days: leave {name} out and"
                        " give the time the programme starts",
                    ),
                )
            )
        elif freq is not None and freq not in part.freqs:
            can = [f for f in _BY_THE_DAY if f in part.freqs]
            found.append(
                _problem(
                    Text(
                        f"{name} 不能与 FREQ={freq} 同用（RFC 5545 3.3.10），"
                        f"只能用于 FREQ={' 或 '.join(can)}",
                        f"{name} cannot be used with FREQ={freq} (RFC 5545 3.3.10), only with"
                        f" FREQ={' or '.join(can)}",
                    ),
                )
            )
    days = given.get("BYDAY", "")
    if freq is not None and any(re.match(r"[+-]?\d", d) for d in days.split(",")):
        if freq not in ("MONTHLY", "YEARLY"):
            found.append(
                _problem(
                    Text(
                        f"BYDAY={days}：带序号的星期（如 1MO，第一个星期一）只能用于"
                        f" FREQ=MONTHLY 或 YEARLY，不能用于 {freq}（RFC 5545 3.3.10）",
                        f"BYDAY={days}: a weekday with a number (such as 1MO, the first Monday) is"
                        f" only for FREQ=MONTHLY or YEARLY, not {freq} (RFC 5545 3.3.10)",
                    ),
                )
            )
        elif freq == "YEARLY" and "BYWEEKNO" in given:
            found.append(
                _problem(
                    Text(
                        f"BYDAY={days}：带序号的星期不能与 BYWEEKNO 同用（RFC 5545 3.3.10）",
                        f"BYDAY={days}: a weekday with a number cannot be used with BYWEEKNO"
                        " (RFC 5545 3.3.10)",
                    ),
                )
            )
    if "BYSETPOS" in given and not any(n in given for n in _NARROWING):
        found.append(
            _problem(
                Text(
                    f"BYSETPOS 只能与其他 BY 部分（{'、'.join(_NARROWING)}）同用，"
                    "从其给出的日子中挑选（RFC 5545 3.3.10）",
                    f"BYSETPOS is only used with another BY part ({', '.join(_NARROWING)}), to"
                    " pick among the days it gives (RFC 5545 3.3.10)",
                ),
            )
        )
    if "COUNT" in given and "UNTIL" in given:
        found.append(
            _problem(
                Text(
                    "COUNT 和 UNTIL 只能写一个（RFC 5545 3.3.10）",
                    "give COUNT or UNTIL, not both (RFC 5545 3.3.10)",
                ),
            )
        )
    return found


# The most days each month has in some year: those of a leap year (2000 is one).
_LONGEST_MONTH = tuple(calendar.monthrange(2000, m)[1] for m in range(1, 13))


def _some_day_of_month(parts: dict[str, str]) -> bool:
    """Whether some month the rule allows has one of the days of the month it names."""
    days = parts.get("BYMONTHDAY")
    if days is None:
        return True
    months = [int(m) for m in parts["BYMONTH"].split(",")] if "BYMONTH" in parts else range(1, 13)
    return any(abs(int(d)) <= _LONGEST_MONTH[m - 1] for m in months for d in days.split(","))


@functools.lru_cache(maxsize=1024)
def _parts(text: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in text.split(";"))


class Recurrence(CheckedText):
    """The value of an RFC 5545 ``RRULE``, such as ``FREQ=WEEKLY;BYDAY=MO,WE``.

    Written without the ``RRULE:`` prefix and without ``DTSTART`` (a
    programme gives its own start), in capitals, each part ``NAME=VALUE``
    once and ``FREQ`` among them, as RFC 5545 (3.3.10) allows: each value in
    its range (``BYMONTH`` 1 to 12, ``BYMONTHDAY`` 1 to 31 or -31 to -1...),
    each part with a ``FREQ`` it may be used with, ``COUNT`` and ``UNTIL``
    not both, and ``UNTIL`` as a UTC time (``20270115T155959Z``). A
    programme's rule gives the days it meets, at the programme's own time:
    ``FREQ`` is ``DAILY`` or longer and there is no ``BYHOUR``, ``BYMINUTE``
    or ``BYSECOND``; ``INTERVAL`` is at most a hundred years
    (:data:`LONGEST_INTERVAL`). python-dateutil reads it.

    >>> r = Recurrence("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=3")
    >>> start = dt.datetime(2026, 9, 1, 16, 0)
    >>> [d.strftime("%a %m-%d") for d in r.rule(start)]
    ['Wed 09-02', 'Mon 09-07', 'Wed 09-09']
    >>> Recurrence("FREQ=WEEKLY;BYDAY=XX")
    Traceback (most recent call last):
    ...
    left_behind.InvalidData: 1 problem:
      $: BYDAY=XX: each value is a weekday (MO, TU, WE, TH, FR, SA, SU), with the week
      first if any, from 1 to 53 or -53 to -1 (such as 2SU or -1FR) [format]
    >>> Recurrence("FREQ=YEARLY;BYMONTH=13")
    Traceback (most recent call last):
    ...
    left_behind.InvalidData: 1 problem:
      $: BYMONTH=13: each value is a month, a whole number from 1 to 12 [format]
    """

    __slots__ = ()
    description = "RFC 5545 recurrence rule (FREQ=WEEKLY;BYDAY=MO)"
    pattern = f"{_PART.pattern}(?:;{_PART.pattern})*"

    @classmethod
    def _checked(cls, text: str) -> str:
        parts = text.split(";")
        if not all(_PART.fullmatch(p) for p in parts):
            raise _bad(
                ProblemCode.FORMAT,
                Text(
                    "重复规则由大写的“名称=值”组成，用英文分号分隔，如 FREQ=WEEKLY;BYDAY=MO,WE，"
                    "不带 'RRULE:' 和 DTSTART",
                    "a recurrence rule is NAME=VALUE parts in capitals joined by ';', such as"
                    " FREQ=WEEKLY;BYDAY=MO,WE, without 'RRULE:' or DTSTART",
                ),
            )
        found = _rule_problems([(n, v) for n, v in (p.split("=", 1) for p in parts)])
        if found:
            raise InvalidData(found)
        try:
            rrulestr(text, dtstart=_PROBE)
        except (ValueError, TypeError, KeyError, IndexError) as exc:  # pragma: no cover
            # the table above is meant to refuse whatever dateutil does
            raise _bad(
                ProblemCode.FORMAT,
                Text(
                    f"不是有效的 RFC 5545 重复规则：{exc}",
                    f"not a valid RFC 5545 recurrence rule: {exc}",
                ),
            ) from None
        return text

    def rule(self, start: dt.datetime) -> rrule:
        """The occurrences from ``start`` on, as a dateutil ``rrule``."""
        found = rrulestr(str(self), dtstart=start)
        assert isinstance(found, rrule)  # one RRULE and no RDATE: never a set
        return found

    def unbounded(self) -> Recurrence:
        """The same rule without its own ``COUNT`` or ``UNTIL``."""
        kept = [p for p in str(self).split(";") if p.split("=", 1)[0] not in ("COUNT", "UNTIL")]
        return Recurrence(";".join(kept))

    def between(
        self, start: dt.datetime, first: dt.datetime, last: dt.datetime
    ) -> tuple[dt.datetime, ...]:
        """The occurrences of the rule begun at ``start``, from ``first`` to ``last`` (both
        included).

        The rule is cut at ``last`` (and counted from ``start`` when it has a
        ``COUNT``), so that dateutil stops at the first day it gives after
        ``last``. A rule whose months have none of its days of the month (the
        30th of February) gives nothing at once; one that gives no day after
        ``last`` for another reason is still followed by dateutil to the year
        9999: a fraction of a second for a yearly rule, seconds for a daily one.

        >>> Recurrence("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30").between(
        ...     dt.datetime(2026, 1, 1), dt.datetime(2026, 1, 1), dt.datetime(2026, 12, 31))
        ()
        """
        parts = _parts(str(self))
        if not _some_day_of_month(parts):
            return ()  # never a day: dateutil would look for one until the year 9999
        own = parts.get("UNTIL")
        until = last
        if own is not None:
            mine = dt.datetime.strptime(own, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc)
            until = min(until, mine)
        count = parts.get("COUNT")
        if until < start:
            return ()
        bounded = self.rule(start).replace(count=None, until=until)
        found = bounded if count is None else itertools.islice(bounded, int(count))
        return tuple(t for t in found if first <= t)
