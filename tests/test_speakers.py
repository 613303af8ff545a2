"""Stage 4, speakers: cues in every order, roles, pronouns, descriptions, continuations, aliases."""

from __future__ import annotations

import html
from typing import Any

import pytest

from server.pipeline import annotate_json
from server.pipeline.s4_speakers import names
from server.pipeline.s4_speakers.tracker import plausible_role

PAD = (
    "The council met on Tuesday evening to discuss the budget for the coming year in the hall.",
    "Residents filled the hall and the meeting ran late into the night as the agenda was long.",
    "The final vote on the plan is expected next month after a further round of public hearings.",
)
WORDS = "We have no plans to change course this year"


def page(*paragraphs: str, title: str = "Council meets to discuss the town budget") -> str:
    """A small news page: the title as headline, a neutral lead, the paragraphs, neutral padding."""
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    pad = "".join(f"<p>{p}</p>" for p in PAD[1:])
    return (
        f'<html lang="en"><head><title>{html.escape(title)}</title></head><body><article>'
        f"<p>{PAD[0]}</p>{body}{pad}</article></body></html>"
    )


def annotate(*paragraphs: str) -> dict[str, Any]:
    return annotate_json(page(*paragraphs))


def speech(answer: dict[str, Any]) -> list[dict[str, Any]]:
    return [q for q in answer["quotes"] if q["kind"] in ("direct", "partial", "block")]


def source_of(answer: dict[str, Any], quote: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in answer["sources"] if s["id"] == quote["speaker"]["source_id"])


@pytest.mark.parametrize(
    ("sentence", "name", "cue", "role"),
    [
        (f"Kirby said, “{WORDS}.”", "Kirby", "said", None),
        (f"“{WORDS},” said Kirby.", "Kirby", "said", None),
        # an age before the name after an inverted cue
        (
            f"“{WORDS},” wrote 43-year-old Martin Taylor of Aberdeen.",
            "Martin Taylor",
            "wrote",
            "of Aberdeen",
        ),
        (f"“{WORDS},” Kirby said.", "Kirby", "said", None),
        (
            f"“{WORDS},” said Kirby, a spokesman for the National Security Council.",
            "Kirby",
            "said",
            "a spokesman for the National Security Council",
        ),
        (f"According to Kirby, “{WORDS}.”", "Kirby", "According to", None),
        (f"According to his aunt, Jane Roe, “{WORDS}.”", "Jane Roe", "According to", None),
        # a cue set off by commas inside the quoted clause: its subject follows the comma
        (f"Kirby, a top aide said, “{WORDS}.”", "a top aide", "said", None),
        # (a clause with its own cue after the comma: that cue speaks)
        (f"According to court papers, Jones told police, “{WORDS}.”", "Jones", "told", None),
        (f"Kirby told reporters: “{WORDS}.”", "Kirby", "told reporters", None),
        (f"Kirby wrote in a statement: “{WORDS}.”", "Kirby", "wrote", None),
        (f"“{WORDS},” Kirby added on Friday.", "Kirby", "added", None),
        # an apposition with commas inside; a lead and their team
        (
            f"“{WORDS},” Kirby, a fellow at the institute in Garching, Germany, and co-author of "
            "the study, said.",
            "Kirby",
            "said",
            "a fellow at the institute in Garching, Germany, and co-author of the study",
        ),
        (f"“{WORDS},” Paganini and his team wrote in the paper.", "Paganini", "wrote", None),
        # manner-of-speaking verbs
        (f"“{WORDS},” Kirby lamented.", "Kirby", "lamented", None),
        (f"“{WORDS},” Kirby weighed in.", "Kirby", "weighed in", None),
        (f"“{WORDS},” remembers Kirby.", "Kirby", "remembers", None),
        (f"“{WORDS},” AP reported.", "Associated Press", "reported", None),
        (
            f"“{WORDS},” National Security Council spokesman John Kirby said.",
            "John Kirby",
            "said",
            "National Security Council spokesman",
        ),
        (
            f"Hugh Hill, a doctor in Leeds, said: “{WORDS}.”",
            "Hugh Hill",
            "said",
            "a doctor in Leeds",
        ),
        (
            f"“{WORDS},” Hugh Hill, a doctor in Leeds, said.",
            "Hugh Hill",
            "said",
            "a doctor in Leeds",
        ),
        # a long apposition between the name and the verb
        (
            f"“{WORDS},” Leonard Burman, director of the Urban-Brookings Tax Policy Center and a"
            " professor at the Maxwell School of Syracuse University, said of the plan.",
            "Leonard Burman",
            "said",
            "director of the Urban-Brookings Tax Policy Center and a professor at the Maxwell"
            " School of Syracuse University",
        ),
        # the verb first, before the quote
        (
            f"Said Dorothy Poynter, who grew up with Ali, “{WORDS}.”",
            "Dorothy Poynter",
            "Said",
            None,
        ),
        (f"Continued Hugh Hill: “{WORDS}.”", "Hugh Hill", "Continued", None),
        # a signature after a dash, a speaker's label before a colon
        (f"“{WORDS}.”― Carla Sanchez.", "Carla Sanchez", "―", None),
        (f"Pollsters agree - Carl Bialik: “{WORDS}.”", "Carl Bialik", ":", None),
        (f"Kirby shot back, “{WORDS}.”", "Kirby", "shot back", None),
        # a US legislator's party and state
        (f"“{WORDS},” Rep. John Mica (R-Fla.) said.", "John Mica", "said", "Rep."),
        (
            f"“{WORDS},” Senate Majority Leader Mitch McConnell, R-Ky., said Thursday.",
            "Mitch McConnell",
            "said",
            "Senate Majority Leader",
        ),
        (
            f"“{WORDS},” Rep. Jim Jordan (R-Ohio), an oversight committee member, said.",
            "Jim Jordan",
            "said",
            "Rep., an oversight committee member",
        ),
        (f"“{WORDS},” Del. Stacey Plaskett said.", "Stacey Plaskett", "said", "Del."),
        # an auxiliary, or what the speaker spoke of after the name
        (f"“{WORDS},” President Trump has said of this bill.", "Trump", "said", "President"),
        (f"“{WORDS},” said Martinez of the visit by the chief.", "Martinez", "said", None),
        # an unnamed speaker with a long relative clause on why they are not named
        (
            f"“{WORDS},” said a recent computer science graduate who asked not to be named so they"
            " could speak freely.",
            "a recent computer science graduate",
            "said",
            None,
        ),
        (f"“{WORDS},” Hugh Hill whispers.", "Hugh Hill", "whispers", None),
    ],
)
def test_cue_in_every_order(sentence: str, name: str, cue: str, role: str | None) -> None:
    answer = annotate(sentence)
    (quote,) = speech(answer)
    assert quote["kind"] == "direct"
    assert quote["speaker"]["name"] == name
    assert quote["speaker"]["resolution"] == "explicit"
    assert quote["cue"]["text"] == cue
    assert source_of(answer, quote)["role"] == role
    # The direct quote is not repeated as reported speech.
    assert answer["attributions"] == []


def test_a_new_sentence_after_a_quoted_question_introduces_the_next_quote() -> None:
    answer = annotate(
        "Jane Roe spoke to the council on Tuesday about the bridge and the roads.",
        "John Kirby asked her, “Did the council agree to close the bridge?” She answered, “Yes, in "
        "May, after the vote.”",
    )
    assert [(q["speaker"]["name"], q["cue"]["text"]) for q in answer["quotes"]] == [
        ("John Kirby", "asked her"),
        ("Jane Roe", "answered"),
    ]


def test_a_name_with_an_acronym_is_no_person_for_pronouns() -> None:
    answer = annotate(
        "Jane Roe, a professor at the university and the lead author of the study from "
        "Stanford's SCALE Initiative, said the results were mixed.",
        "“There is a lot of potential upside to findings like this,” she said.",
    )
    (quote,) = speech(answer)
    assert quote["speaker"]["name"] == "Jane Roe"
    assert all(s["kind"] != "person" for s in answer["sources"] if "SCALE" in s["name"])


def test_pronoun_resolves_to_the_earlier_speaker() -> None:
    answer = annotate(
        "John Kirby told reporters on Friday that the plan was sound.",
        f"He said: “{WORDS}.”",
    )
    (quote,) = speech(answer)
    assert quote["speaker"]["name"] == "John Kirby"
    assert quote["speaker"]["mention"]["text"] == "He"
    assert (quote["speaker"]["resolution"], quote["cue"]["text"]) == ("pronoun", "said")


def test_pronouns_with_two_people_of_different_genders() -> None:
    answer = annotate(
        "Mayor Jane Smith said on Monday that the budget was balanced.",
        "Council member John Brown said that the plan would fail.",
        "She said: “We have balanced every line of this budget.”",
        "He said: “The numbers simply do not add up for us.”",
    )
    assert [q["speaker"]["name"] for q in speech(answer)] == ["Jane Smith", "John Brown"]
    assert [q["speaker"]["resolution"] for q in speech(answer)] == ["pronoun", "pronoun"]


def test_pronoun_with_two_people_of_the_same_gender_takes_the_most_recent() -> None:
    # The rule: a pronoun goes to the most recently mentioned person it can refer to.
    answer = annotate(
        "John Brown said on Monday that the budget was balanced.",
        "Peter Green said that the plan would fail.",
        "He said: “The numbers simply do not add up for us.”",
    )
    (quote,) = speech(answer)
    assert quote["speaker"]["name"] == "Peter Green"


def test_plural_pronoun_and_unnamed_source() -> None:
    answer = annotate(
        "The Kyiv Independent cites a source within the unit who claimed the soldiers refused.",
        "They added: “Part of the unit refused to carry out the order of the command.”",
    )
    (quote,) = speech(answer)
    assert quote["speaker"]["name"] == "a source within the unit"
    assert quote["speaker"]["mention"]["text"] == "They"
    source = source_of(answer, quote)
    assert source["named"] is False
    assert answer["sources"][0]["name"] == "The Kyiv Independent"
    assert source["via"] == answer["sources"][0]["id"]


def test_description_resolves_to_the_person_with_that_role() -> None:
    answer = annotate(
        "“We have balanced every line of this budget,” said Jane Smith, the mayor.",
        "The council's treasurer, Bob Lee, said that the figures were still being checked.",
        "The mayor added: “We will keep our promises to voters.”",
    )
    quotes = speech(answer)
    assert quotes[-1]["speaker"]["name"] == "Jane Smith"
    assert quotes[-1]["speaker"]["resolution"] == "description"
    assert quotes[-1]["speaker"]["mention"]["text"] == "The mayor"


def test_description_resolves_to_the_person_whose_title_it_spells() -> None:
    """ "Sen." is a senator: "the South Carolina senator" is Graham, met just before, not the
    person named last."""
    answer = annotate(
        "Donald Trump, the Republican nominee, could back clean energy, Sen. Lindsey Graham told"
        " reporters on Thursday.",
        "Graham has been critical of Trump for months. In June, the South Carolina senator said:"
        " “If anybody was looking for an off-ramp, this is probably it.”",
    )
    (quote,) = speech(answer)
    assert quote["speaker"]["name"] == "Lindsey Graham"
    assert quote["speaker"]["resolution"] == "description"


def test_floating_quote_paragraph_inherits_the_previous_speaker() -> None:
    answer = annotate(
        "“We have balanced every line of this budget,” said Jane Smith, the mayor.",
        "“Nobody on the council wants to raise taxes again this year.”",
    )
    first, second = speech(answer)
    assert second["speaker"]["source_id"] == first["speaker"]["source_id"]
    assert second["speaker"]["resolution"] == "continuation"
    assert second["cue"] is None


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a quoted sentence after the cue sentence of the quote before it, past a title's period
        (
            (
                "“Rates went down to record lows, and we borrowed more,” Mr. Goldwein said. “That"
                " party is ending.”",
            ),
            "Goldwein",
        ),
        # a quoted sentence after a sentence about someone else named before takes them
        (
            (
                "Ralf Groene leads the design team at the company.",
                "“I am not worried at all,” Mr. Dejesus said as he fixed the leak.",
                "That is different to the iMac approach, but Groene is unfazed. “That is"
                " important to us, and we will keep doing it.”",
            ),
            "Ralf Groene",
        ),
    ],
)
def test_a_quote_with_no_cue_after_a_sentence(paragraphs: tuple[str, ...], speaker: str) -> None:
    quotes = speech(annotate(*paragraphs))
    assert quotes[-1]["kind"] == "direct"
    assert quotes[-1]["speaker"]["name"] == speaker
    assert quotes[-1]["speaker"]["resolution"] == "continuation"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "“We will keep going,” Kirby said.",
            "“We will keep going with all our partners,” John Kirby said.",
        ),
        ("John Kirby told reporters that the plan was sound.", "“We will keep going,” Kirby said."),
        (
            "“We will keep going,” John Kirby said.",
            "“We will keep going with our partners,” Kirby said.",
        ),
    ],
)
def test_one_canonical_full_name_with_aliases(paragraphs: tuple[str, ...]) -> None:
    answer = annotate(*paragraphs)
    people = [s for s in answer["sources"] if s["kind"] == "person"]
    assert [p["name"] for p in people] == ["John Kirby"]
    assert {q["speaker"]["name"] for q in speech(answer)} == {"John Kirby"}


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        # a family name written first, after a long title
        ("South Korean President Yoon Suk Yeol", "Yoon", "Yoon Suk Yeol"),
        # a surname of two words, with a particle, or before a generation
        ("Linda Black Elk, a medic", "Black Elk", "Linda Black Elk"),
        ("Laurence des Cars, the museum's president,", "des Cars", "Laurence des Cars"),
        ("James P. Kennedy Jr., the U.S. attorney,", "Kennedy", "James P. Kennedy Jr."),
        # a capitalised particle may open a name
        ("Al Gore", "Gore", "Al Gore"),
        ("Bill de Blasio, the mayor,", "De Blasio", "Bill de Blasio"),
    ],
)
def test_a_surname_finds_its_full_name(first: str, later: str, name: str) -> None:
    answer = annotate(f"“{WORDS},” said {first}.", f"“{WORDS} again,” {later} said.")
    assert [q["speaker"]["name"] for q in speech(answer)] == [name, name]


@pytest.mark.parametrize(
    "cue",
    [
        "a source within the unit said",
        "officials said",
        "said a person familiar with the matter",
        "a longtime adviser to Trump said",
        "aides to Gov. Chris Christie said",
        "said one Democratic source",
    ],
)
def test_unnamed_speakers_keep_their_description(cue: str) -> None:
    answer = annotate(f"“The deal is close to being done this week,” {cue}.")
    (quote,) = speech(answer)
    source = source_of(answer, quote)
    expected = cue.removesuffix(" said").removeprefix("said ")
    assert (quote["speaker"]["name"], source["named"]) == (expected, False)


def test_the_source_is_the_unnamed_source_just_described() -> None:
    answer = annotate(
        "The Springfield Herald first reported the visit on Monday.",
        f"“{WORDS},” a source said.",
        "“The mayor did not want an escort at all,” the source added.",
    )
    first, second = speech(answer)
    assert first["speaker"]["source_id"] == second["speaker"]["source_id"]
    assert source_of(answer, second)["named"] is False


@pytest.mark.parametrize(
    "between",
    [
        # another person named in between
        "Councillor Tom Brown asked for a new vote on the plan after the hearings.",
        # a paragraph that introduces another quotation
        "The minutes of the meeting read as follows:",
    ],
)
def test_a_quote_after_narration_continues_no_one_else(between: str) -> None:
    answer = annotate(
        f"“{WORDS},” said Jane Smith, the mayor.",
        between,
        "“Nobody on the council wants to raise taxes again this year.”",
    )
    assert speech(answer)[-1]["speaker"]["name"] != "Jane Smith"


@pytest.mark.parametrize("cue", ["said 7 of 9", "Early said"])
def test_a_cue_that_names_no_one_known_is_no_continuation(cue: str) -> None:
    """A quote with a cue the rules cannot read a speaker from has a speaker of its own: the
    previous quote's speaker does not stand in for them."""
    answer = annotate(
        "“The unit is exhausted and wants to go home now,” Kirby said.",
        f"“We will look at the plan again next year,” {cue}.",
    )
    assert [q["speaker"]["name"] for q in speech(answer)] == ["Kirby", None]


def test_no_cue_means_no_speaker() -> None:
    answer = annotate("“The unit is exhausted and wants to go home now.”")
    (quote,) = speech(answer)
    assert quote["speaker"] == {
        "name": None,
        "source_id": None,
        "mention": None,
        "resolution": "none",
    }
    assert quote["cue"] is None
    assert any(n["kind"] == "quotes_without_speaker" for n in answer["notes"])


@pytest.mark.parametrize(
    "paragraph",
    [
        # an owner is no subject: "claim" here is a noun
        "Lawyers met on Monday. The company’s claim “does not hold water in any court of this"
        " land,” and the judge will rule soon.",
        # a second verb inside a relative clause, or after a clause of its own, is not the
        # opening subject's
        "Clinton hugged her daughter, who smiled and said, “I am proud of you, my dear.”",
        "When Trump took the stage, Clinton waved and said, “Welcome to all of you tonight.”",
        # a naming verb in a relative clause, after its auxiliary, is the relative's
        "The mayor thanked volunteers that had once called the shelter “home” for years.",
        # a quoted sentence, then a new one that opens with a phrase and a comma
        "“His knowledge is invaluable to all of us here.” Up until recently, Caudevilla"
        " answered questions on the forum.",
        # a post, no verb: "a Tumblr post"
        "In a Tumblr post at the time she described this as the “worst case scenario for my"
        " music.”",
        # a slogan or title inside a reported claim is no speech of the claim's speaker
        "According to her friends, her messages, like “Make America Great Again,” fell flat"
        " with voters.",
        # a phone call or a summons, no naming
        "The coach called up three players from the “B” team for the match on Sunday.",
        "Vendors have called in to report “emergency” incidents at the plant this week.",
        # a speech noun no one owns, or one before a preposition
        "Her critics challenged the assertion that Grayson had ever “attacked” the senator.",
        "In the end her comments to the board were “truthful” in every respect that mattered.",
        # "state" a noun before a possessive; a topic's noun phrase ends before the next clause
        "Arab leaders condemned the move, while the Jewish state’s premier cheered on the"
        " “historic” move.",
        # "calls" a noun, "brand" a noun
        "The host began taking calls from black listeners to his show “Keepin' It Real” on Friday.",
        "Ivanka Trump runs a Trump brand “the ultimate destination for Women Who Work” too.",
        # opening words that name no one, before a second verb
        "Eight years ago, he supported Barack Obama over Clinton and said, “Hillary Clinton"
        " has never done nothing for us.”",
        "Does DC Comics president Geoff Johns come to you and say, “Hey, here is something we"
        " tried out in a comic, let us do it”?",
        # a colon after a description of no one
        "The problem is simple: “We cannot afford to keep every branch of the library open.”",
    ],
)
def test_words_that_name_no_one_are_no_speaker(paragraph: str) -> None:
    quotes = annotate(paragraph)["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["name"] is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Levi Pay said the so-called “bubbles” would fail within a week of the start of term.",
        "Levi Pay said banks were pushed to stop the practice of “redlining” in the city.",
        "According to Levi Pay, the network brought “SNL” its best ratings in years last week.",
    ],
)
def test_a_word_quoted_as_a_word_inside_a_claim_is_a_term(paragraph: str) -> None:
    """A word quoted as a word, a name or a label inside a reported claim is no one's speech."""
    quotes = annotate(paragraph)["quotes"]
    assert [q["kind"] for q in quotes] == ["term"]


def test_they_after_one_named_person_is_no_one() -> None:
    """A wrong speaker is worse than none: "they" after one person is someone not named."""
    answer = annotate(
        "Celine Dion was made the new face of a beauty brand in Paris last week.",
        f"“{WORDS},” they said on Instagram.",
        "Investors said they were worried about the cost of the deal.",
    )
    (quote,) = speech(answer)
    assert quote["speaker"]["name"] is None
    assert quote["speaker"]["resolution"] == "none"
    assert [s["name"] for s in answer["sources"]] == ["Investors"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (f"“{WORDS},” Kirby said.", "He added: “The next package will be larger.”"),
        ("“Short,” she said.", "‘Scare’ quotes and “Saturday Night Live” here, officials said."),
        ("“Never closed, Kirby said on Friday.",),
    ],
)
def test_confidence_and_anchors(paragraphs: tuple[str, ...]) -> None:
    answer = annotate(*paragraphs)
    text = answer["article"]["text"]
    assert answer["quotes"]
    for quote in answer["quotes"]:
        assert 0.0 <= quote["confidence"] <= 1.0
        anchor = quote["anchor"]
        assert anchor["exact"] == text[quote["start"] : quote["end"]]
        assert len(anchor["prefix"]) <= 32 and len(anchor["suffix"]) <= 32
        assert text[: quote["start"]].endswith(anchor["prefix"])
        assert text[quote["end"] :].startswith(anchor["suffix"])
        for segment in quote["segments"]:
            assert quote["start"] <= segment["start"] < segment["end"] <= quote["end"]
        mention = quote["speaker"]["mention"]
        if mention is not None:
            assert text[mention["start"] : mention["end"]] == mention["text"]


@pytest.mark.parametrize(
    ("paragraphs", "index", "name"),
    [
        # owner before a name; surname expands to the owner-less full name
        (
            ("Springfield's Jane Doe opened the meeting on Monday.", f"“{WORDS},” Doe said."),
            0,
            "Jane Doe",
        ),
        # a name never runs across a paragraph break; "Will" is a name, not a modal
        (
            (
                "The temperature fell to -25 C.",
                "Will Young, a mechanic, said the cold hurts trains.",
                f"“{WORDS},” Young said.",
            ),
            0,
            "Will Young",
        ),
        # a bare "it" after a quote
        (
            (
                "The Valley Power Authority said in a statement that the lines were down.",
                f"“{WORDS},” it said.",
            ),
            0,
            "Valley Power Authority",
        ),
        # a verb right after another is a noun ("the civil claim said")
        ((f"“{WORDS},” the civil claim said.",), 0, "the civil claim"),
        # a verb right after a determiner is a noun ("the post read")
        ((f"“{WORDS},” the post read.",), 0, "the post"),
        # role description -> the person just named
        (
            (
                "Jane Smith scored her first goal in the third period.",
                f"“{WORDS},” said the rookie defenceman.",
            ),
            0,
            "Jane Smith",
        ),
        (
            ("Tom Lee has four goals this season.", f"The 26-year-old said: “{WORDS}.”"),
            0,
            "Tom Lee",
        ),
        # a body's name with "and" inside ("Committee on Intelligence and Security")
        (
            (
                "But as Parliament's Joint Committee on Intelligence and Security has pointed out,"
                f" it would “{WORDS}”.",
            ),
            0,
            "Parliament's Joint Committee on Intelligence and Security",
        ),
        # a role whose closing comma was left out; no space after the closing mark
        (
            (
                f"“{WORDS},” Kurinji Selvaraj, a research analyst at the Council on Energy,"
                " Environment and Water think tank told CBS News.",
            ),
            0,
            "Kurinji Selvaraj",
        ),
        ((f"“{WORDS},”Stuart Kaplan says.",), 0, "Stuart Kaplan"),
        # a message's sender speaks in the relative clause about it
        (
            (f"She would receive a text from her husband, Joe Hannouch, that said, “{WORDS}.”",),
            0,
            "Joe Hannouch",
        ),
        # an office no one named holds is someone new
        (
            (
                "Detective Inspector Mark Hughes is leading the investigation.",
                f"Asked about it, the mayor replied: “{WORDS}.”",
            ),
            0,
            "the mayor",
        ),
        # a person by where they are from (sports and wire style)
        (
            (
                "Manchester United manager Ruben Amorim spoke after the game.",
                f"“{WORDS},” the Portuguese said.",
            ),
            0,
            "Ruben Amorim",
        ),
        (("Rick Perry spoke in Iowa.", f"“{WORDS},” said the Texan."), 0, "Rick Perry"),
        # a relation noun is someone else
        (
            ("Tom Lee died in the crash on Monday.", f"“{WORDS},” the father repeated."),
            0,
            "the father",
        ),
        # possessive + document -> its owner
        (
            ("Mayor Jane Smith announced the plan on Monday.", f"“{WORDS},” her statement read."),
            0,
            "Jane Smith",
        ),
        ((f"The Valley Power Authority statement said: “{WORDS}.”",), 0, "Valley Power Authority"),
        # Name, description with a capitalised word,
        (
            (f"Dr. Jane Smith, Springfield's chief medical officer, said: “{WORDS}.”",),
            0,
            "Jane Smith",
        ),
        # Name with/at an organisation
        ((f"Tim Guest with the Valley Health Authority said: “{WORDS}.”",), 0, "Tim Guest"),
        (
            (f"Physics professor Kent Moore at the University of Toronto said: “{WORDS}.”",),
            0,
            "Kent Moore",
        ),
        # bare surname -> the latest full name before it
        (
            (
                "Khaled Brown died in the attack.",
                "Megda Brown spoke to reporters on Friday.",
                f"“{WORDS},” Brown said.",
            ),
            0,
            "Megda Brown",
        ),
        # a surname as a subject keeps its person the latest antecedent
        (
            (
                "John Brown spoke first at the meeting.",
                "Peter Green spoke next at the meeting.",
                "Brown has been on the council for years.",
                f"He said: “{WORDS}.”",
            ),
            0,
            "John Brown",
        ),
        # gender from a relation word before a name
        (
            (
                "Lemya Nasser arrived in Canada in 2016.",
                "Her husband Kadri Omar found work in May.",
                f"She said: “{WORDS}.”",
            ),
            0,
            "Lemya Nasser",
        ),
        # an organisation description -> the source it described
        (
            (
                "Valley Action, the group that organized the march, said it was pleased.",
                f"The group says: “{WORDS}.”",
            ),
            0,
            "Valley Action",
        ),
        # adverb before the verb in a sentence cue
        (
            ("Jane Smith also noted that the plan was “far too expensive for the town”.",),
            0,
            "Jane Smith",
        ),
        # an adverbial before a comma is not the subject
        ((f"In his ruling, the judge said: “{WORDS}.”",), 0, "the judge"),
        # al- names
        ((f"“{WORDS},” al-Shabaab said.",), 0, "al-Shabaab"),
        # he/she never resolves to a thing
        (
            (
                "John Brown spoke to reporters on Monday.",
                "According to a police investigation of the crash, the car was speeding.",
                f"He said: “{WORDS}.”",
            ),
            0,
            "John Brown",
        ),
        # floating quote after a sentence about a person
        (
            (
                f"“{WORDS},” said Dave Martell, a doctor.",
                "The clinic opened in 2015 with two doctors and a nurse.",
                "But early on, he lost patients. “When somebody dies, you tend to remember that.”",
            ),
            -1,
            "Dave Martell",
        ),
        # a subheading repeats a body quote
        (
            (
                "Anne Cerato met Bardos in 2010.",
                "“I'm not an alien, but I am a mutant.”",
                "“I'm not an alien,” Cerato said, “but I am a mutant.”",
            ),
            0,
            "Anne Cerato",
        ),
        # a title-like surname after a given name; of two people sharing a surname, the bare
        # surname is the one who has spoken, not the one only mentioned
        (
            (
                "“The route is safe,” said Robert Major, a pilot from Leeds.",
                "He flew on Monday with his son Brenden Major, 4.",
                f"“{WORDS},” Major said.",
            ),
            1,
            "Robert Major",
        ),
        # a participle's subject is the sentence's own, past an opening adverb and a term
        (
            (
                "Marc Gasol volunteered on a rescue ship last summer.",
                "Later, he voiced his “Frustration” on Twitter, writing "
                f"“{WORDS}. Deep admiration for my teammates”",
            ),
            0,
            "Marc Gasol",
        ),
        # a participle's subject is that of the sentence's reporting verb, past an opening phrase
        (
            (
                "Alongside Leeds council calls for action, even a senior official said the mayor "
                f"must choose a side, saying, “{WORDS}.”",
            ),
            0,
            "a senior official",
        ),
        # ... and no noun after a possessive ("Mayor Hill's comments") is that verb
        (
            (
                f"“{WORDS},” Mayor Jane Hill said.",
                "Councillor Tom Reyes did not seem particularly impressed with the plan or with "
                f"Mayor Hills' comments on Tuesday, telling reporters: “{WORDS}.”",
            ),
            1,
            "Tom Reyes",
        ),
        # a place before a role noun is no person a later "she" could mean
        (
            (
                "District Attorney Caroline Wojtaszek spoke on Tuesday.",
                "The Upstate New York prosecutor was referring to the parole decision.",
                f"“{WORDS},” she said.",
            ),
            0,
            "Caroline Wojtaszek",
        ),
        # an opening phrase, then the subject with its apposition; `, said he …` is no inversion
        (
            (
                "For his part, Dennis Brooks, who still has his phone, said he found housing with "
                "the help of Dixon Hall.",
                f"“{WORDS}.”",
            ),
            0,
            "Dennis Brooks",
        ),
        # a name with its apposition before a verb is a subject, a later "she" means her
        (
            (
                "Minister Jody Wilson-Raybould spoke on Monday.",
                "Given the views of the minister, Shanaaz Gokool, president of a charity, is "
                "hopeful the law will change.",
                f"“{WORDS},” she said.",
            ),
            0,
            "Shanaaz Gokool",
        ),
        # "the Ford government" names no subject: "he" stays the last person who was one
        (
            (
                "Premier Doug Ford spoke on Monday.",
                "Justin Trudeau urged people to send a message to the Ford government.",
                f"“{WORDS},” he said.",
            ),
            0,
            "Justin Trudeau",
        ),
        # a country is no person: "she" is not "Statistics Canada", "Canada has asked" no subject
        (
            (
                "Foreign Affairs Minister Chrystia Freeland spoke on Monday.",
                "Figures from Statistics Canada were released on Tuesday.",
                f"Canada has asked for clemency. “{WORDS},” she said.",
            ),
            0,
            "Chrystia Freeland",
        ),
        # (nor Israel, whose "she" is the woman named before; but Rep. Steve Israel is a person)
        (
            (
                "Nesma Roe, a student, spoke on Monday.",
                f"Israel said the strikes targeted militants. “{WORDS},” she said.",
            ),
            0,
            "Nesma Roe",
        ),
        (
            (
                "Representative Steve Israel spoke on Monday.",
                f"“{WORDS},” Israel said.",
            ),
            0,
            "Steve Israel",
        ),
        # "the former X" is the person just named (only a person has a former post)
        (
            (
                "TROUT BROOK — Kevin Vickers, who became ambassador to Ireland after the attack, "
                "is "
                "considering a move into politics.",
                f"The former sergeant-at-arms of the House of Commons said “{WORDS}.”",
            ),
            0,
            "Kevin Vickers",
        ),
        # a subject's gender from the rest of its sentence: "he" is not McNeely
        (
            (
                "Randy Cable, a musician, moved to the city last year.",
                "Morgan McNeely was afraid to let her guard down at first.",
                f"But he told her, “{WORDS}.”",
            ),
            0,
            "Randy Cable",
        ),
        # the speaker of a reported claim stays the latest "he", not a man named in their
        # apposition
        (
            (
                "Nick Sandmann, the student seen facing activist Nathan Phillips, has said he "
                "heard nothing hateful.",
                f"He told reporters on Wednesday, “{WORDS}.”",
            ),
            0,
            "Nick Sandmann",
        ),
        # a surname that is also an interjection, after a role noun
        (
            (
                "Sandra Oh and Andy Samberg hosted the show on Sunday.",
                f"Canadian actor Oh said the pairing came because they are “{WORDS}.”",
            ),
            0,
            "Sandra Oh",
        ),
        # "U.S. And …" is no person, and "And" opening later sentences no surname
        (
            (
                "Celine Dion moved to the U.S. And she found a new audience there.",
                "And the fans kept writing to her. And some were worried about her health.",
                f"“{WORDS},” she said.",
            ),
            0,
            "Celine Dion",
        ),
        # after the quote, "and X asks" opens a clause of its own: the cue is before the quote
        (
            (f"Governor Kristi Noem says, “{WORDS},” and Twitter asks, are you guys OK?",),
            0,
            "Kristi Noem",
        ),
        # function words alone are nobody
        (
            (
                "Somehow, the family will find a way, adds Al Basha.",
                "“We can borrow the money,” she says.",
            ),
            0,
            "Al Basha",
        ),
        # who is named in an opening "Asked …" clause is asked about, not the "he" that answers
        (
            (
                f"“{WORDS},” Dennis Brooks said.",
                "Asked what he would tell Toronto Mayor John Tory about the shelters, he said: "
                f"“{WORDS}.”",
            ),
            1,
            "Dennis Brooks",
        ),
        # a titled surname opening a sentence is the next "he" (not the name just before "Mr.")
        (
            (
                f"“{WORDS},” Jeff Zucker said in a discussion with BuzzFeed editor Ben Smith at the"
                " Paley Center for Media. Mr. Zucker also addressed the criticism of the coverage.",
                f"“{WORDS},” he said.",
            ),
            1,
            "Jeff Zucker",
        ),
        # a titled surname after a verb is its object, not the next "he"
        (
            (
                "Roger Ailes left Fox News on Thursday.",
                f"“{WORDS},” said Gov. Terry Branstad of Iowa, who used Mr. Ailes as a consultant"
                " in his early campaigns.",
                f"He added, “{WORDS}.”",
            ),
            1,
            "Terry Branstad",
        ),
        # a title's gender chooses between namesakes
        (
            (
                "Bill Clinton and Hillary Clinton arrived in Kentucky on Sunday.",
                "Bill Clinton spoke to the crowd first.",
                f"“{WORDS},” Mrs. Clinton said.",
            ),
            0,
            "Hillary Clinton",
        ),
        # a person named with a common given name, then a verb, is the next "he"
        (
            (
                f"“{WORDS},” Mark Tremblay said on Monday.",
                "Our daughters watched Home Alone, where Kevin McCallister takes his cues from"
                " the men he sees on television.",
                f"“{WORDS},” he concludes.",
            ),
            1,
            "Kevin McCallister",
        ),
        # a role with an organisation after it names someone new, not the person just named
        (
            (
                "Dolores LaPlante is charged with animal cruelty and awaits trial.",
                "According to the lawyer for Animal Protection Services of Saskatchewan, “"
                f"{WORDS}.”",
            ),
            0,
            "the lawyer for Animal Protection Services of Saskatchewan",
        ),
        # a surname that is also a role noun, with a courtesy title or a given name
        ((f"“{WORDS},” Mr. King, 82, told reporters.",), 0, "King"),
        ((f"“{WORDS},” said Charlie King, a prominent New York Democrat.",), 0, "Charlie King"),
        # an apposition's role tells the gender ("the chairwoman" is "she", not "him")
        (
            (
                f"“{WORDS},” Tad Devine said on Monday.",
                "Dottie Deans, the chairwoman of the Vermont Democratic Party, is supporting"
                " Sanders and in a statement credited him for the campaign.",
                f"“{WORDS},” she said.",
            ),
            1,
            "Dottie Deans",
        ),
        # an inverted speaker's modifiers come before its head noun
        (
            (f"“{WORDS},” said one former GOP leadership aide.",),
            0,
            "one former GOP leadership aide",
        ),
        # a possessive description is someone else than its possessor
        (
            (
                "Cameron will work with whoever is elected, the prime minister’s spokesman said.",
                f"“{WORDS},” the spokesman said.",
            ),
            0,
            "the prime minister’s spokesman",
        ),
        # "the official" is the unnamed official described before, not the last person named
        (
            (
                "A senior administration official said on Friday that the council backed the plan.",
                "Rep. Adam Schiff praised the plan in a speech on Thursday.",
                f"“{WORDS},” the official said.",
            ),
            0,
            "A senior administration official",
        ),
        # "the second official", "another": someone new
        (
            (
                "Jane Smith, the city's top official, spoke first at the meeting.",
                f"“{WORDS},” the second official said.",
            ),
            0,
            "the second official",
        ),
        ((f"“{WORDS},” Mark Tremblay said.", f"Another said, “{WORDS} either.”"), 1, "Another"),
        # a campaign, an office or a family speaks for its owner, named in full
        (
            (
                "Hillary Clinton spoke to voters in Ohio on Monday.",
                f"“{WORDS},” her campaign said.",
            ),
            0,
            "Hillary Clinton’s campaign",
        ),
        (
            (
                "Barack Obama met the governors at the White House on Monday.",
                f"“{WORDS},” the Obama administration said.",
            ),
            0,
            "Barack Obama’s administration",
        ),
        # … but "his office" is the office already named, rather than a guess at "his"
        (
            (
                "Justin Trudeau and Mauricio Macri met in Buenos Aires, the Prime Minister's"
                " Office said.",
                f"“{WORDS},” said his office.",
            ),
            0,
            "Prime Minister's Office",
        ),
        # … and "the Trump team" is nobody's when two Trumps are named
        (
            (
                "Donald Trump and Ivanka Trump visited the plant in Ohio on Monday.",
                f"“{WORDS},” the Trump team said.",
            ),
            0,
            "the Trump team",
        ),
        # "the Republican nominee" is not the Democratic one named last
        (
            (
                "Republican nominee Donald Trump spoke in Ohio on Monday.",
                "Democratic vice presidential nominee Tim Kaine spoke in Iowa.",
                f"“{WORDS},” the Republican nominee said.",
            ),
            0,
            "Donald Trump",
        ),
        # an owner inside a clause is not the next pronoun's antecedent
        (
            (
                "Florent Groberg spoke about the expectations of Bernie Sanders’ supporters.",
                f"“{WORDS},” he said.",
            ),
            0,
            "Florent Groberg",
        ),
        # "suggests that …" after a partial quote opens a clause, not an inverted speaker
        (
            (
                "City Attorney Brad Holm said in the letter that the advert “unmistakably and"
                " wrongfully” suggests that Phoenix and its officers support the campaign.",
            ),
            0,
            "Brad Holm",
        ),
        # a document named as where someone spoke speaks for that someone
        (
            (
                "Jane Ortiz, a researcher at Talos, wrote in the company’s blog post that the"
                " threats came from one group.",
                f"“{WORDS},” the post read.",
            ),
            0,
            "Jane Ortiz",
        ),
        (
            (
                "In a statement, the Harbour Water Agency said it would appeal.",
                f"“{WORDS},” the statement said.",
            ),
            0,
            "Harbour Water Agency",
        ),
        # a court paper is not the organisation named last, often the one it sues
        (
            (
                "The Canadian Hockey League said it would fight the claim.",
                f"“{WORDS},” the suit says.",
            ),
            0,
            "the suit",
        ),
        # a post named first, then the name set off by commas: the next "he"
        (
            (
                "Jason Schultz, a researcher at Talos, wrote that the threats came from one group.",
                "Director, security response at cybersecurity firm Symantec, Kevin Haley, agreed"
                " with this finding.",
                f"“{WORDS},” he confirmed.",
            ),
            0,
            "Kevin Haley",
        ),
        # a partial quote in a dash aside is the aside's subject's, who names someone with it
        (
            (
                "Andrew Scheer said he is confident the party has learned.",
                "If any of his MPs resort to name-calling — Calgary MP Michelle Rempel earlier this"
                " week called Immigration Minister Ahmed Hussen a “chicken” on Twitter, for example"
                " — Scheer insists it is in reaction to the Liberals.",
            ),
            0,
            "Michelle Rempel",
        ),
        # a surname with its particle is a subject; one compared with ("Unlike X, he") is not
        (
            (
                "Mohammad Al Mnajer found work within a year.",
                "Ragheb Al Turkmani and Abir Al Basha came to Canada in 2016 from Jordan, where Al"
                " Turkmani was with his sister when war broke out.",
                "Unlike Al Mnajer, he has been unable to find work.",
                f"“{WORDS},” he said.",
            ),
            0,
            "Ragheb Al Turkmani",
        ),
        # "a man named X, was charged": the name closes the subject
        (
            (
                "Richard Cuthbertson led the inquiry into the death.",
                "In December 2015, that co-worker, a man named Neil Calder, was charged with"
                " manslaughter.",
                f"“{WORDS},” he said in court.",
            ),
            0,
            "Neil Calder",
        ),
        # a capitalised "Post" is a newspaper, not a document someone spoke in
        (
            (
                "Sanders unloaded on the Post during a breakfast in Des Moines.",
                f"The Post responded with a second critical piece, saying “{WORDS}.”",
            ),
            0,
            "The Post",
        ),
        # a quoted paragraph after one paragraph of narration that names nobody else
        (
            (
                f"“{WORDS},” said Jane Smith, the mayor.",
                "The council will vote on the plan again in the spring after the hearings.",
                "“Nobody on the council wants to raise taxes again this year.”",
            ),
            1,
            "Jane Smith",
        ),
        # words spoken "from" someone, before the quote
        (
            (
                "The plan has drawn fire abroad, including a scathing attack from China's"
                f" ambassador in Ottawa that it smacks of “{WORDS}.”",
            ),
            0,
            "China's ambassador",
        ),
        # "he" after an unnamed speaker whose head noun comes before a post-modifier
        (
            (
                "Mayor Tom Brown said the hall would reopen in May.",
                "The doors were locked at noon, a security professional present during the"
                " meeting told reporters.",
                f"“{WORDS},” he said.",
            ),
            0,
            "a security professional present during the meeting",
        ),
        # a relative, named after whose relative they are
        (
            ("John Smith, 17, died in the crash on Monday.", f"“{WORDS},” his mother said."),
            0,
            "John Smith’s mother",
        ),
        ((f"“{WORDS},” says my two-year-old.",), 0, "my two-year-old"),
        # a relative named before with that relation
        (
            (
                "John Smith, 17, died in the crash on Monday.",
                "His brother Tom Smith was driving the car.",
                f"“{WORDS},” his brother said.",
            ),
            0,
            "Tom Smith",
        ),
        # "his" is not the relative named last
        (
            (
                "John Smith, 17, died in the crash on Monday.",
                "“He loved his dogs,” said his father, Tom Smith.",
                f"“{WORDS},” his mother said.",
            ),
            1,
            "John Smith’s mother",
        ),
        # "It urged …": the organisation last named
        (
            (
                "The Ministry of Health published a notice on Monday saying that the outbreak"
                " was under control.",
                "It urged residents to stay home and “avoid all travel until further notice.”",
            ),
            0,
            "Ministry of Health",
        ),
        # a surname that looks like an adverb, after a courtesy title or alone once named in full
        (
            ("Phyllis Schlafly spoke at the meeting.", f"“{WORDS},” Mrs. Schlafly said."),
            0,
            "Phyllis Schlafly",
        ),
        (
            ("Phyllis Schlafly spoke at the meeting.", f"“{WORDS},” Schlafly said."),
            0,
            "Phyllis Schlafly",
        ),
        # a quoted sentence, then a new one that reports a claim of its own: no cue for it
        (
            (
                f"“{WORDS},” Thomas Frank writes. “That is life at the bottom.” His defenders"
                " argue that the plan was the best anyone could have done.",
            ),
            1,
            "Thomas Frank",
        ),
        # (but a name that reports a claim after the quoted sentence is still its speaker)
        (
            (
                "Jane Roe spoke at the meeting on Monday.",
                f"“{WORDS}.” Jane Roe added that the council would meet again next week.",
            ),
            0,
            "Jane Roe",
        ),
        # a person described by a word or two before the name is a subject "he" can take up
        (
            (
                "From the deck of his schooner, skipper Wade Bassi watches the fish market.",
                "He keeps an eye on how the fish is handled and presented in the stores.",
                f"“{WORDS},” he said.",
            ),
            0,
            "Wade Bassi",
        ),
        # a capitalised role alone is a surname once the person was named in full
        (
            ("Ken Doctor, a veteran analyst, spoke at the meeting.", f"“{WORDS},” says Doctor."),
            0,
            "Ken Doctor",
        ),
        # an outlet's full name is no person ("York Times") for "she"
        (
            (
                "Ruth Bader Ginsburg is known for speaking her mind on other issues.",
                f"In an interview with The New York Times, she said, “{WORDS}.”",
            ),
            0,
            "Ruth Bader Ginsburg",
        ),
        # a subordinate clause's own subject, with no comma before its second verb
        (
            (
                "When Trump referred to the attack and said he would “protect our citizens,” the"
                " crowd cheered.",
            ),
            0,
            "Trump",
        ),
        # a naming verb with an object of four words
        (
            (
                "Mark Warner, the Virginia Democrat, called last year’s tax bill “the worst piece"
                " of legislation we have passed.”",
            ),
            0,
            "Mark Warner",
        ),
        # a naming verb with a long object that has no clause of its own
        (
            (
                "A spokesman for Democratic presidential candidate Hillary Clinton called a"
                " report suggesting donors were granted greater access “outrageous.”",
            ),
            0,
            "A spokesman for Democratic presidential candidate Hillary Clinton",
        ),
        (
            (
                "The mayor called the decision by the state board to close three rural schools"
                " “a disgrace.”",
            ),
            0,
            "The mayor",
        ),
        # someone's words named by a noun: an owner's, or the subject's that issued them
        (
            (
                "Donald Trump spoke in Ohio on Friday.",
                "Despite Mr. Trump’s Oct. 11 announcement that the two countries had reached a"
                " “historic” deal, tariffs remain.",
            ),
            0,
            "Donald Trump",
        ),
        (
            ("Donald Trump issued regular promises to “take care” of ordinary Americans.",),
            0,
            "Donald Trump",
        ),
        # more participles after a comma cue a quote
        (
            ("South Dakota launched a campaign on Monday, declaring, “I’m on meth.”",),
            0,
            "South Dakota",
        ),
        # a quote opening a claim whose cue comes after it
        (
            (
                "“It makes for a compelling story” if you have blackouts because of a lack of"
                " power plants, Bill Powers said.",
            ),
            0,
            "Bill Powers",
        ),
        # "which" before a naming verb, and "that" as its object
        (
            (
                "Elon Musk appealed for patience after the anomaly, which he called “the most"
                " difficult failure we've had in 14 years.”",
            ),
            0,
            "Elon Musk",
        ),
        (
            ("Janet Yellen called that a “very modest adjustment” driven by strong job gains.",),
            0,
            "Janet Yellen",
        ),
        # a word or two quoted inside someone's reported claim are theirs
        (
            (
                "Habib Essid spoke on television on Wednesday evening.",
                "He vowed that the country would be “merciless” in defending itself.",
            ),
            0,
            "Habib Essid",
        ),
        (
            (
                "Levi Pay says the plan to split students into groups is “wishful thinking” at"
                " best.",
            ),
            0,
            "Levi Pay",
        ),
        # a naming verb in a relative clause set off by a comma: the name before it
        (("Mr. Scott, who has called the comments “racially toxic,” spoke first.",), 0, "Scott"),
        # "called out" names what it quotes
        (("Warren called out Dimon as a “coward” on Tuesday.",), 0, "Warren"),
        # a naming verb after an auxiliary
        (
            ("One Clinton spokesman has called the situation “overclassification run amok.”",),
            0,
            "One Clinton spokesman",
        ),
        # a quoted sentence, then a new one that opens with a word and a comma
        (
            (
                "Donald Trump spoke about the police. “They sue,” he said. “Everybody sues all the"
                " time, right?” Later, Marco Rubio claimed that Muslims face no discrimination.",
            ),
            1,
            "Donald Trump",
        ),
        # a second verb of the sentence's subject, after "but"
        (
            (
                "A spokesman for the firm declined to address the report but said in a statement"
                f" that “{WORDS}.”",
            ),
            0,
            "A spokesman",
        ),
        # (after an opening phrase, an apposition or an aside set off by commas)
        (
            (
                "By the end of the day, Mr. Trump was forced into damage control and said that"
                f" “{WORDS}.”",
            ),
            0,
            "Trump",
        ),
        (
            (
                "Brian Fallon, a spokesman for Mrs. Clinton, called on the senator to take back"
                f" his words and said that “{WORDS}.”",
            ),
            0,
            "Brian Fallon",
        ),
        # a quote inside a reported claim is its speaker's
        (
            (
                "Maurice Obstfeld, a former IMF chief economist who now teaches at Berkeley, has"
                " warned that tariffs could “drive the economy into a deep recession.”",
            ),
            0,
            "Maurice Obstfeld",
        ),
        # a possessive and a role noun ("publicist") describe the speaker
        (
            ("Elton John’s publicist retorted, “He never said that about the band.”",),
            0,
            "Elton John’s publicist",
        ),
        # a county is no person for "he"
        (
            (
                "Kenneth Preston, a Broward County student, said the drills were frightening."
                " Broward County says the drills are needed.",
                f"“{WORDS},” he tells Axios.",
            ),
            0,
            "Kenneth Preston",
        ),
        # "he" after a speaker set off with a relative clause holding initials ("D.A.")
        (
            (
                "Wade Bassi, who runs a fish market, said the deal was good.",
                "The deal has been steady, said Tom Forte, who follows Amazon at the D.A."
                f" Davidson brokerage. In a few more years, he said, “{WORDS}.”",
            ),
            0,
            "Tom Forte",
        ),
        # a quote that ends its sentence after a cue of its own; the next sentence is another's
        (
            (
                "Mayor Jennifer Roberts said she wants the video released but said “the question"
                " is the timing.” Gov. Pat McCrory said it would be improper to comment on it.",
            ),
            0,
            "Jennifer Roberts",
        ),
        # a description whose head follows a name with "of" ("the University of Surrey expert")
        (
            (
                "Bill Maher said shaming should make a comeback, and doctors objected to it."
                " Jane Ogden, a professor, told the BBC on Monday that it was wrong."
                f" The University of Surrey expert said, “{WORDS}.”",
            ),
            0,
            "Jane Ogden",
        ),
        # an apposition that ends in a possessive still closes on its name
        (
            (f"Paul Begala, a friend of the couple's, said that his strength is as “{WORDS}.”",),
            0,
            "Paul Begala",
        ),
        # a relative named after the possessive that describes them is "he" after it
        (
            (
                "Maria Lopez has run the bakery on Main Street for 20 years.",
                f"Her husband, Carlos Lopez, agreed. “{WORDS},” he said.",
            ),
            0,
            "Carlos Lopez",
        ),
        # (but a later description of a post is not that relative: "the president told her")
        (
            (
                "Barack Obama promised to free him.",
                "Her husband, Saeed Abedini, was free, the president told her on Sunday.",
                f"“{WORDS},” the president said.",
            ),
            0,
            "Barack Obama",
        ),
        # a description of a post introduces a quotation with a colon
        (
            ("Mayor John Smith opened the meeting.", f"The mayor was blunt: “{WORDS}.”"),
            0,
            "John Smith",
        ),
        # a quote set off between dashes is the aside's, not the next clause's
        (
            (
                "And although Martin O'Malley lamented her gaffes - “does she have to keep giving"
                " them so much ammunition?” - Democrats in Iowa who watched said they were calm.",
            ),
            0,
            "Martin O'Malley",
        ),
        # a titled name after a description is the speaker, not the description's role
        (
            (
                "Prosecutor James Hall told the jury the robbery was planned.",
                f"The judge, Justice Helen Park, said, “{WORDS}.”",
            ),
            0,
            "Helen Park",
        ),
        # (but an adverb alone is no one: "Strangely, " is no subject)
        (
            ("John Smith spoke at the meeting.", f"Strangely, he said, “{WORDS}.”"),
            0,
            "John Smith",
        ),
        # a quote in a reported claim whose verb is its cue is the claim's speaker's; a
        # participle's subject comes before it; "according to" names who follows it
        (
            (
                "Hillary Clinton spoke about the death of Terence Crutcher in Tulsa, Oklahoma,"
                " arguing that the killings should be recognized as “plainly intolerable.”",
            ),
            0,
            "Hillary Clinton",
        ),
        (
            (
                "Mike Pompeo said the settlements were “not, per se, inconsistent with"
                " international law”, saying he trusted the Israeli courts to decide.",
            ),
            0,
            "Mike Pompeo",
        ),
        # a reporting verb before "that" is the cue of a quote in its clause; a town and its
        # state before a noun are no speaker
        (
            (
                "The Mandan, North Dakota, police chief, Jason Ziegler, has asserted that the"
                " agencies “can use whatever force necessary to maintain peace”.",
            ),
            0,
            "Jason Ziegler",
        ),
        (
            (
                "That said, the DEA says that the border with Mexico “remains the primary entry"
                " point for heroin into the United States.”",
            ),
            0,
            "DEA",
        ),
        # "he" opens the clause of a name ("he asked about the Muslim Brotherhood, called …")
        (
            (
                "Patrick Carlineo called the office in March.",
                "During the call, he asked about the Muslim Brotherhood, called Omar a"
                " “dangerous terrorist” and hung up.",
            ),
            0,
            "Patrick Carlineo",
        ),
    ],
)
def test_speaker_rules(paragraphs: tuple[str, ...], index: int, name: str) -> None:
    """One rule each: names, descriptions, possessives, surnames, pronouns, floating quotes."""
    quotes = speech(annotate(*paragraphs))
    assert quotes[index]["speaker"]["name"] == name


def test_a_name_after_said_is_no_subject_for_he() -> None:
    """In "police said Wade Bassi had been arrested", Wade Bassi is no one "he" takes up."""
    quotes = speech(
        annotate(
            "Harbor master John Smith spoke to reporters at the pier on Monday about the boats.",
            "On Monday, police said Wade Bassi had been arrested in connection with the thefts."
            f" “{WORDS},” he said.",
        )
    )
    assert quotes[0]["speaker"]["name"] != "Wade Bassi"


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        # an organisation named only in passing, then described as the speaker
        (
            (
                "The Harbour Water Agency called for a review on Monday.",
                f"“{WORDS},” the agency said in a statement.",
            ),
            "Harbour Water Agency",
        ),
        # the description's head noun picks the organisation whose name has it
        (
            (
                "Staff of the Diocese of Milltown met the Valley Transit Authority on Monday.",
                f"“{WORDS},” the diocese said.",
            ),
            "Diocese of Milltown",
        ),
        # a modified description with a listed head noun
        (
            (
                "Forty workers at Northern Plains Railway were laid off in the spring.",
                f"“{WORDS},” the Winnipeg-based railway said.",
            ),
            "Northern Plains Railway",
        ),
        # a document with no owner speaks for the organisation named before it
        (
            (
                "A report by Northern Plains Railway describes how hard the cold months are.",
                f"“{WORDS},” the winter report said.",
            ),
            "Northern Plains Railway",
        ),
        # a description keeps the referent of its first use
        (
            (
                "The Harbour Commission met on Monday.",
                "The commission then asked Jane Smith, who once chaired the Truth Review "
                "Commission, to lead a review of the plan.",
                f"“{WORDS},” the commission said.",
            ),
            "Harbour Commission",
        ),
        # a description that names its own referent is not another organisation
        (
            (
                "Workers at the Valley Transit Authority met on Monday.",
                f"“{WORDS},” the federal government said.",
            ),
            "the federal government",
        ),
        # whoever issued a statement says what it says
        (
            (
                "The Diocese of Milltown condemned the vandalism on Saturday.",
                "The diocese issued a second statement on Tuesday, saying a review “will look "
                "into the very serious matter that has changed many lives.”",
            ),
            "Diocese of Milltown",
        ),
        # an organisation name joined by "of"
        (
            (f"“{WORDS},” said the Department of Community Services.",),
            "Department of Community Services",
        ),
        # an adjective made from a name is not part of the name
        ((f"“{WORDS},” said Toronto-born Jane Smith.",), "Jane Smith"),
        # a document sent by an organisation named after its head's title
        (
            (f"“{WORDS},” said a statement released by the Prime Minister's Office.",),
            "Prime Minister's Office",
        ),
        # a surname with its particle is no full name of its own
        (
            (
                "Omar Al Haddad arrived in Halifax in 2016.",
                "Al Haddad passed his language test this year.",
                f"“{WORDS},” Al Haddad explained.",
            ),
            "Omar Al Haddad",
        ),
        # two full names joined by "and" speak together, and "they" is the pair
        (
            (
                "In a statement, the owners Tom Baker and Ann Lee said they accepted the vote.",
                f"“{WORDS},” they said.",
            ),
            "Tom Baker and Ann Lee",
        ),
        # a party member described by state and party
        (
            (
                "Senator Tom Baker blamed the media for the attacks.",
                f"“{WORDS},” the Ohio Republican said.",
            ),
            "Tom Baker",
        ),
        # an outlet's short name with an article; a body's description: the body named before
        (("The mayor spoke on Monday.", f"“{WORDS},” the AP reported."), "Associated Press"),
        (
            (
                "The Acme Power Company said crews were out all night in the storm.",
                f"“{WORDS},” the utility said.",
            ),
            "Acme Power Company",
        ),
        # a role noun that is also a kind of body ("the producer") is the person first
        (
            ("Jerry Bruckheimer spoke to reporters on the set.", f"“{WORDS},” the producer said."),
            "Jerry Bruckheimer",
        ),
        # a description takes up an unnamed person described before, not the last one named
        (
            (
                "Donald Trump spoke to the crowd on Monday.",
                f"“{WORDS},” said a longtime associate.",
                "Trump left the hall before noon.",
                f"“{WORDS},” the associate said.",
            ),
            "a longtime associate",
        ),
        # "the president" is no vice president
        (
            (
                "President Jane Roe and Vice President John Kirby spoke on Monday.",
                "Kirby left early.",
                f"“{WORDS},” the president said.",
            ),
            "Jane Roe",
        ),
        # a surname with a title of another gender than the only full name ("Ivanka Trump")
        (
            (
                "President Trump spoke beside his daughter Ivanka Trump on Monday.",
                f"“{WORDS},” Mr. Trump said.",
            ),
            "Trump",
        ),
        # a name after "that", right before the cue, is the speaker, whoever told it
        (
            (
                "Roger Ailes ran the network for two decades.",
                f"The woman told the Washington Post that Ailes said, “{WORDS}.”",
            ),
            "Roger Ailes",
        ),
        # words handed to someone as theirs, and a quote after a sentence about a titled person
        (
            ("Michael Shadlen runs the lab.", f"In Dr. Shadlen’s words, “{WORDS}.”"),
            "Michael Shadlen",
        ),
        (
            (
                f"“{WORDS},” said Javier Betancourt, the city's mobility director.",
                f"Mr. Robert Ruano last week said the signals were his main issue. “{WORDS}.”",
            ),
            "Robert Ruano",
        ),
        # a given name alone is the one full name that opens with it
        (
            (
                "One organizer was Walter A. Clyburn Reed, a grandson of the congressman.",
                f"“{WORDS},” Walter said.",
            ),
            "Walter A. Clyburn Reed",
        ),
        # "he" after a sentence whose subject is a name set off after its description
        (
            (
                f"“{WORDS},” said Jane Roe, the mother of the accused.",
                "Bolger’s lawyer, Jeremy Robinson, had a more succinct statement on Thursday.",
                f"“{WORDS},” he added later.",
            ),
            "Jeremy Robinson",
        ),
        # a quote inside a sentence that a cue closes after more words is that cue's speaker's
        (
            (
                f"“{WORDS},” said Duane Mellor, a dietitian.",
                "Still, if fasting leads to “chronic under-fueling, sleep disruption, menstrual"
                " cycle changes, or excessive stress,” in either sex, it should be modified or"
                " discontinued, says Luigi Fontana.",
            ),
            "Luigi Fontana",
        ),
        # a name completing "was" is the one the sentence is about, for a later "she"
        (
            (
                "Dr. Abed Abu Hasira treated the wounded at the hospital on Monday night.",
                "Among the women to flee the north was 25-year-old Nesma Hajjaj, who walked for"
                " two days with her children.",
                f"“{WORDS},” she said.",
            ),
            "Nesma Hajjaj",
        ),
        # "the team" is the team named last as "the" and a capitalised plural, by its full name
        (
            (
                "The Toronto Raptors acquired Marc Gasol from Memphis on Thursday.",
                f"In Valanciunas, the Raptors lose a popular player. “{WORDS},” the team posted.",
            ),
            "Toronto Raptors",
        ),
        # a titled document on its owner's website speaks for its owner
        (
            (
                f"“{WORDS},” says a document titled White Paper: Railroading in the Canadian"
                " Winter on Canadian Pacific Railway's website.",
            ),
            "Canadian Pacific Railway",
        ),
        # a quote introduced by its own "X said," is X's, whoever reports it after
        (
            (
                "Patrick Carlineo called the office in March.",
                "During the call, he told a staffer that he hated the congresswoman and said,"
                f" “{WORDS},” the prosecutor’s office said.",
            ),
            "Patrick Carlineo",
        ),
        # a motto is its owner's words
        (
            (
                "Covington Catholic High School was known mostly for its state titles and its"
                f" rousing motto, “{WORDS}.”",
            ),
            "Covington Catholic High School",
        ),
        # a letter or a study is a document of its own, not the body named last
        (
            ("The council met on Monday.", f"“{WORDS},” the letter said."),
            "the letter",
        ),
        # a title and one name, both the name; a country ending a post before a name
        ((f"“{WORDS},” Prince Andrew said.",), "Prince Andrew"),
        ((f"China’s ambassador to Britain Liu Xiaoming said: “{WORDS}.”",), "Liu Xiaoming"),
        # a group of people opening or inside a body's name, and "to" in one
        ((f"“{WORDS},” the Teachers Union said.",), "Teachers Union"),
        ((f"“{WORDS},” said National Nurses United.",), "National Nurses United"),
        ((f"“{WORDS},” the Campaign to End Loneliness said.",), "Campaign to End Loneliness"),
        # a body named by its kind and its name
        (
            ("The city of Phoenix said it would sue the campaign.", f"“{WORDS},” the city said."),
            "City of Phoenix",
        ),
        # a lower-case description is no outlet ("the salon", not Salon)
        (("Jane Roe runs the salon.", f"“{WORDS},” the salon said."), "the salon"),
        # a description that is no body's and no person's role is nobody named before
        (
            (
                "The Acme Power Company said crews were out all night in the storm.",
                f"“{WORDS},” the announcer said.",
            ),
            "the announcer",
        ),
        # a body that only its apposition says is one, then described by its head noun
        (
            (
                "Ms. Haley has been criticized by Citizens for Responsibility and Ethics in"
                " Washington, a liberal nonprofit watchdog group. On Monday, the group sent a"
                " letter to the State Department.",
                f"“{WORDS},” the group said.",
            ),
            "Citizens for Responsibility and Ethics in Washington",
        ),
        # (but not an opening phrase, nor a person described by a role)
        (
            (
                "In downtown San Francisco, a group marched in silence. The State Department"
                " said it was watching.",
                f"“{WORDS},” the group said.",
            ),
            "State Department",
        ),
    ],
)
def test_organisation_rules(paragraphs: tuple[str, ...], name: str) -> None:
    """Organisations are tracked like people: named once, then described or speaking through a
    document."""
    quotes = speech(annotate(*paragraphs))
    assert quotes[-1]["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a sentence's first word after an abbreviation does not start a name
        ("Trump called to ban Muslims from entering the U.S. While Clinton has condemned it.", []),
        ("The Sharks scored twice. Speech The crowd cheered.", []),
        # a name opening a clause, then a verb, is a subject
        (
            "Our daughters watched the film, where Kevin McCallister takes his cues.",
            [("Kevin McCallister", True)],
        ),
        # a role before a full name that starts with a known given name
        (
            "Super Value Debra Symonette said prices would rise.",
            [("Debra Symonette", True)],
        ),
        # an acronym marks a body; a Roman numeral does not
        ("Stanford's SCALE Initiative studied the tutors.", []),
        ("Robert Griffin III threw two touchdowns.", [("Robert Griffin III", True)]),
        # a place and a day; an outlet's full name
        ("Trump won in South Carolina Saturday and thanked his supporters.", []),
        ("She spoke with The New York Times, and he did not.", []),
        # a weekday after a name is no part of it, and the name no subject (places are so)
        ("Voters booed Hillary Clinton Tuesday at a rally in Ohio.", [("Hillary Clinton", False)]),
        ("Downtown Baton Rouge Friday was quiet.", [("Downtown Baton Rouge", False)]),
        # a quoted title is no headline
        (
            "Michael Wolff, author of “Fire And Fury: Inside The White House,” spoke Friday.",
            [("Michael Wolff", True), ("Fire And Fury", False)],
        ),
        # a two-word organisation name ("White House") is no person
        ("Officials at the White House said it would respond to the letter.", []),
        # a programme's name is no person
        ("She later appeared on the Victoria Derbyshire TV show to talk about it.", []),
        # a line in title case (a headline, a related link) names no one by its capitals
        ("Donald Trump And Marco Rubio Miss The Mark On Discrimination", []),
        (
            "Donald Trump And Marco Rubio Miss The Mark\nMarco Rubio said he was right.",
            [("Marco Rubio", False)],
        ),
    ],
)
def test_people_in_the_text(text: str, people: list[tuple[str, bool]]) -> None:
    assert [(p.name, p.subject) for p in names.find_people(text, 0)] == people


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        ("a research analyst at the think tank", True),
        ("National Security Council spokesman", True),
        ("of the New York Times", True),
        ("who represents some of the accusers", True),
        ("as Al-Ibrahim stayed in her SUV", False),
        ("In September 2019", False),
        ("both Vindman and", False),
        ("analysis by the", False),
        ("Luhn’s father says that", False),
        ("12/50 Blockbusters aid Pinewood expansion", False),
    ],
)
def test_words_around_a_name_that_are_no_role(role: str, kept: bool) -> None:
    assert plausible_role(role) == (role if kept else None)
