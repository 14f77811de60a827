"""The library behind a FastAPI back end, for a browser or WeChat mini-program frontend.

A frontend speaks camelCase JSON; the app reads each body with
``lb.from_json(body, cls, style="camel")`` itself rather than through a pydantic
model, so the answer to bad data is the library's own: 422 with
``InvalidData.to_dict(style="camel")``, every problem with its path and its
messages in Chinese and English, which the frontend puts on the fields at fault.
A well-formed record that breaks a rule of law is not an error: it gets 200 and
the findings of ``lb.check``.

    POST /children/check?on=YYYY-MM-DD   one child's file   the report of the checks
    POST /homes/week?on=YYYY-MM-DD       a home file        the home's week, without the home

    pip install '.[web]'
    python examples/fastapi_app.py            # a demonstration through FastAPI's test client
    uvicorn fastapi_app:app --app-dir examples   # serves on http://127.0.0.1:8000

Put a real web server with TLS and authentication in front of it before it faces
a network: the files hold children's personal data.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

import left_behind as lb

CST = dt.timezone(dt.timedelta(hours=8))
MAX_BODY = 10 * 1024 * 1024  # about 870 children of a register, as examples/web_backend.py measured

app = FastAPI(title="left_behind example")


def _today() -> dt.date:
    # the only clock of the app: the library takes the date as on=
    return dt.datetime.now(CST).date()


def _answer(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False)
    return Response(body, status_code=status, media_type="application/json; charset=utf-8")


async def _read(request: Request, cls: type[Any]) -> Any:
    # refused before it is read when the client says its size, after when it does not
    if int(request.headers.get("content-length") or 0) > MAX_BODY:
        raise _TooLarge
    body = await request.body()
    if len(body) > MAX_BODY:
        raise _TooLarge
    return lb.from_json(body, cls, style="camel")


class _TooLarge(Exception):
    pass


@app.exception_handler(lb.InvalidData)
async def _invalid(_: Request, error: lb.InvalidData) -> Response:
    return _answer(error.to_dict(style="camel"), 422)


@app.exception_handler(_TooLarge)
async def _too_large(_: Request, __: _TooLarge) -> Response:
    return JSONResponse({"error": "the body is over 10 MB"}, status_code=413)


@app.post("/children/check")
async def check_child(request: Request, on: dt.date | None = None) -> Response:
    """The findings of the checks on one child's file."""
    child = await _read(request, lb.Child)
    report = lb.check(child, on=on or _today())
    return Response(lb.to_json(report, style="camel"), media_type="application/json")


@app.post("/homes/week")
async def home_week(request: Request, on: dt.date | None = None) -> Response:
    """The home's week: what is due, who needs action first, pairings, sessions and calls."""
    home = await _read(request, lb.Home)
    week = lb.agenda.week(home, on=on or _today())
    # the plan repeats the home the frontend already has: send its sessions only
    parts = {
        "first": week.first.isoformat(),
        "last": week.last.isoformat(),
        "due": lb.to_dict(week.agenda, style="camel"),
        "attention": [lb.to_dict(a, style="camel") for a in week.attention],
        "suggestions": lb.to_dict(week.suggestions, style="camel"),
        "sessions": [lb.to_dict(s, style="camel") for s in week.plan.sessions],
        "calls": lb.to_dict(week.calls, style="camel"),
        "text": week.explain("zh"),
    }
    return _answer(parts)


def demonstrate() -> None:
    """A few requests through FastAPI's test client (needs httpx), printed."""
    from fastapi.testclient import TestClient

    client = TestClient(app)
    on = lb.samples.REFERENCE_DATE.isoformat()
    child = json.loads(lb.to_json(lb.samples.shicun().children[17], style="camel"))
    answer = client.post(f"/children/check?on={on}", content=json.dumps(child))
    findings = answer.json()["findings"]
    print(f"POST /children/check?on={on}: {answer.status_code}, {len(findings)} findings")
    for f in findings[:3]:
        print(f"  {f['ruleId']} {f['severity']} {f['path']}")
    child.update(sex="girl")
    del child["birthDate"]
    answer = client.post(f"/children/check?on={on}", content=json.dumps(child))
    print(f"POST /children/check (spoiled): {answer.status_code}")
    for p in answer.json()["problems"]:
        print(f"  {p['path']} [{p['code']}]: {p['messageEn']}")
    home = lb.to_json(lb.samples.home(), style="camel")
    answer = client.post(f"/homes/week?on={on}", content=home)
    week = answer.json()
    print(f"POST /homes/week?on={on}: {answer.status_code}, {len(week['sessions'])} sessions")
    print(week["text"].splitlines()[0])


if __name__ == "__main__":
    demonstrate()
