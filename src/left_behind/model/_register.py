"""The register: a village's or home's children, the top-level document."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from left_behind.kinds import (
    Problem,
    ProblemCode,
    Record,
    Text,
    as_tuple,
    field,
    mask_shaped,
    problem,
)
from left_behind.model._child import Child

__all__ = ["SCHEMA_VERSION", "Register"]

SCHEMA_VERSION = 2
"""The version of the register's JSON layout that this library writes (2: a home says
once when it is open, in ``opening``; files of version 1 are still read)."""


@attrs.frozen(kw_only=True)
class Register(Record):
    """A register of children (登记册): the document files and apps exchange.

    ``schema_version`` tells a reader which layout a file has, so a later
    version of the library can still read it. Child ids are unique.
    """

    schema_version: int = field(default=SCHEMA_VERSION, words=("格式版本", "the layout version"))
    name: str = field(default="", words=("登记册名称", "the register's name"))
    children: tuple[Child, ...] = field(default=(), converter=as_tuple, words=("儿童", "child"))

    def child(self, child_id: str) -> Child:
        """The child with this id; ``KeyError`` when there is none."""
        for c in self.children:
            if c.id == child_id:
                return c
        raise KeyError(mask_shaped(child_id))

    def _problems(self) -> Iterator[Problem]:
        if self.schema_version != SCHEMA_VERSION:
            yield problem(
                "$.schema_version",
                ProblemCode.VERSION,
                Text(
                    f"本库读取的格式版本是 {SCHEMA_VERSION}，不是 {self.schema_version}",
                    f"this library reads schema version {SCHEMA_VERSION},"
                    f" not {self.schema_version}",
                ),
            )
        first: dict[str, int] = {}
        for i, c in enumerate(self.children):
            j = first.setdefault(c.id, i)
            if j != i:
                yield problem(
                    f"$.children[{i}].id",
                    ProblemCode.DUPLICATE,
                    Text(
                        f"这个编号已被第 {j + 1} 名儿童（children[{j}]）使用：编号不能重复",
                        f"this id is already used by children[{j}]; ids must be unique",
                    ),
                )
