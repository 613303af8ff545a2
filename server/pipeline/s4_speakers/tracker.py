"""The registry of sources and how a mention finds its entity: `Entity` (one canonical name
with its aliases, role, gender and mentions) and `Tracker`, which resolves names (a surname to
the full name written before it, an acronym to its body), pronouns (the latest fitting person or
body), relatives, bodies named after their owner ("his campaign") and definite descriptions ("the
spokesman", "the agency", "the report"). The word helpers coreference needs (`_name_words`,
`description_words`, `document_head`) live here with it; the reported-speech finders borrow
`document_head` to tell a document from a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from server.lexicon import attribution_lexicon, outlet_table
from server.pipeline.mentions import (
    COURTESY_TITLES,
    PREPOSITIONS,
    Mention,
    adverb_like,
    first_names,
    organization_heads,
    person_gender,
)
from server.pipeline.model import Resolution, SourceKind, Span
from server.pipeline.s4_speakers.clauses import clause_window
from server.pipeline.s4_speakers.names import OrganizationMention, surname_key
from server.pipeline.s4_speakers.patterns import KIN_ROLE


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
    #: every position `last_pos` was moved to, in order (where the entity was last met before
    #: a given point)
    seen: list[int] = field(default_factory=list)
    via: int | None = None
    description: str | None = None

    def met(self, pos: int) -> None:
        """The entity was named, or spoke, up to `pos`."""
        self.last_pos = max(self.last_pos, pos)
        self.seen.append(pos)


class Tracker:
    """Entities in order of mention; resolves names, pronouns and descriptions to them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        #: Surname -> the full names ending in it, with where each is written.
        self.full_names: dict[str, list[tuple[int, str]]] = {}
        #: Family name first ("Hua" for Hua Chunying), used only when no surname matches.
        self.given_names: dict[str, str] = {}
        #: A common given name -> the one full name that opens with it ("Walter").
        self.first_names: dict[str, str] = {}
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
        entity.met(span.end)
        return entity

    def _new(self, name: str, kind: SourceKind, named: bool, mention: Mention) -> Entity:
        if kind == "person" and named and _body_role(name, mention.role):
            kind = "organization"  # "Unilever, the consumer goods group, said"
        entity = Entity(
            key=len(self.entities),
            name=name,
            kind=kind,
            named=named,
            role=plausible_role(mention.role),
            # (a given name tells a gender: "Ivanka Trump" is not the "Mr. Trump" met later)
            gender=mention.gender
            or (person_gender(name, mention.role) if kind == "person" else None),
        )
        self.entities.append(entity)
        return entity

    def full_name(self, surname: str, pos: int, gender: str | None = None) -> str | None:
        """The full name a bare surname stands for: the latest one written before `pos`, or else
        the first one (the "Belkacemi" of a paragraph is the Belkacemi named last). A title's
        gender chooses between namesakes ("Mrs. Clinton" is Hillary, not Bill Clinton)."""
        found = self.full_names.get(" ".join(surname.casefold().split()))
        if found and gender in ("male", "female"):
            # ("Mr. Trump" in a story that names only Ivanka Trump in full: no full name)
            found = [(p, n) for p, n in found if person_gender(n, None) in (gender, None)]
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

    def find_name(self, name: str, gender: str | None = None) -> Entity | None:
        """The named entity a name stands for; a surname alone matches a full name, and a full
        name a surname met alone, unless their genders differ ("Mr. Trump" is no "Ivanka
        Trump")."""
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
                        and not _other_gender(entity, gender)
                    )
                    or (
                        entity.kind == "person"
                        and len(other) == 1
                        and other[0] == words[-1]
                        and len(words) > 1
                        and not _other_gender(entity, gender)
                    )
                    or (acronym and entity.kind != "person" and _abbreviates(name, candidate))
                ):
                    if best is None or entity.last_pos > best.last_pos:
                        best = entity
                    break
        return best

    def resolve(
        self, mention: Mention, exclude: frozenset[int] = frozenset(), before: int | None = None
    ) -> tuple[Entity | None, Resolution]:
        """The entity a mention stands for; a pronoun never stands for those in `exclude`, and
        reads only mentions before `before` (a claim's start, for a cue after it)."""
        span = Span(mention.start, mention.end)
        lex = attribution_lexicon()
        if mention.kind == "name" and mention.name:
            outlet = (
                outlet_table().lookup_name(mention.text)
                or outlet_table().lookup_name(mention.name)
                # ("… by +972 Magazine and The Intercept": the name without its "The")
                or (
                    outlet_table().lookup_name(f"The {mention.name}")
                    if f"The {mention.name}" in mention.text
                    else None
                )
            )
            name = written = mention.name
            if outlet and surname_key(mention.text) and self.full_name(mention.text, mention.start):
                # "Bloomberg said" in a story about Michael Bloomberg: the person, not the outlet
                outlet = None
                name = mention.text
                mention = replace(mention, name=name, organization=False)
            name = outlet.name if outlet else name
            if (
                not outlet
                # (or a word that may be an adverb: "Schlafly said" after "Phyllis Schlafly",
                # but not "Significantly, …")
                and (
                    name in lex.titles
                    or name in lex.not_names
                    or adverb_like(name)
                    or name.casefold() in lex.role_nouns
                )
                and self.full_name(name, mention.start) is None
                and mention.text.split()[0].rstrip(".") not in COURTESY_TITLES  # not "Mr. King"
            ):
                return None, "none"  # a bare title ("Major said") names no one known
            related = bool(mention.role) and (mention.role or "").split()[-1].casefold() in (
                lex.relation_nouns
            )
            if (
                not outlet
                and not mention.organization
                and (
                    surname_key(name)
                    or (len(name.split()) == 2 and self.full_name(name, mention.start))
                )
                and not related
            ):
                # (Not "Spindler's father, Joseph": a relative known by a given name is not the
                # Joseph named elsewhere.)
                key = " ".join(name.casefold().split())
                # (a family name first only when no full name ends in it: not "Obama Speech" for
                # "Mr. Obama" when only Michelle Obama is named in full)
                name = self.full_name(name, mention.start, mention.gender) or (
                    name
                    if key in self.full_names
                    else self.given_names.get(key) or self.first_names.get(key, name)
                )
            entity = (
                next((e for e in self.entities if e.named and e.name == name), None)
                if related
                else self.find_name(name, mention.gender or person_gender(name, None))
            )
            expanded = (
                _spelled_out(self.text, name, mention.start)
                if entity is None and not outlet and _ACRONYM.fullmatch(name)
                else None
            )
            if expanded is not None:
                # "According to LN" after "Live Nation is producing the tour": the body named in
                # full before, with the acronym as an alias
                entity = self.find_name(expanded) or self._new(
                    expanded, "organization", True, replace(mention, organization=True)
                )
                if name not in entity.aliases:
                    entity.aliases.append(name)
            if entity is None:
                # (a name the text described as a body: "Wealth-X, a private company")
                apposed = mention.organization or any(
                    o.head and o.name == name for o in self.organizations
                )
                kind: SourceKind = "outlet" if outlet else "organization" if apposed else "person"
                introduced = (
                    self._introduced(name, mention) or self._described(name, mention)
                    if kind == "person" and not related
                    else None
                )
                if introduced is not None:
                    return self._touch(introduced, span), "explicit"
                titled = kind == "person" and _document_title(name, mention.role)
                entity = self._new(name, "document" if titled else kind, True, mention)
                if titled and _TITLED.search(entity.role or ""):
                    entity.role = None  # ("a document titled White Paper": no role)
            else:
                longer = len(_name_words(name)) > len(_name_words(entity.name))
                if longer:
                    entity.aliases.append(entity.name)
                    entity.name = name
                elif name != entity.name and name not in entity.aliases:
                    entity.aliases.append(name)
                if mention.role and not entity.role:
                    entity.role = plausible_role(mention.role)
                if mention.gender and not entity.gender:
                    entity.gender = mention.gender
            if outlet and _bare(written) != _bare(entity.name) and written not in entity.aliases:
                # ("AP" for the Associated Press, "Western Journalism" for The Western Journal:
                # the words the text uses stay an alias of the canonical name)
                entity.aliases.append(written)
            return self._touch(entity, span), "explicit"
        if mention.kind == "pronoun":
            entity = self._pronoun(mention.gender, exclude, before)
            if entity is None and mention.text.casefold() == "its":
                # (only the owner "its": "it read" after a letter is the letter's)
                entity = self._body_named_before(mention.start)
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

    def _body_named_before(self, pos: int) -> Entity | None:
        """The body named last before `pos` when no source is one yet, for "its" ("Covington
        Catholic High School was known for … its rousing motto, “…”")."""
        named = [o for o in self.organizations if o.end <= pos and pos - o.end <= DESCRIPTION_REACH]
        if not named:
            return None
        name = named[-1].name
        mention = Mention("name", pos, pos, name, name=name, organization=True)
        return self.find_name(name) or self._new(name, "organization", True, mention)

    def _introduced(self, name: str, mention: Mention) -> Entity | None:
        """The unnamed person a new name stands for when it is named just after being introduced
        ("A spokeswoman for Trudeau said …", then "“…,” said Eleanore Catenaro."): the source met
        last, described by a post (`cataphora_heads`), in this paragraph or the one before, and
        the name comes in the cue right after a quotation with no description of its own."""
        if mention.role or not self.entities:
            return None
        if not _AFTER_QUOTATION.search(self.text, max(0, mention.start - 24), mention.start):
            return None
        last = max(self.entities, key=lambda e: e.last_pos)
        words = last.name.casefold().split()
        if last.named or last.kind != "person" or words[0] not in ("a", "an"):
            return None
        post = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))
        head = words[post - 1]
        between = self.text[last.last_pos : mention.start]
        if (
            head not in attribution_lexicon().cataphora_heads
            or last.last_pos > mention.start
            or len(re.findall(r"\n+", between)) > 1
        ):
            return None
        gender = mention.gender or person_gender(name, None)
        if gender and last.gender and gender != last.gender:
            return None
        last.role = last.name.split(maxsplit=1)[1]
        last.name, last.named = name, True
        last.gender = last.gender or gender
        return last

    def _described(self, name: str, mention: Mention) -> Entity | None:
        """The unnamed person described before in the very words of a new name's role ("China's
        ambassador to Britain accused …", then "China's ambassador to Britain Liu Xiaoming
        said"): a description of three words or more, so a post few can hold."""
        role = _without_article(mention.role or "")
        if len(role.split()) < 3:
            return None
        for entity in self.entities:
            if (
                not entity.named
                and entity.kind == "person"
                and _without_article(entity.name) == role
            ):
                entity.role = mention.role
                entity.name, entity.named = name, True
                entity.gender = entity.gender or mention.gender or person_gender(name, None)
                return entity
        return None

    def _team_before(self, pos: int) -> Entity | None:
        """The team a story named last as "the" and a capitalised plural ("the Raptors"), by its
        longest name ("Toronto Raptors"): "The team posted a photo"; not a people or a party
        ("the Democrats", "the Canadians")."""
        lex = attribution_lexicon()
        start = max(0, pos - 2 * DESCRIPTION_REACH)
        last = None
        for m in _TEAM_NAME.finditer(self.text, start, pos):
            word = m.group("team")
            lowered = word.casefold()
            if not {lowered, lowered[:-1]} & (lex.plural_groups | lex.demonym_nouns) and not (
                lex.ends_in_place(m.group().split(maxsplit=1)[1])  # "the United States"
            ):
                last = word
        if last is None:
            return None
        full = re.search(rf"\b((?:[A-Z][\w.'’-]*\s+){{1,2}}{last})\b", self.text)
        name = full.group(1) if full and full.start() < pos else last
        mention = Mention("name", pos, pos, name, name=name, organization=True)
        team = self.find_name(name) or self._new(name, "organization", True, mention)
        team.kind = "organization"  # (not the person "The Toronto Raptors have …" was read as)
        return team

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
        if kind != "unspecified" and document_head(name):
            entity.kind = "document"  # "a new study", not the bare "reports" of hearsay
        return self._touch(entity, span)

    def _pronoun(
        self, gender: str | None, exclude: frozenset[int] = frozenset(), before: int | None = None
    ) -> Entity | None:
        def last(entity: Entity) -> int:
            # ("Paris Baguette's dough is made centrally, he said": a name inside the claim is no
            # antecedent of the pronoun after it)
            if before is None or entity.last_pos <= before:
                return entity.last_pos
            words = _name_words(entity.name)
            named = (
                start
                for start, name in self.full_names.get(words[-1].casefold() if words else "", [])
                if name == entity.name
            )
            # (where it was met as a source, or its full name written before)
            return max((p for p in (*entity.seen, *named) if p <= before), default=-1)

        recent = sorted(
            (e for e in self.entities if e.key not in exclude and last(e) >= 0),
            key=last,
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
            # "they" is a group, an organisation, an unnamed source or two people named together;
            # after one named person it is mostly someone the text has not named ("… Celine
            # Dion. 'Don't understand it,' they said on Instagram"): nobody, not that person.
            if (
                recent
                and recent[0].kind == "person"
                and recent[0].named
                and not _TOGETHER.search(recent[0].name)
            ):
                return None
            if (
                recent
                and recent[0].kind == "person"
                and _ONE_PERSON.match(recent[0].name)
                and not attribution_lexicon().unnamed_heads.intersection(
                    recent[0].name.casefold().split()
                )
            ):
                # "a candidate who thinks …. They acknowledge": not that one (but "a source …
                # they said": a source's gender is often withheld)
                return None
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
        words = description_words(mention.name or "")
        head = words[-1] if words else ""
        body_of = _BODY_OF.match(mention.name or "")
        if body_of and head in organization_heads() and head not in lex.document_nouns:
            # "The city of Phoenix", "the government of Canada": the body so named
            name = f"{head.capitalize()} of {body_of.group('name')}"
            return self.find_name(name) or self._new(name, "organization", True, mention)
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
            if _OWNER_FIRST.match(mention.name or ""):
                return None  # "China's foreign ministry" is no ministry named before
            found = self._organization(mention, head)
            if found is None and words[:-1] == ["the"] and head in lex.team_heads:
                found = self._team_before(mention.start)
            return found
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
            # (a title spelled out only for someone met just before: "Sen. Lindsey Graham …
            # Graham has been critical of Trump. … the South Carolina senator"; not a senator
            # named pages before a "Florida senator" just named without his title)
            near = mention.start - entity.last_pos <= DESCRIPTION_REACH
            role = (spelled_role(entity.role) if near else entity.role or "").casefold()
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
                and head in description_words(entity.name)[-2:]
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
            or (len(words) == 2 and head in lex.demonym_nouns)  # "the Frenchman"
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
                    # (not someone known as a relative: "Her husband, Saeed Abedini, was free,
                    # the president told her")
                    and not (KIN_ROLE.match(entity.role or "") and head not in lex.relation_nouns)
                ):
                    # (someone in another office is not "the mayor": someone new, unnamed)
                    return None if _other_office(entity, head) else entity
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
        lex = attribution_lexicon()
        if head in lex.document_nouns:
            # "according to a police report …", then "the report said": that document
            document = max(
                (
                    e
                    for e in self.entities
                    if e.kind == "document"
                    and not e.named
                    and e.last_pos <= pos
                    and pos - e.last_pos <= DESCRIPTION_REACH
                    # (or any document: "the civil claim said …", then "The legal document said")
                    and (head in e.name.casefold().split() or head == "document")
                ),
                key=lambda e: e.last_pos,
                default=None,
            )
            if document is not None:
                return document
        named = [(o.end, o.name) for o in self.organizations if o.end <= pos and not o.head] + [
            (span.end, entity.name)
            for entity in self.entities
            if entity.kind in ("organization", "outlet") and entity.named
            for span in entity.mentions
        ]
        # (or whose apposition has it: "Citizens for …, a liberal watchdog group", "the group")
        described = [
            (o.end, o.name) for o in self.organizations if head and o.head == head and o.end <= pos
        ]
        matching = sorted([c for c in named if head and head in _name_words(c[1])] + described)
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
        description = " ".join(description_words(mention.name or ""))
        if description not in attribution_lexicon().organization_descriptions and not (
            document_head(description)
        ):
            return None  # "the Canadian government": a description that names its referent
        lex = attribution_lexicon()
        if head in lex.document_nouns and mention.text.split()[-1].islower():  # not "The Post"
            author = self._spoke_in(head, pos)
            if author is not None:
                return author  # "X stated in the company's blog post …", then "the post read"
            if head in lex.filed_documents or head in lex.sent_documents:
                # "The suit says": the plaintiff's words, not those of the organisation named
                # last, which is as likely the one sued; "The letter said", "the study shows":
                # a document of its own, as likely sent to the body named last as written by it
                return None
        candidates: list[tuple[int, str, Entity | None]] = [
            (entity.last_pos, entity.name, entity)
            for entity in self.entities
            if entity.kind in ("organization", "outlet")
        ]
        candidates += [(end, name, None) for end, name in named]
        if description in lex.commercial_descriptions:
            # "The company did not respond": no public body named before
            candidates = [c for c in candidates if not _public_body(c[1])]
        if head in lex.named_type_heads:
            # "the hospital", "the council": a kind of body whose name says what it is; none
            # named so, none at all (not the last company named)
            return None

        def is_outlet(c: tuple[int, str, Entity | None]) -> bool:
            return bool(c[2].kind == "outlet" if c[2] else outlet_table().lookup_name(c[1]))

        if description not in lex.outlet_descriptions and not document_head(description):
            # "The hospital did say …" is no news outlet named before ("the newspaper" may be)
            candidates = [c for c in candidates if not is_outlet(c)]
        elif (
            description in lex.outlet_descriptions
            and description not in lex.commercial_descriptions
            and head not in ("group", "agency")
        ):
            # "The station also reported …" is a news outlet, not the company named before
            candidates = [c for c in candidates if is_outlet(c)]
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
        lo, _ = clause_window(self.text, paragraph_lo, found.start(), backwards=True)
        _, hi = clause_window(
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


def named_in(tracker: Tracker, text: str, claim: Span) -> frozenset[int]:
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


#: A body named by its kind and the proper name after "of" ("The city of Phoenix").
_BODY_OF = re.compile(r"[Tt]he\s+[a-z]+\s+of\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})$")


def _other_office(entity: Entity, head: str) -> bool:
    """Whether a person's role names an office other than a description's ("Detective Inspector
    Mark Hughes" is not "the mayor")."""
    offices = attribution_lexicon().office_nouns
    if head not in offices:
        return False
    role = {w.casefold() for w in _ROLE_WORD.findall(spelled_role(entity.role))}
    return head not in role and bool(role & offices)


def _body_role(name: str, role: str | None) -> bool:
    """Whether a role says a name is a body's: "the consumer goods group", "The developer" (not
    a person's, "the group's founder"; nor for a name with a given name)."""
    if not role or name.split()[0].casefold() in first_names():
        return False
    words = role.split()
    # (a short description with no complement: "a neonatologist at Al-Shifa Hospital", "The
    # Council on American-Islamic Relations National Executive Director" are people's)
    if words[0].casefold() not in ("the", "a", "an") or len(words) > 5:
        return False
    if any(w in PREPOSITIONS or w == "of" for w in words):
        return False
    lex = attribution_lexicon()
    head = words[-1].casefold().strip(",.")
    if " ".join(w.casefold() for w in words) in lex.commercial_descriptions:
        return True  # "The developer", "the retailer"
    return head in organization_heads() and head not in lex.role_nouns


def spelled_role(role: str | None) -> str:
    """A role with its title abbreviations spelled out after them ("Sen." reads "Sen. senator"):
    "Sen. Lindsey Graham" is "the senator", not the person named last."""
    if not role:
        return ""
    spelled = attribution_lexicon().title_roles
    words = (w.casefold() for w in re.findall(r"\b([A-Z][a-z]+)\.", role))
    extra = [spelled[w] for w in words if w in spelled]
    return " ".join([role, *extra])


#: Words that open no role: a clause, a time or a place, a conjunction, another source ("as
#: Al-Ibrahim stayed in her SUV", "In September 2019", "both Vindman and", "according to the
#: preliminary findings").
_NO_ROLE_START = frozenset(
    {
        "as",
        "in",
        "at",
        "on",
        "and",
        "or",
        "but",
        "both",
        "that",
        "during",
        "after",
        "before",
        "when",
        "while",
        "since",
        "if",
        "because",
        "then",
        "last",
        "to",
        "over",
        "he",
        "she",
        "they",
        "specifically",
        "half",
        "according",
        "including",
        "not",
        "by",
    }
)
#: A word that reads as an adjective, no noun of a post ("skeptical", "14th-ranked", "only").
_ADJECTIVE_END = re.compile(
    r"^[a-z\d-]*(?:ed|al|ful|ive|ous|ic|less|able|ible|ant|ent|ary)$|\d|^(?:new|old|young|only|"
    r"elder|younger|older|former|latest|two|three|four|five)$"
)
#: An age before a role set off by commas.
_ROLE_AGE = re.compile(r"^\d{1,3},\s+(?=\S)")
#: Where a role ends and the sentence goes on ("…, in a statement issued …").
_ROLE_ASIDE = re.compile(r",\s+(?:in|on|at|during|according|speaking|writing|via)\b")
#: Words that end no role: it was cut mid-phrase ("Ford and", "analysis by the").
_NO_ROLE_END = frozenset(
    {
        "and",
        "or",
        "the",
        "a",
        "an",
        "in",
        "of",
        "to",
        "by",
        "with",
        "for",
        "that",
        "says",
        "said",
        "after",
        "before",
    }
)


#: A description that opens on its owner's name ("China's foreign ministry").
_OWNER_FIRST = re.compile(r"[A-Z][\w.-]*['’]s\s")


def plausible_role(role: str | None) -> str | None:
    """A role as the text gives it, or None for words around a name that are no role but
    pieces of the sentence (the overlay shows the role beside every quote)."""
    role = _ROLE_AGE.sub("", role or "")  # "Diego Jeronimo, 36, the owner of a store"
    aside = _ROLE_ASIDE.search(role)
    if aside:
        role = role[: aside.start()]  # "Chairman, in a statement issued on behalf of …"
    words = role.split()
    # (an honorific that came before the name is no part of the post: "association president
    # Datuk", "chairman Tan Sri")
    honorifics = attribution_lexicon().honorifics
    while len(words) > 1 and (words[-1] in honorifics or " ".join(words[-2:]) in honorifics):
        words = words[:-2] if " ".join(words[-2:]) in honorifics else words[:-1]
    role = " ".join(words) if words != role.split() else role
    if not words or words[0].casefold() in _NO_ROLE_START or words[-1].casefold() in _NO_ROLE_END:
        return None
    if re.match(r"\d+/\d+\b", words[0]):
        return None  # "12/50 Blockbusters aid …": a headline's number
    if (
        len(words) <= 3
        and words[0].casefold() in ("a", "an", "the")
        and (_ADJECTIVE_END.search(words[-1]) or words[-1].endswith(("'s", "’s")))
        and not attribution_lexicon().role_nouns.intersection(w.casefold() for w in words)
    ):
        # "a skeptical Robert Wolfarth", "the 14th-ranked Schwartzman", "the city's Street Needs
        # Assessment": no post
        return None
    return role


def _without_article(words: str) -> str:
    return re.sub(r"^(?:a|an|the)\s+", "", " ".join(words.casefold().split()))


def _other_gender(entity: Entity, gender: str | None) -> bool:
    return (
        gender in ("male", "female")
        and entity.gender in ("male", "female")
        and (entity.gender != gender)
    )


#: A team named by "the" and a capitalised plural ("the Raptors", "the Maple Leafs").
_TEAM_NAME = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.-]*\s+)?(?P<team>[A-Z][a-z]+s)\b(?!\s+[A-Z])")
#: The end of a quotation, then at most its cue verb: where a quote's speaker is named.
_AFTER_QUOTATION = re.compile(r"[”\"][ \t]*(?:[a-z]+[ \t]+)?$")
#: A description that names a title after it ("a document titled", "a report entitled").
_TITLED = re.compile(r"\b(?:titled|entitled)$", re.IGNORECASE)


def _document_title(name: str, role: str | None) -> bool:
    """Whether a name is a document's title: "Street Needs Assessment", "the Mueller Report", or
    any name after "a document titled"; a person's name of one word is never one."""
    words = name.casefold().split()
    titles = attribution_lexicon().document_titles
    return (len(words) > 1 and (words[-1] in titles or " ".join(words[-2:]) in titles)) or bool(
        _TITLED.search(role or "")
    )


def _bare(name: str) -> str:
    """A name compared without case or a leading "The"."""
    return name.casefold().removeprefix("the ")


def _public_body(name: str) -> bool:
    """Whether a name is a public body's ("Dayton Police", "the White House")."""
    words = attribution_lexicon().public_body_words
    return any(w in words for w in name.split()) or any(" " in w and w in name for w in words)


#: An unnamed person who is one ("a candidate", "one doctor"): not "they" but as a source.
_ONE_PERSON = re.compile(r"(?:an?|one|another)\s", re.IGNORECASE)


def _can_be_he_or_she(entity: Entity) -> bool:
    """A named person, or an unnamed one whose head noun is a person ("a spokesman", "the
    officer"), not a thing ("an investigation of the shooting", "an idea from a professor")."""
    if entity.named:
        return True
    lex = attribution_lexicon()
    words = description_words(entity.name)
    head = words[-1].strip(".,") if words else ""
    return head in lex.role_nouns or head in lex.unnamed_heads


#: Two or more people named as one source ("Tore Sohlberg and Lehla Abreder").
_TOGETHER = re.compile(r"\s(?:and|&)\s")
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


def description_words(description: str) -> list[str]:
    """The words of a description up to its head noun: "the former sergeant-at-arms of the House"
    -> [the, former, sergeant-at-arms]."""
    original = description.split()
    words = description.casefold().split()
    i = 0
    while i < len(words):
        if i > 0 and words[i] in _POST_MODIFIERS:
            # (not inside a name that modifies the head: "the University of Surrey expert", "the
            # Bank of Canada governor")
            j = i + 1
            while j < len(original) and original[j][:1].isupper():
                j += 1
            head = j < len(original) and original[j].isalpha() and original[j].islower()
            if not (
                j > i + 1
                and head
                and words[j] not in _POST_MODIFIERS
                and (j + 1 == len(words) or words[j + 1] in _POST_MODIFIERS | _POST_ADJECTIVES)
            ):
                return words[:i]
            i = j
            continue
        if i > 1 and words[i] in _POST_ADJECTIVES:
            return words[:i]
        i += 1
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
#: Capitalised words, with "of", "and", "for" or "the" between them: a name spelled out.
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’-])[A-Z][a-z][\w'’-]*(?:\s+(?:(?:of|and|for|the|on)\s+)*[A-Z][a-z][\w'’-]*)+"
)


def _spelled_out(text: str, acronym: str, pos: int) -> str | None:
    """The one name written before `pos` whose capitalised words' initials make an acronym
    ("Live Nation" for "LN"; "Immigration and Customs Enforcement" for "ICE"), if only one."""
    found = {
        m.group().strip()
        for m in _CAPITALISED_RUN.finditer(text, 0, pos)
        if len(m.group().split()) >= 2 and _abbreviates(acronym, m.group().strip())
    }
    return found.pop() if len(found) == 1 else None


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
#: A share of a group ("20 percent of", "half of", "a majority of").
_SHARE = re.compile(r"\d[\d.,]*%|percent|cent|half|majority|minority|third|quarter|most|share")


def document_head(name: str) -> bool:
    """A report, a study, a statement: a document noun heads the first words of the phrase."""
    lex = attribution_lexicon()
    words = [w.strip(".,").removesuffix("’s").removesuffix("'s") for w in name.casefold().split()]
    ends = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    if ends < len(words) and words[ends] == "of" and _SHARE.fullmatch(words[ends - 1]):
        # "Some 20 percent of people in a recent poll": a share of the people after "of"
        lo = ends + 1
        ends = next((i for i, w in enumerate(words) if i > lo and w in _HEAD_ENDS), len(words))
        words = words[lo:]
        ends -= lo

    def document(w: str) -> bool:
        return w in lex.document_nouns or w.removesuffix("s") in lex.document_nouns

    def people(w: str) -> bool:
        # ("Proponents of the new bill": an unnamed head that is no document)
        return not document(w) and (
            w in lex.plural_groups or w in lex.role_nouns or w in lex.unnamed_heads
        )

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
