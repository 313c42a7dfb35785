"""POST /ask: the answer contract and every validation error (exact status codes and bodies)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from qa_service.answer import MAX_ANSWER_CHARS
from qa_service.settings import Settings

NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")


def _document_text(client: TestClient, doc_id: str) -> str:
    return client.get(f"/documents/{doc_id}").json()["text"]


def test_answer_is_short_quoted_and_its_numbers_are_in_the_quotes(client: TestClient) -> None:
    response = client.post(
        "/ask", json={"question": "Quyết định nào ban hành Kế hoạch CCHC năm 2023 của Hương Trà?"}
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "question", "answer", "found", "confidence", "intent", "sources", "citations",
        "comparison", "timings_ms", "index_version",
    }  # fmt: skip
    assert body["found"] is True and body["intent"] == "decision"
    assert "1941/QĐ-UBND" in body["answer"] and len(body["answer"]) <= MAX_ANSWER_CHARS
    assert body["index_version"] == client.get("/health").json()["index_version"]
    assert 0.0 <= body["confidence"] <= 1.0
    assert 1 <= len(body["sources"]) <= 5
    for source in body["sources"]:
        text = _document_text(client, source["doc_id"])
        assert text[source["start"] : source["end"]] == source["quote"]
        assert source["document"].endswith(".txt")
    quotes = [s["quote"] for s in body["sources"]]
    for number in NUMBER.findall(body["answer"]):
        assert any(number in q for q in quotes), number
    assert "1941/QĐ-UBND" in body["sources"][0]["quote"]  # the first source supports it
    assert any(c["number"] == "1941/QĐ-UBND" for c in body["citations"])
    assert body["timings_ms"]["total"] >= 0


def test_unknown_locality_is_not_found_with_closest_sources(client: TestClient) -> None:
    body = client.post(
        "/ask",
        json={"question": "Thị xã Kỳ Anh ban hành Kế hoạch CCHC năm 2023 bằng quyết định nào?"},
    ).json()
    assert body["found"] is False and body["answer"] is None
    assert body["confidence"] <= 0.3


def test_top_k_limits_the_sources(client: TestClient) -> None:
    body = client.post(
        "/ask", json={"question": "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn?", "top_k": 2}
    ).json()
    assert 1 <= len(body["sources"]) <= 2


def test_filters_restrict_documents(client: TestClient) -> None:
    body = client.post(
        "/ask",
        json={
            "question": "Quyết định nào ban hành Kế hoạch CCHC năm 2023?",
            "filters": {"doc_ids": ["van-quan-ke-hoach-khac-phuc-han-che-chi-so-cchc-2024"]},
        },
    ).json()
    assert body["sources"]
    assert all(s["doc_id"].startswith("van-quan") for s in body["sources"])


def test_a_locality_filter_restricts_documents(client: TestClient) -> None:
    question = "Tỷ lệ hồ sơ giải quyết đúng hạn là bao nhiêu?"
    body = client.post("/ask", json={"question": question, "filters": {"locality": "Hương Trà"}})
    assert body.status_code == 200
    sources = body.json()["sources"]
    assert sources and all(s["doc_id"].startswith("huong-tra") for s in sources)
    nowhere = client.post("/ask", json={"question": question, "filters": {"locality": "Hà Nội"}})
    assert nowhere.status_code == 200 and nowhere.json()["found"] is False


@pytest.mark.parametrize(
    ("payload", "detail"),
    [
        ({"question": ""}, "question must not be empty or whitespace only"),
        ({"question": "   \n\t "}, "question must not be empty or whitespace only"),
        (
            {"question": "x" * 1001},
            "question is too long (1001 characters; the limit is 1000)",
        ),
        ({"question": "Ai ký?", "top_k": 0}, "top_k must be between 1 and 20 (got 0)"),
        ({"question": "Ai ký?", "top_k": 21}, "top_k must be between 1 and 20 (got 21)"),
        ({"question": "Ai ký?", "top_k": -3}, "top_k must be between 1 and 20 (got -3)"),
        ({"question": "Ai ký?", "top_k": "5"}, "top_k: Input should be a valid integer"),
        ({"question": "Ai ký?", "top_k": 2.5}, "top_k: Input should be a valid integer"),
        ({"question": "Ai ký?", "top_k": True}, "top_k: Input should be a valid integer"),
        ({}, "question: Field required"),
        ({"question": 42}, "question: Input should be a valid string"),
    ],
)
def test_invalid_requests_get_422_with_a_clear_message(
    client: TestClient, payload: dict, detail: str
) -> None:
    response = client.post("/ask", json=payload)
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == detail
    assert body["errors"][0]["field"] in ("question", "top_k")


def test_exactly_1000_characters_is_accepted(client: TestClient) -> None:
    response = client.post("/ask", json={"question": "Ai ký báo cáo? " + "a" * 985})
    assert response.status_code == 200


def test_malformed_json_is_422_without_trace(client: TestClient) -> None:
    response = client.post(
        "/ask", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert "Traceback" not in response.text and response.json()["detail"]


class _FakeAnswerer:
    def __init__(self, version: str) -> None:
        self.version = version
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_a_version_published_by_another_process_is_picked_up_without_closing_the_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qa_service.api import app as app_module

    monkeypatch.setattr(app_module, "_CHECK_EVERY_S", 0.0)
    current = tmp_path / "CURRENT"
    current.write_text("v1\n", encoding="utf-8")
    state = app_module.ServiceState(
        Settings(index_dir=tmp_path),
        opener=lambda d: _FakeAnswerer((d / "CURRENT").read_text(encoding="utf-8").strip()),
    )
    state.load()
    first = state.require()
    assert first.version == "v1"
    assert state.require() is first  # CURRENT unchanged: no reload
    current.write_text("v2\n", encoding="utf-8")  # `vnqa index` in another process
    second = state.require()
    assert second.version == "v2"
    assert not first.closed  # a request still holding it keeps working
