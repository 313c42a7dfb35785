"""Dates of documents a text cites and of acts it starts, the batch a question names, the day of
a meeting and a time limit written "trong thời gian ...": the date of a Tờ trình asked by its
kind, a letter a body "có công văn ... phúc đáp", a day before a month, a batch the document is
not, a meeting no text dates. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _limit_cue, _names_another_field
from qa_service.answer.question import analyse
from qa_service.answer.verify import (
    _writes_batch,
)
from qa_service.routing import route_question
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

_CATALOGUE = (
    _HEADER
    + """**QUYẾT ĐỊNH**
**VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH TIẾP NHẬN KHÔNG PHỤ THUỘC ĐỊA GIỚI HÀNH CHÍNH
LĨNH VỰC QUẢN LÝ CÔNG SẢN ĐỢT 3 NĂM 2025**

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN**

*Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện
thủ tục hành chính theo cơ chế một cửa, một cửa liên thông;*

*Theo đề nghị của Sở Tài chính tại Tờ trình số 318/TTr-STC ngày 04/11/2025.*

**QUYẾT ĐỊNH:**

**Điều 1.** Công bố kèm theo Quyết định này danh mục 12 thủ tục hành chính lĩnh vực quản lý
công sản tiếp nhận không phụ thuộc địa giới hành chính đợt 3 năm 2025.

**Điều 2.** Tổ chức thực hiện

1. Sở Tài chính phối hợp với đơn vị cung cấp phần mềm bảo đảm Hệ thống thông tin giải quyết
thủ tục hành chính của tỉnh tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính lĩnh
vực quản lý công sản không phụ thuộc địa giới hành chính (thời gian hoàn thành trong tháng 11
năm 2025).

2. Từ ngày 01 tháng 12 năm 2025, Trung tâm Phục vụ hành chính công tỉnh tổ chức tiếp nhận
hồ sơ, trả kết quả giải quyết thủ tục hành chính lĩnh vực quản lý công sản.

**DANH MỤC THỦ TỤC HÀNH CHÍNH**

*(Kèm theo Quyết định số {number} ngày {day} tháng {month} năm 2025 của Chủ tịch UBND tỉnh)*

1. Thủ tục mua sắm tài sản công.
"""
)

_LETTER = (
    _HEADER
    + """**V/v xác định mã ngành sản phẩm gỗ ép của Công ty TNHH Minh Phát**

Kính gửi: Công ty TNHH Minh Phát.

Cục Thuế nhận được công văn số 15/2025/MP ngày 02/10/2025 của Công ty TNHH Minh Phát hỏi
về mã ngành sản phẩm gỗ ép.

Về việc xác định mã ngành sản phẩm gỗ ép của Công ty TNHH Minh Phát, Cục Thống kê đã có
công văn số 1984/CTK-PPCĐ ngày 21/10/2025 phúc đáp Cục Thuế (công văn gửi kèm).

Cục Thuế trả lời để Công ty TNHH Minh Phát biết và thực hiện.
"""
)

_BALLOT = (
    _HEADER
    + """**QUYẾT ĐỊNH**
**BÃI BỎ QUYẾT ĐỊNH SỐ 21/2025/QĐ-UBND NGÀY 03/3/2025 CỦA ỦY BAN NHÂN DÂN TỈNH QUY ĐỊNH
CHỨC NĂNG, NHIỆM VỤ CỦA SỞ XÂY DỰNG**

**ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN**

*Căn cứ kết quả biểu quyết của các thành viên Ủy ban nhân dân tỉnh bằng phiếu lấy ý kiến;*

**QUYẾT ĐỊNH:**

**Điều 1.** Bãi bỏ Quyết định số 21/2025/QĐ-UBND ngày 03/3/2025 của Ủy ban nhân dân tỉnh
quy định chức năng, nhiệm vụ của Sở Xây dựng.

**Điều 2.** Quyết định này có hiệu lực từ ngày 05 tháng 12 năm 2025.
"""
)

_RULES = (
    _HEADER
    + """**QUY CHẾ**
**QUẢN LÝ, SỬ DỤNG HỆ THỐNG HỘI NGHỊ TRỰC TUYẾN CỦA TỈNH LẠNG SƠN**

**Điều 6. Trách nhiệm của Sở Khoa học và Công nghệ**

a) Quản lý, vận hành Hệ thống hội nghị trực tuyến của tỉnh.

b) Thực hiện cấp mới, thay đổi, khóa tài khoản điểm cầu hội nghị trực tuyến của các cơ
quan, đơn vị trong thời gian 03 ngày làm việc khi nhận được văn bản đề nghị của cơ quan,
đơn vị.

**Điều 7. Khóa tài khoản điểm cầu**

a) Trong thời 05 ngày kể từ ngày tài khoản điểm cầu hội nghị trực tuyến bị khóa, cơ quan,
đơn vị gửi văn bản giải trình về Sở Khoa học và Công nghệ.
"""
)

DOCUMENTS = {
    "qd-3120.md": _CATALOGUE.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
        number="3120/QĐ-UBND",
        place="Lạng Sơn",
        day="12",
        month="11",
    ),
    "cv-8841.md": _LETTER.format(
        issuer="CỤC THUẾ", number="8841/CT-CS", place="Hà Nội", day="30", month="10"
    ),
    "qd-88.md": _BALLOT.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
        number="88/2025/QĐ-UBND",
        place="Lạng Sơn",
        day="24",
        month="11",
    ),
    "qc-hntt.md": _RULES.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
        number="45/2025/QĐ-UBND",
        place="Lạng Sơn",
        day="18",
        month="08",
    ),
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("cited-dates")
    opened = answerer_over(root, DOCUMENTS, lexical_only=True)
    yield opened
    opened.close()


def test_the_date_of_the_proposal_asked_by_its_kind(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tờ trình của Sở Tài chính đề nghị công bố danh mục TTHC lĩnh vực quản lý công sản "
        "đề ngày nào?"
    )
    assert result.found and "04/11/2025" in (result.answer or "")
    assert "318/TTr-STC" in result.sources[0].quote


def test_the_date_of_a_letter_a_body_has_sent(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cục Thống kê có công văn phúc đáp Cục Thuế về mã ngành sản phẩm gỗ ép của Công ty "
        "Minh Phát vào ngày nào?"
    )
    assert result.intent == "date"
    assert result.found and "21/10/2025" in (result.answer or "")


def test_a_day_asked_is_a_day_not_a_month(answerer: Answerer) -> None:
    result = answerer.ask(
        "Từ ngày nào Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn bắt đầu tiếp nhận hồ sơ, "
        "trả kết quả TTHC lĩnh vực quản lý công sản không phụ thuộc địa giới hành chính?"
    )
    assert result.found and "01 tháng 12 năm 2025" in (result.answer or "")


def test_a_batch_the_document_is_not_is_refused(answerer: Answerer) -> None:
    asked = "QĐ nào của Chủ tịch UBND tỉnh Lạng Sơn công bố danh mục TTHC lĩnh vực quản lý công sản"
    assert not answerer.ask(f"{asked} đợt 2 năm 2025?").found
    third = answerer.ask(f"{asked} đợt 3 năm 2025?")
    assert third.found and "3120" in (third.answer or "")


def test_a_meeting_no_text_dates_is_not_the_documents_date(answerer: Answerer) -> None:
    result = answerer.ask(
        "UBND tỉnh Lạng Sơn họp phiên thường kỳ biểu quyết thông qua QĐ bãi bỏ QĐ "
        "21/2025/QĐ-UBND về Sở Xây dựng vào ngày nào?"
    )
    assert not result.found
    issued = answerer.ask("Quyết định 88/2025/QĐ-UBND của UBND tỉnh Lạng Sơn ban hành ngày nào?")
    assert issued.found and "24 tháng 11 năm 2025" in (issued.answer or "")


def test_a_limit_written_trong_thoi_gian(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sau khi nhận văn bản đề nghị, bao lâu thì tài khoản điểm cầu hội nghị trực tuyến phải "
        "được cấp mới?"
    )
    assert result.found and "03 ngày làm việc" in (result.answer or "")


@pytest.mark.parametrize(
    ("text", "batch", "written"),
    [
        ("danh muc dot 2 nam 2025", "2", True),
        ("danh muc dot 02 nam 2025", "2", True),
        ("danh muc dot ii nam 2025", "2", True),
        ("danh muc dot ii nam 2025", "ii", True),
        ("danh muc dot 3 nam 2025", "2", False),
        ("danh muc dot 12 nam 2025", "2", False),
    ],
)
def test_a_batch_written_in_figures_or_roman(text: str, batch: str, written: bool) -> None:
    assert _writes_batch(text, batch) is written


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("cấp mới tài khoản trong thời gian 03 ngày làm việc khi nhận được văn bản", True),
        ("Trong thời 05 ngày kể từ ngày tài khoản bị khóa", True),
        ("đã cấp 03 ngày làm việc sau khi nhận được văn bản", False),
    ],
)
def test_a_limit_cue_before_a_length(text: str, limit: bool) -> None:
    assert _limit_cue(text, text.index("0")) is limit


def test_a_field_the_cited_documents_subject_names(answerer: Answerer) -> None:
    asked = "Danh mục TTHC tài nguyên nước của tỉnh thay thế quyết định nào?"
    q = analyse(answerer.corpus, route_question(asked), None)
    assert _names_another_field(q, " về việc công bố TTHC trong lĩnh vực kinh doanh bảo hiểm")
    assert not _names_another_field(q, " về việc công bố TTHC lĩnh vực tài nguyên nước")
    assert not _names_another_field(q, " về việc công bố danh mục thủ tục hành chính")


def test_the_own_date_quotes_the_line_naming_the_document_too(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 3120 Lạng Sơn công bố TTHC lĩnh vực quản lý công sản ban hành ngày nào?"
    )
    assert result.found and result.answer == "ngày 12 tháng 11 năm 2025"
    quotes = [source.quote for source in result.sources]
    assert "Lạng Sơn, ngày 12 tháng 11 năm 2025" in quotes[0]
    assert any("Kèm theo Quyết định số 3120/QĐ-UBND ngày 12 tháng 11" in q for q in quotes[1:])
