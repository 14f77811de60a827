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

from left_behind.kinds import lazy_package

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from left_behind.samples import synthetic as synthetic
    from left_behind.samples._calendar import *  # noqa: F403
    from left_behind.samples._home import *  # noqa: F403
    from left_behind.samples._programmes import *  # noqa: F403
    from left_behind.samples._reference import *  # noqa: F403
    from left_behind.samples._register import *  # noqa: F403
    from left_behind.samples._template import *  # noqa: F403

# What the other packages may use, and the submodule that defines each name
# (its own __all__ declares it; a test keeps this table equal to them).
_EXPORTS: dict[str, str] = {
    "SAMPLE_COUNTY": "_calendar",
    "SAMPLE_SCHOOL_YEARS": "_calendar",
    "build_home": "_home",
    "planning_fields": "_programmes",
    "REFERENCE_DATE": "_reference",
    "family": "_register",
    "home": "_register",
    "shicun": "_register",
    "template": "_register",
    "home_template": "_template",
    "synthetic": "synthetic",
}

__all__ = list(_EXPORTS)

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_package(__name__, _EXPORTS)
