"""Document and date answers read by structure: a sentence introducing the text of a document
it cites ("... Thông tư 16/2024/TT-BCA có quy định như sau:") names the document that rules on
what the quote says; a document's number line may follow the rule under its issuer's name on the
same line; a law named by its year ("Luật Căn cước 2023") sets no year on the fact asked, and a
subject phrase is not cut across that year; a rule stated "từ ngày 1/7/2024" says when it
applies; a programme a question names by a capitalised head ("Tháng hành động vì ...") is
written by the document answering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.own_document import _SOURCE_KIND, own_number_span
from qa_service.answer.value_kind import (
    _STATES_EFFECT,
)
from qa_service.answer.verify import (
    _writes_programme,
    named_programmes,
    subject_phrases,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

EXPLAINER = """# Thẻ căn cước cấp cho công dân dưới 6 tuổi có những thông tin gì?

**Mặt trước thẻ căn cước của công dân dưới 6 tuổi có những thông tin gì?**

Thẻ căn cước do Bộ Công an cấp; nơi cấp: Bộ Công an.

Mặt khác, theo quy định tại khoản 4 Điều 3 Thông tư 16/2024/TT-BCA có quy định như sau:

Quy cách thẻ căn cước

4. Mặt trước thẻ căn cước cấp cho công dân Việt Nam dưới 06 tuổi gồm các thông tin sau:

Hình Quốc huy; dòng chữ CĂN CƯỚC; biểu tượng chíp điện tử; Số định danh cá nhân; Họ,
chữ đệm và tên khai sinh; Ngày, tháng, năm sinh; Giới tính; Quốc tịch.

**Độ tuổi cấp thẻ căn cước theo Luật Căn cước 2023 được áp dụng ra sao?**

Theo đó, độ tuổi cấp thẻ căn cước từ ngày 1/7/2024 như sau:

Công dân Việt Nam từ đủ 14 tuổi trở lên phải thực hiện thủ tục cấp thẻ căn cước.
"""

RESOLUTION = (
    "------------------ Số: 1661/NQ-UBTVQH15 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do"
    " - Hạnh phúc------------------ |\n"
    """
**NGHỊ QUYẾT**

**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Thử Nghiệm năm 2025**

------------------

**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

*Căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14 tháng 4 năm 2025 của Ủy ban Thường vụ Quốc
hội về việc sắp xếp đơn vị hành chính năm 2025;*

**QUYẾT NGHỊ:**

**Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Thử Nghiệm**

Sắp xếp các xã, phường của tỉnh Thử Nghiệm thành 45 đơn vị hành chính cấp xã.

**Điều 2. Hiệu lực thi hành**

Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.
"""
)

FEES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 88/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH

Về việc công bố thủ tục hành chính lĩnh vực khoáng sản

**Điều 1.** Phí thẩm định kết quả thăm dò khoáng sản: tổng kinh phí bố trí đến 01 tỷ đồng
là 10 triệu đồng cho năm 2025.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 15 tháng 12 năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("quoted_sources")
    opened = answerer_over(
        root,
        {"the-can-cuoc.md": EXPLAINER, "nghi-quyet-1661.md": RESOLUTION, "qd-88.md": FEES},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_the_document_introducing_the_quoted_rule_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Văn bản nào của Bộ Công an quy định thông tin mặt trước thẻ căn cước cấp cho công dân"
        " dưới 06 tuổi?"
    )
    assert result.found and "16/2024/TT-BCA" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_the_own_number_after_a_rule_on_the_same_line_answers(answerer: Answerer) -> None:
    result = answerer.ask("nghi quyet nao sap xep cac xa, phuong tinh Thu Nghiem nam 2025?")
    assert result.found and "1661/NQ-UBTVQH15" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("do tuoi cap the can cuoc theo luat can cuoc 2023 ap dung tu ngay nao", "luat"),
        # the decision named first is the one whose entry into force is asked
        ("quyet dinh ve boi thuong theo luat dat dai 2024 co hieu luc tu ngay nao", None),
    ],
)
def test_the_kind_a_fact_is_stated_by(question: str, kind: str | None) -> None:
    found = _SOURCE_KIND.search(question)
    assert (found.group(1) if found else None) == kind


def test_a_programme_no_document_writes_is_not_answered(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tổng kinh phí tỉnh Thử Nghiệm bố trí cho Tháng hành động vì bình đẳng giới năm 2025 là"
        " bao nhiêu tỷ đồng?"
    )
    assert not result.found


def test_a_number_line_joined_to_a_rule_is_read() -> None:
    span = own_number_span(RESOLUTION, "1661/NQ-UBTVQH15")
    assert span is not None and RESOLUTION[span[0] : span[1]] == "1661/NQ-UBTVQH15"


def test_a_subject_is_not_cut_across_the_year_naming_a_law() -> None:
    phrases = subject_phrases(
        "do tuoi cap the can cuoc theo luat can cuoc 2023 ap dung tu ngay nao", bare=True
    )
    assert "2023 ap" not in phrases and "can cuoc" in phrases
    # a stop word opening the pair with no number after it still moves on
    assert "thuy van" in subject_phrases("linh vuc khi tuong thuy van la gi", bare=True)


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("do tuoi cap the can cuoc theo luat can cuoc 2023 ap dung tu ngay nao", ()),
        ("Theo Luật Công đoàn năm 2024, đoàn phí bằng bao nhiêu phần trăm tiền lương?", ()),
        ("ai ky chi thi chap hanh quy dinh phap luat ve gia nam 2025", (2025,)),
        ("Kinh phí năm 2025 theo Luật Ngân sách là bao nhiêu?", (2025,)),
    ],
)
def test_a_law_named_by_its_year_sets_no_year(question: str, years: tuple[int, ...]) -> None:
    assert route_question(question).years == years


def test_a_day_a_rule_applies_from_states_effect_but_a_period_does_not() -> None:
    assert _STATES_EFFECT.search("theo do, do tuoi cap the can cuoc tu ngay 1/7/2024 nhu sau:")
    assert not _STATES_EFFECT.search("bao cao tu ngay 01/11/2025 den ngay 30/11/2025")


def test_programmes_named_by_a_capitalised_head() -> None:
    assert named_programmes("Kinh phí cho Tháng hành động vì bình đẳng giới năm 2025?") == [
        "thang hanh dong vi"
    ]
    # an acronym or a capitalised word after the head names too little to check
    assert named_programmes("KH triển khai Đề án QLRRTT dựa vào cộng đồng") == []
    assert named_programmes("Đồng Nai tổ chức Tuần lễ Chuyển đổi số hằng năm") == []
    # the head and then whose it is: no name
    assert named_programmes("Tổng kinh phí thực hiện Đề án của tỉnh Thử Nghiệm là bao nhiêu?") == []
    # a sentence opening with the head is no name in capitals
    assert named_programmes("Chương trình phát triển đô thị có mục tiêu gì?") == []
    # a plan or scheme named by its title, which questions paraphrase, is not checked
    assert named_programmes("Ai ký Kế hoạch khắc phục hạn chế và nâng cao chỉ số CCHC?") == []


def test_a_programme_quoted_after_its_head_is_written() -> None:
    text = "ban hanh ke hoach trien khai de an “nang cao nhan\nthuc cong dong”"
    assert _writes_programme(text, "de an nang cao nhan")
    assert not _writes_programme(text, "thang hanh dong vi")
