"""A quote's cue and the words naming its speaker: `find_quote_cue` looks right after the
quote (`,” Kirby said`), right before it (`He said: “`, `According to Kirby, “`), at a colon, at
a verb that names what it quotes (`called the move “…”`), at words spoken "from" someone, and
anywhere earlier in the sentence; `block_cue` reads a block quote's signature and `unread_cue`
tells when a cue follows a quote though no speaker could be read from it. The kind a quote is
given (direct, partial, term, block, headline: `quote_kind`, `follow_on_sentence`) depends on
where its cue stands, so it is decided here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from server.lexicon import attribution_lexicon
from server.pipeline.mentions import Mention, parse_inverted, parse_subject, pronoun_ending_at
from server.pipeline.model import TextSpan
from server.pipeline.s3_quotes import RawQuote
from server.pipeline.s4_speakers.clauses import (
    clause_window,
    joined_subject,
    lead_subject,
    text_span,
)
from server.pipeline.s4_speakers.patterns import (
    ABBREVIATION,
    ADVERB,
    DETERMINER_BEFORE,
    JOINED_VERB,
    NP,
    NP_IN_CLAUSE,
    OBJECT,
    POSSESSIVE_BEFORE,
    TIME,
    cue_verb,
    noun_after_a,
    reporting_verb,
    trie,
    verb_pattern,
)

TERM_MAX_WORDS = 4
_MARKS_AND_SPACE = "“”\"„«»‘’'‚‹› \t\n"


@cache
def _post_inverted() -> re.Pattern[str]:
    # ,” said Kirby, a spokesman for the council.
    return re.compile(
        rf"^\s*[,—–-]?\s*(?P<verb>{verb_pattern()})\s+(?P<np>{NP}{{1,300}}?)\s*(?=[.;:!?“\"]|$)"
    )


@cache
def _post_normal() -> re.Pattern[str]:
    # ,” Kirby said.  ,” he told reporters on Friday.
    return re.compile(
        # (after an auxiliary: ,” President Trump has said of this bill.)
        rf"^\s*[,—–-]?\s*(?P<np>{NP}{{1,120}}?)\s+(?:(?:has|have|had)\s+)?(?:{ADVERB}\s+)?"
        rf"(?P<verb>{cue_verb()})(?P<obj>\s+{OBJECT})?\b"
    )


@cache
def _post_apposition() -> re.Pattern[str]:
    # ,” Leonard E. Burman, director of the … Center and a professor at …, said of the plan.
    return re.compile(
        rf"^\s*[,—–-]?\s*(?P<np>(?:{ABBREVIATION}|[A-Z][\w'’-]*)(?:\s+(?:{ABBREVIATION}|[A-Z][\w'’-]*)){{0,4}}"
        # (an apposition may hold commas: "…, a fellow at the institute in Garching, Germany,
        # and co-author of the study, said")
        rf"(?:(?:,\s+{NP_IN_CLAUSE}{{1,200}}?){{1,4}},"
        # (a role's closing comma is sometimes left out: "…, a research analyst at the … think
        # tank told CBS News")
        rf"|,\s+(?:a|an)\s+{NP_IN_CLAUSE}{{1,200}}?(?:,\s+{NP_IN_CLAUSE}{{1,100}}?){{0,2}}(?<=[a-z])(?<!\bto)))"
        rf"\s+(?:{ADVERB}\s+)?(?P<verb>{cue_verb()})"
        rf"(?P<obj>\s+{OBJECT})?\b"
    )


#: Cue verbs that are nouns after a determiner and a name ("a Tumblr post", "his Twitter posts").
_POST_NOUNS = frozenset({"post", "posts", "tweet", "tweets"})
_OWNER_AND_NAME = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\w+['’]s)\s+[A-Z][\w-]*\s+$"
)


@cache
def _cued_before() -> re.Pattern[str]:
    """A cue verb right before a quote's opening mark ("but said “", "told reporters that “")."""
    return re.compile(rf"\b{cue_verb()}(?:\s+{OBJECT})?(?:\s+that)?\s*[,:]?\s*$")


@cache
def _pre_cue() -> re.Pattern[str]:
    # He said: “   Kirby told reporters on Friday, “   She added that “
    return re.compile(
        rf"(?P<np>[^.;!?“”\"]{{1,160}}?)\s+(?:{ADVERB}\s+)?(?P<verb>{cue_verb()})(?P<obj>\s+{OBJECT})?(?:\s+{TIME})?(?:\s+(?:in|on)\s+(?:(?:a|an|the)\s+[\w\s-]{{1,30}}?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}))?\s*(?P<punct>[,:]|that|—|–)?\s*$"
    )


@cache
def _pre_inverted() -> re.Pattern[str]:
    # Said Dorothy Poynter, who grew up with Ali, “   Continued Stone: “
    return re.compile(
        rf"(?:^|[.!?]\s+|\n)\s*(?P<verb>(?i:{verb_pattern()}))\s+"
        rf"(?P<np>(?-i:[A-Z]){NP}{{0,200}}?)\s*[,:]\s*$"
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
#: An aside before a quote that hands it to someone, a few words before it at most.
_IN_THE_WORDS_OF = re.compile(
    r"\b(?P<verb>[Ii]n\s+the\s+words\s+of)\s+(?P<np>[^,.;:!?“”\"()]{2,80}?)\s*,\s*(?:\S+\s+){0,2}$"
)
_IN_ONES_WORDS = re.compile(
    r"\b[Ii]n\s+(?P<np>(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w'’-]*?)(?:['’]s?)\s+"
    r"(?P<verb>(?:own\s+)?words)\s*,\s*(?:\S+\s+){0,2}$"
)
_AS_PUT_IT = re.compile(
    r"\b[Aa]s\s+(?P<np>[^,.;:!?“”\"()]{2,60}?)\s+(?:once\s+|later\s+)?(?P<verb>put\s+it|puts\s+it)"
    r"\s*,\s*(?:\S+\s+){0,2}$"
)
_ACCORDING_PRE = re.compile(
    # (with an apposition: "According to his aunt, Jane Starner, “…”")
    r"(?i)\baccording to\s+(?P<np>[^,.;:!?“”\"]{1,100}?(?:,\s*[^,.;:!?“”\"]{1,60}?)?)\s*,\s*$"
)


#: Longest possible cue before a quote (subject, verb, object, time and place phrases).
_PRE_CUE_REACH = 500


@dataclass(slots=True)
class Cue:
    mention: Mention | None
    cue: TextSpan
    where: str  # "post", "pre", "naming", "aside", "sentence"


#: A pronoun right after a closing mark with no space (`,”he tells me`).
_PRONOUN_START = re.compile(r"(?:he|she|they|we)\s")
#: What an inverted cue's speaker spoke of, after the name (`said Martinez of the visit`).
_TOPIC_AFTER = re.compile(r"\s+(?:of|about|on)\s+(?:the|a|an|this|that|his|her|their|its)\b")
#: A "that" clause after a verb (and its time): the verb reports that clause, not a quote.
_THAT_CLAUSE = re.compile(rf"(?:\s+{TIME})?\s+that\s")

#: A capitalised word (and up to three more) and a comma opening a new sentence ("Later, …",
#: "Up until recently, …").
_OPENING_WORD = re.compile(r"\s+([A-Z][a-z]+)(?:\s+[a-z]+){0,3},\s")
#: A capitalised pronoun (not a name such as "He Jianxiong") opening a new sentence.
_NEW_SENTENCE = re.compile(r"\s+(?:She|He|They|We)\b(?!\s+[A-Z])")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the words at `pos` open a sentence of their own with a phrase set off by a comma
    that names no one ("Later, …", "Up until recently, …"; not "Smith, a spokesman, …")."""
    opener = _OPENING_WORD.match(text, pos)
    if opener is None:
        return False
    word = opener.group(1)
    return (
        word in attribution_lexicon().not_names
        or word.casefold() in attribution_lexicon().opening_prepositions
    )


#: Prepositions that open a sentence's first phrase ("Up until recently, …").


def find_quote_cue(text: str, quote: RawQuote, lo: int, hi: int) -> Cue | None:
    """The cue of one quote, with the words naming its speaker."""
    # 1. right after the quote.
    post_lo, post_hi = clause_window(text, quote.end, hi, backwards=False)
    post = text[post_lo:post_hi]
    opens_clause = re.match(r"[\s,]*(?:and|but|or|while|whereas)\s", post) is not None
    if text[quote.inner[-1].end - 1 : quote.inner[-1].end] in ".?!" and (
        _NEW_SENTENCE.match(post)
        or _opens_sentence(post, 0)
        # (`… but said “the question is the timing.” Gov. Pat McCrory said …`: a quote that ends
        # its sentence after a cue of its own; the next sentence is another speaker's)
        or _cued_before().search(text, max(lo, quote.start - 60), quote.start)
    ):
        # `“Did you get it from a tick?” She answered, “Yeah …”`: a quoted sentence, then a new
        # one opened by a capitalised pronoun, which introduces the next quote; or by a phrase
        # and a comma that name no one (`“Everybody sues, right?” Later, Rubio claimed that …`).
        opens_clause = True
    if post.strip()[:1] in ("—", "―", "–", "-") and text[
        max(lo, quote.start - 3) : quote.start
    ].strip()[-1:] in ("—", "―", "–", "-"):
        # `lamented her gaffes - “does she have to …?” - Democrats … said`: a quote set off
        # between dashes is an aside; the clause after it is the sentence's own
        opens_clause = True
    if (
        (
            post.strip()[:1] in ("", ",", "—", "―", "–", "-")
            or post[:1].isspace()
            # (a space left out after the mark: `… tarot cards,”Kaplan says.`, `,”he tells me`)
            or (
                (post[:1].isupper() or _PRONOUN_START.match(post))
                and text[quote.inner[-1].end - 1 : quote.inner[-1].end] == ","
            )
        )
        and not opens_clause
    ):
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
            verb = m.group("verb").casefold()
            if (pattern is _post_inverted() and verb.endswith("ing")) or (
                pattern is not _post_inverted() and verb == "according to"
            ):
                # `…”, saying he trusted the Israeli courts`: a participle's subject comes before
                # it; `…,” bullying and violence in Chicago, according to the rapper`: the
                # source follows "according to"
                continue
            new_claim = text[quote.inner[-1].end - 1 : quote.inner[-1].end] in ".?!" and bool(
                _THAT_CLAUSE.match(post, m.end())
            )
            inverted = pattern is _post_inverted()
            mention = (parse_inverted if inverted else parse_subject)(text, np_start, np_end)
            topic = _TOPIC_AFTER.search(text, np_start, np_end) if inverted else None
            if mention is None and topic:
                # `,” said Martinez of the visit by …`: what the speaker spoke of follows the name
                mention = parse_inverted(text, np_start, topic.start())
            if (
                mention is None
                and pattern is _post_apposition()
                and not m.group("np").rstrip().endswith(",")
            ):
                # (an apposition whose closing comma was left out: the name before it speaks)
                comma = text.index(",", np_start, np_end)
                named = parse_subject(text, np_start, comma)
                if named is not None and named.kind == "name":
                    mention = replace(named, role=text[comma + 1 : np_end].strip())
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
            if mention is None or (new_claim and mention.kind not in ("name", "pronoun")):
                # (`“… thanks to Bill Clinton.” Clinton defenders argue that …`: a quoted
                # sentence, then a new one in which others report a claim of their own; but
                # `“….” Jane Roe added that …` is still the speaker's)
                continue
            verb_end = (
                post_lo + m.end("obj")
                if "obj" in m.groupdict() and m.group("obj")
                else post_lo + m.end("verb")
            )
            cue = text_span(text, post_lo + m.start("verb"), verb_end)
            inner = _nested_speaker(text, lo, quote.start) if mention.kind != "pronoun" else None
            if inner is not None:
                # "he … said, “somebody ought to …,” the prosecutor's office said.": the one who
                # said the words, whose saying the office reports
                return inner
            return Cue(mention, cue, "post")
        m = _POST_SIGNATURE.match(post)
        mention = _bare_name(text, post_lo + m.start("np"), post_lo + m.end("np")) if m else None
        if m and mention is not None:
            dash = post_lo + len(post) - len(post.lstrip())
            return Cue(mention, text_span(text, dash, dash + 1), "post")
    # 2. right before the quote.
    pre_lo, pre_hi = clause_window(text, lo, quote.start, backwards=True)
    pre = text[pre_lo:pre_hi]
    m = _ACCORDING_PRE.search(pre)
    if m:
        np_lo, np_hi = pre_lo + m.start("np"), pre_lo + m.end("np")
        comma = text.find(",", np_lo, np_hi)
        if comma >= 0 and re.search(rf"\b{verb_pattern()}\b", text[comma:np_hi]):
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
            return Cue(
                mention, text_span(text, pre_lo + m.start(), pre_lo + m.start("np") - 1), "pre"
            )
    m = _pre_inverted().search(pre)
    if m:
        mention = parse_inverted(text, pre_lo + m.start("np"), pre_lo + m.end("np"))
        if mention is not None and mention.kind != "unspecified":
            return Cue(
                mention, text_span(text, pre_lo + m.start("verb"), pre_lo + m.end("verb")), "pre"
            )
    # The cue ends the window and is bounded in length: only its tail needs searching.
    tail = max(0, len(pre) - _PRE_CUE_REACH)
    m = _pre_cue().search(pre, tail)
    if m and m.group("obj") and not _takes_object(m.group("verb")):
        m = None  # "Roe said the city “will …”": the words after "said" begin the clause
    if (
        m
        and m.group("verb").casefold() in _POST_NOUNS
        and _OWNER_AND_NAME.search(pre, 0, m.start("verb"))
    ):
        m = None  # "In a Tumblr post at the time she described …": a post, no verb
    if m:
        if m.group("verb").endswith("ing"):
            mention = _participle_subject(text, quote.start)
        else:
            mention = _subject(text, pre_lo + m.start("np"), pre_lo + m.end("np"))
        if mention is not None:
            verb_end = pre_lo + (m.end("obj") if m.group("obj") else m.end("verb"))
            return Cue(mention, text_span(text, pre_lo + m.start("verb"), verb_end), "pre")
    # 3. a sentence that introduces the quote with a colon ("Martell is more blunt: “...”"), or
    # a name and a colon alone ("Carl Bialik: “...”").
    if pre.rstrip().endswith(":"):
        m = _COLON_INTRO.match(pre)
        found = _np_verb_cue(text, pre_lo, m, "pre", ("name", "pronoun", "unnamed", "description"))
        if found is not None and (
            found.mention is None
            or found.mention.kind != "description"
            # ("The mayor was blunt:", not "The problem is simple:")
            or found.mention.text.split()[-1].casefold() in attribution_lexicon().role_nouns
        ):
            return found
        m = _NAME_COLON.search(pre)
        mention = _bare_name(text, pre_lo + m.start("np"), pre_lo + m.end("np")) if m else None
        if m and mention is not None:
            colon = pre_lo + pre.rstrip().rindex(":")
            return Cue(mention, text_span(text, colon, colon + 1), "pre")
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
            # ("One Clinton spokesman has called the situation “…”": the auxiliary is the
            # verb's)
            auxiliary = _AUXILIARY_END.search(text, pre_lo, pre_lo + m.start(verb))
            subject_end = auxiliary.start() if auxiliary else pre_lo + m.start(verb)
            relative = _RELATIVE_END.search(text, pre_lo, subject_end)
            # ("Mr. Scott, who has called …": the name before the comma; "volunteers that had
            # once called the shelter “home”": a restrictive relative's, no one)
            mention = (
                parse_subject(text, pre_lo, relative.start())
                if relative and relative.group(0).startswith(",")
                else None
                if relative
                else _subject(text, pre_lo, subject_end)
            )
        if mention is not None and mention.kind != "unspecified":
            return Cue(
                mention,
                text_span(text, pre_lo + m.start(verb), pre_lo + m.end(verb)),
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
    # 5a. someone's words named by a noun ("Mr. Trump’s announcement that … a “historic” …",
    # "Trump issued regular promises to “take care” of …").
    owned = _owned_speech().search(pre)
    if owned and not re.search(
        rf"\b{verb_pattern()}\b", pre[: owned.start("verb")] + " " + pre[owned.end("verb") :]
    ):
        # (a cue verb in the sentence is the cue: "Frazier said that Rubio's claim that … is
        # “simply not true.”", "the ones State now says are “top secret.”")
        group = next(g for g in ("owner", "pronoun", "subject") if owned.group(g))
        lo, hi = pre_lo + owned.start(group), pre_lo + owned.end(group)
        mention = (
            _subject(text, lo, hi)
            if group == "subject"
            else pronoun_ending_at(hi, owned.group(group))
            if group == "pronoun"
            else parse_subject(text, lo, hi)
        )
        if mention is not None and mention.kind in ("name", "pronoun", "unnamed", "description"):
            return Cue(
                mention,
                text_span(text, pre_lo + owned.start("verb"), pre_lo + owned.end("verb")),
                "pre",
            )
    # 5b. an aside that hands the words to someone ("as an American diplomat put it, an “…”",
    # "in the words of a senior adviser, “…”", "In Dr. Shadlen's words, “…”"): theirs, however
    # few.
    motto = _owned_motto().search(pre)
    if motto:
        # "known for its rousing motto, “A spirit that will not die.”": its owner's words
        owner = motto.group("pronoun")
        mention = (
            Mention(
                "pronoun",
                pre_lo + motto.start("pronoun"),
                pre_lo + motto.end("pronoun"),
                owner,
                gender=attribution_lexicon().pronouns[owner.casefold()],
            )
            if owner
            else parse_subject(text, pre_lo + motto.start("owner"), pre_lo + motto.end("owner"))
        )
        if mention is not None:
            return Cue(
                mention,
                text_span(text, pre_lo + motto.start("verb"), pre_lo + motto.end("verb")),
                "aside",
            )
    for aside in (_IN_THE_WORDS_OF, _IN_ONES_WORDS, _AS_PUT_IT):
        found = _np_verb_cue(
            text, pre_lo, aside.search(pre), "aside", ("name", "pronoun", "unnamed", "description")
        )
        if found is not None:
            return found
    # 6. anywhere earlier in the sentence (partial quotes), or a reporting verb before "that"
    # ("… Jason Ziegler, has asserted that agencies “can use …”").
    for m in sorted(
        [
            *re.finditer(rf"\b(?P<verb>{verb_pattern()})\b", pre),
            *(v for v in reporting_verb().finditer(pre) if _THAT_CLAUSE.match(pre, v.end())),
        ],
        key=lambda v: v.start(),
    ):
        if _PLEA.match(pre, m.end("verb")):
            continue  # "pleaded guilty to “conspiracy to commit wire fraud”": a charge's name
        if noun_after_a(pre[: m.start("verb")], m.group("verb")):
            continue  # "After an off-the-cuff remark from a winemaker, …": a noun
        # (the auxiliary is the verb's: "Ziegler, has asserted")
        auxiliary = _AUXILIARY_END.search(text, pre_lo, pre_lo + m.start("verb"))
        subject_end = auxiliary.start() if auxiliary else pre_lo + m.start("verb")
        mention = _subject(text, pre_lo, subject_end) or _it_opens(
            text, pre_lo, pre_lo + m.start("verb")
        )
        lead = (
            joined_subject(text, pre_lo, pre_lo + m.start("verb"))
            if mention is None and JOINED_VERB.search(pre, 0, m.start("verb"))
            else None
        )
        if lead is not None:
            # "A spokesman declined to address the report but said in a statement that “…”": a
            # second verb of the sentence's subject.
            mention = parse_subject(text, lead.start("np"), lead.end("np"))
            if mention is not None and _no_lead(mention, lead.group("np").split()[0]):
                mention = None
        if mention is not None and mention.kind != "unspecified":
            return Cue(
                mention,
                text_span(text, pre_lo + m.start("verb"), pre_lo + m.end("verb")),
                "sentence",
            )
    return None


def _no_lead(mention: Mention, first: str) -> bool:
    """A sentence's opening words that name no one: a quantifier alone ("One that …"), or a
    name after a word that is none ("Does DC Comics president …?"; but "When Trump referred to
    … and said" is Trump's). (A count, "Eight years ago, …", `joined_subject` turns away.)"""
    lex = attribution_lexicon()
    if mention.kind == "unnamed":
        return len(mention.text.split()) < 2
    if first.casefold() in lex.subordinators:
        return False  # ("When Trump referred to … and said"; one closed by a comma is no lead)
    return mention.kind == "name" and first in lex.not_names


@cache
def _spoken_from() -> re.Pattern[str]:
    """A speech noun, "from" and its speaker, then "that …", a colon or a comma before the
    quote (the speaker's words: "in Ottawa", "on Monday" after the name are cut)."""
    nouns = trie(attribution_lexicon().speech_nouns)
    return re.compile(
        rf"\b(?P<verb>{nouns})\s+from\s+(?P<np>[^,.;:!?“”\"()]{{2,80}}?)"
        rf"(?:\s+(?:in|on)\s+[A-Z][\w.'’-]*)?"
        r"(?:\s+that\b[^.;!?“”\"]{0,120}|\s*[:,])\s*$"
    )


@cache
def _owned_speech() -> re.Pattern[str]:
    """A speech noun after its owner's possessive, or after a verb of issuing whose subject said
    it, then "that" or "to" and the clause the quote is in."""
    nouns = trie(attribution_lexicon().speech_nouns)
    return re.compile(
        r"(?:(?:(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)['’]s|(?P<pronoun>[Hh]is|[Hh]er|"
        # (modifiers of the noun, no verb or second determiner: not "Smith's campaign challenged
        # the assertion that …")
        r"[Tt]heir))\s+(?:(?!(?:[\w.-]*ed|the|a|an)\b)[\w.-]+\s+){0,3}?"
        rf"|(?P<subject>[^,.;:!?“”\"]{{2,80}}?)\s+(?:issued|made|repeated|renewed)\s+"
        r"(?:[\w-]+\s+){0,2}?)"
        # (then "that", or "to" and a verb: not "her comments to the FBI were “truthful,”")
        rf"(?P<verb>(?:{nouns})s?)\s+(?:that|to(?:\s+(?!(?:the|a|an|his|her|their|its|this|these|"
        r"those|people|voters|reporters)\b)[a-z]+\b|\s*$))[^.;!?“”\"]{0,120}$"
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


#: An auxiliary (and an adverb) between a subject and its verb: "has called", "had once
#: described".
_AUXILIARY_END = re.compile(
    r"\s+(?:has|have|had|would|will|once|also|repeatedly|previously|often)"
    r"(?:\s+(?:also|once|repeatedly|previously|often|long|since))?\s*$"
)
_RELATIVE_END = re.compile(r",?\s(?:who|that|which)$")
#: Verbs that name or characterise what they quote, close before it: "called the move “…”",
#: "describing the scene as “…”", "expressed “deep concern”".
_NAMING_CUE = re.compile(
    # "called" needs its object ("a group called “…”" is a name, not speech)
    # (nor the noun: "began taking calls from listeners to his “…”")
    r"(?<![Tt]he )(?<![Aa] )(?<!so-)(?<!\btaking )(?<!\btook )(?<!\btake )(?<!\bphone )"
    r"(?<!\breturned )(?<!\breturn )"
    # ("brand" and "label" with an ending: the bare word is the noun, "a Trump brand")
    r"\b(?:(?P<verb>(?:call|dub|term)(?:s|ed|bed|ing|bing)?|(?:label|brand)(?:s|ed|led|ing|ling)"
    r"|describ(?:e|es|ed|ing))"
    # (its object up to four words, or a name and one more: "called Immigration Minister
    # Ahmed Hussen a “chicken”"; or a longer one with no clause of its own: "called a report
    # suggesting donors … were granted greater access to the State Department “outrageous.”")
    # (not "called in", "called up", "called off": a phone call, a summons, a cancellation)
    # (and "that" only as the object: "called that a “very modest adjustment”")
    r"(?:(?!\s+(?:in|up|off)\b)(?:\s+(?!(?:that(?!\s+(?:a|an)\s)|and|but|as)\b)[\w'’-]+){1,4}"
    r"|(?!\s+(?:in|up|off|for|on)\b)"
    r"(?:\s+(?!(?:that|and|but|as|or|who|which|when|while|because|if|after|before|said|says)\b)"
    r"[\w'’-]+){5,16}"
    r"|(?:\s+[A-Z][\w'’.-]*){2,4}\s+[\w'’-]+)"
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
) -> Cue | None:
    """The cue a match of `np` and `verb` groups in text[lo:] makes, when its subject is one of
    `kinds`."""
    if m is None:
        return None
    mention = parse_subject(text, lo + m.start("np"), lo + m.end("np"))
    if mention is None or mention.kind not in kinds:
        return None
    return Cue(mention, text_span(text, lo + m.start("verb"), lo + m.end("verb")), where)


@cache
def _owned_motto() -> re.Pattern[str]:
    """A motto or slogan and its owner right before a quote: "its rousing motto, ", "the
    company's slogan: "."""
    nouns = trie(attribution_lexicon().motto_nouns)
    return re.compile(
        r"(?:(?P<pronoun>\b[Ii]ts|\b[Hh]is|\b[Hh]er|\b[Tt]heir)|(?P<owner>(?:[Tt]he\s+[a-z]+|"
        r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*))['’]s)\s+(?:[\w-]+\s+){0,2}?"
        rf"(?P<verb>{nouns})\s*[,:]?\s*$"
    )


_WHAT_CALLED = re.compile(
    # (or "which": "the anomaly, which he called “…”"; and a word or two of the name before the
    # quoted ones: "what he called the Covid “crisis”")
    rf"\b(?:what|which)\s+(?P<np>{NP_IN_CLAUSE}{{1,60}}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?P<verb>call(?:s|ed)|describe[sd]\s+as|dubbed|termed|labell?ed)"
    r"(?:\s+(?:a|an|the)(?:\s+[\w'’-]+){0,2})?\s*$"
)


def _participle_subject(text: str, pos: int) -> Mention | None:
    """`He voiced his anger on Twitter, writing “…”`: a participle's subject is the sentence's
    own, named at its start (before any earlier quote in the sentence)."""
    block_lo = text.rfind("\n", 0, pos) + 1
    s_lo, _ = clause_window(text, block_lo, pos, backwards=True)
    verb = next(
        (
            v
            for v in reporting_verb().finditer(text[s_lo:pos])
            # a finite verb, not the participle itself nor a noun ("Sanders' comments")
            if not v.group().endswith("ing")
            and not POSSESSIVE_BEFORE.search(text, s_lo, s_lo + v.start())
            and not DETERMINER_BEFORE.search(text, s_lo, s_lo + v.start())
        ),
        None,
    )
    if verb:
        # "Alongside the protests, even an official said …, saying “…”": the subject of the
        # sentence's reporting verb, after any opening phrase.
        mention = parse_subject(text, s_lo, s_lo + verb.start())
        if mention is not None:
            return mention
    lead = lead_subject(text, s_lo)
    return parse_subject(text, lead.start("np"), lead.end("np")) if lead else None


#: A clause opened by "he" or "she" and a verb (after an opening phrase, if any), with a name
#: inside it ("During the call, he asked about the Muslim Brotherhood"); not one with a relative
#: pronoun, whose clause has a subject of its own.
_PRONOUN_CLAUSE = re.compile(
    r"(?:[^,]*,\s+)?\s*(?P<pronoun>[Hh]e|[Ss]he)\s+(?!and\b|or\b)[a-z]+\b(?!.*\b(?:who|whom|whose|which|that)\b)"
    r"(?=.*\s[A-Z])"
)


def _subject(text: str, start: int, end: int) -> Mention | None:
    """The subject before a cue; the pronoun that opens its clause when a name follows inside
    it ("he asked about the Muslim Brotherhood, called Omar a “terrorist”": he called her
    that); whoever sent a message the cue's relative clause is about ("a text from her husband,
    Joe Hannouch, that said, “…”")."""
    sent = _MESSAGE_FROM.search(text, start, end)
    if sent and sent.group("message").casefold() in attribution_lexicon().issued_documents:
        return parse_subject(text, sent.start("owner"), sent.end("owner"))
    inner = _NAME_AFTER_THAT.search(text, start, end)
    if inner:
        # "The woman told the Washington Post that Ailes said, “…”": the name after "that"
        return parse_subject(text, inner.start("name"), end)
    m = _PRONOUN_CLAUSE.match(text[start:end])
    if m is None:
        return parse_subject(text, start, end)
    return pronoun_ending_at(start + m.end("pronoun"), m.group("pronoun").casefold())


#: A name alone after "that", right before a cue: the subject of the reported clause.
_NAME_AFTER_THAT = re.compile(r"\bthat\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*$")
#: A cue verb and its comma right before a quote's opening mark ("… and said, “").
_SAID_COMMA = re.compile(r"\b(?P<verb>said|says|added|adds|wrote|writes)\s*,\s*$")


def _nested_speaker(text: str, lo: int, start: int) -> Cue | None:
    """The speaker of a quote introduced by its own "X said," when another cue follows it."""
    m = _SAID_COMMA.search(text, max(lo, start - 200), start)
    if m is None:
        return None
    verb = m.start("verb")
    window_lo, _ = clause_window(text, lo, verb, backwards=True)
    mention = _subject(text, window_lo, verb)
    if mention is None and re.search(r"\band\s+$", text[window_lo:verb]):
        lead = joined_subject(text[lo:verb], 0, verb - lo)
        mention = parse_subject(text, lo + lead.start("np"), lo + lead.end("np")) if lead else None
    if mention is None or mention.kind not in ("name", "pronoun"):
        return None
    return Cue(mention, text_span(text, verb, m.end("verb")), "pre")


#: A plea after "pleaded": what follows is a charge, no one's words.
_PLEA = re.compile(r"\s+(?:not\s+)?(?:guilty|innocent)\b|\s+no\s+contest\b")
#: A message (one of the `issued_documents`) and who sent it, before the relative pronoun of its
#: cue ("a text from her husband, Joe Hannouch, that [said]").
_MESSAGE_FROM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?P<message>[\w-]+)\s+(?:from|by)\s+"
    r"(?P<owner>[^.;:!?“”\"]{2,80}?),?\s+(?:that|which)\s*$"
)


def _takes_object(verb: str) -> bool:
    lex = attribution_lexicon()
    canonical = lex.reporting_forms.get(" ".join(verb.casefold().split()), "")
    return canonical in lex.object_verbs


_CLAUSE_ENDS = (".", ",", "!", "?", "…")
#: A word that links two clauses, never inside a speaker's name or description.
_CLAUSE_LINK = re.compile(r"\b(?:as|while|when|because|after|before|since|until|if|than)\b")


def title_like(words: str) -> bool:
    """Quoted words in title case, two to ten of them: the name of a show, a song, a book or a
    post ("Meet the Press", "Takin’ It To the Streets", "Full Stack Developer"); not a chant in
    capitals or an exclamation ("USA! USA!", "Marco! Marco!")."""
    tokens = re.findall(r"[^\W\d_][\w'’-]*", words)
    small = attribution_lexicon().title_case_small_words
    return (
        2 <= len(tokens) <= 10
        and "!" not in words
        and not any(t.isupper() and len(t) > 1 for t in tokens)
        and all(t[0].isupper() or t.casefold() in small for t in tokens)
    )


def quote_kind(text: str, quote: RawQuote, cue: Cue | None, lo: int, hi: int) -> str:
    if quote.kind == "block":
        return "block"
    if quote.kind == "headline":
        return "headline"
    words = quote.words(text).split()
    if names_a_work(text, quote, lo):
        return "term"  # "In her book “A Paradise Built in Hell,”": a title
    if (
        title_like(quote.words(text))
        and not (cue is not None and cue.where == "naming")
        and not _cued_before().search(text, max(lo, quote.start - 60), quote.start)
    ):
        # “Meet the Press.”, “Takin’ It To the Streets,”: a title, not speech (but `called
        # Rubio “Little Marco”`, `He said “The Hispanics”` are someone's words)
        return "term"
    pre_lo, _ = clause_window(text, lo, quote.start, backwards=True)
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
        # (a word or two quoted inside a sentence's or a reported claim's words is a term)
        # (but words that close a speaker's sentence are theirs: `said the ballet was "a
        # dream."`; not a name: `complained about the cocaine from "Mirkov"`)
        closing = ends_sentence and not (len(words) == 1 and words[0][:1].isupper())
        return (
            "term"
            if cue is None
            # (a word or two inside a reported claim are its speaker's when the claim's cue is
            # theirs: see stage 3)
            or (cue.where == "sentence" and len(words) <= 2 and not closing)
            else "partial"
        )
    if not starts_clause and not (words[0][:1].isupper() and ends_sentence):
        # Quoted words carried by the sentence's own grammar (`urged Canadians to "fully assess
        # the risks."`) are a partial quote, however long: the sentence is the reporter's. A
        # whole sentence quoted mid-sentence (`writing "It's unbelievable ..."`) stays direct.
        return "partial"
    return "direct"


@cache
def _after_work() -> re.Pattern[str]:
    """A work right before a quotation, whose title it is: "her book", "a song titled"."""
    works = trie(attribution_lexicon().work_nouns)
    # (lower case, a noun: not "Dr. Paul Song", "Obama shows"; and not what someone called the
    # work: "Gorab called the show “the conservative news show of record.”")
    return re.compile(
        r"(?<!called the )(?<!calls the )(?<!dubbed the )(?<!described the )"
        rf"(?<![\w-])(?:{works})(?:\s+(?:titled|entitled|called|named))?,?\s*$"
    )


def names_a_work(text: str, quote: RawQuote, lo: int) -> bool:
    """Whether the quoted words are the title of a work named right before them."""
    return bool(_after_work().search(text, max(lo, quote.start - 40), quote.start))


#: Between a quote and the next one: its cue ending a sentence (`,” Lotayef said. `).
#: (a title's period is no break: `,” Mr. Goldwein said. `)
_CUE_THEN_BREAK = re.compile(rf"(?:{ABBREVIATION}|[^.!?“”\"]){{1,80}}[.!?]\s+$")


def follow_on_sentence(
    text: str, previous: RawQuote, previous_cue: Cue | None, quote: RawQuote
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


def block_cue(text: str, quote: RawQuote, hi: int) -> Cue | None:
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
    return Cue(
        mention, text_span(text, inner.start + m.start(), inner.start + m.start() + 1), "post"
    )


@cache
def _unread_cue_pattern() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*[,—–-]?[ \t]*{NP}{{0,250}}?\b(?P<verb>{verb_pattern()})\b")


def unread_cue(text: str, quote: RawQuote, bounds: list[tuple[int, int]]) -> bool:
    """Whether a cue verb follows the quote in its sentence though no speaker could be read from
    it (`“…,” said Della.`, `“…,” Paganini and his team wrote`): the quote then has a speaker of
    its own, whom the previous quote's speaker must not stand in for."""
    block_end = bounds[quote.blocks[-1]][1]
    after = text[quote.end : block_end].lstrip(" \t")
    last = text[quote.inner[-1].end - 1 : quote.inner[-1].end]
    if not (last in ",?!—–" or after[:1] in (",", "—", "–")):
        return False  # `“… where we came from.” As it stands, …`: the next sentence, no cue
    if last in "?!" and _opens_sentence(text, quote.end):
        return False  # `“… right?” Later, Rubio claimed …`: the next sentence
    first = (after.lstrip(",—– \t").split()[:1] or [""])[0]
    if not (first[:1].isupper() or first.casefold() in _CUE_OPENERS):
        return False  # `“… Mexico,” and he …`: the sentence goes on, no cue of its own
    return _unread_cue_pattern().match(text, quote.end, block_end) is not None


#: Words that open a cue after a quote besides a capitalised name: a pronoun, a determiner, a verb.
_CUE_OPENERS = frozenset(
    {"he", "she", "they", "it", "we", "the", "a", "an", "one", "another", "said", "says", "wrote"}
)
