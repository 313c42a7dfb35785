"""Narrowings after the review of session 26's rules: a payer is no word folded like the verb
("lao động", "Hội đồng"), a proposer is asked only of a document, its name runs past "TP." and
stops at a comma ending its line, a lead-in listing exceptions lends no value, capitals with
tones open a name, a relation in the passive needs the document right before it."""

from __future__ import annotations

import pytest

from qa_service.answer.document_answers import _PROPOSER_END, PROPOSER_ASKED
from qa_service.answer.extractors import _EXCEPTIONS_LISTED
from qa_service.answer.value_kind import (
    _ITEM_NUMBER,
    _OPENING_TERM,
    _other_payer,
)
from qa_service.answer.windows import _only_values
from qa_service.routing import asks_a_related_document, route_question


def test_a_body_named_like_the_verb_of_paying_is_no_other_payer() -> None:
    folded = route_question("Người lao động đóng bao nhiêu phần trăm?").folded
    sentence = "muc dong do hoi dong nhan dan tinh quyet dinh, nguoi lao dong dong 1%."
    assert _other_payer(folded, sentence) is None


def test_another_payer_is_still_told() -> None:
    folded = route_question("Đoàn viên phải đóng đoàn phí bằng bao nhiêu phần trăm?").folded
    sentence = "kinh phi cong doan do co quan, to chuc, don vi dong bang 2% quy tien luong"
    assert _other_payer(folded, sentence) is not None


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Theo Nghị định 80, cơ quan nào đề xuất ký kết hợp đồng?", False),
        ("Cơ quan nào đề nghị ban hành quy chuẩn theo quy định tại Điều 5?", False),
        ("Nghị định 133/2020/NĐ-CP được Chính phủ ban hành theo đề nghị của ai?", True),
        ("cơ quan nào đề nghị ban hành QĐ 12/2025?", True),
    ],
)
def test_a_proposer_is_asked_of_a_document(question: str, asked: bool) -> None:
    assert (PROPOSER_ASKED.search(route_question(question).folded) is not None) is asked


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Theo đề nghị của Giám đốc Sở Tài chính TP. Hồ Chí Minh tại Tờ trình số 1;",
            "Giám đốc Sở Tài chính TP. Hồ Chí Minh",
        ),
        (
            "Theo đề nghị của Bộ trưởng Bộ Tài chính,\nBộ trưởng Bộ Nội vụ;",
            "Bộ trưởng Bộ Tài chính",
        ),
        ("Theo đề nghị của Giám đốc Sở Nội\nvụ tại Tờ trình số 5;", "Giám đốc Sở Nội\nvụ"),
    ],
)
def test_where_a_proposer_name_ends(line: str, name: str) -> None:
    start = len("Theo đề nghị của ")
    stop = _PROPOSER_END.search(line, start)
    assert stop is not None and line[start : stop.start()] == name


def test_a_lead_in_listing_exceptions_lends_no_value() -> None:
    assert _EXCEPTIONS_LISTED.search("hieu luc la 05 nam, tru cac truong hop sau:")
    assert not _EXCEPTIONS_LISTED.search("hieu luc la 03 nam, bao gom cac truong hop sau:")


def test_a_capital_with_tones_opens_a_name() -> None:
    assert _ITEM_NUMBER.match(" Ủy ban nhân dân") is not None
    opening = _OPENING_TERM.match("Ấp Bắc được hỗ trợ")
    assert opening is not None and opening.group(1) == "Ấp"


def test_a_list_of_values_joined_by_a_comma_and_a_word() -> None:
    assert _only_values("40 tuổi, và 60 tuổi.") == "tuổi"
    assert _only_values("40 tuổi và 60 người") is None


@pytest.mark.parametrize(
    ("question", "related"),
    [
        ("Văn bản nào quy định trường hợp hợp đồng bị thay đổi?", False),
        ("Thông tư nào hướng dẫn trường hợp giấy phép hết hiệu lực?", False),
        ("Quyết định cũ nào của Chủ tịch UBND thành phố bị bãi bỏ toàn bộ?", True),
        ("Quy chế cũ của UBND tỉnh (QĐ số mấy) hết hiệu lực?", True),
        ("Nghị định cũ nào năm 2010 quy định những người là công chức hết hiệu lực?", True),
    ],
)
def test_a_relation_in_the_passive_follows_the_document(question: str, related: bool) -> None:
    assert asks_a_related_document(route_question(question).folded) is related
