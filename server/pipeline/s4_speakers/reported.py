"""Reported speech outside direct quotes: `_find_reported_all` reads each sentence for
"according to X", "as X said", a claim tail ("CLAIM, X said", "CLAIM, said X") and "X VERB
(that) CLAIM" (several in one sentence, relayed sources included), with the subject rules for
participles, relative clauses, auxiliaries, perception verbs and documents, and adds what the
construction finders find; `find_reported` then drops claims that lead into a quotation with
its cue or are all but quoted words. The patterns only these readers use (`_reported_patterns`,
the claim tails, the "as" cue, `_issued`) are built here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from server.lexicon import attribution_lexicon
from server.pipeline.mentions import (
    RELATIVE_AUXILIARIES,
    WEEKDAY,
    Mention,
    organization_heads,
    parse_inverted,
    parse_subject,
    pronoun_ending_at,
)
from server.pipeline.model import Span
from server.pipeline.s4_speakers.claims import FoundClaim, kind_for, skip_lead, trim_claim
from server.pipeline.s4_speakers.clauses import joined_subject, lead_subject, text_span
from server.pipeline.s4_speakers.constructions import (
    CITING,
    QUANTIFIER_INSIDE,
    characterizations,
    cited_sources,
    comparisons,
    expectations,
    passive_views,
    prompted,
    refusals,
    stances,
    told_or_quoted,
    topic_remarks,
    unsourced_hearsay,
)
from server.pipeline.s4_speakers.patterns import (
    ABBREVIATION,
    ADVERB,
    AUDIENCE,
    AUXILIARY,
    AUXILIARY_WORD,
    BARE_CLAUSE,
    BE_BEFORE,
    DETERMINER_BEFORE,
    JOINED_VERB,
    NP_IN_CLAUSE,
    OBJECT,
    POSSESSIVE_BEFORE,
    POSSESSIVE_MODIFIER_BEFORE,
    PROGRESSIVE,
    QUANTIFIED_NOUN_BEFORE,
    QUANTIFIER_BEFORE,
    TIME,
    declared_act,
    last_subordinator,
    noun_after_a,
    reporting_pattern,
    reporting_verb,
    speech_formula,
    trie,
)
from server.pipeline.s4_speakers.tracker import document_head


@cache
def _issued() -> re.Pattern[str]:
    """A document the subject put out, right before a participle: "released a statement",
    "issued a joint statement", "posted a video on Facebook"."""
    lex = attribution_lexicon()
    return re.compile(
        rf"\b(?:{trie(lex.issuing_verbs)})\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
        rf"(?:[\w'’-]+\s+){{0,2}}(?:{trie(lex.issued_documents)})"
        rf"(?:\s+(?:on\s+)?(?:{WEEKDAY}|yesterday|today))?\s+$",
        re.IGNORECASE,
    )


#: Between the verb and "that": an adverb ("announced recently that", "said repeatedly that"), a
#: comparison ("cautioned, as did the campaign itself, that") or an aside ("told POLITICO,
#: however, that").
_THAT_ADVERB = (
    rf"(?:\s+{ADVERB}(?=\s+that\b)|,\s+as\s+(?:did|do|does|has|have|had)\s+[^,.;:!?]{{1,60}},"
    r"(?=\s+that\b)|,\s+(?:however|though|too|in\s+fact|for\s+example),(?=\s+that\b)"
    # (or with no commas: "did say however that", "noted too that")
    r"|\s+(?:however|too|also)(?=\s+that\b))?"
)


#: A clause without "that" whose subject is a pronoun or a name, right after the verb (and a
#: time): "announced it would …", "responded Tuesday she was …".
_PRONOUN_CLAUSE = re.compile(
    rf"(?:\s+{TIME})?\s+(?:he|she|it|they|we|I|(?!{WEEKDAY}\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})"
    rf"\s+{AUXILIARY_WORD}"
)


#: Whoever was told, however long, when "that" follows: "told an Iowa audience that", "told
#: members of the AFL-CIO executive council that", "told foundation employees on Thursday that".
#: No word of a clause, conjunction or subordinator inside ("told AP he was …", "tell stories
#: and share ideas in a manner that", "told the AP after hinting that", "tells so many lies
#: that"), and an article only after a preposition ("told reporters the problem was that …").
_WIDE_WORD = (
    r"(?!(?:that|who|which|whether|if|so|such|and|or|but|he|she|it|they|we|I|after|before|"
    r"when|while|because|since|as|to|is|was|are|were|has|had|have|will|would|story|stories|"
    r"tale|the|a|an)\b)[\w’'.-]+"
)
_WIDE_OBJECT = (
    rf"(?:the|a|an|{_WIDE_WORD})"
    r"(?:\s+(?:(?:(?<=\bat )|(?<=\bof )|(?<=\bin )|(?<=\bon )|(?<=\bfor )|(?<=\bwith )"
    rf"|(?<=\bfrom )|(?<=\bby ))(?:the|a|an)\b|{_WIDE_WORD})){{0,9}}?"
    # (a relative clause about them: "told a few thousand teachers who covered the lawn that")
    r"(?:\s+who\s+[a-z]+(?:\s+(?!that\b)[\w’'.-]+){0,6}?)?"
    # (not a relative clause's "that": "told the story of a man that lived …")
    rf"(?=\s+that\s+(?!{AUXILIARY_WORD}|[a-z]+ed\b))"
)


#: "found that …" opening a clause, not before an adjective ("found that hard to believe").
_THAT_FOLLOWS = re.compile(r"\s+that\s+(?!(?:hard|easy|difficult|odd|strange)\b)")


#: When or where a claim was made, before it: the whole phrase when "that" follows it ("said
#: in a statement late Friday that …", not "in a" and a claim "statement that …"); but a phrase
#: with a second determiner runs into the claim ("says in an area a drug bust that chokes …").
_WHEN_WORD = r"(?!(?:a|an|the|he|she|they|it|we|I|that)\b)[\w'’.-]+"
#: "on average", "at times", "in fact": phrases that open the claim, not where it was said.
_ADVERBIAL_PHRASE = rf"(?:{'|'.join(sorted(attribution_lexicon().adverbial_phrase_nouns))})\b"
_WHEN_DETERMINER = r"(?:(?:a|an|the|this|that|his|her|its|their)\s+)?"


def _when(prepositions: str, that: str = r"(?=\s+that\b)") -> str:
    """When or where a claim was made, after one of `prepositions` (see `_WHEN`), when `that`
    follows; or a time alone."""
    return (
        rf"(?:\s+(?:{prepositions})\s+(?!{_ADVERBIAL_PHRASE})"
        rf"{_WHEN_DETERMINER}{_WHEN_WORD}"
        # (a determiner only after a preposition: "in an interview with the Associated Press
        # that"; not "in an area a drug bust that"; no pronoun subject of a clause: "on Monday he
        # hoped that"; no count: "at least 20 victims"; no adverbial phrase before the claim's
        # subject: "on average half of the students that enroll …")
        rf"(?:\s+(?:(?:with|on|of|for|to|at|from|by|after|before|during)\s+{_WHEN_DETERMINER})?"
        rf"{_WHEN_WORD})"
        r"{0,6}?"
        rf"{that}|\s+{TIME})"
    )


#: (and through whom: "said via a spokesperson that", "said through her lawyer that")
_WHERE_PREPOSITIONS = r"on|in|during|via|through|at(?!\s+(?:least|most|all)\b)"
_WHEN = _when(_WHERE_PREPOSITIONS) + "?"
#: The same, or whom or what it was said of: "said of the bill that …" (not after a listener:
#: "told the story of a man that lived …"; nor before a relative clause's "that": "wrote about
#: the account of a group that calls itself …").
_WHEN_OF = (
    f"(?:{_when(_WHERE_PREPOSITIONS)}|"
    + _when("of|about", rf"(?=\s+that\s+(?!{AUXILIARY_WORD}|[a-z]+s\b|[a-z]+ed\b))")
    + ")?"
)


@cache
def _reported_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(told OBJECT (that) CLAIM, VERB (on Friday) (that) CLAIM)."""
    verbs = reporting_pattern()
    lex = attribution_lexicon()
    plural_nouns = trie(lex.plural_noun_verbs)
    return (
        re.compile(
            rf"\b(?P<verb>{trie(lex.listener_verbs)})(?P<obj>\s+(?:{_WIDE_OBJECT}|{OBJECT})){_WHEN}{_THAT_ADVERB}(?P<that>\s+that\b(?!\s+{AUXILIARY_WORD})|\s*:)?\s+(?P<claim>\S.*)$"
        ),
        re.compile(
            # (not a plural noun before the clause's own verb: "Most states have passed …"; but
            # "the war, which she said was a mistake")
            rf"\b(?!{plural_nouns}\s+(?:that\s+)?{AUXILIARY_WORD})(?P<verb>{verbs})(?P<obj>){_WHEN_OF}{_THAT_ADVERB}(?P<that>\s+that\b(?!\s+{AUXILIARY_WORD})|\s*:)?\s+(?P<claim>\S.*)$"
        ),
    )


#: "According to EHS, the target is met, but Chapman says …": the claim ends where another
#: source answers it.
_BUT_SAYS = re.compile(
    r",?\s+but\s+(?:[A-Z][\w'’-]*|he|she|they)(?:\s+[A-Z][\w'’-]*)*\s+"
    r"(?:says|said|told|added|argued|insisted|noted|countered|disagreed)\b"
)
#: A denial of what follows ("That doesn't mean that …", "is not to say that …").
_NOT_MEANT = re.compile(r"(?:n['’]t|\bnot)\s+(?:mean|suggest|imply|to\s+say)\s*$", re.IGNORECASE)
#: Two capitalised words ending the text before a verb: a name ("Associated Press").
_NAME_CHAIN_END = re.compile(r"[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*\s+$")
#: A pronoun and what it is told of ("him of the vote"): no listener of a clause.
_PRONOUN_AND_MORE = re.compile(r"\s+(?:him|them|us|me)\s+(?:of|about)\b")
#: A verb in the past with its object: a clause, no speaker ("the actor suffered a heart attack").
_CLAUSE_IN_NP = re.compile(r"^\S+(?:\s+\S+){0,3}?\s+[a-z]+ed\s+(?:a|an|the|his|her|their|its)\s")
#: A verb in the past right before a plural noun, which is then its object ("the arrest eased
#: [fears]", "sparked [claims]").
_VERB_BEFORE = re.compile(r"\b(?!(?:officials|people|those|residents)\b)[a-z]{3,}ed\s+$")
#: A determiner, possessive or "of", and at most one modifier that is no plural noun: a word
#: after them is a noun ("the civil [claim]", "a notice of civil [claim]"; not "the officials
#: [report]").
_NOUN_SLOT = re.compile(
    r"(?:^|\s)(?:[Aa]n?|[Tt]he|[Tt]his|of|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\w+['’]s)\s+"
    r"(?:[a-z][\w-]*[^\Ws]\s+)?$"
)

#: A phrase that opens on a reporting verb, which is then the cue ("told the … show").
_VERB_FIRST = re.compile(r"(?:told|tells|said|says)\s")
#: "add to" something, which adds nothing said ("adding to her run of victories"); but "added
#: to reporters that …" is said to an audience.
_ADD_TO = re.compile(rf"(?:add|adds|added|adding)\s+to\s+(?!{AUDIENCE})", re.I)
#: Before "note": taking note, or advice ("should note"), reports nothing.
_ADVICE_OR_TAKING = re.compile(r"\b(?:took|take|takes|taking|taken|should|must|please)\s+$")

#: A relative clause that opens on its verb: "that have endorsed him", "which was founded".
_RELATIVE_VERB_FIRST = re.compile(rf"(?:{'|'.join(sorted(RELATIVE_AUXILIARIES))})\s")

#: A proper name closing a clause (after a lower-case verb or preposition) before ", which",
#: ", who" (not a complement: "an idea from Frank Clayton, the head of the Institute, which
#: suggests").
_NAME_BEFORE_RELATIVE = re.compile(
    r"(?<!\S)(?!of\b)[a-z]+\s+"
    r"(?P<name>(?:the\s+|The\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}),$"
)
#: A determiner that opens a noun phrase before a relative pronoun (see `_antecedent_start`).
_NP_OPENER = re.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]nother)")
#: Prepositions that end a noun phrase before a relative pronoun ("the ire of lawmakers who"),
#: unless a person comes before them ("an official at the agency who").
_PREPOSITIONS = attribution_lexicon().clause_prepositions | {"of", "to", "about", "inside", "near"}


@cache
def _antecedent_words() -> tuple[frozenset[str], frozenset[str]]:
    """Heads of noun phrases that speak before a relative pronoun (people, bodies, documents),
    and people with what counts them ("Ten of the 18 staffers who")."""
    lex = attribution_lexicon()
    people = lex.unnamed_heads | lex.plural_groups | frozenset(lex.role_nouns)
    bodies = frozenset(w.casefold() for w in lex.organization_words) | lex.document_nouns
    return people | bodies, people | lex.count_words | lex.unnamed_determiners


def _antecedent_start(before: str) -> int | None:
    """Where the noun phrase starts that a relative pronoun follows inside a clause ("The panel
    heard from a doctor", "the Senate considered Mitchell's amendment", "He met Senator John
    Smith"): at a determiner or a run of capitalised words, back over a preposition after a
    person ("an official at the agency"). None when the words before are that phrase already, or
    when its head is no person, document or name."""
    speakers, counted = _antecedent_words()
    words = list(re.finditer(r"\S+", before))
    head = words[-1].group().strip(",.;:") if words else ""
    if _NP_OPENER.fullmatch(head) or not (head[:1].isupper() or head.casefold() in speakers):
        return None  # "emails a few months back that claimed", "one that emphasizes": no one
    lowest = max(0, len(words) - 9)
    i = len(words) - 1
    while i >= lowest:
        word = words[i].group()
        if word in _PREPOSITIONS and i < len(words) - 1:
            # "drew the ire of lawmakers who thought": a bare noun after a preposition
            if i == 0 or words[i - 1].group().casefold() not in counted:
                return words[i + 1].start()
            i -= 1  # "an official at the agency": on to the person it qualifies
            continue
        if not (_NP_OPENER.fullmatch(word) or word[:1].isupper()):
            i -= 1
            continue
        while i > lowest and word[:1].isupper() and words[i - 1].group()[:1].isupper():
            i -= 1  # a run of capitalised words: "Senator John Smith"
            word = words[i].group()
            if word.endswith(","):
                i += 1
                break
        if word[:1].isupper() and i > 0 and _NP_OPENER.fullmatch(words[i - 1].group()):
            i -= 1  # "the IRS"
        elif (
            word[:1].isupper()
            and i > 1
            and words[i - 1].group()[:1].islower()
            and words[i - 1].group() not in _PREPOSITIONS
            and _NP_OPENER.fullmatch(words[i - 2].group())
        ):
            i -= 2  # "the unscientific Internet polls"
        if i >= 2 and (
            words[i - 1].group() in ("and", "or")
            or (
                words[i - 1].group() in _PREPOSITIONS and words[i - 2].group().casefold() in counted
            )
        ):
            # back over "at" to the person it qualifies ("an official at the agency"), or to the
            # first of two joined ("the IRS and a congressional committee")
            i -= 2
            continue
        if i > 0 and words[i - 1].group().endswith(","):
            return None  # "Laurence Meyer, a former Fed governor who": the apposition's name
        return words[i].start() if i > 0 else None
    return None


_PREPOSITION_FIRST = re.compile(
    r"(?:in|on|at|to|for|with|from|by|about|during|over|into|through|as|of|against)\b"
)
_DIGIT = re.compile(r"\d")


@cache
def _source_heads() -> frozenset[str]:
    """Nouns that head a source's description: "the company", "the spokesman", "the study"."""
    lex = attribution_lexicon()
    return organization_heads() | lex.role_nouns | lex.unnamed_heads | lex.document_nouns


#: An act done in order to speak, then "to" before the verb: an infinitive of purpose ("took to
#: Twitter on Monday to [say]", "rushed to television to [say]"; not "refused to [say]", "is
#: expected to [say]").
_PURPOSE_TO = re.compile(
    r"\b(?:took|takes|take|taking|went|goes|go|going\s+on|rushed|rushing|used|uses|appeared|"
    r"called|calling|held|holds|issued|issues|came|comes|turned|stepped|returned|sent|posted|"
    r"wrote|spoke|stood|rose|paused|interrupted)\b[^.;:!?“”\"]*\S\s+to\s*$"
)
#: Verbs of an appearance, often with no content: "testified before the committee", "spoke at
#: the rally".
_APPEARANCE_VERB = re.compile(r"(?i)testif(?:y|ies|ied)|spoke|speaks|speak|wrote|writes|write")
#: A place, a time or an audience, then "that": the claim follows.
_PLACE_THEN_THAT = re.compile(
    r"(?:before|at|in|on|to|during|after|with|for)\s+[^,.;:!?“”\"]{1,80}?\s+that\s+"
)
#: A place, a time or an audience after such a verb.
_PLACE_FIRST = re.compile(r"(?:before|at|in|on|to|during|after|from|with|for|outside|inside)\b")
_LAST_WORD = re.compile(r"(?:^|\s)(\w+)\s*$")


@cache
def _perceived_pattern() -> re.Pattern[str]:
    verbs = trie(attribution_lexicon().perception_verbs)
    return re.compile(rf"\b(?:{verbs})\s+(?P<obj>him|her|them)\s+[a-z]+ing\b")


def _perceived_doing(text: str, lo: int, hi: int) -> Mention | None:
    """`Golden remembers him apologizing in court, saying …`: the one remembered doing something
    is the subject of the participle after it, not the sentence's subject."""
    found = next(reversed(list(_perceived_pattern().finditer(text, lo, hi))), None)
    if found is None:
        return None
    return pronoun_ending_at(found.end("obj"), found.group("obj"))


def _opening_subject(sentence: str) -> re.Match[str] | None:
    """The sentence's subject, past an opening phrase set off by a comma ("In the spin room
    after the debate, Obama's aides were …")."""
    lead = lead_subject(sentence)
    if lead is not None and parse_subject(sentence, lead.start("np"), lead.end("np")):
        return lead
    opening = _OPENING_PHRASE.match(sentence)
    return lead_subject(sentence, opening.end()) if opening else lead


#: A prepositional phrase of up to ten words that opens a sentence, and its comma.
_OPENING_PHRASE = re.compile(
    r"\s*(?:In|At|On|After|Before|During|Since|Until|From|For|With|Without|Despite|Amid)\s+"
    r"[^,.;:!?“”\"]{1,80}?,\s+"
)


@cache
def _participle_aside() -> re.Pattern[str]:
    """A participle's aside between a subject and its verb (", speaking on the condition …,"),
    not a role that opens with one ("managing editor", "acting director", "founding member")."""
    roles = trie(attribution_lexicon().role_nouns)
    return re.compile(
        rf",\s+(?:[a-z]+ing(?!\s+(?:{roles})s?\b)|who\s+(?:spoke|asked|requested))\b"
        r"[^,.;:!?“”\"]*(?:,[^,.;:!?“”\"]*)?,\s*$"
    )


#: A document's aside that names who put it out: ", released Thursday by the GAO,".
_PUBLISHED_BY = re.compile(
    r"\s*,\s+(?:[\w-]+\s+){0,2}?(?:released|published|issued|commissioned|conducted|prepared|"
    r"compiled|written|produced|filed)\b[^,;:!?“”\"]*?\bby\s+(?P<np>[^,;:!?“”\"]{2,80}?)\s*,\s*$"
)
#: "per" as news writes "according to" ("…, per a report from Bloomberg", "Per sources, …"),
#: before a source only: not "per cent", "per year", "$5 per share".
_PER = (
    r"[Pp]er(?=\s+(?:(?:a|an|the|his|her|its|their|two|three|several|multiple|one)\s"
    r"|[A-Z]|(?:sources?|people|officials|reports?|data|documents|records|multiple)\b))"
)
_ACCORDING_TAIL_CUT = re.compile(rf"(?i),\s*(?:according to\b|(?-i:{_PER}))")
_ACCORDING_LEAD = re.compile(
    # (after a conjunction or adverb: "But according to a new poll, his support fell …")
    # (or a sentence adverb, in a parenthesis too: "(Overall, according to one analysis, …")
    r"(?i)^\s*\(?(?:(?:but|and|yet|so|still|however|now|meanwhile|also|overall|instead|"
    r"indeed|in fact|in total|in all|in addition|by contrast|for example|together),?\s+)?"
    rf"(?P<cue>according to|(?-i:{_PER}))\s+(?P<np>[^,]{{1,120}}?)\s*,\s*(?P<claim>\S.*)$"
)
_ACCORDING_TAIL = re.compile(
    rf"(?i)^(?P<claim>.*\S)\s*[,—–]?\s+(?P<cue>according to|(?<=[,—–]\s)(?-i:{_PER}))\s+"
    # (a web address's dots end no sentence: "according to ouest-france.fr.")
    rf"(?P<np>(?:{ABBREVIATION}|\.(?=[a-z]{{2,4}}\b)|[^,.;:!?—–]){{1,120}}?)"
    # (or a parenthesis closing the sentence: "(… has sold 235,000 copies, according to Nielsen.)")
    r"\s*(?:[.!?]?[\"”’]?\)?[.!?]?\s*$|[,—–])"
)


#: The claim going on after a cue set off by commas inside it ("For days after a storm, Con Edison
#: officials say, they often deal with …"; not ", but …").
_CLAIM_GOES_ON = (
    r"(?!(?:and|but|or|added|according|as|in|on|at|while|who|which|whose|after|before|when|"
    # (nor a participle: ", adding that …", ", speaking on the condition …")
    # (or a name opening the rest of the claim: "By the fall of 2006, Luhn says, Ailes was …")
    r"a|an|the|[a-z]+ing)\b)(?:[a-z][\w'’-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+[a-z]+)\s+[$€£]?\w+"
)
_CUE_INSIDE = re.compile(rf"\s*{_CLAIM_GOES_ON}")
#: The same after a source's apposition ("The results, according to X, a professor, were mixed";
#: not "…, according to X, a professor.").
_GOES_ON = re.compile(rf"\s*(?:(?:a|an|the|who|which|whose)\b[^,.;:!?]*,\s*)?{_CLAIM_GOES_ON}")
#: A speaker right after the quotation they said (`“…,” Mr. Dejesus`).
_AFTER_QUOTATION = re.compile(
    r"[“\"‘'](?P<words>[^“”\"]+?)[,.!?…—–-]\s*[”\"’']\s+[^“”\",;:!?]{1,80}$"
)


#: Nothing but a quotation before a verb (a short one, unmasked).
_ONLY_QUOTATION = re.compile(r"[“\"‘'][^“”\"]*[”\"’']")


def _after_quotation(text: str, start: int, end: int) -> bool:
    """Whether the subject ending at `end` follows a quotation that opens its sentence or is a
    statement of four words or more (not a title: `On “Fox News Sunday,” Gov. Mike Pence
    said …`)."""
    m = _AFTER_QUOTATION.search(text, start, end)
    return m is not None and (
        not text[start : m.start()].strip() or len(m.group("words").split()) >= 4
    )


def _apposed_tail(
    text: str, s_start: int, m: re.Match[str], mention: Mention | None
) -> tuple[Mention | None, int | None]:
    """The speaker of a claim tail ("CLAIM, X said") whose name and apposition straddle the
    claim's last comma, and where the claim then ends: "…, Jim Cantrell, Vector Space Systems CEO
    and a founding member of SpaceX, told NBC News." (the apposition is the role), "…, a
    spokeswoman, Anna Richardson White, said." (the description is)."""
    lex = attribution_lexicon()
    claim, np = m.group("claim"), m.group("np")
    named = _NAME_ENDS_CLAIM.search(claim)
    if named and (
        re.match(r"[A-Z]|(?:a|an|the)\s", np) or np.split()[0].casefold() in lex.role_nouns
    ):
        person = parse_subject(text, s_start + named.start("name"), s_start + named.end("name"))
        if (
            person is not None
            and person.kind == "name"
            and person.name
            and not person.organization
            and not lex.ends_in_place(person.name)
            # (a person's: a given name, or a post in the apposition; not "…, Los Angeles, the
            # officials said")
            and (
                person.name.split()[0].casefold() in lex.given_names
                or any(w.casefold() in lex.role_nouns for w in np.split())
            )
        ):
            return replace(person, role=np.strip()), s_start + named.start()
    described = _DESCRIPTION_ENDS_CLAIM.search(claim)
    if (
        described
        and described.group("role").split()[-1].casefold() in lex.role_nouns
        and mention is not None
        and mention.kind == "name"
        and not mention.organization
    ):
        return replace(mention, role=described.group("role")), s_start + described.start()
    return mention, None


#: A description that ends a claim before the name it describes ("…, a spokeswoman, Anna …").
_DESCRIPTION_ENDS_CLAIM = re.compile(r",\s+(?P<role>(?:a|an|the)(?:\s+[^\s,]+){1,4}?)\s*$")
#: A name that ends a claim before its apposition and verb ("…, Jim Cantrell, the CEO, told").
_NAME_ENDS_CLAIM = re.compile(r",[”\"’]?\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})$")
#: A name set off by a comma after a description ("…, said a former spokesman, Oleg Voloshyn").
_NAME_SET_OFF = re.compile(r",\s+[A-Z]")


#: Verbs often put before their speaker after a claim, anywhere ("…, said one GOP source in the
#: room, …"); any other reporting verb only at the sentence's end.
_USUAL_INVERTED = frozenset(
    {"said", "says", "say", "added", "adds", "told reporters", "wrote", "writes", "warned"}
    | {"reported", "reports"}
)


@cache
def _claim_tail_verb_first() -> re.Pattern[str]:
    """CLAIM, said one GOP source in the room.  (Not `…, said he obtained …`: a pronoun starting
    a clause is the subject of what follows, not an inverted speaker.)"""
    # ("…, noted NBC's Dante Chinni.", "…, explained the mayor.")
    verbs = trie(attribution_lexicon().inverted_tail_verbs | {"told reporters"})
    return re.compile(
        rf"^(?P<claim>.*\S)\s*,\s*(?P<verb>{verbs})\s+"
        r"(?!(?:he|she|they|it|we|I|you|that)\s)"
        # (a title's period is no sentence end: "…, said Ms. Gil.")
        rf"(?P<np>{NP_IN_CLAUSE}{{1,80}}?)"
        # an apposition, not a predicate ("…, said the aide who succeeded him, Paul Manafort,
        # should be fired": the words before "said" were its subject)
        r"(?:,(?!\s*(?:who|which|whose)\b)"
        # (an auxiliary inside the apposition's own relative clause is no predicate: "…, said
        # Matthew Kraft, a professor at Brown University who has studied tutoring")
        rf"(?![^.;:!?“”\"]*(?<!\bwho)(?<!\bwhich)\s{AUXILIARY_WORD})(?:{ABBREVIATION}|[^.;:!?“”\"]){{1,160}}"
        # (initials inside: "who follows Amazon at the D.A. Davidson brokerage")
        rf"|,\s*(?:who|which|whose)\b(?:{ABBREVIATION}|[^.;:!?“”\"]){{1,100}}"
        # ("…, said an American official who was briefed on the details and spoke anonymously")
        r"|\s+who\s[^,.;:!?“”\"]{1,200})?"
        # (or in the middle of its claim: "Part of the problem, say experts like Paul Bauman, a
        # geophysicist, is the ground itself")
        r"(?:\s*[.!?]?\s*$|,\s+(?:(?:a|an|the)\s[^,.;:!?“”\"]{1,80},\s+)?"
        r"(?=(?!(?:who|which|whose)\b)[a-z]))"
    )


def sentence_tail_cue(
    text: str, s_start: int, s_end: int, after: int
) -> tuple[Mention, Span] | None:
    """The source and cue that close a sentence after `after` ("…, it should be modified or
    discontinued, says Fontana."; "…, the simplest reason they left, he said."), for a quote
    inside the sentence before them."""
    sentence = text[s_start:s_end]
    first = _claim_tail_verb_first().match(sentence)
    if first and s_start + first.start("verb") > after and _speakers_set_off(first.group("np")):
        mention = parse_inverted(text, s_start + first.start("np"), s_start + first.end("np"))
        if mention is not None and mention.kind != "unspecified":
            return mention, Span(s_start + first.start("verb"), s_start + first.end("verb"))
    last = _claim_tail_inverted().match(sentence)
    if last is None or s_start + last.start("np") <= after:
        return None
    mention = parse_subject(text, s_start + last.start("np"), s_start + last.end("np"))
    if mention is None or mention.kind == "unspecified":
        return None
    return mention, Span(s_start + last.start("verb"), s_start + last.end("verb"))


def _speakers_set_off(np: str) -> bool:
    """Whether the words after a verb in the middle of a sentence are its speakers (", say
    experts like Paul Bauman, …", ", says Harden Bradford, …"), not a clause ("says his son
    grew up …"): a name, or a group of people."""
    first = np.split()[0] if np.split() else ""
    return first[:1].isupper() or first.casefold() in attribution_lexicon().plural_groups


@cache
def _parenthetical_verb() -> str:
    """A reporting verb, or a belief verb set off by commas in the middle of a sentence ("…, many
    think, is only a matter of time", "as some feared, …"), where even "think" or "feel" can be
    nothing else (at the end of one it is often a noun: "a war against Western thought.")."""
    belief = trie(attribution_lexicon().belief_verbs)
    # ("…, BBC Sport understands.": what an outlet was told, at the sentence's end)
    understands = r"understands?(?=\s*[.!?]?\s*$)"
    return rf"(?:{reporting_pattern()}|{belief}(?=[,;]\s)|{understands})"


@cache
def _claim_tail_inverted(shortest: bool = False) -> re.Pattern[str]:
    """CLAIM, X said.  The longest claim first; the shortest when that leaves no speaker
    ("…, a Chinese official said, adding that …": not "adding that …" as the speaker).  A
    semicolon ends the cue as a comma does ("…, political analysts say; in 2012 …")."""
    claim = ".*?\\S" if shortest else ".*\\S"
    return re.compile(
        # (an apposition's closing comma before the verb: "…, Jim Cantrell, the CEO, said.")
        rf"^(?P<claim>{claim})\s*,\s*(?P<np>{NP_IN_CLAUSE}{{1,80}}?),?\s+"
        # (the perfect too: "…, the British Medical Association has announced.")
        rf"(?:(?:has|have|had)\s+)?(?:{ADVERB}\s+)?(?P<verb>{_parenthetical_verb()})"
        # ("…, a school spokesman told The Wall Street Journal.")
        rf"(?:(?:(?<=told)|(?<=tells)|(?<=tell))\s+{OBJECT})?(?:\s+{TIME})?\s*(?:[.!?]?\s*$|[,;]\s"
        # (or a dash that opens the writer's aside: "…, the IMF report says — also in line …")
        r"|(?<=\s)[—–]\s"
        # (or what the speaker was doing: "…, Cook said while visiting Salesforce's conference
        # in San Francisco.")
        r"|(?<=\w)\s+(?:while|when|after|before)\s+[a-z]+ing\s(?![^“”\"]*\bthat\b)[^“”\",;:]*[.!?]?\s*$)"
    )


@cache
def _as_cue() -> re.Pattern[str]:
    """A cue set off as a comparison: "As X noted, …", "…, as X has pointed out." (only after a
    comma or at the start, so "such as" and "as well as" never open one)."""
    return re.compile(
        rf"(?:^|(?<=,)\s+|(?<=—)\s*)(?P<as>[Aa]s)\s+(?P<np>{NP_IN_CLAUSE}{{1,80}}?)"
        rf"(?:,\s+{NP_IN_CLAUSE}{{1,60}},)?"  # "As many experts, including Mr. Goldberg, have …"
        rf"\s+(?:(?:have|has|had)\s+)?(?:{ADVERB}\s+)?(?P<verb>{_parenthetical_verb()})"
        rf"(?:\s+{OBJECT})?(?:\s+{TIME})?"
        # (for whom: "As Emily Feng reports for NPR,")
        r"(?:\s+(?:for|on|in)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})?"
        r"\s*(?=,|[.!?]?\s*$)"
    )


#: Connectives alone before a cue set off as a comparison ("Or maybe, as X suggested, …").
_ONLY_CONNECTIVES = re.compile(
    r"\s*(?:(?:or|and|but|so|yet|maybe|perhaps|still|indeed|however|now)[\s,—]*)+",
    re.IGNORECASE,
)


@cache
def _as_passive_cue() -> re.Pattern[str]:
    """A passive cue set off as a comparison: "As reported by The Guardian, …", "…, as first
    revealed in the Financial Times." (the "by" or "in" names the source)."""
    return re.compile(
        r"(?:^|(?<=,)\s+|(?<=—)\s*)(?P<as>[Aa]s)\s+(?:(?:was|were|has\s+been|had\s+been|first|"
        r"previously|originally|earlier|widely|exclusively)\s+)*"
        r"(?P<verb>reported|revealed|disclosed|noted|stated|announced|documented|detailed)"
        rf"\s+(?:by|in)\s+(?P<np>{NP_IN_CLAUSE}{{1,80}}?)(?:\s+{TIME})?\s*(?=,|[.!?]?\s*$)"
    )


def _as_attribution(text: str, s_start: int, s_end: int, m: re.Match[str]) -> FoundClaim | None:
    """The claim around an "as X said" cue: what follows it, what precedes it, or both."""
    mention = parse_subject(text, s_start + m.start("np"), s_start + m.end("np"))
    verb = m.group("verb")
    if mention is None or mention.kind == "unspecified":
        return None
    if verb.casefold() in attribution_lexicon().document_only_verbs and not (
        mention.name and document_head(mention.name)
    ):
        return None  # "as the team found": a discovery, not a source's claim
    lo, hi = s_start + m.start("as"), s_start + m.end()
    if not text[s_start:lo].strip(" ,—") or _ONLY_CONNECTIVES.fullmatch(text, s_start, lo):
        # ("Or maybe, as that tweeter in Sydney suggested, …": the claim is what follows)
        claim = trim_claim(text, hi, s_end)
    elif not text[hi:s_end].strip(" ,.!?"):
        claim = trim_claim(text, skip_lead(text, s_start, lo), lo)
    else:
        claim = trim_claim(text, skip_lead(text, s_start, s_end), s_end)
    if len(text[claim.start : claim.end].split()) < 3:
        return None
    cue = text_span(text, s_start + m.start("verb"), s_start + m.end("verb"))
    return FoundClaim(mention, kind_for(verb, mention), cue, claim)


def find_reported(
    text: str,
    sentences: list[tuple[int, int]],
    masked: list[Span],
    quotes: list[Span],
    cued_quotes: list[tuple[Span, Span]],
) -> list[FoundClaim]:
    """Reported speech outside direct quotes; `cued_quotes` pairs each masked quote with its
    cue."""

    def words(start: int, end: int) -> int:
        return len(re.findall(r"\w+", text[start:end]))

    # A claim that is a quotation (`She added: “…”`) is the quote's cue, not reported speech.
    return [
        item
        for item in _cut_at_other_sources(text, _find_reported_all(text, sentences, masked))
        # (nor a cue inside a quotation: `“People have described the deposits as freakish,”
        # Godby said`; nor one no one is said to use: "Few would argue", "the views expressed
        # in the article")
        if not any(q.start < item.cue.start < q.end for q in quotes)
        and not _NO_ONE_WOULD.match(text, item.mention.start, item.cue.start)
        # (nor an adjective before a result clause: "remains so politically charged that …")
        and not _SO_BEFORE.search(text, max(0, item.cue.start - 30), item.cue.start)
        and not (
            _REDUCED_RELATIVE.match(text, item.cue.start)
            and item.mention.kind not in ("name", "pronoun")
            and not AUXILIARY.search(text, item.mention.start, item.cue.start)
        )
        # Words before a quotation that share its cue lead into it ("Freeland said even though
        # Canada believes it is wrong, “…”"); they are not a claim of their own.
        if not any(
            c.start < item.cue.end
            and item.cue.start < c.end
            and (
                item.claim.end <= q.start
                # (or after a quotation its cue follows: `“…!” Trump tweeted on Monday,
                # thickening …` said the quotation, not what follows the cue)
                or (
                    q.end <= item.cue.start
                    and item.cue.end <= item.claim.start
                    and not _THAT.search(text, item.cue.start, item.claim.start)
                    # (not a quoted sentence before the cue's own: `“… like this.” But he said
                    # it offered a teachable moment`)
                    and text[q.start : q.end].rstrip("”\"’' ")[-1:] != "."
                )
            )
            for c, q in cued_quotes
        )
        and not any(
            words(item.claim.start, item.claim.end)
            - words(max(q.start, item.claim.start), min(q.end, item.claim.end))
            < 2
            for q in quotes
            if q.start < item.claim.end and item.claim.start < q.end
        )
    ]


_THAT = re.compile(r"\bthat\b")
#: A subject no one or hardly anyone is, before a modal ("Few would argue …").
_NO_ONE_WOULD = re.compile(
    r"(?i:few|no one|nobody|hardly anyone|none)\s+(?:would|could|might|will|can)\b"
)
_SO_BEFORE = re.compile(r"\bso\s+(?:\w+ly\s+)?$")
#: A participle after a noun, not a verb ("the views expressed in the article").
_REDUCED_RELATIVE = re.compile(r"(?:expressed|stated|mentioned|described|cited)\s+(?:in|by)\s")
#: A clause joined after a comma ("…, while the premier cheered …").
_NEXT_CLAUSE = re.compile(r",\s+(?:while|whereas|but|and|as|when|because|although|though)\s")
#: The end of a clause before another source's ("…, but experts say", "…, residents say").
_CLAUSE_BREAK = re.compile(r",\s*(?:(?:but|and|yet|while|whereas|though)\s+)?$")


#: Words that open a subordinate clause or phrase, whose comma leads into the claim's own main
#: clause ("says that even though he'd replace Yellen, he …", "added that if his son …").
_OPENS_CLAUSE = (
    attribution_lexicon().subordinators
    | attribution_lexicon().clause_prepositions
    | {"even", "that", "after", "before", "since", "despite", "given", "instead", "rather"}
)


def _cut_at_other_sources(text: str, found: list[FoundClaim]) -> list[FoundClaim]:
    """A claim after its cue ends where another source's clause begins after a comma ("While
    Clinton claimed that the videos exist, experts say that …": the videos exist, not what
    experts say); a source inside the claim with no comma before it is reported by the first
    ("said that experts say …")."""
    cut = []
    for item in found:
        end = item.claim.end
        if item.kind == "according_to" or item.cue.start > item.claim.start:
            # ("According to her account, …, she insisted that …", "At 2,300 feet, according to
            # Gibson, Major said …": what "according to" names may be someone's speech)
            cut.append(item)
            continue
        for other in found:
            lo = other.mention.start
            if other is item or not item.claim.start < lo < end or other.cue.start < lo:
                continue
            brk = _CLAUSE_BREAK.search(text, item.claim.start, lo)
            if brk is None:
                continue
            opening = text[item.claim.start : brk.start()].split()
            if len(opening) >= 2 and opening[0].casefold() not in _OPENS_CLAUSE:
                end = brk.start()
        tail = _SOURCES_SAY.search(text, item.claim.start, end)
        mention = parse_subject(text, tail.start("np"), tail.end("np")) if tail else None
        main = (
            _MAIN_VERB_AFTER.search(text, item.claim.start, end)
            if _WHO_BEFORE.search(text, max(0, item.cue.start - 30), item.cue.start)
            else None
        )
        if main:
            # ("Mr. Trump, who said last week that a judge was biased, issued a statement": the
            # relative clause ends where the main clause's verb follows a comma)
            end = main.start()
        if tail and mention is not None and mention.kind != "pronoun":
            # ("The Kremlin believes that the U.S. has seized on …, followers of U.S.-Russia
            # relations say."): the tail's source reports the whole sentence before it
            end = min(end, tail.start())
            cut.append(
                FoundClaim(
                    mention,
                    kind_for(tail.group("verb"), mention),
                    text_span(text, tail.start("verb"), tail.end("verb")),
                    Span(item.mention.start, tail.start()),
                )
            )
        cut.append(
            item if end == item.claim.end else replace(item, claim=Span(item.claim.start, end))
        )
    return cut


#: A relative pronoun right before a cue ("…, who said", "who has also said").
_WHO_BEFORE = re.compile(r",\s+who\s+(?:(?:has|had|have|also|later|once)\s+){0,2}$")
#: A comma, then a verb in the past: the main clause after a relative clause ("…, issued").
_MAIN_VERB_AFTER = re.compile(
    r",\s+(?:(?:also|later|then|quickly)\s+)?(?!(?:and|but|or|who|which|that|the|a|an|as|if|when|"
    r"while|because|after|before|since|despite|including)\b)(?:[a-z]+ed|left|made|took|gave|met|"
    r"went|spoke|wrote|told|said|sent|won|lost|came|became|began|held|kept|led|ran|stood|"
    r"declined|refused)\b"
)
#: A source and its verb after a comma at a claim's end ("…, followers of … relations say.").
_SOURCES_SAY = re.compile(
    rf",\s+(?P<np>[a-zA-Z](?:{NP_IN_CLAUSE}){{1,80}}?)\s+"
    r"(?P<verb>say|says|said|argue|argues|believe|believes|contend|contends|note|notes)"
    r"\s*[.!?]?\s*$"
)


def _remark_on(verb: str, that: str | None, claim: str) -> bool:
    """Praise or blame of a noun phrase ("criticized the council's decision"), or a piece written
    ("wrote an opinion piece"): a remark on something, no statement."""
    if that:
        return False
    canonical = attribution_lexicon().reporting_forms.get(verb.casefold(), "")
    if canonical in attribution_lexicon().appraisal_verbs:
        return True
    return canonical == "wrote" and bool(_WRITTEN_PIECE.match(claim))


#: The object of "wrote" that is a piece, not a statement ("wrote an op-ed", "wrote his memoir").
_WRITTEN_PIECE = re.compile(r"(?:a|an|his|her|their|its|the\s+first|the\s+book)\s")


#: After "asked" or "requested": anonymity asked for ("asked not to be identified", "requested
#: that her name not be used").
_ANONYMITY = re.compile(
    r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|anonymity"
    r"|that\s+(?:his|her|their)\s+names?\s+not)\b"
)


#: The rest of a list of people after the first ("aides and allies, "): plural nouns only.
_LISTED_PEOPLE = re.compile(
    r"(?P<list>(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*s(?:,\s*(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*s)*,?"
    r"\s+(?:and|or)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*s),\s+(?=\S)"
)
#: An acronym in parentheses after a name ("(ABI)"; the closing mark may lie past the window).
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,10}\)?\s*$")
#: Talks with the sources ("according to interviews with …", "conversations with …").
_TALKS_WITH = re.compile(
    r"\s*(?:(?:an?|the|his|her|their|several|multiple|recent)\s+)?(?:[\w-]+\s+)?"
    # (not an outlet's interview: "according to an interview with The New York Times")
    r"(?:interviews?|conversations?|discussions?|talks|exchanges?|correspondence)\s+with\s+"
    r"(?=(?:(?:a|an|the|more|some|several|dozens|one|two|three|four|five)\s+)?[a-z])"
)


def _according_source(text: str, start: int, end: int) -> Mention | None:
    """Whoever or whatever "according to" names: a name, or else the words as an unnamed source
    ("according to her account", "according to the top British medical journal")."""
    talked = _TALKS_WITH.match(text, start, end)
    if talked:
        # "according to interviews with a dozen party leaders": the people interviewed
        start = talked.end()
    acronym = _ACRONYM_AFTER.search(text, start, end)
    if acronym:
        end = acronym.start()  # "the Association of British Insurers (ABI)": the name is before
    phrase = text[start:end].strip()
    words = phrase.casefold().split()
    measures = attribution_lexicon().measure_words
    if words and (
        words[0] in measures
        or (
            len(words) <= 3
            and words[-1].strip(".,") in measures
            and not any(
                w in ("his", "her", "their", "its") or w.endswith(("'s", "’s")) for w in words
            )
        )
    ):
        # "priced according to how expensive …", "according to plan", "according to simple
        # rules": a measure (not "according to her plan", which is hers)
        return None
    if len(words) >= 2 and words[0] in ("a", "an", "the") and document_head(" ".join(words[1:3])):
        # "according to a report in The Guardian": the document is the source, relayed by its
        # publisher (stage 5).
        lo = start + text[start:end].index(phrase)
        return Mention("unnamed", lo, lo + len(phrase), phrase, name=phrase)
    mention = parse_subject(text, start, end)
    if mention is not None:
        return mention
    if not phrase or len(phrase.split()) > 12 or not any(c.isalpha() for c in phrase):
        return None
    lo = start + text[start:end].index(phrase)
    return Mention("unnamed", lo, lo + len(phrase), phrase, name=phrase)


#: What leads into a quotation at the end of a sentence's first part (", adding:", " and said").
_INTO_QUOTATION = re.compile(
    r"(?:[,;—–]\s*(?:and\s+)?\w+ing(?:\s+that)?\s*[:,]?|\s+(?:and|but)\s+\w+ing"
    r"(?:\s+that)?\s*[:,]?|\s*[—–])\s*$"
)
#: Words after which a clause goes on into the quotation ("said that … and that, “…”").
_CLAUSE_GOES_ON = re.compile(r"\b(?:that|and|but|or|of|to|as|if|because|whether)$", re.IGNORECASE)
_QUOTATION_MARKS = '"“”«»„'
#: Fewer words than this before a quotation are its own cue, not a sentence of reported speech.
REPORTED_BEFORE_QUOTE_MIN_WORDS = 8


def inside_ends(masked: list[Span], s_start: int, s_end: int) -> int:
    """Where the last masked quotation of a sentence ends."""
    return max(m.end for m in masked if m.start < s_end and s_start < m.end)


@cache
def _cue_after_quotation() -> re.Pattern[str]:
    """The cue right after a quotation, and who said it: `,” Musk said`, `,” he told reporters`."""
    return re.compile(
        rf"\s*[,—–-]?\s*(?P<np>{NP_IN_CLAUSE}{{1,60}}?)\s+(?:{ADVERB}\s+)?"
        rf"(?P<verb>{reporting_pattern()})(?:\s+{OBJECT})?(?:\s+{TIME})?(?=,)"
    )


def _statement_after_quotation(text: str, quote_end: int, s_end: int) -> list[FoundClaim]:
    """A second statement after the cue that follows a quotation ("“…,” Musk said, adding that
    the company would appeal"): the cue's speaker said it."""
    m = _cue_after_quotation().match(text, quote_end, s_end)
    more = _CLAIM_CONTINUES.match(text, m.end(), s_end) if m else None
    if m is None or more is None or len(text[more.start("claim") : s_end].split()) < 4:
        return []
    mention = parse_subject(text, m.start("np"), m.end("np"))
    return [_second_statement(text, mention, more, s_end)] if mention else []


def _before_quotation(text: str, s_start: int, quote_start: int) -> int | None:
    """Where the reported speech of a sentence that goes on into a quotation ends, or None when
    the words before the quotation are too few to hold any."""
    lead_in = _INTO_QUOTATION.search(text, s_start, quote_start)
    if lead_in is None or _CLAUSE_GOES_ON.search(text, s_start, lead_in.start()):
        return None  # the quotation goes on from the words before it ("said she has “…”")
    cut = lead_in.start()
    head = text[s_start:cut]
    if len(re.findall(r"\w+", head)) < REPORTED_BEFORE_QUOTE_MIN_WORDS or any(
        mark in head for mark in _QUOTATION_MARKS
    ):
        return None
    return cut


def _find_reported_all(
    text: str, sentences: list[tuple[int, int]], masked: list[Span]
) -> list[FoundClaim]:
    found: list[FoundClaim] = []
    lex = attribution_lexicon()
    for s_start, s_end in sentences:
        inside = [m.start for m in masked if m.start < s_end and s_start < m.end]
        if inside:
            # Reported speech before a quotation in the same sentence ("The spokesman refused to
            # answer but said there was no call, adding: “…”") is read up to the quotation.
            cut = _before_quotation(text, s_start, min(inside))
            if cut is None:
                # "“…,” Musk said, adding that …": a second statement after a long quotation
                found.extend(
                    _statement_after_quotation(text, inside_ends(masked, s_start, s_end), s_end)
                )
                continue
            s_end = cut
        # (the sentence's words lead straight into a quotation: "…, he said, “…”", not "…, he
        # said, adding, “…”")
        into_quotation = bool(inside) and not text[s_end : min(inside)].strip(" ,:—–")
        sentence = text[s_start:s_end]
        # according to X, CLAIM
        m = _ACCORDING_LEAD.match(sentence)
        if m:
            claim_lo = m.start("claim")
            mention = _according_source(text, s_start + m.start("np"), s_start + m.end("np"))
            listed = (
                _LISTED_PEOPLE.match(sentence, claim_lo) if m.group("np").endswith("s") else None
            )
            if mention and mention.kind == "unnamed" and listed:
                # "according to … Cruz's friends, aides and allies, he wants …": a list of people
                claim_lo = listed.end()
                phrase = text[mention.start : s_start + listed.end("list")]
                mention = replace(
                    mention, end=s_start + listed.end("list"), text=phrase, name=phrase
                )
            if mention:
                claim_hi = s_start + m.end("claim")
                rebuttal = _BUT_SAYS.search(text, s_start + claim_lo, claim_hi)
                found.append(
                    FoundClaim(
                        mention,
                        "according_to",
                        text_span(text, s_start + m.start("cue"), s_start + m.end("cue")),
                        trim_claim(
                            text, s_start + claim_lo, rebuttal.start() if rebuttal else claim_hi
                        ),
                    )
                )
        else:
            m = _ACCORDING_TAIL.match(sentence)
            if m:
                mention = _according_source(text, s_start + m.start("np"), s_start + m.end("np"))
                if mention:
                    claim_lo = s_start + m.start("claim")
                    claim_hi = s_start + m.end("claim")
                    if re.search(r"\s(?!of\s)\w+\s+that,?$", m.group("claim")) and text[
                        s_start + m.end() : s_end
                    ].strip(" .!?"):
                        # "The AP reported that, according to an analysis, 85 of …": the claim
                        # is what follows the source, inside the clause that "that" opens.
                        claim_lo, claim_hi = s_start + m.end(), s_end
                    elif _GOES_ON.match(text, s_start + m.end(), s_end):
                        # "The results, according to Jeff Schlegelmilch, were mixed": the cue
                        # sits inside the claim, which is the whole sentence.
                        claim_hi = s_end
                    claim_lo = skip_lead(text, claim_lo, claim_hi)
                    found.append(
                        FoundClaim(
                            mention,
                            "according_to",
                            text_span(text, s_start + m.start("cue"), s_start + m.end("cue")),
                            trim_claim(text, claim_lo, claim_hi),
                        )
                    )
        # in what X called CLAIM  /  X call(s) it CLAIM
        found.extend(characterizations(text, s_start, sentence))
        # X declined to comment.  /  X did not respond to a request for comment.
        found.extend(refusals(text, s_start, sentence))
        # Officials expect the bank to raise rates.  /  Experts see the vote as a test.
        found.extend(expectations(text, s_start, sentence))
        # More delegates than her advisers expected.
        found.extend(comparisons(text, s_start, sentence))
        # The announcement led some to speculate that …
        found.extend(prompted(text, s_start, sentence))
        # The remarks were interpreted by some as a threat.
        found.extend(passive_views(text, s_start, sentence))
        # Critics blame the mayor for the delay.  /  Some remained skeptical that it would pass.
        found.extend(stances(text, s_start, sentence))
        # It is understood that …  /  The Home Office is understood to be considering …
        found.extend(unsourced_hearsay(text, s_start, sentence))
        # Jurors were told …  /  The court heard that …  /  X was quoted as saying …
        found.extend(told_or_quoted(text, s_start, sentence))
        # …, the Financial Times reported, citing people familiar with the matter.
        found.extend(cited_sources(text, s_start, sentence))
        # Other officials weighed in Friday about whether the video should be released.
        found.extend(topic_remarks(text, s_start, sentence))
        # As X noted, CLAIM.  /  CLAIM, as X said.  /  CLAIM, as X pointed out, CLAIM.
        m = _as_cue().search(sentence) or _as_passive_cue().search(sentence)
        item = _as_attribution(text, s_start, s_end, m) if m else None
        if item is not None and m is not None:
            found.append(item)
            # (another source may speak inside the claim: "As Emily Feng reports for NPR, the
            # cases came to light when authorities announced that …")
            pos = m.end()
            m = None
        else:
            pos = 0
            # CLAIM, X said.  /  CLAIM, said X.
            m = _claim_tail_inverted().match(sentence) or _claim_tail_verb_first().match(sentence)
        if m and m.re is not _claim_tail_verb_first() and _VERB_FIRST.match(m.group("np")):
            m = None  # "…, told the Victoria Derbyshire TV show, “…”": "told" is the verb
        if (
            m
            and m.re is _claim_tail_verb_first()
            and m.group("verb").casefold() not in _USUAL_INVERTED
            and (
                sentence[m.end() :].strip(" .!?")
                or parse_subject(text, s_start, s_start + m.end("claim") + 1) is not None
                or not re.match(r"[A-Z]|(?:a|an|the|one|another)\s", m.group("np"))
            )
        ):
            # "Ivanka Trump, the nominee's eldest daughter, noted the rule …": a subject set off
            # by its apposition before its verb; a verb other than "said" is inverted only at
            # the sentence's end, after a claim ("…, noted NBC's Dante Chinni.")
            m = None
        if m and m.re is _claim_tail_verb_first() and _CLAUSE_IN_NP.search(m.group("np")):
            # "A publicist for Thicke's son, Robin, said the actor suffered a heart attack": a
            # clause after "said", whose subject came before it
            m = None
        if (
            m
            and m.re is _claim_tail_verb_first()
            and (
                sentence[m.end() :].strip(" .!?")
                or m.group("verb") in ("reported", "reports", "writes")
            )
            and not _speakers_set_off(m.group("np"))
        ):
            m = None  # "Joseph, says his son grew up in Houston, …": a clause, no inverted cue
        mention = parse_subject(text, s_start + m.start("np"), s_start + m.end("np")) if m else None
        if m and m.re is _claim_tail_verb_first() and _NAME_SET_OFF.match(sentence, m.end("np")):
            # "…, said a former spokesman for the ministry, Oleg Voloshyn, who …": the name set
            # off after the description speaks, and the description is the role.
            named = parse_inverted(text, s_start + m.start("np"), s_start + m.end())
            if named is not None and named.start >= s_start + m.end("np"):
                mention = named
        elif (
            m
            and m.re is _claim_tail_verb_first()
            and mention is not None
            and mention.kind == "name"
            and sentence[m.end("np") : m.end("np") + 1] == ","
        ):
            # "…, said Jane Roe, a professor of education at Brown University.": her role
            hi = s_start + len(sentence[: m.end()].rstrip(" .!?"))
            apposed = parse_inverted(text, s_start + m.start("np"), hi)
            if apposed is not None and apposed.name == mention.name and apposed.role:
                mention = apposed
        if m and mention is None:
            m = _claim_tail_inverted(shortest=True).match(sentence)
            if m:
                mention = parse_subject(text, s_start + m.start("np"), s_start + m.end("np"))
        cut_at = None
        if m and m.re is not _claim_tail_verb_first():
            mention, cut_at = _apposed_tail(text, s_start, m, mention)
            if cut_at is None and sentence[m.end("np") : m.end("np") + 1] == ",":
                # (an apposition's closing comma before the verb only after a claim: not
                # "Yukiya Amano, director general of the agency, said that …")
                m = None
        if m:
            claim_hi = cut_at if cut_at is not None else s_start + m.end("claim")
            claim_lo = skip_lead(text, s_start, claim_hi)
            words = len(text[claim_lo:claim_hi].split())
            cue_end = m.end()
            goes_on = _CUE_INSIDE.match(sentence, cue_end)
            if m.re is _claim_tail_verb_first() and words < 4 and not goes_on:
                # "This system, says Richard Locksley, an immunologist …, helps the body …": the
                # apposition ends where the claim goes on with its verb
                goes_on = next(
                    (
                        g
                        for c in re.finditer(r",", sentence[: m.end()])
                        if c.start() > m.end("np")
                        and (g := _CUE_INSIDE.match(sentence, c.end()))
                        and not reporting_verb().search(g.group())
                    ),
                    None,
                )
                if goes_on is not None:
                    cue_end = goes_on.start()
            if (words < 4 and sentence[cue_end:].strip(" .!?")) or (
                goes_on
                and sentence[:cue_end].rstrip().endswith(",")
                # (not another source's cue: "…, Smith said, The Times reported")
                and not reporting_verb().search(goes_on.group())
            ):
                # "What he discovered, he says, is that …", "But in recent days, aides say, the
                # president has …": a cue set in the middle of the claim, after too few words to
                # stand alone; the claim is the sentence around it.
                claim_hi = s_end
                words += len(sentence[cue_end:].split())
            after_cue = sentence[m.end() :].strip(" ,:")
            if (into_quotation and not after_cue) or after_cue[:1] in ("“", '"'):
                # "In a few more years, he said, “You won’t recognize …”": the cue introduces
                # the quotation, which is what was said.
                mention = None
            if mention and mention.kind != "unspecified" and words >= 4:
                found.append(
                    FoundClaim(
                        mention,
                        kind_for(m.group("verb"), mention),
                        text_span(text, s_start + m.start("verb"), s_start + m.end("verb")),
                        trim_claim(text, claim_lo, claim_hi),
                    )
                )
                more = _CLAIM_CONTINUES.search(text, s_start + m.end("verb"), s_end)
                if more and (
                    "," in text[s_start + m.end("verb") : more.start()]
                    or len(text[more.start("claim") : s_end].split()) < 4
                ):
                    more = None
                if more:
                    # "…, a Chinese official said, adding that …": the speaker's second statement.
                    found.append(_second_statement(text, mention, more, s_end))
                # "…, records show, and aviation experts say …": another source may follow.
                pos = (more.start("claim") - s_start) if more else m.end()
        # X VERB (that) CLAIM, possibly several in one sentence ("X cites Y who claimed Z").
        # The subject of a claim cut short by its own next verb ("announced the arrest of a man
        # and said …").
        again: Mention | None = None
        # Where the main clause after a claim's subordinate one starts (or another source's
        # clause): a later verb's subject is read from there.
        main_clause: int | None = None
        for vm in reporting_verb().finditer(sentence):
            if vm.start() < pos:
                continue
            lo = s_start + pos
            if main_clause is not None and main_clause <= vm.start():
                lo = max(lo, s_start + main_clause)
            subject_hi = s_start + vm.start()
            before = text[lo:subject_hi]
            if DETERMINER_BEFORE.search(before) or POSSESSIVE_BEFORE.search(before):
                continue  # "an alleged drug smuggler", "the reported deal", "His comments": no verb
            if vm.group("verb").casefold() in lex.bare_clause_verbs and (
                _ADVICE_OR_TAKING.search(before)
            ):
                continue  # "Parents took note the school …", "Residents should note the office …"
            if _ONLY_QUOTATION.fullmatch(before.strip()):
                continue  # "“The numbers don't lie,” said Jane Doe": the quotation's own cue
            if _ANONYMITY.match(sentence, vm.end()):
                continue  # "who asked not to be identified": a request for anonymity, no claim
            if _ADD_TO.match(sentence, vm.start()):
                continue  # "adding to her run of victories": a sum, no statement
            if before.endswith(" to ") and re.search(r"\bwho\s", before):
                # "an aide who spoke on condition of anonymity to describe private talks": the
                # reason for the anonymity, no claim
                continue
            if vm.group("verb").casefold() in lex.plural_noun_verbs and (
                (
                    POSSESSIVE_MODIFIER_BEFORE.search(before)
                    # (not after a body's or a person's noun: "The company reports that …")
                    and before.split()[-1].casefold() not in _source_heads()
                )
                # (not the end of a name: "The Associated Press reports that …")
                or (QUANTIFIER_BEFORE.search(before) and not _NAME_CHAIN_END.search(before))
                or QUANTIFIED_NOUN_BEFORE.search(before)
                or _VERB_BEFORE.search(before)
            ):
                # "his recent comments on guns", "other reports suggest", "the arrest eased fears
                # that …": a plural noun after its modifier, quantifier or verb
                continue
            if vm.group("verb").casefold() in lex.document_nouns and _NOUN_SLOT.search(before):
                continue  # "a notice of civil claim was filed", "the police report said": a noun
            if noun_after_a(before, vm.group("verb")):
                continue  # "After an off-the-cuff remark from a winemaker": a noun after "a"
            relative = re.search(r"\s+(?:who|which|that)\s*$", before)
            if relative:
                subject_hi = lo + relative.start()
                before = text[lo:subject_hi]
                antecedent = _NAME_BEFORE_RELATIVE.search(before)
                if antecedent and relative.group().strip() == "who":
                    # ("A spokesman for Acme Corp, who said": "who" is no organisation)
                    named = parse_subject(text, lo + antecedent.start("name"), subject_hi)
                    if named is None or named.organization:
                        antecedent = None
                if antecedent:
                    # "The contract went to Northline Builders, which said": the name right before
                    # the relative pronoun, not the clause it ends.
                    lo += antecedent.start("name")
                    before = text[lo:subject_hi]
                elif not before.endswith(","):
                    # "The panel heard from a doctor who said": the noun phrase right before it.
                    start = _antecedent_start(before)
                    if start:
                        lo += start
                        before = text[lo:subject_hi]
            aside = _participle_aside().search(before)
            if aside and aside.start() > 0:
                # "Federal officials familiar with …, speaking on the condition of anonymity
                # because they were not authorized …, said": the aside is no part of the subject.
                subject_hi = lo + aside.start()
                before = text[lo:subject_hi]
            clause = last_subordinator(before)
            if (
                clause
                # (the verb inside that clause: not "If elected, she said …")
                and not re.search(r"[,;—–]|\s-\s", before[clause.end() :])
                and (
                    clause.group().strip().casefold() in ("if", "unless")
                    or _NOT_MEANT.search(before, 0, clause.start())
                )
            ):
                # "If the US insists on …", "That doesn't mean that the team thinks …": a
                # condition or a denial, no statement of anyone's
                continue
            if (
                clause
                and clause.group("relative") in ("that", "which")
                and _RELATIVE_VERB_FIRST.match(before, clause.end())
                and re.search(r"[a-z]s\s+$", before[: clause.start()])
                and len(before[: clause.start()].split()) <= 6
            ):
                # "progressive organizations that have endorsed him say": a relative clause with
                # no subject of its own qualifies the plural subject before it.
                clause = None
            embedded = bool(clause and clause.group("relative"))
            if (
                clause
                # (no subject of its own after it: "…, but have speculated that …")
                and not AUXILIARY.match(" " + before[clause.end() :])
                and (
                    0 < len(before[clause.end() :].split()) <= 5
                    and not before.rstrip().endswith(",")
                    if embedded
                    else 0 < len(before[clause.end() :].split()) <= 8
                    # ("Paradis, who volunteered for Clinton when he ran in 1992, says": a clause
                    # inside the subject's apposition, set off by commas)
                    and not (before.rstrip().endswith(",") and "," in before[: clause.start()])
                )
            ):
                # "…, where restructuring experts say", "the deal that analysts say could …":
                # the subject follows the subordinator (but "Ken Njoroge, chief of a company
                # that offers loans, said": a relative clause inside the subject's apposition).
                lo += clause.end()
                before = before[clause.end() :]
            else:
                embedded = False
            progressive = PROGRESSIVE.search(before) if vm.group("verb").endswith("ing") else None
            if progressive:
                if progressive.group("negation"):
                    continue  # "he isn't saying that …": nothing was claimed
                subject_hi = lo + progressive.start()
                before = text[lo:subject_hi]
            auxiliary = AUXILIARY.search(before)
            if auxiliary:
                if auxiliary.group("negation"):
                    continue  # "have not said when": nothing was claimed
                subject_hi = lo + auxiliary.start()
            if vm.group("verb").endswith("ing") and not progressive:
                if re.search(r"(?<!,)\s\w+ly\s*$", before) or re.search(r"\snot\s*$", before):
                    continue  # "Officials quickly saying": no progressive, no comma
                issued = None
                # (", perhaps recognizing that …": an adverb may come between)
                if not re.search(
                    r"(?:,(?:\s+(?:perhaps|probably|possibly|\w+ly))?|\bby)\s*$", before
                ):
                    issued = _issued().search(before)
                    if issued is None:
                        continue  # "He received a letter saying": no document the subject put out
                # "Peabody filed for bankruptcy, adding that ...": the participle's subject is
                # the sentence's own, named at its start; "The company released a statement
                # saying": the subject of the verb that put the document out.
                lead = _opening_subject(sentence) if pos == 0 and issued is None else None
                if issued is not None:
                    mention = parse_subject(text, lo, lo + issued.start())
                elif lead:
                    mention = parse_subject(
                        text, s_start + lead.start("np"), s_start + lead.end("np")
                    )
                else:
                    mention = None
                heard = _perceived_doing(text, lo, subject_hi) if mention else None
                if heard is not None:
                    mention = heard
            else:
                mention = parse_subject(text, lo, subject_hi)
                if mention is not None and mention.kind != "name" and document_head(mention.text):
                    # "The report, released Thursday by the Government Accountability Office,
                    # found": the document's author, named in its aside
                    by = _PUBLISHED_BY.match(text, mention.end, s_start + vm.start())
                    author = parse_subject(text, by.start("np"), by.end("np")) if by else None
                    if author is not None and author.kind == "name":
                        mention = author
                quantifier = (
                    # (the last one: "one of many reasons some believe …")
                    next(reversed(list(QUANTIFIER_INSIDE.finditer(before))), None)
                    if mention is None and vm.group("verb").casefold() in lex.belief_verbs
                    else None
                )
                if quantifier and len(before[quantifier.start(1) :].split()) <= 3:
                    # "It's a strategy some believe he could replicate": a relative clause with
                    # no "that", whose subject is a quantifier for unnamed people.
                    mention = parse_subject(text, lo + quantifier.start(1), subject_hi)
                if mention is None and again is not None and before.strip(" ,") == "and":
                    mention, again = again, None
                elif (
                    mention is None
                    and pos == 0
                    and _PURPOSE_TO.search(text, lo, subject_hi)
                    and vm.group("verb").casefold() in lex.purpose_verbs
                    and (
                        _THAT_FOLLOWS.match(sentence, vm.end())
                        or _CLAUSE_AFTER.match(sentence, vm.end())
                    )
                ):
                    # "Trump took to Twitter on Monday to say that …", "His critics rushed to
                    # television to say he did not …": the sentence's subject says it
                    lead = joined_subject(sentence, 0, vm.start())
                    if lead:
                        mention = parse_subject(
                            text, s_start + lead.start("np"), s_start + lead.end("np")
                        )
                elif mention is None and pos == 0 and JOINED_VERB.search(text, lo, subject_hi):
                    # "Authorities announced an arrest and said a curfew …": a second verb of
                    # the sentence's subject.
                    lead = joined_subject(sentence, 0, vm.start())
                    if lead:
                        mention = parse_subject(
                            text, s_start + lead.start("np"), s_start + lead.end("np")
                        )
                group = _LAST_WORD.search(text, lo, subject_hi)
                if (
                    (mention is None or (mention.kind != "name" and _DIGIT.search(mention.text)))
                    and group
                    and group.group(1).casefold() in lex.plural_groups
                ):
                    # "the $20 million experts say it costs": a relative clause without "that"
                    # whose subject is a group.
                    mention = parse_subject(text, group.start(1), subject_hi)
            if mention is None:
                continue
            if vm.group("verb").casefold() in lex.hearsay_participles and BE_BEFORE.search(
                text, s_start, s_start + vm.start()
            ):
                continue  # "a man who is believed to have fired": hearsay, no one's belief
            if (
                vm.group("verb").casefold() in lex.document_only_verbs
                and not (
                    (mention.name and document_head(mention.name))
                    # "A Bloomberg poll shows": the source is Bloomberg, the subject a document.
                    or document_head(text[mention.start : subject_hi])
                    # "Investigators found that …": a finding, whoever made it
                    or _THAT_FOLLOWS.match(sentence, vm.end())
                )
            ):
                continue
            told, other = _reported_patterns()
            verb = vm.group("verb").casefold()
            rest = told.match(sentence, vm.start()) if verb in lex.listener_verbs else None
            if rest and (
                (not rest.group("that") and not verb.startswith(("tell", "told")))
                # "reminded him of the vote that …": a pronoun is the whole listener
                or _PRONOUN_AND_MORE.match(rest.group("obj"))
            ):
                # "warned the plan would fail": without "that" no listener is told
                rest = None
            if rest is None and verb in lex.listener_only_verbs:
                continue  # "reminded him of the vote": no clause
            if rest is None and not verb.startswith(("tell", "told")):
                rest = other.match(sentence, vm.start())
            if not rest or not rest.group("claim"):
                if _after_quotation(text, s_start, subject_hi):
                    # "“This is insane,” Musk said, adding that …": the quotation's cue, then a
                    # second statement
                    more = _CLAIM_CONTINUES.match(text, s_start + vm.end())
                    if more and len(text[more.start("claim") : s_end].split()) >= 4:
                        found.append(_second_statement(text, mention, more, s_end))
                continue
            if speech_formula().match(rest.group("claim")):
                continue  # "saying goodbye to the old stadium": no claim
            if verb.casefold().startswith("declar") and declared_act().match(rest.group("claim")):
                continue  # "declared a state of emergency": an act
            if not rest.group("that") and _after_quotation(text, s_start, subject_hi):
                # "“I'm not,” Mr. Dejesus said as he secured the clamp": the quotation is what
                # was said; the words after the verb are where or how (but a second statement
                # may follow: "“…,” he told Jane Mayer, adding that …")
                more = _CLAIM_CONTINUES.search(text, s_start + rest.end("verb"), s_end)
                if more and len(text[more.start("claim") : s_end].split()) >= 4:
                    found.append(_second_statement(text, mention, more, s_end))
                continue
            if (
                progressive
                and not rest.group("that")
                and rest.group("verb").casefold() != "saying"
                # ("are hoping they will win …": a belief before a clause of its own)
                and not (
                    rest.group("verb").casefold() in lex.belief_verbs
                    and _CLAUSE_AFTER.match(sentence, rest.end("verb"))
                )
            ):
                continue  # "the rail system was adding seats": only "saying" reports a bare clause
            if rest.group("verb").casefold() in lex.appeal_verbs and not _APPEAL.match(
                rest.group("claim")
            ):
                continue  # "called on a student in the back row": no appeal
            if (
                rest.re is told
                and not rest.group("that")
                # (but "about 200 people had been evacuated": roughly)
                and re.match(
                    r"(?:of|about(?!\s+(?:\d|half|a\s+(?:third|quarter|dozen))))\b",
                    rest.group("claim"),
                )
            ):
                continue  # "told the story of …", "told reporters about …": no clause is told
            if (
                embedded
                and not rest.group("that")
                and _PREPOSITION_FIRST.match(sentence, rest.end("verb") + 1)
            ):
                continue  # "the strength that Democrats assert in the chamber": the object is gone
            if (
                _APPEARANCE_VERB.fullmatch(rest.group("verb"))
                and not rest.group("that")
                and _PLACE_FIRST.match(rest.group("claim"))
                and not _CLAUSE_AFTER.search(rest.group("claim"))
                and not re.search(r"[“”\"':]", rest.group("claim"))
            ):
                continue  # "testified before the Senate Judiciary Committee on Tuesday": where
            # A verb that reports a clause only ("announced it would …", "announced Tuesday he
            # is …" are clauses all the same), or a noun phrase of news (see below).
            clause_only = rest.group("verb").casefold() in lex.clause_only_verbs
            clause_only = clause_only and not _PRONOUN_CLAUSE.match(sentence, rest.end("verb"))
            if not rest.group("that") and (
                (
                    rest.group("verb").endswith("ing")
                    and not (
                        # ", saying there are limits …": a clause follows "saying" and "adding"
                        rest.group("verb").casefold() in _BARE_CLAUSE_PARTICIPLES
                        and len(rest.group("claim").split()) >= 4
                    )
                    # (any other, before a clause with its own subject and auxiliary: "went
                    # further, arguing Trump's proposal could make …", "claiming he was fired")
                    and not _CLAUSE_AFTER.match(sentence, rest.end("verb"))
                )
                or (
                    clause_only
                    # ("Authorities announced the arrest of …": news, said by the sentence's
                    # subject; not "before he announced his bid", "a merger announced Monday")
                    and not (
                        rest.group("verb").casefold() in lex.announcement_verbs
                        and lo == s_start
                        and not re.search(r"\s(?:and|but)\s+$", before)
                        and _ANNOUNCED_OBJECT.match(sentence, rest.start("claim"))
                    )
                )
                or (
                    rest.group("verb").casefold() in lex.tally_verbs
                    and _TALLY.match(rest.group("claim"))
                )
                or (
                    # "has maintained a polling lead", "As she concluded the debate", "boasted
                    # sales of $462 million": an object, no clause
                    rest.group("verb").casefold() in lex.clause_object_verbs
                    and not rest.group("that")
                    and not _CLAUSE_AFTER.match(" " + rest.group("claim"))
                    # (but a remark on a topic: "boasted of his negotiating skills")
                    and not _TOPIC_OBJECT.match(rest.group("claim"))
                )
                or (
                    # "Leinster claimed the title", "agreed a fee of £40m", "admitted defeat":
                    # an act, no speech
                    rest.group("verb").casefold() in lex.deed_verbs
                    and not rest.group("that")
                    and _is_deed(rest.group("claim"))
                )
            ):
                # ", adding that …" and "announced that …" report; ", telling stories of …"
                # and "announced $400 million in aid" do not.
                continue
            verb = rest.group("verb")
            cue_end = s_start + (rest.end("obj") if rest.group("obj") else rest.end("verb"))
            that = rest.group("that")
            if that and that.strip() == "that" and rest.start("that") == cue_end - s_start:
                cue_end = s_start + rest.end("that")
            claim_lo = s_start + rest.start("claim")
            claim_hi = s_end
            if _APPEARANCE_VERB.fullmatch(verb) and not that:
                where = _PLACE_THEN_THAT.match(text, claim_lo, s_end)
                if where:
                    claim_lo = where.end()  # "testified before the committee that …"
            announced = not that and clause_only
            if announced:
                # "announced his candidacy on Tuesday, which was …": the noun phrase ends the
                # claim at its clause's end.
                stop = _NOUN_PHRASE_END.search(text, claim_lo, s_end)
                claim_hi = stop.start() if stop else s_end
                if stop and stop.group().strip().startswith("and"):
                    again = mention
            else:
                # "issued a statement saying … and said …", "accused the UK of meddling and
                # warned that …": the second verb is the subject's too, and the first claim
                # ends before it.
                joined = (
                    _AND_SAID.search(text, claim_lo, s_end)
                    if rest.group("verb").endswith("ing")
                    else _and_reports().search(text, claim_lo, s_end)
                )
                if (
                    joined
                    and len(text[claim_lo : joined.start()].split()) >= 2
                    # (not after a clause's own subject, whose verb it may be: "Nick Merrill says
                    # Machado promised … and said she would …")
                    and (that or not _CLAUSE_SUBJECT.match(text, claim_lo))
                ):
                    claim_hi = joined.start()
                    again = mention
            if verb.casefold() in lex.appeal_verbs:
                # "called on fellow Republicans to unendorse Trump after the billionaire
                # claimed that …": the appeal ends where a clause of its own opens
                stop = _appeal_end().search(text, claim_lo, claim_hi)
                claim_hi = stop.start() if stop else claim_hi
            if (
                verb.endswith("ing")
                and text[mention.end : s_start + rest.start("verb")].strip() == ","
                and (aside_end := text.find(", ", claim_lo, claim_hi)) >= 0
            ):
                # "Officials, fearing the storm would hit, closed the port": a participle set
                # off between the subject and its verb ends at its comma
                claim_hi = aside_end
            claim_end = _claim_stop(text, s_start, claim_lo, claim_hi)
            if claim_end < claim_hi:
                main_clause = claim_end - s_start
            claim_hi = claim_end
            tail = _ACCORDING_TAIL_CUT.search(text, claim_lo, claim_hi)
            if tail and text[claim_lo : tail.start()].strip(" ,") in ("", "that"):
                # "reported that, according to an analysis, 85 of …": the claim goes on after
                # the source that "according to" names.
                source_end = text.find(",", tail.end(), claim_hi)
                if source_end >= 0:
                    claim_lo = source_end + 1
            elif tail:
                claim_hi = tail.start()
            told_more = _TELLING.search(text, claim_lo, claim_hi) or CITING.search(
                text, claim_lo, claim_hi
            )
            if told_more:
                # "…, telling the BBC: “…”": said again, to someone; "…, citing people familiar
                # with the matter": the sources the report relays
                claim_hi = told_more.start()
            more = _CLAIM_CONTINUES.search(text, claim_lo, claim_hi)
            if more and len(text[more.start("claim") : claim_hi].split()) < 4:
                more = None
            hearsay = _HEARSAY_THAT.match(text, claim_lo, claim_hi)
            canonical = attribution_lexicon().reporting_forms.get(verb.casefold(), "")
            if hearsay and canonical == "confirmed":
                # "confirms rumors that Ford punched him": what is confirmed follows "that"
                claim_lo = hearsay.end()
            claim = trim_claim(text, claim_lo, more.start() if more else claim_hi)
            after_verb = text[s_start + rest.end("verb") : claim.end].strip()
            if not (
                len(text[claim.start : claim.end].split()) < 2
                or _NOT_A_CLAIM.fullmatch(after_verb)
                # ("told The Spokesman-Review on Monday", "said Wednesday morning on MSNBC")
                or _WHERE_SAID.fullmatch(text, claim.start, claim.end)
                # "said of Trump's campaign": whom it was said about (but "warned of …")
                or (verb.casefold() in ("said", "says", "say") and _SAID_OF.fullmatch(after_verb))
                or bool((no_claim := _NO_CLAIM_AFTER.get(canonical)) and no_claim.match(after_verb))
            ):
                topic = (
                    announced or _remark_on(verb, that, text[claim.start : claim.end])
                ) and not _CLAUSE_AFTER.match(" " + text[claim.start : claim.end])
                joined = _NEXT_CLAUSE.search(text, claim.start, claim.end) if topic else None
                found.append(
                    FoundClaim(
                        mention,
                        # (an announced noun phrase is a topic, no statement; but "announced the
                        # Peace Corps would begin …" is a clause)
                        "topic" if topic else kind_for(verb, mention),
                        text_span(text, s_start + rest.start("verb"), cue_end),
                        # (a topic is a noun phrase: the clause after it is another's,
                        # "condemned the move, while the Jewish state's premier cheered …")
                        Span(claim.start, joined.start()) if joined else claim,
                    )
                )
                pos = claim_hi - s_start if again is mention else rest.start("claim")
            if more:
                # "… he sees misinformation, saying the province holds …": a second statement
                # of the same speaker, reported on its own ("Hollande said in Paris, noting
                # that …": the only one).
                found.append(_second_statement(text, mention, more, claim_hi))
                pos = more.start("claim") - s_start
            # Keep scanning inside the claim for a relayed source ("cites Y who claimed").
    return found


#: Where or how something was said, not what: `Robison said in a written statement.`
#: (nor a manner: `Sanders asked rhetorically, shaking his head.`, nor a time: `said before
#: he died`)
_NOT_A_CLAIM = re.compile(
    r"(?:in|on|at(?!\s+(?:least|most)\b)|to|during|via|through|by|before|after|while|until)"
    r"\s+(?:\S+\s+){0,5}\S+"
    r"|\w+ly\b(?:,.*)?"
)
#: A claim that is only where or when it was said: a short phrase opened by a preposition,
#: with no subject or auxiliary of a clause ("on Monday", "in Berea, Ohio Tuesday night").
_WHERE_SAID = re.compile(
    r"(?:in|on|at(?!\s+(?:least|most)\b)|during|via|through)\s+"
    r"(?!.*\b(?:I|we|he|she|it|they|is|was|were|are|will|would|has|had|have|can|could|did|does"
    r"|do|should|must|may|might)\b)"
    r"(?:\S+\s+){0,5}\S+"
)
#: Hearsay a source confirms, before its clause ("confirms rumors that …").
_HEARSAY_THAT = re.compile(
    r"(?:the\s+)?(?:rumou?rs?|reports?|claims?|allegations?|speculation|suggestions?|accusations?)"
    r"\s+that\s+"
)
_SAID_OF = re.compile(r"(?:of|about)\s+(?:\S+\s+){0,8}\S+")
#: What follows a verb when it reports nothing (by canonical verb): "added smaller landers to
#: the contract", "has reported to them since June".
_NO_CLAIM_AFTER = {
    "added": re.compile(r"(?!that\b)[^,;:]{1,60}?\s+to\s+(?:the|a|an|its|his|her|their)\s"),
    # (and a byline: "Stella Kim reported from Seoul")
    "reported": re.compile(
        r"(?:to\s+(?:him|her|them|me|us|the\s+\w+)\b(?!\s+that\b)|from\s+[A-Z][\w.'’-]*\s*(?:$|,|and\b))"
    ),
}
#: A noun phrase announced: one opened by a determiner or possessive ("the arrest of a man"),
#: not a sum ("an additional $400 million in aid" is a measure, not news of what was said).
_ANNOUNCED_OBJECT = re.compile(
    r"(?:the|a|an|his|her|its|their|our|plans)\s+(?![\w-]+\s+[$€£\d]|[$€£\d])"
)
#: A clause with its own subject and auxiliary, after a verb.
_CLAUSE_AFTER = re.compile(BARE_CLAUSE)
#: Where an announced noun phrase ends: its clause's end, or the subject's next verb.
_AND_SAID_PATTERN = r"\s+and\s+(?:said|says|added|adds)\b"
_AND_SAID = re.compile(_AND_SAID_PATTERN)
#: (a short parenthesis inside it stays: "its long-awaited (and long-delayed) Space Launch
#: System")
_NOUN_PHRASE_END = re.compile(rf"\s*[,;:—–]|\s*\((?![^()]{{1,60}}\))|{_AND_SAID_PATTERN}")
#: A count after a verb that tallies ("added yet another goal", "added 20 points").
_TALLY = re.compile(
    r"(?:yet\s+)?(?:(?:more|fewer|less)\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?"
    r"(?:another|\d[\d,.]*|one|two|three|four|five|six|a\s+(?:second|third|fourth|pair))\b"
)
#: A claim that goes on with a second statement of its speaker (", saying …", ", and added …").
_CLAIM_CONTINUES = re.compile(
    # (not "the new costs, added to last year's losses, would …": a sum, mid-claim)
    r",\s+(?:and\s+)?(?P<cue>(?P<verb>saying|noting|(?:adding|added|adds)(?!\s+to\s+(?!"
    rf"{AUDIENCE})))(?:\s+to\s+{AUDIENCE})?(?:\s+that)?)"
    r"\s+(?P<claim>\S)"
)
#: The speaker telling someone a quotation next, after the claim (", telling the BBC: “…”").
_TELLING = re.compile(r",\s+telling\s(?:(?!\bthat\b)[^,.;:“”\"]){1,40}?(?::|\s[“\"])")


#: A claim that opens on a clause's subject and verb: a pronoun or a name, then a lower-case word.
_CLAUSE_SUBJECT = re.compile(
    r"(?:he|she|they|it|we|I|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+[a-z]"
)


@cache
def _and_reports() -> re.Pattern[str]:
    """A second reporting verb joined to a claim by "and" ("… and warned that …", "…, and
    demanded a deadline extension"): the same subject's next statement."""
    return re.compile(
        rf",?\s+and\s+(?:also\s+|then\s+|later\s+)?(?=(?:{reporting_pattern()})\b)(?!\w+ing\b)"
    )


#: A topic or listener after a verb of speech ("boasted of …", "boasted to reporters"), or a
#: "that" clause set off by a comma ("boasted that, thanks to …").
_TOPIC_OBJECT = re.compile(r"(?:of|about|to)\s|that\b", re.IGNORECASE)


def _is_deed(claim: str) -> bool:
    """Whether an object makes its reporting verb an act: one of the `deed_objects` among the
    object's first words, before any preposition or clause ("a new pay deal with …", "his
    place in the squad"; not "the deal would close …")."""
    if _CLAUSE_AFTER.match(" " + claim):
        return False
    objects = attribution_lexicon().deed_objects
    for word in claim.split()[:5]:
        bare = word.casefold().strip(",.;:’'")
        if bare in objects:
            return True
        if bare in attribution_lexicon().clause_prepositions or bare in ("of", "to"):
            return False
    return False


#: Whom an appeal is made to and what they should do: "the government Wednesday to block".
_APPEAL = re.compile(rf"(?!{WEEKDAY}\b)[^,.;:!?“”\"]{{1,80}}?\bto\s+[a-z]")


@cache
def _appeal_end() -> re.Pattern[str]:
    """A subordinate clause after an appeal ("… to unendorse Trump after he claimed …")."""
    subordinators = attribution_lexicon().subordinators - {"as", "if", "once"}
    return re.compile(rf"\s(?:{trie(subordinators | {'after', 'before', 'since'})})\s", re.I)


#: Participles that report a bare clause, without "that" (", saying there are limits").
_BARE_CLAUSE_PARTICIPLES = frozenset({"saying", "adding"})


#: The comma that closes an opening subordinate clause, before the main clause's subject
#: ("Although X suggested …, Hawk Sawyer told …", "When Winfrey asked …, he declined").
_MAIN_CLAUSE_AFTER = re.compile(
    r",\s+(?=(?:[A-Z][\w'’.-]*|he|she|they|it|we|I|the|a|an|his|her|their|its"
    # (or a phrase before its subject: "…, under questioning Josenrique Cueto acknowledged")
    rf"|{'|'.join(sorted(attribution_lexicon().clause_prepositions))})\s)"
)
#: Another source's clause joined to a claim: ", and one official attributed …", "but other
#: reports suggest …" (up to six words of subject before its reporting verb).
_JOINED_SOURCE = re.compile(
    r",?\s+(?:and|but|while|whereas)\s+"
    # (a subject of its own, led by a determiner or a name: not "and added", "and he said",
    # "and flags on his vehicle to show")
    r"(?:(?:the|a|an|one|other|some|many|several|most|few|[A-Z][\w'’.-]*)\s+)"
    r"(?:(?!(?:and|or)\s)[\w'’.-]+\s+){0,5}?$"
)


#: The writer's own clause after a claim: "but" or "and then", a pronoun and a verb in the past
#: that tells what the speaker did ("He said it would be provided next year, but he gave no
#: details", "…, and then he sits down"), not what they said would happen.
_BUT_NARRATION = re.compile(
    r",\s+(?:but|and\s+then)\s+(?:he|she|they)\s+(?:also\s+)?"
    r"(?:gave|offered|provided|declined|refused|did\s+not|didn['’]t|stopped|sits|sat|left|"
    r"walked|added|noted|acknowledged|conceded|admitted|downplay(?:s|ed))\b"
)


def _claim_stop(text: str, s_start: int, claim_lo: int, claim_hi: int) -> int:
    """Where a claim ends before the rest of its sentence: at the comma closing the subordinate
    clause the cue is in, or before another source's clause joined to it."""
    opener = re.match(r"\s*(\w+)", text[s_start:claim_lo])
    if opener and opener.group(1).casefold() in attribution_lexicon().subordinators:
        main = _MAIN_CLAUSE_AFTER.search(text, claim_lo, claim_hi)
        if main:
            claim_hi = main.start()
    narration = _BUT_NARRATION.search(text, claim_lo, claim_hi)
    if narration:
        claim_hi = narration.start()
    for vm in reporting_verb().finditer(text, claim_lo, claim_hi):
        joint = _JOINED_SOURCE.search(text, claim_lo, vm.start())
        if (
            joint
            and joint.start() > claim_lo
            and not vm.group("verb").endswith("ing")
            and not re.search(r"\b(?:to|who|which|that|he|she|they|it)\s+$", joint.group())
        ):
            return joint.start()
    return claim_hi


def _second_statement(
    text: str, mention: Mention, more: re.Match[str], claim_hi: int
) -> FoundClaim:
    """The attribution of a speaker's second statement (", adding that …", ", saying …"), matched
    by `_CLAIM_CONTINUES`, whose claim runs to `claim_hi`."""
    return FoundClaim(
        mention,
        kind_for(more.group("verb"), mention),
        text_span(text, more.start("verb"), more.end("cue")),
        trim_claim(text, more.start("claim"), claim_hi),
    )
