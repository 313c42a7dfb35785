"""A value answers the question whose subject its own unit writes: a report's sentence on
another indicator ("tổng thu ngân sách" for "kim ngạch xuất khẩu") or a rule's item on another
group ("Công an cấp xã" for "bảo vệ dân phố") answers nothing, while the unit that writes the
thing asked still does, in whatever words the question frames it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

REPORT = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 412/BC-UBND
|
*Thử Nghiệm, ngày 05 tháng 11 năm 2025*
|
**BÁO CÁO**
Tình hình kinh tế - xã hội 10 tháng năm 2025
**I. KẾT QUẢ ĐẠT ĐƯỢC**
Tổng thu ngân sách nhà nước 10 tháng năm 2025 thực hiện 13.966 tỷ đồng, đạt 104,24% dự \
toán Trung ương giao.

Tổng sản phẩm trên địa bàn tỉnh 9 tháng năm 2025 tăng 6,9%.

Công tác xúc tiến thương mại được đẩy mạnh để tăng kim ngạch xuất khẩu các mặt hàng nông sản.
"""

RULE = """|
**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 21/2025/NQ-HĐND
|
*Thử Nghiệm, ngày 10 tháng 7 năm 2025*
|
**NGHỊ QUYẾT**
Quy định mức hỗ trợ đối với lực lượng Công an cấp xã và lực lượng tham gia bảo vệ an ninh, \
trật tự ở cơ sở
**Điều 1. Mức hỗ trợ**
1. Nội dung chi, mức chi hỗ trợ:
Hỗ trợ hàng tháng cho cán bộ, chiến sỹ Công an cấp xã thuộc Công an tỉnh: 4.960.000 \
đồng/người/tháng.
2. Kinh phí trang bị cho lực lượng bảo vệ dân phố do ngân sách cấp xã bảo đảm.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("subject-evidence")
    opened = answerer_over(root, {"bc-412.md": REPORT, "nq-21.md": RULE}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        # another indicator of the same report, which writes the one asked for another year
        "Tổng kim ngạch xuất khẩu 10 tháng năm 2025 của tỉnh Thử Nghiệm đạt bao nhiêu?",
        # another group than the one the rule's item names, which another item names
        "Mức hỗ trợ hàng tháng cho lực lượng bảo vệ dân phố là bao nhiêu?",
    ],
)
def test_the_value_of_another_subject_is_no_answer(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found, result.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Tổng thu ngân sách nhà nước 10 tháng năm 2025 của tỉnh Thử Nghiệm là bao nhiêu?",
            "13.966",
        ),
        # a framing clause and the unit after "bao nhiêu" are not the subject
        (
            "Theo Nghị quyết 21/2025 của tỉnh Thử Nghiệm, cán bộ chiến sỹ Công an cấp xã được "
            "hỗ trợ bao nhiêu tiền mỗi tháng?",
            "4.960.000",
        ),
    ],
)
def test_the_value_of_the_subject_asked_answers(
    answerer: Answerer, question: str, value: str
) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert value in result.answer
