"""Fixtures for the real-browser tests: one gunicorn, one page server, one Chromium per session."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

from tests.browser.harness import (
    CHROMIUM,
    Backend,
    Extension,
    PageServer,
    launch,
    loopback_only,
    seed_page,
    wait_for_worker,
)

HOSTILE = Path(__file__).parents[1] / "fixtures" / "hostile"

NO_ARTICLE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Menu</title></head><body>
<nav><a href="/a">Home</a> <a href="/b">World</a> <a href="/c">Sport</a></nav>
<footer>Contact</footer></body></html>"""


#: A short story with reported speech, a quote and a refusal ("declined to comment").
REFUSAL = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council delays the bridge vote</title></head><body><article>
<h1>Council delays the bridge vote</h1>
<p>The city council postponed its vote on the new bridge on Tuesday, the third delay this year.</p>
<p>Mayor Anna Berg said that the budget would be ready by March. "We are not giving up on this
bridge," Berg said.</p>
<p>The contractor, Northline Builders, declined to comment on the delay.</p>
<p>Tom Hale, the city engineer, told reporters that the old bridge can carry traffic for five more
years.</p>
<p>Residents have waited for a decision since 2019, and many of them cross the river twice a
day.</p>
</article></body></html>"""


def big_page(paragraphs: int) -> bytes:
    """A long but ordinary article (for the size limit)."""
    body = "".join(
        f'<p>Paragraph {i}: "This is a long day for everyone," said Jane Doe, a spokeswoman, in a '
        f"statement that went on for a while about the weather and the roads.</p>\n"
        for i in range(paragraphs)
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long story</title>'
        f"</head><body><article><h1>A long story</h1>{body}</article></body></html>"
    ).encode()


@pytest.fixture(scope="session")
def seed_html() -> bytes:
    path = seed_page()
    if path is None:
        pytest.skip("seed page not found (tests/fixtures/seed-article/source.html)")
    return path.read_bytes()


@pytest.fixture(scope="session")
def backend() -> Iterator[Backend]:
    server = Backend(env={"SOURCELIGHT_CACHE_SIZE": "64"}).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def site(seed_html: bytes, request: pytest.FixtureRequest) -> Iterator[PageServer]:
    from tests.conftest import CORPUS

    folders = {"corpus": CORPUS / "pages"} if (CORPUS / "pages").is_dir() else {}
    pages = {
        "/seed.html": seed_html,
        "/no-article.html": NO_ARTICLE,
        "/refusal.html": REFUSAL,
        "/big.html": big_page(1500),
        "/hostile/xss-article.html": (HOSTILE / "xss-article.html").read_bytes(),
    }
    with PageServer(pages, folders) as server:
        yield server


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM} (run .ci/ensure-system-packages)")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def context(playwright_instance: Playwright) -> Iterator[BrowserContext]:
    profile = tempfile.mkdtemp(prefix="sourcelight-profile-")
    ctx = launch(playwright_instance, profile)
    yield ctx
    ctx.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def extension(context: BrowserContext) -> Extension:
    worker = wait_for_worker(context)
    assert context.browser is not None
    cdp = context.browser.new_browser_cdp_session()
    ext = Extension(context=context, worker=worker, cdp=cdp)
    ext.record_answers()
    return ext


@pytest.fixture
def page(context: BrowserContext, extension: Extension, backend: Backend) -> Iterator[Page]:
    extension.configure(backend.url)
    extension.record_answers()
    tab = context.new_page()
    # Per page, not per context: a context route would also hold the service worker's POST.
    tab.route("**/*", loopback_only)
    tab.emulate_media(color_scheme="light")
    yield tab
    tab.close()


#: A backend that asks for a token, takes small pages only and has almost no time per page.
STRICT_TOKEN = "s3cret-token"
STRICT_MAX_BODY = 150_000


@pytest.fixture(scope="session")
def strict_backend() -> Iterator[Backend]:
    server = Backend(
        env={
            "SOURCELIGHT_TOKEN": STRICT_TOKEN,
            "SOURCELIGHT_MAX_BODY_BYTES": str(STRICT_MAX_BODY),
            "SOURCELIGHT_BUDGET_SECONDS": "0.001",
            "SOURCELIGHT_CACHE_SIZE": "0",
        }
    ).start()
    yield server
    server.stop()
