"""A procedure asked by its variant ("cấp lại", "cấp đổi", "gia hạn") is answered from its own
row or part, never from another variant's; and a question naming the procedure first and
asking its fact after ("thủ tục X ... được giải quyết trong thời hạn bao lâu") is judged by
its variant. The decision is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import served_answerer_over

_DECISION_HEAD = """|
**ỦY BAN NHÂN DÂN**
**TỈNH ĐIỆN BIÊN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 3120/QĐ-UBND
|
*Điện Biên, ngày 21 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐƯỜNG THỦY NỘI ĐỊA THUỘC PHẠM VI QUẢN
LÝ CỦA SỞ XÂY DỰNG TỈNH ĐIỆN BIÊN

**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực đường thủy nội
địa thuộc phạm vi quản lý của Sở Xây dựng.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

**DANH MỤC THỦ TỤC HÀNH CHÍNH**

"""
_DECISION_TAIL = """|
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Lò Văn Tiến**
"""
_ROWS = (
    "| **STT** | **Tên thủ tục hành chính** | **Thời hạn giải quyết** | **Cơ quan thực hiện** |",
    "|---|---|---|---|",
    "| 1 | Thủ tục cấp biển hiệu phương tiện vận tải khách du lịch bằng đường thủy nội địa"
    " | 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ | Sở Xây dựng |",
    "| 2 | Thủ tục cấp đổi biển hiệu phương tiện vận tải khách du lịch bằng đường thủy nội địa"
    " | 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ | Sở Xây dựng |",
    "| 3 | Thủ tục cấp phép hoạt động bến khách ngang sông"
    " | 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ | Sở Xây dựng |",
)
_DECISION = _DECISION_HEAD + "\n".join(_ROWS) + "\n" + _DECISION_TAIL


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = served_answerer_over(
        tmp_path_factory.mktemp("procedure-variants"), {"qd-3120.md": _DECISION}
    )
    yield opened
    opened.close()


def test_the_variant_asked_answers_from_its_own_row(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn giải quyết TTHC cấp đổi biển hiệu phương tiện vận tải khách du lịch bằng đường"
        " thủy nội địa ở Điện Biên là bao lâu?"
    )
    assert result.found and result.answer is not None
    assert "05 ngày" in result.answer


def test_a_variant_the_decision_does_not_list_is_not_answered(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn giải quyết TTHC cấp lại biển hiệu phương tiện vận tải khách du lịch bằng đường"
        " thủy nội địa ở Điện Biên là bao lâu?"
    )
    assert not result.found, result.answer


def test_the_variant_of_the_procedure_a_question_opens_with(answerer: Answerer) -> None:
    result = answerer.ask(
        "Ở Điện Biên, thủ tục cấp lại biển hiệu phương tiện vận tải khách du lịch bằng đường thủy"
        " nội địa được giải quyết trong bao lâu?"
    )
    assert not result.found, result.answer
    named = answerer.ask(
        "Ở Điện Biên, thủ tục cấp đổi biển hiệu phương tiện vận tải khách du lịch bằng đường thủy"
        " nội địa được giải quyết trong bao lâu?"
    )
    assert named.found and named.answer is not None
    assert "05 ngày" in named.answer
