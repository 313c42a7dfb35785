"""Facts of the document a question names by its own number when it also names a document that
one cites ("Công văn 1234/... theo Thông tư 60/2019/TT-BTC ngày nào?": the letter's day), the
joint circular a document repeals, a procedure's code asked as "mã TTHC", and a period asked by
its kind ("thực hiện từ năm học nào": the school year, not a day)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.routing import asks_a_code, fold, route_question
from tests.qa_service.small_index import answerer_over

LETTER = """|
BỘ TÀI CHÍNH
CỤC HẢI QUAN
|
Số: 1234/CHQ-NVTHQ
*V/v kê khai trị giá hải quan hàng mẫu*
|
*Hà Nội, ngày 21
tháng 11 năm 2025*
|
**Kính gửi:** Công ty TNHH Thử Nghiệm.

Căn cứ khoản 3 Điều 1 Thông tư số 60/2019/TT-BTC ngày 30/8/2019 bổ sung Điều 4 Thông tư số \
39/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính, trị giá hải quan hàng hóa xuất khẩu là giá \
bán của hàng hóa tính đến cửa khẩu xuất.

Cục Hải quan thông báo để Công ty TNHH Thử Nghiệm biết và thực hiện./.
|
**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
Nguyễn Văn Thử
"""

RESOLUTION = """|
**HỘI ĐỒNG NHÂN DÂN**
**THÀNH PHỐ THỬ NGHIỆM**
|
Số: 60/2025/NQ-HĐND
|
*Thử Nghiệm, ngày 27 tháng 11 năm 2025*
|
**NGHỊ QUYẾT**
QUY ĐỊNH DANH MỤC CÁC KHOẢN THU DỊCH VỤ HỖ TRỢ HOẠT ĐỘNG GIÁO DỤC CỦA THÀNH PHỐ THỬ NGHIỆM

**Điều 1. Phạm vi điều chỉnh**
Nghị quyết này quy định danh mục các khoản thu dịch vụ hỗ trợ hoạt động giáo dục.

**Điều 5. Hiệu lực thi hành**
1. Nghị quyết này có hiệu lực thi hành kể từ ngày 08 tháng 12 năm 2025.
Nghị quyết số 03/2024/NQ-HĐND ngày 29 tháng 3 năm 2024 của Hội đồng nhân dân Thành phố quy \
định danh mục các khoản thu dịch vụ hỗ trợ hoạt động giáo dục hết hiệu lực kể từ ngày Nghị \
quyết này có hiệu lực thi hành.
2. Thời gian thực hiện: Từ năm học 2025-2026.
"""

CIRCULAR = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 21/2025/TT-BGDĐT

THÔNG TƯ

Quy định chế độ trả tiền lương dạy thêm giờ đối với nhà giáo trong các cơ sở giáo dục công lập

**Điều 8. Hiệu lực và trách nhiệm thi hành**

1. Thông tư này có hiệu lực thi hành kể từ ngày ký.

2. Bãi bỏ Thông tư liên tịch số 07/2013/TTLT-BGDĐT-BNV-BTC ngày 08 tháng 03 năm 2013 của Bộ \
trưởng Bộ Giáo dục và Đào tạo, Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính hướng dẫn thực \
hiện chế độ trả lương dạy thêm giờ đối với nhà giáo trong các cơ sở giáo dục công lập.
"""

PROCEDURES = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 1498/QĐ-UBND
|
*Thử Nghiệm, ngày 18 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC DI SẢN VĂN HÓA
**Điều 1**. Phê duyệt kèm theo Quyết định này 02 quy trình nội bộ.
**PHỤ LỤC**
**Lĩnh vực di sản văn hoá (02 tthc)**
|
1
|
Cấp Chứng chỉ hành nghề tu bổ di tích (1.001822.H42)
|
2
|
Cấp lại Chứng chỉ hành nghề tu bổ di tích (1.002003.H42)
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("named-document-facts")
    docs = {
        "cv-1234.md": LETTER,
        "nq-60.md": RESOLUTION,
        "tt-21.md": CIRCULAR,
        "qd-1498.md": PROCEDURES,
    }
    opened = answerer_over(root, docs, lexical_only=True)
    yield opened
    opened.close()


def test_the_day_asked_of_a_letter_named_first_is_the_letter_s(answerer: Answerer) -> None:
    result = answerer.ask(
        "Công văn 1234/CHQ-NVTHQ về kê khai trị giá hải quan theo Thông tư 60/2019/TT-BTC ngày nào?"
    )
    assert result.found, result
    assert "21" in result.answer and "2025" in result.answer, result.answer
    assert "2019" not in result.answer, result.answer


def test_a_school_year_asked_is_the_named_resolution_s_own(answerer: Answerer) -> None:
    result = answerer.ask(
        "Nghị quyết 60/2025/NQ-HĐND về các khoản thu dịch vụ hỗ trợ giáo dục, thay Nghị quyết "
        "03/2024/NQ-HĐND, thực hiện từ năm học nào?"
    )
    assert result.found, result
    assert "2025-2026" in result.answer, result.answer


def test_the_joint_circular_repealed_is_answered(answerer: Answerer) -> None:
    result = answerer.ask("Thông tư 21/2025/TT-BGDĐT bãi bỏ thông tư liên tịch nào?")
    assert result.found, result
    assert "07/2013/TTLT-BGDĐT-BNV-BTC" in result.answer, result.answer


def test_a_procedure_s_code_written_after_its_name_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 1498/QĐ-UBND, thủ tục cấp chứng chỉ hành nghề tu bổ di tích có mã TTHC là gì?"
    )
    assert result.found, result
    assert result.answer == "1.001822.H42", result.answer


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Thông tư 21/2025/TT-BGDĐT bãi bỏ thông tư liên tịch nào?", "decision"),
        ("Nghị quyết 60/2025/NQ-HĐND thực hiện từ năm học nào?", "date"),
        ("QĐ 1520/QĐ-UBND phê duyệt danh mục TTHC là đợt mấy năm 2025?", "date"),
        ("Mã TTHC của thủ tục gia hạn chứng chỉ hành nghề là gì?", "figure"),
        ("ma thu tuc cap giay chung nhan xuat xu hang hoa tai So Cong Thuong", "figure"),
    ],
)
def test_the_answer_type_follows_the_question_s_structure(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_a_procedure_code_asked_is_a_code() -> None:
    assert asks_a_code(fold("Mã TTHC của thủ tục gia hạn chứng chỉ là gì?"))
    assert asks_a_code(fold("ma thu tuc cap giay chung nhan xuat xu hang hoa"))
    assert not asks_a_code(fold("Quyết định công bố bao nhiêu thủ tục hành chính?"))
