"""Pairing children with mentors: the exact optimisation under the suggestions.

A pure algorithm on indices, with no records: the layer that knows the children and the
mentors scores the allowed pairs, and :func:`best_assignment` picks the pairing that
serves the most children, then fits best, with ties broken by the indices.
:func:`components` splits the allowed pairs into the groups that never compete.

>>> from left_behind.matching import best_assignment
>>> best_assignment(2, [1], [(0, 0, 2), (1, 0, 5)])
[(1, 0)]
"""

from left_behind.matching._flow import Component, best_assignment, components
from left_behind.matching._suggest import (
    GAP_SKILLS,
    Criterion,
    Excluded,
    Exclusion,
    MentorLoad,
    Option,
    PairOptions,
    Place,
    Points,
    Suggestion,
    Suggestions,
    Unserved,
    accept,
    choose,
    pair_options,
    suggest_pairings,
)

__all__ = [
    "GAP_SKILLS",
    "Component",
    "Criterion",
    "Excluded",
    "Exclusion",
    "MentorLoad",
    "Option",
    "PairOptions",
    "Place",
    "Points",
    "Suggestion",
    "Suggestions",
    "Unserved",
    "accept",
    "best_assignment",
    "choose",
    "components",
    "pair_options",
    "suggest_pairings",
]
