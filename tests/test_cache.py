"""The caches: in-process LRU, Redis (a real redis-server), and the tier of both."""

from __future__ import annotations

import pytest
from servers import Process, free_port

from server.cache import LruCache, NoCache, RedisCache, TieredCache, cache_key
from server.config import ConfigError


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("<p>x</p>", None, None), ("<p>y</p>", None, None)),
        (("<p>x</p>", "https://a", None), ("<p>x</p>", "https://b", None)),
        (("<p>x</p>", None, "t1"), ("<p>x</p>", None, "t2")),
        (("<p>x</p>", "ab", None), ("<p>x</p>", "a", "b")),  # parts are separated
    ],
)
def test_key_depends_on_every_part(
    a: tuple[str, str | None, str | None], b: tuple[str, str | None, str | None]
) -> None:
    assert cache_key(*a) != cache_key(*b)
    assert cache_key(*a) == cache_key(*a)


def test_key_never_contains_the_page() -> None:
    key = cache_key("<p>private words</p>", "https://private.example", "private title")
    assert "private" not in key and key.startswith("sourcelight:v1:")
    assert cache_key("\ud800", None, None)  # lone surrogates do not break hashing


def test_lru_evicts_least_recently_used() -> None:
    cache = LruCache(2)
    cache.set("a", b"1")
    cache.set("b", b"2")
    assert cache.get("a") == b"1"  # a is now the most recent
    cache.set("c", b"3")
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (b"1", None, b"3")


def test_no_cache_remembers_nothing() -> None:
    cache = NoCache()
    cache.set("a", b"1")
    assert cache.get("a") is None


def test_redis_cache_against_a_real_server(redis_server) -> None:  # type: ignore[no-untyped-def]
    server: Process = redis_server()
    cache = RedisCache(f"redis://127.0.0.1:{server.port}/0", ttl_seconds=60)
    assert cache.get("k") is None
    cache.set("k", b"value")
    assert cache.get("k") == b"value"
    other = RedisCache(f"redis://127.0.0.1:{server.port}/0")
    assert other.get("k") == b"value"  # shared between clients


def test_redis_down_degrades_to_no_cache(redis_server) -> None:  # type: ignore[no-untyped-def]
    server: Process = redis_server()
    cache = RedisCache(f"redis://127.0.0.1:{server.port}/0", retry_seconds=0.0)
    cache.set("k", b"value")
    server.stop()
    assert cache.get("k") is None  # no exception
    cache.set("k2", b"value")


def test_redis_never_reachable_backs_off() -> None:
    cache = RedisCache(f"redis://127.0.0.1:{free_port()}/0", retry_seconds=60)
    assert cache.get("k") is None
    assert not cache._available()  # the next requests skip Redis for a while
    assert cache.get("k") is None


def test_bad_redis_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        RedisCache("redis://127.0.0.1:notaport/0").get("k")


def test_tiered_cache_fills_the_local_tier() -> None:
    local, shared = LruCache(4), LruCache(4)
    shared.set("k", b"v")
    tiered = TieredCache(local, shared)
    assert tiered.get("k") == b"v"
    assert local.get("k") == b"v"
    tiered.set("k2", b"w")
    assert (local.get("k2"), shared.get("k2")) == (b"w", b"w")
