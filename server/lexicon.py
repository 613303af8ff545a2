"""Word lists and patterns, loaded once from the JSON files in server/data (the only place they live)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def load_data(name: str) -> Any:
    """Read one JSON file of server/data."""
    return json.loads(resources.files("server.data").joinpath(name).read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class ChromePattern:
    name: str
    regex: re.Pattern[str]
    max_words: int
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]

    def matches(self, text: str) -> bool:
        stripped = text.strip()
        return len(stripped.split()) <= self.max_words and self.regex.match(stripped) is not None


@cache
def chrome_patterns() -> tuple[ChromePattern, ...]:
    return tuple(
        ChromePattern(
            name=p["name"],
            regex=re.compile(p["pattern"], re.IGNORECASE),
            max_words=int(p["max_words"]),
            examples=tuple(p["examples"]),
            counter_examples=tuple(p.get("counter_examples", ())),
        )
        for p in load_data("chrome.json")["patterns"]
    )


def chrome_match(text: str) -> ChromePattern | None:
    """The first chrome pattern a block's text matches, if any."""
    for pattern in chrome_patterns():
        if pattern.matches(text):
            return pattern
    return None
