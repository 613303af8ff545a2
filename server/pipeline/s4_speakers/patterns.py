"""The speaker stage's regex vocabulary: the verbs that cue a quote (`verb_pattern`,
`cue_verb`) and those that report speech (`reporting_pattern`, `reporting_verb`), built from
the attribution lexicon as prefix tries (`trie`), and the fragments every finder puts around
them (a speaker's noun phrase, a time, an object, a bare clause, an auxiliary, a determiner or
possessive that makes a verb form a noun). They sit apart so that the quote-cue finder, the name
finder and the reported-speech finders all match the same words the same way; the builders are
cached, so each pattern is compiled once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from server.lexicon import attribution_lexicon
from server.pipeline.mentions import PARTY_STATE, TITLE_ABBREVIATIONS, WEEKDAY

#: Whom something is said to, when "added to" reports it ("added to reporters that …").
AUDIENCE = rf"(?:the\s+)?(?:{'|'.join(sorted(attribution_lexicon().audience_nouns))})\b"
ADVERB = r"(?:also|later|then|previously|earlier|again|once|further|finally|first|[a-z]+ly)"
#: When something was said: "on Friday", "in a statement", "earlier this week" (but not "this is"
#: or "at least 20", which open the claim).
TIME = (
    r"(?:(?:on|in|during|at(?!\s+(?:least|most|all)\b))\s+[^,.;:!?“”\"]{1,40}?"
    r"|(?:last|this|next|earlier|later|late|early)(?:\s+(?:this|last|in|on)(?:\s+the)?)?\s+"
    rf"(?:week|weekend|month|year|morning|afternoon|evening|night|day|season|{WEEKDAY})s?"
    rf"|(?:{WEEKDAY}|today|yesterday|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)"
)
OBJECT = (
    # (an owner's people: "told Fox's staff")
    rf"(?:[A-Z][\w-]+['’]s\s+{AUDIENCE}"
    r"|reporters|journalists|the\s+[\w-]+(?:\s+[A-Z][\w-]+){0,4}"
    # (with where it is from: "Bill O'Reilly of Fox News", "The Star-Ledger of Newark")
    # (a station's channel number too: "told NBC 5", "told Channel 4")
    rf"|(?!{WEEKDAY}\b)(?:The\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,4}}(?:\s+\d{{1,2}}\b(?!\s*[%,.:]?\d))?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})?|him|her|them|us|me"
    r"|[a-z]+\s+reporters|a\s+[\w\s-]{1,30}?)"
)


#: Not a sentence end: a period after a title abbreviation or an initial ("Dr. Bowes", "J. Smith").
#: One character of a speaker's noun phrase: anything but sentence punctuation, except the
#: period of a title abbreviation or an initial.
#: (Case-sensitive even inside a case-insensitive pattern: "y." of "Kirby." is no initial.)
ABBREVIATION = r"(?-i:(?:" + "|".join(TITLE_ABBREVIATIONS) + r"|[A-Z])\.)"
NP = rf"(?:{ABBREVIATION}|{PARTY_STATE}|[^.;:!?“”\"])"
#: The same within a clause: no comma either ("…, advisers to Mr. Obama say, …").
NP_IN_CLAUSE = rf"(?:{ABBREVIATION}|{PARTY_STATE}|[^,.;:!?“”\"])"


#: A verb form right after a determiner or possessive is a noun ("the post read", "her report").
_NOT_AFTER_DETERMINER = "".join(
    rf"(?<!\b{d} )"
    for d in ("the", "The", "a", "A", "an", "An", "its", "his", "her", "their", "Its", "His", "Her")
)


def trie(words: Iterable[str]) -> str:
    """One regex for a list of literal words, factored by prefix ("sa(?:id|ys)"): the same
    matches as their longest-first alternation, without trying every word at every position."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + build(tree) + ")"


@cache
def verb_pattern() -> str:
    lex = attribution_lexicon()
    forms = sorted(lex.quote_cue_verbs | {"according to"}, key=len, reverse=True)
    finite = [f for f in forms if not f.endswith("ing") or f == "saying"]
    # A participle is a cue only after a comma (", adding"), not after a noun ("a statement
    # claiming responsibility").
    participles = [f for f in forms if f not in finite]
    alternatives = [trie(finite)]
    if participles:
        alternatives.append("(?<=,\\s)" + trie(participles))
    # (a possessive is a noun: "the Jewish state’s premier")
    return _NOT_AFTER_DETERMINER + "(?:" + "|".join(alternatives) + ")(?!['’]s\\b)"


@cache
def cue_verb() -> str:
    """A cue verb that is not a noun: no determiner before it, no other cue verb right after it
    ("the civil claim said": the verb is "said")."""
    return rf"{verb_pattern()}(?!\s+{verb_pattern()}\b)"


@cache
def reporting_pattern() -> str:
    lex = attribution_lexicon()
    forms = sorted(set(lex.reporting_forms) - lex.ambiguous_verbs, key=len, reverse=True)
    # Participles (", adding that", ", saying") only right after a comma, as for quote cues.
    participles = sorted(
        {f for f in lex.quote_cue_verbs | set(lex.reporting_forms) if f.endswith("ing")},
        key=len,
        reverse=True,
    )
    alternatives = [trie(f for f in forms if not f.endswith("ing"))]
    # (", adding that", or "responded by saying": the participle's subject is the sentence's)
    alternatives.append("(?:(?<=,\\s)|(?<=\\bby\\s))" + trie(participles))
    # ("critics are saying", "is quietly warning that": the progressive; see PROGRESSIVE)
    alternatives.append(_AFTER_BE + trie(participles))
    # ("Media sources were reporting that …": more progressives, before "that" only)
    alternatives.append(
        _AFTER_BE + trie(lex.progressive_verbs - set(participles)) + r"(?=\s+that\b)"
    )
    # ("released a statement saying": after a document the subject put out; see _issued)
    # (or after a day: "issued a statement Tuesday saying")
    after_document = "|".join(
        [*(rf"(?<=\b{re.escape(d)}\s)" for d in sorted(lex.issued_documents)), r"(?<=day\s)"]
    )
    alternatives.append(f"(?:{after_document})" + trie(participles))
    # "Some note that …", "Officials fear that …": a verb that is also a noun, or a belief,
    # reports when "that" follows it.
    alternatives.append(trie(lex.that_verbs) + r"(?=\s+that\b)")
    # "assured residents that …": a verb that reports only to a listener, before "that" (the
    # claim pattern checks the listener; see _reported_patterns).
    listener_only = (f for f in lex.listener_only_verbs if not f.endswith("ing"))
    alternatives.append(trie(listener_only) + r"(?=\s+[^.;:!?“”\"]{1,80}?\s+that\s)")
    # "Some officials think Wasserman Schultz is at risk": a belief before a clause with its own
    # subject and auxiliary.
    alternatives.append(trie(lex.belief_verbs | lex.bare_clause_verbs) + BARE_CLAUSE)
    return "(?:" + "|".join(alternatives) + ")"


#: A clause after a verb, with no "that": a subject (not a preposition or a wh-word: "worry
#: about whether it will") and, within a few words, an auxiliary or modal.
AUXILIARY_WORD = (
    r"(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|does|did|"
    r"isn['’]t|aren['’]t|won['’]t|wouldn['’]t|can['’]t|doesn['’]t)\b"
)
#: A word inside a clause's subject: not one that opens another clause or a complement ("felt
#: comfortable with this arrangement because they could").
_SUBJECT_WORD = r"(?!(?:because|since|after|before|when|while|if|unless|although|but)\b)[\w'’.-]+"
BARE_CLAUSE = (
    r"(?=\s+(?!(?:about|for|of|to|like|so|in|on|at|with|if|whether|how|what|why|when|where|and|or|"
    r"who|which|as|than|too|very|more|less|much|bad|good|strongly|deeply|free|sorry|tank|"
    r"comfortable|confident|sure|certain|compelled|obliged)\b)"
    # (a subject may hold commas: "hoped the meeting, requested by Sanders, would be")
    rf"[\w'’.-]+(?:,?\s+{_SUBJECT_WORD}){{0,5}}?,?\s+{AUXILIARY_WORD})"
)


@cache
def speech_formula() -> re.Pattern[str]:
    """A greeting, thanks or apology: said, but no claim ("saying goodbye to …")."""
    return re.compile(trie(attribution_lexicon().speech_formulas) + r"\b", re.I)


@cache
def declared_act() -> re.Pattern[str]:
    """What "declared" makes so: an act, no claim ("declared a state of emergency")."""
    return re.compile(trie(attribution_lexicon().declared_acts) + r"\b", re.I)


@cache
def reporting_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<verb>{reporting_pattern()})\b")


#: A relative named by a possessive: "Her husband", "his older brother".
KIN_ROLE = re.compile(
    r"(?:her|his|their|my|our)\s+(?:[a-z][\w-]*\s+)?(?:"
    + "|".join(sorted(attribution_lexicon().relation_nouns))
    + r")\b",
    re.IGNORECASE,
)
#: A form of "be" right before a participle, after its subject: a progressive ("Many are
#: calling for") or a passive ("a man who is believed to").
BE_BEFORE = re.compile(
    r"\s+(?:is|are|was|were|being|(?:has|have|had)\s+been|been)(?:\s+\w+ly)?\s*$"
)
#: "and"/"but" right before a verb (or its auxiliary): a second verb of the same subject
#: ("declined to comment but said", "discounted the claims, but have speculated").
JOINED_VERB = re.compile(r"\s(?:and|but)\s*$")
DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Nn]o|[Aa]ny|[Ee]very)\s+$")
#: A possessive right before a verb form makes it a noun ("His comments come …", "Trudeau's
#: claims").
POSSESSIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|\w+['’]s|\w+s['’])\s+$"
)
#: A possessive or determiner and one modifier before a word: "his recent comments", "the
#: latest reports".
POSSESSIVE_MODIFIER_BEFORE = re.compile(
    r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]he|[Tt]hese|\w+['’]s)\s+[a-z][\w-]*\s+$"
)
#: A quantifier right before a word: "other reports", "some claims", "many comments".
QUANTIFIER_BEFORE = re.compile(
    rf"(?i:(?:^|\s)(?:{'|'.join(sorted(attribution_lexicon().noun_quantifiers))})\s+$)"
)
#: A quantifier a word or two before a word: "Many IT career [forecasts]" (a plural noun).
QUANTIFIED_NOUN_BEFORE = re.compile(
    rf"(?i:(?:^|\s)(?:{'|'.join(sorted(attribution_lexicon().noun_quantifiers))})\s+)"
    r"(?:[\w-]+\s+){1,2}$"
)
#: "a" or "an" and at most two modifiers before a word.
_AFTER_A = re.compile(r"(?:^|\s)[Aa]n?\s+(?:[\w-]+\s+){0,2}$")


def noun_after_a(before: str, verb: str) -> bool:
    """Whether a reporting form is a noun: one that is also a noun, after "a" or "an" and at most
    two modifiers ("After an off-the-cuff [remark] from a winemaker"); a verb never follows "a"."""
    return verb.casefold() in attribution_lexicon().noun_reporting_forms and bool(
        _AFTER_A.search(before)
    )


#: Words that open a subordinate clause, whose own subject follows them.
_SUBORDINATOR = re.compile(
    r"\b(?:where|when|while|whereas|because|although|though|since|until|unless|if|but|"
    r"(?P<temporal>after|before|once)|(?P<relative>that|which|what|how|why|whether|than))\s+"
)
#: A main clause's verb before a temporal subordinator: an auxiliary, or a past form that does
#: not follow a determiner or quantifier ("many frustrated parents" is a subject).
_MAIN_CLAUSE_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had)\b"
    r"|(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\bA )(?<!\ban )(?<!\bmany )(?<!\bMany )(?<!\bsome )"
    r"(?<!\bSome )(?<!\bmost )(?<!\bMost )\b[a-z]{3,}ed\b"
)
#: Inside a subject, before its verb: a relative clause.
_INSIDE_SUBJECT = re.compile(r"\b(?:who|which|that)\b")


def last_subordinator(before: str) -> re.Match[str] | None:
    """The last subordinator in the words before a verb. "after", "before" and "once" open a
    clause only after a main clause's verb ("was grounded after The Times reported"), not after a
    bare subject ("Murphy — after a knock-on-wood gesture — told me") nor inside one ("Residents
    who were evacuated before the storm said", "Smith, who was once a prosecutor, said")."""

    def opens_clause(m: re.Match[str]) -> bool:
        head = before[: m.start()]
        return not m.group("temporal") or (
            not _INSIDE_SUBJECT.search(head) and bool(_MAIN_CLAUSE_VERB.search(head))
        )

    return next(
        (m for m in reversed(list(_SUBORDINATOR.finditer(before))) if opens_clause(m)), None
    )


#: A form of "be" (or an adverb after one) right before a participle: a lookbehind for each.
_AFTER_BE = (
    "(?:"
    + "|".join(rf"(?<=\b{w}\s)" for w in ("is", "are", "was", "were", "been", "be", "am"))
    + r"|(?<=['’]s\s)|(?<=['’]re\s)|(?<=n['’]t\s)|(?<=\bnot\s)|(?<=ly\s))"
)
#: "Critics are (quietly) saying", "officials have been warning", "he isn't saying": the
#: progressive is the subject's own statement, unless negated.
PROGRESSIVE = re.compile(
    r"(?:\s+(?:is|are|was|were|am|be|been)(?P<negation>\s+not|n['’]t)?|['’](?:s|re))"
    r"(?:\s+(?:also|still|now|\w+ly))?\s*$"
)
#: "officials have (long) said", "experts had not said": the auxiliary belongs to the verb.
AUXILIARY = re.compile(
    r"\s+(?:have|has|had|will|would|could|can|may|might|must|should|did|do|does)"
    # (a modal's perfect: "Few people would have described him as …"; not "must have said",
    # the writer's guess)
    r"(?P<negation>\s+(?:not|never))?(?:(?<=ld|ll|ay|ht|ot|er)\s+have)?"
    r"(?:\s+(?:also|long|already|previously|repeatedly|"
    r"publicly|privately|often|since|now|just|recently|consistently|[a-z]+ly)"
    # (a phrase of the same kind: "have in particular noted", "have, in fact, praised")
    r"|,?\s+in\s+(?:particular|fact|turn|private|public|the\s+past),?)?\s*$"
)
