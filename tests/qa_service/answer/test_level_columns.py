"""The column a question names ("cấp xã") read on the bold second line of a table's header
("**Mức chi**" over "**Cấp tỉnh** | **Cấp xã**"), far above a row of a group of rows whose
cells say what they count ("400.000 đồng/người/buổi"): the answer is that cell alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 40/2025/NQ-HĐND

Thử Nghiệm, ngày 05 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định mức chi phục vụ công tác bầu cử trên địa bàn tỉnh

Điều 1. Mức chi phục vụ công tác bầu cử theo Phụ lục kèm theo Nghị quyết này.

Điều 2. Nghị quyết này có hiệu lực từ ngày 15 tháng 12 năm 2025.

|
**PHỤ LỤC**
MỨC CHI PHỤC VỤ CÔNG TÁC BẦU CỬ
*(Kèm theo Nghị quyết số 40/2025/NQ-HĐND)*
|
**STT**
|
**Nội dung**
|
**Mức chi**
|
**Ghi chú**
|
|
**Cấp tỉnh**
|
**Cấp xã**
|
** **
|
|
**1**
|
**Chi tổ chức hội nghị**
|
** **
|
** **
|
** **
|
|
1.1
|
Chi bồi dưỡng đại biểu dự hội nghị triển khai công tác bầu cử
|
120.000 đồng/người/buổi
|
90.000 đồng/người/ buổi
|
|
|
**2**
|
**Chi bồi dưỡng các cuộc họp**
|
** **
|
** **
|
** **
|
|
|
Chủ trì cuộc họp
|
600.000 đồng/người/buổi
|
450.000 đồng/người/ buổi
|
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("level-columns")
    opened = answerer_over(root, {"nghi-quyet-40.md": RESOLUTION}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "value", "other"),
    [
        ("Chủ trì cuộc họp bầu cử cấp xã được chi bao nhiêu một buổi?", "450.000", "600.000"),
        ("chu tri cuoc hop bau cu cap tinh duoc chi bao nhieu", "600.000", "450.000"),
        (
            "Bồi dưỡng đại biểu dự hội nghị triển khai bầu cử cấp xã Thử Nghiệm là bao nhiêu?",
            "90.000",
            "120.000",
        ),
    ],
)
def test_the_level_column_named_gives_its_cell(
    answerer: Answerer, question: str, value: str, other: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert value in result.answer and other not in result.answer
    assert "đồng/người" in result.answer
    first = result.sources[0]
    assert answerer.texts[first.doc_id][first.start : first.end] == first.quote
