"""Shared fixtures: the real articles and their gold records."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES / "corpus"
GOLD_FILE = CORPUS / "gold.yaml"


def load_gold() -> list[dict]:
    """Gold entries (GOLD_FORMAT.md), each with `path`: the article file."""
    entries = yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8"))
    for entry in entries:
        entry["path"] = (CORPUS / entry["file"]).resolve()
    return entries


GOLD = load_gold()


def gold_id(entry: dict) -> str:
    return Path(entry["file"]).stem


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    return GOLD
