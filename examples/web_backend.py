"""A small web back end: a browser frontend POSTs a document, the back end answers in JSON.

It uses only the standard library's WSGI server (``wsgiref``), so it needs
nothing but ``left_behind``. A frontend sends JSON with camelCase keys and
gets camelCase JSON back:

    POST /check/register   a register         the report of the checks (``lb.check``)
    POST /check/child      one child's file   the report of the checks
    POST /check/home       a home file        the report of the checks
    POST /plan             a home file        the home's plan (``lb.plan``), without the home
    POST /pairings         a home file        suggested pairings (``lb.suggest_pairings``)
    POST /due              a home file        what falls due (``lb.due``)
    POST /figures          a home file        the figures of a period (``lb.figures``)
    GET  /schema/register  the JSON Schema of a register (also /schema/child, /schema/home)

The query gives the dates: ``?on=YYYY-MM-DD`` for /check, /pairings and /due
(by default today in China Standard Time), ``&within=DAYS`` for /due (7),
``?first=&last=`` for /plan (by default four weeks from today) and for
/figures (both required). A 200 answer is what ``lb.to_json(result,
style="camel")`` writes, each finding with its path in camelCase so the
frontend can put it on the field at fault; ``lb.from_json(body, lb.Report,
style="camel")`` (or ``lb.agenda.Agenda``, ``lb.Suggestions``,
``lb.PeriodFigures``) reads it back.

The plan's answer leaves out the home the request sent (a plan repeats its
home whole: 2 MB for a month of the sample, against some 20 KB for its
sessions): it holds ``first``, ``last``, ``sessions``, ``changes`` and
``notes``, and the frontend joins it to the home it already has.

Data that cannot be read gets 400 with ``InvalidData``'s documented JSON
form (``InvalidData.to_dict(style="camel")``): every problem with its path
in camelCase, its code and its messages, and nothing is checked.

A body is at most 10 MB (``MAX_BODY``): about 830 children in a register,
or 670 in a home file, at the sample's size of a child (about 12 KB of
camelCase JSON in a register, 15 KB in a home with its volunteers and
programmes). A larger one gets 413 before it is read.

A browser frontend on another origin needs CORS: ``make_app(origins=...)``
(``--origin URL`` on the command line, repeatable, ``*`` for any) names the
origins allowed; the back end answers their preflight ``OPTIONS`` requests
and marks its answers for them. No origin is allowed by default.

    python examples/web_backend.py            # a demonstration: serves a few requests and stops
    python examples/web_backend.py --serve [--origin http://localhost:5173]
                                              # serves on http://127.0.0.1:8000 until Ctrl-C

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
from collections.abc import Callable, Collection, Iterable
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import left_behind as lb

CHINA = dt.timezone(dt.timedelta(hours=8))
MAX_BODY = 10_000_000
"""Bytes: 10 MB, measured as about 830 children of the sample in a register."""
MAX_BODY_CHILDREN = 830
"""How many children of the sample's size ``MAX_BODY`` holds in a register (a test measures it)."""
MAX_BODY_HOME_CHILDREN = 670
"""The same in a home file, whose children bring volunteers, programmes and visits along."""
PLAN_DAYS = 28
"""The days of a plan asked for without ``last``."""
PREFLIGHT_MAX_AGE = 600
"""Seconds a browser may keep a preflight answer."""

DOCUMENTS: dict[str, type] = {"register": lb.Register, "child": lb.Child, "home": lb.Home}
"""What /check/<name> takes and /schema/<name> describes."""

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
Query = dict[str, list[str]]


class BadQuery(ValueError):
    """A query parameter missing or not readable: the message says which."""


def date_param(query: Query, name: str, default: dt.date | None) -> dt.date:
    if name not in query:
        if default is None:
            raise BadQuery(f"{name}: required, give YYYY-MM-DD")
        return default
    try:
        return dt.date.fromisoformat(query[name][0])
    except ValueError:
        raise BadQuery(f"{name}: give YYYY-MM-DD") from None


def days_param(query: Query, name: str, default: int) -> int:
    if name not in query:
        return default
    try:
        value = int(query[name][0])
    except ValueError:
        value = 0
    if value < 1:
        raise BadQuery(f"{name}: give a whole number of days, 1 or more")
    return value


def plan_answer(home: lb.Home, query: Query, today: dt.date) -> dict[str, Any]:
    """The plan without its home: the frontend sent the home and has it."""
    first = date_param(query, "first", today)
    last = date_param(query, "last", first + dt.timedelta(days=PLAN_DAYS - 1))
    if last < first:
        raise BadQuery("last: give a date on or after first")
    body: dict[str, Any] = lb.to_dict(lb.plan(home, start=first, end=last), style="camel")
    del body["home"]
    return body


def figures_answer(home: lb.Home, query: Query, today: dt.date) -> Any:
    first = date_param(query, "first", None)
    last = date_param(query, "last", None)
    if last < first:
        raise BadQuery("last: give a date on or after first")
    return lb.figures(home, lb.Period(first=first, last=last))


Handler = Callable[[Any, Query, dt.date], Any]

ROUTES: dict[str, tuple[type, Handler]] = {
    **{
        f"check/{name}": (
            cls,
            lambda doc, query, today: lb.check(
                doc, on=date_param(query, "on", today), style="camel"
            ),
        )
        for name, cls in DOCUMENTS.items()
    },
    "plan": (lb.Home, plan_answer),
    "pairings": (
        lb.Home,
        lambda home, query, today: lb.suggest_pairings(home, on=date_param(query, "on", today)),
    ),
    "due": (
        lb.Home,
        lambda home, query, today: lb.due(
            home, on=date_param(query, "on", today), within=days_param(query, "within", 7)
        ),
    ),
    "figures": (lb.Home, figures_answer),
}
"""Each POST path: the document its body holds, and what answers it."""

SCHEMAS = {f"schema/{name}": cls for name, cls in DOCUMENTS.items()}
"""Each GET path: the document whose JSON Schema it answers."""


def problems_body(error: lb.InvalidData) -> dict[str, Any]:
    """The body of a 400 answer: ``InvalidData``'s own JSON form, in camelCase.

    Every problem with its path (as a string and as a list of keys), its
    code, and its messages in Chinese and English.
    """
    body: dict[str, Any] = error.to_dict(style="camel")
    return body


def today_in_china() -> dt.date:
    return dt.datetime.now(CHINA).date()


def cors_headers(origins: Collection[str], origin: str | None) -> list[tuple[str, str]]:
    """The headers that let a page from ``origin`` read the answer, if it is allowed."""
    if "*" in origins:
        return [("Access-Control-Allow-Origin", "*")]
    # The answer depends on the request's Origin: a cache must keep one per origin.
    vary = [("Vary", "Origin")]
    if origin is not None and origin in origins:
        return [("Access-Control-Allow-Origin", origin), *vary]
    return vary if origins else []


def make_app(
    today: Callable[[], dt.date] = today_in_china,
    origins: Collection[str] = (),
) -> Callable[..., Iterable[bytes]]:
    """The WSGI application.

    ``today`` gives the date of requests sent without one; ``origins`` are
    the origins of the browser frontends allowed to call it (``"*"``: any).
    """
    allowed = frozenset(origins)

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "").strip("/")
        cors = cors_headers(allowed, environ.get("HTTP_ORIGIN"))

        def reply(
            status: str, body: Any, headers: list[tuple[str, str]] | None = None
        ) -> list[bytes]:
            return answer(start_response, status, body, [*cors, *(headers or [])])

        if path in ROUTES:
            wanted = "POST"
        elif path in SCHEMAS:
            wanted = "GET"
        else:
            return reply("404 Not Found", {"error": "no such path"})
        if method == "OPTIONS":
            preflight = [
                ("Allow", f"{wanted}, OPTIONS"),
                ("Access-Control-Allow-Methods", f"{wanted}, OPTIONS"),
                ("Access-Control-Allow-Headers", "Content-Type"),
                ("Access-Control-Max-Age", str(PREFLIGHT_MAX_AGE)),
            ]
            return reply("204 No Content", None, preflight)
        if method != wanted:
            return reply("405 Method Not Allowed", {"error": f"use {wanted}"}, [("Allow", wanted)])
        if path in SCHEMAS:
            return reply("200 OK", lb.json_schema(SCHEMAS[path], style="camel"))
        cls, handler = ROUTES[path]
        query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            return reply(
                "413 Content Too Large",
                {
                    "error": f"body too large: at most {MAX_BODY} bytes,"
                    f" about {MAX_BODY_CHILDREN} children in a register",
                    "maxBytes": MAX_BODY,
                },
            )
        body = environ["wsgi.input"].read(length)
        try:
            document: Any = lb.from_json(body, cls, style="camel")
        except lb.InvalidData as error:
            return reply("400 Bad Request", problems_body(error))
        try:
            result = handler(document, query, today())
        except BadQuery as error:
            return reply("400 Bad Request", {"error": str(error)})
        return reply(
            "200 OK", result if isinstance(result, dict) else lb.to_dict(result, style="camel")
        )

    return app


def answer(
    start_response: StartResponse,
    status: str,
    body: Any,
    headers: list[tuple[str, str]] | None = None,
) -> list[bytes]:
    """Send ``body`` (JSON-ready, or None for an empty answer) with ``headers``."""
    data = b"" if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    content = [] if body is None else [("Content-Type", "application/json; charset=utf-8")]
    start_response(status, [*content, ("Content-Length", str(len(data))), *(headers or [])])
    return [data]


class QuietHandler(WSGIRequestHandler):
    """No access log on stderr: a log line holds the client's address."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        pass


def serve(port: int = 0, app: Callable[..., Iterable[bytes]] | None = None) -> WSGIServer:
    """A server on the loopback address, on ``port`` (0: any free port), not yet started."""
    return make_server("127.0.0.1", port, app or make_app(), handler_class=QuietHandler)


def post(url: str, body: str) -> tuple[int, Any, int]:
    """POST JSON text to ``url``: the status, the decoded answer and its size in bytes."""
    request = urllib.request.Request(
        url,
        data=body.encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            data = response.read()
            return response.status, json.loads(data), len(data)
    except urllib.error.HTTPError as error:
        data = error.read()
        return error.code, json.loads(data), len(data)


def demonstrate() -> None:
    """Start on a free port, send a register, a spoiled child and a home, print, stop."""
    server = serve(0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    on = lb.samples.REFERENCE_DATE
    try:
        register = lb.samples.shicun()
        status, report, _ = post(
            f"{base}/check/register?on={on}", lb.to_json(register, style="camel")
        )
        print(f"POST /check/register?on={on}: {status}, {len(report['findings'])} findings")
        for finding in report["findings"][:3]:
            print(
                f"  {finding['ruleId']} {finding['severity']} {finding['subjectId']}"
                f" {finding['path']}"
            )
        child = json.loads(lb.to_json(register.children[0], style="camel"))
        child["sex"] = "girl"
        del child["birthDate"]
        status, problems, _ = post(
            f"{base}/check/child?on={on}", json.dumps(child, ensure_ascii=False)
        )
        print(f"POST /check/child?on={on} (spoiled): {status}")
        for p in problems["problems"]:
            print(f"  {p['path']} [{p['code']}]: {p['messageEn']}")
        home = lb.to_json(lb.samples.home(), style="camel")
        last = on + dt.timedelta(days=PLAN_DAYS - 1)
        status, plan, size = post(f"{base}/plan?first={on}&last={last}", home)
        print(
            f"POST /plan?first={on}&last={last}: {status}, {len(plan['sessions'])} sessions,"
            f" {size // 1000} KB (the home sent: {len(home.encode()) // 1000} KB)"
        )
        status, agenda, _ = post(f"{base}/due?on={on}", home)
        print(f"POST /due?on={on}: {status}, {len(agenda['items'])} items")
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--serve"]:
        rest = argv[1:]
        if len(rest) % 2 or any(flag != "--origin" for flag in rest[::2]):
            print("usage: web_backend.py [--serve [--origin URL]...]", file=sys.stderr)
            return 2
        server = serve(8000, make_app(origins=rest[1::2]))
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
