"""The OpenAPI 3.1 description of the service (validated in tests/test_openapi.py)."""

from __future__ import annotations

from functools import cache
from typing import Any, get_args

from server.errors import ERROR_CODES
from server.pipeline.model import AttributionKind
from server.pipeline.s7_response import VERSION

_NULLABLE_STRING = {"type": ["string", "null"]}
_OFFSET = {"type": "integer", "minimum": 0}


def _obj(
    properties: dict[str, Any], required: list[str] | None = None, **extra: Any
) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
        **extra,
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _error_response(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref("Error")}}}


_SCHEMAS: dict[str, Any] = {
    "AnnotateRequest": _obj(
        {
            "html": {"type": "string", "minLength": 1, "description": "The page's HTML."},
            "url": {"type": "string", "description": "The page's address (never fetched)."},
            "title": {"type": "string", "description": "The live document.title."},
        },
        required=["html"],
    ),
    "Span": _obj({"start": _OFFSET, "end": _OFFSET}),
    "TextSpan": _obj({"text": {"type": "string"}, "start": _OFFSET, "end": _OFFSET}),
    "Anchor": _obj(
        {"exact": {"type": "string"}, "prefix": {"type": "string"}, "suffix": {"type": "string"}},
        description="W3C Web Annotation TextQuoteSelector (32 characters of prefix and suffix).",
    ),
    "Block": _obj(
        {
            "id": {"type": "string"},
            "kind": {
                "type": "string",
                "enum": [
                    "title",
                    "heading",
                    "paragraph",
                    "blockquote",
                    "list_item",
                    "table_cell",
                    "code",
                ],
            },
            "start": _OFFSET,
            "end": _OFFSET,
        }
    ),
    "Link": _obj(
        {"href": {"type": "string"}, "text": {"type": "string"}, "start": _OFFSET, "end": _OFFSET}
    ),
    "Article": _obj(
        {
            "title": _NULLABLE_STRING,
            "author": _NULLABLE_STRING,
            "date": {**_NULLABLE_STRING, "description": "ISO 8601 date, or null."},
            "site_name": _NULLABLE_STRING,
            "url": _NULLABLE_STRING,
            "language": _NULLABLE_STRING,
            "text": {
                "type": "string",
                "description": (
                    "The one canonical article text; blocks are separated by a blank line and "
                    "the headline, when known, is the first block (kind `title`). Offsets "
                    "everywhere count Unicode code points of this text."
                ),
            },
            "blocks": {"type": "array", "items": _ref("Block")},
            "links": {"type": "array", "items": _ref("Link")},
            "word_count": {"type": "integer", "minimum": 0},
        }
    ),
    "Speaker": _obj(
        {
            "name": _NULLABLE_STRING,
            "source_id": _NULLABLE_STRING,
            "mention": {"oneOf": [_ref("TextSpan"), {"type": "null"}]},
            "resolution": {
                "type": "string",
                "enum": ["explicit", "pronoun", "description", "continuation", "none"],
            },
        }
    ),
    "Quote": _obj(
        {
            "id": {"type": "string"},
            "kind": {"type": "string", "enum": ["direct", "partial", "block", "headline", "term"]},
            "text": {"type": "string"},
            "start": _OFFSET,
            "end": _OFFSET,
            "segments": {"type": "array", "items": _ref("Span")},
            "speaker": _ref("Speaker"),
            "cue": {"oneOf": [_ref("TextSpan"), {"type": "null"}]},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "anchor": _ref("Anchor"),
        }
    ),
    "Attribution": _obj(
        {
            "id": {"type": "string"},
            "source_id": {"type": "string"},
            "kind": {"type": "string", "enum": list(get_args(AttributionKind))},
            "cue": _ref("TextSpan"),
            "claim": _ref("Span"),
            "anchor": _ref("Anchor"),
        }
    ),
    "Source": _obj(
        {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "kind": {
                "type": "string",
                "enum": [
                    "person",
                    "organization",
                    "outlet",
                    "document",
                    "social_post",
                    "unnamed",
                    "unspecified",
                ],
            },
            "named": {"type": "boolean"},
            "role": _NULLABLE_STRING,
            "aliases": {"type": "array", "items": {"type": "string"}},
            "mentions": {"type": "array", "items": _ref("Span")},
            "quote_ids": {"type": "array", "items": {"type": "string"}},
            "attribution_ids": {"type": "array", "items": {"type": "string"}},
            "via": _NULLABLE_STRING,
            "links": {"type": "array", "items": {"type": "string"}},
            "note": {"type": "string"},
        }
    ),
    "Note": _obj(
        {
            "id": {"type": "string"},
            "kind": {"type": "string"},
            "level": {"type": "string", "enum": ["info", "caution"]},
            "message": {"type": "string"},
            "refs": {"type": "array", "items": {"type": "string"}},
        }
    ),
    "Annotation": _obj(
        {
            "version": {"type": "string", "const": VERSION},
            "article": _ref("Article"),
            "quotes": {"type": "array", "items": _ref("Quote")},
            "attributions": {"type": "array", "items": _ref("Attribution")},
            "sources": {"type": "array", "items": _ref("Source")},
            "notes": {"type": "array", "items": _ref("Note")},
            "summary": {"type": "object", "additionalProperties": True},
            "timing_ms": _obj(
                {
                    "extract": {"type": "number"},
                    "analyze": {"type": "number"},
                    "total": {"type": "number"},
                }
            ),
        }
    ),
    "Error": _obj(
        {
            "error": _obj(
                {
                    "code": {
                        "type": "string",
                        "description": "Stable machine code; clients switch on it.",
                        "examples": list(ERROR_CODES),
                    },
                    "message": {"type": "string"},
                }
            )
        }
    ),
    "Status": _obj({"status": {"type": "string"}}, additionalProperties=True),
}


@cache
def openapi_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Sourcelight",
            "version": VERSION,
            "description": (
                "Finds the quotes, speakers and sources of a news article from its HTML. "
                "The server never fetches URLs and never stores or logs page content."
            ),
        },
        "servers": [{"url": "http://127.0.0.1:8000"}],
        "components": {
            "schemas": _SCHEMAS,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "paths": {
            "/v1/annotate": {
                "post": {
                    "operationId": "annotate",
                    "summary": "Annotate one page",
                    "security": [{}, {"bearer": []}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _ref("AnnotateRequest")}},
                    },
                    "responses": {
                        "200": {
                            "description": "The article and its quotes, sources and notes.",
                            "headers": {
                                "X-Sourcelight-Cache": {
                                    "description": "`hit` when answered from the cache.",
                                    "schema": {"type": "string", "enum": ["hit", "miss"]},
                                }
                            },
                            "content": {"application/json": {"schema": _ref("Annotation")}},
                        },
                        "400": _error_response(
                            "Malformed JSON, `html` missing or empty, or a field of the wrong type."
                        ),
                        "401": _error_response("A token is configured and the request lacks it."),
                        "413": _error_response("The body is larger than the configured limit."),
                        "415": _error_response("The body is not sent as application/json."),
                        "422": _error_response("The page has no article (`no_article`)."),
                        "429": _error_response("Too many requests from this address."),
                        "500": _error_response(
                            "The page could not be analysed (`analysis_failed`)."
                        ),
                        "504": _error_response(
                            "The page took longer than the time budget (`timeout`)."
                        ),
                    },
                }
            },
            "/healthz": {
                "get": {
                    "operationId": "healthz",
                    "summary": "Liveness: answers without doing any work",
                    "responses": {
                        "200": {
                            "description": "Alive",
                            "content": {"application/json": {"schema": _ref("Status")}},
                        }
                    },
                }
            },
            "/readyz": {
                "get": {
                    "operationId": "readyz",
                    "summary": "Readiness: runs a tiny extraction",
                    "responses": {
                        "200": {
                            "description": "Ready",
                            "content": {"application/json": {"schema": _ref("Status")}},
                        },
                        "503": _error_response("The pipeline does not work."),
                    },
                }
            },
            "/v1/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This description",
                    "responses": {
                        "200": {
                            "description": "OpenAPI 3.1",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            },
        },
    }
