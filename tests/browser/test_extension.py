"""End to end in real Chromium: the unpacked extension, real toolbar clicks, the real backend."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from tests.browser.checks import claim_texts, highlight_is_right, quote_texts, sample_pages
from tests.browser.harness import (
    FINGERPRINT_JS,
    HIGHLIGHT_TEXTS_JS,
    Extension,
    PageServer,
    record_states,
    screenshot,
    wait_state,
)
from tests.conftest import CORPUS

pytestmark = pytest.mark.browser

SEED_SPEAKERS = {"Volodymyr Zelensky", "John Kirby"}

CARD_JS = """(quoteId) => {
  const root = document.querySelector('sourcelight-overlay').shadowRoot;
  const card = root.querySelector('.card');
  if (card.hidden) return null;
  return {id: card.getAttribute('data-quote-id'),
          speaker: card.querySelector('.speaker').textContent,
          text: card.textContent, role: card.getAttribute('role')};
}"""

CARD_SHOWN_JS = """() => !document.querySelector('sourcelight-overlay')
  .shadowRoot.querySelector('.card').hidden"""

# The centre of the first line box of a quote's first range, found from the page's world through
# the registered highlights (the extension's own objects stay in its isolated world).
RANGE_POINTS_JS = """(REPORTED = false) => {
  const out = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('sourcelight') || name.endsWith('-active')) continue;
    if (name.endsWith('-reported') !== Boolean(REPORTED)) continue;
    for (const r of h) {
      const box = [...r.getClientRects()].find((b) => b.width > 4 && b.height > 4);
      if (!box) continue;
      out.push({text: r.toString(), x: box.left + Math.min(box.width / 2, 20),
                y: box.top + box.height / 2, top: box.top + window.scrollY});
    }
  }
  return out;
}"""


def open_overlay(page: Page, extension: Extension) -> dict[str, Any]:
    record_states(page)
    extension.click(page)
    state = wait_state(page, ("ready", "error"))
    assert state["state"] == "ready", state
    return state


def close_and_compare(page: Page, extension: Extension, before: dict[str, Any]) -> None:
    extension.click(page)
    page.wait_for_selector("sourcelight-overlay", state="detached", timeout=10_000)
    after = page.evaluate(FINGERPRINT_JS)
    assert after["html"] == before["html"], first_difference(before["html"], after["html"])
    assert after["sheets"] == before["sheets"]
    assert after["highlights"] == before["highlights"]


def first_difference(a: str, b: str) -> str:
    pairs = enumerate(zip(a, b, strict=False))
    at = next((i for i, (x, y) in pairs if x != y), min(len(a), len(b)))
    return f"at {at}: before {a[at - 60 : at + 60]!r} after {b[at - 60 : at + 60]!r}"


def orphan_ids(page: Page) -> list[str]:
    return page.evaluate(
        """() => [...document.querySelector('sourcelight-overlay').shadowRoot
                 .querySelectorAll('.orphan')].map((li) => li.getAttribute('data-quote-id'))"""
    )


def check_answer_shown(page: Page, state: dict[str, Any], answer: dict[str, Any]) -> None:
    quotes = answer["quotes"]
    assert state["quotes"] == len(quotes)
    # Every quote is highlighted, or listed as not found: none is silently dropped.
    assert state["anchored"] + len(orphan_ids(page)) == len(quotes)
    allowed = quote_texts(answer)
    claims = claim_texts(answer)
    for item in page.evaluate(HIGHLIGHT_TEXTS_JS):
        assert item["name"].startswith("sourcelight-")
        reported = item["name"] == "sourcelight-reported"
        assert highlight_is_right(item["text"], claims if reported else allowed), item["text"][:200]
    if state["anchored"]:
        assert state["highlights"], "quotes anchored but no highlight registered"


def speaker_of(answer: dict[str, Any], quote: dict[str, Any]) -> str:
    sources = {s["id"]: s for s in answer["sources"]}
    source = sources.get(quote["speaker"]["source_id"] or "")
    return (source and source["name"]) or quote["speaker"]["name"] or "Speaker not identified"


def hover_cards(page: Page, answer: dict[str, Any], shot: str = "") -> list[str]:
    """Hover each highlight; the card must name the speaker the answer gives for that quote."""
    by_id = {q["id"]: q for q in answer["quotes"]}
    named = []
    for point in page.evaluate(RANGE_POINTS_JS)[:12]:
        page.evaluate("(y) => window.scrollTo(0, Math.max(0, y - 200))", point["top"])
        fresh = next(
            (p for p in page.evaluate(RANGE_POINTS_JS) if p["text"] == point["text"]), None
        )
        assert fresh is not None
        page.mouse.move(fresh["x"], fresh["y"])
        page.wait_for_function(
            CARD_SHOWN_JS,
            timeout=5000,
        )
        card = page.evaluate(CARD_JS, None)
        assert card["role"] == "tooltip"
        quote = by_id[card["id"]]
        assert card["speaker"] == speaker_of(answer, quote)
        named.append(card["speaker"])
        if shot and len(named) == 1:
            screenshot(page, shot)
        page.mouse.move(1, 1)
    return named


def test_seed_page(page: Page, extension: Extension, site: PageServer) -> None:
    page.goto(f"{site.url}/seed.html")
    page.fill("#comment", "my private comment 8f3a")
    before = page.evaluate(FINGERPRINT_JS)
    state = open_overlay(page, extension)
    assert page.evaluate("() => window.__slStates")[0] == "loading"
    record = extension.last_answer(page.url)
    sent = record["sent_html"]
    for absent in ("<script", "<style", "<svg", "8f3a", 'value="Post Comment"', "<sourcelight"):
        assert absent not in sent
    assert "A Russian rifle battalion has refused to fight in Ukraine" in sent
    answer = record["body"]
    check_answer_shown(page, state, answer)
    assert state["anchored"] == state["quotes"] >= 3
    page.evaluate("() => window.scrollTo(0, 0)")
    screenshot(page, "overlay")
    named = hover_cards(page, answer, shot="card")
    assert set(named) >= SEED_SPEAKERS
    close_and_compare(page, extension, before)


def _corpus_params() -> list[Any]:
    if not (CORPUS / "pages" / "INDEX.tsv").is_file():
        return [pytest.param("", marks=pytest.mark.skip(reason=f"corpus not found at {CORPUS}"))]
    return [pytest.param(p, id=Path(p).stem[:24]) for p in sample_pages(CORPUS, per_source=2)]


REPORTED_CARD_JS = """() => {
  const card = document.querySelector('sourcelight-overlay').shadowRoot.querySelector('.card');
  if (card.hidden) return null;
  return {id: card.getAttribute('data-attribution-id'),
          speaker: card.querySelector('.speaker').textContent, text: card.textContent};
}"""


def test_reported_speech_is_underlined(page: Page, extension: Extension, site: PageServer) -> None:
    """On the seed page the reported claims ("according to …", "X reported …") are underlined
    too, and hovering one names the source the answer attributes it to, with its cue."""
    page.goto(f"{site.url}/seed.html")
    open_overlay(page, extension)
    answer = extension.last_answer(page.url)["body"]
    shown = int(page.get_attribute("sourcelight-overlay", "data-reported") or 0)
    expected = [a for a in answer["attributions"] if a["kind"] != "declined"]
    assert 0 < shown <= len(expected)
    points = page.evaluate(RANGE_POINTS_JS, True)
    assert points, "reported claims counted but no highlight registered"
    by_id = {a["id"]: a for a in expected}
    names = {s["id"]: s["name"] for s in answer["sources"]}
    card = None
    # (a claim may hold a partial quote, whose own card wins where the two overlap)
    for point in points[:8]:
        page.evaluate("(y) => window.scrollTo(0, Math.max(0, y - 200))", point["top"])
        fresh = next(
            (p for p in page.evaluate(RANGE_POINTS_JS, True) if p["text"] == point["text"]), None
        )
        if fresh is None:
            continue
        page.mouse.move(fresh["x"], fresh["y"])
        page.wait_for_function(CARD_SHOWN_JS, timeout=5000)
        card = page.evaluate(REPORTED_CARD_JS)
        if card and card["id"]:
            break
        page.mouse.move(1, 1)
    assert card and card["id"], "no reported claim's card shown"
    attribution = by_id[card["id"]]
    assert card["speaker"] == names[attribution["source_id"]]
    assert attribution["cue"]["text"] in card["text"]
    screenshot(page, "reported")


@pytest.mark.corpus
@pytest.mark.parametrize("path", _corpus_params())
def test_corpus_page(page: Page, extension: Extension, site: PageServer, path: str) -> None:
    page.goto(f"{site.url}/corpus/{path}", wait_until="domcontentloaded")
    page.wait_for_timeout(300)
    before = page.evaluate(FINGERPRINT_JS)
    state = open_overlay(page, extension)
    answer = extension.last_answer(page.url)["body"]
    check_answer_shown(page, state, answer)
    assert state["anchored"] >= len(answer["quotes"]) - len(orphan_ids(page))
    hover_cards(page, answer)
    close_and_compare(page, extension, before)


def test_escape_closes(page: Page, extension: Extension, site: PageServer) -> None:
    page.goto(f"{site.url}/seed.html")
    before = page.evaluate(FINGERPRINT_JS)
    open_overlay(page, extension)
    page.keyboard.press("Escape")
    page.wait_for_selector("sourcelight-overlay", state="detached", timeout=5000)
    after = page.evaluate(FINGERPRINT_JS)
    assert (after["html"], after["sheets"], after["highlights"]) == (
        before["html"],
        before["sheets"],
        before["highlights"],
    )


def test_keyboard_panel_and_source_stepping(
    page: Page, extension: Extension, site: PageServer
) -> None:
    page.goto(f"{site.url}/seed.html")
    open_overlay(page, extension)
    answer = extension.last_answer(page.url)["body"]
    roles = page.evaluate(
        """() => {
          const r = document.querySelector('sourcelight-overlay').shadowRoot;
          return {panel: r.querySelector('.panel').getAttribute('role'),
                  status: r.querySelector('.status').getAttribute('role'),
                  buttons: [...r.querySelectorAll('.source')]
                    .map((b) => b.getAttribute('aria-label'))};
        }"""
    )
    assert roles["panel"] == "complementary" and roles["status"] == "status"
    assert all(roles["buttons"])
    kirby = next(s for s in answer["sources"] if s["name"] == "John Kirby")
    button = page.locator(f'sourcelight-overlay .source[data-source-id="{kirby["id"]}"]')
    button.focus()
    page.keyboard.press("Enter")
    card = page.evaluate(CARD_JS, None)
    assert card is not None and card["speaker"] == "John Kirby"
    assert "National Security Council" in card["text"]
    active = page.evaluate("() => CSS.highlights.has('sourcelight-active')")
    assert active


def test_reader_view(page: Page, extension: Extension, site: PageServer) -> None:
    page.goto(f"{site.url}/seed.html")
    open_overlay(page, extension)
    answer = extension.last_answer(page.url)["body"]
    page.locator("sourcelight-overlay .tool").click()
    reader = page.locator("sourcelight-overlay .reader")
    assert reader.is_visible()
    assert page.locator("sourcelight-overlay .tool").get_attribute("aria-pressed") == "true"
    heading = page.locator("sourcelight-overlay .reader h1").text_content()
    assert heading == answer["article"]["title"]
    marks = page.locator("sourcelight-overlay .reader mark")
    ids = {marks.nth(i).get_attribute("data-quote-id") for i in range(marks.count())}
    assert ids == {q["id"] for q in answer["quotes"]}
    screenshot(page, "reader-view")
    marks.first.focus()
    card = page.evaluate(CARD_JS, None)
    assert card is not None and card["id"] == marks.first.get_attribute("data-quote-id")


def test_answer_goes_in_as_text(page: Page, extension: Extension, site: PageServer) -> None:
    """Markup in the page's text stays text in the overlay (never parsed as HTML)."""
    page.goto(f"{site.url}/seed.html")
    page.evaluate(
        """() => { const p = [...document.querySelectorAll('p')]
             .find((x) => x.textContent.startsWith('Ukrainian President'));
           const markup = 'Friday <img src=x onerror=alert(1)>';
           p.textContent = p.textContent.replace('Friday', markup); }"""
    )
    open_overlay(page, extension)
    page.locator("sourcelight-overlay .tool").click()
    found = page.evaluate(
        """() => { const r = document.querySelector('sourcelight-overlay').shadowRoot;
           return {imgs: r.querySelectorAll('img').length,
                   text: r.querySelector('.reader').textContent.includes('<img src=x')}; }"""
    )
    assert found == {"imgs": 0, "text": True}


def test_dark_scheme(page: Page, extension: Extension, site: PageServer) -> None:
    """The panel follows prefers-color-scheme: dark background, light text."""
    page.emulate_media(color_scheme="dark")
    page.goto(f"{site.url}/seed.html")
    open_overlay(page, extension)
    colours = page.evaluate(
        """() => { const panel = document.querySelector('sourcelight-overlay')
                     .shadowRoot.querySelector('.panel');
                   const s = getComputedStyle(panel);
                   return {bg: s.backgroundColor, fg: s.color}; }"""
    )

    def luminance(css: str) -> float:
        r, g, b = (int(x) for x in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255

    assert luminance(colours["bg"]) < 0.3 < 0.7 < luminance(colours["fg"]), colours
    screenshot(page, "overlay-dark")
