"""`parse_subject`: the words before or after a reporting verb, read as a name, role, pronoun,
description or unnamed source."""

from __future__ import annotations

import pytest

from server.pipeline.mentions import parse_subject


@pytest.mark.parametrize(
    ("subject", "kind", "name", "role"),
    [
        ("Kirby", "name", "Kirby", None),
        ("John Kirby", "name", "John Kirby", None),
        (
            "National Security Council spokesman John Kirby",
            "name",
            "John Kirby",
            "National Security Council spokesman",
        ),
        (
            "Ukrainian President Volodymyr Zelensky",
            "name",
            "Volodymyr Zelensky",
            "Ukrainian President",
        ),
        ("Hugh Hill, a doctor in Leeds", "name", "Hugh Hill", "a doctor in Leeds"),
        ("Kirby, a spokesman for the council", "name", "Kirby", "a spokesman for the council"),
        ("However, Jane Smith", "name", "Jane Smith", None),
        ("On Friday, Jane Smith", "name", "Jane Smith", None),
        ("Mr. Kirby", "name", "Kirby", None),
        ("Reuters", "name", "Reuters", None),
        ("AP", "name", "Associated Press", None),
        ("He", "pronoun", None, None),
        ("they", "pronoun", None, None),
        # (with its auxiliary)
        ("He'd", "pronoun", None, None),
        # a trailing adverb in -ly is the verb's (but not a noun's "-ly", nor a relative's)
        (
            "A top regional Federal Reserve official sharply",
            "unnamed",
            "A top regional Federal Reserve official",
            None,
        ),
        ("The Trump family", "description", "The Trump family", None),
        ("the spokesman", "description", "the spokesman", None),
        ("a source within the unit", "unnamed", "a source within the unit", None),
        ("officials", "unnamed", "officials", None),
        ("a person familiar with the matter", "unnamed", "a person familiar with the matter", None),
        ("reports", "unspecified", "reports", None),
        (
            "China's official Xinhua News Agency",
            "name",
            "Xinhua News Agency",
            "China's official",
        ),
        ("Two officials", "unnamed", "Two officials", None),
        ("in Las Vegas on Feb. 27, in which Adelson", "name", "Adelson", None),
        ("Pres. Obama", "name", "Obama", "Pres."),
        ("CBC Sports' Anson Henry", "name", "Anson Henry", "CBC Sports'"),
        ("these people", "description", "these people", None),
        ("Others", "unnamed", "Others", None),
        ("even a top strategist", "unnamed", "a top strategist", None),
        # a role noun or title that is a surname, after a given name or a courtesy title
        ("Charlie King", "name", "Charlie King", None),
        ("Howard Dean", "name", "Howard Dean", None),
        ("Mr. King", "name", "King", None),
        # (a title kept by one known by one name)
        ("King Charles", "name", "King Charles", None),
        # an age set off by commas is no part of the name
        ("Mr. King, 82,", "name", "King", None),
        # a US legislator's party and state is no part of the name
        ("Rep. John Mica (R-Fla.)", "name", "John Mica", "Rep."),
        ("Mitch McConnell, R-Ky.,", "name", "Mitch McConnell", None),
        ("Rep. Chris Collins, R-N.Y.,", "name", "Chris Collins", "Rep."),
        # (or a party or a state alone in parentheses)
        ("Chris Shays (R)", "name", "Chris Shays", None),
        ("Levin (Mich.)", "name", "Levin", None),
        # "and" inside an organisation's name after "of"/"for"
        (
            "the Centers for Disease Control and Prevention",
            "name",
            "Centers for Disease Control and Prevention",
            None,
        ),
        (
            "the Organization for Economic Cooperation and Development",
            "name",
            "Organization for Economic Cooperation and Development",
            None,
        ),
        # a dateline with two hyphens; "now" after the subject
        ("NEW YORK--Verizon Communications", "name", "Verizon Communications", None),
        ("Mexican officials now", "unnamed", "Mexican officials", None),
        # "None" opening an earlier clause is not the subject's
        ("None was marked as classified, but Linick", "name", "Linick", None),
        # a sentence's period after an acronym is no part of it ("according to CNN.")
        ("CNN.", "name", "CNN", None),
        ("U.S.", "name", "U.S.", None),
        ("Sen. Joe Manchin, D-W.Va.,", "name", "Joe Manchin", "Sen."),
        ("Rep. Chris Collins, R-NY,", "name", "Chris Collins", "Rep."),
        # a name after a preposition or inside a relative clause qualifies the head noun
        ("one former GOP leadership aide", "unnamed", "one former GOP leadership aide", None),
        (
            "A spokesman for the Jupiter Police Department",
            "unnamed",
            "A spokesman for the Jupiter Police Department",
            None,
        ),
        ("a person close to the Clintons", "unnamed", "a person close to the Clintons", None),
        (
            "Current and former officials who spoke with The Huffington Post",
            "unnamed",
            "Current and former officials",
            None,
        ),
        (
            "a senior aide who spoke on condition of anonymity to describe the talks",
            "unnamed",
            "a senior aide",
            None,
        ),
        ("A statement from the EU", "name", "EU", None),
        (
            "a spokesperson for the Parks and Recreation Department",
            "unnamed",
            "a spokesperson for the Parks and Recreation Department",
            None,
        ),
        # a semicolon opens a clause of its own
        ("The vote was on whether to ban Trump; one lawmaker", "unnamed", "one lawmaker", None),
        ("Another", "unnamed", "Another", None),
        # an inverted cue's verb is no part of the speaker
        (
            "said a former law enforcement official who led inquiries and",
            "unnamed",
            "a former law enforcement official who led inquiries",
            None,
        ),
        # a colon ends the clause a relative pronoun opened
        (
            "Even people who endorsed the plan sounded equivocal: Former Rep. Jane Harman",
            "name",
            "Jane Harman",
            "Former Rep.",
        ),
        # a surname that ends like an adverb
        ("Jolly", "name", "Jolly", None),
        ("Rep. Kevin Daly", "name", "Kevin Daly", "Rep."),
        # a place's comma is no apposition; a participle phrase after the head noun is cut
        (
            "Federal officials familiar with the server taken from the house in Chappaqua, N.Y.",
            "unnamed",
            "Federal officials familiar with the server",
            None,
        ),
        # a body that speaks for its owner
        ("Clinton's campaign", "description", "Clinton's campaign", None),
        ("his office", "description", "his office", None),
        ("the Obama administration", "description", "the Obama administration", None),
        ("his associates", "unnamed", "his associates", None),
        # an emphatic pronoun belongs to the verb
        ("The police service itself", "description", "The police service", None),
        ("Jane Smith herself", "name", "Jane Smith", None),
        # a demonstrative before a source noun, or after a preposition
        ("this source", "description", "this source", None),
        (
            "a strategist for one of these candidates",
            "unnamed",
            "a strategist for one of these candidates",
            None,
        ),
        # an opening clause before the comma is no name, and what follows is no apposition
        (
            "Although there is no overlap with Sanders's team, a White House official",
            "unnamed",
            "a White House official",
            None,
        ),
        # a time after the subject is the verb's
        ("Trump this week", "name", "Trump", None),
        # the one heard or seen speaks
        ("Witnesses heard him", "pronoun", None, None),
        ("Phillips said he heard students", "unnamed", "students", None),
        ("heard an officer", "unnamed", "an officer", None),
        # a possessive and a role: a definite description
        ("China's ambassador", "description", "China's ambassador", None),
        # a relative
        ("his mother", "description", "his mother", None),
        ("my two-year-old", "unnamed", "my two-year-old", None),
        # a body's proper name, with or without "of" ("Justice" is a title too)
        ("the Department of Justice", "name", "Department of Justice", None),
        ("The Justice Department", "name", "Justice Department", None),
        (
            "the Council of the Great City Schools",
            "name",
            "Council of the Great City Schools",
            None,
        ),
        ("Mr. Morgan of the Sierra Club", "name", "Sierra Club", "Mr. Morgan of the"),
        # a dateline, an opening phrase, a party and a day before the verb
        ("PHILADELPHIA ― Hillary Clinton", "name", "Hillary Clinton", None),
        ("Dec 29 (Reuters) - Hillary Clinton on Tuesday", "name", "Hillary Clinton", None),
        (
            "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday",
            "name",
            "Chuck Grassley",
            "Sen.",
        ),
        ("In a statement early Saturday morning, the DNC", "name", "DNC", None),
        ("In a statement, Brian Fallon, a spokesman", "name", "Brian Fallon", "a spokesman"),
        # a full name from a given name on; the capitalised words before it are a role
        ("NASA Administrator Bill Nelson", "name", "Bill Nelson", "NASA Administrator"),
        (
            "Minister in the Ministry of Finance Brian Manning",
            "name",
            "Brian Manning",
            "Minister in the Ministry of Finance",
        ),
        ("J. Gerald Hebert", "name", "J. Gerald Hebert", None),
        ("Mary Jane Watson", "name", "Mary Jane Watson", None),
        ("Dick Clark Productions", "name", "Dick Clark Productions", None),
        # people on a body are no body
        (
            "Democrats on the House Oversight Committee",
            "name",
            "House Oversight Committee",
            "Democrats on the",
        ),
        # a surname that looks like an adverb, after a courtesy title; people by what they do
        ("Mrs. Schlafly", "name", "Schlafly", None),
        ("Politicians", "unnamed", "Politicians", None),
        # a source noun alone, capitalised in a headline, stays unnamed
        ("Lawmaker", "unnamed", "Lawmaker", None),
        # a name set off between dashes is the subject; a list or an aside is not
        ("Her attorney — Jane Roe —", "name", "Jane Roe", None),
        ("Four casinos — Bally's, Caesars and Trump Taj Mahal —", "unnamed", "Four casinos", None),
        # a group noun with its complement, whatever names are in it; a surname of an outlet;
        # one organisation named around "and"
        (
            "prosecutors in San Francisco and Los Angeles",
            "unnamed",
            "prosecutors in San Francisco and Los Angeles",
            None,
        ),
        (
            "Staff for the House Select Committee",
            "unnamed",
            "Staff for the House Select Committee",
            None,
        ),
        ("Wee of the Times", "name", "Wee", "of the Times"),
        ("the World Travel and Tourism Council", "name", "World Travel and Tourism Council", None),
        ("A No 10 spokesman", "unnamed", "A No 10 spokesman", None),
        ("Apple", "name", "Apple", None),
        # a preposition may end a clause inside the subject
        (
            "Residents the reporter spoke with",
            "unnamed",
            "Residents the reporter spoke with",
            None,
        ),
    ],
)
def test_parse_subject(subject: str, kind: str, name: str | None, role: str | None) -> None:
    mention = parse_subject(subject, 0, len(subject))
    assert mention is not None
    assert (mention.kind, mention.name, mention.role) == (kind, name, role)
    assert subject[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("subject", "owner"),
    [
        ("Clinton's campaign", "Clinton"),
        ("Sanders’ team", "Sanders"),
        ("the Obama administration", "Obama"),
        ("Her office", "her"),
        ("The family", None),
        ("the company", None),
    ],
)
def test_owner_of_a_body(subject: str, owner: str | None) -> None:
    mention = parse_subject(subject, 0, len(subject))
    assert mention is not None
    assert mention.owner == owner


@pytest.mark.parametrize(
    ("subject", "gender"),
    [
        ("He", "male"),
        ("She", "female"),
        ("They", "plural"),
        ("spokeswoman Ann Lee", "female"),
        ("Mr. Kirby", "male"),
        ("Jane Smith", "female"),
        ("John Brown", "male"),
        ("Mayor Jane Smith", "female"),
        ("Council member Kim Park", None),
    ],
)
def test_gender_hints(subject: str, gender: str | None) -> None:
    mention = parse_subject(subject, 0, len(subject))
    assert mention is not None
    assert mention.gender == gender


@pytest.mark.parametrize(
    "subject",
    [
        "about half of voters",
        "at least a dozen members of Congress",
        "visiting scholars",
        "on-duty officers",
    ],
)
def test_a_count_or_a_modifier_still_opens_an_unnamed_source(subject: str) -> None:
    mention = parse_subject(subject, 0, len(subject))
    assert mention is not None
    assert mention.kind == "unnamed"


@pytest.mark.parametrize(
    "subject",
    [
        "",
        " , ",
        "the plan would fail if it was",
        "It",
        "I",
        "we",
        "2024",
        "more than 50 member",
        "This means",
        "These include",
        # an article alone
        "A",
        "An",
        # a clause, a verb that ends like a people noun, a phrase cut after its preposition
        "It's according to age groups",
        "Concern persists",
        # a role in lower case, alone (the window after "U.S." in "the U.S. commander")
        " commander,",
        "The controversy centers on",
        "Finally",
        # a participle or a preposition opens no noun phrase; an owner or a denial is no subject
        "trying to keep students safe",
        "in healthy individuals",
        "to release a statement",
        "saw the incident",
        "the defense ministry’s",
        # a subject that denies anyone said it
        "Neither Cruz nor Christie",
        "No one",
        # a window that ends in a determiner or "of": the cue word was a noun
        "the authors of the",
        "a POLITICO survey on Tuesday of",
        "The Appellate Court didn’t",
        # a group noun with a verb of its own is a clause
        "Republicans on Capitol Hill seized on the message",
        "Democrats rebut",
        # a first or second person with its auxiliary
        "You've",
        "We’d",
    ],
)
def test_not_a_speaker(subject: str) -> None:
    assert parse_subject(subject, 0, len(subject)) is None


def test_offsets_are_into_the_whole_text() -> None:
    text = "The vote passed. Later, Jane Smith, the mayor, said"
    start = text.index("Later")
    mention = parse_subject(text, 0, text.index(" said"))
    assert mention is not None and mention.start > start
    assert text[mention.start : mention.end] == mention.text
    assert (mention.name, mention.role) == ("Jane Smith", "the mayor")


def test_an_adverb_after_a_relative_clause_is_the_clause_s() -> None:
    """A cue pattern takes "anonymously" for the main verb's adverb ("X quickly said"); after
    "who spoke" it belongs to the relative clause."""
    text = "A White House official who spoke anonymously said"
    mention = parse_subject(text, 0, text.index(" anonymously"))
    assert mention is not None
    assert mention.name == "A White House official who spoke anonymously"
