"""Settings: defaults, then a mapping given to `create_app`, then `SOURCELIGHT_*` variables."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any
from urllib.parse import urlsplit

ENV_PREFIX = "SOURCELIGHT_"


class ConfigError(ValueError):
    """A setting has a value that cannot be used."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting, with its default. Each is documented in README.md and .env.example."""

    #: Largest request body accepted, in bytes (413 above it).
    max_body_bytes: int = 5 * 1024 * 1024
    #: Time allowed for one page's extraction and analysis, in seconds (504 past it).
    budget_seconds: float = 10.0
    #: Run each analysis in a child process that can be killed at the budget ("process"),
    #: or inline with no hard bound ("inline", for debugging only).
    isolation: str = "process"
    #: Extra CORS origins allowed besides browser-extension origins (comma-separated).
    cors_origins: tuple[str, ...] = ()
    #: When set, requests must carry `Authorization: Bearer <token>`.
    token: str | None = None
    #: Pages remembered by the in-process cache (0 turns it off).
    cache_size: int = 256
    #: Optional Redis URL for a cache shared by several servers.
    redis_url: str | None = None
    #: How long Redis keeps an answer, in seconds.
    redis_ttl_seconds: int = 24 * 3600
    #: Requests per minute per client address; 0 turns rate limiting off.
    rate_limit_per_minute: int = 0
    #: Apply the rate limit to loopback clients too.
    rate_limit_loopback: bool = False
    #: Reverse proxies in front of the server whose X-Forwarded-For is trusted (0: none), so the
    #: rate limit counts readers, not the proxy.
    proxy_count: int = 0
    #: Python logging level of the service's own logger.
    log_level: str = "INFO"


_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_ORIGIN = re.compile(r"^[a-z][a-z0-9+.-]*://[^/\s]+$")


def _coerce(name: str, raw: Any, default: Any) -> Any:
    """One value as the type of its default; the message names the variable, never the value."""
    label = ENV_PREFIX + name.upper()
    if isinstance(raw, str):
        raw = raw.strip()
    if name in ("token", "redis_url"):
        if raw is not None and not isinstance(raw, str):
            raise ConfigError(f"{label} must be a string")
        return raw or None
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        if str(raw).lower() in ("1", "true", "yes", "on"):
            return True
        if str(raw).lower() in ("0", "false", "no", "off", ""):
            return False
        raise ConfigError(f"{label} must be true or false")
    if isinstance(default, int):
        if isinstance(raw, bool | float):
            raise ConfigError(f"{label} must be a whole number")
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise ConfigError(f"{label} must be a whole number") from None
    if isinstance(default, float):
        try:
            value = float(raw)
        except (TypeError, ValueError):
            raise ConfigError(f"{label} must be a number of seconds") from None
        if not math.isfinite(value):
            raise ConfigError(f"{label} must be a finite number")
        return value
    if isinstance(default, tuple):
        items = raw.split(",") if isinstance(raw, str) else list(raw)
        return tuple(str(i).strip() for i in items if str(i).strip())
    return str(raw)


def _validate(settings: Settings) -> None:
    """Refuse values that would make a server misbehave later rather than fail at start."""
    positive = ("max_body_bytes", "budget_seconds", "redis_ttl_seconds")
    for name in positive:
        if getattr(settings, name) <= 0:
            raise ConfigError(f"{ENV_PREFIX}{name.upper()} must be positive")
    for name in ("cache_size", "rate_limit_per_minute", "proxy_count"):
        if getattr(settings, name) < 0:
            raise ConfigError(f"{ENV_PREFIX}{name.upper()} must not be negative")
    if settings.isolation not in ("process", "inline"):
        raise ConfigError(f"{ENV_PREFIX}ISOLATION must be 'process' or 'inline'")
    if settings.log_level.upper() not in _LOG_LEVELS:
        raise ConfigError(f"{ENV_PREFIX}LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}")
    for origin in settings.cors_origins:
        if origin != "*" and not _ORIGIN.match(origin):
            raise ConfigError(
                f"{ENV_PREFIX}CORS_ORIGINS: {origin!r} is not an origin like https://example.org"
            )
    if settings.redis_url and urlsplit(settings.redis_url).scheme not in (
        "redis",
        "rediss",
        "unix",
    ):
        raise ConfigError(f"{ENV_PREFIX}REDIS_URL must start with redis://, rediss:// or unix://")


def load_settings(
    overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Defaults, then `overrides` (lower-case names), then the environment."""
    env = os.environ if environ is None else environ
    settings = Settings()
    known = {f.name: getattr(settings, f.name) for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in (overrides or {}).items():
        name = key.lower()
        if name not in known:
            raise ConfigError(f"unknown setting {key!r}")
        values[name] = _coerce(name, value, known[name])
    for name, default in known.items():
        raw = env.get(ENV_PREFIX + name.upper())
        if raw is not None:
            values[name] = _coerce(name, raw, default)
    settings = replace(settings, **values)
    _validate(settings)
    return settings
