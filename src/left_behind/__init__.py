"""left_behind: records, rules and schedules for the care of left-behind children.

A pure core: nothing here reads files, the network or the clock. Every
function that depends on the date takes it as ``on=``.

>>> import left_behind as lb
>>> reg = lb.samples.shicun()
>>> lb.classify(reg.children[0], on=lb.samples.REFERENCE_DATE).status.label("en")
'left-behind child'
"""

# The public face is composed from the parts, each of which says in its own
# __all__ what it offers (as h11 does): a name is declared once, where it is.
from left_behind import (
    _errors,
    calendar,
    calls,
    io,
    law,
    matching,
    model,
    planning,
    rules,
    samples,
    stats,
    synthetic,
)
from left_behind._errors import *  # noqa: F403
from left_behind.calendar import *  # noqa: F403
from left_behind.calls import *  # noqa: F403
from left_behind.io import *  # noqa: F403
from left_behind.matching import *  # noqa: F403
from left_behind.model import *  # noqa: F403
from left_behind.planning import *  # noqa: F403
from left_behind.rules import *  # noqa: F403
from left_behind.stats import *  # noqa: F403

__version__ = "0.1.0"

__all__ = [
    *_errors.__all__,
    *calendar.__all__,
    *calls.__all__,
    *io.__all__,
    *matching.__all__,
    *model.__all__,
    *planning.__all__,
    *rules.__all__,
    *stats.__all__,
    "calendar",
    "law",
    "samples",
    "synthetic",
]
