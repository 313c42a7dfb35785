"""The server over a version still being embedded: /health progress, background embedding,
several worker processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from indexer.embedding_cache import EmbeddingCache
from indexer.embedding_job import embed_version
from qa_service.api import app as app_module
from qa_service.api.app import create_app
from qa_service.settings import Settings
from tests.indexer.test_pipeline import CountingEmbedder
from tests.indexer.test_progressive import _lexical_version
from tests.qa_service.small_index import open_with_real_embedder

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def embedder() -> CountingEmbedder:
    return CountingEmbedder()


def _settings(tmp_path: Path, *, background: bool) -> Settings:
    return Settings(
        index_dir=tmp_path / "index",
        corpus_dir=tmp_path / "docs",
        cache_dir=tmp_path / "cache",
        background_embedding=background,
        background_batch=2,
        background_nice=0,  # on a busy test machine nice 19 may get no CPU at all
    )


def test_health_reports_embedding_progress(
    tmp_path: Path, embedder: CountingEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "_CHECK_EVERY_S", 0.0)
    version_dir = _lexical_version(tmp_path, embedder)
    settings = _settings(tmp_path, background=False)
    app = create_app(settings, opener=open_with_real_embedder)
    with TestClient(app) as client:
        body = client.get("/health").json()
        assert body["status"] == "ok"
        assert body["embedding"] == {"embedded": 0, "total": 8, "complete": False}
        assert client.post("/ask", json={"question": "Đồng Hới có kế hoạch gì?"}).status_code == 200
        batches = iter([True, True, False])
        with EmbeddingCache(settings.cache_dir / "embeddings.sqlite") as cache:
            embed_version(
                version_dir,
                embedder,
                cache,
                hnsw_threshold=1000,
                batch_size=2,
                chunk_size=2,
                before_batch=lambda: next(batches),
            )
        body = client.get("/health").json()
        assert body["embedding"] == {"embedded": 4, "total": 8, "complete": False}


def test_the_server_finishes_embedding_in_the_background(
    tmp_path: Path, embedder: CountingEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "_CHECK_EVERY_S", 0.0)
    _lexical_version(tmp_path, embedder)
    app = create_app(_settings(tmp_path, background=True), opener=open_with_real_embedder)
    with TestClient(app) as client:
        deadline = time.monotonic() + 300
        body = client.get("/health").json()
        while not body["embedding"]["complete"] and time.monotonic() < deadline:
            time.sleep(0.5)
            body = client.get("/health").json()
        assert body["embedding"] == {"embedded": 8, "total": 8, "complete": True}
    assert (Path(body["index_version"]) != Path()) and any(
        (tmp_path / "index" / "versions").glob("*/dense.faiss")
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_with_two_workers(corpus_index: Path, cache_dir: Path) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        "VNQA_CACHE_DIR": str(cache_dir),
    }
    command = [sys.executable, "-c", "from qa_service.cli import app; app()", "serve"]
    server = subprocess.Popen(
        [*command, "--workers", "2", "--port", str(port), "--index-dir", str(corpus_index)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 180
        health = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                health = httpx.get(f"{base}/health", timeout=10)
                break
            except httpx.TransportError:
                time.sleep(0.5)
        assert health is not None and health.status_code == 200, server.poll()
        assert health.json()["embedding"]["complete"] is True
        answers = [
            httpx.post(f"{base}/ask", json={"question": "Hương Trà có bao nhiêu TTHC?"}, timeout=60)
            for _ in range(4)
        ]
        assert [a.status_code for a in answers] == [200] * 4
    finally:
        server.send_signal(signal.SIGINT)
        try:
            output = server.communicate(timeout=60)[0].decode(errors="replace")
        except subprocess.TimeoutExpired:
            server.kill()
            output = server.communicate()[0].decode(errors="replace")
    assert output.count("Started server process") == 2, output[-3000:]
