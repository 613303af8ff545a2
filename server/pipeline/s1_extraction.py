"""Stage 1, extraction: page HTML -> `Article`, one canonical text with blocks and links as spans.

The only module that imports trafilatura. The cascade:
1. trafilatura extracts the main content as XML (keeps <quote>, <list>, <ref target>, <head>);
2. the XML is walked into blocks, whitespace collapsed, inline links kept with their offsets;
3. chrome trafilatura leaves in the body (promotions, share prompts, bylines, credits) is dropped;
4. the headline becomes the first block (kind "title") so headline quotes are spans too;
5. metadata is filled from the page, then from the request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree

from server.errors import NoArticle
from server.lexicon import chrome_match
from server.pipeline.model import Article, Block, BlockKind, Link

import trafilatura  # isort: skip  (heavy import kept last on purpose)

MIN_BODY_WORDS = 40
MIN_LONGEST_BLOCK_WORDS = 12
MAX_LINK_DENSITY = 0.5
MIN_SENTENCES = 3
_SENTENCE_END = re.compile(r"\w[.!?…][\"”’)]*(?:\s|$)")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I
)
_OG_LOCALE = re.compile(
    r"<meta\b[^>]*?property\s*=\s*[\"']og:locale[\"'][^>]*?content\s*=\s*[\"']([A-Za-z]{2,3})", re.I
)

# trafilatura XML element -> block kind; containers are walked into their children.
_LEAF_KINDS: dict[str, BlockKind] = {
    "p": "paragraph",
    "head": "heading",
    "item": "list_item",
    "cell": "table_cell",
    "code": "code",
}


@dataclass(slots=True)
class _RawBlock:
    kind: BlockKind
    text: str = ""
    links: list[tuple[str, int, int]] = field(default_factory=list)


class _BlockBuilder:
    """Accumulates one block's text with whitespace collapsed, tracking link offsets."""

    def __init__(self, kind: BlockKind) -> None:
        self.block = _RawBlock(kind)
        self._parts: list[str] = []
        self._length = 0
        self._pending_space = False

    def add(self, text: str | None) -> None:
        if not text:
            return
        for i, piece in enumerate(_WS.split(text)):
            if i > 0:
                self._pending_space = True
            if not piece:
                continue
            if self._pending_space and self._length:
                self._parts.append(" ")
                self._length += 1
            self._pending_space = False
            self._parts.append(piece)
            self._length += len(piece)

    def space(self) -> None:
        self._pending_space = True

    @property
    def length(self) -> int:
        return self._length

    def finish(self) -> _RawBlock:
        text = self.block.text = "".join(self._parts)
        # A link recorded before a pending space starts one character later.
        self.block.links = [
            (href, start + 1 if text[start : start + 1] == " " else start, end)
            for href, start, end in self.block.links
        ]
        return self.block


def _walk_inline(element: etree._Element, builder: _BlockBuilder) -> None:
    builder.add(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "lb":
            builder.space()
        elif tag == "ref" and child.get("target"):
            before = builder.length
            _walk_inline(child, builder)
            if builder.length > before:
                builder.block.links.append((child.get("target", ""), before, builder.length))
        elif tag in ("graphic",):
            pass
        else:
            _walk_inline(child, builder)
        builder.add(child.tail)


_INLINE_TAGS = frozenset({"hi", "ref", "lb", "del"})


def _walk_blocks(
    element: etree._Element, kind_override: BlockKind | None, out: list[_RawBlock]
) -> None:
    # Text sitting loose in a container (a heading's tail, inline runs between blocks) is a
    # paragraph of its own: trafilatura emits it that way when a page has no <p> around it.
    loose = _BlockBuilder(kind_override or "paragraph")

    def flush() -> None:
        nonlocal loose
        raw = loose.finish()
        if raw.text:
            out.append(raw)
        loose = _BlockBuilder(kind_override or "paragraph")

    loose.add(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _INLINE_TAGS:
            if tag == "lb":
                loose.space()
            else:
                _walk_inline_into(child, loose)
            loose.add(child.tail)
            continue
        flush()
        if tag == "quote":
            if any(isinstance(c.tag, str) and c.tag in ("p", "list", "head") for c in child):
                _walk_blocks(child, "blockquote", out)
            else:
                _add_leaf(child, "blockquote", out)
        elif tag in ("list", "table", "row", "div", "main", "section"):
            _walk_blocks(child, kind_override, out)
        elif tag in _LEAF_KINDS:
            kind = kind_override if kind_override and tag == "p" else _LEAF_KINDS[tag]
            _add_leaf(child, kind, out)
        elif tag and tag not in ("graphic", "comments"):
            _add_leaf(child, kind_override or "paragraph", out)
        loose.add(child.tail)
    flush()


def _walk_inline_into(element: etree._Element, builder: _BlockBuilder) -> None:
    """One inline element (with its links) into a builder, as `_walk_inline` does for children."""
    if element.tag == "ref" and element.get("target"):
        before = builder.length
        _walk_inline(element, builder)
        if builder.length > before:
            builder.block.links.append((element.get("target", ""), before, builder.length))
    else:
        _walk_inline(element, builder)


def _add_leaf(element: etree._Element, kind: BlockKind, out: list[_RawBlock]) -> None:
    builder = _BlockBuilder(kind)
    _walk_inline(element, builder)
    raw = builder.finish()
    if raw.text:
        out.append(raw)


def _is_chrome(raw: _RawBlock, author: str | None) -> bool:
    text = raw.text.strip()
    if chrome_match(text):
        return True
    # A byline or author name repeated as a paragraph of its own.
    if author:
        bare = re.sub(r"^(?:by|written by)\s+", "", text, flags=re.I).strip(" .|,")
        if bare.casefold() == author.casefold():
            return True
    # A paragraph that is nothing but one link is a promotion, unless it reads as a sentence.
    if raw.kind == "paragraph" and raw.links and len(raw.links) == 1:
        _, start, end = raw.links[0]
        if (
            start == 0
            and end == len(text)
            and len(text.split()) <= 20
            and not text.endswith((".", "”", '"'))
        ):
            return True
    return False


def _require_article(body: list[_RawBlock]) -> None:
    """Raise `NoArticle` for what is not a story: too little text, teasers, lists of links.

    Measured on the 198 corpus pages: every article has a paragraph of at least 28 words (the
    floor is set well below, for outlets that write one-sentence paragraphs), several
    sentences, and at most 26% of its words in links; a home page or a search page does not.
    """
    counts = [len(_WORD.findall(raw.text)) for raw in body]
    words = sum(counts)
    if words < MIN_BODY_WORDS or max(counts, default=0) < MIN_LONGEST_BLOCK_WORDS:
        raise NoArticle()
    if sum(len(_SENTENCE_END.findall(raw.text)) for raw in body) < MIN_SENTENCES:
        raise NoArticle()
    linked = sum(len(_WORD.findall(raw.text[s:e])) for raw in body for _, s, e in raw.links)
    if linked > MAX_LINK_DENSITY * words:
        raise NoArticle()


def _language(html: str) -> str | None:
    head = html[:20000]
    match = _HTML_LANG.search(head) or _OG_LOCALE.search(head)
    return match.group(1).lower() if match else None


def _assemble(
    title: str | None, raws: list[_RawBlock]
) -> tuple[str, tuple[Block, ...], tuple[Link, ...]]:
    parts: list[str] = []
    blocks: list[Block] = []
    links: list[Link] = []
    offset = 0
    entries: list[_RawBlock] = (
        [_RawBlock("title", _WS.sub(" ", title).strip())] if title else []
    ) + raws
    for raw in entries:
        if not raw.text:
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        blocks.append(
            Block(id=f"b{len(blocks)}", kind=raw.kind, start=offset, end=offset + len(raw.text))
        )
        for href, start, end in raw.links:
            links.append(
                Link(href=href, text=raw.text[start:end], start=offset + start, end=offset + end)
            )
        parts.append(raw.text)
        offset += len(raw.text)
    return "".join(parts), tuple(blocks), tuple(links)


def extract(html: str, *, url: str | None = None, title: str | None = None) -> Article:
    """Turn a page's HTML into an `Article`; raise `NoArticle` when the page has no article."""
    # 1. trafilatura's XML keeps the structure plain text and JSON lose.
    xml = trafilatura.extract(
        html,
        url=url,
        output_format="xml",
        include_formatting=True,
        include_links=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        with_metadata=True,
        deduplicate=False,
    )
    if not xml:
        raise NoArticle()
    try:
        doc = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError as exc:  # pragma: no cover - trafilatura emits well-formed XML
        raise NoArticle("The page's content could not be read.") from exc

    author = doc.get("author") or None
    # 2. blocks from the XML, 3. chrome dropped.
    raws: list[_RawBlock] = []
    main = doc.find("main")
    _walk_blocks(main if main is not None else doc, None, raws)
    body = [raw for raw in raws if not _is_chrome(raw, author)]
    _require_article(body)
    body_words = sum(len(_WORD.findall(raw.text)) for raw in body)

    # 4. the headline leads the text (once: a repeated <h1> in the body goes);
    # 5. metadata from the page, then the request.
    headline = _WS.sub(" ", doc.get("title") or title or "").strip() or None
    if headline:
        key = _WORD.findall(headline.casefold())
        body = [
            raw
            for i, raw in enumerate(body)
            if not (
                i < 3
                and raw.kind in ("heading", "paragraph")
                and _WORD.findall(raw.text.casefold()) == key
            )
        ]
    text, blocks, links = _assemble(headline, body)
    page_url = url or doc.get("url") or None
    hostname = doc.get("hostname") or (urlsplit(page_url).hostname if page_url else None)
    return Article(
        title=headline,
        author=author,
        date=doc.get("date") or None,
        site_name=doc.get("sitename") or None,
        url=page_url,
        language=_language(html),
        text=text,
        blocks=blocks,
        links=links,
        word_count=body_words,
        hostname=hostname,
    )


def bare_trafilatura_text(html: str, url: str | None = None) -> str:
    """trafilatura alone, plain text: the baseline the benchmarks compare against."""
    return trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""
