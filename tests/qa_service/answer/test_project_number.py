"""A project known by a bare number ("Đề án 06") named in a question about a plan's task: the
number names no document of another kind that shares it (a directive 06/CT-UBND), nor a
document the evidence must cite. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

_HEAD = """|
**{body}**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: {number}
|
*{place}, ngày {day}*
|
"""

# a plan whose parts give each task its body in field lines below it
_PLAN = (
    _HEAD.format(
        body="ỦY BAN NHÂN DÂN TỈNH HÒA LÂM",
        number="412/KH-UBND",
        place="Hòa Lâm",
        day="14 tháng 10 năm 2025",
    )
    + """**KẾ HOẠCH**
TRIỂN KHAI TẠO LẬP DỮ LIỆU PHỤC VỤ CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH HÒA LÂM

**1. Về bảo đảm an toàn thông tin**

a) Nhiệm vụ:

- Triển khai các phương án bảo đảm an toàn thông tin cho các cơ sở dữ liệu chuyên ngành.

- Hướng dẫn các sở, ngành, Ủy ban nhân dân cấp xã trong việc làm sạch, kết nối dữ liệu hộ
tịch gắn với triển khai Đề án 06 theo quy định.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Công an tỉnh.

- Đơn vị phối hợp: Các sở, ngành, Ủy ban nhân dân cấp xã.

c) Thời gian thực hiện: Thực hiện thường xuyên.

**2. Về nguồn nhân lực**

a) Nhiệm vụ: Tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Sở Khoa học và Công nghệ.

- Đơn vị phối hợp: Sở Nội vụ.

c) Thời gian thực hiện: Năm 2025.
"""
)

# a directive of another province numbered 06, which a third document cites
_DIRECTIVE = (
    _HEAD.format(
        body="ỦY BAN NHÂN DÂN TỈNH BẢO SƠN",
        number="06/CT-UBND",
        place="Bảo Sơn",
        day="03 tháng 3 năm 2025",
    )
    + """**CHỈ THỊ**
VỀ TĂNG CƯỜNG QUẢN LÝ BẢO VỆ RỪNG TRÊN ĐỊA BÀN TỈNH BẢO SƠN

Sở Nông nghiệp và Môi trường chủ trì hướng dẫn Ủy ban nhân dân cấp xã kiểm tra, xử lý các
trường hợp lấn chiếm đất rừng.
"""
)

_REPORT = (
    _HEAD.format(
        body="ỦY BAN NHÂN DÂN TỈNH BẢO SƠN",
        number="88/BC-UBND",
        place="Bảo Sơn",
        day="20 tháng 6 năm 2025",
    )
    + """**BÁO CÁO**
KẾT QUẢ THỰC HIỆN CHỈ THỊ VỀ BẢO VỆ RỪNG

Thực hiện Chỉ thị số 06/CT-UBND ngày 03/3/2025 của Ủy ban nhân dân tỉnh, các xã đã kiểm tra
120 vụ lấn chiếm đất rừng.
"""
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    documents = {"kh-412.md": _PLAN, "ct-06.md": _DIRECTIVE, "bc-88.md": _REPORT}
    opened = answerer_over(tmp_path_factory.mktemp("project"), documents, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Theo KH 412/KH-UBND tỉnh Hòa Lâm, đơn vị nào chủ trì hướng dẫn làm sạch, kết nối dữ"
        " liệu hộ tịch gắn với Đề án 06?",
        "Đơn vị nào chủ trì hướng dẫn làm sạch, kết nối dữ liệu hộ tịch gắn với Đề án 06 ở Hòa"
        " Lâm?",
    ],
)
def test_a_project_number_names_no_directive_of_that_number(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert "Công an tỉnh" in result.answer
