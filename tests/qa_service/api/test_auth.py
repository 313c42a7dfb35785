"""Access control: write tokens, the loopback rule, read tokens, OpenAPI security, token file."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from qa_service.answer import Answerer
from qa_service.api.app import create_app
from qa_service.api.auth import AccessPolicy, TokenFileError
from qa_service.settings import Settings
from tests.qa_service.api.conftest import LOOPBACK
from tests.qa_service.small_index import open_with_real_embedder

WRITE = "w-7f3a9c1e5b2d4f60"
WRITE_2 = "w-second-0c8e2a"
READ = "r-1b6d0f9e3c7a2d55"
UPLOAD = {"file": ("bao-cao-moi.txt", "Báo cáo thử.\n\nNội dung.".encode(), "text/plain")}

MISSING = {
    "detail": "Cần token truy cập (Authorization: Bearer <token>) / a bearer token is required"
}
INVALID = {"detail": "Token không hợp lệ / invalid token"}
READ_ONLY = {
    "detail": "Token này chỉ có quyền đọc, không được thay đổi chỉ mục / "
    "this token may read but not change the index"
}
LOOPBACK_ONLY = {
    "detail": "Chưa cấu hình token: chỉ máy chủ (localhost) được thay đổi chỉ mục / "
    "no API token is configured: only local (loopback) clients may change the index"
}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def index_state(client: TestClient, settings: Settings) -> tuple:
    """What an upload or delete would change: corpus files, documents, live version."""
    files = sorted(p.name for p in Path(settings.corpus_dir).iterdir())
    health = client.get("/health").json()
    return files, health["documents"], health["index_version"]


# ------------------------------------------------------------------------- no token configured


def test_without_tokens_only_loopback_clients_change_the_index(
    fresh_settings: Settings,
    real_opener: Callable[[Path], Answerer],
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="qa_service.api.auth"):
        app = create_app(fresh_settings, opener=real_opener)
    assert "no API token configured" in caplog.text and "loopback" in caplog.text
    with TestClient(app) as remote:  # client host "testclient": not loopback
        before = index_state(remote, fresh_settings)
        refused = remote.post("/documents", files=UPLOAD)
        assert refused.status_code == 403
        assert refused.json() == LOOPBACK_ONLY
        deleted = remote.delete("/documents/van-quan-ke-hoach-khac-phuc-han-che-chi-so-cchc-2024")
        assert deleted.status_code == 403 and deleted.json() == LOOPBACK_ONLY
        assert index_state(remote, fresh_settings) == before
        assert remote.post("/search", json={"query": "hồ sơ"}).status_code == 200  # reads open
    with TestClient(app, client=LOOPBACK) as local:
        landed = local.post("/documents", files=UPLOAD)
        assert landed.status_code == 201, landed.text
        assert landed.json()["document"] == "corpus/bao-cao-moi.txt"
        assert local.get("/health").json()["documents"] == 3


def test_ipv6_loopback_is_loopback(
    small_settings: Settings, real_opener: Callable[[Path], Answerer]
) -> None:
    app = create_app(small_settings, opener=real_opener)
    with TestClient(app, client=("::1", 50000)) as local:
        # Past the access check: the upload is validated (no file → 422), not refused (403).
        response = local.post("/documents")
    assert response.status_code == 422 and response.json()["detail"] == "file: Field required"


# ---------------------------------------------------------------------------- write tokens


def test_write_token_is_required_and_checked(
    fresh_settings: Settings, real_opener: Callable[[Path], Answerer]
) -> None:
    settings = fresh_settings.model_copy(
        update={"api_tokens": SecretStr(f"{WRITE}, {WRITE_2}"), "read_tokens": SecretStr(READ)}
    )
    app = create_app(settings, opener=real_opener)
    with TestClient(app, client=LOOPBACK) as client:  # loopback gets no pass once tokens exist
        before = index_state(client, settings)

        missing = client.post("/documents", files=UPLOAD)
        assert missing.status_code == 401
        assert missing.headers["WWW-Authenticate"] == "Bearer"
        assert missing.json() == MISSING

        basic = client.post("/documents", files=UPLOAD, headers={"Authorization": f"Basic {WRITE}"})
        assert basic.status_code == 401 and basic.json() == MISSING

        wrong = client.post("/documents", files=UPLOAD, headers=bearer(WRITE + "x"))
        assert wrong.status_code == 401
        assert wrong.headers["WWW-Authenticate"] == 'Bearer error="invalid_token"'
        assert wrong.json() == INVALID

        read_only = client.post("/documents", files=UPLOAD, headers=bearer(READ))
        assert read_only.status_code == 403 and read_only.json() == READ_ONLY
        assert "WWW-Authenticate" not in read_only.headers

        doc_id = "van-quan-ke-hoach-khac-phuc-han-che-chi-so-cchc-2024"
        no_delete = client.delete(f"/documents/{doc_id}", headers=bearer(READ))
        assert no_delete.status_code == 403 and no_delete.json() == READ_ONLY
        assert client.delete(f"/documents/{doc_id}").status_code == 401
        assert index_state(client, settings) == before  # nothing refused changed the index

        landed = client.post("/documents", files=UPLOAD, headers=bearer(WRITE_2))
        assert landed.status_code == 201, landed.text
        assert landed.json()["doc_id"] == "bao-cao-moi"
        assert (Path(settings.corpus_dir) / "bao-cao-moi.txt").is_file()
        replaced = client.post(
            "/documents", params={"replace": "true"}, files=UPLOAD, headers=bearer(WRITE)
        )
        assert replaced.status_code == 201
        gone = client.delete("/documents/bao-cao-moi", headers=bearer(WRITE))
        assert gone.status_code == 200 and gone.json()["deleted"] == "bao-cao-moi"
        assert index_state(client, settings) == (before[0], 2, gone.json()["index_version"])


def test_tokens_file_skips_blank_lines_and_comments(
    fresh_settings: Settings, real_opener: Callable[[Path], Answerer], tmp_path: Path
) -> None:
    tokens = tmp_path / "tokens.txt"
    tokens.write_text(f"# đội biên tập\n\n  {WRITE}  \n# retired-token\n", encoding="utf-8")
    settings = fresh_settings.model_copy(update={"api_tokens_file": tokens})
    app = create_app(settings, opener=real_opener)
    with TestClient(app) as client:
        retired = client.post("/documents", files=UPLOAD, headers=bearer("# retired-token"))
        assert retired.status_code == 401 and retired.json() == INVALID
        assert client.post("/documents", files=UPLOAD, headers=bearer("")).json() == MISSING
        landed = client.post("/documents", files=UPLOAD, headers=bearer(WRITE))
        assert landed.status_code == 201, landed.text


def test_unreadable_tokens_file_stops_the_start(tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path / "index", api_tokens_file=tmp_path / "nothing.txt")
    with pytest.raises(TokenFileError, match="cannot read VNQA_API_TOKENS_FILE"):
        create_app(settings)


# ----------------------------------------------------------------------------- read tokens


@pytest.fixture(scope="module")
def guarded(small_settings: Settings) -> Iterator[TestClient]:
    settings = small_settings.model_copy(
        update={"api_tokens": SecretStr(WRITE), "read_tokens": SecretStr(READ)}
    )
    with TestClient(create_app(settings, opener=open_with_real_embedder)) as client:
        yield client


READS = [
    ("POST", "/ask", {"question": "Ai ký báo cáo 496/BC-UBND?"}),
    ("POST", "/search", {"query": "hồ sơ đúng hạn"}),
    ("GET", "/documents", None),
    ("GET", "/documents/huong-tra-bao-cao-496-bc-ubnd-cchc-quy-i-2023", None),
    ("GET", "/citations", None),
    ("GET", "/citations/conflicts", None),
    ("GET", "/targets", None),
    ("GET", "/compare?indicator=cai%20cach", None),
]


@pytest.mark.parametrize(("method", "path", "body"), READS, ids=[r[1] for r in READS])
def test_read_tokens_protect_reading(
    guarded: TestClient, method: str, path: str, body: dict | None
) -> None:
    missing = guarded.request(method, path, json=body)
    assert missing.status_code == 401 and missing.json() == MISSING
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    wrong = guarded.request(method, path, json=body, headers=bearer("nope"))
    assert wrong.status_code == 401 and wrong.json() == INVALID
    assert guarded.request(method, path, json=body, headers=bearer(READ)).status_code == 200
    # a write token also grants reading
    assert guarded.request(method, path, json=body, headers=bearer(WRITE)).status_code == 200


def test_health_page_and_docs_stay_open(guarded: TestClient) -> None:
    assert guarded.get("/health").status_code == 200
    assert guarded.get("/").status_code == 200
    assert guarded.get("/static/app.js").status_code == 200
    assert guarded.get("/openapi.json").status_code == 200


def test_reading_is_open_by_default(client: TestClient) -> None:
    response = client.post("/ask", json={"question": "Ai ký báo cáo 496/BC-UBND?"})
    assert response.status_code == 200


# ------------------------------------------------------------------------------------ OpenAPI


def _security(schema: dict, path: str, method: str) -> list | None:
    return schema["paths"][path][method].get("security")


def test_openapi_marks_the_endpoints_that_need_a_token(
    client: TestClient, guarded: TestClient
) -> None:
    open_reads = client.get("/openapi.json").json()
    scheme = open_reads["components"]["securitySchemes"]["bearer"]
    assert scheme["type"] == "http" and scheme["scheme"] == "bearer"
    assert _security(open_reads, "/documents", "post") == [{"bearer": []}]
    assert _security(open_reads, "/documents/{doc_id}", "delete") == [{"bearer": []}]
    assert "401" in open_reads["paths"]["/documents"]["post"]["responses"]
    assert _security(open_reads, "/ask", "post") is None
    assert _security(open_reads, "/documents", "get") is None
    assert _security(open_reads, "/health", "get") is None

    closed_reads = guarded.get("/openapi.json").json()
    for path, method in [("/ask", "post"), ("/search", "post"), ("/documents", "get")]:
        assert _security(closed_reads, path, method) == [{"bearer": []}], path
    assert _security(closed_reads, "/health", "get") is None


# ------------------------------------------------------------------------- tokens themselves


def test_every_configured_token_is_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    policy = AccessPolicy(write_tokens=(b"a" * 16, b"b" * 16), read_tokens=(b"c" * 16,))
    calls: list[bytes] = []
    real = hmac.compare_digest

    def counting(a: bytes, b: bytes) -> bool:
        calls.append(b)
        return real(a, b)

    monkeypatch.setattr("qa_service.api.auth.hmac.compare_digest", counting)
    assert policy.grant("a" * 16) == "write"  # matches the first token, still compares all
    assert len(calls) == 3
    assert policy.grant("c" * 16) == "read"
    assert policy.grant("z" * 16) is None
    assert policy.grant("đ") is None  # non-ASCII input is compared, not an error
    assert len(calls) == 12


def test_tokens_are_never_logged_or_shown(
    small_settings: Settings,
    real_opener: Callable[[Path], Answerer],
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = small_settings.model_copy(
        update={"api_tokens": SecretStr(WRITE), "read_tokens": SecretStr(READ)}
    )
    with caplog.at_level(logging.DEBUG):
        app = create_app(settings, opener=real_opener)
        with TestClient(app) as client:
            client.post("/documents", files=UPLOAD, headers=bearer(READ))
            client.post("/ask", json={"question": "x"}, headers=bearer(WRITE + "x"))
    assert "1 token(s)" in caplog.text
    assert WRITE not in caplog.text and READ not in caplog.text
    assert WRITE not in repr(app.state.access) and WRITE not in repr(settings)
