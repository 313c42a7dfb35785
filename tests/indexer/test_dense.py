"""FAISS index: ids are passage ids, flat or HNSW, filters, normalization."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import indexer.dense as dense
from indexer.dense import DenseIndex, build_dense_index


def _vectors(n: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, dim)).astype(np.float32)


def _exact_top(vectors: np.ndarray, ids: np.ndarray, query: np.ndarray, k: int) -> list[int]:
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = unit @ (query / np.linalg.norm(query))
    return [int(ids[i]) for i in np.argsort(-scores)[:k]]


@pytest.mark.parametrize("threshold, kind", [(10_000, "flat"), (100, "hnsw")])
def test_ids_are_passage_ids(tmp_path: Path, threshold: int, kind: str) -> None:
    vectors = _vectors(500)
    ids = np.arange(500) * 7 + 1000
    info = build_dense_index(ids, vectors, tmp_path / "d.faiss", hnsw_threshold=threshold)
    assert info == {"type": kind, "dim": 32, "count": 500, "metric": "ip", "normalized": True}
    index = DenseIndex.load(tmp_path / "d.faiss")
    assert len(index) == 500 and index.is_hnsw == (kind == "hnsw")
    hits = index.search(vectors[42] * 3.0, 5)  # an unnormalized query is normalized
    assert hits[0][0] == int(ids[42])
    assert hits[0][1] == pytest.approx(1.0, abs=1e-5)
    assert [pid for pid, _ in hits] == _exact_top(vectors, ids, vectors[42], 5)


@pytest.mark.parametrize("threshold", [10_000, 100])
def test_allowed_ids(tmp_path: Path, threshold: int, monkeypatch: pytest.MonkeyPatch) -> None:
    vectors = _vectors(400, seed=1)
    ids = np.arange(400) + 1
    build_dense_index(ids, vectors, tmp_path / "d.faiss", hnsw_threshold=threshold)
    index = DenseIndex.load(tmp_path / "d.faiss")
    allowed = {5, 17, 300, 99999}
    hits = index.search(vectors[0], 10, allowed_ids=allowed)
    assert {pid for pid, _ in hits} == {5, 17, 300}
    assert [pid for pid, _ in hits] == _exact_top(
        vectors[[4, 16, 299]], np.array([5, 17, 300]), vectors[0], 3
    )
    # the HNSW graph search with a selector (used for large allowed sets)
    monkeypatch.setattr(dense, "_EXACT_FILTER_MAX", 0)
    wide = set(range(1, 201))
    hits = index.search(vectors[10], 5, allowed_ids=wide)
    assert hits and {pid for pid, _ in hits} <= wide and hits[0][0] == 11
    assert index.search(vectors[0], 5, allowed_ids=set()) == []


def test_hnsw_recall_against_flat(tmp_path: Path) -> None:
    vectors = _vectors(3000, dim=48, seed=2)
    ids = np.arange(3000)
    build_dense_index(ids, vectors, tmp_path / "flat.faiss", hnsw_threshold=10**9)
    build_dense_index(ids, vectors, tmp_path / "hnsw.faiss", hnsw_threshold=1)
    flat, hnsw = DenseIndex.load(tmp_path / "flat.faiss"), DenseIndex.load(tmp_path / "hnsw.faiss")
    queries = _vectors(50, dim=48, seed=3)
    found = 0
    for query in queries:
        truth = {pid for pid, _ in flat.search(query, 10)}
        found += len(truth & {pid for pid, _ in hnsw.search(query, 10)})
    assert found / (10 * len(queries)) >= 0.9


def test_empty_index_and_errors(tmp_path: Path) -> None:
    info = build_dense_index(
        [], np.zeros((0, 16), np.float32), tmp_path / "e.faiss", hnsw_threshold=10, dim=16
    )
    assert info["count"] == 0 and info["dim"] == 16
    empty = DenseIndex.load(tmp_path / "e.faiss")
    assert empty.search(np.ones(16, np.float32), 5) == []
    with pytest.raises(ValueError, match="dimension"):
        build_dense_index(
            [], np.zeros((0, 16), np.float32), tmp_path / "x.faiss", hnsw_threshold=10
        )
    with pytest.raises(ValueError, match="differ"):
        build_dense_index([1, 2], _vectors(3), tmp_path / "y.faiss", hnsw_threshold=10)
    index_path = tmp_path / "z.faiss"
    build_dense_index([1], _vectors(1), index_path, hnsw_threshold=10)
    with pytest.raises(ValueError, match="dimension"):
        DenseIndex.load(index_path).search(np.ones(5, np.float32), 1)
