"""HTTP routes: /v1/annotate, /healthz, /readyz, /v1/openapi.json."""

from __future__ import annotations

import hmac
import json
from typing import Any

from flask import Blueprint, Response, current_app, g, jsonify, request

from server import errors
from server.cache import cache_key
from server.openapi import openapi_document
from server.runner import Job

bp = Blueprint("api", __name__)

READY_PAGE = """<html lang="en"><head><title>Ready check</title></head><body><article>
<h1>Ready check</h1>
<p>The service reads this small page at start-up to prove that extraction works from end to end.
It is written like a short news story, so that the extractor keeps it as the main text.</p>
<p>"Everything is in order," said Jane Doe, a spokeswoman for the project, on Monday. She added
that the check runs in a fraction of a second and touches no network and no disk.</p>
<p>The page has three paragraphs and a quotation, enough words for the extractor to accept it as
an article rather than as navigation or a teaser on a home page.</p>
</article></body></html>"""


def _services() -> Any:
    return current_app.extensions["sourcelight"]


def _check_token() -> None:
    token = _services().settings.token
    if not token:
        return
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise errors.Unauthorized()


def _optional_string(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise errors.InvalidField(f"The field `{name}` must be a string.")
    return value


def _read_job() -> Job:
    if not request.mimetype or request.mimetype.lower() not in ("application/json",):
        raise errors.UnsupportedMediaType()
    raw = request.get_data(cache=False)
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        raise errors.MalformedJson() from None
    if not isinstance(body, dict):
        raise errors.MalformedJson("The request body must be a JSON object.")
    html = body.get("html")
    if not isinstance(html, str) or not html.strip():
        raise errors.MissingHtml()
    return Job(html=html, url=_optional_string(body, "url"), title=_optional_string(body, "title"))


@bp.post("/v1/annotate")
def annotate() -> Response:
    _check_token()
    job = _read_job()
    services = _services()
    key = cache_key(job.html, job.url, job.title)
    cached = services.cache.get(key)
    if cached is not None:
        g.cache = "hit"
        return Response(cached, mimetype="application/json")
    answer = services.runner.run(job)
    body = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    services.cache.set(key, body)
    g.cache = "miss"
    return Response(body, mimetype="application/json")


@bp.get("/healthz")
def healthz() -> Response:
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz() -> Response:
    try:
        answer = _services().runner.run(Job(html=READY_PAGE, url=None, title=None))
    except errors.SourcelightError as exc:
        raise errors.NotReady(f"The ready check failed: {exc.code}.") from None
    return jsonify({"status": "ready", "timing_ms": answer["timing_ms"]})


@bp.get("/v1/openapi.json")
def openapi() -> Response:
    return jsonify(openapi_document())
