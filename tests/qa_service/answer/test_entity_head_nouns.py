"""A question asking "<noun> nào" for an entity that is no document ("tỉnh nào", "xã nào",
"công ty nào", "quỹ nào", "lĩnh vực nào", "phương thức nào") is answered with a span of that
kind, not a document's number; and a letter to another company does not answer a question
naming an office it sends a copy to only. Documents written here, indexed lexical-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.routing import asked_entity, fold, route_question, tone_key
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_PROCEDURES = """**ỦY BAN NHÂN DÂN**
TỈNH LAM ĐIỀN

Số: 1777/QĐ-UBND

*Lam Điền, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ THUỘC PHẠM VI QUẢN LÝ CỦA SỞ DÂN TỘC
VÀ TÔN GIÁO TỈNH LAM ĐIỀN

*Căn cứ Quyết định số 905/QĐ-BDTTG ngày 07/11/2025 của Bộ trưởng Bộ Dân tộc và Tôn giáo về
việc công bố thủ tục hành chính nội bộ;*

**Điều 1.** Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính nội bộ thuộc
phạm vi quản lý của Sở Dân tộc và Tôn giáo tỉnh Lam Điền.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ**

| STT | Tên TTHC | Cách thức thực hiện | Lĩnh vực | Cơ quan thực hiện |
| --- | --- | --- | --- | --- |
"""
_PROCEDURES += (
    "| 1 | Phê duyệt danh sách thôn bản vùng cao nguyên đá | Qua hệ thống quản lý văn bản"
    " điều hành | Công tác dân tộc | UBND cấp tỉnh |\n"
)

_MERGER = """| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1702/NQ-UBTVQH15 |

**NGHỊ QUYẾT**

**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lam Điền năm 2025**

**QUYẾT NGHỊ:**

**Điều 1.** Sắp xếp để thành lập các đơn vị hành chính cấp xã của tỉnh Lam Điền như sau:

1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn Bến Sỏi, xã Hòa Lạc và
xã Đông Kha thành xã mới có tên gọi là **xã Sông Mây**.

**Điều 2.** Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.
"""

_TAX_LETTER = """BỘ TÀI CHÍNH
**CỤC THUẾ**

Số: 5401/CT-CS
*V/v chính sách thuế*

*Hà Nội, ngày 20 tháng 11 năm 2025*

**Kính gửi:** Thuế tỉnh Lam Điền.

Cục Thuế nhận được công văn số 1011/LDI-KTr2 ngày 04/9/2025 của Thuế tỉnh Lam Điền về chính
sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:

Đề nghị Thuế tỉnh Lam Điền rà soát các văn bản hướng dẫn việc kê khai, nộp thuế GTGT của
Công ty TNHH ORCHID VINA và Công ty TNHH Sao Mai Electronics để có cơ sở xem xét việc áp dụng
quy định tại khoản 2 Điều 9 Nghị định số 125/2020/NĐ-CP ngày 19/10/2020 của Chính phủ.

Cục Thuế có ý kiến để Thuế tỉnh Lam Điền được biết./.
"""

# a letter to a company, which sends another province's tax office a copy only
_COMPANY_LETTER = """BỘ TÀI CHÍNH
**CỤC THUẾ**

Số: 5402/CT-CS
*V/v chính sách thuế GTGT*

*Hà Nội, ngày 24 tháng 11 năm 2025*

**Kính gửi:** Công ty TNHH ĐÁ XANH.

Cục Thuế nhận được văn bản của Công ty TNHH Đá Xanh về việc thu hồi hoàn thuế giá trị gia
tăng. Về vấn đề này, Cục Thuế hướng dẫn Công ty TNHH Đá Xanh xử lý thu hồi hoàn thuế theo quy
định của Luật Quản lý thuế.
|
Nơi nhận:
- Như trên;
- Thuế tỉnh Bình Sơn;
- Lưu: VT, CS.
|
"""

_FUND = """**HỘI ĐỒNG NHÂN DÂN**
TỈNH LAM ĐIỀN

Số: 71/2025/NQ-HĐND

**NGHỊ QUYẾT**

QUY ĐỊNH SỬ DỤNG NGÂN SÁCH ĐỂ ĐẦU TƯ HẠ TẦNG NHÀ Ở XÃ HỘI TRÊN ĐỊA BÀN TỈNH LAM ĐIỀN

**Điều 5. Ủy thác vốn ngân sách**

Ngân sách tỉnh ủy thác qua Quỹ Đầu tư phát triển tỉnh Lam Điền để thực hiện đầu tư xây dựng
hạ tầng kỹ thuật khung trong dự án nhà ở xã hội, theo Báo cáo số 498/BC-UBND ngày 25 tháng 11
năm 2025 của Ủy ban nhân dân tỉnh.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("entity-heads")
    opened = answerer_over(
        root,
        {
            "qd-1777.md": _PROCEDURES,
            "nq-1702.md": _MERGER,
            "cv-5401.md": _TAX_LETTER,
            "cv-5402.md": _COMPANY_LETTER,
            "nq-71.md": _FUND,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def _entity(question: str) -> tuple[str, str] | None:
    route = route_question(question)
    return asked_entity(route.folded, tone_key(route.question) if route.accented else None)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Cử tri tỉnh nào kiến nghị về việc hỗ trợ nhà ở?", "place"),
        ("Thị trấn Bến Sỏi được sắp xếp thành xã nào?", "place"),
        ("cong van 5401 de nghi ra soat ke khai thue cua nhung cong ty nao?", "organization"),
        ("Nghị quyết ủy thác vốn cho quỹ nào?", "organization"),
        ("Quyết định 1777/QĐ-UBND công bố thủ tục thuộc lĩnh vực nào?", "field"),
        ("Hồ sơ được nộp theo phương thức nào?", "category"),
        # a body's kind ("cơ quan nào") and a quarter ("quý nào") are no such entity
        ("Cơ quan nào thực hiện thủ tục?", None),
        ("Báo cáo được gửi vào quý nào?", None),
        # typed without marks, a year near "quy nao" makes it a quarter; bodies listed by their
        # kinds ("sở, ban, ngành nào") are bodies, not a field
        ("bao cao gui trong quy nao nam 2025?", None),
        ("QĐ 12/2025/QĐ-UBND giao các sở, ban, ngành nào thực hiện?", None),
        ("Nghề dệt thổ cẩm thuộc ngành nào?", "field"),
    ],
)
def test_the_head_noun_before_the_question_word(question: str, kind: str | None) -> None:
    found = _entity(question)
    assert (found[0] if found else None) == kind


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a document's kind opening the question does not make the document the answer
        ("Quyết định 1777/QĐ-UBND công bố thủ tục hành chính thuộc lĩnh vực nào?", "general"),
        ("NQ 71/2025/NQ-HĐND ủy thác vốn ngân sách cho quỹ nào?", "general"),
        ("Quyết định nào công bố thủ tục hành chính lĩnh vực công tác dân tộc?", "decision"),
        # "hồ sơ thủ tục" is no count of procedures ("số thủ tục")
        ("Hồ sơ thủ tục cấp giấy phép được nộp theo phương thức nào?", "general"),
    ],
)
def test_an_entity_asked_is_not_a_document(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_the_field_column_of_the_procedure_row(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thủ tục phê duyệt danh sách thôn bản vùng cao nguyên đá theo QĐ 1777/QĐ-UBND tỉnh Lam"
        " Điền thuộc lĩnh vực nào?"
    )
    assert result.found and result.answer == "Công tác dân tộc"
    assert_quotes_verbatim(answerer, result)


def test_the_commune_a_merger_results_in(answerer: Answerer) -> None:
    result = answerer.ask("Thị trấn Bến Sỏi cùng xã Hòa Lạc được sắp xếp thành xã nào?")
    assert result.found and fold(result.answer or "") == fold("xã Sông Mây")


def test_the_companies_a_letter_names(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cong van 5401/CT-CS de nghi ra soat viec ke khai thue GTGT cua nhung cong ty nao?"
    )
    answer = result.answer or ""
    assert result.found and "ORCHID VINA" in answer and "Sao Mai Electronics" in answer
    assert "125/2020" not in answer


def test_the_fund_not_the_report_cited(answerer: Answerer) -> None:
    result = answerer.ask("NQ 71/2025/NQ-HĐND ủy thác vốn ngân sách cho quỹ nào để đầu tư hạ tầng?")
    assert result.found and "Quỹ Đầu tư phát triển" in (result.answer or "")
    assert "498/BC-UBND" not in (result.answer or "")


def test_a_letter_to_another_company_does_not_answer(answerer: Answerer) -> None:
    # the office is only sent a copy of the letter to Công ty TNHH Đá Xanh
    result = answerer.ask(
        "Cục Thuế hướng dẫn Thuế tỉnh Bình Sơn xử lý thu hồi hoàn thuế đối với công ty nào?"
    )
    assert not result.found
