"""Pure functions over the records: classification, rule checks and risk.

A rule's check is a :data:`RuleCheck`: a function of a subject (a child and
its :class:`Context`, or another kind of :class:`Subject`) that
yields :class:`Hit` s; :func:`rule` makes it a :class:`Rule`, and a
subject's :meth:`Subject.rule` registers it with its concern. The rules of
this package's concerns are declared in the modules imported here (the
child's, the people's, the pairings', the home's), the plan's in
:mod:`left_behind.planning`; :func:`default_rules` gathers them all.
"""

# isort: off
# The modules that declare the rules of this package's concerns: a concern's
# rules are registered in the order they are declared, so the child's are
# imported in the order of the rules table (tests/rules/test_rules_engine.py pins it).
from left_behind.rules import _care, _notice_contact, _reports, _consent, _guardian
from left_behind.rules import _people_rules, _pairing_rules, _home_rules, _task_rules, _visits
from left_behind.rules import _held

# isort: on
# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.rules import (
    _check,
    _classify,
    _findings,
    _policy,
    _reference,
    _registry,
    _render,
    _risk,
    _sessions,
    _support,
    _sweep,
)
from left_behind.rules._care import *  # noqa: F403
from left_behind.rules._check import *  # noqa: F403
from left_behind.rules._classify import *  # noqa: F403
from left_behind.rules._consent import *  # noqa: F403
from left_behind.rules._findings import *  # noqa: F403
from left_behind.rules._guardian import *  # noqa: F403
from left_behind.rules._held import *  # noqa: F403
from left_behind.rules._home_rules import *  # noqa: F403
from left_behind.rules._notice_contact import *  # noqa: F403
from left_behind.rules._pairing_rules import *  # noqa: F403
from left_behind.rules._people_rules import *  # noqa: F403
from left_behind.rules._policy import *  # noqa: F403
from left_behind.rules._reference import *  # noqa: F403
from left_behind.rules._registry import *  # noqa: F403
from left_behind.rules._render import *  # noqa: F403
from left_behind.rules._reports import *  # noqa: F403
from left_behind.rules._risk import *  # noqa: F403
from left_behind.rules._sessions import *  # noqa: F403
from left_behind.rules._support import *  # noqa: F403
from left_behind.rules._sweep import *  # noqa: F403
from left_behind.rules._task_rules import *  # noqa: F403
from left_behind.rules._visits import *  # noqa: F403

__all__ = [
    *_check.__all__,
    *_classify.__all__,
    *_findings.__all__,
    *_policy.__all__,
    *_reference.__all__,
    *_registry.__all__,
    *_render.__all__,
    *_risk.__all__,
    *_sessions.__all__,
    *_support.__all__,
    *_care.__all__,
    *_consent.__all__,
    *_guardian.__all__,
    *_held.__all__,
    *_home_rules.__all__,
    *_notice_contact.__all__,
    *_pairing_rules.__all__,
    *_people_rules.__all__,
    *_reports.__all__,
    *_sweep.__all__,
    *_task_rules.__all__,
    *_visits.__all__,
]
