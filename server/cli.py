"""The `sourcelight` command: serve, annotate a saved page, evaluate."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from server import errors


def _serve(args: argparse.Namespace) -> int:
    config = Path(__file__).with_name("gunicorn_conf.py")
    argv = ["gunicorn", "-c", str(config)]
    if args.bind:
        argv += ["--bind", args.bind]
    if args.workers:
        argv += ["--workers", str(args.workers)]
    argv.append("server:create_app()")
    os.execvp(sys.executable, [sys.executable, "-m", *argv])


def _fail(code: str, message: str) -> int:
    """The service's error shape, on standard error; exit status 2."""
    print(json.dumps({"error": {"code": code, "message": message}}), file=sys.stderr)
    return 2


def _annotate(args: argparse.Namespace) -> int:
    from server.app import silence_content_loggers
    from server.pipeline import annotate_json

    silence_content_loggers()
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        return _fail("bad_request", f"Cannot read {args.file}: {exc.strerror}.")
    try:
        html = data.decode("utf-8")
    except UnicodeDecodeError:
        html = data.decode(
            "cp1252", errors="replace"
        )  # the usual encoding of a page that is not UTF-8
    if not html.strip():
        return _fail(errors.MissingHtml.code, "The page is empty.")
    try:
        answer = annotate_json(html, url=args.url, title=args.title)
    except errors.SourcelightError as exc:
        return _fail(exc.code, exc.message)
    json.dump(answer, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from server.evaluation.cli import run

    return int(run(args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sourcelight", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the backend under gunicorn (default 127.0.0.1:8000)")
    serve.add_argument("--bind", help="host:port to listen on")
    serve.add_argument("--workers", type=int, help="number of worker processes")
    serve.set_defaults(func=_serve)

    annotate = sub.add_parser("annotate", help="print the JSON answer for a saved page")
    annotate.add_argument("file", help="an HTML file, or - for standard input")
    annotate.add_argument("--url", help="the page's address (never fetched)")
    annotate.add_argument("--title", help="the live document title")
    annotate.add_argument("--pretty", action="store_true", help="indent the JSON")
    annotate.set_defaults(func=_annotate)

    evaluate = sub.add_parser("eval", help="score the pipeline against a labelled corpus")
    evaluate.add_argument(
        "--corpus", default="../shared/corpus", help="the corpus folder or one of its sets"
    )
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument(
        "--floors",
        nargs="?",
        const="",
        metavar="FILE",
        help="exit 1 below a pinned floor (default: server/data/eval_floors.json)",
    )
    evaluate.add_argument(
        "--write-benchmarks",
        metavar="FILE",
        help="rewrite the accuracy sections of this Markdown file (docs/BENCHMARKS.md)",
    )
    evaluate.set_defaults(func=_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # `sourcelight annotate page.html | head`: the reader has seen enough; no traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
