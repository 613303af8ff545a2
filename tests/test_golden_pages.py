"""Golden pages, Mozilla Readability style: `fixtures/pages/<slug>/source.html` + `expected.json`.

Each expected.json gives the status, the metadata, phrases that must and must not appear in the
article text, the block kinds the article must have and, where it matters, exact links. Every fix
to extraction adds a page here.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from server.errors import SourcelightError
from server.pipeline import annotate_json

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
SLUGS = sorted(p.name for p in PAGES.iterdir() if (p / "expected.json").exists())

#: Known extraction shortcomings (slug -> reason), xfail until s1_extraction is fixed.
KNOWN_GAPS: dict[str, str] = {}


def _load(slug: str) -> tuple[str, dict[str, Any]]:
    folder = PAGES / slug
    return (folder / "source.html").read_text("utf-8"), json.loads(
        (folder / "expected.json").read_text("utf-8")
    )


def _run(slug: str) -> tuple[dict[str, Any], dict[str, Any] | None, str | None]:
    html, expected = _load(slug)
    try:
        return expected, annotate_json(html, url=expected.get("url")), None
    except SourcelightError as exc:
        return expected, None, exc.code


def _gap(slug: str) -> None:
    if slug in KNOWN_GAPS:
        pytest.xfail(KNOWN_GAPS[slug])


def test_there_are_golden_pages() -> None:
    assert "seed-article" in SLUGS
    assert len(SLUGS) >= 5


@pytest.mark.parametrize("slug", SLUGS)
def test_status(slug: str) -> None:
    expected, _, code = _run(slug)
    if expected["status"] == 200:
        assert code is None, f"{slug}: expected an article, got {code}"
    else:
        if code is None:
            _gap(slug)
        assert code == expected["error_code"]


@pytest.mark.parametrize("slug", [s for s in SLUGS if _load(s)[1]["status"] == 200])
def test_metadata(slug: str) -> None:
    expected, answer, _ = _run(slug)
    assert answer is not None
    article = answer["article"]
    for name, value in expected["metadata"].items():
        assert article[name] == value, f"{slug}: {name}"
    assert article["url"] == expected["url"]


@pytest.mark.parametrize("slug", [s for s in SLUGS if _load(s)[1]["status"] == 200])
def test_must_contain_and_must_not_contain(slug: str) -> None:
    expected, answer, _ = _run(slug)
    assert answer is not None
    text = answer["article"]["text"]
    missing = [p for p in expected["must_contain"] if p not in text]
    present = [p for p in expected["must_not_contain"] if p in text]
    assert not missing, f"{slug}: article text lacks {missing}"
    assert not present, f"{slug}: chrome left in the article text: {present}"


@pytest.mark.parametrize("slug", [s for s in SLUGS if _load(s)[1]["status"] == 200])
def test_block_kinds_and_offsets(slug: str) -> None:
    expected, answer, _ = _run(slug)
    assert answer is not None
    article = answer["article"]
    text, blocks = article["text"], article["blocks"]
    assert {b["kind"] for b in blocks} >= set(expected["block_kinds"])
    assert blocks[0]["kind"] == "title"
    assert text[blocks[0]["start"] : blocks[0]["end"]] == expected["metadata"]["title"]
    # Blocks tile the text, separated by one blank line.
    assert blocks[0]["start"] == 0 and blocks[-1]["end"] == len(text)
    for before, after in itertools.pairwise(blocks):
        assert text[before["end"] : after["start"]] == "\n\n"
    for kind, openings in expected.get("blocks_of_kind", {}).items():
        texts = [text[b["start"] : b["end"]] for b in blocks if b["kind"] == kind]
        for opening in openings:
            assert any(t.startswith(opening) for t in texts), f"{slug}: no {kind} {opening!r}"


@pytest.mark.parametrize("slug", [s for s in SLUGS if "links" in _load(s)[1]])
def test_links_exact(slug: str) -> None:
    expected, answer, _ = _run(slug)
    assert answer is not None
    article = answer["article"]
    got = [(link["text"], link["href"]) for link in article["links"]]
    assert got == [(link["text"], link["href"]) for link in expected["links"]]
    for link in article["links"]:
        assert article["text"][link["start"] : link["end"]] == link["text"]


@pytest.mark.parametrize("slug", [s for s in SLUGS if _load(s)[1]["status"] == 200])
def test_headline_appears_once(slug: str) -> None:
    expected, answer, _ = _run(slug)
    assert answer is not None
    assert answer["article"]["text"].count(expected["metadata"]["title"]) == 1
