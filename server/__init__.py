"""Sourcelight's backend: a Flask service finding the quotes, speakers and sources of a news page."""

from server.app import create_app

__all__ = ["create_app"]
__version__ = "0.1.0"
