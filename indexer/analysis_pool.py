"""Lexical analysis of many passages: on every core, and reused by passage hash.

Word segmentation (underthesea) dominates the lexical index build. :func:`analyze_many` runs
:func:`indexer.analysis.analyze` in a pool of worker processes (one per core by default) and
keeps every analysis in an :class:`AnalysisCache` (one SQLite file beside the embedding cache,
keyed by analyzer version and text hash), so a passage is segmented once per machine.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import threading
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from indexer.analysis import AnalyzedText, analyze
from indexer.cache_db import connect_cache, rows_for_keys

__all__ = ["AnalysisCache", "analyze_many", "default_workers"]

logger = logging.getLogger(__name__)

# Fewer fresh texts than this are analysed in this process: a pool's start-up (each worker
# loads underthesea) costs more than it saves.
POOL_MIN_TEXTS = 400
_BATCH = 64
_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    analyzer INTEGER NOT NULL,
    text_hash TEXT NOT NULL,
    tokens TEXT NOT NULL,             -- JSON: [syllables, words, bigrams, plain, plain_bigrams]
    PRIMARY KEY (analyzer, text_hash)
) WITHOUT ROWID;
"""


def default_workers() -> int:
    return os.cpu_count() or 1


class AnalysisCache:
    """Analyses by (analyzer version, text hash) in one SQLite file; safe across processes."""

    def __init__(self, path: Path | str, analyzer_version: int) -> None:
        self.path = Path(path)
        self.analyzer_version = analyzer_version
        self._conn = connect_cache(self.path, _SCHEMA)
        self._lock = threading.Lock()

    def get_many(self, hashes: Iterable[str]) -> dict[str, AnalyzedText]:
        query = (
            "SELECT text_hash, tokens FROM analyses WHERE analyzer = ? AND text_hash IN ({marks})"
        )
        found: dict[str, AnalyzedText] = {}
        with self._lock:
            for key, tokens in rows_for_keys(
                self._conn, query, self.analyzer_version, list(dict.fromkeys(hashes))
            ):
                found[key] = AnalyzedText(*(tuple(field) for field in json.loads(tokens)))
        return found

    def put_many(self, analyses: Mapping[str, AnalyzedText]) -> None:
        rows = [
            (
                self.analyzer_version,
                key,
                json.dumps(
                    [a.syllables, a.words, a.bigrams, a.plain, a.plain_bigrams], ensure_ascii=False
                ),
            )
            for key, a in analyses.items()
        ]
        with self._lock, self._conn:
            self._conn.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _analyze_batch(texts: list[str]) -> list[AnalyzedText]:
    return [analyze(text) for text in texts]


def analyze_many(
    texts: Sequence[str], *, workers: int | None = None, progress: bool = False
) -> list[AnalyzedText]:
    """``analyze(text)`` of every text, in order, on ``workers`` processes (default: cores)."""
    workers = max(1, workers or default_workers())
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(texts), desc="analyzing", unit="passage", leave=False)
    batches = [list(texts[i : i + _BATCH]) for i in range(0, len(texts), _BATCH)]
    out: list[AnalyzedText] = []
    try:
        if workers == 1 or len(texts) < POOL_MIN_TEXTS:
            results: Iterable[list[AnalyzedText]] = map(_analyze_batch, batches)
            for result in results:
                out.extend(result)
                if bar is not None:
                    bar.update(len(result))
            return out
        # forkserver: the pool may start inside the threaded server (an upload).
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for result in pool.map(_analyze_batch, batches):
                out.extend(result)
                if bar is not None:
                    bar.update(len(result))
        return out
    finally:
        if bar is not None:
            bar.close()
