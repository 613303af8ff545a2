"""Stage 2, segmentation: sentence boundaries, with offsets into the text."""

from __future__ import annotations

import pytest

from server.pipeline.s2_segmentation import split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The vote passed. The mayor left.", ["The vote passed.", "The mayor left."]),
        ("Did it pass? Nobody knew!", ["Did it pass?", "Nobody knew!"]),
        ("Mr. Kirby spoke. Dr. Bowes left.", ["Mr. Kirby spoke.", "Dr. Bowes left."]),
        (
            "John F. Kennedy spoke in the U.S. Senate.",
            ["John F. Kennedy spoke in the U.S. Senate."],
        ),
        (
            "“It will hold,” he said. “We agree.”",
            ["“It will hold,” he said.", "“We agree.”"],
        ),
        (
            "He said it would hold. ''We agree,'' she said.",
            ["He said it would hold.", "''We agree,'' she said."],
        ),
        ("It rose 2.5 percent. Shares fell.", ["It rose 2.5 percent.", "Shares fell."]),
        ("The vote passed. and then it failed.", ["The vote passed. and then it failed."]),
        # a capitalised abbreviation is one only when capitalised ("Mass.", not "mass.")
        (
            "It reached critical mass. Then it fell. Boston, Mass. is cold.",
            ["It reached critical mass.", "Then it fell.", "Boston, Mass. is cold."],
        ),
        ("He shook his head no. But he agreed.", ["He shook his head no.", "But he agreed."]),
        ("It was on Feb. 27 in Vegas.", ["It was on Feb. 27 in Vegas."]),
    ],
)
def test_sentence_boundaries(text: str, sentences: list[str]) -> None:
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == sentences


def test_offsets_are_into_the_whole_text() -> None:
    text = "Headline here\n\nThe vote passed. The mayor left."
    start = text.index("The vote")
    spans = split_sentences(text, start, len(text))
    assert spans[0][0] == start
    assert [text[s:e] for s, e in spans] == ["The vote passed.", "The mayor left."]
