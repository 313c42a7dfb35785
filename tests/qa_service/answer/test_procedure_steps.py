"""The time of one step of an internal procedure, read from a table whose header row has a
time-limit column ("Thời gian thực hiện"), when the paragraphs of the first step's long cell
stand between the step's row and that header: the cell under the column is the step's limit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

STEPS = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
Số: 1700/QĐ-UBND
*Thử Nghiệm, ngày 12 tháng 11 năm 2025*
**QUYẾT ĐỊNH**
Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đầu tư
**Điều 1**. Phê duyệt kèm theo Quyết định này 01 quy trình nội bộ.
**PHỤ LỤC**
**1. Chấp
thuận chủ trương đầu tư thuộc thẩm quyền của UBND cấp tỉnh – Mã TTHC:
1.009645.H05**
|
**Thứ tự công việc**
|
**Nội dung công việc cụ thể**
|
**Đơn vị/ Người thực hiện**
|
**Thời gian thực hiện**
|
**Sản phẩm**
|
|
**Bước 1**
|
**1. Nộp hồ sơ:**
- Nộp hồ sơ trực tuyến tại
địa chỉ __https://dichvucong.gov.vn/__
- Trực tiếp hoặc qua dịch
vụ bưu chính công ích đến:
+ Trung tâm Phục vụ hành
chính công tỉnh Thử Nghiệm - địa chỉ: Tầng 1 và tầng 2 (giữa 2 toà nhà A, B)
Khu liên cơ quan, Quảng trường Trung Tâm, phường Trung Tâm, tỉnh Thử Nghiệm.
+ Điểm tiếp nhận và trả KQ
của Trung tâm PV HCC tỉnh - địa chỉ: Số 31, đường Lê Lợi, phường
Kinh Đô, tỉnh Thử Nghiệm.
+ Trung tâm Phục vụ hành
chính công cấp xã (trường hợp nộp hồ sơ không phụ thuộc vào địa giới hành
chính).
**2. Kiểm tra tính đầy đủ
của hồ sơ theo quy định:**
+ Trường hợp hồ sơ đầy đủ
và hợp lệ, thực hiện số hoá thành phần hồ sơ, tiếp nhận hồ sơ theo quy định
và chuyển ngay hồ sơ đến bộ phận chuyên môn để giải quyết.
*Trường hợp tiếp nhận
không phụ thuộc vào địa giới hành chính: *đơn vị tiếp nhận hồ sơ chuyển
ngay hồ sơ điện tử đến Sở Tài chính trên Hệ thống thông tin giải quyết thủ tục
hành chính của tỉnh để giải quyết đồng thời chuyển hồ sơ giấy đến Sở Tài
chính trong thời hạn không quá 01 ngày làm việc kể từ khi tiếp nhận hồ sơ.
+ Hồ sơ không đầy đủ, hợp
lệ thì trả hồ sơ và hướng dẫn cá nhân, tổ chức bổ sung hồ sơ.
|
Công chức của Sở Tài chính tiếp nhận hồ sơ tại Trung tâm Phục vụ hành
chính công hoặc công chức tiếp nhận hồ sơ tại TT PVHCC cấp xã
|
0,5 ngày
|
Giấy tiếp nhận hồ sơ và hẹn
trả kết quả
Thông báo về tình trạng hồ
sơ cần chỉnh sửa, các hướng dẫn (nếu có)
|
|
**Bước 2**
|
Phân công giải quyết: Sau
khi tiếp nhận hồ sơ, Lãnh đạo phòng chuyên môn phân công chuyên viên xử lý hồ
sơ.
|
Lãnh đạo Phòng chuyên môn
|
0,25 ngày
|
Hồ sơ được phân công trên
hệ thống
|
|
**Bước 3**
|
Chuyên viên xử lý hồ sơ có
trách nhiệm tổ chức thẩm định hồ sơ; soạn thảo dự thảo Văn bản xin ý kiến thẩm
định của các cơ quan, đơn vị; trình Lãnh đạo phòng chuyên môn xem xét.
|
Chuyên viên xử lý hồ sơ
|
0,5 ngày
|
Văn bản lấy ý kiến thẩm định
|
|
**Bước 4**
|
Lãnh đạo phòng chuyên môn
xem xét trình Lãnh đạo Sở.
|
Lãnh đạo Phòng chuyên môn
|
0,25 ngày
|
|
**Bước 5**
|
Lãnh đạo Sở xem xét Ký duyệt
Văn bản lấy ý kiến
|
Lãnh đạo Sở
|
0,5 ngày
|
|
**Bước 6**
|
Kể từ ngày nhận được Văn bản
xin ý kiến thẩm định kèm theo hồ sơ dự án đầu tư, cơ quan được lấy ý kiến có
ý kiến thẩm định về nội dung thuộc phạm vi quản lý nhà nước của mình, gửi Sở
Tài chính.
|
Các Sở, ban, ngành được xin ý kiến
|
07 ngày
|
Văn bản tham gia ý kiến
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("procedure-steps")
    opened = answerer_over(root, {"qd-1700.md": STEPS}, lexical_only=True)
    yield opened
    opened.close()


def test_the_time_of_a_step_is_the_cell_under_the_time_column(answerer: Answerer) -> None:
    result = answerer.ask(
        "Trong quy trình chấp thuận chủ trương đầu tư, các sở, ngành được xin ý kiến thẩm định "
        "có bao nhiêu ngày để gửi ý kiến cho Sở Tài chính?"
    )
    assert result.found, result
    assert "07 ngày" in result.answer
