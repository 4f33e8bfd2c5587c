"""Shared fixtures: paths to the bundled examples and the real corpus, and built stores."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.md")):
        pytest.skip(f"the real corpus is not at {CORPUS} (it lives in ../shared beside the project)")
    return CORPUS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir() or not any(GOLD.glob("*.yaml")):
        pytest.skip(f"the seed gold is not at {GOLD}")
    return GOLD


@pytest.fixture(scope="session")
def example_store(tmp_path_factory):
    """A store built from examples/ (session-wide; do not write to it)."""
    from kg.ingest import ingest
    from kg.parse import iter_digest_paths
    from kg.store import open_store
    store = open_store(tmp_path_factory.mktemp("example-store"))
    report = ingest(store, iter_digest_paths([EXAMPLES]))
    assert not report.errors, report.errors
    yield store
    store.close()


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, corpus_dir):
    """A store built from the whole real corpus (session-wide; do not write to it)."""
    from kg.ingest import ingest
    from kg.parse import iter_digest_paths
    from kg.store import open_store
    store = open_store(tmp_path_factory.mktemp("corpus-store"))
    report = ingest(store, iter_digest_paths([corpus_dir]))
    assert not report.errors, report.errors
    yield store
    store.close()
