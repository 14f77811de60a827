"""Adapters: records to and from plain data and JSON."""

from left_behind.io._convert import Style
from left_behind.io._json import from_dict, from_json, to_dict, to_json

__all__ = ["Style", "from_dict", "from_json", "to_dict", "to_json"]
