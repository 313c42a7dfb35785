"""A document that discusses the subject asked but does not state the element asked: the number
of a law it cites by its title and date only, the date of a law it cites by its number only, the
holder of a position it names without a person, the address of a citizen it answers. Each got
another element of the same document before (another document's number, a list of the
documents cited, a body, the sentence naming the citizen). The documents are written here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.question import analyse
from qa_service.answer.value_kind import (
    asked_element_unsaid,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

LETTER = """**BỘ THỬ NGHIỆM**
**CỤC KIỂM ĐỊNH**

Số: 4410/CT-CS

*Hà Nội, ngày 03 tháng 12 năm 2025*

**Kính gửi:** Bà Lò Thị Quỳnh Hoa

Cục Kiểm định nhận được phiếu kiến nghị số PKN.2207 của bà Lò Thị Quỳnh Hoa về chính sách \
kiểm định thiết bị đo. Về vấn đề này, Cục Kiểm định có ý kiến như sau:

Căn cứ khoản 4 Điều 9 Luật Đo lường số 04/2011/QH13 quy định thiết bị phải kiểm định;

Căn cứ Điều 3 Thông tư số 27/2023/TT-BTC ngày 14/7/2023 hướng dẫn chu kỳ kiểm định thiết bị \
đo nhóm 2.

Cục Kiểm định sẽ tổng hợp ý kiến của bà Lò Thị Quỳnh Hoa trong quá trình sửa đổi thông tư.

**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**

**Đinh Văn Khảo**
"""

DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 905/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Ban hành quy định chức năng, nhiệm vụ của Trung tâm Lưu trữ lịch sử tỉnh Thử Nghiệm

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Căn cứ Nghị định số 120/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định về \
thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập;*

**Điều 1.** Trung tâm Lưu trữ lịch sử là đơn vị sự nghiệp công lập trực thuộc Sở Nội vụ tỉnh \
Thử Nghiệm.

**Điều 2.** Lãnh đạo Trung tâm gồm Giám đốc và các Phó Giám đốc. Giám đốc Trung tâm Lưu trữ \
lịch sử chịu trách nhiệm trước Giám đốc Sở Nội vụ về toàn bộ hoạt động của Trung tâm.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và Giám đốc Trung tâm \
Lưu trữ lịch sử chịu trách nhiệm thi hành Quyết định này.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Hà Văn Nghiệm**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("element-unstated"),
        {"bo-thu-nghiem_cong-van-4410.md": LETTER, "thu-nghiem_quyet-dinh-905.md": DECISION},
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Thông tư 27/2023/TT-BTC được viện dẫn trong công văn 4410/CT-CS ban hành ngày nào?",
        "Luat Do luong so 04/2011/QH13 ma Cuc Kiem dinh vien dan duoc ban hanh ngay nao?",
    ],
)
def test_the_date_of_one_document_cited_is_no_list_of_the_documents_cited(question: str) -> None:
    assert route_question(question).intent == "date"


def test_a_cited_document_dated_by_the_text_gives_its_date(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thông tư số 27/2023/TT-BTC được viện dẫn trong công văn 4410/CT-CS ban hành ngày nào?"
    )
    assert result.found
    assert "14/7/2023" in (result.answer or "")


@pytest.mark.parametrize(
    "question",
    [
        # cited by its number alone: no date
        "Luật Đo lường số 04/2011/QH13 được viện dẫn trong công văn 4410/CT-CS ban hành ngày nào?",
        # cited by its title and date alone: no number (not the nghị định cited after it)
        "Luật Tổ chức chính quyền địa phương mà QĐ 905/QĐ-UBND căn cứ có số hiệu là gì?",
        # a position named, its holder never
        "Giám đốc Trung tâm Lưu trữ lịch sử tỉnh Thử Nghiệm hiện nay là ai?",
        # the citizen answered, no address of hers
        "Địa chỉ của bà Lò Thị Quỳnh Hoa gửi phiếu kiến nghị về kiểm định thiết bị đo là ở đâu?",
    ],
)
def test_an_element_the_document_does_not_state_is_not_answered(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert not result.found, (question, result.answer)


def test_a_number_of_the_kind_named_still_answers(answerer: Answerer) -> None:
    result = answerer.ask("QĐ 905/QĐ-UBND căn cứ nghị định số mấy về đơn vị sự nghiệp công lập?")
    assert result.found
    assert "120/2020/NĐ-CP" in (result.answer or "")


@pytest.mark.parametrize(
    ("question", "answer", "unsaid"),
    [
        ("Giám đốc Trung tâm Lưu trữ lịch sử là ai?", "Giám đốc Sở Nội vụ", True),
        ("Giám đốc Trung tâm Lưu trữ lịch sử là ai?", "Phó Giám đốc Trần Thị Lưu", False),
        # a place's name after its level is no person's
        (
            "Giám đốc Trung tâm Lưu trữ lịch sử là ai?",
            "Trung tâm chịu trách nhiệm trước Giám đốc Sở Nội vụ thành phố Đà Nẵng",
            True,
        ),
        ("Ai là Chủ tịch UBND tỉnh Thử Nghiệm?", "Chủ tịch Hà Văn Nghiệm", False),
        # a province alone is no address (its documents' sentences all name it); a street
        # and a ward are
        ("Địa chỉ của Trung tâm Lưu trữ lịch sử ở đâu?", "Sở Nội vụ tỉnh Thử Nghiệm", True),
        (
            "Địa chỉ của Trung tâm Lưu trữ lịch sử ở đâu?",
            "số 02 đường Thử, phường Một, tỉnh Thử Nghiệm",
            False,
        ),
        ("Địa chỉ của bà Hoa là ở đâu?", "của bà Lò Thị Quỳnh Hoa về chính sách", True),
        ("Số điện thoại của Cục Kiểm định là gì?", "Cục Kiểm định nhận được", True),
        ("Số điện thoại của Cục Kiểm định là gì?", "Đường dây nóng: 0243 822 1234", False),
    ],
)
def test_the_element_asked_must_be_written_in_the_answer(
    answerer: Answerer, question: str, answer: str, unsaid: bool
) -> None:
    q = analyse(answerer.corpus, route_question(question), None)
    assert (asked_element_unsaid(q, answer) is not None) is unsaid


def test_a_reason_asked_needs_a_cause_in_the_answer_or_its_sentence(answerer: Answerer) -> None:
    q = analyse(
        answerer.corpus,
        route_question("Lý do Cục Kiểm định chưa sửa đổi thông tư là gì?"),
        None,
    )
    counted = "đã có 15 bộ, ngành gửi đăng ký các dự án"
    assert asked_element_unsaid(q, counted, counted) is not None
    carried_out = "Thực hiện Nghị quyết số 68-NQ/TW thì hộ kinh doanh không áp dụng khoán thuế"
    assert asked_element_unsaid(q, "hộ kinh doanh không áp dụng khoán thuế", carried_out) is None
