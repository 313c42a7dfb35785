"""A code the question asks ("được xếp vào mã HS nào"), assigned by a notice in the last lines
of the section that names the goods in its first lines: the sentence of headings and codes names
the goods no more, it answers with the evidence of the lines that do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.routing import asks_a_code, fold
from tests.qa_service.small_index import answerer_over

_DESCRIPTION = "\n\n".join(
    f"Đặc điểm thứ {n}: thiết bị có vỏ nhựa, pin sạc, kết nối không dây tầm ngắn."
    for n in range(1, 16)
)


def _notice(number: str, goods: str, company: str, heading: str, code: str) -> str:
    return f"""BỘ TÀI CHÍNH
CỤC HẢI QUAN

Số: {number}/TB-CHQ

Hà Nội, ngày 21 tháng 11 năm 2025

THÔNG BÁO

VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ

Căn cứ Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam theo Hệ thống hài hòa mô tả và mã hóa \
hàng hóa (HS);

Trên cơ sở Đơn đề nghị xác định trước mã số của {company}, Cục Hải quan thông báo kết quả xác \
định trước mã số như sau:

**1. Hàng hóa đề nghị xác định trước mã số do tổ chức, cá nhân cung cấp:**

Tên thương mại: {goods}

**2. Kết quả xác định trước mã số:**

Tên thương mại: {goods}

Tên gọi theo cấu tạo, công dụng: {goods} dùng để theo dõi vị trí đồ vật.

{_DESCRIPTION}

Nhà sản xuất: {company}

thuộc nhóm **{heading}** *"Thiết bị khác"*, phân nhóm *"- Loại khác"*, mã số **{code}** \
*"- - - Loại khác"* tại Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam.

Thông báo này có hiệu lực từ ngày ký.
"""


TAG = _notice(
    "37690", "Thẻ định vị Galaxy Tracker 3", "Công ty TNHH Sao Mai", "85.31", "8531.80.19"
)
WATCH = _notice(
    "37694", "Đồng hồ thông minh Orbit Band 5", "Công ty TNHH Hòa Bình", "85.17", "8517.62.59"
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("assigned-codes")
    opened = answerer_over(root, {"tb-37690.md": TAG, "tb-37694.md": WATCH}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("Thẻ định vị Galaxy Tracker 3 được Cục Hải quan xếp vào mã HS nào?", "8531.80.19"),
        ("dong ho thong minh Orbit Band 5 ma so bao nhieu theo Cuc Hai quan", "8517.62.59"),
        (
            "Mã số HS của Đồng hồ thông minh Orbit Band 5 theo kết quả xác định trước mã số là "
            "bao nhiêu",
            "8517.62.59",
        ),
    ],
)
def test_the_code_assigned_in_the_goods_section_answers(
    answerer: Answerer, question: str, code: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert result.answer == code, result
    assert any(code in s.quote for s in result.sources[:5]), result.sources


@pytest.mark.parametrize(
    "question",
    [
        "Samsung Smart Tag 2 được xếp vào mã HS nào?",
        "Thẻ trò chơi Magic Welcome Deck có mã số hàng hóa là gì?",
    ],
)
def test_goods_no_notice_names_get_no_code(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found, result


def test_a_count_of_requests_asks_no_code() -> None:
    assert asks_a_code(fold("Samsung Smart Tag 2 được xếp vào mã HS nào?"))
    assert asks_a_code(fold("ma so HS cua thiet bi nay la bao nhieu"))
    assert not asks_a_code(fold("Cục Hải quan nhận bao nhiêu hồ sơ xác định trước mã số?"))
    assert not asks_a_code(fold("Mức thu phí thẩm định là bao nhiêu?"))
