"""A claim of reported speech as a finder returns it, before its speaker is resolved
(`FoundClaim`), the attribution kind its verb makes (`kind_for`: said, told, according_to,
belief, document …) and how a claim's span is cut (`skip_lead`, `trim_claim`). The
reported-speech driver and the construction finders both build claims this way, so they share
this module rather than import each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from server.lexicon import attribution_lexicon
from server.pipeline.mentions import Mention
from server.pipeline.model import AttributionKind, Span, TextSpan
from server.pipeline.s4_speakers.patterns import AUDIENCE
from server.pipeline.s4_speakers.tracker import document_head


@dataclass(frozen=True, slots=True)
class FoundClaim:
    """Reported speech as found in a sentence, before its speaker is resolved."""

    mention: Mention  # the words naming the source
    kind: AttributionKind
    cue: TextSpan
    claim: Span
    #: whether quoted words inside the claim are the source's (not hearsay's: in "Obama is
    #: reported to have called the Saudis “free riders”" the words are Obama's)
    speaks_quotes: bool = True


def kind_for(verb: str, mention: Mention) -> AttributionKind:
    verb = verb.casefold()
    if verb == "according to":
        return "according_to"
    if verb.startswith(("report",)):
        return "reported"
    if verb.startswith("cite"):
        return "cited"
    if verb.startswith(("tweet", "post")):
        return "social_post"
    if verb.startswith(("tell", "told")):
        return "told"
    if verb in attribution_lexicon().belief_verbs:
        return "belief"
    if (
        mention.name
        and document_head(mention.name)
        # ("Bill Powers said": a person whose given name is a document noun)
        and not (
            mention.kind == "name"
            and mention.name.split()[0].casefold() in attribution_lexicon().given_names
        )
    ):
        return "document"
    return "said"


#: A wire story's dateline ("LONDON (Reuters) - ", "KYIV, Ukraine (AP) — ", "(CNN) — "), or
#: an interview's "Q:".
_DATELINE = re.compile(
    r"\s*(?:Q\s*(?=:)|[A-Z]{3,}[A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,2})?"
    r"(?:\s*\([^()\n]{1,40}\))?|\([^()\n]{1,40}\))\s*(?:[-–—―]{1,2}|:)\s+"
)


def skip_lead(text: str, lo: int, hi: int) -> int:
    """Skip a leading connective ('However, ') of a claim, or a dateline that opens its
    paragraph ("LONDON (Reuters) - Britain's economy shrank …, official data showed", "Q: …")."""
    if lo == 0 or text[lo - 1] == "\n":
        dateline = _DATELINE.match(text, lo, hi)
        if dateline:
            lo = dateline.end()
    m = re.match(r"\s*(?:However|But|And|Meanwhile|Still|Yet|Also|Now|So)\s*,?\s+", text[lo:hi])
    return lo + m.end() if m else lo


#: A participle phrase that closes a claim and adds to something, saying nothing ("…, adding to
#: the criticism from her own party.").
_ADDING_TO_TAIL = re.compile(rf",\s+(?:adding|added)\s+to\s+(?!{AUDIENCE})[^,;:]*$")


def trim_claim(text: str, lo: int, hi: int) -> Span:
    tail = _ADDING_TO_TAIL.search(text, lo, hi)
    if tail:
        hi = tail.start()
    while lo < hi and (text[lo].isspace() or text[lo] in ",:;"):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ".,;:"):
        hi -= 1
    # (a parenthesis whose other half is outside the claim: "(Mr. Trump's book has sold …")
    if lo < hi and text[lo] == "(" and ")" not in text[lo:hi]:
        lo += 1
    if lo < hi and text[hi - 1] == ")" and "(" not in text[lo:hi]:
        hi -= 1
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ".,;:"):
            hi -= 1
    return Span(lo, hi)
