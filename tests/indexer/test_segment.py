"""Passages: verbatim spans, never across a section boundary, table rows that read alone."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from indexer.cleaning import clean_text
from indexer.records import DocumentText, Passage
from indexer.segment import MAX_WORDS, build_passages
from indexer.structure import DocumentStructure, parse_structure
from tests.conftest import corpus_files

_MARKUP = re.compile(r"<sup>\s*\w{1,4}\s*</sup>|<[^>\n]{1,40}>|[*#]|^\s*\|?-{3,}\|?\s*$", re.M)


def _plain(text: str) -> str:
    """An independent, cruder markup stripper than indexer.cleaning, for checking."""
    return unicodedata.normalize("NFC", _MARKUP.sub("", text))


def _segment(path: Path) -> tuple[str, DocumentStructure, list[Passage]]:
    original = path.read_text(encoding="utf-8")
    clean = clean_text(original)
    structure = parse_structure(original, clean)
    passages = build_passages(path.stem, DocumentText(original, "txt"), clean, structure)
    return original, structure, passages


def _check_document(path: Path) -> int:
    original, structure, passages = _segment(path)
    assert passages, path.name
    starts = np.array([s.start for s in structure.sections])
    ends = np.array([s.end for s in structure.sections])
    for p in passages:
        assert 0 <= p.start < p.end <= len(original), (path.name, p)
        span = _plain(original[p.start : p.end])
        if p.kind == "table_row":
            table = next(t for t in structure.tables if any(r.start == p.start for r in t.rows))
            for header in table.header:
                assert header in p.text, (path.name, header, p.text)
            row = next(r for r in table.rows if r.start == p.start)
            for cell in row.cells:
                for word in _plain(cell).split():
                    assert word in span, (path.name, word)
            continue
        # the passage text is the span's text, in order, markup aside
        cursor = 0
        text = unicodedata.normalize("NFC", p.text)
        if p.kind == "footnote":
            text = re.sub(r"^Chú thích \w+: ", "", text)
        for word in text.split():
            if not word.strip("*#"):
                continue  # a lone "*" is text in the passage, markup for this crude checker
            found = span.find(word, cursor)
            assert found >= 0, (path.name, p.start, word, span[cursor : cursor + 80])
            cursor = found + len(word)
        # inside its own section ...
        owner = structure.sections[p.section]
        assert owner.start <= p.start and p.end <= owner.end, (path.name, p, owner)
        # ... and crossing no other: every section contains it, lies in it, or is disjoint
        crossing = ((starts > p.start) & (starts < p.end) & (ends > p.end)) | (
            (ends > p.start) & (ends < p.end) & (starts < p.start)
        )
        assert not crossing.any(), (path.name, p.start, p.end)
        if p.kind == "text":
            assert len(p.text.split()) <= MAX_WORDS
    return len(passages)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem[:30])
def test_passages_of_the_corpus(path: Path) -> None:
    assert _check_document(path) > 10


def test_passages_of_the_law_corpus(law_corpus: Path) -> None:
    files = sorted(law_corpus.glob("*.txt"))
    assert len(files) == 208
    total = sum(_check_document(path) for path in files)
    assert total > 20_000


def test_table_row_passage_reads_alone() -> None:
    path = next(p for p in corpus_files() if p.name.startswith("huong-tra"))
    _, _, passages = _segment(path)
    rows = [p for p in passages if p.kind == "table_row" and "45,2%" in p.text]
    assert len(rows) == 1
    text = rows[0].text
    assert "Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 3" in text
    assert "Đơn vị tính: %" in text and "Số liệu: 45,2%" in text
    assert "BIỂU MẪU" in text  # the table caption


def test_small_sections_are_packed_whole() -> None:
    path = next(p for p in corpus_files() if p.name.startswith("van-quan"))
    _, _, passages = _segment(path)
    words = [len(p.text.split()) for p in passages if p.kind == "text"]
    assert np.median(words) >= 80  # 80–200 words where the structure allows it


def test_a_long_heading_is_whole_in_unit_paths_and_cut_in_passage_paths() -> None:
    # a procedure's name as its heading ("1. Thủ tục thẩm định ... giữa các Ủy ban nhân dân cấp
    # tỉnh"): an evidence unit's context reads all of it; a passage's path, the first 160
    # characters (what the search reads before the passage's own words)
    from indexer.segment import PASSAGE_TITLE_CHARS, section_paths
    from indexer.structure import _heading_of

    name = "Thủ tục thẩm định việc chuyển giao đơn vị sự nghiệp công lập " * 4 + "cấp tỉnh"
    kind, label, title = _heading_of(f"1. {name}")
    assert title == name.strip()
    text = f"PHẦN I. DANH MỤC\n1. {name}\na) Trình tự thực hiện: nộp hồ sơ.\n"
    structure = parse_structure(text, clean_text(text))
    whole = section_paths(structure.sections)
    cut = section_paths(structure.sections, PASSAGE_TITLE_CHARS)
    deepest = max(whole, key=lambda i: len(whole[i]))
    assert "cấp tỉnh" in whole[deepest] and "cấp tỉnh" not in cut[deepest]
    assert "…" in cut[deepest] and cut[deepest].endswith("Trình tự thực hiện")
