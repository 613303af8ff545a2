"""Tokens, names and word-level F1: the comparisons every scorer of this package shares.

- `tokens`: word tokens (`\\w+` runs), case-folded; quotation marks and punctuation dropped.
- `name_words`: a name reduced to comparable words: accents dropped, lowercase, possessives
  (`'s`, trailing `'`) dropped, leading titles (Mr, Dr, Premier ..., listed in
  `server/data/evaluation.json`) and trailing suffixes (Jr, III) dropped.
- `word_f1`: the extraction benchmarks' word-level F1, a bag of lowercase word tokens compared by
  multiset overlap.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from server.lexicon import load_data, outlet_table

_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"(?<=\w)['’](?:s\b)?")


@dataclass(frozen=True, slots=True)
class EvaluationLexicon:
    titles: frozenset[str]
    suffixes: frozenset[str]
    named_source_kinds: frozenset[str]
    unnamed_source_heads: frozenset[str]
    unnamed_source_phrases: frozenset[str]


@cache
def lexicon() -> EvaluationLexicon:
    data = load_data("evaluation.json")
    return EvaluationLexicon(
        titles=frozenset(data["titles"]),
        suffixes=frozenset(data["suffixes"]),
        named_source_kinds=frozenset(data["named_source_kinds"]),
        unnamed_source_heads=frozenset(data["unnamed_source_heads"]),
        unnamed_source_phrases=frozenset(data["unnamed_source_phrases"]),
    )


def tokens(text: str) -> list[str]:
    """Lowercase word tokens; punctuation and quotation marks are not tokens."""
    return _WORD.findall(text.casefold())


def token_bag(text: str) -> Counter[str]:
    return Counter(tokens(text))


def shared(a: Counter[str], b: Counter[str]) -> int:
    """Tokens two bags have in common, counted with multiplicity."""
    return sum((a & b).values())


def word_f1(predicted: str, expected: str) -> float:
    """Word-level F1 of an extracted text against the expected one (1.0 when both are empty)."""
    pred, gold = token_bag(predicted), token_bag(expected)
    if not pred and not gold:
        return 1.0
    common = shared(pred, gold)
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_words(name: str | None) -> tuple[str, ...]:
    """Comparable words of a name: "Mr. Jean Chrétien's" -> ("jean", "chretien")."""
    if not name:
        return ()
    words = _NAME_WORD.findall(_POSSESSIVE.sub("", strip_accents(name)).casefold())
    lex = lexicon()
    start, end = 0, len(words)
    while start < end and words[start] in lex.titles:
        start += 1
    while end > start and words[end - 1] in lex.suffixes:
        end -= 1
    return tuple(words[start:end])


def same_name(a: str | None, b: str | None) -> bool:
    """Full-name match: the same words once normalised."""
    words = name_words(a)
    return bool(words) and words == name_words(b)


def same_surname(a: str | None, b: str | None) -> bool:
    """Surname match: the same last word once normalised."""
    wa, wb = name_words(a), name_words(b)
    return bool(wa) and bool(wb) and wa[-1] == wb[-1]


def is_unnamed_source(text: str) -> bool:
    """Whether a source phrase names nobody: "a source", "officials familiar with", "his aides".

    The phrase is unnamed when it is one of the listed phrases, or when a listed head noun comes
    within its first six words, before any comma, and the word after the noun is not capitalised
    (which would make it a name, as in "spokesman Jason Miller", "spokesman the Rev. Federico
    Lombardi"); "The" followed only by capitalised words ("The Charlotte Observer") and a known
    outlet ("Business Insider") are names too.
    """
    lex = lexicon()
    phrase = text.strip().rstrip(",.;:")
    if strip_accents(phrase).casefold() in lex.unnamed_source_phrases:
        return True
    words = phrase.split()
    if len(words) >= 3 and words[0] == "The" and all(w[:1].isupper() for w in words[1:]):
        return False  # "The Charlotte Observer": a title-cased name, whatever its last word
    if outlet_table().lookup_name(phrase) is not None:
        return False  # "Business Insider": an outlet, whatever its last word
    for i, word in enumerate(words[:6]):
        bare = strip_accents(word).casefold().strip(",.;:()\"'’“”")
        if bare in lex.unnamed_source_heads:
            following = words[i + 1 : i + 3]
            if following[:1] == ["the"]:
                following = following[1:]  # "Vatican spokesman the Rev. Federico Lombardi"
            return not (following and following[0][:1].isupper())
        if word.endswith(","):
            return False
    return False
