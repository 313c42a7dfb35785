"""The total time of a procedure ("tổng thời gian xử lý", "thủ tục X được giải quyết trong bao
nhiêu ngày") is not the time of one step of its flow ("8 | Lập hồ sơ trình ... | 15 ngày"): the
total stated apart answers, or nothing. A step asked is still its row's. The document is written
here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.verify import STEP_FOR_TOTAL
from tests.qa_service.answer.value_candidates import mismatch_for
from tests.qa_service.small_index import answerer_over

FLOW = """**BỘ THỬ NGHIỆM**

**QUYẾT ĐỊNH**

**Phê duyệt quy trình nội bộ xét tặng giải thưởng Lương Thế Vinh**

**I. QUY TRÌNH**

**2. Nội dung của quy trình**

| TT | Trình tự thực hiện | Trách nhiệm | Thời gian |
|---|---|---|---|
| 1 | Tiếp nhận hồ sơ đề nghị xét tặng giải thưởng Lương Thế Vinh | Văn phòng | 05 ngày |
| 2 | Thẩm định hồ sơ xét tặng giải thưởng Lương Thế Vinh | Hội đồng cơ sở | 30 ngày |
| 3 | Lập hồ sơ trình Bộ trưởng ký Quyết định tặng giải thưởng Lương Thế Vinh | Thường trực \
Hội đồng | 15 ngày |

**Tổng thời gian xử lý theo quy định:** 50 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("step-total"), {"quy-trinh.md": FLOW}, lexical_only=True
    )
    yield opened
    opened.close()


def test_the_total_is_not_a_step(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tổng thời gian xử lý hồ sơ xét tặng giải thưởng Lương Thế Vinh là bao nhiêu ngày?"
    )
    assert result.found and "50 ngày" in result.answer, result.answer


def test_a_step_asked_is_its_row(answerer: Answerer) -> None:
    result = answerer.ask(
        "Hội đồng cơ sở thẩm định hồ sơ xét tặng giải thưởng Lương Thế Vinh trong bao nhiêu ngày?"
    )
    assert result.found and "30 ngày" in result.answer, result.answer


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Tổng thời gian xử lý hồ sơ xét tặng giải thưởng Lương Thế Vinh là bao nhiêu?", True),
        ("Thủ tục xét tặng giải thưởng Lương Thế Vinh được giải quyết trong bao nhiêu ngày?", True),
        ("Bộ giải quyết thủ tục xét tặng giải thưởng Lương Thế Vinh trong bao lâu?", True),
        # a step named: the row of that step answers
        ("Bước lập hồ sơ trình Bộ trưởng ký quyết định mất bao nhiêu ngày?", False),
    ],
)
def test_a_step_row_for_the_total(answerer: Answerer, question: str, refused: bool) -> None:
    mismatch = mismatch_for(answerer, question, "15 ngày", "15 ngày", "deadline")
    assert (mismatch is not None and mismatch.startswith(STEP_FOR_TOTAL)) == refused, mismatch


def test_a_label_keeps_its_one_colon() -> None:
    from qa_service.answer.extractors import _labelled

    assert _labelled("Tổng thời gian thực hiện TTHC:", "150 ngày") == (
        "Tổng thời gian thực hiện TTHC: 150 ngày"
    )
    assert _labelled("Bước 5", "16 giờ") == "Bước 5: 16 giờ"
