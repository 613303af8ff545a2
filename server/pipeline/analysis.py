"""Stages 3-6 chained: quotes, speakers, sources and notes, as the records the response writes."""

from __future__ import annotations

import re

from server.lexicon import attribution_lexicon
from server.pipeline import s3_quotes, s4_speakers, s5_sources, s6_notes
from server.pipeline.model import (
    Analysis,
    Anchor,
    Article,
    Attribution,
    Quote,
    Segmentation,
    Span,
    Speaker,
)

ANCHOR_CONTEXT = 32
#: Languages the speaker rules are written for; elsewhere quotes are found by their marks only.
SPEAKER_LANGUAGES = ("en",)


def anchor(text: str, start: int, end: int) -> Anchor:
    """A W3C TextQuoteSelector for text[start:end]."""
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - ANCHOR_CONTEXT) : start],
        suffix=text[end : end + ANCHOR_CONTEXT],
    )


#: Share of a text's words that are the language's commonest words, above which the text is
#: in that language: English news pages of the corpus run from 0.16 to 0.38, German and French
#: news prose at 0.06 to 0.07.
MARKER_SHARE = 0.12
_WORD = re.compile(r"[a-z’']+")


def _speaker_language(article: Article) -> str | None:
    """The language the speaker rules read the page in: its declared one if covered, else English
    when the text plainly is (a template's wrong `lang` attribute), else none."""
    language = (article.language or "en").casefold()
    if language in SPEAKER_LANGUAGES:
        return language
    words = _WORD.findall(article.text[:20_000].casefold())
    markers = attribution_lexicon().language_markers
    if len(words) >= 50 and sum(w in markers for w in words) / len(words) >= MARKER_SHARE:
        return attribution_lexicon().language
    return None


def analyze(article: Article, segmentation: Segmentation) -> Analysis:
    text = article.text
    # 3. quotes by their marks.
    raw = s3_quotes.find_quotes(article)
    covered = _speaker_language(article)
    # 4. speakers and reported speech (only where the rules cover the page's language).
    if covered:
        speakers = s4_speakers.attribute(article, segmentation, raw)
    else:
        speakers = s4_speakers.SpeakerAnalysis(
            quotes=[
                s4_speakers.AttributedQuote(
                    raw=q,
                    kind={"block": "block", "headline": "headline"}.get(
                        q.kind,
                        # A few quoted words are a term in any language, not someone's words.
                        "term"
                        if len(q.words(text).split()) <= s4_speakers.TERM_MAX_WORDS
                        else "direct",
                    ),
                    speaker=s4_speakers.SpeakerChoice(None, None, "none", 0.0),
                    cue=None,
                )
                for q in raw
            ],
            reported=[],
            entities=[],
            language="en",
        )
    # 5. sources.
    registry = s5_sources.build_sources(article, speakers)
    quotes: list[Quote] = []
    for i, item in enumerate(speakers.quotes):
        source_id = (
            registry.by_entity.get(item.speaker.entity) if item.speaker.entity is not None else None
        )
        entity = speakers.entities[item.speaker.entity] if item.speaker.entity is not None else None
        quote = Quote(
            id=f"q{i + 1}",
            kind=item.kind,  # type: ignore[arg-type]
            text=" ".join(text[s.start : s.end].strip() for s in item.raw.inner),
            start=item.raw.start,
            end=item.raw.end,
            segments=[Span(s.start, s.end) for s in item.raw.segments],
            speaker=Speaker(
                name=entity.name if entity and source_id else None,
                source_id=source_id,
                mention=item.speaker.mention if source_id else None,
                resolution=item.speaker.resolution if source_id else "none",
            ),
            cue=item.cue if source_id else None,
            confidence=item.speaker.confidence if source_id else min(item.speaker.confidence, 0.3),
            anchor=anchor(text, item.raw.start, item.raw.end),
        )
        quotes.append(quote)
    attributions: list[Attribution] = []
    for reported in speakers.reported:
        source_id = registry.by_entity.get(reported.entity)
        if source_id is None:
            continue
        attributions.append(
            Attribution(
                id=f"a{len(attributions) + 1}",
                source_id=source_id,
                kind=reported.kind,
                cue=reported.cue,
                claim=reported.claim,
                anchor=anchor(text, reported.claim.start, reported.claim.end),
            )
        )
    by_id = {s.id: s for s in registry.sources}
    for quote in quotes:
        if quote.speaker.source_id:
            by_id[quote.speaker.source_id].quote_ids.append(quote.id)
    for attribution in attributions:
        by_id[attribution.source_id].attribution_ids.append(attribution.id)
    declined = frozenset(a.id for a in attributions if a.kind == "declined")
    for source in registry.sources:
        source.note = s5_sources.describe(source, registry, declined)
    # 6. notes.
    notes = s6_notes.make_notes(
        article, quotes, attributions, registry.sources, registry.chain_depth
    )
    return Analysis(
        quotes=quotes,
        attributions=attributions,
        sources=registry.sources,
        notes=notes,
        speaker_language=covered or "en",
    )
