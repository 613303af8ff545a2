"""The application factory and the per-app services (runner, cache, rate limiter)."""

from __future__ import annotations

import ipaddress
import logging
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from flask import Flask, Response, g, request
from flask_cors import CORS
from werkzeug.middleware.proxy_fix import ProxyFix

from server import errors
from server.api import READY_PAGE, bp
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


#: Libraries that log page content (trafilatura logs the URL of a page it discards).
CONTENT_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


def silence_content_loggers() -> None:
    """Stop libraries' log records at their own logger, whatever handlers the host process set."""
    for name in CONTENT_LOGGERS:
        logger = logging.getLogger(name)
        logger.propagate = False
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def run_job(job: Job) -> dict[str, Any]:
    return annotate_json(job.html, url=job.url, title=job.title)


@cache
def _warm_pipeline() -> None:
    """Compile the pipeline's patterns and load its data once, in this process: every pipeline
    child forked from it then starts warm, instead of paying for that inside a request's time
    budget (the first page after a child is replaced took about 90 ms more)."""
    annotate_json(READY_PAGE)


class RateLimiter:
    """Fixed one-minute windows per client address, in bounded memory.

    Only the current window is kept (it is cleared when the minute turns), and at most
    `max_tracked` addresses: past that the oldest entries are dropped, so a flood of distinct
    addresses cannot grow the table without bound.
    """

    def __init__(self, per_minute: int, include_loopback: bool, max_tracked: int = 100_000) -> None:
        self._limit = per_minute
        self._loopback = include_loopback
        self._max_tracked = max_tracked
        self._window = -1
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._counts)

    def check(self, address: str | None, now: float | None = None) -> None:
        if self._limit <= 0 or not address:
            return
        try:
            if not self._loopback and ipaddress.ip_address(address).is_loopback:
                return
        except ValueError:
            pass
        now = time.monotonic() if now is None else now
        window = int(now // 60)
        with self._lock:
            if window != self._window:
                self._window, self._counts = window, {}
            count = self._counts.pop(address, 0) + 1
            self._counts[address] = count  # re-inserted: dict order is recency
            while len(self._counts) > self._max_tracked:
                del self._counts[next(iter(self._counts))]
        if count > self._limit:
            raise errors.RateLimited(retry_after=60 - int(now % 60))


@dataclass(slots=True)
class Services:
    settings: Settings
    runner: IsolatedRunner | InlineRunner
    cache: Cache
    limiter: RateLimiter


def _make_cache(settings: Settings) -> Cache:
    local: Cache = LruCache(settings.cache_size) if settings.cache_size > 0 else NoCache()
    if settings.redis_url:
        return TieredCache(local, RedisCache(settings.redis_url, settings.redis_ttl_seconds))
    return local


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Make the app: settings from defaults, then `test_config`, then `SOURCELIGHT_*` variables."""
    settings = load_settings(test_config)
    silence_content_loggers()
    app = Flask("server")
    if settings.proxy_count:
        # Behind N trusted proxies the client is the Nth address from the end of X-Forwarded-For.
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=settings.proxy_count, x_proto=settings.proxy_count
        )
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    logging.getLogger("sourcelight").setLevel(settings.log_level.upper())
    if settings.isolation == "process":
        _warm_pipeline()
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
        # A CORS preflight carries no body and no token: flask-cors answers it, uncounted.
        if request.endpoint == "api.annotate" and request.method != "OPTIONS":
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
