"""Stage 2, segmentation: sentences with offsets into the article text, grouped by block."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from server.lexicon import load_data
from server.pipeline.model import Article, Segmentation, Sentence

# A candidate boundary: end punctuation, closing marks, then space and a plausible sentence start.
#: `''` is typed for a double mark in some archives (`… schools. ''Throughout …`).
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=(?:''|[\"“‘'(\[])?[A-Z0-9À-Ý])")


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(capitalised entries, lowercase entries), casefolded."""
    entries = load_data("segmentation.json")["abbreviations"]
    return (
        frozenset(a.casefold() for a in entries if a[:1].isupper()),
        frozenset(a.casefold() for a in entries if not a[:1].isupper()),
    )


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start : dot + 1]
    if not word:
        return False
    if len(word) == 2 and word[0].isupper():  # an initial: "John F. Kennedy"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.){2,}", word):  # U.S., a.m.
        return True
    capitalised, lowercase = _abbreviations()
    folded = word.casefold()
    return folded in lowercase or (word[0].isupper() and folded in capitalised)


def sentence_breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The sentence boundaries in text[start:end]: each match runs from the end punctuation over
    its closing marks and the space after, so `.end()` is where the next sentence starts.

    The one definition of a sentence break; the later stages look for sentences inside their
    own windows with it (the lookahead sees no further than `end`)."""
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group(0).startswith(".") and _is_abbreviation(text, match.start()):
            continue
        yield match


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], absolute offsets."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in sentence_breaks(text, start, end):
        stop = match.end()
        while stop > cursor and text[stop - 1].isspace():
            stop -= 1
        if stop > cursor:
            spans.append((cursor, stop))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans


def segment(article: Article) -> Segmentation:
    sentences: list[Sentence] = []
    for index, block in enumerate(article.blocks):
        for start, stop in split_sentences(article.text, block.start, block.end):
            sentences.append(Sentence(start=start, end=stop, block_index=index))
    return Segmentation(sentences=tuple(sentences))
