"""When things happen: the date an event takes place (no time limit set for a task), the day a
resolution was passed, a document that takes effect with another one, the entry into force of
a law asked of a document that is not that law, and a bare number told apart by its kind. The
documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.document_answers import _passed_on_span
from qa_service.answer.own_document import _EFFECTIVE_WITH
from qa_service.answer.question import _bare_number_named
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
*{place}, ngày {day} tháng {month} năm 2025*
|
"""

_NOTICE = (
    _HEADER
    + """**THÔNG BÁO**
**KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI THƯỜNG TRỰC TỈNH ỦY QUẢNG NAM**

Ngày 12 tháng 10 năm 2025, Thủ tướng Chính phủ đã làm việc với Thường trực Tỉnh ủy
Quảng Nam về tình hình phát triển kinh tế - xã hội của tỉnh theo phân công tại Quyết định số
2179/QĐ-TTg ngày 06 tháng 10 năm 2025 của Thủ tướng Chính phủ.

Về kiến nghị của tỉnh về vốn đầu tư cảng biển: giao Bộ Tài chính chủ trì, tổng hợp và
báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 11 năm 2025.

Giao Ủy ban nhân dân tỉnh Quảng Nam hoàn thiện hồ sơ công nhận di tích, công bố công khai
trước ngày 30 tháng 9 năm 2025; đồng thời, khẩn trương triển khai công tác đo đạc, cắm mốc
ranh giới khu di tích trên thực địa để lập hồ sơ khoanh vùng bảo vệ theo quy định.
"""
)

_RESOLUTION = (
    _HEADER
    + """**NGHỊ QUYẾT**
**QUY ĐỊNH MỨC CHI HỖ TRỢ HOẠT ĐỘNG THƯ VIỆN CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH QUẢNG NAM**

*Xét Tờ trình số 512/TTr-UBND ngày 02 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về việc
đề nghị ban hành Nghị quyết quy định mức chi hỗ trợ hoạt động thư viện cộng đồng;*

**Điều 1.** Quy định mức chi hỗ trợ hoạt động thư viện cộng đồng: 5 triệu đồng mỗi năm.

**Điều 2.** Nghị quyết này có hiệu lực từ ngày 20 tháng 11 năm 2025.

*Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Nam khóa X, Kỳ họp thứ 30 thông qua
ngày 14 tháng 11 năm 2025./.*
"""
)

_DECISION = (
    _HEADER
    + """**QUYẾT ĐỊNH**
**VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC THƯ VIỆN TỈNH QUẢNG NAM**

**Điều 1.** Công bố kèm theo Quyết định này 03 thủ tục hành chính nội bộ lĩnh vực thư viện.

**Điều 2.** Quyết định có hiệu lực theo Quyết định số 910/QĐ-BVHTTDL ngày 03/11/2025 của
Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.
"""
)

_BILL = (
    _HEADER
    + """**NGHỊ QUYẾT**
**VỀ DỰ ÁN LUẬT THƯ VIỆN (SỬA ĐỔI)**

**Điều 1.** Thông qua hồ sơ dự án Luật Thư viện (sửa đổi) trình Quốc hội.

**Điều 2.** Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.
"""
)

_CIRCULAR = (
    _HEADER
    + """**THÔNG TƯ**
**QUY ĐỊNH QUY TRÌNH KIỂM ĐỊNH THIẾT BỊ NÂNG TRONG NGÀNH CÔNG THƯƠNG**

**Điều 1.** Thông tư này quy định quy trình kiểm định thiết bị nâng.

**Điều 2.** Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.
"""
)

_REGULATION = (
    _HEADER
    + """**QUYẾT ĐỊNH**
**BAN HÀNH QUY CHẾ QUẢN LÝ CƠ SỞ DỮ LIỆU CÔNG CHỨNG TỈNH QUẢNG NAM**

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý cơ sở dữ liệu công chứng.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025 và bãi bỏ Quyết định
số 17/2024/QĐ-UBND ngày 21 tháng 8 năm 2024 của UBND tỉnh Quảng Nam.

**QUY CHẾ**
*(Ban hành kèm theo Quyết định số 2210/QĐ-UBND)*

**Điều 5.** Sở Tư pháp tổ chức tập huấn khai thác cơ sở dữ liệu công chứng cho các tổ chức
hành nghề công chứng.
"""
)

DOCUMENTS = {
    "tb-qn.md": _NOTICE.format(
        issuer="VĂN PHÒNG CHÍNH PHỦ", number="611/TB-VPCP", place="Hà Nội", day="16",
        month="10",
    ),
    "nq-qn.md": _RESOLUTION.format(
        issuer="HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM", number="71/2025/NQ-HĐND",
        place="Quảng Nam", day="14", month="11",
    ),
    "qd-qn.md": _DECISION.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", number="2204/QĐ-UBND", place="Quảng Nam",
        day="10", month="11",
    ),
    "nq-cp.md": _BILL.format(
        issuer="CHÍNH PHỦ", number="377/NQ-CP", place="Hà Nội", day="05", month="12",
    ),
    "qd-qc.md": _REGULATION.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", number="2210/QĐ-UBND", place="Quảng Nam",
        day="18", month="11",
    ),
    "tt-bct.md": _CIRCULAR.format(
        issuer="BỘ CÔNG THƯƠNG", number="71/2025/TT-BCT", place="Hà Nội", day="15",
        month="10",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("dates")
    opened = answerer_over(root, DOCUMENTS, lexical_only=True)
    yield opened
    opened.close()


def test_the_date_of_an_event_is_not_a_limit_set_in_its_notice(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thủ tướng Chính phủ làm việc với Thường trực Tỉnh ủy về tình hình phát triển kinh tế -"
        " xã hội vào ngày nào?"
    )
    assert result.intent == "date"
    # nor the date of the decision its sentence cites
    assert result.found and "12 tháng 10 năm 2025" in (result.answer or "")
    # a report due to the Prime Minister is no meeting with him
    result = answerer.ask(
        "Thủ tướng làm việc với Bộ Tài chính về vốn đầu tư cảng biển vào ngày nào?"
    )
    assert result.intent == "date"
    assert "20 tháng 11" not in (result.answer or "")


def test_a_meeting_or_a_training_is_not_dated_by_the_document(answerer: Answerer) -> None:
    # the day a meeting passed the draft is not the day the decision takes effect
    result = answerer.ask(
        "UBND tinh Quang Nam hop thong qua du thao Quy che quan ly CSDL cong chung (QD"
        " 2210/QD-UBND) vao ngay nao?"
    )
    assert result.intent == "date"
    assert "01 tháng 12" not in (result.answer or "")
    # "quy chế ban hành kèm QĐ ..." names the regulation; the training's day is asked, which
    # the decision's date line does not give
    result = answerer.ask(
        "Sở Tư pháp tổ chức tập huấn khai thác CSDL công chứng theo quy chế ban hành kèm QĐ"
        " 2210/QĐ-UBND vào ngày nào?"
    )
    assert result.intent == "date"
    assert "18 tháng 11" not in (result.answer or "")
    # the decision's own date is still answered when asked
    result = answerer.ask("QĐ 2210/QĐ-UBND ban hành quy chế quản lý CSDL công chứng ngày nào?")
    assert result.found and "18 tháng 11 năm 2025" in (result.answer or "")


def test_a_limit_of_the_other_task_joined_by_dong_thoi_is_none(answerer: Answerer) -> None:
    result = answerer.ask(
        "Hạn chót hoàn thành đo đạc, cắm mốc ranh giới khu di tích trên thực địa là ngày nào?"
    )
    assert "30 tháng 9" not in (result.answer or "")


def test_a_resolution_passed_on_a_day(answerer: Answerer) -> None:
    result = answerer.ask(
        "HĐND tỉnh Quảng Nam thông qua NQ quy định mức chi hỗ trợ hoạt động thư viện cộng đồng"
        " vào ngày nào?"
    )
    assert result.found and result.answer == "ngày 14 tháng 11 năm 2025"
    assert any("Kỳ họp thứ 30 thông qua" in s.quote for s in result.sources)


def test_a_decision_in_force_with_another_one(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 2204/QĐ-UBND Quảng Nam công bố TTHC nội bộ lĩnh vực thư viện có hiệu lực theo văn"
        " bản nào của Bộ?"
    )
    assert result.found and "910/QĐ-BVHTTDL" in (result.answer or "")


def test_a_law_is_not_in_force_by_the_resolution_on_its_bill(answerer: Answerer) -> None:
    result = answerer.ask("Luật Thư viện (sửa đổi) có hiệu lực thi hành từ ngày nào?")
    assert "ngày ký" not in (result.answer or "")


def test_a_bare_number_told_apart_by_its_kind_and_year(answerer: Answerer) -> None:
    result = answerer.ask("thong tu 71 nam 2025 (kiem dinh thiet bi nang) co hieu luc tu bao gio?")
    assert result.found and "01 tháng 12 năm 2025" in (result.answer or "")


@pytest.mark.parametrize(
    ("plain_question", "number", "named"),
    [
        ("thong tu 56 nam 2025 co hieu luc", "56", ("thong tu", "56/2025")),
        ("quyet dinh so 1994 cua cao bang", "1994", ("quyet dinh", "1994")),
        ("qd 218/2025/qd-ubnd co hieu luc", "218/2025/QĐ-UBND", (None, "218/2025/QĐ-UBND")),
    ],
)
def test_bare_number_named(plain_question: str, number: str, named: tuple[str | None, str]) -> None:
    assert _bare_number_named(plain_question, number) == named


def test_effective_with_another_document() -> None:
    text = (
        "Quyết định này có hiệu lực thi hành kể từ ngày Thông tư số 36/2025/TT-BKHCN ngày 26"
        " tháng 11 năm 2025 của Bộ trưởng có hiệu lực."
    )
    found = _EFFECTIVE_WITH.search(text)
    assert found is not None and "36/2025/TT-BKHCN" in found.group()
    assert _EFFECTIVE_WITH.search("Quyết định này có hiệu lực kể từ ngày ký.") is None


def test_passed_on_span() -> None:
    text = "Nghị quyết này được HĐND khóa X, Kỳ họp thứ 5 thông qua ngày 27 tháng 11 năm 2025./."
    span = _passed_on_span(text, "2025-11-27")
    assert span is not None and text[span[0] : span[1]].endswith("27 tháng 11 năm 2025")
    assert _passed_on_span(text, "2025-11-28") is None
