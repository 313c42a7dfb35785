"""Which document a question dates or numbers: several documents of a kind opening it ("Các
Công điện 217, 218 và 222/CĐ-TTg mà CĐ 223 nối tiếp ..."), a letter named by number whatever
kind it is called ("có văn bản 3245/TTr-STP ... vào ngày nào"), the place whose units a
resolution arranges (no issuer: "sắp xếp các ĐVHC cấp xã của tỉnh X"), and the decision doing
the act asked, not the documents "do X ban hành" describes; a ground asked by the rule it lays
down ("nghị định nào quy định mức lương cơ sở"). The documents are written here, never seen in
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
*{place}, ngày {day} tháng {month} năm 2025*
|
"""

_DISPATCH = (
    _HEADER
    + """**CÔNG ĐIỆN**
**Về việc tập trung ứng phó mưa lũ tại các tỉnh Phú Yên, Bình Định**

Tiếp theo các Công điện số 217/CĐ-TTg, 218/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025 của Thủ tướng
Chính phủ, Thủ tướng Chính phủ yêu cầu các bộ, ngành tập trung ứng phó mưa lũ.
"""
)

_REPEAL = (
    _HEADER
    + """**QUYẾT ĐỊNH**
**Bãi bỏ các văn bản quy phạm pháp luật lĩnh vực giao thông do Ủy ban nhân dân tỉnh Phú Yên
(cũ) ban hành**

*Theo đề nghị của Sở Tư pháp tại Văn bản số 3245/TTr-STP ngày 06/11/2025.*

**Điều 1.** Bãi bỏ các văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh Phú Yên (cũ) ban
hành trong lĩnh vực giao thông, cụ thể như sau:

1. Quyết định số 90/2004/QĐ-UB ngày 16/12/2004 của UBND tỉnh Phú Yên ban hành điều lệ quản lý
bến xe khách.
"""
)

_ARRANGEMENT = (
    _HEADER
    + """**NGHỊ QUYẾT**
**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Phú Yên năm 2025**

**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

*Căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14 tháng 4 năm 2025 của Ủy ban Thường vụ Quốc hội
về việc sắp xếp đơn vị hành chính năm 2025;*

**Điều 1.** Sắp xếp các đơn vị hành chính cấp xã của tỉnh Phú Yên.
"""
)

_ALLOWANCE = (
    _HEADER
    + """**NGHỊ QUYẾT**
**Quy định mức phụ cấp đối với nhân viên chăn nuôi thú y cấp xã tỉnh Phú Yên**

*Căn cứ Nghị định số 35/2016/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật
Thú y;*

**Điều 1.** Nhân viên chăn nuôi thú y cấp xã tốt nghiệp đại học được hưởng mức phụ cấp theo
hệ số 2,34 so với mức lương cơ sở.
"""
)

DOCUMENTS = {
    "cd-223.md": _DISPATCH.format(
        issuer="THỦ TƯỚNG CHÍNH PHỦ", number="223/CĐ-TTg", place="Hà Nội", day="20",
        month="11",
    ),
    "qd-2688.md": _REPEAL.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", number="2688/QĐ-UBND", place="Đắk Lắk",
        day="18", month="11",
    ),
    "nq-1670.md": _ARRANGEMENT.format(
        issuer="ỦY BAN THƯỜNG VỤ QUỐC HỘI", number="1670/NQ-UBTVQH15", place="Hà Nội",
        day="16", month="6",
    ),
    "nq-51.md": _ALLOWANCE.format(
        issuer="HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN", number="51/2025/NQ-HĐND", place="Phú Yên",
        day="05", month="12",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("named")
    opened = answerer_over(root, DOCUMENTS, lexical_only=True)
    yield opened
    opened.close()


def test_several_documents_opening_the_question_are_dated(answerer: Answerer) -> None:
    result = answerer.ask(
        "Các Công điện 217, 218 và 222/CĐ-TTg mà CĐ 223/CĐ-TTg (mưa lũ Phú Yên, Bình Định) tiếp"
        " theo được ban hành ngày nào?"
    )
    assert result.found and "19/11/2025" in (result.answer or "")


def test_a_letter_named_by_number_is_dated_whatever_its_kind(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sở Tư pháp có văn bản 3245/TTr-STP đề nghị bãi bỏ QĐ 90/2004/QĐ-UB vào ngày nào?"
    )
    assert result.found and "06/11/2025" in (result.answer or "")


def test_the_place_whose_units_are_arranged_is_no_issuer(answerer: Answerer) -> None:
    result = answerer.ask(
        "NQ về sắp xếp các ĐVHC cấp xã của tỉnh Phú Yên năm 2025 được UBTVQH thông qua ngày nào?"
    )
    assert result.found and "16 tháng 6 năm 2025" in (result.answer or "")


def test_the_decision_doing_the_act_asked_not_one_it_describes(answerer: Answerer) -> None:
    result = answerer.ask(
        "UBND tỉnh Đắk Lắk bãi bỏ các văn bản QPPL lĩnh vực giao thông do UBND tỉnh Phú Yên (cũ)"
        " ban hành tại quyết định số mấy?"
    )
    assert result.found and "2688/QĐ-UBND" in (result.answer or "")


def test_a_ground_asked_by_the_rule_it_lays_down(answerer: Answerer) -> None:
    # the decree on the veterinary law sets no base salary
    result = answerer.ask(
        "NQ 51/2025/NQ-HĐND Phú Yên căn cứ nghị định nào quy định mức lương cơ sở để tính phụ"
        " cấp nhân viên thú y cấp xã?"
    )
    assert not result.found
    result = answerer.ask(
        "NQ 51/2025/NQ-HĐND Phú Yên căn cứ nghị định nào quy định chi tiết Luật Thú y?"
    )
    assert result.found and "35/2016/NĐ-CP" in (result.answer or "")
