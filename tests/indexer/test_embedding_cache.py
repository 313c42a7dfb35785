"""The shared embedding cache: what was embedded once is never embedded again."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from indexer.embedding_cache import EmbeddingCache, embed_cached, text_hash


class CountingEmbedder:
    """Deterministic vectors from the text's hash; records every text it embeds."""

    def __init__(self, name: str = "counting", dim: int = 8) -> None:
        self.name = name
        self.dim = dim
        self.embedded: list[str] = []
        self.batches: list[int] = []

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded.extend(texts)
        self.batches.append(len(texts))
        rows = []
        for text in texts:
            rng = np.random.default_rng(int(text_hash(text)[:8], 16))
            vector = rng.normal(size=self.dim).astype(np.float32)
            rows.append(vector / np.linalg.norm(vector))
        return np.stack(rows)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_passages([text])[0]


@pytest.fixture
def cache(tmp_path: Path) -> EmbeddingCache:
    with EmbeddingCache(tmp_path / "embeddings.sqlite") as store:
        yield store


def test_second_run_embeds_nothing(cache: EmbeddingCache) -> None:
    embedder = CountingEmbedder()
    texts = ["một", "hai", "ba"]
    first = embed_cached(embedder, texts, cache, progress=False)
    assert embedder.embedded == texts
    embedder.embedded.clear()
    second = embed_cached(embedder, texts, cache, progress=False)
    assert embedder.embedded == []
    assert np.array_equal(first, second)
    assert first.dtype == np.float32 and first.shape == (3, 8)


def test_only_new_texts_are_embedded_and_duplicates_once(cache: EmbeddingCache) -> None:
    embedder = CountingEmbedder()
    embed_cached(embedder, ["một", "hai"], cache, progress=False)
    embedder.embedded.clear()
    vectors = embed_cached(embedder, ["hai", "bốn", "bốn", "một"], cache, progress=False)
    assert embedder.embedded == ["bốn"]
    assert np.array_equal(vectors[1], vectors[2])
    assert vectors.shape == (4, 8)


def test_batches(cache: EmbeddingCache) -> None:
    embedder = CountingEmbedder()
    embed_cached(embedder, [f"đoạn {i}" for i in range(10)], cache, batch_size=4, progress=False)
    assert embedder.batches == [4, 4, 2]


def test_embedders_do_not_share_vectors(cache: EmbeddingCache) -> None:
    a, b = CountingEmbedder("a"), CountingEmbedder("b", dim=4)
    embed_cached(a, ["một"], cache, progress=False)
    vectors = embed_cached(b, ["một"], cache, progress=False)
    assert b.embedded == ["một"] and vectors.shape == (1, 4)
    assert cache.count("a") == cache.count("b") == 1


def test_cache_persists_across_processes(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    embedder = CountingEmbedder()
    with EmbeddingCache(path) as first:
        expected = embed_cached(embedder, ["một", "hai"], first, progress=False)
    embedder.embedded.clear()
    with EmbeddingCache(path) as second:
        again = embed_cached(embedder, ["hai", "một"], second, progress=False)
    assert embedder.embedded == []
    assert np.array_equal(again, expected[::-1])


def test_empty_input(cache: EmbeddingCache) -> None:
    embedder = CountingEmbedder()
    assert embed_cached(embedder, [], cache, progress=False).shape == (0, 8)
    assert embedder.embedded == []
