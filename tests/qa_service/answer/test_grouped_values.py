"""Documents that state many values of one kind: targets grouped under a line naming their
period ("- Giai đoạn 2025-2027", "- Giai đoạn 2028-2030"), criteria stating a share and a
number of people side by side, and an estimate for one year beside the one for the
period. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import group_label
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_HEADER = """|
**ỦY BAN NHÂN DÂN TỈNH AN HÒA**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: {number}
|
*An Hòa, ngày 12 tháng 11 năm 2025*
|
"""

_PROGRAMME = (
    _HEADER.format(number="410/QĐ-UBND")
    + """**QUYẾT ĐỊNH**
PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN THƯ VIỆN SỐ TỈNH AN HÒA

**Điều 1.** Phê duyệt Chương trình phát triển thư viện số tỉnh An Hòa với nội dung sau:

1. Mục tiêu cụ thể

a) Phục vụ bạn đọc

Một số chỉ tiêu cơ bản bao gồm:

- Giai đoạn 2025-2027

+ 70% bạn đọc đánh giá hài lòng khi mượn sách điện tử tại thư viện tỉnh.

+ 40% đầu sách giấy được chuyển thành sách điện tử.

- Giai đoạn 2028-2030

+ 85% bạn đọc đánh giá hài lòng khi mượn sách điện tử tại thư viện tỉnh.

+ 60% đầu sách giấy được chuyển thành sách điện tử.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""
)

_CRITERIA = (
    _HEADER.format(number="77/QĐ-UBND")
    + """**QUYẾT ĐỊNH**
VỀ TIÊU CHÍ XÁC ĐỊNH THÔN VÙNG ĐỒNG BÀO CÁC DÂN TỘC TRÊN ĐỊA BÀN TỈNH AN HÒA

**Điều 1.** Tiêu chí xác định thôn vùng đồng bào các dân tộc

Thôn vùng đồng bào các dân tộc là thôn đáp ứng ít nhất 01 trong 02 tiêu chí sau đây:

+ Có từ 20% người dân tộc thiểu số trở lên cư trú ổn định;

+ Có từ 3.200 người dân tộc thiểu số trở lên cư trú ổn định.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""
)

_ESTIMATE = (
    _HEADER.format(number="215/KH-UBND")
    + """**KẾ HOẠCH**
KIỂM ĐẾM ĐÀN CHIM DI CƯ TẠI ĐẦM PHÁ AN HÒA, GIAI ĐOẠN 2026-2030

**III. DỰ TOÁN KINH PHÍ THỰC HIỆN:**

1. Dự toán kinh phí kiểm đếm đàn chim di cư tại đầm phá 01 năm: 400.000.000 đồng.

2. Dự toán kinh phí kiểm đếm đàn chim di cư tại đầm phá từ năm 2026-2030: 400.000.000
đồng/năm x 05 năm = 2.000.000.000 đồng.
"""
)

DOCUMENTS = {
    "thu-vien-so.md": _PROGRAMME,
    "tieu-chi-thon.md": _CRITERIA,
    "chim-di-cu.md": _ESTIMATE,
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("grouped-values")
    opened = answerer_over(root, DOCUMENTS, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        (
            "Chương trình thư viện số An Hòa giai đoạn 2028-2030: tỷ lệ bạn đọc hài lòng khi "
            "mượn sách điện tử là bao nhiêu?",
            "85%",
            "70%",
        ),
        (
            "giai doan 2025-2027 bao nhieu phan tram dau sach giay duoc chuyen thanh sach dien "
            "tu o An Hoa?",
            "40%",
            "60%",
        ),
    ],
)
def test_the_period_of_a_group_of_targets_is_its_label_line(
    answerer: Answerer, question: str, expected: str, not_expected: str
) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert expected in (result.answer or "")
    assert not_expected not in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_a_group_label_is_found_above_its_lines_not_for_itself(answerer: Answerer) -> None:
    corpus = answerer.corpus
    units = [u for u in corpus.units if u.text.startswith(("85% bạn đọc", "Giai đoạn 2028"))]
    by_text = {u.text[:5]: u for u in units}
    assert "2028-2030" in group_label(corpus, by_text["85% b"])
    assert group_label(corpus, by_text["Giai "]) == ""


def test_a_share_set_aside_for_a_number_of_people(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thôn vùng đồng bào các dân tộc ở An Hòa phải có từ bao nhiêu người dân tộc thiểu số "
        "tộc cư trú ổn định?"
    )
    assert result.found
    assert "3.200" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_the_sentence_writing_the_span_asked_gives_its_value(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tổng dự toán kiểm đếm đàn chim di cư tại đầm phá An Hòa giai đoạn 2026-2030 là bao nhiêu?"
    )
    assert result.found
    assert "2.000.000.000" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)
