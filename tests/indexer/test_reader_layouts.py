"""Side-by-side layouts as users upload them: a signed PDF whose number and day are stamped in a
signature widget, a draft with both left blank, a Word header laid out in a one-row table."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest

from indexer.cleaning import clean_text
from indexer.readers import UnreadableDocumentError, read_document
from indexer.structure import parse_structure

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_MM = 72 / 25.4


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _header_page(*, body: bool = True) -> bytes:
    """A report's header with the number and the day left blank, as a draft is printed."""
    fpdf = pytest.importorskip("fpdf")
    if not _FONT.is_file():
        pytest.skip(f"{_FONT} not found: no Unicode font for Vietnamese text")
    pdf = fpdf.FPDF()
    pdf.add_font("Body", "", str(_FONT))
    pdf.set_font("Body", size=11)
    pdf.add_page()
    if body:
        for x, y, text in (
            (20, 20, "ỦY BAN NHÂN DÂN"),
            (110, 20, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            (20, 30, "Số:"),
            (45, 30, "/BC-UBND"),
            (110, 30, "Hương Khê, ngày"),
            (156, 30, "tháng 12 năm 2025"),
            (20, 45, "BÁO CÁO"),
            (20, 52, "Kết quả cải cách hành chính năm 2025"),
        ):
            pdf.set_xy(x, y)
            pdf.cell(text=text)
    else:
        pdf.rect(20, 20, 100, 140)  # a drawing only, like a scan
    return bytes(pdf.output())


def _signed(page: bytes, stamps: list[tuple[str, float]], *, flags: int = 4) -> bytes:
    """``page`` with one signature widget per ``(text, x in mm)`` on the number/date line, its
    text only in the widget's appearance stream (what signing software stamps)."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        StreamObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=io.BytesIO(page))
    target = writer.pages[0]
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    annotations = ArrayObject()
    top = float(target.mediabox.height) - 30 * _MM - 12  # the line at y = 30 mm
    for text, x_mm in stamps:
        appearance = StreamObject()
        appearance.set_data(f"BT /F1 11 Tf 1 4 Td ({text}) Tj ET".encode())
        appearance.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (0, 0, 30, 16)]),
                NameObject("/Resources"): DictionaryObject(
                    {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
                ),
            }
        )
        x = x_mm * _MM
        rect = [x, top, x + 30, top + 16]
        annotation = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Sig"),
                NameObject("/T"): TextStringObject(f"Signature {text}"),
                NameObject("/F"): NumberObject(flags),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                NameObject("/AP"): DictionaryObject(
                    {NameObject("/N"): writer._add_object(appearance)}
                ),
            }
        )
        annotations.append(writer._add_object(annotation))
    target[NameObject("/Annots")] = annotations
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _meta(text: str) -> tuple[str | None, str | None]:
    structure = parse_structure(text, clean_text(text))
    return structure.number, structure.date


def test_signature_widget_number_and_day_are_merged_into_their_line(tmp_path: Path) -> None:
    from pypdf import PdfReader

    data = _signed(_header_page(), [("123", 29), ("05", 146)])
    assert "123" not in PdfReader(io.BytesIO(data)).pages[0].extract_text()  # only in the widget
    document = read_document(_write(tmp_path, "bao-cao-ky-so.pdf", data))
    lines = nfc(document.text).splitlines()
    assert "Số: 123/BC-UBND Hương Khê, ngày 05 tháng 12 năm 2025" in lines
    assert lines.index("Số: 123/BC-UBND Hương Khê, ngày 05 tháng 12 năm 2025") < lines.index(
        "BÁO CÁO"
    )
    # offsets point into the text as read: the number is a slice of the document text
    start = document.text.index("123/BC-UBND")
    assert document.text[start : start + 11] == "123/BC-UBND"
    assert document.page_at(start) == 1
    assert _meta(document.text) == ("123/BC-UBND", "2025-12-05")


def test_draft_without_number_and_day_has_null_number_and_month_date(tmp_path: Path) -> None:
    document = read_document(_write(tmp_path, "du-thao.pdf", _header_page()))
    assert "Số: /BC-UBND Hương Khê, ngày tháng 12 năm 2025" in nfc(document.text).splitlines()
    assert _meta(document.text) == (None, "2025-12")


def test_hidden_widget_is_not_read(tmp_path: Path) -> None:
    data = _signed(_header_page(), [("123", 29)], flags=4 | 2)  # Print + Hidden
    text = nfc(read_document(_write(tmp_path, "an.pdf", data)).text)
    assert "123" not in text
    assert "Số: /BC-UBND Hương Khê, ngày tháng 12 năm 2025" in text.splitlines()


def test_scan_with_only_a_signature_stamp_has_no_text_layer(tmp_path: Path) -> None:
    data = _signed(_header_page(body=False), [("SAO Y", 29)])
    with pytest.raises(UnreadableDocumentError) as caught:
        read_document(_write(tmp_path, "scan-ky-so.pdf", data))
    assert caught.value.reason == "no text layer (scanned PDF?)"


def test_docx_one_row_header_table_reads_as_blocks(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "THỦ TƯỚNG CHÍNH PHỦ"
    header.cell(0, 0).add_paragraph("Số: 15/CT-TTg")
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    header.cell(0, 1).add_paragraph("Hà Nội, ngày 30 tháng 5 năm 2025")
    document.add_paragraph("CHỈ THỊ")
    document.add_paragraph("Về việc tăng cường chấp hành quy định pháp luật về giá")
    data = document.add_table(rows=2, cols=2)  # a data table stays one TSV line per row
    for r, row in enumerate([("STT", "Nội dung"), ("1", "Kê khai giá")]):
        for c, value in enumerate(row):
            data.cell(r, c).text = value
    path = tmp_path / "chi-thi.docx"
    document.save(path)
    text = read_document(path).text
    assert text.split("\n\n") == [
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 15/CT-TTg",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 30 tháng 5 năm 2025",
        "CHỈ THỊ",
        "Về việc tăng cường chấp hành quy định pháp luật về giá",
        "STT\tNội dung\n1\tKê khai giá",
    ]
    structure = parse_structure(text, clean_text(text))
    assert (structure.number, structure.date, structure.doc_type) == (
        "15/CT-TTg",
        "2025-05-30",
        "chỉ thị",
    )
    assert structure.issuer == "Thủ tướng Chính phủ"
