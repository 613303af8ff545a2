"""Reading the words that name a speaker: a name with its role, a pronoun, or a description.

`parse_subject` takes the text before a reporting verb ("However, a member of Atesh, a partisan
movement, ") or after an inverted one ("Kirby, a spokesman for the NSC") and returns a `Mention`:
where the naming words are, the proper name (titles and roles split off), the role, and its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from server.lexicon import attribution_lexicon, outlet_table
from server.pipeline.s2_segmentation import sentence_breaks

MentionKind = Literal["name", "pronoun", "description", "unnamed", "unspecified"]

#: A count above one ("50", "1,000", "three").
_COUNT = re.compile(r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds")
_TOKEN = re.compile(r"[^\s,]+")
#: The rest of a capitalised word after its first letter.
_WORD_REST = re.compile(r"[\w'’.-]*")
_CAPITALISED = re.compile(
    # (not "I’ve", "He’d", "You’re": "other than Jim Eastland I’ve presided")
    r"^(?!(?:I|You|He|She|We|They|It)['’](?:ve|m|ll|d|re|s)$)(?:[A-Z]|[A-Z][\w'’.-]*|Mc[A-Z][\w'’-]*|O['’][A-Z][\w'’-]*"
    r"|(?:al|el|ad|ash|bin|ibn|abu)-[A-Z][\w'’-]*)$"
)
#: Lower-case words inside a name ("Martin Van Buren", "Bashar al-Assad", "Ortega y Gasset").
NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "bin",
        "binti",
        "binte",
        "al",
        "el",
        "la",
        "le",
        "di",
        "du",
        "des",
        "dos",
        "ibn",
        "ter",
        "st.",
        "y",
    }
)
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
#: Titles that only ever precede a person's name.
COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Miss", "Prof"})
_MAX_WORDS = 14
#: A place after a comma, to the end or to the next comma ("Chappaqua, N.Y.", "Paris, France").
_PLACE_AFTER_COMMA = re.compile(r"\s*(?P<place>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s*(?:,|$)")
#: A state's abbreviation in news style ("Calif.", "N.Y.", "W.Va.").
_STATE_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|W\.\s?Va\.)")
#: A participle opening a phrase after a description's head noun ("officials familiar with the
#: server taken from …").
_PARTICIPLE_AFTER_HEAD = re.compile(
    r"(?<=\S)\s+(?=(?!(?:need|seed|feed|speed|bed|red|ten|men|women)\b)[a-z]+(?:ed|en|ing)\b)"
)
# A clause, not a noun phrase: auxiliaries, modals, conjunctions at the end, relative pronouns.
_NOT_A_SUBJECT = re.compile(
    r"\b(?:has|have|had|is|are|was|were|be|been|being|will|would|can|could|may|might|must|should|"
    r"shall|did|does|do|not|n't|if|because|when|whether|which|what|where|why|how|there|here)\b"
    r"|\b(?:but|and|or|so|as|than|to|that|who|it|we|i|you)$"
    # ("It's according to age groups": a clause)
    r"|\b(?:it|that|there|here|what|he|she)['’]s\b"
)
_RELATIVE_VERB_END = re.compile(r"\bwho\s+[a-z]+\s*$")
#: A verb, then the subject of a clause: "[said] the board will …", "[says] he …".
_CLAUSE_AFTER_VERB = re.compile(
    r"\s+[a-z]+\s+(?:that\s+)?(?:the|a|an|his|her|their|its|he|she|they|it|we|I|[A-Z][a-z])\b"
)
_ADVERB_NEXT = re.compile(r"\s*[a-z]+ly\b")
_DEMONSTRATIVES = ("this ", "that ", "these ", "those ")
#: A demonstrative inside a subject that no preposition governs ("one of these candidates" is a
#: subject, "Trump this week" is not).
_DEMONSTRATIVE_INSIDE = re.compile(
    r"(?<!\bof)(?<!\bfor)(?<!\bto)(?<!\bat)(?<!\bin)(?<!\bon)(?<!\bwith)(?<!\bfrom)(?<!\bby)"
    r"(?<!\babout)(?<!\bamong)\s+(?:this|these|those)\b"
)
_AGE = re.compile(r",\s*\d{1,3}\s*,?\s*$")
#: A US legislator's party and state after the name: "(R-Fla.)", "(D-New York)", ", R-Ky.,".
PARTY_STATE = (
    r"(?:\((?:[DRI]|Dem|Rep|Ind)[-–][^()\n]{1,20}\)"
    # (a party or a state alone: "Chris Shays (R)", "Sander M. Levin (Mich.)", "(N.Y.)")
    r"|\((?:[DRI]|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|W\.\s?Va\.)\)"
    # (", R-Ky.,", ", D-N.Y.,", ", D-W.Va.,")
    r"|(?<=,\s)[DRI][-–][A-Z][A-Za-z]*\.?(?:[A-Z][a-z]*\.)?(?:\s[A-Z][a-z]*\.?)?)"
)
#: A pronoun with its auxiliary ("he'd", "she's", "they've").
_CONTRACTED_PRONOUN = re.compile(r"([a-z]+)['’](?:d|s|ve|ll|re|m)")
_TRAILING_ADVERB = re.compile(
    # (one or more: "Jewish groups also widely [condemned]")
    r"(?:\s+(?:also|then|later|again|once|further|finally|first|previously|earlier|recently|"
    r"repeatedly|publicly|privately|separately|similarly|initially|subsequently|reportedly|"
    r"allegedly|immediately|quickly|simply|often|never|always|still|even|only|too|widely|"
    r"generally|largely|mostly|now|rather|quite|"
    # (any other adverb in -ly, but not a noun or adjective: "family", "ally", "elderly")
    rf"(?!(?:{'|'.join(sorted(attribution_lexicon().not_adverbs))})\b)[a-z]{{2,}}ly|"
    # an emphatic pronoun too ("The police service itself refused")
    r"itself|himself|herself|themselves))+$"
)
#: A day of the week (the speaker stage uses it in its time phrases too).
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PARTY_STATE_END = re.compile(
    # "(R-Iowa) on Wednesday", "(D-Calif.) last week"
    r"\s*,?\s*"
    + PARTY_STATE
    + rf"\s*,?(?:\s+(?:on\s+{WEEKDAY}|(?:earlier|later|last|this)\s+(?:week|month|year)))?\s*$"
)
#: A time after the subject ("Calgary MP Michelle Rempel earlier this week", "the mayor on Monday").
_TRAILING_TIME = re.compile(
    r"(?P<before>\S+)\s+(?:(?:(?:earlier|later)\s+(?:this|last|next|in\s+the)|earlier|later|last|this"
    r"|next)\s+(?:week|weekend|month|year|morning|afternoon|evening|night)"
    rf"|on\s+{WEEKDAY}|(?:late|early)\s+(?:on\s+)?{WEEKDAY}|yesterday|today|tonight)$"
)
#: A time that opens a sentence before its subject ("The next month, …", "Two days later, …").
_OPENING_TIME = re.compile(
    # (and "Late last month", "Early this week")
    r"(?:(?:late|early)\s+)?"
    r"(?:(?:the\s+)?(?:next|following|previous|same|last|this|that|(?:later|earlier)\s+that)\s+)"
    r"(?:day|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|winter)"
    r"|\S+\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier|ago)",
    re.IGNORECASE,
)
#: A past-tense verb before another lowercase word: a clause, not a subject.
_PAST_VERB = re.compile(r"\s[a-z]+ed\s+[a-z]")
#: Title abbreviations whose period ends no sentence ("Gov. Chris Christie", "Dr. Bowes").
TITLE_ABBREVIATIONS = attribution_lexicon().title_abbreviations


@dataclass(frozen=True, slots=True)
class Mention:
    """The words naming a source, with offsets into the article text."""

    kind: MentionKind
    start: int
    end: int
    text: str
    name: str | None = None  # the proper name without titles, or the description itself
    role: str | None = None
    gender: str | None = None  # "male", "female", "plural", "neuter", "first" or None
    organization: bool = False
    #: whose body speaks ("his" of "his campaign", "Clinton" of "the Clinton campaign")
    owner: str | None = None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-\"“”'‘’("):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-\"“”'‘’)"):
        end -= 1
    if _ACRONYM_AT_END.search(text, start, end):
        end -= 1  # "according to CNN.": the sentence's period, not the name's
    return start, end


#: An acronym and a period that ends a sentence ("CNN."; not "U.S." or "Inc.").
_ACRONYM_AT_END = re.compile(r"(?<![\w.])[A-Z]{2,}\.$")


_RELATIVE_OPENER = re.compile(
    r"(?:in|at|during|on|for|with|after|from|by|to)\s+(?:which|whom)\b(?=\s)"
)


_WITH_TEAM = re.compile(
    r"(?P<lead>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+and\s+(?:his|her|their)\s+"
    r"(?:\w+\s+)?(?:team|colleagues|co-?authors|collaborators|co-?workers)"
)


#: Auxiliaries that show a "that" opens a relative clause on its verb ("that have endorsed him").
RELATIVE_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were"})
#: Where a relative clause opens after a subject's head noun (or "that" before its verb:
#: "progressive organizations that have endorsed him").
_RELATIVE_CUT = re.compile(
    rf",?\s+(?:who(?:m|se)?|that(?=\s+(?:{'|'.join(sorted(RELATIVE_AUXILIARIES))})\s))\s"
)

#: A short lower-case noun phrase, then a relative clause (see `parse_subject`).
_PEOPLE_THEN_RELATIVE = re.compile(
    r"(?P<np>(?:[A-Za-z][a-z-]*\s+){0,3}(?P<noun>[a-z]+))\s+that\s+[a-z]"
)

#: A plural that names people by what they do ("technologists", "politicians").
_PEOPLE_PLURAL = re.compile(
    r"(?!(?:insists|persists|exists|resists|consists|assists|subsists|desists|enlists)$)"
    r"[a-z]{3,}(?:ists|ians)"
)

#: A word of an opening time clause or phrase, never of a name before its apposition.
_TIME_CLAUSE_WORD = re.compile(r"\b(?:before|after|when|while|until|during|ago)\b")

#: What a relative clause after an unnamed source says: how the source knows, or why it is
#: not named.
_HOW_A_SOURCE_KNOWS = re.compile(
    r"\b(?:spoke|speak|speaking|briefed|authorized|anonymity|familiar|involved|asked)\b"
)

#: A connective or aside between a subject and its verb.
_TRAILING_ASIDE = re.compile(
    r"(?:(?<=,)|\s)\s*(?:however|of course|in fact|for example|for instance|"
    r"meanwhile|in turn|instead|nonetheless|nevertheless|for (?:his|her|their|its) part)"
    # (and an adverb of the verb's after it: "officials, in fact, even [insist]")
    r"\s*,?(?:\s+(?:even|also|still|now|again|already|only))*\s*$"
)

#: A web address without its scheme: "ouest-france.fr", "Politico.com".
_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]+\.)+(?:com|org|net|info|news|[a-z]{2})")

#: Prepositions that end no clause: a subject window ending in one was cut mid-phrase.
_CUT_AFTER = frozenset(
    {"of", "to", "on", "from", "at", "in", "by", "under", "among", "across", "during"}
)

#: An aside set off by dashes at the end of a subject window.
#: (one that opens on a lower-case word, "— and some Republicans —", "— including …", or lists
#: several, "— Bally's, Caesars and Trump Taj Mahal —"; not a name set off, "Her attorney — Jane
#: Roe — said")
_ASIDE_END = re.compile(r"\s+[—–―]\s+(?:[a-z][^—–―]*?|[^—–―]*?(?:,|\sand\s)[^—–―]*?)\s+[—–―]\s*$")

#: A verb (and maybe one more word) then a comma, right after a subject window.
_VERB_THEN_COMMA = re.compile(r"[ \t]*[a-z]+(?:[ \t]+[a-z]+)?[ \t]*,")


def _drop_connectives(text: str, start: int, end: int) -> int:
    """Skip leading connectives and short adverbials: 'However, ', 'But ', 'On Friday, '."""
    lex = attribution_lexicon()
    changed = True
    while changed and start < end:
        changed = False
        segment = text[start:end]
        lowered = segment.casefold()
        relative = _RELATIVE_OPENER.match(lowered)
        if relative:
            # "…, in which Adelson said:": the relative clause's own subject follows
            start, end = _strip(text, start + relative.end(), end)
            changed = True
            continue
        for connective in sorted(lex.connectives, key=len, reverse=True):
            if (
                lowered.startswith(connective)
                and (len(lowered) == len(connective) or not lowered[len(connective)].isalnum())
                # (an acronym alone is a name: "according to WHO")
                and not (len(connective) > 1 and segment.strip().isupper() and " " not in segment)
            ):
                start += len(connective)
                start, end = _strip(text, start, end)
                changed = True
                break
    return start


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [
        (m.group(0), start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end])
    ]


def adverb_like(bare: str) -> bool:
    """ "Finally", "Separately": an adverb, but "Valley", "Ashley", "Kelly", "Daly", "Connolly",
    "Scully" and "Reilly" are names (no adverb ends so, but "-fully")."""
    return (
        bare.endswith("ly")
        and not bare.endswith(("ley", "aly", "elly", "olly", "illy"))
        and not (bare.endswith("ully") and not bare.endswith("fully"))
        and bare[:1].isupper()
        and bare[1:].islower()
        and bare.casefold() not in first_names()
    )


def _is_name_token(token: str) -> bool:
    lex = attribution_lexicon()
    bare = token.rstrip("’'s") if token.endswith(("’s", "'s")) else token
    return (
        # (an accented capital too: "Áine Kilbride", "Émile", "Łukasz")
        bool(
            _CAPITALISED.match(bare)
            or (bare[:1].isupper() and not bare[:1].isascii() and _WORD_REST.fullmatch(bare[1:]))
        )
        and bare not in lex.not_names
        and not adverb_like(bare)
        # ("Politicians said": people named by what they do, capitalised to open a sentence)
        and not _PEOPLE_PLURAL.fullmatch(bare.casefold())
        and bare.casefold() not in lex.role_nouns
        and bare.casefold() not in lex.plural_groups
        # "Calgary-based", "Al-Qaeda-linked": an adjective made from a name.
        and not re.search(r"-(?:[a-z]+ed|born)$", bare)
    )


def _possessive_title(token: str) -> bool:
    """A title or role in the possessive: "Minister's", "Mayor's"."""
    lex = attribution_lexicon()
    if not token.endswith(("’s", "'s")) or not token[:1].isupper():
        return False
    bare = token[:-2]
    return bare in lex.titles or bare.casefold() in lex.role_nouns


def _split_name(text: str, tokens: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """Indexes [i, j) of the trailing proper-name chain in tokens, titles excluded."""
    lex = attribution_lexicon()
    j = len(tokens)
    while j > 0 and tokens[j - 1][0] in _SUFFIXES:
        j -= 1
    if j >= 2 and tokens[j - 1][0].isdigit() and tokens[j - 2][0] in lex.numbered_bodies:
        j -= 1  # "UFCW Local 832", "Fraternal Order of Police Lodge 5": the number is the name's
    i = j
    while i > 0:
        token = tokens[i - 1][0]
        if (
            _possessive_title(token)
            and i < j
            and any(t[0].rstrip(".,") in lex.organization_words for t in tokens[i:j])
        ):
            # "the Prime Minister's Office": an organisation named after its head's title.
            i -= 1
            while i > 0 and _is_name_token(tokens[i - 1][0]):
                i -= 1
            break
        # "Robert Major", "Charlie King", "Mr. Dean": a title or a role noun that is a surname,
        # right after a given name or a courtesy title.
        surname = (
            i == j
            and i >= 2
            and token.istitle()
            and (
                tokens[i - 2][0].casefold() in first_names()
                or tokens[i - 2][0].rstrip(".") in COURTESY_TITLES
            )
        )
        if (token in lex.titles or token.rstrip(".") in lex.titles) and not surname:
            break
        if token == "Sri" and i >= 2 and tokens[i - 2][0] in ("Tan", "Puan"):
            break  # "Tan Sri Lee Lam Thye": a Malaysian honorific of two words
        if (
            token in lex.portfolio_words
            and j - i >= 2
            and not any(t[0].rstrip(".,") in lex.organization_words for t in tokens[i - 1 : j])
        ):
            # "Minister of State for National Development Alvin Tan", "Minister of Energy and
            # Infrastructure Suhail Mohamed Al Mazrouei": a minister's field ends the title
            break
        if (
            j - i >= 2
            and starts_full_name(token, tokens[i][0])
            and not any(t[0].rstrip(".,") in lex.organization_words for t in tokens[i:j])
        ):
            # "Minister in the Ministry of Finance Brian Manning", "NASA Administrator Bill
            # Nelson": a full name that starts with a given name ends the chain; the capitalised
            # words before it are an affiliation or a role.
            break
        if token.lower() in NAME_PARTICLES and i < j:
            i -= 1
            continue
        if (
            token == "and"
            and i < j
            and i >= 4
            and _is_name_token(tokens[i - 2][0])
            and any(
                t[0] in ("of", "for")
                and k > 0
                and tokens[k - 1][0].rstrip(".,") in lex.organization_words
                for k, t in enumerate(tokens[: i - 1])
                if k >= i - 6
            )
        ):
            # "Department of Health and Human Services", "Centers for Disease Control and
            # Prevention": one organisation's name, not the words after "and".
            i -= 1
            continue
        if (
            token == "and"
            and i < j
            and i >= 2
            and _is_name_token(tokens[i - 2][0])
            and tokens[j - 1][0].rstrip(".,") in lex.organization_words
            and tokens[i - 2][0].rstrip(".,") not in lex.organization_words
        ):
            # "World Travel and Tourism Council": one organisation's name around "and" (but
            # "the Senate and the House": two)
            i -= 1
            continue
        if (
            token in ("of", "for", "on", "&")
            and i < j
            and i >= 2
            and _body_name_before(tokens[: i - 1])
            and all(t[0][:1].isupper() for t in tokens[i:j])
            # (a given name after "of" is a person's: "… of Trade Jane Doe"; not after "&":
            # "Marks & Spencer")
            and (token == "&" or not any(t[0].casefold() in first_names() for t in tokens[i:j]))
        ):
            # "Transport for London", "The Economic Community of West African States", "American
            # Red Cross of North Texas", "Faber & Faber": one body's name around the small word,
            # not the place or name after it
            i -= 1
            while (
                i > 0
                and tokens[i - 1][0][:1].isupper()
                and tokens[i - 1][0] not in ("The", "A", "An")
                and tokens[i - 1][0].strip(".,").replace("-", "").isalpha()
            ):
                i -= 1
            continue
        if (
            token in ("of", "on", "for", "to")
            and i < j
            and i >= 2
            and tokens[i - 2][0].rstrip(".,") in lex.organization_words
        ):
            # "Department of Community Services", "National Institute on Drug Abuse", "Alliance
            # to Reclaim Our Schools".
            i -= 1
            continue
        inside_organization = (
            # "Xinhua News Agency": a common word inside an organisation's name.
            i < j
            and tokens[j - 1][0].rstrip(".,") in lex.organization_words
            and token.istitle()
            and token.isalpha()
            and token not in lex.titles
            and i > 1
            and _is_name_token(tokens[i - 2][0])
        )
        # ("Teachers Union", "Farmers Insurance": a group of people opening a body's name)
        # (or inside one: "National Nurses United")
        group_first = (
            i < j
            and token.istitle()
            and token.casefold() in lex.plural_groups
            and (
                tokens[j - 1][0].rstrip(".,") in lex.organization_words
                or (i > 1 and _is_name_token(tokens[i - 2][0]))
            )
        )
        if not (
            _is_name_token(token)
            or inside_organization
            or group_first
            or (surname and token.casefold() in lex.role_nouns)
            # ("Mrs. Schlafly", "Phyllis Schlafly", "Schlafly said": a word that looks like an
            # adverb is a surname after a given name or a courtesy title, or as a subject alone)
            or ((surname or len(tokens) == 1) and adverb_like(token))
        ) or token.endswith(
            ("’s", "'s", "s’", "s'")  # "Canada's Justin Trudeau", "CBC Sports' Anson Henry"
        ):
            break
        i -= 1
    # Particles cannot start a name (capitalised they can: "Al Gore", "De Blasio", "Van Morrison").
    while i < j and tokens[i][0] in NAME_PARTICLES:
        i += 1
    if i >= j:
        return None
    if j - i >= 3 and tokens[i][0] in lex.places and i > 0 and tokens[i - 1][0] == "to":
        # "China's ambassador to Britain Liu Xiaoming": the country ends the post
        i += 1
    # "Secretary of State Antony Blinken": a chain after "of" starts with the title's last word.
    if (
        i >= 2
        and tokens[i - 1][0] in ("of", "for")
        and j - i >= 3
        and tokens[i - 2][0].rstrip(".") in lex.titles
    ):
        i += 1
    return i, len(tokens) if j < len(tokens) else j


#: Words that open a relative clause after a subject's head noun.
_RELATIVES = frozenset({"who", "whom", "whose"})
#: Between a description's head noun and the name it is about: "a longtime adviser to Trump",
#: "aides to Gov. Chris Christie", "a source within the unit".
_COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "at", "with", "within", "from", "in", "to"})


def _after_preposition(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the name chain starting at token i follows a preposition, past its titles."""
    lex = attribution_lexicon()
    while i > 0 and (tokens[i - 1][0] in lex.titles or tokens[i - 1][0].rstrip(".") in lex.titles):
        i -= 1
    while i > 1 and tokens[i - 1][0] in ("and", "&") and _is_name_token(tokens[i - 2][0]):
        i -= 2  # "the Parks and Recreation Department": one name
        while i > 0 and _is_name_token(tokens[i - 1][0]):
            i -= 1  # (of several words: "in San Francisco and Los Angeles")
    if i > 1 and tokens[i - 1][0].lower() in ("the", "both"):
        i -= 1  # "a spokesman for the Jupiter Police Department", "an adviser to both Clintons"
    if i > 1 and tokens[i - 1][0].casefold() in lex.role_nouns:
        # "a spokesman for Democratic presidential candidate Hillary Clinton": past the role
        k = i - 1
        while k > max(0, i - 5) and tokens[k - 1][0].casefold() not in _COMPLEMENT_PREPOSITIONS:
            if not tokens[k - 1][0].isalpha():
                break
            k -= 1
        if (
            k > 1
            and tokens[k - 1][0].casefold() in _COMPLEMENT_PREPOSITIONS
            # (someone's: not "the lawsuit of Fox anchor Andrea Tantaros")
            and tokens[k - 2][0].casefold() in lex.role_nouns | lex.unnamed_heads
        ):
            i = k
    return i > 0 and tokens[i - 1][0].lower() in _COMPLEMENT_PREPOSITIONS


@cache
def function_words() -> frozenset[str]:
    """Words that never name a speaker on their own: determiners, adverbs, connectives."""
    lex = attribution_lexicon()
    # Quantifiers stand for people on their own ("Some said", "Others argued").
    return frozenset(
        ({w.casefold() for w in lex.not_names} | lex.connectives)
        - lex.unnamed_determiners
        - lex.role_nouns
        - lex.unnamed_heads
        - {"others", "all", "both", "each", "another"}
        - {"mom", "dad", "god", "lord", "sir", "madam", "editor", "reuters", "ap", "getty"}
    )


def _gender_from_words(words: str) -> str | None:
    lowered = words.casefold()
    if re.search(
        r"\b(?:mrs|ms|miss|spokeswoman|congresswoman|chairwoman|councilwoman|businesswoman|"
        r"mother|wife|widow|daughter|sister|grandmother|queen|princess|actress|woman|girl|dame|lady)\b\.?",
        lowered,
    ):
        return "female"
    if re.search(
        r"\b(?:mr|spokesman|congressman|chairman|councilman|businessman|father|husband|son|"
        r"brother|grandfather|widower|king|prince|man|boy|sir|lord)\b\.?",
        lowered,
    ):
        return "male"
    return None


@cache
def starts_full_name(before: str, word: str) -> bool:
    """Whether `word`, a known given name, starts a full name after `before`, a capitalised word
    that is no given name nor an initial: the words before are a role or an affiliation ("NASA
    Administrator Bill Nelson"; not "Mary Jane Watson", "J. Gerald Hebert")."""
    return (
        word.casefold() in first_names()
        and before[:1].isupper()
        and before.casefold() not in first_names()
        and not re.fullmatch(r"[A-Z]\.", before)
    )


def first_names() -> dict[str, str]:
    """Given name -> "female", "male" or "unisex" (server/data/attribution.json, `first_names`)."""
    return attribution_lexicon().given_names


def _gender_from_name(name: str) -> str | None:
    words = name.split()
    gender = first_names().get(words[0].casefold()) if len(words) >= 2 else None
    return gender if gender in ("female", "male") else None  # (not a "unisex" name)


def person_gender(name: str, role: str | None) -> str | None:
    """A hint of a named person's gender from their role words or given name."""
    return _gender_from_words(role or "") or _gender_from_name(name)


_ORGANIZATION_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:of|for|on|the|(?:and|&)(?=\s+[A-Z])|[A-Z][\w’'&.-]*))*)"
)


def _organization_name(head: str) -> re.Match[str] | None:
    """A capitalised name of two words or more whose last word, or the word before its "of", is
    one of the organisation words ("Justice Department", "Department of Justice", "Bank of
    Canada"); its group "name" is the name without "the"."""
    m = _ORGANIZATION_NAME.fullmatch(head)
    if m is None:
        return None
    words = m.group("name").split()
    lex = attribution_lexicon()
    if len(words) < 2 or words[0] in lex.not_names:
        return None  # "Police say", "A Government …" (and "Mr. Morgan of the Sierra Club" is
        # a person: the word before "of" is the head)
    if words[0].casefold() in lex.plural_groups | lex.unnamed_heads:
        return None  # "Democrats on the House Oversight Committee": people, not the body
    joint = next((i for i, w in enumerate(words) if i and w in ("of", "on", "for")), None)
    at = joint - 1 if joint is not None else len(words) - 1
    head, after = words[at], words[at + 1 :]
    whole = m.group("name") in lex.organization_words  # "White House", "Downing Street"
    if any(w.casefold() in first_names() or w.rstrip(".") in lex.titles for w in after[:-1]):
        # "Ministry of Finance Brian Manning", "Council on American-Islamic Relations National
        # Executive Director Nihad Awad": a person named after the body
        return None
    return m if whole or head in lex.organization_words else None


def _body_name_before(tokens: list[tuple[str, int, int]]) -> bool:
    """Whether capitalised words before "of", "for", "on" or "&" open a body's name: no title,
    given name or people noun among them ("Economic Community", "Transport", "Faber"; not
    "Minister", "Supporters", "Jane")."""
    lex = attribution_lexicon()
    words = [t[0] for t in tokens]
    chain = []
    for word in reversed(words):
        if not (word[:1].isupper() and word.strip(".,").replace("-", "").isalpha()):
            break
        chain.append(word)
    return bool(chain) and not any(
        w in lex.titles
        or w.rstrip(".") in lex.titles
        or w.casefold() in first_names()
        or w.casefold() in _no_body_openers()
        or _PEOPLE_PLURAL.fullmatch(w.casefold())
        for w in chain
    )


@cache
def _multiword_organizations() -> tuple[str, ...]:
    """Known bodies named by two words or more ("Red Cross"), found inside longer names."""
    return tuple(k for k in attribution_lexicon().known_organizations if " " in k)


@cache
def _no_body_openers() -> frozenset[str]:
    """Nouns for people or posts, which open no body's name ("Supporters of …")."""
    lex = attribution_lexicon()
    return lex.plural_groups | lex.unnamed_heads | lex.role_nouns


def _is_organization(name: str) -> bool:
    lex = attribution_lexicon()
    words = name.split()
    if name in lex.organization_words or any(
        w in lex.organization_words or w.rstrip(".,") in lex.organization_words for w in words
    ):
        return True
    if len(words) == 1:
        return name.isupper() and len(name) >= 2
    if words[-1].casefold() not in lex.document_titles:
        # (not a document's title: "Morning Consult Poll", "American Community Survey")
        if any(w in ("for", "of", "on", "&") for w in words[1:-1]) and words[0] not in lex.titles:
            return True  # "Transport for London", "Faber & Faber"
        if any(known in name for known in _multiword_organizations()):
            return True  # "American Red Cross"
    # An acronym inside a name ("BC Hydro", "UFCW Local 832") marks an organisation.
    return any(len(w) >= 2 and is_acronym(w) for w in words)


def is_acronym(word: str) -> bool:
    """Capital letters only, and no Roman numeral of a name ("Robert Griffin III")."""
    return word.isupper() and word.isalpha() and word not in ("II", "III", "IV", "VI", "VII")


def _common_noun_head(tokens: list[tuple[str, int, int]], found: tuple[int, int]) -> bool:
    """Whether the phrase is headed by a common noun (a source, a document, a role) that the
    capitalised words only qualify: lower-case words after the name chain end in such a noun, or
    the chain is one sentence-initial common noun ("Polls", "Officials")."""
    lex = attribution_lexicon()
    heads = lex.unnamed_heads | lex.document_nouns | lex.role_nouns
    i, j = found
    if (
        j - i == 1
        and j == len(tokens)
        and tokens[i][0].casefold() in heads
        and not (i >= 1 and tokens[i - 1][0].rstrip(".") in COURTESY_TITLES)  # "Mr. King"
    ):
        return True
    rest = [t[0] for t in tokens[j:]]
    # (a body too, after its owner: "China's foreign ministry"; but "State" alone is a name)
    return (
        bool(rest)
        and all(w[:1].islower() for w in rest)
        and rest[-1].casefold().strip(".,") in heads | organization_heads()
    )


@cache
def organization_heads() -> frozenset[str]:
    """The head nouns of the organisation descriptions ("company" of "the company")."""
    return frozenset(d.split()[-1] for d in attribution_lexicon().organization_descriptions)


def _description(
    start: int, end: int, head: str, role: str | None, organization: bool = False
) -> Mention:
    """A definite description as a mention ("the Frenchman", "the company")."""
    return Mention(
        "description",
        start,
        end,
        head,
        name=head,
        role=role,
        gender=_gender_from_words(head),
        organization=organization,
    )


@cache
def _demonyms() -> frozenset[str]:
    """ "the Frenchman", "the Texan": descriptions of someone by where they are from."""
    return frozenset(f"the {w}" for w in attribution_lexicon().demonym_nouns)


def _organization_description(description: str) -> bool:
    """A definite description of an organisation or its document: listed ("the company"), or
    with modifiers before a listed head noun ("the Calgary-based railway", "the winter
    report")."""
    lex = attribution_lexicon()
    words = description.casefold().split()
    return description.casefold() in lex.organization_descriptions or (
        len(words) >= 2 and words[-1].strip(".,") in organization_heads()
    )


#: A body and its owner: "Clinton's campaign", "Sanders' team", "his office", "the Obama
#: administration".
#: A relative of someone named by a possessive pronoun: "his mother", "my two-year-old".
_KIN = re.compile(
    r"(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>[a-z][\w-]*)"
)
_AGE_NOUN = re.compile(r"(?:\d+|[a-z]+)-(?:year|month|week)-old")
_POSSESSED_BODY = re.compile(
    r"(?:(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts)"
    r"|(?:[Tt]he\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?)(?:['’]s|(?<=s)['’])?)"
    # (with a word of its kind between: "Clinton's presidential campaign", "his legal team")
    r"\s+(?:[a-z][\w-]*\s+)?(?P<body>[a-z]+)"
)


def _place_after_comma(text: str, pos: int, end: int) -> bool:
    """Whether a known place or a state's abbreviation follows a comma at pos, up to the end or
    the next comma: the comma is part of a place name, not an apposition."""
    m = _PLACE_AFTER_COMMA.match(text, pos, end)
    if m is None:
        return False
    place = m.group("place")
    return place in attribution_lexicon().places or bool(_STATE_ABBREVIATION.fullmatch(place))


def pronoun_ending_at(end: int, pronoun: str) -> Mention:
    """A pronoun ending at `end`, as a mention ("heard him", "A few years later he")."""
    return Mention(
        "pronoun",
        end - len(pronoun),
        end,
        pronoun,
        gender=attribution_lexicon().pronouns[pronoun.casefold()],
    )


#: First words that open no noun phrase: a participle before a determiner or particle ("trying
#: to", "drawing the ire"; not "leading Democrats", "ruling party officials"), a preposition,
#: "to", a perception verb (not "about" or "at", which open a count: "about half of voters",
#: "at least a dozen").
_NO_NOUN_PHRASE_START = re.compile(
    r"(?:[a-z]{2,}ing\s+(?:to|the|a|an|out|up|his|her|their|its)"
    # (not "in-house lawyers", "on-duty officers")
    r"|(?:in|to|on|for|with|from|by|into|heard|saw|watched))\b(?!-)"
)
#: A window that ends in a determiner or "of": the next word is a noun.
_FUNCTION_WORD_END = re.compile(
    # (not a possessive pronoun: "his call for “…”" is his; nor a preposition a relative clause
    # leaves at its end: "Residents the reporter spoke with")
    r"(?<![\w'’-])(?:the|a|an|of)$"
)
#: A subject that denies anyone said it.
#: Words before a number that make it a name ("No 10", "Number 10", "No. 10 Downing Street").
_NUMBER_SIGNS = frozenset({"No", "No.", "Number"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_ARTICLES_AND_ONE = frozenset({"a", "an", "the", "one"})
#: The noun before the place or occasion its phrase is in ("voters in Iowa", "people in a poll").
_PLACED_HEAD = re.compile(r"(?P<noun>[a-z]+)\s+(?:in|at|from|across)\s")
_NO_ONE = re.compile(r"(?:[Nn]either|[Nn]obody|[Nn]one|[Nn]o\s+one)\b")
#: A window that ends in a negated auxiliary ("didn’t", "don't"): the verb after it is denied.
_NEGATED_END = re.compile(r"\w+n['’]t$")
#: A window that ends in a possessive ("the ministry's", "the ministers’").
_POSSESSIVE_END = re.compile(r"\w(?:['’]s|s['’])$")


def parse_subject(text: str, start: int, end: int) -> Mention | None:
    """The mention at the end of text[start:end] (a clause's subject); None if it names nobody."""
    town = _TOWN_AND_STATE.match(text, start, end)
    if town and town.group("place") in attribution_lexicon().places:
        # "The Mandan, North Dakota, police chief, Jason Ziegler,": a town and its state modify
        # the noun after them.
        start = town.end()
    mention = _parse_subject(text, start, end)
    if mention is not None and mention.kind == "name" and not mention.organization:
        # "that tweeter in Sydney", "California's 4th District Court of Appeal in Santa Ana":
        # a place after "in" is where the one described is, not who speaks
        placed = _IN_PLACE.search(text, start, end)
        if placed and mention.name == placed.group("place"):
            lo = mention.start
            body = text[lo : placed.start()].strip()
            words = body.split()
            if words and _is_organization(body) and words[-1][:1].isupper():
                name = re.sub(r"^[Tt]he\s+", "", body)
                return Mention("name", lo, lo + len(body), body, name=name, organization=True)
            if words and all(w[:1].isupper() for w in words):
                return _parse_subject(text, lo, lo + len(body)) or mention  # "John Smith in London"
            opener = re.search(r"(\w+)\s+$", text[start:lo])
            if opener and opener.group(1).casefold() in _DETERMINERS:
                # ("that tweeter in Sydney": its determiner was read as a connective)
                lo, words = start + opener.start(1), [opener.group(1), *words]
            if len(words) >= 2 and words[0].casefold() in _DETERMINERS and words[-1].islower():
                phrase = text[lo : placed.end("place")]
                return Mention("unnamed", lo, placed.end("place"), phrase, name=phrase)
    if mention is not None and _NO_ONE.match(mention.text):
        return None  # "Neither Clinton nor Trump says", "No one said": nobody said it
    return mention


#: A head noun's complement that names someone's relative ("a publicist for Thicke's son").
_OF_SOMEONES = re.compile(r"\s(?:for|of|to|with)\s+\S+(?:['’]s|s['’])\s")
#: An owner's description set off after a name: "Germany's largest private bank".
_POSSESSIVE_DESCRIPTION = re.compile(r"[A-Z][\w.-]*['’]s\s+[a-z]")
#: After "those", the words that make them sources ("those close to …", "those surveyed").
_THOSE_WHO_KNOW = frozenset(
    {
        "close",
        "familiar",
        "knowledgeable",
        "briefed",
        "surveyed",
        "polled",
        "interviewed",
        "questioned",
    }
)
#: A place after "in" that ends a subject ("… in Santa Ana").
_IN_PLACE = re.compile(r"\s+in\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*,?\s*$")
_DETERMINERS = frozenset({"a", "an", "the", "that", "this", "one", "another", "some"})
#: A town and its state or country before a noun ("The Mandan, North Dakota, police chief").
_TOWN_AND_STATE = re.compile(
    r"\s*(?:[Tt]he\s+|[Aa]n?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+"
    r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),\s+(?=[a-z])"
)


#: A participle phrase opening a sentence before its subject ("Typically used only to keep
#: people safe, ", "Asked about the plan, ", "Speaking to reporters on Monday, ").
OPENING_PARTICIPLE = re.compile(
    r"(?:[A-Z][a-z]+ly\s+[a-z]+(?:ed|en|ing)|[A-Z][a-z]+(?:ed|en|ing))\s+"
    r"(?:only\s+|not\s+|again\s+)?"
    r"(?:to|by|in|on|upon|with|for|at|from|as|about|after|before|into|through|over|under)\s"
    r"[^,;:]{1,120},\s+(?=\S)"
)


def _capitalised_second(phrase: str) -> bool:
    """Whether a phrase's second word is capitalised: its first word opens a name, not a
    participle phrase ("United States …", not "Dashing into …")."""
    words = phrase.split()
    return len(words) > 1 and words[1][:1].isupper()


def _parse_subject(text: str, start: int, end: int) -> Mention | None:
    lex = attribution_lexicon()
    relative_verb = _RELATIVE_VERB_END.search(text, start, end)
    adverb = _ADVERB_NEXT.match(text, end) if relative_verb else None
    if adverb:
        # "an official who spoke anonymously said": the adverb is the relative clause's, though a
        # cue pattern took it for the main verb's ("X quickly said").
        end = adverb.end()
    # "Carter however said", "Liveris, of course, said": an aside after the subject is no part
    # of it (the comma before it stays, closing an apposition).
    connective = _TRAILING_ASIDE.search(text, start, end)
    if connective and connective.start() > start:
        end = connective.start()
    # "Hugh Hill, a doctor in Leeds, said": a window closed by a comma may end in an apposition.
    closed = text[start:end].rstrip().endswith(",")
    window_end = end
    # (a window that opens after a word on its line, not after punctuation or a line break, was
    # cut mid-clause)
    cut_mid_clause = text[max(0, start - 40) : start].rstrip(" \t")[-1:].isalnum()
    # A US legislator's party and state ("Rep. John Mica (R-Fla.)", "Mitch McConnell, R-Ky.,")
    # is no part of the name, and its period ends no sentence.
    party = _PARTY_STATE_END.search(text, start, end)
    if party and party.start() > start:
        end = party.start()
    # "Democrats — and some Republicans — say": an aside between dashes is no part of the subject.
    dash_aside = _ASIDE_END.search(text, start, end)
    if dash_aside and text[start : dash_aside.start()].strip():
        end = dash_aside.start()
    start, end = _strip(text, start, end)
    if start >= end:
        return None
    # Only the last sentence of the window can hold the subject.
    for boundary in sentence_breaks(text, start, end):
        start = boundary.end()
    if _NEGATED_END.search(text, start, end):
        return None  # "the mega donor didn’t [disclose]": nothing said, no subject of a cue
    if _FUNCTION_WORD_END.search(text, start, end):
        return None  # "the authors of the [report]": the cue word is a noun, no verb
    if not closed and _POSSESSIVE_END.search(text, start, end) and "‘" not in text[start:end]:
        # "the defense ministry's claim “is false”": an owner, not the subject (the noun after it
        # is no verb); but "the ‘experts’" are closed quotation marks, and "Begala, a friend of
        # the couple's, said" an apposition.
        return None
    # "… sounded equivocal: Former Rep. Jane Harman called it": a colon before a capital opens
    # a clause of its own, as a semicolon does ("… whether to ban Trump; one lawmaker called").
    colon = text.rfind(": ", start, end)
    if colon >= 0 and text[colon + 2 : colon + 3].isupper():
        start = colon + 2
    semicolon = text.rfind("; ", start, end)
    if semicolon >= 0:
        start = semicolon + 2
    # "… resort to name-calling — Calgary MP Michelle Rempel called": a dash before a capital
    # opens an aside with a subject of its own.
    # (and a dateline's: "PHILADELPHIA ― Hillary Clinton's campaign", "(Reuters) - Obama",
    # "NEW YORK--Verizon Communications")
    dashes = ((text.rfind(d, start, end), len(d)) for d in ("— ", "– ", "― ", " - ", "--"))
    dash = max((at + width for at, width in dashes if at >= 0), default=-1)
    if dash > start and text[dash : dash + 1].isupper():
        start = dash
    # ("Although there is no overlap, an official said": the connective is dropped next, but
    # the clause it opens is no name)
    first_word = (text[start:end].split()[:1] or [""])[0].casefold()
    opening_clause = first_word in lex.subordinators
    opens_with_preposition = first_word in PREPOSITIONS
    window_start = start
    start = _drop_connectives(text, start, end)
    # "In a statement early Saturday morning, the DNC": the phrase the dropped connective opened
    # runs on to the comma, so the words before it are no name with an apposition.
    opening_preposition = (
        opens_with_preposition
        and start > window_start
        and not text[window_start:start].rstrip().endswith(",")
    )
    start, end = _strip(text, start, end)
    participle = OPENING_PARTICIPLE.match(text, start, end)
    if participle:
        # "Typically used only to keep people safe, the Monday alert": a participle phrase set
        # off before the subject names no one
        start, end = _strip(text, participle.end(), end)
    verb = re.match(r"(?:said|says|told|added|wrote)\s+(?=\S)", text[start:end])
    if verb:
        # "said a former official who … and described it as": the speaker after an inverted cue
        start, end = _strip(text, start + verb.end(), end)
    # "… who led inquiries and [described]": a conjunction that joins two verbs is no subject.
    joined = re.search(r"\s+who\s.*?(?P<conjunction>\s+(?:and|or|but))$", text[start:end])
    if joined:
        end = start + joined.start("conjunction")
    # A trailing time or adverb belongs to the verb ("Rempel earlier this week called", "Gibson
    # also noted").
    # (only after a name or a role: not "supporters on Monday", "a poll released on Thursday")
    # (and in a short window: a long one is a clause, "the vision that emerged from Mr. Trump's
    # convention in Cleveland last week")
    timed = _TRAILING_TIME.search(text, start, end)
    if timed and len(text[start : timed.end("before")].split()) <= 8:
        before = timed.group("before")
        # (or a unit's number: "UFCW Local 832 late Friday")
        if (
            before[:1].isupper()
            or before.isdigit()
            or before.casefold() in lex.role_nouns | lex.unnamed_heads
        ):
            end = timed.end("before")
    trailing = _TRAILING_ADVERB.search(text, start, end)
    if (
        trailing
        and trailing.start() > start
        # ("who spoke anonymously": the relative clause's adverb)
        and not (
            trailing.group().strip().endswith("ly")
            and _RELATIVE_VERB_END.search(text, start, trailing.start())
        )
    ):
        end = trailing.start()
    # An age set off by commas ("Mr. King, 82, told me") is no part of the name.
    age = _AGE.search(text, start, end)
    if age and age.start() > start:
        end = age.start()
    if start >= end:
        return None
    # Apposition: "Hugh Hill, a doctor in Leeds" (the verb follows the closing comma).
    head_start, head_end, role = start, end, None
    # (not the comma of a place: "a house in Chappaqua, N.Y.", "Paris, France")
    all_commas = text.count(",", start, end)
    commas = [
        m.start() + start
        for m in re.finditer(",", text[start:end])
        if not _place_after_comma(text, m.end() + start, end)
    ]
    strong = bool(commas) and text[commas[0] + 1 : end].strip().casefold().startswith(
        ("a ", "an ", "the ")
    )
    opening = text[start : commas[0]].split() if commas else []
    if (
        closed
        and len(commas) >= 2
        and opening
        and (
            opening[0].casefold() in PREPOSITIONS
            or opening_clause
            # ("Dashing into a luncheon, Senator Capito, Republican of West Virginia, called")
            or (
                opening[0].casefold().endswith(("ing", "ed"))
                and not _is_name_phrase(text, start, commas[0])
                # (a participle, not a name's first word: "United States Citizenship and …")
                and not _capitalised_second(text[start : commas[0]])
            )
        )
    ):
        # "For his part, Brooks, who still has the cellphone, said": an opening phrase, then the
        # subject and its apposition.
        return parse_subject(text, commas[0] + 1, window_end)
    # ("Clinton, a top aide said, “is …”": a cue set off by commas inside the quoted clause, so
    # the words after the comma are its subject, not an apposition of the name before it)
    parenthetical = bool(_VERB_THEN_COMMA.match(text, window_end))
    if commas and (closed or (strong and all_commas == 1 and not parenthetical)):
        first = commas[0]
        if _OPENING_TIME.fullmatch(text[start:first].strip()) and _PAST_VERB.search(
            text, first, end
        ):
            return None  # "Last month, the government received expert [reports]": a clause
        after = text[first + 1 : end].strip()
        after_lower = after.casefold()
        opener = text[start:first].split()[0].casefold() if text[start:first].split() else ""
        if (
            after
            and opener not in PREPOSITIONS
            and not opening_preposition
            # "Although there is no overlap, a White House official said": an opening clause
            and not opening_clause
            # "The next month, a former staffer announced": an opening time, not a name
            and not _OPENING_TIME.fullmatch(text[start:first].strip())
            # ("Just days before it was to report earnings, the company said")
            and not (strong and _TIME_CLAUSE_WORD.search(text, start, first))
            # "Asked for comment, the commissioner said": an opening participle, not a name
            and not (
                opener.endswith(("ed", "ing"))
                and not _is_name_phrase(text, start, first)
                # (not a name's first word: "United States Citizenship and …")
                and not _capitalised_second(text[start:first])
            )
            and (
                after_lower.startswith(
                    ("a ", "an ", "the ", "who ", "one of ", "its ", "his ", "her ", "their ")
                )
                or (closed and after[:1].islower())
                # ("Holger Schmieding of Berenberg, Germany's largest private bank, warned")
                or (
                    closed
                    and bool(_POSSESSIVE_DESCRIPTION.match(after))
                    and "," not in after.rstrip(", ")
                )
                or (
                    after.split()[0].casefold() in lex.role_nouns
                    # (not a titled name after a description: "The judge, Justice Helen Park,")
                    and not (
                        opener in ("the", "a", "an")
                        and _is_name_phrase(text, end - len(text[first + 1 : end].lstrip()), end)
                    )
                )
                or (closed and _is_name_phrase(text, start, first) and _describes(after))
            )
            # "[… with] Sanders's team, a White House official … said", in a window that opens
            # mid-clause: the words before the comma are a fragment, not a head.
            and not (cut_mid_clause and after_lower.startswith(("a ", "an ")))
        ):
            party = _PARTY_STATE_END.search(text, start, first)
            # ("Rep. Jim Jordan (R-Ohio), an oversight member": the party is no part of it)
            head_start, head_end = _strip(text, start, party.start() if party else first)
            role = after.rstrip(", ")
        else:
            head_start, head_end = _strip(text, commas[-1] + 1, end)
            head_start = _drop_connectives(text, head_start, head_end)
            head_start, head_end = _strip(text, head_start, head_end)
            before = text[start : commas[-1]].split()
            if (
                closed
                and 2 <= len(before) <= 7
                and (before[0].casefold() in ("the", "a", "an") or before[0].endswith(("'s", "’s")))
                and before[-1].casefold().strip(",") in lex.role_nouns | organization_heads()
                and before[-1].casefold() not in lex.relation_nouns
                and "," not in " ".join(before)
            ):
                # "The bank's finance director, Diego De Giorgi, said", "The developer, Bloor
                # Homes, said": the post before the name is its role
                role = " ".join(before)
            elif closed and before and before[-1].casefold() in lex.relation_nouns:
                if _OF_SOMEONES.search(" ".join(before)):
                    # "A publicist for Thicke's son, Robin, said": the name is the relative's;
                    # the one described before it speaks.
                    head_start, head_end = _strip(text, start, commas[-1])
                else:
                    # "Spindler's father, Joseph, says": the name comes with its relation.
                    role = " ".join(before)
    elif commas:
        head_start, head_end = _strip(text, commas[-1] + 1, end)
        head_start = _drop_connectives(text, head_start, head_end)
        head_start, head_end = _strip(text, head_start, head_end)
    if head_start >= head_end:
        return None
    head = text[head_start:head_end]
    words = head.split()
    people = _PEOPLE_THEN_RELATIVE.match(head)
    if (
        people
        and people.group("noun").casefold() in lex.plural_groups | lex.unnamed_heads
        and people.group("noun").casefold() not in lex.document_nouns
        and re.search(r"\s[A-Z]", head[people.end("np") :])
    ):
        # "Additional customers that spoke with 7 On Your Side": the people, not the name in
        # their relative clause
        head_end = head_start + people.end("np")
        head = text[head_start:head_end]
        words = head.split()
    relative_clause = _RELATIVE_CUT.search(head) if len(words) > _MAX_WORDS else None
    if (
        relative_clause
        and (
            any(
                w.casefold().strip(",") in lex.unnamed_heads
                for w in head[: relative_clause.start()].split()[:6]
            )
            # ("a recent computer science graduate who asked not to be named so …")
            or words[0].casefold() in ("a", "an")
        )
        and _HOW_A_SOURCE_KNOWS.search(head, relative_clause.end())
    ):
        # "three intelligence sources who spoke to Fox News but were not authorized to speak on
        # the record": a long relative clause that says how an unnamed source knows is cut.
        head_end = head_start + relative_clause.start()
        head = text[head_start:head_end]
        words = head.split()
    if len(words) > _MAX_WORDS:
        # Too long to be a subject: keep only a trailing proper name, if any.
        tokens = _tokens(text, head_start, head_end)
        found = _split_name(text, tokens)
        if not found or found[1] - found[0] > 5:
            return None
        head_start = tokens[found[0]][1]
        head = text[head_start:head_end]
        words = head.split()
    lowered = head.casefold()
    if len(words) > 1 and words[-1] in _CUT_AFTER and not _RELATIVE_CUT.search(head):
        # "delegates from [states he won]", "the number of": a phrase cut mid-way names no one
        # (but a preposition may end a clause: "Residents the reporter spoke with said")
        return None
    if (
        len(words) > 2
        and words[-2].casefold() in lex.perception_verbs
        and words[-1] in ("him", "her", "them")
    ):
        # "Witnesses heard him [tell Kody that …]": the one heard speaks.
        return pronoun_ending_at(head_end, words[-1])
    heard = next(
        (
            i
            for i in range(len(words) - 2, max(len(words) - 5, 0) - 1, -1)
            if words[i].casefold() in lex.perception_verbs
        ),
        None,
    )
    if (
        heard is not None
        and words[heard + 1][:1].islower()
        and not {"and", "but", "or"} & set(words[heard + 1 :])
        # (people, not a thing: "saw the incident and described it")
        and words[-1].casefold() in lex.plural_groups | lex.unnamed_heads | lex.role_nouns
    ):
        # "Phillips said he heard students [shout, “…”]": the ones heard speak, a noun phrase of
        # a few words right after the verb
        start = head_end - len(" ".join(words[heard + 1 :]))
        heard_one = parse_subject(text, start, head_end)
        if heard_one is not None:
            return heard_one
    sent = _DOCUMENT_FROM.match(head)
    if sent and (sent.group("document") or sent.group("titled")).casefold() in lex.document_nouns:
        # "A statement released by the Prime Minister's Office", "a release from the union".
        group = "owner" if sent.group("owner") else "site_owner"
        owner = parse_subject(text, head_start + sent.start(group), head_start + sent.end(group))
        if owner is not None:
            return owner
    issued = _issued().match(head)
    if issued and issued.group("document").casefold() in lex.document_nouns:
        # "The diocese issued a statement on Tuesday, saying": the issuer speaks.
        return parse_subject(text, head_start, head_start + issued.end("owner"))
    # A capitalised word before another is part of a name ("Will Young", "May Chen").
    clause_words = " ".join(
        w
        for i, w in enumerate(words)
        if not (w[:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper())
    ).casefold()
    if len(words) > 1 and clause_words.startswith(_DEMONSTRATIVES):
        if words[1].casefold().strip(",") in _THOSE_WHO_KNOW:
            # "Those close to the president-elect", "those familiar with the talks", "Those
            # surveyed"
            return Mention("unnamed", head_start, head_end, head, name=head, gender="plural")
        if words[1].casefold().strip(",") not in lex.unnamed_heads | lex.role_nouns:
            return None  # "These include", "Those who …", "This means": no source
        # "these people said", "this source told": the source just described, as a description
        clause_words = clause_words.split(" ", 1)[1]
    if _DEMONSTRATIVE_INSIDE.search(clause_words):
        return None  # "Trump this week", "what that means": a demonstrative not after a preposition
    # "Two officials who were briefed on the talks": the relative clause has verbs of its own.
    relative = re.search(rf"(?<=\S){_RELATIVE_CUT.pattern}\S.*$", clause_words)
    if relative:
        clause_words = clause_words[: relative.start()]
    if (
        len(words) > 1
        and words[-1] in ("he", "she", "they")
        and words[-2].isalpha()
        and words[-2].islower()
        and words[-2] not in function_words()
        and not _NOT_A_SUBJECT.search(words[-2])
        # (a clause with its own subject follows the verb, not the gap of "documents she cited")
        and _CLAUSE_AFTER_VERB.match(text, head_end)
    ):
        # "It's something she said the board will focus on": the pronoun of a relative clause
        # with no "that", right before its verb
        return pronoun_ending_at(head_end, words[-1])
    if _NOT_A_SUBJECT.search(clause_words):
        acronym = words[-1]
        if (
            len(acronym) > 1
            and is_acronym(acronym)
            and (len(words) == 1 or (len(words) == 2 and lowered.startswith("the ")))
        ):
            # "WHO said", "according to the WHO": an acronym, not the relative pronoun
            lo = head_end - len(acronym)
            return Mention("name", lo, head_end, acronym, name=acronym, organization=True)
        return None

    if lowered in lex.pronouns and lex.pronouns[lowered] != "first":
        return Mention("pronoun", head_start, head_end, head, gender=lex.pronouns[lowered])
    contracted = _CONTRACTED_PRONOUN.fullmatch(lowered)
    if contracted:
        # "He'd rather …", "She's said": the pronoun with its auxiliary; "You've" is no one
        base = contracted.group(1)
        if lex.pronouns.get(base, "first") == "first":
            return None
        return Mention(
            "pronoun",
            head_start,
            head_start + len(base),
            head[: len(base)],
            gender=lex.pronouns[base],
        )
    if len(words) > 1 and words[-1] in ("he", "she", "they"):
        # "A few years later he argued": an adverbial, then the pronoun that is the subject.
        return pronoun_ending_at(head_end, words[-1])
    owner = _document_owner(text, head_start, head_end)
    if owner is not None:
        return owner
    body = _POSSESSED_BODY.fullmatch(head)
    if body and body.group("body").casefold() in lex.possessed_bodies:
        possessor = body.group("pronoun") or body.group("name")
        if body.group("pronoun") or all(_is_name_token(w) for w in possessor.split()):
            # "Clinton's campaign", "his office", "the Obama administration": the body speaks
            # for its owner, whom the tracker resolves.
            return Mention(
                "description",
                head_start,
                head_end,
                head,
                name=head,
                role=role,
                organization=True,
                owner=possessor.casefold() if body.group("pronoun") else possessor,
            )
    team = _WITH_TEAM.fullmatch(head)
    if team:
        # "Paganini and his team", "Smith and her colleagues": the one named leads them.
        return parse_subject(text, head_start, head_start + team.end("lead"))
    kin = _KIN.fullmatch(head)
    if kin and (
        kin.group("noun").casefold().removesuffix("s") in lex.relation_nouns
        or _AGE_NOUN.fullmatch(kin.group("noun"))
    ):
        # "his mother", "her younger brother", "my two-year-old": a relative, unnamed; "his" and
        # "her" name an owner the tracker resolves ("John Smith's mother").
        pronoun = kin.group("pronoun").casefold()
        plural = kin.group("noun").casefold().endswith("s")
        return Mention(
            "description" if pronoun in ("his", "her") else "unnamed",
            head_start,
            head_end,
            head,
            name=head,
            role=role,
            gender="plural" if plural else _gender_from_words(head),
            owner=pronoun if pronoun in ("his", "her") else None,
        )
    if all(w.strip(".,") in function_words() for w in lowered.split()):
        # Only determiners, adverbs or connectives ("the", "Somehow"): nobody is named.
        return None
    if lowered in lex.unspecified_sources:
        return Mention("unspecified", head_start, head_end, head, name=head, role=role)
    outlet = outlet_table().lookup_name(head)
    if outlet is None and _DOMAIN.fullmatch(head):
        # "according to ouest-france.fr", "Tchadinfos.com reported": a site by its address.
        outlet = outlet_table().lookup_host(head)
        if outlet is None:
            return Mention("name", head_start, head_end, head, name=head, organization=True)
    if outlet is not None:
        # A known outlet, even one whose name is also a photo credit ("Reuters", "AP").
        return Mention(
            "name", head_start, head_end, head, name=outlet.name, role=role, organization=True
        )
    if lowered in _demonyms():
        # "the Frenchman said", "the Argentine": a person by where they are from
        return _description(head_start, head_end, head, role)
    known = re.sub(r"^[Tt]he\s+", "", head)
    if known in lex.known_organizations:
        # "Apple declined to comment": a company named by one word, not a person
        return Mention(
            "name", head_end - len(known), head_end, known, name=known, role=role, organization=True
        )
    body = _organization_name(head)
    if body is not None:
        # "the Department of Justice", "the Justice Department": a body's proper name, which the
        # name splitter would take apart ("Justice" is also a title).
        return Mention(
            "name",
            head_start + body.start("name"),
            head_end,
            body.group("name"),
            name=body.group("name"),
            role=role,
            organization=True,
        )
    last = words[-1]
    after_role = len(words) > 1 and words[-2].casefold() in lex.role_nouns
    if (
        (
            last in lex.titles
            or (last in lex.not_names and after_role)
            # (not a source noun: "Official says", "Lawmaker urges" in a headline are unnamed)
            or (
                len(words) == 1
                and last.casefold() in lex.role_nouns
                and last.casefold() not in lex.unnamed_heads
            )
        )
        and last.isalpha()
        and last[:1].isupper()
        and last[1:].islower()
        and (len(words) == 1 or after_role)
    ):
        # "Major said", "Canadian actor Oh said", "says Doctor": a title, an interjection or a
        # capitalised role alone is no subject in English, so it is a surname ("Robert Major",
        # "Sandra Oh", "Ken Doctor"); the tracker keeps it only for a person named in full.
        role = " ".join(words[:-1]) or None
        return Mention("name", head_end - len(last), head_end, last, name=last, role=role)
    tokens = _tokens(text, head_start, head_end)
    affiliated = _affiliated_name(text, tokens)
    if affiliated is not None:
        # "Tim Guest with the Nova Scotia Health Authority": the person, with an affiliation.
        k, found = affiliated
        affiliation = text[tokens[k][1] : head_end]
        head_end = tokens[k - 1][2]
        head = text[head_start:head_end]
        words = head.split()
        tokens = tokens[:k]
    else:
        affiliation = ""
        found = _split_name(text, tokens)
        located = next((k for k, t in enumerate(tokens) if k > 2 and t[0] in ("at", "in")), None)
        if (
            found is not None
            and located is not None
            and words[0] in ("the", "The")
            and words[1][:1].isupper()
            and found[0] > located
        ):
            # "the Roper Center for Public Opinion Research at Cornell University in New York":
            # the organisation named first; where it is does not speak.
            affiliation = text[tokens[located][1] : head_end]
            head_end = tokens[located - 1][2]
            head = text[head_start:head_end]
            words = head.split()
            tokens = tokens[:located]
            found = _split_name(text, tokens)
    if (
        found is not None
        and any(
            t[0] in _RELATIVES
            # ("figures that were released by Crowdpac")
            or (t[0] == "that" and k + 1 < len(tokens) and tokens[k + 1][0] in RELATIVE_AUXILIARIES)
            for k, t in enumerate(tokens[: found[0]])
            if k
        )
    ):
        # "officials who spoke with The Huffington Post": a name inside a relative clause
        # qualifies the head noun before it; it is not the subject.
        found = None
    if found is not None and _common_noun_head(tokens, found):
        # "A Bloomberg poll", "Connecticut's tax commissioner", "Polls": the proper name only
        # qualifies a common noun, which is the head; nobody is named.
        found = None
    first_word = words[0].casefold()
    if (
        found is None
        or (
            (
                first_word in ("a", "an", "one", "some", "two", "three", "several", "many")
                or first_word in lex.unnamed_heads
                # "prosecutors in San Francisco and Los Angeles"
                or first_word in lex.plural_groups
                # "Federal officials familiar with …", "current and former officials in the FBI"
                or any(t[0] in lex.unnamed_heads for t in tokens[1 : found[0]])
                # "the former aide to …", not "the Roper Center for … in New York"
                or (first_word == "the" and len(words) > 1 and words[1][:1].islower())
                # "China's ambassador to Britain", "The Lord Mayor of London": an owner's or a
                # titled post, whose place is no speaker
                or (
                    (first_word.endswith(("'s", "’s")) or first_word == "the")
                    and any(t[0].casefold() in lex.role_nouns for t in tokens[1 : found[0]])
                )
            )
            and _after_preposition(tokens, found[0])
        )
    ):
        # No proper name as the head: a description ("the spokesman") or an unnamed source.
        if not any(c.isalpha() for c in head) or lowered in ("a", "an"):
            return None  # (an article alone names no one: "A letter … calls")
        # "Two officials who were briefed on the talks": the relative clause says how they know,
        # but the head noun comes before it, and a long one is cut ("a senior aide who spoke on
        # condition of anonymity to describe private conversations" is "a senior aide").
        cut = _RELATIVE_CUT.search(head) if relative else None
        if cut and len(words) > 9:
            head_end = head_start + cut.start()
            head = text[head_start:head_end]
            words = head.split()
            cut = None
        participle = _PARTICIPLE_AFTER_HEAD.search(head) if len(words) > 9 else None
        if participle and any(
            w.casefold() in lex.unnamed_heads for w in head[: participle.start()].split()
        ):
            # "Federal officials familiar with the server taken from Mrs. Clinton's house in
            # Chappaqua": a participle phrase after the head noun's complement is cut.
            head_end = head_start + participle.start()
            # (a relative pronoun before it goes too: "A 2014 study that appeared in …")
            pronoun = re.search(r"\s+(?:that|which|who)\s*$", text[head_start:head_end])
            if pronoun:
                head_end = head_start + pronoun.start()
            head = text[head_start:head_end]
            words = head.split()
        # (a longer phrase only when an unnamed head noun comes early, before its complement:
        # "current and former officials in the FBI and at the Justice Department")
        early_head = next((k for k, w in enumerate(words[:5]) if w in lex.unnamed_heads), None)
        if early_head is not None and any(w.casefold() in lex.pronouns for w in words[:early_head]):
            early_head = None  # "he works closely with advisers to …": a clause
        if len(words) > (
            14
            if early_head is not None
            and early_head + 1 < len(words)
            and words[early_head + 1] in _COMPLEMENT_PREPOSITIONS
            else 9
        ):
            return None
        last = (head[: cut.start()] if cut else head).split()[-1].casefold().strip(".")
        head_nouns = {w.casefold().strip(".,") for w in words}
        # "The former sergeant-at-arms of the House of Commons": the head ends before "of".
        described = next(
            (k for k, w in enumerate(words) if k and w in _COMPLEMENT_PREPOSITIONS), len(words)
        )
        unnamed = (
            first_word in lex.unnamed_determiners
            or last in lex.unnamed_heads
            or lowered in lex.plural_groups
            # ("prosecutors in San Francisco", "Staff for the House committee"; not a clause:
            # "Republicans on Capitol Hill seized on …", "Democrats rebut")
            or (first_word in lex.plural_groups and _group_phrase(words))
            or "familiar with" in lowered
            or bool(head_nouns & lex.unnamed_heads)
            # people by what they do: "technologists", "politicians", "physicians"
            or bool(_PEOPLE_PLURAL.fullmatch(last))
        )
        # "China's ambassador", "Canada's foreign minister": a definite description too
        # (or a full name's: "Donald Trump's campaign manager")
        possessor = next(
            (k for k, w in enumerate(words[:4]) if w.endswith(("’s", "'s"))), len(words)
        )
        possessed_role = (
            possessor < described - 1
            and all(w[:1].isupper() for w in words[: possessor + 1])
            and words[described - 1].casefold().strip(".,") in lex.role_nouns
            and not unnamed
        )
        # "China's foreign ministry", "Nigeria's army": a body described by its owner
        possessed_body = (
            possessor == 0
            and words[0][:1].isupper()
            and words[described - 1].casefold().strip(".,") in organization_heads()
            and not unnamed
        )
        if (first_word in ("the", "this", "that", "these", "those") or possessed_role) and (
            described <= 6
        ):
            return _description(
                head_start, head_end, head, role, organization=_organization_description(lowered)
            )
        if possessed_body and described <= 6:
            return _description(head_start, head_end, head, role, organization=True)
        if unnamed and _NO_NOUN_PHRASE_START.match(" ".join(words[:2])):
            # "trying to keep students safe", "in healthy individuals", "to release a
            # statement": a participle, a preposition or an infinitive opens no subject
            return None
        if unnamed:
            # (the people before where they are count too: "20 percent of voters in Iowa")
            placed = _PLACED_HEAD.search(head)
            plural = any(
                w in lex.plural_groups or (w.endswith("s") and w != "news")
                for w in (last, placed.group("noun").casefold() if placed else "")
            ) or any(
                # (a group before its complement: "Two people familiar with the matter"; not
                # one inside a clause: "39 percent blame his supporters and 22 percent")
                w.casefold() in lex.plural_groups
                for w in words[: min(described, 3)]
            )
            if (
                not plural
                and any(
                    _COUNT.fullmatch(w.casefold())
                    and not (k and words[k - 1] in _NUMBER_SIGNS)
                    # ("a 2014 study", "One influential 2009 paper": a year, no count)
                    and not (
                        _YEAR.fullmatch(w)
                        and {x.casefold() for x in words[max(0, k - 2) : k]} & _ARTICLES_AND_ONE
                    )
                    for k, w in enumerate(words[:-1])
                )
            ):
                # "more than 50 member states": a count of one noun qualifies another (but "A No 10
                # spokesman" is Downing Street's)
                return None
            return Mention(
                "unnamed",
                head_start,
                head_end,
                head,
                name=head,
                role=role,
                gender="plural" if plural else _gender_from_words(head),
            )
        return None
    i, j = found
    joint = _joint_name(text, tokens, i, j)
    if joint is not None:
        i = joint  # "Tore Sohlberg and Lehla Abreder said": the two speak together
    name_start = tokens[i][1]
    name_end = tokens[j - 1][2]
    name = text[name_start:name_end]
    if name.endswith(("’s", "'s")):
        return None
    if name in lex.places and i == 1 and tokens[0][1] == head_start and tokens[0][0][:1].isupper():
        # "Rally Canada": a capitalised word before a country names a body, not a role.
        name_start = head_start
        name = text[name_start:name_end]
    if j - i == 1 and i > 0 and tokens[i - 1][0] in lex.one_name_titles:
        # "Prince Andrew", "Pope Francis": known by title and one name, both are the name
        name_start = tokens[i - 1][1]
        name = text[name_start:name_end]
    prefix = text[head_start:name_start].strip()
    # "the United Nations", "The Kenya Red Cross": a name of two words or more after "the" is a
    # body's, unless a given name or a title opens it (one word may be a people's, a family's
    # or a state's: "the Saudis", "the Ebelings", "the Texan")
    the_body = (
        prefix.casefold() == "the"
        and " " in name
        and not (
            name.split()[0].casefold() in first_names() or name.split()[0].rstrip(".") in lex.titles
        )
    )
    if prefix and prefix.casefold() in ("the", "a", "an"):
        prefix = ""
    role_parts = [p for p in (" ".join(filter(None, (prefix, affiliation))), role) if p]
    full_role = ", ".join(role_parts) if role_parts else None
    title_only = (
        bool(prefix)
        and all(t[0] in lex.titles or t[0].rstrip(".") in lex.titles for t in tokens[:i])
        and prefix.rstrip(".") in COURTESY_TITLES
    )
    if title_only:
        full_role = ", ".join(p for p in (affiliation, role) if p) or None
    # "Canada has asked", "Statistics Canada": a country, or a name ending in one, is a body.
    organization = (
        _is_organization(name)
        or lex.ends_in_place(name)
        or the_body
        # ("a sign the Fed feels …": a known body inside a longer phrase)
        or name in lex.known_organizations
    )
    return Mention(
        "name",
        head_start,
        head_end,
        head,
        name=name,
        role=full_role,
        gender=None
        if organization
        else "plural"
        if joint is not None
        else _gender_from_words(f"{prefix} {role or ''}") or _gender_from_name(name),
        organization=organization,
    )


def _joint_name(text: str, tokens: list[tuple[str, int, int]], i: int, j: int) -> int | None:
    """Where two full names joined by "and" start ("Tore Sohlberg and Lehla Abreder"): both
    of two words or more and neither an organisation, or both organisations ("The United
    Nations and European Union"); None when the name stands alone."""
    if i < 2 or tokens[i - 1][0] != "and":
        return None
    other = _split_name(text, tokens[: i - 1])
    if other is None or other[1] != i - 1:
        return None
    first = text[tokens[other[0]][1] : tokens[other[1] - 1][2]]
    second = text[tokens[i][1] : tokens[j - 1][2]]
    if first.endswith(("’s", "'s")):
        return None
    if _is_organization(first) and _is_organization(second):
        # "The United Nations and European Union stressed": two bodies speak together
        return other[0]
    if (
        i < 3
        or j - i < 2
        or other[1] - other[0] < 2
        or _is_organization(first)
        or _is_organization(second)
    ):
        return None
    return other[0]


#: "A statement released by the Prime Minister's Office": a document and who sent it.
_DOCUMENT_FROM = re.compile(
    r"(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?P<document>[\w-]+)\s+"
    r"(?:(?:released|issued|published|sent|posted|put\s+out|distributed)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:by|from)\s+(?P<owner>[^,]+)$"
    # (or a titled one on its owner's site: "a document titled White Paper: … on Canadian Pacific
    # Railway's website")
    r"|(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?P<titled>[\w-]+)\s+(?:titled|entitled|called)\s+"
    r"[^,]+?\s+on\s+(?:the\s+)?(?P<site_owner>[^,]+?)['’]s?\s+(?:website|site|blog|web\s+page)$"
)


#: "The diocese issued a second statement on Tuesday": who issued a document.
@cache
def _issued() -> re.Pattern[str]:
    """Who put a document out, before the comma of its participle: "The diocese issued a
    statement on Tuesday[, saying …]" (`issuing_verbs`)."""
    verbs = "|".join(
        re.escape(v).replace(r"\ ", r"\s+")
        for v in sorted(attribution_lexicon().issuing_verbs, key=len, reverse=True)
    )
    return re.compile(
        r"(?P<owner>[^,]+?)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
        rf"(?:{verbs})\s+"
        r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?P<document>[\w-]+)"
        r"(?:\s+(?:on|in|late|early|last|this|earlier|to|from)\b[^,]*)?$"
    )


#: A clause opening with one of these is an adverbial ("In his ruling, the judge said").
PREPOSITIONS = attribution_lexicon().clause_prepositions
_AFFILIATION = frozenset({"with", "at", "of", "from", "for"})


def _affiliated_name(
    text: str, tokens: list[tuple[str, int, int]]
) -> tuple[int, tuple[int, int]] | None:
    """A person's name of two or more words followed by an affiliation ("Kent Moore at the
    University of Toronto"), or a surname and an outlet ("Wee of the Times"): (index of the
    preposition, the name's token range)."""
    for k in range(1, len(tokens) - 1):
        if tokens[k][0] not in _AFFILIATION:
            continue
        nxt = tokens[k + 1][0]
        if nxt in ("the", "The") and k + 2 < len(tokens):
            nxt = tokens[k + 2][0]
        if not nxt[:1].isupper():
            return None
        found = _split_name(text, tokens[:k])
        if found is None or found[1] != k:
            return None
        if found[1] - found[0] < 2 and not (
            # ("Wee of the Times": a surname alone, of an outlet)
            found[0] == 0
            and outlet_table().lookup_name(text[tokens[k + 1][1] : tokens[-1][2]].rstrip(",."))
        ):
            return None
        name = text[tokens[found[0]][1] : tokens[k - 1][2]]
        if _is_organization(name) or outlet_table().lookup_name(name):
            return None
        return k, found
    return None


#: What follows a group noun inside its noun phrase: a complement, a relative, an aside.
_AFTER_GROUP = _COMPLEMENT_PREPOSITIONS | {"who", "that", "familiar", "--", "—"}


def _group_phrase(words: list[str]) -> bool:
    """Whether words led by a group noun are one noun phrase: the noun alone, or with a
    complement or relative clause after it, and no verb of its own outside that clause."""
    groups = attribution_lexicon().plural_groups
    if len(words) >= 3 and words[1] in ("and", "or") and words[2].casefold() in groups:
        words = words[2:]  # "Democrats and Republicans in Congress"
    if len(words) == 1:
        return True
    if words[1].casefold() not in _AFTER_GROUP:
        return False
    relative = next((k for k, w in enumerate(words) if w in ("who", "that")), len(words))
    return not any(w.endswith("ed") for w in words[2:relative])


def _is_name_phrase(text: str, start: int, end: int) -> bool:
    """Every word a capitalised name word or a title: "Dr. Robert Strang"."""
    lex = attribution_lexicon()
    tokens = [t[0] for t in _tokens(text, start, end)]
    return (
        bool(tokens)
        and any(_is_name_token(t) for t in tokens)
        and all(_is_name_token(t) or t in lex.titles or t.lower() in NAME_PARTICLES for t in tokens)
    )


def _describes(phrase: str) -> bool:
    """An apposition that describes: it has a role noun or a lower-case head word ("Nova Scotia's
    chief medical officer of health")."""
    words = [w.strip(".,").casefold() for w in phrase.split()]
    lex = attribution_lexicon()
    return any(w in lex.role_nouns for w in words) or (
        len(words) >= 2 and any(w[:1].islower() for w in phrase.split()[1:])
    )


def _document_owner(text: str, start: int, end: int) -> Mention | None:
    """The author of an owned document: "her statement" -> her, "The RCMP statement" and "the
    union's Friday release" -> the RCMP, the union (what a document says, its owner says)."""
    lex = attribution_lexicon()
    words = text[start:end].split()
    if len(words) < 2 or len(words) > 8 or words[-1].casefold() not in lex.document_nouns:
        return None
    lowered = words[0].casefold()
    if lowered in ("his", "her", "their", "its") and len(words) <= 4:
        return Mention("pronoun", start, end, text[start:end], gender=lex.pronouns[lowered])
    # The owner ends at a possessive ("the union's Friday release") or is a proper name right
    # before the lower-case document words ("The RCMP statement").
    m = re.match(
        r"(?P<owner>.+?)(?:(?P<pos>['’]s)\s+(?:[\w-]+\s+){0,2}|\s+(?:[a-z][\w-]*\s+){0,2})[a-z][\w-]*$",
        text[start:end],
    )
    if m is None:
        return None
    owner_end = start + m.end("owner")
    owner = m.group("owner")
    if not m.group("pos") and not any(
        w[:1].isupper() and w not in lex.not_names for w in owner.split()
    ):
        return None  # "the civil claim", "a new report": no owner named
    if not m.group("pos"):
        # ("A new Quinnipiac University poll": the name, without the words before it)
        lead = re.match(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])", owner)
        rest = owner[lead.end() :] if lead else ""
        # (a name of two words or a known body, not an adjective: "The Israeli election results")
        if lead and (len(rest.split()) > 1 or rest in lex.known_organizations):
            start += lead.end()
            owner = owner[lead.end() :]
        named = owner.split()
        for k in range(len(named) - 1, 0, -1):
            outlet = outlet_table().lookup_name(" ".join(named[:k]))
            if outlet is not None:
                # "a new CBS News Battleground Tracker poll": the outlet's own poll
                stop = start + len(" ".join(named[:k]))
                return Mention(
                    "name", start, stop, text[start:stop], name=outlet.name, organization=True
                )
    mention = parse_subject(text, start, owner_end)
    if mention is None or mention.kind not in ("name", "description"):
        return None
    if mention.kind == "description" and not mention.organization:
        return None
    return mention


def _named_after_description(text: str, start: int, comma: int, end: int) -> Mention | None:
    """`said [a former spokesman for the ministry], [Oleg Voloshyn], who …`: the name set off after
    a description is the speaker, and the description is the role."""
    if not text[start : start + 1].islower():
        return None
    description = text[start:comma].strip()
    if not _describes(description):
        return None
    name_end = text.find(",", comma + 1, end)
    name_start, name_end = _strip(text, comma + 1, name_end if name_end >= 0 else end)
    if text[name_end - 1 : name_end] == "." and text[name_end - 2 : name_end - 1].islower():
        name_end -= 1  # the sentence's period
    if name_start >= name_end or not _is_name_phrase(text, name_start, name_end):
        return None
    mention = parse_subject(text, name_start, name_end)
    if mention is None or mention.kind != "name" or mention.organization:
        return None
    return replace(mention, role=mention.role or description)


#: An age before a name after an inverted cue ("said 43-year-old Martin Taylor").
_AGE_FIRST = re.compile(r"(?:(?:a|the)\s+)?\d+-year-old\s+")


#: A sentence's end.
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def parse_inverted(text: str, start: int, end: int) -> Mention | None:
    """The speaker after an inverted cue: `said [Rockets general manager Bruce Hamilton] before
    turning to ...`, `says [Dr. Matthew Bowes, Nova Scotia's chief medical examiner]`.

    The naming words come first; they end at a comma (what follows is an apposition, the role) or
    at the first lower-case word that is no role, title or name particle.
    """
    lex = attribution_lexicon()
    start, end = _strip(text, start, end)
    if start >= end:
        return None
    if re.match(r"(?:that|which|what|how|whether|if)\b", text[start:end]):
        return None  # "suggests that Phoenix and its officers …": a clause, not a speaker
    stop = _SENTENCE_STOP.search(text, end)
    # (the words run past a title's colon: "titled White Paper: Railroading in … on …'s website")
    titled = _DOCUMENT_FROM.match(text[start : stop.start() if stop else len(text)])
    if (
        titled
        and titled.group("titled")
        and titled.group("titled").casefold() in lex.document_nouns
    ):
        # "says a document titled White Paper: … on Canadian Pacific Railway's website": its owner
        return parse_subject(
            text, start + titled.start("site_owner"), start + titled.end("site_owner")
        )
    age = _AGE_FIRST.match(text, start, end)
    if age and text[age.end() : age.end() + 1].isupper():
        start = age.end()  # "wrote 43-year-old Martin Taylor of Aberdeenshire"
    comma = text.find(",", start, end)
    head_end = comma if comma >= 0 else end
    role: str | None = None
    if comma >= 0:
        rest = text[comma + 1 : end]
        role = rest.split(",")[0].strip() or None
        named = _named_after_description(text, start, comma, end)
        if named is not None:
            return named
    seen_name = False
    for m in _TOKEN.finditer(text, start, head_end):
        token = m.group(0)
        lower = token.casefold().rstrip(".;:")
        if _is_name_token(token) or token in lex.titles or token.rstrip(".") in lex.titles:
            seen_name = seen_name or _is_name_token(token)
            continue
        if (
            lower in NAME_PARTICLES
            or lower in lex.role_nouns
            or lower in lex.unnamed_heads
            or lower in ("of", "the", "and")
        ):
            continue  # "said one Democratic source on the panel": the head noun is no name
        following = [
            t.group(0).casefold().strip(".;:") for t in _TOKEN.finditer(text, m.end(), head_end)
        ][:2]
        if token[:1].islower() and any(
            w in lex.unnamed_heads or w in lex.role_nouns for w in following
        ):
            continue  # "said one former GOP leadership aide": a modifier before the head noun
        if _possessive_title(token):
            continue  # "the Prime Minister's Office"
        if seen_name or not token[:1].isalpha():
            head_end = m.start()
            break
    mention = parse_subject(text, start, head_end)
    if mention is None or mention.role or not role:
        return mention
    if role.split()[0].casefold() in ("who", "which", "whose", "that"):
        return mention
    return replace(mention, role=role)
