"""Figures over a register: the counts and shares the reports give.

Pure like the rest of the core: a register and a date in, a record out.
:func:`summarize` makes a :class:`Summary`, :func:`render` turns it into a
plain-text table, and :func:`~left_behind.to_json` into JSON; :func:`census_summary`
makes the 2016 census's summary (汇总表), :func:`render_census` its table.
"""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.stats import _census, _people, _period, _render, _summary
from left_behind.stats._census import *  # noqa: F403
from left_behind.stats._people import *  # noqa: F403
from left_behind.stats._period import *  # noqa: F403
from left_behind.stats._render import *  # noqa: F403
from left_behind.stats._summary import *  # noqa: F403

__all__ = [
    *_census.__all__,
    *_people.__all__,
    *_period.__all__,
    *_render.__all__,
    *_summary.__all__,
]
