"""Shared fixtures for the pure extraction tests (no database, no Django settings)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsroom.extraction import Gazetteer, load_gazetteer

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus; skipped when absent, except under CI=true where that fails."""
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.json")):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"The annotated corpus is missing at {CORPUS.resolve()} (CI=true).")
        pytest.skip(f"The annotated corpus is not available at {CORPUS.resolve()}.")
    return CORPUS
