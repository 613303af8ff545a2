"""Faults against real gunicorn (and real redis-server): killed workers, slow pages, floods."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from servers import (
    SEED_HTML,
    GunicornStarter,
    Process,
    Reply,
    post_json,
    request,
    validate_annotation,
    validate_error,
    wait_until,
)

pytestmark = pytest.mark.serving

SLOW_PAGE = (
    "<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"
    + "".join(
        f"<p>On day {i} the council voted to approve budget line {i * 7}, officials said.</p>"
        for i in range(30_000)
    )
    + "</article></body></html>"
)


def _pipeline_children(worker: int) -> list[int]:
    path = Path(f"/proc/{worker}/task/{worker}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def test_worker_killed_mid_request(gunicorn: GunicornStarter) -> None:
    server = gunicorn(env={"SOURCELIGHT_BUDGET_SECONDS": "60"}, workers=2)
    wait_until(lambda: len(server.children()) == 2, 20, "both workers to boot")
    workers = server.children()
    outcome: dict[str, object] = {}

    def slow() -> None:
        try:
            outcome["reply"] = post_json(server.port, {"html": SLOW_PAGE}, timeout=30)
        except OSError as exc:  # connection reset / closed: what the client should see
            outcome["error"] = exc

    thread = threading.Thread(target=slow)
    thread.start()
    # Only the worker running the slow page has started a pipeline child.
    busy: list[int] = []

    def find_busy() -> bool:
        busy[:] = [w for w in workers if _pipeline_children(w)]
        return bool(busy)

    wait_until(find_busy, 20, "a worker to take the slow page")
    os.kill(busy[0], signal.SIGKILL)
    thread.join(timeout=30)
    assert not thread.is_alive(), "the killed request's client hangs"
    assert "error" in outcome, outcome
    # Other requests are served, and gunicorn replaces the worker.
    for _ in range(4):
        assert post_json(server.port, {"html": SEED_HTML}).status == 200
    wait_until(
        lambda: len(server.children()) == 2 and busy[0] not in server.children(),
        20,
        "gunicorn to replace the worker",
    )


def test_over_budget_is_504_and_the_same_worker_serves_next(gunicorn: GunicornStarter) -> None:
    server = gunicorn(env={"SOURCELIGHT_BUDGET_SECONDS": "0.3"}, workers=1)
    (worker,) = server.children()
    started = time.monotonic()
    reply = post_json(server.port, {"html": SLOW_PAGE})
    assert reply.status == 504
    assert time.monotonic() - started < 10
    validate_error(reply.json(), "timeout")
    reply = post_json(server.port, {"html": SEED_HTML})
    assert reply.status == 200
    validate_annotation(reply.json())
    assert server.children() == [worker]


def _big_page(size: int) -> str:
    """A real article padded to `size` characters with a comment, as saved pages often are."""
    head, _, rest = SEED_HTML.partition("<body")
    pad = "<!-- " + "x" * (size - len(SEED_HTML) - 10) + " -->"
    return head + pad + "<body" + rest


def test_hundred_concurrent_large_pages(gunicorn: GunicornStarter) -> None:
    server = gunicorn(env={"SOURCELIGHT_CACHE_SIZE": "4"}, workers=3)
    four = json.dumps({"html": _big_page(4 * 1024 * 1024)}).encode()
    six = json.dumps({"html": _big_page(6 * 1024 * 1024)}).encode()
    bodies = [six if i % 10 == 0 else four for i in range(100)]

    def send(body: bytes) -> Reply | OSError:
        try:
            return request(
                server.port,
                "POST",
                "/v1/annotate",
                body,
                {"Content-Type": "application/json"},
                timeout=120,
            )
        except OSError as exc:
            return exc

    with ThreadPoolExecutor(max_workers=16) as pool:
        replies = list(pool.map(send, bodies))
    for body, reply in zip(bodies, replies, strict=True):
        assert isinstance(reply, Reply), reply
        payload = reply.json()
        if body is six:
            assert reply.status == 413
            validate_error(payload, "payload_too_large")
        else:
            assert reply.status == 200
            assert payload["article"]["word_count"] > 100
    assert request(server.port, "GET", "/readyz").status == 200
    assert server.popen.poll() is None


def test_two_instances_share_one_redis(gunicorn: GunicornStarter, redis_server) -> None:  # type: ignore[no-untyped-def]
    redis: Process = redis_server()
    env = {
        "SOURCELIGHT_REDIS_URL": f"redis://127.0.0.1:{redis.port}/0",
        "SOURCELIGHT_CACHE_SIZE": "8",
    }
    a, b = gunicorn(env=env, workers=1), gunicorn(env=env, workers=1)
    page = {"html": SEED_HTML, "url": "https://x.example/shared"}
    first = post_json(a.port, page)
    assert first.headers["x-sourcelight-cache"] == "miss"
    second = post_json(b.port, page)
    assert second.headers["x-sourcelight-cache"] == "hit"
    assert second.body == first.body
    # Redis goes away: both still answer.
    redis.stop()
    for server in (a, b):
        reply = post_json(server.port, {"html": SEED_HTML, "url": "https://x.example/new"})
        assert reply.status == 200
        assert request(server.port, "GET", "/readyz").status == 200


def test_redis_never_up_still_answers(gunicorn: GunicornStarter) -> None:
    from servers import free_port

    server = gunicorn(
        env={"SOURCELIGHT_REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}, workers=1
    )
    for _ in range(3):
        assert post_json(server.port, {"html": SEED_HTML}).status == 200


def test_rate_limit_under_gunicorn(gunicorn: GunicornStarter) -> None:
    server = gunicorn(
        env={"SOURCELIGHT_RATE_LIMIT_PER_MINUTE": "2", "SOURCELIGHT_RATE_LIMIT_LOOPBACK": "true"},
        workers=1,
    )
    statuses = [post_json(server.port, {"html": ""}).status for _ in range(4)]
    assert statuses == [400, 400, 429, 429]
    reply = post_json(server.port, {"html": ""})
    validate_error(reply.json(), "rate_limited")
    assert "retry-after" in reply.headers
