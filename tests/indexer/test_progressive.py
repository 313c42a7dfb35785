"""Progressive indexing: a version is live before its embedding ends, and the embedding resumes."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from indexer.dense_chunks import chunk_names, embedded_ids
from indexer.embedding_cache import EmbeddingCache
from indexer.embedding_job import embed_version, embedding_lock, is_complete
from indexer.pipeline import IndexReport, build_index
from indexer.store import IndexReader
from qa_service.retrieval import Retriever
from tests.indexer.test_pipeline import PLAN, REPORT, CountingEmbedder, _write_docs


class GatedEmbedder(CountingEmbedder):
    """The real embedder, each batch waiting for the test to let it through."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        assert self.release.wait(timeout=120), "the test never released the embedder"
        return super().embed_passages(texts)


@pytest.fixture(scope="module")
def embedder() -> CountingEmbedder:
    return CountingEmbedder()


def _write_more_docs(docs: Path) -> None:
    """The two small documents and six variants of them: eight passages."""
    _write_docs(docs)
    for n, place in enumerate(("Ba Đồn", "Quảng Trạch", "Bố Trạch", "Tuyên Hóa"), start=1):
        plan = PLAN.replace("Đồng Hới", place).replace("12/KH", f"{12 + n}/KH")
        (docs / f"ke-hoach-{n}.txt").write_text(plan, encoding="utf-8")
    for n, place in enumerate(("Minh Hóa", "Quảng Ninh"), start=1):
        report = REPORT.replace("Lệ Thủy", place).replace("77/BC", f"{77 + n}/BC")
        (docs / f"bao-cao-{n}.txt").write_text(report, encoding="utf-8")


def _lexical_version(tmp_path: Path, embedder: CountingEmbedder) -> Path:
    """A live version of eight small documents, not one passage embedded."""
    docs = tmp_path / "docs"
    _write_more_docs(docs)
    report = build_index(
        [docs],
        tmp_path / "index",
        embedder=embedder,
        cache_dir=tmp_path / "cache",
        progress=False,
        lexical_only=True,
    )
    assert not report.complete and report.pending == report.passages > 4
    return IndexReader.open(tmp_path / "index").version_dir


def test_the_version_is_live_before_embedding_finishes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    _write_docs(docs)
    gated = GatedEmbedder()
    live = threading.Event()
    reports: list[IndexReport] = []

    def run() -> None:
        reports.append(
            build_index(
                [docs],
                tmp_path / "index",
                embedder=gated,
                cache_dir=tmp_path / "cache",
                progress=False,
                on_live=lambda report: live.set(),
            )
        )

    worker = threading.Thread(target=run)
    worker.start()
    try:
        assert live.wait(timeout=300)
        assert gated.embedded == []  # nothing embedded yet, yet searchable:
        version_dir = IndexReader.open(tmp_path / "index").version_dir
        with Retriever.open(version_dir, embedder=gated.inner) as retriever:
            assert retriever.embedding_progress == (0, len(retriever.lexical))
            result = retriever.search("hồ sơ trực tuyến", k=3)
            assert result.hits and result.hits[0].doc_id == "bao-cao-le-thuy"
            assert all(hit.dense_rank is None for hit in result.hits)
    finally:
        gated.release.set()
        worker.join(timeout=300)
    assert reports and reports[0].complete and reports[0].embedded == len(set(gated.embedded))
    assert is_complete(version_dir)
    with Retriever.open(version_dir, embedder=gated.inner) as retriever:
        done, total = retriever.embedding_progress
        assert done == total == reports[0].passages


def test_hybrid_search_uses_the_passages_already_embedded(
    tmp_path: Path, embedder: CountingEmbedder
) -> None:
    version_dir = _lexical_version(tmp_path, embedder)
    batches = iter([True, True, False])  # two batches of two passages, then stop
    with EmbeddingCache(tmp_path / "cache" / "embeddings.sqlite") as cache:
        done = embed_version(
            version_dir,
            embedder,
            cache,
            hnsw_threshold=1000,
            batch_size=2,
            chunk_size=2,
            before_batch=lambda: next(batches),
        )
    assert (done.embedded, done.stored, done.complete) == (4, 4, False)
    embedded = embedded_ids(version_dir)
    assert len(embedded) == 4 and len(chunk_names(version_dir)) == 2
    with Retriever.open(version_dir, embedder=embedder.inner) as retriever:
        assert retriever.embedding_progress == (4, done.total)
        result = retriever.search("kế hoạch cải cách hành chính Đồng Hới", k=10)
        assert result.lists == ("lexical", "dense")
        dense_hits = {hit.passage_id for hit in result.hits if hit.dense_rank is not None}
        assert dense_hits and dense_hits <= embedded
        assert any(hit.dense_rank is None for hit in result.hits)  # the others: lexical only
        assert len(retriever.search("kế hoạch", k=10, method="dense").hits) == 4
        # more vectors land: the open retriever takes them in
        with EmbeddingCache(tmp_path / "cache" / "embeddings.sqlite") as cache:
            embed_version(version_dir, embedder, cache, hnsw_threshold=1000, batch_size=2)
        assert retriever.refresh_dense()
        assert retriever.embedding_progress == (done.total, done.total)
        assert not retriever.refresh_dense()  # complete: nothing more to take in


_KILLED_RUN = """
import os, signal, sys
from pathlib import Path
from indexer.embedding_cache import EmbeddingCache
from indexer.embedding_job import embed_version
from tests.indexer.test_pipeline import CountingEmbedder

class Killed(CountingEmbedder):
    def embed_passages(self, texts):
        if len(self.embedded) >= 4:  # two batches of two are in the cache: kill -9 now
            os.kill(os.getpid(), signal.SIGKILL)
        return super().embed_passages(texts)

version_dir, cache_path = Path(sys.argv[1]), Path(sys.argv[2])
with EmbeddingCache(cache_path) as cache:
    embed_version(version_dir, Killed(), cache, hnsw_threshold=1000, batch_size=2)
"""


def test_kill_9_while_embedding_loses_nothing_embedded(
    tmp_path: Path, embedder: CountingEmbedder
) -> None:
    import os
    import signal
    import subprocess
    import sys

    version_dir = _lexical_version(tmp_path, embedder)
    cache_path = tmp_path / "cache" / "embeddings.sqlite"
    repo = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(repo), os.environ.get("PYTHONPATH", "")]),
    }
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_RUN, str(version_dir), str(cache_path)],
        cwd=repo,
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()[-2000:]
    assert chunk_names(version_dir) == []  # killed before its first chunk file was written
    resumed = CountingEmbedder()
    with EmbeddingCache(cache_path) as cache:
        done = embed_version(version_dir, resumed, cache, hnsw_threshold=1000, batch_size=2)
    assert done.complete and done.stored == done.total
    assert done.from_cache == 4  # the killed run's two batches came back from the cache
    assert done.embedded == len(resumed.embedded) == done.total - 4
    assert embedded_ids(version_dir) == {
        pid for pid, _, _, _ in IndexReader(version_dir).passage_spans()
    }


def test_one_process_at_a_time_embeds_a_version(tmp_path: Path, embedder: CountingEmbedder) -> None:
    version_dir = _lexical_version(tmp_path, embedder)
    with embedding_lock(version_dir) as first, embedding_lock(version_dir) as second:
        assert first is True and second is False
    with embedding_lock(version_dir) as again:
        assert again is True
