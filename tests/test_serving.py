"""The real thing: gunicorn with our config, on a free loopback port, stopped by each test."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import (
    GUNICORN_ARGV,
    ROOT,
    SEED_HTML,
    GunicornStarter,
    free_port,
    post_json,
    request,
    server_env,
    start_process,
    validate_annotation,
    validate_error,
)

pytestmark = pytest.mark.serving


def test_gunicorn_serves_probes_annotate_and_errors(gunicorn: GunicornStarter) -> None:
    server = gunicorn()
    assert request(server.port, "GET", "/healthz").json() == {"status": "ok"}
    assert request(server.port, "GET", "/readyz").json()["status"] == "ready"
    assert request(server.port, "GET", "/v1/openapi.json").json()["openapi"].startswith("3.1")
    reply = post_json(server.port, {"html": SEED_HTML, "url": "https://x.example/a"})
    assert reply.status == 200
    validate_annotation(reply.json())
    cases = [
        (
            request(
                server.port, "POST", "/v1/annotate", b"{", {"Content-Type": "application/json"}
            ),
            400,
            "malformed_json",
        ),
        (post_json(server.port, {"html": ""}), 400, "missing_html"),
        (
            request(server.port, "POST", "/v1/annotate", b"{}", {"Content-Type": "text/plain"}),
            415,
            "unsupported_media_type",
        ),
        (request(server.port, "GET", "/v1/annotate"), 405, "method_not_allowed"),
        (request(server.port, "GET", "/nope"), 404, "not_found"),
        (post_json(server.port, {"html": "<p>Too short.</p>"}), 422, "no_article"),
    ]
    for reply, status, code in cases:
        assert reply.status == status
        validate_error(reply.json(), code)
    assert "POST" in request(server.port, "GET", "/v1/annotate").headers["allow"]


def _chunked(port: int, chunks: Iterator[bytes]) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(
            "POST",
            "/v1/annotate",
            body=chunks,
            headers={"Content-Type": "application/json"},
            encode_chunked=True,
        )
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.mark.parametrize(("size", "status"), [(6 * 1024 * 1024, 413), (64 * 1024, 200)])
def test_body_limit_holds_for_chunked_bodies(
    gunicorn: GunicornStarter, size: int, status: int
) -> None:
    server = gunicorn(workers=1)
    head = json.dumps({"html": SEED_HTML})[:-2].encode()
    tail = b'"}'
    padding = size - len(head) - len(tail)
    assert padding > 0

    def chunks() -> Iterator[bytes]:
        yield head
        sent = 0
        while sent < padding:
            piece = min(65536, padding - sent)
            yield b" " * piece
            sent += piece
        yield tail

    got, body = _chunked(server.port, chunks())
    assert got == status
    if status == 413:
        validate_error(json.loads(body), "payload_too_large")
    # The worker is fine afterwards.
    assert post_json(server.port, {"html": SEED_HTML}).status == 200


def test_declared_body_over_the_limit_is_413(gunicorn: GunicornStarter) -> None:
    server = gunicorn(env={"SOURCELIGHT_MAX_BODY_BYTES": "20000"}, workers=1)
    reply = post_json(server.port, {"html": SEED_HTML + "x" * 20000})
    assert reply.status == 413
    validate_error(reply.json(), "payload_too_large")


def test_token_under_gunicorn(gunicorn: GunicornStarter) -> None:
    server = gunicorn(env={"SOURCELIGHT_TOKEN": "tok"}, workers=1)
    assert post_json(server.port, {"html": SEED_HTML}).status == 401
    assert post_json(server.port, {"html": SEED_HTML}, Authorization="Bearer tok").status == 200
    assert request(server.port, "GET", "/healthz").status == 200


def test_bad_setting_stops_gunicorn_with_a_clear_message(tmp_path: Path) -> None:
    env = server_env({"PORT": str(free_port()), "SOURCELIGHT_BUDGET_SECONDS": "soon"})
    result = subprocess.run(
        list(GUNICORN_ARGV),
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "SOURCELIGHT_BUDGET_SECONDS must be a number" in result.stderr
    assert "Traceback" not in result.stderr


def _files_containing(root: Path, marker: bytes, since: float) -> list[Path]:
    """Files under `root` written since `since` that hold `marker`; files and folders other
    programs remove while the walk runs (a shared /tmp) are skipped, not an error."""
    found = []
    for folder, _dirs, names in os.walk(root, onerror=lambda _error: None):
        for name in names:
            path = Path(folder, name)
            try:
                recent = path.is_file() and path.stat().st_mtime >= since
                if recent and marker in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found


def test_privacy_no_page_content_in_logs_or_files(
    gunicorn: GunicornStarter, tmp_path: Path
) -> None:
    marker = "QZX" + os.urandom(6).hex() + "MARKER"
    workdir, tempdir = tmp_path / "cwd", tmp_path / "tmp"
    workdir.mkdir()
    tempdir.mkdir()
    since = time.time() - 1
    server = gunicorn(
        env={"SOURCELIGHT_LOG_LEVEL": "DEBUG", "SOURCELIGHT_CACHE_SIZE": "16"},
        workers=1,
        cwd=workdir,
        extra_env={"TMPDIR": str(tempdir)},
    )
    page = SEED_HTML.replace("Kharkiv", marker)
    url = f"https://news.example/{marker}?q={marker}"
    for payload in (
        {"html": page, "url": url, "title": marker},
        {"html": page, "url": url, "title": marker},  # cache hit
        {"html": f"<p>{marker}</p>", "url": url, "title": marker},  # no article
        {"html": f"\x00\x01{marker}" * 50, "url": url},  # garbage
    ):
        reply = post_json(server.port, payload)
        assert reply.status in (200, 422)
    assert marker in post_json(server.port, {"html": page, "url": url}).body.decode()
    server.stop()
    output = server.output()
    assert "POST /v1/annotate 200" in output  # the log is there ...
    assert marker not in output  # ... and the page is not
    for root in (workdir, tempdir, Path("/tmp")):
        assert not _files_containing(root, marker.encode(), since), root


def test_sourcelight_serve_starts_gunicorn(tmp_path: Path) -> None:
    port = free_port()
    script = Path(sys.executable).with_name("sourcelight")
    argv = [str(script)] if script.exists() else [sys.executable, "-m", "server.cli"]
    process = start_process(
        [*argv, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        tmp_path / "serve",
        port,
        server_env({"SOURCELIGHT_CACHE_SIZE": "0"}),
    )
    try:
        assert request(port, "GET", "/readyz").status == 200
        assert post_json(port, {"html": SEED_HTML}).status == 200
    finally:
        process.stop()
    assert process.popen.returncode == 0
