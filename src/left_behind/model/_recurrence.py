"""A recurrence rule as RFC 5545 writes it, checked by python-dateutil."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.rrule import rrule, rrulestr

from left_behind.model._text import CheckedText
from left_behind.model._text import bad_text as _bad

__all__ = ["Recurrence"]

_PART = re.compile(r"[A-Z]+=[A-Z0-9,+\-]+")
# Sessions are held in China Standard Time, so a rule must work with a start
# that has a time zone: then RFC 5545 (3.3.10) wants UNTIL in UTC.
_PROBE = dt.datetime(2026, 9, 1, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


class Recurrence(CheckedText):
    """The value of an RFC 5545 ``RRULE``, such as ``FREQ=WEEKLY;BYDAY=MO,WE``.

    Written without the ``RRULE:`` prefix and without ``DTSTART`` (a
    programme gives its own start), in capitals, each part ``NAME=VALUE``
    and ``FREQ`` among them; ``COUNT`` and ``UNTIL`` not both (RFC 5545
    3.3.10), and ``UNTIL`` as a UTC time (``20270115T155959Z``) or absent.
    python-dateutil reads it.

    >>> r = Recurrence("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=3")
    >>> start = dt.datetime(2026, 9, 1, 16, 0)
    >>> [d.strftime("%a %m-%d") for d in r.rule(start)]
    ['Wed 09-02', 'Mon 09-07', 'Wed 09-09']
    >>> Recurrence("FREQ=WEEKLY;BYDAY=XX")
    Traceback (most recent call last):
    ...
    left_behind.InvalidData: 1 problem:
      $: not a valid RFC 5545 recurrence rule: invalid 'BYDAY': XX [format]
    """

    __slots__ = ()
    description = "RFC 5545 recurrence rule (FREQ=WEEKLY;BYDAY=MO)"
    pattern = f"{_PART.pattern}(?:;{_PART.pattern})*"

    @classmethod
    def _checked(cls, text: str) -> str:
        parts = text.split(";")
        if not all(_PART.fullmatch(p) for p in parts):
            raise _bad(
                "format",
                "a recurrence rule is NAME=VALUE parts in capitals joined by ';', such as"
                " FREQ=WEEKLY;BYDAY=MO,WE, without 'RRULE:' or DTSTART",
                "重复规则由大写的“名称=值”组成，用英文分号分隔，如 FREQ=WEEKLY;BYDAY=MO,WE，"
                "不带 'RRULE:' 和 DTSTART",
            )
        names = [p.split("=", 1)[0] for p in parts]
        if "FREQ" not in names:
            raise _bad(
                "format",
                "a recurrence rule needs FREQ, such as FREQ=WEEKLY",
                "重复规则必须有 FREQ，如 FREQ=WEEKLY",
            )
        if len(set(names)) != len(names):
            raise _bad(
                "format",
                "a part of the recurrence rule is given twice",
                "重复规则的某一部分写了两次",
            )
        if "COUNT" in names and "UNTIL" in names:
            raise _bad(
                "format",
                "give COUNT or UNTIL, not both (RFC 5545 3.3.10)",
                "COUNT 和 UNTIL 只能写一个（RFC 5545 3.3.10）",
            )
        try:
            rrulestr(text, dtstart=_PROBE)
        except (ValueError, TypeError, KeyError, IndexError) as exc:
            raise _bad(
                "format",
                f"not a valid RFC 5545 recurrence rule: {exc}",
                f"不是有效的 RFC 5545 重复规则：{exc}",
            ) from None
        return text

    def rule(self, start: dt.datetime) -> rrule:
        """The occurrences from ``start`` on, as a dateutil ``rrule``."""
        found = rrulestr(str(self), dtstart=start)
        assert isinstance(found, rrule)  # one RRULE and no RDATE: never a set
        return found
