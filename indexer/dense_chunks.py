"""The growing dense part of a live index version: passage vectors in chunk files.

A version goes live before its passages are embedded (:mod:`indexer.embedding_job`). Its
vectors then land in ``<version>/dense/`` while readers search it:

    dense/chunk-000001.npz    ids (int64) and vectors (float32, L2-normalized); written to a
                              hidden temporary name and renamed into place, never changed after
    dense.faiss               the complete index, written (and renamed into place) once every
                              passage has a vector; readers prefer it to the chunks

These are the only files of a live version that appear after it went live; nothing in it is
ever rewritten, so a reader sees whole files or none.
"""

from __future__ import annotations

import io
import logging
import os
import re
import uuid
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from indexer.dense import DenseIndex, build_dense_index

__all__ = [
    "CHUNK_DIR",
    "COMPLETE_FILE",
    "DenseLoader",
    "chunk_names",
    "embedded_ids",
    "iter_chunks",
    "read_chunk",
    "write_chunk",
    "write_complete",
]

logger = logging.getLogger(__name__)

CHUNK_DIR = "dense"
COMPLETE_FILE = "dense.faiss"
_CHUNK_NAME = re.compile(r"^chunk-(\d{6})\.npz$")


def chunk_names(version_dir: Path) -> list[str]:
    """The chunk files of a version, in the order they were written."""
    try:
        names = os.listdir(Path(version_dir) / CHUNK_DIR)
    except FileNotFoundError:
        return []
    return sorted(name for name in names if _CHUNK_NAME.match(name))


def read_chunk(version_dir: Path, name: str) -> tuple[np.ndarray, np.ndarray]:
    """(ids, vectors) of one chunk file."""
    with np.load(Path(version_dir) / CHUNK_DIR / name) as data:
        return data["ids"].astype(np.int64), data["vectors"].astype(np.float32)


def iter_chunks(
    version_dir: Path, skip: Collection[str] = ()
) -> Iterator[tuple[str, np.ndarray, np.ndarray]]:
    for name in chunk_names(version_dir):
        if name not in skip:
            ids, vectors = read_chunk(version_dir, name)
            yield name, ids, vectors


def embedded_ids(version_dir: Path) -> set[int]:
    """Passage ids that already have a vector in the version's chunks."""
    done: set[int] = set()
    for _, ids, _ in iter_chunks(version_dir):
        done.update(int(i) for i in ids)
    return done


def _atomic_write(target: Path, data: bytes) -> None:
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)


def write_chunk(version_dir: Path, ids: np.ndarray, vectors: np.ndarray) -> str:
    """Store one chunk of vectors (atomically); returns its file name.

    Callers hold the version's embedding lock (:func:`indexer.embedding_job.embedding_lock`):
    chunk numbers are taken in order.
    """
    folder = Path(version_dir) / CHUNK_DIR
    folder.mkdir(exist_ok=True)
    names = chunk_names(version_dir)
    number = int(_CHUNK_NAME.match(names[-1]).group(1)) + 1 if names else 1
    name = f"chunk-{number:06d}.npz"
    buffer = io.BytesIO()
    np.savez(
        buffer,
        ids=np.asarray(ids, dtype=np.int64),
        vectors=np.ascontiguousarray(vectors, dtype=np.float32),
    )
    _atomic_write(folder / name, buffer.getvalue())
    return name


def write_complete(version_dir: Path, *, hnsw_threshold: int, dim: int) -> dict[str, Any]:
    """Build ``dense.faiss`` from every chunk and rename it into place; its manifest entry."""
    parts = [(ids, vectors) for _, ids, vectors in iter_chunks(version_dir)]
    ids = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    vectors = np.vstack([p[1] for p in parts]) if parts else np.zeros((0, dim), np.float32)
    temp = Path(version_dir) / f".{COMPLETE_FILE}.{uuid.uuid4().hex}.tmp"
    info = build_dense_index(ids, vectors, temp, hnsw_threshold=hnsw_threshold, dim=dim)
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, Path(version_dir) / COMPLETE_FILE)
    return info


class DenseLoader:
    """The dense index of one version as it grows: :meth:`refresh` reads what landed since.

    Once ``dense.faiss`` is there it is loaded instead of the chunks and nothing more changes.
    """

    def __init__(self, version_dir: Path, dim: int) -> None:
        self.version_dir = Path(version_dir)
        self.dim = dim
        self.complete = False
        self._seen: set[str] = set()
        self._ids: list[np.ndarray] = []
        self._vectors: list[np.ndarray] = []

    def refresh(self) -> DenseIndex | None:
        """A new index when something landed since the last call, else None."""
        if self.complete:
            return None
        complete = self.version_dir / COMPLETE_FILE
        if complete.exists():
            self.complete = True
            self._ids, self._vectors = [], []
            return DenseIndex.load(complete)
        fresh = list(iter_chunks(self.version_dir, skip=self._seen))
        if not fresh and self._seen:
            return None
        for name, ids, vectors in fresh:
            self._seen.add(name)
            self._ids.append(ids)
            self._vectors.append(vectors)
        return DenseIndex.from_vectors(self._ids, self._vectors, self.dim)
