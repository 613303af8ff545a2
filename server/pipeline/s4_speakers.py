"""Stage 4, speakers: who says each quote, and reported speech with its source.

1. each quote's cue is looked for right after it (`,” Kirby said`, `,” said Kirby, a spokesman`),
   then right before it (`He said: “`, `According to Kirby, “`), then anywhere earlier in its
   sentence (a partial quote takes the sentence's speaker);
2. sentences outside direct quotes are read for reported speech (`X said that`, `according to X`,
   `X told reporters`, `X cites Y`, `CLAIM, X said.`);
3. all the speech events are walked in text order; names, pronouns and descriptions are resolved
   to entities (one canonical full name each, with aliases), a floating quote inherits the speaker
   of the quote it continues;
4. quotes are classified: direct, partial, term (short quoted words no one is said to say), block,
   headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from server.lexicon import attribution_lexicon, load_data, outlet_table
from server.pipeline.mentions import (
    COURTESY_TITLES,
    NAME_PARTICLES,
    PARTY_STATE,
    TITLE_ABBREVIATIONS,
    WEEKDAY,
    Mention,
    is_acronym,
    organization_heads,
    parse_inverted,
    parse_subject,
    person_gender,
    pronoun_ending_at,
    starts_full_name,
)
from server.pipeline.model import (
    Article,
    AttributionKind,
    Resolution,
    Segmentation,
    SourceKind,
    Span,
    TextSpan,
)
from server.pipeline.s2_segmentation import sentence_breaks
from server.pipeline.s3_quotes import RawQuote

_ADVERB = r"(?:also|later|then|previously|earlier|again|once|further|finally|first|\w+ly)"
#: When something was said: "on Friday", "in a statement", "earlier this week" (but not "this is"
#: or "at least 20", which open the claim).
_TIME = (
    r"(?:(?:on|in|during|at(?!\s+(?:least|most|all)\b))\s+[^,.;:!?“”\"]{1,40}?"
    r"|(?:last|this|next|earlier|later|late|early)(?:\s+(?:this|last|in|on)(?:\s+the)?)?\s+"
    rf"(?:week|weekend|month|year|morning|afternoon|evening|night|day|season|{WEEKDAY})s?"
    rf"|(?:{WEEKDAY}|today|yesterday|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)"
)
_OBJECT = (
    r"(?:reporters|journalists|the\s+[\w-]+(?:\s+[A-Z][\w-]+){0,4}"
    rf"|(?!{WEEKDAY}\b)(?:The\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,4}}|him|her|them|us|me"
    r"|[a-z]+\s+reporters|a\s+[\w\s-]{1,30}?)"
)

TERM_MAX_WORDS = 4
_MARKS_AND_SPACE = "“”\"„«»‘’'‚‹› \t\n"


#: Not a sentence end: a period after a title abbreviation or an initial ("Dr. Bowes", "J. Smith").
#: One character of a speaker's noun phrase: anything but sentence punctuation, except the
#: period of a title abbreviation or an initial.
#: (Case-sensitive even inside a case-insensitive pattern: "y." of "Kirby." is no initial.)
_ABBREVIATION = r"(?-i:(?:" + "|".join(TITLE_ABBREVIATIONS) + r"|[A-Z])\.)"
_NP = rf"(?:{_ABBREVIATION}|{PARTY_STATE}|[^.;:!?“”\"])"
#: The same within a clause: no comma either ("…, advisers to Mr. Obama say, …").
_NP_IN_CLAUSE = rf"(?:{_ABBREVIATION}|{PARTY_STATE}|[^,.;:!?“”\"])"


#: A verb form right after a determiner or possessive is a noun ("the post read", "her report").
_NOT_AFTER_DETERMINER = "".join(
    rf"(?<!\b{d} )"
    for d in ("the", "The", "a", "A", "an", "An", "its", "his", "her", "their", "Its", "His", "Her")
)


def _trie(words: Iterable[str]) -> str:
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
def _verb_pattern() -> str:
    lex = attribution_lexicon()
    forms = sorted(lex.quote_cue_verbs | {"according to"}, key=len, reverse=True)
    finite = [f for f in forms if not f.endswith("ing") or f == "saying"]
    # A participle is a cue only after a comma (", adding"), not after a noun ("a statement
    # claiming responsibility").
    participles = [f for f in forms if f not in finite]
    alternatives = [_trie(finite)]
    if participles:
        alternatives.append("(?<=,\\s)" + _trie(participles))
    return _NOT_AFTER_DETERMINER + "(?:" + "|".join(alternatives) + ")"


@cache
def _cue_verb() -> str:
    """A cue verb that is not a noun: no determiner before it, no other cue verb right after it
    ("the civil claim said": the verb is "said")."""
    return rf"{_verb_pattern()}(?!\s+{_verb_pattern()}\b)"


@cache
def _reporting_pattern() -> str:
    lex = attribution_lexicon()
    forms = sorted(set(lex.reporting_forms) - lex.ambiguous_verbs, key=len, reverse=True)
    # Participles (", adding that", ", saying") only right after a comma, as for quote cues.
    participles = sorted(
        {f for f in lex.quote_cue_verbs | set(lex.reporting_forms) if f.endswith("ing")},
        key=len,
        reverse=True,
    )
    alternatives = [_trie(f for f in forms if not f.endswith("ing"))]
    # (", adding that", or "responded by saying": the participle's subject is the sentence's)
    alternatives.append("(?:(?<=,\\s)|(?<=\\bby\\s))" + _trie(participles))
    # ("released a statement saying": after a document the subject put out; see _issued)
    # (or after a day: "issued a statement Tuesday saying")
    after_document = "|".join(
        [*(rf"(?<=\b{re.escape(d)}\s)" for d in sorted(lex.issued_documents)), r"(?<=day\s)"]
    )
    alternatives.append(f"(?:{after_document})" + _trie(participles))
    # "Some note that …", "Officials fear that …": a verb that is also a noun, or a belief,
    # reports when "that" follows it.
    alternatives.append(_trie(lex.that_verbs) + r"(?=\s+that\b)")
    # "Some officials think Wasserman Schultz is at risk": a belief before a clause with its own
    # subject and auxiliary.
    alternatives.append(_trie(lex.belief_verbs) + _BARE_CLAUSE)
    return "(?:" + "|".join(alternatives) + ")"


#: A clause after a verb, with no "that": a subject (not a preposition or a wh-word: "worry
#: about whether it will") and, within a few words, an auxiliary or modal.
_AUXILIARY_WORD = (
    r"(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|does|did|"
    r"isn['’]t|aren['’]t|won['’]t|wouldn['’]t|can['’]t|doesn['’]t)\b"
)
#: A word inside a clause's subject: not one that opens another clause or a complement ("felt
#: comfortable with this arrangement because they could").
_SUBJECT_WORD = r"(?!(?:because|since|after|before|when|while|if|unless|although|but)\b)[\w'’.-]+"
_BARE_CLAUSE = (
    r"(?=\s+(?!(?:about|for|of|to|like|so|in|on|at|with|if|whether|how|what|why|when|where|"
    r"who|which|as|than|too|very|more|less|much|bad|good|strongly|deeply|free|sorry|tank|"
    r"comfortable|confident|sure|certain|compelled|obliged)\b)"
    # (a subject may hold commas: "hoped the meeting, requested by Sanders, would be")
    rf"[\w'’.-]+(?:,?\s+{_SUBJECT_WORD}){{0,5}}?,?\s+{_AUXILIARY_WORD})"
)


@cache
def _reporting_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<verb>{_reporting_pattern()})\b")


@cache
def _post_inverted() -> re.Pattern[str]:
    # ,” said Kirby, a spokesman for the council.
    return re.compile(
        rf"^\s*[,—–-]?\s*(?P<verb>{_verb_pattern()})\s+(?P<np>{_NP}{{1,300}}?)\s*(?=[.;:!?“\"]|$)"
    )


@cache
def _post_normal() -> re.Pattern[str]:
    # ,” Kirby said.  ,” he told reporters on Friday.
    return re.compile(
        rf"^\s*[,—–-]?\s*(?P<np>{_NP}{{1,120}}?)\s+(?:{_ADVERB}\s+)?(?P<verb>{_cue_verb()})(?P<obj>\s+{_OBJECT})?\b"
    )


@cache
def _post_apposition() -> re.Pattern[str]:
    # ,” Leonard E. Burman, director of the … Center and a professor at …, said of the plan.
    return re.compile(
        rf"^\s*[,—–-]?\s*(?P<np>(?:{_ABBREVIATION}|[A-Z][\w'’-]*)(?:\s+(?:{_ABBREVIATION}|[A-Z][\w'’-]*)){{0,4}}"
        # (an apposition may hold commas: "…, a fellow at the institute in Garching, Germany,
        # and co-author of the study, said")
        rf"(?:,\s+{_NP_IN_CLAUSE}{{1,200}}?){{1,4}},)\s+(?:{_ADVERB}\s+)?(?P<verb>{_cue_verb()})"
        rf"(?P<obj>\s+{_OBJECT})?\b"
    )


@cache
def _pre_cue() -> re.Pattern[str]:
    # He said: “   Kirby told reporters on Friday, “   She added that “
    return re.compile(
        rf"(?P<np>[^.;!?“”\"]{{1,160}}?)\s+(?:{_ADVERB}\s+)?(?P<verb>{_cue_verb()})(?P<obj>\s+{_OBJECT})?(?:\s+{_TIME})?(?:\s+(?:in|on)\s+(?:(?:a|an|the)\s+[\w\s-]{{1,30}}?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}))?\s*(?P<punct>[,:]|that|—|–)?\s*$"
    )


@cache
def _pre_inverted() -> re.Pattern[str]:
    # Said Dorothy Poynter, who grew up with Ali, “   Continued Stone: “
    return re.compile(
        rf"(?:^|[.!?]\s+|\n)\s*(?P<verb>(?i:{_verb_pattern()}))\s+"
        rf"(?P<np>(?-i:[A-Z]){_NP}{{0,200}}?)\s*[,:]\s*$"
    )


#: ”— Carla Sanchez.  A quote signed with its speaker's name after a dash.
_POST_SIGNATURE = re.compile(r"^\s*[—―–-]\s*(?P<np>[A-Z][^.;:!?“”\"—―–]{1,80}?)\s*(?:[.;]\s*)?$")
#: Carl Bialik: “   A speaker's name alone, then a colon, as in a transcript or a round-up.
_NAME_COLON = re.compile(
    r"(?:^|[.!?—–-]\s+|\n)\s*(?P<np>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})\s*:\s*$"
)
_COLON_INTRO = re.compile(
    r"^\s*(?P<np>[^:;]{1,120}?)\s+(?P<verb>is|was|are|were|has|had|put it|puts it|"
    r"had this to say|offered|summed it up|[a-z]+ed)\b[^:]*:\s*$"
)
_ACCORDING_PRE = re.compile(
    # (with an apposition: "According to his aunt, Jane Starner, “…”")
    r"(?i)\baccording to\s+(?P<np>[^,.;:!?“”\"]{1,100}?(?:,\s*[^,.;:!?“”\"]{1,60}?)?)\s*,\s*$"
)


@dataclass(slots=True)
class Entity:
    """One source as the text tracks it: a canonical name and every way it is named."""

    key: int
    name: str
    kind: SourceKind
    named: bool
    role: str | None = None
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    last_pos: int = 0
    via: int | None = None
    description: str | None = None


@dataclass(slots=True)
class SpeakerChoice:
    entity: int | None
    mention: TextSpan | None
    resolution: Resolution
    confidence: float


@dataclass(slots=True)
class AttributedQuote:
    raw: RawQuote
    kind: str
    speaker: SpeakerChoice
    cue: TextSpan | None


@dataclass(frozen=True, slots=True)
class FoundClaim:
    """Reported speech as found in a sentence, before its speaker is resolved."""

    mention: Mention  # the words naming the source
    kind: AttributionKind
    cue: TextSpan
    claim: Span


@dataclass(slots=True)
class Reported:
    """Reported speech: who, the cue words, the claim."""

    entity: int
    kind: AttributionKind
    cue: TextSpan
    claim: Span
    mention: Span


@dataclass(slots=True)
class SpeakerAnalysis:
    quotes: list[AttributedQuote]
    reported: list[Reported]
    entities: list[Entity]
    language: str


class Tracker:
    """Entities in order of mention; resolves names, pronouns and descriptions to them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        #: Surname -> the full names ending in it, with where each is written.
        self.full_names: dict[str, list[tuple[int, str]]] = {}
        #: Family name first ("Hua" for Hua Chunying), used only when no surname matches.
        self.given_names: dict[str, str] = {}
        #: Organisation names written in the text, spoken for or not, in text order.
        self.organizations: list[OrganizationMention] = []
        #: Keys of the entities already given a quote or a reported claim.
        self.spoke: set[int] = set()
        #: Keys of the bodies named after their owner ("Hillary Clinton’s campaign").
        self.bodies: set[int] = set()
        self.text = ""

    def _touch(self, entity: Entity, span: Span) -> Entity:
        if span not in entity.mentions:
            entity.mentions.append(span)
        entity.last_pos = max(entity.last_pos, span.end)
        return entity

    def _new(self, name: str, kind: SourceKind, named: bool, mention: Mention) -> Entity:
        entity = Entity(
            key=len(self.entities),
            name=name,
            kind=kind,
            named=named,
            role=mention.role,
            gender=mention.gender,
        )
        self.entities.append(entity)
        return entity

    def full_name(self, surname: str, pos: int, gender: str | None = None) -> str | None:
        """The full name a bare surname stands for: the latest one written before `pos`, or else
        the first one (the "Belkacemi" of a paragraph is the Belkacemi named last). A title's
        gender chooses between namesakes ("Mrs. Clinton" is Hillary, not Bill Clinton)."""
        found = self.full_names.get(" ".join(surname.casefold().split()))
        if not found:
            return None
        before = [name for start, name in found if start < pos]
        if gender in ("male", "female") and len(set(before)) > 1:
            before = [n for n in before if person_gender(n, None) in (gender, None)] or before
        if len(set(before)) > 1:
            # Two people share the surname: the one who has already spoken, else the one the text
            # follows as a subject, rather than one only mentioned ("his son Brenden Major, 4").
            for spoken in (True, False):
                followed = [name for name in before if self._followed(name, spoken)]
                if followed:
                    return followed[-1]
        return before[-1] if before else found[0][1]

    def _followed(self, name: str, spoken: bool) -> bool:
        words = _name_words(name)
        return any(
            e.named
            and e.kind == "person"
            and (e.key in self.spoke or not spoken)
            and _name_words(e.name) == words
            for e in self.entities
        )

    def find_name(self, name: str) -> Entity | None:
        words = _name_words(name)
        if not words:
            return None
        best: Entity | None = None
        acronym = bool(_ACRONYM.fullmatch(name))
        for entity in self.entities:
            if not entity.named:
                continue
            candidates = [entity.name, *entity.aliases]
            for candidate in candidates:
                other = _name_words(candidate)
                if not other:
                    continue
                if (
                    other == words
                    or (
                        entity.kind == "person"
                        and len(words) == 1
                        and words[0] in (other[-1], other[0])
                    )
                    or (
                        entity.kind == "person"
                        and len(other) == 1
                        and other[0] == words[-1]
                        and len(words) > 1
                    )
                    or (acronym and entity.kind != "person" and _abbreviates(name, candidate))
                ):
                    if best is None or entity.last_pos > best.last_pos:
                        best = entity
                    break
        return best

    def resolve(
        self, mention: Mention, exclude: frozenset[int] = frozenset()
    ) -> tuple[Entity | None, Resolution]:
        """The entity a mention stands for; a pronoun never stands for those in `exclude`."""
        span = Span(mention.start, mention.end)
        lex = attribution_lexicon()
        if mention.kind == "name" and mention.name:
            outlet = outlet_table().lookup_name(mention.text) or outlet_table().lookup_name(
                mention.name
            )
            name = outlet.name if outlet else mention.name
            if (
                not outlet
                and (name in lex.titles or name in lex.not_names)
                and self.full_name(name, mention.start) is None
                and mention.text.split()[0].rstrip(".") not in COURTESY_TITLES  # not "Mr. King"
            ):
                return None, "none"  # a bare title ("Major said") names no one known
            related = bool(mention.role) and (mention.role or "").split()[-1].casefold() in (
                lex.relation_nouns
            )
            if not outlet and not mention.organization and _surname_key(name) and not related:
                # (Not "Spindler's father, Joseph": a relative known by a given name is not the
                # Joseph named elsewhere.)
                name = self.full_name(name, mention.start, mention.gender) or self.given_names.get(
                    name.casefold(), name
                )
            entity = (
                next((e for e in self.entities if e.named and e.name == name), None)
                if related
                else self.find_name(name)
            )
            if entity is None:
                kind: SourceKind = (
                    "outlet" if outlet else "organization" if mention.organization else "person"
                )
                entity = self._new(name, kind, True, mention)
            else:
                longer = len(_name_words(name)) > len(_name_words(entity.name))
                if longer:
                    entity.aliases.append(entity.name)
                    entity.name = name
                elif name != entity.name and name not in entity.aliases:
                    entity.aliases.append(name)
                if mention.role and not entity.role:
                    entity.role = mention.role
                if mention.gender and not entity.gender:
                    entity.gender = mention.gender
            return self._touch(entity, span), "explicit"
        if mention.kind == "pronoun":
            entity = self._pronoun(mention.gender, exclude)
            if entity is None:
                return None, "none"
            if (
                mention.gender in ("male", "female")
                and entity.gender is None
                and entity.kind == "person"
            ):
                entity.gender = mention.gender
            return self._touch(entity, span), "pronoun"
        if mention.kind == "description" and mention.owner and not mention.organization:
            return self._relative(mention, span), "description"
        if mention.kind == "description" and mention.owner:
            if mention.owner in _PRONOUN_OWNERS:
                # "said his office" after "the Prime Minister's Office": the office named
                # before, rather than a guess at who "his" is
                named = self._description(mention)
                if named is not None and named.key not in self.bodies:
                    return self._touch(named, span), "description"
            body = self._body(mention)
            if body is not None:
                return self._touch(body, span), "description"
            if mention.owner in _PRONOUN_OWNERS:
                return None, "none"  # "his campaign" with nobody to be "his": no guess
        if mention.kind == "description":
            entity = self._description(mention)
            if entity is not None:
                return self._touch(entity, span), "description"
            # An unresolved definite description is kept as an unnamed source.
            return self._unnamed(mention, span), "explicit"
        if mention.kind in ("unnamed", "unspecified"):
            return self._unnamed(mention, span), "explicit"
        return None, "none"

    def _body(self, mention: Mention) -> Entity | None:
        """The campaign, office or family that speaks for its owner ("his campaign", "the
        Clinton campaign"), named after the owner ("Hillary Clinton's campaign"); None when the
        owner is no one the article has named."""
        owner_name = mention.owner or ""
        if owner_name in _PRONOUN_OWNERS:
            gender = _PRONOUN_OWNERS[owner_name]
            owner = self._pronoun(gender)
            if owner is None or (owner.kind == "person" and owner.gender != gender):
                return None  # (a guess of "he or she" is too weak to name a campaign after)
        else:
            # (past a word before the name: "Rival Hillary Clinton's campaign")
            words = owner_name.split()
            namesakes = {n for _, n in self.full_names.get(words[-1].casefold(), [])}
            if len(words) == 1 and len(namesakes) > 1:
                # "the Trump team" in a story about Donald and Ivanka Trump: whose is unclear
                owner = full = None
            else:
                owner = next(
                    filter(None, (self.find_name(" ".join(words[k:])) for k in range(len(words)))),
                    None,
                )
                full = self.full_name(words[-1], mention.start) if owner is None else None
            if (owner is None or _AFFILIATION_WORD.search(owner_name)) and not (
                _POSSESSIVE_WORD.search(mention.name or "")
            ):
                # "the Liberal campaign", "the Mexican government": a party or a people, not an
                # owner
                return None
            if owner is None and full:
                owner_name = full
        if owner is not None:
            if owner.kind not in ("person", "organization") or not owner.named:
                return None
            owner_name = owner.name
        body = (mention.name or "").split()[-1].casefold()
        name = f"{owner_name}’ {body}" if owner_name.endswith("s") else f"{owner_name}’s {body}"
        entity = next((e for e in self.entities if e.named and e.name == name), None)
        if entity is None:
            entity = self._new(name, "organization", True, mention)
            self.bodies.add(entity.key)
        return entity

    def _relative(self, mention: Mention, span: Span) -> Entity:
        """A relative named after whose they are ("his mother" -> "John Smith's mother"), an
        unnamed person; as written when the owner is no one the article has named."""
        # (not a relative named before: "said his father, Tom Smith. His mother said" is about
        # the son)
        relation_nouns = attribution_lexicon().relation_nouns
        relatives = frozenset(
            e.key
            for e in self.entities
            if relation_nouns.intersection((e.role or "").casefold().split()[-1:])
        )
        owner = self._pronoun(_PRONOUN_OWNERS.get(mention.owner or ""), relatives)
        if owner is None or owner.kind != "person" or not owner.named:
            return self._unnamed(replace(mention, kind="unnamed"), span)
        relation = (mention.name or mention.text).split(maxsplit=1)[-1]
        surname = _name_words(owner.name)[-1]
        for entity in sorted(self.entities, key=lambda e: e.last_pos, reverse=True):
            role = (entity.role or "").casefold()
            if (
                entity.named
                and entity.key != owner.key
                and role.endswith(relation.casefold())
                and (surname in role or _name_words(entity.name)[-1] == surname)
            ):
                # "Spindler's father, Joseph, says" or "his brother Alastair Osman", then "his
                # father said", "his brother added": that person
                return self._touch(entity, span)
        name = (
            f"{owner.name}’ {relation}"
            if owner.name.endswith("s")
            else f"{owner.name}’s {relation}"
        )
        return self._unnamed(replace(mention, kind="unnamed", name=name), span)

    def _unnamed(self, mention: Mention, span: Span) -> Entity:
        name = (mention.name or mention.text).strip()
        key = name.casefold()
        for entity in self.entities:
            if not entity.named and entity.name.casefold() == key:
                return self._touch(entity, span)
        kind: SourceKind = "unspecified" if mention.kind == "unspecified" else "person"
        if mention.kind == "description" and mention.organization:
            kind = "organization"
        entity = self._new(name, kind, False, mention)
        if kind != "unspecified" and _document_head(name):
            entity.kind = "document"  # "a new study", not the bare "reports" of hearsay
        return self._touch(entity, span)

    def _pronoun(self, gender: str | None, exclude: frozenset[int] = frozenset()) -> Entity | None:
        recent = sorted(
            (e for e in self.entities if e.key not in exclude),
            key=lambda e: e.last_pos,
            reverse=True,
        )
        if gender in ("male", "female"):
            for entity in recent:
                if entity.kind == "person" and entity.named and entity.gender == gender:
                    return entity
                if entity.kind == "person" and entity.gender is None and _can_be_he_or_she(entity):
                    return entity
            return None
        if gender == "plural":
            return recent[0] if recent else None
        if gender == "neuter":
            for entity in recent:
                if entity.kind in ("organization", "outlet", "document", "social_post"):
                    return entity
        return None

    def _description(self, mention: Mention) -> Entity | None:
        lex = attribution_lexicon()
        bare = re.sub(r"^[Tt]he\s+", "", mention.name or "")
        outlet = outlet_table().lookup_name(bare) if bare[:1].isupper() else None
        if outlet is not None:
            # "the AP": an outlet's short name, with an article
            return self.find_name(outlet.name) or self._new(outlet.name, "outlet", True, mention)
        words = _description_words(mention.name or "")
        head = words[-1] if words else ""
        recent = sorted(self.entities, key=lambda e: e.last_pos, reverse=True)
        if mention.organization:
            # "The group" of "Rally Canada, the group that ...": the source whose role it names.
            for entity in recent:
                role = (entity.role or "").casefold()
                if (
                    head
                    and entity.named
                    and re.search(
                        rf"(?:^|,\s*)(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b", role
                    )
                ):
                    return entity
            return self._organization(mention, head)
        if any(w in _ANOTHER_ONE for w in words[1:-1]):
            return None  # "the second official", "the other aide": someone not met yet
        # "The Republican nominee" is not the Democratic one: a person whose role has the
        # description's capitalised modifiers comes first ("the Kentucky Republican" may still be
        # a senator whose role never said "Kentucky"), and one whose role has another party or
        # nationality is left out.
        proper = {
            w.casefold()
            for w in (mention.name or "").split()[1 : len(words) - 1]
            if w[:1].isupper() and w.isalpha()
        }

        def fits(entity: Entity) -> bool:
            return proper <= set(_ROLE_WORD.findall((entity.role or "").casefold()))

        def conflicts(entity: Entity) -> bool:
            ours = {w for w in proper if _AFFILIATION_WORD.search(w)}
            theirs = {
                w.casefold()
                for w in _ROLE_WORD.findall(entity.role or "")
                if w[:1].isupper() and _AFFILIATION_WORD.search(w)
            }
            return bool(ours and theirs and not ours & theirs)

        # "the president" is no vice president, "the minister" no deputy minister (unless said).
        rank = (
            "" if set(words) & _LOWER_RANKS else "(?<!vice )(?<!vice-)(?<!deputy )(?<!assistant )"
        )
        if proper:
            # (stable: by recency within each group)
            recent = sorted((e for e in recent if not conflicts(e)), key=fits, reverse=True)
        for entity in recent:
            # The latest person whose role has the head noun ("Kirby, a spokesman", then "the
            # spokesman"), or the latest unnamed source with that head ("a senior official", then
            # "the official", who is not the last person named); never an organisation, which is
            # no "source" or "official".
            role = (entity.role or "").casefold()
            if (
                head
                and entity.kind == "person"
                and re.search(rank + rf"\b{re.escape(head)}\b", role)
            ):
                return entity
            if (
                not entity.named
                and entity.kind == "person"
                # (its head, or the noun a modifier follows: "people familiar with …", "a
                # longtime associate", then "the associate")
                and head in _description_words(entity.name)[-2:]
            ):
                return entity
        if head in lex.unnamed_heads and head not in lex.role_nouns:
            return None  # "the source" with no source described before
        # "the prime minister's spokesman" is not the prime minister, nor anyone named before.
        possessed = any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[:-1])
        if possessed and head in lex.role_nouns:
            return None
        if not possessed and (
            (
                head in lex.role_nouns
                and head not in lex.relation_nouns
                # "the lawyer for Animal Protection Services": someone new, named by their post
                and not _NAMED_POST.match(mention.name or "", len(" ".join(words)))
            )
            or any(w.endswith("-old") for w in words)
            # "the former sergeant-at-arms": only a person has a former post
            or (
                len(words) >= 3
                and words[1] in ("former", "ex-", "then")
                and not mention.organization
            )
        ):
            # "the rookie defenceman", "the 26-year-old": a person described, not named, is the
            # person named just before (news style varies the way it refers to one person).
            gender = mention.gender
            for entity in recent:
                if mention.start - entity.last_pos > DESCRIPTION_REACH:
                    continue
                if (
                    entity.kind == "person"
                    and entity.named
                    and (gender is None or entity.gender in (None, gender))
                ):
                    return entity
            return None
        if head in organization_heads() or head.capitalize() in lex.organization_words:
            # "the utility", "the security firm": not a person's role, so the last organisation
            # (but "the electronic signature", "the authors" are none).
            for entity in recent:
                if entity.kind in ("organization", "outlet") and entity.named:
                    return entity
        return None

    def _organization(self, mention: Mention, head: str) -> Entity | None:
        """The organisation a description ("the diocese", "the report") stands for, whether it
        was a source already or only written in the text: one named before whose name has the
        description's head noun, or else, for a bare description ("the agency") or a document
        ("the winter report"), the latest one named."""
        pos = mention.start
        named = [(o.end, o.name) for o in self.organizations if o.end <= pos] + [
            (span.end, entity.name)
            for entity in self.entities
            if entity.kind in ("organization", "outlet") and entity.named
            for span in entity.mentions
        ]
        matching = sorted(c for c in named if head and head in _name_words(c[1]))
        if matching:
            # A description keeps the referent of its first use ("the commission" is the
            # commission named before the first "the commission", not one named since).
            anchor = pos
            first_use = re.compile(rf"\b[Tt]he\s+{re.escape(head)}\b").search(
                self.text, matching[0][0], pos
            )
            if first_use:
                anchor = first_use.start()
            name = [c for c in matching if c[0] <= anchor][-1][1]
            entity = self.find_name(name)
            return entity or self._new(
                name, "organization", True, Mention("name", pos, pos, name, name=name)
            )
        description = " ".join(_description_words(mention.name or ""))
        if description not in attribution_lexicon().organization_descriptions and not (
            _document_head(description)
        ):
            return None  # "the Canadian government": a description that names its referent
        lex = attribution_lexicon()
        if head in lex.document_nouns and mention.text.split()[-1].islower():  # not "The Post"
            author = self._spoke_in(head, pos)
            if author is not None:
                return author  # "X stated in the company's blog post …", then "the post read"
            if head in lex.filed_documents:
                # "The suit says": the plaintiff's words, not those of the organisation named
                # last, which is as likely the one sued
                return None
        candidates: list[tuple[int, str, Entity | None]] = [
            (entity.last_pos, entity.name, entity)
            for entity in self.entities
            if entity.kind in ("organization", "outlet")
        ]
        candidates += [(end, name, None) for end, name in named]
        if not candidates:
            return None
        _, name, entity = max(candidates, key=lambda c: c[0])
        if entity is None:
            found = self.find_name(name)
            entity = found or self._new(
                name, "organization", True, Mention("name", pos, pos, name, name=name)
            )
        return entity

    def _spoke_in(self, head: str, pos: int) -> Entity | None:
        """Who spoke in the document a description names: the first source named in the latest
        sentence before `pos` that says something was said "in a statement", "in the company's
        blog post" (with the same head noun)."""
        found = None
        for m in _spoken_in(head).finditer(self.text, max(0, pos - DESCRIPTION_REACH), pos):
            found = m
        if found is None:
            return None
        # The sentence of that phrase, within its paragraph.
        paragraph_lo = self.text.rfind("\n", 0, found.start()) + 1
        paragraph_hi = self.text.find("\n", found.end())
        lo, _ = _clause_window(self.text, paragraph_lo, found.start(), backwards=True)
        _, hi = _clause_window(
            self.text,
            found.end(),
            paragraph_hi if paragraph_hi >= 0 else len(self.text),
            backwards=False,
        )
        named = [
            (span.start, entity)
            for entity in self.entities
            if entity.named and entity.kind in ("person", "organization")
            for span in entity.mentions
            if lo <= span.start < hi and not found.start() <= span.start < found.end()
        ]
        return min(named, key=lambda c: c[0])[1] if named else None


def _named_in(tracker: Tracker, text: str, claim: Span) -> frozenset[int]:
    """People a claim opens on, as its subject: in "Macharia and some colleagues hid under desks,
    he said" (or "he said Macharia hid") the account is someone else's, so "he" is not Macharia.
    (Only the claim's subject: a name further in may be the speaker's own, in a claim that runs
    on.)"""
    m = _CLAIM_SUBJECT.match(text, claim.start, claim.end)
    if m is None:
        return frozenset()
    surname = m.group("name").split()[-1].casefold()
    return frozenset(
        e.key
        for e in tracker.entities
        if e.kind == "person" and e.named and _name_words(e.name)[-1] == surname
    )


#: A name that opens a claim as its subject (not a possessive: "Macharia's plan").
_CLAIM_SUBJECT = re.compile(
    r"\s*(?:that\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)(?![\w’'])(?=\s+[a-z])"
)


@lru_cache(maxsize=128)
def _spoken_in(head: str) -> re.Pattern[str]:
    """Where something was said, with a document's head noun: "in a statement", "in the
    company's blog post", "on its website"."""
    return re.compile(
        r"\b(?:[Ii]n|[Oo]n|via|through)\s+(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[\w.-]+['’]s?)"
        rf"\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(head)}s?\b"
    )


def _can_be_he_or_she(entity: Entity) -> bool:
    """A named person, or an unnamed one whose head noun is a person ("a spokesman", "the
    officer"), not a thing ("an investigation of the shooting", "an idea from a professor")."""
    if entity.named:
        return True
    lex = attribution_lexicon()
    words = _description_words(entity.name)
    head = words[-1].strip(".,") if words else ""
    return head in lex.role_nouns or head in lex.unnamed_heads


#: The possessive pronouns that own a body ("his campaign"), with the gender they tell.
_PRONOUN_OWNERS = {"his": "male", "her": "female", "its": "neuter"}
_ROLE_WORD = re.compile(r"[\w-]+")
#: A party or nationality adjective ("Republican", "Democratic", "Canadian", "British").
_AFFILIATION_WORD = re.compile(r"(?:an|ic|ish|ese)$")
#: A word in the possessive ("Clinton's", "Sanders’").
_POSSESSIVE_WORD = re.compile(r"\w(?:['’]s|s['’])(?=\s)")
#: Words that make a description someone new: "the second official", "the other aide".
_ANOTHER_ONE = frozenset({"other", "second", "third", "fourth", "fifth"})
#: How far back (characters) a role description ("the defenceman") looks for the person it
#: refers to: about two paragraphs.
DESCRIPTION_REACH = 600
#: A description's post-modifier naming an organisation ("… for Animal Protection Services").
_NAMED_POST = re.compile(r"\s+(?:for|of|at|with)\s+(?:the\s+)?[A-Z]")


#: Words that make a post a lower rank of the one named after them ("vice president").
_LOWER_RANKS = frozenset({"vice", "deputy", "assistant", "vice-president"})


def _description_words(description: str) -> list[str]:
    """The words of a description up to its head noun: "the former sergeant-at-arms of the House"
    -> [the, former, sergeant-at-arms]."""
    words = description.casefold().split()
    for i, word in enumerate(words):
        if (i > 0 and word in _POST_MODIFIERS) or (i > 1 and word in _POST_ADJECTIVES):
            return words[:i]
    return words


#: Words that open what follows a description's head noun: "an adviser to Trump", "a source
#: within the unit", "a professional present during the attack", "people familiar with …".
_POST_MODIFIERS = frozenset(
    {
        "of",
        "for",
        "at",
        "with",
        "within",
        "from",
        "in",
        "on",
        "to",
        "during",
        "near",
        "inside",
        "among",
        "who",
        "whose",
        "that",
    }
)
_POST_ADJECTIVES = frozenset({"present", "familiar", "involved", "briefed"})


#: An organisation's initials standing for its name ("CHL", "RCMP", "DOJ").
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym is made of a name's initials: of its capitalised words ("Canadian
    Hockey League", "Federal Bureau of Investigation") or of all its words but "the"
    ("Department of Justice")."""
    words = [w for w in name.split() if w.casefold() != "the"]
    if len(words) < 2:
        return False
    capitalised = "".join(w[0] for w in words if w[:1].isupper())
    every = "".join(w[0] for w in words).upper()
    return acronym in (capitalised, every)


def _name_words(name: str) -> list[str]:
    return list(_name_words_cached(name))


@cache
def _folded_titles() -> frozenset[str]:
    return frozenset(t.casefold().rstrip(".") for t in attribution_lexicon().titles)


@lru_cache(maxsize=4096)
def _name_words_cached(name: str) -> tuple[str, ...]:
    words = [w.strip(".,").casefold() for w in name.split()]
    words = [w.removesuffix("’s").removesuffix("'s") for w in words if w]
    titles = _folded_titles()
    return tuple(w for w in words if w.rstrip(".") not in titles and w not in ("the",))


#: Words after a noun phrase's head ("officials in the FBI", "a survey of insiders").
_HEAD_ENDS = frozenset({"of", "in", "from", "to", "at", "for", "with", "on", "by", "who", "that"})


def _document_head(name: str) -> bool:
    """A report, a study, a statement: a document noun heads the first words of the phrase."""
    lex = attribution_lexicon()
    words = [w.strip(".,").removesuffix("’s").removesuffix("'s") for w in name.casefold().split()]
    ends = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))

    def people(w: str) -> bool:
        return w not in lex.document_nouns and (w in lex.plural_groups or w in lex.role_nouns)

    def document(w: str) -> bool:
        return w in lex.document_nouns or w.removesuffix("s") in lex.document_nouns

    # The head is the last noun before a post-modifier: people ("law enforcement officials",
    # "People familiar with the plan") or a document ("the mayor's email to his supporters").
    last_people = max((i for i in range(ends) if people(words[i])), default=-1)
    last_document = max((i for i in range(ends) if document(words[i])), default=-1)
    if last_people > last_document:
        return False
    if words and words[-1].endswith("s") and words[-1][:-1] in lex.document_nouns:
        words[-1] = words[-1][:-1]  # "Polls show", "Court records show"
    if words and words[-1] in lex.document_nouns and words[-1] != "post":
        return True
    return any(w in lex.document_nouns and w not in ("post", "data") for w in words[:3])


#: Longest possible cue before a quote (subject, verb, object, time and place phrases).
_PRE_CUE_REACH = 500
#: Characters before a quote searched first for the sentence break.
_NEAR_WINDOW = 600


def _clause_window(text: str, lo: int, hi: int, *, backwards: bool) -> tuple[int, int]:
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


def _text_span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(text=text[start:end], start=start, end=end)


@dataclass(slots=True)
class _Cue:
    mention: Mention | None
    cue: TextSpan
    where: str  # "post", "pre", "naming", "sentence"


#: A capitalised pronoun (not a name such as "He Jianxiong") opening a new sentence.
_NEW_SENTENCE = re.compile(r"\s+(?:She|He|They|We)\b(?!\s+[A-Z])")


def _find_quote_cue(text: str, quote: RawQuote, lo: int, hi: int) -> _Cue | None:
    """The cue of one quote, with the words naming its speaker."""
    # 1. right after the quote.
    post_lo, post_hi = _clause_window(text, quote.end, hi, backwards=False)
    post = text[post_lo:post_hi]
    opens_clause = re.match(r"[\s,]*(?:and|but|or|while|whereas)\s", post) is not None
    if text[quote.inner[-1].end - 1 : quote.inner[-1].end] in ".?!" and _NEW_SENTENCE.match(post):
        # `“Did you get it from a tick?” She answered, “Yeah …”`: a quoted sentence, then a new
        # one opened by a capitalised pronoun, which introduces the next quote.
        opens_clause = True
    if (
        post.strip()[:1] in ("", ",", "—", "―", "–", "-") or post[:1].isspace()
    ) and not opens_clause:
        # (Not `‘…,’ and Twitter asks`: a new clause with a subject of its own.)
        for pattern in (_post_inverted(), _post_normal(), _post_apposition()):
            m = pattern.match(post)
            if not m:
                continue
            np_start, np_end = post_lo + m.start("np"), post_lo + m.end("np")
            if (
                post.strip()[:1] not in (",", "—", "–", "-")
                and text[quote.inner[-1].end - 1 : quote.inner[-1].end] not in _CLAUSE_ENDS
                and _CLAUSE_LINK.search(m.group("np"))
            ):
                # `“patched” the software as the company continued`: quoted words in the middle
                # of the reporter's sentence, followed by its object, not by a cue.
                continue
            if pattern is not _post_inverted() and _DASH_INSIDE.search(m.group("np")):
                continue  # `“chicken” on Twitter, for example — Scheer insists`: another clause
            inverted = pattern is _post_inverted()
            mention = (parse_inverted if inverted else parse_subject)(text, np_start, np_end)
            if (
                mention is None
                and not inverted
                and re.search(r"(?:^|,)\s*[Ii]t$", m.group("np").strip())
            ):
                # `,” it said.`: right after a quote, "it" is the speaker (an organisation), not
                # the empty subject it often is elsewhere ("it is said").
                mention = Mention(
                    "pronoun", np_end - 2, np_end, text[np_end - 2 : np_end], gender="neuter"
                )
            if mention is None:
                continue
            verb_end = (
                post_lo + m.end("obj")
                if "obj" in m.groupdict() and m.group("obj")
                else post_lo + m.end("verb")
            )
            cue = _text_span(text, post_lo + m.start("verb"), verb_end)
            return _Cue(mention, cue, "post")
        m = _POST_SIGNATURE.match(post)
        mention = _bare_name(text, post_lo + m.start("np"), post_lo + m.end("np")) if m else None
        if m and mention is not None:
            dash = post_lo + len(post) - len(post.lstrip())
            return _Cue(mention, _text_span(text, dash, dash + 1), "post")
    # 2. right before the quote.
    pre_lo, pre_hi = _clause_window(text, lo, quote.start, backwards=True)
    pre = text[pre_lo:pre_hi]
    m = _ACCORDING_PRE.search(pre)
    if m:
        np_lo, np_hi = pre_lo + m.start("np"), pre_lo + m.end("np")
        comma = text.find(",", np_lo, np_hi)
        if comma >= 0 and re.search(rf"\b{_verb_pattern()}\b", text[comma:np_hi]):
            # "According to court documents, Jones told police, “…”": the words after the comma
            # are a clause with its own cue, found below.
            mention = None
        elif comma >= 0:
            # "his aunt, Jane Starner": the name set off after a description; "the mayor, a
            # former teacher": the description before its apposition.
            named = parse_subject(text, comma + 1, np_hi)
            mention = (
                named
                if named is not None and named.kind == "name"
                else parse_subject(text, np_lo, comma)
            )
        else:
            mention = parse_subject(text, np_lo, np_hi)
        if mention is not None:
            return _Cue(
                mention, _text_span(text, pre_lo + m.start(), pre_lo + m.start("np") - 1), "pre"
            )
    m = _pre_inverted().search(pre)
    if m:
        mention = parse_inverted(text, pre_lo + m.start("np"), pre_lo + m.end("np"))
        if mention is not None and mention.kind != "unspecified":
            return _Cue(
                mention, _text_span(text, pre_lo + m.start("verb"), pre_lo + m.end("verb")), "pre"
            )
    # The cue ends the window and is bounded in length: only its tail needs searching.
    tail = max(0, len(pre) - _PRE_CUE_REACH)
    m = _pre_cue().search(pre, tail)
    if m and m.group("obj") and not _takes_object(m.group("verb")):
        m = None  # "Roe said the city “will …”": the words after "said" begin the clause
    if m:
        if m.group("verb").endswith("ing"):
            mention = _participle_subject(text, quote.start)
        else:
            mention = parse_subject(text, pre_lo + m.start("np"), pre_lo + m.end("np"))
        if mention is not None:
            verb_end = pre_lo + (m.end("obj") if m.group("obj") else m.end("verb"))
            return _Cue(mention, _text_span(text, pre_lo + m.start("verb"), verb_end), "pre")
    # 3. a sentence that introduces the quote with a colon ("Martell is more blunt: “...”"), or
    # a name and a colon alone ("Carl Bialik: “...”").
    if pre.rstrip().endswith(":"):
        m = _COLON_INTRO.match(pre)
        found = _np_verb_cue(text, pre_lo, m, "pre", ("name", "pronoun", "unnamed"))
        if found is not None:
            return found
        m = _NAME_COLON.search(pre)
        mention = _bare_name(text, pre_lo + m.start("np"), pre_lo + m.end("np")) if m else None
        if m and mention is not None:
            colon = pre_lo + pre.rstrip().rindex(":")
            return _Cue(mention, _text_span(text, colon, colon + 1), "pre")
    # 4. a verb that names what it quotes ("called the move “a disgrace”"; "in what he called
    # “the loneliest moment”": the words are the subject's).
    found = _np_verb_cue(
        text,
        pre_lo,
        _WHAT_CALLED.search(pre),
        "naming",
        ("name", "pronoun", "unnamed", "description"),
    )
    if found is not None:
        return found
    m = _NAMING_CUE.search(pre)
    if m:
        verb = next(g for g in ("verb", "verb2", "verb3") if m.group(g))
        if m.group(verb).endswith("ing"):
            mention = _participle_subject(text, quote.start)
        else:
            mention = parse_subject(text, pre_lo, pre_lo + m.start(verb))
        if mention is not None and mention.kind != "unspecified":
            return _Cue(
                mention,
                _text_span(text, pre_lo + m.start(verb), pre_lo + m.end(verb)),
                "naming",
            )
    # 5. words spoken, from someone ("a scathing attack from Beijing's envoy that it smacks of
    # “…”", "a warning from the agency: “…”").
    found = _np_verb_cue(
        text,
        pre_lo,
        _spoken_from().search(pre),
        "pre",
        ("name", "pronoun", "unnamed", "description"),
    )
    if found is not None:
        return found
    # 6. anywhere earlier in the sentence (partial quotes).
    for m in re.finditer(rf"\b(?P<verb>{_verb_pattern()})\b", pre):
        mention = parse_subject(text, pre_lo, pre_lo + m.start("verb")) or _it_opens(
            text, pre_lo, pre_lo + m.start("verb")
        )
        if mention is not None and mention.kind != "unspecified":
            return _Cue(
                mention,
                _text_span(text, pre_lo + m.start("verb"), pre_lo + m.end("verb")),
                "sentence",
            )
    return None


@cache
def _issued() -> re.Pattern[str]:
    """A document the subject put out, right before a participle: "released a statement",
    "issued a joint statement", "posted a video on Facebook"."""
    lex = attribution_lexicon()
    return re.compile(
        rf"\b(?:{_trie(lex.issuing_verbs)})\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
        rf"(?:[\w'’-]+\s+){{0,2}}(?:{_trie(lex.issued_documents)})"
        rf"(?:\s+(?:on\s+)?(?:{WEEKDAY}|yesterday|today))?\s+$",
        re.IGNORECASE,
    )


@cache
def _spoken_from() -> re.Pattern[str]:
    """A speech noun, "from" and its speaker, then "that …", a colon or a comma before the
    quote (the speaker's words: "in Ottawa", "on Monday" after the name are cut)."""
    nouns = _trie(attribution_lexicon().speech_nouns)
    return re.compile(
        rf"\b(?P<verb>{nouns})\s+from\s+(?P<np>[^,.;:!?“”\"()]{{2,80}}?)"
        rf"(?:\s+(?:in|on)\s+[A-Z][\w.'’-]*)?"
        r"(?:\s+that\b[^.;!?“”\"]{0,120}|\s*[:,])\s*$"
    )


#: "It urged …", "It also warned …": a sentence whose subject is "it" and whose verb reports.
_IT_SUBJECT = re.compile(r"\s*(?P<it>It)(?:\s+(?:also|then|later|further|again))?\s*")


def _it_opens(text: str, lo: int, hi: int) -> Mention | None:
    """`It urged citizens to “fully assess the risks”`: a sentence that opens on "it" and a
    reporting verb speaks for the organisation last named (elsewhere "it" is often empty: "it is
    said")."""
    m = _IT_SUBJECT.fullmatch(text, lo, hi)
    if m is None:
        return None
    return Mention("pronoun", m.start("it"), m.end("it"), "It", gender="neuter")


#: A dash inside the words before a verb: the verb's clause begins after it.
_DASH_INSIDE = re.compile(r"\S\s*[—–]\s*\S|\s-\s")


#: Verbs that name or characterise what they quote, close before it: "called the move “…”",
#: "describing the scene as “…”", "expressed “deep concern”".
_NAMING_CUE = re.compile(
    # "called" needs its object ("a group called “…”" is a name, not speech)
    r"(?<![Tt]he )(?<![Aa] )(?<!so-)\b(?:(?P<verb>(?:call|label|brand|dub|term)"
    r"(?:s|ed|led|bed|ing|ling|bing)?|describ(?:e|es|ed|ing))"
    # (its object up to three words, or a name and one more: "called Immigration Minister
    # Ahmed Hussen a “chicken”")
    r"(?:(?:\s+(?!(?:that|and|but|as)\b)[\w'’-]+){1,3}|(?:\s+[A-Z][\w'’.-]*){2,4}\s+[\w'’-]+)"
    r"(?:\s+as)?"
    r"|(?P<verb2>describ(?:e|es|ed|ing))\s+as|(?P<verb3>express(?:es|ed|ing)?))"
    r"(?:\s+(?:a|an|the))?[\s,]*$"
)


def _bare_name(text: str, start: int, end: int) -> Mention | None:
    """The person named by text[start:end] when it is a name and nothing else (a signature, a
    transcript's speaker label): every word before any apposition capitalised."""
    head = text[start:end].split(",")[0].split()
    if not head or not all(w[:1].isupper() for w in head):
        return None
    mention = parse_subject(text, start, end)
    if mention is None or mention.kind != "name" or mention.organization:
        return None
    return mention


def _np_verb_cue(
    text: str, lo: int, m: re.Match[str] | None, where: str, kinds: tuple[str, ...]
) -> _Cue | None:
    """The cue a match of `np` and `verb` groups in text[lo:] makes, when its subject is one of
    `kinds`."""
    if m is None:
        return None
    mention = parse_subject(text, lo + m.start("np"), lo + m.end("np"))
    if mention is None or mention.kind not in kinds:
        return None
    return _Cue(mention, _text_span(text, lo + m.start("verb"), lo + m.end("verb")), where)


_WHAT_CALLED = re.compile(
    rf"\bwhat\s+(?P<np>{_NP_IN_CLAUSE}{{1,60}}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?P<verb>call(?:s|ed)|describe[sd]\s+as|dubbed|termed|labell?ed)(?:\s+(?:a|an|the))?\s*$"
)


def _participle_subject(text: str, pos: int) -> Mention | None:
    """`He voiced his anger on Twitter, writing “…”`: a participle's subject is the sentence's
    own, named at its start (before any earlier quote in the sentence)."""
    block_lo = text.rfind("\n", 0, pos) + 1
    s_lo, _ = _clause_window(text, block_lo, pos, backwards=True)
    verb = next(
        (
            v
            for v in _reporting_verb().finditer(text[s_lo:pos])
            # a finite verb, not the participle itself nor a noun ("Sanders' comments")
            if not v.group().endswith("ing")
            and not _POSSESSIVE_BEFORE.search(text, s_lo, s_lo + v.start())
            and not _DETERMINER_BEFORE.search(text, s_lo, s_lo + v.start())
        ),
        None,
    )
    if verb:
        # "Alongside the protests, even an official said …, saying “…”": the subject of the
        # sentence's reporting verb, after any opening phrase.
        mention = parse_subject(text, s_lo, s_lo + verb.start())
        if mention is not None:
            return mention
    lead = _lead_subject(text, s_lo)
    return parse_subject(text, lead.start("np"), lead.end("np")) if lead else None


def _takes_object(verb: str) -> bool:
    lex = attribution_lexicon()
    canonical = lex.reporting_forms.get(" ".join(verb.casefold().split()), "")
    return canonical in lex.object_verbs


_CLAUSE_ENDS = (".", ",", "!", "?", "…")
#: A word that links two clauses, never inside a speaker's name or description.
_CLAUSE_LINK = re.compile(r"\b(?:as|while|when|because|after|before|since|until|if|than)\b")


def _quote_kind(text: str, quote: RawQuote, cue: _Cue | None, lo: int, hi: int) -> str:
    if quote.kind == "block":
        return "block"
    if quote.kind == "headline":
        return "headline"
    words = quote.words(text).split()
    pre_lo, _ = _clause_window(text, lo, quote.start, backwards=True)
    pre = text[pre_lo : quote.start].strip()
    starts_clause = (
        pre == "" or pre.endswith((":", ",", "—", "–")) or (cue is not None and cue.where == "pre")
    )
    inner_end = quote.inner[-1].end
    # The words end a sentence or clause: punctuation inside the marks or right after them.
    after = text[inner_end : inner_end + 4].lstrip(_MARKS_AND_SPACE)[:1]
    line_end = text.find("\n", quote.end)
    ends_sentence = (
        after in _CLAUSE_ENDS
        or text[inner_end - 1 : inner_end] in _CLAUSE_ENDS
        or not text[quote.end : line_end if line_end >= 0 else len(text)].strip()
    )
    if len(words) <= TERM_MAX_WORDS and (cue is None or not (starts_clause and ends_sentence)):
        return "term" if cue is None or (cue.where == "sentence" and len(words) <= 2) else "partial"
    if not starts_clause and not (words[0][:1].isupper() and ends_sentence):
        # Quoted words carried by the sentence's own grammar (`urged Canadians to "fully assess
        # the risks."`) are a partial quote, however long: the sentence is the reporter's. A
        # whole sentence quoted mid-sentence (`writing "It's unbelievable ..."`) stays direct.
        return "partial"
    return "direct"


#: Quotes this long are speech of their own; shorter ones may sit inside reported speech.
MASK_MIN_WORDS = 8


def _masked(text: str, quotes: list[RawQuote]) -> list[Span]:
    return [
        Span(q.start, q.end)
        for q in quotes
        if q.kind == "block"
        or (q.kind == "inline" and len(q.words(text).split()) >= MASK_MIN_WORDS)
    ]


#: A chain of capitalised words; it never crosses a line break (a name ends its paragraph).
_FULL_NAME = re.compile(
    r"(?<![\w'’.-])(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)"
    r"(?:[ \t]+(?:(?:de|da|van|von|der|al|el|bin|le|la)[ \t]+)?(?:[A-Z][\w'’-]+|[A-Z]\.)){1,4}"
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
    Clinton has …") or a cue verb opening its sentence ("Continued Stone: “…”")."""
    lex = attribution_lexicon()
    folded = word.casefold()
    return word in lex.not_names or folded in lex.connectives or folded in lex.quote_cue_verbs


def _person_chain(words: list[str]) -> list[str]:
    """A name chain without leading titles, roles and nationalities ("Conservative Leader ...")."""
    lex = attribution_lexicon()
    cut = 0
    for i, word in enumerate(words[:-1]):
        bare = word.rstrip(".,")
        if bare in lex.titles or word in lex.titles or bare.casefold() in lex.role_nouns:
            cut = i + 1
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


def _people(text: str, start: int) -> list[PersonMention]:
    """Full names in the body that read as people (not organisations or places with a title)."""
    lex = attribution_lexicon()
    found: list[PersonMention] = []
    for m in _FULL_NAME.finditer(text, start):
        raw = m.group(0).split()
        words = _person_chain(raw)
        if len(words) < 2 or any(w in lex.organization_words for w in words):
            continue
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
        if outlet_table().lookup_name(" ".join(words)):
            continue
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
            closing and closing.group("role").split()[0].strip(",").casefold() in lex.role_nouns
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
                # called …")
                opens
                or titled
                or (
                    not suffix
                    and (
                        bool(lead)
                        or bool(apposition)
                        or bool(closing)
                        or named_subject
                        or (
                            # (or a surname with its particle: "where Al Turkmani was")
                            (
                                words[0].casefold() in _given_names()
                                or words[0].casefold() in NAME_PARTICLES
                            )
                            and _main_clause_subject(text, begin, end)
                        )
                    )
                ),
                role,
            )
        )
    return found


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
    rf"\s+(?:(?:{_ADVERB}|still|never|now|often|himself|herself)\s+)?"
    + _FINITE_VERB
    + r"(?!\s+by\b)"
)
_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")
#: A sentence that opens on a post, up to the comma before a name: "Director, security response
#: at cybersecurity firm Symantec, " (then "Kevin Haley, agreed").
_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<role>[A-Z][^.;:!?“”\"\n]{2,150}),\s+$"
)
_VERB_AFTER_COMMA = re.compile(r",\s+" + _FINITE_VERB)
_NAMED_BEFORE = re.compile(r"\b(?:named|called|identified\s+as)\s+$")


def _main_clause_subject(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is the subject of a clause: a verb follows it and a clause
    opens before it (`_opens_clause`): "…, Kevin Haley agreed", "where Kevin McCallister takes",
    not "the Christian Monitor Breakfast this morning"."""
    return bool(_VERB_AFTER_NAME.match(text, end)) and _opens_clause(text, start)


def _opens_clause(text: str, start: int) -> bool:
    """Whether a clause opens before the name at `start`, once titles and roles are skipped: the
    start of the text or of a sentence, punctuation, or a word that opens a clause ("and", "when").
    After a verb or a preposition the name is an object ("used Mr. Ailes as a consultant",
    "speaking highly of Mr. Trump"); after "that" or "because" the subject of a clause that is not
    what the story follows ("suggesting that Mr. Trump was", "because Mr. Lynch agreed")."""
    lex = attribution_lexicon()
    pos = start
    for _ in range(4):
        m = _TOKEN_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None:
            return True
        token = m.group(1)
        if token in lex.titles or f"{token}." in lex.titles or token.casefold() in lex.role_nouns:
            pos = m.start()
            continue
        return token[-1:] in _CLAUSE_PUNCTUATION or token.casefold() in lex.clause_openers
    return False


_CLAUSE_PUNCTUATION = frozenset(",;:.!?—–-(\"“”'’")


_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Nn]o|[Aa]ny|[Ee]very)\s+$")
#: A possessive right before a verb form makes it a noun ("His comments come …", "Trudeau's
#: claims").
_POSSESSIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|\w+['’]s|\w+s['’])\s+$"
)
#: A possessive or determiner and one modifier before a word: "his recent comments", "the
#: latest reports".
_POSSESSIVE_MODIFIER_BEFORE = re.compile(
    r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]he|[Tt]hese|\w+['’]s)\s+[a-z][\w-]*\s+$"
)
_DETERMINER = re.compile(r"(?:The|An?)\s")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


def _qualifies_a_noun(text: str, start: int, end: int) -> bool:
    """A capitalised chain between a determiner and a common noun names a place or a body, not a
    person ("The Upstate New York prosecutor", "a Toronto police officer")."""
    if not _DETERMINER_BEFORE.search(text, max(0, start - 5), start) and not _DETERMINER.match(
        text, start
    ):
        return False
    nxt = _NEXT_WORD.match(text, end)
    lex = attribution_lexicon()
    return nxt is not None and (nxt.group(1) in lex.role_nouns or nxt.group(1) in lex.unnamed_heads)


def _leading_names(people: list[PersonMention]) -> dict[str, str]:
    """First word -> full name, for two-word names whose first word is not a common given name."""
    known = _given_names()
    names: dict[str, str] = {}
    for person in people:
        words = person.name.split()
        if len(words) == 2 and words[0].casefold() not in known:
            names.setdefault(words[0].casefold(), person.name)
    return names


@cache
def _given_names() -> frozenset[str]:
    data = load_data("attribution.json").get("first_names", {})
    return frozenset(n.casefold() for key in ("female", "male") for n in data.get(key, []))


def _surname_key(name: str) -> bool:
    """A bare surname: one word, or a family name with its particle ("Al Hashish")."""
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and words[0].casefold() in NAME_PARTICLES)


def _full_names(people: list[PersonMention]) -> dict[str, list[tuple[int, str]]]:
    """Surname -> the full names ending in it, in text order (a later "Haley" is "Kevin Haley")."""
    names: dict[str, list[tuple[int, str]]] = {}
    for person in people:
        words = person.name.casefold().split()
        keys = [words[-1]]
        if len(words) >= 3 and words[-2] in NAME_PARTICLES:
            keys.append(" ".join(words[-2:]))
        for key in keys:
            entries = names.setdefault(key, [])
            if not entries or entries[-1][1] != person.name:
                entries.append((person.start, person.name))
    for key, entries in names.items():
        # "Al Mnajer" is the surname of "Mohammad Al Mnajer", not a full name of its own.
        full = [e for e in entries if not _surname_key(e[1])]
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


def _organizations(text: str, start: int, masked: list[Span]) -> list[OrganizationMention]:
    """Organisation names written in the body, in text order, whether or not they speak."""
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
    return found


#: Between the verb and "that": an adverb ("announced recently that", "said repeatedly that"), a
#: comparison ("cautioned, as did the campaign itself, that") or an aside ("told POLITICO,
#: however, that").
_THAT_ADVERB = (
    rf"(?:\s+{_ADVERB}(?=\s+that\b)|,\s+as\s+(?:did|do|does|has|have|had)\s+[^,.;:!?]{{1,60}},"
    r"(?=\s+that\b)|,\s+(?:however|though|too|in\s+fact|for\s+example),(?=\s+that\b))?"
)


#: A clause without "that" whose subject is a pronoun or a name, right after the verb (and a
#: time): "announced it would …", "responded Tuesday she was …".
_PRONOUN_CLAUSE = re.compile(
    rf"(?:\s+{_TIME})?\s+(?:he|she|it|they|we|I|(?!{WEEKDAY}\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})"
    rf"\s+{_AUXILIARY_WORD}"
)


#: "found that …" opening a clause, not before an adjective ("found that hard to believe").
_THAT_FOLLOWS = re.compile(r"\s+that\s+(?!(?:hard|easy|difficult|odd|strange)\b)")


@cache
def _reported_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(told OBJECT (that) CLAIM, VERB (on Friday) (that) CLAIM)."""
    verbs = _reporting_pattern()
    plural_nouns = _trie(attribution_lexicon().plural_noun_verbs)
    return (
        re.compile(
            rf"\b(?P<verb>tell|tells|told)(?P<obj>\s+{_OBJECT})(?:\s+{_TIME})?{_THAT_ADVERB}(?P<that>\s+that\b|\s*:)?\s+(?P<claim>\S.*)$"
        ),
        re.compile(
            # (not a plural noun before the clause's own verb: "Most states have passed …"; but
            # "the war, which she said was a mistake")
            rf"\b(?!{plural_nouns}\s+{_AUXILIARY_WORD})(?P<verb>{verbs})(?P<obj>)(?:\s+{_TIME})?{_THAT_ADVERB}(?P<that>\s+that\b|\s*:)?\s+(?P<claim>\S.*)$"
        ),
    )


#: Words that open a subordinate clause, whose own subject follows them.
#: "According to EHS, the target is met, but Chapman says …": the claim ends where another
#: source answers it.
_BUT_SAYS = re.compile(
    r",?\s+but\s+(?:[A-Z][\w'’-]*|he|she|they)(?:\s+[A-Z][\w'’-]*)*\s+"
    r"(?:says|said|told|added|argued|insisted|noted|countered|disagreed)\b"
)
_PREPOSITION_FIRST = re.compile(
    r"(?:in|on|at|to|for|with|from|by|about|during|over|into|through|as|of|against)\b"
)
_DIGIT = re.compile(r"\d")
_LAST_WORD = re.compile(r"(?:^|\s)(\w+)\s*$")
_SUBORDINATOR = re.compile(
    r"\b(?:where|when|while|whereas|because|although|though|since|until|unless|if|but|"
    r"(?P<relative>that|which|what|how|why|whether|than))\s+"
)
#: The subject at a sentence's start: a pronoun or a short capitalised name ("The RCMP").
_SENTENCE_SUBJECT = re.compile(
    # An opening adverb is skipped ("Later, he voiced …").
    r"\s*(?:[A-Z][a-z]+,\s+(?=he\b|she\b|they\b|[A-Z]))?"
    r"(?P<np>[Hh]e|[Ss]he|[Tt]hey|(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})(?=\s+[a-z])"
)


@cache
def _lead_description() -> re.Pattern[str]:
    """The subject at a sentence's start when it is a description: a determiner, up to three
    modifiers and a role or source noun ("The spokesman refused …, but said …", "His chief aide
    doubled down …, saying": the last head noun, not "His chief")."""
    lex = attribution_lexicon()
    heads = _trie(sorted(lex.role_nouns | lex.unnamed_heads))
    return re.compile(
        r"\s*(?:(?:But|And|Yet|So|Still),?\s+)?"
        r"(?P<np>(?:(?i:the|a|an|his|her|their|its|other|some|several|many|two|three|both)"
        r"(?:\s+[\w'’-]+){0,3}"
        # ("White House officials were angered … and predicted": no determiner, a name before)
        r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
        rf"\s+{heads})(?=\s+[a-z])"
    )


@cache
def _perceived_pattern() -> re.Pattern[str]:
    verbs = _trie(attribution_lexicon().perception_verbs)
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
    lead = _lead_subject(sentence)
    if lead is not None and parse_subject(sentence, lead.start("np"), lead.end("np")):
        return lead
    opening = _OPENING_PHRASE.match(sentence)
    return _lead_subject(sentence, opening.end()) if opening else lead


#: A prepositional phrase of up to ten words that opens a sentence, and its comma.
_OPENING_PHRASE = re.compile(
    r"\s*(?:In|At|On|After|Before|During|Since|Until|From|For|With|Without|Despite|Amid)\s+"
    r"[^,.;:!?“”\"]{1,80}?,\s+"
)


def _lead_subject(text: str, pos: int = 0) -> re.Match[str] | None:
    """The sentence subject named at `pos`: a name, a pronoun or a description."""
    return _lead_description().match(text, pos) or _SENTENCE_SUBJECT.match(text, pos)


#: "officials have (long) said", "experts had not said": the auxiliary belongs to the verb.
_AUXILIARY = re.compile(
    r"\s+(?:have|has|had|will|would|could|can|may|might|must|should|did|do|does)"
    # (a modal's perfect: "Few people would have described him as …"; not "must have said",
    # the writer's guess)
    r"(?P<negation>\s+(?:not|never))?(?:(?<=ld|ll|ay|ht|ot|er)\s+have)?"
    r"(?:\s+(?:also|long|already|previously|repeatedly|"
    r"publicly|privately|often|since|now|just|recently|consistently))?\s*$"
)
#: A participle set off by commas between a subject and its verb (", speaking on condition of
#: anonymity,", ", citing security concerns,").
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:[a-z]+ing|who\s+(?:spoke|asked|requested))\b"
    r"[^,.;:!?“”\"]*(?:,[^,.;:!?“”\"]*)?,\s*$"
)
_ACCORDING_TAIL_CUT = re.compile(r"(?i),\s*according to\b")
_ACCORDING_LEAD = re.compile(
    r"(?i)^\s*(?P<cue>according to)\s+(?P<np>[^,]{1,120}?)\s*,\s*(?P<claim>\S.*)$"
)
_ACCORDING_TAIL = re.compile(
    r"(?i)^(?P<claim>.*\S)\s*[,—–]?\s+(?P<cue>according to)\s+"
    rf"(?P<np>(?:{_ABBREVIATION}|[^,.;:!?—–]){{1,120}}?)"
    r"\s*(?:[.!?]?[\"”’]?\s*$|[,—–])"
)


#: A name set off by a comma after a description ("…, said a former spokesman, Oleg Voloshyn").
_NAME_SET_OFF = re.compile(r",\s+[A-Z]")


@cache
def _claim_tail_verb_first() -> re.Pattern[str]:
    """CLAIM, said one GOP source in the room.  (Not `…, said he obtained …`: a pronoun starting
    a clause is the subject of what follows, not an inverted speaker.)"""
    return re.compile(
        r"^(?P<claim>.*\S)\s*,\s*(?P<verb>said|says|added|adds|told reporters|wrote|warned)\s+"
        r"(?!(?:he|she|they|it|we|I|you|that)\s)(?P<np>[^,.;:!?“”\"]{1,80}?)"
        # an apposition, not a predicate ("…, said the aide who succeeded him, Paul Manafort,
        # should be fired": the words before "said" were its subject)
        r"(?:,(?!\s*(?:who|which|whose)\b)"
        # (an auxiliary inside the apposition's own relative clause is no predicate: "…, said
        # Matthew Kraft, a professor at Brown University who has studied tutoring")
        rf"(?![^.;:!?“”\"]*(?<!\bwho)(?<!\bwhich)\s{_AUXILIARY_WORD})[^.;:!?“”\"]{{1,160}}"
        r"|,\s*(?:who|which|whose)\b[^.;:!?“”\"]{1,100}"
        # ("…, said an American official who was briefed on the details and spoke anonymously")
        r"|\s+who\s[^,.;:!?“”\"]{1,200})?"
        r"\s*[.!?]?\s*$"
    )


@cache
def _parenthetical_verb() -> str:
    """A reporting verb, or a belief verb set off by commas in the middle of a sentence ("…, many
    think, is only a matter of time", "as some feared, …"), where even "think" or "feel" can be
    nothing else (at the end of one it is often a noun: "a war against Western thought.")."""
    belief = _trie(attribution_lexicon().belief_verbs)
    return rf"(?:{_reporting_pattern()}|{belief}(?=[,;]\s))"


@cache
def _claim_tail_inverted(shortest: bool = False) -> re.Pattern[str]:
    """CLAIM, X said.  The longest claim first; the shortest when that leaves no speaker
    ("…, a Chinese official said, adding that …": not "adding that …" as the speaker).  A
    semicolon ends the cue as a comma does ("…, political analysts say; in 2012 …")."""
    claim = ".*?\\S" if shortest else ".*\\S"
    return re.compile(
        rf"^(?P<claim>{claim})\s*,\s*(?P<np>{_NP_IN_CLAUSE}{{1,80}}?)\s+(?:{_ADVERB}\s+)?(?P<verb>{_parenthetical_verb()})"
        # ("…, a school spokesman told The Wall Street Journal.")
        rf"(?:(?:(?<=told)|(?<=tells))\s+{_OBJECT})?(?:\s+{_TIME})?\s*(?:[.!?]?\s*$|[,;]\s)"
    )


@cache
def _as_cue() -> re.Pattern[str]:
    """A cue set off as a comparison: "As X noted, …", "…, as X has pointed out." (only after a
    comma or at the start, so "such as" and "as well as" never open one)."""
    return re.compile(
        rf"(?:^|(?<=,)\s+|(?<=—)\s*)(?P<as>[Aa]s)\s+(?P<np>{_NP_IN_CLAUSE}{{1,80}}?)"
        rf"(?:,\s+{_NP_IN_CLAUSE}{{1,60}},)?"  # "As many experts, including Mr. Goldberg, have …"
        rf"\s+(?:(?:have|has|had)\s+)?(?:{_ADVERB}\s+)?(?P<verb>{_parenthetical_verb()})"
        rf"(?:\s+{_OBJECT})?(?:\s+{_TIME})?\s*(?=,|[.!?]?\s*$)"
    )


def _as_attribution(text: str, s_start: int, s_end: int, m: re.Match[str]) -> FoundClaim | None:
    """The claim around an "as X said" cue: what follows it, what precedes it, or both."""
    mention = parse_subject(text, s_start + m.start("np"), s_start + m.end("np"))
    verb = m.group("verb")
    if mention is None or mention.kind == "unspecified":
        return None
    if verb.casefold() in attribution_lexicon().document_only_verbs and not (
        mention.name and _document_head(mention.name)
    ):
        return None  # "as the team found": a discovery, not a source's claim
    lo, hi = s_start + m.start("as"), s_start + m.end()
    if not text[s_start:lo].strip(" ,—"):
        claim = _trim_claim(text, hi, s_end)
    elif not text[hi:s_end].strip(" ,.!?"):
        claim = _trim_claim(text, _skip_lead(text, s_start, lo), lo)
    else:
        claim = _trim_claim(text, _skip_lead(text, s_start, s_end), s_end)
    if len(text[claim.start : claim.end].split()) < 3:
        return None
    cue = _text_span(text, s_start + m.start("verb"), s_start + m.end("verb"))
    return FoundClaim(mention, _kind_for(verb, mention), cue, claim)


def _kind_for(verb: str, mention: Mention) -> AttributionKind:
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
    if mention.name and _document_head(mention.name):
        return "document"
    return "said"


def _find_reported(
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
        for item in _find_reported_all(text, sentences, masked)
        # Words before a quotation that share its cue lead into it ("Freeland said even though
        # Canada believes it is wrong, “…”"); they are not a claim of their own.
        if not any(
            c.start < item.cue.end and item.cue.start < c.end and item.claim.end <= q.start
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


def _according_source(text: str, start: int, end: int) -> Mention | None:
    """Whoever or whatever "according to" names: a name, or else the words as an unnamed source
    ("according to her account", "according to the top British medical journal")."""
    phrase = text[start:end].strip()
    words = phrase.casefold().split()
    if len(words) >= 2 and words[0] in ("a", "an", "the") and _document_head(" ".join(words[1:3])):
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
    for s_start, s_end in sentences:
        inside = [m.start for m in masked if m.start < s_end and s_start < m.end]
        if inside:
            # Reported speech before a quotation in the same sentence ("The spokesman refused to
            # answer but said there was no call, adding: “…”") is read up to the quotation.
            cut = _before_quotation(text, s_start, min(inside))
            if cut is None:
                continue
            s_end = cut
        sentence = text[s_start:s_end]
        # according to X, CLAIM
        m = _ACCORDING_LEAD.match(sentence)
        if m:
            mention = _according_source(text, s_start + m.start("np"), s_start + m.end("np"))
            if mention:
                claim_hi = s_start + m.end("claim")
                rebuttal = _BUT_SAYS.search(text, s_start + m.start("claim"), claim_hi)
                found.append(
                    FoundClaim(
                        mention,
                        "according_to",
                        _text_span(text, s_start + m.start("cue"), s_start + m.end("cue")),
                        _trim_claim(
                            text,
                            s_start + m.start("claim"),
                            rebuttal.start() if rebuttal else claim_hi,
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
                    claim_lo = _skip_lead(text, claim_lo, claim_hi)
                    found.append(
                        FoundClaim(
                            mention,
                            "according_to",
                            _text_span(text, s_start + m.start("cue"), s_start + m.end("cue")),
                            _trim_claim(text, claim_lo, claim_hi),
                        )
                    )
        # in what X called CLAIM  /  X call(s) it CLAIM
        found.extend(_characterizations(text, s_start, sentence))
        # X declined to comment.  /  X did not respond to a request for comment.
        found.extend(_refusals(text, s_start, sentence))
        # Officials expect the bank to raise rates.  /  Experts see the vote as a test.
        found.extend(_expectations(text, s_start, sentence))
        # Critics blame the mayor for the delay.  /  Some remained skeptical that it would pass.
        found.extend(_stances(text, s_start, sentence))
        # Other officials weighed in Friday about whether the video should be released.
        found.extend(_topic_remarks(text, s_start, sentence))
        # As X noted, CLAIM.  /  CLAIM, as X said.  /  CLAIM, as X pointed out, CLAIM.
        m = _as_cue().search(sentence)
        if m:
            item = _as_attribution(text, s_start, s_end, m)
            if item:
                found.append(item)
                continue
        pos = 0
        # CLAIM, X said.  /  CLAIM, said X.
        m = _claim_tail_inverted().match(sentence) or _claim_tail_verb_first().match(sentence)
        mention = parse_subject(text, s_start + m.start("np"), s_start + m.end("np")) if m else None
        if m and m.re is _claim_tail_verb_first() and _NAME_SET_OFF.match(sentence, m.end("np")):
            # "…, said a former spokesman for the ministry, Oleg Voloshyn, who …": the name set
            # off after the description speaks, and the description is the role.
            named = parse_inverted(text, s_start + m.start("np"), s_start + m.end())
            if named is not None and named.start >= s_start + m.end("np"):
                mention = named
        if m and mention is None:
            m = _claim_tail_inverted(shortest=True).match(sentence)
            if m:
                mention = parse_subject(text, s_start + m.start("np"), s_start + m.end("np"))
        if m:
            claim_hi = s_start + m.end("claim")
            claim_lo = _skip_lead(text, s_start, claim_hi)
            words = len(text[claim_lo:claim_hi].split())
            if words < 4 and sentence[m.end() :].strip(" .!?"):
                # "What he discovered, he says, is that …", "But in recent days, aides say, the
                # president has …": a cue set in the middle of the claim, after too few words to
                # stand alone; the claim is the sentence around it.
                claim_hi = s_end
                words += len(sentence[m.end() :].split())
            if mention and mention.kind != "unspecified" and words >= 4:
                found.append(
                    FoundClaim(
                        mention,
                        _kind_for(m.group("verb"), mention),
                        _text_span(text, s_start + m.start("verb"), s_start + m.end("verb")),
                        _trim_claim(text, claim_lo, claim_hi),
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
        for vm in _reporting_verb().finditer(sentence):
            if vm.start() < pos:
                continue
            lo = s_start + pos
            subject_hi = s_start + vm.start()
            before = text[lo:subject_hi]
            if _DETERMINER_BEFORE.search(before) or _POSSESSIVE_BEFORE.search(before):
                continue  # "an alleged drug smuggler", "the reported deal", "His comments": no verb
            if vm.group("verb").casefold() in attribution_lexicon().plural_noun_verbs and (
                _POSSESSIVE_MODIFIER_BEFORE.search(before)
            ):
                continue  # "his recent comments on guns": a plural noun after its modifier
            relative = re.search(r"\s+(?:who|which|that)\s*$", before)
            if relative:
                subject_hi = lo + relative.start()
                before = text[lo:subject_hi]
            aside = _PARTICIPLE_ASIDE.search(before)
            if aside and aside.start() > 0:
                # "Federal officials familiar with …, speaking on the condition of anonymity
                # because they were not authorized …, said": the aside is no part of the subject.
                subject_hi = lo + aside.start()
                before = text[lo:subject_hi]
            clause = next(reversed(list(_SUBORDINATOR.finditer(before))), None)
            embedded = bool(clause and clause.group("relative"))
            if clause and (
                0 < len(before[clause.end() :].split()) <= 5 and not before.rstrip().endswith(",")
                if embedded
                else 0 < len(before[clause.end() :].split()) <= 8
            ):
                # "…, where restructuring experts say", "the deal that analysts say could …":
                # the subject follows the subordinator (but "Ken Njoroge, chief of a company
                # that offers loans, said": a relative clause inside the subject's apposition).
                lo += clause.end()
                before = before[clause.end() :]
            else:
                embedded = False
            auxiliary = _AUXILIARY.search(before)
            if auxiliary:
                if auxiliary.group("negation"):
                    continue  # "have not said when": nothing was claimed
                subject_hi = lo + auxiliary.start()
            if vm.group("verb").endswith("ing"):
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
                if mention is None and again is not None and before.strip() == "and":
                    mention, again = again, None
                elif mention is None and pos == 0 and re.search(r"\s(?:and|but)\s+$", before):
                    # "Authorities announced an arrest and said a curfew …": a second verb of
                    # the sentence's subject.
                    lead = _lead_subject(sentence)
                    if lead:
                        mention = parse_subject(
                            text, s_start + lead.start("np"), s_start + lead.end("np")
                        )
                group = _LAST_WORD.search(text, lo, subject_hi)
                if (
                    (mention is None or (mention.kind != "name" and _DIGIT.search(mention.text)))
                    and group
                    and group.group(1).casefold() in attribution_lexicon().plural_groups
                ):
                    # "the $20 million experts say it costs": a relative clause without "that"
                    # whose subject is a group.
                    mention = parse_subject(text, group.start(1), subject_hi)
            if mention is None:
                continue
            if (
                vm.group("verb").casefold() in attribution_lexicon().document_only_verbs
                and not (
                    (mention.name and _document_head(mention.name))
                    # "A Bloomberg poll shows": the source is Bloomberg, the subject a document.
                    or _document_head(text[mention.start : subject_hi])
                    # "Investigators found that …": a finding, whoever made it
                    or _THAT_FOLLOWS.match(sentence, vm.end())
                )
            ):
                continue
            told, other = _reported_patterns()
            rest = (
                told if vm.group("verb").casefold() in ("tell", "tells", "told") else other
            ).match(sentence, vm.start())
            if not rest or not rest.group("claim"):
                continue
            if (
                embedded
                and not rest.group("that")
                and _PREPOSITION_FIRST.match(sentence, rest.end("verb") + 1)
            ):
                continue  # "the strength that Democrats assert in the chamber": the object is gone
            # A verb that reports a clause only ("announced it would …", "announced Tuesday he
            # is …" are clauses all the same), or a noun phrase of news (see below).
            clause_only = rest.group("verb").casefold() in attribution_lexicon().clause_only_verbs
            clause_only = clause_only and not _PRONOUN_CLAUSE.match(sentence, rest.end("verb"))
            if not rest.group("that") and (
                (
                    rest.group("verb").endswith("ing")
                    and not (
                        # ", saying there are limits …": a clause follows "saying" and "adding"
                        rest.group("verb").casefold() in _BARE_CLAUSE_PARTICIPLES
                        and len(rest.group("claim").split()) >= 4
                    )
                )
                or (
                    clause_only
                    # ("Authorities announced the arrest of …": news, said by the sentence's
                    # subject; not "before he announced his bid", "a merger announced Monday")
                    and not (
                        rest.group("verb").casefold() in attribution_lexicon().announcement_verbs
                        and lo == s_start
                        and not re.search(r"\s(?:and|but)\s+$", before)
                        and _ANNOUNCED_OBJECT.match(sentence, rest.start("claim"))
                    )
                )
                or (
                    rest.group("verb").casefold() in attribution_lexicon().tally_verbs
                    and _TALLY.match(rest.group("claim"))
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
            announced = not that and clause_only
            if announced:
                # "announced his candidacy on Tuesday, which was …": the noun phrase ends the
                # claim at its clause's end.
                stop = _NOUN_PHRASE_END.search(text, claim_lo, s_end)
                claim_hi = stop.start() if stop else s_end
                if stop and stop.group().strip().startswith("and"):
                    again = mention
            elif rest.group("verb").endswith("ing"):
                # "issued a statement saying … and said …": the second verb is the subject's
                # too, and the first claim ends before it.
                joined = _AND_SAID.search(text, claim_lo, s_end)
                if joined:
                    claim_hi = joined.start()
                    again = mention
            tail = _ACCORDING_TAIL_CUT.search(text, claim_lo, claim_hi)
            if tail:
                claim_hi = tail.start()
            more = _CLAIM_CONTINUES.search(text, claim_lo, claim_hi)
            if more and len(text[more.start("claim") : claim_hi].split()) < 4:
                more = None
            claim = _trim_claim(text, claim_lo, more.start() if more else claim_hi)
            after_verb = text[s_start + rest.end("verb") : claim.end].strip()
            if (
                len(text[claim.start : claim.end].split()) < 2
                or _NOT_A_CLAIM.fullmatch(after_verb)
                # "said of Trump's campaign": whom it was said about (but "warned of …")
                or (verb.casefold() in ("said", "says", "say") and _SAID_OF.fullmatch(after_verb))
            ):
                continue
            found.append(
                FoundClaim(
                    mention,
                    # (an announced noun phrase is a topic, no statement; but "announced the
                    # Peace Corps would begin …" is a clause)
                    "topic"
                    if announced and not _CLAUSE_AFTER.match(" " + text[claim.start : claim.end])
                    else _kind_for(verb, mention),
                    _text_span(text, s_start + rest.start("verb"), cue_end),
                    claim,
                )
            )
            pos = claim_hi - s_start if again is mention else rest.start("claim")
            if more:
                # "… he sees misinformation, saying the province holds …": a second statement
                # of the same speaker, reported on its own.
                found.append(_second_statement(text, mention, more, claim_hi))
                pos = more.start("claim") - s_start
            # Keep scanning inside the claim for a relayed source ("cites Y who claimed").
    return found


#: A characterisation: "in what officials called a hate crime", "a bill that critics called
#: anti-gay", "Critics call it the nerd prom".  The complement is the claim; a particle or a
#: preposition after the verb makes it another verb ("called him back", "called it off").
_CHARACTERIZED = re.compile(
    # (the nearest "what", "that" or "which": none inside the subject)
    r"(?:\b(?:what|that|which)\s+(?P<np>(?:(?!\b(?:what|that|which)\b)[^,.;:!?“”\"—–]){1,60}?)\s+"
    r"|(?:^|(?<=[,;—–-])\s+|\bbut\s+)(?P<lead>(?:(?!\s-\s)[^,.;:!?“”\"—–]){1,60}?)\s+"
    r"(?=(?:(?:would|also)\s+)?call(?:s|ed)?\s+(?:it|them|him|her|this|that)\s))"
    r"(?:(?:has|have|had|would|might|may|could|also)\s+)?"
    # ("consider" and "deem" only after "what": "what most people would consider appropriate
    # conduct"; "the bill that the Senate considered" is deliberation)
    r"(?P<verb>call(?:s|ed)?|dubbed|termed|labell?ed|describe[sd]?\s+as"
    r"|(?<=\s)(?P<view>consider(?:s|ed)?|deem(?:s|ed)?))"
    r"(?(lead)\s+(?:it|them|him|her|this|that))"
    r"\s+(?!(?:back|up|off|out|in|at|on|to|for|from|over|into|about|after|quits|a\s+day|a\s+night|"
    r"him|her|them|it|the\s+police|police)\b)"
    r"(?P<claim>[^,.;:!?“”\"—–]{2,80}?)"
    r"(?=\s*(?:[,.;:!?)—–]|$)|\s+-\s"
    r"|\s+(?:and\s+(?:said|says|added|urged)|because|after|before|while|when|as)\b)"
)


_NAME_THEN_PREPOSITION = re.compile(
    r"(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*"
    r"(?:\s+(?:about|on|at|to|in|for|from|with|after|before|during)\b.*)?$"
)


def _characterizations(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
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
                "belief" if m.group("view") else _kind_for(verb, mention),
                _text_span(text, s_start + m.start("verb"), s_start + m.end("verb")),
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
    rest = rf"(?:{_NP_IN_CLAUSE})*?{_REFUSAL_END}"
    requests = rf"(?:[\w'’-]+\s+){{0,4}}?{_trie(lex.reply_requests)}\b"
    adverb = r"(?:\s+(?:immediately|publicly|directly|specifically|further|also))?"
    return re.compile(
        rf"(?<![\w'’])(?:(?P<refused>{_trie(lex.refusal_verbs)})(?:\s+{_ADVERB})?"
        rf"\s+(?P<act>to\s+(?:\w+ly\s+)?{_trie(lex.refused_acts)}\b{rest})"
        # (not "does not": a habit, "companies do not disclose their tax liabilities")
        r"|(?P<negation>(?:did|would|will|could|can)\s+not|(?:did|would|could)n['’]t|won['’]t"
        rf"|can['’]t){adverb}\s+(?P<reply>(?:{_trie(lex.withheld_acts)}\b"
        rf"|(?:respond|reply)\s+to\s+{requests}|return\s+{requests}|be\s+reached\b){rest})"
        # (a participle only after "has not": "the terms were not disclosed" is no refusal)
        r"|(?P<perfect>(?:has|have|had)\s+not|(?:has|have|had)n['’]t)"
        rf"{adverb}\s+(?P<withheld>(?:{_trie(lex.withheld_participles)}\b"
        rf"|(?:responded|replied)\s+to\s+{requests}|returned\s+{requests}|been\s+reached\b)"
        rf"{rest})"
        r"|(?P<state>(?:was|were|is|are)\s+not|(?:was|were|is|are)n['’]t)"
        rf"\s+(?P<available>(?:immediately\s+)?available\s+for\s+comment\b{rest})"
        # "were coy about whether …", "remained tight-lipped on …"
        r"|(?P<reticent>(?:was|were|is|are|remain(?:s|ed)?|stay(?:s|ed)?|(?:has|have|had)\s+been)"
        rf"(?:\s+(?:also|largely|mostly|so\s+far))?\s+(?:{_trie(lex.reticent_adjectives)})"
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
        rf"(?<![\w'’])(?:(?P<expect>{_trie(lex.expectation_verbs)})\s+"
        rf"(?P<expected>{obj}to\s+[a-z]{rest})"
        rf"|(?P<view>{_trie(lex.view_verbs)})\s+(?P<viewed>{obj}as\s+"
        rf"(?!(?:well|soon|long|much|many|far|if|though|of|for|to|a\s+result|he|she|it|they|we|i|you)\b)\S{rest}))"
    )


def _subject_before_verb(
    text: str, s_start: int, verb_start: int, *, modal: bool = True
) -> int | None:
    """Where the subject before a verb ends: before its auxiliary ("analysts had expected");
    None when a determiner or possessive makes the verb a noun ("the expected outcome", "their
    support") or the auxiliary is negated, or, unless `modal`, a modal ("could oppose")."""
    before = text[s_start:verb_start]
    if _DETERMINER_BEFORE.search(before) or _POSSESSIVE_BEFORE.search(before):
        return None
    auxiliary = _AUXILIARY.search(before)
    if auxiliary is None:
        return verb_start
    if auxiliary.group("negation") or (not modal and _MODAL.match(auxiliary.group().strip())):
        return None
    return s_start + auxiliary.start()


def _expectations(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """Beliefs with an object, in a sentence: "Officials expect it to raise rates" (kind
    "belief"; the object and what follows are the claim)."""
    found = []
    for m in _expectation().finditer(sentence):
        cue, claim = ("expect", "expected") if m.group("expect") else ("view", "viewed")
        # (not "the expected outcome", "his views as a young man"; "analysts had expected")
        subject_hi = _subject_before_verb(text, s_start, s_start + m.start(cue))
        if subject_hi is None:
            continue
        mention = parse_subject(text, s_start, subject_hi)
        if mention is None or mention.kind in ("unspecified", "pronoun"):
            continue
        end = s_start + m.end(claim)
        if len(text[s_start + m.start(claim) : end].split()) < 4:
            continue
        found.append(
            FoundClaim(
                mention,
                "belief",
                _text_span(text, s_start + m.start(cue), s_start + m.end(cue)),
                _trim_claim(text, s_start + m.start(claim), end),
            )
        )
    return found


#: What follows a stance word that is a noun ("Some doubts remain about …", "Some blame lies
#: with …", "Many welcome changes were made"), or an object that makes it no stance ("Many
#: support their families").
_NOT_A_STANCE_OBJECT = re.compile(
    r"(?:(?:[\w'’-]+\s+){0,2}(?:remains?|lies?|was|were|is|are|has|have|had)\b"
    r"|(?:their|his|her|our|my|your)\s+(?:own\s+)?(?:famil|child|kid|son|daughter|parent|wife|husband))",
    re.IGNORECASE,
)
_NEGATED_BEFORE = re.compile(r"(?:n['’]t|\bnot|\bnever)\s*$", re.IGNORECASE)
#: Quantifiers that stand for unnamed people ("some remained skeptical", "many prefer").
_PEOPLE_QUANTIFIERS = frozenset({"some", "many", "most", "several", "others"})
#: Subject words that make a clause of the window, not a noun phrase.
_NOT_IN_A_GROUP = frozenset({"that", "who", "which", "whom", "whose", "and", "or"})


def _people_unnamed(mention: Mention) -> bool:
    """Whether a mention is a short phrase for unnamed people ("Lawmakers", "some Democrats",
    "his critics"), not a document ("Exit polls") nor a phrase with a clause in it."""
    lex = attribution_lexicon()
    words = [w.casefold().strip(",.;:’'") for w in mention.text.split()]
    if mention.kind != "unnamed" or not words or len(words) > 6:
        return False
    if any(w in _NOT_IN_A_GROUP for w in words):
        return False
    head = words[-1]
    if head in lex.document_nouns or head.removesuffix("s") in lex.document_nouns:
        return False
    return head in lex.plural_groups or head in lex.unnamed_heads or head in _PEOPLE_QUANTIFIERS


@cache
def _stance() -> re.Pattern[str]:
    """A stance with an object ("have endorsed making it harder …") or an adjective of stance
    after a linking verb with a complement ("remained skeptical that …", "are uneasy about …")."""
    lex = attribution_lexicon()
    rest = r"[^,.;:!?“”\"()—–]"
    return re.compile(
        rf"(?<![\w'’-])(?:(?P<verb>{_trie(lex.stance_verbs)})\s+"
        # (not "supported by", "opposed to", "welcomed in": a passive or an intransitive use)
        r"(?P<object>(?!(?:by|to|in|on|at|for|with|from|of|as|that|it|him|her|them|me|us|you|back)\b)"
        rf"[\w'’$]{rest}{{8,}})"
        r"|(?P<linking>(?:is|are|was|were|remain(?:s|ed)?|seem(?:s|ed)?|appear(?:s|ed)?|"
        r"(?:has|have|had)\s+been|grew|became)(?:\s+(?:also|still|more|less|so|very|deeply|"
        r"increasingly|openly|privately|publicly|quietly|\w+ly))?)"
        rf"\s+(?P<adjective>{_trie(lex.stance_adjectives)})\s+"
        rf"(?P<complement>(?:that|about|of|over|to|on|with|whether)\s{rest}{{8,}}))",
        re.IGNORECASE,
    )


def _stances(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
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
        if _NEGATED_BEFORE.search(before):
            continue  # "The union didn't endorse a candidate"
        if claim == "object" and _NOT_A_STANCE_OBJECT.match(m.group("object")):
            continue  # "Some doubts remain", "Many support their families": a noun, or no stance
        mention = parse_subject(text, s_start, subject_hi)
        if mention is None or not _people_unnamed(mention):
            continue
        cue_end = s_start + (m.end("adjective") if claim == "complement" else m.end(cue))
        found.append(
            FoundClaim(
                mention,
                "belief",
                _text_span(text, s_start + m.start(cue), cue_end),
                _trim_claim(text, s_start + m.start(claim), s_start + m.end(claim)),
            )
        )
    return found


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
        rf"(?<![\w'’])(?:(?P<verb>{_trie(lex.topic_verbs)})"
        rf"(?:\s+(?:{WEEKDAY}|today|yesterday|again|\w+ly))?\s+(?P<on>on|about|with)\b"
        r"\s+(?P<claim>[^,.;:!?“”\"()—–]+)"
        # "ruled out a tax increase", "have effectively ruled that out"
        rf"|(?P<ruled>{_trie(lex.ruling_out_verbs)})\s+(?:(?P<out>out)\s+"
        r"(?P<ruled_out>[^,.;:!?“”\"()—–]+)|(?P<object>(?:it|that|this|them)\s+out)\b)"
        # "offered his assessment of the deal", "with experts offering their assessments"
        rf"|(?P<offered>{_trie(lex.offering_verbs)})\s+(?P<view>(?:a|an|the|his|her|their|its|our)"
        rf"\s+(?:[\w-]+\s+)?(?:{_trie(lex.offered_views)})\b[^,.;:!?“”\"()—–]*))"
    )


def _topic_remarks(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
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
        if _DETERMINER_BEFORE.search(before):
            continue  # "the rule out of …": a noun
        adverb = _TRAILING_LY.search(before)
        if adverb:
            # "have effectively ruled that out": the adverb is the verb's
            subject_hi = lo + adverb.start()
            before = text[lo:subject_hi]
        clause = next(reversed(list(_SUBORDINATOR.finditer(before))), None)
        if clause and 0 < len(before[clause.end() :].split()) <= 8:
            # "but before city officials had weighed in with …": the subject follows.
            lo += clause.end()
            before = before[clause.end() :]
        if _NOT_OR_TO_BEFORE.search(before):
            continue  # "shouldn't weigh in", "get to weigh in": nobody has
        auxiliary = _AUXILIARY.search(before)
        if auxiliary:
            if auxiliary.group("negation") or _MODAL.match(auxiliary.group().strip()):
                continue  # "should offer an opinion": not (yet) said
            subject_hi = lo + auxiliary.start()
        mention = parse_subject(text, lo, subject_hi)
        if mention is None or mention.kind == "unspecified":
            continue
        claim = _trim_claim(text, s_start + m.start(claim_group), s_start + m.end(claim_group))
        if len(text[claim.start : claim.end].split()) < 2:
            continue
        found.append(
            FoundClaim(
                mention,
                "topic",
                _text_span(text, s_start + m.start(verb), s_start + m.end(cue_end)),
                claim,
            )
        )
    return found


def _refusals(text: str, s_start: int, sentence: str) -> list[FoundClaim]:
    """Sources asked who said nothing, in a sentence (kind "declined": no claim is made)."""
    found = []
    for m in _refusal().finditer(sentence):
        cue, claim = next(
            (cue, claim) for cue, claim in _REFUSAL_GROUPS if m.group(cue) is not None
        )
        subject_hi = s_start + m.start(cue)
        before = text[s_start:subject_hi]
        relative = _RELATIVE_BEFORE.search(before)
        auxiliary = _AUXILIARY.search(before)
        if relative:
            subject_hi = s_start + relative.start()
        elif auxiliary and not auxiliary.group("negation"):
            subject_hi = s_start + auxiliary.start()  # "the aide has declined"
        mention = parse_subject(text, s_start, subject_hi)
        if mention is None or mention.kind == "unspecified":
            continue
        found.append(
            FoundClaim(
                mention,
                "declined",
                _text_span(text, s_start + m.start(cue), s_start + m.end(cue)),
                Span(s_start + m.start(claim), s_start + m.end(claim)),
            )
        )
    return found


#: Where or how something was said, not what: `Robison said in a written statement.`
#: (nor a manner: `Sanders asked rhetorically, shaking his head.`, nor a time: `said before
#: he died`)
_NOT_A_CLAIM = re.compile(
    r"(?:in|on|at(?!\s+(?:least|most)\b)|to|during|via|through|by|before|after|while|until)"
    r"\s+(?:\S+\s+){0,5}\S+"
    r"|\w+ly\b(?:,.*)?"
)
_SAID_OF = re.compile(r"of\s+(?:\S+\s+){0,5}\S+")
#: A noun phrase announced: one opened by a determiner or possessive ("the arrest of a man"),
#: not a sum ("an additional $400 million in aid" is a measure, not news of what was said).
_ANNOUNCED_OBJECT = re.compile(
    r"(?:the|a|an|his|her|its|their|our|plans)\s+(?![\w-]+\s+[$€£\d]|[$€£\d])"
)
#: A clause with its own subject and auxiliary, after a verb.
_CLAUSE_AFTER = re.compile(_BARE_CLAUSE)
#: Where an announced noun phrase ends: its clause's end, or the subject's next verb.
_AND_SAID_PATTERN = r"\s+and\s+(?:said|says|added|adds)\b"
_AND_SAID = re.compile(_AND_SAID_PATTERN)
_NOUN_PHRASE_END = re.compile(rf"\s*[,;:—–(]|{_AND_SAID_PATTERN}")
#: A count after a verb that tallies ("added yet another goal", "added 20 points").
_TALLY = re.compile(
    r"(?:yet\s+)?(?:another|\d[\d,.]*|one|two|three|four|five|six|a\s+(?:second|third|fourth|pair))\b"
)
#: A claim that goes on with a second statement of its speaker (", saying …", ", and added …").
_CLAIM_CONTINUES = re.compile(
    r",\s+(?:and\s+)?(?P<cue>(?P<verb>saying|adding|noting|added|adds)(?:\s+that)?)\s+(?P<claim>\S)"
)
#: Participles that report a bare clause, without "that" (", saying there are limits").
_BARE_CLAUSE_PARTICIPLES = frozenset({"saying", "adding"})


def _second_statement(
    text: str, mention: Mention, more: re.Match[str], claim_hi: int
) -> FoundClaim:
    """The attribution of a speaker's second statement (", adding that …", ", saying …"), matched
    by `_CLAIM_CONTINUES`, whose claim runs to `claim_hi`."""
    return FoundClaim(
        mention,
        _kind_for(more.group("verb"), mention),
        _text_span(text, more.start("verb"), more.end("cue")),
        _trim_claim(text, more.start("claim"), claim_hi),
    )


def _skip_lead(text: str, lo: int, hi: int) -> int:
    """Skip a leading connective ('However, ') of a claim."""
    m = re.match(r"\s*(?:However|But|And|Meanwhile|Still|Yet|Also|Now|So)\s*,?\s+", text[lo:hi])
    return lo + m.end() if m else lo


def _trim_claim(text: str, lo: int, hi: int) -> Span:
    while lo < hi and (text[lo].isspace() or text[lo] in ",:;"):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ".,;:"):
        hi -= 1
    return Span(lo, hi)


def _sentences_of(segmentation: Segmentation, article: Article) -> list[tuple[int, int]]:
    return [
        (s.start, s.end)
        for s in segmentation.sentences
        if article.blocks[s.block_index].kind != "title"
    ]


def attribute(
    article: Article, segmentation: Segmentation, raw_quotes: list[RawQuote]
) -> SpeakerAnalysis:
    text = article.text
    tracker = Tracker()
    masked = _masked(text, raw_quotes)
    body_start = article.body_blocks[0].start if article.body_blocks else 0
    people = _people(text, body_start)
    tracker.full_names = _full_names(people)
    tracker.given_names = _leading_names(people)
    tracker.organizations = _organizations(text, body_start, masked)
    tracker.text = text
    block_bounds = [(b.start, b.end) for b in article.blocks]

    # 1.-2. collect events: (position, order, payload)
    events: list[tuple[int, int, str, int]] = []
    cues: dict[int, _Cue | None] = {}
    for qi, quote in enumerate(raw_quotes):
        if quote.kind in ("headline",):
            cues[qi] = None
            continue
        first_block = block_bounds[quote.blocks[0]]
        last_block = block_bounds[quote.blocks[-1]]
        lo = max([first_block[0], *[q.end for q in raw_quotes if q.end <= quote.start]])
        block_end = last_block[1]
        following = quote.blocks[-1] + 1
        if (
            not text[quote.end : block_end].strip(" .")
            and following < len(block_bounds)
            and text[block_bounds[following][0] : block_bounds[following][0] + 1].islower()
        ):
            # The cue opens the next paragraph ("said Rockets general manager Bruce Hamilton").
            block_end = block_bounds[following][1]
        hi = min([block_end, *[q.start for q in raw_quotes if q.start >= quote.end]])
        cue = (
            _find_quote_cue(text, quote, lo, hi)
            if quote.kind != "block"
            else _block_cue(text, quote, hi)
        )
        cues[qi] = cue
        pos = cue.mention.start if cue and cue.mention else quote.start
        events.append((pos, 1, "quote", qi))
    reported = _find_reported(
        text,
        _sentences_of(segmentation, article),
        masked,
        [Span(q.start, q.end) for q in raw_quotes if q.kind == "inline"],
        [
            (Span(cue.cue.start, cue.cue.end), Span(raw_quotes[qi].start, raw_quotes[qi].end))
            for qi, cue in cues.items()
            if cue is not None and Span(raw_quotes[qi].start, raw_quotes[qi].end) in masked
        ],
    )
    for ri, item in enumerate(reported):
        events.append((item.mention.start, 0, "reported", ri))
    # People named as a sentence's subject are antecedents for later pronouns, quoted or not.
    for pi, person in enumerate(people):
        if person.subject and not any(m.start <= person.start < m.end for m in masked):
            events.append((person.start, -1, "person", pi))
    # A known person's bare surname as a clause's subject ("Niederreiter has four goals") keeps
    # them the most recent antecedent.
    surnames = _surname_mentions(text, body_start, people, tracker, masked)
    for si, _ in enumerate(surnames):
        events.append((surnames[si].start, -1, "surname", si))
    events.sort(key=lambda e: (e[0], e[1]))

    # 3. resolve in text order.
    choices: dict[int, SpeakerChoice] = {}
    reported_out: list[Reported] = []
    last_quote_speaker: tuple[int, SpeakerChoice] | None = None  # (block index, choice)
    last_quote_words = 0
    last_reported_entity: tuple[int, int] | None = None  # (block index, entity)
    for _pos, _order, kind, index in events:
        if kind in ("surname", "person"):
            if kind == "surname":
                subject = surnames[index]
            else:
                person = people[index]
                subject = Mention(
                    "name",
                    person.start,
                    person.end,
                    person.name,
                    name=person.name,
                    role=person.role,
                    gender=person_gender(person.name, person.role),
                )
            entity, _ = tracker.resolve(subject)
            if entity is not None and entity.gender is None and entity.kind == "person":
                entity.gender = _gender_in_clause(text, subject.end)
            continue
        if kind == "reported":
            found = reported[index]
            mention, claim = found.mention, found.claim
            entity, resolution = tracker.resolve(
                mention,
                _named_in(tracker, text, claim) if mention.kind == "pronoun" else frozenset(),
            )
            if entity is None:
                continue
            reported_out.append(
                Reported(
                    entity=entity.key,
                    kind=found.kind,
                    cue=found.cue,
                    claim=claim,
                    mention=Span(mention.start, mention.end),
                )
            )
            last_reported_entity = (_block_of(block_bounds, mention.start), entity.key)
            tracker.spoke.add(entity.key)
            # As after a quote, the speaker of a reported claim is the latest one mentioned, not
            # someone named inside their own apposition ("Sandmann, seen facing activist Nathan
            # Phillips, has said he …"); unless the claim relays another source ("cites a source
            # who claimed …"), which is then the latest.
            if not any(claim.start <= other.mention.start < claim.end for other in reported):
                entity.last_pos = max(entity.last_pos, claim.end)
            continue
        quote = raw_quotes[index]
        cue = cues[index]
        choice = SpeakerChoice(entity=None, mention=None, resolution="none", confidence=0.3)
        if cue is not None and cue.mention is not None:
            entity, resolution = tracker.resolve(cue.mention)
            if entity is not None:
                conf = {"explicit": 0.95, "pronoun": 0.8, "description": 0.75}.get(resolution, 0.6)
                if cue.mention.kind in ("unnamed", "unspecified"):
                    conf = 0.85
                choice = SpeakerChoice(
                    entity.key,
                    _text_span(text, cue.mention.start, cue.mention.end),
                    resolution,
                    conf,
                )
        elif quote.kind != "block" and not _unread_cue(text, quote, block_bounds):
            block = quote.blocks[0]
            if (
                last_quote_speaker
                and last_quote_speaker[0] in (block, block - 1)
                and last_quote_speaker[1].entity is not None
            ):
                prev = last_quote_speaker[1]
                choice = SpeakerChoice(prev.entity, prev.mention, "continuation", 0.7)
            elif (
                last_quote_speaker
                and last_quote_speaker[0] == block - 2
                and last_quote_speaker[1].entity is not None
                and _is_floating(text, quote, block_bounds[block])
                and last_quote_words >= 4
                and _narrates(text, block_bounds[block - 1])
                and not _someone_else_in(
                    tracker, last_quote_speaker[1].entity, block_bounds[block - 1]
                )
            ):
                # A quoted paragraph after one paragraph of narration that names nobody else (a
                # pull quote's signature, a reporter's aside) still continues the last speaker's
                # quote (not a quoted term's).
                prev = last_quote_speaker[1]
                choice = SpeakerChoice(prev.entity, prev.mention, "continuation", 0.6)
            elif (
                last_reported_entity
                and last_reported_entity[0] in (block, block - 1)
                and _is_floating(text, quote, block_bounds[block])
            ):
                entity = tracker.entities[last_reported_entity[1]]
                choice = SpeakerChoice(entity.key, None, "continuation", 0.6)
            else:
                entity = _previous_subject(text, quote, block_bounds, tracker)
                if entity is not None:
                    choice = SpeakerChoice(entity.key, None, "continuation", 0.5)
        choices[index] = choice
        if choice.entity is not None:
            tracker.spoke.add(choice.entity)
            tracker.entities[choice.entity].last_pos = max(
                tracker.entities[choice.entity].last_pos, quote.end
            )
        if quote.kind != "headline":
            last_quote_speaker = (quote.blocks[-1], choice)
            last_quote_words = len(quote.words(text).split())

    # A pull quote or a subheading repeats words quoted in the body: the body quote's speaker.
    _forward_descriptions(tracker, reported_out, choices)
    _repeated_quotes(text, raw_quotes, choices)

    # 4. kinds.
    out: list[AttributedQuote] = []
    for qi, quote in enumerate(raw_quotes):
        cue = cues.get(qi)
        first_block = block_bounds[quote.blocks[0]]
        last_block = block_bounds[quote.blocks[-1]]
        kind = _quote_kind(text, quote, cue, first_block[0], last_block[1])
        choice = choices.get(
            qi, SpeakerChoice(None, None, "none", 0.0 if kind in ("headline", "term") else 0.3)
        )
        if (
            kind == "term"
            and choice.resolution == "continuation"
            and qi > 0
            and _follow_on_sentence(text, raw_quotes[qi - 1], cues.get(qi - 1), quote)
        ):
            kind = "direct"  # `“The fear will not go away,” Lotayef said. “This can happen.”`
        if kind == "term" and choice.resolution != "explicit":
            choice = SpeakerChoice(None, None, "none", 0.0)
        out.append(
            AttributedQuote(
                raw=quote,
                kind=kind,
                speaker=choice,
                cue=cue.cue if cue and choice.entity is not None else None,
            )
        )
    return SpeakerAnalysis(
        quotes=out,
        reported=reported_out,
        entities=tracker.entities,
        language=attribution_lexicon().language,
    )


#: A capitalised word after a preposition of place is a place ("in Canada", "to Toronto").
_PLACE = re.compile(r"\b(?:in|from|across|throughout|near|outside|inside)\s+([A-Z][\w'’-]+)\b")
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(TITLE_ABBREVIATIONS)})\.[ \t]$")
_CHAIN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|(?<![\w.])[A-Z]\.)[ \t]$")
_SURNAME_SUBJECT = re.compile(r"\b[A-Z][\w'’-]+(?=\s+(?:[a-z]+\b))")


def _surname_mentions(
    text: str, start: int, people: list[PersonMention], tracker: Tracker, masked: list[Span]
) -> list[Mention]:
    """Bare surnames of people named in full, followed by a lower-case word (a verb, mostly)."""
    found: list[Mention] = []
    places = {m.group(1).casefold() for m in _PLACE.finditer(text, start)}
    for m in _SURNAME_SUBJECT.finditer(text, start):
        word = m.group(0)
        if (
            word.casefold() not in tracker.full_names
            or word.casefold() in places
            or word in attribution_lexicon().places
            or word.casefold() in attribution_lexicon().connectives
        ):
            continue
        if _CHAIN_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # inside a longer chain of capitalised words (not after "Media. ", "Mr. ")
        if _DETERMINER_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "the Ford government": the name qualifies a noun
        if _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not _opens_clause(
            text, m.start()
        ):
            continue  # "used Mr. Ailes as a consultant": a titled surname after a verb, an object
        if any(p.start <= m.start() < p.end for p in people) or any(
            q.start <= m.start() < q.end for q in masked
        ):
            continue
        found.append(Mention("name", m.start(), m.end(), word, name=word))
    return found


def _forward_descriptions(
    tracker: Tracker, reported: list[Reported], choices: dict[int, SpeakerChoice]
) -> None:
    """A description written before the name it stands for ("the WHL commissioner said …", then
    "WHL commissioner Ron Robison said"): the person named just after with that role speaks."""
    for entity in tracker.entities:
        if entity.named or entity.kind != "person" or not entity.mentions:
            continue
        words = _description_words(entity.name)
        if len(words) < 2 or words[0] != "the":
            continue
        role = re.compile(rf"\b{re.escape(' '.join(words[1:]))}\b")
        first = min(m.start for m in entity.mentions)
        last = max(m.end for m in entity.mentions)
        target = next(
            (
                person
                for person in tracker.entities
                if person.named
                and person.kind == "person"
                and person.mentions
                and role.search((person.role or "").casefold())
                and first < min(m.start for m in person.mentions) <= last + DESCRIPTION_REACH
            ),
            None,
        )
        if target is None:
            continue
        for item in reported:
            if item.entity == entity.key:
                item.entity = target.key
        for index, choice in choices.items():
            if choice.entity == entity.key:
                choices[index] = replace(choice, entity=target.key)
        target.mentions.extend(entity.mentions)


_MALE_WORDS = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_FEMALE_WORDS = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


def _gender_in_clause(text: str, pos: int) -> str | None:
    """The gender the rest of a subject's sentence gives it ("McNeely was afraid to let her guard
    down"), when its pronouns are all of one gender; else None."""
    end = next(sentence_breaks(text, pos, len(text)), None)
    clause = text[pos : end.start() if end else min(len(text), pos + 200)]
    clause = clause.split("\n", 1)[0]
    male, female = bool(_MALE_WORDS.search(clause)), bool(_FEMALE_WORDS.search(clause))
    if male == female:
        return None
    return "male" if male else "female"


_LEAD_PRONOUN = re.compile(
    r"(?:[A-Za-z]+,?\s+){0,3}?(?P<np>[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir)\b(?!['’])"
)
_LEAD_NAME = re.compile(r"(?P<np>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]+[a-z]")


def _previous_subject(
    text: str, quote: RawQuote, bounds: list[tuple[int, int]], tracker: Tracker
) -> Entity | None:
    """A quoted sentence with no cue that ends its paragraph, right after a sentence about a person
    ("He became aware of the risk. “When somebody dies ...”"): that person, if already known."""
    block = quote.blocks[0]
    block_lo, block_hi = bounds[block]
    if text[quote.end : block_hi].strip(" ."):
        return None  # the quote does not end its paragraph
    if text[block_lo : quote.start].strip():
        lo = block_lo
    elif block > 0:
        lo = bounds[block - 1][0]
    else:
        return None
    starts = [lo, *(m.end() for m in sentence_breaks(text, lo, quote.start + 2))]
    starts = [p for p in starts if p <= quote.start]
    if len(starts) < 2 or text[starts[-1] : quote.start].strip():
        return None  # the quote does not open its sentence, or no sentence comes before it
    sentence = text[starts[-2] : starts[-1]]
    lex = attribution_lexicon()
    m = _LEAD_PRONOUN.match(sentence)
    if m:
        gender = lex.pronouns.get(m.group("np").casefold())
        entity = tracker._pronoun(gender)
        return entity if entity is not None and entity.kind == "person" else None
    m = _LEAD_NAME.match(sentence)
    if m:
        entity = tracker.find_name(m.group("np"))
        return entity if entity is not None and entity.kind == "person" else None
    return None


def _repeated_quotes(
    text: str, raw_quotes: list[RawQuote], choices: dict[int, SpeakerChoice]
) -> None:
    words = {qi: set(re.findall(r"\w+", raw_quotes[qi].words(text).casefold())) for qi in choices}
    # A body quote may be split by its cue (“I'm not,” she said, “but ...”): join the parts.
    spoken: list[tuple[set[str], SpeakerChoice]] = []
    for qi, choice in choices.items():
        if choice.entity is None:
            continue
        spoken.append((words[qi], choice))
        nxt = choices.get(qi + 1)
        if nxt is not None and nxt.entity == choice.entity:
            spoken.append((words[qi] | words[qi + 1], choice))
    for qi, choice in choices.items():
        if choice.entity is not None or len(words[qi]) < 4:
            continue
        for other, found in spoken:
            if other is not words[qi] and len(words[qi] & other) >= 0.8 * len(words[qi]):
                choices[qi] = SpeakerChoice(found.entity, found.mention, "continuation", 0.6)
                break


#: Between a quote and the next one: its cue ending a sentence (`,” Lotayef said. `).
_CUE_THEN_BREAK = re.compile(r"[^.!?“”\"]{1,80}[.!?]\s+$")


def _follow_on_sentence(
    text: str, previous: RawQuote, previous_cue: _Cue | None, quote: RawQuote
) -> bool:
    """A short quoted sentence right after the sentence that cues the quote before it, in the
    same paragraph: more of the same speech, not quoted words (`“…,” Tarek said. “It didn’t
    get better.”`)."""
    words = quote.words(text)
    return (
        previous.kind == "inline"
        and previous_cue is not None
        and previous_cue.where == "post"
        and previous.blocks[-1] == quote.blocks[0]
        and previous_cue.cue.end <= quote.start
        and _CUE_THEN_BREAK.fullmatch(text, previous.end, quote.start) is not None
        and words[:1].isupper()
        and words.rstrip(_MARKS_AND_SPACE)[-1:] in (".", "!", "?")
    )


def _narrates(text: str, block: tuple[int, int]) -> bool:
    """A paragraph of narration: a sentence of a few words, not one that introduces a quotation
    ("Partial transcript as follows:") nor a fragment of an embedded post ("@potus.")."""
    words = text[block[0] : block[1]].split()
    return len(words) >= 4 and not words[-1].endswith(":")


def _someone_else_in(tracker: Tracker, speaker: int, block: tuple[int, int]) -> bool:
    """Whether a paragraph mentions a source other than `speaker` (as far as the tracker has
    read)."""
    lo, hi = block
    return any(
        entity.key != speaker and any(lo <= m.start < hi for m in entity.mentions)
        for entity in tracker.entities
    )


def _is_floating(text: str, quote: RawQuote, block: tuple[int, int]) -> bool:
    """A quote that is its block's whole text (a quoted paragraph with no cue of its own)."""
    return not text[block[0] : quote.start].strip() and not text[quote.end : block[1]].strip(" .")


def _block_cue(text: str, quote: RawQuote, hi: int) -> _Cue | None:
    """An embedded post or pull quote signed '— Name (@handle)' on its last line."""
    inner = quote.inner[-1]
    m = re.search(
        r"[—–-]\s*(?P<np>[A-Z][^()\n—–]{1,60}?)\s*(?:\(@\w+\)|$)", text[inner.start : inner.end]
    )
    if not m:
        return None
    lo = inner.start + m.start("np")
    mention = parse_subject(text, lo, inner.start + m.end("np"))
    if mention is None or mention.kind != "name":
        return None
    return _Cue(
        mention, _text_span(text, inner.start + m.start(), inner.start + m.start() + 1), "post"
    )


@cache
def _unread_cue_pattern() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*[,—–-]?[ \t]*{_NP}{{0,250}}?\b(?P<verb>{_verb_pattern()})\b")


def _unread_cue(text: str, quote: RawQuote, bounds: list[tuple[int, int]]) -> bool:
    """Whether a cue verb follows the quote in its sentence though no speaker could be read from
    it (`“…,” said Della.`, `“…,” Paganini and his team wrote`): the quote then has a speaker of
    its own, whom the previous quote's speaker must not stand in for."""
    block_end = bounds[quote.blocks[-1]][1]
    after = text[quote.end : block_end].lstrip(" \t")
    last = text[quote.inner[-1].end - 1 : quote.inner[-1].end]
    if not (last in ",?!—–" or after[:1] in (",", "—", "–")):
        return False  # `“… where we came from.” As it stands, …`: the next sentence, no cue
    first = (after.lstrip(",—– \t").split()[:1] or [""])[0]
    if not (first[:1].isupper() or first.casefold() in _CUE_OPENERS):
        return False  # `“… Mexico,” and he …`: the sentence goes on, no cue of its own
    return _unread_cue_pattern().match(text, quote.end, block_end) is not None


#: Words that open a cue after a quote besides a capitalised name: a pronoun, a determiner, a verb.
_CUE_OPENERS = frozenset(
    {"he", "she", "they", "it", "we", "the", "a", "an", "one", "another", "said", "says", "wrote"}
)


def _block_of(bounds: list[tuple[int, int]], pos: int) -> int:
    for i, (lo, hi) in enumerate(bounds):
        if lo <= pos <= hi:
            return i
    return -1
