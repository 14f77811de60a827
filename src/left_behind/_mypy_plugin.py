"""Tells mypy's attrs plugin that the records' ``field()`` is ``attrs.field``.

The records declare their fields with :func:`left_behind.kinds._fields.field`,
a wrapper over ``attrs.field`` (as attrs' docs on extending recommend). mypy's
attrs plugin knows ``attrs.field`` by name only; this plugin adds the wrapper's
name, as those docs show, so that mypy checks the records' constructors
(required fields, converters) as attrs makes them. The project's mypy
settings load it; a program that embeds the library may load it too:
``plugins = ["left_behind._mypy_plugin"]``.
"""

from __future__ import annotations

from mypy.plugin import Plugin
from mypy.plugins.attrs import attr_attrib_makers

attr_attrib_makers.add("left_behind.kinds._fields.field")


class _FieldsPlugin(Plugin):
    """Nothing of its own: loading this module is what registers the name."""


def plugin(version: str) -> type[Plugin]:
    """The entry point mypy calls."""
    return _FieldsPlugin
