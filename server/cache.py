"""Answers for pages already seen, keyed on a hash of the request (never on the page's text)."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from typing import Protocol

from server.config import ConfigError

log = logging.getLogger("sourcelight")


def cache_key(html: str, url: str | None, title: str | None) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for part in (html, url or "", title or ""):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return "sourcelight:v1:" + digest.hexdigest()


class Cache(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def set(self, key: str, value: bytes) -> None: ...


class NoCache:
    def get(self, key: str) -> bytes | None:
        return None

    def set(self, key: str, value: bytes) -> None:
        return None


class LruCache:
    """In-process least-recently-used cache of serialized answers."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def set(self, key: str, value: bytes) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


class RedisCache:
    """A cache shared by several servers; a Redis outage degrades to no caching, never to an error.

    After a failure Redis is left alone for `retry_seconds`, so an unreachable Redis costs one
    short timeout now and then rather than two on every request.
    """

    def __init__(self, url: str, ttl_seconds: int = 24 * 3600, retry_seconds: float = 5.0) -> None:
        try:
            import redis  # optional dependency: only when SOURCELIGHT_REDIS_URL is set
        except ImportError:  # pragma: no cover - depends on the installation
            raise ConfigError(
                "SOURCELIGHT_REDIS_URL is set but the redis package is not installed "
                "(pip install 'sourcelight[redis]')"
            ) from None
        try:
            self._client = redis.Redis.from_url(
                url, socket_timeout=0.5, socket_connect_timeout=0.5, health_check_interval=30
            )
        except ValueError:
            raise ConfigError("SOURCELIGHT_REDIS_URL is not a valid Redis URL") from None
        self._ttl = ttl_seconds
        self._retry = retry_seconds
        self._down_until = 0.0

    def _available(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, operation: str, exc: Exception) -> None:
        self._down_until = time.monotonic() + self._retry
        log.warning(
            "redis %s failed (%s); retrying in %.0f s", operation, type(exc).__name__, self._retry
        )

    def get(self, key: str) -> bytes | None:
        if not self._available():
            return None
        try:
            value = self._client.get(key)
        except Exception as exc:  # a cache must never fail a request
            self._failed("get", exc)
            return None
        return value if isinstance(value, bytes) else None

    def set(self, key: str, value: bytes) -> None:
        if not self._available():
            return
        try:
            self._client.set(key, value, ex=self._ttl)
        except Exception as exc:
            self._failed("set", exc)


class TieredCache:
    """The local LRU in front of a shared cache."""

    def __init__(self, local: Cache, shared: Cache) -> None:
        self._local, self._shared = local, shared

    def get(self, key: str) -> bytes | None:
        value = self._local.get(key)
        if value is None:
            value = self._shared.get(key)
            if value is not None:
                self._local.set(key, value)
        return value

    def set(self, key: str, value: bytes) -> None:
        self._local.set(key, value)
        self._shared.set(key, value)
