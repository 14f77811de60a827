"""The record machinery: bilingual text, kinds of value, fields and their checks.

Each name is imported on first use (see :func:`lazy_package`), so that
reading a :class:`Text` does not load the converters, nor attrs.
"""

from left_behind.kinds._lazy import lazy_package as lazy_package

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
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
    from left_behind.kinds._lazy import *  # noqa: F403
    from left_behind.kinds._paths import *  # noqa: F403
    from left_behind.kinds._recurrence import *  # noqa: F403
    from left_behind.kinds._text import *  # noqa: F403

# What the other packages may use, and the submodule that defines each name
# (its own __all__ declares it; a test keeps this table equal to them).
_EXPORTS: dict[str, str] = {
    "lazy_package": "_lazy",
    "Checks": "_base",
    "Record": "_base",
    "UNREAD": "_base",
    "Unread": "_base",
    "as_frozenset": "_base",
    "as_tuple": "_base",
    "checks_of": "_base",
    "cross_check": "_base",
    "cross_checks": "_base",
    "oldest_first": "_base",
    "partial": "_base",
    "prechecked_setters": "_base",
    "problem": "_base",
    "references_of": "_base",
    "words_of": "_base",
    "Change": "_changes",
    "ChangeKind": "_changes",
    "Changes": "_changes",
    "changes": "_changes",
    "CheckedText": "_checked",
    "bad_text": "_checked",
    "Code": "_codegen",
    "can_count": "_convert",
    "converter": "_convert",
    "count_keys": "_convert",
    "is_record": "_convert",
    "key_path": "_convert",
    "structure": "_convert",
    "unstructure": "_convert",
    "writer": "_convert",
    "InvalidData": "_errors",
    "Problem": "_errors",
    "ProblemCode": "_errors",
    "AT_LEAST_ONE": "_fields",
    "BIRTH": "_fields",
    "Bounds": "_fields",
    "EXCLUSIVE_MINIMUM": "_fields",
    "MAXIMUM": "_fields",
    "MINIMUM": "_fields",
    "NOT_BEFORE": "_fields",
    "NOT_BLANK": "_fields",
    "Order": "_fields",
    "PRIVATE": "_fields",
    "REFERS_TO": "_fields",
    "UNIT": "_fields",
    "WORDS": "_fields",
    "bounds_of": "_fields",
    "camel": "_fields",
    "camel_path": "_fields",
    "field": "_fields",
    "masked": "_fields",
    "shown": "_fields",
    "IdNumber": "_ids",
    "Phone": "_ids",
    "id_check_character": "_ids",
    "mask_name": "_ids",
    "mask_shaped": "_ids",
    "mask_text": "_ids",
    "BadValue": "_kinds",
    "Describing": "_kinds",
    "ENUMERATION": "_kinds",
    "KINDS": "_kinds",
    "Kind": "_kinds",
    "LIST": "_kinds",
    "Loading": "_kinds",
    "OPTIONAL": "_kinds",
    "PRIVATE_TEXT": "_kinds",
    "RECORD": "_kinds",
    "SET": "_kinds",
    "TEXT": "_kinds",
    "Writing": "_kinds",
    "a_or_an": "_kinds",
    "describe_type": "_kinds",
    "did_you_mean": "_kinds",
    "emit_check": "_kinds",
    "emit_dump": "_kinds",
    "emit_load": "_kinds",
    "emit_write": "_kinds",
    "kind_of": "_kinds",
    "kind_or_none": "_kinds",
    "python_type": "_kinds",
    "schema_for": "_kinds",
    "strategy_for": "_kinds",
    "type_error": "_kinds",
    "unwritable_at": "_kinds",
    "value_fits": "_kinds",
    "whole": "_kinds",
    "LabelledEnum": "_labels",
    "path_words": "_paths",
    "Recurrence": "_recurrence",
    "COLON": "_text",
    "Lang": "_text",
    "SEMICOLON": "_text",
    "Style": "_text",
    "Text": "_text",
    "check_lang": "_text",
    "check_style": "_text",
    "table": "_text",
    "text_width": "_text",
}

__all__ = list(_EXPORTS)

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_package(__name__, _EXPORTS)
