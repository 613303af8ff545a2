"""Reported speech without a plain verb of saying, one finder per construction, each reading
one sentence: characterisations ("in what officials called a hate crime"), refusals ("declined
to comment", kind `declined`), expectations and views ("Officials expect the bank to raise
rates", kind `belief`), stances of unnamed people ("Critics blame the mayor for …", kind
`belief`) and remarks on a topic ("weighed in on …", "ruled out …", kind `topic`).
`_find_reported_all` runs every one of them on every sentence; each has a pattern and subject
rules of its own, so they are kept out of the main "X said that" reader.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from server.lexicon import attribution_lexicon, outlet_table
from server.pipeline.mentions import WEEKDAY, Mention, parse_subject
from server.pipeline.model import AttributionKind, Span
from server.pipeline.s4_speakers.claims import FoundClaim, kind_for, trim_claim
from server.pipeline.s4_speakers.clauses import text_span
from server.pipeline.s4_speakers.patterns import (
    ABBREVIATION,
    ADVERB,
    AUXILIARY,
    BARE_CLAUSE,
    BE_BEFORE,
    DETERMINER_BEFORE,
    JOINED_VERB,
    NP_IN_CLAUSE,
    POSSESSIVE_BEFORE,
    last_subordinator,
    reporting_verb,
    trie,
)

#: A characterisation: "in what officials called a hate crime", "a bill that critics called
#: anti-gay", "Critics call it the nerd prom".  The complement is the claim; a particle or a
#: preposition after the verb makes it another verb ("called him back", "called it off").
_CHARACTERIZED = re.compile(
    # (the nearest "what", "that" or "which": none inside the subject)
    r"(?:\b(?:what|that|which)\s+(?P<np>(?:(?!\b(?:what|that|which)\b)[^,.;:!?“”\"—–]){1,60}?)\s+"
    r"|(?:^|(?<=[,;—–-])\s+|\bbut\s+)(?P<lead>(?:(?!\s-\s)[^,.;:!?“”\"—–]){1,60}?)\s+"
    r"(?=(?:(?:would|also)\s+)?call(?:s|ed)?\s+(?:it|them|him|her|this|that)\s))"
    # ("are"/"is" only before a participle: "what some are criticizing as"; "what the program
    # is called" is a name)
    r"(?:(?:has|have|had|would|might|may|could|also)\s+|(?:are|is)\s+(?=\w+ing\s))?"
    # ("consider" and "deem" only after "what": "what most people would consider appropriate
    # conduct"; "the bill that the Senate considered" is deliberation)
    r"(?P<verb>call(?:s|ed)?|dubbed|termed|labell?ed|branded"
    # ("in what some are criticizing as just another photo op", "what he hailed as a victory")
    r"|(?:(?:criticiz|criticis|denounc|describ)(?:e[sd]?|ing)|hail(?:s|ed|ing)?)\s+as"
    r"|(?<=\s)(?P<view>consider(?:s|ed)?|deem(?:s|ed)?))"
    r"(?(lead)\s+(?:it|them|him|her|this|that))"
    r"\s+(?!(?:back|up|off|out|in|at|on|to|for|from|over|into|about|after|quits|a\s+day|a\s+night|"
    r"him|her|them|it|the\s+police|police|"
    # (how often someone was phoned: "called him several times", "called her twice")
    r"several|many|multiple|numerous|twice|once|again|repeatedly|every|last|late|early|\d+)\b)"
    r"(?P<claim>[^,.;:!?“”\"—–]{2,80}?)"
    r"(?=\s*(?:[,.;:!?)—–]|$)|\s+-\s"
    r"|\s+(?:and\s+(?:said|says|added|urged)|because|after|before|while|when|as)\b)"
)


_NAME_THEN_PREPOSITION = re.compile(
    r"(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*"
    r"(?:\s+(?:about|on|at|to|in|for|from|with|after|before|during)\b.*)?$"
)


def characterizations(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """What a source called something, in a sentence: the complement is the claim."""
    found = []
    for m in _CHARACTERIZED.finditer(sentence):
        group = "np" if m.group("np") is not None else "lead"
        np, claim = m.group(group), m.group("claim")
        if m.group("view") and not m.group().casefold().startswith("what"):
            continue
        if (
            # "that a company called Sansun USA": a name given, not a view
            (group == "np" and re.match(r"(?:an?|one)\s", np, re.IGNORECASE))
            # "he took only one call": a noun
            or re.search(r"\b(?:one|a|an|the|this|every|each|phone|conference)$", np)
            # "called Sanders (about the race)": a name, phoned or given
            or _NAME_THEN_PREPOSITION.match(claim)
            or re.match(r"(?:more\s+)?attention\b", claim)
            # "She called her mother every day": a relative phoned, "her" a possessive
            or claim.split()[0].casefold() in attribution_lexicon().relation_nouns
            # "what she called “the angry …”": the quote is found, with its speaker, as a quote
            or (
                sentence[m.end("claim") :].lstrip()[:1] in "“\"‘'"
                and sentence[m.end("claim") :].strip()
            )
        ):
            continue
        mention = parse_subject(text, s_start + m.start(group), s_start + m.end(group))
        if mention is None or mention.kind == "unspecified":
            continue
        verb = m.group("verb")
        found.append(
            FoundClaim(
                mention,
                "belief" if m.group("view") else kind_for(verb, mention),
                text_span(text, s_start + m.start("verb"), s_start + m.end("verb")),
                Span(s_start + m.start("claim"), s_start + m.end("claim")),
            )
        )
    return found


#: The end of a refusal's clause: a stop or a comma ("declined to comment, citing the
#: investigation", "Hoff, who declined to comment, praised …"), or a conjunction that opens
#: another clause ("refused to comment while Reitberger could not be reached").
_REFUSAL_END = r"(?=\s*(?:[,.;:!?“”\"()—–]|$)|\s+(?:but|because|while|whereas|although|though)\b)"
#: The (cue, claim) groups of the refusal pattern's alternatives.
_REFUSAL_GROUPS = (
    ("refused", "act"),
    ("negation", "reply"),
    ("perfect", "withheld"),
    ("state", "available"),
    ("reticent", "topic"),
)
#: "X, who declined to comment, said": the subject comes before the relative pronoun.
_RELATIVE_BEFORE = re.compile(r",?\s+(?:who|which)\s*$")


@cache
def _refusal() -> re.Pattern[str]:
    """A source asked who said nothing: "declined to comment on …", "refused to say whether
    …", "would not comment", "did not respond to a request for comment", "could not be reached
    for comment".  The cue is the refusing words, the claim what was not given."""
    lex = attribution_lexicon()
    rest = rf"(?:{NP_IN_CLAUSE})*?{_REFUSAL_END}"
    requests = rf"(?:[\w'’-]+\s+){{0,4}}?{trie(lex.reply_requests)}\b"
    adverb = r"(?:\s+(?:immediately|publicly|directly|specifically|further|also))?"
    return re.compile(
        rf"(?<![\w'’])(?:(?P<refused>{trie(lex.refusal_verbs)})(?:\s+{ADVERB})?"
        rf"\s+(?P<act>to\s+(?:\w+ly\s+)?{trie(lex.refused_acts)}\b{rest})"
        # (not "does not": a habit, "companies do not disclose their tax liabilities")
        r"|(?P<negation>(?:did|would|will|could|can)\s+not|(?:did|would|could)n['’]t|won['’]t"
        rf"|can['’]t){adverb}\s+(?P<reply>(?:{trie(lex.withheld_acts)}\b"
        rf"|(?:respond|reply)\s+to\s+{requests}|return\s+{requests}|be\s+reached\b){rest})"
        # (a participle only after "has not": "the terms were not disclosed" is no refusal)
        r"|(?P<perfect>(?:has|have|had)\s+not|(?:has|have|had)n['’]t)"
        rf"{adverb}\s+(?P<withheld>(?:{trie(lex.withheld_participles)}\b"
        rf"|(?:responded|replied)\s+to\s+{requests}|returned\s+{requests}|been\s+reached\b)"
        rf"{rest})"
        r"|(?P<state>(?:was|were|is|are)\s+not|(?:was|were|is|are)n['’]t)"
        rf"\s+(?P<available>(?:immediately\s+)?available\s+for\s+comment\b{rest})"
        # "were coy about whether …", "remained tight-lipped on …"
        r"|(?P<reticent>(?:was|were|is|are|remain(?:s|ed)?|stay(?:s|ed)?|(?:has|have|had)\s+been)"
        rf"(?:\s+(?:also|largely|mostly|so\s+far))?\s+(?:{trie(lex.reticent_adjectives)})"
        r"\s+(?:about|on))\s+(?P<topic>[^,.;:!?“”\"()—–]{3,}))",
        re.IGNORECASE,
    )


@cache
def _expectation() -> re.Pattern[str]:
    """A belief about someone or something: "expect X to …", "see X as …" (an object of up to
    eight words; not "expect to win", nor "as well as", "as soon as", "saw the car as it …")."""
    lex = attribution_lexicon()
    obj = (
        r"(?!(?:of|for|in|on|at|with|from|about|into|over)\b)"  # (not "the grim view of …")
        r"(?:(?!(?:to|as|that)\b)[\w'’.$%-]+\s+){1,8}?"
    )
    rest = r"[^,.;:!?“”\"()—–]*"
    return re.compile(
        rf"(?<![\w'’])(?:(?P<expect>{trie(lex.expectation_verbs)})\s+"
        rf"(?P<expected>{obj}to\s+[a-z]{rest})"
        rf"|(?P<view>{trie(lex.view_verbs)})\s+(?P<viewed>{obj}as\s+"
        rf"(?!(?:well|soon|long|much|many|far|if|though|of|for|to|a\s+result|he|she|it|they|we|i|you)\b)\S{rest}))"
    )


def _subject_before_verb(
    text: str, s_start: int, verb_start: int, *, modal: bool = True
) -> int | None:
    """Where the subject before a verb ends: before its auxiliary ("analysts had expected");
    None when a determiner or possessive makes the verb a noun ("the expected outcome", "their
    support") or the auxiliary is negated, or, unless `modal`, a modal ("could oppose")."""
    before = text[s_start:verb_start]
    if DETERMINER_BEFORE.search(before) or POSSESSIVE_BEFORE.search(before):
        return None
    auxiliary = AUXILIARY.search(before)
    if auxiliary is None:
        return verb_start
    if auxiliary.group("negation") or (not modal and _MODAL.match(auxiliary.group().strip())):
        return None
    return s_start + auxiliary.start()


def _belief(
    text: str, s_start: int, mention: Mention, cue: tuple[int, int], claim: tuple[int, int]
) -> FoundClaim:
    """A belief found by one of the constructions below, from spans into its sentence."""
    return _found(text, s_start, mention, "belief", cue, claim)


def _found(
    text: str,
    s_start: int,
    mention: Mention,
    kind: AttributionKind,
    cue: tuple[int, int],
    claim: tuple[int, int],
    *,
    speaks_quotes: bool = True,
) -> FoundClaim:
    """A claim found by one of the constructions below, from spans into its sentence."""
    return FoundClaim(
        mention,
        kind,
        text_span(text, s_start + cue[0], s_start + cue[1]),
        trim_claim(text, s_start + claim[0], s_start + claim[1]),
        speaks_quotes=speaks_quotes,
    )


def expectations(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """Beliefs with an object, in a sentence: "Officials expect it to raise rates" (kind
    "belief"; the object and what follows are the claim)."""
    found = []
    for m in _expectation().finditer(sentence):
        cue, claim = ("expect", "expected") if m.group("expect") else ("view", "viewed")
        # (not "the expected outcome", "his views as a young man"; "analysts had expected")
        subject_hi = _subject_before_verb(text, s_start, s_start + m.start(cue))
        if subject_hi is None:
            continue
        mention = parse_subject(text, clause_start(text, s_start, subject_hi), subject_hi)
        if mention is None or mention.kind in ("unspecified", "pronoun"):
            continue
        if not _holds_views(mention):
            continue  # "The film portrays the general as a hero": no one's view
        if len(m.group(claim).split()) < 4:
            continue
        found.append(_belief(text, s_start, mention, m.span(cue), m.span(claim)))
    return found


#: A comparison with what a source expected or believed, at the end of a clause: "more than
#: most party insiders expected", "not as toxic as most D.C. insiders believe".
_COMPARED_WITH = re.compile(
    r"\b(?:than|as)\s+(?P<np>(?!(?:it|they|he|she|we|I|you|one|was|is|had)\b)"
    rf"(?:(?!\s(?:as|than)\s)(?:{ABBREVIATION}|[^,.;:!?“”\"])){{2,60}}?)"
    # (not a passive nor a noun: "the 500 guests who were expected", "the bank's own forecast")
    r"(?<!\swere)(?<!\swas)(?<!\sbeen)(?<!['’]s)(?<!\sown)"
    r"\s+(?P<cue>(?:had\s+)?(?:expected|anticipated|predicted|projected|forecast|believed?|"
    r"thought|feared|hoped|estimated|assumed))\b(?=\s*(?:[,.;:!?)—–]|$))"
)


#: What a remark led people to think or ask: "led some to speculate that …", "has caused many
#: to wonder if …", "leaving some to question whether …".
_PROMPTED_TO = re.compile(
    r"\b(?:led|leads|leading|caused|causes|causing|prompted|prompts|prompting|leaving|left|leave)"
    r"\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+to\s+"
    # ("question" and "ask" only before a question: "led police to question two men" is no
    # belief)
    r"(?:(?P<cue>speculate|wonder|believe|suspect|conclude|worry|fear|think|assume)\b"
    r"(?:\s+(?:whether(?:\s+or\s+not)?|if|that|about))?"
    r"|(?P<ask>question|ask)\s+(?:whether(?:\s+or\s+not)?|if|why|how|what))\b"
    # (the claim ends before another clause: "…, and others to wonder …")
    r"\s+(?P<claim>\S(?:(?!,\s+and\s).)*)"
)


def prompted(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """Beliefs and questions of unnamed people that something prompted (kind "belief"): "The
    announcement led some to speculate that …"."""
    found = []
    for m in _PROMPTED_TO.finditer(sentence):
        mention = parse_subject(text, s_start + m.start("np"), s_start + m.end("np"))
        if mention is None or mention.kind != "unnamed":
            continue
        cue = "cue" if m.group("cue") else "ask"
        found.append(_belief(text, s_start, mention, m.span(cue), m.span("claim")))
    return found


#: A view in the passive, with who holds it: "remarks … were interpreted by some as a threat",
#: "is widely seen by analysts as a test".
_VIEWED_BY = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:widely\s+|largely\s+)?"
    r"(?P<cue>seen|viewed|interpreted|regarded|perceived)\s+by\s+"
    rf"(?P<np>(?:(?!\sas\s)(?:{ABBREVIATION}|[^,.;:!?“”\"])){{2,60}}?)\s+as\s+"
    # (not a time: "was seen by doctors as early as Tuesday")
    r"(?!(?:soon|early|late|recently|long|well|much|many|far|often|quickly)\s+as\b)"
    rf"(?P<claim>(?:{ABBREVIATION}|[^.;:!?“”\"]){{2,120}}?)(?=\s*(?:[,.;:!?)—–]|$))"
)


def passive_views(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """Views in the passive (kind "belief"): who holds them follows "by", what they are follows
    "as"."""
    found = []
    for m in _VIEWED_BY.finditer(sentence):
        mention = parse_subject(text, s_start + m.start("np"), s_start + m.end("np"))
        if mention is None or mention.kind in ("unspecified", "pronoun"):
            continue
        found.append(_belief(text, s_start, mention, m.span("cue"), m.span("claim")))
    return found


#: A quantifier for unnamed people inside a phrase ("the coronation many pundits [forecast]").
QUANTIFIER_INSIDE = re.compile(r"\s((?:many|most|some|several|few)\s)")


def comparisons(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """Beliefs a comparison is measured against (kind "belief"): "about 10,000 more than most
    party insiders expected": the source is who expected, the claim the compared words before
    "than" in their clause."""
    found = []
    for m in _COMPARED_WITH.finditer(sentence):
        np_lo, np_hi = s_start + m.start("np"), s_start + m.end("np")
        mention = parse_subject(text, np_lo, np_hi)
        # ("as the coronation many pundits forecast": the source after the object it forecast;
        # but "some of the most optimistic analysts" is one source already)
        quantifier = QUANTIFIER_INSIDE.search(text, np_lo + 1, np_hi)
        if quantifier and not (mention and mention.kind == "unnamed"):
            mention = parse_subject(text, quantifier.start(1), np_hi)
        if mention is None or mention.kind in ("unspecified", "pronoun"):
            continue
        # (the clause's start: "…, about 10,000 more than …" is cut at ", ", not inside the
        # number)
        clause = max(sentence.rfind(", ", 0, m.start()), sentence.rfind("; ", 0, m.start()))
        if len(sentence[clause + 1 : m.start()].split()) < 2:
            continue
        found.append(_belief(text, s_start, mention, m.span("cue"), (clause + 1, m.start())))
    return found


#: What follows a stance word that is a noun ("Some doubts remain about …", "Some blame lies
#: with …", "Many welcome changes were made"), or an object that makes it no stance ("Many
#: support their families").
_NOT_A_STANCE_OBJECT = re.compile(
    r"(?:(?:[\w'’-]+\s+){0,2}(?:remains?|lies?|was|were|is|are|has|have|had)\b"
    r"|(?:their|his|her|our|my|your)\s+(?:own\s+)?(?:famil|child|kid|son|daughter|parent|wife|husband))",
    re.IGNORECASE,
)
#: The subject's second predicate after a stance, by its auxiliary.
_SECOND_PREDICATE = re.compile(r"\s(?:and|but)\s+(?:have|has|had|are|is|was|were|will|would)\b")
_NEGATED_BEFORE = re.compile(r"(?:n['’]t|\bnot|\bnever)\s*$", re.IGNORECASE)
#: Another source set off inside the subject: the stance is that source's claim.
_ACCORDING_ASIDE = re.compile(r",\s+according\s+to\b", re.IGNORECASE)
#: Quantifiers that stand for unnamed people ("some remained skeptical", "many prefer").
_PEOPLE_QUANTIFIERS = frozenset({"some", "many", "most", "several", "few", "others"})
#: Subject words that make a clause of the window, not a noun phrase.
_NOT_IN_A_GROUP = frozenset({"that", "who", "which", "whom", "whose", "and", "or"})
#: Adjectives that follow the people they describe ("people close to the campaign").
_POSTMODIFIER_ADJECTIVES = frozenset({"close", "familiar", "loyal", "near", "opposed", "involved"})


@cache
def _people_words() -> frozenset[str]:
    """Head nouns and quantifiers that stand for people ("officials", "critics", "some")."""
    lex = attribution_lexicon()
    return lex.plural_groups | lex.unnamed_heads | _PEOPLE_QUANTIFIERS


@cache
def _view_holders() -> frozenset[str]:
    """Head nouns of descriptions that can hold a view: people, posts and documents."""
    lex = attribution_lexicon()
    return lex.role_nouns | lex.unnamed_heads | lex.plural_groups | lex.document_nouns


def _people_unnamed(mention: Mention) -> bool:
    """Whether a mention is a short phrase for unnamed people ("Lawmakers", "some Democrats",
    "his critics"), not a document ("Exit polls") nor a phrase with a clause in it."""
    lex = attribution_lexicon()
    words = [w.casefold().strip(",.;:’'") for w in mention.text.split()]
    if mention.kind != "unnamed" or not words or words[0] in lex.clause_prepositions:
        return False  # (nor a phrase: "With Democratic leaders worried about …")
    people = _people_words()
    # (two groups joined are one: "Aides and outside advisers to Clinton")
    if any(
        w in _NOT_IN_A_GROUP and not (w == "and" and i > 0 and words[i - 1] in people)
        for i, w in enumerate(words)
    ):
        return False
    # (the head is the word before the first modifier that follows it: "A spokesman for the
    # mayor", "People briefed on the reshuffling", "Members of the board", not "A letter to
    # committee members"; after a quantity and "of", the last word: "Some of the operatives",
    # "a majority of members", not "many of the contests"; a modifier may be longer than the
    # six words a phrase has otherwise: "A spokesman for Mayor Frank G. Jackson of Cleveland")
    head, limit = words[-1], 6
    for word, after in pairwise(words):
        if (
            after in lex.clause_prepositions
            or after in {"of", "to"}
            or after.endswith("ed")
            or after in _POSTMODIFIER_ADJECTIVES
        ):
            if after != "of" or (word in people and word not in _PEOPLE_QUANTIFIERS):
                head, limit = word, 10
            break
    if len(words) > limit:
        return False
    if head in lex.document_nouns or head.removesuffix("s") in lex.document_nouns:
        return False
    return head in people


def _holds_views(mention: Mention) -> bool:
    """Whether a subject can hold a view: a name, an unnamed source, or a description of a
    person, a body or a document ("the senator", "the company", "the report"; not "The film")."""
    if mention.kind != "description" or mention.organization:
        return True
    head = (mention.name or mention.text).split()[-1].casefold().strip(",.;:’'")
    return head in _view_holders()


@cache
def _stance() -> re.Pattern[str]:
    """A stance with an object ("have endorsed making it harder …") or an adjective of stance
    after a linking verb with a complement ("remained skeptical that …", "are uneasy about …")."""
    lex = attribution_lexicon()
    # (a title's period is no clause end: "were adamant that Mr. Trump's children …")
    rest = rf"(?:{ABBREVIATION}|[^,.;:!?“”\"()—–])"
    return re.compile(
        rf"(?<![\w'’-])(?:(?P<verb>{trie(lex.stance_verbs)})\s+"
        # (not "supported by", "opposed to", "welcomed in": a passive or an intransitive use)
        r"(?P<object>(?!(?:by|to|in|on|at|for|with|from|of|as|that|it|him|her|them|me|us|you|back)\b)"
        rf"(?:{ABBREVIATION}|[\w'’$]){rest}{{8,}})"
        # (negated too: "aren't sure how to …", "are not convinced that …" is a stance)
        r"|(?P<linking>(?:is|are|was|were|remain(?:s|ed)?|seem(?:s|ed)?|appear(?:s|ed)?|"
        r"(?:has|have|had)\s+been|grew|became)(?:n['’]t)?(?:\s+(?:not|never|also|still|more|less|"
        r"so|very|well|deeply|increasingly|openly|privately|publicly|quietly|now|even|already|\w+ly)){0,2})"
        rf"\s+(?P<adjective>{trie(lex.stance_adjectives)})\s+"
        rf"(?P<complement>(?:that|about|of|over|to|on|with|at|by|for|whether|how|what|why)\s{rest}{{8,}}))",
        re.IGNORECASE,
    )


def stances(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """Stances of unnamed people, in a sentence (kind "belief"): "Critics have likened the
    salutes to …", "some remained skeptical that he would follow through". Named people's
    stances are left to their words: a named subject here would often be misread ("Mr. Trump"
    taken for the brother named in a stance) and would change whom later pronouns resolve to."""
    found = []
    for m in _stance().finditer(sentence):
        cue, claim = ("verb", "object") if m.group("verb") else ("linking", "complement")
        before = text[s_start : s_start + m.start(cue)]
        # (not "the support of"; "would not oppose", "could back": no stance taken)
        subject_hi = _subject_before_verb(text, s_start, s_start + m.start(cue), modal=False)
        if subject_hi is None:
            continue
        adverb = _TRAILING_LY.search(text, s_start, subject_hi)
        if adverb:
            subject_hi = adverb.start()  # "Critics quickly denounced"
        if m.group(cue).casefold().split()[0].endswith("ing"):
            # ("Many are calling for …", "have been pushing for …"; a participle with no form
            # of "be" is no stance of its own)
            progressive = BE_BEFORE.search(text, s_start, subject_hi)
            if progressive is None:
                continue
            subject_hi = progressive.start()
        if _NEGATED_BEFORE.search(before):
            continue  # "The union didn't endorse a candidate"
        if _ACCORDING_ASIDE.search(before):
            continue  # "Shelter residents, according to the findings, are fearful": the findings'
        if claim == "object" and _NOT_A_STANCE_OBJECT.match(m.group("object")):
            continue  # "Some doubts remain", "Many support their families": a noun, or no stance
        mention = parse_subject(text, clause_start(text, s_start, subject_hi), subject_hi)
        if mention is None or not _people_unnamed(mention):
            continue
        cue_end = m.end("adjective") if claim == "complement" else m.end(cue)
        claim_lo, claim_hi = m.span(claim)
        # (the object ends where the subject's next verb of speech starts: "defended the march
        # route and said the police were ready" reports the route, then what was said)
        for verb in reporting_verb().finditer(sentence, claim_lo, claim_hi):
            joined = JOINED_VERB.search(sentence, claim_lo, verb.start())
            if joined:
                claim_hi = joined.start()
                break
        second = _SECOND_PREDICATE.search(sentence, claim_lo, claim_hi)
        if second:
            claim_hi = second.start()  # "are well aware of these problems and have focused …"
        found.append(_belief(text, s_start, mention, (m.start(cue), cue_end), (claim_lo, claim_hi)))
    return found


#: A relative pronoun before a verb: the verb is inside a subject ("Officials who said …").
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\b")


def clause_start(text: str, s_start: int, subject_hi: int) -> int:
    """Where the clause starts whose subject ends at `subject_hi`: right after the sentence's
    last reporting verb before it ("the chief executive said the company expected …": the
    company), unless that verb is inside the subject's relative clause ("Officials who said …")
    or more than a subject's few words come between."""
    last = None
    for m in reporting_verb().finditer(text, s_start, subject_hi):
        last = m
    if last is None or _RELATIVE_BEFORE.search(text, s_start, last.start()):
        return s_start
    if DETERMINER_BEFORE.search(text, s_start, last.start()) or POSSESSIVE_BEFORE.search(
        text, s_start, last.start()
    ):
        return s_start  # "the reported deal", "his comments": a noun or adjective
    that = re.match(r"\s+that\b", text[last.end() : subject_hi])
    start = last.end() + (that.end() if that else 0)
    if len(text[start:subject_hi].split()) > 6:
        return s_start  # "told CNN that during his talks …, though he": no subject right after
    return start


_MODAL = re.compile(r"(?:will|would|could|can|may|might|must|should)\b")
#: "with NP" right before a participle: the participle's subject.
_WITH_SUBJECT = re.compile(r"\bwith\s+(?P<np>[^,;:]{2,60}?)\s*$")
#: An adverb right before a verb ("have effectively ruled").
_TRAILING_LY = re.compile(r"\s+\w+ly\s*$")
#: A negated auxiliary or an infinitive's "to" right before a verb.
_NOT_OR_TO_BEFORE = re.compile(r"(?:n['’]t|\bto)\s*$")


@cache
def _topic_remark() -> re.Pattern[str]:
    """A remark on a topic: "weighed in (Friday) on/about/with …"; the cue runs to the
    preposition, the topic to the clause's end is the claim."""
    lex = attribution_lexicon()
    return re.compile(
        rf"(?<![\w'’])(?:(?P<verb>{trie(lex.topic_verbs)})"
        rf"(?:\s+(?:{WEEKDAY}|today|yesterday|again|\w+ly))?\s+(?P<on>on|about|with)\b"
        r"\s+(?P<claim>[^,.;:!?“”\"()—–]+)"
        # "ruled out a tax increase", "have effectively ruled that out"
        rf"|(?P<ruled>{trie(lex.ruling_out_verbs)})\s+(?:(?P<out>out)\s+"
        r"(?P<ruled_out>[^,.;:!?“”\"()—–]+)|(?P<object>(?:it|that|this|them)\s+out)\b)"
        # "offered his assessment of the deal", "with experts offering their assessments"
        rf"|(?P<offered>{trie(lex.offering_verbs)})\s+(?P<view>(?:a|an|the|his|her|their|its|our)"
        rf"\s+(?:[\w-]+\s+)?(?:{trie(lex.offered_views)})\b[^,.;:!?“”\"()—–]*))"
    )


def topic_remarks(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """Remarks on a topic, in a sentence (kind "topic"): "Other officials weighed in about
    whether …"."""
    found = []
    for m in _topic_remark().finditer(sentence):
        verb, cue_end, claim_group = (
            ("verb", "on", "claim")
            if m.group("verb")
            else ("offered", "offered", "view")
            if m.group("offered")
            else ("ruled", "out", "ruled_out")
            if m.group("out")
            else ("ruled", "ruled", "object")
        )
        lo, subject_hi = s_start, s_start + m.start(verb)
        before = text[lo:subject_hi]
        if m.group(verb).casefold().endswith("ing"):
            # "with experts offering their assessments": the participle's subject follows "with"
            absolute = _WITH_SUBJECT.search(before)
            if absolute is None:
                continue
            lo += absolute.start("np")
            before = text[lo:subject_hi]
        if DETERMINER_BEFORE.search(before):
            continue  # "the rule out of …": a noun
        adverb = _TRAILING_LY.search(before)
        if adverb:
            # "have effectively ruled that out": the adverb is the verb's
            subject_hi = lo + adverb.start()
            before = text[lo:subject_hi]
        clause = last_subordinator(before)
        if clause and 0 < len(before[clause.end() :].split()) <= 8:
            # "but before city officials had weighed in with …": the subject follows.
            lo += clause.end()
            before = before[clause.end() :]
        if _NOT_OR_TO_BEFORE.search(before):
            continue  # "shouldn't weigh in", "get to weigh in": nobody has
        auxiliary = AUXILIARY.search(before)
        if auxiliary:
            if auxiliary.group("negation") or _MODAL.match(auxiliary.group().strip()):
                continue  # "should offer an opinion": not (yet) said
            subject_hi = lo + auxiliary.start()
        mention = parse_subject(text, lo, subject_hi)
        if mention is None or mention.kind == "unspecified":
            continue
        claim = trim_claim(text, s_start + m.start(claim_group), s_start + m.end(claim_group))
        if len(text[claim.start : claim.end].split()) < 2:
            continue
        found.append(
            FoundClaim(
                mention,
                "topic",
                text_span(text, s_start + m.start(verb), s_start + m.end(cue_end)),
                claim,
            )
        )
    return found


def refusals(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """Sources asked who said nothing, in a sentence (kind "declined": no claim is made)."""
    found = []
    for m in _refusal().finditer(sentence):
        cue, claim = next(
            (cue, claim) for cue, claim in _REFUSAL_GROUPS if m.group(cue) is not None
        )
        subject_hi = s_start + m.start(cue)
        before = text[s_start:subject_hi]
        relative = _RELATIVE_BEFORE.search(before)
        auxiliary = AUXILIARY.search(before)
        if relative:
            subject_hi = s_start + relative.start()
        elif auxiliary and not auxiliary.group("negation"):
            subject_hi = s_start + auxiliary.start()  # "the aide has declined"
        mention = parse_subject(text, clause_start(text, s_start, subject_hi), subject_hi)
        if mention is None or mention.kind == "unspecified":
            continue
        found.append(
            FoundClaim(
                mention,
                "declined",
                text_span(text, s_start + m.start(cue), s_start + m.end(cue)),
                Span(s_start + m.start(claim), s_start + m.end(claim)),
            )
        )
    return found


@cache
def _hearsay() -> re.Pattern[str]:
    """Hearsay with no source: an impersonal "it" ("It is understood that …", "it's believed")
    or a subject raised before "to" ("… is understood to be considering …")."""
    participle = trie(attribution_lexicon().hearsay_participles)
    adverb = r"(?:(?:widely|generally|now|also|further|reliably|still)\s+)?"
    be = r"(?:is|are|was|were|(?:has|have|had)\s+been)"
    return re.compile(
        rf"(?<![\w'’])(?P<it>[Ii]t(?:\s+(?:is|was|(?:has|had)\s+been)|['’]s)\s+{adverb}"
        rf"(?P<verb>{participle}))(?P<that>\s+that)?\b"
        # (not "it was said by the minister", "it is thought of as …")
        r"(?!\s+(?:to|by|of|in|on|about|for|with|as|so)\b)"
        rf"|(?<=\s)(?P<raised>{be}\s+{adverb}(?P<raised_verb>{participle})\s+to)\s+[a-z]"
        # (an adverb of hearsay: "The striker has reportedly agreed …", "allegedly stole")
        r"|(?<=\s)(?P<adverb>(?P<adverb_of>reported|alleged)ly)\s+[a-z]",
    )


_BARE_CLAUSE = re.compile(BARE_CLAUSE)
_CONCESSION = re.compile(r",\s*(?:though|although|while|whereas|but)\b")
#: A clause after a verb whose subject runs up to a dozen words before its auxiliary.
_LONG_CLAUSE = re.compile(
    r"\s+(?!(?:to|by|of|in|on|about|for|with|as|so|live)\b)(?:[\w'’.-]+\s+){1,12}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\b"
)
_ACCORDING_TO = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
#: A relative pronoun right before a raised hearsay ("a man who is believed to …").
_RELATIVE_END = re.compile(r"\b(?:who|which|that)\s+$")


def unsourced_hearsay(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """Claims that name no source, in a sentence: "It is understood that the Treasury has drawn
    up plans …", "The deal, it is believed, will be signed …", "Senior Tories are said to be
    plotting …". The source is the wording itself ("it is understood"), unspecified."""
    lex = attribution_lexicon()
    found = []
    for m in _hearsay().finditer(sentence):
        cue = "it" if m.group("it") else "raised" if m.group("raised") else "adverb"
        verb = (m.group("verb") or m.group("raised_verb") or m.group("adverb_of")).casefold()
        before = sentence[: m.start(cue)]
        others = (
            v
            for v in reporting_verb().finditer(sentence)
            if not m.start() <= v.start() < m.end()
            # (not one in a clause of its own after it: "…, though authorities have not
            # confirmed any figures")
            and not _CONCESSION.search(sentence, m.end(), v.start())
        )
        if next(others, None) or _ACCORDING_TO.search(sentence):
            continue  # "… is said to be taking it hard, according to four sources": sourced
        aside = before.rstrip().endswith(",") and re.match(r"\s*[,.;:!?]|\s*$", sentence[m.end() :])
        if cue == "it" and not (
            m.group("that")
            or aside
            or _BARE_CLAUSE.match(sentence, m.end())
            # (a longer subject: "It is understood at least a dozen homes have been lost")
            or _LONG_CLAUSE.match(sentence, m.end())
        ):
            continue  # "it was reported live on CNN": "it" is something
        if cue in ("raised", "adverb"):
            if not before.strip() or _RELATIVE_END.search(before) or _NEGATED_BEFORE.search(before):
                continue  # "a man who is believed to …": the man's clause, not the sentence's
            # (an adverb's clause: "No reason was given, but the move came after he reportedly
            # married …")
            claim = (before.rfind(", ") + 1 if cue == "adverb" else 0, len(sentence))
        elif before.rstrip().endswith(",") and before.strip(" ,"):
            # "…, it is understood." or "The deal, it is understood, will …": around the cue
            rest = sentence[m.end() :].strip(" .;:!?")
            claim = (0, len(before.rstrip(" ,")) if not rest else len(sentence))
        else:
            claim = (m.end(), len(sentence))
        cue_end = m.end("that") if m.group("that") else m.end(cue)
        mention = Mention(
            "unspecified",
            s_start + m.start(cue),
            s_start + cue_end,
            sentence[m.start(cue) : cue_end],
            name=f"it is {verb}",
        )
        kind: AttributionKind = "belief" if verb in lex.belief_verbs else "reported"
        found.append(
            _found(
                text, s_start, mention, kind, (m.start(cue), cue_end), claim, speaks_quotes=False
            )
        )
    return found


#: Whoever was told something, or heard it in court, with no teller named: "Jurors were told
#: the victim had been stabbed", "The BBC has been told that …", "The court heard that …".
_TOLD_UNSOURCED = re.compile(
    r"(?P<cue>(?:(?<=\s)(?:was|were|(?:has|have|had)\s+been)\s+(?:also\s+)?(?:told|informed)"
    r"|(?:(?<=\s)|^)(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:[Cc]ourt|[Jj]ury|[Ii]nquest|"
    r"[Tt]ribunal|[Hh]earing|[Ii]nquiry)\s+(?:has\s+)?(?:heard|hears)))(?P<that>\s+that)?\b"
)
#: A report's publisher as the agent of a passive: "first reported by Politico".
_REPORTED_BY = re.compile(
    # (not "As reported by The Guardian, …", a cue of its own)
    r"(?<![Aa]s\s)(?P<cue>(?:first\s+)?(?:reported|revealed|disclosed)\s+by)\s+"
    r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})"
)
#: Someone quoted by others: "A senior BCCI official was quoted as saying that …".
_QUOTED_AS = re.compile(
    r"\s(?P<cue>(?:is|was|were|has\s+been|had\s+been)\s+(?:widely\s+)?quoted\s+"
    r"(?:by\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\s+)?as\s+(?:saying|telling)"
    r"(?:\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})?"
    # (who quoted it: "was quoted as saying by local media that …")
    r"(?:\s+by\s+(?:(?:the|local|state|[A-Z][\w'’.&-]*)\s+){0,3}(?:media|press|[A-Z][\w'’.&-]*))?"
    r"(?:\s+that)?)\b"
)


def told_or_quoted(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """What someone was told or a court heard, with no teller named (an unspecified source,
    the wording itself: "Jurors were told"), and what someone "was quoted as saying" (theirs)."""
    found = []
    for m in _TOLD_UNSOURCED.finditer(sentence):
        if not (m.group("that") or _BARE_CLAUSE.match(sentence, m.end())):
            continue  # "was told to leave", "the court heard the case": no claim
        if m.group("cue").split()[0] in ("was", "were", "has", "have", "had"):
            listener = sentence[: m.start()].strip()
            if not listener or _RELATIVE_END.search(sentence, 0, m.start()):
                continue
            # (the listener is the clause's subject: "In a company email, employees were told")
            lo = sentence.rfind(", ", 0, m.start()) + 1
        else:
            lo = m.start()
        words = sentence[lo : m.end("cue")].strip()
        mention = Mention(
            "unspecified", s_start + lo, s_start + m.end("cue"), words, name=" ".join(words.split())
        )
        found.append(
            _found(
                text,
                s_start,
                mention,
                "reported",
                (m.start("cue"), m.end()),
                (m.end(), len(sentence)),
                speaks_quotes=False,
            )
        )
    for m in _REPORTED_BY.finditer(sentence):
        # "The deliberations were first reported by Politico.": the outlet reported it
        agent = parse_subject(text, s_start + m.start("np"), s_start + m.end("np"))
        if agent is None or outlet_table().lookup_name(agent.name or "") is None:
            continue
        found.append(_found(text, s_start, agent, "reported", m.span("cue"), (0, len(sentence))))
    for m in _QUOTED_AS.finditer(sentence):
        subject = parse_subject(
            text, clause_start(text, s_start, s_start + m.start()), s_start + m.start()
        )
        if subject is None or subject.kind == "unspecified":
            continue
        found.append(
            _found(text, s_start, subject, "said", m.span("cue"), (m.end(), len(sentence)))
        )
    return found


#: A source an outlet's report relays, set off after its verb: "…, the Financial Times reported,
#: citing people familiar with the matter.", "Bloomberg, citing unnamed sources, reported that".
CITING = re.compile(
    r"(?:^|,\s*)(?P<cue>citing|quoting)\s+(?P<np>[^,.;:!?“”\"]{2,80}?)(?=\s*,|\s*[.!?]?\s*$)"
)


def _relayed_source(mention: Mention) -> bool:
    """Whether what a report cites is a source it relays: unnamed people or documents ("people
    familiar with the matter", "internal documents"), or another outlet; not a reason or an
    owner's words ("the same reason", "Comey's statement")."""
    lex = attribution_lexicon()
    if mention.kind == "name":
        return outlet_table().lookup_name(mention.name or "") is not None
    words = mention.text.casefold().split()
    if mention.kind != "unnamed" or any(w.endswith(("'s", "’s")) for w in words):
        return False
    head = words[-1].strip(",.")
    return _people_unnamed(mention) or head in lex.document_nouns or head in lex.unnamed_heads


def cited_sources(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """The source a report relays by "citing" or "quoting" it: what the report says is theirs
    (the chain to the outlet is drawn with the sources, by the cue)."""
    found = []
    for m in CITING.finditer(sentence):
        verbs = [v for v in reporting_verb().finditer(sentence) if v.start() != m.start("cue")]
        if not verbs:
            continue
        mention = parse_subject(text, s_start + m.start("np"), s_start + m.end("np"))
        if mention is None or not _relayed_source(mention):
            continue  # "citing the same reason", "quoting Comey's statement": no source relayed
        that = re.match(r"\s*,?\s*that\s", sentence[m.end() :])
        before = [v for v in verbs if v.end() <= m.start()]
        if that:
            claim = (m.end() + that.end(), len(sentence))  # "reported, citing …, that X"
            verb = before[-1] if before else None
            if verb is not None and not sentence[verb.end() : m.start()].strip(" ,"):
                # (the report itself, its verb cut from its claim by the aside)
                reporter = parse_subject(
                    text,
                    clause_start(text, s_start, s_start + verb.start()),
                    s_start + verb.start(),
                )
                if reporter is not None:
                    kind = kind_for(verb.group("verb"), reporter)
                    found.append(_found(text, s_start, reporter, kind, verb.span(), claim))
        elif before and (that_before := re.match(r"\s+that\s", sentence[before[-1].end() :])):
            # "The Financial Times reported that X, citing …": the claim up to the aside
            claim = (before[-1].end() + that_before.end(), m.start())
        elif before and m.end() >= len(sentence.rstrip(" .!?")) - 1:
            # "X, the Financial Times reported, citing …": the claim before the reporter
            lo = sentence.rfind(", ", 0, before[-1].start())
            claim = (0, lo if lo > 0 else before[-1].start())
        else:
            after = [v for v in verbs if v.start() >= m.end()]
            if not after:
                continue
            # "Bloomberg, citing …, reported that X"
            that_after = re.match(r"\s+that\s", sentence[after[0].end() :])
            claim = (after[0].end() + (that_after.end() if that_after else 0), len(sentence))
        found.append(_found(text, s_start, mention, "said", (m.start("cue"), m.end("np")), claim))
    return found
