"""Quotes, speakers and named sources scored against the Gender Gap Tracker's labelled articles.

The procedure (corpus/README.md, so figures compare with the GGT's own):

1. Gold quotes are the `quotes` of `<id>.gold.json`; a gold quote is *direct* when its text starts
   with a quotation mark. Predictions for *all quotes* are the answer's quotes of kind direct,
   partial and block plus its attributions (reported speech, the `claim` span's text, speaker =
   the attribution's source), except those of kind `belief` ("officials think …") and `declined`
   ("declined to comment"): GGT labels speech, and none of its gold quotes has a belief verb or
   is a refusal. A prediction whose span lies inside
   another prediction's span is the same statement counted twice and is dropped (the longer one
   stays). Predictions for
   *direct quotes* are quotes of kind `direct` or `block` (a blockquote is a verbatim quotation;
   GGT marks those with quotation marks in its gold text).
2. Texts become bags of word tokens (lowercase, punctuation and quotation marks dropped).
3. Each gold quote is matched one to one with the prediction sharing the most tokens: all
   (gold, prediction) pairs that meet the criterion are taken greedily, most shared tokens first
   (ties: earlier gold, then earlier prediction). Lenient: shared >= 30% of the gold quote's
   tokens. Strict: shared >= 80% of the longer of the two. Precision = matches / predictions,
   recall = matches / gold, F1 their harmonic mean; counts are summed over articles (micro).
4. Speaker accuracy on lenient matches of *all quotes* whose gold `reference` is not empty:
   full name (same words after lowercasing, dropping accents, possessives and leading titles) and
   surname (same last word). A prediction without a speaker counts as wrong.
5. Named sources: gold = the article's `people` plus every non-empty `reference`, deduplicated by
   normalised name. Predicted = sources with `named` true whose kind is listed in
   `named_source_kinds` (person, organization, outlet). One to one, first by full name (the name or
   any alias), then by surname for those left. GGT's `people` lists everyone named in the
   article, quoted or not, so the same figures are also given against the resolved speakers
   (`reference`) alone as *quoted sources*.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from server.evaluation.text import lexicon, name_words, same_name, same_surname, shared, token_bag

QUOTE_MARKS = "\"“”„«»‘’‚'‹›「」『』"
PREDICTED_QUOTE_KINDS = ("direct", "partial", "block")
DIRECT_KINDS = ("direct", "block")
LENIENT_SHARE = 0.30
STRICT_SHARE = 0.80


@dataclass(frozen=True, slots=True)
class GoldQuote:
    text: str
    speaker: str
    reference: str

    @property
    def direct(self) -> bool:
        first = self.text.lstrip()[:1]
        return bool(first) and first in QUOTE_MARKS


@dataclass(frozen=True, slots=True)
class Predicted:
    """One predicted statement: its text, span into the article text, kind and speaker name."""

    text: str
    start: int
    end: int
    kind: str
    speaker: str | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    url: str | None
    people: tuple[str, ...]
    quotes: tuple[GoldQuote, ...]


@dataclass(slots=True)
class Counts:
    """Matches, gold and predicted items, summed over articles."""

    matched: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, matched: int, gold: int, predicted: int) -> None:
        self.matched += matched
        self.gold += gold
        self.predicted += predicted

    def figures(self) -> dict[str, float | int]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1, 4),
            "matched": self.matched,
            "gold": self.gold,
            "predicted": self.predicted,
        }


Criterion = Callable[[int, int, int], bool]


def lenient(common: int, gold_len: int, pred_len: int) -> bool:
    return common >= LENIENT_SHARE * gold_len


def strict(common: int, gold_len: int, pred_len: int) -> bool:
    return common >= STRICT_SHARE * max(gold_len, pred_len)


def match(
    gold: Sequence[Counter[str]], predicted: Sequence[Counter[str]], criterion: Criterion
) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, most shared tokens first."""
    candidates: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        gold_len = sum(g.values())
        for pi, p in enumerate(predicted):
            common = shared(g, p)
            if common and criterion(common, gold_len, sum(p.values())):
                candidates.append((-common, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def load_gold(path: Path) -> GoldArticle:
    data = json.loads(path.read_text("utf-8"))
    return GoldArticle(
        id=str(data["id"]),
        url=data.get("url") or None,
        people=tuple(str(p) for p in data.get("people", [])),
        quotes=tuple(
            GoldQuote(
                text=str(q.get("text", "")),
                speaker=str(q.get("speaker", "")),
                reference=str(q.get("reference", "")),
            )
            for q in data.get("quotes", [])
        ),
    )


def predictions(answer: dict[str, Any]) -> list[Predicted]:
    """Quotes (direct, partial, block) and attributions of one answer, as statements."""
    text = answer["article"]["text"]
    names = {s["id"]: s["name"] for s in answer.get("sources", [])}
    out: list[Predicted] = []
    for q in answer.get("quotes", []):
        if q["kind"] in PREDICTED_QUOTE_KINDS:
            speaker = q["speaker"]
            name = speaker.get("name") or names.get(speaker.get("source_id"))
            out.append(Predicted(q["text"], q["start"], q["end"], q["kind"], name))
    for a in answer.get("attributions", []):
        if a["kind"] in ("belief", "declined", "topic"):
            # GGT labels speech: no quote of its has a belief verb (think, fear, hope), is a
            # refusal ("declined to comment") or a bare topic ("weighed in on the deal")
            continue
        start, end = a["claim"]["start"], a["claim"]["end"]
        out.append(Predicted(text[start:end], start, end, "attribution", names.get(a["source_id"])))
    return out


def drop_contained(items: Sequence[Predicted]) -> list[Predicted]:
    """Drop statements whose span lies inside another's (the longer, earlier one stays)."""
    order = sorted(range(len(items)), key=lambda i: (-(items[i].end - items[i].start), i))
    kept: list[int] = []
    for i in order:
        item = items[i]
        inside = any(
            items[k].start <= item.start and item.end <= items[k].end and item.end > item.start
            for k in kept
        )
        if not inside:
            kept.append(i)
    return [items[i] for i in sorted(kept)]


@dataclass(slots=True)
class GgtScore:
    """Running totals over articles."""

    all_lenient: Counts = field(default_factory=Counts)
    all_strict: Counts = field(default_factory=Counts)
    direct_lenient: Counts = field(default_factory=Counts)
    direct_strict: Counts = field(default_factory=Counts)
    named: Counts = field(default_factory=Counts)
    quoted: Counts = field(default_factory=Counts)
    speakers: int = 0
    speaker_full: int = 0
    speaker_surname: int = 0

    def figures(self) -> dict[str, Any]:
        n = self.speakers
        return {
            "quotes": {
                "all": {"lenient": self.all_lenient.figures(), "strict": self.all_strict.figures()},
                "direct": {
                    "lenient": self.direct_lenient.figures(),
                    "strict": self.direct_strict.figures(),
                },
            },
            "speakers": {
                "full_name": round(self.speaker_full / n, 4) if n else 0.0,
                "surname": round(self.speaker_surname / n, 4) if n else 0.0,
                "evaluated": n,
            },
            "named_sources": self.named.figures(),
            "quoted_sources": self.quoted.figures(),
        }


def score_quotes(gold: GoldArticle, predicted: Sequence[Predicted], total: GgtScore) -> None:
    """Add one article's quote and speaker figures to `total`."""
    gold_quotes = [q for q in gold.quotes if token_bag(q.text)]
    statements = drop_contained(predicted)
    gold_bags = [token_bag(q.text) for q in gold_quotes]
    pred_bags = [token_bag(p.text) for p in statements]
    lenient_pairs = match(gold_bags, pred_bags, lenient)
    total.all_lenient.add(len(lenient_pairs), len(gold_bags), len(pred_bags))
    total.all_strict.add(len(match(gold_bags, pred_bags, strict)), len(gold_bags), len(pred_bags))

    direct_gold = [token_bag(q.text) for q in gold_quotes if q.direct]
    direct_pred = [token_bag(p.text) for p in predicted if p.kind in DIRECT_KINDS]
    for counts, criterion in ((total.direct_lenient, lenient), (total.direct_strict, strict)):
        pairs = match(direct_gold, direct_pred, criterion)
        counts.add(len(pairs), len(direct_gold), len(direct_pred))

    for gi, pi in lenient_pairs:
        reference = gold_quotes[gi].reference.strip()
        if not reference:
            continue
        total.speakers += 1
        speaker = statements[pi].speaker
        total.speaker_full += same_name(reference, speaker)
        total.speaker_surname += same_surname(reference, speaker)


def gold_names(gold: GoldArticle, *, people: bool = True) -> list[str]:
    """People (unless `people` is false) and resolved speakers, one per normalised name."""
    seen: set[tuple[str, ...]] = set()
    names: list[str] = []
    for name in (*(gold.people if people else ()), *(q.reference for q in gold.quotes)):
        words = name_words(name)
        if words and words not in seen:
            seen.add(words)
            names.append(name)
    return names


def predicted_named_sources(answer: dict[str, Any]) -> list[list[str]]:
    """Each named source as its name followed by its aliases."""
    kinds = lexicon().named_source_kinds
    return [
        [s["name"], *s.get("aliases", [])]
        for s in answer.get("sources", [])
        if s.get("named") and s.get("kind") in kinds
    ]


def match_names(gold: Sequence[str], predicted: Sequence[Iterable[str]]) -> int:
    """One-to-one name matches: full names first, then surnames among those left."""
    pred = [list(p) for p in predicted]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for same in (same_name, same_surname):
        for gi, g in enumerate(gold):
            if gi in used_gold:
                continue
            for pi, names in enumerate(pred):
                if pi not in used_pred and any(same(g, n) for n in names):
                    used_gold.add(gi)
                    used_pred.add(pi)
                    break
    return len(used_gold)


def score_sources(gold: GoldArticle, answer: dict[str, Any], total: GgtScore) -> None:
    pred = predicted_named_sources(answer)
    names = gold_names(gold)
    total.named.add(match_names(names, pred), len(names), len(pred))
    speakers = gold_names(gold, people=False)
    total.quoted.add(match_names(speakers, pred), len(speakers), len(pred))


def score_article(gold: GoldArticle, answer: dict[str, Any], total: GgtScore) -> None:
    score_quotes(gold, predictions(answer), total)
    score_sources(gold, answer, total)


def missed_article(gold: GoldArticle, total: GgtScore) -> None:
    """An article whose pipeline failed: its gold items count, nothing was predicted."""
    score_article(gold, {"article": {"text": ""}}, total)
