"""extension/src/anchoring.js in real Chromium: a table of pages and selectors, and what each
must anchor to (or that it must stay an orphan, never a wrong highlight)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page

from tests.browser.harness import EXTENSION, PageServer

pytestmark = pytest.mark.browser

LOCATE_JS = """([selector]) => {
  const a = Sourcelight.anchoring;
  const index = a.buildIndex(document.body);
  const found = a.locate(index, selector);
  if (!found.match) return {text: null, reason: found.reason};
  const range = a.toRange(index, found.match.start, found.match.end);
  const node = range.startContainer.parentElement;
  return {text: range.toString(), method: found.match.method,
          where: node && node.closest('p[id]') ? node.closest('p[id]').id : null};
}"""

#: Where the two cases with the same quote twice must land (the id of the paragraph).
WHERE = {"prefix picks the second": "b", "suffix picks the first": "a"}

TWICE = "<p id='a'>Before. “We will win,” he said.</p><p id='b'>Later: “We will win,” she said.</p>"

CASES: list[tuple[str, str, dict[str, str], str | None, str]] = [
    (
        "exact",
        "<p>He said “Tax cuts now” on Friday.</p>",
        {"exact": "Tax cuts now"},
        "Tax cuts now",
        "exact",
    ),
    (
        "whitespace and inline markup",
        "<p>“We   will\n<b>never</b>  give up,” she said.</p>",
        {"exact": "We will never give up"},
        "We   will\nnever  give up",
        "exact",
    ),
    (
        "curly and straight marks",
        "<p>She called it “a ‘disgrace’” – twice.</p>",
        {"exact": "\"a 'disgrace'\" - twice"},
        "“a ‘disgrace’” – twice",
        "exact",
    ),
    (
        "soft hyphen and nbsp",
        "<p>An extra\u00adordinary\u00a0result, he said.</p>",
        {"exact": "An extraordinary result"},
        "An extra\u00adordinary\u00a0result",
        "exact",
    ),
    (
        "across paragraphs",
        "<p>“First part of it.</p><p>Second part,” he said.</p>",
        {"exact": "First part of it. Second part"},
        "First part of it.Second part",
        "exact",
    ),
    (
        "prefix picks the second",
        TWICE,
        {"exact": "“We will win,”", "prefix": "Later: ", "suffix": " she said."},
        "“We will win,”",
        "context",
    ),
    (
        "suffix picks the first",
        TWICE,
        {"exact": "“We will win,”", "prefix": "", "suffix": " he said."},
        "“We will win,”",
        "context",
    ),
    ("no context: ambiguous, orphan", TWICE, {"exact": "We will win"}, None, "ambiguous"),
    (
        "approximate: one word changed",
        "<p>“The budget will be balanced by the end of the next fiscal year,” he said.</p>",
        {"exact": "The budget will be balanced by the end of this fiscal year"},
        "The budget will be balanced by the end of the next fiscal year",
        "approximate",
    ),
    (
        "too different: orphan",
        "<p>“The budget will be balanced by the end of the next fiscal year,” he said.</p>",
        {"exact": "Our spending plans will be cut in half within two years"},
        None,
        "not_found",
    ),
    (
        "scripts and the overlay are not text",
        "<script>var q = 'Hidden words here';</script><p>Visible words here.</p>",
        {"exact": "Hidden words here"},
        None,
        "not_found",
    ),
]


@pytest.mark.parametrize(
    ("html", "selector", "expected", "how"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_locate(
    request: pytest.FixtureRequest,
    page: Page,
    site: PageServer,
    html: str,
    selector: dict[str, str],
    expected: str | None,
    how: str,
) -> None:
    page.goto(f"{site.url}/no-article.html")
    page.evaluate("(html) => { document.body.innerHTML = html; }", html)
    page.add_script_tag(path=str(EXTENSION / "src" / "anchoring.js"))
    found: dict[str, Any] = page.evaluate(LOCATE_JS, [selector])
    assert found["text"] == expected
    assert (found.get("method") if expected is not None else found["reason"]) == how
    case = request.node.callspec.id
    if case in WHERE:
        assert found["where"] == WHERE[case]
