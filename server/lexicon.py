"""Word lists and patterns, loaded once from the JSON files in server/data (their only home)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def load_data(name: str) -> Any:
    """Read one JSON file of server/data."""
    return json.loads(resources.files("server.data").joinpath(name).read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class ChromePattern:
    name: str
    regex: re.Pattern[str]
    max_words: int
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]

    def matches(self, text: str) -> bool:
        stripped = text.strip()
        return len(stripped.split()) <= self.max_words and self.regex.match(stripped) is not None


@cache
def chrome_patterns() -> tuple[ChromePattern, ...]:
    return tuple(
        ChromePattern(
            name=p["name"],
            regex=re.compile(p["pattern"], re.IGNORECASE),
            max_words=int(p["max_words"]),
            examples=tuple(p["examples"]),
            counter_examples=tuple(p.get("counter_examples", ())),
        )
        for p in load_data("chrome.json")["patterns"]
    )


def chrome_match(text: str) -> ChromePattern | None:
    """The first chrome pattern a block's text matches, if any."""
    for pattern in chrome_patterns():
        if pattern.matches(text):
            return pattern
    return None


@dataclass(frozen=True, slots=True)
class AttributionLexicon:
    """English words for quotes, speakers and attributions (server/data/attribution.json)."""

    language: str
    #: the commonest words of the language, to recognise it in a page's text
    language_markers: frozenset[str]
    reporting_forms: dict[str, str]  # inflected form -> canonical verb
    #: canonical verbs that take the hearer as object ("told reporters"); "said the city" is not
    object_verbs: frozenset[str]
    #: forms that take the listener before their clause ("warned lawmakers that …"), and those
    #: that report only so ("assured residents that …")
    listener_verbs: frozenset[str]
    listener_only_verbs: frozenset[str]
    #: forms that report a clause but never a noun phrase ("maintained a lead")
    clause_object_verbs: frozenset[str]
    #: forms that report only with "that" or a colon ("announced that …", not "announced aid")
    clause_only_verbs: frozenset[str]
    #: clause-only verbs that also report a noun phrase: "announced the arrest of …"
    announcement_verbs: frozenset[str]
    #: forms that also count things: with a number or "another" they report nothing ("added
    #: another goal", "adds 20 points")
    tally_verbs: frozenset[str]
    #: words after which a name opens a clause, as its subject ("and Mr. Trump", "when Jones
    #: recorded"); after other words a name is an object ("used Mr. Ailes")
    clause_openers: frozenset[str]
    #: words opening an adverbial clause before the subject ("Although …, an official said")
    subordinators: frozenset[str]
    #: verbs whose object is heard speaking ("heard him tell", "remembers him apologizing")
    perception_verbs: frozenset[str]
    #: beliefs with an object: "expect X to …", "see X as …"
    expectation_verbs: frozenset[str]
    view_verbs: frozenset[str]
    #: "released a statement saying …": the documents a subject puts out, and how
    issuing_verbs: frozenset[str]
    issued_documents: frozenset[str]
    #: "an attack from X that …": words spoken, with "from" their speaker
    speech_nouns: frozenset[str]
    #: a remark on a topic: "weighed in on …"
    topic_verbs: frozenset[str]
    #: "ruled that out", "ruled out a tax increase": a topic too
    ruling_out_verbs: frozenset[str]
    #: "offered his assessment of …": a topic too
    offering_verbs: frozenset[str]
    offered_views: frozenset[str]
    #: "were coy about whether …": said nothing (kind "declined")
    reticent_adjectives: frozenset[str]
    ambiguous_verbs: frozenset[str]
    document_only_verbs: frozenset[str]
    #: forms that report only when "that" follows ("Some note that …", "Officials fear that …")
    that_verbs: tuple[str, ...]
    #: progressive forms that report after "be" and before "that" ("were reporting that …")
    progressive_verbs: frozenset[str]
    #: forms of those that report a bare clause too, with its own subject and auxiliary ("Legal
    #: observers note the White House wouldn't …")
    bare_clause_verbs: frozenset[str]
    #: beliefs, not speech (kind "belief"); they report before a bare clause too ("Officials
    #: think the plan will fail")
    belief_verbs: frozenset[str]
    #: a stance with an object or complement (kind "belief"): "Critics blame the mayor for …",
    #: "some remained skeptical that …"
    stance_verbs: frozenset[str]
    stance_adjectives: frozenset[str]
    #: "declined", "refused": before one of `refused_acts` ("declined to comment") a source was
    #: asked and said nothing (kind "declined")
    refusal_verbs: tuple[str, ...]
    refused_acts: tuple[str, ...]
    #: negated, the same: "would not comment"; and after "has not": "has not said when"
    withheld_acts: tuple[str, ...]
    withheld_participles: tuple[str, ...]
    #: what a source did not answer: "did not respond to a request for comment"
    reply_requests: tuple[str, ...]
    #: reporting forms that are also plural nouns ("Most states have passed …")
    plural_noun_verbs: frozenset[str]
    quote_cue_verbs: frozenset[str]
    #: reporting verbs put before their speaker after a claim ("…, noted Dante Chinni.")
    inverted_tail_verbs: frozenset[str]
    pronouns: dict[str, str]  # pronoun -> gender class
    titles: frozenset[str]
    #: written with a period that ends no sentence ("Gov. Chris Christie", "Dr. Bowes")
    title_abbreviations: tuple[str, ...]
    #: the role noun a title abbreviation stands for, by the abbreviation folded ("sen")
    title_roles: dict[str, str]
    #: a minister's fields, which end a title before a name ("… for National Development")
    portfolio_words: frozenset[str]
    #: honorifics before a name, never part of the post before them ("Datuk", "Tan Sri")
    honorifics: frozenset[str]
    role_nouns: frozenset[str]
    #: a person by where they are from ("the Frenchman", "the Argentine"): a description after "the"
    demonym_nouns: frozenset[str]
    #: offices a description names ("the mayor"); no one in another office holds them
    office_nouns: frozenset[str]
    #: a relation to another person ("the father" of the victim), never the person just named
    relation_nouns: frozenset[str]
    unnamed_heads: frozenset[str]
    unnamed_determiners: frozenset[str]
    unspecified_sources: frozenset[str]
    plural_groups: frozenset[str]
    organization_words: frozenset[str]
    #: titles kept in the name of one known by one name ("Prince Andrew"), as capitalised
    one_name_titles: frozenset[str]
    #: a body's unit numbered after its name ("UFCW Local 832"), matched as capitalised
    numbered_bodies: frozenset[str]
    #: organisations often named by one word or an acronym ("Apple", "Hamas", "FEMA")
    known_organizations: frozenset[str]
    organization_descriptions: frozenset[str]
    #: descriptions of businesses, and words that name a public body: the one never stands for
    #: the other ("the company" is not the police named before)
    commercial_descriptions: frozenset[str]
    #: descriptions that may stand for a news outlet named before ("the newspaper")
    outlet_descriptions: frozenset[str]
    #: head nouns of bodies whose names say what they are ("the hospital", "the council")
    named_type_heads: frozenset[str]
    public_body_words: frozenset[str]
    #: what belongs to a person and speaks for them ("Clinton's campaign", "his office")
    possessed_bodies: frozenset[str]
    document_nouns: frozenset[str]
    #: court papers: they speak for whoever filed them, never for the organisation named last
    filed_documents: frozenset[str]
    document_domains: tuple[str, ...]
    social_platforms: frozenset[str]
    social_domains: tuple[str, ...]
    connectives: frozenset[str]
    not_names: frozenset[str]
    #: countries, provinces and states: "Statistics Canada" and "Canada has asked" name no person
    places: frozenset[str]
    #: Last words of a programme's name ("Victoria Derbyshire TV", "The Oprah Winfrey Show"),
    #: which is no person.
    programme_words: frozenset[str]
    #: after "according to", a measure, not a source ("according to how …", "according to plan")
    measure_words: frozenset[str]
    #: before a plural noun that is also a reporting form: the noun ("other reports suggest")
    noun_quantifiers: frozenset[str]
    #: words in -ly that are no adverb ("family", "ally", "elderly")
    not_adverbs: frozenset[str]
    #: canonical verbs of praise or blame: with a noun phrase for object, a remark on it (topic)
    appraisal_verbs: frozenset[str]
    #: What one says that states nothing ("saying goodbye to the old stadium", "said grace"):
    #: no claim follows a reporting verb.
    speech_formulas: frozenset[str]
    #: what "declared" makes so, no claim ("a state of emergency", "martial law")
    declared_acts: frozenset[str]
    #: last words of a document's title ("Street Needs Assessment", "White Paper")
    document_titles: frozenset[str]
    #: posts that introduce a person named just after ("A spokeswoman for X said …")
    cataphora_heads: frozenset[str]
    #: works whose title is quoted after them ("her book “…”", "a song titled “…”")
    work_nouns: frozenset[str]
    #: documents as often sent to the body named last as written by it ("the letter")
    sent_documents: frozenset[str]
    #: reporting forms that are nouns too, in the same form ("a remark", "an estimate")
    noun_reporting_forms: frozenset[str]
    #: verbs whose infinitive of purpose reports ("took to Twitter to say that …")
    purpose_verbs: frozenset[str]
    #: verbs that report only an appeal to someone to act ("called on X to …")
    appeal_verbs: frozenset[str]
    #: participles of hearsay with no source ("it is understood that", "is said to")
    hearsay_participles: frozenset[str]
    #: reporting verbs that are acts before an object of the kind below ("claimed the title")
    deed_verbs: frozenset[str]
    #: objects that make one of those an act, not speech ("agreed a fee", "admitted defeat")
    deed_objects: frozenset[str]
    #: heads of a description that stands for a sports team ("the team")
    team_heads: frozenset[str]
    #: what a body or person is known to say ("its motto, “…”")
    motto_nouns: frozenset[str]
    #: number words that open a sentence on a count ("Eight years ago, …")
    count_words: frozenset[str]
    #: whom a speaker addresses ("told reporters", "adding to the crowd that …")
    audience_nouns: frozenset[str]
    #: "on average", "in fact": nouns after a preposition that open a claim, not a time or place
    adverbial_phrase_nouns: frozenset[str]
    #: prepositions opening an adverbial phrase before a subject ("In his ruling, the judge …")
    clause_prepositions: frozenset[str]
    #: words opening a phrase set off by a comma at a sentence's start ("Up until recently, …")
    opening_prepositions: frozenset[str]
    #: small words a headline capitalises and a sentence does not ("And", "The", "Of")
    title_case_small_words: frozenset[str]
    #: given name (case-folded) -> "female", "male" or "unisex" (`first_names`)
    given_names: dict[str, str]

    def ends_in_place(self, name: str) -> bool:
        """Whether a name is, or ends in, a place ("Canada", "Statistics Canada", "Nova Scotia"),
        and is no person's: a known given name first makes "Steve Israel" a person."""
        words = name.split()
        if len(words) > 1 and words[0].casefold() in self.given_names:
            return False
        return bool(words) and (words[-1] in self.places or " ".join(words[-2:]) in self.places)


@cache
def attribution_lexicon() -> AttributionLexicon:
    data = load_data("attribution.json")
    forms: dict[str, str] = {}
    for canonical, inflections in data["reporting_verbs"].items():
        for form in inflections:
            forms.setdefault(form.lower(), canonical)

    def lowered(key: str) -> frozenset[str]:
        """One word list, matched case-insensitively."""
        return frozenset(w.lower() for w in data[key])

    return AttributionLexicon(
        language=data["language"],
        language_markers=frozenset(data["language_markers"]),
        reporting_forms=forms,
        object_verbs=lowered("object_verbs"),
        listener_verbs=lowered("listener_verbs"),
        listener_only_verbs=lowered("listener_only_verbs"),
        clause_object_verbs=lowered("clause_object_verbs"),
        clause_only_verbs=lowered("clause_only_verbs"),
        announcement_verbs=lowered("announcement_verbs"),
        tally_verbs=lowered("tally_verbs"),
        clause_openers=lowered("clause_openers"),
        subordinators=lowered("subordinators"),
        perception_verbs=lowered("perception_verbs"),
        expectation_verbs=lowered("expectation_verbs"),
        view_verbs=lowered("view_verbs"),
        issuing_verbs=lowered("issuing_verbs"),
        issued_documents=lowered("issued_documents"),
        speech_nouns=lowered("speech_nouns"),
        topic_verbs=lowered("topic_verbs"),
        ruling_out_verbs=lowered("ruling_out_verbs"),
        offering_verbs=lowered("offering_verbs"),
        offered_views=lowered("offered_views"),
        reticent_adjectives=lowered("reticent_adjectives"),
        ambiguous_verbs=lowered("ambiguous_verbs"),
        document_only_verbs=lowered("document_only_verbs"),
        that_verbs=tuple(v.lower() for v in data["that_verbs"]),
        progressive_verbs=lowered("progressive_verbs"),
        bare_clause_verbs=lowered("bare_clause_verbs"),
        belief_verbs=lowered("belief_verbs"),
        stance_verbs=lowered("stance_verbs"),
        stance_adjectives=lowered("stance_adjectives"),
        refusal_verbs=tuple(v.lower() for v in data["refusal_verbs"]),
        refused_acts=tuple(v.lower() for v in data["refused_acts"]),
        withheld_acts=tuple(v.lower() for v in data["withheld_acts"]),
        withheld_participles=tuple(v.lower() for v in data["withheld_participles"]),
        reply_requests=tuple(v.lower() for v in data["reply_requests"]),
        plural_noun_verbs=lowered("plural_noun_verbs"),
        quote_cue_verbs=lowered("quote_cue_verbs"),
        inverted_tail_verbs=lowered("inverted_tail_verbs"),
        pronouns={k.lower(): v for k, v in data["pronouns"].items()},
        titles=frozenset(data["titles"]),
        title_abbreviations=tuple(data["title_abbreviations"]),
        title_roles={k.casefold(): v for k, v in data["title_roles"].items()},
        portfolio_words=frozenset(data["portfolio_words"]),
        honorifics=frozenset(data["honorifics"]),
        role_nouns=lowered("role_nouns"),
        demonym_nouns=lowered("demonym_nouns"),
        office_nouns=lowered("office_nouns"),
        relation_nouns=lowered("relation_nouns"),
        unnamed_heads=lowered("unnamed_heads"),
        unnamed_determiners=lowered("unnamed_determiners"),
        unspecified_sources=lowered("unspecified_sources"),
        plural_groups=lowered("plural_groups"),
        organization_words=frozenset(data["organization_words"]),
        one_name_titles=frozenset(data["one_name_titles"]),
        numbered_bodies=frozenset(data["numbered_bodies"]),
        known_organizations=frozenset(data["known_organizations"]),
        organization_descriptions=lowered("organization_descriptions"),
        commercial_descriptions=lowered("commercial_descriptions"),
        outlet_descriptions=lowered("outlet_descriptions"),
        named_type_heads=lowered("named_type_heads"),
        public_body_words=frozenset(data["public_body_words"]),
        possessed_bodies=lowered("possessed_bodies"),
        document_nouns=lowered("document_nouns"),
        filed_documents=lowered("filed_documents"),
        document_domains=tuple(data["document_domains"]),
        social_platforms=frozenset(data["social_platforms"]),
        social_domains=tuple(data["social_domains"]),
        connectives=lowered("connectives"),
        not_names=frozenset(data["not_names"]),
        places=frozenset(data["places"]),
        programme_words=frozenset(data["programme_words"]),
        speech_formulas=lowered("speech_formulas"),
        declared_acts=lowered("declared_acts"),
        document_titles=lowered("document_titles"),
        cataphora_heads=lowered("cataphora_heads"),
        work_nouns=lowered("work_nouns"),
        sent_documents=lowered("sent_documents"),
        noun_reporting_forms=lowered("noun_reporting_forms"),
        purpose_verbs=lowered("purpose_verbs"),
        appeal_verbs=lowered("appeal_verbs"),
        hearsay_participles=lowered("hearsay_participles"),
        deed_verbs=lowered("deed_verbs"),
        deed_objects=lowered("deed_objects"),
        team_heads=lowered("team_heads"),
        motto_nouns=lowered("motto_nouns"),
        appraisal_verbs=lowered("appraisal_verbs"),
        measure_words=lowered("measure_words"),
        noun_quantifiers=lowered("noun_quantifiers"),
        not_adverbs=lowered("not_adverbs"),
        count_words=lowered("count_words"),
        audience_nouns=lowered("audience_nouns"),
        adverbial_phrase_nouns=lowered("adverbial_phrase_nouns"),
        clause_prepositions=lowered("clause_prepositions"),
        opening_prepositions=lowered("opening_prepositions"),
        title_case_small_words=lowered("title_case_small_words"),
        given_names={
            n.casefold(): gender
            for gender in ("female", "male", "unisex")
            for n in data["first_names"].get(gender, [])
        },
    )


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class OutletTable:
    """News outlets and wire services by name and by domain (server/data/outlets.json)."""

    by_name: dict[str, Outlet]
    by_domain: dict[str, Outlet]

    def lookup_name(self, name: str) -> Outlet | None:
        """An outlet by its name or an alias; "Kyiv Independent" finds "The Kyiv Independent",
        but a lone word never drops or gains "The" (Hill is a person, The Hill an outlet)."""
        key = " ".join(name.casefold().split())
        found = self.by_name.get(key)
        if found is None and len(key.removeprefix("the ").split()) >= 2:
            found = self.by_name.get(key.removeprefix("the ")) or self.by_name.get("the " + key)
        return found

    def lookup_host(self, host: str) -> Outlet | None:
        host = host.casefold().removeprefix("www.")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            outlet = self.by_domain.get(".".join(parts[i:]))
            if outlet:
                return outlet
        return None


@cache
def outlet_table() -> OutletTable:
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for entry in load_data("outlets.json")["outlets"]:
        outlet = Outlet(
            name=entry["name"],
            aliases=tuple(entry.get("aliases", ())),
            domains=tuple(entry.get("domains", ())),
            kind=entry.get("kind", "outlet"),
        )
        for name in (outlet.name, *outlet.aliases):
            by_name.setdefault(" ".join(name.casefold().split()), outlet)
        for domain in outlet.domains:
            by_domain.setdefault(domain.casefold(), outlet)
    return OutletTable(by_name=by_name, by_domain=by_domain)
