"""Error states in plain words, the options page, and nothing sent before the reader clicks."""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page

from tests.browser.conftest import STRICT_MAX_BODY, STRICT_TOKEN
from tests.browser.harness import (
    FINGERPRINT_JS,
    Backend,
    Extension,
    PageServer,
    free_port,
    record_states,
    screenshot,
    wait_state,
)

pytestmark = pytest.mark.browser

ERROR_BOX_JS = """() => {
  const r = document.querySelector('sourcelight-overlay').shadowRoot;
  const box = r.querySelector('.error');
  return {role: box.getAttribute('role'), text: box.textContent,
          options: Boolean(box.querySelector('button.link'))};
}"""


def open_error(page: Page, extension: Extension) -> tuple[str, dict[str, object]]:
    before = page.evaluate(FINGERPRINT_JS)
    record_states(page)
    extension.click(page)
    state = wait_state(page, ("ready", "error"))
    assert state["state"] == "error", state
    assert page.evaluate("() => window.__slStates")[0] == "loading"
    box = page.evaluate(ERROR_BOX_JS)
    assert box["role"] == "alert"
    # A second click clears the error state as completely as an answer.
    extension.click(page)
    page.wait_for_selector("sourcelight-overlay", state="detached", timeout=10_000)
    assert page.evaluate(FINGERPRINT_JS)["html"] == before["html"]
    return str(state["error"]), box


def test_backend_unreachable(page: Page, extension: Extension, site: PageServer) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    extension.configure(dead)
    page.goto(f"{site.url}/seed.html")
    extension.click(page)
    wait_state(page, ("error",))
    screenshot(page, "error-unreachable")
    page.keyboard.press("Escape")
    page.wait_for_selector("sourcelight-overlay", state="detached", timeout=5000)
    code, box = open_error(page, extension)
    assert code == "unreachable"
    assert "cannot be reached" in str(box["text"]) and dead in str(box["text"])
    assert box["options"]


def test_no_article(page: Page, extension: Extension, site: PageServer) -> None:
    page.goto(f"{site.url}/no-article.html")
    code, box = open_error(page, extension)
    assert code == "no_article"
    assert "No article found on this page" in str(box["text"])


@pytest.mark.parametrize(
    ("token", "path", "code", "words"),
    [
        ("wrong", "/seed.html", "unauthorized", "refused the token"),
        (STRICT_TOKEN, "/big.html", "payload_too_large", "too large"),
        (STRICT_TOKEN, "/seed.html", "timeout", "took too long"),
    ],
    ids=["401", "413", "504"],
)
def test_backend_refusals(
    page: Page,
    extension: Extension,
    site: PageServer,
    strict_backend: Backend,
    token: str,
    path: str,
    code: str,
    words: str,
) -> None:
    extension.configure(strict_backend.url, token=token)
    page.goto(f"{site.url}{path}")
    got, box = open_error(page, extension)
    assert got == code
    assert words in str(box["text"])
    if code == "payload_too_large":
        sent = extension.answers()[-1]["sent_bytes"]
        assert sent > STRICT_MAX_BODY


def test_nothing_sent_before_the_click(page: Page, extension: Extension, site: PageServer) -> None:
    before = len(extension.answers())
    page.goto(f"{site.url}/seed.html")
    page.wait_for_timeout(500)
    assert len(extension.answers()) == before
    assert page.evaluate("() => document.querySelector('sourcelight-overlay')") is None
    assert page.evaluate("() => [...CSS.highlights.keys()].length") == 0


def test_options_page(context: BrowserContext, extension: Extension, backend: Backend) -> None:
    options = context.new_page()
    try:
        options.goto(f"chrome-extension://{extension.id}/options/options.html")
        options.fill("#backendUrl", backend.url + "/")
        options.fill("#token", "")
        options.click("#test")
        options.wait_for_selector("#status.ok", timeout=10_000)
        assert f"Connected to {backend.url}" in options.text_content("#status")
        options.click("#save")
        options.wait_for_selector("#status.ok", timeout=10_000)
        saved = extension.worker.evaluate("() => chrome.storage.sync.get('backendUrl')")
        assert saved["backendUrl"] == backend.url  # stored without the trailing slash
        options.fill("#backendUrl", f"http://127.0.0.1:{free_port()}")
        options.click("#test")
        options.wait_for_selector("#status.bad", timeout=10_000)
        assert "nothing answered at this address" in options.text_content("#status")
        options.fill("#backendUrl", "not an address")
        options.click("#save")
        options.wait_for_selector("#status.bad", timeout=10_000)
        assert "full URL" in options.text_content("#status")
    finally:
        options.close()
