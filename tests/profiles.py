"""How hard the property tests try: the Hypothesis profiles, and a test's share of them.

``dev`` is for the edit-test loop: a few examples a test, enough to catch a
slip in seconds. ``ci`` is what the check before a merge runs (``.ci/run``
sets it, and so does any machine that sets ``CI``): the examples that find
the rare case. ``HYPOTHESIS_PROFILE`` picks one by name. No test writes its
own count: one whose every example is costly (a whole home checked, a file
written and read back) asks for a share of the profile's with :func:`examples`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from hypothesis import settings

__all__ = ["PROFILES", "chosen", "examples"]

PROFILES: dict[str, settings] = {
    "dev": settings(max_examples=10, deadline=None),
    # no deadline either: a shared CI machine is slow by turns, and a test that
    # fails for the time it took says nothing about the code
    # 60 examples a property keeps .ci/run, with every property, within its 15 minutes
    # on two cores as the suite grows; a costly test takes its share (examples())
    "ci": settings(max_examples=60, deadline=None, print_blob=True),
}


def chosen(environ: Mapping[str, str] = os.environ) -> str:
    """The profile's name: ``HYPOTHESIS_PROFILE``, else ``ci`` where ``CI`` is set, else ``dev``.

    >>> chosen({}), chosen({"CI": "true"}), chosen({"CI": "1", "HYPOTHESIS_PROFILE": "dev"})
    ('dev', 'ci', 'dev')
    """
    name = environ.get("HYPOTHESIS_PROFILE") or ("ci" if environ.get("CI") else "dev")
    if name not in PROFILES:
        raise ValueError(f"HYPOTHESIS_PROFILE={name!r}: the profiles are {', '.join(PROFILES)}")
    return name


def examples(share: float) -> int:
    """``share`` of the loaded profile's examples, at least one: for a test costly per example.

    Read when the test module is imported, after ``conftest.py`` loaded the profile.
    """
    return max(1, round(share * settings().max_examples))
