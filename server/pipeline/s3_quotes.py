"""Stage 3, quotes: every quotation in the article, found by its marks.

1. each block's quotation marks are classified (opening, closing, apostrophe) by their neighbours;
2. marks are paired with a stack per block, so nested and mixed marks do not cut a quote short;
3. a quote left open at a block's end continues into the next block when that block reopens with a
   mark (the convention), or carries no mark at all and the next one reopens (the sloppy variant);
   a quote left open at the end of the article ends there;
4. blockquote blocks are quotes of their own (kind "block"); pull quotes repeating the body go;
5. quotes in the headline block are kind "headline".

Speakers, cues and the direct/partial/term distinction are stage 4's; this stage only finds spans.
Malformed text never raises: an unmatched mark is ignored or closes at the block's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from server.lexicon import attribution_lexicon
from server.pipeline.model import Article, Span

# Opening mark -> the closing marks that may end it.
_CLOSERS: dict[str, str] = {
    "“": '”"',
    '"': '"”',
    "„": '“”"',
    "«": "»",
    "»": "«",  # German and Danish reverse guillemets, used when no « is open
    "‘": "’'",
    "'": "'’",
    "‚": "‘’",
    "’": "’",  # a closing-style mark used to open (typesetting slips)
    "‹": "›",
}
_DOUBLE = set('“”"„«»')
_ALL_MARKS = set("“”\"„«»‘’'‚‹›")
_LETTER = re.compile(r"\w")
_OPEN_BEFORE = set(" \t\n([{—–-/:;,") | {""}
_PUNCT_AFTER = set(" \t\n.,;:!?)]}—–-…") | {""}


@dataclass(slots=True)
class RawQuote:
    """A quotation found by its marks: spans with marks (segments) and without (inner)."""

    kind: str  # "inline" | "block" | "headline"
    segments: list[Span] = field(default_factory=list)
    inner: list[Span] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)
    closed: bool = True

    @property
    def start(self) -> int:
        return self.segments[0].start

    @property
    def end(self) -> int:
        return self.segments[-1].end

    def words(self, text: str) -> str:
        return " ".join(text[s.start : s.end].strip() for s in self.inner).strip()


def _role(text: str, i: int, start: int, end: int) -> str:
    """'open', 'close', 'both' or 'none' (an apostrophe) for the mark at text[i]."""
    ch = text[i]
    before = text[i - 1] if i > start else ""
    after = text[i + 1] if i + 1 < end else ""
    if ch in "“„«‚‹":
        return "open"
    if ch in "”›":
        return "close"
    if ch == "»":
        return "close" if before and not before.isspace() else "both"
    if ch == "‘":
        if after.isdigit() and not (before and _LETTER.match(before)):
            return "none"  # ‘90s
        return "open"
    letter_before = bool(before) and bool(_LETTER.match(before))
    letter_after = bool(after) and bool(_LETTER.match(after))
    if ch in "’'":
        if letter_before and letter_after:
            return "none"  # don't, Ukraine’s
        if (before in _OPEN_BEFORE or before.isspace()) and after.isdigit():
            return "none"  # ’90s
        if text[i : i + 3] in ("’n’", "'n'") or text[max(start, i - 2) : i + 1] in ("’n’", "'n'"):
            return "none"  # rock ’n’ roll
        if not before or before.isspace() or before in "([{" or before in _ALL_MARKS:
            return "open" if after and not after.isspace() else "none"
        # After a letter or punctuation, followed by space or punctuation: a closer (`win,’ he`).
        if after in _PUNCT_AFTER or after.isspace() or after in _ALL_MARKS:
            return "close"
        if before in _OPEN_BEFORE:
            return "open"  # —‘word
        return "none"
    if ch == '"':
        return _double_role(before, after)
    return "none"


def _double_role(before: str, after: str) -> str:
    """The role of a straight double mark (or `''`) between the characters `before` and `after`."""
    if before in _OPEN_BEFORE or before.isspace() or before in "“‘(":
        return "open" if after and not after.isspace() else "close"
    if after in _PUNCT_AFTER or after.isspace() or after in _ALL_MARKS:
        return "close"
    return "both"


def _double_apostrophe(text: str, i: int, start: int, end: int) -> str | None:
    """The role of `''` at text[i:i+2], typed for a double mark (`''Swaps are tricky,'' he
    said`), or None when text[i] starts no such pair."""
    if text[i : i + 2] != "''" or i + 1 >= end:
        return None
    if _triple_apostrophe(text, i - 1, start, end) == "close":
        # `… care about you at all,''' said Mr. Meyer`: the first closes the inner single quote,
        # these two the double one.
        return "close"
    if i > start and text[i - 1] == "'":
        return None
    before = text[i - 1] if i > start else ""
    if text[i + 2 : i + 3] == "'":
        # `'''I'm back,' he told me,'' she said`: these two open the double quote, the third the
        # single one inside it.
        return "open" if _triple_apostrophe(text, i, start, end) == "open" else None
    after = text[i + 2] if i + 2 < end else ""
    return _double_role(before, after)


def _triple_apostrophe(text: str, i: int, start: int, end: int) -> str | None:
    """The role of exactly three apostrophes at text[i:i+3] (a double and a single quote mark
    typed together), or None when there are not exactly three."""
    if i < start or i + 3 > end or text[i : i + 3] != "'''":
        return None
    if (i > start and text[i - 1] == "'") or text[i + 3 : i + 4] == "'":
        return None
    before = text[i - 1] if i > start else ""
    after = text[i + 3] if i + 3 < end else ""
    return _double_role(before, after)


@dataclass(slots=True)
class _Open:
    pos: int
    mark: str


def _pair_block(
    text: str, start: int, end: int, carried: _Open | None, scan_from: int
) -> tuple[list[tuple[int, int, str]], _Open | None]:
    """Top-level (open, close, mark) pairs in text[start:end]; close == -1 marks an open tail.

    `carried` is a quote still open from the previous block. Returns the pairs and the quote still
    open at the block's end, if any.
    """
    stack: list[_Open] = [carried] if carried else []
    pairs: list[tuple[int, int, str]] = []
    skip = -1
    for i in range(scan_from, end):
        ch = text[i]
        if ch not in _ALL_MARKS or i == skip:
            continue
        doubled = _double_apostrophe(text, i, start, end) if ch == "'" else None
        if doubled is not None:
            # Two apostrophes typed for a double mark (`“would not be enough'' for`).
            ch, skip, role = '"', i + 1, doubled
        else:
            role = _role(text, i, start, end)
        if role == "none":
            continue
        if (
            stack
            and stack[-1].mark in "„‚"
            and ch in "“‘"
            and i > start
            and not text[i - 1].isspace()
        ):
            role = "close"  # German „…“ and ‚…‘: the closer is an English opener
        closes = [k for k in range(len(stack) - 1, -1, -1) if ch in _CLOSERS.get(stack[k].mark, "")]
        single = ch in "‘’'‚‹›"
        # A single mark may only close a single quote; a double closes the innermost double.
        if role in ("close", "both") and closes:
            k = closes[0]
            if single and stack[k].mark not in "‘'‚‹" and role == "close":
                continue
            opened = stack[k]
            del stack[k:]
            if not stack:
                pairs.append((opened.pos, skip if skip == i + 1 else i, opened.mark))
            continue
        if role in ("open", "both"):
            # A top-level single quote needs a plausible closer in the same block.
            if (
                single
                and not stack
                and role == "open"
                and not _has_single_closer(text, i + 1, end, ch)
            ):
                continue
            stack.append(_Open(i, ch))
    if stack:
        return pairs, stack[0]
    return pairs, None


def _has_single_closer(text: str, start: int, end: int, opener: str) -> bool:
    for j in range(start, min(end, start + 400)):
        if text[j] in "’'" and _role(text, j, start - 1, end) == "close":
            return True
        if opener == "‚" and text[j] == "‘" and not text[j - 1].isspace():
            return True
    return False


#: A quotation inside a block, in double marks, of four words or more.
_QUOTED_PART = re.compile(r"[“\"][^“”\"\s]+(?:\s+[^“”\"\s]+){3,}[”\"]")
#: An embedded post's signature or link ("— Paul Betts (@paulcbetts) June 7, 2016").
_EMBEDDED_POST = re.compile(r"\(@\w+\)|pic\.twitter\.com/|^\s*[—–]")


@cache
def _cue_word() -> re.Pattern[str]:
    verbs = sorted(attribution_lexicon().quote_cue_verbs, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b")


def _reports_inside(block_text: str) -> bool:
    """A blockquote that quotes someone with a cue of its own (`“…,” Trump said in the
    statement.`, `He told the BBC: “…”`) is reported text set apart, read like any paragraph:
    its quotations are the quotes, not the whole block."""
    if not _QUOTED_PART.search(block_text) or _EMBEDDED_POST.search(block_text):
        return False
    return _cue_word().search(_QUOTED_PART.sub(" ", block_text)) is not None


def _starts_with_open(text: str, block_start: int, block_end: int) -> str | None:
    i = block_start
    while i < block_end and text[i].isspace():
        i += 1
    if i < block_end and _double_apostrophe(text, i, block_start, block_end) in ("open", "both"):
        return '"'
    if (
        i < block_end
        and text[i] in _ALL_MARKS
        and _role(text, i, block_start, block_end) in ("open", "both")
    ):
        return text[i]
    return None


def _has_marks(text: str, start: int, end: int) -> bool:
    return any(text[i] in _DOUBLE for i in range(start, end)) or "''" in text[start:end]


def _inner(text: str, start: int, end: int) -> Span:
    """The span without its quotation marks and surrounding space."""
    while start < end and (text[start] in _ALL_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _ALL_MARKS or text[end - 1].isspace()):
        end -= 1
    return Span(start, end)


def _norm_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def find_quotes(article: Article) -> list[RawQuote]:
    """All quotations of the article in text order."""
    text = article.text
    blocks = article.blocks
    quotes: list[RawQuote] = []
    current: RawQuote | None = None
    carried: _Open | None = None

    def close_current() -> None:
        nonlocal current, carried
        if current is not None and current.segments:
            current.closed = False
            quotes.append(current)
        current, carried = None, None

    # Blockquote blocks that are quotes of their own (not reported text set apart).
    set_apart = {
        i
        for i, b in enumerate(blocks)
        if b.kind == "blockquote" and not _reports_inside(text[b.start : b.end])
    }
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if index in set_apart:
            close_current()
            quote = RawQuote(kind="block")
            while index in set_apart:
                b = blocks[index]
                quote.segments.append(Span(b.start, b.end))
                quote.inner.append(_inner(text, b.start, b.end))
                quote.blocks.append(index)
                index += 1
            quotes.append(quote)
            continue
        kind = "headline" if block.kind == "title" else "inline"
        if current is not None and kind == "inline":
            reopen = _starts_with_open(text, block.start, block.end)
            if reopen is None:
                # The sloppy variant: an unmarked paragraph between the open and a reopening one.
                nxt = blocks[index + 1] if index + 1 < len(blocks) else None
                if (
                    not _has_marks(text, block.start, block.end)
                    and nxt is not None
                    and nxt.kind == "paragraph"
                    and _starts_with_open(text, nxt.start, nxt.end)
                ):
                    current.segments.append(Span(block.start, block.end))
                    current.inner.append(_inner(text, block.start, block.end))
                    current.blocks.append(index)
                    index += 1
                    continue
                if (
                    carried is not None
                    and text[block.start : block.start + 1].islower()
                    and _has_marks(text, block.start, block.end)
                ):
                    # A paragraph split mid-sentence (`… decision-maker.` / `based on …,” said
                    # Nicholson`): the quote runs on into it, to its closing mark.
                    carried = _Open(block.start, carried.mark)
                else:
                    close_current()
            else:
                carried = _Open(_skip_space(text, block.start), reopen)
        elif current is not None:
            close_current()
        scan_from = (
            # past the opening mark, both apostrophes of a `''`
            carried.pos + (2 if text[carried.pos : carried.pos + 2] == "''" else 1)
            if carried is not None and carried.pos >= block.start
            else block.start
        )
        pairs, still_open = _pair_block(text, block.start, block.end, carried, scan_from)
        for open_pos, close_pos, _mark in pairs:
            if current is not None and open_pos == carried_pos(carried):
                current.segments.append(Span(open_pos, close_pos + 1))
                current.inner.append(_inner(text, open_pos, close_pos + 1))
                current.blocks.append(index)
                current.closed = True
                quotes.append(current)
                current = None
                carried = None
                continue
            quotes.append(
                RawQuote(
                    kind=kind,
                    segments=[Span(open_pos, close_pos + 1)],
                    inner=[_inner(text, open_pos, close_pos + 1)],
                    blocks=[index],
                )
            )
        if still_open is not None:
            if current is not None and carried is not None and still_open.pos == carried.pos:
                current.segments.append(Span(still_open.pos, block.end))
                current.inner.append(_inner(text, still_open.pos, block.end))
                current.blocks.append(index)
            else:
                current = RawQuote(
                    kind=kind,
                    segments=[Span(still_open.pos, block.end)],
                    inner=[_inner(text, still_open.pos, block.end)],
                    blocks=[index],
                )
            carried = still_open
            if kind == "headline":
                close_current()
        else:
            carried = None
            if current is not None:
                close_current()
        index += 1
    close_current()
    quotes = [q for q in quotes if any(s.end > s.start for s in q.inner)]
    quotes.sort(key=lambda q: q.start)
    return _drop_pull_quotes(text, quotes, [(b.start, b.end) for b in blocks])


def carried_pos(carried: _Open | None) -> int:
    return carried.pos if carried else -1


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _drop_pull_quotes(
    text: str, quotes: list[RawQuote], bounds: list[tuple[int, int]]
) -> list[RawQuote]:
    """A blockquote that repeats words found elsewhere in the article is reported once; so is a
    paragraph that is nothing but a quote repeating a body quote (a quoted subheading)."""
    others = [q for q in quotes if q.kind != "block"]
    body = _norm_words(text)
    spoken = [(o, _norm_words(o.words(text))) for o in others]
    kept: list[RawQuote] = []
    for quote in quotes:
        words = _norm_words(quote.words(text))
        if quote.kind == "block":
            if words and len(words.split()) >= 4:
                in_quotes = any(words in _norm_words(o.words(text)) for o in others)
                if in_quotes or body.count(words) > 1:
                    continue
        elif (
            quote.kind == "inline"
            and len(quote.blocks) == 1
            and len(words.split()) >= 3
            and not text[bounds[quote.blocks[0]][0] : quote.start].strip()
            and not text[quote.end : bounds[quote.blocks[0]][1]].strip(" .")
            and _repeats_quote(words, [w for o, w in spoken if o is not quote])
        ):
            continue
        kept.append(quote)
    return kept


def _repeats_quote(words: str, spoken: list[str]) -> bool:
    """Whether the words are quoted elsewhere: in one quote, or in two consecutive ones (a quote
    split by its cue, “I'm not,” she said, “but …”)."""
    joined = [f"{a} {b}" for a, b in pairwise(spoken)]
    return any(f" {words} " in f" {other} " for other in (*spoken, *joined))
