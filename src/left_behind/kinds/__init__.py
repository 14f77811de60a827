"""The record machinery: bilingual text, kinds of value, fields and their checks."""

from left_behind.kinds import _text
from left_behind.kinds._text import *  # noqa: F403

__all__ = [*_text.__all__]
