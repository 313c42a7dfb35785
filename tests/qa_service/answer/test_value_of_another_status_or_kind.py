"""A value of another kind than the question asks answers nothing: a count of procedures of
another status ("MỤC THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI (09 TTHC)" for "bãi bỏ bao nhiêu thủ
tục"; "12 thủ tục được sửa đổi, bổ sung và 01 thủ tục bị bãi bỏ": 01 for "sửa đổi"), a bare
length of time for a point in time ("| 52 tuần |" for "vào thời điểm nào"), no goods code
for "mã HS nào", no number at all for "bao nhiêu". The value of the kind asked is still
answered. The document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.question import analyse
from qa_service.answer.value_kind import (
    _no_value_of_kind,
)
from qa_service.routing import route_question
from tests.qa_service.answer.value_candidates import mismatch_for
from tests.qa_service.small_index import answerer_over

DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 47/2025/QĐ-UBND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Công bố danh mục thủ tục hành chính và quy định chi trả trên địa bàn tỉnh Thử Nghiệm

**Điều 1.** Công bố kèm theo Quyết định này danh mục 12 thủ tục hành chính được sửa đổi, \
bổ sung và 01 thủ tục hành chính bị bãi bỏ trong lĩnh vực chứng thực.

MỤC THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI (09 TTHC)

**Điều 2.** Tiền lương dạy thêm giờ:

| Định mức tiết dạy | 52 tuần | Số tuần thực dạy |
|---|---|---|

Tiền lương được chi trả trong 15 ngày kể từ ngày kết thúc học kỳ.

**Điều 3.** Hàng hóa có khả năng chống nước theo chuẩn 5 ATM, thuộc mã số 8517.62.59.

**Điều 4.** Phí cấp giấy chứng nhận xuất xứ: Theo quy định của Bộ Tài chính.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("another-status"),
        {"thu-nghiem_quyet-dinh-47.md": DECISION},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "written", "value", "intent", "refused"),
    [
        # a count of procedures of another status
        (
            "Quyết định bãi bỏ bao nhiêu thủ tục hành chính?",
            "BAN HÀNH MỚI (09 TTHC)",
            "09",
            "figure",
            True,
        ),
        (
            "Có bao nhiêu thủ tục hành chính mới ban hành?",
            "BAN HÀNH MỚI (09 TTHC)",
            "09",
            "figure",
            False,
        ),
        (
            "Có bao nhiêu thủ tục hành chính được sửa đổi, bổ sung?",
            "01 thủ tục hành chính bị bãi bỏ",
            "01",
            "figure",
            True,
        ),
        (
            "Có bao nhiêu thủ tục hành chính được sửa đổi, bổ sung?",
            "12 thủ tục hành chính",
            "12",
            "figure",
            False,
        ),
        (
            "Bao nhiêu thủ tục hành chính bị bãi bỏ?",
            "01 thủ tục hành chính bị bãi bỏ",
            "01",
            "figure",
            False,
        ),
        # a bare length of time for a point in time
        (
            "Tiền lương dạy thêm giờ được chi trả vào thời điểm nào?",
            "52 tuần",
            "52 tuần",
            "deadline",
            True,
        ),
        (
            "Tiền lương dạy thêm giờ được chi trả vào thời điểm nào?",
            "trong 15 ngày",
            "15 ngày",
            "deadline",
            False,
        ),
        # no value of the kind asked
        (
            "Hàng hóa chống nước được xếp vào mã HS nào?",
            "chuẩn 5 ATM",
            "5",
            "figure",
            True,
        ),
        (
            "Hàng hóa chống nước được xếp vào mã HS nào?",
            "mã số 8517.62.59",
            "8517.62.59",
            "figure",
            False,
        ),
        (
            "Định mức tiết dạy tính theo bao nhiêu tuần?",
            "Số tuần thực dạy",
            "Số tuần thực dạy",
            "figure",
            True,
        ),
        (
            "Tiền lương được chi trả trong bao nhiêu ngày?",
            "trong 15 ngày",
            "15 ngày",
            "figure",
            False,
        ),
    ],
)
def test_value_of_another_status_or_kind(
    answerer: Answerer, question: str, written: str, value: str, intent: str, refused: bool
) -> None:
    mismatch = mismatch_for(answerer, question, written, value, intent)
    assert (mismatch is not None) == refused, mismatch


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        ("chứng chỉ còn thời hạn nhưng do thay đổi thông tin", True),
        # a sum set by the rule it names, or nothing charged, answers "bao nhiêu"
        ("Theo quy định của Bộ Tài chính", False),
        ("Không", False),
        ("50.000 đồng", False),
    ],
)
def test_a_figure_asked_needs_a_number_or_the_rule_setting_it(
    answerer: Answerer, answer: str, refused: bool
) -> None:
    q = analyse(answerer.corpus, route_question("Phí cấp chứng chỉ là bao nhiêu?"), None)
    folded = q.route.folded
    assert (_no_value_of_kind(q, folded, answer) is not None) == refused


@pytest.mark.parametrize(
    ("question", "answer", "refused"),
    [
        # a document that gives its procedures no code: a sentence of the procedure is no code
        (
            "Mã số của thủ tục cấp giấy phép hoạt động là gì?",
            "Thời hạn giải quyết: 05 ngày làm việc",
            True,
        ),
        ("Mã số của thủ tục cấp giấy phép hoạt động là gì?", "1.014466", False),
        ("Thủ tục cấp giấy phép hoạt động có mã TTHC nào?", "2.002167.000.00.00.H12", False),
        ("Thủ tục cấp giấy phép hoạt động có mã TTHC nào?", "Cấp giấy phép hoạt động", True),
        # a share asked of a ruling on a code is no code asked
        ("Hàm lượng natri theo hồ sơ xác định trước mã số là bao nhiêu %?", "22,0%", False),
    ],
)
def test_a_code_asked_needs_a_code(
    answerer: Answerer, question: str, answer: str, refused: bool
) -> None:
    q = analyse(answerer.corpus, route_question(question), None)
    assert (_no_value_of_kind(q, q.route.folded, answer) is not None) == refused


def test_the_opening_of_a_document_number_is_no_quantity(answerer: Answerer) -> None:
    # "Số: 47/2025/QĐ-UBND": "47" opens the document's number
    mismatch = mismatch_for(answerer, "Lệ phí cấp giấy chứng nhận là bao nhiêu?", "47/2025", "47")
    assert mismatch is not None and "document's number" in mismatch, mismatch
    mismatch = mismatch_for(answerer, "Có bao nhiêu thủ tục bị bãi bỏ?", "01 thủ tục", "01")
    assert mismatch is None or "document's number" not in mismatch, mismatch
