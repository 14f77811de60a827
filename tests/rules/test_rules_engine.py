"""What every rule shares, and the engine around them: the check date, the report,
rule sets and custom rules, the policy, and the risk built on the findings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import left_behind as lb
from left_behind import (
    Child,
    ContactEvent,
    InvalidData,
    LegalGuardian,
    Policy,
    Register,
    Report,
    ReportEvent,
    RiskLevel,
    RuleSet,
    Severity,
    assess_risk,
    check,
    default_rules,
)
from left_behind.kinds import Text
from left_behind.law import Source
from left_behind.model import (
    ContactMode,
    ContactParty,
    GuardianKind,
    HealthCondition,
    ParentRole,
    ReportKind,
    birthday_in,
)
from left_behind.rules import Hit, RiskWeights, registered, rule
from left_behind.testing.rules import CARER_BIRTH, ON, POLICY, SINCE, child, days, turning, weekly
from rules_helpers import (
    AWAY,
    CONSENT,
    DUE,
    ENTRUSTED,
    ERROR,
    FOUND,
    HOME,
    TEN,
    VIEW,
    WARNING,
    YOUNG,
    found,
    only,
    orphan,
    unheard,
    with_care,
    with_carer,
)


def test_the_base_child_is_compliant() -> None:
    assert found(child(birth_date=dt.date(2016, 5, 1))) == []
    assert found(child(birth_date=dt.date(2016, 5, 1), father=HOME, mother=HOME)) == []
    assert found(child(birth_date=dt.date(2016, 5, 1), father=AWAY, mother=HOME)) == []


# --- facts dated after the check date -----------------------------------------


def test_an_arrangement_starting_on_the_check_date_is_in_force() -> None:
    c = child(birth_date=TEN, since=ON)
    assert c.care[-1].since == ON
    assert found(c) == []
    assert found(c, ON - days(1)) == []  # the parents had not left yet


def later_guardian() -> tuple[Child, dt.date]:
    """Both parents died on SINCE and the grandmother became guardian then."""
    guardian = LegalGuardian(kind=GuardianKind.GRANDPARENT, name="示例祖母", since=SINCE)
    return orphan(guardian=guardian), SINCE - days(30)


def later_notice() -> tuple[Child, dt.date]:
    """The school was told on 1 May, late; checked eleven days before the deadline."""
    return with_care(child(birth_date=TEN), school_notified_on=dt.date(2026, 5, 1)), DUE - days(11)


def later_report() -> tuple[Child, dt.date]:
    """Found on 20 August, reported on 25 August; checked on 22 August, when it was overdue."""
    event = ReportEvent(kind=ReportKind.MISSING, discovered_on=FOUND, reported_on=FOUND + days(5))
    return child(birth_date=TEN, reports=(event,)), FOUND + days(2)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        # no CC-27 finding before the appointment; the guardian's consent, on file
        # since the birth, only counts from the appointment, so PIPL-31 is broken then
        (later_guardian, [("PIPL-31-consent", ERROR, "$.consents")]),
        (later_notice, []),
        (later_report, [("GF16-report", ERROR, "$.reports[0].reported_on")]),
    ],
    ids=["guardian appointed later", "notice given later", "report made later"],
)
def test_a_check_on_a_past_date_sees_the_facts_of_that_date(
    make: Any, expected: list[tuple[str, str, str]]
) -> None:
    # consents, contacts, parents' situations and care arrangements count from
    # their own dates; so should a guardian's appointment, a notice and a report
    c, on = make()
    assert found(c, on) == expected


# --- Report -------------------------------------------------------------------


def messy_register() -> Register:
    b = with_care(
        child(birth_date=YOUNG, consents=()),
        school_notified_on=None,
        village_notified_on=None,
    )
    a = with_care(child(birth_date=TEN), child_heard_on=None)
    c = child(birth_date=TEN, father=HOME, mother=HOME)
    return Register(
        children=(
            attrs.evolve(b, id="B-2"),
            attrs.evolve(a, id="A-1"),
            attrs.evolve(c, id="C-3"),
        )
    )


def test_report_order_counts_and_filters() -> None:
    report = check(messy_register(), on=ON)
    assert [(f.subject_id, f.rule_id, f.severity.value, f.path) for f in report.findings] == [
        ("A-1", "MPL-22-child-view", WARNING, f"{ENTRUSTED}.child_heard_on"),
        ("B-2", "PIPL-31-consent", ERROR, "$.consents"),
        ("B-2", "MPL-23-notice", WARNING, f"{ENTRUSTED}.school_notified_on"),
        ("B-2", "MPL-23-notice", WARNING, f"{ENTRUSTED}.village_notified_on"),
    ]
    assert report.on == ON
    assert not report.ok
    assert report.count(Severity.ERROR) == 1
    assert report.count(Severity.WARNING) == 3
    assert report.count(Severity.INFO) == 0
    assert report.by_severity() == {Severity.ERROR: 1, Severity.WARNING: 3, Severity.INFO: 0}
    assert list(report.by_severity()) == [Severity.ERROR, Severity.WARNING, Severity.INFO]
    assert report.by_rule() == {"MPL-22-child-view": 1, "MPL-23-notice": 2, "PIPL-31-consent": 1}
    assert list(report.by_rule()) == sorted(report.by_rule())
    assert report.subjects() == ("A-1", "B-2")

    warnings = report.filter(severity=Severity.WARNING)
    assert warnings.ok and warnings.on == ON and len(warnings.findings) == 3
    assert report.filter(rule_id="MPL-23-notice").subjects() == ("B-2",)
    assert len(report.filter(subject_id="B-2").findings) == 3
    assert report.filter(subject_id="B-2", severity=Severity.WARNING).by_rule() == {
        "MPL-23-notice": 2
    }
    assert report.filter(subject_id="C-3").findings == ()
    assert report.filter(rule_id="MPL-22-child-view", subject_id="B-2").findings == ()


def test_an_empty_report_is_ok() -> None:
    report = check(Register(), on=ON)
    assert report.ok and report.findings == () and report.subjects() == ()
    assert report.by_severity() == {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
    assert report.by_rule() == {}


def test_report_of_sorts_findings() -> None:
    report = check(messy_register(), on=ON)
    assert Report.of(ON, reversed(report.findings)) == report


def test_a_finding_carries_its_source() -> None:
    f = only(child(birth_date=YOUNG, consents=()), "PIPL-31-consent")
    assert f.source.law == "PIPL" and f.source.article == "第三十一条"
    assert "不满十四周岁未成年人个人信息" in f.source.text
    assert f.message("en") == f.message_en and f.message() == f.message_zh
    assert f.setting is None


def test_check_takes_records_of_the_library_only() -> None:
    with pytest.raises(TypeError, match="record of left_behind"):
        check([child(birth_date=TEN)], on=ON)  # type: ignore[arg-type]


# --- RuleSet and custom rules -------------------------------------------------

# The rules table's order, which the concerns' declarations give (docs/rules.md
# is generated in it): these rules keep their order, so that moving a rule or a module
# is seen; a new rule takes its place among them without an edit here.
PINNED = (
    "MPL-21-living-alone",
    "MPL-21-unattended",
    "MPL-22-must-entrust",
    "MPL-22-disqualified",
    "MPL-22-child-view",
    "MPL-23-notice",
    "MPL-23-weekly-contact",
    "GF16-report",
    "PIPL-31-consent",
    "CC-27-guardian-order",
    "CC-30-guardian-agreement",
    "MPL-62-background-check",
    "CC-19-volunteer-consent",
    "VOL-15-suited",
    "VOL-16-qualified",
    "PAIR-consent",
    "PAIR-child-view",
    "PAIR-training",
    "PAIR-meetings",
    "PAIR-capacity",
    "PAIR-peer-only",
    "PAIR-review",
    "PAIR-close-reason",
    "PAIR-duplicate",
    "HOME-volunteer-ratio",
    "PAIR-unpaired",
    "PLAN-school-terms",
    "TASK-overdue",
    "TASK-overdue-error",
    "VISIT-due",
    "VISIT-long-overdue",
    "VISIT-poor-care",
    "GF16-visit-alone-unreported",
    "PLAN-room-double-booked",
    "PLAN-facilitator-overlap",
    "PLAN-child-overlap",
    "PLAN-capacity",
    "PLAN-ratio",
    "VOL-16-session-qualified",
    "MPL-62-session-check",
    "PLAN-opening-hours",
    "PLAN-eligibility",
    "PLAN-carer-present",
    "MPL-44-free",
    "PLAN-safety-lectures",
)
RULE_IDS = default_rules().ids()


def test_the_pinned_rules_keep_their_order() -> None:
    assert tuple(i for i in RULE_IDS if i in PINNED) == PINNED


def test_default_rules() -> None:
    rules = default_rules()
    assert rules.ids() == RULE_IDS
    # concern by concern, in the order their subjects are declared
    kinds = [r.subject.kind for r in rules]
    assert list(dict.fromkeys(kinds)) == ["child", "person", "pairing", "home", "plan"]
    assert kinds == sorted(kinds, key=kinds.index)
    assert rules.get("GF16-report").severity is Severity.ERROR
    assert rules.get("MPL-23-notice").title("en").startswith("the school and the village")


def test_the_default_rules_are_the_registered_ones_in_the_same_order_every_time() -> None:
    assert default_rules() is default_rules()
    assert default_rules().rules == registered()
    # a rule of one's own is not registered: the defaults stay as they are
    rule(
        id="X-own",
        severity=Severity.INFO,
        source=default_rules().get("GF16-report").source,
        title=Text("自定义", "one's own"),
    )(lambda child, context: ())
    assert default_rules().ids() == RULE_IDS == tuple(r.id for r in registered())


def test_rule_set_without() -> None:
    rules = default_rules().without("MPL-22-child-view", "PIPL-31-consent")
    assert rules.ids() == tuple(
        i for i in RULE_IDS if i not in ("MPL-22-child-view", "PIPL-31-consent")
    )
    c = with_care(child(birth_date=TEN, consents=()), child_heard_on=None)
    assert {x[0] for x in found(c)} == {"MPL-22-child-view", "PIPL-31-consent"}
    assert found(c, rules=rules) == []
    assert found(c, rules=RuleSet(())) == []
    assert default_rules().ids() == RULE_IDS  # unchanged


def test_rule_set_unknown_and_duplicate_ids() -> None:
    with pytest.raises(KeyError, match="no rule 'MPL-99-nothing'; known: MPL-21-living-alone"):
        default_rules().without("MPL-99-nothing")
    with pytest.raises(KeyError, match="no rule 'nothing'"):
        default_rules().get("nothing")
    unattended = default_rules().get("MPL-21-unattended")
    with pytest.raises(ValueError, match="repeated: MPL-21-unattended"):
        default_rules().with_rules(unattended)
    with pytest.raises(ValueError, match="repeated: GF16-report, MPL-21-unattended"):
        RuleSet((unattended, default_rules().get("GF16-report")) * 2)


HOME_RULES = Source(
    law="HOME", title="示例家园制度", article="第3条", text="每名儿童登记兴趣爱好。"
)


@rule(
    id="HOME-interests",
    severity=Severity.INFO,
    source=HOME_RULES,
    title_zh="登记兴趣爱好",
    title_en="a child's interests are recorded",
)
def interests(child: Child, context: lb.rules.Context) -> Any:
    if not child.interests and context.age >= 6:
        yield Hit(
            path="$.interests",
            zh=f"{context.age} 周岁，未登记兴趣爱好。",
            en=f"is {context.age} and has no interests recorded.",
        )


def test_a_custom_rule_shows_up_in_check() -> None:
    rules = default_rules().with_rules(interests)
    assert rules.ids() == (*RULE_IDS, "HOME-interests")
    c = child(birth_date=TEN, consents=())
    report = check(c, on=ON, rules=rules)
    assert [(f.rule_id, f.severity.value, f.path) for f in report.findings] == [
        ("PIPL-31-consent", ERROR, "$.consents"),
        ("HOME-interests", "info", "$.interests"),
    ]
    f = report.findings[1]
    assert f.message_en == "Child T-001 (示***): is 10 and has no interests recorded."
    assert f.message_zh == "儿童 T-001（示***）：10 周岁，未登记兴趣爱好。"
    assert f.source == HOME_RULES and f.setting is None
    assert report.by_severity()[Severity.INFO] == 1
    assert found(attrs.evolve(c, interests={lb.model.Interest.CHESS}), rules=rules) == [CONSENT]
    assert found(child(birth_date=YOUNG), rules=rules) == []
    assert found(c, rules=RuleSet((interests,))) == [("HOME-interests", "info", "$.interests")]


def test_a_custom_rule_can_name_a_setting_and_its_findings_alone_do_not_fail_the_report() -> None:
    @rule(
        id="HOME-visit",
        severity=Severity.WARNING,
        source=HOME_RULES,
        title_zh="按政策探访",
        title_en="visits as the policy asks",
    )
    def visit(child: Child, context: lb.rules.Context) -> Any:
        yield Hit(path="$", zh="…", en="…", setting="visit_days_low")

    report = check(child(birth_date=TEN), on=ON, rules=RuleSet((visit,)))
    assert report.ok
    assert [(f.rule_id, f.setting) for f in report.findings] == [("HOME-visit", "visit_days_low")]


# --- Policy -------------------------------------------------------------------


def test_policy_from_json() -> None:
    text = '{"child_view_age": 10, "notice_days": 45, "risk": {"high_from": 6}}'
    policy = lb.from_json(text, Policy)
    assert policy == attrs.evolve(
        Policy(), child_view_age=10, notice_days=45, risk=RiskWeights(high_from=6)
    )
    assert lb.from_json("{}", Policy) == Policy()
    camel = lb.from_json('{"childViewAge": 10}', Policy, style="camel")
    assert camel.child_view_age == 10
    c = unheard(turning(POLICY.child_view_age, SINCE) - days(1))  # 8 from the entrustment
    assert found(c, policy=policy) == []
    assert found(c) == [VIEW]
    assert lb.from_json(lb.to_json(policy), Policy) == policy


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        ('{"notice_days": -1}', [("$.notice_days", "range")]),
        ('{"volunteer_percent": 101}', [("$.volunteer_percent", "range")]),
        ('{"notice_days": "30"}', [("$.notice_days", "type")]),
        ('{"notice_days": true}', [("$.notice_days", "type")]),
        ('{"notice_days": 1.5}', [("$.notice_days", "type")]),
        ('{"child_view_age": null}', [("$.child_view_age", "type")]),
        ('{"notice_day": 30}', [("$.notice_day", "unknown_key")]),
        ('{"risk": {"error": -1}}', [("$.risk.error", "range")]),
        ('{"risk": {"medium_from": 6}}', [("$.risk.high_from", "range")]),
        ('{"risk": {"warning": "1"}}', [("$.risk.warning", "type")]),
        ("[30]", [("$", "type")]),
        ("{", [("$", "json")]),
    ],
)
def test_bad_policies_raise_invalid_data(text: str, problems: list[tuple[str, str]]) -> None:
    with pytest.raises(InvalidData) as caught:
        lb.from_json(text, Policy)
    assert [(p.path, p.code) for p in caught.value.problems] == problems


def test_bad_policy_lists_every_problem() -> None:
    with pytest.raises(InvalidData) as caught:
        lb.from_json('{"notice_days": "x", "contact_gap_days": false, "nope": 1}', Policy)
    assert sorted(p.path for p in caught.value.problems) == [
        "$.contact_gap_days",
        "$.nope",
        "$.notice_days",
    ]


def test_bad_policy_in_python_raises_invalid_data() -> None:
    said = "contact_gap_days: the longest gap between contacts must be from 1 to 3650 days, not -7"
    with pytest.raises(InvalidData, match=said):
        attrs.evolve(Policy(), contact_gap_days=-7)


def test_every_setting_has_a_reason_and_its_default() -> None:
    policy = attrs.evolve(Policy(), notice_days=60)
    for s in policy.settings():
        assert s.reason.strip(), s.name
        assert s.value == getattr(policy, s.name)
        assert s.default == getattr(Policy(), s.name), s.name
    assert policy.setting("notice_days").default == POLICY.notice_days != policy.notice_days
    assert policy.explain("notice_days").startswith(
        f"notice_days = {policy.notice_days}: MPL art. 23"
    )


# --- assess_risk --------------------------------------------------------------

W = POLICY.risk  # the default weights and thresholds
ELDERLY = POLICY.elderly_carer_age
A_YEAR_AGO = ON - days(POLICY.no_visit_days)  # parents away since then have missed a visit
SEVENTY = birthday_in(ON, -ELDERLY) - days(1)  # a carer born that day is 70 from ON


@pytest.mark.parametrize(
    ("make", "on", "codes", "score", "level"),
    [
        (lambda: child(birth_date=TEN, father=HOME, mother=HOME), ON, [], 0, RiskLevel.LOW),
        (
            lambda: child(birth_date=TEN),
            ON,
            ["home_education_absent"],
            W.home_education_absent,
            RiskLevel.LOW,
        ),
        (
            lambda: with_care(child(birth_date=TEN), child_heard_on=None),
            ON,
            ["rule:MPL-22-child-view", "home_education_absent"],
            W.warning + W.home_education_absent,
            RiskLevel.LOW,
        ),
        (
            lambda: with_carer(child(birth_date=TEN, on=ON - days(1)), birth_date=SEVENTY),
            ON - days(1),
            ["home_education_absent"],
            W.home_education_absent,
            RiskLevel.LOW,
        ),
        (
            lambda: with_carer(child(birth_date=TEN), birth_date=SEVENTY),
            ON,
            ["home_education_absent", "supervision_lacking"],
            W.home_education_absent + W.supervision_lacking,
            RiskLevel.MEDIUM,
        ),
        (
            lambda: with_carer(child(birth_date=TEN, on=ON + days(1)), birth_date=SEVENTY),
            ON + days(1),
            ["home_education_absent", "supervision_lacking"],
            W.home_education_absent + W.supervision_lacking,
            RiskLevel.MEDIUM,
        ),
        (
            lambda: with_care(
                with_carer(child(birth_date=TEN), birth_date=SEVENTY),
                school_notified_on=None,
                village_notified_on=None,
            ),
            ON,
            ["rule:MPL-23-notice", "home_education_absent", "supervision_lacking"],
            W.warning + W.home_education_absent + W.supervision_lacking,
            RiskLevel.MEDIUM,
        ),
        (
            lambda: with_care(
                with_carer(child(birth_date=TEN, since=A_YEAR_AGO), birth_date=SEVENTY),
                child_heard_on=None,
            ),
            ON,
            [
                "rule:MPL-22-child-view",
                "home_education_absent",
                "affection_missing",
                "supervision_lacking",
            ],
            W.warning + W.home_education_absent + W.affection_missing + W.supervision_lacking,
            RiskLevel.HIGH,
        ),
        (
            lambda: child(birth_date=TEN, father=HOME, consents=()),
            ON,
            ["rule:PIPL-31-consent"],
            W.error,
            RiskLevel.MEDIUM,
        ),
        (
            lambda: child(birth_date=TEN, consents=()),
            ON,
            ["rule:PIPL-31-consent", "home_education_absent"],
            W.error + W.home_education_absent,
            RiskLevel.HIGH,
        ),
        (
            lambda: child(
                birth_date=TEN,
                contacts=tuple(weekly(ParentRole.FATHER, SINCE, ON))
                + tuple(weekly(ParentRole.MOTHER, SINCE, ON, every=8)),
            ),
            ON,
            ["rule:MPL-23-weekly-contact", "home_education_absent", "communication_lacking"],
            W.warning + W.home_education_absent + W.communication_lacking,
            RiskLevel.MEDIUM,
        ),
    ],
)
def test_risk_levels_at_the_thresholds(
    make: Any, on: dt.date, codes: list[str], score: int, level: RiskLevel
) -> None:
    risk = assess_risk(make(), on=on)
    assert [f.code for f in risk.factors] == codes
    assert risk.score == score == sum(f.points for f in risk.factors)
    assert risk.level is level
    assert risk.on == on and risk.child_id == "T-001"
    text = risk.explain("en")
    assert text.startswith(f"risk {level.label('en')} ({score}): ")
    for factor in risk.factors:
        assert factor.explain("en") in text
        assert factor.explain("zh") in risk.explain()
    if not codes:
        assert text == "risk low (0): —"


def test_each_gap_is_weighed_by_the_setting_of_its_name() -> None:
    weights = {a.name for a in attrs.fields(RiskWeights)}
    assert {g.value for g in lb.rules.Gap} <= weights
    c = with_carer(child(birth_date=TEN), birth_date=SEVENTY)
    heavier = attrs.evolve(POLICY.risk, supervision_lacking=POLICY.risk.supervision_lacking + 5)
    factors = assess_risk(c, on=ON, policy=attrs.evolve(Policy(), risk=heavier)).factors
    assert [(f.code, f.points) for f in factors][-1] == (
        "supervision_lacking",
        heavier.supervision_lacking,
    )
    assert factors[-1].explanation_en.startswith(
        f"{lb.rules.Gap.SUPERVISION_LACKING.label('en')}: "
    )


def test_risk_explanation_words() -> None:
    c = with_care(
        with_carer(child(birth_date=TEN, since=A_YEAR_AGO), birth_date=SEVENTY),
        child_heard_on=None,
    )
    score = W.warning + W.home_education_absent + W.affection_missing + W.supervision_lacking
    assert score >= W.high_from
    assert assess_risk(c, on=ON).explain("en") == (
        f"risk high ({score}): rule MPL-22-child-view broken (warning) (+{W.warning});"
        f" home education absent: no parent lives at home (+{W.home_education_absent});"
        " affection missing: no visit home from an absent parent in"
        f" {POLICY.no_visit_days} days (+{W.affection_missing});"
        f" too little supervision: the carer is {ELDERLY}, {ELDERLY} or over"
        f" (+{W.supervision_lacking})"
    )
    assert (
        assess_risk(c, on=ON)
        .explain()
        .startswith(f"风险高（{score} 分）：违反规则 MPL-22-child-view")
    )


def test_a_visit_home_answers_affection_missing() -> None:
    c = child(birth_date=TEN, since=A_YEAR_AGO)
    assert [f.code for f in assess_risk(c, on=ON).factors] == [
        "home_education_absent",
        "affection_missing",
    ]
    visit = ContactEvent(
        on=dt.date(2026, 2, 17),
        parent=ParentRole.MOTHER,
        party=ContactParty.BOTH,
        mode=ContactMode.VISIT,
    )
    c = attrs.evolve(c, contacts=(*c.contacts, visit))
    assert [f.code for f in assess_risk(c, on=ON).factors] == ["home_education_absent"]


def test_a_rule_counts_once_however_many_findings() -> None:
    c = with_care(child(birth_date=TEN), school_notified_on=None, village_notified_on=None)
    assert len(check(c, on=ON).findings) == 2
    assert assess_risk(c, on=ON).score == W.warning + W.home_education_absent


@pytest.mark.parametrize(
    ("condition", "words"),
    [
        ({"lacks_capacity": True}, "the carer lacks full capacity"),
        ({"birth_date": dt.date(2009, 3, 1)}, "the carer lacks full capacity"),
        ({"health": {HealthCondition.SERIOUS_ILLNESS}}, "the carer has serious illness"),
    ],
)
def test_supervision_lacking(condition: dict[str, Any], words: str) -> None:
    risk = assess_risk(with_carer(child(birth_date=TEN), **condition), on=ON)
    assert risk.factors[-1].code == "supervision_lacking"
    assert risk.factors[-1].points == W.supervision_lacking
    assert f"too little supervision: {words} (+{W.supervision_lacking})" in risk.explain("en")


def test_risk_weights_from_the_policy() -> None:
    c = with_care(child(birth_date=TEN), child_heard_on=None)
    assert assess_risk(c, on=ON).level is RiskLevel.LOW
    weights = RiskWeights(warning=3, medium_from=2, high_from=4)
    risk = assess_risk(c, on=ON, policy=attrs.evolve(Policy(), risk=weights))
    assert (risk.score, risk.level) == (4, RiskLevel.HIGH)
    risk = assess_risk(
        c, on=ON, policy=attrs.evolve(Policy(), risk=RiskWeights(medium_from=1, high_from=2))
    )
    assert risk.level is RiskLevel.HIGH
    switched_off = default_rules().without("MPL-22-child-view")
    assert assess_risk(c, on=ON, rules=switched_off).score == W.home_education_absent


def test_elderly_carer_age_setting() -> None:
    c = with_carer(child(birth_date=TEN), birth_date=CARER_BIRTH)  # 62
    assert assess_risk(c, on=ON).score == W.home_education_absent
    policy = attrs.evolve(Policy(), elderly_carer_age=60)
    risk = assess_risk(c, on=ON, policy=policy)
    assert f"the carer is 62, 60 or over (+{W.supervision_lacking})" in risk.explain("en")
