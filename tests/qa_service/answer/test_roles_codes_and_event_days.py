"""Answers that must say what is asked, or none: a body asked by the role it holds ("làm
thường trực") or the appraisal it makes ("thẩm định") is named where the text gives it that role;
a code asked is a code, not a letter's number; a count is a number, not an item's mark ("Ưu tiên
(2):"); the day of an event is that event's day, not the day a document takes effect or one of
another event; a decision's day is not a letter's. The documents are written here, never seen in
tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

_HEADER = """|
**{issuer}**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: {number}
|
*{place}, ngày {day} tháng 11 năm 2025*
|
"""

_COUNCIL = (
    _HEADER
    + """**QUYẾT ĐỊNH**
**VỀ VIỆC THÀNH LẬP HỘI ĐỒNG TƯ VẤN CÔNG NHẬN TRUNG TÂM HỖ TRỢ KHỞI NGHIỆP TỈNH NINH THUẬN**

**Điều 1.** Thành lập Hội đồng tư vấn công nhận trung tâm hỗ trợ khởi nghiệp sáng tạo tỉnh.

**Điều 2.** Sở Khoa học và Công nghệ tiếp nhận hồ sơ đề nghị công nhận trung tâm hỗ trợ
khởi nghiệp sáng tạo và trình Hội đồng tư vấn xem xét.

**Điều 3.** Ủy ban nhân dân tỉnh quyết định tiêu chuẩn, định mức sử dụng máy móc, thiết bị
chuyên dùng của trung tâm hỗ trợ khởi nghiệp sáng tạo.
"""
)

_EMULATION = (
    _HEADER
    + """**QUYẾT ĐỊNH**
**VỀ VIỆC KIỆN TOÀN HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH NINH THUẬN**

**Điều 1.** Kiện toàn Hội đồng Thi đua - Khen thưởng tỉnh Ninh Thuận.

**Điều 2.** Sở Nội vụ là cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh.

**Điều 3.** Sở Tài chính thẩm định dự toán kinh phí khen thưởng trước khi trình Ủy ban nhân
dân tỉnh phê duyệt.
"""
)

_TAX_LETTER = (
    _HEADER
    + """**CÔNG VĂN**
**V/v chính sách thuế nhà thầu đối với Công ty TNHH Điện lực Phước Hòa**

Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Thuế tỉnh Ninh
Thuận và công văn số PHPC/2025/276 ngày 5/9/2025 của Công ty TNHH Điện lực Phước Hòa về
chính sách thuế nhà thầu trong thời kỳ thanh tra thuế.

Về việc xác định mã ngành sản phẩm của Công ty TNHH Điện lực Phước Hòa, Cục Thống kê đã có
công văn số 2273/CTK-CSCL gửi Cục Thuế.
"""
)

_CODE_LETTER = (
    _HEADER
    + """**CÔNG VĂN**
**V/v mã ngành sản phẩm của Công ty Cổ phần Thép Sông Cầu**

Sản phẩm thép cán nóng của Công ty Cổ phần Thép Sông Cầu thuộc mã ngành 24100 theo Hệ thống
ngành kinh tế Việt Nam.
"""
)

_HOUSING = (
    _HEADER
    + """**QUYẾT ĐỊNH**
**BAN HÀNH QUY ĐỊNH HỖ TRỢ NHÀ Ở CHO HỘ ĐỒNG BÀO DÂN TỘC THIỂU SỐ NGHÈO TỈNH NINH THUẬN**

**Điều 1.** Thứ tự ưu tiên hỗ trợ nhà ở:

Ưu tiên (1): Hộ có người khuyết tật;

Ưu tiên (2): Hộ đồng bào dân tộc thiểu số nghèo sinh sống ở các xã khu vực III.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.
"""
)

_STEERING = (
    _HEADER
    + """**THÔNG BÁO**
**KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI PHIÊN HỌP BAN CHỈ ĐẠO CÁC CÔNG TRÌNH GIAO THÔNG**

Ngày 08 tháng 11 năm 2025, Thủ tướng Chính phủ chủ trì Phiên họp lần thứ 21 Ban Chỉ đạo các
công trình, dự án quan trọng quốc gia ngành giao thông vận tải, có lãnh đạo tỉnh Ninh Thuận
tham dự.

Giao Bộ Quốc phòng chỉ đạo các lực lượng tại các địa bàn lân cận khẩn trương hỗ trợ địa
phương sơ tán dân cư khỏi vùng ngập lũ.

Từ ngày 15 đến ngày 16 tháng 11 năm 2025 tại Ninh Thuận, Thủ tướng Chính phủ đã đến thăm và làm
việc với Thường trực Tỉnh ủy Ninh Thuận.
"""
)

DOCUMENTS = {
    "qd-hdtv.md": _COUNCIL.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", number="2817/QĐ-UBND", place="Ninh Thuận",
        day="10",
    ),
    "qd-tdkt.md": _EMULATION.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", number="2820/QĐ-UBND", place="Ninh Thuận",
        day="12",
    ),
    "cv-thue.md": _TAX_LETTER.format(
        issuer="CỤC THUẾ", number="5662/CT-CS", place="Hà Nội", day="14",
    ),
    "cv-ma-nganh.md": _CODE_LETTER.format(
        issuer="CỤC THUẾ", number="5710/CT-CS", place="Hà Nội", day="16",
    ),
    "qd-nha-o.md": _HOUSING.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", number="125/2025/QĐ-UBND", place="Ninh Thuận",
        day="18",
    ),
    "tb-bcd.md": _STEERING.format(
        issuer="VĂN PHÒNG CHÍNH PHỦ", number="640/TB-VPCP", place="Hà Nội", day="20",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("roles")
    opened = answerer_over(root, DOCUMENTS, lexical_only=True)
    yield opened
    opened.close()


def test_a_role_asked_is_answered_where_the_text_gives_it(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 2817/QĐ-UBND Ninh Thuận, cơ quan nào làm thường trực Hội đồng tư vấn công nhận"
        " trung tâm hỗ trợ khởi nghiệp sáng tạo?"
    )
    assert not result.found  # the department receives the files; no one is made its standing body
    result = answerer.ask(
        "Theo QĐ 2820/QĐ-UBND Ninh Thuận, sở nào là cơ quan thường trực của Hội đồng Thi đua -"
        " Khen thưởng tỉnh?"
    )
    assert result.found and "Sở Nội vụ" in (result.answer or "")


def test_an_appraisal_asked_is_answered_where_the_text_writes_it(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 2817/QĐ-UBND Ninh Thuận, cơ quan nào thẩm định tiêu chuẩn, định mức máy móc"
        " chuyên dùng của trung tâm hỗ trợ khởi nghiệp?"
    )
    assert not result.found  # the province decides them; no appraisal is written
    result = answerer.ask(
        "Theo QĐ 2820/QĐ-UBND Ninh Thuận, cơ quan nào thẩm định dự toán kinh phí khen thưởng?"
    )
    assert result.found and "Sở Tài chính" in (result.answer or "")


def test_a_code_asked_is_not_a_letters_number(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mã ngành sản phẩm của Công ty TNHH Điện lực Phước Hòa mà Cục Thống kê xác định tại CV"
        " 2273/CTK-CSCL là mã nào?"
    )
    assert not result.found, (result.intent, result.answer)
    result = answerer.ask(
        "Theo CV 5710/CT-CS, sản phẩm thép cán nóng của Công ty Cổ phần Thép Sông Cầu thuộc mã"
        " ngành nào?"
    )
    assert result.found and "24100" in (result.answer or "")


def test_a_count_is_not_an_items_mark(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 125/2025/QĐ-UBND Ninh Thuận, mục tiêu hỗ trợ nhà ở cho bao nhiêu hộ đồng bào"
        " DTTS nghèo?"
    )
    assert not result.found


def test_a_decisions_day_is_not_a_letters(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quyết định thanh tra thuế đối với Công ty TNHH Điện lực Phước Hòa (nêu trong CV"
        " 5662/CT-CS) được ban hành ngày nào?"
    )
    assert "5/9/2025" not in (result.answer or "")
    assert "30/06/2025" not in (result.answer or "")


def test_a_papers_day_is_not_the_day_a_document_takes_effect(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tờ trình của Sở Dân tộc đề nghị ban hành QĐ 125/2025/QĐ-UBND về hỗ trợ nhà ở đề ngày nào?"
    )
    assert "01 tháng 12" not in (result.answer or "")
    # the day it takes effect, asked, is still answered
    result = answerer.ask("QĐ 125/2025/QĐ-UBND Ninh Thuận có hiệu lực từ ngày nào?")
    assert result.found and "01 tháng 12 năm 2025" in (result.answer or "")


def test_a_body_asked_by_its_kind_is_one_of_that_kind(answerer: Answerer) -> None:
    # "quân khu nào": a military region, which the notice does not name
    result = answerer.ask(
        "TB 640/TB-VPCP giao quân khu nào của Bộ Quốc phòng hỗ trợ tỉnh Ninh Thuận sơ tán dân?"
    )
    assert result.intent == "agency"
    assert not result.found


def test_an_events_day_is_the_day_of_the_event_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thủ tướng làm việc với Thường trực Tỉnh ủy Ninh Thuận vào những ngày nào (theo TB"
        " 640/TB-VPCP)?"
    )
    assert result.found and "15 đến ngày 16 tháng 11" in (result.answer or "")
    result = answerer.ask(
        "Thủ tướng làm việc với lãnh đạo tỉnh Ninh Thuận tại trụ sở Bộ Xây dựng vào ngày nào?"
    )
    assert "08 tháng 11" not in (result.answer or "")
