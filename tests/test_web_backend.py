"""examples/web_backend.py, served on the loopback address and sent real HTTP requests."""

from __future__ import annotations

import importlib.util
import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings

import left_behind as lb
from left_behind import testing as lt
from profiles import examples

ROOT = Path(__file__).resolve().parent.parent
ON = lb.samples.REFERENCE_DATE


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "web_backend", ROOT / "examples" / "web_backend.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    """The address of the example's server, started in a thread on a free port."""
    example = load_example()
    server = example.serve(0, example.make_app(today=lambda: ON))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def request(url: str, body: bytes | None = None, method: str = "POST") -> tuple[int, Any, str]:
    """Send a request: the status, the decoded JSON answer and its content type."""
    req = urllib.request.Request(url, data=body, method=method)
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, json.loads(response.read()), response.headers["Content-Type"]
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), error.headers["Content-Type"]


def camel_json(record: Any) -> bytes:
    return lb.to_json(record, style="camel").encode("utf-8")


def test_a_valid_register_gets_the_report(base: str) -> None:
    register = lb.samples.shicun()
    status, body, content_type = request(f"{base}/check/register", camel_json(register))
    assert status == 200
    assert content_type == "application/json; charset=utf-8"
    report = lb.from_dict(body, lb.Report, style="camel")
    assert report == lb.check(register, on=ON, style="camel")
    assert any(f.path.endswith("NotifiedOn") for f in report.findings)


def test_the_date_of_the_checks_is_a_query_parameter(base: str) -> None:
    child = lb.samples.family(age=6)
    status, body, _ = request(f"{base}/check/child?on=2027-03-01", camel_json(child))
    assert status == 200
    assert body["on"] == "2027-03-01"
    status, body, _ = request(f"{base}/check/child?on=2027/3/1", camel_json(child))
    assert status == 400


def spoiled_child() -> dict[str, Any]:
    child = json.loads(lb.to_json(lb.samples.family(), style="camel"))
    child["sex"] = "girl"
    del child["birthDate"]
    child["care"][0]["carer"]["nickname"] = "奶奶"
    return child  # type: ignore[no-any-return]


def test_a_spoiled_child_gets_422_with_every_problem(base: str) -> None:
    text = json.dumps(spoiled_child(), ensure_ascii=False)
    status, body, _ = request(f"{base}/check/child", text.encode("utf-8"))
    assert status == 422
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, lb.Child, style="camel")
    assert body == info.value.to_dict(style="camel")
    assert all(p["messageZh"] and p["messageEn"] for p in body["problems"])
    assert {p["path"] for p in body["problems"]} == {
        "$.sex",
        "$.birthDate",
        "$.care[0].carer.nickname",
    }


@pytest.mark.parametrize(
    "body",
    [b"", b"{", '{"name": "小雨"}'.encode("gbk"), b"[]", b'{"id": "c-1"}'],
    ids=["empty", "cut short", "GBK", "a list", "keys missing"],
)
def test_what_is_not_a_child_gets_422(base: str, body: bytes) -> None:
    status, answer, _ = request(f"{base}/check/child", body)
    assert status == 422
    assert answer["problems"] and all(p["path"].startswith("$") for p in answer["problems"])


def test_snake_case_keys_are_refused_with_their_paths(base: str) -> None:
    status, body, _ = request(f"{base}/check/register", lb.to_json(lb.samples.template()).encode())
    assert status == 422
    assert {p["code"] for p in body["problems"]} == {"key_style"}  # said once, with the fix


def test_the_schema_of_what_it_takes(base: str) -> None:
    for name, cls in (("register", lb.Register), ("child", lb.Child)):
        status, body, _ = request(f"{base}/schema/{name}", method="GET")
        assert status == 200
        assert body == lb.json_schema(cls, style="camel")


@pytest.mark.parametrize(
    ("path", "method", "status"),
    [
        ("/check/child", "GET", 405),
        ("/schema/child", "POST", 405),
        ("/check/volunteer", "POST", 404),
        ("/", "GET", 404),
    ],
)
def test_other_requests(base: str, path: str, method: str, status: int) -> None:
    got, body, _ = request(f"{base}{path}", b"{}" if method == "POST" else None, method)
    assert got == status and "error" in body


@settings(max_examples=examples(0.1))
@given(child=lt.children())
def test_any_child_gets_the_report_the_library_gives(base: str, child: lb.Child) -> None:
    status, body, _ = request(f"{base}/check/child", camel_json(child))
    assert status == 200
    assert lb.from_dict(body, lb.Report, style="camel") == lb.check(child, on=ON, style="camel")
