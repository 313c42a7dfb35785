"""No stack trace ever reaches a client."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from qa_service.answer import Answerer
from qa_service.api.app import create_app
from qa_service.settings import Settings


class Exploding:
    def __init__(self, inner) -> None:  # noqa: ANN001
        self._inner = inner

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._inner, name)

    def ask(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        raise RuntimeError("secret internal detail /etc/passwd")


def test_unexpected_error_is_500_with_a_plain_body(
    fresh_settings: Settings, real_opener: Callable[[Path], Answerer]
) -> None:
    app = create_app(fresh_settings, opener=lambda p: Exploding(real_opener(p)))
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/ask", json={"question": "Ai ký báo cáo?"})
    assert response.status_code == 500
    assert response.json() == {"detail": "internal server error"}
    assert "secret" not in response.text and "Traceback" not in response.text


def test_unknown_route_is_404_json(client: TestClient) -> None:
    response = client.get("/nowhere")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


def test_wrong_method_is_405_json(client: TestClient) -> None:
    response = client.get("/ask")
    assert response.status_code == 405
    assert response.json() == {"detail": "Method Not Allowed"}


def test_index_built_with_another_embedder_is_503_saying_to_reindex(
    fresh_settings: Settings, real_opener: Callable[[Path], Answerer]
) -> None:
    index_dir = Path(fresh_settings.index_dir)
    version = index_dir / "versions" / (index_dir / "CURRENT").read_text().strip()
    manifest = json.loads((version / "manifest.json").read_text())
    manifest["embedder"]["name"] = "st:some-other-model"
    (version / "manifest.json").write_text(json.dumps(manifest))
    app = create_app(fresh_settings, opener=real_opener)
    with TestClient(app, raise_server_exceptions=False) as client:
        health = client.get("/health")
        ask = client.post("/ask", json={"question": "Ai ký báo cáo?"})
    assert health.status_code == 503 and ask.status_code == 503
    detail = ask.json()["detail"]
    assert "'st:some-other-model'" in detail and "vnqa index --rebuild" in detail
    assert health.json()["detail"] == detail


def test_index_of_an_older_analyzer_is_503_saying_to_reindex(
    fresh_settings: Settings, real_opener: Callable[[Path], Answerer]
) -> None:
    index_dir = Path(fresh_settings.index_dir)
    version = index_dir / "versions" / (index_dir / "CURRENT").read_text().strip()
    meta = json.loads((version / "lexical" / "meta.json").read_text())
    meta["analyzer_version"] -= 1
    (version / "lexical" / "meta.json").write_text(json.dumps(meta))
    app = create_app(fresh_settings, opener=real_opener)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/ask", json={"question": "Ai ký báo cáo?"})
    assert response.status_code == 503
    assert "another analyzer version" in response.json()["detail"]
    assert "`vnqa index`" in response.json()["detail"]


def test_index_of_an_older_schema_is_503_saying_to_reindex(
    fresh_settings: Settings, real_opener: Callable[[Path], Answerer]
) -> None:
    from indexer.store import SCHEMA_VERSION

    index_dir = Path(fresh_settings.index_dir)
    version = index_dir / "versions" / (index_dir / "CURRENT").read_text().strip()
    manifest = json.loads((version / "manifest.json").read_text())
    manifest["schema_version"] = SCHEMA_VERSION - 1
    (version / "manifest.json").write_text(json.dumps(manifest))
    app = create_app(fresh_settings, opener=real_opener)
    with TestClient(app, raise_server_exceptions=False) as client:
        health = client.get("/health")
        ask = client.post("/ask", json={"question": "Ai ký báo cáo?"})
    assert (health.status_code, ask.status_code) == (503, 503)
    assert ask.json() == {
        "detail": f"the index has schema version {SCHEMA_VERSION - 1}, this vnqa reads "
        f"{SCHEMA_VERSION}: re-index with `vnqa index` (or `vnqa index --rebuild`)"
    }
    assert health.json()["detail"] == ask.json()["detail"]
    assert str(index_dir) not in ask.text and str(index_dir) not in health.text
