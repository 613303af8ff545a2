"""Typed records passed between the stages; the article text owns the data, the rest are spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal[
    "title", "heading", "paragraph", "blockquote", "list_item", "table_cell", "code"
]
QuoteKind = Literal["direct", "partial", "block", "headline", "term"]
Resolution = Literal["explicit", "pronoun", "description", "continuation", "none"]
SourceKind = Literal[
    "person", "organization", "outlet", "document", "social_post", "unnamed", "unspecified"
]
#: "belief": what a source thinks, fears or hopes rather than says ("officials fear that …");
#: "declined": a source asked who said nothing ("declined to comment"), no claim;
#: "topic": what a source spoke of or announced, not a statement ("weighed in on the deal",
#: "announced his candidacy")
AttributionKind = Literal[
    "said",
    "according_to",
    "reported",
    "cited",
    "told",
    "social_post",
    "document",
    "belief",
    "declined",
    "topic",
]
NoteLevel = Literal["info", "caution"]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range into `Article.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A span that also carries its exact text (for the reader and for anchoring)."""

    text: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Block:
    id: str
    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Link:
    href: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """Stage 1 output: one canonical text, blocks and links as spans into it."""

    title: str | None
    author: str | None
    date: str | None
    site_name: str | None
    url: str | None
    language: str | None
    text: str
    blocks: tuple[Block, ...]
    links: tuple[Link, ...]
    word_count: int
    hostname: str | None = None

    @property
    def title_block(self) -> Block | None:
        return self.blocks[0] if self.blocks and self.blocks[0].kind == "title" else None

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind != "title")

    @property
    def body_text(self) -> str:
        """The article without its headline block, as bare extractors return it."""
        return "\n\n".join(self.text[b.start : b.end] for b in self.body_blocks)


@dataclass(frozen=True, slots=True)
class Anchor:
    """W3C Web Annotation TextQuoteSelector."""

    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block_index: int


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Stage 2 output: sentences with offsets, grouped by block."""

    sentences: tuple[Sentence, ...]


@dataclass(slots=True)
class Speaker:
    name: str | None
    source_id: str | None
    mention: TextSpan | None
    resolution: Resolution


@dataclass(slots=True)
class Quote:
    id: str
    kind: QuoteKind
    text: str
    start: int
    end: int
    segments: list[Span]
    speaker: Speaker
    cue: TextSpan | None
    confidence: float
    anchor: Anchor


@dataclass(slots=True)
class Attribution:
    id: str
    source_id: str
    kind: AttributionKind
    cue: TextSpan
    claim: Span
    anchor: Anchor


@dataclass(slots=True)
class Source:
    id: str
    name: str
    kind: SourceKind
    named: bool
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    quote_ids: list[str] = field(default_factory=list)
    attribution_ids: list[str] = field(default_factory=list)
    via: str | None = None
    links: list[str] = field(default_factory=list)
    note: str = ""


def relay_chain(source: Source, by_id: dict[str, Source]) -> list[Source]:
    """The sources `source` is known through, nearest first ("via" links followed, cycles cut)."""
    chain: list[Source] = []
    seen = {source.id}
    current = source
    while current.via and current.via in by_id and current.via not in seen:
        current = by_id[current.via]
        seen.add(current.id)
        chain.append(current)
    return chain


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    kind: str
    level: NoteLevel
    message: str
    refs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Timing:
    extract_ms: float
    analyze_ms: float
    total_ms: float


@dataclass(slots=True)
class Analysis:
    """Stages 3-6 output."""

    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    speaker_language: str | None = None


@dataclass(frozen=True, slots=True)
class Annotation:
    """Everything the response stage turns into JSON."""

    article: Article
    analysis: Analysis
    timing: Timing
