"""The record machinery: bilingual text, kinds of value, fields and their checks."""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.kinds import (
    _base,
    _changes,
    _checked,
    _codegen,
    _convert,
    _errors,
    _fields,
    _ids,
    _kinds,
    _labels,
    _paths,
    _recurrence,
    _text,
)
from left_behind.kinds._base import *  # noqa: F403
from left_behind.kinds._changes import *  # noqa: F403
from left_behind.kinds._checked import *  # noqa: F403
from left_behind.kinds._codegen import *  # noqa: F403
from left_behind.kinds._convert import *  # noqa: F403
from left_behind.kinds._errors import *  # noqa: F403
from left_behind.kinds._fields import *  # noqa: F403
from left_behind.kinds._ids import *  # noqa: F403
from left_behind.kinds._kinds import *  # noqa: F403
from left_behind.kinds._labels import *  # noqa: F403
from left_behind.kinds._paths import *  # noqa: F403
from left_behind.kinds._recurrence import *  # noqa: F403
from left_behind.kinds._text import *  # noqa: F403

__all__ = [
    *_text.__all__,
    *_base.__all__,
    *_changes.__all__,
    *_checked.__all__,
    *_codegen.__all__,
    *_convert.__all__,
    *_errors.__all__,
    *_fields.__all__,
    *_ids.__all__,
    *_kinds.__all__,
    *_labels.__all__,
    *_paths.__all__,
    *_recurrence.__all__,
]
