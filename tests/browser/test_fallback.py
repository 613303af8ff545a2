"""Where the CSS Custom Highlight API is missing, the overlay paints boxes in its shadow root.

The overlay's own scripts run in the page with `Highlight` removed, on a real answer from the real
backend; the toolbar path is covered by test_extension.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.harness import EXTENSION, FINGERPRINT_JS, Backend, PageServer

pytestmark = pytest.mark.browser

SCRIPTS = ("messages.js", "anchoring.js", "overlay-style.js", "overlay.js")


def test_boxes_without_the_highlight_api(page: Page, backend: Backend, site: PageServer) -> None:
    page.goto(f"{site.url}/seed.html")
    answer = backend.annotate(page.content(), url=page.url, title=page.title())
    before = page.evaluate(FINGERPRINT_JS)
    page.evaluate("() => { delete window.Highlight; }")
    for name in SCRIPTS:
        page.add_script_tag(path=str(EXTENSION / "src" / name))
    state = page.evaluate(
        """(answer) => {
          const overlay = new Sourcelight.Overlay({highlights: true});
          overlay.showAnswer(answer);
          window.__overlay = overlay;
          const host = document.querySelector('sourcelight-overlay');
          return {state: host.getAttribute('data-state'),
                  quotes: Number(host.getAttribute('data-quotes')),
                  anchored: Number(host.getAttribute('data-anchored')),
                  boxes: host.shadowRoot.querySelectorAll('.paint > div').length,
                  registered: [...CSS.highlights.keys()].length};
        }""",
        answer,
    )
    assert state["state"] == "ready"
    assert state["anchored"] == state["quotes"] == len(answer["quotes"]) >= 3
    assert state["boxes"] >= state["anchored"] and state["registered"] == 0
    # Boxes follow the text when the page scrolls, and go with the overlay.
    first = page.evaluate(
        "() => document.querySelector('sourcelight-overlay').shadowRoot"
        ".querySelector('.paint > div').getBoundingClientRect().top"
    )
    page.evaluate("() => window.scrollBy(0, 120)")
    page.wait_for_timeout(100)
    moved = page.evaluate(
        "() => document.querySelector('sourcelight-overlay').shadowRoot"
        ".querySelector('.paint > div').getBoundingClientRect().top"
    )
    assert moved != first
    page.evaluate("() => { window.__overlay.destroy(); window.scrollTo(0, 0); }")
    after = page.evaluate(FINGERPRINT_JS)
    assert after["highlights"] == before["highlights"] and after["sheets"] == before["sheets"]
    assert page.evaluate("() => document.querySelector('sourcelight-overlay')") is None
