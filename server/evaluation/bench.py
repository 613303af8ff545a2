"""Extraction quality and latency on the corpus pages, in one run; writes docs/BENCHMARKS.md.

`python -m server.evaluation.bench --corpus ../shared/corpus [--out docs/BENCHMARKS.md]`

1. Warm-up, untimed: trafilatura, our `annotate` and the HTTP server see every page once (the HTTP
   ones under another url, so the server's cache never answers a timed request), the other
   systems the first pages. trafilatura loads some resources lazily the first time a page reaches
   a code path (seen: 1.7 s once, 13 ms after), which is a start-up cost, not a page's.
2. For each page of corpus/pages/INDEX.tsv, each system runs once, one after the other, so machine
   noise falls on all alike: lxml parsing alone, trafilatura alone (XML, the options of
   s1_extraction), readability-lxml alone, newspaper4k alone (from the given HTML, never the
   network), our `annotate` in-process (extract, analyze, total), and `POST /v1/annotate` to a real
   gunicorn with one worker on 127.0.0.1 started by the bench (serving included).
3. On pages with full ground truth (`has_ground_truth` = yes), word-level F1 against
   `<name>.expected.txt` of our `Article.body_text` and of bare trafilatura (plain text), plus
   readability and newspaper4k from the runs above.
4. Repeated page: the same page POSTed twice; the second answer comes from the in-process cache.
5. The `extraction` and `latency` sections of the output file are rewritten between their markers.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from server.evaluation import report
from server.evaluation.pages import PageRow, read_index, read_page
from server.evaluation.text import word_f1

ROOT = Path(__file__).resolve().parents[2]
COMMAND = "python -m server.evaluation.bench --corpus ../shared/corpus --out docs/BENCHMARKS.md"
#: Pages the libraries that do not underlie ours (lxml, readability, newspaper4k) warm up on.
WARMUP_PAGES = 5
REPEAT_PAGES = 20
EQUAL_WITHIN = 0.005
SHUTDOWN_SECONDS = 10


def trafilatura_xml(html: str, url: str | None) -> str | None:
    """trafilatura alone, with the options `s1_extraction.extract` uses."""
    import trafilatura

    result: str | None = trafilatura.extract(
        html,
        url=url,
        output_format="xml",
        include_formatting=True,
        include_links=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        with_metadata=True,
        deduplicate=False,
    )
    return result


def lxml_parse(html: str, url: str | None) -> object:
    import lxml.html

    return lxml.html.fromstring(html)


def readability_text(html: str, url: str | None) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html, url=url).summary(html_partial=True)
    return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""


def newspaper_text(html: str, url: str | None) -> str:
    """newspaper4k from the given HTML: no download, no images, no read-more or refresh links."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import newspaper

        config = newspaper.Config()
        config.fetch_images = False
        config.follow_meta_refresh = False
        article = newspaper.Article(url or "http://localhost/", config=config)
        article.download(input_html=html, ignore_read_more=True)
        article.parse()  # its date parser warns about unknown time zones on some pages
        return str(article.text)


@dataclass(slots=True)
class Timings:
    """Milliseconds per page, by system."""

    ms: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, system: str, value: float) -> None:
        self.ms[system].append(value)


def timed(function: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, float, str | None]:
    """The result, the milliseconds it took, and the error's type name when it raised."""
    started = time.perf_counter()
    try:
        result, error = function(*args, **kwargs), None
    except Exception as exc:  # a library failing on a page is counted, not fatal
        result, error = None, type(exc).__name__
    return result, (time.perf_counter() - started) * 1000, error


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def gunicorn_server() -> Iterator[str]:
    """A real gunicorn with one worker on a free loopback port; yields its base url."""
    port = _free_port()
    env = {**os.environ, "WEB_CONCURRENCY": "1", "SOURCELIGHT_LOG_LEVEL": "warning"}
    argv = [
        sys.executable, "-m", "gunicorn", "-c", str(ROOT / "server" / "gunicorn_conf.py"),
        "--bind", f"127.0.0.1:{port}", "--workers", "1", "server:create_app()",
    ]  # fmt: skip
    # Its own process group, so the arbiter, its worker and the worker's runner child go together.
    process = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/readyz", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not become ready") from None
                time.sleep(0.2)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=SHUTDOWN_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def post(base: str, html: str, url: str | None) -> dict[str, Any]:
    body = json.dumps({"html": html, "url": url}).encode("utf-8")
    request = urllib.request.Request(
        f"{base}/v1/annotate", data=body, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            answer: dict[str, Any] = json.loads(response.read())
            return answer
    except urllib.error.HTTPError as exc:
        exc.read()
        return {"error": exc.code}


@dataclass(slots=True)
class PageResult:
    row: PageRow
    f1: dict[str, float] = field(default_factory=dict)


def run(folder: Path, limit: int | None = None) -> dict[str, Any]:
    """Every figure of the bench, as a mapping."""
    from server.pipeline import annotate, s1_extraction

    rows = read_index(folder)[:limit]
    htmls = {row.name: read_page(row.path) for row in rows}
    timings = Timings()
    results: list[PageResult] = []
    simple: dict[str, Callable[[str, str | None], object]] = {
        "lxml parse": lxml_parse,
        "trafilatura (XML)": trafilatura_xml,
        "readability-lxml": readability_text,
        "newspaper4k": newspaper_text,
    }
    repeat: list[float] = []
    with gunicorn_server() as base:
        # 1.
        for index, row in enumerate(rows):
            html = htmls[row.name]
            for name, function in simple.items():
                if index < WARMUP_PAGES or name == "trafilatura (XML)":
                    timed(function, html, row.url)
            timed(annotate, html, url=row.url)
            post(base, html, f"{row.url or 'http://localhost/'}#warmup")
        # 2.
        for row in rows:
            html = htmls[row.name]
            texts: dict[str, str] = {}
            for system, function in simple.items():
                result, ms, error = timed(function, html, row.url)
                timings.add(system, ms)
                if error:
                    timings.errors[system] += 1
                elif isinstance(result, str):
                    texts[system] = result
            annotation, ms, error = timed(annotate, html, url=row.url)
            if error:
                timings.errors["ours"] += 1
            else:
                timings.add("ours: extract", annotation.timing.extract_ms)
                timings.add("ours: analyze", annotation.timing.analyze_ms)
                timings.add("ours: total", annotation.timing.total_ms)
                texts["ours"] = annotation.article.body_text
            answer, ms, error = timed(post, base, html, row.url)
            timings.add("ours over HTTP (gunicorn, 1 worker)", ms)
            if error or "error" in (answer or {}):
                timings.errors["ours over HTTP (gunicorn, 1 worker)"] += 1
            # 3.
            if row.has_ground_truth == "yes" and row.expected_text.is_file():
                expected = row.expected_text.read_text("utf-8", errors="replace")
                texts["trafilatura (bare)"] = s1_extraction.bare_trafilatura_text(html, row.url)
                page = PageResult(row)
                for system in ("ours", "trafilatura (bare)", "readability-lxml", "newspaper4k"):
                    page.f1[system] = word_f1(texts.get(system, ""), expected)
                results.append(page)
        # 4.
        for row in rows[:REPEAT_PAGES]:
            url = f"{row.url or 'http://localhost/'}#repeat"
            post(base, htmls[row.name], url)
            _, ms, _ = timed(post, base, htmls[row.name], url)
            repeat.append(ms)
    return summarise(rows, timings, results, repeat)


def summarise(
    rows: Sequence[PageRow],
    timings: Timings,
    results: Sequence[PageResult],
    repeat: Sequence[float],
) -> dict[str, Any]:
    latency = {
        system: {
            "p50": round(percentile(values, 50), 2),
            "p95": round(percentile(values, 95), 2),
            "max": round(max(values), 2),
            "pages": len(values),
            "errors": timings.errors.get(system, 0),
        }
        for system, values in timings.ms.items()
        if values
    }
    systems = ("ours", "trafilatura (bare)", "readability-lxml", "newspaper4k")
    extraction: dict[str, Any] = {"pages": len(results), "systems": {}}
    for system in systems:
        scores = [r.f1[system] for r in results]
        by_source: dict[str, list[float]] = defaultdict(list)
        for r in results:
            by_source[r.row.source].append(r.f1[system])
        extraction["systems"][system] = {
            "mean": round(statistics.fmean(scores), 4) if scores else 0.0,
            "median": round(statistics.median(scores), 4) if scores else 0.0,
            "by_source": {s: round(statistics.fmean(v), 4) for s, v in sorted(by_source.items())},
        }
    diffs = [r.f1["ours"] - r.f1["trafilatura (bare)"] for r in results]
    extraction["ours_vs_trafilatura"] = {
        "better": sum(d > EQUAL_WITHIN for d in diffs),
        "worse": sum(d < -EQUAL_WITHIN for d in diffs),
        "equal": sum(abs(d) <= EQUAL_WITHIN for d in diffs),
        "worst_pages": [
            {"page": f"{r.row.source}/{r.row.name}", "ours": round(r.f1["ours"], 3),
             "trafilatura": round(r.f1["trafilatura (bare)"], 3)}
            for r in sorted(results, key=lambda r: r.f1["ours"] - r.f1["trafilatura (bare)"])[:5]
        ],
    }  # fmt: skip
    traf = timings.ms.get("trafilatura (XML)", [])
    ours = timings.ms.get("ours: total", [])
    analysis = timings.ms.get("ours: analyze", [])
    comparisons = {
        "median_analyze_ms": round(statistics.median(analysis), 2) if analysis else None,
        "median_trafilatura_ms": round(statistics.median(traf), 2) if traf else None,
        "analyze_within_trafilatura": bool(
            analysis and traf and statistics.median(analysis) <= statistics.median(traf)
        ),
        "p50_ratio_ours_vs_trafilatura": (
            round(percentile(ours, 50) / percentile(traf, 50), 2) if ours and traf else None
        ),
        "p95_ratio_ours_vs_trafilatura": (
            round(percentile(ours, 95) / percentile(traf, 95), 2) if ours and traf else None
        ),
    }
    return {
        "pages": len(rows),
        "extraction": extraction,
        "latency": latency,
        "comparisons": comparisons,
        "repeated_page_ms": {
            "p50": round(percentile(repeat, 50), 2),
            "max": round(max(repeat), 2) if repeat else 0.0,
            "pages": len(repeat),
        },
    }


def extraction_markdown(figures: dict[str, Any]) -> str:
    ex = figures["extraction"]
    systems = ex["systems"]
    sources = sorted({s for v in systems.values() for s in v["by_source"]})
    rows = [[name, v["mean"], v["median"]] for name, v in systems.items()]
    per_source = [[s, *(systems[n]["by_source"].get(s, "") for n in systems)] for s in sources]
    vs = ex["ours_vs_trafilatura"]
    return (
        "## Extraction\n\n"
        + report.stamp(COMMAND)
        + f"\nWord-level F1 (bag of lowercase word tokens) against `<name>.expected.txt` on the "
        f"{ex['pages']} pages of corpus/pages with full ground truth. Ours is `Article.body_text` "
        "(the article without its headline); trafilatura (bare) is plain-text trafilatura.\n\n"
        + report.table(["system", "mean F1", "median F1"], rows)
        + "\nMean F1 per source:\n\n"
        + report.table(["source", *systems], per_source)
        + f"\nOurs against bare trafilatura, page by page (equal within {EQUAL_WITHIN}): "
        f"better on {vs['better']}, worse on {vs['worse']}, equal on {vs['equal']}. Largest "
        "losses: "
        + ", ".join(
            f"{w['page']} ({w['ours']:.3f} against {w['trafilatura']:.3f})"
            for w in vs["worst_pages"]
            if w["ours"] < w["trafilatura"] - EQUAL_WITHIN
        )
        + ".\n"
    )


def latency_markdown(figures: dict[str, Any]) -> str:
    lat = figures["latency"]
    rows = [
        [name, v["p50"], v["p95"], v["max"], v["pages"], v["errors"]] for name, v in lat.items()
    ]
    c = figures["comparisons"]
    rep = figures["repeated_page_ms"]
    verdict = "within" if c["analyze_within_trafilatura"] else "above"
    return (
        "## Latency\n\n"
        + report.stamp(COMMAND)
        + f"\nMilliseconds per page over the {figures['pages']} pages of corpus/pages, systems "
        "interleaved page by page after an untimed warm-up pass. HTTP is `POST /v1/annotate` to "
        "a gunicorn with one worker on 127.0.0.1 (JSON encoding, the isolated runner and the "
        "loopback included).\n\n"
        + report.table(["system", "p50", "p95", "max", "pages", "errors"], rows)
        + f"\nMedian analysis (stages 2-6) {c['median_analyze_ms']} ms against median trafilatura "
        f"extraction {c['median_trafilatura_ms']} ms: {verdict} the trafilatura time. Ours in "
        f"total against trafilatura alone: p50 x{c['p50_ratio_ours_vs_trafilatura']}, "
        f"p95 x{c['p95_ratio_ours_vs_trafilatura']}.\n\n"
        f"Repeated page (same page POSTed twice, the second answered by the in-process cache): "
        f"p50 {rep['p50']} ms, max {rep['max']} ms over {rep['pages']} pages.\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m server.evaluation.bench", description=__doc__)
    parser.add_argument(
        "--corpus", default="../shared/corpus", help="the corpus root or its pages/"
    )
    parser.add_argument("--out", default="docs/BENCHMARKS.md", help="the Markdown file to update")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument("--limit", type=int, help="only the first N pages (a quick check)")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    folder = corpus / "pages" if (corpus / "pages" / "INDEX.tsv").is_file() else corpus
    if not (folder / "INDEX.tsv").is_file():
        print(f"bench: no corpus pages at {corpus}; nothing measured.", file=sys.stderr)
        return 0
    figures = run(folder, args.limit)
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        sys.stdout.write("\n")
    out = Path(args.out)
    report.write_section(out, "extraction", extraction_markdown(figures))
    report.write_section(out, "latency", latency_markdown(figures))
    print(extraction_markdown(figures) + "\n" + latency_markdown(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
