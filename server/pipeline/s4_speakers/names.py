"""People and organisations written in the text, whether they speak or not: full names
that read as people (`find_people`, with whether each is its sentence's subject and the role
written with it), the surname and given-name tables built from them (`full_names`,
`leading_names`), and organisation names (`organizations`). The stage reads them before any
speech because they are what a later surname, pronoun or description ("the agency") resolves
to; they need nothing of the tracker, only the text, the lexicon and the shared patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from server.lexicon import attribution_lexicon, outlet_table
from server.pipeline.mentions import (
    NAME_PARTICLES,
    PREPOSITIONS,
    WEEKDAY,
    adverb_like,
    first_names,
    function_words,
    is_acronym,
    organization_heads,
    starts_full_name,
)
from server.pipeline.model import Span
from server.pipeline.s4_speakers.patterns import ADVERB, DETERMINER_BEFORE, KIN_ROLE, trie

_PARTICLE = "|".join(sorted(re.escape(p) for p in NAME_PARTICLES))
#: A chain of capitalised words; it never crosses a line break (a name ends its paragraph).
_FULL_NAME = re.compile(
    r"(?<![\w'’.-])(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)"
    # (a weekday after a name is when, not a part of it: "booed Hillary Clinton Tuesday")
    rf"(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)?(?!{WEEKDAY}\b)"
    r"(?:[A-Z][\w'’-]+|[A-Z]\.)){1,6}"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?…][\"”’)]*\s+|\n\n)$")


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A full name written out in the text, a possible antecedent for a later pronoun."""

    name: str
    start: int
    end: int
    subject: bool  # it opens its sentence or follows a title or role
    role: str | None = None


def _no_name_word(word: str) -> bool:
    """A capitalised word that is neither a name nor a title: "Somehow", a connective ("While
    Clinton has …"), an adverb ("Interestingly Blocher, a wealthy industrialist, …") or a cue
    verb opening its sentence ("Continued Stone: “…”")."""
    lex = attribution_lexicon()
    folded = word.casefold()
    return (
        word in lex.not_names
        or folded in lex.connectives
        or folded in lex.quote_cue_verbs
        or adverb_like(word)
    )


def _person_chain(words: list[str]) -> list[str]:
    """A name chain without leading titles, roles and nationalities ("Conservative Leader ...")."""
    lex = attribution_lexicon()
    cut = 0
    for i, word in enumerate(words[:-1]):
        bare = word.rstrip(".,")
        if bare in lex.titles or word in lex.titles or bare.casefold() in lex.role_nouns:
            cut = i + 1
        elif bare in lex.portfolio_words and len(words) - i > 2:
            cut = i + 1  # "Minister of State for National Development Alvin Tan"
        elif bare == "Sri" and i and words[i - 1] in ("Tan", "Puan"):
            cut = i + 1  # "Tan Sri Lee Lam Thye": a Malaysian honorific
    words = words[cut:]
    # An owner before the name: "The CBC's Richard Cuthbertson", "Vancouver's Bo Horvat".
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith(("’s", "'s", "s’", "s'")):
            words = words[i + 1 :]
            break
    while words and (
        words[0] in lex.not_names
        or words[0].casefold() in lex.role_nouns
        or _no_name_word(words[0])
        or (words[0].endswith("ing") and len(words[0]) > 5)  # "Knowing Bardos"
        or words[0] in _NOT_FIRST_NAMES
        or re.search(r"-(?:[a-z]+ed|born)$", words[0])  # "Toronto-born", "Calgary-based"
    ):
        words = words[1:]
    # A role or affiliation before a full name that starts with a known given name: "Super Value
    # Debra Symonette" (not "Mary Jane Watson", "J. Gerald Hebert").
    given = _first_names_of_chain(words)
    if given:
        words = words[given:]
    # A credit or dateline before the name: "Canadian Press Anne Marie", "CBC Richard Cuthbertson".
    for k in range(min(3, len(words) - 1), 0, -1):
        if outlet_table().lookup_name(" ".join(words[:k])):
            words = words[k:]
            break
    return [_unpossessed(w) for w in words]


def _first_names_of_chain(words: list[str]) -> int:
    """Where a full name starting with a known given name begins after capitalised words that are
    none (0 when it starts the chain, or there is no such name)."""
    return next(
        (k for k in range(len(words) - 2, 0, -1) if starts_full_name(words[k - 1], words[k])), 0
    )


def _unpossessed(word: str) -> str:
    """A word without its possessive ending ("Clinton's", "Sanders’") or a closing mark."""
    return word.removesuffix("’s").removesuffix("'s").removesuffix("’").removesuffix("'")


_NOT_FIRST_NAMES = frozenset(
    {
        "Christmas",
        "Easter",
        "Boxing",
        "Thanksgiving",
        "Halloween",
        "New",
        "North",
        "South",
        "East",
        "West",
        "Lake",
        "Mount",
        "Port",
        "Fort",
        "Saint",
        "San",
        "Santa",
        "Los",
        "Las",
        "Somehow",
        "Anyway",
        "Meanwhile",
        "Nonetheless",
    }
)


def _in_title_case(text: str, start: int) -> bool:
    """Whether the line at `start` is written in title case (a headline, a related link), where
    capitals mark no names: at least six words, three in four of them capitalised, and more
    capitalised small words ("And", "The", "On") than a sentence has."""
    end = text.find("\n", start)
    # (a quoted title inside a sentence is no headline: "author of “Fire And Fury: Inside …”")
    line = _QUOTED.sub(" ", text[start : end if end >= 0 else len(text)])
    words: list[str] = re.findall(r"[^\W\d_][\w'’-]*", line)
    if len(words) < 6:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    small_words = attribution_lexicon().title_case_small_words
    small = sum(w == w.capitalize() and w.casefold() in small_words for w in words[1:])
    return capitalised * 4 >= len(words) * 3 and small >= 1


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def find_people(text: str, start: int) -> list[PersonMention]:
    """Full names in the body that read as people (not organisations or places with a title)."""
    lex = attribution_lexicon()
    found: list[PersonMention] = []
    title_case: dict[int, bool] = {}
    for m in _FULL_NAME.finditer(text, start):
        line = text.rfind("\n", 0, m.start()) + 1
        if line not in title_case:
            title_case[line] = _in_title_case(text, line)
        if title_case[line]:
            continue  # "Donald Trump And Marco Rubio Miss The Mark": a headline's words
        raw = m.group(0).split()
        words = _person_chain(raw)
        if (
            len(words) >= 3
            and words[0] in lex.places
            and words[0].casefold() not in first_names()
            and text[max(0, m.start() - 3) : m.start()] == "to "
        ):
            words = words[1:]  # "ambassador to Britain Liu Xiaoming": the country is the post's
        if len(words) < 2 or any(w in lex.organization_words for w in words):
            continue
        if any(f"{a} {b}" in lex.organization_words for a, b in pairwise(words)):
            continue  # "White House", "Downing Street"
        if (
            " ".join(raw).rstrip(",.;:") in lex.known_organizations
            or " ".join(words).rstrip(",.;:") in lex.known_organizations
        ):
            continue  # "Human Rights Watch", "Judicial Watch": a known body
        if words[-1].rstrip(",.;:") in lex.programme_words:
            continue  # "the Victoria Derbyshire TV show"
        if any(
            outlet_table().lookup_name(" ".join(raw[i:]).rstrip(",.;:"))
            for i in range(len(raw) - len(words) + 1)
        ):
            continue  # an outlet, or its full name: "The New York Times" is no "York Times"
        if any(len(w) >= 3 and is_acronym(w) for w in words):
            continue  # "SCALE Initiative": an acronym marks a body (but "JD Vance" is a person)
        if any(w.casefold() in lex.plural_groups for w in words):
            continue
        if lex.ends_in_place(" ".join(words)):
            continue  # "Statistics Canada", "Upstate New York": a body or a place
        if words[-1].casefold() in lex.connectives or words[-1] in ("The", "A", "An"):
            continue  # "U.S. And …", "… Speech The": a sentence's first word after another
        if _qualifies_a_noun(text, m.start(), m.end()):
            continue
        if _ASKED_OPENER.search(text, max(start, m.start() - 200), m.start()):
            continue  # "Asked what he would tell Mayor John Tory, he said": Tory is not "he"
        # "Unlike Al Mnajer, he …": a name someone is compared with is no subject, even at the
        # start of a sentence (but "For Fouzia Al Hashish and thousands of others, …" is the
        # story's topic).
        governed = len(words) < len(raw) and raw[0].casefold() in ("unlike", "like")
        titled = len(words) < len(raw) and not governed
        opens = not governed and (
            bool(_SENTENCE_START.search(text[max(start, m.start() - 4) : m.start()]))
            or m.start() == start
        )
        cut = [w for w in raw[: len(raw) - len(words)] if not _no_name_word(w)]
        before = text[max(start, m.start() - 40) : m.start()].split()
        lead: list[str] = []
        for word in reversed(before[-3:]):
            if word.casefold() in lex.role_nouns or (lead and word.isalpha() and word.islower()):
                lead.insert(0, word)
            else:
                break
        role = " ".join([*lead, *cut]) or None
        apposition = _VERB_AFTER_APPOSITION.match(text, m.end())
        # (the verb after the comma first: the cheaper test, and the rarer)
        verb_after_comma = bool(_VERB_AFTER_COMMA.match(text, m.end()))
        closing = (
            _ROLE_BEFORE_NAME.search(text, max(start, m.start() - 160), m.start())
            if verb_after_comma
            else None
        )
        # "that co-worker, a man named Neil Calder, was charged": the name closes the subject.
        named_subject = verb_after_comma and bool(
            _NAMED_BEFORE.search(text, max(start, m.start() - 20), m.start())
        )
        if not (
            closing
            and (
                closing.group("role").split()[0].strip(",").casefold() in lex.role_nouns
                # "Her husband, Carlos Lopez, agreed": a relative, then the name
                or KIN_ROLE.fullmatch(closing.group("role"))
            )
        ):
            closing = None
        elif role is None:
            # "Director, security response at Symantec, Kevin Haley, agreed": a post named
            # first, then the name set off by commas, then the verb.
            role = closing.group("role")
        if apposition and role is None and not apposition.group("role").startswith("who "):
            # "Dottie Deans, the chairwoman of the Vermont Democratic Party, is …": the role
            # (and the gender it tells) is the apposition's.
            role = apposition.group("role")
        # "… of Bernie Sanders’ supporters": an owner inside the clause, not its subject
        last = raw[-1]
        suffix = len(last) - len(_unpossessed(last))
        end = m.end() - suffix
        begin = end - len(" ".join(words))
        found.append(
            PersonMention(
                " ".join(words),
                begin,
                end,
                # (but one that opens the sentence or has a title stays in view: "Suu Kyi's
                # fate is unclear, but she said", "… FBI Director James Comey’s statement. He
                # called …"; not one a weekday follows, as places are: "Downtown Baton Rouge
                # Friday was quiet")
                not _WEEKDAY_AFTER.match(text, m.end())
                and (
                    opens
                    or titled
                    or (
                        not suffix
                        and (
                            bool(lead)
                            or bool(apposition)
                            or bool(closing)
                            or named_subject
                            # "Among the women to flee the north was 25-year-old Nesma Hajjaj,
                            # who …": the one the sentence is about
                            or (
                                bool(_PREDICATE_BEFORE.search(text, max(0, begin - 40), begin))
                                and text[end : end + 1] in (",", ".", ";")
                            )
                            or (
                                # (or a surname with its particle: "where Al Turkmani was")
                                (
                                    words[0].casefold() in first_names()
                                    or words[0].casefold() in NAME_PARTICLES
                                )
                                and _main_clause_subject(text, begin, end)
                            )
                        )
                    )
                ),
                role,
            )
        )
    return found


#: A weekday right after a name chain ("in Cedar Rapids Saturday").
_WEEKDAY_AFTER = re.compile(rf"[ \t]+{WEEKDAY}\b")
#: An opening "Asked …" clause up to a name: who is named there is asked about, not asking.
_ASKED_OPENER = re.compile(r"(?:^|[.!?]\s+|\n)(?:When\s+)?[Aa]sked\b[^,.;:!?\n]*$")

_FINITE_VERB = (
    r"(?:is|was|are|were|has|had|have|will|would|can|could|says|said|told|added|[a-z]+ed"
    r"|[a-z]+[^s\W]s)\b"
)
#: A name followed by its apposition, then a verb, is the subject of its clause ("Given his
#: views, Shanaaz Gokool, president of Dying with Dignity Canada, is hopeful …").
_VERB_AFTER_APPOSITION = re.compile(
    r",\s+(?P<role>(?:a|an|the|who|[a-z]+\s+of)\b[^,.;:!?“”\"]{1,160}),\s+" + _FINITE_VERB
)
#: What follows a name that is the subject of its clause: a verb, or an adverb and a verb (not
#: "hosted by", a participle of a passive).
_VERB_AFTER_NAME = re.compile(
    rf"\s+(?:(?:{ADVERB}|still|never|now|often|himself|herself)\s+)?"
    + _FINITE_VERB
    + r"(?!\s+by\b)"
)
_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")
#: "was" right before a name (past an age): the name completes the sentence's subject.
_PREDICATE_BEFORE = re.compile(r"\b(?:was|is)\s+(?:\d+-year-old\s+)?$")
#: A sentence that opens on a description with its owner, up to the comma before a name: "Bolger’s
#: lawyer, ", "The company’s chief executive, ".
_APPOSED_NAME = re.compile(
    # (a sentence's end, not a title's or an initial's period: "under Mr. Bush's father, ")
    r"(?:^|(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z])[.!?]\s+|\n)(?:The\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*,\s+$"
)
#: A sentence that opens on a post, up to the comma before a name: "Director, security response
#: at cybersecurity firm Symantec, " (then "Kevin Haley, agreed").
_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<role>[A-Z][^.;:!?“”\"\n]{2,150}),\s+$"
)
_VERB_AFTER_COMMA = re.compile(r",\s+" + _FINITE_VERB)
_NAMED_BEFORE = re.compile(r"\b(?:named|called|identified\s+as)\s+$")


def _main_clause_subject(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is the subject of a clause: a verb follows it and a clause
    opens before it (`name_opens_clause`): "…, Kevin Haley agreed", "where Kevin McCallister takes",
    not "the Christian Monitor Breakfast this morning"."""
    if _APPOSED_NAME.search(text, max(0, start - 60), start) and text[end : end + 1] == ",":
        # "Bolger’s lawyer, Jeremy Robinson, had a more succinct statement": the subject's name
        # set off after its description
        return bool(_VERB_AFTER_NAME.match(text, end + 1))
    return bool(_VERB_AFTER_NAME.match(text, end)) and name_opens_clause(text, start)


def name_opens_clause(text: str, start: int) -> bool:
    """Whether a clause opens before the name at `start`, once titles and roles are skipped: the
    start of the text or of a sentence, punctuation, or a word that opens a clause ("and", "when").
    After a verb or a preposition the name is an object ("used Mr. Ailes as a consultant",
    "speaking highly of Mr. Trump"); after "that" or "because" the subject of a clause that is not
    what the story follows ("suggesting that Mr. Trump was", "because Mr. Lynch agreed")."""
    lex = attribution_lexicon()
    pos = start
    descriptors = 0
    for _ in range(5):
        m = _TOKEN_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None:
            return True
        token = m.group(1)
        if token in lex.titles or f"{token}." in lex.titles or token.casefold() in lex.role_nouns:
            pos = m.start()
            continue
        if descriptors < 2 and _descriptor(token):
            # "From the deck of his schooner, skipper Wade Bassi has …", "veteran industry
            # analyst Ken Doctor": a word or two that describe the person, not a verb or a
            # preposition that makes the name an object.
            descriptors += 1
            pos = m.start()
            continue
        if token in lex.reporting_forms:
            # "''…,'' said Mr. Burman of the Tax Policy Center": the speaker of an inverted cue
            # right after a quote (but "police said Wade Bassi had been arrested": an object)
            return text[: m.start()].rstrip()[-1:] in _CLAUSE_PUNCTUATION
        return token[-1:] in _CLAUSE_PUNCTUATION or token.casefold() in lex.clause_openers
    return False


def _descriptor(token: str) -> bool:
    """A lower-case word that may describe a person before the name: no function word,
    preposition, past form or participle ("skipper", "veteran", "fellow")."""
    lex = attribution_lexicon()
    return (
        token.isalpha()
        and token.islower()
        and len(token) >= 3
        and not token.endswith(("ed", "ing"))
        and token not in function_words()
        and token not in PREPOSITIONS
        # ("police said Wade Bassi had been arrested": the name is the object of a clause)
        and token not in lex.reporting_forms
        and token not in lex.quote_cue_verbs
        and token not in _NOT_DESCRIPTORS
    )


#: Words that pass for descriptors by their shape but are verbs or prepositions.
_NOT_DESCRIPTORS = frozenset({"than", "whom", "via", "near", "met", "beat", "asks", "meets"})


_CLAUSE_PUNCTUATION = frozenset(",;:.!?—–-(\"“”'’")
_DETERMINER = re.compile(r"(?:The|An?)\s")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


def _qualifies_a_noun(text: str, start: int, end: int) -> bool:
    """A capitalised chain between a determiner and a common noun names a place or a body, not a
    person ("The Upstate New York prosecutor", "a Toronto police officer")."""
    if not DETERMINER_BEFORE.search(text, max(0, start - 5), start) and not _DETERMINER.match(
        text, start
    ):
        return False
    nxt = _NEXT_WORD.match(text, end)
    lex = attribution_lexicon()
    return nxt is not None and (nxt.group(1) in lex.role_nouns or nxt.group(1) in lex.unnamed_heads)


def leading_names(people: list[PersonMention]) -> dict[str, str]:
    """First word -> full name, for names of two or three words whose first word is not a common
    given name: a family name written first ("Yoon Suk Yeol", then "Yoon"); the longest wins."""
    known = first_names()
    names: dict[str, str] = {}
    for person in people:
        words = person.name.split()
        if len(words) in (2, 3) and words[0].casefold() not in known:
            key = words[0].casefold()
            if len(words) > len(names.get(key, "").split()):
                names[key] = person.name
    return names


def given_name_index(people: list[PersonMention]) -> dict[str, str]:
    """Common given name -> the one full name that opens with it ("Walter" for "Walter A. Clyburn
    Reed", who is then called "Walter"); none when two people share the given name."""
    known = first_names()
    found: dict[str, set[str]] = {}
    for person in people:
        words = person.name.split()
        if 2 <= len(words) <= 4 and words[0].casefold() in known:
            found.setdefault(words[0].casefold(), set()).add(person.name)
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def surname_key(name: str) -> bool:
    """A bare surname: one word, or a family name with its particle ("Al Hashish")."""
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and words[0].casefold() in NAME_PARTICLES)


#: A generation after a surname ("Jr.", "III").
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def full_names(people: list[PersonMention]) -> dict[str, list[tuple[int, str]]]:
    """Surname -> the full names ending in it, in text order (a later "Haley" is "Kevin Haley")."""
    names: dict[str, list[tuple[int, str]]] = {}
    for person in people:
        words = person.name.casefold().split()
        while len(words) > 2 and words[-1].rstrip(".") in _GENERATIONS:
            words.pop()  # "James P. Kennedy Jr." is a Kennedy
        keys = [words[-1]]
        if len(words) >= 3:
            # (a surname of two words, or with its particle: "Linda Black Elk" is "Black Elk",
            # "Laurence des Cars" "des Cars")
            keys.append(" ".join(words[-2:]))
        for key in keys:
            entries = names.setdefault(key, [])
            if not entries or entries[-1][1] != person.name:
                entries.append((person.start, person.name))
    for key, entries in names.items():
        # "Al Mnajer" is the surname of "Mohammad Al Mnajer", not a full name of its own.
        full = [e for e in entries if not surname_key(e[1])]
        if full:
            names[key] = full
    return names


#: A chain of capitalised words that may join its parts with "of", "on", "for" or "and" ("the
#: National Institute on Drug Abuse", "Department of Community Services").
_NAME_CHAIN = re.compile(
    r"(?<![\w'’.-])[A-Z][\w.'’&-]*"
    r"(?:[ \t]+(?:(?:of|on|for|and|de|du|des)[ \t]+(?:the[ \t]+)?)?(?:[A-Z][\w.'’&-]*|\d+\b))*"
)
_CHAIN_CONNECTIVES = frozenset({"of", "on", "for", "and", "de", "du", "des", "the"})
_ORG_ABBREVIATIONS = frozenset({"Inc.", "Corp.", "Co.", "Ltd.", "St.", "Mt.", "Bros."})


@dataclass(frozen=True, slots=True)
class OrganizationMention:
    """An organisation's name written out in the text, a possible referent for "the agency"."""

    name: str
    start: int
    end: int
    #: The head noun of an apposition that describes it ("group" of "Citizens for …, a liberal
    #: watchdog group"), by which "the group" refers to it later.
    head: str | None = None


@cache
def _roles_and_titles() -> frozenset[str]:
    lex = attribution_lexicon()
    return lex.role_nouns | {t.casefold().rstrip(".") for t in lex.titles}


def _organization_name(words: list[str]) -> list[str] | None:
    """The organisation named by a chain of capitalised words: the words up to its last
    organisation word and the "of ..." part after it ("Roman Catholic Diocese of Covington"), or
    None when no organisation word is in it."""
    lex = attribution_lexicon()
    roles = _roles_and_titles()

    def bare(word: str) -> str:
        return word.removesuffix("’s").removesuffix("'s").rstrip(".,")

    # An owner before the name ("Canada's Department of ...") is not part of it, unless it is a
    # title ("the Prime Minister's Office").
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith(("’s", "'s")) and bare(words[i]).casefold() not in roles:
            words = words[i + 1 :]
            break
    while words and (words[0] in lex.not_names or words[0] in _CHAIN_CONNECTIVES):
        words = words[1:]
    marked = [
        i
        for i, w in enumerate(words)
        if bare(w) in lex.organization_words
        or (i > 0 and f"{words[i - 1]} {bare(w)}" in lex.organization_words)
    ]
    if not marked:
        return None
    # The words before the first organisation word belong to it up to a preposition ("Canadian
    # Pacific Railway" of "Winter on Canadian Pacific Railway").
    first = marked[0]
    while first > 0 and words[first - 1] not in ("of", "on", "for", "the", "de", "du", "des"):
        first -= 1
    words, last = words[first:], marked[-1] - first
    rest = words[last + 1 :]
    if rest and rest[0] not in _CHAIN_CONNECTIVES:
        # "Senate Majority Leader Mitch McConnell": the organisation qualifies a title.
        if not any(bare(w).casefold() in roles for w in rest):
            return None
        rest = []
    name = [*words[: last + 1], *rest]
    while name and name[-1] in _CHAIN_CONNECTIVES:
        name.pop()
    name[-1] = bare(name[-1])
    return name


def organizations(text: str, start: int, masked: list[Span]) -> list[OrganizationMention]:
    """Organisation names written in the body, in text order, whether or not they speak."""
    lex = attribution_lexicon()
    found: list[OrganizationMention] = []
    for m in _NAME_CHAIN.finditer(text, start):
        if any(q.start <= m.start() < q.end for q in masked):
            continue
        words = m.group(0).split()
        for i, word in enumerate(words[:-1]):
            if word.endswith(".") and "." not in word[:-1] and word not in _ORG_ABBREVIATIONS:
                words = words[: i + 1]  # a sentence ends there ("... Abuse. Federal officials")
                break
        named = _organization_name(words)
        if not named:
            continue
        name = " ".join(named)
        at = text.find(name, m.start(), m.end())
        if at < 0:
            continue
        found.append(OrganizationMention(name, at, at + len(name)))
    for m in _apposed_body().finditer(text, start):
        if any(q.start <= m.start() < q.end for q in masked):
            continue
        # "Citizens for Responsibility and Ethics in Washington, a liberal nonprofit watchdog
        # group": a body that only its apposition says is one
        name = m.group("name")
        if name.split()[0].casefold() in first_names():
            continue  # "Bob Mason, a retired letter carrier": a person
        window = text[max(start, m.start() - 40) : m.start()]
        opening = re.split(r"[.!?;:\n]\s", window)[-1].split()
        first = (opening or name.split())[0]
        if (
            (first.casefold() in PREPOSITIONS and len(opening) <= 3)
            or first in lex.not_names
            or lex.ends_in_place(name)
        ):
            # "In (downtown) San Francisco, a group …": an opening phrase; "Louisiana, a state"
            continue
        found.append(OrganizationMention(name, m.start("name"), m.end("name"), m.group("head")))
    return sorted(found, key=lambda o: o.start)


@cache
def _apposed_body() -> re.Pattern[str]:
    """A capitalised name set off by a comma and an indefinite description whose head noun is an
    organisation's ("Rally Canada, a grassroots group"; not a document's: "…, a report")."""
    lex = attribution_lexicon()
    heads = trie(sorted(organization_heads() - lex.document_nouns - lex.filed_documents))
    return re.compile(
        r"(?<![\w.'’-])(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|on|in|the)){0,8}"
        r"(?<![\s,]of)(?<![\s,]for)(?<![\s,]and)(?<![\s,]on)(?<![\s,]in)(?<![\s,]the)),"
        # (its modifiers, up to the last head noun before a relative or a preposition)
        r"\s+(?:a|an)\s+"
        r"(?:(?!(?:that|which|who|with|for|of|in|on|at|to|from|by|and|or)\b)[\w-]+\s+){0,4}"
        # (the last noun of the phrase: not "a board spokeswoman", "a former Obama
        # administration official")
        rf"(?P<head>{heads})(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|who|whose|with|for|of|in|on|at"
        r"|based|to|owned|run|led|founded|controlled|operated|backed|headquartered)\b)"
    )
