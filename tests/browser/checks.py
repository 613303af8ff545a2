"""Checks shared by the browser tests and the anchoring benchmark: what a highlight may cover."""

from __future__ import annotations

import csv
import difflib
import re
from pathlib import Path
from typing import Any

FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": "'",
        "\u203a": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)
SPACES = re.compile(r"\s+")
#: The extension accepts an approximate match with at most one error in eight characters.
MAX_ERROR_RATE = 1 / 8


def normalize(text: str) -> str:
    """The same folding as extension/src/anchoring.js: quotes, dashes, whitespace."""
    return SPACES.sub(" ", text.translate(FOLD)).strip()


def quote_texts(answer: dict[str, Any]) -> list[str]:
    """Every text a highlight may legitimately show: each quote whole, and each of its segments."""
    text = answer["article"]["text"]
    out = []
    for q in answer.get("quotes", []):
        out.append(normalize(q["anchor"]["exact"]))
        for s in q.get("segments", []):
            out.append(normalize(text[s["start"] : s["end"]]))
    return out


def claim_texts(answer: dict[str, Any]) -> list[str]:
    """Every text the reported-speech highlight may show: each attribution's claim."""
    return [normalize(a["anchor"]["exact"]) for a in answer.get("attributions", [])]


def highlight_is_right(shown: str, allowed: list[str]) -> bool:
    """A highlight is right when its text is a quote (or a segment of one), up to the error rate
    the extension's approximate matching accepts; anything else landed on other text."""
    got = normalize(shown)
    if not got:
        return False
    if got in allowed:
        return True
    for want in allowed:
        if abs(len(want) - len(got)) > max(len(want), len(got)) * MAX_ERROR_RATE:
            continue
        matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
        if matcher.ratio() >= 1 - MAX_ERROR_RATE:
            return True
    return False


def corpus_pages(corpus: Path) -> list[dict[str, str]]:
    index = corpus / "pages" / "INDEX.tsv"
    with index.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def sample_pages(corpus: Path, per_source: int = 2) -> list[str]:
    """A spread over the corpus: the pages with most attributed quotes from each source folder."""
    rows = corpus_pages(corpus)
    chosen: list[str] = []
    for source in sorted({r["source"] for r in rows}):
        mine = [r for r in rows if r["source"] == source]
        mine.sort(key=lambda r: (-int(r["n_attributed_quotes"] or 0), r["path"]))
        chosen.extend(r["path"] for r in mine[:per_source])
    return chosen
