"""Values read from the right cell of a table: a first cell that states figures as the others
do (a table with no label column: "Dự kiến cả nước năm 2026: 2.000.000 tỷ đồng | Thành phố Hà
Nội 209.929 tỷ đồng"), where the place the question names only as the issuing council earns a
value next to it nothing; the column of a header row of names that leaves a note column out, or
names a column by two kinds ("Xã, phường"); and a row whose numbering cell is an empty bold cell
("* *"), which is no label."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

NORMS = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ HÀ NỘI

Số: 48/2025/NQ-HĐND

Hà Nội, ngày 27 tháng 11 năm 2025

NGHỊ QUYẾT

Quy định nguyên tắc, tiêu chí, định mức phân bổ vốn đầu tư công giai đoạn 2026-2030

Điều 1. Tiêu chí trình độ phát triển

|
**Trung ương tính cho cấp tỉnh**
|
**Thành phố tính cho cấp xã**
|
|
*2.1. Thu nội địa (Dự kiến kế hoạch Thành phố giao năm 2026):*
|
|
- Dự kiến cả nước năm 2026: 2.000.000
tỷ đồng
- Đến 5.000 tỷ đồng được 4 điểm
- Trên 5.000 tỷ đồng thêm 3 điểm
|
- Thành phố Hà Nội 209.929 tỷ đồng
- Số thu nội địa khởi đầu tính điểm sẽ là 525 tỷ đồng. Tức là:
- Đến 525 tỷ đồng được 4 điểm
- Trên 525 tỷ đồng thêm 3 điểm
|

Điều 2. Hiệu lực thi hành

Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
"""

SHARES = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ HUẾ

Số: 34/2025/NQ-HĐND

Huế, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT

Sửa đổi tỷ lệ vốn đối ứng thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới

Điều 1. Tỷ lệ vốn đối ứng của ngân sách địa phương theo bảng sau:

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
**Xã, phường**
|
|
1
|
Phường Thuận An
|
35
|
65
|
Áp dụng trên địa bàn xã, phường sau sắp xếp
|
|
2
|
Xã Quảng Điền
|
40
|
60
|
Áp dụng trên địa bàn xã, phường sau sắp xếp
|

Điều 2. Hiệu lực thi hành

Nghị quyết này có hiệu lực từ ngày 20 tháng 12 năm 2025.
"""

ELECTION = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ HÀ NỘI

Số: 82/2025/NQ-HĐND

Hà Nội, ngày 27 tháng 11 năm 2025

NGHỊ QUYẾT

Quy định mức chi phục vụ công tác bầu cử

Điều 1. Mức chi theo bảng sau:

|
**STT**
|
**Nội dung chi**
|
**Mức chi**
|
|
|
**Cấp Thành phố**
|
**Cấp xã**
|
|
**6**
|
**Chi bồi dưỡng cho những người trực tiếp phục vụ trong đợt bầu cử**
|
|
** **
|
*Các thành viên Ban chỉ đạo, Ủy ban bầu cử, Ban bầu cử*
|
*3.000.000 đồng/người / tháng*
|
*2.400.000 đồng/người/ tháng*
|
|
** **
|
*Các đối tượng phục vụ*
|
*100.000 đồng/người /buổi*
|
*80.000 đồng/người/ buổi*
|

Điều 2. Hiệu lực thi hành

Nghị quyết này có hiệu lực từ ngày 10 tháng 12 năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("table-value-cells")
    documents = {"nq-48.md": NORMS, "nq-34.md": SHARES, "nq-82.md": ELECTION}
    opened = answerer_over(root, documents, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "value", "other"),
    [
        (
            "Theo NQ 48/2025 HĐND Hà Nội, số thu nội địa dự kiến cả nước năm 2026 là bao nhiêu "
            "tỷ đồng?",
            "2.000.000",
            "209.929",
        ),
        (
            "Số thu nội địa của Thành phố Hà Nội dự kiến năm 2026 là bao nhiêu tỷ đồng?",
            "209.929",
            "2.000.000",
        ),
    ],
)
def test_a_first_cell_stating_figures_is_read(
    answerer: Answerer, question: str, value: str, other: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert value in (result.answer or "") and other not in (result.answer or ""), result


@pytest.mark.parametrize(
    ("question", "share", "other"),
    [
        (
            "Tỷ lệ vốn đối ứng ngân sách xã, phường của Phường Thuận An là bao nhiêu %?",
            "65",
            "35",
        ),
        ("ty le doi ung ngan sach xa cua Xa Quang Dien la bao nhieu phan tram", "60", "40"),
        (
            "Ngân sách thành phố đối ứng bao nhiêu phần trăm cho Xã Quảng Điền?",
            "40",
            "60",
        ),
    ],
)
def test_the_column_named_beside_a_note_column(
    answerer: Answerer, question: str, share: str, other: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    values = (result.answer or "").split(":")[-1].split()
    assert share in values and other not in values, result


def test_an_empty_bold_cell_is_no_label(answerer: Answerer) -> None:
    result = answerer.ask(
        "Các thành viên Ban chỉ đạo, Ủy ban bầu cử cấp xã được bồi dưỡng bao nhiêu mỗi tháng?"
    )
    assert result.found, result
    answer = result.answer or ""
    assert "2.400.000" in answer and "3.000.000" not in answer, result
    assert not answer.startswith("*"), result
