"""Stage 5, sources: the registry of who and what the story rests on.

1. every entity stage 4 tracked becomes a source (people, organisations, outlets, unnamed ...);
2. organisations named inside unnamed descriptions ("a member of Atesh") become sources too;
3. links are read: outlets by domain, documents (PDFs, government and court sites), social posts;
4. chains: a source whose words sit inside another's claim ("X cites Y", "according to reports, Y
   said") is relayed `via` that other source; "Y told The Kyiv Independent" relays Y via the outlet;
5. each source gets one plain sentence for the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from server.lexicon import attribution_lexicon, outlet_table
from server.pipeline.model import Article, Source, SourceKind, Span, relay_chain
from server.pipeline.s4_speakers import Entity, SpeakerAnalysis

_AFFILIATION = re.compile(
    r"\b(?:member|members|spokes(?:man|woman|person)|officials?|representatives?|source|sources|"
    r"employees?|staff(?:ers?)?|insiders?|aides?|people|person|someone|leaders?|head|commanders?|soldiers?)"
    r"\s+(?:of|for|at|with|within|in|from|close to|inside)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w’'&.-]*(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*)*)"
)


_PUBLISHED_IN = re.compile(
    r"\b(?:in|by|from|of|published in|published by)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w’'&.-]*(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*)*)"
)


@dataclass(slots=True)
class SourceRegistry:
    sources: list[Source]
    by_entity: dict[int, str]  # entity key -> source id
    chain_depth: dict[str, int]


def _host(href: str) -> str:
    try:
        return (urlsplit(href).hostname or "").casefold().removeprefix("www.")
    except ValueError:
        return ""


def _is_document_link(href: str) -> bool:
    lex = attribution_lexicon()
    host = _host(href)
    path = urlsplit(href).path.casefold() if href else ""
    return path.endswith((".pdf", ".doc", ".docx", ".xls", ".xlsx", ".csv")) or any(
        host == d.lstrip(".") or host.endswith(d if d.startswith(".") else "." + d)
        for d in lex.document_domains
    )


def _is_social_link(href: str) -> bool:
    lex = attribution_lexicon()
    host = _host(href)
    return any(host == d or host.endswith("." + d) for d in lex.social_domains)


#: A lower-case word after a capitalised one that is no preposition, conjunction or relative:
#: the capitalised words modify a noun ("the Afghan intelligence agency", "the Obama
#: administration").
_MODIFIES_A_NOUN = re.compile(
    r"\s+(?!(?:in|at|of|on|who|that|which|and|or|for|to|with|from|by|near|based|said|says)\b)"
    r"[a-z]"
)


def _surname(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


def _publisher(article: Article) -> str | None:
    """The outlet that publishes the story, by its site, its name or its dateline ("LONDON, March
    4 (Reuters) - …")."""
    table = outlet_table()
    outlet = (table.lookup_host(article.hostname) if article.hostname else None) or (
        table.lookup_name(article.site_name) if article.site_name else None
    )
    for block in article.body_blocks[:3]:  # (a standfirst may come before the dateline)
        if outlet is not None:
            break
        dateline = _DATELINE_OUTLET.match(article.text, block.start, block.end)
        outlet = table.lookup_name(dateline.group("outlet")) if dateline else None
    return outlet.name if outlet else None


#: An outlet in a dateline: "LONDON, March 4 (Reuters) -", "Dakar (AFP) -", "DALLAS (WFAA) —".
_DATELINE_OUTLET = re.compile(
    r"[A-Z][\w.'’ -]{1,40}?(?:,\s*[\w. ]{1,20})?\s*\((?P<outlet>[A-Za-z][\w .&-]{1,30})\)\s*[-–—]"
)


#: The cue of a source a report relays ("citing people familiar with the matter").
_CITING_CUE = re.compile(r"(?i)(?:citing|quoting)\s")


def build_sources(article: Article, speakers: SpeakerAnalysis) -> SourceRegistry:
    text = article.text
    own_host = (article.hostname or "").casefold().removeprefix("www.")
    publishing_outlet = _publisher(article)
    entities = list(speakers.entities)
    extra: list[Entity] = []

    # 2. organisations inside unnamed descriptions.
    for entity in entities:
        if entity.named:
            continue
        m = _AFFILIATION.search(entity.name)
        if not m or _MODIFIES_A_NOUN.match(entity.name, m.end("org")):
            # ("an official in the Afghan intelligence agency": "Afghan" names no body)
            continue
        org_name = m.group("org")
        outlet = outlet_table().lookup_name(org_name)
        existing = next(
            (
                e
                for e in [*entities, *extra]
                if e.named and e.name.casefold() == (outlet.name if outlet else org_name).casefold()
            ),
            None,
        ) or next(
            # ("A spokeswoman for Trudeau": the person named before, no organisation)
            (
                e
                for e in entities
                if e.named and e.kind == "person" and _surname(e.name) == org_name.casefold()
            ),
            None,
        )
        if existing is None:
            existing = Entity(
                key=len(entities) + len(extra),
                name=outlet.name if outlet else org_name,
                kind="outlet" if outlet else "organization",
                named=True,
            )
            extra.append(existing)
        base = entity.mentions[0].start if entity.mentions else 0
        idx = text.find(org_name, base)
        if idx >= 0:
            existing.mentions.append(Span(idx, idx + len(org_name)))
        if entity.role and existing.description is None:
            existing.description = entity.role
            bare = (
                entity.name.split(" ", 1)[1]
                if entity.name.casefold().startswith(("a ", "an "))
                else entity.name
            )
            entity.role = f"{bare}, {entity.role}"
    entities.extend(extra)

    # A document named with its publisher ("a report in The Guardian") is relayed via it.
    for entity in list(entities):
        if entity.kind != "document" or entity.via is not None:
            continue
        m = _PUBLISHED_IN.search(entity.name)
        if not m:
            continue
        outlet = outlet_table().lookup_name(m.group("org"))
        name = outlet.name if outlet else m.group("org")
        publisher = next(
            (e for e in entities if e.named and e.name.casefold() == name.casefold()), None
        )
        if publisher is None:
            publisher = Entity(
                key=len(entities),
                name=name,
                kind="outlet" if outlet else "organization",
                named=True,
            )
            entities.append(publisher)
            extra.append(publisher)
        base = entity.mentions[0].start if entity.mentions else 0
        idx = text.find(m.group("org"), base)
        if idx >= 0:
            publisher.mentions.append(Span(idx, idx + len(m.group("org"))))
        entity.via = publisher.key

    # 3. links: to known entities by position, or as sources of their own.
    links_by_entity: dict[int, list[str]] = {}
    for link in article.links:
        host = _host(link.href)
        if not host or (own_host and (host == own_host or host.endswith("." + own_host))):
            continue
        owner = next(
            (
                e
                for e in entities
                if any(m.start < link.end and link.start < m.end for m in e.mentions)
            ),
            None,
        )
        outlet = outlet_table().lookup_host(host)
        if owner is not None and outlet is not None and not owner.named:
            # "the news agency said", linked to reuters.com: the link names the outlet.
            if owner.name.casefold() not in (a.casefold() for a in owner.aliases):
                owner.aliases.append(owner.name)
            owner.name, owner.kind, owner.named = outlet.name, "outlet", True
        if owner is None and outlet is not None:
            owner = next(
                (e for e in entities if e.kind == "outlet" and e.name == outlet.name), None
            )
        if owner is None:
            # (one link split in two by the page's markup, "<a>expand</a><a>ed</a>": one source)
            owner = next((e for e in entities if link.href in links_by_entity.get(e.key, [])), None)
        if owner is None:
            kind: SourceKind | None = None
            name = link.text.strip()
            if outlet is not None:
                kind, name = "outlet", outlet.name
            elif _is_document_link(link.href):
                kind = "document"
            elif _is_social_link(link.href):
                kind = "social_post"
            if kind is None or not name:
                continue
            if kind != "outlet" and not name[:1].isupper() and not name[:1].isdigit():
                # (a link on words of the sentence, "have quickened the retirement of old
                # plants", names the document by where it is, not by those words)
                name = host
            owner = Entity(key=len(entities), name=name, kind=kind, named=True)
            entities.append(owner)
        owner.mentions.append(Span(link.start, link.end))
        links_by_entity.setdefault(owner.key, [])
        if link.href not in links_by_entity[owner.key]:
            links_by_entity[owner.key].append(link.href)

    # 4. chains.
    for outer in speakers.reported:
        for inner in speakers.reported:
            if inner is outer or inner.entity == outer.entity:
                continue
            if outer.claim.start <= inner.mention.start and inner.mention.end <= outer.claim.end:
                target = entities[inner.entity]
                if target.via is None and outer.entity != target.key:
                    target.via = outer.entity
        cue_text = outer.cue.text
        told = re.match(r"(?i)(?:tell|tells|told)\s+(?P<obj>.+?)(?:\s+that)?$", cue_text)
        if told:
            outlet = outlet_table().lookup_name(told.group("obj"))
            # (not the outlet that publishes the story: "Two OPEC+ sources told Reuters" in a
            # Reuters story is first-hand)
            if outlet is not None and outlet.name != publishing_outlet:
                relay = next((e for e in entities if e.name == outlet.name), None)
                if relay is None:
                    relay = Entity(key=len(entities), name=outlet.name, kind="outlet", named=True)
                    entities.append(relay)
                relay.mentions.append(
                    Span(outer.cue.start + told.start("obj"), outer.cue.start + told.end("obj"))
                )
                if entities[outer.entity].via is None:
                    entities[outer.entity].via = relay.key
    for cited in speakers.reported:
        # "…, the Financial Times reported, citing people familiar with the matter": the
        # people are relayed by the report whose verb comes just before or after the aside
        if not _CITING_CUE.match(cited.cue.text):
            continue
        reporter = min(
            (
                r
                for r in speakers.reported
                if r.entity != cited.entity
                and abs(r.cue.start - cited.cue.start) < 160
                and not _CITING_CUE.match(r.cue.text)
            ),
            key=lambda r: abs(r.cue.start - cited.cue.start),
            default=None,
        )
        if reporter is not None and entities[cited.entity].via is None:
            entities[cited.entity].via = reporter.entity
    for quote in speakers.quotes:
        if quote.speaker.entity is None or quote.speaker.mention is None:
            continue
        for outer in speakers.reported:
            if (
                outer.entity != quote.speaker.entity
                and outer.claim.start <= quote.speaker.mention.start < outer.claim.end
            ):
                target = entities[quote.speaker.entity]
                if target.via is None:
                    target.via = outer.entity

    # 1. + 5. the registry, in order of first mention; sources nobody cites are left out.
    used = {q.speaker.entity for q in speakers.quotes if q.speaker.entity is not None}
    used |= {r.entity for r in speakers.reported}
    used |= set(links_by_entity)
    used |= {e.via for e in entities if e.via is not None and e.key in used}
    used |= {e.key for e in extra}
    ordered = sorted(
        (e for e in entities if e.key in used),
        key=lambda e: min((m.start for m in e.mentions), default=len(text)),
    )
    by_entity = {e.key: f"s{i + 1}" for i, e in enumerate(ordered)}
    sources: list[Source] = []
    for entity in ordered:
        sources.append(
            Source(
                id=by_entity[entity.key],
                name=entity.name,
                # (an unnamed body keeps its kind: "the union" is an organisation not named)
                kind=entity.kind
                if entity.named or entity.kind in ("unspecified", "document", "organization")
                else "person",
                # A document is identified by its publisher or its link, not by a person's name.
                named=(entity.named and entity.kind != "unspecified")
                or (
                    entity.kind == "document"
                    and (entity.via is not None or entity.key in links_by_entity)
                ),
                role=entity.role or entity.description,
                aliases=[a for a in entity.aliases if a != entity.name],
                mentions=sorted(set(entity.mentions), key=lambda s: s.start),
                via=by_entity.get(entity.via) if entity.via is not None else None,
                links=links_by_entity.get(entity.key, []),
            )
        )
    by_id = {s.id: s for s in sources}
    depth = {source.id: len(relay_chain(source, by_id)) for source in sources}
    return SourceRegistry(sources=sources, by_entity=by_entity, chain_depth=depth)


def describe(source: Source, registry: SourceRegistry, declined: frozenset[str]) -> str:
    """One plain sentence for the reader about a source; `declined` holds the ids of the
    attributions where a source gave no answer ("declined to comment"), which are no claims."""
    names = {s.id: s.name for s in registry.sources}
    quotes = len(source.quote_ids)
    silent = sum(1 for i in source.attribution_ids if i in declined)
    reported = len(source.attribution_ids) - silent
    kind_words = {
        "person": "A person" if source.named else "An unnamed source",
        "organization": "An organisation" if source.named else "An unnamed organisation",
        "outlet": "A news outlet",
        "document": "A document",
        "social_post": "A social media post",
        "unnamed": "An unnamed source",
        "unspecified": "An unspecified source",
    }
    parts = [f"{kind_words.get(source.kind, 'A source')}"]
    if source.role:
        parts.append(f"({source.role})")
    said = []
    if quotes:
        said.append(f"quoted {quotes} time{'s' if quotes != 1 else ''}")
    if reported:
        said.append(f"cited for {reported} claim{'s' if reported != 1 else ''}")
    if silent:
        said.append(f"gave no answer {'once' if silent == 1 else f'{silent} times'}")
    sentence = " ".join(parts)
    if said:
        sentence += ", " + (", ".join(said[:-1]) + " and " if len(said) > 1 else "") + said[-1]
    if source.via:
        sentence += f", known through {names.get(source.via, 'another source')}"
    if source.kind in ("outlet", "document", "social_post"):
        sentence += ", linked" if source.links else ", not linked"
    return sentence + "."
