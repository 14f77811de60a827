"""Adapters: records to and from plain data and JSON, and what describes them.

``Style`` is the key style of plain data and JSON: ``"snake"`` (``birth_date``,
the default) or ``"camel"`` (``birthDate``, for JavaScript frontends); every
function here takes it as ``style=``. ``json_schema`` gives the JSON Schema of
a document, ``label_tables`` the labels of every enumeration and
``file_format_reference`` the reference of the file format, all from the
records' declarations; ``plan_to_ics`` a plan as an iCalendar file (with the
``ics`` extra).
"""

from left_behind.io._convert import Style
from left_behind.io._ics import plan_to_ics
from left_behind.io._json import from_dict, from_json, to_dict, to_json
from left_behind.io._reference import file_format_reference
from left_behind.io._schema import (
    LOADER_ONLY_CHECKS,
    enum_classes,
    json_schema,
    label_tables,
    record_classes,
)

__all__ = [
    "LOADER_ONLY_CHECKS",
    "Style",
    "enum_classes",
    "file_format_reference",
    "from_dict",
    "from_json",
    "json_schema",
    "label_tables",
    "plan_to_ics",
    "record_classes",
    "to_dict",
    "to_json",
]
