"""Every error leaves as `{"error": {"code", "message"}}` with its status; never a traceback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from servers import validate_error

from server import create_app, errors

ALL_ERRORS = sorted(
    (cls for cls in errors.SourcelightError.__subclasses__()), key=lambda cls: cls.__name__
)


@pytest.fixture
def raising_app() -> Iterator[Flask]:
    """An app with extra routes that raise, to see what the handlers make of each failure."""
    app = create_app({"cache_size": 0, "isolation": "inline"})

    @app.get("/raise/<name>")
    def _raise(name: str) -> str:
        if name == "unexpected":
            raise RuntimeError("page text that must not leak")
        if name == "key":
            return {}["missing"]  # type: ignore[no-any-return]
        raise getattr(errors, name)()

    yield app


def test_error_codes_are_unique_and_listed() -> None:
    codes = [cls.code for cls in ALL_ERRORS]
    assert len(codes) == len(set(codes))
    assert set(codes) <= set(errors.ERROR_CODES)


@pytest.mark.parametrize("cls", ALL_ERRORS, ids=lambda cls: cls.__name__)
def test_each_error_has_its_status_and_json(raising_app: Flask, cls: type) -> None:
    response = raising_app.test_client().get(f"/raise/{cls.__name__}")
    assert response.status_code == cls.status  # type: ignore[attr-defined]
    body = response.get_json()
    validate_error(body, cls.code)  # type: ignore[attr-defined]
    assert body["error"]["message"]


@pytest.mark.parametrize("name", ["unexpected", "key"])
def test_unexpected_exceptions_are_json_500_without_detail(
    raising_app: Flask, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    response = raising_app.test_client().get(f"/raise/{name}")
    assert response.status_code == 500
    body = response.get_json()
    validate_error(body, "internal_error")
    assert "Traceback" not in response.get_data(as_text=True)
    assert "page text" not in response.get_data(as_text=True)
    assert not any("page text" in r.getMessage() for r in caplog.records)


def test_rate_limited_carries_retry_after(raising_app: Flask) -> None:
    with raising_app.test_request_context():
        response = errors.error_response(errors.RateLimited(retry_after=17))
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "17"


def test_messages_can_be_overridden_but_codes_cannot() -> None:
    error = errors.NoArticle("Nested too deeply.")
    assert (error.code, error.status, error.message) == ("no_article", 422, "Nested too deeply.")
    assert errors.NoArticle().message == "No article could be found on this page."
