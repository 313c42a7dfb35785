"""Passage embeddings cached by (embedder name, sha256 of the text), shared by all indexes.

One SQLite file (default ``Settings.cache_dir / "embeddings.sqlite"``): re-indexing, or indexing
the same text into another index, embeds nothing it has seen. Misses are embedded in batches and
committed batch by batch, so an interrupted run keeps what it has done.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

from indexer.cache_db import connect_cache, rows_for_keys
from indexer.embedders import Embedder

__all__ = ["EmbeddingCache", "default_cache_path", "embed_cached", "text_hash"]

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    embedder TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,             -- float32, little endian, L2-normalized
    PRIMARY KEY (embedder, text_hash)
) WITHOUT ROWID;
"""


def text_hash(text: str) -> str:
    """The cache key of a text (also ``passages.text_hash`` in the index)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_cache_path() -> Path:
    from qa_service.settings import get_settings

    return get_settings().cache_dir / "embeddings.sqlite"


class EmbeddingCache:
    """Vectors by (embedder, text hash) in one SQLite file; safe across processes (WAL)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self._conn = connect_cache(self.path, _SCHEMA)
        self._lock = threading.Lock()

    def get_many(self, embedder: str, hashes: Iterable[str]) -> dict[str, np.ndarray]:
        """The cached vectors among ``hashes``."""
        query = (
            "SELECT text_hash, dim, vector FROM embeddings "
            "WHERE embedder = ? AND text_hash IN ({marks})"
        )
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for key, dim, blob in rows_for_keys(
                self._conn, query, embedder, list(dict.fromkeys(hashes))
            ):
                vector = np.frombuffer(blob, dtype="<f4")
                if vector.shape[0] == dim:
                    found[key] = vector
        return found

    def put_many(self, embedder: str, vectors: Mapping[str, np.ndarray]) -> None:
        rows = [
            (embedder, key, int(v.shape[0]), np.ascontiguousarray(v, dtype="<f4").tobytes())
            for key, v in vectors.items()
        ]
        with self._lock, self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO embeddings (embedder, text_hash, dim, vector) "
                "VALUES (?, ?, ?, ?)",
                rows,
            )

    def count(self, embedder: str | None = None) -> int:
        with self._lock:
            if embedder is None:
                return int(self._conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])
            return int(
                self._conn.execute(
                    "SELECT COUNT(*) FROM embeddings WHERE embedder = ?", (embedder,)
                ).fetchone()[0]
            )

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> EmbeddingCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def embed_cached(
    embedder: Embedder,
    texts: Sequence[str],
    cache: EmbeddingCache,
    *,
    batch_size: int = 32,
    progress: bool = True,
) -> np.ndarray:
    """``(len(texts), dim)`` vectors; only texts the cache has not seen reach the embedder."""
    keys = [text_hash(text) for text in texts]
    known = cache.get_many(embedder.name, keys)
    missing: dict[str, str] = {}
    for key, text in zip(keys, texts, strict=True):
        if key not in known and key not in missing:
            missing[key] = text
    if missing:
        logger.info(
            "embedding %d new texts with %s (%d cached)", len(missing), embedder.name, len(known)
        )
        items = list(missing.items())
        bar = None
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(items), desc="embedding", unit="passage", leave=False)
        try:
            for i in range(0, len(items), batch_size):
                batch = items[i : i + batch_size]
                vectors = np.asarray(
                    embedder.embed_passages([text for _, text in batch]), dtype=np.float32
                )
                fresh = {key: vectors[j] for j, (key, _) in enumerate(batch)}
                cache.put_many(embedder.name, fresh)
                known.update(fresh)
                if bar is not None:
                    bar.update(len(batch))
        finally:
            if bar is not None:
                bar.close()
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    return np.stack([known[key] for key in keys]).astype(np.float32, copy=False)
