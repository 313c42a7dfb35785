"""Soft line breaks: a hard-wrapped line reads on; headings, list items and cells do not."""

from __future__ import annotations

import pytest

from indexer.cleaning import clean_text
from indexer.linebreaks import is_soft, soft_break_offsets


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Kế hoạch số", "283/KH-UBND ngày"),  # a mention broken before its number
        ("283/KH-UBND ngày", "24/9/2025 của UBND tỉnh"),
        ("Tốc độ tăng trưởng kinh tế của", "tỉnh đạt 8,5%."),
        ("**ỦY BAN NHÂN", "DÂN**"),  # inside one bold run
        ("*Hà Nội, ngày 26", "tháng 11 năm 2025 *"),
        ("Số:", "69/2025/TT-BNNMT"),
        ("trên địa bàn thành phố", "Hà Nội thực hiện"),
        ("**QUY", "ĐỊNH MỘT SỐ NỘI DUNG CHI**"),
        # an emphasis run opening in lower case goes on with the sentence
        ("gửi về Sở Nội vụ (qua Phòng Xây dựng chính quyền)", "*trước ngày 31/3/2026 *để tổng"),
        ("ký, đóng dấu và ghi rõ họ tên,", "*chức vụ người ký)*"),
        # a label alone on its line, its heading on the next
        ("**4.****", "**Phối hợp kiểm tra việc thi hành Luật và các văn bản"),
        ("II.", "MỤC TIÊU, YÊU CẦU"),
        ("b)", "Nghị định quy định về điều kiện kinh doanh"),
        # a list item wrapped before the few words that end its sentence
        ("1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện", "Nghị quyết."),
        ("Theo đề nghị của Vụ trưởng Vụ", "Kế hoạch, Tài chính."),
        ("- Xác nhận trên Hệ thống thông tin giải quyết", "Thủ tục hành chính;"),
        # a bold heading wrapped inside its emphasis run: the name on the next line is its title
        ("**5. Thủ tục", "Yêu cầu chấm dứt quyền sử dụng sáng chế theo quyết định bắt buộc**"),
        ("**1. Thủ tục", "Chỉ định tổ chức đánh giá sự phù hợp hoạt động thử nghiệm, giám định,"),
        ("**2. Sở", "Tài chính **(cơ quan chủ trì)"),
        # a body's name broken after the word that opens it, in a list item or a heading
        ("2. Cục Trồng trọt và Bảo vệ thực vật phối hợp Sở", "Nông nghiệp và Môi trường hướng"),
        ("**Điều 3. Trách nhiệm của Sở", "Công Thương**"),
        ("r) Trạm Kiểm lâm Lao Bảo, Trạm", "Kiểm lâm Hướng Phùng thuộc Hạt Kiểm lâm Hướng Hóa;"),
        ("- Mặt trận Tổ quốc, Đoàn", "Thanh niên, Hội Phụ nữ hỗ trợ người dân"),
        # an article's bold heading wrapped inside its run, the run closing on the next line
        ("**Điều 6. Trách nhiệm Văn phòng", "UBND tỉnh**"),
        ("**Mục 2. THĂM DÒ, KHAI", "QUẬT KHẢO CỔ**"),
        ("1. Trực tiếp lãnh đạo, điều hành hoạt động của Ban", "Chỉ đạo; chịu trách nhiệm chung"),
        # a class's roman numeral wrapped onto the next line, the sentence going on after it
        ("3. Bảo tàng hạng", "III phải đạt được các tiêu chuẩn sau đây:"),
        ("b) Đường loại", "IV được hỗ trợ"),
    ],
)
def test_soft(before: str, after: str) -> None:
    assert is_soft(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Căn cứ Luật Tổ chức chính quyền địa phương;", "Căn cứ Nghị định số 30/2020/NĐ-CP;"),
        ("được quy định như sau:", "a) Cán bộ, công chức"),
        ("1. Mục tiêu", "Nâng cao chất lượng phục vụ"),  # a heading, then its body
        ("1. Mục tiêu", "Nâng cao chất lượng phục vụ người dân và doanh nghiệp."),
        ("TL. CỤC TRƯỞNG", "KT."),  # a signature position stands alone
        ("Điều 113. Nghỉ hằng năm", "1. Người lao động làm việc đủ 12 tháng"),
        ("Điều 286. Thực hiện nghĩa vụ thay thế được", "Nghĩa vụ thay thế được là"),
        ("KẾ HOẠCH", "Triển khai thi hành Luật"),  # the type line, then the title
        ("NGHỊ QUYẾT", "QUY ĐỊNH MỘT SỐ NỘI DUNG"),
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),  # a signature block keeps its lines
        ("PHÓ CHỦ TỊCH", "**Trần Báu Hà**"),
        ("DÂN **", "THÀNH PHỐ HÀ NỘI"),  # a closed bold run ends a header line
        ("triển khai thực hiện trong năm 2026", "**2. Thời gian thực hiện**"),  # bold heading
        ("và các cơ quan liên quan", "*a) Kinh phí ủy nhiệm thu*"),  # emphasised list item
        ("| Số: 12/KH-UBND |", "| Hà Nội, ngày 1 tháng 2 năm 2025 |"),
        ("Luật số: 91/2015/QH13", "Hà Nội, ngày 24 tháng 11 năm 2015"),
        ("-----", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Võ Chí Công", "(Đã ký)"),
        ("các nội dung sau", ""),
        ("2. Nhiệm vụ", "Xây dựng kế hoạch triển khai"),  # "vụ" of a heading opens no name
        ("Giám đốc Sở", "KT. CHỦ TỊCH"),
        ("**Điều 6. Trách nhiệm Văn phòng**", "UBND tỉnh có trách nhiệm"),  # the run closed
        ("**Điều 6. Trách nhiệm", "Văn phòng UBND tỉnh"),  # the run stays open past it
        # dash items in lower case: after an item of their own or a list's opening words (a
        # compound wrapped at its dash, "chính trị" / "- xã hội", cannot be told from them)
        ("- đơn đề nghị", "- bản sao giấy tờ"),
        ("Thành phần hồ sơ", "- đơn đề nghị"),
        ("mẫu số 01", "- bản sao giấy chứng nhận"),
        ("+ đơn đề nghị", "- bản sao giấy tờ"),
        ("Thành phần hồ sơ gồm", "- đơn đề nghị"),
        ("b) Trình tự thực hiện", "- Đối với trường hợp chuyển đổi"),  # an item in capitals
    ],
)
def test_hard(before: str, after: str) -> None:
    assert not is_soft(before, after)


def test_soft_breaks_read_as_spaces_and_offsets_hold() -> None:
    original = "Căn cứ Kế hoạch số\n283/KH-UBND ngày\n24/9/2025 của UBND tỉnh;\n- Lưu: VT."
    clean = clean_text(original)
    assert (
        clean.text.splitlines()[0] == "Căn cứ Kế hoạch số 283/KH-UBND ngày 24/9/2025 của UBND tỉnh;"
    )
    assert soft_break_offsets(original) == [18, 35]
    start = clean.text.index("283")
    a, b = clean.to_original(start, start + len("283/KH-UBND ngày 24/9/2025"))
    assert original[a:b] == "283/KH-UBND ngày\n24/9/2025"  # the quote is the original slice


@pytest.mark.parametrize(
    ("before", "after", "soft"),
    [
        ("**Bước 2. **Trong vòng 05", "(năm) ngày làm việc, sau khi nhận hồ sơ", True),
        ("cổng Thông tin điện tử tỉnh", "(thuộc Văn phòng UBND tỉnh) thực hiện.", True),
        ("thực hiện các nội dung sau", "(a) Rà soát danh mục", False),  # a list label
        ("thực hiện các nội dung sau", "(ii) Rà soát danh mục", False),
        ("Võ Chí Công", "(Đã ký)", False),  # an aside in capitals stands apart
        ("Võ Chí Công", "(đã ký)", False),  # a signing note belongs to the signature block
        ("Người làm đơn", "(ký, ghi rõ họ tên)", False),  # a form's signature caption
        ("- Cục KSTTHC, Văn phòng Chính phủ", "(b/c);", True),  # a recipient's note
        ("**Điều 5. Hiệu lực thi hành**", "(sửa đổi)", False),  # a heading stands alone
        ("Điều 5. Hiệu lực thi hành", "(sửa đổi)", False),
        ("| Thời hạn | 05", "(năm) ngày |", False),  # a table cell
        ("kể từ ngày nhận đủ hồ sơ.", "(năm) ngày", False),  # a sentence ended
    ],
)
def test_an_aside_in_lower_case_reads_on(before: str, after: str, soft: bool) -> None:
    # a number wrapped off its spelling ("05" / "(năm) ngày") is one sentence
    assert is_soft(before, after) is soft


def test_a_wrapped_spelled_number_stays_with_what_it_counts() -> None:
    original = "**Bước 2. **Trong vòng 05\n(năm) ngày làm việc, sau khi nhận hồ sơ.\n(a) Rà soát"
    clean = clean_text(original)
    assert clean.text.splitlines()[0].endswith(
        "Trong vòng 05 (năm) ngày làm việc, sau khi nhận hồ sơ."
    )
    start = clean.text.index("05 (năm)")
    a, b = clean.to_original(start, start + len("05 (năm) ngày làm việc"))
    assert original[a:b] == "05\n(năm) ngày làm việc"  # the quote is the original slice
