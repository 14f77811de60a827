"""Pairing children with mentors: the exact optimisation under the suggestions.

A pure algorithm on indices, with no records: the layer that knows the children and the
mentors scores the allowed pairs, and :func:`best_assignment` picks the pairing that
serves the most children, then fits best, with ties broken by the indices.
:func:`components` splits the allowed pairs into the groups that never compete.

>>> from left_behind.matching._flow import best_assignment
>>> best_assignment(2, [1], [(0, 0, 2), (1, 0, 5)])
[(1, 0)]
"""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.matching import _flow, _suggest
from left_behind.matching._flow import *  # noqa: F403
from left_behind.matching._suggest import *  # noqa: F403

__all__ = [
    *_flow.__all__,
    *_suggest.__all__,
]
