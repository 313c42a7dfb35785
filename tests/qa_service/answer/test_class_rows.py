"""A table row that names a numbered class ("Nhóm 1: ...", "Loại II") and whose value cell is
set apart after empty cells: the class's number is a label, not the row's value, and the cell
after it answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _part_number_spans
from qa_service.routing import fold
from tests.qa_service.small_index import answerer_over

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 31/2025/NQ-HĐND

Thử Nghiệm, ngày 05 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định chế độ nghỉ dưỡng sức đối với cán bộ thuộc diện Ban Thường vụ quản lý

Điều 1. Mức chi chế độ nghỉ dưỡng sức theo Phụ lục kèm theo Nghị quyết này.

Điều 2. Nghị quyết này có hiệu lực từ ngày 15 tháng 12 năm 2025.

|
**PHỤ LỤC**
MỨC CHI CHẾ ĐỘ NGHỈ DƯỠNG SỨC ĐỐI VỚI CÁN BỘ THUỘC DIỆN BAN THƯỜNG VỤ QUẢN LÝ
*(Kèm theo Nghị quyết số 31/2025/NQ-HĐND)*
|
**TT**
|
**Đối tượng**
|
**Chế độ cấp có
thẩm quyền quy định**
|
**Chế độ chi đặc
thù của tỉnh**
|
**Ghi chú**
|
|
*1*
|
*Nghỉ dưỡng sức tại gia đình*
|
|
|
|
|
a
|
Nhóm 1: Bí thư, Phó Bí thư Tỉnh ủy; Chủ tịch Hội đồng nhân dân tỉnh (cán bộ
đương chức không đi nghỉ dưỡng sức tập trung)
|
|
7.500.000 đồng/năm
|
|
|
b
|
Nhóm 2: Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Hội đồng nhân dân tỉnh (cán bộ
đương chức không đi nghỉ dưỡng sức tập trung)
|
|
6.200.000 đồng/năm
|
|
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("class-rows")
    opened = answerer_over(root, {"nghi-quyet-31.md": RESOLUTION}, lexical_only=True)
    yield opened
    opened.close()


def test_the_number_of_a_named_class_is_a_label() -> None:
    folded = fold("a | Nhóm 1: Bí thư, Phó Bí thư Tỉnh ủy")
    assert [folded[a:b] for a, b in _part_number_spans(folded)] == ["1"]
    assert _part_number_spans(fold("Chi hỗ trợ 20.000.000 đồng")) == []


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Nhóm 1 nghỉ dưỡng sức tại gia đình được chi bao nhiêu mỗi năm?", "7.500.000 đồng"),
        ("nhom 2 nghi duong suc tai gia dinh duoc bao nhieu tien", "6.200.000 đồng"),
    ],
)
def test_a_class_row_s_value_cell_set_apart_answers(
    answerer: Answerer, question: str, value: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert value in result.answer
    first = result.sources[0]
    assert answerer.texts[first.doc_id][first.start : first.end] == first.quote
