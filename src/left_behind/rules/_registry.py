"""Rules as values: a registry to list, switch off and extend.

A rule is a plain function from a subject (a child, a volunteer, a pairing,
a home, a plan or a whole document) and the subject's context to
:class:`Hit` s, wrapped with its id, severity, source, title, the kind of
subject it checks, the policy settings it reads and the derived facts it
needs, by the :func:`rule` decorator. The engine finds the subjects in
whatever it is given and turns hits into findings that name the subject, so
a rule only says what is wrong and where.

What the engine knows of each kind of subject (its class, what people call
it, its id and name, the facts its rules share, whether the rules apply to it
on a date) is a :class:`Subject`, declared once beside its rules. Each
concern declares its rules with its subject's :meth:`Subject.rule`, which is
:func:`rule` and registers the rule with the concern as its module is
imported; :func:`registered` gives them all, concern by concern in the order
the subjects were declared, and each concern's in the order its rules were.
A fact a rule may ask for (the risk level, the classification) is declared
once with :meth:`Subject.fact`, and the engine works it out once per subject
per check, with the caller's rules and policy.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from left_behind.kinds import Lang, Text, mask_name, mask_shaped
from left_behind.law import ADULT_FROM
from left_behind.model import CareArrangement, Child, Register
from left_behind.rules._classify import (
    Classification,
    away_from_home,
    classify,
    lives_with_child,
    parent_reasons,
)
from left_behind.rules._classify import parents_absent as _parents_absent
from left_behind.rules._findings import Finding, Severity, Source
from left_behind.rules._policy import Policy

__all__ = [
    "CHILD_SUBJECT",
    "REGISTER_SUBJECT",
    "Context",
    "DocumentContext",
    "Fact",
    "Hit",
    "Rule",
    "RuleCheck",
    "RuleSet",
    "Subject",
    "registered",
    "rule",
]


@attrs.frozen(init=False)
class Hit:
    """What a rule reports: the path in the subject's record and the message.

    ``message`` (a :class:`~left_behind.kinds.Text`, or ``zh`` and ``en``)
    says what is wrong, with dates and values, and what to do; the engine
    puts the subject's id and masked name in front. ``setting`` is the name
    of the :class:`Policy` setting the rule applied, if any: one of those
    the rule declares it reads. ``due`` is, for a rule about a deadline, the
    last day the thing could be done in time (a task's due date, the day a
    visit fell due): the finding carries it, and :func:`~left_behind.due`
    lists by it. A hit with no such day leaves it ``None``.

    >>> Hit(path="$.contacts", zh="没有联系", en="no contact").message
    Text(zh='没有联系', en='no contact')
    """

    path: str
    message: Text
    setting: str | None
    due: dt.date | None

    def __init__(
        self,
        *,
        path: str,
        message: Text | None = None,
        zh: str | None = None,
        en: str | None = None,
        setting: str | None = None,
        due: dt.date | None = None,
    ) -> None:
        if message is None:
            if zh is None or en is None:
                raise TypeError("a Hit says what is wrong: give message=Text(zh, en), or zh and en")
            message = Text(zh, en)
        elif zh is not None or en is not None:
            raise TypeError("give a Hit's message once: message=Text(zh, en), or zh and en")
        self.__attrs_init__(path=path, message=message, setting=setting, due=due)

    @property
    def zh(self) -> str:
        """The message in Chinese."""
        return self.message.zh

    @property
    def en(self) -> str:
        """The message in English."""
        return self.message.en


@attrs.frozen(kw_only=True)
class Context:
    """What a rule knows besides the child: the date, the policy and common facts.

    The facts are worked out once per child, for every rule to share:
    ``parents_away`` is GF16's condition (no parent at home, one working away
    without the child), ``parents_absent`` MPL art. 22's (no parent living
    with the child, one away for any reason).
    """

    on: dt.date
    policy: Policy
    age: int
    care: CareArrangement | None
    care_index: int | None
    parents_away: bool
    parents_absent: bool = False

    @classmethod
    def of(cls, child: Child, on: dt.date, policy: Policy) -> Context:
        """The context of ``child`` on ``on``."""
        care = child.care_on(on)
        reasons = parent_reasons(child, on)
        return cls(
            on=on,
            policy=policy,
            age=child.age_on(on),
            care=care,
            care_index=None if care is None else child.care.index(care),
            parents_away=away_from_home(reasons),
            parents_absent=_parents_absent(reasons),
        )

    @property
    def care_path(self) -> str:
        """The path of the arrangement in force (``$.care`` when there is none)."""
        return "$.care" if self.care_index is None else f"$.care[{self.care_index}]"


def parents_away(child: Child, on: dt.date) -> bool:
    """Whether no parent is at home on ``on`` and at least one works away without the child.

    GF16's definition, age aside; see
    :func:`~left_behind.rules._classify.away_from_home`.
    """
    return away_from_home(parent_reasons(child, on))


def parents_absent(child: Child, on: dt.date) -> bool:
    """Whether no parent lives with the child on ``on``, one being away for any reason.

    The situation of MPL art. 22 ("for work away or other reasons"); see
    :func:`~left_behind.rules._classify.parents_absent`.
    """
    return _parents_absent(parent_reasons(child, on))


def parent_at_home(child: Child, on: dt.date) -> bool:
    """Whether a recorded parent lives with the child on ``on`` (at home, or away with it)."""
    return any(lives_with_child(r) for r in parent_reasons(child, on))


@attrs.frozen(kw_only=True)
class DocumentContext:
    """What a rule over a whole document knows besides it: the date and the policy."""

    on: dt.date
    policy: Policy


RuleCheck = Callable[..., Iterable[Hit]]
"""A rule's check: the subject and its context in (and, by keyword, the facts
the rule needs), :class:`Hit` s out."""

FactCompute = Callable[[Any, Any, Sequence[Finding]], Any]
"""How a fact is worked out: from the subject, its context and the findings
of the subject's rules that do not need it (see :meth:`Subject.fact`)."""

# Every concern's rules, by the kind of subject, and the facts each kind
# offers: declarations, filled as the modules that declare them are imported.
_RULES: dict[str, dict[str, Rule]] = {}
_FACTS: dict[str, dict[str, Fact]] = {}


@attrs.frozen(kw_only=True)
class Fact:
    """A fact derived from a subject, worked out once per subject per check.

    ``name`` is what a rule asks for in ``needs`` and the keyword its check
    receives it by; ``words`` say what it is; ``after_rules`` that it reads
    the findings of the subject's other rules (the risk level), so the rules
    that need it run after those, and do not feed it.
    """

    name: str
    subject: Subject = attrs.field(repr=False)
    words: Text
    compute: FactCompute = attrs.field(eq=False, repr=False)
    after_rules: bool = False
    settings: tuple[str, ...] = ()


def _known_settings(what: str, settings: Sequence[str]) -> None:
    """Refuse a declared setting the policy does not have (a typo would read nothing)."""
    known = attrs.fields_dict(Policy)
    for name in settings:
        if name not in known:
            raise ValueError(f"{what} reads {name}, which is not a Policy setting")


def registered() -> tuple[Rule, ...]:
    """Every rule a concern has registered: concern by concern, each in its order."""
    return tuple(r for rules in _RULES.values() for r in rules.values())


def _as_text(label: Text | tuple[str, str]) -> Text:
    """A label given as a pair (Chinese, English), as before :class:`Text`, is read as one."""
    return label if isinstance(label, Text) else Text(*label)


@attrs.frozen(kw_only=True)
class Subject:
    """A kind of subject the rules check, and what the engine needs of it.

    ``kind`` is the stable word findings carry (``"child"``); ``label`` what
    people call one (Chinese, English, as it opens a finding's message);
    ``variants`` give another kind and label to the subclasses of ``cls``
    that people name apart (a volunteer and a member of staff are both
    people to the rule on background checks); ``id_of`` and ``name_of`` give
    a subject's id and name (the engine masks the name); ``context`` makes
    the facts its rules share from the subject, the date, the policy and the
    document it was found in, or what ``prepare`` worked out from that (with the rules
    of the check, for a fact that reads other rules' findings)
    document once per check; ``applies`` says whether the rules apply to the
    subject on a date at all.
    """

    kind: str
    cls: type
    label: Text = attrs.field(converter=_as_text)
    id_of: Callable[[Any], str]
    name_of: Callable[[Any], str | None]
    context: Callable[[Any, dt.date, Policy, Any], Any]
    applies: Callable[[Any, dt.date], bool] = lambda subject, on: True
    variants: tuple[tuple[type, str, Text], ...] = ()
    prepare: Callable[[Any, dt.date, Policy, RuleSet], Any] | None = None

    def __attrs_post_init__(self) -> None:
        # the concerns are listed in the order their subjects are declared
        _RULES.setdefault(self.kind, {})

    def kind_of(self, obj: Any) -> str:
        """The stable word for this subject: the variant's, if it is one."""
        for cls, kind, _ in self.variants:
            if isinstance(obj, cls):
                return kind
        return self.kind

    def label_of(self, obj: Any) -> Text:
        """What people call this subject, in Chinese and English."""
        for cls, _, label in self.variants:
            if isinstance(obj, cls):
                return label
        return self.label

    def rule(
        self,
        *,
        id: str,  # noqa: A002 - the rule's id, as in the rules table
        severity: Severity,
        source: Source,
        title: Text,
        settings: Sequence[str] = (),
        needs: Sequence[str] = (),
        dated: bool = False,
    ) -> Callable[[RuleCheck], Rule]:
        """Declare a rule over this kind of subject, and register it with its concern.

        The same as :func:`rule` with ``subject=`` this one; the rule joins
        :func:`registered` (and so :func:`~left_behind.default_rules`) when
        its module is imported. A rule of one's own is made with
        :func:`rule` and added with ``RuleSet.with_rules``.
        """

        def wrap(check: RuleCheck) -> Rule:
            made = rule(
                id=id,
                severity=severity,
                source=source,
                title=title,
                subject=self,
                settings=settings,
                needs=needs,
                dated=dated,
            )(check)
            # a module imported again declares its rules again: each keeps its place
            _RULES.setdefault(self.kind, {})[made.id] = made
            return made

        return wrap

    def fact(
        self, name: str, *, words: Text, after_rules: bool = False, settings: Sequence[str] = ()
    ) -> Callable[[FactCompute], Fact]:
        """Declare a fact derived from this kind of subject that its rules may ask for.

        ``compute(subject, context, findings)`` works it out once per subject
        per check; ``findings`` are those of the subject's rules that do not
        need it when ``after_rules`` (the risk level reads the rules
        broken), and empty otherwise.
        """

        _known_settings(f"fact {name}", settings)

        def wrap(compute: FactCompute) -> Fact:
            made = Fact(
                name=name,
                subject=self,
                words=words,
                compute=compute,
                after_rules=after_rules,
                settings=tuple(settings),
            )
            _FACTS.setdefault(self.kind, {})[name] = made
            return made

        return wrap

    def facts(self) -> Mapping[str, Fact]:
        """The facts declared for this kind of subject, by name."""
        return dict(_FACTS.get(self.kind, {}))

    def describe(self, obj: Any, lang: Lang = "zh") -> str:
        """``儿童 c-001（林**）`` / ``Child c-001 (林**)``: the kind, id and masked name."""
        name = self.name_of(obj)
        head = f"{self.label_of(obj).get(lang)} {mask_shaped(self.id_of(obj))}"
        if name is None:
            return head
        return Text(f"{head}（{mask_name(name)}）", f"{head} ({mask_name(name)})").get(lang)


CHILD_SUBJECT = Subject(
    kind="child",
    cls=Child,
    label=Text("儿童", "Child"),
    id_of=lambda c: c.id,
    name_of=lambda c: c.name,
    context=lambda c, on, policy, document: Context.of(c, on, policy),
    # the rules protect minors: not a child not yet born, nor an adult
    # (Civil Code art. 17: from 18 a person is an adult)
    applies=lambda c, on: c.birth_date <= on and c.age_on(on) < ADULT_FROM,
)
"""Each child: the subject of the rules of law on care, notice, contact and consent."""


@CHILD_SUBJECT.fact("classification", words=Text("儿童的分类", "the child's classification"))
def _classification(child: Child, context: Context, findings: Sequence[Finding]) -> Classification:
    return classify(child, on=context.on, policy=context.policy)


def _register_name(register: Any) -> str:
    return str(register.name) or "register"


REGISTER_SUBJECT = Subject(
    kind="register",
    cls=Register,
    label=Text("登记册", "Register"),
    id_of=_register_name,
    name_of=lambda r: None,
    context=lambda r, on, policy, document: DocumentContext(on=on, policy=policy),
)
"""A whole register: the subject of rules over a document (ratios, duplicates...)."""


@attrs.frozen(kw_only=True)
class Rule:
    """A rule of law or policy: id, severity, source, title, subject, and its check.

    ``words`` is its one-line title, Chinese and English; ``subject`` the
    kind of subject the rule checks (each child unless said); ``settings``
    the names of the :class:`Policy` settings it reads, and ``needs`` the
    facts of its subject it is given (see :meth:`Subject.fact`); ``dated``
    whether its findings may say when the thing fell due.
    """

    id: str
    severity: Severity
    source: Source
    words: Text
    check: RuleCheck = attrs.field(eq=False, repr=False)
    subject: Subject = attrs.field(factory=lambda: CHILD_SUBJECT, repr=False)
    settings: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    dated: bool = False

    def title(self, lang: Lang = "zh") -> str:
        """The rule's one-line description."""
        return self.words.get(lang)

    @property
    def title_zh(self) -> str:
        """The title in Chinese."""
        return self.words.zh

    @property
    def title_en(self) -> str:
        """The title in English."""
        return self.words.en

    def run(
        self, obj: Any, context: Any, facts: Mapping[str, Any] | None = None
    ) -> Iterator[Finding]:
        """The rule's findings for one subject, given the facts it needs."""
        for hit in self.check(obj, context, **(facts or {})):
            if hit.due is not None and not self.dated:
                # what is due is listed from the rules that say they date their hits
                raise TypeError(f"rule {self.id} gives a due day: declare it with dated=True")
            yield finding(self, self.subject, obj, hit)


def finding(rule: Rule, row: Subject, obj: Any, hit: Hit) -> Finding:
    """The finding of ``hit``, naming the subject by kind, id and masked name.

    Whatever in the id or the messages is shaped like an identity number or a
    phone is masked like one (MPL art. 103; PIPL): a finding is shown whole,
    in reports, JSON and logs.
    """
    return Finding.of(
        rule.source,
        rule_id=rule.id,
        severity=rule.severity,
        subject_kind=row.kind_of(obj),
        subject_id=mask_shaped(row.id_of(obj)),
        path=hit.path,
        message_zh=mask_shaped(f"{row.describe(obj)}：{hit.message.zh}"),
        message_en=mask_shaped(f"{row.describe(obj, 'en')}: {hit.message.en}"),
        setting=hit.setting,
        due=hit.due,
    )


def rule(
    *,
    id: str,  # noqa: A002 - the rule's id, as in the rules table
    severity: Severity,
    source: Source,
    title: Text | None = None,
    title_zh: str | None = None,
    title_en: str | None = None,
    subject: Subject | None = None,
    settings: Sequence[str] = (),
    needs: Sequence[str] = (),
    dated: bool = False,
) -> Callable[[RuleCheck], Rule]:
    """Make a :class:`Rule` of a check function over ``subject`` (each child unless said).

    ``title`` is a :class:`~left_behind.kinds.Text` (or give ``title_zh``
    and ``title_en``). ``settings`` names the :class:`Policy` settings the
    check reads, ``needs`` the facts of the subject it is given by keyword
    (``"risk"``, ``"classification"`` for a child): each is checked to
    exist here. ``dated`` says the rule is about a deadline: its hits may give
    the day the thing fell due (``Hit.due``), and :func:`~left_behind.due`
    lists them; a rule not declared so that gives one is a mistake. The rule
    is not registered: add it to a rule set with ``default_rules().with_rules(...)``.

    >>> from left_behind.kinds import Text
    >>> from left_behind.rules._registry import Hit, rule
    >>> from left_behind.rules._findings import Severity
    >>> from left_behind.law._document import Source
    >>> @rule(id="HOME-photo", severity=Severity.INFO,
    ...       source=Source(law="HOME", title="本家园制度", article="第3条", text="……"),
    ...       title=Text("建档需有照片", "a file has a photo"))
    ... def photo(child, context):
    ...     yield from ()
    >>> photo.id, photo.severity.value, photo.title("en")
    ('HOME-photo', 'info', 'a file has a photo')
    >>> rule(id="X", severity=Severity.INFO, source=photo.source, title=photo.words,
    ...      settings=("contact_days",))
    Traceback (most recent call last):
    ...
    ValueError: rule X reads contact_days, which is not a Policy setting
    """
    words = _title(id, title, title_zh, title_en)
    row = CHILD_SUBJECT if subject is None else subject
    _known_settings(f"rule {id}", settings)
    facts = row.facts()
    for name in needs:
        if name not in facts:
            offered = ", ".join(facts) or "none"
            raise ValueError(
                f"rule {id} needs {name!r}, not a fact of a {row.kind} (known: {offered})"
            )

    def wrap(check: RuleCheck) -> Rule:
        if needs:
            try:  # the facts come by keyword: a check that cannot take them is a mistake
                inspect.signature(check).bind(None, None, **dict.fromkeys(needs))
            except TypeError as e:
                raise TypeError(f"rule {id} needs {', '.join(needs)}: {e}") from None
        return Rule(
            id=id,
            severity=severity,
            source=source,
            words=words,
            check=check,
            subject=row,
            settings=tuple(settings),
            needs=tuple(needs),
            dated=dated,
        )

    return wrap


def _title(rule_id: str, title: Text | None, zh: str | None, en: str | None) -> Text:
    if title is not None and zh is None and en is None:
        return title
    if title is None and zh is not None and en is not None:
        return Text(zh, en)
    raise TypeError(f"rule {rule_id}: give its title once, as title=Text(zh, en)")


def _as_rules(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(rules)


@attrs.frozen
class RuleSet:
    """An ordered set of rules with unique ids; change it by making a new one.

    >>> from left_behind.rules._check import default_rules
    >>> rules = default_rules()
    >>> "MPL-22-child-view" in rules.ids()
    True
    >>> "MPL-22-child-view" in rules.without("MPL-22-child-view").ids()
    False
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_as_rules)

    @rules.validator
    def _unique(self, _: object, rules: tuple[Rule, ...]) -> None:
        ids = [r.id for r in rules]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"rule ids must be unique; repeated: {', '.join(dupes)}")

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def ids(self) -> tuple[str, ...]:
        """The rule ids, in order."""
        return tuple(r.id for r in self.rules)

    def get(self, rule_id: str) -> Rule:
        """The rule with this id; ``KeyError`` naming the known ids otherwise."""
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(f"no rule {rule_id!r}; known: {', '.join(self.ids())}")

    def without(self, *rule_ids: str) -> RuleSet:
        """The same rules less those switched off (each id must exist)."""
        for rule_id in rule_ids:
            self.get(rule_id)
        return RuleSet(tuple(r for r in self.rules if r.id not in rule_ids))

    def with_rules(self, *rules: Rule) -> RuleSet:
        """The same rules plus new ones (ids must not be taken)."""
        return RuleSet((*self.rules, *rules))
