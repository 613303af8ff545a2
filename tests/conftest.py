"""Shared fixtures: the app from the factory, its test client, the corpus folder when present."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from server import create_app

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = Path(os.environ.get("SOURCELIGHT_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture
def app() -> Iterator[Flask]:
    app = create_app({"cache_size": 0})
    yield app
    app.extensions["sourcelight"].runner.close()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (set SOURCELIGHT_CORPUS)")
    return CORPUS


# Real gunicorn and redis-server on free loopback ports (tests/servers.py), for any test module.
from servers import gunicorn, redis_server  # noqa: E402, F401
