"""Settings: defaults, then the mapping, then SOURCELIGHT_* variables; bad values fail loudly."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from server.config import ConfigError, Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
FIELDS = [f.name for f in fields(Settings)]


def _readme_section(name: str) -> str:
    text = (ROOT / "README.md").read_text("utf-8")
    match = re.search(rf"<!-- section:{name} -->(.*?)<!-- /section:{name} -->", text, re.S)
    assert match, f"README.md has no section {name}"
    return match.group(1)


@pytest.mark.parametrize("name", FIELDS)
def test_every_setting_is_documented(name: str) -> None:
    variable = "SOURCELIGHT_" + name.upper()
    assert f"`{variable}`" in _readme_section("settings")
    assert re.search(rf"^#?\s*{variable}=", (ROOT / ".env.example").read_text("utf-8"), re.M)


def test_env_example_defaults_load_to_the_defaults() -> None:
    environ = {}
    for line in (ROOT / ".env.example").read_text("utf-8").splitlines():
        if line.startswith("SOURCELIGHT_") and "=" in line:
            key, _, value = line.partition("=")
            environ[key] = value
    assert load_settings(environ=environ) == Settings()


ENV_CASES = [
    ("SOURCELIGHT_MAX_BODY_BYTES", "1024", "max_body_bytes", 1024),
    ("SOURCELIGHT_BUDGET_SECONDS", "2.5", "budget_seconds", 2.5),
    ("SOURCELIGHT_ISOLATION", "inline", "isolation", "inline"),
    (
        "SOURCELIGHT_CORS_ORIGINS",
        " https://a.example , https://b.example,",
        "cors_origins",
        ("https://a.example", "https://b.example"),
    ),
    ("SOURCELIGHT_TOKEN", "t0ken", "token", "t0ken"),
    ("SOURCELIGHT_TOKEN", "", "token", None),
    ("SOURCELIGHT_CACHE_SIZE", "0", "cache_size", 0),
    ("SOURCELIGHT_REDIS_URL", "redis://127.0.0.1:6390/1", "redis_url", "redis://127.0.0.1:6390/1"),
    ("SOURCELIGHT_REDIS_TTL_SECONDS", "60", "redis_ttl_seconds", 60),
    ("SOURCELIGHT_RATE_LIMIT_PER_MINUTE", "30", "rate_limit_per_minute", 30),
    ("SOURCELIGHT_RATE_LIMIT_LOOPBACK", "yes", "rate_limit_loopback", True),
    ("SOURCELIGHT_RATE_LIMIT_LOOPBACK", "0", "rate_limit_loopback", False),
    ("SOURCELIGHT_PROXY_COUNT", "1", "proxy_count", 1),
    ("SOURCELIGHT_LOG_LEVEL", "debug", "log_level", "debug"),
]


def test_every_setting_has_an_environment_case() -> None:
    assert {case[2] for case in ENV_CASES} == set(FIELDS)


@pytest.mark.parametrize(("variable", "raw", "name", "value"), ENV_CASES)
def test_environment_sets_each_field(variable: str, raw: str, name: str, value: object) -> None:
    assert getattr(load_settings(environ={variable: raw}), name) == value


def test_order_defaults_then_mapping_then_environment() -> None:
    assert load_settings(environ={}).cache_size == 256
    assert load_settings({"cache_size": 5}, environ={}).cache_size == 5
    assert load_settings({"cache_size": 5}, environ={"SOURCELIGHT_CACHE_SIZE": "7"}).cache_size == 7


BAD = [
    ({"SOURCELIGHT_MAX_BODY_BYTES": "lots"}, "SOURCELIGHT_MAX_BODY_BYTES must be a whole number"),
    ({"SOURCELIGHT_MAX_BODY_BYTES": "1.5"}, "SOURCELIGHT_MAX_BODY_BYTES must be a whole number"),
    ({"SOURCELIGHT_MAX_BODY_BYTES": "0"}, "SOURCELIGHT_MAX_BODY_BYTES must be positive"),
    ({"SOURCELIGHT_BUDGET_SECONDS": "soon"}, "SOURCELIGHT_BUDGET_SECONDS must be a number"),
    ({"SOURCELIGHT_BUDGET_SECONDS": "-1"}, "SOURCELIGHT_BUDGET_SECONDS must be positive"),
    ({"SOURCELIGHT_BUDGET_SECONDS": "nan"}, "SOURCELIGHT_BUDGET_SECONDS must be a finite"),
    ({"SOURCELIGHT_BUDGET_SECONDS": "inf"}, "SOURCELIGHT_BUDGET_SECONDS must be a finite"),
    ({"SOURCELIGHT_ISOLATION": "thread"}, "SOURCELIGHT_ISOLATION must be 'process' or 'inline'"),
    ({"SOURCELIGHT_CACHE_SIZE": "-1"}, "SOURCELIGHT_CACHE_SIZE must not be negative"),
    ({"SOURCELIGHT_RATE_LIMIT_PER_MINUTE": "-5"}, "SOURCELIGHT_RATE_LIMIT_PER_MINUTE must not be"),
    ({"SOURCELIGHT_RATE_LIMIT_LOOPBACK": "maybe"}, "SOURCELIGHT_RATE_LIMIT_LOOPBACK must be true"),
    ({"SOURCELIGHT_PROXY_COUNT": "-1"}, "SOURCELIGHT_PROXY_COUNT must not be negative"),
    ({"SOURCELIGHT_LOG_LEVEL": "LOUD"}, "SOURCELIGHT_LOG_LEVEL must be one of"),
    ({"SOURCELIGHT_REDIS_URL": "http://127.0.0.1:6379"}, "SOURCELIGHT_REDIS_URL must start with"),
    ({"SOURCELIGHT_REDIS_TTL_SECONDS": "0"}, "SOURCELIGHT_REDIS_TTL_SECONDS must be positive"),
    ({"SOURCELIGHT_CORS_ORIGINS": "example.org"}, "is not an origin"),
    ({"SOURCELIGHT_CORS_ORIGINS": "https://a.example/path"}, "is not an origin"),
]


@pytest.mark.parametrize(("environ", "message"), BAD)
def test_bad_values_raise_config_error(environ: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(environ=environ)


def test_error_message_never_echoes_the_value() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(environ={"SOURCELIGHT_CACHE_SIZE": "secret-looking-value"})
    assert "secret-looking-value" not in str(info.value)


@pytest.mark.parametrize(
    "overrides", [{"no_such_setting": 1}, {"cache_size": "many"}, {"token": 5}, {"cache_size": 1.5}]
)
def test_bad_overrides_raise_config_error(overrides: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        load_settings(overrides, environ={})


def test_create_app_refuses_bad_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from server import create_app

    monkeypatch.setenv("SOURCELIGHT_BUDGET_SECONDS", "never")
    with pytest.raises(ConfigError):
        create_app()
