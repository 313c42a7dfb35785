"""A subject a document's title names only among what it leaves out ("(trừ máy móc, thiết bị
thuộc lĩnh vực y tế)") is not its subject: a question about it is not answered from that
document. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

_DECENTRALISING = """|
**ỦY BAN NHÂN DÂN**
**TỈNH HÒA LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 61/2025/QĐ-UBND
|
*Hòa Lâm, ngày 14 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC SỬ DỤNG MÁY MÓC, THIẾT BỊ CHUYÊN DÙNG
(TRỪ MÁY MÓC, THIẾT BỊ THUỘC LĨNH VỰC Y TẾ, GIÁO DỤC VÀ ĐÀO TẠO) TẠI CÁC CƠ QUAN, ĐƠN VỊ
THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH HÒA LÂM
**ỦY BAN NHÂN DÂN TỈNH HÒA LÂM**

**Điều 1.** Phân cấp cho Thủ trưởng các sở, ngành quyết định tiêu chuẩn, định mức sử dụng \
máy móc, thiết bị chuyên dùng tại cơ quan, đơn vị thuộc phạm vi quản lý. Máy móc, thiết bị \
thuộc lĩnh vực y tế, giáo dục và đào tạo thực hiện theo quy định riêng.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 25 tháng 11 năm 2025.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Trần Văn Lâm**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("title_exclusion"),
        {"qd-61.md": _DECENTRALISING},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_the_document_answers_for_what_it_covers(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ phân cấp tiêu chuẩn, định mức máy móc, thiết bị chuyên dùng của tỉnh Hòa Lâm có "
        "hiệu lực từ ngày nào?"
    )
    assert result.found
    assert "25" in (result.answer or "")


@pytest.mark.parametrize(
    "question",
    [
        "QĐ của tỉnh Hòa Lâm phân cấp định mức máy móc, thiết bị chuyên dùng lĩnh vực y tế có "
        "hiệu lực từ khi nào?",
        "quyet dinh phan cap tieu chuan may moc thiet bi chuyen dung linh vuc giao duc cua "
        "Hoa Lam co hieu luc tu ngay nao",
    ],
)
def test_a_subject_its_title_leaves_out_is_not_answered(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found, result.answer


def test_words_holding_tru_are_no_exclusion() -> None:
    # "phòng trừ", "khấu trừ" are words of their own; "(trừ ...)", "ngoại trừ ..." leave out
    from qa_service.answer.verify import (
        EXCLUSION,
    )

    assert not EXCLUSION.search("kế hoạch phòng trừ dịch hại cây trồng và khấu trừ thuế")
    assert EXCLUSION.search("giá dịch vụ (trừ dịch vụ y tế)").group(1).strip() == "dịch vụ y tế"
    assert EXCLUSION.search("các lĩnh vực, ngoại trừ giáo dục").group(1).strip() == "giáo dục"
