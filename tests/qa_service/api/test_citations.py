"""GET /citations and /citations/conflicts."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_citations_by_number_are_quoted_verbatim(client: TestClient) -> None:
    body = client.get("/citations", params={"number": "1941/QĐ-UBND"}).json()
    assert body["count"] >= 3
    for citation in body["citations"]:
        assert citation["number"] == "1941/QĐ-UBND"
        text = client.get(f"/documents/{citation['doc_id']}").json()["text"]
        assert text[citation["start"] : citation["end"]] == citation["quote"]
        assert "1941/QĐ-UBND" in citation["quote"]


def test_all_citations_and_unknown_number(client: TestClient) -> None:
    assert client.get("/citations").json()["count"] > 10
    assert client.get("/citations", params={"number": "99999/QĐ-XYZ"}).json() == {
        "count": 0,
        "citations": [],
    }


def test_conflicting_dates_are_reported(client: TestClient) -> None:
    # The Hương Trà report cites Kế hoạch 3957/KH-UBND with two different dates.
    body = client.get("/citations/conflicts").json()
    kinds = {(c["number"], c["kind"]) for c in body["conflicts"]}
    assert ("3957/KH-UBND", "date") in kinds
    conflict = next(c for c in body["conflicts"] if c["number"] == "3957/KH-UBND")
    assert len(conflict["values"]) == 2 and len(conflict["mentions"]) >= 2
