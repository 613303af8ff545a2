"""Settings: defaults, then a mapping given to `create_app`, then `SOURCELIGHT_*` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

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
    #: Requests per minute per client address; 0 turns rate limiting off.
    rate_limit_per_minute: int = 0
    #: Apply the rate limit to loopback clients too.
    rate_limit_loopback: bool = False
    #: Python logging level of the service's own logger.
    log_level: str = "INFO"


def _coerce(name: str, raw: Any, default: Any) -> Any:
    if isinstance(raw, str):
        raw = raw.strip()
    try:
        if name in ("token", "redis_url"):
            return raw or None
        if isinstance(default, bool):
            if isinstance(raw, bool):
                return raw
            if str(raw).lower() in ("1", "true", "yes", "on"):
                return True
            if str(raw).lower() in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, tuple):
            items = raw.split(",") if isinstance(raw, str) else list(raw)
            return tuple(i.strip() for i in items if i.strip())
        return str(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{ENV_PREFIX}{name.upper()} has an invalid value") from exc


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
    if settings.max_body_bytes <= 0 or settings.budget_seconds <= 0:
        raise ConfigError("max_body_bytes and budget_seconds must be positive")
    if settings.isolation not in ("process", "inline"):
        raise ConfigError("isolation must be 'process' or 'inline'")
    return settings
