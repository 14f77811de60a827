"""The examples in the docstrings of InvalidData, Problem and ProblemCode run.

They name ``left_behind`` as their module (so tracebacks show the path a caller
imports), which hides them from the doctest collector: they are run here instead.
"""

from __future__ import annotations

import doctest

import pytest

from left_behind.kinds import _errors

OBJECTS = [_errors.InvalidData, _errors.Problem, _errors.ProblemCode]


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o.__name__)
def test_the_examples_in_the_docstrings_run(obj: type) -> None:
    finder = doctest.DocTestFinder(exclude_empty=True)
    tests = [t for t in finder.find(obj, obj.__name__, globs=vars(_errors)) if t.examples]
    assert tests, f"{obj.__name__} has no example"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for t in tests:
        runner.run(t)
    assert runner.summarize(verbose=False).failed == 0
