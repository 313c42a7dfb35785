"""A document asked by its number is no date of force nor a list: "quyết định ... (số mấy) hết
hiệu lực" asks the document whose force ends, "danh mục văn bản ... thực hiện theo công văn
nào" asks the one letter a list follows; a time asked with them keeps its own route."""

from __future__ import annotations

import pytest

from qa_service.routing import route_question


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        (
            "Khi QĐ 161/2025 có hiệu lực thì quyết định năm 2024 của UBND tỉnh Hà Nam về quy chế"
            " văn bản (số mấy) hết hiệu lực?",
            "decision",
        ),
        ("Khi quyết định mới có hiệu lực thì quyết định số mấy hết hiệu lực?", "decision"),
        ("Quyết định số 161/2025/QĐ-UBND có hiệu lực từ ngày nào?", "effective"),
        ("Quyết định số mấy của tỉnh có hiệu lực từ ngày nào?", "effective"),
        (
            "Quy chế: danh mục văn bản điện tử không gửi kèm bản giấy thực hiện theo công văn"
            " nào của Văn phòng Chính phủ?",
            "decision",
        ),
        ("Danh mục văn bản nào được công bố kèm theo quyết định?", "list"),
    ],
)
def test_a_document_asked_by_its_number_is_routed_to_a_document(question: str, intent: str) -> None:
    assert route_question(question).intent == intent
