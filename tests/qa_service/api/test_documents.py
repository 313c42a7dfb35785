"""Documents: list, detail with outline and text, upload (201/400/413/415/422), delete (200/404)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from qa_service.api.errors import BadFileName
from qa_service.api.routes.documents import safe_file_name
from qa_service.settings import Settings
from tests.qa_service.api.conftest import LOOPBACK

SMALL_REPORT = """Số: 12/BC-UBND

Thử Nghiệm, ngày 05 tháng 6 năm 2024

BÁO CÁO

Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024

I. KẾT QUẢ

Trong 6 tháng đầu năm 2024, Bộ phận một cửa huyện Thử Nghiệm đã tiếp nhận 321 hồ sơ, \
giải quyết đúng hạn 317 hồ sơ, đạt tỷ lệ 98,75%.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Thử
"""


def test_list_documents(client: TestClient) -> None:
    body = client.get("/documents").json()
    assert body["count"] == 2
    ids = {d["doc_id"] for d in body["documents"]}
    assert "huong-tra-bao-cao-496-bc-ubnd-cchc-quy-i-2023" in ids
    doc = next(d for d in body["documents"] if d["doc_id"].startswith("huong-tra"))
    assert doc["number"] == "496/BC-UBND" and doc["passage_count"] > 0
    assert doc["document"].endswith("huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt")


def test_document_detail_has_outline_and_text(client: TestClient, small_settings: Settings) -> None:
    doc_id = "huong-tra-bao-cao-496-bc-ubnd-cchc-quy-i-2023"
    body = client.get(f"/documents/{doc_id}").json()
    original = (
        Path(small_settings.corpus_dir) / "huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt"
    ).read_text(encoding="utf-8")
    assert body["text"] == original
    assert body["signer"] == "Đỗ Ngọc An"
    titles = [s["title"] for s in body["outline"]]
    assert "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC" in titles
    for section in body["outline"]:
        assert 0 <= section["start"] <= section["end"] <= len(body["text"])


def test_unknown_document_is_404(client: TestClient) -> None:
    response = client.get("/documents/khong-co")
    assert response.status_code == 404
    assert response.json() == {"detail": "document not found: 'khong-co'"}


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "a/../../evil.txt", "..\\evil.txt", "/etc/passwd.txt", "C:\\x\\evil.txt",
     "\\\\server\\share\\evil.txt", "evil\x00.txt", ".hidden.txt", "..", "   ",
     "\uff0e\uff0e\uff0fevil.txt",  # full-width "../": NFKC makes it a real one
     "\u2215etc\u2215evil.txt",  # division slashes
     "\u200b\u202e\x07", "a/\u200b.env"],  # nothing left once normalised; hidden once stripped
)  # fmt: skip
def test_unsafe_names_are_refused(name: str) -> None:
    from qa_service.api.errors import BadFileName

    with pytest.raises(BadFileName):
        safe_file_name(name)


def test_folder_parts_are_dropped() -> None:
    assert safe_file_name("sub/folder/bao-cao.txt") == "bao-cao.txt"
    assert safe_file_name("bao cao 12.TXT") == "bao cao 12.TXT"


def test_names_are_normalised() -> None:
    assert safe_file_name("Ba\u0301o ca\u0301o.txt") == "Báo cáo.txt"  # NFKC composes
    assert safe_file_name("BÁO CÁO \uff2b\uff28.txt") == "BÁO CÁO KH.txt"  # full-width letters
    assert safe_file_name("bao\u202ecao\u200b\x1f.txt") == "baocao.txt"  # bidi, zero-width, C0
    assert safe_file_name("a\u2044b\u2215bao-cao.txt") == "bao-cao.txt"  # slash look-alikes
    with pytest.raises(BadFileName, match="^invalid file name: nothing is left of it"):
        safe_file_name("\u200b\u202e")


def test_hostile_uploads_get_one_clear_reason(tmp_path: Path) -> None:
    import io
    import zipfile

    import docx

    from qa_service.api.app import create_app
    from tests.qa_service.small_index import build_small_index, open_with_real_embedder

    settings = build_small_index(tmp_path).model_copy(
        update={"max_upload_bytes": 200_000, "max_unzipped_bytes": 1024 * 1024}
    )
    document = docx.Document()
    document.add_paragraph("Nội dung")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("word/media/zeros.bin", bytes(4 * 1024 * 1024), zipfile.ZIP_DEFLATED)
    corpus = Path(settings.corpus_dir)
    before = sorted(p.name for p in corpus.iterdir())
    app = create_app(settings, opener=open_with_real_embedder)
    # a loopback client: with no token configured, writes are accepted only from loopback
    with TestClient(app, raise_server_exceptions=False, client=("127.0.0.1", 50000)) as client:
        bomb = client.post("/documents", files={"file": ("bom.docx", buffer.getvalue())})
        assert bomb.status_code == 422
        detail = bomb.json()["detail"]
        assert detail.startswith("cannot read bom.docx: archive unpacks to 4")
        assert detail.endswith(" MB, over the 1 MB limit (zip bomb?)")
        nul = client.post("/documents", files={"file": ("nul.txt", b"Noi dung\x00\x00")})
        assert nul.status_code == 422
        assert nul.json() == {"detail": "cannot read nul.txt: binary data, not text"}
        assert sorted(p.name for p in corpus.iterdir()) == before  # nothing stored
        spoofed = client.post(
            "/documents",
            files={"file": ("\uff0e/bao\u202ecao\u2215mau.txt", SMALL_REPORT.encode())},
        )
        assert spoofed.status_code == 201, spoofed.text
    stored = corpus / "mau.txt"
    assert stored.read_text(encoding="utf-8") == SMALL_REPORT
    assert stored.resolve().parent == corpus.resolve()


def test_upload_indexes_the_file_and_delete_removes_it(
    fresh_client: tuple[TestClient, Settings],
) -> None:
    client, settings = fresh_client
    response = client.post(
        "/documents",
        files={"file": ("sub/bao-cao-thu-nghiem.txt", SMALL_REPORT.encode(), "text/plain")},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    stored = Path(settings.corpus_dir) / "bao-cao-thu-nghiem.txt"
    assert stored.read_text(encoding="utf-8") == SMALL_REPORT
    assert body["doc_id"] == "bao-cao-thu-nghiem" and body["documents"] == 3
    assert client.get("/health").json()["documents"] == 3
    answer = client.post(
        "/ask",
        json={"question": "Huyện Thử Nghiệm tiếp nhận bao nhiêu hồ sơ 6 tháng đầu năm 2024?"},
    ).json()
    assert answer["found"] and "321" in answer["answer"]
    assert answer["sources"][0]["doc_id"] == "bao-cao-thu-nghiem"

    again = client.post(
        "/documents", files={"file": ("bao-cao-thu-nghiem.txt", b"Noi dung khac", "text/plain")}
    )
    assert again.status_code == 409
    assert again.json() == {
        "detail": "bao-cao-thu-nghiem.txt is already in the corpus: send replace=true to replace it"
    }
    assert stored.read_text(encoding="utf-8") == SMALL_REPORT  # nothing overwritten

    deleted = client.delete("/documents/bao-cao-thu-nghiem")
    assert deleted.status_code == 200
    assert deleted.json()["deleted"] == "bao-cao-thu-nghiem"
    assert not stored.exists()
    assert client.get("/documents/bao-cao-thu-nghiem").status_code == 404
    assert client.get("/health").json()["documents"] == 2


def test_upload_errors(fresh_client: tuple[TestClient, Settings]) -> None:
    client, settings = fresh_client
    corpus = Path(settings.corpus_dir)
    before = sorted(p.name for p in corpus.iterdir())

    too_big = client.post(
        "/documents", files={"file": ("lon.txt", b"a" * (settings.max_upload_bytes + 1))}
    )
    assert too_big.status_code == 413
    assert too_big.json() == {"detail": "file too large: the limit is 4096 bytes"}
    huge = client.post("/documents", files={"file": ("lon.txt", b"a" * 200_000)})
    assert huge.status_code == 413 and huge.json() == too_big.json()

    wrong = client.post("/documents", files={"file": ("anh.png", b"\x89PNG....")})
    assert wrong.status_code == 415
    assert wrong.json() == {
        "detail": "unsupported file type .png: use one of .docx, .htm, .html, .md, .pdf, .txt"
    }
    none = client.post("/documents", files={"file": ("README", b"abc")})
    assert none.status_code == 415
    assert none.json()["detail"].startswith("unsupported file type (no suffix)")

    traversal = client.post("/documents", files={"file": ("../../thoat.txt", b"noi dung")})
    assert traversal.status_code == 400
    assert traversal.json() == {"detail": "invalid file name: '..' is not allowed"}
    absolute = client.post("/documents", files={"file": ("/tmp/thoat.txt", b"noi dung")})
    assert absolute.status_code == 400
    assert absolute.json() == {"detail": "invalid file name: absolute paths are not allowed"}

    blank = client.post("/documents", files={"file": ("trang.txt", b"   \n  ")})
    assert blank.status_code == 422
    assert blank.json() == {"detail": "cannot read trang.txt: file has only whitespace"}

    missing = client.post("/documents")
    assert missing.status_code == 422 and missing.json()["detail"] == "file: Field required"

    assert sorted(p.name for p in corpus.iterdir()) == before  # nothing written, no leftovers
    assert not (corpus.parent / "thoat.txt").exists()


def test_delete_unknown_document_is_404(client: TestClient) -> None:
    local = TestClient(client.app, client=LOOPBACK)  # the app is already started by `client`
    response = local.delete("/documents/khong-co")
    assert response.status_code == 404
    assert response.json() == {"detail": "document not found: 'khong-co'"}
    # a client that may not delete learns nothing about which documents exist
    assert client.delete("/documents/khong-co").status_code == 403
