"""The body of a table of procedures whose rows all give the same one: the row the question
names by its procedure ("công nhận trung tâm đổi mới sáng tạo cấp tỉnh") supports the answer,
before rows of longer or shorter names ("cấp lại Giấy công nhận ...", "công nhận trung tâm đổi
mới sáng tạo") that rank higher."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

PROCEDURES = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 88/QĐ-UBND
|
*Thử Nghiệm, ngày 19 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ
**Điều 1**. Công bố kèm theo Quyết định này danh mục 04 thủ tục hành chính.
**PHỤ LỤC**
|
**Số TT**
|
**Tên TTHC**
|
**Thời hạn giải quyết**
|
**Địa điểm thực hiện**
|
**Cách thức thực hiện**
|
|
01
|
Thủ tục cấp lại Giấy công nhận trung tâm đổi mới sáng tạo,
Giấy công nhận trung tâm đổi mới sáng tạo cấp tỉnh
|
15 ngày kể từ ngày nhận được hồ sơ hợp lệ;
tổ chức nộp hồ sơ và nhận kết quả tại nơi tiếp nhận hồ sơ.
|
**- Cơ quan tiếp nhận và trả
kết quả: **Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm. Địa chỉ: số 2 phố
Hoàng Văn Thụ, phường Đông Kinh, tỉnh Thử Nghiệm.
**- Cơ quan thực hiện: **Sở
Khoa học và Công nghệ tỉnh Thử Nghiệm.
**- Cơ quan có thẩm quyền
quyết định: **UBND tỉnh Thử Nghiệm.
|
Trực tiếp hoặc qua dịch vụ bưu chính công ích
|
|
02
|
Thủ tục công nhận trung tâm đổi mới sáng tạo
|
Trong thời hạn 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ;
tổ chức nộp hồ sơ và nhận kết quả tại nơi tiếp nhận hồ sơ.
|
**- Cơ quan tiếp nhận và trả
kết quả: **Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm. Địa chỉ: số 2 phố
Hoàng Văn Thụ, phường Đông Kinh, tỉnh Thử Nghiệm.
**- Cơ quan thực hiện: **Sở
Khoa học và Công nghệ tỉnh Thử Nghiệm.
**- Cơ quan có thẩm quyền
quyết định: **UBND tỉnh Thử Nghiệm.
|
Trực tiếp hoặc qua dịch vụ bưu chính công ích
|
|
03
|
Thủ tục công nhận trung tâm hỗ trợ khởi nghiệp sáng tạo cấp tỉnh
|
Trong thời hạn 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ;
tổ chức nộp hồ sơ và nhận kết quả tại nơi tiếp nhận hồ sơ.
|
**- Cơ quan tiếp nhận và trả
kết quả: **Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm. Địa chỉ: số 2 phố
Hoàng Văn Thụ, phường Đông Kinh, tỉnh Thử Nghiệm.
**- Cơ quan thực hiện: **Sở
Khoa học và Công nghệ tỉnh Thử Nghiệm.
**- Cơ quan có thẩm quyền
quyết định: **UBND tỉnh Thử Nghiệm.
|
Trực tiếp hoặc qua dịch vụ bưu chính công ích
|
|
04
|
Thủ tục công nhận trung tâm đổi mới sáng tạo cấp tỉnh
|
Trong thời hạn 20 ngày làm việc.
|
**- Cơ quan tiếp nhận và trả
kết quả: **Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm. Địa chỉ: số 2 phố
Hoàng Văn Thụ, phường Đông Kinh, tỉnh Thử Nghiệm.
**- Cơ quan thực hiện: **Sở
Khoa học và Công nghệ tỉnh Thử Nghiệm.
**- Cơ quan có thẩm quyền
quyết định: **UBND tỉnh Thử Nghiệm.
|
Trực tiếp hoặc qua dịch vụ bưu chính công ích
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("named-row")
    opened = answerer_over(root, {"qd-88.md": PROCEDURES}, lexical_only=True)
    yield opened
    opened.close()


def test_the_row_the_question_names_supports_the_answer(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tỉnh Thử Nghiệm - hồ sơ thủ tục công nhận trung tâm đổi mới sáng tạo cấp tỉnh nộp và "
        "nhận kết quả ở đâu?"
    )
    assert result.found, result
    assert "Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm" in result.answer
    # the first source is in the named row (the last of the table), not in a row above it
    named_row = PROCEDURES.index("04\n|\nThủ tục công nhận trung tâm đổi mới sáng tạo cấp tỉnh")
    assert result.sources[0].start >= named_row, result.sources[0]
