"""Over every corpus page: every span of the answer is exact and in bounds; only NoArticle fails.

Runs the pipeline in-process (no child, no HTTP) for speed. Skips when the corpus is absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from server.errors import NoArticle
from server.pipeline import annotate_json

pytestmark = pytest.mark.corpus

MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a \n"


def _spans(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object with integer start and end, wherever it sits in the answer."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            yield path, node
        for key, value in node.items():
            yield from _spans(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _spans(value, f"{path}[{index}]")


def _is_quote(where: str) -> bool:
    return where.startswith(".quotes[") and where.endswith("]") and where.count(".") == 1


def _pages(corpus: Path) -> list[Path]:
    return sorted((corpus / "pages").rglob("*.html")) + sorted((corpus / "ggt-dev").glob("*.html"))


def test_every_span_is_exact_on_every_corpus_page(corpus: Path) -> None:
    pages = _pages(corpus)
    assert len(pages) > 150, f"expected the whole corpus under {corpus}"
    problems: list[str] = []
    answered = 0
    for page in pages:
        html = page.read_bytes().decode("utf-8", errors="replace")
        try:
            answer = annotate_json(html, url=f"https://corpus.example/{page.stem}")
        except NoArticle:
            continue
        answered += 1
        text = answer["article"]["text"]
        for where, span in _spans(answer):
            start, end = span["start"], span["end"]
            if not 0 <= start <= end <= len(text):
                problems.append(f"{page.name}{where}: bounds {start}..{end} of {len(text)}")
            elif _is_quote(where):
                continue  # a quote's `text` is its content without the marks; checked below
            elif "text" in span and text[start:end] != span["text"]:
                problems.append(f"{page.name}{where}: {span['text'][:40]!r} != text[start:end]")
        for quote in answer["quotes"]:
            covered = text[quote["start"] : quote["end"]]
            if quote["anchor"]["exact"] != covered:
                problems.append(f"{page.name}: quote {quote['id']} anchor.exact differs")
            said = " ".join(text[s["start"] : s["end"]].strip(MARKS) for s in quote["segments"])
            if quote["text"].split() != said.split():
                problems.append(f"{page.name}: quote {quote['id']} text is not its segments")
            for segment in quote["segments"]:
                if not quote["start"] <= segment["start"] <= segment["end"] <= quote["end"]:
                    problems.append(f"{page.name}: quote {quote['id']} segment out of the quote")
    assert answered >= 0.9 * len(pages), f"only {answered} of {len(pages)} pages had an article"
    assert not problems, "\n".join(problems[:40])
