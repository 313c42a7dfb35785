"""A figure computed by a formula ("D = (209.929 x 5.000)/712.200 = 524,8 tỷ đồng") is its
result, said of the words written before the formula: the operands state no figure of their
own, in a sentence or in a table's prose cell."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _FORMULA_OPERAND, _formula_start
from tests.qa_service.small_index import answerer_over

NORMS = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 12/2025/NQ-HĐND

Thử Nghiệm, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định định mức phân bổ ngân sách cho các xã trên địa bàn tỉnh Thử Nghiệm

**Điều 1.** Tiêu chí phân bổ theo diện tích tự nhiên.

- Tổng diện tích tự nhiên của tỉnh Thử Nghiệm 4.120 km2.
- Diện tích tự nhiên khởi đầu của mỗi xã để tính điểm sẽ là:
F = (4.120 x 2.000)/331.338 = 24,9 km2 (làm tròn 25 km2).
"""

TABLE = """HỘI ĐỒNG NHÂN DÂN
TỈNH KIỂM TRA

Số: 13/2025/NQ-HĐND

Kiểm Tra, ngày 11 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định định mức chi thường xuyên của các xã trên địa bàn tỉnh Kiểm Tra

**PHỤ LỤC**

|
**Tiêu chí**
|
**Cách tính điểm**
|
|
Dân số của các xã
|
- Tỉnh Kiểm Tra 1.857.500 người
- Số dân khởi đầu của mỗi xã để tính điểm sẽ là:
A = (1.857.500 x 500.000)/ 101.300.081 = 9.168 người (làm tròn
9.200 người). Tức là:
- Đến 9.200 người được 20 điểm
- Trên 9.200 người thì cứ thêm 1.000 người được thêm 1 điểm
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("formulas"),
        {"nq-12.md": NORMS, "nq-13.md": TABLE},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_operands_and_results_are_told_apart() -> None:
    text = "sẽ là: F = (4.120 x 2.000)/331.338 = 24,9 km2 (làm tròn 25 km2)."
    operand = text.index("4.120")
    assert _FORMULA_OPERAND.match(text, operand + len("4.120"))
    result = text.index("24,9")
    assert not _FORMULA_OPERAND.match(text, result + len("24,9"))
    assert _formula_start(text, result) == text.index("F =")
    assert _formula_start("Phí là 10 triệu đồng", 7) == 7  # no formula: the value's own place


def test_a_sentence_formula_answers_with_its_result(answerer: Answerer) -> None:
    result = answerer.ask(
        "Diện tích tự nhiên khởi đầu của mỗi xã để tính điểm ở tỉnh Thử Nghiệm là bao nhiêu km2?"
    )
    assert result.found
    assert "24,9 km2" in (result.answer or "") or "25 km2" in (result.answer or "")
    assert not (result.answer or "").startswith("Tổng diện tích")


def test_a_prose_cell_formula_answers_with_its_result(answerer: Answerer) -> None:
    result = answerer.ask("Theo NQ 13/2025, số dân khởi đầu của mỗi xã để tính điểm là bao nhiêu?")
    assert result.found
    assert "9.168" in (result.answer or "") or "9.200" in (result.answer or "")
