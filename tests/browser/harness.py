"""Real parts for the browser tests: gunicorn on loopback, a loopback page server, Chromium with the
unpacked extension, and a real toolbar click through the DevTools protocol."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from playwright.sync_api import BrowserContext, CDPSession, Page, Playwright, Route, Worker

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
CHROMIUM = os.environ.get("SOURCELIGHT_CHROMIUM", "/usr/bin/chromium")
SEED_PATHS = (
    ROOT / "tests" / "fixtures" / "seed-article" / "source.html",
    ROOT.parent / "shared" / "fixtures" / "seed-article.html",
)
STATE = "sourcelight-overlay"
READY_TIMEOUT_MS = 45_000


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def seed_page() -> Path | None:
    return next((p for p in SEED_PATHS if p.is_file()), None)


# ---- the backend -------------------------------------------------------------------------------


@dataclass
class Backend:
    """`gunicorn "server:create_app()"` on 127.0.0.1, started and stopped by the tests."""

    env: Mapping[str, str] = field(default_factory=dict)
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> Backend:
        self.port = free_port()
        env = {**os.environ, "WEB_CONCURRENCY": "2", "SOURCELIGHT_LOG_LEVEL": "warning", **self.env}
        env["PORT"] = str(self.port)
        env["SOURCELIGHT_HOST"] = "127.0.0.1"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "server/gunicorn_conf.py",
                "server:create_app()",
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                stream = self.process.stderr
                err = stream.read().decode(errors="replace") if stream else ""
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}: {err[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=1) as r:
                    if r.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not answer /healthz in time")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        if self.process.stderr:
            self.process.stderr.close()
        self.process = None

    def annotate(self, html: str, url: str | None = None, title: str | None = None) -> Any:
        body = json.dumps({"html": html, "url": url, "title": title}).encode()
        request = urllib.request.Request(
            f"{self.url}/v1/annotate", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as r:
            return json.load(r)


# ---- the pages ---------------------------------------------------------------------------------


class PageServer:
    """Serves fixed pages and folders on 127.0.0.1: `/<name>` from `pages`, `/<mount>/<path>`
    from `folders`. Bytes go out as stored, so each page's own charset declaration applies."""

    def __init__(self, pages: Mapping[str, bytes], folders: Mapping[str, Path]) -> None:
        self.pages = dict(pages)
        self.folders = dict(folders)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = unquote(urlsplit(self.path).path)
                data = outer.lookup(path)
                if data is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                html = path.endswith((".html", "/")) or "." not in path
                kind = "text/html" if html else "text/plain"
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                if outer.mounted(path):
                    # Saved pages keep their scripts, which would keep changing the DOM (timers,
                    # font observers) under the before/after comparison; the page's CSP stops
                    # them while the extension's isolated world runs as it would anywhere.
                    self.send_header("Content-Security-Policy", "script-src 'none'")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def lookup(self, path: str) -> bytes | None:
        if path in self.pages:
            return self.pages[path]
        for mount, folder in self.folders.items():
            if path.startswith(f"/{mount}/"):
                target = (folder / path[len(mount) + 2 :]).resolve()
                if target.is_relative_to(folder.resolve()) and target.is_file():
                    return target.read_bytes()
        return None

    def mounted(self, path: str) -> bool:
        return any(path.startswith(f"/{mount}/") for mount in self.folders)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> PageServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


# ---- the browser -------------------------------------------------------------------------------


def chromium_args(extension: Path) -> list[str]:
    return [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--no-first-run",
        "--enable-unsafe-extension-debugging",
        # Belt and braces with the route below: no name resolves except loopback.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
        f"--disable-extensions-except={extension}",
        f"--load-extension={extension}",
    ]


def launch(playwright: Playwright, profile: str) -> BrowserContext:
    """Debian's Chromium, headless, with the unpacked extension in a fresh profile."""
    return playwright.chromium.launch_persistent_context(
        profile,
        executable_path=CHROMIUM,
        headless=True,
        args=chromium_args(EXTENSION),
        viewport={"width": 1280, "height": 860},
        device_scale_factor=1,
    )


def loopback_only(route: Route) -> None:
    """Pages under test must not reach beyond loopback: anything else is aborted."""
    host = urlsplit(route.request.url).hostname or ""
    scheme = urlsplit(route.request.url).scheme
    if scheme in ("data", "blob", "chrome-extension") or host in ("127.0.0.1", "localhost"):
        route.continue_()
    else:
        route.abort("blockedbyclient")


@dataclass
class Extension:
    context: BrowserContext
    worker: Worker
    cdp: CDPSession

    @property
    def id(self) -> str:
        return urlsplit(self.worker.url).hostname or ""

    def configure(self, backend_url: str, token: str = "", highlights: bool = True) -> None:
        self.worker.evaluate(
            "(v) => chrome.storage.sync.set(v)",
            {"backendUrl": backend_url, "token": token, "highlights": highlights},
        )

    def record_answers(self) -> None:
        """Keep a copy of each /v1/annotate answer in the service worker, for the checks. The real
        fetch still goes to the real backend; this only reads the response."""
        self.worker.evaluate(
            """() => {
              if (self.__sourcelightAnswers) return;
              self.__sourcelightAnswers = [];
              const real = self.fetch.bind(self);
              self.fetch = async (input, init) => {
                const response = await real(input, init);
                if (String(input).includes('/v1/annotate')) {
                  const copy = response.clone();
                  const sent = init && init.body ? JSON.parse(init.body) : null;
                  const body = await copy.json().catch(() => null);
                  self.__sourcelightAnswers.push({
                    status: response.status, sent_url: sent && sent.url,
                    sent_bytes: init && init.body ? init.body.length : 0,
                    sent_html: sent && sent.html, body});
                  if (self.__sourcelightAnswers.length > 20) self.__sourcelightAnswers.shift();
                }
                return response;
              };
            }"""
        )

    def answers(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.worker.evaluate("() => self.__sourcelightAnswers || []")
        return result

    def last_answer(self, page_url: str) -> dict[str, Any]:
        for item in reversed(self.answers()):
            if item["sent_url"] == page_url:
                return item
        raise AssertionError(f"no answer recorded for {page_url}")

    def click(self, page: Page) -> None:
        """A real toolbar click on the tab showing `page` (activeTab granted as for a user)."""
        # The default filter hides targets of type "tab", hence the explicit one.
        # Tab targets carry no link to their page target: bring the page to the front and take
        # the active tab showing its address (a tab just closed may still be listed).
        page.bring_to_front()
        found = self.cdp.send("Target.getTargets", {"filter": [{"type": "tab"}]})
        tabs = [
            t
            for t in found["targetInfos"]
            if t["url"] == page.url and t.get("embedderData", {}).get("tabActive")
        ]
        if len(tabs) != 1:
            raise AssertionError(f"expected one active tab for {page.url}, found {len(tabs)}")
        tab = tabs[0]
        self.cdp.send("Extensions.triggerAction", {"id": self.id, "targetId": tab["targetId"]})


def wait_for_worker(context: BrowserContext) -> Worker:
    for worker in context.service_workers:
        if worker.url.startswith("chrome-extension://"):
            return worker
    return context.wait_for_event(
        "serviceworker", predicate=lambda w: w.url.startswith("chrome-extension://"), timeout=20_000
    )


# ---- checks from outside the extension ---------------------------------------------------------

PAGE_STATE_JS = """() => {
  const host = document.querySelector('sourcelight-overlay');
  const names = (typeof CSS !== 'undefined' && CSS.highlights)
    ? [...CSS.highlights.keys()].filter((n) => n.startsWith('sourcelight')) : [];
  return {
    present: Boolean(host),
    state: host && host.getAttribute('data-state'),
    quotes: host && Number(host.getAttribute('data-quotes')),
    anchored: host && Number(host.getAttribute('data-anchored')),
    reported: host && Number(host.getAttribute('data-reported')),
    error: host && host.getAttribute('data-error'),
    highlights: names,
    sheets: document.adoptedStyleSheets.length,
  };
}"""

# Every range in Sourcelight's highlights, with its text, read from the page's own world.
HIGHLIGHT_TEXTS_JS = """() => {
  const out = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('sourcelight') || name.endsWith('-active')) continue;
    for (const r of h) out.push({name, text: r.toString()});
  }
  return out;
}"""

FINGERPRINT_JS = """() => ({
  html: document.documentElement.outerHTML,
  sheets: document.adoptedStyleSheets.length,
  highlights: CSS.highlights ? CSS.highlights.size : 0,
  scroll: [window.scrollX, window.scrollY],
})"""


def wait_state(
    page: Page, states: tuple[str, ...], timeout: int = READY_TIMEOUT_MS
) -> dict[str, Any]:
    selector = ", ".join(f'{STATE}[data-state="{s}"]' for s in states)
    page.wait_for_selector(selector, state="attached", timeout=timeout)
    state: dict[str, Any] = page.evaluate(PAGE_STATE_JS)
    return state


def record_states(page: Page) -> None:
    """Note every data-state the overlay host takes, from the page's world."""
    page.evaluate(
        """() => {
          window.__slStates = [];
          const seen = (host) => window.__slStates.push(host.getAttribute('data-state'));
          new MutationObserver((records) => {
            for (const r of records) {
              const tag = 'sourcelight-overlay';
              if (r.type === 'attributes' && r.target.localName === tag) seen(r.target);
              for (const n of r.addedNodes || []) if (n.localName === tag) seen(n);
            }
          }).observe(document.documentElement, {subtree: true, childList: true, attributes: true,
                                                attributeFilter: ['data-state']});
        }"""
    )


NormalizeFn = Callable[[str], str]


SCREENSHOTS = ROOT / "docs" / "screenshots"


def screenshot(page: Page, name: str) -> Path:
    """The README's pictures, taken by the suite in the real browser."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    # caret="initial": hiding the caret would leave style="" on form fields in the page.
    page.screenshot(path=str(path), caret="initial")
    return path
