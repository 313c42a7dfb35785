"""Values read from tables by their structure: a points table's numbers are scores when its
header names points ("Điểm tối đa"), though no cell writes "điểm"; a group row that carries
the sum of the rows under it ("2 | Các nhiệm vụ được Chủ tịch giao | 30") is still their group,
and the lettered rows under it ("c) | Tiến độ công việc được giao | 10") are labelled by their
words, not their letter; a step's time is read in the cell under the "Thời gian giải quyết"
column, not in the limits its note cell writes, and in the table of the procedure the question
names, not of one whose heading names more ("cấp lại ..."); a procedure's code asked is read
in the cell that writes it alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.units import Unit
from qa_service.answer import Answerer
from qa_service.answer.evidence import row_group, row_label
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_POINTS = """|
**ỦY BAN NHÂN DÂN TỈNH AN HÒA**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 88/2025/QĐ-UBND
|
*An Hòa, ngày 12 tháng 12 năm 2025*
|

**QUYẾT ĐỊNH**
BAN HÀNH TIÊU CHÍ ĐÁNH GIÁ THỦ TRƯỞNG CƠ QUAN CHUYÊN MÔN TỈNH AN HÒA

**Điều 1.** Ban hành kèm theo Quyết định này phiếu đánh giá thủ trưởng cơ quan chuyên môn
thuộc Ủy ban nhân dân tỉnh An Hòa.

**Điều 2.** Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2026.

**PHỤ LỤC**
PHIẾU ĐÁNH GIÁ THỦ TRƯỞNG CƠ QUAN CHUYÊN MÔN
|
**TT**
|
**Tiêu chí chấm điểm**
|
**Điểm tối đa**
|
|
**I**
|
**TIÊU CHÍ CHUNG**
|
**20**
|
|
**1**
|
**Ý thức kỷ luật hành chính**
|
**8**
|
|
a)
|
Chấp hành sự phân công của tổ chức
|
4
|
|
b)
|
Kê khai tài sản, thu nhập đúng hạn
|
4
|
|
**II**
|
**KẾT QUẢ THỰC HIỆN NHIỆM VỤ**
|
**80**
|
|
**1**
|
**Các nhiệm vụ trong chương trình công tác năm của cơ quan**
|
**20**
|
|
a)
|
Số lượng công việc được giao
|
5
|
|
b)
|
Chất lượng công việc được giao
|
10
|
|
c)
|
Tiến độ công việc được giao
|
5
|
|
**2**
|
**Các nhiệm vụ được Chủ tịch Ủy ban nhân dân tỉnh giao chủ trì thực hiện**
|
**30**
|
|
a)
|
Số lượng công việc được giao
|
10
|
|
b)
|
Chất lượng công việc được giao
|
8
|
|
c)
|
Tiến độ công việc được giao
|
12
|
"""

_STEPS = """|
**ỦY BAN NHÂN DÂN TỈNH BÌNH AN**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 1450/QĐ-UBND
|
*Bình An, ngày 15 tháng 12 năm 2025*
|

**QUYẾT ĐỊNH**
PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC CÔNG NHẬN VƯỜN ƯƠM DOANH NGHIỆP TỈNH BÌNH AN

**Điều 1.** Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục công nhận
vườn ươm doanh nghiệp trên địa bàn tỉnh Bình An.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH**

**1. Thủ tục cấp lại Giấy công nhận vườn ươm doanh nghiệp (Mã TTHC: 1.014501)**
|
**CÁC BƯỚC**
|
**TRÌNH TỰ THỰC HIỆN**
|
**ĐƠN VỊ GIẢI QUYẾT**
|
**THỜI GIAN GIẢI QUYẾT**
|
**Ghi chú**
|
|
Bước 1
|
Tiếp nhận hồ sơ, thẩm định hồ sơ
|
Chuyên viên Phòng Quản lý khoa học
|
9 ngày
|
- Trong thời hạn 10 ngày kể từ ngày nhận được hồ sơ, cơ quan có thẩm quyền xem xét cấp lại
Giấy công nhận.
|
|
Bước 2
|
Ký duyệt hồ sơ
|
Lãnh đạo Ủy ban nhân dân tỉnh
|
1 ngày
|
|

**2. Thủ tục công nhận vườn ươm doanh nghiệp (Mã TTHC: 1.014502)**
|
**CÁC BƯỚC**
|
**TRÌNH TỰ THỰC HIỆN**
|
**ĐƠN VỊ GIẢI QUYẾT**
|
**THỜI GIAN GIẢI QUYẾT**
|
**Ghi chú**
|
|
Bước 1
|
Tiếp nhận hồ sơ, thẩm định hồ sơ
|
Chuyên viên Phòng Quản lý khoa học
|
19 ngày
|
- Trong thời hạn 05 ngày làm việc cơ quan có thẩm quyền trả lời tổ chức về tính hợp lệ
của hồ sơ. - Trong thời hạn 15 ngày kể từ ngày nhận được hồ sơ hợp lệ, cơ quan có thẩm
quyền xem xét ban hành quyết định công nhận.
|
|
Bước 2
|
Duyệt hồ sơ và trình Lãnh đạo Sở
|
Lãnh đạo Phòng Quản lý khoa học
|
3 ngày
|
|
|
Bước 3
|
Ký duyệt hồ sơ
|
Lãnh đạo Ủy ban nhân dân tỉnh
|
6 ngày
|
|
"""

_ABOLISHED = """|
**ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH NAM**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 1520/QĐ-UBND
|
*Hòa Bình Nam, ngày 16 tháng 12 năm 2025*
|

**QUYẾT ĐỊNH**
CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ LĨNH VỰC SỞ HỮU TRÍ TUỆ

**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính bị bãi bỏ lĩnh vực
sở hữu trí tuệ thuộc phạm vi quản lý của tỉnh Hòa Bình Nam.

**DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ**
|
**STT**
|
**Số hồ sơ TTHC**
|
**Tên thủ tục hành chính**
|
**Lĩnh vực**
|
|
1.
|
2.001587
|
Xác nhận đăng ký chỉ dẫn địa lý của sản phẩm đặc sản địa phương
|
Sở hữu trí tuệ
|
|
2.
|
1.004833
|
Cấp giấy chứng nhận tổ chức giám định sở hữu công nghiệp
|
Sở hữu trí tuệ
|
"""

DOCUMENTS = {
    "tieu-chi-an-hoa.md": _POINTS,
    "quy-trinh-binh-an.md": _STEPS,
    "bai-bo-hoa-binh-nam.md": _ABOLISHED,
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("table-scores-steps")
    opened = answerer_over(root, DOCUMENTS, lexical_only=True)
    yield opened
    opened.close()


def _row(answerer: Answerer, value: str) -> Unit:
    """The row of the points table whose last cell is ``value`` (one such row each)."""
    return next(
        u
        for u in answerer.corpus.units
        if u.kind == "row" and u.doc_id.startswith("tieu-chi") and u.cells[-1].strip() == value
    )


def test_a_group_row_with_the_sum_of_its_rows_is_their_group(answerer: Answerer) -> None:
    corpus = answerer.corpus
    group = row_group(corpus, _row(answerer, "12"))
    assert group is not None and "Chủ tịch" in group.text
    # past the lettered rows of the group before it, a group row is under its part
    part = row_group(corpus, group)
    assert part is not None and "KẾT QUẢ THỰC HIỆN NHIỆM VỤ" in part.text


def test_a_lettered_row_is_labelled_by_its_words(answerer: Answerer) -> None:
    assert row_label(_row(answerer, "12")) == "Tiến độ công việc được giao"


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        (
            "Tiến độ các nhiệm vụ được Chủ tịch UBND tỉnh An Hòa giao chủ trì được tối đa bao "
            "nhiêu điểm?",
            "12",
            "30",
        ),
        ("tieu chi ke khai tai san, thu nhap dung han duoc toi da may diem", "4", "8"),
    ],
)
def test_a_points_column_holds_scores(
    answerer: Answerer, question: str, expected: str, not_expected: str
) -> None:
    result = answerer.ask(question)
    assert result.found
    assert expected in (result.answer or "").split()
    assert not_expected not in (result.answer or "").split()
    assert_quotes_verbatim(answerer, result)


def test_a_step_time_is_read_in_its_column(answerer: Answerer) -> None:
    result = answerer.ask(
        "Bước tiếp nhận, thẩm định hồ sơ công nhận vườn ươm doanh nghiệp ở Bình An mất bao "
        "nhiêu ngày?"
    )
    assert result.found
    assert "19 ngày" in (result.answer or "")
    assert "15 ngày" not in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_a_step_is_of_the_procedure_its_heading_names(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quy trình nội bộ thủ tục công nhận vườn ươm doanh nghiệp của Bình An: bước tiếp nhận, "
        "thẩm định hồ sơ bao nhiêu ngày?"
    )
    assert result.found
    assert "19 ngày" in (result.answer or "")
    assert "9 ngày" not in (result.answer or "").replace("19 ngày", "")
    assert_quotes_verbatim(answerer, result)


def test_a_code_asked_is_read_in_its_cell(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 1520/QĐ-UBND bãi bỏ TTHC cấp giấy chứng nhận tổ chức giám định sở hữu công nghiệp, "
        "mã số là gì?"
    )
    assert result.found
    assert result.intent == "figure"
    assert "1.004833" in (result.answer or "")
    assert "2.001587" not in (result.answer or "")
    assert_quotes_verbatim(answerer, result)
