"""A question that offers two bodies ("do UBND xã hay Sở X thực hiện?") is answered by one."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from qa_service.answer.extractors import names_an_offered_body
from qa_service.routing import fold


def _question(text: str) -> Any:
    return SimpleNamespace(route=SimpleNamespace(folded=fold(text)))


def test_an_answer_naming_an_offered_body() -> None:
    q = _question("Hồ sơ do Chủ tịch UBND cấp xã hay Sở Nông nghiệp và Môi trường tiếp nhận?")
    assert names_an_offered_body(q, "Chủ tịch Ủy ban nhân dân cấp xã")
    assert names_an_offered_body(q, "Sở Nông nghiệp và Môi trường")
    assert not names_an_offered_body(q, "Chánh Văn phòng UBND tỉnh")


def test_a_level_offered_is_read_inside_a_body_name() -> None:
    q = _question("cap huyen hay cap tinh phe duyet?")
    assert names_an_offered_body(q, "UBND cấp huyện")


def test_no_choice_offered_leaves_every_body() -> None:
    assert names_an_offered_body(_question("Cơ quan nào cấp phép?"), "Sở Xây dựng")
