"""The OpenAPI 3.1 description is valid and describes what the server really answers."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient
from openapi_spec_validator import OpenAPIV31SpecValidator
from servers import SEED_HTML, validate_annotation, validate_error

from server.openapi import openapi_document


@pytest.fixture
def document(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/v1/openapi.json")
    assert response.status_code == 200
    body: dict[str, Any] = response.get_json()
    return body


def test_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.1.")
    OpenAPIV31SpecValidator(document).validate()
    assert document == openapi_document()


def test_every_route_is_described(client: FlaskClient, document: dict[str, Any]) -> None:
    app = client.application
    routes = {
        rule.rule: sorted(rule.methods - {"HEAD", "OPTIONS"})  # type: ignore[operator]
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static"
    }
    described = {path: sorted(m.upper() for m in ops) for path, ops in document["paths"].items()}
    assert routes == described


def test_seed_answer_matches_the_annotation_schema(client: FlaskClient) -> None:
    response = client.post("/v1/annotate", json={"html": SEED_HTML, "url": "https://x.example/"})
    assert response.status_code == 200
    validate_annotation(response.get_json())


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("POST", "/v1/annotate", {"data": b"{", "content_type": "application/json"}, 400),
        ("POST", "/v1/annotate", {"data": b"{}", "content_type": "text/plain"}, 415),
        ("POST", "/v1/annotate", {"json": {"html": "<p>short</p>"}}, 422),
        ("GET", "/v1/annotate", {}, 405),
        ("GET", "/missing", {}, 404),
    ],
)
def test_error_answers_match_the_error_schema_and_are_documented(
    client: FlaskClient,
    document: dict[str, Any],
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
) -> None:
    response = client.open(path, method=method, **kwargs)
    assert response.status_code == status
    validate_error(response.get_json())
    if path in document["paths"] and method.lower() in document["paths"][path]:
        assert str(status) in document["paths"][path][method.lower()]["responses"]
