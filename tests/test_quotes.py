"""Stage 3, quotes: every mark style, apostrophes, nesting, paragraphs, malformed text, kinds."""

from __future__ import annotations

import html
from typing import Any

import pytest

from server.pipeline import annotate_json, s1_extraction, s3_quotes

PAD = (
    "The council met on Tuesday evening to discuss the budget for the coming year in the hall.",
    "Residents filled the hall and the meeting ran late into the night as the agenda was long.",
    "The final vote on the plan is expected next month after a further round of public hearings.",
)


def page(
    *paragraphs: str, title: str = "Council meets to discuss the town budget", lang: str = "en"
) -> str:
    """A small news page: the title as headline, a neutral lead, the paragraphs (raw HTML if they
    start with '<'), then neutral padding so trafilatura accepts it as an article."""
    body = "".join(
        p if p.startswith("<") else f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs
    )
    pad = "".join(f"<p>{p}</p>" for p in PAD[1:])
    return (
        f'<html lang="{lang}"><head><title>{html.escape(title)}</title></head><body><article>'
        f"<p>{PAD[0]}</p>{body}{pad}</article></body></html>"
    )


def annotate(*paragraphs: str, **kwargs: str) -> dict[str, Any]:
    return annotate_json(page(*paragraphs, **kwargs))


def quote_texts(answer: dict[str, Any], *kinds: str) -> list[str]:
    return [q["text"] for q in answer["quotes"] if not kinds or q["kind"] in kinds]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will win this vote next month,” Kirby said.",
        '"We will win this vote next month," Kirby said.',
        "‘We will win this vote next month,’ Kirby said.",
        "'We will win this vote next month,' Kirby said.",
        "«We will win this vote next month», Kirby said.",
        "„We will win this vote next month“, Kirby said.",
        "„We will win this vote next month”, Kirby said.",
        "''We will win this vote next month,'' Kirby said.",
    ],
)
def test_every_mark_style(sentence: str) -> None:
    answer = annotate(sentence)
    assert quote_texts(answer) == ["We will win this vote next month,"] or quote_texts(answer) == [
        "We will win this vote next month"
    ]
    (quote,) = answer["quotes"]
    assert quote["kind"] == "direct"
    assert quote["speaker"]["name"] == "Kirby"


@pytest.mark.parametrize(
    "sentence",
    [
        "I don't know why they left, a resident admitted after the meeting on Tuesday.",
        "Ukraine’s army and the country's navy held their positions along the coast.",
        "The band first played in the ’90s and again in the '90s revival tour.",
        "It was rock ’n’ roll and rock 'n' roll all night long at the festival.",
        "The troops’ guns fell silent and the soldiers' families waited for news.",
        "O’Brien’s shop and the Smiths’ house stood on the corner of the street.",
    ],
)
def test_apostrophes_never_open_or_close_quotes(sentence: str) -> None:
    assert annotate(sentence)["quotes"] == []


def test_nested_quote_stays_inside_one_quote() -> None:
    answer = annotate("“He told me ‘never again’ and I believed him then,” Kirby said.")
    assert quote_texts(answer) == ["He told me ‘never again’ and I believed him then,"]


def test_nested_double_inside_single() -> None:
    answer = annotate('‘The sign said "closed" so we went home early,’ Kirby said.')
    assert quote_texts(answer) == ['The sign said "closed" so we went home early,']


def test_two_paragraph_quote_by_convention() -> None:
    answer = annotate(
        "Kirby said: “We are sending more aid this week and more will follow soon.",
        "“The next package will be larger than the last one,” he added.",
    )
    (quote,) = answer["quotes"]
    assert len(quote["segments"]) == 2
    assert quote["text"].startswith("We are sending more aid")
    assert quote["text"].endswith("larger than the last one,")


def test_three_paragraph_quote_with_unmarked_middle() -> None:
    answer = annotate(
        "Kirby said: “It is possible that Russia will make further advances in the coming weeks.",
        "Russia will likely increase the intensity of fire along the border this summer.",
        "“We are confident in the Ukrainian forces and their resolve.”",
    )
    (quote,) = answer["quotes"]
    assert len(quote["segments"]) == 3
    assert "intensity of fire" in quote["text"]
    assert quote["speaker"]["name"] == "Kirby"


def test_quote_runs_on_into_a_paragraph_split_mid_sentence() -> None:
    (quote,) = annotate(
        "“Who may be included in a plan is at the discretion of the decision-maker.",
        "based on the advice of the professional, and in consultation with the veterans,” said "
        "Trevor Nicholson in an email.",
    )["quotes"]
    assert len(quote["segments"]) == 2
    assert quote["speaker"]["name"] == "Trevor Nicholson"


def test_quote_left_open_at_article_end_ends_there() -> None:
    text_html = (
        '<html lang="en"><head><title>Council meets</title></head><body><article>'
        f"<h1>Council meets</h1><p>{PAD[0]}</p><p>{PAD[1]}</p><p>{PAD[2]}</p>"
        "<p>Kirby said: “We will not stop until the work is done and the town is safe.</p>"
        "</article></body></html>"
    )
    answer = annotate_json(text_html)
    (quote,) = answer["quotes"]
    text = answer["article"]["text"]
    assert quote["end"] == len(text)
    assert quote["text"].endswith("the town is safe.")


@pytest.mark.parametrize(
    "paragraph",
    [
        'Odd " marks " everywhere " in this sentence about the budget.',
        "“This quote never closes and runs on to the end of the paragraph",
        'Mixed “curly and straight" marks and ‘single" ones, said Kirby.',
        "“" + " ".join(["word"] * 200) + ".”",
        "“”“",
        "\"'\"'«»„“‚‘’",
        "»Reverse guillemets« and ‹single ones› in one line.",
    ],
)
def test_malformed_text_never_raises(paragraph: str) -> None:
    answer = annotate(paragraph)
    text = answer["article"]["text"]
    for quote in answer["quotes"]:
        assert 0 <= quote["start"] < quote["end"] <= len(text)
        assert quote["anchor"]["exact"] == text[quote["start"] : quote["end"]]


def test_blockquote_is_kind_block() -> None:
    answer = annotate(
        "The mayor wrote to residents on Monday about the plan.",
        "<blockquote><p>Our town deserves better roads, safer streets and a budget that adds up."
        "</p></blockquote>",
    )
    (quote,) = answer["quotes"]
    assert quote["kind"] == "block"
    assert quote["text"].startswith("Our town deserves better roads")


@pytest.mark.parametrize(
    ("paragraph", "kind", "speaker"),
    [
        # a title in title case is a term, with no speaker
        ("Gates said in an interview on NBC’s “Meet the Press.”", "term", None),
        (
            "After hitting “Takin’ It To the Streets,” the singer told the crowd he was tired.",
            "term",
            None,
        ),
        # the title of a work named before it, whoever wrote it (but not what the work is called)
        (
            "In her book “A Paradise Built in Hell: The Communities that Arise in Disaster,”"
            " Rebecca Solnit wrote that people help each other.",
            "term",
            None,
        ),
        ("The spot, titled “Arrogant,” ran on Monday.", "term", None),
        (
            "Dave Gorab called the show “the conservative news show of record.”",
            "partial",
            "Dave Gorab",
        ),
        # (but a name someone calls someone, words right after a cue, a chant are their words)
        ("Trump called Rubio “Little Marco” at the rally on Monday.", "partial", "Trump"),
        ("Some in the crowd chanted “USA! USA!” outside the hall.", "direct", "Some in the crowd"),
        # an aside that hands the words to someone makes them theirs, however few
        (
            "She was, in the words of a senior adviser, “the torchbearer” of his legacy.",
            "partial",
            "a senior adviser",
        ),
        (
            "He owed his election to, as an American diplomat put it, an “extreme makeover.”",
            "partial",
            "an American diplomat",
        ),
        # words that close a speaker's sentence are theirs, however few (not a name)
        ("Celine Dion said the ballet was “a dream.”", "partial", "Celine Dion"),
        ("Sam Roe said he bought it from “Mirkov.”", "term", "Sam Roe"),
    ],
)
def test_titles_are_terms(paragraph: str, kind: str, speaker: str | None) -> None:
    (quote,) = annotate(paragraph)["quotes"]
    assert (quote["kind"], quote["speaker"]["name"]) == (kind, speaker)


@pytest.mark.parametrize(
    ("block", "kinds", "speaker"),
    [
        # a blockquote that quotes someone with its own cue is read like a paragraph
        (
            "“Rudy Giuliani is a great lawyer and a good friend,” Trump said in the statement.",
            ["direct"],
            "Trump",
        ),
        (
            "Trump instead told the BBC interviewer: “I took a decision to stay for my family.”",
            ["direct"],
            "Trump",
        ),
        # (not an embedded post that quotes a word, nor a short quoted term)
        (
            "My notification noise is set to “Hummus” — Anna Roe (@annaroe) June 7, 2016",
            ["block"],
            "Anna Roe",
        ),
    ],
)
def test_blockquote_with_a_cue_of_its_own(block: str, kinds: list[str], speaker: str) -> None:
    answer = annotate(
        "The president released a statement on Monday about his lawyer and the inquiry.",
        f"<blockquote><p>{block}</p></blockquote>",
    )
    assert [q["kind"] for q in answer["quotes"]] == kinds
    assert answer["quotes"][0]["speaker"]["name"] == speaker


def test_pull_quote_repeating_the_body_is_reported_once() -> None:
    words = "Our town deserves better roads and safer streets for every family"
    answer = annotate(
        f"“{words},” the mayor said on Monday.",
        f"<blockquote><p>{words}</p></blockquote>",
    )
    assert [q["kind"] for q in answer["quotes"]] == ["direct"]


def test_quoted_subheading_repeating_a_body_quote_is_reported_once() -> None:
    answer = annotate(
        "“I'm not leaving,” Jane Roe said, “but the town has to fix the roads.”",
        "“I'm not leaving, but the town has to fix the roads.”",
    )
    assert [q["kind"] for q in answer["quotes"]] == ["direct", "direct"]
    assert all(q["speaker"]["name"] == "Jane Roe" for q in answer["quotes"])


def test_two_apostrophes_typed_for_a_closing_double_mark() -> None:
    (quote,) = annotate(
        "Jane Roe said the money “would not be enough to fix every road'' in the town."
    )["quotes"]
    assert quote["text"] == "would not be enough to fix every road"
    assert quote["speaker"]["name"] == "Jane Roe"


def test_two_apostrophes_typed_for_both_marks() -> None:
    answer = annotate(
        "''We will win this vote next month,'' Kirby said in Leeds. ''It's created an incentive "
        "for more people to vote.''",
        "He said the town had a plan. ''The plan will hold,'' he said.",
    )
    assert [(q["kind"], q["text"], q["speaker"]["name"]) for q in answer["quotes"]] == [
        ("direct", "We will win this vote next month,", "Kirby"),
        ("direct", "It's created an incentive for more people to vote.", "Kirby"),
        ("direct", "The plan will hold,", "Kirby"),
    ]


def test_three_apostrophes_are_a_single_and_a_double_mark() -> None:
    answer = annotate(
        "''I tell the council, 'I'm sorry, but we cannot pay for it,''' said Jane Roe. "
        "''You can say that is selfish.''",
        "'''We are back,' he told me,'' Kirby said of the meeting in the town hall.",
    )
    assert [(q["text"], q["speaker"]["name"]) for q in answer["quotes"]] == [
        ("I tell the council, 'I'm sorry, but we cannot pay for it,", "Jane Roe"),
        ("You can say that is selfish.", "Jane Roe"),
        ("We are back,' he told me,", "Kirby"),
    ]


def test_short_quoted_sentence_after_the_cue_is_more_of_the_same_speech() -> None:
    answer = annotate("“The fear will not go away,” Jane Roe said. “This can happen.”")
    assert [(q["kind"], q["speaker"]["name"]) for q in answer["quotes"]] == [
        ("direct", "Jane Roe"),
        ("direct", "Jane Roe"),
    ]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The area braced for a ‘fresh invasion’ of tourists.", "fresh invasion"),
        ("The so-called “fresh invasion” began on Monday.", "fresh invasion"),
        ('She once appeared on "Saturday Night Live" with friends.', "Saturday Night Live"),
        ("The group called “Friends of the Park” met on Monday.", "Friends of the Park"),
    ],
)
def test_short_scare_quotes_and_titles_are_terms(sentence: str, term: str) -> None:
    (quote,) = annotate(sentence)["quotes"]
    assert (quote["kind"], quote["text"]) == ("term", term)
    assert quote["speaker"]["source_id"] is None


def test_quoted_words_followed_by_the_sentence_object_have_no_post_cue() -> None:
    (quote,) = annotate(
        "Engineers found the fault and “patched” the software as the company continued to sign "
        "up new subscribers."
    )["quotes"]
    assert quote["speaker"]["name"] is None


def test_partial_quote_takes_the_sentence_speaker() -> None:
    (quote,) = annotate(
        "Kirby said the plan would “hurt families across the whole region” if it passed."
    )["quotes"]
    assert quote["kind"] == "partial"
    assert quote["speaker"]["name"] == "Kirby"
    assert quote["cue"]["text"] == "said"


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("Kirby called the move “a disgrace” on Monday.", "Kirby", "called"),
        ("Critics call it a ‘fresh invasion’ of the area.", "Critics", "call"),
        ("Jane Roe described the plan as “reckless” in her letter.", "Jane Roe", "described"),
        ("Officials expressed “deep concern” about the plan.", "Officials", "expressed"),
        ("The vote came in what Kirby called “a dark hour” for the town.", "Kirby", "called"),
    ],
)
def test_words_a_verb_names_are_its_subjects_partial_quote(
    sentence: str, speaker: str, cue: str
) -> None:
    (quote,) = annotate(sentence)["quotes"]
    assert (quote["kind"], quote["speaker"]["name"], quote["cue"]["text"]) == (
        "partial",
        speaker,
        cue,
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The ministry urged citizens to “fully assess the risks of going to Canada for "
            "tourism and business this year.”",
            "partial",
        ),
        ("Jane Roe said the city “will not be able to pay for the new bridge on time.”", "partial"),
        (
            "He voiced his anger online, writing “It is unbelievable that nobody came to help.”",
            "direct",
        ),
        (
            "He voiced his anger online, writing “It is unbelievable that nobody came to help”",
            "direct",
        ),
        ("“We will not be able to pay for the bridge on time,” Jane Roe said.", "direct"),
        ("Jane Roe said: “We will not be able to pay for the bridge on time.”", "direct"),
    ],
)
def test_quoted_words_in_the_reporters_sentence_are_partial(sentence: str, kind: str) -> None:
    (quote,) = annotate(sentence)["quotes"]
    assert quote["kind"] == kind


def test_headline_quote_is_kind_headline() -> None:
    answer = annotate(
        "The mayor spoke to residents on Monday about the state of the roads.",
        title="Mayor on the budget: ‘We will fix every road’",
    )
    (quote,) = answer["quotes"]
    assert (quote["kind"], quote["text"]) == ("headline", "We will fix every road")
    assert quote["speaker"]["source_id"] is None


def test_french_page_finds_guillemets_without_speaker_rules() -> None:
    answer = annotate_json(
        '<html lang="fr"><head><title>Le conseil vote le budget</title></head><body><article>'
        "<h1>Le conseil vote le budget</h1>"
        "<p>Le conseil municipal s’est réuni mardi soir pour discuter du budget de l’année.</p>"
        "<p>« Nous allons réparer toutes les routes de la ville », a déclaré la maire lundi.</p>"
        "<p>Les habitants ont rempli la salle et la réunion a duré tard dans la nuit.</p>"
        "<p>Le vote final est attendu le mois prochain après une nouvelle série d’audiences.</p>"
        "</article></body></html>"
    )
    assert answer["article"]["language"] == "fr"
    assert quote_texts(answer) == ["Nous allons réparer toutes les routes de la ville"]
    # Speaker rules are written for English: the summary says which language they covered.
    assert answer["summary"]["speaker_language"] == "en"
    assert all(q["speaker"]["source_id"] is None for q in answer["quotes"])


def test_english_page_declared_in_another_language_gets_speakers() -> None:
    # CMS templates often declare the wrong language; the text says which it is.
    answer = annotate("“We will win this vote next month,” Jane Roe said.", lang="de")
    assert answer["article"]["language"] == "de"
    assert answer["summary"]["speaker_language"] == "en"
    assert [q["speaker"]["name"] for q in answer["quotes"]] == ["Jane Roe"]


def test_a_few_quoted_words_are_a_term_in_any_language() -> None:
    answer = annotate_json(
        '<html lang="fr"><head><title>Le conseil vote le budget</title></head><body><article>'
        "<h1>Le conseil vote le budget</h1>"
        "<p>Le conseil municipal s’est réuni mardi soir pour discuter du budget de l’année.</p>"
        "<p>La maire parle d’un budget « prudent » pour la ville et ses habitants cette année.</p>"
        "<p>Les habitants ont rempli la salle et la réunion a duré tard dans la nuit.</p>"
        "<p>Le vote final est attendu le mois prochain après une nouvelle série d’audiences.</p>"
        "</article></body></html>"
    )
    assert [(q["kind"], q["text"]) for q in answer["quotes"]] == [("term", "prudent")]


def test_find_quotes_on_an_article_directly() -> None:
    article = s1_extraction.extract(page("“We will win this vote next month,” Kirby said."))
    (raw,) = s3_quotes.find_quotes(article)
    assert raw.kind == "inline"
    assert raw.closed
    assert raw.words(article.text) == "We will win this vote next month,"
