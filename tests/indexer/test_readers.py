"""indexer.readers on the corpus and on fixtures built in tmp_path (no binaries committed)."""

from __future__ import annotations

import builtins
import io
import os
import pathlib
import random
import unicodedata
from pathlib import Path

import pytest

from indexer.readers import (
    SUPPORTED_SUFFIXES,
    UnreadableDocumentError,
    is_supported,
    join_split_syllables,
    read_document,
)

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))

SENTENCE = "Ủy ban nhân dân huyện Hương Khê báo cáo kết quả cải cách hành chính quý I năm 2023."
PLAN = "Kế hoạch số 214/KH-UBND ngày 17/01/2023 về nâng cao Chỉ số hài lòng của người dân."
# Both tone placements and đ/ơ/ư, in a text with Windows line ends (must stay unchanged).
TEXT = f"{SENTENCE}\r\n{PLAN}\r\nHòa giải ở cơ sở, thuỷ lợi, Đảng bộ.\n"

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 bytes the way legacy Vietnamese editors wrote them.

    Python's cp1258 codec only maps characters one to one, and most toned vowels ("ủ", "ệ")
    are not in the code page: they are written as base letter + combining tone mark.
    """
    out = bytearray()
    for char in nfc(text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base = nfc("".join(c for c in decomposed if c not in _TONES))
        tones = "".join(c for c in decomposed if c in _TONES)
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def reason_for(path: Path, **kwargs: int) -> str:
    with pytest.raises(UnreadableDocumentError) as caught:
        read_document(path, **kwargs)
    assert caught.value.path == path
    assert "\n" not in caught.value.reason
    return caught.value.reason


# --- plain text ----------------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS_FILES, reason="no corpus/*.txt in the repository")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_file_reads_back_unchanged(path: Path) -> None:
    document = read_document(path)
    assert document.text == path.read_bytes().decode("utf-8")
    assert (document.format, document.encoding, document.warnings) == ("txt", "utf-8", ())
    assert document.page_starts == (0,)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be"],
)
def test_unicode_encodings_decode_exactly_without_bom(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    document = read_document(write(tmp_path, "note.md", data))
    assert document.text == TEXT  # BOM gone, "\r\n" and "thuỷ"/"Hòa" untouched
    assert (document.format, document.encoding, document.warnings) == ("md", encoding, ())


def test_windows_1258_is_detected_and_kept_decomposed(tmp_path: Path) -> None:
    data = encode_cp1258(TEXT)
    assert nfc(data.decode("cp1258")) == TEXT  # the fixture itself is right
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    document = read_document(write(tmp_path, "cu.txt", data))
    assert document.encoding == "cp1258"
    assert any("Windows-1258" in warning for warning in document.warnings)
    assert nfc(document.text) == TEXT
    assert document.text == data.decode("cp1258")  # unchanged: tone marks stay combining
    assert document.text != TEXT


def test_windows_1258_single_word(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "word.txt", encode_cp1258("Việt Nam")))
    assert nfc(document.text) == "Việt Nam"


@pytest.mark.parametrize(
    "data",
    [
        "Народный комитет уезда утвердил план административной реформы.".encode("cp1251"),
        "Così è la città più bella; perché no? Andiamo là.".encode("cp1252"),
        "São Paulo é uma cidade; não há razões para ações.".encode("cp1252"),
    ],
    ids=["cp1251-russian", "cp1252-italian", "cp1252-portuguese"],
)
def test_other_legacy_encodings_are_not_taken_for_windows_1258(tmp_path: Path, data: bytes) -> None:
    reason = reason_for(write(tmp_path, "other.txt", data))
    assert reason.startswith("cannot decode: not UTF-8/UTF-16/Windows-1258")


def test_damaged_utf8_is_rejected_with_the_bad_byte(tmp_path: Path) -> None:
    head = SENTENCE.encode("utf-8")
    data = head + b"\xff" + PLAN.encode("utf-8")
    reason = reason_for(write(tmp_path, "broken.txt", data))
    assert reason == f"cannot decode: invalid UTF-8 at byte {len(head)}"


def test_empty_and_whitespace_only_files(tmp_path: Path) -> None:
    assert reason_for(write(tmp_path, "empty.txt", b"")) == "empty file"
    assert reason_for(write(tmp_path, "blank.txt", b" \r\n\t \n")) == "file has only whitespace"
    blank_utf16 = b"\xff\xfe" + "  \n ".encode("utf-16-le")
    assert reason_for(write(tmp_path, "blank16.txt", blank_utf16)) == "file has only whitespace"


def test_binary_garbage_is_rejected(tmp_path: Path) -> None:
    rng = random.Random(7)
    with_nuls = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\x00"
    assert reason_for(write(tmp_path, "garbage.txt", with_nuls)) == "binary data, not text"
    without_nuls = bytes(rng.randrange(1, 256) for _ in range(4096))
    assert reason_for(write(tmp_path, "noise.md", without_nuls)) == "binary data, not text"
    # A Vietnamese sentence followed by control-character junk is not text either.
    junk = SENTENCE.encode("utf-8") + bytes(range(1, 8)) * 10
    assert reason_for(write(tmp_path, "junk.txt", junk)) == "binary data, not text"


def test_size_limit(tmp_path: Path) -> None:
    data = TEXT.encode("utf-8")
    path = write(tmp_path, "small.txt", data)
    assert read_document(path, max_bytes=len(data)).text == TEXT
    reason = reason_for(path, max_bytes=len(data) - 1)
    assert reason == f"file is {len(data)} bytes, over the {len(data) - 1} bytes limit"


def test_huge_sparse_file_is_rejected_by_size_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(builtins, "open", no_reading)
    monkeypatch.setattr(io, "open", no_reading)
    monkeypatch.setattr(pathlib.Path, "open", no_reading)
    monkeypatch.setattr(pathlib.Path, "read_bytes", no_reading)
    assert reason_for(path) == "file is 50 MB, over the 20 MB limit"


def test_unsupported_missing_and_directory(tmp_path: Path) -> None:
    assert reason_for(write(tmp_path, "scan.xyz", b"text")) == "unsupported file type .xyz"
    assert reason_for(write(tmp_path, "README", b"text")) == "unsupported file type (no suffix)"
    assert reason_for(tmp_path / "missing.txt") == "file not found"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert reason_for(folder) == "not a regular file"


def test_unreadable_permission(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", TEXT.encode("utf-8"))
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): chmod 0 does not stop reads")
        assert reason_for(path) == "permission denied"
    finally:
        path.chmod(0o600)


def test_is_supported() -> None:
    assert {".txt", ".md", ".docx", ".pdf", ".html", ".htm"} <= SUPPORTED_SUFFIXES
    assert is_supported("a/b/Bao-cao.PDF")
    assert is_supported(Path("ke-hoach.docx"))
    assert not is_supported("ke-hoach.doc")
    assert not is_supported("notes")


# --- docx ----------------------------------------------------------------------------------


def test_docx_keeps_reading_order_and_tab_separated_rows(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Ủy ban nhân dân huyện Hương Khê", level=1)
    document.add_paragraph("Kế hoạch số 214/KH-UBND ngày 17/01/2023")
    document.add_paragraph("Số: 96/BC-UBND\tHương Khê, ngày 14 tháng 3 năm 2023")
    rows = [
        ["STT", "Chỉ tiêu", "Kết quả"],
        ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "98,5%"],
        ["2", "Số thủ tục hành chính được công bố", "120"],
    ]
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Đoạn văn sau bảng: hoà giải, thuỷ lợi.")
    path = tmp_path / "ke-hoach.docx"
    document.save(path)

    result = read_document(path)
    assert result.format == "docx"
    lines = result.text.split("\n")
    table_lines = ["\t".join(row) for row in rows]
    start = lines.index(table_lines[0])
    assert lines[start : start + 3] == table_lines
    order = [
        result.text.index("Ủy ban nhân dân huyện Hương Khê"),
        result.text.index("Kế hoạch số 214/KH-UBND ngày 17/01/2023"),
        result.text.index(table_lines[0]),
        result.text.index("Đoạn văn sau bảng: hoà giải, thuỷ lợi."),
    ]
    assert order == sorted(order)
    # Paragraphs are separated by one blank line; a tab inside a paragraph is not a table cell.
    assert "Ủy ban nhân dân huyện Hương Khê\n\nKế hoạch số 214/KH-UBND" in result.text
    assert "Số: 96/BC-UBND Hương Khê, ngày 14 tháng 3 năm 2023" in result.text
    assert sum("\t" in line for line in lines) == 3


def test_docx_merged_cells_appear_once_and_keep_columns(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "Nội dung"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Kết quả"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Cải cách thủ tục hành chính"
    table.cell(1, 1).text = "Đơn vị tính"
    table.cell(1, 2).text = "Số liệu"
    table.cell(2, 1).text = "Hồ sơ"
    table.cell(2, 2).text = "1.250"
    path = tmp_path / "merged.docx"
    document.save(path)

    assert read_document(path).text.split("\n") == [
        "Nội dung\tKết quả\t",
        "Cải cách thủ tục hành chính\tĐơn vị tính\tSố liệu",
        "\tHồ sơ\t1.250",
    ]


def test_corrupt_docx(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    not_zip = write(tmp_path, "a.docx", b"PK\x03\x04 this is not a zip archive")
    assert reason_for(not_zip).startswith("corrupt .docx: ")
    import zipfile

    empty_zip = tmp_path / "b.docx"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    assert reason_for(empty_zip).startswith("corrupt .docx: ")


# --- pdf -----------------------------------------------------------------------------------

_FONT_NAMES = ("DejaVuSans.ttf", "NotoSans-Regular.ttf", "FreeSans.ttf", "Arial.ttf")
_FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")


def _unicode_font() -> Path | None:
    for name in _FONT_NAMES:
        for folder in _FONT_DIRS:
            if folder.is_dir():
                found = next(folder.rglob(name), None)
                if found is not None:
                    return found
    return None


def _pdf(pages: list[list[str]], *, justified: str | None = None) -> bytes:
    fpdf = pytest.importorskip("fpdf")
    font = _unicode_font()
    if font is None:
        pytest.skip(f"no Unicode TTF font ({', '.join(_FONT_NAMES)}) for Vietnamese text")
    pdf = fpdf.FPDF()
    pdf.add_font("Body", "", str(font))
    pdf.set_font("Body", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
        if justified:
            pdf.multi_cell(0, 6, justified, align="J")
    return bytes(pdf.output())


def test_pdf_pages_and_page_starts(tmp_path: Path) -> None:
    page_two = "Đảng bộ huyện lãnh đạo công tác cải cách hành chính năm 2023."
    path = write(tmp_path, "bao-cao.pdf", _pdf([[SENTENCE, PLAN], [page_two]]))
    document = read_document(path)
    assert document.format == "pdf"
    assert len(document.page_starts) == 2
    first = nfc(document.text[: document.page_starts[1]])
    second = nfc(document.text[document.page_starts[1] :])
    assert SENTENCE in first and PLAN in first
    assert page_two in second and SENTENCE not in second
    offset = nfc(document.text).index(page_two)
    assert document.page_at(offset) == 2
    assert document.page_at(nfc(document.text).index(PLAN)) == 1
    assert document.text[document.page_starts[1] - 2 : document.page_starts[1]] == "\n\n"


def test_pdf_justified_lines_have_single_spaces(tmp_path: Path) -> None:
    paragraph = " ".join([SENTENCE, PLAN] * 3)
    path = write(tmp_path, "justified.pdf", _pdf([[]], justified=paragraph))
    text = read_document(path).text
    assert "  " not in text
    assert " ".join(nfc(text).split()) == paragraph


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 140)  # a drawing only, like a scan
    path = write(tmp_path, "scan.pdf", bytes(pdf.output()))
    assert reason_for(path) == "no text layer (scanned PDF?)"


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.pdf", b"%PDF-1.4\nthis is not a pdf at all\n%%EOF\n")
    assert reason_for(path).startswith("corrupt .pdf: ")


# --- html ----------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Tiêu đề trang</title>
<style>p { color: red; }</style></head>
<body>
<h1>Báo cáo   cải cách
hành chính</h1>
<p>Ủy ban nhân dân huyện <b>Hương Khê</b> báo cáo.<br>Dòng thứ hai.</p>
<script>var secret = "không được hiện";</script>
<table>
  <tr><th>STT</th><th>Chỉ tiêu</th><th colspan="2">Kết quả</th></tr>
  <tr><td rowspan="2">1</td><td>Tỷ lệ hồ sơ</td><td>98,5%</td><td>đạt</td></tr>
  <tr><td>Số TTHC</td><td>120</td><td></td></tr>
</table>
<ul><li>Mục một</li><li>Mục hai</li></ul>
<div hidden>ẩn đi</div>
<!-- ghi chú ẩn -->
</body></html>"""


def test_html_visible_text_blocks_and_tables(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "trang.html", HTML.encode("utf-8")))
    assert document.format == "html"
    assert document.encoding == "utf-8"
    assert document.text.split("\n\n") == [
        "Báo cáo cải cách hành chính",
        "Ủy ban nhân dân huyện Hương Khê báo cáo.\nDòng thứ hai.",
        "STT\tChỉ tiêu\tKết quả\t\n1\tTỷ lệ hồ sơ\t98,5%\tđạt\n\tSố TTHC\t120\t",
        "Mục một",
        "Mục hai",
    ]
    for hidden in ("không được hiện", "color: red", "Tiêu đề trang", "ẩn đi", "ghi chú ẩn"):
        assert hidden not in document.text


def test_html_declared_windows_1258(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="windows-1258"></head><body><p>{SENTENCE}</p></body></html>'
    document = read_document(write(tmp_path, "cu.htm", encode_cp1258(page)))
    assert document.encoding == "cp1258"
    assert nfc(document.text) == SENTENCE
    assert any("Windows-1258" in warning for warning in document.warnings)


def test_html_undeclared_legacy_and_lying_declaration(tmp_path: Path) -> None:
    undeclared = f"<html><body><p>{SENTENCE}</p></body></html>"
    document = read_document(write(tmp_path, "a.html", encode_cp1258(undeclared)))
    assert (nfc(document.text), document.encoding) == (SENTENCE, "cp1258")
    lying = f'<html><head><meta charset="iso-8859-1"></head><body><p>{PLAN}</p></body></html>'
    document = read_document(write(tmp_path, "b.html", lying.encode("utf-8")))
    assert (document.text, document.encoding) == (PLAN, "utf-8")
    assert document.warnings


def test_html_without_visible_text(tmp_path: Path) -> None:
    page = b"<html><head><title>x</title><script>alert(1)</script></head><body> </body></html>"
    assert reason_for(write(tmp_path, "empty.html", page)) == "no visible text in document"


def test_a_text_with_few_vietnamese_marks_is_read_with_a_garbled_warning(tmp_path: Path) -> None:
    # an OCR layer made without Vietnamese: "Căn cứ Công văn số ... ngày ..." read as below
    garbled = "Cdn cu C6ng vdn ro aszlsvttTTDL-VP ngity ctra Ss V6n ho6 vd Du llch tinh. " * 8
    path = tmp_path / "scan.txt"
    path.write_text(garbled, encoding="utf-8")
    assert read_document(path).warnings[-1].startswith("text looks garbled: 0%")
    vietnamese = "Căn cứ Công văn số 25/SVHTTDL-VP ngày 14/4/2025 của Sở Văn hóa tỉnh. " * 8
    path.write_text(vietnamese, encoding="utf-8")
    assert read_document(path).warnings == ()
    path.write_text("Cdn cu C6ng vdn ro 2025", encoding="utf-8")  # too short to tell
    assert read_document(path).warnings == ()


def test_word_list_numbering_is_read_before_the_paragraph(tmp_path: Path) -> None:
    # Word draws "1.", "2." before a numbered paragraph; they are no part of its text runs
    import docx

    document = docx.Document()
    document.add_paragraph("Nội dung gồm:")
    for item in ("Lập kế hoạch", "Tổ chức thực hiện", "Báo cáo kết quả"):
        document.add_paragraph(item, style="List Number")
    document.add_paragraph("Trách nhiệm:", style="List Bullet")
    path = tmp_path / "numbered.docx"
    document.save(path)
    lines = read_document(path).text.split("\n\n")
    assert lines == [
        "Nội dung gồm:",
        "1. Lập kế hoạch",
        "2. Tổ chức thực hiện",
        "3. Báo cáo kết quả",
        "- Trách nhiệm:",
    ]


@pytest.mark.parametrize(
    ("extracted", "read"),
    [
        # a PDF placing a marked vowel as a glyph of its own: the space before it cuts a syllable
        ("quy đ ịnh c ủa Chính ph ủ", "quy định của Chính phủ"),
        ("Qu ốc gia, TH ẨM QUYỀN, Ph ục vụ", "Quốc gia, THẨM QUYỀN, Phục vụ"),
        (
            "điều ki ện ho ạt động, thu ộc lĩnh vực, nhà nư ớc, tiêu chu ẩn",
            "điều kiện hoạt động, thuộc lĩnh vực, nhà nước, tiêu chuẩn",
        ),
        # two words stay two words
        ("như ở trên, thu âm, cho ăn, sau ấy, điểm b ở trên, UBND ủy quyền", None),
    ],
)
def test_syllables_cut_by_pdf_extraction_are_joined(extracted: str, read: str | None) -> None:
    assert join_split_syllables(extracted) == (read or extracted)


def test_word_numbering_with_hostile_values_stays_bounded(tmp_path: Path) -> None:
    # a list starting at two billion in letters would spell a label of millions of letters;
    # an empty item is counted as Word counts it; a bullet is a dash, whatever its font glyph
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    for item in ("Một", "", "Ba"):
        document.add_paragraph(item, style="List Number")
    document.add_paragraph("Chấm", style="List Bullet")
    path = tmp_path / "plain.docx"
    document.save(path)
    assert read_document(path).text.split("\n\n") == ["1. Một", "3. Ba", "- Chấm"]
    numbering = document.part.numbering_part.element
    for lvl in numbering.iter(qn("w:lvl")):
        for start in lvl.iter(qn("w:start")):
            start.set(qn("w:val"), "2000000000")
        for fmt in lvl.iter(qn("w:numFmt")):
            if fmt.get(qn("w:val")) == "decimal":
                fmt.set(qn("w:val"), "lowerLetter")
    path = tmp_path / "hostile.docx"
    document.save(path)
    text = read_document(path).text
    assert len(text) < 5_000, len(text)


def test_a_capital_code_before_a_word_is_no_cut_syllable() -> None:
    assert join_split_syllables("Kế hoạch 45/KH Ủy ban") == "Kế hoạch 45/KH Ủy ban"
    assert join_split_syllables("TH ẨM QUYỀN") == "THẨM QUYỀN"
