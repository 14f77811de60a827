"""Classify a child sent as JSON by a frontend, and explain the answer.

A mini-program or a web form sends one child's file with camelCase keys; a
back end reads it strictly, classifies the child on a date, and answers with
the status and its reasons, or with every problem of a bad form at once.

    python examples/classify_child.py
"""

from __future__ import annotations

import datetime as dt

import left_behind as lb

ON = dt.date(2026, 9, 1)

FORM = """{
  "id": "SJ-001", "name": "林小雨", "sex": "female", "birthDate": "2016-09-01",
  "county": "示例县", "township": "示例镇", "village": "示例村", "stage": "primary_4",
  "parents": [
    {"role": "father", "situations": [{"situation": "working_away", "since": "2024-02-20"}]},
    {"role": "mother", "situations": [{"situation": "incapacitated", "since": "2025-06-01"}]}
  ]
}"""

BAD_FORM = """{
  "id": "SJ-002", "name": "王小明", "sex": "girl", "birthDate": "2016/9/1",
  "county": "示例县", "township": "示例镇", "village": "示例村", "stage": "primary_4"
}"""


def answer(form: str) -> str:
    """What the back end sends back for one form: the classification, or the problems."""
    try:
        child = lb.from_json(form, lb.Child, style="camel")
    except lb.InvalidData as e:
        return "\n".join(f"problem {p.path} [{p.code}]: {p.message('en')}" for p in e.problems)
    result = lb.classify(child, on=ON)
    return "\n".join(
        [
            f"{child.id} on {ON}: {result.status.value}",
            result.explain("zh"),
            result.explain("en"),
            lb.to_json(result, style="camel"),
        ]
    )


if __name__ == "__main__":
    print(answer(FORM))
    print()
    print(answer(BAD_FORM))
