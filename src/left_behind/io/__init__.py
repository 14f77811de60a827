"""Adapters: records to and from plain data and JSON.

``Style`` is the key style of plain data and JSON: ``"snake"`` (``birth_date``,
the default) or ``"camel"`` (``birthDate``, for JavaScript frontends); every
function here takes it as ``style=``.
"""

from left_behind.io._convert import Style
from left_behind.io._json import from_dict, from_json, to_dict, to_json

__all__ = ["Style", "from_dict", "from_json", "to_dict", "to_json"]
