"""End to end in real Chromium: the unpacked extension, real toolbar clicks, the real backend."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import CDPSession, Page

from tests.browser.checks import (
    claim_texts,
    highlight_is_right,
    normalize,
    quote_texts,
    sample_pages,
)
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
                 .querySelectorAll('.orphan[data-quote-id]')]
                 .map((li) => li.getAttribute('data-quote-id'))"""
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
    """Escape closes the overlay, the page is as it was, and the keyboard is back where it was
    before the panel took it."""
    page.goto(f"{site.url}/seed.html")
    page.focus("#comment")
    before = page.evaluate(FINGERPRINT_JS)
    open_overlay(page, extension)
    assert page.evaluate("() => document.activeElement.localName") == "sourcelight-overlay"
    page.keyboard.press("Escape")
    page.wait_for_selector("sourcelight-overlay", state="detached", timeout=5000)
    assert page.evaluate("() => document.activeElement.id") == "comment"
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
    marks = page.locator("sourcelight-overlay .reader mark[data-quote-id]")
    ids = {marks.nth(i).get_attribute("data-quote-id") for i in range(marks.count())}
    assert ids == {q["id"] for q in answer["quotes"]}
    screenshot(page, "reader-view")
    marks.first.focus()
    card = page.evaluate(CARD_JS, None)
    assert card is not None and card["id"] == marks.first.get_attribute("data-quote-id")


# ---- the keyboard path to every passage: quotes and reported claims -----------------------------

#: What a reported claim's card calls each kind of attribution (refusals are never shown).
REPORTED_KIND = {
    "said": "Reported speech",
    "told": "Reported speech",
    "according_to": "\u201cAccording to\u201d",
    "reported": "Reported by an outlet",
    "cited": "Cited",
    "document": "From a document",
    "social_post": "From a social media post",
    "belief": "A belief or stance",
    "topic": "A remark on a topic",
}

# The element that has the keyboard inside the overlay (null once focus has left it).
FOCUSED_JS = """() => {
  const e = document.querySelector('sourcelight-overlay').shadowRoot.activeElement;
  if (!e) return null;
  return {tag: e.localName, cls: e.className, source: e.getAttribute('data-source-id'),
          quote: e.getAttribute('data-quote-id'), claim: e.getAttribute('data-attribution-id'),
          label: e.getAttribute('aria-label'), describedby: e.getAttribute('aria-describedby'),
          text: e.textContent, reader: Boolean(e.closest('.reader'))};
}"""

CARD_ROWS_JS = """() => {
  const card = document.querySelector('sourcelight-overlay').shadowRoot.querySelector('.card');
  if (card.hidden) return null;
  const rows = {};
  for (const dt of card.querySelectorAll('dt')) {
    rows[dt.textContent] = dt.nextElementSibling.textContent;
  }
  const kicker = card.querySelector('.kicker');
  return {role: card.getAttribute('role'), quote: card.getAttribute('data-quote-id'),
          claim: card.getAttribute('data-attribution-id'), kicker: kicker && kicker.textContent,
          speaker: card.querySelector('.speaker').textContent, rows, text: card.textContent};
}"""

STATUS_JS = """() => document.querySelector('sourcelight-overlay').shadowRoot
  .querySelector('.status').textContent"""

ACTIVE_TEXTS_JS = """() => CSS.highlights.has('sourcelight-active')
  ? [...CSS.highlights.get('sourcelight-active')].map((r) => r.toString()) : []"""

SHADOW_IDS_JS = """(selector) => [...document.querySelector('sourcelight-overlay').shadowRoot
  .querySelectorAll(selector)].map((e) => e.getAttribute('data-attribution-id'))"""


def shown_claims(answer: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The attributions the overlay shows, by id: every one but refusals."""
    return {a["id"]: a for a in answer["attributions"] if a["kind"] != "declined"}


def passage_start(answer: dict[str, Any], kind: str, item_id: str) -> int:
    """Where a quote or a claim opens in the article text."""
    if kind == "claim":
        return int(next(a for a in answer["attributions"] if a["id"] == item_id)["claim"]["start"])
    quote = next(q for q in answer["quotes"] if q["id"] == item_id)
    return int(min([quote["start"], *(s["start"] for s in quote.get("segments", []))]))


def claim_card_rows(answer: dict[str, Any], claim: dict[str, Any]) -> dict[str, str]:
    """The rows a claim's card must show, from the answer: role, cue, relay, kind."""
    sources = {s["id"]: s for s in answer["sources"]}
    source = sources[claim["source_id"]]
    want = {"Cue": f"\u201c{claim['cue']['text']}\u201d", "Kind": REPORTED_KIND[claim["kind"]]}
    if source["role"]:
        want["Role"] = source["role"]
    if source["via"]:
        want["Via"] = sources[source["via"]]["name"]
    return want


def check_claim_card(page: Page, answer: dict[str, Any], claim: dict[str, Any]) -> None:
    card = page.evaluate(CARD_ROWS_JS)
    assert card is not None, f"no card for {claim['id']}"
    assert (card["role"], card["claim"], card["quote"]) == ("tooltip", claim["id"], None)
    assert card["kicker"] == "Reported claim"
    assert card["text"].startswith(f"Reported claim{card['speaker']}")
    names = {s["id"]: s["name"] for s in answer["sources"]}
    assert card["speaker"] == names[claim["source_id"]]
    for label, value in claim_card_rows(answer, claim).items():
        assert card["rows"].get(label) == value, (label, card["rows"])


def press_tab(page: Page) -> dict[str, Any] | None:
    page.keyboard.press("Tab")
    focused: dict[str, Any] | None = page.evaluate(FOCUSED_JS)
    return focused


def tab_to(page: Page, wanted: Callable[[dict[str, Any]], bool], limit: int = 60) -> None:
    """Press Tab until the focused element is the wanted one."""
    for _ in range(limit):
        focused = press_tab(page)
        if focused and wanted(focused):
            return
    raise AssertionError("Tab never reached the element")


def accessible_description(cdp: CDPSession) -> str:
    """Chromium's own accessible description of the element focused in the overlay."""
    found = cdp.send(
        "Runtime.evaluate",
        {"expression": "document.querySelector('sourcelight-overlay').shadowRoot.activeElement"},
    )
    tree = cdp.send(
        "Accessibility.getPartialAXTree",
        {"objectId": found["result"]["objectId"], "fetchRelatives": False},
    )
    return str(tree["nodes"][0].get("description", {}).get("value", ""))


def test_keyboard_steps_through_reported_claims(
    page: Page, extension: Extension, site: PageServer
) -> None:
    """From the keyboard alone: the panel has focus when the overlay opens; Tab reaches each
    source's button, and Enter steps through its quotes and reported claims in reading order.
    Each claim is marked in the page, shown in its card (source, role, cue, relay, kind) and
    announced in the status line with its words. Every claim of the answer is reached, or listed
    as not found."""
    page.goto(f"{site.url}/seed.html")
    state = open_overlay(page, extension)
    answer = extension.last_answer(page.url)["body"]
    claims = shown_claims(answer)
    assert claims, "the seed page's answer has reported claims"
    focused = page.evaluate(FOCUSED_JS)
    assert focused and focused["cls"] == "panel", focused
    unfound = set(page.evaluate(SHADOW_IDS_JS, ".orphan[data-attribution-id]"))
    assert len(claims) - len(unfound) == state["reported"]
    names = {s["id"]: s["name"] for s in answer["sources"]}
    reached: list[str] = []
    while focused := press_tab(page):  # until the keyboard leaves the overlay
        if "source" not in focused["cls"].split():
            continue
        source_id = focused["source"]
        own_claims = [c for c in claims.values() if c["source_id"] == source_id]
        own_quotes = [q for q in answer["quotes"] if q["speaker"]["source_id"] == source_id]
        # The button says what it steps through.
        assert ("reported claim" in focused["label"]) == bool(own_claims), focused["label"]
        steps = len([c for c in own_claims if c["id"] not in unfound]) + len(own_quotes)
        seen: list[tuple[str, str]] = []
        for n in range(steps):
            page.keyboard.press("Enter")
            card = page.evaluate(CARD_ROWS_JS)
            assert card is not None
            if card["quote"]:
                seen.append(("quote", card["quote"]))
                assert card["kicker"] is None and card["text"].startswith(card["speaker"])
                continue
            claim = claims[card["claim"]]
            seen.append(("claim", claim["id"]))
            check_claim_card(page, answer, claim)
            # Announced (the status line is a live region): where, who, the words, the card.
            status = normalize(page.evaluate(STATUS_JS))
            assert f"Reported claim {n + 1} of {steps}: {names[claim['source_id']]}" in status
            assert normalize(claim["anchor"]["exact"])[:60] in status
            for value in claim_card_rows(answer, claim).values():
                assert normalize(value) in status, (value, status)
            # Marked in the page.
            active = page.evaluate(ACTIVE_TEXTS_JS)
            assert active and highlight_is_right(active[0], [normalize(claim["anchor"]["exact"])])
        # Each of the source's passages once, in reading order; the keyboard stays on the button.
        assert len(set(seen)) == len(seen) == steps
        starts = [passage_start(answer, kind, item) for kind, item in seen]
        assert starts == sorted(starts)
        assert page.evaluate(FOCUSED_JS)["source"] == source_id
        reached += [item for kind, item in seen if kind == "claim"]
    assert sorted(reached) == sorted(set(claims) - unfound)


def test_reader_view_shows_reported_claims(
    page: Page, extension: Extension, site: PageServer
) -> None:
    """The reader view shows the reported claims where they are in the text, told apart from
    the quotes (a dotted line, no fill, a card that says "Reported claim"). Tabbing through it
    meets every quote and every claim once, in reading order, each described by its card."""
    page.goto(f"{site.url}/seed.html")
    open_overlay(page, extension)
    answer = extension.last_answer(page.url)["body"]
    claims = shown_claims(answer)
    names = {s["id"]: s["name"] for s in answer["sources"]}
    tab_to(page, lambda f: f["cls"] == "tool")  # the Reader view button
    page.keyboard.press("Enter")
    assert page.evaluate(FOCUSED_JS)["cls"] == "reader"
    cdp = page.context.new_cdp_session(page)
    stops: list[tuple[str, str]] = []
    while (focused := press_tab(page)) and focused["reader"]:
        kind = "claim" if focused["claim"] else "quote"
        stops.append((kind, focused["claim"] or focused["quote"]))
        assert focused["tag"] == "mark" and focused["describedby"] == "sl-card"
        if kind == "quote":
            continue
        claim = claims[focused["claim"]]
        assert "reported" in focused["cls"].split()
        # The mark holds the whole claim, inner marks (a nested claim, a quote) included.
        assert normalize(focused["text"]) == normalize(claim["anchor"]["exact"])
        check_claim_card(page, answer, claim)
        # What a screen reader hears on focus: Chromium's accessible description of the mark.
        description = normalize(accessible_description(cdp))
        rows = claim_card_rows(answer, claim).values()
        for value in ["Reported claim", names[claim["source_id"]], *rows]:
            assert normalize(value) in description, (value, description)
    assert len(set(stops)) == len(stops), "a passage is one tab stop"
    assert {i for k, i in stops if k == "claim"} == set(claims)
    assert {i for k, i in stops if k == "quote"} == {q["id"] for q in answer["quotes"]}
    starts = [passage_start(answer, kind, item) for kind, item in stops]
    assert starts == sorted(starts), "reading order"
    looks = page.evaluate(
        """() => [...document.querySelector('sourcelight-overlay').shadowRoot
             .querySelectorAll('.reader mark[tabindex]')].map((m) => {
               const s = getComputedStyle(m);
               return {claim: m.hasAttribute('data-attribution-id'), fill: s.backgroundColor,
                       line: s.textDecorationStyle};
             })"""
    )
    for look in looks:
        if look["claim"]:
            assert (look["fill"], look["line"]) == ("rgba(0, 0, 0, 0)", "dotted"), look
        else:
            assert look["fill"] != "rgba(0, 0, 0, 0)" and look["line"] == "solid", look


def test_refusals_are_not_shown(page: Page, extension: Extension, site: PageServer) -> None:
    """A refusal ("declined to comment") has no claim: it is not underlined, not stepped
    through, not in the reader view and not counted; the story's other claims are."""
    page.goto(f"{site.url}/refusal.html")
    state = open_overlay(page, extension)
    answer = extension.last_answer(page.url)["body"]
    refusals = [a for a in answer["attributions"] if a["kind"] == "declined"]
    claims = shown_claims(answer)
    assert refusals and claims, "the page's answer has a refusal and a claim"
    assert state["reported"] == len(claims)
    underlined = [p["text"] for p in page.evaluate(RANGE_POINTS_JS, True)]
    for refusal in refusals:
        refused = [normalize(refusal["anchor"]["exact"])]
        assert not any(highlight_is_right(text, refused) for text in underlined)
    sources = page.locator("sourcelight-overlay .source")
    stepped: set[str] = set()
    for i in range(sources.count()):
        for _ in range(3):
            sources.nth(i).press("Enter")
            card = page.evaluate(CARD_ROWS_JS)
            if card and card["claim"]:
                stepped.add(card["claim"])
    assert stepped == set(claims)
    page.locator("sourcelight-overlay .tool").press("Enter")
    assert set(page.evaluate(SHADOW_IDS_JS, ".reader mark[data-attribution-id]")) == set(claims)


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
