"""examples/web_backend.py, served on the loopback address and sent real HTTP requests."""

from __future__ import annotations

import datetime as dt
import http.client
import importlib.util
import json
import threading
import urllib.error
import urllib.parse
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
ORIGIN = "https://frontend.example.org"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "web_backend", ROOT / "examples" / "web_backend.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXAMPLE = load_example()


def start(origins: tuple[str, ...]) -> Iterator[str]:
    """The address of the example's server, started in a thread on a free port."""
    server = EXAMPLE.serve(0, EXAMPLE.make_app(today=lambda: ON, origins=origins))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    yield from start((ORIGIN,))


@pytest.fixture(scope="module")
def open_base() -> Iterator[str]:
    yield from start(("*",))


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


def test_a_spoiled_child_gets_400_with_every_problem(base: str) -> None:
    text = json.dumps(spoiled_child(), ensure_ascii=False)
    status, body, _ = request(f"{base}/check/child", text.encode("utf-8"))
    assert status == 400
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
def test_what_is_not_a_child_gets_400(base: str, body: bytes) -> None:
    status, answer, _ = request(f"{base}/check/child", body)
    assert status == 400
    assert answer["problems"] and all(p["path"].startswith("$") for p in answer["problems"])


def test_snake_case_keys_are_refused_with_their_paths(base: str) -> None:
    status, body, _ = request(f"{base}/check/register", lb.to_json(lb.samples.template()).encode())
    assert status == 400
    assert {p["code"] for p in body["problems"]} == {"key_style"}  # said once, with the fix


def test_the_schema_of_what_it_takes(base: str) -> None:
    for name, cls in (("register", lb.Register), ("child", lb.Child), ("home", lb.Home)):
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


# Every document of a home file, each answered as the library gives it.

HOME = lb.samples.home()
HOME_JSON = camel_json(HOME)


def test_a_home_gets_its_checks(base: str) -> None:
    status, body, _ = request(f"{base}/check/home?on={ON}", HOME_JSON)
    assert status == 200
    report = lb.from_dict(body, lb.Report, style="camel")
    assert report == lb.check(HOME, on=ON, style="camel")
    assert report.findings


def test_a_home_gets_its_suggested_pairings(base: str) -> None:
    status, body, _ = request(f"{base}/pairings?on={ON}", HOME_JSON)
    assert status == 200
    suggestions = lb.from_dict(body, lb.Suggestions, style="camel")
    assert suggestions == lb.suggest_pairings(HOME, on=ON)
    assert suggestions.suggestions


@pytest.mark.parametrize("within", [1, 7, 30])
def test_a_home_gets_what_is_due(base: str, within: int) -> None:
    status, body, _ = request(f"{base}/due?on={ON}&within={within}", HOME_JSON)
    assert status == 200
    agenda = lb.from_dict(body, lb.agenda.Agenda, style="camel")
    assert agenda == lb.due(HOME, on=ON, within=within)
    assert agenda.items


def test_what_is_due_within_defaults_to_a_week(base: str) -> None:
    _, body, _ = request(f"{base}/due", HOME_JSON)
    assert lb.from_dict(body, lb.agenda.Agenda, style="camel") == lb.due(HOME, on=ON)


def test_a_home_gets_the_figures_of_a_period(base: str) -> None:
    first, last = dt.date(2026, 9, 1), dt.date(2026, 9, 30)
    status, body, _ = request(f"{base}/figures?first={first}&last={last}", HOME_JSON)
    assert status == 200
    figures = lb.from_dict(body, lb.PeriodFigures, style="camel")
    assert figures == lb.figures(HOME, lb.Period(first=first, last=last))


def month_plan(base: str) -> tuple[int, Any, int]:
    last = ON + dt.timedelta(days=29)
    req = urllib.request.Request(
        f"{base}/plan?first={ON}&last={last}", data=HOME_JSON, method="POST"
    )
    with urllib.request.urlopen(req, timeout=60) as response:
        data = response.read()
        return response.status, json.loads(data), len(data)


def test_a_home_gets_its_plan_without_the_home_again(base: str) -> None:
    status, body, _ = month_plan(base)
    assert status == 200
    assert set(body) == {"first", "last", "sessions", "changes", "notes"}
    expected = lb.plan(HOME, start=ON, end=ON + dt.timedelta(days=29))
    joined = {**body, "home": lb.to_dict(HOME, style="camel")}
    assert lb.from_dict(joined, lb.Plan, style="camel") == expected
    assert expected.sessions


def test_the_plan_answer_is_small_beside_the_home(base: str) -> None:
    """A month's plan of the sample repeats a 2 MB home; its answer is the sessions."""
    _, _, size = month_plan(base)
    whole = len(lb.to_json(lb.plan(HOME, start=ON, end=ON + dt.timedelta(days=29)), style="camel"))
    assert whole > 1_900_000  # what the answer would be with the home in it
    assert size < 100_000
    assert size * 50 < len(HOME_JSON)


def test_the_plan_defaults_to_four_weeks_from_today(base: str) -> None:
    status, body, _ = request(f"{base}/plan", HOME_JSON)
    assert status == 200
    assert (body["first"], body["last"]) == (str(ON), str(ON + dt.timedelta(days=27)))


@pytest.mark.parametrize(
    ("path", "word"),
    [
        ("/figures", "first"),
        (f"/figures?first={ON}", "last"),
        (f"/figures?first={ON}&last=2026-08-01", "last"),
        (f"/plan?first={ON}&last=2026-08-01", "last"),
        ("/plan?first=1-9-2026", "first"),
        ("/due?within=0", "within"),
        ("/due?within=week", "within"),
        ("/pairings?on=tomorrow", "on"),
    ],
)
def test_a_query_that_cannot_be_read_gets_400(base: str, path: str, word: str) -> None:
    status, body, _ = request(f"{base}{path}", HOME_JSON)
    assert status == 400
    assert body["error"].startswith(f"{word}:")


def test_a_spoiled_home_gets_its_problems_in_camel_case(base: str) -> None:
    home = json.loads(HOME_JSON)
    del home["children"][0]["birthDate"]
    text = json.dumps(home, ensure_ascii=False)
    status, body, _ = request(f"{base}/plan", text.encode("utf-8"))
    assert status == 400
    with pytest.raises(lb.InvalidData) as info:
        lb.from_json(text, lb.Home, style="camel")
    assert body == info.value.to_dict(style="camel")
    assert [p["path"] for p in body["problems"]] == ["$.children[0].birthDate"]


# CORS: what a browser frontend on another origin needs.


def raw(
    url: str, method: str, headers: dict[str, str], body: bytes | None = None
) -> tuple[int, dict[str, str], bytes]:
    """Send a request: the status, the headers (lower-case names) and the body as sent."""
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return (
                response.status,
                {k.lower(): v for k, v in response.headers.items()},
                response.read(),
            )
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


PREFLIGHT = {
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "content-type",
}


@pytest.mark.parametrize("path", ["/check/register", "/plan", "/pairings", "/due", "/figures"])
def test_a_preflight_from_an_allowed_origin(base: str, path: str) -> None:
    status, headers, body = raw(f"{base}{path}", "OPTIONS", {"Origin": ORIGIN, **PREFLIGHT})
    assert status == 204 and body == b""
    assert headers["access-control-allow-origin"] == ORIGIN
    assert headers["access-control-allow-methods"] == "POST, OPTIONS"
    assert headers["access-control-allow-headers"].lower() == "content-type"
    assert int(headers["access-control-max-age"]) > 0
    assert headers["vary"] == "Origin"


def test_a_preflight_for_a_schema_allows_get(base: str) -> None:
    status, headers, _ = raw(f"{base}/schema/home", "OPTIONS", {"Origin": ORIGIN})
    assert status == 204
    assert headers["access-control-allow-methods"] == "GET, OPTIONS"


def test_answers_are_marked_for_the_allowed_origin(base: str) -> None:
    for body in (camel_json(lb.samples.family()), b"{"):
        status, headers, _ = raw(
            f"{base}/check/child",
            "POST",
            {"Origin": ORIGIN, "Content-Type": "application/json"},
            body,
        )
        assert status in (200, 400)
        assert headers["access-control-allow-origin"] == ORIGIN


def test_another_origin_is_not_allowed(base: str) -> None:
    for method in ("OPTIONS", "GET"):
        _, headers, _ = raw(
            f"{base}/schema/child", method, {"Origin": "https://elsewhere.example.org"}
        )
        assert "access-control-allow-origin" not in headers
        assert headers["vary"] == "Origin"


def test_any_origin_when_told(open_base: str) -> None:
    status, headers, _ = raw(
        f"{open_base}/due", "OPTIONS", {"Origin": "https://elsewhere.example.org", **PREFLIGHT}
    )
    assert status == 204
    assert headers["access-control-allow-origin"] == "*"


def test_no_origin_by_default() -> None:
    for server in start(()):
        _, headers, _ = raw(f"{server}/schema/child", "OPTIONS", {"Origin": ORIGIN})
        assert not any(name.startswith("access-control-allow-origin") for name in headers)


# The body limit, and the number of children it holds as measured on the sample.


def test_the_limit_holds_the_number_of_children_it_states() -> None:
    register = lb.samples.shicun()
    per_child = len(camel_json(register)) / len(register.children)
    assert round(EXAMPLE.MAX_BODY / per_child, -1) == EXAMPLE.MAX_BODY_CHILDREN
    per_home_child = len(HOME_JSON) / len(HOME.children)
    assert round(EXAMPLE.MAX_BODY / per_home_child, -1) == EXAMPLE.MAX_BODY_HOME_CHILDREN


def test_a_body_over_the_limit_gets_413_unread(base: str) -> None:
    """The length is sent and the body not: the server must answer without reading it."""
    address = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(address.hostname or "", address.port, timeout=30)
    try:
        connection.putrequest("POST", "/check/register")
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", str(EXAMPLE.MAX_BODY + 1))
        connection.endheaders()
        response = connection.getresponse()
        body = json.loads(response.read())
    finally:
        connection.close()
    assert response.status == 413
    assert body["maxBytes"] == EXAMPLE.MAX_BODY
    assert f"{EXAMPLE.MAX_BODY_CHILDREN} children" in body["error"]


def test_a_body_at_the_limit_is_read(base: str) -> None:
    padded = camel_json(lb.samples.family())
    padded += b" " * (EXAMPLE.MAX_BODY - len(padded))
    status, body, _ = request(f"{base}/check/child", padded)
    assert status == 200 and "findings" in body
