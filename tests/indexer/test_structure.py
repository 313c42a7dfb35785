"""Document metadata and section trees of the real corpus and of the law corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from indexer.cleaning import clean_text
from indexer.normalize import match_key
from indexer.structure import parse_structure
from tests.conftest import CORPUS

# Read off each file by hand: (type, number, ISO date, issuer, signer, title start).
EXPECTED = {
    "binh-giang_bao-cao_cchc-8-thang-2023.txt": (
        "báo cáo",
        None,
        "2023-08",
        "UBND huyện Bình Giang",
        "Nhữ Văn Chuyên",
        "Kết quả công tác cải cách hành chính 8 tháng đầu năm",
    ),
    "huong-khe_bao-cao-96-BC-UBND_cchc-quy-I-2023.txt": (
        "báo cáo",
        "96/BC-UBND",
        "2023-03-14",
        "UBND huyện Hương Khê",
        "Trần Quốc Bảo",
        "Cải cách hành chính Quý I năm 2023",
    ),
    "huong-khe_quyet-dinh-11671-QD-UBND_ke-hoach-cchc-2021-2030.txt": (
        "quyết định",
        "11671/QĐ-UBND",
        "2021-11-22",
        "UBND huyện Hương Khê",
        "Ngô Xuân Ninh",
        "Ban hành Kế hoạch cải cách hành chính nhà nước huyện Hương Khê giai đoạn 2021 - 2030",
    ),
    "huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt": (
        "báo cáo",
        "496/BC-UBND",
        "2023-03-13",
        "UBND thị xã Hương Trà",
        "Đỗ Ngọc An",
        "Công tác Cải cách hành chính quý I năm 2023",
    ),
    "van-quan_ke-hoach_khac-phuc-han-che-chi-so-cchc-2024.txt": (
        "kế hoạch",
        None,
        None,
        "UBND huyện Văn Quan",
        "Lương Mai Tú",
        "Khắc phục những tồn tại, hạn chế năm 2023 và giải pháp nâng cao Chỉ số cải cách",
    ),
}


def _parse(path: Path):
    original = path.read_text(encoding="utf-8")
    return original, parse_structure(original, clean_text(original))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_matches_the_source(name: str) -> None:
    original, s = _parse(CORPUS / name)
    doc_type, number, date, issuer, signer, title = EXPECTED[name]
    assert (s.doc_type, s.number, s.date, s.issuer, s.signer) == (
        doc_type,
        number,
        date,
        issuer,
        signer,
    )
    assert s.title is not None and s.title.startswith(title)
    # everything shown is really in the file (modulo markup and line breaks)
    flat = " ".join(re.sub(r"[*#]", "", original).split())
    assert s.title in flat
    assert s.signer in original
    if s.number:
        assert s.number in original.replace(" ", "")


def test_blank_number_is_null_not_a_guess() -> None:
    _, s = _parse(CORPUS / "binh-giang_bao-cao_cchc-8-thang-2023.txt")
    assert s.number is None  # "Số: /BC-UBND"
    assert s.date == "2023-08"  # "ngày tháng 8 năm 2023": the day is blank


def test_section_tree_of_a_plan_attached_to_a_decision() -> None:
    _, s = _parse(CORPUS / "huong-khe_quyet-dinh-11671-QD-UBND_ke-hoach-cchc-2021-2030.txt")
    by_label = {(x.kind, x.label): x for x in s.sections}
    assert {("dieu", "Điều 1"), ("dieu", "Điều 2"), ("dieu", "Điều 3")} <= set(by_label)
    plan = next(x for x in s.sections if x.kind == "appendix" and "KẾ HOẠCH" in x.title)
    roman = [x for x in s.sections if x.kind == "roman"]
    assert [x.label for x in roman] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert all(x.parent == plan.id for x in roman)  # not under "Điều 3"
    sub = next(x for x in s.sections if x.label == "2.2")
    letters = [x for x in s.sections if x.parent == sub.id]
    assert letters and letters[0].title.startswith("Đến năm 2025")
    for x in s.sections[1:]:
        parent = s.sections[x.parent]
        assert parent.start <= x.start and x.end <= parent.end


def test_pipe_table_continued_across_page_breaks_is_one_table() -> None:
    original, s = _parse(CORPUS / "huong-khe_quyet-dinh-11671-QD-UBND_ke-hoach-cchc-2021-2030.txt")
    assert len(s.tables) == 1
    table = s.tables[0]
    assert table.header[:3] == ("STT", "Tên Đề án, nhiệm vụ trọng tâm", "Cơ quan chủ trì")
    # the row cut by a page break ("...địa giới hành chính đối" / "hộ tịch, cư trú, ...") is joined
    joined = [r for r in table.rows if "hộ tịch, cư trú" in " ".join(r.cells)]
    assert len(joined) == 1 and joined[0].cells[0] == "2"
    # repeated headers are not rows
    assert not any(match_key(r.cells[0]).strip("<b>/ ") == "stt" for r in table.rows)
    for row in table.rows:
        assert original[row.start : row.end].lstrip().startswith("|")


def test_tsv_appendix_tables_with_two_header_rows() -> None:
    _, s = _parse(CORPUS / "huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt")
    assert len(s.tables) >= 6
    first = s.tables[0]
    assert first.format == "tsv"
    assert first.header[0] == "STT"
    assert "Đơn vị tính" in first.header[2] and "Số liệu" in first.header[3]
    assert "Phụ lục 2" in s.tables[0].caption or "BIỂU MẪU" in s.tables[0].caption


def test_footnotes_are_linked_to_their_anchor() -> None:
    original, s = _parse(CORPUS / "huong-khe_bao-cao-96-BC-UBND_cchc-quy-I-2023.txt")
    assert [f.label for f in s.footnotes] == ["1", "2"]
    for note in s.footnotes:
        assert original[note.anchor_start : note.anchor_end] == f"<sup>{note.label}</sup>"
        # the note's own text follows its marker at the start of its line
        assert original[: note.start].rstrip().endswith(f"<sup>{note.label}</sup>")
        assert original[note.start : note.end].strip()
        assert note.anchor_end < note.start


def test_recipients_and_signature_position() -> None:
    _, s = _parse(CORPUS / "huong-khe_bao-cao-96-BC-UBND_cchc-quy-I-2023.txt")
    assert s.recipients[0] == "Như trên"
    assert "Lưu: VT, NV" in s.recipients
    assert s.signer_position and match_key(s.signer_position) == "phó chủ tịch"


def test_law_corpus_yields_chuong_and_dieu(law_corpus: Path) -> None:
    """A format the parser was not tuned on: every law has its Điều, in order, under Chương."""
    files = sorted(law_corpus.glob("*.txt"))
    assert len(files) == 208
    with_chuong = typed = 0
    for path in files:
        original, s = _parse(path)
        articles = [x for x in s.sections if x.kind == "dieu"]
        assert articles, path.name
        numbers = [int(re.match(r"Điều\s+(\d+)", x.label).group(1)) for x in articles]
        assert numbers[0] <= 2, path.name
        chapters = [x for x in s.sections if x.kind == "chuong"]
        if re.search(r"^\s*Chương\s+[IVXLC\d]+", original, re.MULTILINE):
            assert chapters, path.name
            with_chuong += 1
            parts = [c for c in s.sections if c.kind in {"chuong", "phan"}]
            first = min(c.start for c in parts)
            # every article after the first chapter or part sits inside one (maybe via a Mục)
            appendices = {c.id for c in s.sections if c.kind == "appendix"}
            later = [
                a
                for a in articles
                if a.start > first and not _has_ancestor(s.sections, a.id, appendices)
            ]
            ids = {c.id for c in parts}
            assert all(_has_ancestor(s.sections, a.id, ids) for a in later), path.name
        typed += s.doc_type in {"luật", "bộ luật", "pháp lệnh", "nghị quyết"}
    assert with_chuong >= 150
    assert typed >= 0.9 * len(files)  # a few files lost their header when they were scraped


def _has_ancestor(sections, section_id: int, wanted: set[int]) -> bool:
    parent = sections[section_id].parent
    while parent is not None:
        if parent in wanted:
            return True
        parent = sections[parent].parent
    return False


def _meta(original: str):
    return parse_structure(original, clean_text(original))


_CRAWL_HEADER = """|
**ỦY BAN NHÂN
DÂN**
**TỈNH ĐỒNG THÁP**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
552/KH-UBND
|
*Đồng Tháp,
ngày 19 tháng 11 năm 2025*
|
**KẾ HOẠCH**
**Triển khai thi hành Luật
Thủ đô trên địa bàn tỉnh**
Nội dung kế hoạch.
|
**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
**Trần Báu Hà**
|
"""


def test_a_header_split_across_lines_and_bold_markers() -> None:
    s = _meta(_CRAWL_HEADER)
    assert (s.number, s.date, s.doc_type) == ("552/KH-UBND", "2025-11-19", "kế hoạch")
    assert s.issuer == "UBND tỉnh Đồng Tháp"
    assert s.signer == "Trần Báu Hà"
    assert match_key(s.signer_position or "") == "phó chủ tịch"


@pytest.mark.parametrize(
    ("date_lines", "date", "place"),
    [
        ("*Hà Nội ngày 01\ntháng 12 năm 2025*", "2025-12-01", "Hà Nội"),  # no comma
        ("*Hà Nội,\nngày*\n*02 tháng 12 năm 2025*", "2025-12-02", "Hà Nội"),  # "ngày" alone
        ("*Đồng Tháp, ngày **19 **tháng 11 năm 2025*", "2025-11-19", "Đồng Tháp"),
    ],
)
def test_a_place_date_line_as_crawls_write_it(date_lines: str, date: str, place: str) -> None:
    s = _meta(f"**BỘ CÔNG THƯƠNG**\n|\nSố: 58/2025/TT-BCT\n|\n{date_lines}\n|\n**THÔNG TƯ**\n")
    assert (s.number, s.date, s.place) == ("58/2025/TT-BCT", date, place)


def test_header_columns_run_into_one_line() -> None:
    s = _meta(
        "CHÍNH PHỦ_____ Số: 172/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do"
        " – Hạnh phúc______________________ Hà Nội, ngày 30 tháng 6 năm 2025 |\n\nNGHỊ ĐỊNH\n\n"
        "Quy định về xử lý kỷ luật cán bộ, công chức\n\nCăn cứ Luật Tổ chức Chính phủ ngày 18"
        " tháng 02 năm 2025;\n"
    )
    assert (s.number, s.date, s.place, s.doc_type) == (
        "172/2025/NĐ-CP",
        "2025-06-30",
        "Hà Nội",
        "nghị định",
    )


def test_a_standing_committee_resolution_is_dated_by_its_passing() -> None:
    s = _meta(
        "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1663/NQ-UBTVQH15 |\n\n**NGHỊ QUYẾT**\n\n"
        "**Về việc sắp xếp các đơn vị hành chính cấp xã**\n\n*Căn cứ Nghị quyết số 202/2025/QH15"
        " ngày 12 tháng 6 năm 2025 của Quốc hội;*\n\nĐiều 1. Nội dung.\n\n*Nghị quyết này được Ủy"
        " ban Thường vụ Quốc hội khóa XV thông qua ngày 16 tháng 6 năm 2025.*\n"
    )
    assert (s.number, s.date) == ("1663/NQ-UBTVQH15", "2025-06-16")


@pytest.mark.parametrize(
    ("left_column", "issuer"),
    [
        ("**BỘ TÀI CHÍNH**\n**CỤC THUẾ**", "Cục Thuế"),
        ("UBND TỈNH ĐỒNG THÁP\n**SỞ NỘI VỤ**", "Sở Nội vụ tỉnh Đồng Tháp"),
        ("**HỘI ĐỒNG NHÂN\nDÂN **\nTHÀNH PHỐ HÀ NỘI", "HĐND thành phố Hà Nội"),
        ("**THỦ TƯỚNG CHÍNH PHỦ**", "Thủ tướng Chính phủ"),
        ("**BỘ NÔNG NGHIỆP\nVÀ **\nMÔI TRƯỜNG", "Bộ Nông nghiệp và môi trường"),
    ],
)
def test_the_issuing_body_is_the_lowest_of_the_left_column(left_column: str, issuer: str) -> None:
    s = _meta(
        f"|\n{left_column}\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n|\nSố: 1/QĐ-X\n"
    )
    assert s.issuer == issuer


def test_an_official_letter_is_told_by_its_subject_not_its_symbol() -> None:
    s = _meta(
        "**BỘ TÀI CHÍNH**\n**CỤC THUẾ**\n|\nSố: 5282/CT-CS\nV/v chính sách thuế GTGT\n|\n"
        "Kính gửi: Thuế tỉnh Quảng Ninh\nNội dung.\n|\nTL. CỤC TRƯỞNG\n"
        "KT. TRƯỞNG BAN CHÍNH SÁCH\nPHÓ TRƯỞNG BAN\nPhạm Thị Minh Hiền\n"
    )
    assert s.doc_type == "công văn"  # "CT" is Cục Thuế here, not chỉ thị
    assert s.title == "V/v chính sách thuế GTGT"
    assert s.signer == "Phạm Thị Minh Hiền"


def test_a_letter_whose_subject_mark_stands_alone_on_its_line() -> None:
    s = _meta(
        "|\nBỘ TÀI CHÍNH\n**CỤC THUẾ**\n|\nSố: 6001/CT-CS\n*V/v:\nChính sách thuế TNCN*\n|\n"
        "*Hà Nội, ngày 19 tháng 11 năm 2025*\n|\n**Kính gửi:** Ông Lê Văn Bình\nNội dung.\n"
    )
    assert s.doc_type == "công văn"  # not the chỉ thị "CT" would read
    assert s.title == "V/v: Chính sách thuế TNCN"


def test_a_cable_is_told_by_its_type_line() -> None:
    s = _meta(
        "|\n**THỦ TƯỚNG CHÍNH PHỦ**\n|\nSố: 301/CĐ-TTg\n|\n*Hà Nội, ngày 16 tháng 11 năm"
        " 2025*\n|\n**CÔNG ĐIỆN**\nV/V CHỦ ĐỘNG PHÒNG, TRÁNH MƯA LŨ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
    )
    assert (s.doc_type, s.title) == ("công điện", "V/V CHỦ ĐỘNG PHÒNG, TRÁNH MƯA LŨ")


def test_a_header_without_an_issuer_column_takes_the_body_above_its_grounds() -> None:
    s = _meta(
        "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1702/NQ-UBTVQH15 |\n\n**NGHỊ QUYẾT**\n\n"
        "**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hòa Lâm năm 2025**\n\n-----\n\n"
        "**ỦY BAN THƯỜNG VỤ QUỐC HỘI**\n\n*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt"
        " Nam;*\n\nĐiều 1. Sắp xếp các xã của Ủy ban nhân dân tỉnh Hòa Lâm.\n"
    )
    assert s.issuer is not None and match_key(s.issuer) == "ủy ban thường vụ quốc hội"


def test_a_letter_subject_without_viec_under_its_number_is_its_title() -> None:
    s = _meta(
        "|\n**SỞ GIÁO DỤC VÀ ĐÀO TẠO**\n|\nSố: 5155/SGDĐT-GDTX\n*Về hướng dẫn đánh giá, xếp"
        " loại trung tâm\nhọc tập cộng đồng năm 2025*\n|\n*Hà Nội, ngày 28 tháng 11 năm 2025*\n|\n"
        "**Kính gửi: **Ủy ban nhân dân các xã\nVề việc tổ chức, Sở đề nghị như sau.\n"
    )
    assert s.doc_type == "công văn"
    assert s.title is not None and s.title.startswith("Về hướng dẫn đánh giá")


_WRAPPED_TITLES = """|
**ỦY BAN NHÂN DÂN**
TỈNH NGHỆ AN
|
Số: 980/KH-UBND
|
*Nghệ An, ngày 18
tháng 11 năm 2025*
|
**{kind}**
{title}
{after}
"""


@pytest.mark.parametrize(
    ("kind", "title", "after", "expected"),
    [
        (  # a title in capitals wrapped before a line that opens with "KẾ HOẠCH"
            "KẾ HOẠCH",
            "THỰC\nHIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH\n"
            "KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH",
            "Thực hiện Quyết định số 1899/QĐ-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch.",
            "THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH "
            "KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH",
        ),
        (  # the enacting authority under a decision's title is not part of it
            "QUYẾT ĐỊNH",
            "VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH CỦA\nTHỦ TƯỚNG CHÍNH PHỦ",
            "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN**\n*Căn cứ Luật Tổ chức;*",
            "VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH CỦA THỦ TƯỚNG CHÍNH PHỦ",
        ),
        (  # the period of a title in capitals wrapped onto a line of no letters
            "KẾ HOẠCH",
            "PHÁT TRIỂN KINH TẾ SỐ TỈNH NGHỆ AN GIAI ĐOẠN\n2026 - 2030",
            "*Căn cứ Nghị quyết số 57-NQ/TW;*",
            "PHÁT TRIỂN KINH TẾ SỐ TỈNH NGHỆ AN GIAI ĐOẠN 2026 - 2030",
        ),
    ],
)
def test_a_title_in_capitals_ends_where_the_title_does(
    kind: str, title: str, after: str, expected: str
) -> None:
    s = _meta(_WRAPPED_TITLES.format(kind=kind, title=title, after=after))
    assert s.title == expected


def test_an_article_heading_broken_after_its_word_is_one_article() -> None:
    # "**Điều" repeats on every article: it is no running page header either
    original = (
        "**QUYẾT ĐỊNH:**\n\n**Điều\n1.****\n**Ban hành kèm theo Quyết định này Quy chế thi đua.\n\n"
        "**Điều\n2. Trách nhiệm của Sở Nội vụ**\nSở Nội vụ chủ trì hướng dẫn thực hiện.\n\n"
        "**Điều\n3. Trách nhiệm của Sở Tài chính**\nSở Tài chính bảo đảm kinh phí.\n"
    )
    structure = parse_structure(original, clean_text(original))
    articles = [s for s in structure.sections if s.kind == "dieu"]
    assert [s.label for s in articles] == ["Điều 1", "Điều 2", "Điều 3"]
    assert articles[1].title == "Trách nhiệm của Sở Nội vụ"
    assert original[articles[1].start :].lstrip("*").startswith("Điều")


def test_a_number_line_whose_symbol_goes_on_in_the_next_line() -> None:
    original = (
        "Số: 3301/QĐ-\nUBND\n*Lâm Đồng, ngày 02 tháng 12 năm 2025*\n**QUYẾT ĐỊNH**\nVề việc X\n"
    )
    structure = parse_structure(original, clean_text(original))
    assert structure.number == "3301/QĐ-UBND" and structure.date == "2025-12-02"


def test_bold_heading_wrapped_inside_its_emphasis_run_keeps_its_name() -> None:
    """ "**5. Thủ tục\\nYêu cầu chấm dứt ...**": the procedure's name on the wrapped line is the
    section's title, and the sentences under its sub-heading are in that section."""
    original = (
        "**5. Thủ tục\nYêu cầu chấm dứt quyền sử dụng sáng chế theo quyết định bắt buộc**\n\n"
        "**5.1. Nội dung đề xuất đơn giản\nhóa**\n\n"
        "Rút ngắn thời gian giải quyết\nTTHC: từ 60 ngày xuống còn 30 ngày.\n"
    )
    s = parse_structure(original, clean_text(original))
    procedure = next(x for x in s.sections if x.label == "5")
    assert procedure.title == (
        "Thủ tục Yêu cầu chấm dứt quyền sử dụng sáng chế theo quyết định bắt buộc"
    )
    proposal = next(x for x in s.sections if x.label == "5.1")
    assert proposal.parent == procedure.id
    assert original.index("từ 60 ngày") < proposal.end


def test_a_numbered_appendix_takes_its_title_in_capitals_from_the_next_line() -> None:
    text = (
        "QUY ĐỊNH\n\nĐiều 1. Mức chi\n\nMức chi hỗ trợ theo phụ lục.\n\n"
        "**Phụ\nlục IV**\n\n**CHI HỖ TRỢ KINH PHÍ ĐÀO TẠO ĐỐI VỚI "
        "VIÊN CHỨC ĐANG\nCÔNG TÁC TẠI CÁC ĐƠN VỊ NGHỆ THUẬT**\n\n**I. MỨC HỖ TRỢ**\n\n"
        "Mức hỗ trợ: 60.000.000 đồng/người.\n\n**Phụ lục V**\n\nNội dung chi theo quy định.\n"
    )
    s = parse_structure(text, clean_text(text))
    appendices = [x.title for x in s.sections if x.kind == "appendix"]
    assert appendices[0].startswith("Phụ lục IV CHI HỖ TRỢ KINH PHÍ ĐÀO TẠO")
    assert appendices[0].endswith("ĐƠN VỊ NGHỆ THUẬT")
    # a line in sentence case under the number is the appendix's text, not its title
    assert appendices[1] == "Phụ lục V"


def test_a_title_in_capitals_reads_on_over_every_line_right_under_it() -> None:
    # parser 30: the third line of a title was lost ("CHUYÊN NGÀNH TRÌNH ĐỘ ĐẠI HỌC"), and an
    # appendix heading in capitals kept its first line only ("DANH MỤC")
    text = (
        "QUY ĐỊNH\n\nĐiều 1. Mức chi\n\nMức chi hỗ trợ theo phụ lục.\n\n"
        "**Phụ\nlục IV**\n\n**CHI HỖ TRỢ KINH PHÍ ĐÀO TẠO ĐỐI VỚI VIÊN CHỨC ĐANG\n"
        "CÔNG TÁC TẠI CÁC ĐƠN VỊ NGHỆ THUẬT CỦA THÀNH PHỐ THAM GIA CÁC LỚP ĐÀO TẠO\n"
        "CHUYÊN NGÀNH TRÌNH ĐỘ ĐẠI HỌC**\n\n**I. ĐỐI TƯỢNG ÁP DỤNG**\n\n"
        "Là viên chức đang công tác tại các đơn vị nghệ thuật.\n\n"
        "**DANH MỤC**\n**THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT**\n"
        "**CỦA SỞ TÀI CHÍNH**\n\nDanh mục gồm 05 thủ tục.\n\n"
        "**PHẦN II.**\n**QUY TRÌNH NỘI BỘ THEO CƠ CHẾ MỘT CỬA LIÊN**\n"
        "**THÔNG**\n**A. DANH MỤC THỦ TỤC**\n\nNội dung quy trình.\n"
    )
    s = parse_structure(text, clean_text(text))
    titles = [x.title for x in s.sections if x.kind in ("appendix", "phan")]
    assert titles[0].endswith("THAM GIA CÁC LỚP ĐÀO TẠO CHUYÊN NGÀNH TRÌNH ĐỘ ĐẠI HỌC")
    assert titles[1] == "DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TÀI CHÍNH"
    # a labelled line under a title ("A. DANH MỤC ...") opens something else: not read on
    assert titles[2] == "QUY TRÌNH NỘI BỘ THEO CƠ CHẾ MỘT CỬA LIÊN THÔNG"
    # the line in sentence case under a title is its section's text
    assert not any("Là viên chức" in t or "Danh mục gồm" in t for t in titles)


def test_titles_read_on_from_their_heading_line_and_a_bare_type_word() -> None:
    # parser 31: a title on its heading's line reads on; an attached document's type word alone
    # takes its title from the next line in capitals; a period's years close a title; a line
    # that stands under a title without being part of it is not read in
    text = (
        "QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n\n"
        "**QUY CHẾ**\n\n**QUẢN LÝ, SỬ DỤNG CHỨNG THƯ CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ**\n\n"
        "Chương I\n\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi\n\nQuy chế này quy định việc quản lý.\n\n"
        "PHẦN II. NỘI DUNG CỤ THỂ CỦA\nTỪNG THỦ TỤC HÀNH CHÍNH LĨNH VỰC TRỒNG TRỌT\n\n"
        "Nội dung thủ tục.\n\n"
        "**PHỤ LỤC**\n**DANH MỤC NHIỆM VỤ TRỌNG TÂM (GIAI ĐOẠN**\n**2025-2030)**\n\n"
        "Các nhiệm vụ.\n\n"
        "**Phần III.**\n**QUY TRÌNH NỘI BỘ THEO CƠ CHẾ MỘT CỬA LIÊN**\n**THÔNG**\n"
        "**CÁC TỪ VIẾT TẮT**\n- Thủ tục hành chính: TTHC\n"
    )
    s = parse_structure(text, clean_text(text))
    titles = [x.title for x in s.sections if x.kind in ("appendix", "phan")]
    assert titles[0] == "QUY CHẾ QUẢN LÝ, SỬ DỤNG CHỨNG THƯ CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ"
    assert titles[1].endswith("NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH LĨNH VỰC TRỒNG TRỌT")
    assert titles[2].endswith("(GIAI ĐOẠN 2025-2030)")
    assert titles[3] == "QUY TRÌNH NỘI BỘ THEO CƠ CHẾ MỘT CỬA LIÊN THÔNG"
    # the chapter under the attached document stays a chapter of its own
    assert any(x.kind == "chuong" and x.title == "QUY ĐỊNH CHUNG" for x in s.sections)


_SIGNED_WITH_NOTE = """**QUYẾT ĐỊNH**
Nội dung quyết định.
Nơi nhận:
- Cục KSTTHC, Văn phòng Chính phủ
(b/c);
- Lưu: VT, NV.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
(đã ký)
"""


def test_a_signing_note_and_a_recipients_note_under_their_line() -> None:
    # a lower-case aside wrapped off a recipient reads on; a signing note stays off the name
    s = _meta(_SIGNED_WITH_NOTE)
    assert s.signer == "Nguyễn Văn An"
    assert s.recipients[:2] == ("Cục KSTTHC, Văn phòng Chính phủ (b/c)", "Lưu: VT, NV")


# A crawl's last table row: the recipients in one cell, the signature block run together in the
# next (its name on the next line, or after "(Đã ký)" in the same cell)
_SIGNED_IN_CELLS = """**NGHỊ QUYẾT**
Nội dung nghị quyết.

- Chính phủ; - Ban Tổ chức Trung ương; - Lưu: HC, PLTP. | TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH
Trần Văn Thử |
"""
_SIGNED_AFTER_MARK = """**NGHỊ ĐỊNH**
Nội dung nghị định.

- Thủ tướng, các Phó Thủ tướng Chính phủ; - Lưu: VT, TCCV (2) | TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ \
THỦ TƯỚNG(Đã ký)Lê Văn Thử |
"""


def test_a_signature_run_into_table_cells() -> None:
    standing = _meta(_SIGNED_IN_CELLS)
    assert (standing.signer, standing.signer_position) == ("Trần Văn Thử", "Chủ tịch")
    deputy = _meta(_SIGNED_AFTER_MARK)
    assert (deputy.signer, deputy.signer_position) == ("Lê Văn Thử", "Phó thủ tướng")
    # a body line that merely mentions a signing names no signer
    assert _meta("**QUYẾT ĐỊNH**\nHợp đồng (đã ký) giữa các bên.\n").signer is None


def test_a_run_together_signature_keeps_the_last_position() -> None:
    # a reviewer's cases: a compound title is read whole from where the last line ran in
    deputy_minister = _meta(
        "**QUYẾT ĐỊNH**\nNội dung.\n\n- Lưu: VT. | KT. BỘ TRƯỞNGTHỨ TRƯỞNG(Đã ký)Ngô Văn Thử |\n"
    )
    assert (deputy_minister.signer, deputy_minister.signer_position) == (
        "Ngô Văn Thử",
        "Thứ trưởng",
    )
    deputy_director = _meta(
        "**QUYẾT ĐỊNH**\nNội dung.\n\n- Lưu: VT. | KT. TỔNG GIÁM ĐỐCPHÓ TỔNG GIÁM ĐỐC(Đã ký)Lý Văn"
        " Thử |\n"
    )
    assert deputy_director.signer_position == "Phó tổng giám đốc"


def test_a_committees_run_together_signature() -> None:
    # a second reviewer's case: the role opens right after the body's last letter
    chair = _meta(
        "**QUYẾT ĐỊNH**\nNội dung.\n\n- Lưu: VT. | TM. ỦY BAN NHÂN DÂNCHỦ TỊCH\nĐinh Văn Thử |\n"
    )
    assert (chair.signer, chair.signer_position) == ("Đinh Văn Thử", "Chủ tịch")
