"""A sum of money asked ("được thưởng bao nhiêu tiền") is no count of times: "lần" makes a
number a sum only as a multiple of what is paid ("2 lần mức lương cơ sở"), not in "02 lần liên
tục được tặng danh hiệu"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.value_kind import (
    _AMOUNT_AFTER,
)
from tests.qa_service.small_index import answerer_over

RULES = """ỦY BAN NHÂN DÂN TỈNH BẮC NINH

Số: 86/2025/QĐ-UBND

Bắc Ninh, ngày 03 tháng 12 năm 2025

QUY ĐỊNH

Về công tác thi đua, khen thưởng tỉnh Bắc Ninh

Điều 5. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh

a) Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh để tặng cho cá nhân gương mẫu chấp hành \
tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước và đạt một trong các tiêu chuẩn \
sau đây:

Có thành tích xuất sắc được bình xét trong các phong trào thi đua do tỉnh phát động;

Có 02 lần liên tục được tặng danh hiệu “Chiến sĩ thi đua cơ sở” hoặc có liên tục từ 02 năm \
trở lên được công nhận hoàn thành xuất sắc nhiệm vụ.

Điều 6. Hỗ trợ cán bộ làm công tác thi đua

Cán bộ làm công tác thi đua, khen thưởng cấp xã được hỗ trợ hằng tháng bằng 0,5 lần mức \
lương cơ sở.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("money-multiples")
    opened = answerer_over(root, {"quy-dinh-86.md": RULES}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("value_after", "money"),
    [
        ("02 lan lien tuc duoc tang danh hieu", False),
        ("3 lan trong nam", False),
        ("0,5 lan muc luong co so", True),
        ("2 lan luong toi thieu", True),
        ("1,5 lan gia tri hop dong", True),
    ],
)
def test_times_are_a_sum_only_as_a_multiple_of_what_is_paid(value_after: str, money: bool) -> None:
    # the folded value and the words after it, as the money check of a figure reads them
    assert (_AMOUNT_AFTER.search(value_after) is not None) is money


def test_a_multiple_of_pay_is_a_sum_of_money(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cán bộ làm công tác thi đua, khen thưởng cấp xã được hỗ trợ hằng tháng bao nhiêu tiền?"
    )
    assert result.found, result
    assert "0,5 lần mức lương cơ sở" in (result.answer or ""), result
