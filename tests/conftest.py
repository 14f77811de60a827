"""The Hypothesis profile every test runs under (see :mod:`profiles`)."""

from __future__ import annotations

from hypothesis import settings

from profiles import PROFILES, chosen

for _name, _profile in PROFILES.items():
    settings.register_profile(_name, _profile)
settings.load_profile(chosen())
