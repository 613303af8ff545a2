"""Stage 6, notes: facts about the sourcing, never made of nothing, never rating an outlet."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest

from server.pipeline import annotate_json

PAD = (
    "The council met on Tuesday evening to discuss the budget for the coming year in the hall.",
    "Residents filled the hall and the meeting ran late into the night as the agenda was long.",
    "The final vote on the plan is expected next month after a further round of public hearings.",
)
RATING_WORDS = re.compile(
    r"(?i)\b(?:reliable|unreliable|trustworthy|untrustworthy|biased|bias|fake|propaganda|"
    r"credible|dubious|questionable|disreputable|reputable|partisan|misleading|lying|liars?)\b"
)


def page(
    *paragraphs: str, title: str = "Council approves the town budget", meta: bool = True
) -> str:
    """A news page with (or without) a byline and a date; paragraphs starting with '<' are HTML."""
    body = "".join(
        p if p.startswith("<") else f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs
    )
    head = (
        '<meta name="author" content="Ann Writer">'
        '<meta property="article:published_time" content="2024-05-27">'
        if meta
        else ""
    )
    pad = "".join(f"<p>{p}</p>" for p in PAD[1:])
    return (
        f'<html lang="en"><head><title>{html.escape(title)}</title>{head}</head><body><article>'
        f"<p>{PAD[0]}</p>{body}{pad}</article></body></html>"
    )


def annotate(*paragraphs: str, **kwargs: Any) -> dict[str, Any]:
    return annotate_json(page(*paragraphs, **kwargs), url="https://news.example.com/story")


def kinds(answer: dict[str, Any]) -> list[str]:
    return [n["kind"] for n in answer["notes"]]


def test_nothing_to_flag_means_no_notes() -> None:
    answer = annotate(
        "<p>“We have balanced every line of this budget and kept every promise,” Mayor Jane Smith"
        ' said in <a href="https://www.townhall.gov/budget.pdf">the budget statement</a>.</p>'
    )
    assert answer["article"]["author"] and answer["article"]["date"]
    assert answer["notes"] == []


def test_a_page_without_quotes_or_claims_gets_no_notes() -> None:
    assert annotate(meta=False)["notes"] == []


def test_headline_quote_found_in_the_body() -> None:
    answer = annotate(
        "“We will fix every road,” Mayor Jane Smith said on Monday.",
        title="Mayor on the budget: ‘We will fix every road’",
    )
    (note,) = [n for n in answer["notes"] if n["kind"].startswith("headline_quote")]
    assert (note["kind"], note["level"]) == ("headline_quote_found", "info")
    assert "Jane Smith" in note["message"]


def test_headline_quote_not_in_the_body_points_to_the_closest_passage() -> None:
    answer = annotate(
        "“Every road in this town will be repaired by the end of the year,” the mayor said.",
        title="Mayor: ‘All roads fixed’",
    )
    (note,) = [n for n in answer["notes"] if n["kind"].startswith("headline_quote")]
    assert (note["kind"], note["level"]) == ("headline_quote_not_found", "caution")
    assert "The closest passage is" in note["message"]


@pytest.mark.parametrize(
    ("paragraphs", "meta", "expected"),
    [
        (
            ("“The deal is close to being done this week,” officials said.",),
            True,
            {"unnamed_sources", "no_outside_links"},
        ),
        (
            ("The Kyiv Independent reported that the aid would arrive within a week.",),
            True,
            {"unlinked_citation", "no_outside_links"},
        ),
        (
            ("“The unit is exhausted and wants to go home now.”",),
            True,
            {"quotes_without_speaker", "no_outside_links"},
        ),
        (
            ("The BBC cites a senior official who said the aid would arrive within a week.",),
            True,
            {"unnamed_sources", "second_hand", "unlinked_citation", "no_outside_links"},
        ),
        (
            (
                '<p>“We have balanced the budget,” Mayor Jane Smith <a href="https://x.com/js/1">'
                "wrote</a>.</p>",
            ),
            False,
            {"no_byline", "no_date"},
        ),
    ],
)
def test_what_gets_flagged(paragraphs: tuple[str, ...], meta: bool, expected: set[str]) -> None:
    answer = annotate(*paragraphs, meta=meta)
    assert set(kinds(answer)) == expected


def test_notes_never_rate_outlets_and_refs_exist() -> None:
    answer = annotate(
        "The BBC cites a senior official who said the aid would arrive within a week.",
        "Reuters reported that the talks had stalled, according to reports.",
        "“The unit is exhausted and wants to go home now.”",
        meta=False,
    )
    ids = {x["id"] for key in ("quotes", "attributions", "sources") for x in answer[key]}
    assert answer["notes"]
    for note in answer["notes"]:
        assert not RATING_WORDS.search(note["message"]), note["message"]
        assert set(note["refs"]) <= ids
        assert note["level"] in ("info", "caution")
    for source in answer["sources"]:
        assert not RATING_WORDS.search(source["note"]), source["note"]
