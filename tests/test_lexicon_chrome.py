"""Every chrome pattern of server/data/chrome.json against its own examples and counter-examples."""

from __future__ import annotations

import pytest

from server.lexicon import chrome_match, chrome_patterns, load_data

PATTERNS = chrome_patterns()
EXAMPLES = [(p.name, text) for p in PATTERNS for text in p.examples]
COUNTER_EXAMPLES = [(p.name, text) for p in PATTERNS for text in p.counter_examples]

#: Real article sentences that look a little like chrome; no pattern may remove them.
ARTICLE_SENTENCES = [
    "Read the full report on the council's website, the mayor urged residents.",
    "Related charges were filed against two other men on Friday.",
    "Sign language interpreters stood beside the minister throughout the briefing.",
    "Subscribers to the service will see prices rise by 5% next month, the company said.",
    "Follow-up inspections found no further problems at the plant.",
    "Photographs of the scene were shared widely on social media.",
    "By Tuesday, the river had fallen below its banks.",
    "Advertising revenue fell by half in the first quarter.",
    "“Share the road,” the campaign's slogan reads.",
    "Comments made by the senator last week drew criticism from both parties.",
    "Click, the company behind the app, declined to comment.",
    "Copyright lawyers say the ruling could affect thousands of cases.",
]


def test_the_file_is_well_formed() -> None:
    raw = load_data("chrome.json")["patterns"]
    names = [p["name"] for p in raw]
    assert len(names) == len(set(names))
    for pattern in PATTERNS:
        assert pattern.examples, pattern.name
        assert pattern.counter_examples, pattern.name
        assert pattern.max_words > 0


@pytest.mark.parametrize(("name", "text"), EXAMPLES)
def test_examples_match_their_pattern(name: str, text: str) -> None:
    pattern = next(p for p in PATTERNS if p.name == name)
    assert pattern.matches(text)
    assert chrome_match(text) is not None


@pytest.mark.parametrize(("name", "text"), COUNTER_EXAMPLES)
def test_counter_examples_match_no_pattern(name: str, text: str) -> None:
    assert chrome_match(text) is None, (name, chrome_match(text))


@pytest.mark.parametrize("text", ARTICLE_SENTENCES)
def test_article_sentences_are_not_chrome(text: str) -> None:
    assert chrome_match(text) is None, chrome_match(text)


@pytest.mark.parametrize("name", sorted({p.name for p in PATTERNS}))
def test_long_paragraphs_are_never_chrome(name: str) -> None:
    pattern = next(p for p in PATTERNS if p.name == name)
    long_text = pattern.examples[0] + " and" * (pattern.max_words + 1)
    assert not pattern.matches(long_text)
