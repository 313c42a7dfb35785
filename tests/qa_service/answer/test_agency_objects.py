"""The body a question asks as the object of a verb ("liên hệ bộ nào", "phản ánh về đâu"), a
short sentence that points back to the ones before it ("Các báo cáo trên gửi Bộ Tư pháp ..."),
a body's name that ends before the time of its task ("... trước ngày 05 tháng 12"), the partner
column of a table of tasks ("Cơ quan phối hợp") and a procedure's "Địa điểm thực hiện"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.agency import name_end
from tests.qa_service.small_index import answerer_over

NOTICE = """VĂN PHÒNG CHÍNH PHỦ

Số: 700/TB-VPCP

Hà Nội, ngày 20 tháng 11 năm 2025

THÔNG BÁO

Kết luận của Phó Thủ tướng về tình hình thi hành pháp luật về hộ tịch

1. Các Bộ, cơ quan khẩn trương hoàn thiện các báo cáo: (i) Báo cáo tình hình thi hành pháp \
luật về hộ tịch; (ii) Báo cáo vướng mắc trong đăng ký hộ tịch trực tuyến.

Các báo cáo trên gửi Bộ Tư pháp trước ngày 05 tháng 12 năm 2025.

2. Bộ Tài chính khẩn trương bố trí kinh phí bảo đảm công tác thi hành pháp luật về hộ tịch.
"""

LETTER = """CỤC THUẾ

Số: 4100/CT-CS

Hà Nội, ngày 15 tháng 10 năm 2025

Kính gửi: Ủy ban nhân dân tỉnh Thử Nghiệm

Trường hợp phát sinh vướng mắc về việc miễn tiền thuê đất đối với dự án xã hội hóa, đề nghị \
Thuế tỉnh Thử Nghiệm báo cáo Ủy ban nhân dân tỉnh liên hệ với Bộ Nông nghiệp và Môi trường \
để được hướng dẫn chính sách về đất đai.
"""


PLAN = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 310/KH-UBND

Thử Nghiệm, ngày 18 tháng 11 năm 2025

KẾ HOẠCH

Triển khai thi hành Nghị định về phòng thủ dân sự

1. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các sở, ngành phản ánh về Ban Chỉ huy \
Phòng thủ dân sự tỉnh để tổng hợp, báo cáo.

PHỤ LỤC

| TT | Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
| --- | --- | --- | --- | --- | --- |
| 1 | Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh trong phòng thủ dân sự | Sở Y tế | \
Sở Tài chính và cơ quan liên quan | 2025 | |
| 2 | Ban hành quy chế phối hợp tìm kiếm cứu nạn hàng không dân dụng | Sở Xây dựng | \
Văn phòng Ban Chỉ huy | 2026 | Quyết định |

DANH MỤC THỦ TỤC

| TT | Tên thủ tục hành chính | Thời hạn giải quyết | Địa điểm thực hiện |
| --- | --- | --- | --- |
| 1 | Cấp giấy phép hành nghề khoan nước dưới đất | 22 ngày | \
Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm |

DANH MỤC THỦ TỤC KHOA HỌC

| TT | Tên thủ tục | Thời hạn | Địa điểm thực hiện | Cơ quan thực hiện |
| --- | --- | --- | --- | --- |
| 1 | Thủ tục đề xuất tham gia chương trình hỗ trợ voucher | 40 ngày | \
Nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia | Quỹ phát triển khoa học và công nghệ |
"""


RULES = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 98/2025/QĐ-UBND

Thử Nghiệm, ngày 25 tháng 11 năm 2025

QUY CHẾ

Tiếp nhận, xử lý và trả lời kiến nghị của cử tri

Điều 6. Trách nhiệm Văn phòng UBND tỉnh

1. Tiếp nhận, phân loại kiến nghị của cử tri thuộc thẩm quyền giải quyết của UBND tỉnh.

Điều 8. Trách nhiệm của UBND cấp xã

1. Trong thời gian đại biểu HĐND tỉnh tiếp xúc cử tri tại địa phương, UBND cấp xã có trách \
nhiệm cử đại diện Lãnh đạo UBND tham gia Hội nghị để kịp thời nắm bắt tình hình, trực tiếp giải \
quyết, trả lời các kiến nghị của cử tri thuộc thẩm quyền hoặc tiếp nhận để chỉ đạo các bộ phận \
liên quan phối hợp giải quyết.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("objects")
    answerer = answerer_over(
        root,
        {
            "thong-bao-ho-tich.md": NOTICE,
            "cong-van-thue-dat.md": LETTER,
            "ke-hoach.md": PLAN,
            "quy-che.md": RULES,
        },
        lexical_only=True,
    )
    yield answerer
    answerer.close()


def test_the_object_of_the_asked_verb_not_its_subject(answerer: Answerer) -> None:
    result = answerer.ask(
        "Vướng mắc miễn tiền thuê đất dự án xã hội hóa, Cục Thuế đề nghị UBND tỉnh Thử Nghiệm "
        "liên hệ bộ nào để được hướng dẫn?"
    )
    assert result.found and result.answer is not None
    assert "Bộ Nông nghiệp và Môi trường" in result.answer
    assert "Thuế tỉnh" not in result.answer


def test_a_sentence_pointing_back_names_the_body(answerer: Answerer) -> None:
    result = answerer.ask(
        "Báo cáo tình hình thi hành pháp luật về hộ tịch các bộ gửi về cơ quan nào?"
    )
    assert result.found and result.answer is not None
    assert result.answer.startswith("Bộ Tư pháp")
    assert "trước ngày" not in result.answer


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Ai phối hợp với Sở Y tế hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh trong phòng "
         "thủ dân sự?", "Sở Tài chính"),
        ("Cơ quan nào chủ trì hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh trong phòng thủ "
         "dân sự?", "Sở Y tế"),
        ("Nộp hồ sơ cấp giấy phép hành nghề khoan nước dưới đất ở đâu?",
         "Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm"),
        ("Kiến nghị của cử tri thuộc thẩm quyền UBND tỉnh do cơ quan nào tiếp nhận, phân loại?",
         "Văn phòng UBND tỉnh"),
        ("Cơ quan nào thực hiện thủ tục đề xuất tham gia chương trình hỗ trợ voucher?",
         "Quỹ phát triển khoa học và công nghệ"),
        ("Vướng mắc khi triển khai nghị định phòng thủ dân sự thì các sở phản ánh về đâu?",
         "Ban Chỉ huy Phòng thủ dân sự tỉnh"),
    ],
)  # fmt: skip
def test_the_body_in_the_role_asked(answerer: Answerer, question: str, body: str) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert result.answer.startswith(body)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gửi Bộ Tư pháp trước ngày 05 tháng 12 năm 2025.", "Bộ Tư pháp"),
        ("báo cáo Sở Nội vụ định kỳ hằng quý", "Sở Nội vụ"),
        ("gửi Sở Tài chính chậm nhất ngày 15/12", "Sở Tài chính"),
        ("gửi Văn phòng Ủy ban nhân dân tỉnh hằng tháng", "Văn phòng Ủy ban nhân dân tỉnh"),
    ],
)  # fmt: skip
def test_a_name_ends_before_the_time_of_its_task(text: str, name: str) -> None:
    at = text.index(name)
    assert text[at : name_end(text, at)] == name
