"""Hostile files are refused with one clear reason, never a crash or a stall.

Every hostile file is built here, small, with the limits set low; the parse time limit is tested
with a file that is slow to read because it is big, not with a sleep in the product.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from indexer.limits import ReadLimits
from indexer.pipeline import (
    DocumentJob,
    ProcessedDocument,
    SkippedFile,
    build_index,
    extract_records,
    parse_document,
    parse_guarded,
    process_document,
)
from indexer.readers import UnreadableDocumentError, read_document

GOOD_TEXT = (
    "Số: 12/BC-UBND\n\nBÁO CÁO\n\nKết quả cải cách hành chính năm 2024\n\n"
    "Huyện đã tiếp nhận 321 hồ sơ, giải quyết đúng hạn 317 hồ sơ, đạt tỷ lệ 98,75%.\n"
)
SENTENCE = "Ủy ban nhân dân huyện ban hành Kế hoạch số 12/KH-UBND ngày 05/6/2024, đạt 98,5%. "


def reason(path: Path, **limits: int) -> str:
    with pytest.raises(UnreadableDocumentError) as caught:
        read_document(path, limits=ReadLimits(**limits))
    return caught.value.reason


def _docx_bytes(text: str = "Nội dung văn bản") -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes], extra: dict[str, bytes] | None = None) -> bytes:
    """A copy of the zip ``data`` with some members replaced and others added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, replace.get(info.filename, source.read(info)))
        for name, body in (extra or {}).items():
            target.writestr(name, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# --- .docx archives ----------------------------------------------------------------------


def test_zip_bomb_docx_is_refused_from_its_directory(tmp_path: Path) -> None:
    bomb = _rezip(_docx_bytes(), {}, {"word/media/zeros.bin": bytes(4 * 1024 * 1024)})
    assert len(bomb) < 100_000  # 4 MB of zeros in a few KB
    path = write(tmp_path, "bom.docx", bomb)
    assert reason(path, max_unzipped_bytes=1024 * 1024).startswith("archive unpacks to 4.")
    assert reason(path, max_unzipped_bytes=1024 * 1024).endswith(
        "MB, over the 1 MB limit (zip bomb?)"
    )
    assert read_document(path).text == "Nội dung văn bản"  # within the default limits


def test_docx_with_ten_thousand_entries(tmp_path: Path) -> None:
    many = {f"customXml/item{i}.bin": b"" for i in range(10_000)}
    data = _rezip(_docx_bytes(), {}, many)
    entries = len(zipfile.ZipFile(io.BytesIO(data)).infolist())
    path = write(tmp_path, "nhieu.docx", data)
    assert reason(path, max_zip_entries=1000) == (
        f"archive has {entries} entries, over the limit of 1000"
    )


def _lie_about_size(data: bytes, member: str, declared: int) -> bytes:
    """Set the uncompressed size of ``member`` in its local header and the central directory."""
    name = member.encode()
    out = bytearray(data)
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        name_at = {b"PK\x03\x04": 30, b"PK\x01\x02": 46}[signature]
        position = out.find(signature)
        while position != -1:
            length_at = position + (26 if signature == b"PK\x03\x04" else 28)
            (name_length,) = struct.unpack_from("<H", out, length_at)
            if out[position + name_at : position + name_at + name_length] == name:
                struct.pack_into("<I", out, position + size_at, declared)
            position = out.find(signature, position + 4)
    return bytes(out)


def test_docx_member_larger_than_its_declared_size_is_cut_off_and_refused(
    tmp_path: Path,
) -> None:
    """The directory check trusts declared sizes; reading never goes past them (zipfile)."""
    padded = _docx_bytes("Nội dung " + "x" * 2_000_000)
    data = _lie_about_size(padded, "word/document.xml", 1000)
    path = write(tmp_path, "doi.docx", data)
    assert reason(path, max_unzipped_bytes=1024 * 1024) == (
        "corrupt .docx: Bad CRC-32 for file 'word/document.xml'"
    )


def test_billion_laughs_docx_is_refused(tmp_path: Path) -> None:
    entities = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<!DOCTYPE w:document [{entities}]>"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    path = write(tmp_path, "cuoi.docx", _rezip(_docx_bytes(), {"word/document.xml": body}))
    assert reason(path) == "part word/document.xml declares a DTD (not allowed in .docx)"


def _nested_docx(depth: int) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Nội dung")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for _ in range(depth):
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "sâu"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_deeply_nested_docx_tables(tmp_path: Path) -> None:
    deep = write(tmp_path, "sau.docx", _nested_docx(200))  # past lxml's own 256 levels
    assert reason(deep).startswith("corrupt .docx: Excessive depth in document: 256")
    shallow = write(tmp_path, "vua.docx", _nested_docx(30))  # under lxml's, over ours
    assert reason(shallow, max_nesting=50) == "elements nested more than 50 levels deep"
    assert "sâu" in read_document(shallow).text


# --- PDF -----------------------------------------------------------------------------------


def _pdf(pages: int) -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=11)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(text=f"Trang {number}: bao cao ket qua")
    return bytes(pdf.output())


def test_pdf_with_many_pages(tmp_path: Path) -> None:
    path = write(tmp_path, "dai.pdf", _pdf(60))
    assert reason(path, max_pdf_pages=50) == "PDF has 60 pages, over the limit of 50"
    assert read_document(path, limits=ReadLimits(max_pdf_pages=60)).page_starts[59] > 0


def _raw_pdf(content: bytes) -> bytes:
    """A one-page PDF whose content stream is ``content``, Flate-compressed."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_pdf_stream_that_inflates_past_the_limit(tmp_path: Path) -> None:
    text = b"BT /F1 12 Tf 72 720 Td (Bao cao ket qua) Tj ET\n"
    path = write(tmp_path, "phinh.pdf", _raw_pdf(text + b" " * 3_000_000))
    assert "Bao cao ket qua" in read_document(path).text  # the default limit is 75 MB
    refused = reason(path, max_pdf_stream_bytes=1024 * 1024)
    assert refused.startswith("page 1: over a PDF size limit (Limit reached while decompressing.")


# --- HTML ----------------------------------------------------------------------------------


def test_billion_laughs_html_is_refused(tmp_path: Path) -> None:
    entities = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    page = f"<!DOCTYPE html [{entities}]><html><body><p>&l9;</p><p>Nội dung</p></body></html>"
    path = write(tmp_path, "cuoi.html", page.encode())
    assert reason(path) == "declares entities in a DTD (not read in .html)"


def test_deeply_nested_html_tables(tmp_path: Path) -> None:
    page = "<html><body>" + "<table><tr><td>" * 200 + "sâu" + "</td></tr></table>" * 200
    path = write(tmp_path, "sau.html", (page + "<p>Nội dung</p></body></html>").encode())
    assert reason(path) == "elements nested more than 100 levels deep"
    shallow = "<table><tr><td>" * 20 + "sâu" + "</td></tr></table>" * 20
    path = write(tmp_path, "vua.html", f"<html><body>{shallow}</body></html>".encode())
    assert read_document(path).text == "sâu"


# --- text ----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_nul_bytes(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path, f"nul{suffix}", GOOD_TEXT.encode() + b"\x00" + GOOD_TEXT.encode())
    assert reason(path) == "binary data, not text"


def test_html_with_nul_bytes_is_read_without_them(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Nội\x00 dung</p></body></html>'
    path = write(tmp_path, "nul.html", page.encode())
    assert "\x00" not in read_document(path).text


def test_two_megabyte_line_is_parsed_in_bounded_work(tmp_path: Path) -> None:
    """One 2 MB line: every clause scan is windowed, so this parses and extracts (no stall)."""
    line = (SENTENCE * (2_000_000 // len(SENTENCE) + 1))[:2_000_000]
    path = write(tmp_path, "mot-dong.md", line.encode())
    parsed = parse_guarded(path, "mot-dong", timeout_s=600)
    assert parsed.passages and parsed.passages[-1].end <= len(line)
    for passage in parsed.passages[:50]:
        assert line[passage.start : passage.end].split()[0] in passage.text
    records = extract_records(parsed)
    assert len(records.citations) > 1000 and len(records.figures) > 1000


# --- time limit and a folder with one hostile file -------------------------------------------


def test_parse_time_limit_stops_a_slow_file_and_the_worker_serves_the_next(
    tmp_path: Path,
) -> None:
    slow = write(tmp_path, "cham.txt", (SENTENCE * 12_000).encode())  # ~1 MB of sentences
    with pytest.raises(UnreadableDocumentError) as caught:
        parse_guarded(slow, "cham", timeout_s=0.05)
    assert caught.value.reason == "reading took longer than the 0.05 s parse time limit"
    good = write(tmp_path, "tot.txt", GOOD_TEXT.encode())
    parsed = parse_guarded(good, "tot", timeout_s=600)  # a new worker after the kill
    assert parsed.meta.number == "12/BC-UBND"
    assert parsed.passages == parse_document(good, "tot").passages


def test_a_folder_with_one_hostile_file_indexes_the_others(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    write(docs, "bao-cao.txt", GOOD_TEXT.encode())
    write(docs, "ke-hoach.md", GOOD_TEXT.replace("BÁO CÁO", "KẾ HOẠCH").encode())
    bomb = _rezip(_docx_bytes(), {}, {"word/media/zeros.bin": bytes(4 * 1024 * 1024)})
    write(docs, "bom.docx", bomb)
    report = build_index(
        [docs],
        tmp_path / "index",
        cache_dir=tmp_path / "cache",
        progress=False,
        lexical_only=True,
        limits=ReadLimits(max_unzipped_bytes=1024 * 1024),
    )
    assert sorted(report.added) == ["bao-cao", "ke-hoach"]
    assert [(Path(s.path).name, s.reason.split(",")[-1]) for s in report.skipped] == [
        ("bom.docx", " over the 1 MB limit (zip bomb?)")
    ]


def test_processing_in_process_as_on_a_ray_worker_applies_the_limits(tmp_path: Path) -> None:
    # a Ray task processes its file in its own process (timeout_s=None), under the run's limits
    bomb = _rezip(_docx_bytes(), {}, {"word/media/zeros.bin": bytes(4 * 1024 * 1024)})
    limits = ReadLimits(max_unzipped_bytes=1024 * 1024)
    job = DocumentJob(write(tmp_path, "bom.docx", bomb), "bom", "docs/bom.docx", "docs/bom.docx")
    refused = process_document(job, limits=limits, timeout_s=None)
    assert isinstance(refused, SkippedFile) and refused.path == "docs/bom.docx"
    assert refused.reason.endswith(" over the 1 MB limit (zip bomb?)")
    good = write(tmp_path, "bao-cao.txt", GOOD_TEXT.encode())
    job = DocumentJob(good, "bao-cao", "shown/bao-cao.txt", "docs/bao-cao.txt")
    processed = process_document(job, limits=limits, timeout_s=None)
    assert isinstance(processed, ProcessedDocument)
    assert (processed.parsed.meta.path, processed.parsed.meta.document) == (
        "shown/bao-cao.txt",
        "docs/bao-cao.txt",
    )
    assert processed.parsed.passages == parse_document(good, "bao-cao").passages
