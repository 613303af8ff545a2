"""Hostile pages: markup in the page's text stays text everywhere the overlay shows it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.harness import (
    Extension,
    PageServer,
    record_states,
    wait_state,
)

pytestmark = pytest.mark.browser

SHADOW_JS = """() => {
  const r = document.querySelector('sourcelight-overlay').shadowRoot;
  const all = [...r.querySelectorAll('*')];
  return {
    active: all.filter((e) => ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'a']
      .includes(e.localName)).map((e) => e.localName),
    handlers: all.flatMap((e) => [...e.attributes].map((a) => a.name))
      .filter((n) => n.startsWith('on')),
    text: r.textContent,
  };
}"""


def test_xss_corpus_executes_nothing(page: Page, extension: Extension, site: PageServer) -> None:
    page.goto(f"{site.url}/hostile/xss-article.html")
    assert page.evaluate("() => window.__xss") is None  # the page alone runs none of it
    record_states(page)
    extension.click(page)
    state = wait_state(page, ("ready", "error"))
    assert state["state"] == "ready", state
    answer = extension.last_answer(page.url)["body"]
    assert len(answer["quotes"]) >= 4
    # Every card, then the reader view and every mark in it: nothing runs, nothing is parsed.
    sources = page.locator("sourcelight-overlay .source")
    for i in range(sources.count()):
        sources.nth(i).click()  # steps to the source's quote and shows its card
    page.locator("sourcelight-overlay .tool").click()
    marks = page.locator("sourcelight-overlay .reader mark")
    for i in range(marks.count()):
        marks.nth(i).focus()
    page.wait_for_timeout(300)
    shadow = page.evaluate(SHADOW_JS)
    assert shadow["active"] == [] and shadow["handlers"] == []
    assert "<img src=x onerror=" in shadow["text"]
    assert "<script>window.__xss='quote-script'</script>" in shadow["text"]
    assert page.evaluate("() => window.__xss") is None
    extension.click(page)
    page.wait_for_selector("sourcelight-overlay", state="detached", timeout=10_000)
    assert page.evaluate("() => window.__xss") is None
