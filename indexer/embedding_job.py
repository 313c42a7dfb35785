"""Embed the passages of a live index version that have no vector yet.

Run by ``vnqa index`` after the version goes live, and by ``vnqa serve`` in a background
thread for a version left unfinished. Vectors already in the embedding cache are stored at
once; the others are embedded batch by batch, each batch committed to the cache before the
next (a kill loses at most one batch) and stored in the version's chunk files
(:mod:`indexer.dense_chunks`) every ``chunk_size`` passages. When every passage has a vector
the complete ``dense.faiss`` is written. One process at a time embeds a version (a lock file
in ``dense/``); a second one finds it taken and leaves the work to the first.
"""

from __future__ import annotations

import fcntl
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from indexer.dense_chunks import CHUNK_DIR, COMPLETE_FILE, embedded_ids, write_chunk, write_complete
from indexer.embedders import Embedder
from indexer.embedding_cache import EmbeddingCache, text_hash

__all__ = [
    "EmbeddingDone",
    "embed_into_cache",
    "embed_version",
    "embedding_lock",
    "is_complete",
    "passage_texts",
    "seed_from_cache",
]

logger = logging.getLogger(__name__)

BATCH_SIZE = 32
CHUNK_SIZE = 512


@dataclass(frozen=True)
class EmbeddingDone:
    """What one run did: ``embedded`` passages newly embedded, ``complete`` whether all are."""

    total: int
    from_cache: int
    embedded: int
    stored: int  # passages with a vector after the run
    complete: bool


def is_complete(version_dir: Path) -> bool:
    return (Path(version_dir) / COMPLETE_FILE).exists()


@contextmanager
def embedding_lock(version_dir: Path) -> Iterator[bool]:
    """Yields True when this process may embed ``version_dir`` (False: another one does)."""
    folder = Path(version_dir) / CHUNK_DIR
    folder.mkdir(exist_ok=True)
    with open(folder / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def passage_texts(version_dir: Path) -> list[tuple[int, str]]:
    """(passage id, indexed text) of every passage of a version, in id order."""
    from indexer.pipeline import indexed_text
    from indexer.records import Passage

    conn = sqlite3.connect(f"file:{Path(version_dir) / 'index.sqlite'}?mode=ro", uri=True)
    try:
        titles = dict(conn.execute("SELECT doc_id, title FROM documents").fetchall())
        rows = conn.execute(
            "SELECT id, doc_id, section, section_path, kind, text, start, end, page "
            "FROM passages ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return [(int(r[0]), indexed_text(titles.get(r[1]), Passage(*r))) for r in rows]


def _group(
    todo: list[tuple[int, str]], embedder_name: str, cache: EmbeddingCache
) -> tuple[dict[str, list[int]], dict[str, str], dict[str, np.ndarray]]:
    """Passage ids by text hash, the text of each hash, the cached vectors among them."""
    ids_of: dict[str, list[int]] = {}
    text_of: dict[str, str] = {}
    for pid, text in todo:
        key = text_hash(text)
        ids_of.setdefault(key, []).append(pid)
        text_of.setdefault(key, text)
    return ids_of, text_of, cache.get_many(embedder_name, list(ids_of))


def store_cached(
    version_dir: Path, ids_of: dict[str, list[int]], known: dict[str, np.ndarray]
) -> int:
    """Write the cached vectors as chunks; the number of passages they cover."""
    ids = [pid for key in known for pid in ids_of[key]]
    if not ids:
        return 0
    vectors = np.stack([known[key] for key in known for _ in ids_of[key]])
    step = 8 * CHUNK_SIZE
    for i in range(0, len(ids), step):
        write_chunk(version_dir, np.asarray(ids[i : i + step]), vectors[i : i + step])
    return len(ids)


def seed_from_cache(
    version_dir: Path, passages: list[tuple[int, str]], embedder_name: str, cache: EmbeddingCache
) -> int:
    """Store the vectors the cache already has for ``passages`` (a version not yet live)."""
    ids_of, _, known = _group(passages, embedder_name, cache)
    return store_cached(version_dir, ids_of, known)


def embed_into_cache(
    version_dir: Path,
    embed: Callable[[list[str]], np.ndarray],
    embedder_name: str,
    cache: EmbeddingCache,
) -> int:
    """Embed, with ``embed`` (all texts at once, e.g. on a cluster), the texts of the
    passages of ``version_dir`` that have neither a vector nor a cached one, and put their
    vectors in the cache (:func:`embed_version` then stores them); how many were embedded."""
    done = embedded_ids(version_dir)
    todo = [(pid, text) for pid, text in passage_texts(version_dir) if pid not in done]
    ids_of, text_of, known = _group(todo, embedder_name, cache)
    missing = [key for key in ids_of if key not in known]
    if not missing:
        return 0
    vectors = np.asarray(embed([text_of[key] for key in missing]), dtype=np.float32)
    cache.put_many(embedder_name, dict(zip(missing, vectors, strict=True)))
    return len(missing)


def embed_version(
    version_dir: Path,
    embedder: Embedder,
    cache: EmbeddingCache,
    *,
    hnsw_threshold: int,
    batch_size: int = BATCH_SIZE,
    chunk_size: int = CHUNK_SIZE,
    before_batch: Callable[[], bool] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> EmbeddingDone:
    """Give every passage of ``version_dir`` a vector; the caller holds :func:`embedding_lock`.

    ``before_batch`` runs before each batch (the server's worker waits there while requests
    are in flight) and stops the run by returning False. ``on_progress(done, total)`` follows
    each stored batch.
    """
    version_dir = Path(version_dir)
    texts = passage_texts(version_dir)
    total = len(texts)
    if is_complete(version_dir):
        return EmbeddingDone(total, 0, 0, total, True)
    done = embedded_ids(version_dir)
    todo = [(pid, text) for pid, text in texts if pid not in done]
    ids_of, text_of, known = _group(todo, embedder.name, cache)
    from_cache = store_cached(version_dir, ids_of, known)
    count = len(done) + from_cache
    if on_progress:
        on_progress(count, total)
    missing = [key for key in ids_of if key not in known]
    if missing:
        logger.info(
            "embedding %d passages of %s with %s (%d already had a vector)",
            len(missing),
            version_dir.name,
            embedder.name,
            count,
        )
    pending_ids: list[int] = []
    pending_vectors: list[np.ndarray] = []
    embedded = 0
    stopped = False

    def flush() -> None:
        if pending_ids:
            write_chunk(version_dir, np.asarray(pending_ids), np.vstack(pending_vectors))
            pending_ids.clear()
            pending_vectors.clear()

    try:
        for i in range(0, len(missing), batch_size):
            if before_batch is not None and not before_batch():
                stopped = True
                break
            batch = missing[i : i + batch_size]
            vectors = np.asarray(
                embedder.embed_passages([text_of[key] for key in batch]), dtype=np.float32
            )
            cache.put_many(embedder.name, dict(zip(batch, vectors, strict=True)))
            for key, vector in zip(batch, vectors, strict=True):
                for pid in ids_of[key]:
                    pending_ids.append(pid)
                    pending_vectors.append(vector[None, :])
                    count += 1
            embedded += len(batch)
            if len(pending_ids) >= chunk_size:
                flush()
            if on_progress:
                on_progress(count, total)
    finally:
        flush()  # an interrupted run keeps the batches it finished
    complete = not stopped and count >= total
    if complete:
        write_complete(version_dir, hnsw_threshold=hnsw_threshold, dim=embedder.dim)
        logger.info("every passage of %s has a vector", version_dir.name)
    return EmbeddingDone(total, from_cache, embedded, count, complete)
