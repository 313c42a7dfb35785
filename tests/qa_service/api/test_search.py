"""POST /search."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_search_returns_verbatim_passages(client: TestClient) -> None:
    response = client.post("/search", json={"query": "hồ sơ giải quyết đúng hạn", "top_k": 3})
    assert response.status_code == 200
    body = response.json()
    assert body["method"] == "hybrid" and 1 <= len(body["hits"]) <= 3
    for hit in body["hits"]:
        text = client.get(f"/documents/{hit['doc_id']}").json()["text"]
        assert text[hit["start"] : hit["end"]] == hit["quote"]


def test_search_validation(client: TestClient) -> None:
    assert client.post("/search", json={"query": " "}).json() == {
        "detail": "query must not be empty or whitespace only",
        "errors": [{"field": "query", "message": "query must not be empty or whitespace only"}],
    }
    response = client.post("/search", json={"query": "x", "top_k": 0})
    assert response.status_code == 422
    assert response.json()["detail"] == "top_k must be between 1 and 100 (got 0)"
    response = client.post("/search", json={"query": "x", "method": "magic"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "method"
