"""A value whose label names another rate than the one asked ("lãi suất" for "thuế suất", for
"tỷ lệ hộ nghèo", "tỷ lệ vốn" for "hiệu suất") answers nothing; the rate the label names is
still answered. The document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.verify import (
    OTHER_RATE,
)
from tests.qa_service.answer.value_candidates import mismatch_for
from tests.qa_service.small_index import answerer_over

RESOLUTION = """**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 44/2025/NQ-HĐND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**NGHỊ QUYẾT**

Quy định chính sách hỗ trợ doanh nghiệp khởi nghiệp và giảm nghèo trên địa bàn tỉnh Thử \
Nghiệm

**Điều 1.** Doanh nghiệp khởi nghiệp sáng tạo được vay vốn từ Quỹ phát triển của tỉnh với \
lãi suất cho vay: 0%/năm trong 02 năm đầu.

**Điều 2.** Phấn đấu đến cuối năm 2026 tỷ lệ hộ nghèo giảm còn 2,1%, hộ nghèo vay vốn \
Ngân hàng Chính sách xã hội với lãi suất 6,6%/năm.

**Điều 3.** Doanh nghiệp khởi nghiệp được hỗ trợ 50% chi phí thuê mặt bằng.

**Điều 4.** Nhà xưởng bị thu hồi đất: Mức bồi thường bằng 50% giá trị xây dựng mới; nhà \
xưởng không đủ điều kiện bồi thường: Mức hỗ trợ bằng 50% giá trị xây dựng mới.

**Điều 6.** Nhà xưởng thuê lại: Mức chi hỗ trợ 50% giá thuê. Nội dung chi, mức chi hỗ trợ:
Hỗ trợ hàng tháng cho công nhân: 3.000.000 đồng/người.

**Điều 5.** Đạt mục tiêu 50% doanh nghiệp có chuyển đổi số. Tỷ lệ phần trăm (%) hộ nghèo: 7%.

**TM. HỘI ĐỒNG NHÂN DÂN**
**CHỦ TỊCH**

**Trần Văn Thưởng**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("other-rate"),
        {"thu-nghiem_nghi-quyet-44.md": RESOLUTION},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "written", "value", "fits"),
    [
        # the label names another rate than the one asked
        ("Thuế suất thuế TNDN cho doanh nghiệp khởi nghiệp là bao nhiêu?", "0%/năm", "0%", False),
        ("Tỷ lệ hộ nghèo cuối năm 2026 là bao nhiêu?", "6,6%/năm", "6,6%", False),
        ("ty le ho ngheo cuoi nam 2026 la bao nhieu", "6,6%/năm", "6,6%", False),
        # the rate asked, its own label; a share with no rate named
        ("Tỷ lệ hộ nghèo cuối năm 2026 là bao nhiêu?", "2,1%", "2,1%", True),
        ("Lãi suất cho vay hộ nghèo là bao nhiêu?", "6,6%/năm", "6,6%", True),
        ("Lãi suất cho vay doanh nghiệp khởi nghiệp là bao nhiêu?", "0%/năm", "0%", True),
        ("Tỷ lệ hỗ trợ chi phí thuê mặt bằng là bao nhiêu?", "50% chi phí", "50%", True),
        # a kind of value of what the question never names, or names only after the rate
        ("Tỷ lệ doanh nghiệp giải thể là bao nhiêu?", "Mức bồi thường bằng 50%", "50%", False),
        ("Lãi suất cho vay hỗ trợ thuê mặt bằng?", "Mức hỗ trợ bằng 50%", "50%", False),
        ("Mức hỗ trợ lãi suất thuê mặt bằng?", "Mức hỗ trợ bằng 50%", "50%", True),
        ("Tỷ lệ bồi thường là bao nhiêu?", "Mức bồi thường bằng 50%", "50%", True),
        # what a kind of value is of, its second and third words; a lead-in's label is none
        ("Mức hỗ trợ thuê nhà xưởng là bao nhiêu?", "Mức chi hỗ trợ 50%", "50%", True),
        ("Hỗ trợ hàng tháng cho công nhân bao nhiêu?", "công nhân: 3.000.000", "3.000.000", True),
        # a unit after "tỷ lệ" names nothing it is of
        ("Tỷ lệ hộ nghèo là bao nhiêu?", "Tỷ lệ phần trăm (%) hộ nghèo: 7%", "7%", True),
        # "mục", not "mức": no kind of value
        ("Tỷ lệ doanh nghiệp giải thể là bao nhiêu?", "mục tiêu 50%", "50%", True),
        # an efficiency is a rate named whole
        ("Hiệu suất nhà xưởng tối thiểu là bao nhiêu %?", "Mức bồi thường bằng 50%", "50%", False),
        ("hieu suat nha xuong toi thieu bao nhieu phan tram", "6,6%/năm", "6,6%", False),
    ],
)
def test_the_rate_a_label_names(
    answerer: Answerer, question: str, written: str, value: str, fits: bool
) -> None:
    mismatch = mismatch_for(answerer, question, written, value)
    assert (mismatch is None) is fits, mismatch
    assert fits or mismatch.startswith(OTHER_RATE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Tỷ lệ hộ nghèo tỉnh Thử Nghiệm phấn đấu giảm còn bao nhiêu?", "2,1%"),
    ],
)
def test_the_rate_asked_is_answered(answerer: Answerer, question: str, expected: str) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert expected in (result.answer or "")


def test_another_rate_answers_nothing(answerer: Answerer) -> None:
    question = "Thuế suất thuế TNDN cho doanh nghiệp khởi nghiệp ở tỉnh Thử Nghiệm là bao nhiêu?"
    result = answerer.ask(question)
    assert not result.found or "0%" not in (result.answer or ""), result.answer
