"""Runs the pipeline over each set of the development corpus and collects the figures.

The corpus is never part of the repository: it is found by path (default `../shared/corpus`),
either its root (every set present) or one set folder (`ggt-dev`, `polnear`, `polnear/dev`,
`pages`). A page whose pipeline raises is counted under its error (the exception's type, or the
service's error code) and scored as predicting nothing; it never stops the run.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from server import errors
from server.evaluation import ggt, pages, polnear

SETS = ("ggt-dev", "polnear", "pages")


@dataclass(slots=True)
class Failures:
    """Pages whose pipeline failed, by error."""

    by_error: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def add(self, item: str, error: str) -> None:
        self.by_error[error] += 1
        if len(self.examples) < 20:
            self.examples.append(f"{item}: {error}")

    def figures(self) -> dict[str, Any]:
        return {
            "count": sum(self.by_error.values()),
            "by_error": dict(sorted(self.by_error.items())),
            "examples": list(self.examples),
        }


Annotator = Callable[..., dict[str, Any]]


def default_annotator() -> Annotator:
    from server.pipeline import annotate_json

    return annotate_json


def run_page(
    annotator: Annotator, html: str, url: str | None = None, title: str | None = None
) -> tuple[dict[str, Any] | None, str | None]:
    """The answer, or the error's name: the service's code for its own errors, else the type."""
    try:
        return annotator(html, url=url, title=title), None
    except errors.SourcelightError as exc:
        return None, exc.code
    except RecursionError:
        return None, "RecursionError"
    except Exception as exc:  # any page failing must not stop the run; it is counted instead
        return None, type(exc).__name__


def locate(path: Path) -> dict[str, Path]:
    """The sets found at `path`: the corpus root, or one set folder."""
    found: dict[str, Path] = {}
    if (path / "ggt-dev").is_dir():
        found["ggt-dev"] = path / "ggt-dev"
    elif any(path.glob("*.gold.json")):
        found["ggt-dev"] = path
    if (path / "polnear" / "dev").is_dir():
        found["polnear"] = path / "polnear" / "dev"
    elif (path / "dev" / "attributions").is_dir():
        found["polnear"] = path / "dev"
    elif (path / "attributions").is_dir() and (path / "text").is_dir():
        found["polnear"] = path
    if (path / "pages" / "INDEX.tsv").is_file():
        found["pages"] = path / "pages"
    elif (path / "INDEX.tsv").is_file():
        found["pages"] = path
    return found


def evaluate_ggt(folder: Path, annotator: Annotator) -> dict[str, Any]:
    total = ggt.GgtScore()
    failures = Failures()
    paths = sorted(folder.glob("*.gold.json"))
    for gold_path in paths:
        gold = ggt.load_gold(gold_path)
        html_path = gold_path.with_name(f"{gold.id}.html")
        answer, error = run_page(annotator, pages.read_page(html_path), url=gold.url)
        if answer is None:
            failures.add(gold.id, error or "unknown")
            ggt.missed_article(gold, total)
        else:
            ggt.score_article(gold, answer, total)
    return {
        "folder": str(folder),
        "articles": len(paths),
        **total.figures(),
        "failures": failures.figures(),
    }


def evaluate_polnear(folder: Path, annotator: Annotator) -> dict[str, Any]:
    total = polnear.PolnearScore()
    failures = Failures()
    articles = polnear.load_split(folder)
    for article in articles:
        answer, error = run_page(annotator, polnear.wrap_html(article.text))
        predicted: list[polnear.PredictedAttribution] = []
        if answer is None:
            failures.add(article.name, error or "unknown")
        else:
            offsets = polnear.OffsetMap(answer["article"]["text"], article.text)
            predicted = polnear.predicted_attributions(answer, offsets)
        polnear.score_article(article.text, article.gold, predicted, total)
    return {
        "folder": str(folder),
        "articles": len(articles),
        **total.figures(),
        "failures": failures.figures(),
    }


def evaluate_pages(folder: Path, annotator: Annotator) -> dict[str, Any]:
    failures = Failures()
    rows = pages.read_index(folder)
    violations = 0
    pages_with_violations = 0
    examples: list[str] = []
    for row in rows:
        answer, error = run_page(annotator, pages.read_page(row.path), url=row.url)
        if answer is None:
            failures.add(f"{row.source}/{row.name}", error or "unknown")
            continue
        found = pages.span_violations(answer)
        violations += len(found)
        pages_with_violations += bool(found)
        examples += [f"{row.source}/{row.name}: {v}" for v in found[: 20 - len(examples)]]
    return {
        "folder": str(folder),
        "pages": len(rows),
        "answered": len(rows) - failures.figures()["count"],
        "failures": failures.figures(),
        "spans": {
            "violations": violations,
            "pages_with_violations": pages_with_violations,
            "examples": examples,
        },
    }


EVALUATORS: dict[str, Callable[[Path, Annotator], dict[str, Any]]] = {
    "ggt-dev": evaluate_ggt,
    "polnear": evaluate_polnear,
    "pages": evaluate_pages,
}


def evaluate(path: Path, annotator: Annotator | None = None) -> dict[str, Any]:
    """Figures of every set found at `path` (an empty mapping when there is none)."""
    run = annotator or default_annotator()
    return {name: EVALUATORS[name](folder, run) for name, folder in locate(path).items()}


def flatten(figures: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """Nested numeric figures as dotted keys (`quotes.all.lenient.f1`)."""
    out: dict[str, float] = {}
    for key, value in figures.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, dotted + "."))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out[dotted] = float(value)
    return out


def below_floors(figures: dict[str, Any], floors: dict[str, Any]) -> list[str]:
    """Each pinned figure that is missing or below its floor, as a readable line."""
    problems: list[str] = []
    for set_name, pinned in floors.items():
        if set_name.startswith("_") or not isinstance(pinned, dict):
            continue
        flat = flatten(figures.get(set_name, {}))
        for key, floor in pinned.items():
            if key.startswith("_"):
                continue
            value = flat.get(key)
            if value is None:
                problems.append(f"{set_name} {key}: missing (floor {floor})")
            elif value < float(floor):
                problems.append(f"{set_name} {key}: {value:.4f} < floor {float(floor):.4f}")
    return problems


def load_floors(path: Path | None = None) -> dict[str, Any]:
    """The pinned floors: `path`, or `server/data/eval_floors.json`."""
    if path is not None:
        data: dict[str, Any] = json.loads(path.read_text("utf-8"))
        return data
    from server.lexicon import load_data

    packaged: dict[str, Any] = load_data("eval_floors.json")
    return packaged
