"""A value or a time limit stated for another holder than the one asked answers nothing: the
head's allowance for the deputy ("Đối với Trưởng Bộ môn" for "Phó Trưởng Bộ môn"), a
member's experience for the head of the board ("Kiểm soát viên" for "Trưởng ban kiểm soát"),
the fee of another class ("loại A" for "loại B", "nhóm III" for "nhóm IV"), the time limit of
the bodies reporting to a ministry for the ministry's own report ("gửi Bộ Tư pháp trước ngày
05/12" for "Bộ Tư pháp phải báo cáo Thủ tướng trước ngày nào"), and the other way round. The
value of the holder asked is still answered. The document is written here, never seen in
tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.answer.value_candidates import mismatch_for
from tests.qa_service.small_index import answerer_over

RESOLUTION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 46/2025/QĐ-UBND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Quy định một số mức chi và thời hạn báo cáo trên địa bàn tỉnh Thử Nghiệm

**Điều 1.** Mức hỗ trợ hằng tháng:

a) Đối với Trưởng Bộ môn: 1.000.000 đồng/người/tháng.

b) Mức 350.000 đồng/người/buổi áp dụng đối với Phó Trưởng ban Giám khảo.

**Điều 2.** Tiêu chuẩn kinh nghiệm:

Kiểm soát viên: Có ít nhất 03 năm kinh nghiệm làm việc.

**Điều 3.** Phí thẩm định:

| STT | Thủ tục | Phí |
|---|---|---|
| 1 | Công bố thiết bị y tế loại A, B | Phí thẩm định loại A: 500.000 đồng/01 hồ sơ |

Đối với khoáng sản nhóm III tối đa là 45 ngày kể từ ngày nhận đủ hồ sơ.

**Điều 4.** Báo cáo:

1. Các sở, ngành gửi báo cáo về Sở Tư pháp trước ngày 05 tháng 12 năm 2025.

2. Sở Nội vụ tổng hợp kết quả chấm điểm của các xã từ ngày 16 đến ngày 31 tháng 12 hằng năm.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("another-rank"),
        {"thu-nghiem_quyet-dinh-46.md": RESOLUTION},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "written", "value", "intent", "refused"),
    [
        # another rank of the same office
        (
            "Phó trưởng bộ môn được hỗ trợ bao nhiêu mỗi tháng?",
            "Đối với Trưởng Bộ môn: 1.000.000",
            "1.000.000",
            "figure",
            True,
        ),
        (
            "Trưởng bộ môn được hỗ trợ bao nhiêu mỗi tháng?",
            "Đối với Trưởng Bộ môn: 1.000.000",
            "1.000.000",
            "figure",
            False,
        ),
        (
            "Phó Trưởng ban Giám khảo được hỗ trợ bao nhiêu một buổi?",
            "Mức 350.000 đồng",
            "350.000",
            "figure",
            False,
        ),
        (
            "Người làm Trưởng ban kiểm soát cần tối thiểu bao nhiêu năm kinh nghiệm?",
            "Kiểm soát viên: Có ít nhất 03 năm",
            "03",
            "figure",
            True,
        ),
        (
            "Kiểm soát viên cần tối thiểu bao nhiêu năm kinh nghiệm?",
            "Kiểm soát viên: Có ít nhất 03 năm",
            "03",
            "figure",
            False,
        ),
        # another class of the same word
        (
            "Phí thẩm định công bố thiết bị y tế loại B là bao nhiêu một hồ sơ?",
            "loại A: 500.000",
            "500.000",
            "figure",
            True,
        ),
        (
            "Phí thẩm định công bố thiết bị y tế loại A là bao nhiêu một hồ sơ?",
            "loại A: 500.000",
            "500.000",
            "figure",
            False,
        ),
        (
            "Thời hạn đối với khoáng sản nhóm IV tối đa là bao nhiêu ngày?",
            "tối đa là 45 ngày",
            "45 ngày",
            "deadline",
            True,
        ),
        (
            "Thời hạn đối với khoáng sản nhóm 3 tối đa là bao nhiêu ngày?",
            "tối đa là 45 ngày",
            "45 ngày",
            "deadline",
            False,
        ),
        # the time limit of another act of the body asked
        (
            "Sở Tư pháp phải tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày nào?",
            "trước ngày 05 tháng 12 năm 2025",
            "trước ngày 05 tháng 12 năm 2025",
            "deadline",
            True,
        ),
        (
            "So Tu phap phai tong hop bao cao truoc ngay nao?",
            "trước ngày 05 tháng 12 năm 2025",
            "trước ngày 05 tháng 12 năm 2025",
            "deadline",
            True,
        ),
        (
            "Các sở, ngành gửi báo cáo về Sở Tư pháp trước ngày nào?",
            "trước ngày 05 tháng 12 năm 2025",
            "trước ngày 05 tháng 12 năm 2025",
            "deadline",
            False,
        ),
        (
            "Các xã gửi báo cáo tự chấm điểm về Sở Nội vụ trong khoảng thời gian nào?",
            "đến ngày 31 tháng 12",
            "đến ngày 31 tháng 12",
            "deadline",
            True,
        ),
        (
            "Sở Nội vụ tổng hợp kết quả chấm điểm trong khoảng thời gian nào?",
            "đến ngày 31 tháng 12",
            "đến ngày 31 tháng 12",
            "deadline",
            False,
        ),
    ],
)
def test_value_of_another_rank_class_or_act(
    answerer: Answerer, question: str, written: str, value: str, intent: str, refused: bool
) -> None:
    mismatch = mismatch_for(answerer, question, written, value, intent)
    assert (mismatch is not None) == refused, mismatch
