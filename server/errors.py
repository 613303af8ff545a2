"""Every error the service can answer, and the handlers that turn them into JSON.

Each error has a stable machine `code` (clients switch on it) and a human `message`.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify
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
    status, code, message = 400, "malformed_json", "The request body is not valid JSON."


class MissingHtml(SourcelightError):
    status, code, message = 400, "missing_html", "The field `html` is required and must be a non-empty string."


class InvalidField(SourcelightError):
    status, code, message = 400, "invalid_field", "A field of the request has the wrong type."


class Unauthorized(SourcelightError):
    status, code, message = 401, "unauthorized", "A valid `Authorization: Bearer <token>` header is required."


class NotFound(SourcelightError):
    status, code, message = 404, "not_found", "There is nothing at this path."


class MethodNotAllowed(SourcelightError):
    status, code, message = 405, "method_not_allowed", "This path does not accept that method."


class PayloadTooLarge(SourcelightError):
    status, code, message = 413, "payload_too_large", "The request body is larger than this server accepts."


class UnsupportedMediaType(SourcelightError):
    status, code, message = 415, "unsupported_media_type", "Send the request as `Content-Type: application/json`."


class NoArticle(SourcelightError):
    status, code, message = 422, "no_article", "No article could be found on this page."


class RateLimited(SourcelightError):
    status, code, message = 429, "rate_limited", "Too many requests from this address; try again shortly."


class WorkerCrashed(SourcelightError):
    status, code, message = 500, "analysis_failed", "The page could not be analysed."


class NotReady(SourcelightError):
    status, code, message = 503, "not_ready", "The service is not ready."


class BudgetExceeded(SourcelightError):
    status, code, message = 504, "timeout", "Analysing this page took longer than the server allows."


_HTTP_TO_ERROR: dict[int, type[SourcelightError]] = {
    400: BadRequest,
    401: Unauthorized,
    404: NotFound,
    405: MethodNotAllowed,
    413: PayloadTooLarge,
    415: UnsupportedMediaType,
    429: RateLimited,
}


def error_response(error: SourcelightError) -> Response:
    response = jsonify({"error": {"code": error.code, "message": error.message}})
    response.status_code = error.status
    return response


def register_error_handlers(app: Flask) -> None:
    """Make every failure, ours or werkzeug's or unexpected, leave as JSON with the right status."""

    @app.errorhandler(SourcelightError)
    def _ours(error: SourcelightError) -> Response:
        return error_response(error)

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException) -> Response:
        status = error.code or 500
        kind = _HTTP_TO_ERROR.get(status)
        mapped = kind() if kind else SourcelightError(error.description)
        if not kind:
            mapped.status, mapped.code = status, f"http_{status}"
        response = error_response(mapped)
        if status == 405 and isinstance(error.valid_methods, list | tuple | set):
            response.headers["Allow"] = ", ".join(sorted(error.valid_methods))
        return response

    @app.errorhandler(Exception)
    def _unexpected(error: Exception) -> Response:
        # Log the type only: a message could quote page content.
        log.error("unexpected %s", type(error).__name__)
        return error_response(SourcelightError())
