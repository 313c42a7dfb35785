"""An answer to "bao nhiêu" must write a number: a step's or a site's label ("Bước 1:", "Cơ sở
1:"), an item's mark ("Ưu tiên (2):") and a street address ("địa chỉ: Số 64") count nothing,
and number words are read with their marks ("tám", not the "tâm" of "Trung tâm"; "miễn", not
the "miền" of "miền núi")."""

from __future__ import annotations

import pytest

from qa_service.answer.value_kind import _states_a_number


@pytest.mark.parametrize(
    ("answer", "states"),
    [
        ("Bước 1: Chỉ đạo rà soát thôn, xã vùng đồng bào dân tộc thiểu số và miền núi", False),
        ("- Tại Trung tâm phục vụ hành chính công tỉnh, địa chỉ: + Cơ sở 1: Số 64", False),
        ("Trụ sở chính: Số 2, đường Chùa Chuông, phường Phố Hiến", False),
        ("Ưu tiên (2): Hộ đồng bào dân tộc thiểu số nghèo sinh sống ở các xã", False),
        ("Hỗ trợ (2) hộ nghèo", True),
        ("Toàn tỉnh có tám thôn đặc biệt khó khăn", True),
        ("Hồ sơ gồm 02 bộ", True),
        ("Tổng số 64 xã, phường", True),
        ("Lệ phí: Miễn", True),
        ("khong thu phi trong thoi gian mien giam", True),  # typed without marks: read folded
    ],
)  # fmt: skip
def test_a_number_is_one_that_counts(answer: str, states: bool) -> None:
    assert _states_a_number(answer, exact=False) is states
