"""POST /search."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_search_returns_verbatim_passages(client: TestClient) -> None:
    response = client.post("/search", json={"query": "hồ sơ giải quyết đúng hạn", "top_k": 3})
    assert response.status_code == 200
    body = response.json()
    assert body["method"] == "hybrid" and 1 <= len(body["hits"]) <= 3
    assert body["index_version"] == client.get("/health").json()["index_version"]
    for hit in body["hits"]:
        text = client.get(f"/documents/{hit['doc_id']}").json()["text"]
        assert text[hit["start"] : hit["end"]] == hit["quote"]


def test_search_filters_by_locality_and_fuses_either_way(client: TestClient) -> None:
    query = "hồ sơ giải quyết đúng hạn"
    for fusion in ("zscore", "rrf"):
        response = client.post(
            "/search", json={"query": query, "fusion": fusion, "filters": {"locality": "văn quan"}}
        )
        assert response.status_code == 200
        hits = response.json()["hits"]
        assert hits and all(h["doc_id"].startswith("van-quan") for h in hits)
    response = client.post("/search", json={"query": query, "filters": {"locality": "Hà Nội"}})
    assert response.status_code == 200 and response.json()["hits"] == []


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
    response = client.post("/search", json={"query": "x", "fusion": "max"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "fusion"
    for empty in ("", "   "):
        response = client.post("/search", json={"query": "x", "filters": {"locality": empty}})
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "filters.locality"


def test_an_integral_float_top_k_is_an_integer(client: TestClient) -> None:
    body = client.post("/search", json={"query": "hồ sơ", "top_k": 2.0}).json()
    assert len(body["hits"]) == 2
