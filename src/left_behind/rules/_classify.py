"""Is a child left-behind, de-facto unsupported, migrant, or none of these, on a date?

Three definitions are applied, in this order; the first that holds gives
the status:

* **FSW-2019** (民发〔2019〕62号, as 民发〔2020〕125号 widened it), de-facto
  unsupported child (事实无人抚养儿童), a minor under 18: both parents are each
  seriously ill or severely disabled, imprisoned, in compulsory drug
  rehabilitation, under another measure restricting personal liberty, out of
  contact for six months or more, deprived of the guardianship by a court, or
  deported; or one parent is dead or missing and the other is so.
* **GF16-definition** (国发〔2016〕13号), left-behind child (留守儿童), a minor
  under 16: both parents work away, or one works away and the other cannot act
  as guardian (无监护能力). The opinion names serious illness and severe
  disability; a parent who is dead, missing, imprisoned, in rehabilitation,
  under another restriction of liberty, out of contact or deported cannot act
  as guardian at home either, and one whose guardianship a court revoked is no
  guardian at all (Civil Code art. 36): each is counted the same way. How long
  a parent must have worked away is the policy's ``working_away_months``: GF16
  fixes none, so by default a parent works away from the day of leaving.
* **Migrant child** (流动儿童), a minor under 18 who has lived away from the
  township of the household registration for six months or more (the
  reading of the national statistics: 人户分离, 离开户口登记地半年以上). A parent
  who works away and took the child along (``with_child``) lives with the
  child: such a child is not left-behind, and needs no entrusted carer.

Why this order. De-facto unsupported comes first: it is the graver
situation (no parent able to bring the child up at all, for the time that
matters) and brings the broader support of FSW-2019 (the basic living
allowance of orphans), and the national opinion on it says it covers
children whatever else they are counted as. As the situations are recorded
(one situation per parent on a date) the two conditions cannot both hold:
left-behind needs a parent working away, whom FSW-2019 does not count as
unable. The order says which wins should a register ever give both. A
migrant child lives with a parent or away from the hukou place with the
family; migrant comes last, for a child whose parents both work away without
the child is left-behind wherever the child lives. Each child has exactly
one status, so the statuses add up to the register.

Periods are counted as the law counts them (Civil Code arts. 201-203): the
day a situation began is not counted, the six months end at 24:00 of the
corresponding day, and "six months or more" (6个月以上: 以上 includes the
number, art. 1259) holds from the next day, the first on which six whole
months have been lived (see :func:`~left_behind.model.period_passed`). Out of
contact, the migrant child's months away from the hukou and, when the policy
sets it, the months of work away are all counted so. Ages are full years (周岁), one
more from the day after each birthday (see :func:`~left_behind.model.age_on`).

A recorded parent with no situation in force is at home. A parent with no
record at all (a father the register does not know, say) cares for nobody:
with the other parent working away the child is left-behind, and the reasons
say that the parent is not recorded. That parent never makes a child de-facto
unsupported, which needs the facts.

A child not yet born on the date has no status: :func:`classify` refuses it.
"""

from __future__ import annotations

import datetime as dt

import attrs

from left_behind.kinds import COLON, SEMICOLON, Lang, Record, Text, as_tuple, mask_shaped
from left_behind.law import ADULT_FROM, LEFT_BEHIND_UNDER, OUT_OF_CONTACT_MONTHS
from left_behind.model import (
    Child,
    ChildStatus,
    Parent,
    ParentRole,
    ReasonCode,
    Situation,
    period_passed,
)
from left_behind.rules._policy import Policy

__all__ = [
    "GONE",
    "MIGRANT_MONTHS",
    "UNABLE",
    "Classification",
    "Reason",
    "away_for_work",
    "away_from_home",
    "cannot_guard",
    "classify",
    "lives_with_child",
    "parent_reasons",
    "parents_absent",
    "work_away_since",
]

GONE = frozenset({Situation.DECEASED, Situation.MISSING})
"""A parent who is dead or missing."""
UNABLE = frozenset(
    {
        Situation.INCAPACITATED,
        Situation.IMPRISONED,
        Situation.COMPULSORY_REHAB,
        Situation.LIBERTY_RESTRICTED,
        Situation.GUARDIANSHIP_REVOKED,
        Situation.DEPORTED,
    }
)
"""A parent alive but unable to care, whatever the time: FSW-2019's list as 民发〔2020〕125号
widened it, but for contact, which counts after six months."""
MIGRANT_MONTHS = 6
"""A migrant child has lived away from the hukou township six months or more.

The reading of the national statistics (the census's 人户分离: 居住地与户口登记地
所在的乡镇街道不一致且离开户口登记地半年以上), which no law fixes, and of the
national monitoring of 2024 (across county lines, 6 months or more); counted
as Civil Code arts. 201-203 count periods, as the months of work away are
(:func:`~left_behind.model.period_passed`)."""
_DEFAULT_POLICY = Policy()
_DAY = dt.timedelta(days=1)


@attrs.frozen(kw_only=True)
class Reason(Record):
    """One fact behind a classification: the child's age, a parent's situation, or
    where the child lives (away from the hukou place since ``since``).

    ``with_child`` says that a parent working away took the child along.
    """

    code: ReasonCode
    parent: ParentRole | None = None
    situation: Situation | None = None
    since: dt.date | None = None
    age: int | None = None
    with_child: bool = False

    def describe(self, lang: Lang = "zh") -> str:
        """The fact in a sentence.

        >>> Reason(code=ReasonCode.PARENT_SITUATION, parent=ParentRole.MOTHER,
        ...        situation=Situation.WORKING_AWAY, since=dt.date(2024, 2, 20)).describe("en")
        'mother: working away since 2024-02-20'
        """
        since = (
            Text(f"（自 {self.since} 起）", f" since {self.since}") if self.since else Text("", "")
        )
        if self.code is ReasonCode.AGE:
            return Text(f"{self.age} 周岁", f"aged {self.age}").get(lang)
        if self.code is ReasonCode.AWAY_FROM_HUKOU:
            return (self.code.text + since).get(lang)
        who = self.parent.text if self.parent else Text("", "")
        if self.code is ReasonCode.PARENT_NOT_RECORDED:
            return Text(f"未登记{who.zh}信息", f"{who.en}: not recorded").get(lang)
        what = self.situation.text if self.situation else Text("", "")
        if self.with_child:
            what += Text("，携子女随迁", ", with the child")
        return (who + COLON + what + since).get(lang)


@attrs.frozen(kw_only=True)
class Classification(Record):
    """A child's status on a date, with the facts it rests on.

    ``child_id`` is masked where it is shaped like an identity number or a phone.
    """

    child_id: str
    on: dt.date
    status: ChildStatus
    reasons: tuple[Reason, ...] = attrs.field(converter=as_tuple)

    def explain(self, lang: Lang = "zh") -> str:
        """The status and its reasons in one line."""
        reasons = SEMICOLON.get(lang).join(r.describe(lang) for r in self.reasons)
        return self.status.label(lang) + COLON.get(lang) + reasons


def _parent_reason(child: Child, role: ParentRole, on: dt.date) -> Reason:
    parent = child.parent(role)
    if parent is None:
        return Reason(code=ReasonCode.PARENT_NOT_RECORDED, parent=role)
    current = parent.situation_on(on)
    if current is None:
        return Reason(code=ReasonCode.PARENT_SITUATION, parent=role, situation=Situation.AT_HOME)
    return Reason(
        code=ReasonCode.PARENT_SITUATION,
        parent=role,
        situation=current.situation,
        since=current.since,
        with_child=current.with_child,
    )


def _unable_fsw(r: Reason, on: dt.date) -> bool:
    if r.situation in UNABLE:
        return True
    return (
        r.situation is Situation.OUT_OF_CONTACT
        and r.since is not None
        and period_passed(r.since, on, months=OUT_OF_CONTACT_MONTHS)
    )


def lives_with_child(r: Reason) -> bool:
    """Whether the parent of ``r`` lives with the child: at home, or away with the child."""
    return r.situation is Situation.AT_HOME or (
        r.situation is Situation.WORKING_AWAY and r.with_child
    )


def away_for_work(r: Reason) -> bool:
    """Whether the parent of ``r`` works away without the child."""
    return r.situation is Situation.WORKING_AWAY and not r.with_child


def cannot_guard(r: Reason) -> bool:
    """Whether the parent of ``r`` cannot act as guardian at home on its date.

    Dead, missing, seriously ill or disabled, imprisoned, in rehabilitation,
    under another restriction of liberty, out of contact, deported, deprived of
    the guardianship by a court (no guardian at all, Civil Code art. 36), or
    with no record at all (a parent the register does not know of looks after
    nobody).
    """
    return (
        r.situation is None
        or r.situation in GONE
        or r.situation in UNABLE
        or r.situation is Situation.OUT_OF_CONTACT
    )


def away_from_home(
    reasons: tuple[Reason, Reason], long_enough: tuple[bool, bool] = (True, True)
) -> bool:
    """No parent at home, and at least one works away: GF16's condition, age aside.

    ``long_enough`` says of each parent whether the work away has lasted as
    long as the policy asks (``working_away_months``); a parent away for
    less counts neither as working away nor as unable to guard, so the child
    is not yet left-behind. MPL art. 22's duty to entrust does not wait for
    those months (see :func:`parents_absent`).
    """
    away = [away_for_work(r) and ok for r, ok in zip(reasons, long_enough, strict=True)]
    return any(away) and all(a or cannot_guard(r) for a, r in zip(away, reasons, strict=True))


def parents_absent(reasons: tuple[Reason, Reason]) -> bool:
    """No parent lives with the child, and at least one is alive and away for some reason.

    The situation of MPL art. 22 (因外出务工等原因): a parent who works away
    without the child, is imprisoned, in compulsory rehabilitation, under
    another restriction of liberty, deported, seriously ill or severely
    disabled, missing or out of contact cannot care for the child for a time,
    and the parents must entrust the child to a carer. A parent who is dead,
    whose guardianship a court revoked (Civil Code art. 36: no longer a
    guardian, and the court appoints one), or who is not recorded entrusts
    nobody; with neither parent a guardian, a guardian takes their place
    (Civil Code art. 27).
    """
    if any(lives_with_child(r) for r in reasons):
        return False
    return any(r.situation is not None and r.situation not in _NOT_AWAY for r in reasons)


_NOT_AWAY = frozenset({Situation.AT_HOME, Situation.DECEASED, Situation.GUARDIANSHIP_REVOKED})


def work_away_since(parent: Parent | None, on: dt.date) -> dt.date | None:
    """When the parent's spell of work away in force on ``on`` began, if one is.

    A spell runs back over working-away records that follow one another
    without a day between them (a new place of work, say); a return home
    recorded as such ends it, which is why a visit home is logged as a
    contact, not as a return.
    """
    if parent is None or (current := parent.situation_on(on)) is None:
        return None
    if current.situation is not Situation.WORKING_AWAY:
        return None
    start = current.since
    earlier = [s for s in parent.situations if s.since < start]
    for s in reversed(earlier):
        joined = s.until is None or s.until + _DAY >= start
        if s.situation is not Situation.WORKING_AWAY or not joined:
            break
        start = s.since
    return start


def _worked_long_enough(child: Child, on: dt.date, months: int | None) -> tuple[bool, bool]:
    if months is None:
        return True, True

    def done(role: ParentRole) -> bool:
        since = work_away_since(child.parent(role), on)
        return since is not None and period_passed(since, on, months=months)

    return done(ParentRole.FATHER), done(ParentRole.MOTHER)


def _status(
    age: int,
    a: Reason,
    b: Reason,
    away: dt.date | None,
    on: dt.date,
    long_enough: tuple[bool, bool],
) -> ChildStatus:
    if age < ADULT_FROM:
        if _unable_fsw(a, on) and _unable_fsw(b, on):
            return ChildStatus.DE_FACTO_UNSUPPORTED
        for x, y in ((a, b), (b, a)):
            if x.situation in GONE and _unable_fsw(y, on):
                return ChildStatus.DE_FACTO_UNSUPPORTED
    if age < LEFT_BEHIND_UNDER and away_from_home((a, b), long_enough):
        return ChildStatus.LEFT_BEHIND
    if age < ADULT_FROM and away is not None and period_passed(away, on, months=MIGRANT_MONTHS):
        return ChildStatus.MIGRANT
    return ChildStatus.NEITHER


def parent_reasons(child: Child, on: dt.date) -> tuple[Reason, Reason]:
    """The father's and the mother's situation on ``on``, as reasons."""
    return (
        _parent_reason(child, ParentRole.FATHER, on),
        _parent_reason(child, ParentRole.MOTHER, on),
    )


def classify(child: Child, *, on: dt.date, policy: Policy = _DEFAULT_POLICY) -> Classification:
    """Classify ``child`` on the date ``on``, with the reasons.

    The status is the first that holds of: de-facto unsupported (FSW-2019,
    under 18), left-behind (GF16-definition, under 16; a parent works away
    once the policy's ``working_away_months`` have passed, from the first day
    by default), migrant (away from the hukou township six months or more,
    under 18), neither. FSW-2019 comes
    first because it is the graver need and the broader support, and a child
    is counted once; see the module's notes for the whole reasoning. The
    reasons are the age, the father's and the mother's situations, and, when
    the child lives away from the hukou place, since when.

    >>> from left_behind import samples
    >>> child = samples.family(father="working_away", mother="working_away", age=9)
    >>> result = classify(child, on=samples.REFERENCE_DATE)
    >>> result.status.value
    'left_behind'
    >>> print(result.explain("en"))
    left-behind child: aged 9; father: working away since 2024-02-20;
    mother: working away since 2024-02-20
    """
    if child.birth_date > on:
        raise ValueError(f"child {mask_shaped(child.id)} is born on {child.birth_date}, after {on}")
    age = child.age_on(on)
    father, mother = parent_reasons(child, on)
    away = child.away_from_hukou_since
    if away is not None and away > on:
        away = None  # on that date the child still lived at the hukou place
    reasons = [Reason(code=ReasonCode.AGE, age=age), father, mother]
    if away is not None:
        reasons.append(Reason(code=ReasonCode.AWAY_FROM_HUKOU, since=away))
    return Classification(
        child_id=mask_shaped(child.id),
        on=on,
        status=_status(
            age,
            father,
            mother,
            away,
            on,
            _worked_long_enough(child, on, policy.working_away_months),
        ),
        reasons=tuple(reasons),
    )
