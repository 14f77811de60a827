"""Moved to :mod:`left_behind.samples.synthetic`; this name goes in the next release."""

import warnings

from left_behind.samples import synthetic as _synthetic
from left_behind.samples.synthetic import *  # noqa: F403

__all__ = list(_synthetic.__all__)

warnings.warn(
    "left_behind.synthetic has moved: use left_behind.samples.synthetic"
    " (the old name goes in the next release)",
    DeprecationWarning,
    stacklevel=2,
)
