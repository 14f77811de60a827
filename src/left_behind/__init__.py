"""left_behind: records, rules and schedules for the care of left-behind children.

A pure core: nothing here reads files, the network or the clock. Every
function that depends on the date takes it as ``on=``.

>>> import left_behind as lb
>>> reg = lb.samples.shicun()
>>> lb.classify(reg.children[0], on=lb.samples.REFERENCE_DATE).status.label("en")
'left-behind child'

The top level holds what a program calls every day: the documents and the
records people keep, the verbs over them, loading and saving, and the one
exception. The rest lives by concern: kinds of value, enumerations and their
labels in :mod:`left_behind.model` and :mod:`left_behind.kinds`, the rule
machinery in :mod:`left_behind.rules`, the Chinese calendar in
:mod:`left_behind.calendar`, the legal texts in :mod:`left_behind.law`.
A name that used to live here still imports for this release, with a
``DeprecationWarning`` naming its new home.
"""

from __future__ import annotations

import importlib
import warnings

from left_behind.kinds import lazy_package

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from typing import Any

    from left_behind import (
        agenda,
        calendar,
        calls,
        io,
        kinds,
        law,
        matching,
        model,
        planning,
        rules,
        samples,
        stats,
    )
    from left_behind.agenda import DueItem, due
    from left_behind.calendar import CalendarDay, Closure, SchoolYear, YearCalendar
    from left_behind.calls import CallPlan, book_calls
    from left_behind.io import from_dict, from_json, json_schema, redact, to_dict, to_json
    from left_behind.kinds import Changes, InvalidData, Problem, changes
    from left_behind.matching import PairOptions, Suggestions, pair_options, suggest_pairings
    from left_behind.model import (
        BackgroundCheck,
        CallWindow,
        CareArrangement,
        Child,
        Consent,
        ContactCard,
        ContactEvent,
        Distance,
        EntrustedCarer,
        Home,
        LegalGuardian,
        Meeting,
        Membership,
        MisconductRecord,
        Opening,
        Pairing,
        Parent,
        Partnership,
        Plan,
        Plans,
        Preference,
        Programme,
        Register,
        ReportEvent,
        Room,
        ServiceRecord,
        Session,
        SessionChange,
        Staff,
        SupervisionGroup,
        SupportTeam,
        Training,
        Volunteer,
        Window,
    )
    from left_behind.planning import check_plan, plan
    from left_behind.rules import (
        Classification,
        Finding,
        Policy,
        Report,
        Risk,
        RiskLevel,
        RuleSet,
        Severity,
        assess_risk,
        check,
        classify,
        default_rules,
        render_report,
    )
    from left_behind.stats import (
        Period,
        PeriodFigures,
        Summary,
        Volunteers,
        figures,
        summarize,
        volunteers_on,
    )

__version__ = "0.1.0"

# Each name and the package it comes from, imported on first use: a command
# that prints its help or checks one child does not load the calendar, the
# law texts or the planner. The TYPE_CHECKING block above says the same for
# type checkers and editors, and a test keeps the two and __all__ equal.
_EXPORTS: dict[str, str] = {
    "agenda": "agenda",
    "calendar": "calendar",
    "calls": "calls",
    "io": "io",
    "kinds": "kinds",
    "law": "law",
    "matching": "matching",
    "model": "model",
    "planning": "planning",
    "rules": "rules",
    "samples": "samples",
    "stats": "stats",
    "DueItem": "agenda",
    "due": "agenda",
    "CalendarDay": "calendar",
    "Closure": "calendar",
    "SchoolYear": "calendar",
    "YearCalendar": "calendar",
    "CallPlan": "calls",
    "book_calls": "calls",
    "from_dict": "io",
    "from_json": "io",
    "json_schema": "io",
    "redact": "io",
    "to_dict": "io",
    "to_json": "io",
    "Changes": "kinds",
    "InvalidData": "kinds",
    "Problem": "kinds",
    "changes": "kinds",
    "PairOptions": "matching",
    "Suggestions": "matching",
    "pair_options": "matching",
    "suggest_pairings": "matching",
    "BackgroundCheck": "model",
    "CallWindow": "model",
    "CareArrangement": "model",
    "Child": "model",
    "Consent": "model",
    "ContactCard": "model",
    "ContactEvent": "model",
    "Distance": "model",
    "EntrustedCarer": "model",
    "Home": "model",
    "LegalGuardian": "model",
    "Meeting": "model",
    "Membership": "model",
    "MisconductRecord": "model",
    "Opening": "model",
    "Pairing": "model",
    "Parent": "model",
    "Partnership": "model",
    "Plan": "model",
    "Plans": "model",
    "Preference": "model",
    "Programme": "model",
    "Register": "model",
    "ReportEvent": "model",
    "Room": "model",
    "ServiceRecord": "model",
    "Session": "model",
    "SessionChange": "model",
    "Staff": "model",
    "SupervisionGroup": "model",
    "SupportTeam": "model",
    "Training": "model",
    "Volunteer": "model",
    "Window": "model",
    "check_plan": "planning",
    "plan": "planning",
    "Classification": "rules",
    "Finding": "rules",
    "Policy": "rules",
    "Report": "rules",
    "Risk": "rules",
    "RiskLevel": "rules",
    "RuleSet": "rules",
    "Severity": "rules",
    "assess_risk": "rules",
    "check": "rules",
    "classify": "rules",
    "default_rules": "rules",
    "render_report": "rules",
    "Period": "stats",
    "PeriodFigures": "stats",
    "Summary": "stats",
    "Volunteers": "stats",
    "figures": "stats",
    "summarize": "stats",
    "volunteers_on": "stats",
}

__all__ = [
    "BackgroundCheck",
    "CalendarDay",
    "CallPlan",
    "CallWindow",
    "CareArrangement",
    "Changes",
    "Child",
    "Classification",
    "Closure",
    "Consent",
    "ContactCard",
    "ContactEvent",
    "Distance",
    "DueItem",
    "EntrustedCarer",
    "Finding",
    "Home",
    "InvalidData",
    "LegalGuardian",
    "Meeting",
    "Membership",
    "MisconductRecord",
    "Opening",
    "PairOptions",
    "Pairing",
    "Parent",
    "Partnership",
    "Period",
    "PeriodFigures",
    "Plan",
    "Plans",
    "Policy",
    "Preference",
    "Problem",
    "Programme",
    "Register",
    "Report",
    "ReportEvent",
    "Risk",
    "RiskLevel",
    "Room",
    "RuleSet",
    "SchoolYear",
    "ServiceRecord",
    "Session",
    "SessionChange",
    "Severity",
    "Staff",
    "Suggestions",
    "Summary",
    "SupervisionGroup",
    "SupportTeam",
    "Training",
    "Volunteer",
    "Volunteers",
    "Window",
    "YearCalendar",
    "agenda",
    "assess_risk",
    "book_calls",
    "calendar",
    "calls",
    "changes",
    "check",
    "check_plan",
    "classify",
    "default_rules",
    "due",
    "figures",
    "from_dict",
    "from_json",
    "io",
    "json_schema",
    "kinds",
    "law",
    "matching",
    "model",
    "pair_options",
    "plan",
    "planning",
    "redact",
    "render_report",
    "rules",
    "samples",
    "stats",
    "suggest_pairings",
    "summarize",
    "to_dict",
    "to_json",
    "volunteers_on",
]

# Where a name that left the top level lives now: read from the packages'
# own __all__, so a name is never listed twice.
_HOMES = (
    "model",
    "kinds",
    "rules",
    "calendar",
    "io",
    "matching",
    "planning",
    "calls",
    "stats",
    "law",
    "samples",
)


# The adapters over the core (spreadsheets, reports and their charts): reached as
# ``lb.sheets`` and ``lb.reports`` like the packages above, without being top-level
# names, since each needs its extra.
_ADAPTERS = ("reports", "sheets")


def _moved(name: str) -> Any:
    """A name that left the top level, with a warning naming its new home."""
    if name.startswith("__"):
        # what tools probe for (__wrapped__, __path__...): never an old name
        raise AttributeError(f"module 'left_behind' has no attribute {name!r}")
    if name in _ADAPTERS:
        return importlib.import_module(f"left_behind.{name}")
    if name == "synthetic":
        home, value = "samples", importlib.import_module("left_behind.samples.synthetic")
    else:
        for home in _HOMES:
            package = importlib.import_module(f"left_behind.{home}")
            if name in package.__all__:
                value = getattr(package, name)
                break
        else:
            raise AttributeError(f"module 'left_behind' has no attribute {name!r}")
    warnings.warn(
        f"left_behind.{name} has moved: use left_behind.{home}.{name}"
        " (the old name goes in the next release)",
        DeprecationWarning,
        stacklevel=3,
    )
    return value


if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_package(__name__, _EXPORTS, moved=_moved)
