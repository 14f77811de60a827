"""Adapters: records to and from plain data and JSON, and what describes them.

``Style`` is the key style of plain data and JSON: ``"snake"`` (``birth_date``,
the default) or ``"camel"`` (``birthDate``, for JavaScript frontends); every
function here takes it as ``style=``. ``json_schema`` gives the JSON Schema of
a document, ``label_tables`` the labels of every enumeration and
``file_format_reference`` the reference of the file format, all from the
records' declarations; ``plan_to_ics`` a plan as an iCalendar file (with the
``ics`` extra); ``redact`` a copy of a document that identifies nobody, which
``to_dict`` and ``to_json`` also write with ``redact=key``. ``to_lines`` and ``read_lines``
write and read a register as JSON Lines, one child a line, and
``read_document_stream`` reads a register document child by child, so a
register of any size is read holding one child.
"""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.io import _ics, _json, _lines, _redact, _reference, _schema
from left_behind.io._ics import *  # noqa: F403
from left_behind.io._json import *  # noqa: F403
from left_behind.io._lines import *  # noqa: F403
from left_behind.io._redact import *  # noqa: F403
from left_behind.io._reference import *  # noqa: F403
from left_behind.io._schema import *  # noqa: F403

__all__ = [
    *_ics.__all__,
    *_json.__all__,
    *_lines.__all__,
    *_redact.__all__,
    *_reference.__all__,
    *_schema.__all__,
]
