"""Stage 6, notes: facts about the sourcing a careful reader would want pointed out.

Notes state what the text shows (a quote not in the body, unnamed sources, second-hand citations,
missing links, quotes without speakers, a single named source, no byline or date). They never rate
an outlet, guess at motives or accuse anyone, and a story with nothing to flag gets no notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from server.pipeline.model import (
    Article,
    Attribution,
    Note,
    NoteLevel,
    Quote,
    Source,
    relay_chain,
)

_WORD = re.compile(r"\w+(?:['’]\w+)*")
SPEECH_KINDS = ("direct", "partial", "block")
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my"}
)


@dataclass(frozen=True, slots=True)
class Closest:
    start: int
    end: int
    score: float


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _stem(word: str) -> str:
    for suffix in ("ally", "al", "ity", "ness", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def closest_passage(needle: str, text: str, lo: int, hi: int) -> Closest | None:
    """The passage of text[lo:hi] that shares the most (stemmed) words with `needle`."""
    wanted = [_stem(w) for w, _, _ in _words(needle)]
    if not wanted:
        return None
    words = [(w, s + lo, e + lo) for w, s, e in _words(text[lo:hi])]
    stems = [_stem(w) for w, _, _ in words]
    best: Closest | None = None
    size = max(len(wanted) + 4, 6)
    for i, stem in enumerate(stems):
        if stem not in wanted:
            continue
        window = stems[i : i + size]
        shared = sum(1 for w in set(wanted) if w in window)
        score = shared / len(set(wanted))
        if best is None or score > best.score:
            end_index = min(i + size, len(words)) - 1
            # Stop the passage at a sentence or quote boundary.
            end = words[end_index][2]
            stop = re.search(r"[.!?”\"]", text[words[i][1] : end])
            if stop:
                end = words[i][1] + stop.start()
            start = words[i][1]
            # Take in a determiner just before ("the criminal will ...").
            j = i
            if (
                j > 0
                and words[j - 1][0] in _DETERMINERS
                and not text[words[j - 1][2] : words[j][1]].strip()
            ):
                j -= 1
            start = words[j][1]
            best = Closest(start, end, score)
    return best


def _normalise(text: str) -> str:
    return " ".join(w for w, _, _ in _words(text))


def _verbatim(text: str) -> str:
    """Words with their own punctuation (a quoted "Criminal!" is not the adjective "criminal")."""
    text = re.sub(r"[‘’'`]", "'", re.sub(r"[“”„\"«»]", '"', text)).casefold()
    return " ".join(text.split()).strip(" .,;:'\"")


class _Notes:
    def __init__(self) -> None:
        self.items: list[Note] = []

    def add(self, kind: str, level: NoteLevel, message: str, refs: list[str]) -> None:
        unique = list(dict.fromkeys(r for r in refs if r))
        self.items.append(
            Note(
                id=f"n{len(self.items) + 1}",
                kind=kind,
                level=level,
                message=message,
                refs=tuple(unique),
            )
        )


def _source_label(source: Source) -> str:
    return source.name if source.named else f"“{source.name}”"


def make_notes(
    article: Article,
    quotes: list[Quote],
    attributions: list[Attribution],
    sources: list[Source],
    chain_depth: dict[str, int],
) -> list[Note]:
    notes = _Notes()
    text = article.text
    by_id = {s.id: s for s in sources}
    body = article.body_blocks
    body_lo = body[0].start if body else len(text)
    speech = [q for q in quotes if q.kind in SPEECH_KINDS]
    # A source that declined to comment made no claim: it counts for none of the notes on what
    # the story rests on, only for its own.
    claims = [a for a in attributions if a.kind != "declined"]
    claim_ids = {a.id for a in claims}

    def cited(source: Source) -> bool:
        return bool(source.quote_ids) or any(i in claim_ids for i in source.attribution_ids)

    # 1. headline quotes checked against the body.
    for quote in (q for q in quotes if q.kind == "headline"):
        shown = f"‘{quote.text}’"
        wanted = _verbatim(quote.text)
        if wanted and wanted in _verbatim(text[body_lo:]):
            holder = next((q for q in speech if wanted in _verbatim(q.text)), None)
            who = by_id.get(holder.speaker.source_id or "") if holder else None
            message = f"The headline's quoted words {shown} appear in the article"
            message += f", said by {_source_label(who)}." if who else "."
            notes.add(
                "headline_quote_found",
                "info",
                message,
                [quote.id, holder.id if holder else "", who.id if who else ""],
            )
            continue
        closest = closest_passage(quote.text, text, body_lo, len(text))
        refs = [quote.id]
        message = f"The headline quotes {shown}, but these words do not appear in the article."
        if closest and closest.score > 0:
            passage = text[closest.start : closest.end].strip(" ,;:")
            holder = next((q for q in speech if q.start <= closest.start < q.end), None)
            attribution = next(
                (a for a in attributions if a.claim.start <= closest.start < a.claim.end), None
            )
            message += f" The closest passage is “{passage}”"
            source_id = (
                holder.speaker.source_id
                if holder
                else attribution.source_id
                if attribution
                else None
            )
            if holder:
                refs.append(holder.id)
            if attribution:
                refs.append(attribution.id)
            source = by_id.get(source_id or "")
            if source is not None:
                message += f", from {_source_label(source)}"
                if not source.named:
                    message += " (not named)"
                chain = [s.name for s in relay_chain(source, by_id)]
                if chain:
                    message += ", relayed by " + " via ".join(chain)
                refs.append(source.id)
            message += "."
        notes.add("headline_quote_not_found", "caution", message, refs)

    # 2. unnamed sources.
    unnamed = [
        s
        for s in sources
        if not s.named and s.kind in ("person", "unnamed", "unspecified") and cited(s)
    ]
    if unnamed:
        unnamed_quotes = [
            q for q in speech if q.speaker.source_id and not by_id[q.speaker.source_id].named
        ]
        names = ", ".join(f"“{s.name}”" for s in unnamed[:4])
        message = f"Some claims rest on sources that are not named: {names}."
        if speech:
            message += f" {len(unnamed_quotes)} of {len(speech)} quotes come from unnamed sources."
        notes.add(
            "unnamed_sources",
            "caution",
            message,
            [s.id for s in unnamed] + [q.id for q in unnamed_quotes],
        )

    # 3. second-hand sourcing.
    chained = [s for s in sources if chain_depth.get(s.id, 0) >= 1]
    if chained:
        chains = []
        refs = []
        for source in chained:
            links = [source, *relay_chain(source, by_id)]
            chains.append(" → ".join(_source_label(s) for s in reversed(links)))
            refs.extend(s.id for s in links)
        message = (
            "Some sources are known only second-hand, through another source: "
            + "; ".join(chains)
            + "."
        )
        notes.add("second_hand", "caution", message, refs)

    # 4. outlets and documents without a link; no outside link at all.
    unlinked = [
        s
        for s in sources
        if s.kind in ("outlet", "document", "social_post")
        and not s.links
        and (s.attribution_ids or s.quote_ids or s.mentions)
    ]
    if unlinked:
        names = ", ".join(s.name for s in unlinked[:5])
        plural = len(unlinked) > 1
        message = f"{'These are' if plural else 'This is'} cited without a link: {names}."
        notes.add("unlinked_citation", "caution", message, [s.id for s in unlinked])
    own = (article.hostname or "").casefold().removeprefix("www.")
    outside = [
        link
        for link in article.links
        if link.href.startswith(("http://", "https://"))
        and not (own and own in link.href.split("/")[2].casefold())
    ]
    if not outside and (speech or claims):
        notes.add("no_outside_links", "caution", "The article links to no outside source.", [])

    # 5. quotes with no identifiable speaker.
    orphans = [q for q in speech if q.speaker.source_id is None]
    if orphans:
        count = len(orphans)
        message = f"{count} quote{'s have' if count != 1 else ' has'} no identifiable speaker."
        notes.add("quotes_without_speaker", "caution", message, [q.id for q in orphans])

    # 6. a single named source.
    named_cited = [
        s for s in sources if s.named and s.kind in ("person", "organization") and cited(s)
    ]
    if len(named_cited) == 1 and len(speech) + len(claims) >= 2:
        source = named_cited[0]
        notes.add(
            "single_named_source",
            "info",
            f"The story rests on a single named source: {source.name}.",
            [source.id],
        )

    # 7. sources that were asked and gave no answer.
    declined = [a for a in attributions if a.kind == "declined"]
    silent = [by_id[i] for i in dict.fromkeys(a.source_id for a in declined)]
    if silent:
        names = ", ".join(_source_label(s) for s in silent[:5])
        notes.add(
            "no_comment",
            "info",
            f"Declined to comment or gave no answer: {names}.",
            [s.id for s in silent] + [a.id for a in declined],
        )

    # 8. byline and date.
    if not article.author and (speech or claims):
        notes.add("no_byline", "info", "The article has no byline.", [])
    if not article.date and (speech or claims):
        notes.add("no_date", "info", "The article carries no date.", [])
    return notes.items
