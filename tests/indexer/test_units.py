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


def _units_of(tmp_path: Path, text: str) -> tuple[str, list]:
    path = tmp_path / "bang.md"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(path, "doc")
    units = build_units(
        "doc", parsed.source.text, parsed.meta.title or "", parsed.structure.sections,
        parsed.passages, 0,
    )  # fmt: skip
    return parsed.source.text, units


def _grid(*rows: tuple[str, ...]) -> str:
    """A table as crawled: one cell a line between lone "|" lines, an empty cell written as
    nothing between two bars (like the end of a row)."""
    out = []
    for row in rows:
        for cell in row:
            out.append("|")
            if cell:
                out.append(cell)
        out.append("|")
    return "\n".join(out) + "\n"


# A scoring table whose "self-assessed" column is left empty in every row, after the
# document's recipients and signature laid out beside the appendix title.
SCORING = "KẾ HOẠCH\nChấm điểm các đơn vị\n**Điều 1.** Chấm điểm theo bảng kèm theo.\n" + _grid(
    (  # the closing block, the appendix title and the header: one row once the bars are lost
        "*Nơi nhận:*\n- Như trên;\n- Lưu: VT.",
        "**KT. GIÁM ĐỐC**\nPHÓ GIÁM ĐỐC\n**Trần Văn A**",
        "**BẢNG ĐIỂM**\n*(Kèm theo Kế hoạch số 12/KH-SNV)*",
        "**Tiêu chí**",
        "**Điểm tối đa**",
        "**Điểm tự chấm**",
        "**Minh chứng**",
    ),
    ("**1. Tổ chức bộ máy**",),
    ("1.1. Có đủ chức danh lãnh đạo.", "4", "", "Quyết định bổ nhiệm lãnh đạo."),
    ("1.2. Có quy chế hoạt động.", "3", "", "Quy chế được phê duyệt."),
    ("**2. Cơ sở vật chất**",),
    ("2.1. Có trụ sở làm việc.", "5", "", "Giấy tờ về trụ sở."),
)


def test_a_row_cut_by_an_empty_cell_is_joined_back(tmp_path: Path) -> None:
    text, units = _units_of(tmp_path, SCORING)
    rows = {u.cells[0]: u for u in units if u.kind == "row"}
    first = rows["1.1. Có đủ chức danh lãnh đạo."]
    # the empty cell keeps its column: the evidence is the fourth cell of its row
    assert first.cells == (
        "1.1. Có đủ chức danh lãnh đạo.",
        "4",
        "",
        "Quyết định bổ nhiệm lãnh đạo.",
    )
    assert "Quyết định bổ nhiệm" in text[first.start : first.end]
    assert rows["2.1. Có trụ sở làm việc."].cells[-1] == "Giấy tờ về trụ sở."
    # the piece after the empty cell is still a sentence of its own too
    assert any(u.kind == "text" and u.text == "Quyết định bổ nhiệm lãnh đạo." for u in units)
    # the header is the table's own, not the signature block beside the appendix title
    assert "minh chung" in first.context_key and "diem toi da" in first.context_key
    assert "tran van a" not in first.context_key
    assert not any(u.kind == "row" and "Nơi nhận" in u.text for u in units)
    # a row spanning the table (a group heading) stays a line of text
    assert any(u.kind == "text" and u.text == "Tổ chức bộ máy" for u in units)


# A spending table of a resolution: items labelled by a letter or a dash alone, each amount
# after an empty column ("Chế độ chi cấp có thẩm quyền" left blank), so that every row reads
# like two rows of the crawl.
SPENDING = "NGHỊ QUYẾT\nQuy định chế độ chi đặc thù\n**Điều 1.** Mức chi theo Phụ lục.\n" + _grid(
    ("**TT**", "**Nội dung**", "**Chế độ chi cấp có thẩm quyền**", "**Chế độ chi đặc thù**"),
    ("1", "Chi xây dựng văn bản", "Tối đa 15.000.000 đồng", "Tối đa 10.000.000 đồng"),
    ("2", "Chi hỗ trợ thành lập mới tổ chức đảng"),
    ("20.000.000 đồng/1 tổ chức",),
    ("3", "Chi hỗ trợ kinh phí hoạt động"),
    ("a", "Đối với tổ chức Đoàn thanh niên"),
    ("-", "Tổ chức Đoàn cấp xã"),
    ("50.000.000 đồng/đơn vị/năm",),
    ("-", "Tổ chức Hội cấp xã"),
    ("20.000.000 đồng/đơn vị/năm",),
)


def test_rows_labelled_by_a_letter_or_a_dash_are_joined_back(tmp_path: Path) -> None:
    _, units = _units_of(tmp_path, SPENDING)
    rows = {u.cells[1]: u for u in units if u.kind == "row"}
    # the amount, a value with groups of thousands, is the row's last cell, not a row numbered 20
    assert rows["Chi hỗ trợ thành lập mới tổ chức đảng"].cells[-1] == "20.000.000 đồng/1 tổ chức"
    assert rows["Tổ chức Đoàn cấp xã"].cells == (
        "-",
        "Tổ chức Đoàn cấp xã",
        "",
        "50.000.000 đồng/đơn vị/năm",
    )
    assert rows["Tổ chức Hội cấp xã"].cells[-1] == "20.000.000 đồng/đơn vị/năm"
    # a group heading without a value stays a row of its own
    assert rows["Đối với tổ chức Đoàn thanh niên"].cells == ("a", "Đối với tổ chức Đoàn thanh niên")


# A table of rates in groups: each numbered group row ("2 | Tỷ lệ chi phí nhân công") names
# what the rows numbered under it ("2.1", "2.2") are rates of.
RATES = "THÔNG TƯ\nQuy định phương pháp xác định giá\n**Điều 1.** Thông số theo bảng.\n" + _grid(
    ("**TT**", "**Hạng mục**", "**Thông số**"),
    ("I", "Đời sống kinh tế", "40 năm"),
    ("II", "Tỷ lệ chi phí vận hành của nhà máy (%/năm)"),
    ("1", "Tỷ lệ chi phí sửa chữa lớn (kscl)"),
    ("1.1", "Quy mô công suất từ 150MW trở xuống", "1,2%"),
    ("1.2", "Quy mô công suất từ 151MW trở lên", "0,9%"),
    ("2", "Tỷ lệ chi phí nhân công (knc)"),
    ("2.1", "Quy mô công suất từ 150MW trở xuống", "0,8%"),
    ("2.2", "Quy mô công suất từ 151MW trở lên", "0,5%"),
    ("III", "Hệ số chiết khấu", "10%"),
)


def test_a_row_carries_the_groups_it_is_numbered_under(tmp_path: Path) -> None:
    _, units = _units_of(tmp_path, RATES)
    rows = {u.cells[0]: u for u in units if u.kind == "row"}
    assert "nhan cong" in rows["2.1"].context_key and "sua chua" not in rows["2.1"].context_key
    assert "sua chua" in rows["1.1"].context_key and "van hanh" in rows["1.1"].context_key
    # a group ends where a row of its level or above starts
    assert "van hanh" not in rows["III"].context_key and "nhan cong" not in rows["III"].context_key
    assert "van hanh" not in rows["I"].context_key


def test_without_row_numbers_an_empty_cell_is_not_guessed(tmp_path: Path) -> None:
    plain = SCORING.replace("1.1. ", "").replace("1.2. ", "").replace("2.1. ", "")
    _, units = _units_of(tmp_path, plain)
    rows = [u for u in units if u.kind == "row"]
    assert all("" not in u.cells for u in rows)


# Two tables one after the other with the sentence introducing the second between them; the
# crawl lost the bars that closed the first table, so its last row runs on into them.
TWO_TABLES = (
    "QUYẾT ĐỊNH\nMức hỗ trợ\n**Điều 1.** Mức hỗ trợ như sau:\n"
    + _grid(
        ("**Khu vực**", "**Mức hỗ trợ (đồng)**"),
        ("Các phường nội thành", "400.000.000"),
        ("Các xã còn lại", "200.000.000"),
    )
    + "2. Mức hỗ trợ hằng tháng cho mỗi hộ là:\n"
    + _grid(
        ("**Khu vực**", "**Hộ một người**", "**Hộ hai người trở lên**"),
        ("Các phường nội thành", "3.000.000 đ", "5.000.000 đ"),
        ("Các xã còn lại", "2.500.000 đ", "4.000.000 đ"),
    )
)


def test_tables_run_together_are_split_at_the_width_of_their_rows(tmp_path: Path) -> None:
    text, units = _units_of(tmp_path, TWO_TABLES)
    rows = [u for u in units if u.kind == "row"]
    last_of_first = next(u for u in rows if "200.000.000" in u.text)
    assert last_of_first.cells == ("Các xã còn lại", "200.000.000")
    assert "Hộ một người" not in text[last_of_first.start : last_of_first.end]
    # the two-cell first row is the first table's header
    assert "muc ho tro (dong)" in last_of_first.context_key
    assert "ho mot nguoi" not in last_of_first.context_key
    # the sentence between the tables is text and the second table's caption
    assert any(u.kind == "text" and "hằng tháng cho mỗi hộ" in u.text for u in units)
    monthly = next(u for u in rows if "2.500.000 đ" in u.text)
    assert monthly.cells == ("Các xã còn lại", "2.500.000 đ", "4.000.000 đ")
    assert "hang thang" in monthly.context_key and "ho mot nguoi" in monthly.context_key
    assert "400.000.000" not in monthly.context_key


# Internal procedures one table each, under a numbered heading; the crawl lost the bars that
# closed a table, so its last row (the total time, two cells) runs on into the next procedure's
# heading and header.
PROCEDURES = (
    "QUYẾT ĐỊNH\nQuy trình nội bộ\n**Điều 1.** Phê duyệt các quy trình sau:\n"
    "5. Quy trình nội bộ giải quyết TTHC: “Cấp giấy phép hoạt động”\n"
    + _grid(
        ("**Bước**", "**Nội dung công việc**", "**Trách nhiệm**", "**Thời gian**"),
        ("Bước 1", "Tiếp nhận hồ sơ", "Bộ phận một cửa", "0,5 ngày làm việc"),
        ("Bước 2", "Thẩm định hồ sơ", "Phòng chuyên môn", "04 ngày làm việc"),
        (
            "**Tổng thời gian giải quyết TTHC**",
            "**05 ngày làm việc**",
            "**Quy trình số 06**\n**6. Quy trình nội bộ giải quyết TTHC: “Giải thể cơ sở trợ"
            " giúp xã hội công lập”**",
            "**Bước**",
            "**Nội dung công việc**",
            "**Trách nhiệm**",
            "**Thời gian**",
        ),
        ("Bước 1", "Tiếp nhận hồ sơ", "Bộ phận một cửa", "0,5 ngày làm việc"),
        ("Bước 2", "Thẩm định hồ sơ", "Phòng chuyên môn", "34 ngày làm việc"),
        ("**Tổng thời gian giải quyết TTHC**", "**35 ngày làm việc**"),
    )
)


def test_a_last_row_run_into_the_next_tables_numbered_heading_ends_before_it(
    tmp_path: Path,
) -> None:
    text, units = _units_of(tmp_path, PROCEDURES)
    rows = [u for u in units if u.kind == "row"]
    first_total = next(u for u in rows if "05 ngày" in u.text)
    assert first_total.cells == ("Tổng thời gian giải quyết TTHC", "05 ngày làm việc")
    assert "Giải thể" not in text[first_total.start : first_total.end]
    assert "giai the" not in first_total.context_key
    # the heading is the next table's caption: its rows are that procedure's
    second_step = next(u for u in rows if "34 ngày" in u.text)
    assert "giai the co so tro giup" in second_step.context_key
    assert "thoi gian" in second_step.context_key
    assert any(u.kind == "text" and "Giải thể cơ sở" in u.text for u in units)


def test_a_numbered_heading_cell_is_no_list_of_numbered_items() -> None:
    from indexer.units import _numbered_heading_cell

    def cell(*texts: str) -> tuple[list[tuple[int, str]], list[int]]:
        return [(0, t) for t in texts], list(range(len(texts)))

    assert _numbered_heading_cell(*cell("Quy trình số 06", "6. Quy trình nội bộ giải quyết TTHC"))
    assert _numbered_heading_cell(*cell("b) Đối với trường hợp giải thể cơ sở trợ giúp"))
    # a heading with the headings under it
    assert _numbered_heading_cell(
        *cell("2. Quy trình nội bộ giải quyết nhóm TTHC:", "2.1. Thủ tục cấp lại", "2.2. Thủ tục")
    )
    # a cell listing the ways to file: items of one depth, not a heading
    assert not _numbered_heading_cell(*cell("1. Trực tiếp: Quỹ phát triển", "2. Trực tuyến: ..."))
    assert not _numbered_heading_cell(*cell("Tổng thời gian giải quyết TTHC"))


# A revenue-sharing table as crawled: the "central budget" column is empty in the rows of the
# wards, so two bars meet inside each row as well as between rows; only the header's width
# tells a row's end from an empty cell.
SHARES = (
    "NGHỊ QUYẾT\nQuy định tỷ lệ phân chia nguồn thu\n**Điều 1.** Tỷ lệ theo Phụ lục.\n"
    + _grid(
        (
            "**STT**",
            "**Nội dung**",
            "**NS Trung ương (%)**",
            "**NS Thành phố (%)**",
            "**NS xã (%)**",
        ),
        ("**1**", "**Lệ phí trước bạ xe máy, ô tô trên địa bàn các phường**", "", "", ""),
        ("", "Phường Ba Đình", "", "89", "11"),
        ("", "Phường Bạch Mai", "", "74", "26"),
        ("", "Phường Cửa Nam", "", "99", "1"),
    )
)


def test_a_crawled_row_with_empty_cells_is_read_by_the_header_width(tmp_path: Path) -> None:
    text, units = _units_of(tmp_path, SHARES)
    rows = {u.cells[1]: u for u in units if u.kind == "row" and len(u.cells) > 1}
    ward = rows["Phường Ba Đình"]
    # one row, its empty cells kept in their columns: the share of the ward is the last cell
    assert ward.cells == ("", "Phường Ba Đình", "", "89", "11")
    assert "ns xa" in ward.context_key and "le phi truoc ba" in ward.context_key
    assert rows["Phường Cửa Nam"].cells[-1] == "1"
    # no row joins a ward's figures to the next ward
    assert not any(u.kind == "row" and u.text.startswith(("89", "74")) for u in units)
    quote = text[ward.start : ward.end]
    assert quote.startswith("Phường Ba Đình") and quote.endswith("11")


# A numbered item whose label waits on its line for the value on the next one.
QUOTAS = """QUY ĐỊNH
Tiêu chí xét khen thưởng
**Điều 7. Xét tặng Bằng khen**

1. Cơ quan Trung ương trên địa bàn thành phố: Xét tối đa 2 tập thể và 4 cá nhân.

3. Ủy ban nhân dân xã, phường:
Xét tối đa 15 tập thể và 30 cá nhân. Hồ sơ gửi trước ngày 15 tháng 12.

4. Thành phần hồ sơ:
a) Tờ trình đề nghị khen thưởng.
"""


def test_a_label_line_opens_the_unit_of_its_value(tmp_path: Path) -> None:
    text, units = _units_of(tmp_path, QUOTAS)
    texts = [u.text for u in units]
    assert "3." not in texts  # the label is no unit alone: it opens its value's
    joined = next(u for u in units if u.text.startswith("3. Ủy ban"))
    assert joined.text == "3. Ủy ban nhân dân xã, phường: Xét tối đa 15 tập thể và 30 cá nhân."
    assert text[joined.start : joined.end] == (
        "3. Ủy ban nhân dân xã, phường:\nXét tối đa 15 tập thể và 30 cá nhân."
    )
    assert "Hồ sơ gửi trước ngày 15 tháng 12." in texts  # the value's next sentence stays apart
    # a label opening a list keeps its own unit: its items are no value of it
    assert "Thành phần hồ sơ:" in texts and "a) Tờ trình đề nghị khen thưởng." in texts
