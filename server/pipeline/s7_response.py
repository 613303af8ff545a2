"""Stage 7, response: the versioned JSON answer. The only module that knows the JSON keys."""

from __future__ import annotations

from collections import Counter
from typing import Any

from server.pipeline.model import (
    Anchor,
    Annotation,
    Article,
    Attribution,
    Note,
    Quote,
    Source,
    Span,
    TextSpan,
    relay_chain,
)

VERSION = "1"


def _span(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def _text_span(span: TextSpan | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}


def _anchor(anchor: Anchor) -> dict[str, str]:
    return {"exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix}


def article_json(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "author": article.author,
        "date": article.date,
        "site_name": article.site_name,
        "url": article.url,
        "language": article.language,
        "text": article.text,
        "blocks": [
            {"id": b.id, "kind": b.kind, "start": b.start, "end": b.end} for b in article.blocks
        ],
        "links": [
            {"href": link.href, "text": link.text, "start": link.start, "end": link.end}
            for link in article.links
        ],
        "word_count": article.word_count,
    }


def quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "kind": quote.kind,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "segments": [_span(s) for s in quote.segments],
        "speaker": {
            "name": quote.speaker.name,
            "source_id": quote.speaker.source_id,
            "mention": _text_span(quote.speaker.mention),
            "resolution": quote.speaker.resolution,
        },
        "cue": _text_span(quote.cue),
        "confidence": round(quote.confidence, 3),
        "anchor": _anchor(quote.anchor),
    }


def attribution_json(attribution: Attribution) -> dict[str, Any]:
    return {
        "id": attribution.id,
        "source_id": attribution.source_id,
        "kind": attribution.kind,
        "cue": _text_span(attribution.cue),
        "claim": _span(attribution.claim),
        "anchor": _anchor(attribution.anchor),
    }


def source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "name": source.name,
        "kind": source.kind,
        "named": source.named,
        "role": source.role,
        "aliases": list(source.aliases),
        "mentions": [_span(m) for m in source.mentions],
        "quote_ids": list(source.quote_ids),
        "attribution_ids": list(source.attribution_ids),
        "via": source.via,
        "links": list(source.links),
        "note": source.note,
    }


def note_json(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "kind": note.kind,
        "level": note.level,
        "message": note.message,
        "refs": list(note.refs),
    }


def summary_json(annotation: Annotation) -> dict[str, Any]:
    """Counts a reader and a researcher would want, derived from the rest of the answer."""
    article, analysis = annotation.article, annotation.analysis
    kinds = Counter(q.kind for q in analysis.quotes)
    sources = analysis.sources
    own_host = (article.hostname or "").removeprefix("www.")
    outside = {
        link.href
        for link in article.links
        if link.href.startswith(("http://", "https://"))
        and (not own_host or own_host not in link.href.split("/")[2])
    }
    words_by_source: Counter[str] = Counter()
    for quote in analysis.quotes:
        if quote.speaker.source_id and quote.kind in ("direct", "partial", "block"):
            words_by_source[quote.speaker.source_id] += len(quote.text.split())
    names = {s.id: s.name for s in sources}
    return {
        "quotes": sum(kinds[k] for k in ("direct", "partial", "block")),
        "quotes_by_kind": {k: kinds[k] for k in ("direct", "partial", "block", "headline", "term")},
        "quotes_without_speaker": sum(
            1
            for q in analysis.quotes
            if q.kind in ("direct", "partial", "block") and q.speaker.source_id is None
        ),
        "attributions": len(analysis.attributions),
        "sources": len(sources),
        "sources_by_kind": dict(sorted(Counter(s.kind for s in sources).items())),
        "named_sources": sum(1 for s in sources if s.named),
        "unnamed_sources": sum(1 for s in sources if not s.named),
        "outlets_cited": sum(1 for s in sources if s.kind == "outlet"),
        "outside_links": len(outside),
        "quoted_words_by_source": [
            {"source_id": sid, "name": names.get(sid), "words": words}
            for sid, words in words_by_source.most_common()
        ],
        "longest_chain": max(
            (len(relay_chain(s, {x.id: x for x in sources})) for s in sources), default=0
        ),
        "speaker_language": analysis.speaker_language,
    }


def annotation_json(annotation: Annotation) -> dict[str, Any]:
    analysis = annotation.analysis
    return {
        "version": VERSION,
        "article": article_json(annotation.article),
        "quotes": [quote_json(q) for q in analysis.quotes],
        "attributions": [attribution_json(a) for a in analysis.attributions],
        "sources": [source_json(s) for s in analysis.sources],
        "notes": [note_json(n) for n in analysis.notes],
        "summary": summary_json(annotation),
        "timing_ms": {
            "extract": round(annotation.timing.extract_ms, 2),
            "analyze": round(annotation.timing.analyze_ms, 2),
            "total": round(annotation.timing.total_ms, 2),
        },
    }
