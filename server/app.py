"""The application factory and the per-app services (runner, cache, rate limiter)."""

from __future__ import annotations

import ipaddress
import logging
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import Flask, Response, g, request
from flask_cors import CORS

from server import errors
from server.api import bp
from server.cache import Cache, LruCache, NoCache, RedisCache, TieredCache
from server.config import Settings, load_settings
from server.pipeline import annotate_json
from server.runner import InlineRunner, IsolatedRunner, Job

log = logging.getLogger("sourcelight")

#: Browser-extension origins: Chrome's fixed id, Firefox's random per-install UUID.
EXTENSION_ORIGINS = [
    re.compile(r"^chrome-extension://[a-p]{32}$"),
    re.compile(r"^moz-extension://[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]


def run_job(job: Job) -> dict[str, Any]:
    return annotate_json(job.html, url=job.url, title=job.title)


class RateLimiter:
    """Fixed one-minute windows per client address."""

    def __init__(self, per_minute: int, include_loopback: bool) -> None:
        self._limit = per_minute
        self._loopback = include_loopback
        self._windows: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()

    def check(self, address: str | None) -> None:
        if self._limit <= 0 or not address:
            return
        try:
            if not self._loopback and ipaddress.ip_address(address).is_loopback:
                return
        except ValueError:
            pass
        window = int(time.monotonic() // 60)
        with self._lock:
            if len(self._windows) > 10_000:
                self._windows = {k: v for k, v in self._windows.items() if v[0] == window}
            start, count = self._windows.get(address, (window, 0))
            count = count + 1 if start == window else 1
            self._windows[address] = (window, count)
        if count > self._limit:
            raise errors.RateLimited()


@dataclass(slots=True)
class Services:
    settings: Settings
    runner: IsolatedRunner | InlineRunner
    cache: Cache
    limiter: RateLimiter


def _make_cache(settings: Settings) -> Cache:
    local: Cache = LruCache(settings.cache_size) if settings.cache_size > 0 else NoCache()
    if settings.redis_url:
        return TieredCache(local, RedisCache(settings.redis_url))
    return local


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Make the app: settings from defaults, then `test_config`, then `SOURCELIGHT_*` variables."""
    settings = load_settings(test_config)
    app = Flask("server")
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    logging.getLogger("sourcelight").setLevel(settings.log_level.upper())
    runner: IsolatedRunner | InlineRunner = (
        IsolatedRunner(run_job, settings.budget_seconds)
        if settings.isolation == "process"
        else InlineRunner(run_job)
    )
    app.extensions["sourcelight"] = Services(
        settings=settings,
        runner=runner,
        cache=_make_cache(settings),
        limiter=RateLimiter(settings.rate_limit_per_minute, settings.rate_limit_loopback),
    )
    CORS(
        app,
        origins=[*EXTENSION_ORIGINS, *settings.cors_origins],
        allow_headers=["Content-Type", "Authorization"],
        methods=["GET", "POST", "OPTIONS"],
        max_age=600,
    )
    errors.register_error_handlers(app)
    app.register_blueprint(bp)

    @app.before_request
    def _start() -> None:
        g.started = time.perf_counter()
        if request.endpoint == "api.annotate":
            app.extensions["sourcelight"].limiter.check(request.remote_addr)
            length = request.content_length
            if length is not None and length > settings.max_body_bytes:
                raise errors.PayloadTooLarge()

    @app.after_request
    def _log(response: Response) -> Response:
        # Method, path, status, size and time only: never the page, its URL or its title.
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        log.info(
            "%s %s %s %sB %.1fms%s",
            request.method,
            request.path,
            response.status_code,
            response.calculate_content_length() or 0,
            elapsed,
            f" cache={g.cache}" if "cache" in g else "",
        )
        if "cache" in g:
            response.headers["X-Sourcelight-Cache"] = g.cache
        return response

    return app
