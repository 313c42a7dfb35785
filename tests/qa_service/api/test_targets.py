"""GET /targets and /compare: each cell traceable to its verbatim quote."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_targets_filter_by_year_and_quote_verbatim(client: TestClient) -> None:
    body = client.get("/targets", params={"year": 2024}).json()
    assert body["count"] > 0
    for target in body["targets"]:
        assert target["year"] == 2024
        text = client.get(f"/documents/{target['doc_id']}").json()["text"]
        assert text[target["start"] : target["end"]] == target["quote"]


def test_compare_builds_a_table_for_an_indicator_typed_without_accents(
    client: TestClient,
) -> None:
    body = client.get("/compare", params={"indicator": "cai cach thu tuc hanh chinh"}).json()
    assert body["rows"], body
    for row in body["rows"]:
        for cell in row["cells"]:
            text = client.get(f"/documents/{cell['doc_id']}").json()["text"]
            assert text[cell["start"] : cell["end"]] == cell["quote"]
            assert cell["raw"] in cell["quote"]


def test_compare_without_match_is_an_empty_table(client: TestClient) -> None:
    body = client.get("/compare", params={"indicator": "sản lượng lúa"}).json()
    assert body["rows"] == [] and body["documents"] == []


def test_compare_needs_an_indicator(client: TestClient) -> None:
    response = client.get("/compare")
    assert response.status_code == 422
    assert response.json()["detail"] == "indicator: Field required"
    bad_year = client.get("/targets", params={"year": "abc"})
    assert bad_year.status_code == 422 and bad_year.json()["errors"][0]["field"] == "year"
