"""Real servers for tests: gunicorn and redis-server on free loopback ports, stopped by the test.

Import the fixtures into a test module (`from servers import gunicorn, redis_server`); every
request loop here is bounded by a deadline, so a broken server fails a test instead of hanging it.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_HTML = (ROOT / "tests" / "fixtures" / "pages" / "seed-article" / "source.html").read_text(
    "utf-8"
)
START_TIMEOUT = 30.0
#: gunicorn as the Procfile runs it.
GUNICORN_ARGV = (
    sys.executable,
    "-m",
    "gunicorn",
    "-c",
    str(ROOT / "server" / "gunicorn_conf.py"),
    "server:create_app()",
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 30.0,
) -> Reply:
    """One HTTP request on a fresh loopback connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=dict(headers or {}))
        response = conn.getresponse()
        return Reply(
            response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        )
    finally:
        conn.close()


def post_json(port: int, payload: Any, timeout: float = 30.0, **headers: str) -> Reply:
    body = json.dumps(payload).encode("utf-8")
    return request(
        port,
        "POST",
        "/v1/annotate",
        body,
        {"Content-Type": "application/json", **headers},
        timeout=timeout,
    )


def server_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The test process's environment without SOURCELIGHT_* leftovers, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOURCELIGHT_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra or {})
    return env


@dataclass
class Process:
    """A started server process whose output goes to files (read them with `output()`)."""

    popen: subprocess.Popen[bytes]
    port: int
    logs: Path
    stopped: bool = field(default=False)

    def output(self) -> str:
        parts = []
        for name in ("stdout", "stderr"):
            path = self.logs / name
            if path.exists():
                parts.append(path.read_text("utf-8", errors="replace"))
        return "\n".join(parts)

    def children(self) -> list[int]:
        """Direct children of the process (gunicorn's workers)."""
        pids: list[int] = []
        task_dir = Path(f"/proc/{self.popen.pid}/task")
        for task in task_dir.iterdir() if task_dir.exists() else []:
            children = (task / "children").read_text().split()
            pids.extend(int(pid) for pid in children)
        return pids

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=10)


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _answers(process: Process, path: str = "/healthz") -> bool:
    if process.popen.poll() is not None:
        raise AssertionError(f"server exited early:\n{process.output()[-3000:]}")
    try:
        return request(process.port, "GET", path, timeout=2).status == 200
    except OSError:
        return False


def start_process(
    argv: list[str],
    logs: Path,
    port: int,
    env: Mapping[str, str],
    cwd: Path | None = None,
    ready_path: str = "/healthz",
) -> Process:
    logs.mkdir(parents=True, exist_ok=True)
    with (logs / "stdout").open("wb") as out, (logs / "stderr").open("wb") as err:
        popen = subprocess.Popen(
            argv,
            stdout=out,
            stderr=err,
            env=dict(env),
            cwd=str(cwd or ROOT),
            start_new_session=True,
        )
    process = Process(popen, port, logs)
    try:
        wait_until(lambda: _answers(process, ready_path), START_TIMEOUT, "the server to answer")
    except BaseException:
        process.stop()
        raise
    return process


GunicornStarter = Callable[..., Process]


@pytest.fixture
def gunicorn(tmp_path: Path) -> Iterator[GunicornStarter]:
    """Start real gunicorns with our config: `gunicorn(env={...}, workers=2)`; all stopped after."""
    started: list[Process] = []

    def start(
        env: Mapping[str, str] | None = None,
        workers: int = 2,
        cwd: Path | None = None,
        extra_env: Mapping[str, str] | None = None,
    ) -> Process:
        port = free_port()
        settings = {"SOURCELIGHT_CACHE_SIZE": "0", **(env or {})}
        full_env = server_env(
            {"PORT": str(port), "WEB_CONCURRENCY": str(workers), **settings, **(extra_env or {})}
        )
        argv = list(GUNICORN_ARGV)
        process = start_process(argv, tmp_path / f"gunicorn-{port}", port, full_env, cwd)
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[Callable[[], Process]]:
    """A real redis-server on a free loopback port, with no persistence; skip if not installed."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    started: list[Process] = []

    def start() -> Process:
        port = free_port()
        argv = [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ]
        logs = tmp_path / f"redis-{port}"
        logs.mkdir()
        with (logs / "stdout").open("wb") as out:
            popen = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
        process = Process(popen, port, logs)
        started.append(process)

        def pings() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    return sock.recv(16).startswith(b"+PONG")
            except OSError:
                return False

        wait_until(pings, START_TIMEOUT, "redis-server")
        return process

    yield start
    for process in started:
        process.stop()


def _validator(name: str) -> Any:
    from jsonschema import Draft202012Validator

    from server.openapi import openapi_document

    schema = {"$ref": f"#/components/schemas/{name}", **openapi_document()}
    return Draft202012Validator(schema)


def validate_annotation(body: Any) -> None:
    """Raise unless `body` is a valid `Annotation` of the OpenAPI document."""
    _validator("Annotation").validate(body)


def validate_error(body: Any, code: str | None = None) -> None:
    """Raise unless `body` is a valid `Error` (with `code`, when given)."""
    _validator("Error").validate(body)
    if code is not None:
        assert body["error"]["code"] == code, body
