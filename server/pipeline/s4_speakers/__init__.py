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

The package: `patterns` (the cue and reporting verbs, the regex fragments around them),
`clauses` (sentence windows, a sentence's opening subject), `names` (people and organisations
written in the text), `tracker` (`Entity` and `Tracker`: names, pronouns and descriptions
resolved to sources), `cues` (a quote's cue and its kind), `claims`, `constructions` and
`reported` (reported speech), `continuation` (the speaker of a quote with no cue of its own).
This module holds the stage's entry, `attribute`, the types it returns, and the passes over its
walk that need those types or its event list (surnames as subjects, descriptions written before
the name, repeated quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from server.lexicon import attribution_lexicon
from server.pipeline.mentions import TITLE_ABBREVIATIONS, Mention, person_gender
from server.pipeline.model import Article, AttributionKind, Resolution, Segmentation, Span, TextSpan
from server.pipeline.s2_segmentation import sentence_breaks
from server.pipeline.s3_quotes import RawQuote
from server.pipeline.s4_speakers.clauses import text_span
from server.pipeline.s4_speakers.continuation import (
    block_of,
    is_floating,
    narrates,
    previous_subject,
    someone_else_in,
)
from server.pipeline.s4_speakers.cues import (
    TERM_MAX_WORDS,
    Cue,
    block_cue,
    find_quote_cue,
    follow_on_sentence,
    names_a_work,
    quote_kind,
    title_like,
    unread_cue,
)
from server.pipeline.s4_speakers.names import (
    PersonMention,
    find_people,
    full_names,
    given_name_index,
    leading_names,
    name_opens_clause,
    organizations,
)
from server.pipeline.s4_speakers.patterns import DETERMINER_BEFORE
from server.pipeline.s4_speakers.reported import find_reported, sentence_tail_cue
from server.pipeline.s4_speakers.tracker import (
    DESCRIPTION_REACH,
    Entity,
    Tracker,
    description_words,
    named_in,
)

__all__ = [
    "TERM_MAX_WORDS",
    "AttributedQuote",
    "Entity",
    "Reported",
    "SpeakerAnalysis",
    "SpeakerChoice",
    "attribute",
]


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


#: Quotes this long are speech of their own; shorter ones may sit inside reported speech.
MASK_MIN_WORDS = 8


def _masked(text: str, quotes: list[RawQuote]) -> list[Span]:
    return [
        Span(q.start, q.end)
        for q in quotes
        if q.kind == "block"
        or (
            q.kind == "inline"
            and len(q.words(text).split()) >= MASK_MIN_WORDS
            # (a title is part of the sentence around it: "“Crippled America: How to Make
            # America Great Again” has sold 235,000 copies, according to Nielsen")
            and not title_like(q.words(text))
        )
    ]


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
    people = find_people(text, body_start)
    tracker.full_names = full_names(people)
    tracker.given_names = leading_names(people)
    tracker.first_names = given_name_index(people)
    tracker.organizations = organizations(text, body_start, masked)
    tracker.text = text
    block_bounds = [(b.start, b.end) for b in article.blocks]

    sentences = _sentences_of(segmentation, article)
    # 1.-2. collect events: (position, order, payload)
    events: list[tuple[int, int, str, int]] = []
    cues: dict[int, Cue | None] = {}
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
            find_quote_cue(text, quote, lo, hi)
            if quote.kind != "block"
            else block_cue(text, quote, hi)
        )
        if cue is None and quote.kind == "inline":
            cue = _closing_cue(text, quote, sentences)
        cues[qi] = cue
        pos = cue.mention.start if cue and cue.mention else quote.start
        events.append((pos, 1, "quote", qi))
    reported = find_reported(
        text,
        sentences,
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
    #: Reported claims, with their cue and speaker, for the quotes inside them.
    claimed: list[tuple[Span, Cue, int, Resolution]] = []
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
                named_in(tracker, text, claim) | _listeners(tracker, reported_out, mention)
                if mention.kind == "pronoun"
                else frozenset(),
                claim.start if mention.start >= claim.end else None,
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
            last_reported_entity = (block_of(block_bounds, mention.start), entity.key)
            if (
                found.kind not in ("belief", "document")
                and entity.kind != "document"
                and found.speaks_quotes
            ):
                claimed.append((claim, Cue(mention, found.cue, "claim"), entity.key, resolution))
            tracker.spoke.add(entity.key)
            # As after a quote, the speaker of a reported claim is the latest one mentioned, not
            # someone named inside their own apposition ("Sandmann, seen facing activist Nathan
            # Phillips, has said he …"); unless the claim relays another source ("cites a source
            # who claimed …"), which is then the latest.
            if not any(claim.start <= other.mention.start < claim.end for other in reported):
                entity.met(claim.end)
            continue
        quote = raw_quotes[index]
        cue = cues[index]
        choice = SpeakerChoice(entity=None, mention=None, resolution="none", confidence=0.3)
        shared = _shared_claim(claimed, quote.start, cue)
        if cue is not None and shared is not None and (claim_mention := shared[1].mention):
            # The quote's cue is the verb of the reported claim it sits in, whose subject was read
            # from the whole sentence ("Clinton spoke … in Tulsa, Oklahoma, arguing that …
            # “intolerable.”" is Clinton's, not Tulsa's).
            cue = cues[index] = replace(cue, mention=claim_mention)
            choice = _choice(text, tracker.entities[shared[2]], claim_mention, shared[3])
        elif cue is not None and cue.mention is not None:
            entity, resolution = tracker.resolve(cue.mention)
            if entity is not None:
                choice = _choice(text, entity, cue.mention, resolution)
        elif quote.kind != "block" and (inside := _claim_around(text, claimed, quote)):
            # `Obstfeld has warned that tariffs could “drive the economy into recession”`: a
            # quote inside a said or told claim is its speaker's, with its cue (not a term, a
            # title or a slogan: `their friends said her messages, like “Make America Great
            # Again,” …`); a word or two too (`vowed that the country would be “merciless”`),
            # unless named as words (`the so-called “bubbles”`).
            cues[index], choice = _claim_speaker(text, inside)
        elif quote.kind != "block" and not unread_cue(text, quote, block_bounds):
            block = quote.blocks[0]
            narrated = (
                previous_subject(text, quote, block_bounds, tracker, named=True)
                if last_quote_speaker
                and last_quote_speaker[0] == block - 1
                and text[block_bounds[block][0] : quote.start].strip()
                else None
            )
            if (
                last_quote_speaker
                and last_quote_speaker[0] in (block, block - 1)
                and last_quote_speaker[1].entity is not None
                # (not after a sentence about someone else: "…, but Groene is unfazed. “…”")
                and (narrated is None or narrated.key == last_quote_speaker[1].entity)
            ):
                prev = last_quote_speaker[1]
                choice = SpeakerChoice(prev.entity, prev.mention, "continuation", 0.7)
            elif (
                last_quote_speaker
                and last_quote_speaker[0] == block - 2
                and last_quote_speaker[1].entity is not None
                and is_floating(text, quote, block_bounds[block])
                and last_quote_words >= 4
                and narrates(text, block_bounds[block - 1])
                and not someone_else_in(
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
                and is_floating(text, quote, block_bounds[block])
            ):
                entity = tracker.entities[last_reported_entity[1]]
                choice = SpeakerChoice(entity.key, None, "continuation", 0.6)
            else:
                entity = previous_subject(text, quote, block_bounds, tracker)
                if entity is not None:
                    choice = SpeakerChoice(entity.key, None, "continuation", 0.5)
        sentence_cue = cues[index]
        if (
            sentence_cue is not None
            and sentence_cue.where == "sentence"
            and choice.entity is not None
            and _short_words_spoken(text, quote)
            and any(c[0].start <= quote.start < c[0].end and c[2] == choice.entity for c in claimed)
        ):
            # (a word or two inside the speaker's own reported claim are theirs, not a term:
            # "He vowed that the country would be “merciless”")
            cues[index] = replace(sentence_cue, where="claim")
        choices[index] = choice
        if choice.entity is not None:
            tracker.spoke.add(choice.entity)
            tracker.entities[choice.entity].met(quote.end)
        if quote.kind != "headline":
            last_quote_speaker = (quote.blocks[-1], choice)
            last_quote_words = len(quote.words(text).split())

    # A quote inside a claim whose source is named after it ("“It makes for a compelling story”
    # if you have blackouts …, Mr. Powers said.") was read before the claim: its source.
    for qi, quote in enumerate(raw_quotes):
        if (
            quote.kind == "inline"
            and qi in choices
            and choices[qi].entity is None
            and (inside := _claim_around(text, claimed, quote))
        ):
            cues[qi], choices[qi] = _claim_speaker(text, inside)

    # A pull quote or a subheading repeats words quoted in the body: the body quote's speaker.
    _forward_descriptions(tracker, reported_out, choices)
    _repeated_quotes(text, raw_quotes, choices)

    # 4. kinds.
    out: list[AttributedQuote] = []
    for qi, quote in enumerate(raw_quotes):
        cue = cues.get(qi)
        first_block = block_bounds[quote.blocks[0]]
        last_block = block_bounds[quote.blocks[-1]]
        kind = quote_kind(text, quote, cue, first_block[0], last_block[1])
        choice = choices.get(
            qi, SpeakerChoice(None, None, "none", 0.0 if kind in ("headline", "term") else 0.3)
        )
        if (
            kind == "term"
            and choice.resolution == "continuation"
            and qi > 0
            and follow_on_sentence(text, raw_quotes[qi - 1], cues.get(qi - 1), quote)
        ):
            kind = "direct"  # `“The fear will not go away,” Lotayef said. “This can happen.”`
        if kind == "term" and (
            choice.resolution != "explicit"
            or (title_like(quote.words(text)) and not (cue and cue.where == "naming"))
            or names_a_work(text, quote, first_block[0])
        ):
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


_TOLD = re.compile(r"(?:told|tells|tell)\s+\S", re.IGNORECASE)


def _closing_cue(text: str, quote: RawQuote, sentences: list[tuple[int, int]]) -> Cue | None:
    """The cue that closes a quote's sentence after more of the reporter's words ("if fasting
    leads to “chronic under-fueling …” in either sex, it should be modified or discontinued,
    says Fontana."): the sentence's source speaks the words quoted inside it."""
    sentence = next(((a, b) for a, b in sentences if a <= quote.start < b), None)
    if (
        sentence is None
        or sentence[1] < quote.end
        or not text[quote.end : sentence[1]].strip(" .,;:!?")
    ):
        return None
    found = sentence_tail_cue(text, sentence[0], sentence[1], quote.end)
    if found is None:
        return None
    mention, cue = found
    if not text[quote.end : min(cue.start, mention.start)].strip(" ,"):
        return None  # (right after the quote: the cue finder's own case)
    return Cue(mention, text_span(text, cue.start, cue.end), "sentence")


def _listeners(tracker: Tracker, before: list[Reported], mention: Mention) -> frozenset[int]:
    """Whom a speaker told the claim a pronoun opens ("Dossaji told King she believes …": "she"
    is Dossaji, not King)."""
    told = next(
        (
            r
            for r in reversed(before)
            # (the pronoun opens the claim, after "that" at most)
            if r.claim.start <= mention.start <= r.claim.start + len("that ")
            and _TOLD.match(r.cue.text)
        ),
        None,
    )
    if told is None:
        return frozenset()
    names = {w.casefold() for w in re.findall(r"[A-Z][\w'’-]+", told.cue.text.split(None, 1)[-1])}
    return frozenset(
        e.key for e in tracker.entities if e.named and e.name.split()[-1].casefold() in names
    )


def _claim_around(
    text: str, claimed: list[tuple[Span, Cue, int, Resolution]], quote: RawQuote
) -> tuple[Span, Cue, int, Resolution] | None:
    """The said or told claim a quote of spoken words sits in, if any."""
    if not (_words_spoken(quote.words(text)) or _short_words_spoken(text, quote)):
        return None
    return next((c for c in claimed if c[0].start <= quote.start < c[0].end), None)


def _claim_speaker(
    text: str, claim: tuple[Span, Cue, int, Resolution]
) -> tuple[Cue, SpeakerChoice]:
    """The cue and speaker a quote inside a reported claim takes from it."""
    _, cue, key, resolution = claim
    span = cue.mention
    return cue, SpeakerChoice(
        key, text_span(text, span.start, span.end) if span else None, resolution, 0.8
    )


def _shared_claim(
    claimed: list[tuple[Span, Cue, int, Resolution]], at: int, cue: Cue | None
) -> tuple[Span, Cue, int, Resolution] | None:
    """The reported claim a quote at `at` sits in whose cue is the quote's own cue too."""
    if cue is None or cue.mention is None:
        return None
    return next(
        (
            c
            for c in claimed
            if c[0].start <= at < c[0].end
            and c[1].cue.start < cue.cue.end
            and cue.cue.start < c[1].cue.end
        ),
        None,
    )


def _choice(text: str, entity: Entity, mention: Mention, resolution: Resolution) -> SpeakerChoice:
    """A quote's speaker named by its cue's mention, with a confidence by how it was resolved."""
    conf = {"explicit": 0.95, "pronoun": 0.8, "description": 0.75}.get(resolution, 0.6)
    if mention.kind in ("unnamed", "unspecified"):
        conf = 0.85
    return SpeakerChoice(entity.key, text_span(text, mention.start, mention.end), resolution, conf)


def _words_spoken(words: str) -> bool:
    """Quoted words that read as speech: more than two, not a title."""
    return len(re.findall(r"[^\W\d_][\w'’-]*", words)) > 2 and not title_like(words)


#: Words before a quoted word that name it as a word, a label or a name, not as speech.
_NAMED_AS_WORDS = re.compile(
    r"(?i)\b(?:so-called|known\s+as|dubbed|nicknamed|called|named|titled|entitled|term|terms|word"
    r"|words|phrase|label|slogan|hashtag|or|and|like|as|(?:practice|concept|notion|idea)\s+of)"
    r"(?:\s+(?:a|an|the))?\s*[“\"‘']?$"
)


def _short_words_spoken(text: str, quote: RawQuote) -> bool:
    """A word or two quoted inside someone's reported words, not named as words or a title."""
    words = quote.words(text)
    found = re.findall(r"[^\W\d_][\w'’-]*", words)
    return (
        0 < len(found) <= 2
        and not title_like(words)
        # (one capitalised word is a name or a label: “SNL”, “Secret”, “Tig”)
        and not (len(found) == 1 and found[0][:1].isupper())
        and not _NAMED_AS_WORDS.search(text, max(0, quote.start - 40), quote.start)
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
        if DETERMINER_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "the Ford government": the name qualifies a noun
        if _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not name_opens_clause(
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
        words = description_words(entity.name)
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
