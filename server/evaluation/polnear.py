"""Attributions scored against PolNeAR's brat labels (dev split by default).

The procedure:

1. Gold: the `.ann` file of the *first* annotator (file names sorted) of each article; several
   annotators of one article are not merged, so every article weighs the same. Each `E` line is one
   attribution: its Cue, Content (Content, Content2 ... merged) and Source spans; discontinuous
   spans keep all their fragments.
2. PolNeAR ships plain text, so each text becomes minimal HTML (`wrap_html`): one `<p>` per
   paragraph (blank-line separated), HTML-escaped, and the first paragraph as `<title>` when it
   looks like a headline (one line, at most 30 words, more paragraphs after it).
3. Predicted spans are mapped back to the raw text by `OffsetMap`, which aligns the two texts word
   by word (whitespace-separated runs, longest common subsequence) and then character by
   character inside equal words; a span maps to the raw characters of its first and last mapped
   character.
4. A prediction (a quote of kind direct/partial/block, or an attribution) matches a gold
   attribution when its cue overlaps the gold cue by at least one character, or when the word
   tokens of its content (quote segments, or attribution claim) cover at least 30% of the gold
   content's word tokens (by position in the raw text).
5. Figures: attribution recall (gold matched by any prediction) and precision (predictions that
   match any gold); recall of "according to" attributions (gold cue text "according to"); recall
   of unnamed sources (gold Source spans that `is_unnamed_source` accepts): `found` = the
   attribution was matched, `recall` = matched by a prediction whose source has `named` false;
   recall of direct quotes (gold content starting with a quotation mark); and, for found
   attributions whose gold Source is a proper name (`gold_surname`), the share whose matching
   prediction names that source (same last name word, canonical name or alias).
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from server.evaluation.text import is_unnamed_source, name_words
from server.lexicon import attribution_lexicon
from server.pipeline.mentions import NAME_PARTICLES

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_E_LINE = re.compile(r"^(E\d+)\t(.+)$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_WORD = re.compile(r"\w+")
_NON_SPACE = re.compile(r"\S+")
QUOTE_MARKS = "\"“”„«»‘’'"
CONTENT_SHARE = 0.30
HEADLINE_MAX_WORDS = 30

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    id: str
    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    source: tuple[Span, ...]
    cue_text: str
    content_text: str
    source_text: str


@dataclass(frozen=True, slots=True)
class PredictedAttribution:
    """A prediction with its spans already in raw-text offsets."""

    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    named_source: bool | None
    #: the source's canonical name and aliases, to compare with a gold source that is a name
    source_names: tuple[str, ...] = ()


def parse_ann(text: str) -> list[GoldAttribution]:
    """The attributions of one brat `.ann` file (lines that are not T or E lines are ignored)."""
    spans: dict[str, tuple[str, tuple[Span, ...], str]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in text.splitlines():
        if t := _T_LINE.match(line):
            fragments = tuple(
                (int(a), int(b)) for a, b in (pair.split() for pair in t.group(3).split(";"))
            )
            spans[t.group(1)] = (t.group(2), fragments, t.group(4))
        elif e := _E_LINE.match(line):
            roles = [tuple(arg.split(":", 1)) for arg in e.group(2).split() if ":" in arg]
            events.append((e.group(1), [(r[0], r[1]) for r in roles]))
    out: list[GoldAttribution] = []
    for eid, roles in events:
        parts: dict[str, list[tuple[tuple[Span, ...], str]]] = {
            "Cue": [],
            "Content": [],
            "Source": [],
        }
        for role, tid in roles:
            key = re.sub(r"\d+$", "", role)
            if key in parts and tid in spans:
                _, fragments, covered = spans[tid]
                parts[key].append((fragments, covered))
        out.append(
            GoldAttribution(
                id=eid,
                cue=tuple(s for f, _ in parts["Cue"] for s in f),
                content=tuple(s for f, _ in parts["Content"] for s in f),
                source=tuple(s for f, _ in parts["Source"] for s in f),
                cue_text=" ".join(t for _, t in parts["Cue"]),
                content_text=" ".join(t for _, t in parts["Content"]),
                source_text=" ".join(t for _, t in parts["Source"]),
            )
        )
    return out


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def wrap_html(text: str) -> str:
    """Minimal HTML for a plain-text article: `<title>` from a headline-like first line, `<p>`s."""
    paras = paragraphs(text)
    title = ""
    if len(paras) > 1 and "\n" not in paras[0] and len(paras[0].split()) <= HEADLINE_MAX_WORDS:
        title, paras = paras[0], paras[1:]
    body = "\n".join(f"<p>{html_lib.escape(p)}</p>" for p in paras)
    head = f"<title>{html_lib.escape(title)}</title>" if title else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"{head}</head><body><article>\n{body}\n</article></body></html>"
    )


class OffsetMap:
    """Maps character offsets of the article text back to offsets of the raw text."""

    def __init__(self, article_text: str, raw_text: str) -> None:
        a_words = [(m.start(), m.group()) for m in _NON_SPACE.finditer(article_text)]
        r_words = [(m.start(), m.group()) for m in _NON_SPACE.finditer(raw_text)]
        self._map = [-1] * len(article_text)
        matcher = SequenceMatcher(
            None, [w for _, w in a_words], [w for _, w in r_words], autojunk=False
        )
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                a_start, word = a_words[block.a + k]
                r_start = r_words[block.b + k][0]
                for c in range(len(word)):
                    self._map[a_start + c] = r_start + c

    def to_raw(self, start: int, end: int) -> Span | None:
        """The raw span of the mapped characters in [start, end), or None when none maps."""
        start, end = max(0, start), min(end, len(self._map))
        first = next((self._map[i] for i in range(start, end) if self._map[i] >= 0), None)
        last = next(
            (self._map[i] for i in range(end - 1, start - 1, -1) if self._map[i] >= 0), None
        )
        if first is None or last is None:
            return None
        return (first, last + 1)

    def spans(self, spans: Iterable[Span]) -> tuple[Span, ...]:
        mapped = (self.to_raw(s, e) for s, e in spans)
        return tuple(m for m in mapped if m is not None)


def predicted_attributions(
    answer: dict[str, Any], offsets: OffsetMap
) -> list[PredictedAttribution]:
    """Quotes (direct, partial, block) and attributions of an answer, in raw-text offsets."""
    named = {s["id"]: bool(s.get("named")) for s in answer.get("sources", [])}
    names = {
        s["id"]: (s["name"], *s.get("aliases", []))
        for s in answer.get("sources", [])
        if s.get("name")
    }
    out: list[PredictedAttribution] = []
    for q in answer.get("quotes", []):
        if q["kind"] not in ("direct", "partial", "block"):
            continue
        cue = q.get("cue")
        segments = [(s["start"], s["end"]) for s in q.get("segments") or []] or [
            (q["start"], q["end"])
        ]
        out.append(
            PredictedAttribution(
                cue=offsets.spans([(cue["start"], cue["end"])] if cue else []),
                content=offsets.spans(segments),
                named_source=named.get(q["speaker"].get("source_id") or ""),
                source_names=names.get(q["speaker"].get("source_id") or "", ()),
            )
        )
    for a in answer.get("attributions", []):
        out.append(
            PredictedAttribution(
                cue=offsets.spans([(a["cue"]["start"], a["cue"]["end"])]),
                content=offsets.spans([(a["claim"]["start"], a["claim"]["end"])]),
                named_source=named.get(a["source_id"]),
                source_names=names.get(a["source_id"], ()),
            )
        )
    return out


def _word_positions(raw: str, spans: Sequence[Span]) -> set[int]:
    return {s + m.start() for s, e in spans for m in _WORD.finditer(raw[s:e])}


def _overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def matches(raw: str, gold: GoldAttribution, pred: PredictedAttribution) -> bool:
    if gold.cue and pred.cue and _overlaps(gold.cue, pred.cue):
        return True
    gold_words = _word_positions(raw, gold.content)
    if not gold_words:
        return False
    return len(gold_words & _word_positions(raw, pred.content)) >= CONTENT_SHARE * len(gold_words)


@dataclass(slots=True)
class Recall:
    found: int = 0
    total: int = 0

    def figures(self) -> dict[str, float | int]:
        return {
            "recall": round(self.found / self.total, 4) if self.total else 0.0,
            "found": self.found,
            "gold": self.total,
        }


@dataclass(slots=True)
class PolnearScore:
    attributions: Recall = field(default_factory=Recall)
    correct_predictions: int = 0
    predictions: int = 0
    according_to: Recall = field(default_factory=Recall)
    unnamed_found: Recall = field(default_factory=Recall)
    unnamed_as_unnamed: Recall = field(default_factory=Recall)
    direct: Recall = field(default_factory=Recall)
    named_speaker: Recall = field(default_factory=Recall)

    def figures(self) -> dict[str, Any]:
        precision = self.correct_predictions / self.predictions if self.predictions else 0.0
        return {
            "attributions": {
                **self.attributions.figures(),
                "precision": round(precision, 4),
                "predicted": self.predictions,
            },
            "according_to": self.according_to.figures(),
            "unnamed_sources": {
                "recall": self.unnamed_as_unnamed.figures()["recall"],
                "found": self.unnamed_found.figures()["recall"],
                "gold": self.unnamed_found.total,
            },
            "direct_quotes": self.direct.figures(),
            "source_names": self.named_speaker.figures(),
        }


def score_article(
    raw: str,
    gold: Sequence[GoldAttribution],
    pred: Sequence[PredictedAttribution],
    total: PolnearScore,
) -> None:
    """Add one article's figures to `total`."""
    hit = [[matches(raw, g, p) for p in pred] for g in gold]
    total.predictions += len(pred)
    total.correct_predictions += sum(1 for pi in range(len(pred)) if any(row[pi] for row in hit))
    for g, row in zip(gold, hit, strict=True):
        found = any(row)
        total.attributions.total += 1
        total.attributions.found += found
        if " ".join(g.cue_text.casefold().split()) == "according to":
            total.according_to.total += 1
            total.according_to.found += found
        if g.source_text and is_unnamed_source(g.source_text):
            total.unnamed_found.total += 1
            total.unnamed_found.found += found
            total.unnamed_as_unnamed.total += 1
            total.unnamed_as_unnamed.found += any(
                ok and p.named_source is False for ok, p in zip(row, pred, strict=True)
            )
        surname = gold_surname(g.source_text) if found else None
        if surname:
            total.named_speaker.total += 1
            total.named_speaker.found += any(
                ok and any(name_words(n)[-1:] == (surname,) for n in p.source_names)
                for ok, p in zip(row, pred, strict=True)
            )
        first = g.content_text.lstrip()[:1]
        if first and first in QUOTE_MARKS:
            total.direct.total += 1
            total.direct.found += found


_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def gold_surname(source: str) -> str | None:
    """The last name word of a gold Source that is a proper name ("Sen. Claire McCaskill
    (D-Mo.)", "Caddell", "The New York Times"), before any apposition; None for pronouns,
    descriptions ("The GOP nominee") and unnamed sources."""
    if not source or is_unnamed_source(source):
        return None
    head = _PARENTHESES.sub("", source).split(",")[0].split()
    if head[:1] in (["The"], ["the"]):
        head = head[1:]
    if not head or len(head) > 6:
        return None
    if not all(w[:1].isupper() or w in NAME_PARTICLES for w in head):
        return None
    words = name_words(" ".join(head))
    if not words or words[-1] in attribution_lexicon().pronouns:
        return None
    return words[-1]


@dataclass(frozen=True, slots=True)
class PolnearArticle:
    name: str
    text: str
    gold: tuple[GoldAttribution, ...]


def load_split(folder: Path) -> list[PolnearArticle]:
    """Articles of one split folder (`text/`, `attributions/`), first annotator each."""
    by_name: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]+$", "", ann.stem)
        by_name.setdefault(name, ann)
    articles: list[PolnearArticle] = []
    for name, ann in sorted(by_name.items()):
        text_path = folder / "text" / f"{name}.txt"
        if text_path.is_file():
            text = text_path.read_text("utf-8")
            gold = tuple(parse_ann(ann.read_text("utf-8")))
            articles.append(PolnearArticle(name=name, text=text, gold=gold))
    return articles
