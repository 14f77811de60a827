"""Planning: a home's programmes as dated sessions, and the conflicts of a plan.

:func:`plan` expands every programme of a :class:`~left_behind.Home` into
:class:`~left_behind.Session` s in China Standard Time, held to the home's
calendar and opening hours; :func:`check_plan` finds the conflicts (a room
double-booked, a facilitator in two places at once...) with the rule engine,
by the rules on a plan that :mod:`._rules` declares and registers.
Pure: the caller gives the dates.
"""

from left_behind.planning import _plan
from left_behind.planning._plan import check_plan as check_plan
from left_behind.planning._plan import plan as plan
from left_behind.planning._plan import planning_rules as planning_rules
from left_behind.planning._rules import PLAN_SUBJECT as PLAN_SUBJECT
from left_behind.planning._rules import SHANGHAI as SHANGHAI
from left_behind.planning._rules import PlanFacts as PlanFacts

__all__: list[str] = [*_plan.__all__, "PLAN_SUBJECT", "PlanFacts"]
