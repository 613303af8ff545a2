"""Shape and consistency of the curated outlet table (server/data/outlets.json)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

OUTLETS_JSON = Path(__file__).resolve().parents[1] / "server" / "data" / "outlets.json"

KINDS = {"outlet", "wire", "broadcaster"}
ENTRY_KEYS = {"name", "aliases", "domains", "kind", "country"}

# Lower-case hostname labels joined by dots, ending in an alphabetic TLD; no scheme, port or path.
DOMAIN_RE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
COUNTRY_RE = re.compile(r"[A-Z]{2}")

# Two-letter aliases are kept for the few abbreviations nobody misreads.
SHORT_ALIASES = {"AP", "DW", "RT"}

# Words (and words once a leading "The " is dropped, as OutletTable.lookup_name does)
# that name many papers or mean something else: never an alias on their own.
AMBIGUOUS_ALIASES = {
    "post",
    "times",
    "star",
    "mail",
    "sun",
    "express",
    "independent",
    "mirror",
    "herald",
    "tribune",
    "chronicle",
    "journal",
    "gazette",
    "observer",
    "globe",
    "record",
    "standard",
    "nation",
    "daily",
    "news",
    "today",
    "world",
    "press",
    "inquirer",
    "examiner",
    "courier",
    "monitor",
    "age",
    "hill",
    "week",
    "insider",
    "mint",
    "scroll",
    "citizen",
    "republic",
    "telegram",
    "dispatch",
    "bulletin",
    "review",
    "loop",
}


def _load() -> dict[str, Any]:
    return json.loads(OUTLETS_JSON.read_text("utf-8"))


DATA = _load()
OUTLETS: list[dict[str, Any]] = DATA["outlets"]


def _lookup_keys(label: str) -> set[str]:
    key = label.casefold().strip()
    return {key, key.removeprefix("the ")}


def test_top_level_shape() -> None:
    assert set(DATA) == {"about", "outlets"}
    assert isinstance(DATA["about"], str) and DATA["about"].strip()
    assert isinstance(OUTLETS, list)


def test_at_least_400_entries() -> None:
    assert len(OUTLETS) >= 400


def test_every_kind_is_present() -> None:
    assert set(Counter(entry["kind"] for entry in OUTLETS)) == KINDS


@pytest.mark.parametrize("entry", OUTLETS, ids=lambda entry: entry.get("name", "?"))
def test_entry_shape(entry: dict[str, Any]) -> None:
    assert set(entry) == ENTRY_KEYS
    assert isinstance(entry["name"], str)
    assert entry["name"] == entry["name"].strip() and entry["name"]
    assert isinstance(entry["aliases"], list)
    assert isinstance(entry["domains"], list) and entry["domains"]
    assert entry["kind"] in KINDS
    assert isinstance(entry["country"], str) and COUNTRY_RE.fullmatch(entry["country"])


@pytest.mark.parametrize("entry", OUTLETS, ids=lambda entry: entry["name"])
def test_aliases(entry: dict[str, Any]) -> None:
    name = entry["name"].casefold()
    seen: set[str] = set()
    for alias in entry["aliases"]:
        assert isinstance(alias, str) and alias == alias.strip() and alias
        key = alias.casefold()
        assert key != name, f"alias repeats the name: {alias!r}"
        assert key not in seen, f"alias listed twice: {alias!r}"
        seen.add(key)
        assert len(alias) > 2 or alias in SHORT_ALIASES, f"two-letter alias: {alias!r}"
        assert _lookup_keys(alias).isdisjoint(AMBIGUOUS_ALIASES), f"ambiguous alias: {alias!r}"


@pytest.mark.parametrize("entry", OUTLETS, ids=lambda entry: entry["name"])
def test_domains(entry: dict[str, Any]) -> None:
    assert len(set(entry["domains"])) == len(entry["domains"])
    for domain in entry["domains"]:
        assert isinstance(domain, str)
        assert DOMAIN_RE.fullmatch(domain), f"not a lower-case hostname: {domain!r}"
        assert not domain.startswith("www."), domain
        assert len(domain) <= 253


def test_names_and_aliases_are_unique_across_entries() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for entry in OUTLETS:
        for label in (entry["name"], *entry["aliases"]):
            for key in _lookup_keys(label):
                if owner.setdefault(key, entry["name"]) != entry["name"]:
                    clashes.append(f"{label!r}: {owner[key]} / {entry['name']}")
    assert not clashes, clashes


def test_domains_are_unique_across_entries() -> None:
    counts = Counter(domain for entry in OUTLETS for domain in entry["domains"])
    assert [domain for domain, n in counts.items() if n > 1] == []


def test_no_domain_sits_under_another_listed_domain() -> None:
    # OutletTable.lookup_host matches the longest suffix: nested entries would shadow each other.
    domains = {domain for entry in OUTLETS for domain in entry["domains"]}
    nested = [d for d in domains if any(d.endswith("." + other) for other in domains)]
    assert nested == []
