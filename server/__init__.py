"""Sourcelight's backend: a Flask service that finds the quotes, speakers and sources of news."""

from server.app import create_app

__all__ = ["create_app"]
__version__ = "0.1.0"
