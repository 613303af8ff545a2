"""Anchoring figures in real Chromium: how many of the answers' quotes the extension highlights
in the live page, whether any highlight lands on other text, and how long anchoring takes.

`python -m tests.browser.bench_anchoring --corpus ../shared/corpus [--out docs/BENCHMARKS.md]`

1. A real gunicorn, a loopback page server and Chromium with the unpacked extension, as in the
   tests (tests/browser/harness.py); every click is a real toolbar click through the DevTools
   protocol.
2. Every corpus page (pages/ and ggt-dev/) is opened and annotated; for each answer: quotes,
   quotes highlighted (`data-anchored`), quotes listed as not found, and every highlighted range
   checked against the quote texts (`checks.highlight_is_right`).
3. Speed: a generated 100 KB article with 100 quotes, annotated REPEAT times; the overlay's own
   `data-anchor-ms` (index of the page's text plus anchoring every quote) is reported.
4. The `anchoring` section of the output file is rewritten between its markers.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, sync_playwright

from server.evaluation import report
from tests.browser.checks import claim_texts, highlight_is_right, quote_texts
from tests.browser.harness import (
    CHROMIUM,
    HIGHLIGHT_TEXTS_JS,
    Backend,
    Extension,
    PageServer,
    launch,
    loopback_only,
    wait_for_worker,
    wait_state,
)

COMMAND = (
    "python -m tests.browser.bench_anchoring --corpus ../shared/corpus --out docs/BENCHMARKS.md"
)
REPEAT = 10
ORPHANS_JS = """() => [...document.querySelector('sourcelight-overlay').shadowRoot
  .querySelectorAll('.orphan[data-quote-id]')].map((li) => li.getAttribute('data-quote-id'))"""

FIRST = ["Maria", "James", "Amina", "Tomás", "Li", "Sofia", "David", "Priya", "Olga", "Kwame"]
LAST = ["Okafor", "Lindqvist", "Herrera", "Nakamura", "Dubois", "Kowalski", "Mensah", "Rossi"]
ROLES = [
    "a council member",
    "the company's chief executive",
    "a spokeswoman for the ministry",
    "an economist at the university",
    "the union's president",
    "a local shop owner",
]
WORDS = (
    "the",
    "city",
    "budget",
    "plan",
    "council",
    "river",
    "bridge",
    "water",
    "school",
    "vote",
    "project",
    "residents",
    "said",
    "would",
    "could",
    "year",
    "month",
    "week",
    "new",
    "old",
    "public",
    "private",
    "funding",
    "cost",
    "delay",
    "report",
    "data",
    "officials",
    "meeting",
    "agreement",
    "change",
    "policy",
    "question",
    "answer",
    "market",
    "prices",
    "rent",
)


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


def hundred_quote_page(quotes: int = 100, target_bytes: int = 100_000) -> bytes:
    """A plain article of about `target_bytes` with `quotes` attributed direct quotes, each quote
    unique, between paragraphs of filler prose (also in the page's chrome: nav and footer)."""
    rng = random.Random(7)
    paragraphs = []
    for i in range(quotes):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 3) % len(LAST)]}"
        said = f"{sentence(rng, 12)} number {i} of the {sentence(rng, 6).lower()}"
        paragraphs.append(
            f"<p>&ldquo;{said},&rdquo; said {name}, {ROLES[i % len(ROLES)]}. "
            f"{sentence(rng, 18)}.</p>"
        )
        paragraphs.append(f"<p>{sentence(rng, 25)}. {sentence(rng, 20)}.</p>")
    body = "\n".join(paragraphs)
    filler = []
    while len(body) + sum(map(len, filler)) < target_bytes - 2000:
        filler.append(f"<p>{sentence(rng, 30)}.</p>")
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>Council debates the river plan</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/city">City</a></nav>'
        "<article><h1>Council debates the river plan</h1>"
        f"{body}\n{''.join(filler)}</article><footer>Contact the newsroom</footer></body></html>"
    )
    return html.encode()


def annotate(page: Page, extension: Extension, url: str) -> dict[str, Any]:
    page.goto(url, wait_until="domcontentloaded")
    extension.click(page)
    state: dict[str, Any] = wait_state(page, ("ready", "error"))
    if state["state"] == "ready":
        state["orphans"] = page.evaluate(ORPHANS_JS)
        state["anchor_ms"] = float(
            page.evaluate(
                "() => document.querySelector('sourcelight-overlay').getAttribute('data-anchor-ms')"
            )
        )
        state["highlight_texts"] = page.evaluate(HIGHLIGHT_TEXTS_JS)
        state["answer"] = extension.last_answer(page.url)["body"]
    return state


def measure(
    context: BrowserContext,
    extension: Extension,
    site: PageServer,
    paths: list[str],
    backend: Backend,
) -> dict[str, Any]:
    totals = {
        "pages": 0,
        "ready": 0,
        "errors": {},
        "quotes": 0,
        "anchored": 0,
        "orphans": 0,
        "ranges": 0,
        "wrong": 0,
        "unlisted": 0,
        "attributions": 0,
        "reported": 0,
        "reported_ranges": 0,
        "reported_wrong": 0,
    }
    wrong_examples: list[str] = []
    anchor_ms: list[float] = []
    for path in paths:
        extension.configure(backend.url)
        page = context.new_page()
        page.route("**/*", loopback_only)
        try:
            state = annotate(page, extension, f"{site.url}/{path}")
        finally:
            page.close()
        totals["pages"] += 1
        if state["state"] != "ready":
            errors: dict[str, int] = totals["errors"]
            errors[state["error"]] = errors.get(state["error"], 0) + 1
            continue
        totals["ready"] += 1
        answer = state["answer"]
        allowed = quote_texts(answer)
        claims = claim_texts(answer)
        totals["attributions"] += sum(1 for a in answer["attributions"] if a["kind"] != "declined")
        totals["reported"] += state["reported"]
        totals["quotes"] += state["quotes"]
        totals["anchored"] += state["anchored"]
        totals["orphans"] += len(state["orphans"])
        totals["unlisted"] += state["quotes"] - state["anchored"] - len(state["orphans"])
        anchor_ms.append(state["anchor_ms"])
        for item in state["highlight_texts"]:
            if item["name"] == "sourcelight-reported":
                # reported speech: its claims, underlined (a claim not found is simply not shown)
                totals["reported_ranges"] += 1
                if not highlight_is_right(item["text"], claims):
                    totals["reported_wrong"] += 1
                    wrong_examples.append(f"{path} (reported): {item['text'][:80]!r}")
                continue
            totals["ranges"] += 1
            if not highlight_is_right(item["text"], allowed):
                totals["wrong"] += 1
                wrong_examples.append(f"{path}: {item['text'][:80]!r}")
    totals["wrong_examples"] = wrong_examples[:10]
    totals["anchor_ms_p50"] = statistics.median(anchor_ms) if anchor_ms else 0.0
    totals["anchor_ms_max"] = max(anchor_ms, default=0.0)
    return totals


def speed(
    context: BrowserContext, extension: Extension, site: PageServer, backend: Backend
) -> dict[str, Any]:
    runs = []
    quotes = anchored = 0
    for _ in range(REPEAT):
        extension.configure(backend.url)
        page = context.new_page()
        try:
            state = annotate(page, extension, f"{site.url}/hundred.html")
        finally:
            page.close()
        if state["state"] != "ready":
            raise RuntimeError(f"the 100-quote page did not annotate: {state}")
        runs.append(state["anchor_ms"])
        quotes, anchored = state["quotes"], state["anchored"]
    return {
        "bytes": len(hundred_quote_page()),
        "quotes": quotes,
        "anchored": anchored,
        "ms_p50": statistics.median(runs),
        "ms_max": max(runs),
        "runs": len(runs),
    }


def markdown(corpus: dict[str, Any], fast: dict[str, Any]) -> str:
    quotes = corpus["quotes"] or 1
    ranges = corpus["ranges"] or 1
    errors = ", ".join(f"{k}: {v}" for k, v in sorted(corpus["errors"].items())) or "none"
    lines = [
        "### Anchoring in the live page (real Chromium, the unpacked extension)",
        "",
        report.stamp(COMMAND),
        report.table(
            ["measure", "value"],
            [
                ["corpus pages opened", corpus["pages"]],
                ["answered (state `ready`)", corpus["ready"]],
                ["not answered (error codes)", errors],
                ["quotes in the answers", corpus["quotes"]],
                ["quotes highlighted in the page", corpus["anchored"]],
                ["share highlighted", f"{corpus['anchored'] / quotes:.2%}"],
                ["quotes listed as not found (orphans)", corpus["orphans"]],
                ["quotes neither highlighted nor listed", corpus["unlisted"]],
                ["highlighted ranges", corpus["ranges"]],
                ["ranges on other text", f"{corpus['wrong']} ({corpus['wrong'] / ranges:.2%})"],
                [
                    "reported claims underlined (of attributions with a claim)",
                    f"{corpus['reported']} of {corpus['attributions']}",
                ],
                [
                    "underlined ranges on other text",
                    f"{corpus['reported_wrong']} of {corpus['reported_ranges']}",
                ],
                [
                    "anchoring time per page, p50 / max (ms)",
                    f"{corpus['anchor_ms_p50']:.1f} / {corpus['anchor_ms_max']:.1f}",
                ],
            ],
        ),
        "",
        f"Speed on a generated {fast['bytes'] / 1000:.0f} KB article with {fast['quotes']} quotes "
        f"({fast['anchored']} highlighted), {fast['runs']} runs: index of the page's text plus "
        f"anchoring every quote took **{fast['ms_p50']:.1f} ms** at the median, "
        f"{fast['ms_max']:.1f} ms at most (target: under 100 ms).",
    ]
    if corpus["wrong_examples"]:
        lines += ["", "Ranges on other text:", ""]
        lines += [f"- `{example}`" for example in corpus["wrong_examples"]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.browser.bench_anchoring", description=__doc__
    )
    parser.add_argument("--corpus", default="../shared/corpus", help="the corpus root")
    parser.add_argument("--out", default="docs/BENCHMARKS.md", help="the Markdown file to update")
    parser.add_argument("--limit", type=int, help="only the first N corpus pages")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    folders = {name: corpus / name for name in ("pages", "ggt-dev") if (corpus / name).is_dir()}
    if not folders:
        print(f"bench_anchoring: no corpus at {corpus}; nothing measured.", file=sys.stderr)
        return 0
    if not Path(CHROMIUM).exists():
        print(f"bench_anchoring: Chromium not found at {CHROMIUM}.", file=sys.stderr)
        return 1
    paths = [
        f"{name}/{page.relative_to(folder)}"
        for name, folder in folders.items()
        for page in sorted(folder.rglob("*.html"))
    ][: args.limit]
    backend = Backend(env={"SOURCELIGHT_CACHE_SIZE": "0"}).start()
    profile = tempfile.mkdtemp(prefix="sourcelight-bench-")
    started = time.monotonic()
    try:
        with (
            PageServer({"/hundred.html": hundred_quote_page()}, folders) as site,
            sync_playwright() as playwright,
        ):
            context = launch(playwright, profile)
            try:
                assert context.browser is not None
                extension = Extension(
                    context, wait_for_worker(context), context.browser.new_browser_cdp_session()
                )
                extension.record_answers()
                fast = speed(context, extension, site, backend)
                figures = measure(context, extension, site, paths, backend)
            finally:
                context.close()
    finally:
        backend.stop()
        shutil.rmtree(profile, ignore_errors=True)
    figures["seconds"] = round(time.monotonic() - started, 1)
    if args.json:
        print(json.dumps({"corpus": figures, "speed": fast}, indent=2))
    text = markdown(figures, fast)
    report.write_section(Path(args.out), "anchoring", text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
