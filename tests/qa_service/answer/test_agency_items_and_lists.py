"""The body in charge of an item, a list given a task and a partner, read by the document's
structure: the heading above lettered items written with no blank line between them, the body
right after a sentence's opening "Giao", the body after "phối hợp với" in a sentence whose
subject the question names; and routes that keep a body asked an agency question."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

# Written as some provinces publish it: one line break between items, no blank line
DECISION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 3851/QĐ-UBND

Thử Nghiệm, ngày 26 tháng 11 năm 2025

QUYẾT ĐỊNH

Ban hành danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính

**Điều 1.** Ban hành kèm theo Quyết định này danh mục 71 thủ tục hành chính.
**Điều 2. Trách nhiệm của Sở Công Thương; Ủy ban nhân dân các xã, phường**
1. Trách nhiệm của Sở Công Thương
a) Tổ chức triển khai thực hiện danh mục thủ tục hành chính trong phạm vi lĩnh vực quản lý;
b) Rà soát, đánh giá điều kiện tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục;
c) Chủ trì, phối hợp với Văn phòng UBND tỉnh và các cơ quan liên quan xây dựng quy trình \
liên thông đối với từng thủ tục hành chính áp dụng không phụ thuộc vào địa giới hành chính;
2. Trách nhiệm của Ủy ban nhân dân các xã, phường
a) Tổ chức tiếp nhận hồ sơ của tổ chức, cá nhân không phân biệt nơi cư trú;
**Điều 3. Tổ chức thực hiện**
1. Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công \
tỉnh) rà soát, xây dựng quy trình điện tử trong giải quyết thủ tục hành chính về hộ tịch.
2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh và đại biểu \
Hội đồng nhân dân tỉnh giám sát việc thực hiện Quyết định này.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("agency-items")
    answerer = answerer_over(root, {"quyet-dinh-dia-gioi.md": DECISION}, lexical_only=True)
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # "1. Trách nhiệm của Sở X" / "c) Chủ trì, phối hợp với ..." with no blank line: the
        # heading's body, not the item's words
        (
            "Ai chủ trì xây dựng quy trình liên thông đối với từng thủ tục hành chính áp dụng "
            "không phụ thuộc vào địa giới hành chính?",
            "Sở Công Thương",
        ),
        # "Giao A, B và C giám sát việc thực hiện": the first body after "Giao", not the last
        # one of its list before "thực hiện"
        (
            "Ai giám sát việc thực hiện quyết định về thủ tục không phụ thuộc địa giới hành chính?",
            "Thường trực Hội đồng nhân dân tỉnh",
        ),
        # "đơn vị nào phối hợp với Sở Tư pháp": the partner of the body the question names
        (
            "Đơn vị nào phối hợp với Sở Tư pháp xây dựng quy trình điện tử về hộ tịch?",
            "Văn phòng UBND tỉnh",
        ),
    ],
)
def test_body_in_charge_by_structure(answerer: Answerer, question: str, body: str) -> None:
    result = answerer.ask(question)
    assert result.found, question
    # the body itself opens the answer, not a clause that names another one first
    assert (result.answer or "").startswith(body), result.answer


def test_heading_quoted_alone_above_its_items(answerer: Answerer) -> None:
    """The heading quoted with an item is the heading's line, not its first item too."""
    result = answerer.ask(
        "Ai chủ trì xây dựng quy trình liên thông đối với từng thủ tục hành chính áp dụng "
        "không phụ thuộc vào địa giới hành chính?"
    )
    quotes = [s.quote for s in result.sources]
    assert "1. Trách nhiệm của Sở Công Thương" in quotes, quotes


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        # a number glued to a letter names a technology, no document
        ("Theo kế hoạch 5G IoT của Hà Nội, đơn vị nào tham mưu?", ()),
        ("Kế hoạch 64 giao ai chủ trì?", ("64",)),
    ],
)
def test_numbers_glued_to_letters_name_no_document(question: str, numbers: tuple[str, ...]) -> None:
    assert route_question(question).doc_numbers == numbers


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # "chênh lệch" the object of a task a body is asked to do
        (
            "Thông tư giao ai chủ trì tính toán phương án thanh toán chênh lệch tỷ giá?",
            "agency",
        ),
        ("Ai chủ trì tính toán chênh lệch tỷ giá trong hợp đồng mua bán điện?", "agency"),
        # the body asked by its kind, with partners named by both sides ("cả ... và ...")
        (
            "Đơn vị nào chủ trì, phối hợp với cả bên mua điện và bên bán điện tính toán phương "
            "án thanh toán chênh lệch tỷ giá?",
            "agency",
        ),
        # a difference asked stays a comparison
        ("Chênh lệch giữa mức chi năm 2025 và năm 2026 là bao nhiêu?", "compare"),
    ],
)
def test_difference_done_by_a_body_is_asked_of_the_body(question: str, intent: str) -> None:
    assert route_question(question).intent == intent
