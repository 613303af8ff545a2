"""`sourcelight eval`: figures on the development corpus, as text, JSON or a BENCHMARKS.md section.

Options read from `args`: `corpus` (root or one set folder), `json` (print JSON), and, when the
parser defines them, `floors` (check the figures against pinned floors, exit 1 below any) and
`write_benchmarks` (rewrite the accuracy section of that Markdown file).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from server.evaluation import corpus, report


def _pct(value: Any) -> str:
    return f"{100 * float(value):.1f}%"


def _prf(figures: dict[str, Any]) -> list[object]:
    return [
        figures["precision"],
        figures["recall"],
        figures["f1"],
        f"{figures['matched']}/{figures['gold']} gold, {figures['predicted']} predicted",
    ]


def _failures(figures: dict[str, Any]) -> str:
    failed = figures["failures"]
    if not failed["count"]:
        return "Pipeline failures: none.\n"
    kinds = ", ".join(f"{k} {v}" for k, v in failed["by_error"].items())
    return f"Pipeline failures: {failed['count']} ({kinds}).\n"


def ggt_markdown(figures: dict[str, Any]) -> str:
    q = figures["quotes"]
    rows = [
        ["all quotes, lenient", *_prf(q["all"]["lenient"])],
        ["all quotes, strict", *_prf(q["all"]["strict"])],
        ["direct quotes, lenient", *_prf(q["direct"]["lenient"])],
        ["direct quotes, strict", *_prf(q["direct"]["strict"])],
        ["named sources", *_prf(figures["named_sources"])],
        ["quoted sources (speakers only)", *_prf(figures["quoted_sources"])],
    ]
    s = figures["speakers"]
    return (
        f"**ggt-dev** ({figures['articles']} articles, Gender Gap Tracker labels; scoring as in "
        "`server/evaluation/ggt.py`)\n\n"
        + report.table(["", "precision", "recall", "F1", "counts"], rows)
        + f"\nSpeaker accuracy on {s['evaluated']} lenient matches with a resolved speaker: "
        f"full name {_pct(s['full_name'])}, surname {_pct(s['surname'])}.  \n" + _failures(figures)
    )


def polnear_markdown(figures: dict[str, Any], split: str = "dev") -> str:
    a, u = figures["attributions"], figures["unnamed_sources"]
    rows = [
        ["all attributions (recall, precision)", f"{a['recall']:.3f}, {a['precision']:.3f}",
         f"{a['found']}/{a['gold']} gold, {a['predicted']} predicted"],
        ["\"according to\" (recall)", figures["according_to"]["recall"],
         f"{figures['according_to']['found']}/{figures['according_to']['gold']}"],
        ["unnamed sources, found as unnamed (recall)", u["recall"], f"{u['gold']} gold"],
        ["unnamed sources, attribution found (recall)", u["found"], f"{u['gold']} gold"],
        ["direct quotes (recall)", figures["direct_quotes"]["recall"],
         f"{figures['direct_quotes']['found']}/{figures['direct_quotes']['gold']}"],
        ["named sources given their name (found attributions)",
         figures["source_names"]["recall"],
         f"{figures['source_names']['found']}/{figures['source_names']['gold']}"],
    ]  # fmt: skip
    return (
        f"**PolNeAR {split}** ({figures['articles']} articles, first annotator; scoring as in "
        "`server/evaluation/polnear.py`)\n\n"
        + report.table(["", "figure", "counts"], rows)
        + "\n"
        + _failures(figures)
    )


def pages_markdown(figures: dict[str, Any]) -> str:
    spans = figures["spans"]
    return (
        f"**pages** ({figures['pages']} real news pages): {figures['answered']} answered; "
        f"{spans['violations']} span violations on {spans['pages_with_violations']} pages.  \n"
        + _failures(figures)
    )


RENDER = {"ggt-dev": ggt_markdown, "polnear": polnear_markdown, "pages": pages_markdown}


def markdown(figures: dict[str, Any]) -> str:
    return "\n".join(RENDER[name](figures[name]) for name in corpus.SETS if name in figures)


def run(args: argparse.Namespace) -> int:
    """Evaluate, print, optionally check floors and write the accuracy section; the exit code."""
    path = Path(args.corpus)
    sets = corpus.locate(path) if path.is_dir() else {}
    if not sets:
        print(
            f"sourcelight eval: no corpus set found at {path} (expected the corpus root or one of "
            f"{', '.join(corpus.SETS)}); nothing evaluated.",
            file=sys.stderr,
        )
        return 0 if not path.exists() else 2
    figures = corpus.evaluate(path)
    if getattr(args, "json", False):
        json.dump(figures, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(markdown(figures))
        for name, set_figures in figures.items():
            for example in set_figures.get("spans", {}).get("examples", [])[:5]:
                print(f"  {name} span: {example}")
            for example in set_figures["failures"]["examples"][:5]:
                print(f"  {name} failed: {example}")
    target = getattr(args, "write_benchmarks", None)
    if target:
        for name, set_figures in figures.items():
            # One section per set, so evaluating one set leaves the others' figures in place;
            # PolNeAR's held-out train split gets a section of its own.
            folder, rendered = name, RENDER[name](set_figures)
            if name == "polnear" and sets[name].name != "dev":
                split = sets[name].name
                folder, name = f"polnear/{split}", f"polnear-{split}"
                rendered = polnear_markdown(set_figures, split)
            command = (
                f"sourcelight eval --corpus ../shared/corpus/{folder} --write-benchmarks {target}"
            )
            body = f"## Accuracy: {name}\n\n{report.stamp(command)}\n{rendered}"
            report.write_section(Path(target), f"accuracy-{name}", body)
    floors = getattr(args, "floors", None)
    if floors is not None:
        pinned = corpus.load_floors(Path(floors) if floors else None)
        problems = corpus.below_floors(figures, pinned)
        for line in problems:
            print(f"below floor: {line}", file=sys.stderr)
        if problems:
            return 1
    return 0
