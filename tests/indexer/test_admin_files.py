"""Metadata of the PDF and Word files of ``../shared/benchmarks/admin-files`` against the gold
read by hand (``eval/gold/admin_files_metadata.jsonl``): signed, draft and scanned uploads."""

from __future__ import annotations

import functools
import json
import re
import unicodedata

import pytest

from eval.metadata_eval import FIELDS, FILES_GOLD, admin_files_dir
from indexer.pipeline import ParsedDocument, parse_document
from indexer.readers import UnreadableDocumentError, read_document

FILES = admin_files_dir()
GOLD = [json.loads(line) for line in FILES_GOLD.read_text(encoding="utf-8").splitlines()]
CHECKED = ("number", "date", "doc_type", "issuer", "title", "signer", "signer_position")

pytestmark = pytest.mark.skipif(
    not FILES.is_dir(), reason=f"{FILES} not found: the admin-files tests need ../shared"
)


@functools.cache
def _parsed(name: str) -> ParsedDocument:  # parsed once: the 29-page 1059 takes ~15 s
    return parse_document(FILES / name, "doc")


def _gold(kind: str) -> list[dict]:
    return [record for record in GOLD if record["text_layer"] == kind]


def test_gold_covers_every_file() -> None:
    on_disk = {path.name for path in FILES.iterdir() if path.suffix in (".pdf", ".docx")}
    assert {record["file"] for record in GOLD} == on_disk


@pytest.mark.parametrize("record", _gold("ok"), ids=lambda r: r["file"])
def test_metadata_of_files_with_a_text_layer(record: dict) -> None:
    meta = _parsed(record["file"]).meta
    for field in CHECKED:
        attribute, equal = FIELDS[field]
        got = getattr(meta, attribute)
        assert equal(got, record[field]), f"{field}: got {got!r}, gold {record[field]!r}"


@pytest.mark.parametrize("record", _gold("none"), ids=lambda r: r["file"])
def test_files_without_a_text_layer_are_refused(record: dict) -> None:
    with pytest.raises(UnreadableDocumentError) as caught:
        read_document(FILES / record["file"])
    assert caught.value.reason == "no text layer (scanned PDF?)"


@pytest.mark.parametrize("record", _gold("ocr"), ids=lambda r: r["file"])
def test_garbage_ocr_layer_invents_no_metadata(record: dict) -> None:
    meta = _parsed(record["file"]).meta
    for field in CHECKED:
        attribute, equal = FIELDS[field]
        got = getattr(meta, attribute)
        assert got is None or equal(got, record[field]), f"{field}: invented {got!r}"


@pytest.mark.parametrize("record", _gold("ocr"), ids=lambda r: r["file"])
def test_garbage_ocr_layer_is_indexed_with_a_warning(record: dict) -> None:
    warnings = _parsed(record["file"]).meta.warnings
    assert any(w.startswith("text looks garbled") for w in warnings), warnings


@pytest.mark.parametrize("record", _gold("ok"), ids=lambda r: r["file"])
def test_a_real_text_layer_is_not_called_garbled(record: dict) -> None:
    warnings = _parsed(record["file"]).meta.warnings
    assert not any(w.startswith("text looks garbled") for w in warnings), warnings


def test_articles_numbered_by_word_keep_their_numbers() -> None:
    # Nghị định 80/2025: "Điều %1." is the label of a numbered list, not text of the headings
    text = read_document(FILES / "Nghị định-80-2025-NĐ-CP.docx").text
    articles = re.findall(r"^Điều (\d+)\. ", text, re.MULTILINE)
    assert articles == [str(n) for n in range(1, 20)]
    assert "\nĐiều 1. Phạm vi điều chỉnh\n" in text


def test_syllables_the_pdf_draws_apart_are_read_whole() -> None:
    # Quyết định 1059: each marked vowel is a glyph of its own ("quy đ ịnh", "ngh ệ")
    text = read_document(FILES / "Quyết định-1059-QĐ-TTPVHCC.pdf").text
    assert "quy định" in text and "Khoa học và Công nghệ" in text
    assert not re.search(r"\b(?:c ủa|đ ịnh|ngh ệ|chu ẩn) ", text)


def test_stamped_number_is_read_in_its_line_on_page_one() -> None:
    document = _parsed("Quyết định-1059-QĐ-TTPVHCC.pdf").source
    text = unicodedata.normalize("NFC", document.text)
    line = "Số: 1059/QĐ-TTPVHCC Hà Nội, ngày tháng năm 2025"
    assert line in text.splitlines()
    assert document.page_at(text.index(line)) == 1
    # the title follows the header instead of the body of Điều 1 (plain extraction's order)
    assert text.index(line) < text.index("QUYẾT ĐỊNH\nVề việc công bố Danh mục") < 400


def test_draft_keeps_its_blank_number_and_day() -> None:
    document = _parsed("Quyết định-1469-QĐ-BVHTTDL.pdf").source
    lines = unicodedata.normalize("NFC", document.text).splitlines()
    assert "Số: /QĐ-BVHTTDL Hà Nội, ngày tháng 5 năm 2025" in lines


def test_word_header_table_cells_are_blocks() -> None:
    text = _parsed("Chỉ thị-15-CT-TTg.docx").source.text
    assert text.startswith("THỦ TƯỚNG CHÍNH PHỦ\n_________\nSố: 15/CT-TTg\n\nCỘNG HÒA")
    assert "\nHà Nội, ngày 30 tháng 5 năm 2025\n\nCHỈ THỊ\n\n" in text
