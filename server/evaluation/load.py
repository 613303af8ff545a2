"""Throughput and memory under a real gunicorn on loopback.

`python -m server.evaluation.load --corpus ../shared/corpus [--out docs/BENCHMARKS.md]`

1. every corpus page that answers 200 is serialised once as a request body in a temporary folder
   (deleted afterwards: corpus text never lands in the repository);
2. throughput: wrk (Debian's `wrk`) POSTs those bodies round robin to a gunicorn with the default
   worker count and the answer cache off, at concurrency 1, 8 and 32; requests per second, p50 and
   p99 latency, and every non-200 answer or socket error counted;
3. memory: a gunicorn with one worker and no worker recycling gets 2,000 requests; the RSS of the
   worker and of its pipeline child is read from /proc after 200 and after 2,000.
Every request goes to 127.0.0.1 only, and every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from server.evaluation.report import stamp, table, write_section

ROOT = Path(__file__).resolve().parents[2]
CONCURRENCY = (1, 8, 32)
DURATION_SECONDS = 20
WARMUP_SECONDS = 15
MEMORY_REQUESTS = (200, 2000)

_WRK_SCRIPT = """
local bodies = {}
local count = tonumber(os.getenv("SL_BODIES"))
local folder = os.getenv("SL_FOLDER")
for i = 1, count do
  local f = io.open(folder .. "/" .. i .. ".json", "rb")
  bodies[i] = f:read("*a")
  f:close()
end
local n = 0
local bad = 0
request = function()
  n = n + 1
  local body = bodies[(n % count) + 1]
  return wrk.format("POST", "/v1/annotate", {["Content-Type"] = "application/json"}, body)
end
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("SL_RESULT %d %d %d %d %d\\n", summary.requests,
    latency:percentile(50), latency:percentile(99), summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _gunicorn(
    workers: int | None, extra: list[str], env: dict[str, str]
) -> Iterator[tuple[str, int]]:
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        str(ROOT / "server" / "gunicorn_conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        *extra,
        "server:create_app()",
    ]
    if workers:
        command[-1:-1] = ["--workers", str(workers)]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/readyz", timeout=10):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gunicorn did not become ready") from None
                time.sleep(0.2)
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _post(base: str, body: bytes) -> int:
    request = urllib.request.Request(
        base + "/v1/annotate", data=body, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def _bodies(folder: Path, out: Path) -> int:
    """Write the request body of every corpus page that answers 200; return their count."""
    from server.pipeline import annotate_json

    index = folder / "pages" / "INDEX.tsv"
    count = 0
    for line in index.read_text("utf-8").splitlines()[1:]:
        cols = line.split("\t")
        html = (folder / "pages" / cols[2]).read_text("utf-8", errors="replace")
        url = cols[3] or None
        try:
            annotate_json(html, url=url)
        except Exception:  # pages without an article are simply not used
            continue
        count += 1
        (out / f"{count}.json").write_text(json.dumps({"html": html, "url": url}), "utf-8")
    return count


def _rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+)", status)
    return int(match.group(1)) if match else 0


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.is_file() else []


def _wrk(script: Path, base: str, connections: int, seconds: int, env: dict[str, str]) -> list[int]:
    """One wrk run; its SL_RESULT line: requests, p50 us, p99 us, socket errors, status errors."""
    result = subprocess.run(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "30s",
            "-s",
            str(script),
            base + "/v1/annotate",
        ],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("SL_RESULT"))
    return list(map(int, line.split()[1:]))


def throughput(bodies: Path, count: int) -> list[dict[str, Any]]:
    script = bodies / "post.lua"
    script.write_text(_WRK_SCRIPT)
    env = {"SL_BODIES": str(count), "SL_FOLDER": str(bodies)}
    rows: list[dict[str, Any]] = []
    with _gunicorn(None, [], {"SOURCELIGHT_CACHE_SIZE": "0"}) as (base, _pid):
        # Untimed: every worker and its pipeline child meet the pages once (trafilatura loads
        # some resources on first use), so the figures are of a running server, not a start.
        _wrk(script, base, 2 * ((os.cpu_count() or 1) + 1), WARMUP_SECONDS, env)
        for connections in CONCURRENCY:
            requests, p50_us, p99_us, socket_errors, status_errors = _wrk(
                script, base, connections, DURATION_SECONDS, env
            )
            rows.append(
                {
                    "concurrency": connections,
                    "requests": requests,
                    "rps": requests / DURATION_SECONDS,
                    "p50_ms": p50_us / 1000,
                    "p99_ms": p99_us / 1000,
                    "errors": socket_errors + status_errors,
                }
            )
    return rows


def memory(bodies: Path, count: int) -> dict[str, Any]:
    payloads = [(bodies / f"{i}.json").read_bytes() for i in range(1, count + 1)]
    figures: dict[str, Any] = {}
    with _gunicorn(1, ["--max-requests", "0"], {"SOURCELIGHT_CACHE_SIZE": "0"}) as (base, master):
        workers = _children(master)
        sent = 0
        for checkpoint in MEMORY_REQUESTS:
            while sent < checkpoint:
                _post(base, payloads[sent % count])
                sent += 1
            worker = workers[0]
            child = _children(worker)
            figures[str(checkpoint)] = {
                "worker_kib": _rss_kib(worker),
                "child_kib": _rss_kib(child[0]) if child else 0,
            }
    return figures


def markdown(rows: list[dict[str, Any]], mem: dict[str, Any], pages: int) -> str:
    first, last = (mem[str(n)] for n in MEMORY_REQUESTS)
    growth = (
        (last["worker_kib"] - first["worker_kib"]) / first["worker_kib"]
        if first["worker_kib"]
        else 0
    )
    return (
        "## Throughput and memory under gunicorn\n\n"
        + stamp("python -m server.evaluation.load --corpus ../shared/corpus")
        + f"\n`wrk` on loopback POSTs {pages} corpus pages round robin for {DURATION_SECONDS} s at "
        "each concurrency, to gunicorn with its default workers (cores + 1) and the answer cache "
        "off, "
        f"so every request is a full extraction and analysis; after {WARMUP_SECONDS} s of untimed "
        "warm-up.\n\n"
        + table(
            ["concurrency", "requests", "requests/s", "p50 ms", "p99 ms", "errors"],
            [
                [
                    r["concurrency"],
                    r["requests"],
                    f"{r['rps']:.1f}",
                    f"{r['p50_ms']:.1f}",
                    f"{r['p99_ms']:.1f}",
                    r["errors"],
                ]
                for r in rows
            ],
        )
        + "\nMemory of one worker (no recycling) and of its pipeline child process, in MiB:\n\n"
        + table(
            ["after requests", "worker RSS", "pipeline child RSS"],
            [
                [
                    n,
                    f"{mem[str(n)]['worker_kib'] / 1024:.1f}",
                    f"{mem[str(n)]['child_kib'] / 1024:.1f}",
                ]
                for n in MEMORY_REQUESTS
            ],
        )
        + f"\nWorker RSS change from {MEMORY_REQUESTS[0]} to {MEMORY_REQUESTS[1]} requests: "
        f"{growth:+.1%}. The pipeline child is replaced after 1,000 jobs by design.\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    if not (args.corpus / "pages" / "INDEX.tsv").is_file():
        print(f"corpus not found at {args.corpus}: nothing to measure", file=sys.stderr)
        return 0
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="sourcelight-load-") as tmp:
        folder = Path(tmp)
        count = _bodies(args.corpus, folder)
        rows = throughput(folder, count)
        mem = memory(folder, count)
    body = markdown(rows, mem, count)
    write_section(args.out, "load", body)
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
