"""Robustness and the span property on the real pages of corpus/pages.

Every page there is a news article with quotations, so any error, `no_article` included, is a
failure. On each answer every span must hold 0 <= start <= end <= len(article.text), and where the
answer states the span's text, `article.text[start:end]` must be exactly that text: links, quote
cues and speaker mentions, attribution cues. A quote's `text` is the quoted words, so it must equal
its span's text with or without the enclosing quotation marks, or, for a quote in several segments,
consist of the segments' texts (marks trimmed) in order, whatever joins them. Segments must lie
inside their quote. Anchors (quotes: the quote's span; attributions: the claim) must hold
`exact == text[start:end]`, with `prefix` ending right before it and `suffix` starting right after.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class PageRow:
    source: str
    name: str
    path: Path
    url: str | None
    has_ground_truth: str

    @property
    def expected_text(self) -> Path:
        return self.path.with_name(f"{self.name}.expected.txt")


def read_index(folder: Path) -> list[PageRow]:
    """The rows of `pages/INDEX.tsv` whose page file exists."""
    rows: list[PageRow] = []
    with (folder / "INDEX.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            path = folder / row["path"]
            if path.is_file():
                rows.append(
                    PageRow(
                        source=row["source"],
                        name=row["name"],
                        path=path,
                        url=row.get("url") or None,
                        has_ground_truth=row.get("has_ground_truth", "no"),
                    )
                )
    return rows


def read_page(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def _bounds(where: str, start: Any, end: Any, length: int) -> Iterator[str]:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length):
        yield f"{where}: span {start}..{end} outside 0..{length}"


def _text_span(where: str, span: dict[str, Any] | None, text: str) -> Iterator[str]:
    if span is None:
        return
    bad = list(_bounds(where, span.get("start"), span.get("end"), len(text)))
    yield from bad
    if not bad and text[span["start"] : span["end"]] != span.get("text"):
        yield f"{where}: stated text differs from article.text[start:end]"


QUOTE_MARKS = "\"“”„«»‘’‚'‹›「」『』"
_TRIM = QUOTE_MARKS + " \n\t"


def _anchor(
    where: str, anchor: dict[str, Any] | None, text: str, start: int, end: int
) -> Iterator[str]:
    if anchor is None:
        return
    if anchor.get("exact") != text[start:end]:
        yield f"{where} anchor: exact differs from article.text[start:end]"
    if not text[:start].endswith(anchor.get("prefix") or ""):
        yield f"{where} anchor: prefix does not end right before the span"
    if not text[end:].startswith(anchor.get("suffix") or ""):
        yield f"{where} anchor: suffix does not start right after the span"


def _quote_text_ok(stated: str, span_text: str, parts: list[str]) -> bool:
    if stated in (span_text, span_text.strip(_TRIM)):
        return True
    trimmed = [p.strip(_TRIM) for p in parts]
    return len(trimmed) > 1 and all(trimmed) and _in_order(stated, trimmed)


def _in_order(whole: str, parts: list[str]) -> bool:
    position = 0
    for part in parts:
        found = whole.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return whole.startswith(parts[0]) and whole.endswith(parts[-1])


def span_violations(answer: dict[str, Any]) -> list[str]:
    """Every way the answer's spans disagree with its article text (empty when they all hold)."""
    text: str = answer["article"]["text"]
    n = len(text)
    out: list[str] = []
    for b in answer["article"].get("blocks", []):
        out += _bounds(f"block {b.get('id')}", b.get("start"), b.get("end"), n)
    for i, link in enumerate(answer["article"].get("links", [])):
        out += _text_span(f"link {i}", link, text)
    for q in answer.get("quotes", []):
        where = f"quote {q.get('id')}"
        bad = list(_bounds(where, q.get("start"), q.get("end"), n))
        out += bad
        segments = q.get("segments") or []
        for s in segments:
            out += _bounds(f"{where} segment", s.get("start"), s.get("end"), n)
            if not bad and not (q["start"] <= s.get("start", -1) <= s.get("end", -1) <= q["end"]):
                out.append(f"{where}: segment {s.get('start')}..{s.get('end')} outside the quote")
        if not bad:
            parts = [text[s["start"] : s["end"]] for s in segments if "start" in s and "end" in s]
            if not _quote_text_ok(q.get("text") or "", text[q["start"] : q["end"]], parts):
                out.append(f"{where}: stated text differs from article.text[start:end]")
            out += _anchor(where, q.get("anchor"), text, q["start"], q["end"])
        out += _text_span(f"{where} speaker mention", (q.get("speaker") or {}).get("mention"), text)
        out += _text_span(f"{where} cue", q.get("cue"), text)
    for a in answer.get("attributions", []):
        where = f"attribution {a.get('id')}"
        out += _text_span(f"{where} cue", a.get("cue"), text)
        claim = a.get("claim") or {}
        bad = list(_bounds(f"{where} claim", claim.get("start"), claim.get("end"), n))
        out += bad
        if not bad:
            out += _anchor(where, a.get("anchor"), text, claim["start"], claim["end"])
    for s in answer.get("sources", []):
        for m in s.get("mentions", []):
            out += _bounds(f"source {s.get('id')} mention", m.get("start"), m.get("end"), n)
    return out
