"""A value asked of a place (one with documents of its own) is stated by a document of that
place, or by a unit (with its headings, the document's title, a letter's addressee) that names
it: a national document that names the place somewhere in passing does not answer for it; a
letter addressed to the place's office does. A document whose header writes no date is of the
year its own number writes. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

NATIONAL = """**CHÍNH PHỦ**

Số: 410/NQ-CP

*Hà Nội, ngày 20 tháng 11 năm 2025*

**NGHỊ QUYẾT**

Về các giải pháp hỗ trợ tín dụng chính sách xã hội sau thiên tai

**I. TÌNH HÌNH**

Mưa lũ lớn đã gây thiệt hại tại nhiều địa phương; Thành phố Hồ Chí Minh và các tỉnh lân cận \
đã hỗ trợ hàng cứu trợ.

**II. GIẢI PHÁP**

Ngân hàng Chính sách xã hội áp dụng mức cho vay tối đa 150 triệu đồng đối với đối tượng tín \
dụng chính sách xã hội bị thiệt hại.
"""

CAPITAL = """**HỘI ĐỒNG NHÂN DÂN**
**THÀNH PHỐ HÀ NỘI**

Số: 56/2025/NQ-HĐND

*Hà Nội, ngày 26 tháng 11 năm 2025*

**NGHỊ QUYẾT**

Quy định mức cho vay đối với đối tượng tín dụng chính sách xã hội từ nguồn vốn ngân sách \
thành phố Hà Nội

**Điều 1.** Mức cho vay tối đa đối với đối tượng tín dụng chính sách xã hội từ nguồn vốn \
ngân sách thành phố là 200 triệu đồng.
"""

LETTER = """**BỘ TÀI CHÍNH**
**CỤC THUẾ**

Số: 5348/CT-CS
V/v hướng dẫn góp vốn điều lệ

*Hà Nội, ngày 21 tháng 11 năm 2025*

Kính gửi: Thuế tỉnh Quảng Trị

Cục Thuế nhận được công văn hỏi về góp vốn điều lệ. Về vấn đề này, Cục Thuế có ý kiến như sau: \
doanh nghiệp góp vốn điều lệ chậm nhất trong thời hạn 90 ngày kể từ ngày được cấp giấy chứng \
nhận đăng ký doanh nghiệp.
"""

SOUTHERN_CITY = """**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ HỒ CHÍ MINH**

Số: 2853/QĐ-UBND

*Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Ban hành nội quy mẫu áp dụng cho các chợ trên địa bàn Thành phố Hồ Chí Minh

**Điều 1.** Ban hành kèm theo Quyết định này nội quy mẫu áp dụng cho các chợ.
"""

UNDATED = """**BỘ THỬ NGHIỆM**

Số: 21/2025/TT-BTN

**THÔNG TƯ**

Quy định chế độ trả tiền lương dạy thêm giờ đối với nhà giáo

**Điều 1.** Thông tư này quy định chế độ trả tiền lương dạy thêm giờ đối với nhà giáo.

**Điều 2.** Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.

**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**

**Nguyễn Văn Thử**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("place-said"),
        {
            "nghi-quyet-410.md": NATIONAL,
            "nghi-quyet-56.md": CAPITAL,
            "cong-van-5348.md": LETTER,
            "quyet-dinh-2853.md": SOUTHERN_CITY,
            "thong-tu-21.md": UNDATED,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_place_named_in_passing_is_not_the_one_a_value_is_said_of(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mức cho vay tối đa đối với đối tượng tín dụng chính sách xã hội của Thành phố Hồ Chí "
        "Minh là bao nhiêu?"
    )
    assert not result.found, result.answer


def test_the_place_the_document_is_of_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mức cho vay tối đa đối với đối tượng tín dụng chính sách xã hội từ nguồn vốn ngân sách "
        "thành phố Hà Nội là bao nhiêu?"
    )
    assert result.found and result.answer is not None
    assert "200 triệu" in result.answer


def test_a_letter_addressed_to_the_place_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo Cục Thuế hướng dẫn Thuế tỉnh Quảng Trị, doanh nghiệp góp vốn điều lệ trong thời hạn "
        "bao lâu?"
    )
    assert result.found and result.answer is not None
    assert "90 ngày" in result.answer


def test_a_document_without_a_date_line_is_of_its_number_year(answerer: Answerer) -> None:
    result = answerer.ask(
        "Ai ký thông tư năm 2025 quy định chế độ trả tiền lương dạy thêm giờ đối với nhà giáo?"
    )
    assert result.found and result.answer is not None
    assert "Nguyễn Văn Thử" in result.answer
