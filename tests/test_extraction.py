"""Stage 1, extraction: one canonical text, blocks and links as exact spans, metadata fallbacks."""

from __future__ import annotations

import itertools

import pytest
from servers import SEED_HTML

from server.errors import NoArticle
from server.pipeline.s1_extraction import extract

BODY = (
    "<p>The regional water board approved a plan on Wednesday to replace the oldest pipes in the "
    "network over the next ten years, after a summer of leaks and burst mains.</p>"
    "<p>Engineers told the board that a third of the pipes were laid before 1950 and that repairs "
    "now cost more each year than replacement would.</p>"
    "<p>The chair of the board, Alan Mercer, said the work would be done street by street so "
    "that no neighbourhood lost its water for more than a day at a time during the works.</p>"
    "<p>Residents will be told of the work in their street at least two weeks before it begins, "
    "and the board will publish a map of the planned works on its website every month.</p>"
)


def page(head: str = "", body: str = BODY, html_attrs: str = 'lang="en"') -> str:
    return f"<html {html_attrs}><head>{head}</head><body><article>{body}</article></body></html>"


def test_text_is_title_then_blocks_separated_by_blank_lines() -> None:
    article = extract(page("<title>Water pipes to be replaced</title>"))
    assert article.text.startswith("Water pipes to be replaced\n\nThe regional water board")
    assert article.blocks[0].kind == "title"
    for before, after in itertools.pairwise(article.blocks):
        assert article.text[before.end : after.start] == "\n\n"
    assert article.blocks[-1].end == len(article.text)


@pytest.mark.parametrize(
    ("head", "title", "expected"),
    [
        ("<title>From the page</title>", "From the request", "From the page"),
        ("", "From the request", "From the request"),
        ("", "  Spaced \n  title  ", "Spaced title"),
    ],
)
def test_title_falls_back_to_the_request(head: str, title: str, expected: str) -> None:
    article = extract(page(head), title=title)
    assert article.title == expected
    assert article.text.startswith(expected + "\n\n")


@pytest.mark.parametrize(
    ("attrs", "head", "language"),
    [
        ('lang="en-GB"', "", "en"),
        ('lang="fr"', "", "fr"),
        ("", '<meta property="og:locale" content="de_DE">', "de"),
        ("", "", None),
    ],
)
def test_language(attrs: str, head: str, language: str | None) -> None:
    assert extract(page(head, html_attrs=attrs)).language == language


def test_url_from_the_request_is_kept_and_never_fetched() -> None:
    article = extract(page(), url="https://unreachable.invalid/story")
    assert article.url == "https://unreachable.invalid/story"


def test_whitespace_is_collapsed_and_links_are_exact() -> None:
    body = (
        "<p>Officials   said\n\tthe <a href='https://a.example/r'>new\n  report</a> was clear, "
        "and <a href='/rel'>the board</a> agreed to publish every figure in full next month "
        "so that residents could check the work.</p>" + BODY
    )
    article = extract(page(body=body), url="https://site.example/story")
    assert "Officials said the new report was clear" in article.text
    assert "  " not in article.text and "\t" not in article.text
    assert [link.text for link in article.links] == ["new report", "the board"]
    for link in article.links:
        assert article.text[link.start : link.end] == link.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        " ",
        "<html></html>",
        "<p>Too short to be an article.</p>",
        "<html><body>" + "<script>var x = 1;</script>" * 100 + "</body></html>",
        "\x00\x01\x02" * 1000,
    ],
    ids=["empty", "blank", "bare html", "short", "scripts", "binary"],
)
def test_no_article(html: str) -> None:
    with pytest.raises(NoArticle):
        extract(html)


def test_seed_page_metadata() -> None:
    article = extract(SEED_HTML)
    assert (article.author, article.date, article.site_name) == (
        "Tyler Mitchell",
        "2024-05-27",
        "Daily World Brief",
    )
    assert article.word_count > 250
