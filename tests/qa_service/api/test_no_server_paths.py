"""No response names a server path: ``document`` is relative to the indexed folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from qa_service.api.app import create_app
from qa_service.settings import Settings
from tests.qa_service.small_index import SMALL_CORPUS

EXPECTED = {f"corpus/{name}" for name in SMALL_CORPUS}
DOC_ID = "huong-tra-bao-cao-496-bc-ubnd-cchc-quy-i-2023"


def _documents(value: Any) -> Iterator[str]:
    """Every value of a "document" key, at any depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "document":
                yield item
            yield from _documents(item)
    elif isinstance(value, list):
        for item in value:
            yield from _documents(item)


def _server_paths(settings: Settings) -> set[str]:
    roots = {Path(settings.index_dir), Path(settings.corpus_dir), Path(settings.index_dir).parent}
    return {str(p) for p in roots} | {str(p.resolve()) for p in roots}


def test_no_response_contains_a_server_path(client: TestClient, small_settings: Settings) -> None:
    responses = {
        "ask": client.post(
            "/ask", json={"question": "Quyết định nào ban hành Kế hoạch CCHC năm 2023?"}
        ),
        "ask-list": client.post("/ask", json={"question": "Có những văn bản nào của Văn Quan?"}),
        "search": client.post("/search", json={"query": "hồ sơ giải quyết đúng hạn"}),
        "documents": client.get("/documents"),
        "document": client.get(f"/documents/{DOC_ID}"),
        "citations": client.get("/citations"),
        "conflicts": client.get("/citations/conflicts"),
        "targets": client.get("/targets"),
        "compare": client.get("/compare", params={"indicator": "cai cach thu tuc hanh chinh"}),
        "404": client.get("/documents/khong-co"),
        "422": client.post("/ask", json={"question": " "}),
        "422-query": client.get("/targets", params={"year": "abc"}),
    }
    statuses = {name: r.status_code for name, r in responses.items()}
    assert statuses == {
        **{name: 200 for name in responses},
        "404": 404,
        "422": 422,
        "422-query": 422,
    }
    forbidden = _server_paths(small_settings)
    seen: set[str] = set()
    for name, response in responses.items():
        for path in forbidden:
            assert path not in response.text, f"{name} names {path}"
        seen.update(_documents(response.json()))
    assert seen == EXPECTED  # every document field, and all of them relative to the root
    assert responses["404"].json() == {"detail": "document not found: 'khong-co'"}


def test_upload_and_its_errors_name_no_server_path(
    fresh_client: tuple[TestClient, Settings],
) -> None:
    client, settings = fresh_client
    forbidden = _server_paths(settings)
    landed = client.post(
        "/documents", files={"file": ("bao-cao-moi.txt", "Báo cáo thử.".encode(), "text/plain")}
    )
    unreadable = client.post("/documents", files={"file": ("trang.txt", b"  \n", "text/plain")})
    conflict = client.post("/documents", files={"file": ("bao-cao-moi.txt", b"x", "text/plain")})
    assert (landed.status_code, unreadable.status_code, conflict.status_code) == (201, 422, 409)
    assert landed.json()["document"] == "corpus/bao-cao-moi.txt"
    listed = client.get("/documents").json()
    assert set(_documents(listed)) == EXPECTED | {"corpus/bao-cao-moi.txt"}
    for response in (landed, unreadable, conflict):
        for path in forbidden:
            assert path not in response.text


def test_without_an_index_the_503_names_no_path(tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path / "missing", corpus_dir=tmp_path / "corpus")
    with TestClient(create_app(settings)) as client:
        health, ask = client.get("/health"), client.post("/ask", json={"question": "Ai ký?"})
    assert (health.status_code, ask.status_code) == (503, 503)
    assert ask.json() == {"detail": "no index yet: run `vnqa index` first"}
    assert str(tmp_path) not in health.text and str(tmp_path) not in ask.text
