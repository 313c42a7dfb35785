"""A comparison between places answers only when every place compared is written by the
documents it quotes: two plans of two provinces are compared; a third province, whose only
document is about something else, makes the comparison unanswerable (not answered by one
province's value). Written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

_PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH {upper}**
|
Số: {number}/KH-UBND
|
*{place}, ngày 12 tháng 10 năm 2025*
|
**KẾ HOẠCH**
**Chuyển đổi số tỉnh {place} năm 2026**
1. Mục tiêu: tỷ lệ hồ sơ thủ tục hành chính được số hóa trên địa bàn tỉnh {place} đạt {rate}
trong năm 2026.
|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Lê Văn {signer}**
"""

_NOTICE = """**ỦY BAN NHÂN DÂN**
**TỈNH QUẢNG TRỊ**
|
Số: 77/TB-UBND
|
*Quảng Trị, ngày 03 tháng 11 năm 2025*
|
**THÔNG BÁO**
**Lịch tiếp công dân tháng 12 năm 2025**
Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở.
|
**TL. CHỦ TỊCH**
**CHÁNH VĂN PHÒNG**
**Hồ Văn Đức**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    documents = {
        "kh-lam-son.md": _PLAN.format(
            upper="LAM SƠN", place="Lam Sơn", number="811", rate="85%", signer="Bình"
        ),
        "kh-hoa-khe.md": _PLAN.format(
            upper="HÒA KHÊ", place="Hòa Khê", number="922", rate="90%", signer="Cường"
        ),
        "tb-quang-tri.md": _NOTICE,
    }
    opened = answerer_over(Path(tmp_path_factory.mktemp("compared")), documents, lexical_only=True)
    yield opened
    opened.close()


def test_a_place_no_document_writes_makes_the_comparison_unanswerable(answerer: Answerer) -> None:
    result = answerer.ask(
        "So sánh tỷ lệ hồ sơ thủ tục hành chính được số hóa năm 2026 giữa tỉnh Lam Sơn và tỉnh "
        "Quảng Trị"
    )
    assert not result.found, result.answer


def test_the_places_documents_write_are_compared(answerer: Answerer) -> None:
    result = answerer.ask(
        "So sánh tỷ lệ hồ sơ thủ tục hành chính được số hóa năm 2026 giữa tỉnh Lam Sơn và tỉnh "
        "Hòa Khê"
    )
    assert result.found
    assert "85%" in (result.answer or "") and "90%" in (result.answer or "")
