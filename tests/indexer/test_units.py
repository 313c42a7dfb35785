"""Evidence units are made at index time, stored and read back unchanged."""

from __future__ import annotations

from pathlib import Path

from indexer.pipeline import parse_document
from indexer.units import TOKEN, build_units, shared_pairs, unit_from_row, unit_row
from tests.conftest import CORPUS


def test_units_survive_their_stored_form() -> None:
    path = CORPUS / "huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt"
    parsed = parse_document(path, "doc")
    units = build_units(
        "doc",
        parsed.source.text,
        parsed.meta.title or "",
        parsed.structure.sections,
        parsed.passages,
        0,
    )
    assert len(units) > 50
    assert {u.kind for u in units} == {"text", "row"}
    for unit in units:
        back = unit_from_row(unit.idx, "doc", unit_row(unit))
        assert back == unit
        assert back.token_runs == unit.token_runs and back.ttoken_runs == unit.ttoken_runs
        assert parsed.source.text[unit.start : unit.end].strip()  # a real slice of the text


def bigrams(keyed: str) -> frozenset[tuple[str, str]]:
    """Consecutive token pairs of a keyed text (what :func:`shared_pairs` counts against)."""
    tokens = TOKEN.findall(keyed)
    return frozenset(zip(tokens, tokens[1:], strict=False))


def test_shared_pairs_counts_the_word_pairs_of_text_and_context() -> None:
    path = CORPUS / "huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt"
    parsed = parse_document(path, "doc")
    units = build_units(
        "doc", parsed.source.text, parsed.meta.title or "", parsed.structure.sections,
        parsed.passages, 0,
    )  # fmt: skip
    probe = sorted(bigrams(units[10].folded) | bigrams(units[40].context_key))[:12]
    probe += [("ho", "so"), ("dung", "han"), ("khong", "co")]
    for unit in units:
        for toned, text, context in (
            (False, unit.folded, unit.context_key),
            (True, unit.toned, unit.context_toned),
        ):
            pairs = bigrams(text) | bigrams(context)
            asked = list(dict.fromkeys(probe if not toned else sorted(pairs)[:5] + probe[:3]))
            assert shared_pairs(unit, toned, asked) == len(set(asked) & pairs)


def test_a_period_inside_a_document_symbol_does_not_end_a_sentence() -> None:
    from indexer.units import _sentences

    line = (
        "Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Chi cục. "
        "Câu sau nói việc khác."
    )
    pieces = [line[a:b] for a, b in _sentences(line)]
    assert pieces[0].startswith("Cục Thuế") and "4814/CCTKV.05-TTKT3 ngày 30/06/2025" in pieces[0]
    assert pieces[-1] == "Câu sau nói việc khác."


# A price list crawled from the web: one cell a line between lone "|" lines, "** **" for an
# empty cell, two header rows, and a section heading with the next table's header run into
# the last row (the crawl lost the bars that closed the table and opened the next one).
CRAWLED_TABLE = """QUYẾT ĐỊNH
Ban hành bảng giá tính thuế tài nguyên
**Điều 1.** Bảng giá theo Phụ lục.
|
**Mã nhóm**
|
**Tên tài nguyên**
|
**Đơn vị tính**
|
**Đơn giá (đồng)**
|
|
**Cấp 1**
|
**Cấp 2**
|
|
** **
|
**I1**
|
** **
|
|
Sỏi trắng
|
m3
|
150.000
|
|
Đá bazan
|
m3
|
240.000
|
**II.
NƯỚC KHOÁNG**
|
**Mã nhóm**
|
**Tên tài nguyên**
|
**Đơn vị tính**
|
**Đơn giá (đồng)**
|
|
Nước khoáng nóng
|
m3
|
30.000
|
"""


def _crawled_units(tmp_path: Path) -> tuple[str, list]:
    path = tmp_path / "bang-gia.md"
    path.write_text(CRAWLED_TABLE, encoding="utf-8")
    parsed = parse_document(path, "doc")
    units = build_units(
        "doc", parsed.source.text, parsed.meta.title or "", parsed.structure.sections,
        parsed.passages, 0,
    )  # fmt: skip
    return parsed.source.text, [u for u in units if u.kind == "row"]


def test_crawled_rows_keep_their_header_across_markup_only_cells(tmp_path: Path) -> None:
    text, rows = _crawled_units(tmp_path)
    by_label = {u.cells[0]: u for u in rows}
    stone = by_label["Sỏi trắng"]
    assert stone.cells == ("Sỏi trắng", "m3", "150.000")
    # the header is the table's first row with the row of labels under it, not a data row
    assert "don gia (dong)" in stone.context_key and "cap 2" in stone.context_key
    assert "150.000" not in by_label["Đá bazan"].context_key
    for unit in rows:  # quotes stay slices of the original text
        quote = text[unit.start : unit.end]
        assert all(cell.split()[0] in quote for cell in unit.cells if cell)


def test_a_row_run_into_the_next_section_ends_before_its_heading(tmp_path: Path) -> None:
    text, rows = _crawled_units(tmp_path)
    basalt = next(u for u in rows if u.cells[0] == "Đá bazan")
    assert basalt.cells == ("Đá bazan", "m3", "240.000")
    assert "NƯỚC" not in text[basalt.start : basalt.end]
    hot = next(u for u in rows if u.cells[0] == "Nước khoáng nóng")
    assert hot.cells == ("Nước khoáng nóng", "m3", "30.000")
    assert "don gia" in hot.context_key and "240.000" not in hot.context_key
