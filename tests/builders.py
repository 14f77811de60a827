"""The smallest valid child, as a document and as a record, for the tests to vary."""

from __future__ import annotations

import datetime as dt
from typing import Any

import left_behind as lb

CHILD_DOC: dict[str, Any] = {
    "id": "c-1",
    "name": "林小雨",
    "sex": "female",
    "birth_date": "2015-03-02",
    "county": "示例县",
    "township": "示例镇",
    "village": "示例村",
    "stage": "primary_4",
}
"""Every required key of a child and nothing else (snake_case)."""


def minimal_child(birth: dt.date = dt.date(2015, 3, 2), **more: Any) -> lb.Child:
    """The child of :data:`CHILD_DOC` born on ``birth``, with any fields given in ``more``."""
    fields: dict[str, Any] = {
        "id": "c-1",
        "name": "林小雨",
        "sex": lb.model.Sex.FEMALE,
        "birth_date": birth,
        "county": "示例县",
        "township": "示例镇",
        "village": "示例村",
        "stage": lb.model.SchoolStage.PRIMARY_4,
    }
    return lb.Child(**{**fields, **more})
