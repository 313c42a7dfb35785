"""Question forms the router read as another intent: a yes/no question whose claim is who
signed, a person asked by a position as the one given a task, a unit of a body asked by its
kind ("vụ nào", "phòng nào")."""

from __future__ import annotations

import pytest

from qa_service.routing import route_question


@pytest.mark.parametrize(
    "question",
    [
        "Công điện 224/CĐ-TTg có phải do Thủ tướng Phạm Minh Chính ký không?",
        "Có phải QĐ 86 do Chủ tịch UBND tỉnh ký không?",
        "QĐ 86 do Chủ tịch UBND tỉnh ký, đúng không?",
        "qd 210 co phai do pho chu tich tran van quan ky khong",
    ],
)
def test_a_yes_no_claim_of_who_signed_asks_the_signer(question: str) -> None:
    assert route_question(question).intent == "signer"


@pytest.mark.parametrize(
    "question",
    [
        # a duty asked, no signer: "có phải" is "must"
        "Doanh nghiệp có phải ký quỹ không?",
        "Hồ sơ có phải ký xác nhận không?",
        "Có phải do doanh nghiệp ký quỹ không?",
    ],
)
def test_a_duty_to_sign_asks_no_signer(question: str) -> None:
    assert route_question(question).intent != "signer"


@pytest.mark.parametrize(
    "question",
    [
        "CĐ 224/CĐ-TTg giao Phó Thủ tướng nào trực tiếp chỉ đạo tổ chức lễ khánh thành?",
        "UBND tỉnh giao đồng chí nào theo dõi việc thực hiện?",
        "Lãnh đạo nào được phân công phụ trách lĩnh vực giáo dục?",
        "Vụ nào của Bộ Nội vụ phối hợp thẩm định hồ sơ?",
        "Phòng nào của UBND xã thẩm định hồ sơ?",
    ],
)
def test_a_holder_or_a_unit_given_a_task_is_an_agency(question: str) -> None:
    assert route_question(question).intent == "agency"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a position asked with "ký" stays the signer
        ("Phó Chủ tịch nào ký quyết định 210?", "signer"),
        # a task, a service or a season asked by "nào" is no body
        ("Dịch vụ nào được miễn phí?", "general"),
        ("Mùa vụ nào được hỗ trợ giống?", "general"),
    ],
)
def test_other_nouns_keep_their_intent(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        # who signs a form in a procedure: no document named, no signer of one asked
        "Tờ khai do chủ hộ ký phải không?",
        "Có phải hồ sơ do người đại diện ký không?",
        # the positions a decision is about, not the capacity it was signed in
        "Quyết định 12/QĐ-UBND ký ban hành quy định chức danh nào được hưởng phụ cấp?",
    ],
)
def test_a_signing_asked_of_no_document_or_no_capacity_asks_no_signer(question: str) -> None:
    assert route_question(question).intent != "signer"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # typed without marks, "so nao" closing after "là" or a kind asks the number
        ("Quyet dinh phe duyet quy trinh noi bo cua tinh Nghe An la so nao?", "decision"),
        # a department asked by what it is given or where a file goes
        ("QD 1622/QD-UBND cong bo TTHC dau thau: so nao duoc giao chu tri cap nhat?", "agency"),
        ("quyet dinh 123 giao cho so nao?", "agency"),
    ],
)
def test_so_nao_without_marks_by_what_follows(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # who decides a count the question names: the one deciding is asked
        ("Ai có thẩm quyền quyết định bổ sung số lượng máy móc, thiết bị?", "agency"),
        ("Số lượng máy móc chuyên dùng do ai quyết định?", "agency"),
        # the count itself asked
        ("Ai quyết định số lượng bao nhiêu xe?", "figure"),
        ("Số lượng máy móc chuyên dùng là bao nhiêu?", "figure"),
    ],
)
def test_who_decides_a_count_asks_an_agency(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "Bắc Ninh thu phí thẩm định kết quả thăm dò khoáng sản thế nào khi chi phí trên 20 tỷ?",
        "so thu phi cap giay phep the nao",
    ],
)
def test_how_a_fee_is_charged_asks_its_amount(question: str) -> None:
    assert route_question(question).intent == "figure"
