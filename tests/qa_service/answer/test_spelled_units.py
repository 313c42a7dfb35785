"""A measure the question spells out ("bao nhiêu mét", "bao nhiêu héc-ta") is answered by the
number the text writes with its symbol ("30m", "500ha"), and "bao nhiêu tiền" by a sum in any
currency word; another unit still answers nothing. The document is written here, never seen in
tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _unit_matches
from qa_service.answer.value_kind import (
    same_unit,
)
from tests.qa_service.small_index import answerer_over

CIRCULAR = """**BỘ THỬ NGHIỆM**

Số: 77/2025/TT-BTN

*Hà Nội, ngày 10 tháng 10 năm 2025*

**THÔNG TƯ**

Quy định phân loại công trình nạo vét luồng lạch và phí thẩm định hồ sơ nạo vét

**Điều 3. Phân loại công trình nạo vét**

1. Nhóm A

a) Công trình nạo vét luồng lạch ven biển nơi có độ sâu nước lớn hơn 12m.

b) Công trình nạo vét trên khu vực có tổng diện tích mặt nước trên 350ha.

**Điều 4. Phí thẩm định hồ sơ nạo vét**

Phí thẩm định hồ sơ nạo vét luồng lạch ven biển là 2.500.000 đồng/hồ sơ.

**Điều 5. Thủ tục cấp văn bản xác nhận nạo vét**

| STT | Tên thủ tục | Thời hạn giải quyết | Cách thức thực hiện | Phí, lệ phí |
|---|---|---|---|---|
| 1 | Cấp văn bản xác nhận hoàn thành nạo vét | Không quá 05 (năm) ngày làm việc kể \
từ ngày nhận đủ hồ sơ đề nghị cấp văn bản xác nhận hoàn thành nạo vét | Nộp hồ sơ trực tuyến \
hoặc trực tiếp tại Trung tâm phục vụ hành chính công | Phí: 300.000 đồng/văn bản |
| 2 | Cấp lại văn bản xác nhận hoàn thành nạo vét | Không quá 03 (ba) ngày làm việc | Nộp \
hồ sơ trực tuyến | Phí: 150.000 đồng/văn bản |

**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**

**Lê Văn Thử**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("spelled-units"),
        {"bo-thu-nghiem_thong-tu-77.md": CIRCULAR},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("cong trinh nao vet luong lach nhom A khi do sau nuoc lon hon bao nhieu met", "12m"),
        (
            "Công trình nạo vét thuộc nhóm A khi tổng diện tích mặt nước trên bao nhiêu hecta?",
            "350ha",
        ),
        ("Phí thẩm định hồ sơ nạo vét luồng lạch ven biển là bao nhiêu tiền?", "2.500.000"),
    ],
)
def test_a_spelled_unit_is_answered_by_its_symbol(
    answerer: Answerer, question: str, expected: str
) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert expected in (result.answer or "")


def test_a_fee_typed_without_tones_is_a_sum_of_money(answerer: Answerer) -> None:
    # "phi" typed without tones is the fee ("phí"): the row's sum, not its time limit
    result = answerer.ask("phi cap van ban xac nhan hoan thanh nao vet bao nhieu")
    assert result.found
    assert "300.000" in (result.answer or ""), result.answer


def test_another_unit_answers_nothing(answerer: Answerer) -> None:
    # the depth is in metres: no number of kilometres is written
    result = answerer.ask("Độ sâu nước của công trình nạo vét nhóm A lớn hơn bao nhiêu km?")
    assert not result.found, result.answer


@pytest.mark.parametrize(
    ("asked", "written", "same"),
    [
        ("met", "m", True),
        ("m", "met", True),
        ("hecta", "ha", True),
        ("kilomet", "km", True),
        ("tien", "dong", True),
        ("tien", "trieu", True),
        ("met", "km", False),
        ("hecta", "km2", False),
        ("tien", "ngay", False),
    ],
)
def test_same_unit(asked: str, written: str, same: bool) -> None:
    assert same_unit(asked, written) is same


def test_unit_after_a_value_as_symbol() -> None:
    assert _unit_matches("met", "m.")
    assert _unit_matches("tien", " dong/ho so", anywhere=True)
    assert not _unit_matches("met", " ngay")
