"""The speaker of a quote with no cue of its own, past the quote right before it: a quoted
paragraph standing alone (`is_floating`) continues the last speaker across one paragraph of
narration that names nobody else (`narrates`, `someone_else_in`), or the source of a claim
reported just before; failing that, a quoted sentence takes the known person the sentence before
it is about (`previous_subject`). `block_of` gives the paragraph index these choices are kept
by. They read the tracker's state in the middle of the stage's walk, not only the text around
the quote, so they are apart from the cue finder.
"""

from __future__ import annotations

import re

from server.lexicon import attribution_lexicon
from server.pipeline.s2_segmentation import sentence_breaks
from server.pipeline.s3_quotes import RawQuote
from server.pipeline.s4_speakers.tracker import Entity, Tracker

_LEAD_PRONOUN = re.compile(
    r"(?:[A-Za-z]+,?\s+){0,3}?(?P<np>[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir)\b(?!['’])"
)
_LEAD_NAME = re.compile(
    r"(?P<np>(?:[A-Z][a-z]{1,3}\.[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]+[a-z]"
)
_LAST_CLAUSE_NAME = re.compile(
    r"(?:,\s+(?:but|and|yet|so)|;)\s+(?P<np>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]+"
    r"[a-z][^,;:]*[.!?]\s*$"
)


def previous_subject(
    text: str,
    quote: RawQuote,
    bounds: list[tuple[int, int]],
    tracker: Tracker,
    named: bool = False,
) -> Entity | None:
    """A quoted sentence with no cue that ends its paragraph, right after a sentence about a person
    ("He became aware of the risk. “When somebody dies ...”"): that person, if already known
    (`named`: only one the sentence names)."""
    block = quote.blocks[0]
    block_lo, block_hi = bounds[block]
    if text[quote.end : block_hi].strip(" ."):
        return None  # the quote does not end its paragraph
    if text[block_lo : quote.start].strip():
        lo = block_lo
    elif block > 0:
        lo = bounds[block - 1][0]
    else:
        return None
    starts = [lo, *(m.end() for m in sentence_breaks(text, lo, quote.start + 2))]
    starts = [p for p in starts if p <= quote.start]
    if len(starts) < 2 or text[starts[-1] : quote.start].strip():
        return None  # the quote does not open its sentence, or no sentence comes before it
    sentence = text[starts[-2] : starts[-1]]
    lex = attribution_lexicon()
    m = None if named else _LEAD_PRONOUN.match(sentence)
    if m:
        gender = lex.pronouns.get(m.group("np").casefold())
        entity = tracker._pronoun(gender)
        return entity if entity is not None and entity.kind == "person" else None
    # (or the subject of its last clause: "That's different to Apple's approach, but Groene is
    # unfazed.")
    for m in (_LEAD_NAME.match(sentence), _LAST_CLAUSE_NAME.search(sentence)):
        entity = tracker.find_name(m.group("np")) if m else None
        if entity is not None:
            return entity if entity.kind == "person" else None
    return None


def narrates(text: str, block: tuple[int, int]) -> bool:
    """A paragraph of narration: a sentence of a few words, not one that introduces a quotation
    ("Partial transcript as follows:") nor a fragment of an embedded post ("@potus.")."""
    words = text[block[0] : block[1]].split()
    return len(words) >= 4 and not words[-1].endswith(":")


def someone_else_in(tracker: Tracker, speaker: int, block: tuple[int, int]) -> bool:
    """Whether a paragraph mentions a source other than `speaker` (as far as the tracker has
    read)."""
    lo, hi = block
    return any(
        entity.key != speaker and any(lo <= m.start < hi for m in entity.mentions)
        for entity in tracker.entities
    )


def is_floating(text: str, quote: RawQuote, block: tuple[int, int]) -> bool:
    """A quote that is its block's whole text (a quoted paragraph with no cue of its own)."""
    return not text[block[0] : quote.start].strip() and not text[quote.end : block[1]].strip(" .")


def block_of(bounds: list[tuple[int, int]], pos: int) -> int:
    for i, (lo, hi) in enumerate(bounds):
        if lo <= pos <= hi:
            return i
    return -1
