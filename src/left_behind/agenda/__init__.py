"""What is due: one ordered list of everything that falls due or is overdue in a window.

:func:`due` gathers, from the findings of the rules about a deadline (each
gives the day it fell due, :attr:`~left_behind.Finding.due`) and from the
plan's sessions without a facilitator, the list a children's director opens
on a Monday: visits, tasks, pairing meetings, background checks, notices,
consents to renew, reports to the police and contacts, each with whom it is
for, when, how late and why. Pure: the caller gives the date.

:func:`week` puts the week of a day side by side: what is due, the children who
need action first, the pairings suggested, the sessions and the calls.
"""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.agenda import _due, _week
from left_behind.agenda._due import *  # noqa: F403
from left_behind.agenda._week import *  # noqa: F403

__all__ = [*_due.__all__, *_week.__all__]
