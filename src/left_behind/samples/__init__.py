"""Synthetic data for demos, docs and tests: no real person's data, kept together.

The register of a village (:func:`shicun`) and single families
(:func:`family`), a children's happy home with its people and programmes
(:func:`home`), a county's school years (:data:`SAMPLE_SCHOOL_YEARS`), all
dated from :data:`REFERENCE_DATE`; and :mod:`left_behind.samples.synthetic`,
the generator of names, places, identity numbers and phones that nobody has.
The same call always returns the same data.

>>> import left_behind as lb
>>> lb.samples.shicun().children[0].id
'SC-001'
"""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.samples import _calendar, _home, _programmes, _register, _template, synthetic
from left_behind.samples._calendar import *  # noqa: F403
from left_behind.samples._home import *  # noqa: F403
from left_behind.samples._programmes import *  # noqa: F403
from left_behind.samples._register import *  # noqa: F403
from left_behind.samples._template import *  # noqa: F403

__all__ = [
    *_calendar.__all__,
    *_home.__all__,
    *_programmes.__all__,
    *_register.__all__,
    *_template.__all__,
    "synthetic",
]
