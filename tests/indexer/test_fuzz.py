"""Property tests: hostile or random input never raises anything but the documented errors.

Example counts come from the Hypothesis profile (tests/conftest.py): modest by default,
larger with ``HYPOTHESIS_PROFILE=fuzz``.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.cleaning import clean_text
from indexer.extract.citations import extract_citations
from indexer.extract.figures import extract_figures
from indexer.readers import UnreadableDocumentError, read_document
from indexer.records import DocumentText
from indexer.structure import parse_structure

SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf")
# Pieces of administrative writing, so random text often forms numbers, dates and headings.
PIECES = (
    *("Số", "số", "Số:", "ngày", "tháng", "năm", "Quyết định", "Kế hoạch", "Luật", "Nghị định"),
    *("Điều", "Chương", "Mục", "khoản", "điểm", "của", "UBND", "tỉnh", "huyện", "về việc"),
    *("QĐ", "KH", "NĐ-CP", "UBND", "QH13", "BC", "-NQ/TW", "TM.", "KT.", "CHỦ TỊCH", "BÁO CÁO"),
    *("/", "-", ":", ".", ",", ";", "%", "(", ")", "|", "\t", "\n", "\n\n", " ", "  ", "*", "#"),
    *("<sup>1</sup>", "<br>", "---", "I.", "1.", "a)", "đạt", "tỷ đồng", "quý I", "2023", "12"),
    *("05/6/2024", "30/2020/NĐ-CP", "1941/QĐ-UBND", "98,5", "1.234", "ISO 9001:2015", "\u0301"),
)
vietnamese_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=6), st.integers(0, 99999).map(str)),
    max_size=120,
).map("".join)


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Số: 12/BC-UBND")
    document.add_table(rows=2, cols=2).cell(0, 0).text = "Nội dung"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf_bytes() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(text="So: 12/BC-UBND ngay 05/6/2024")
    return bytes(pdf.output())


VALID = {
    ".txt": "Số: 12/BC-UBND\nBÁO CÁO\n".encode(),
    ".md": "# BÁO CÁO\n\n**Số:** 12/BC-UBND\n".encode(),
    ".html": "<html><body><p>Số: 12/BC-UBND</p><table><tr><td>a</td></tr></table>".encode(),
    ".docx": _docx_bytes(),
    ".pdf": _pdf_bytes(),
}


@st.composite
def damaged_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """(suffix, bytes): random bytes, or a valid file of that type with bytes overwritten."""
    suffix = draw(st.sampled_from(SUFFIXES))
    if draw(st.booleans()):
        return suffix, draw(st.binary(max_size=2048))
    data = bytearray(VALID[suffix])
    for _ in range(draw(st.integers(1, 20))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return suffix, bytes(data)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(damaged_files())
def test_readers_raise_only_the_documented_error(file: tuple[str, bytes]) -> None:
    suffix, data = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"tep{suffix}"
        path.write_bytes(data)
        try:
            document = read_document(path)
        except UnreadableDocumentError as error:
            assert error.reason and "\n" not in error.reason
            return
    assert isinstance(document, DocumentText) and document.text.strip()
    assert all(0 <= start <= len(document.text) for start in document.page_starts)


def _valid_spans(text: str, spans: list[tuple[int, int]]) -> None:
    for start, end in spans:
        assert 0 <= start <= end <= len(text), (start, end, len(text))


@given(vietnamese_text)
def test_citations_and_figures_are_valid_slices(text: str) -> None:
    citations = extract_citations(text)
    _valid_spans(text, [(c.start, c.end) for c in citations])
    assert all(c.start < c.end for c in citations)
    figures = extract_figures(text)
    _valid_spans(text, [(f.start, f.end) for f in figures])
    assert all(text[f.start : f.end] == f.raw for f in figures)


@given(vietnamese_text)
def test_structure_spans_are_valid_slices_of_the_document(text: str) -> None:
    clean = clean_text(text)
    structure = parse_structure(text, clean)
    _valid_spans(text, [(s.start, s.end) for s in structure.sections])
    _valid_spans(text, [(t.start, t.end) for t in structure.tables])
    _valid_spans(text, [(r.start, r.end) for t in structure.tables for r in t.rows])
    _valid_spans(text, [(n.start, n.end) for n in structure.footnotes])
    _valid_spans(text, [(n.anchor_start, n.anchor_end) for n in structure.footnotes])
    _valid_spans(clean.text, list(structure.table_spans) + list(structure.footnote_spans))
    assert structure.sections[0].parent is None
