"""The HTTP API through Flask's test client: every error answer, CORS, token, cache, rate limit."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from servers import SEED_HTML, validate_annotation, validate_error

from server import app as app_module
from server import create_app
from server.pipeline.s4_speakers import reported

CHROME = "chrome-extension://" + "abcdefghijklmnopabcdefghijklmnop"
FIREFOX = "moz-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
SLOW_PAGE = (
    "<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"
    + "".join(
        f"<p>On day {i} the council voted to approve budget line {i * 7}, officials said.</p>"
        for i in range(20_000)
    )
    + "</article></body></html>"
)
HOME_PAGE = (
    "<html><head><title>Home</title></head><body><nav>"
    + " ".join(f'<a href="/s/{i}">Story {i}</a>' for i in range(40))
    + "</nav></body></html>"
)
SEARCH_PAGE = (
    '<html><head><title>Search results</title></head><body><form action="/search">'
    '<input name="q" value="budget"><button>Search</button></form><ul>'
    + "".join(f'<li><a href="/r/{i}">Result {i}</a></li>' for i in range(20))
    + "</ul><p>No more results.</p></body></html>"
)

AppFactory = Callable[..., Flask]


@pytest.fixture
def make_app(monkeypatch: pytest.MonkeyPatch) -> Iterator[AppFactory]:
    """Apps with settings; SOURCELIGHT_* from the outer environment are cleared first."""
    import os

    for name in [n for n in os.environ if n.startswith("SOURCELIGHT_")]:
        monkeypatch.delenv(name)
    made: list[Flask] = []

    def make(**settings: Any) -> Flask:
        app = create_app({"cache_size": 0, **settings})
        made.append(app)
        return app

    yield make
    for app in made:
        app.extensions["sourcelight"].runner.close()


def post(client: FlaskClient, payload: Any, **kwargs: Any) -> Any:
    # json.dumps escapes lone surrogates as \\udXXX, as a browser's JSON.stringify does.
    return client.post(
        "/v1/annotate", data=json.dumps(payload), content_type="application/json", **kwargs
    )


def error_code(response: Any) -> str:
    body = response.get_json()
    validate_error(body)
    assert response.mimetype == "application/json"
    return str(body["error"]["code"])


# --- 200 ---------------------------------------------------------------------------------------


def test_seed_page_is_annotated(client: FlaskClient) -> None:
    response = post(client, {"html": SEED_HTML, "url": "https://example.org/a", "title": "T"})
    assert response.status_code == 200
    body = response.get_json()
    validate_annotation(body)
    assert body["article"]["author"] == "Tyler Mitchell"
    assert body["article"]["url"] == "https://example.org/a"
    assert response.headers["Cache-Control"] == "no-store"


# --- 400, 413, 415 -----------------------------------------------------------------------------

BAD_BODIES: list[tuple[str, bytes, str]] = [
    ("truncated json", b'{"html": "<p>', "malformed_json"),
    ("not json", b"html=<p>hi</p>", "malformed_json"),
    ("latin-1 bytes", '{"html": "caf\xe9 cr\xe8me"}'.encode("latin-1"), "malformed_json"),
    ("json array", b'["<p>hi</p>"]', "malformed_json"),
    ("json string", b'"<p>hi</p>"', "malformed_json"),
    ("deeply nested json", b"[" * 100_000 + b"]" * 100_000, "malformed_json"),
    ("empty body", b"", "malformed_json"),
    ("missing html", b'{"url": "https://example.org/"}', "missing_html"),
    ("null html", b'{"html": null}', "missing_html"),
    ("empty html", b'{"html": ""}', "missing_html"),
    ("blank html", b'{"html": "  \\n\\t "}', "missing_html"),
    ("numeric html", b'{"html": 42}', "invalid_field"),
    ("list html", b'{"html": ["<p>"]}', "invalid_field"),
    ("object html", b'{"html": {"p": 1}}', "invalid_field"),
    ("numeric url", b'{"html": "<p>hi</p>", "url": 7}', "invalid_field"),
    ("list title", b'{"html": "<p>hi</p>", "title": ["a"]}', "invalid_field"),
    ("bool title", b'{"html": "<p>hi</p>", "title": true}', "invalid_field"),
]


@pytest.mark.parametrize(("name", "body", "code"), BAD_BODIES, ids=[c[0] for c in BAD_BODIES])
def test_bad_bodies_are_400(client: FlaskClient, name: str, body: bytes, code: str) -> None:
    response = client.post("/v1/annotate", data=body, content_type="application/json")
    assert response.status_code == 400
    assert error_code(response) == code


@pytest.mark.parametrize(
    "content_type",
    [None, "text/plain", "text/html", "application/x-www-form-urlencoded", "multipart/form-data"],
)
def test_wrong_content_type_is_415(client: FlaskClient, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/v1/annotate", data=b'{"html": "<p>x</p>"}', headers=headers)
    assert response.status_code == 415
    assert error_code(response) == "unsupported_media_type"


def test_json_with_charset_parameter_is_accepted(client: FlaskClient) -> None:
    response = client.post(
        "/v1/annotate",
        data=json.dumps({"html": SEED_HTML}).encode(),
        content_type="application/json; charset=utf-8",
    )
    assert response.status_code == 200


@pytest.mark.parametrize(("limit", "size", "status"), [(1000, 999, 422), (1000, 1001, 413)])
def test_body_limit_is_configurable(
    make_app: AppFactory, limit: int, size: int, status: int
) -> None:
    client = make_app(max_body_bytes=limit).test_client()
    prefix, suffix = b'{"html": "<p>', b'</p>"}'
    body = prefix + b"x" * (size - len(prefix) - len(suffix)) + suffix
    assert len(body) == size
    response = client.post("/v1/annotate", data=body, content_type="application/json")
    assert response.status_code == status
    if status == 413:
        assert error_code(response) == "payload_too_large"


def test_default_limit_is_5_mib_and_env_changes_it(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = json.dumps({"html": "<p>" + "x" * (5 * 1024 * 1024) + "</p>"})
    response = (
        make_app().test_client().post("/v1/annotate", data=big, content_type="application/json")
    )
    assert response.status_code == 413
    monkeypatch.setenv("SOURCELIGHT_MAX_BODY_BYTES", "100")
    small = json.dumps({"html": "<p>" + "x" * 200 + "</p>"})
    response = (
        make_app().test_client().post("/v1/annotate", data=small, content_type="application/json")
    )
    assert response.status_code == 413


# --- 404, 405 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/v1", "/v2/annotate", "/v1/annotate/x", "/%00"])
def test_unknown_path_is_404(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert error_code(response) == "not_found"


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("GET", "/v1/annotate", {"POST", "OPTIONS"}),
        ("PUT", "/v1/annotate", {"POST", "OPTIONS"}),
        ("DELETE", "/v1/annotate", {"POST", "OPTIONS"}),
        ("POST", "/healthz", {"GET", "HEAD", "OPTIONS"}),
        ("PATCH", "/v1/openapi.json", {"GET", "HEAD", "OPTIONS"}),
    ],
)
def test_wrong_method_is_405_with_allow(
    client: FlaskClient, method: str, path: str, allowed: set[str]
) -> None:
    response = client.open(path, method=method)
    assert response.status_code == 405
    assert error_code(response) == "method_not_allowed"
    assert {m.strip() for m in response.headers["Allow"].split(",")} == allowed


# --- 422 and hostile pages ---------------------------------------------------------------------

HOSTILE_PAGES: list[Any] = [
    pytest.param("home page", HOME_PAGE, {422}, id="home page"),
    pytest.param("search page", SEARCH_PAGE, {422}, id="search page"),
    ("empty body", "<html><head><title>x</title></head><body></body></html>", {422}),
    (
        "only scripts",
        "<html><body>" + "<script>var a = 1;</script>" * 3000 + "</body></html>",
        {422},
    ),
    ("binary garbage", bytes(range(256)).decode("latin-1") * 400, {422}),
    ("nul bytes", "\x00" * 10_000, {422}),
    ("100,000 nested divs", "<div>" * 100_000 + "deep" + "</div>" * 100_000, {200, 422}),
    ("4 MiB of text", "<html><body><p>" + "word " * 800_000 + "</p></body></html>", {200, 422}),
    ("lone surrogates", SEED_HTML.replace("Kharkiv", "Khar\ud800kiv\udfff"), {200}),
    ("unclosed everything", "<html><body><article><p>" * 2000, {422}),
]


@pytest.mark.parametrize(
    ("name", "html", "statuses"),
    [c if hasattr(c, "id") else pytest.param(*c, id=c[0]) for c in HOSTILE_PAGES],
)
def test_hostile_pages_get_clear_answers(
    client: FlaskClient, name: str, html: str, statuses: set[int]
) -> None:
    response = post(client, {"html": html, "url": "https://example.org/\ud800", "title": "\udfff"})
    assert response.status_code in statuses
    body = response.get_json()
    if response.status_code == 200:
        validate_annotation(body)
        assert "\ud800" not in body["article"]["text"]
    else:
        assert error_code(response) == "no_article"


def test_the_pipeline_is_warmed_before_any_child_is_forked(make_app: AppFactory) -> None:
    """Children fork from the app's process: its patterns compiled, a replaced child starts warm
    instead of compiling them inside the next request's time budget."""
    app_module._warm_pipeline.cache_clear()
    reported._reported_patterns.cache_clear()
    app = make_app()
    assert reported._reported_patterns.cache_info().currsize == 1
    assert app.extensions["sourcelight"].runner._process is None  # still no child


def test_over_budget_is_504_and_the_same_app_answers_next(make_app: AppFactory) -> None:
    client = make_app(budget_seconds=0.3).test_client()
    response = post(client, {"html": SLOW_PAGE})
    assert response.status_code == 504
    assert error_code(response) == "timeout"
    response = post(client, {"html": SEED_HTML})
    assert response.status_code == 200
    validate_annotation(response.get_json())


# --- probes ------------------------------------------------------------------------------------


def test_healthz_does_no_work_and_readyz_runs_the_pipeline(app: Flask) -> None:
    client = app.test_client()
    runner = app.extensions["sourcelight"].runner
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok"}
    assert runner._process is None  # no pipeline child was started
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ready"
    assert runner._process is not None and runner._process.is_alive()


def test_readyz_is_503_when_the_pipeline_fails(app: Flask) -> None:
    class Broken:
        def run(self, job: Any) -> Any:
            from server.errors import WorkerCrashed

            raise WorkerCrashed()

        def close(self) -> None:
            pass

    real = app.extensions["sourcelight"].runner
    app.extensions["sourcelight"].runner = Broken()
    try:
        client = app.test_client()
        assert client.get("/healthz").status_code == 200
        response = client.get("/readyz")
        assert response.status_code == 503
        assert error_code(response) == "not_ready"
    finally:
        app.extensions["sourcelight"].runner = real


# --- CORS --------------------------------------------------------------------------------------

ORIGINS: list[tuple[str, bool]] = [
    (CHROME, True),
    (FIREFOX, True),
    ("https://newsroom.example", True),  # from SOURCELIGHT_CORS_ORIGINS below
    ("chrome-extension://" + "q" * 32, False),  # q is not in Chrome's a-p alphabet
    ("chrome-extension://" + "a" * 31, False),
    ("moz-extension://not-a-uuid", False),
    ("https://evil.example", False),
    ("https://newsroom.example.evil.example", False),
    ("null", False),
]


@pytest.fixture
def cors_client(make_app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> FlaskClient:
    monkeypatch.setenv("SOURCELIGHT_CORS_ORIGINS", "https://newsroom.example, https://x.example")
    return make_app().test_client()


@pytest.mark.parametrize(("origin", "allowed"), ORIGINS)
def test_cors_preflight(cors_client: FlaskClient, origin: str, allowed: bool) -> None:
    response = cors_client.options(
        "/v1/annotate",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, authorization",
        },
    )
    assert response.status_code == 200
    if allowed:
        assert response.headers["Access-Control-Allow-Origin"] == origin
        assert "POST" in response.headers["Access-Control-Allow-Methods"]
        headers = response.headers["Access-Control-Allow-Headers"].lower()
        assert "authorization" in headers and "content-type" in headers
    else:
        assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize(("origin", "allowed"), ORIGINS)
def test_cors_actual_request(cors_client: FlaskClient, origin: str, allowed: bool) -> None:
    response = post(cors_client, {"html": SEED_HTML}, headers={"Origin": origin})
    assert response.status_code == 200
    assert response.headers.get("Access-Control-Allow-Origin") == (origin if allowed else None)


def test_cors_headers_on_errors_too(cors_client: FlaskClient) -> None:
    response = post(cors_client, {"html": ""}, headers={"Origin": CHROME})
    assert response.status_code == 400
    assert response.headers["Access-Control-Allow-Origin"] == CHROME


# --- token -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("authorization", "status"),
    [
        (None, 401),
        ("Bearer wrong-token", 401),
        ("Bearer ", 401),
        ("Basic s3cret-token", 401),
        ("s3cret-token", 401),
        ("Bearer s3cret-token", 200),
        ("bearer s3cret-token", 200),
    ],
)
def test_token(make_app: AppFactory, authorization: str | None, status: int) -> None:
    client = make_app(token="s3cret-token").test_client()
    headers = {"Authorization": authorization} if authorization is not None else {}
    response = post(client, {"html": SEED_HTML}, headers=headers)
    assert response.status_code == status
    if status == 401:
        assert error_code(response) == "unauthorized"


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/v1/openapi.json"])
def test_probes_and_description_stay_open_with_a_token(make_app: AppFactory, path: str) -> None:
    client = make_app(token="s3cret-token").test_client()
    assert client.get(path).status_code == 200


def test_preflight_needs_no_token(make_app: AppFactory) -> None:
    client = make_app(token="s3cret-token").test_client()
    response = client.options(
        "/v1/annotate",
        headers={"Origin": CHROME, "Access-Control-Request-Method": "POST"},
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == CHROME


def test_token_from_environment(make_app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCELIGHT_TOKEN", "from-env")
    client = make_app().test_client()
    assert post(client, {"html": SEED_HTML}).status_code == 401
    auth = {"Authorization": "Bearer from-env"}
    assert post(client, {"html": SEED_HTML}, headers=auth).status_code == 200


# --- cache -------------------------------------------------------------------------------------


def test_repeated_page_is_a_cache_hit(make_app: AppFactory) -> None:
    client = make_app(cache_size=8).test_client()
    first = post(client, {"html": SEED_HTML, "url": "https://example.org/a"})
    second = post(client, {"html": SEED_HTML, "url": "https://example.org/a"})
    other_url = post(client, {"html": SEED_HTML, "url": "https://example.org/b"})
    assert first.headers["X-Sourcelight-Cache"] == "miss"
    assert second.headers["X-Sourcelight-Cache"] == "hit"
    assert second.data == first.data
    assert other_url.headers["X-Sourcelight-Cache"] == "miss"
    assert other_url.get_json()["article"]["url"] == "https://example.org/b"


def test_errors_are_not_cached(make_app: AppFactory) -> None:
    client = make_app(cache_size=8).test_client()
    for _ in range(2):
        response = post(client, {"html": "<html><body><p>Too short.</p></body></html>"})
        assert response.status_code == 422
        assert "X-Sourcelight-Cache" not in response.headers


# --- rate limit --------------------------------------------------------------------------------


def _burst(client: FlaskClient, n: int, address: str, **headers: str) -> list[int]:
    return [
        client.post(
            "/v1/annotate",
            data=b"{}",
            content_type="application/json",
            environ_base={"REMOTE_ADDR": address},
            headers=headers,
        ).status_code
        for _ in range(n)
    ]


def test_rate_limit_answers_429_json(make_app: AppFactory) -> None:
    client = make_app(rate_limit_per_minute=3).test_client()
    assert _burst(client, 5, "203.0.113.7") == [400, 400, 400, 429, 429]
    assert _burst(client, 1, "203.0.113.8") == [400]  # another reader has its own count
    response = client.post("/v1/annotate", json={}, environ_base={"REMOTE_ADDR": "203.0.113.7"})
    assert error_code(response) == "rate_limited"
    assert 1 <= int(response.headers["Retry-After"]) <= 60


@pytest.mark.parametrize(
    ("loopback", "expected"), [(False, [400] * 5), (True, [400, 400, 429, 429, 429])]
)
def test_rate_limit_spares_loopback_by_default(
    make_app: AppFactory, loopback: bool, expected: list[int]
) -> None:
    client = make_app(rate_limit_per_minute=2, rate_limit_loopback=loopback).test_client()
    assert _burst(client, 5, "127.0.0.1") == expected


def test_rate_limit_is_off_by_default(make_app: AppFactory) -> None:
    client = make_app().test_client()
    assert set(_burst(client, 30, "203.0.113.9")) == {400}


def test_rate_limit_counts_readers_behind_a_trusted_proxy(make_app: AppFactory) -> None:
    client = make_app(rate_limit_per_minute=1, proxy_count=1).test_client()
    proxy = "10.0.0.2"
    assert _burst(client, 2, proxy, **{"X-Forwarded-For": "198.51.100.1"}) == [400, 429]
    assert _burst(client, 1, proxy, **{"X-Forwarded-For": "198.51.100.2"}) == [400]


def test_probes_are_not_rate_limited(make_app: AppFactory) -> None:
    client = make_app(rate_limit_per_minute=1, rate_limit_loopback=True).test_client()
    assert {client.get("/healthz").status_code for _ in range(5)} == {200}


# --- logs --------------------------------------------------------------------------------------


def test_log_line_has_method_path_status_size_time_and_no_content(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "ZQXJ-private-marker"
    html = SEED_HTML.replace("Kharkiv", marker)
    with caplog.at_level(logging.DEBUG):
        response = post(
            client, {"html": html, "url": f"https://x.example/{marker}", "title": marker}
        )
        client.get("/nowhere")
    assert response.status_code == 200
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("sourcelight")]
    assert any(line.startswith("POST /v1/annotate 200 ") and "ms" in line for line in lines)
    assert any(line.startswith("GET /nowhere 404 ") for line in lines)
    size = len(response.data)
    assert any(f" {size}B " in line for line in lines)
    assert not any(marker in r.getMessage() for r in caplog.records)
