"""Every error the service can answer, and the handlers that turn them into JSON.

Each error has a stable machine `code` (clients switch on it) and a human `message`.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from flask import Flask, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

log = logging.getLogger("sourcelight")


class SourcelightError(Exception):
    """Base of all errors that leave the service as `{"error": {"code", "message"}}`."""

    status = 500
    code = "internal_error"
    message = "The server could not answer this request."

    def __init__(self, message: str | None = None, **details: Any) -> None:
        super().__init__(message or self.message)
        self.message = message or self.message
        self.details = details


class BadRequest(SourcelightError):
    status, code, message = 400, "bad_request", "The request could not be understood."


class MalformedJson(SourcelightError):
    status, code, message = 400, "malformed_json", "The request body is not valid UTF-8 JSON."


class MissingHtml(SourcelightError):
    status, code = 400, "missing_html"
    message = "The field `html` is required and must be a non-empty string."


class InvalidField(SourcelightError):
    status, code, message = 400, "invalid_field", "A field of the request has the wrong type."


class Unauthorized(SourcelightError):
    status, code = 401, "unauthorized"
    message = "A valid `Authorization: Bearer <token>` header is required."


class NotFound(SourcelightError):
    status, code, message = 404, "not_found", "There is nothing at this path."


class MethodNotAllowed(SourcelightError):
    status, code, message = 405, "method_not_allowed", "This path does not accept that method."


class PayloadTooLarge(SourcelightError):
    status, code = 413, "payload_too_large"
    message = "The request body is larger than this server accepts."


class UnsupportedMediaType(SourcelightError):
    status, code = 415, "unsupported_media_type"
    message = "Send the request as `Content-Type: application/json`."


class NoArticle(SourcelightError):
    status, code, message = 422, "no_article", "No article could be found on this page."


class RateLimited(SourcelightError):
    status, code = 429, "rate_limited"
    message = "Too many requests from this address; try again shortly."


class WorkerCrashed(SourcelightError):
    status, code, message = 500, "analysis_failed", "The page could not be analysed."


class NotReady(SourcelightError):
    status, code, message = 503, "not_ready", "The service is not ready."


class BudgetExceeded(SourcelightError):
    status, code = 504, "timeout"
    message = "Analysing this page took longer than the server allows."


_HTTP_TO_ERROR: dict[int, type[SourcelightError]] = {
    400: BadRequest,
    401: Unauthorized,
    404: NotFound,
    405: MethodNotAllowed,
    413: PayloadTooLarge,
    415: UnsupportedMediaType,
    429: RateLimited,
}


#: Every code a client can meet, for the OpenAPI description and the tests.
ERROR_CODES: tuple[str, ...] = tuple(
    sorted(
        {SourcelightError.code}
        | {cls.code for cls in SourcelightError.__subclasses__()}
        | {f"http_{status}" for status in (408, 411, 414, 431)}
    )
)


def error_response(error: SourcelightError) -> Response:
    """The one JSON shape of every error; `Retry-After` where waiting helps."""
    response = jsonify({"error": {"code": error.code, "message": error.message}})
    response.status_code = error.status
    retry_after = error.details.get("retry_after")
    if retry_after is not None:
        response.headers["Retry-After"] = str(int(retry_after))
    return response


#: An over-limit body is read and discarded up to this many times the limit (and for at most
#: DRAIN_SECONDS), so the client, still sending, reads our 413 instead of a connection reset.
DRAIN_FACTOR = 4
DRAIN_SECONDS = 2.0


def discard_unread_body() -> None:
    """Read what is left of the request body, within bounds, and throw it away."""
    stream = request.environ.get("wsgi.input")
    if stream is None:
        return
    limit = DRAIN_FACTOR * int(current_app.config.get("MAX_CONTENT_LENGTH") or 0)
    declared = request.content_length
    if declared is not None and declared > limit:
        return  # far too large: closing the connection is cheaper than reading it
    deadline = time.monotonic() + DRAIN_SECONDS
    remaining = limit
    try:
        while remaining > 0 and time.monotonic() < deadline:
            chunk = stream.read(min(65536, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
    except Exception:
        return


def register_error_handlers(app: Flask) -> None:
    """Make every failure, ours or werkzeug's or unexpected, leave as JSON with the right status."""

    @app.errorhandler(SourcelightError)
    def _ours(error: SourcelightError) -> Response:
        if error.status == 413:
            discard_unread_body()
        return error_response(error)

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException) -> Response:
        status = error.code or 500
        kind = _HTTP_TO_ERROR.get(status)
        mapped = kind() if kind else SourcelightError(error.description)
        if not kind:
            mapped.status, mapped.code = status, f"http_{status}"
        if status == 413:
            discard_unread_body()
        response = error_response(mapped)
        valid_methods = getattr(error, "valid_methods", None)
        if status == 405 and valid_methods:
            response.headers["Allow"] = ", ".join(sorted(valid_methods))
        return response

    @app.errorhandler(Exception)
    def _unexpected(error: Exception) -> Response:
        # Log the type only: a message could quote page content.
        log.error("unexpected %s", type(error).__name__)
        return error_response(SourcelightError())
