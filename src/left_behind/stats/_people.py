"""The volunteers view: each volunteer's hours this year and the checks falling due."""

from __future__ import annotations

import datetime as dt

import attrs

from left_behind.kinds import (
    LabelledEnum,
    Lang,
    Record,
    Text,
    as_tuple,
    mask_name,
    mask_shaped,
    table,
)
from left_behind.law import ADULT_FROM
from left_behind.model import Background, Home
from left_behind.rules import Policy, check_due

__all__ = ["CheckStatus", "VolunteerRow", "Volunteers", "render_volunteers", "volunteers_on"]


class CheckStatus(LabelledEnum):
    """Where a volunteer's background check stands on a date (MPL art. 62)."""

    VALID = "valid", "有效", "valid"
    DUE_SOON = "due_soon", "即将到期", "due soon"
    EXPIRED = "expired", "已过期", "expired"
    MISSING = "missing", "未查询", "not checked"
    RECORD_FOUND = "record_found", "有记录", "a record found"
    NOT_NEEDED = "not_needed", "未成年，无需查询", "a minor: not checked"


@attrs.frozen(kw_only=True)
class VolunteerRow(Record):
    """One volunteer in the view: the name is masked, as everywhere it is shown.

    The id is whole, to find the volunteer by; :func:`render_volunteers` masks one
    shaped like an identity number or a phone.
    """

    id: str
    name: str
    background: Background
    teams: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    active: bool
    hours: float
    training_hours: float
    check: CheckStatus
    check_valid_until: dt.date | None = None


@attrs.frozen(kw_only=True)
class Volunteers(Record):
    """Every volunteer of a home on a date; ``due_within`` is the look-ahead in days."""

    on: dt.date
    due_within: int
    rows: tuple[VolunteerRow, ...] = attrs.field(default=(), converter=as_tuple)

    @property
    def total_hours(self) -> float:
        """Hours of service recorded this year, all volunteers together."""
        return sum(r.hours for r in self.rows)


def volunteers_on(
    home: Home, *, on: dt.date, policy: Policy | None = None, due_within: int = 30
) -> Volunteers:
    """The volunteers of ``home`` on ``on``: hours this year, checks due within ``due_within`` days.

    >>> import left_behind as lb
    >>> view = lb.volunteers_on(lb.samples.home(), on=lb.samples.REFERENCE_DATE)
    >>> first = lb.samples.home().volunteers[0]
    >>> len(view.rows), view.rows[0].name == lb.kinds.mask_name(first.name)
    (45, True)
    >>> sorted({r.check.value for r in view.rows})
    ['due_soon', 'expired', 'not_needed', 'record_found', 'valid']
    """
    policy = Policy() if policy is None else policy
    days = policy.background_check_days
    rows = []
    for v in home.volunteers:
        last = v.last_check(on)
        until = check_due(v, on, days)
        if v.age_on(on) < ADULT_FROM:
            status = CheckStatus.NOT_NEEDED
        elif last is None:
            status = CheckStatus.MISSING
        elif not last.clear:
            status = CheckStatus.RECORD_FOUND
        elif until is not None and until < on:
            status = CheckStatus.EXPIRED
        elif until is not None and (until - on).days < due_within:
            status = CheckStatus.DUE_SOON
        else:
            status = CheckStatus.VALID
        rows.append(
            VolunteerRow(
                id=v.id,
                name=mask_name(v.name),
                background=v.background,
                teams=tuple(t.id for t in home.teams if v.id in t.members_on(on)),
                active=v.active_on(on),
                hours=v.hours_in(on.year),
                training_hours=v.training_hours(on),
                check=status,
                check_valid_until=until,
            )
        )
    return Volunteers(on=on, due_within=due_within, rows=tuple(rows))


_ACTIVE, _LEFT = Text("在册", "active"), Text("已退出", "left")


def render_volunteers(view: Volunteers, lang: Lang = "zh") -> str:
    """The view as text, one volunteer a line, then the checks to act on.

    An id shaped like an identity number or a phone is masked, as the name is.
    """
    head = Text(
        f"{view.on} 志愿者 {len(view.rows)} 名，本年度服务 {view.total_hours:g} 小时",
        f"Volunteers on {view.on}: {len(view.rows)}, {view.total_hours:g} hours this year",
    )
    lines = [head.get(lang)]
    rows = []
    for r in view.rows:
        state = (_ACTIVE if r.active else _LEFT).get(lang)
        until = f" ({r.check_valid_until})" if r.check_valid_until else ""
        teams = ",".join(map(mask_shaped, r.teams)) or "—"
        rows.append(
            [
                mask_shaped(r.id),
                r.name,
                r.background.label(lang),
                teams,
                state,
                f"{r.hours:g}h",
                f"{r.check.label(lang)}{until}",
            ]
        )
    # the columns line up by display width (a Chinese character is two columns)
    lines += table(rows, right=[5], indent="  ")
    act = [r for r in view.rows if r.active and r.check in _ACT_ON]
    if act:
        lines.append(
            Text(
                f"{view.due_within} 天内需处理的查询：",
                f"Checks to act on within {view.due_within} days:",
            ).get(lang)
        )
        lines += [f"  {mask_shaped(r.id)} {r.check.label(lang)}" for r in act]
    return "\n".join(lines)


_ACT_ON = frozenset(
    {CheckStatus.DUE_SOON, CheckStatus.EXPIRED, CheckStatus.MISSING, CheckStatus.RECORD_FOUND}
)
