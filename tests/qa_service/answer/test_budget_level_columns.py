"""The column of a table the question names by the header's own words, a place after it ("ngân
sách xã Hưng Lộc đối ứng bao nhiêu %": the commune's budget, the row of Hưng Lộc), under a header
of budget levels with the table's empty total row between the header and the rows; the grounds
naming the programme ("... giai đoạn 2021-2030") hold a year, no share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ HUẾ

Số: 35/2025/NQ-HĐND

Huế, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT

Sửa đổi tỷ lệ vốn đối ứng thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội \
vùng đồng bào dân tộc thiểu số và miền núi

Căn cứ Quyết định số 1719/QĐ-TTg phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - \
xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;

Điều 1. Sửa đổi Điều 5 của Quy định kèm theo Nghị quyết số 09/2022/NQ-HĐND của Hội đồng nhân dân \
thành phố Huế

a) Tỷ lệ vốn đối ứng của ngân sách địa phương (thành phố, xã) theo Bảng sau:

|
**TT**
|
**Địa phương**
|
**Tỷ lệ vốn đối ứng ngân sách địa phương (%)**
|
**Ghi chú**
|
|
**Thành phố**
|
**Xã**
|
|
|
**Tổng cộng**
|
|
|
|
|
1
|
Xã Long Quảng
|
70
|
30
|
|
2
|
Xã Hưng Lộc
|
35
|
65
|
Áp dụng trên địa bàn xã sau sắp xếp
|
|
3
|
Xã Khe Tre
|
80
|
20
|

Điều 2. Hiệu lực thi hành

Nghị quyết này có hiệu lực từ ngày 20 tháng 12 năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("budget-level-columns")
    opened = answerer_over(root, {"nq-35.md": RESOLUTION}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "share", "other"),
    [
        (
            "Theo NQ 35/2025/NQ-HĐND TP Huế, ngân sách xã Hưng Lộc phải đối ứng bao nhiêu % vốn "
            "chương trình mục tiêu quốc gia vùng dân tộc thiểu số?",
            "65",
            "35",
        ),
        (
            "Tỷ lệ vốn đối ứng của ngân sách thành phố Huế cho xã Khe Tre là bao nhiêu phần trăm?",
            "80",
            "20",
        ),
        (
            # the council's name in the heading above the table names no column
            "Theo Nghị quyết 35/2025 của Hội đồng nhân dân thành phố Huế, ngân sách xã phải đối "
            "ứng bao nhiêu phần trăm đối với xã Long Quảng?",
            "30",
            "70",
        ),
    ],
)
def test_the_budget_column_named_before_a_place_answers(
    answerer: Answerer, question: str, share: str, other: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    values = (result.answer or "").split(":")[-1].split()
    assert share in values and other not in values, result
