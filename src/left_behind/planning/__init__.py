"""Planning: a home's programmes as dated sessions, and the conflicts of a plan.

:func:`plan` expands every programme of a :class:`~left_behind.Home` into
:class:`~left_behind.Session` s in China Standard Time, held to the home's
calendar and opening hours; :func:`check_plan` finds the conflicts (a room
double-booked, a facilitator in two places at once...) with the rule engine,
by the rules on a plan that :mod:`._rules` declares and registers.
Pure: the caller gives the dates.
"""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.planning import _plan, _rules, _timetable
from left_behind.planning._plan import *  # noqa: F403
from left_behind.planning._rules import *  # noqa: F403
from left_behind.planning._timetable import *  # noqa: F403

__all__ = [
    *_plan.__all__,
    *_rules.__all__,
    *_timetable.__all__,
]
