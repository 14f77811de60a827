"""A small web back end: a frontend POSTs a register or a child, the back end checks it.

It uses only the standard library's WSGI server (``wsgiref``), so it needs
nothing but ``left_behind``. A frontend sends JSON with camelCase keys:

    POST /check/register   a register             200: the report of the checks
    POST /check/child      one child's file       422: every problem of the data
    GET  /schema/register  the JSON Schema of what /check/register takes (also /schema/child)

``?on=YYYY-MM-DD`` sets the date of the checks (by default today in China
Standard Time). A 200 answer is the ``Report`` as ``lb.to_json(report,
style="camel")`` writes it, each finding with its path in camelCase so the
frontend can put it on the field at fault, and each legal source once
(``sources``; a finding's ``sourceKey`` names its own); ``lb.from_json(body, lb.Report,
style="camel")`` reads it back. A 422 answer lists the problems of the data,
each with its path, code and message, and nothing is checked.

    python examples/web_backend.py            # a demonstration: serves two requests and stops
    python examples/web_backend.py --serve    # serves on http://127.0.0.1:8000 until Ctrl-C

The server listens on the loopback address only: put a real web server in
front of it (with TLS and authentication) before it faces a network, since
the registers hold children's personal data.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import left_behind as lb

CHINA = dt.timezone(dt.timedelta(hours=8))
MAX_BODY = 10 * 1024 * 1024  # bytes: a register of some thousands of children

DOCUMENTS: dict[str, type] = {"register": lb.Register, "child": lb.Child}
"""What each path takes: /check/<name> and /schema/<name>."""

StartResponse = Callable[[str, list[tuple[str, str]]], Any]


def problems_body(error: lb.InvalidData) -> dict[str, Any]:
    """The body of a 422 answer: ``InvalidData``'s own JSON form, in camelCase.

    Every problem with its path (as a string and as a list of keys), its
    code, and its messages in Chinese and English.
    """
    body: dict[str, Any] = error.to_dict(style="camel")
    return body


def today_in_china() -> dt.date:
    return dt.datetime.now(CHINA).date()


def make_app(today: Callable[[], dt.date] = today_in_china) -> Callable[..., Iterable[bytes]]:
    """The WSGI application; ``today`` gives the date of checks sent without ``?on=``."""

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        parts = environ.get("PATH_INFO", "").strip("/").split("/")
        if len(parts) != 2 or parts[0] not in ("check", "schema") or parts[1] not in DOCUMENTS:
            return answer(start_response, "404 Not Found", {"error": "no such path"})
        action, cls = parts[0], DOCUMENTS[parts[1]]
        wanted = "POST" if action == "check" else "GET"
        if method != wanted:
            return answer(
                start_response,
                "405 Method Not Allowed",
                {"error": f"use {wanted}"},
                [("Allow", wanted)],
            )
        if action == "schema":
            return answer(start_response, "200 OK", lb.json_schema(cls, style="camel"))
        query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
        try:
            on = dt.date.fromisoformat(query["on"][0]) if "on" in query else today()
        except ValueError:
            return answer(start_response, "400 Bad Request", {"error": "on: give YYYY-MM-DD"})
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            return answer(start_response, "413 Content Too Large", {"error": "body too large"})
        body = environ["wsgi.input"].read(length)
        try:
            document = lb.from_json(body, cls, style="camel")
        except lb.InvalidData as error:
            return answer(start_response, "422 Unprocessable Content", problems_body(error))
        report = lb.check(document, on=on, style="camel")
        return answer(start_response, "200 OK", lb.to_json(report, style="camel"))

    return app


def answer(
    start_response: StartResponse,
    status: str,
    body: dict[str, Any] | str,
    headers: list[tuple[str, str]] | None = None,
) -> list[bytes]:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    data = text.encode("utf-8")
    start_response(
        status,
        [
            ("Content-Type", "application/json; charset=utf-8"),
            ("Content-Length", str(len(data))),
            *(headers or []),
        ],
    )
    return [data]


class QuietHandler(WSGIRequestHandler):
    """No access log on stderr: a log line holds the client's address."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        pass


def serve(port: int = 0, app: Callable[..., Iterable[bytes]] | None = None) -> WSGIServer:
    """A server on the loopback address, on ``port`` (0: any free port), not yet started."""
    return make_server("127.0.0.1", port, app or make_app(), handler_class=QuietHandler)


def post(url: str, body: str) -> tuple[int, Any]:
    """POST JSON text to ``url``: the status and the decoded answer."""
    request = urllib.request.Request(
        url,
        data=body.encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def demonstrate() -> None:
    """Start on a free port, send a register and a spoiled child, print the answers, stop."""
    server = serve(0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    on = lb.samples.REFERENCE_DATE
    try:
        register = lb.samples.shicun()
        status, report = post(f"{base}/check/register?on={on}", lb.to_json(register, style="camel"))
        print(f"POST /check/register?on={on}: {status}, {len(report['findings'])} findings")
        for finding in report["findings"][:3]:
            print(
                f"  {finding['ruleId']} {finding['severity']} {finding['subjectId']}"
                f" {finding['path']}"
            )
        child = json.loads(lb.to_json(register.children[0], style="camel"))
        child["sex"] = "girl"
        del child["birthDate"]
        status, problems = post(
            f"{base}/check/child?on={on}", json.dumps(child, ensure_ascii=False)
        )
        print(f"POST /check/child?on={on} (spoiled): {status}")
        for p in problems["problems"]:
            print(f"  {p['path']} [{p['code']}]: {p['messageEn']}")
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--serve"]:
        server = serve(8000)
        print("serving on http://127.0.0.1:8000 (Ctrl-C stops)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
        return 0
    demonstrate()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
