"""Sentences and clauses around a position: the window of the sentence that touches it
(`clause_window`, on stage 2's one definition of a sentence break), a `TextSpan` of the text
(`text_span`), and the subject named at a sentence's start (`lead_subject`: a name, a pronoun
or a description). The quote-cue finder reads both; the tracker reads a sentence's edges (the
document a description names) and the reported-speech finders its opening subject, so these
helpers sit below all three.
"""

from __future__ import annotations

import re
from functools import cache

from server.lexicon import attribution_lexicon
from server.pipeline.mentions import OPENING_PARTICIPLE
from server.pipeline.model import TextSpan
from server.pipeline.s2_segmentation import sentence_breaks
from server.pipeline.s4_speakers.patterns import trie

#: Characters before a quote searched first for the sentence break.
_NEAR_WINDOW = 600


def clause_window(text: str, lo: int, hi: int, *, backwards: bool) -> tuple[int, int]:
    """Trim [lo, hi) to the sentence touching `hi` (backwards) or `lo` (forwards)."""
    if backwards:
        # The lookahead must see the quotation mark (or `''`) and letter that follow `hi`. The
        # sentence break is looked for near `hi` first: a window may span a whole long paragraph.
        for near in (max(lo, hi - _NEAR_WINDOW), lo):
            start = -1
            for boundary in sentence_breaks(text, near, min(len(text), hi + 3)):
                if boundary.end() <= hi:
                    start = boundary.end()
            if start >= 0:
                return start, hi
            if near == lo:
                break
        return lo, hi
    found = next(sentence_breaks(text, lo, hi), None)
    return lo, (found.start() + 1 if found else hi)


def text_span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(text=text[start:end], start=start, end=end)


#: The subject at a sentence's start: a pronoun or a short capitalised name ("The RCMP").
@cache
def _sentence_subject() -> re.Pattern[str]:
    """A name or pronoun opening a sentence, after an opening adverb or phrase ("Later, he voiced
    …", "Last month, FBI Director James Comey called …", "By the end of the day, Mr. Trump was
    …"), before an apposition or aside set off by commas ("Brian Fallon, a spokesman for Mrs.
    Clinton, called …", "De Blasio, speaking on WOR710, called …")."""
    lex = attribution_lexicon()
    openers = {w.capitalize() for w in lex.clause_prepositions}
    openers |= {"Last", "Earlier", "Later", "Speaking", "Asked"}
    people = trie(sorted(lex.role_nouns | lex.plural_groups | lex.unnamed_heads))
    return re.compile(
        rf"\s*(?:(?:[A-Z][a-z]+|(?:{'|'.join(sorted(openers))})"
        r"\s[^,.;:!?“”\"]{1,80}?),\s+(?=he\b|she\b|they\b|[A-Z]))?"
        r"(?P<np>[Hh]e|[Ss]he|[Tt]hey"
        # (a role before the name: "Democratic candidate Hillary Clinton")
        rf"|(?:(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:{people})\s+(?=[A-Z]))?"
        # (a particle inside: "Nur Aisyah binti Ahmad", "Ludwig van Beethoven")
        r"(?:The\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:bin|binti|van|von|de|der|da|dos|al|el)\s+)?"
        r"[A-Z][\w.'’-]*){0,4})"
        # (no modifier of a noun for people: "Obama aides", "Democratic candidate")
        rf"(?!\s+(?:{people})\b)"
        # (an abbreviation's period inside: "a spokesman for Mrs. Clinton"; or a comparison: ", like
        # Obama,")
        r"(?:,\s+(?:(?:a|an|the|like|unlike|who|whose)\s|[a-z]+ing\s)"
        r"(?:[A-Z][a-z]{0,3}\.|[^,.;:!?“”\"]){1,80},)?"
        r"(?=\s+(?!(?:bin|binti|van|von|de|der|da|dos|al|el)\s)[a-z])"
    )


#: Plural heads that are verbs too ("delegates", "groups", "reports"), never a lead's head noun.
_VERB_LIKE_HEADS = frozenset(
    {"delegates", "groups", "reports", "records", "figures", "estimates", "studies", "polls"}
)


@cache
def _lead_description() -> re.Pattern[str]:
    """The subject at a sentence's start when it is a description: a determiner, up to three
    modifiers and a role or source noun ("The spokesman refused …, but said …", "His chief aide
    doubled down …, saying": the last head noun, not "His chief")."""
    lex = attribution_lexicon()
    # (not a head that is also a verb after a role: "The governor delegates most decisions")
    heads = trie(sorted((lex.role_nouns | lex.unnamed_heads) - _VERB_LIKE_HEADS))
    return re.compile(
        r"\s*(?:(?:But|And|Yet|So|Still),?\s+)?"
        r"(?P<np>(?:(?i:the|a|an|his|her|their|its|other|some|several|many|two|three|both)"
        r"(?:\s+[\w'’-]+){0,3}"
        # ("White House officials were angered … and predicted": no determiner, a name before;
        # "Nuclear proliferation experts", "Defense policy experts": a noun or adjective after
        # it, by its ending, never a verb's, as in "Trump met experts")
        r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
        r"(?:\s+[a-z]+(?:tion|sion|ment|ity|ance|ence|ics|ship|ism|ary|ory|al|ive|ic|ous|cy|ist|ian)){0,2})"
        rf"\s+{heads})(?=\s+[a-z])"
    )


def lead_subject(text: str, pos: int = 0) -> re.Match[str] | None:
    """The sentence subject named at `pos`: a name, a pronoun or a description (after an
    opening participle phrase: "Arriving upon the scene, police began …, believing …")."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    opening = OPENING_PARTICIPLE.match(text, pos)
    if opening:
        pos = opening.end()
    return (
        _DESCRIBED_NAME.match(text, pos)
        or _lead_description().match(text, pos)
        or _sentence_subject().match(text, pos)
    )


#: A description, then the name it describes set off by commas, opening a sentence: "The
#: Minister of Art, Culture and Creative Economy, Hannatu Musawa, congratulated …".
_DESCRIBED_NAME = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still),?\s+)?(?:[Tt]he|[Aa]n?|[A-Z][\w'’-]*['’]s)\s+"
    r"(?:[\w'’&-]+,?\s+){0,8}?[\w'’&-]+,\s+"
    r"(?P<np>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|bin|binti|van|de|der|al|el|da|dos)){1,4}),"
    r"\s+(?=[a-z])"
)


#: A comma and the subject of a main clause after it ("When Trump took the stage, Clinton …";
#: not "When Trump spoke about jobs, trade and crime").
_NEW_SUBJECT = re.compile(r",\s+(?:[A-Z][\w'’.-]*|he|she|they|it|we|I)\b")
#: A relative clause between a sentence's subject and a verb joined to its first one: the
#: verb is the relative's ("hugged her daughter, who smiled and said").
_ANOTHER_CLAUSE = re.compile(r",\s*(?:who|whom|whose|which)\b")


def joined_subject(text: str, pos: int, verb: int) -> re.Match[str] | None:
    """The subject named at `pos` of a verb at `verb` joined to its first one by "and"/"but"
    ("A spokesman declined to comment but said …"), unless a relative clause comes between
    ("Clinton hugged her daughter, who smiled and said": the daughter's), the subject is a
    subordinate clause's and a main clause's follows a comma ("When Trump took the stage,
    Clinton waved and said"), or the sentence opens on a count ("Eight years ago, …")."""
    lead = lead_subject(text, pos)
    if lead is None:
        return None
    first = lead.group("np").split()[0].casefold()
    if first in attribution_lexicon().count_words:
        return None  # "Eight years ago, Obama signed the order and said"
    if first in attribution_lexicon().subordinators and _NEW_SUBJECT.search(
        text, lead.end("np"), verb
    ):
        return None  # "When Trump took the stage, Clinton waved and said": Clinton's
    relative = max(
        (m.end() for m in _ANOTHER_CLAUSE.finditer(text, lead.end("np"), verb)), default=None
    )
    if relative is not None and "," not in text[relative:verb]:
        return None  # (one closed by a comma is done: "Schultz supported Democrats on MSNBC,
        # which let him go in 2015, and said …")
    return lead
