"""Registers read a child at a time: JSON Lines and register documents."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind.io import (
    header_home,
    load_child,
    read_document_stream,
    read_lines,
    sniff_style,
    to_lines,
)
from left_behind.testing import registers
from profiles import examples


@settings(max_examples=examples(0.5))
@given(registers(max_children=4), st.sampled_from(["snake", "camel"]))
def test_lines_read_back_the_register(register: lb.Register, style: lb.kinds.Style) -> None:
    lines = list(to_lines(register, style=style))
    read = read_lines([line.encode() + b"\n" for line in lines])
    assert read.style == style or not register.children
    children = tuple(load_child(line, style) for line in read)
    assert children == register.children
    assert header_home(read.header, style).name == register.name


@settings(max_examples=examples(0.5))
@given(registers(max_children=4), st.sampled_from([None, 2]), st.integers(16, 300))
def test_a_document_streams_child_by_child_in_any_chunks(
    register: lb.Register, indent: int | None, chunk: int
) -> None:
    text = lb.to_json(register, indent=indent).encode()
    stream = read_document_stream(io.BytesIO(text), chunk=chunk)
    children = tuple(load_child(line, stream.style) for line in stream)
    assert children == register.children
    assert stream.header == {"schema_version": register.schema_version, "name": register.name}


def test_the_facts_after_the_children_are_in_the_header() -> None:
    home = lb.samples.home()
    stream = read_document_stream(io.BytesIO(lb.to_json(home).encode()), chunk=64)
    assert sum(1 for _ in stream) == len(home.children)
    assert "volunteers" in stream.header and header_home(stream.header, "snake") is None


@pytest.mark.parametrize(
    "text",
    [b"[1, 2]", b'{"children": {}}', b'{"children": [{"id": "a"}', b'{"children": [1,, 2]}'],
)
def test_what_is_not_a_register_document_is_invalid_data(text: bytes) -> None:
    with pytest.raises(lb.InvalidData):
        list(read_document_stream(io.BytesIO(text), chunk=8))


def test_a_bad_line_is_told_by_its_number_and_the_rest_read() -> None:
    children = lb.samples.shicun().children[:2]
    lines = [lb.to_json(children[0]), "", '{"id": 1}', lb.to_json(children[1])]
    read = list(read_lines(lines))
    assert [line.number for line in read] == [1, 3, 4]
    with pytest.raises(lb.InvalidData) as caught:
        load_child(read[1], "snake")
    assert caught.value.problems
    assert load_child(read[2], "snake") == children[1]


def test_a_key_given_twice_on_a_line_is_a_problem() -> None:
    text = lb.to_json(lb.samples.shicun().children[0])
    twice = text[:-1] + ', "name": "x"}'
    with pytest.raises(lb.InvalidData, match="more than once"):
        load_child(next(iter(read_lines([twice]))), "snake")


@pytest.mark.parametrize(
    ("head", "style"),
    [
        ('{"id": "c", "birth_date": "2016-01-01"}', "snake"),
        ('{"register": {"schemaVersion": 1}}', "camel"),
        ('{"id": "c"}', "snake"),
        (json.dumps({"children": [{"birthDate": "x"}]}), "camel"),
    ],
)
def test_the_style_is_found_from_the_first_keys(head: str, style: str) -> None:
    assert sniff_style(head) == style
