"""HTTP routes: /v1/annotate, /healthz, /readyz, /v1/openapi.json."""

from __future__ import annotations

import hmac
import json
import re
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
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), token.encode()
    ):
        raise errors.Unauthorized()


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str) -> str:
    """JSON can carry lone surrogates (`"\\ud800"`) that no UTF-8 encoder accepts: replace them."""
    return _SURROGATE.sub("\ufffd", value)


def _optional_string(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise errors.InvalidField(f"The field `{name}` must be a string.")
    return _clean(value)


def _read_body() -> bytes:
    """The body, within the size limit, whether it came with a Content-Length or chunked."""
    if request.content_length is not None or not request.environ.get("wsgi.input_terminated"):
        return request.get_data(cache=False)  # a declared length was checked before the view
    # Chunked: werkzeug would quietly stop at the limit, so read one byte past it and look.
    limit = int(current_app.config["MAX_CONTENT_LENGTH"])
    stream, parts, size = request.environ["wsgi.input"], [], 0
    while size <= limit:
        chunk = stream.read(min(65536, limit + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    if size > limit:
        raise errors.PayloadTooLarge()
    return b"".join(parts)


def _read_job() -> Job:
    if (request.mimetype or "").lower() != "application/json":
        raise errors.UnsupportedMediaType()
    raw = _read_body()
    try:
        # RFC 8259: JSON between systems is UTF-8 (a leading BOM is tolerated).
        body = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise errors.MalformedJson() from None
    if not isinstance(body, dict):
        raise errors.MalformedJson("The request body must be a JSON object.")
    html = body.get("html")
    if html is not None and not isinstance(html, str):
        raise errors.InvalidField("The field `html` must be a string.")
    if not html or not html.strip():
        raise errors.MissingHtml()
    return Job(
        html=_clean(html), url=_optional_string(body, "url"), title=_optional_string(body, "title")
    )


@bp.post("/v1/annotate")
def annotate() -> Response:
    _check_token()
    job = _read_job()
    services = _services()
    key = cache_key(job.html, job.url, job.title)
    cached = services.cache.get(key)
    if cached is not None:
        g.cache = "hit"
        return _answer(cached)
    answer = services.runner.run(job)
    body = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    services.cache.set(key, body)
    g.cache = "miss"
    return _answer(body)


def _answer(body: bytes) -> Response:
    response = Response(body, mimetype="application/json")
    # The answer quotes the page: no browser or proxy cache should keep it.
    response.headers["Cache-Control"] = "no-store"
    return response


# /healthz, /readyz and /v1/openapi.json stay open when a token is set: load balancers probe them
# without credentials, and they reveal nothing about any page.
@bp.get("/healthz")
def healthz() -> Response:
    """Liveness: no work at all, so a busy pipeline never makes a live server look dead."""
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz() -> Response:
    """Readiness: a tiny page through the whole pipeline, in the same child as real pages."""
    try:
        answer = _services().runner.run(Job(html=READY_PAGE, url=None, title=None))
    except errors.SourcelightError as exc:
        raise errors.NotReady(f"The ready check failed: {exc.code}.") from None
    return jsonify({"status": "ready", "timing_ms": answer["timing_ms"]})


@bp.get("/v1/openapi.json")
def openapi() -> Response:
    return jsonify(openapi_document())
