"""The evaluation command's scorers on hand-made gold and predictions, and the ggt-dev gate."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from server import errors
from server.evaluation import cli, corpus, ggt, pages, polnear, report
from server.evaluation.text import (
    is_unnamed_source,
    name_words,
    same_name,
    same_surname,
    tokens,
    word_f1,
)


def bag(text: str) -> Counter[str]:
    return Counter(tokens(text))


# --- tokens and word F1 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We believe it’s the same group,”", ["we", "believe", "it", "s", "the", "same", "group"]),
        ('He said: "No."', ["he", "said", "no"]),
        ("  ", []),
        ("Ça va, Zoë?", ["ça", "va", "zoë"]),
    ],
)
def test_tokens_drop_punctuation_and_quotation_marks(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("predicted", "expected", "f1"),
    [
        ("a b c", "a b c", 1.0),
        ("", "", 1.0),
        ("", "a b", 0.0),
        ("x y", "a b", 0.0),
        ("a b", "a b c d", 2 * 1.0 * 0.5 / 1.5),
        ("a a b", "a b b", 2 / 3),
    ],
)
def test_word_f1(predicted: str, expected: str, f1: float) -> None:
    assert word_f1(predicted, expected) == pytest.approx(f1)


# --- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Mr. Jean Chrétien", ("jean", "chretien")),
        ("Premier Doug Ford's", ("doug", "ford")),
        ("Prime Minister Justin Trudeau", ("justin", "trudeau")),
        ("Dr. Bonnie Henry", ("bonnie", "henry")),
        ("Martin Luther King Jr.", ("martin", "luther", "king")),
        ("Cisco System’s Talos unit", ("cisco", "system", "talos", "unit")),
        ("", ()),
        (None, ()),
    ],
)
def test_name_words(name: str | None, words: tuple[str, ...]) -> None:
    assert name_words(name) == words


@pytest.mark.parametrize(
    ("gold", "predicted", "full", "surname"),
    [
        ("Kevin Haley", "Kevin Haley", True, True),
        ("Kevin Haley", "Mr. Kevin Haley", True, True),
        ("Kevin Haley", "Haley", False, True),
        ("Kevin Haley", "Kevin Smith", False, False),
        ("François Legault", "Premier Francois Legault", True, True),
        ("Kevin Haley", None, False, False),
        ("Kevin Haley", "", False, False),
    ],
)
def test_speaker_name_comparison(
    gold: str, predicted: str | None, full: bool, surname: bool
) -> None:
    assert same_name(gold, predicted) is full
    assert same_surname(gold, predicted) is surname


@pytest.mark.parametrize(
    ("source", "unnamed"),
    [
        ("a source", True),
        ("sources", True),
        ("officials", True),
        ("administration officials", True),
        ("people familiar with the matter", True),
        ("a person familiar with the negotiations", True),
        ("his aides", True),
        ("an official", True),
        ("one of Mr. Obama's climate advisers", True),
        ("Officials at Homeland Security Investigations", True),
        ("some", True),
        ("Trump campaign spokesman Jason Miller", False),
        ("Phil Smith, a spokesman for the United Mine Workers,", False),
        ("Donald Trump", False),
        ("he", False),
        ("The New York Post", False),
        ("The Charlotte Observer", False),
        ("Business Insider", False),
        ("Vatican spokesman the Rev. Federico Lombardi", False),
        ("a spokesman for the council", True),
        ("The experts", True),
    ],
)
def test_unnamed_source_pattern(source: str, unnamed: bool) -> None:
    assert is_unnamed_source(source) is unnamed


# --- ggt-dev quote matching --------------------------------------------------------------------

GOLD_TEXT = "one two three four five six seven eight nine ten"


@pytest.mark.parametrize(
    ("predicted", "lenient", "strict"),
    [
        # identical
        (GOLD_TEXT, True, True),
        # 3 of 10 gold tokens covered: exactly the lenient threshold
        ("one two three", True, False),
        # 2 of 10: below it
        ("one two", False, False),
        # 8 shared of max(10, 8): exactly the strict threshold
        ("one two three four five six seven eight", True, True),
        # 8 shared, but the prediction is 12 tokens long: 8 < 0.8 * 12
        ("one two three four five six seven eight x y z w", True, False),
        # 9 shared of max(10, 11)
        ("one two three four five six seven eight nine extra words", True, True),
    ],
)
def test_lenient_and_strict_thresholds(predicted: str, lenient: bool, strict: bool) -> None:
    assert bool(ggt.match([bag(GOLD_TEXT)], [bag(predicted)], ggt.lenient)) is lenient
    assert bool(ggt.match([bag(GOLD_TEXT)], [bag(predicted)], ggt.strict)) is strict


@pytest.mark.parametrize(
    ("gold", "predicted", "pairs"),
    [
        # each gold takes the prediction sharing the most tokens, one to one
        (["a b c d", "e f g h"], ["e f g h", "a b c d"], [(0, 1), (1, 0)]),
        # two gold quotes want the same prediction: the larger overlap wins, the other gets none
        (["a b c d", "a b c"], ["a b c d"], [(0, 0)]),
        # a prediction used once only, even when it would fit both
        (["a b", "a b"], ["a b", "x y"], [(0, 0)]),
        # ties: earlier gold first, then earlier prediction
        (["a b"], ["a b", "a b"], [(0, 0)]),
        ([], ["a b"], []),
        (["a b"], [], []),
    ],
)
def test_one_to_one_matching(
    gold: list[str], predicted: list[str], pairs: list[tuple[int, int]]
) -> None:
    assert ggt.match([bag(g) for g in gold], [bag(p) for p in predicted], ggt.lenient) == pairs


def _answer(
    text: str,
    quotes: list[dict[str, Any]],
    attributions: list[dict[str, Any]],
    sources: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "article": {"text": text},
        "quotes": quotes,
        "attributions": attributions,
        "sources": sources,
    }


def _quote(
    text: str,
    article: str,
    kind: str = "direct",
    speaker: str | None = None,
    source_id: str | None = None,
) -> dict[str, Any]:
    start = article.index(text)
    return {
        "id": f"q{start}",
        "kind": kind,
        "text": text,
        "start": start,
        "end": start + len(text),
        "segments": [{"start": start, "end": start + len(text)}],
        "speaker": {
            "name": speaker,
            "source_id": source_id,
            "mention": None,
            "resolution": "explicit",
        },
        "cue": None,
    }


def _attribution(
    claim: str, article: str, source_id: str, cue: str = "said", kind: str = "said"
) -> dict[str, Any]:
    start = article.index(claim)
    cue_start = article.index(cue)
    return {
        "id": f"a{start}",
        "source_id": source_id,
        "kind": kind,
        "cue": {"text": cue, "start": cue_start, "end": cue_start + len(cue)},
        "claim": {"start": start, "end": start + len(claim)},
    }


ARTICLE = (
    "“We believe it is the same group,” said Kevin Haley of Symantec. "
    "Haley said that the threats came from the same fraudsters as in October. "
    "The RCMP said nothing. “Stay safe,” a sign read."
)


def test_ggt_article_scoring_end_to_end() -> None:
    gold = ggt.GoldArticle(
        id="x",
        url=None,
        people=("Kevin Haley",),
        quotes=(
            ggt.GoldQuote("“We believe it is the same group,”", "Kevin Haley", "Kevin Haley"),
            ggt.GoldQuote(
                "that the threats came from the same fraudsters as in October",
                "Haley",
                "Kevin Haley",
            ),
            ggt.GoldQuote("“Never seen by the system,”", "he", "Kevin Haley"),
        ),
    )
    answer = _answer(
        ARTICLE,
        quotes=[
            _quote("We believe it is the same group,", ARTICLE, speaker="Haley", source_id="s1"),
            _quote("Stay safe,", ARTICLE, speaker=None),
            # a partial quote inside the attribution's claim is the same statement: dropped
            _quote(
                "same fraudsters", ARTICLE, kind="partial", speaker="Kevin Haley", source_id="s1"
            ),
            _quote("Haley", ARTICLE, kind="term"),
        ],
        attributions=[
            _attribution("the threats came from the same fraudsters as in October", ARTICLE, "s1"),
        ],
        sources=[
            {
                "id": "s1",
                "name": "Kevin Haley",
                "kind": "person",
                "named": True,
                "aliases": ["Haley"],
            },
            {"id": "s2", "name": "RCMP", "kind": "organization", "named": True, "aliases": []},
            {"id": "s3", "name": "a sign", "kind": "unnamed", "named": False, "aliases": []},
        ],
    )
    total = ggt.GgtScore()
    ggt.score_article(gold, answer, total)
    figures = total.figures()
    assert figures["quotes"]["all"]["lenient"] == {
        "precision": round(2 / 3, 4), "recall": round(2 / 3, 4), "f1": round(2 / 3, 4),
        "matched": 2, "gold": 3, "predicted": 3,
    }  # fmt: skip
    assert figures["quotes"]["direct"]["lenient"]["matched"] == 1
    assert figures["quotes"]["direct"]["lenient"]["gold"] == 2
    assert figures["quotes"]["direct"]["lenient"]["predicted"] == 2
    # the direct quote names "Haley" (surname only), the attribution's source "Kevin Haley"
    assert figures["speakers"] == {"full_name": 0.5, "surname": 1.0, "evaluated": 2}
    assert figures["named_sources"]["matched"] == 1
    assert figures["named_sources"]["gold"] == 1
    assert figures["named_sources"]["predicted"] == 2
    assert figures["quoted_sources"]["matched"] == 1
    assert figures["quoted_sources"]["gold"] == 1


@pytest.mark.parametrize(
    ("kind", "predicted"), [("said", 1), ("belief", 0), ("declined", 0), ("topic", 0)]
)
def test_ggt_beliefs_and_refusals_are_not_quotes(kind: str, predicted: int) -> None:
    """GGT labels speech; an attribution of kind `belief` ("officials think …"), `declined`
    ("declined to comment") or `topic` ("weighed in on the deal") is no quote."""
    claim = "the threats came from the same fraudsters as in October"
    answer = _answer(ARTICLE, [], [_attribution(claim, ARTICLE, "s1", kind=kind)], [])
    predictions = ggt.predictions(answer)
    assert [p.kind for p in predictions] == ["attribution"] * predicted


@pytest.mark.parametrize(
    ("gold", "predicted", "matched"),
    [
        (["Kevin Haley"], [["Kevin Haley"]], 1),
        (["Kevin Haley"], [["Haley"]], 1),
        (["Kevin Haley"], [["K. H."], ["Mr. Kevin Haley"]], 1),
        (["Kevin Haley", "Jason Schultz"], [["Schultz"], ["Kevin Haley"]], 2),
        # full names are matched before surnames take what is left
        (["Anne Smith", "John Smith"], [["Smith"], ["John Smith"]], 2),
        (["Kevin Haley"], [["Someone Else"]], 0),
        (["Kevin Haley"], [["Unknown", "Kevin Haley"]], 1),
    ],
)
def test_named_source_matching(gold: list[str], predicted: list[list[str]], matched: int) -> None:
    assert ggt.match_names(gold, predicted) == matched


def test_gold_names_deduplicate_people_and_references() -> None:
    gold = ggt.GoldArticle(
        "x",
        None,
        ("Kevin Haley", "Jason Schultz"),
        (ggt.GoldQuote("“a”", "he", "Mr. Kevin Haley"), ggt.GoldQuote("b", "", "")),
    )
    assert ggt.gold_names(gold) == ["Kevin Haley", "Jason Schultz"]
    assert ggt.gold_names(gold, people=False) == ["Mr. Kevin Haley"]


@pytest.mark.parametrize(
    ("text", "direct"),
    [("“Yes,”", True), ('"Yes,"', True), ("«Oui»", True), ("that yes", False), ("", False)],
)
def test_direct_gold_quote(text: str, direct: bool) -> None:
    assert ggt.GoldQuote(text, "", "").direct is direct


# --- PolNeAR -----------------------------------------------------------------------------------

RAW = (
    "Headline Of The Story\n\n"
    "The New York Post reports that Clinton avoided the emergency room.\n\n"
    "Protocol called for a trauma center, sources said.\n\n"
    "“We are fine,” according to a campaign aide, “and so is she.”"
)


def _t(tid: str, kind: str, fragments: list[tuple[int, int]]) -> str:
    covered = " ".join(RAW[a:b] for a, b in fragments)
    return f"{tid}\t{kind} {';'.join(f'{a} {b}' for a, b in fragments)}\t{covered}"


def _at(text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = RAW.index(text, start + 1)
    return (start, start + len(text))


ANN = "\n".join(
    [
        _t("T1", "Source", [_at("The New York Post")]),
        _t("T2", "Cue", [_at("reports")]),
        _t("T3", "Content", [_at("that Clinton avoided the emergency room")]),
        _t("T4", "Attribution", [_at("reports")]),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        _t("T5", "Content", [_at("Protocol called for a trauma center")]),
        _t("T6", "Source", [_at("sources")]),
        _t("T7", "Cue", [_at("said")]),
        _t("T8", "Attribution", [_at("said")]),
        "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5",
        _t("T9", "Content", [_at("“We are fine,”"), _at("“and so is she.”")]),
        _t("T10", "Cue", [_at("according to")]),
        _t("T11", "Source", [_at("a campaign aide")]),
        _t("T12", "Attribution", [_at("according to")]),
        "E3\tAttribution:T12 Content:T9 Cue:T10 Source:T11",
        "#1\tAnnotatorNotes T3\ta note",
        "a stray continuation line of a multi-line span",
    ]
)


def test_parse_ann_reads_events_and_discontinuous_spans() -> None:
    gold = polnear.parse_ann(ANN)
    assert [g.id for g in gold] == ["E1", "E2", "E3"]
    first, _, third = gold
    assert first.source_text == "The New York Post"
    assert first.cue == (_at("reports"),)
    assert third.content == (_at("“We are fine,”"), _at("“and so is she.”"))
    assert third.content_text == "“We are fine,” “and so is she.”"
    assert third.cue_text == "according to"


@pytest.mark.parametrize(
    ("line", "fragments"),
    [
        ("T1\tContent 5 9\tabcd", ((5, 9),)),
        ("T1\tContent 5 9;12 20\tabcd efgh", ((5, 9), (12, 20))),
        ("T1\tContent 0 1;2 3;4 5\ta b c", ((0, 1), (2, 3), (4, 5))),
    ],
)
def test_parse_ann_fragments(line: str, fragments: tuple[tuple[int, int], ...]) -> None:
    gold = polnear.parse_ann(f"{line}\nE1\tAttribution:T9 Content:T1")
    assert gold[0].content == fragments
    assert gold[0].cue == ()


@pytest.mark.parametrize(
    ("article", "raw", "span", "expected"),
    [
        # whitespace differs
        ("a  b c", "a\n\nb c", (0, 4), (0, 4)),
        ("a  b c", "a\n\nb c", (0, 6), (0, 6)),
        ("one two", "one two", (4, 7), (4, 7)),
        # extra headline in the article text, a paragraph dropped from it
        ("Title\n\nfirst para\n\nthird", "first para\n\nsecond\n\nthird", (7, 17), (0, 10)),
        ("Title\n\nfirst para\n\nthird", "first para\n\nsecond\n\nthird", (19, 24), (20, 25)),
        # nothing maps
        ("Title\n\nfirst", "first", (0, 5), None),
    ],
)
def test_offset_map(
    article: str, raw: str, span: tuple[int, int], expected: tuple[int, int] | None
) -> None:
    assert polnear.OffsetMap(article, raw).to_raw(*span) == expected


def test_wrap_html_escapes_and_titles() -> None:
    html = polnear.wrap_html("A Short Headline\n\nFirst <para> & more.\n\nSecond.")
    assert "<title>A Short Headline</title>" in html
    assert "<p>First &lt;para&gt; &amp; more.</p>" in html
    assert "<p>Second.</p>" in html
    assert "<title>" not in polnear.wrap_html("Only one paragraph here.")


def test_polnear_scoring_with_mapped_predictions() -> None:
    gold = polnear.parse_ann(ANN)
    article = "HEADLINE\n\n" + RAW.replace("\n\n", "\n\n  ")
    offsets = polnear.OffsetMap(article, RAW)
    cue = article.index("according to")
    q1 = article.index("“We are fine,”")
    q2 = article.index("“and so is she.”")
    claim = article.index("that Clinton avoided")
    reports = article.index("reports")
    answer = {
        "article": {"text": article},
        "quotes": [
            {
                "kind": "direct",
                "start": q1,
                "end": q2 + len("“and so is she.”"),
                "segments": [{"start": q1, "end": q1 + 14}, {"start": q2, "end": q2 + 16}],
                "speaker": {"source_id": "s2"},
                "cue": {"text": "according to", "start": cue, "end": cue + 12},
            },
            {"kind": "term", "start": 0, "end": 3, "segments": [], "speaker": {}, "cue": None},
        ],
        "attributions": [
            {
                "source_id": "s1",
                "cue": {"text": "reports", "start": reports, "end": reports + 7},
                "claim": {"start": claim, "end": claim + 20},
            },
            {
                "source_id": "s1",
                "cue": {"text": "HEAD", "start": 0, "end": 4},
                "claim": {"start": 0, "end": 8},
            },
        ],
        "sources": [
            {"id": "s1", "name": "New York Post", "named": True, "aliases": []},
            {"id": "s2", "name": "a campaign aide", "named": False},
        ],
    }
    predicted = polnear.predicted_attributions(answer, offsets)
    assert len(predicted) == 3
    assert predicted[0].content == (_at("“We are fine,”"), _at("“and so is she.”"))
    total = polnear.PolnearScore()
    polnear.score_article(RAW, gold, predicted, total)
    figures = total.figures()
    third = round(2 / 3, 4)
    assert figures["attributions"] == {
        "recall": third, "found": 2, "gold": 3, "precision": third, "predicted": 3,
    }  # fmt: skip
    assert figures["according_to"] == {"recall": 1.0, "found": 1, "gold": 1}
    # "sources" (E2) and "a campaign aide" (E3) are unnamed; only E3 is found, as unnamed
    assert figures["unnamed_sources"] == {"recall": 0.5, "found": 0.5, "gold": 2}
    assert figures["direct_quotes"] == {"recall": 1.0, "found": 1, "gold": 1}
    # only E1's source is a proper name, and it is found with that name
    assert figures["source_names"] == {"recall": 1.0, "found": 1, "gold": 1}


@pytest.mark.parametrize(
    ("source", "surname"),
    [
        ("Sen. Claire McCaskill (D-Mo.)", "mccaskill"),
        ("Caddell", "caddell"),
        ("The New York Times", "times"),
        ("Leonard E. Burman, director of the centre", "burman"),
        ("Martin Van Buren", "buren"),
        ("he", None),
        ("His", None),
        ("The GOP nominee", None),
        ("a source within the unit", None),
        ("officials", None),
    ],
)
def test_gold_surname(source: str, surname: str | None) -> None:
    assert polnear.gold_surname(source) == surname


@pytest.mark.parametrize(
    ("pred_content", "matched"),
    [
        ([_at("Protocol called for a trauma")], True),  # 5 of 6 words
        ([_at("Protocol")], False),  # 1 of 6 words
        ([_at("Protocol called")], True),  # 2 of 6: 0.33
        ([_at("a trauma center")], True),  # 3 of 6
        ([_at("The New York Post")], False),
    ],
)
def test_polnear_content_overlap(pred_content: list[tuple[int, int]], matched: bool) -> None:
    gold = polnear.parse_ann(ANN)[1]
    pred = polnear.PredictedAttribution(cue=(), content=tuple(pred_content), named_source=None)
    assert polnear.matches(RAW, gold, pred) is matched


# --- span property -----------------------------------------------------------------------------

SPAN_TEXT = "Title\n\nShe said “we will win,” and left. Read more at example."


def _span_answer(**changes: Any) -> dict[str, Any]:
    q = SPAN_TEXT.index("“we")
    end = SPAN_TEXT.index(",”") + 2
    she = SPAN_TEXT.index("She")
    answer: dict[str, Any] = {
        "article": {
            "text": SPAN_TEXT,
            "blocks": [
                {"id": "b0", "start": 0, "end": 5},
                {"id": "b1", "start": 7, "end": len(SPAN_TEXT)},
            ],
            "links": [
                {"text": "example", "start": SPAN_TEXT.index("example"), "end": len(SPAN_TEXT) - 1}
            ],
        },
        "quotes": [
            {
                "id": "q1",
                "text": "we will win,",
                "start": q,
                "end": end,
                "segments": [{"start": q, "end": end}],
                "speaker": {"mention": {"text": "She", "start": she, "end": she + 3}},
                "cue": {"text": "said", "start": she + 4, "end": she + 8},
                "anchor": {
                    "exact": SPAN_TEXT[q:end],
                    "prefix": "She said ",
                    "suffix": " and left.",
                },
            }
        ],
        "attributions": [],
        "sources": [{"id": "s1", "mentions": [{"start": she, "end": she + 3}]}],
    }
    for path, value in changes.items():
        target = answer
        *keys, last = path.split("__")
        for key in keys:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[last] = value
    return answer


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({}, None),
        ({"quotes__0__text": "“we will win,”"}, None),
        ({"quotes__0__text": "we will lose,"}, "stated text differs"),
        ({"quotes__0__end": 999}, "outside"),
        ({"article__links__0__text": "exampl"}, "link 0: stated text differs"),
        ({"quotes__0__cue": {"text": "says", "start": 11, "end": 15}}, "cue: stated text differs"),
        ({"quotes__0__segments": [{"start": 0, "end": 3}]}, "outside the quote"),
        ({"quotes__0__anchor": {"exact": "x", "prefix": "", "suffix": ""}}, "exact differs"),
        (
            {
                "quotes__0__anchor": {
                    "exact": "“we will win,”",
                    "prefix": "They said ",
                    "suffix": "",
                }
            },
            "prefix",
        ),
        ({"sources__0__mentions": [{"start": -1, "end": 2}]}, "mention: span -1..2"),
        ({"article__blocks__1__end": len(SPAN_TEXT) + 1}, "block b1"),
    ],
)
def test_span_violations(changes: dict[str, Any], problem: str | None) -> None:
    found = pages.span_violations(_span_answer(**changes))
    if problem is None:
        assert found == []
    else:
        assert any(problem in line for line in found), found


def test_multi_segment_quote_text_is_its_segments_in_order() -> None:
    text = "“We will,” she said, “win.”"
    answer = {
        "article": {"text": text, "blocks": [], "links": []},
        "quotes": [
            {
                "id": "q1",
                "text": "We will, … win.",
                "start": 0,
                "end": len(text),
                "segments": [{"start": 0, "end": 10}, {"start": 21, "end": len(text)}],
                "speaker": {"mention": None},
                "cue": None,
            }
        ],
    }
    assert pages.span_violations(answer) == []


# --- the run: failures counted, floors, report sections ----------------------------------------


@pytest.mark.parametrize(
    ("exception", "error"),
    [
        (errors.NoArticle(), "no_article"),
        (KeyError("x"), "KeyError"),
        (RecursionError(), "RecursionError"),
        (ValueError("bad"), "ValueError"),
    ],
)
def test_run_page_counts_failures(exception: Exception, error: str) -> None:
    def failing(html: str, **_: Any) -> dict[str, Any]:
        raise exception

    assert corpus.run_page(failing, "<p>x</p>") == (None, error)


def _ggt_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ggt-dev"
    folder.mkdir()
    quote = {
        "text": "“We are fine,”",
        "speaker": "Haley",
        "reference": "Kevin Haley",
        "verb": "said",
    }
    gold = {"id": "a1", "url": None, "people": ["Kevin Haley"], "quotes": [quote]}
    (folder / "a1.gold.json").write_text(json.dumps(gold), "utf-8")
    (folder / "a1.html").write_text("<p>“We are fine,” Haley said.</p>", "utf-8")
    return folder


def test_failed_article_scores_as_predicting_nothing(tmp_path: Path) -> None:
    def failing(html: str, **_: Any) -> dict[str, Any]:
        raise TypeError

    _ggt_folder(tmp_path)
    figures = corpus.evaluate(tmp_path, failing)["ggt-dev"]
    assert figures["failures"] == {
        "count": 1,
        "by_error": {"TypeError": 1},
        "examples": ["a1: TypeError"],
    }
    assert figures["quotes"]["all"]["lenient"]["gold"] == 1
    assert figures["quotes"]["all"]["lenient"]["matched"] == 0


@pytest.fixture
def ggt_tmp(tmp_path: Path) -> Path:
    _ggt_folder(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("layout", "sets"),
    [
        (["ggt-dev/x.gold.json", "polnear/dev/attributions/", "polnear/dev/text/",
          "pages/INDEX.tsv"],
         {"ggt-dev": "ggt-dev", "polnear": "polnear/dev", "pages": "pages"}),
        (["x.gold.json"], {"ggt-dev": "."}),
        (["dev/attributions/", "dev/text/"], {"polnear": "dev"}),
        (["attributions/", "text/"], {"polnear": "."}),
        (["INDEX.tsv"], {"pages": "."}),
        ([], {}),
    ],
)  # fmt: skip
def test_locate_sets(tmp_path: Path, layout: list[str], sets: dict[str, str]) -> None:
    for entry in layout:
        path = tmp_path / entry
        if entry.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("", "utf-8")
    found = corpus.locate(tmp_path)
    assert {k: v.resolve() for k, v in found.items()} == {
        k: (tmp_path / v).resolve() for k, v in sets.items()
    }


@pytest.mark.parametrize(
    ("figures", "floors", "problems"),
    [
        ({"ggt-dev": {"quotes": {"all": {"lenient": {"f1": 0.8}}}}},
         {"ggt-dev": {"quotes.all.lenient.f1": 0.7}}, []),
        ({"ggt-dev": {"quotes": {"all": {"lenient": {"f1": 0.6}}}}},
         {"ggt-dev": {"quotes.all.lenient.f1": 0.7}},
         ["ggt-dev quotes.all.lenient.f1: 0.6000 < floor 0.7000"]),
        ({"ggt-dev": {}}, {"_comment": "x", "ggt-dev": {"speakers.surname": 0.0}},
         ["ggt-dev speakers.surname: missing (floor 0.0)"]),
    ],
)  # fmt: skip
def test_below_floors(figures: dict[str, Any], floors: dict[str, Any], problems: list[str]) -> None:
    assert corpus.below_floors(figures, floors) == problems


def test_packaged_floors_name_real_figures() -> None:
    """Every pinned key exists in the figures the scorer produces."""
    flat = corpus.flatten({"ggt-dev": ggt.GgtScore().figures()})
    for key in corpus.load_floors()["ggt-dev"]:
        if not key.startswith("_"):
            assert f"ggt-dev.{key}" in flat


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("", "\n\n<!-- bench:a -->\nnew\n<!-- /bench:a -->\n"),
        ("# T\n\n<!-- bench:a -->\nold\n<!-- /bench:a -->\n\nkept\n",
         "# T\n\n<!-- bench:a -->\nnew\n<!-- /bench:a -->\n\nkept\n"),
        ("<!-- bench:b -->\nb\n<!-- /bench:b -->\n",
         "<!-- bench:b -->\nb\n<!-- /bench:b -->\n\n<!-- bench:a -->\nnew\n<!-- /bench:a -->\n"),
    ],
)  # fmt: skip
def test_report_sections_replace_only_their_own(document: str, expected: str) -> None:
    assert report.replace_section(document, "a", "new") == expected


def test_cli_json_and_benchmarks_section(
    ggt_tmp: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def perfect(html: str, **_: Any) -> dict[str, Any]:
        text = "“We are fine,” Haley said."
        return _answer(
            text,
            [_quote("We are fine,", text, speaker="Kevin Haley", source_id="s1")],
            [],
            [{"id": "s1", "name": "Kevin Haley", "kind": "person", "named": True, "aliases": []}],
        )

    monkeypatch.setattr(corpus, "default_annotator", lambda: perfect)
    out = tmp_path / "BENCH.md"
    args = argparse.Namespace(corpus=str(ggt_tmp), json=True, floors="", write_benchmarks=str(out))
    assert cli.run(args) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["ggt-dev"]["quotes"]["direct"]["strict"]["f1"] == 1.0
    assert figures["ggt-dev"]["speakers"]["full_name"] == 1.0
    written = out.read_text("utf-8")
    assert "<!-- bench:accuracy-ggt-dev -->" in written and "**ggt-dev** (1 articles" in written


def test_cli_missing_corpus_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(corpus=str(tmp_path / "absent"), json=False)
    assert cli.run(args) == 0
    assert "nothing evaluated" in capsys.readouterr().err


# --- the gate on the real corpus ---------------------------------------------------------------


@pytest.mark.corpus
def test_ggt_dev_gate(corpus: Path) -> None:
    """The ggt-dev figures stay at or above the floors pinned in server/data/eval_floors.json."""
    from server.evaluation import corpus as evaluation

    folder = corpus / "ggt-dev"
    if not folder.is_dir():
        pytest.skip(f"no ggt-dev set in {corpus}")
    figures = evaluation.evaluate(folder)
    assert figures["ggt-dev"]["failures"]["count"] == 0, figures["ggt-dev"]["failures"]
    assert evaluation.below_floors(figures, evaluation.load_floors()) == []
