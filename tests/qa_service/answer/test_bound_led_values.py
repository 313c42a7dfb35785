"""A length asked with its bound ("tối thiểu bao nhiêu giờ liên tục") is the one the same bound
leads ("tối thiểu là mười hai (12) giờ liên tục"), not a time of day the sentence bounds
otherwise ("không sau sáu (06) giờ", "không trước mười tám (18) giờ")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

HOURS = """**ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM**

Số: 137/2025/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Quy định thời gian bán hàng tối thiểu của cửa hàng bán lẻ xăng dầu trên địa bàn tỉnh Thử
Nghiệm**

**Điều 2. Thời gian bán hàng**

1. Tổng thời gian bán hàng và giờ bán hàng cụ thể
trong một ngày do doanh nghiệp tự xác định theo khả năng kinh doanh phục vụ của
doanh nghiệp, phù hợp với nhu cầu tiêu dùng tại địa bàn nhưng phải đảm bảo tối
thiểu là mười hai (12) giờ liên tục trong một ngày (kể cả thứ Bảy, Chủ nhật,
ngày Lễ, ngày Tết) và giờ mở cửa bán hàng không sau sáu (06) giờ và giờ đóng cửa
nghỉ bán hàng không trước mười tám (18) giờ hàng ngày.

2. Doanh nghiệp thông báo bằng văn bản cho Sở Công Thương giờ bán hàng trong thời hạn tối đa
05 ngày làm việc kể từ ngày thay đổi.

**CHỦ TỊCH**

Lê Văn Thử
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("bound-led-values"), {"gio-ban-hang.md": HOURS},
        lexical_only=True,
    )  # fmt: skip
    yield opened
    opened.close()


def test_the_length_the_asked_bound_leads(answerer: Answerer) -> None:
    result = answerer.ask(
        "cua hang ban le xang dau phai ban hang toi thieu bao nhieu gio lien tuc moi ngay theo QD "
        "137/2025?"
    )
    assert result.found and "mười hai (12) giờ" in (result.answer or ""), result.answer
    assert_quotes_verbatim(answerer, result)
    # typed with its marks, the answer (when one is found) is never the time of day either
    toned = answerer.ask(
        "Thử Nghiệm: cửa hàng bán lẻ xăng dầu phải bán hàng tối thiểu bao nhiêu giờ liên tục "
        "mỗi ngày theo QĐ 137/2025?"
    )
    assert "(18)" not in (toned.answer or ""), toned.answer


def test_a_limit_asked_with_its_upper_bound(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 137/2025/QĐ-UBND tỉnh Thử Nghiệm, doanh nghiệp thông báo giờ bán hàng cho Sở "
        "Công Thương trong tối đa bao nhiêu ngày?"
    )
    assert result.found and "05 ngày làm việc" in (result.answer or ""), result.answer
