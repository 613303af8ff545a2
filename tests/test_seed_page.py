"""The seed page end to end, against /work/shared/fixtures/seed-article.expected.json's contents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from server.pipeline import annotate_json

SEED = Path(__file__).resolve().parent / "fixtures" / "pages" / "seed-article" / "source.html"


@pytest.fixture(scope="module")
def answer() -> dict[str, Any]:
    return annotate_json(SEED.read_text("utf-8"))


def by_id(answer: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {x["id"]: x for key in ("quotes", "attributions", "sources") for x in answer[key]}


def source(answer: dict[str, Any], name: str) -> dict[str, Any]:
    return next(s for s in answer["sources"] if s["name"] == name)


def test_three_direct_quotes_with_their_speakers(answer: dict[str, Any]) -> None:
    direct = [q for q in answer["quotes"] if q["kind"] == "direct"]
    names = by_id(answer)
    got = [
        (
            q["text"][:24],
            q["speaker"]["name"],
            names[q["speaker"]["source_id"]]["role"],
            q["speaker"]["mention"]["text"],
            q["cue"]["text"],
            len(q["segments"]),
        )
        for q in direct
    ]
    assert got == [
        ("In view of this, when … ", "a source within the unit", None, "They", "added", 1),
        (
            "Russia launched a new wa",
            "Volodymyr Zelensky",
            "Ukrainian President",
            "He",
            "said",
            2,
        ),
        (
            "It is possible that Russ",
            "John Kirby",
            "National Security Council spokesman",
            "He",
            "said",
            3,
        ),
    ]
    assert direct[0]["text"].endswith("the criminal will of the command.")
    assert direct[2]["text"].endswith("to defend against these attacks.")


def test_headline_quote(answer: dict[str, Any]) -> None:
    headline = [q for q in answer["quotes"] if q["kind"] == "headline"]
    assert [q["text"] for q in headline] == ["Criminal!"]
    assert headline[0]["speaker"]["source_id"] is None


def test_sources(answer: dict[str, Any]) -> None:
    got = {s["name"]: (s["kind"], s["named"], s["role"], s["links"]) for s in answer["sources"]}
    assert got["John Kirby"] == ("person", True, "National Security Council spokesman", [])
    assert got["Volodymyr Zelensky"] == ("person", True, "Ukrainian President", [])
    assert got["Atesh"][:2] == ("organization", True)
    assert got["The Kyiv Independent"] == ("outlet", True, None, [])
    assert got["reports"][:2] == ("unspecified", False)
    assert got["a source within the unit"][:2] == ("person", False)
    assert got["a member of Atesh"][:2] == ("person", False)
    assert (
        source(answer, "a source within the unit")["via"]
        == source(answer, "The Kyiv Independent")["id"]
    )
    assert len(answer["sources"]) == 7


def test_attributions(answer: dict[str, Any]) -> None:
    text = answer["article"]["text"]
    names = {s["id"]: s["name"] for s in answer["sources"]}
    got = [(a["cue"]["text"], names[a["source_id"]], a["claim"]) for a in answer["attributions"]]
    assert [g[:2] for g in got] == [e[:2] for e in EXPECTED_ATTRIBUTIONS]
    for (_, _, claim), (_, _, starts) in zip(got, EXPECTED_ATTRIBUTIONS, strict=True):
        assert text[claim["start"] : claim["end"]].startswith(starts)


EXPECTED_ATTRIBUTIONS = [
    ("said that", "a member of Atesh", "enemy soldiers refused to take"),
    ("according to", "reports", "a member of Atesh, a Ukrainian"),
    ("cites", "The Kyiv Independent", "a source within the unit who c"),
    ("claimed", "a source within the unit", "some Russian soldiers outright"),
    ("said", "Volodymyr Zelensky", "Russian soldiers have made sma"),
    ("told reporters", "John Kirby", "he is also confident that Ukra"),
]


def test_notes(answer: dict[str, Any]) -> None:
    notes = {n["kind"]: n for n in answer["notes"]}
    assert set(notes) == {
        "headline_quote_not_found",
        "unnamed_sources",
        "second_hand",
        "unlinked_citation",
        "no_outside_links",
    }
    assert "“the criminal will of the command”" in notes["headline_quote_not_found"]["message"]
    assert "The Kyiv Independent" in notes["unlinked_citation"]["message"]
    assert "reports" in notes["second_hand"]["message"]
    assert all(n["level"] == "caution" for n in answer["notes"])


def test_every_ref_exists(answer: dict[str, Any]) -> None:
    ids = set(by_id(answer))
    for note in answer["notes"]:
        assert set(note["refs"]) <= ids
    for s in answer["sources"]:
        assert s["via"] is None or s["via"] in ids
        assert set(s["quote_ids"]) | set(s["attribution_ids"]) <= ids
    text = answer["article"]["text"]
    for q in answer["quotes"]:
        assert q["anchor"]["exact"] == text[q["start"] : q["end"]]
