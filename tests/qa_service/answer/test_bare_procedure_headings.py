"""A decision setting out its procedures each under a bare "N. Thủ tục" heading whose name is
the table cell after it: the fact of one procedure is not the answer for another the question
names. The decision is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import served_answerer_over

_DECISION = """|
**ỦY BAN NHÂN DÂN**
TỈNH ĐIỆN BIÊN
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 3105/QĐ-UBND
|
*Điện Biên, ngày 20 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH LĨNH VỰC DƯỢC PHẨM THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA
SỞ Y TẾ TỈNH ĐIỆN BIÊN

**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực dược phẩm.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

**PHỤ LỤC**
**PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH**

**1. Thủ tục**
|
Cho phép nhập khẩu thuốc, nguyên liệu làm thuốc có hạn dùng còn lại tại thời điểm thông
quan ngắn hơn quy định
|
**Trình tự thực hiện**
|
*Bước 1:* Cơ sở đề nghị nộp hồ sơ về Sở Y tế.
*Bước 2:* Trường hợp hồ sơ đầy đủ, trong thời hạn 15 ngày kể từ ngày ghi trên Phiếu tiếp nhận
hồ sơ, Sở Y tế có văn bản chấp thuận nhập khẩu.
|
**Phí/Lệ phí (nếu có):** Không.
|

**2. Thủ tục**
|
Cấp phép nhập khẩu thuốc thuộc hành lý cá nhân của tổ chức, cá nhân nhập cảnh gửi theo vận tải
đơn để điều trị bệnh cho bản thân người nhập cảnh
|
**Trình tự thực hiện**
|
*Bước 1:* Tổ chức, cá nhân nộp hồ sơ về Sở Y tế.
*Bước 2:* Trường hợp hồ sơ đầy đủ, trong thời hạn 07 ngày làm việc kể từ ngày ghi trên Phiếu
tiếp nhận hồ sơ, Sở Y tế có văn bản cấp phép nhập khẩu thuốc và chấp thuận hồ sơ.
|
**Phí/Lệ phí (nếu có):** Không.
|
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Lò Văn Tiến**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = served_answerer_over(
        tmp_path_factory.mktemp("bare-procedure-headings"), {"qd-3105.md": _DECISION}
    )
    yield opened
    opened.close()


def test_the_limit_of_the_procedure_named_not_of_its_neighbour(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thủ tục cho phép nhập khẩu thuốc có hạn dùng còn lại ngắn hơn quy định ở Điện Biên: trong"
        " bao lâu kể từ ngày ghi trên Phiếu tiếp nhận hồ sơ thì Sở Y tế có văn bản chấp thuận"
        " nhập khẩu thuốc?"
    )
    assert result.answer is None or "07 ngày" not in result.answer
    assert result.found and result.answer is not None
    assert "15 ngày" in result.answer
    for source in result.sources:
        assert answerer.texts[source.doc_id][source.start : source.end] == source.quote


def test_the_neighbour_answers_when_it_is_the_one_named(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thủ tục cấp phép nhập khẩu thuốc thuộc hành lý cá nhân của người nhập cảnh ở Điện Biên:"
        " trong bao lâu kể từ ngày ghi trên Phiếu tiếp nhận hồ sơ Sở Y tế cấp phép?"
    )
    assert result.found and result.answer is not None
    assert "07 ngày" in result.answer
