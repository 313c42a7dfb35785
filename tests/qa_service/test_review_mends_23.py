"""Session 23's review mends: rules of the merged branches that read too much."""

from __future__ import annotations

import pytest

from qa_service.answer.evidence import _denied_cases
from qa_service.answer.extractors import _DATE_EXPR, _NOT_CODE
from qa_service.answer.verify import (
    named_organizations,
)
from qa_service.routing import names_an_event, route_question


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # lower-case words after "Công ty" are no name ("À-Ỹ" holds lower-case letters too)
        ("Công ty được thành lập năm nào?", []),
        ("Công ty ở Hà Nội nộp thuế bao nhiêu?", []),
        ("Công ty TNHH BHFLEX VINA được hướng dẫn gì?", [("bhflex", "vina")]),
    ],
)
def test_only_a_capitalized_name_names_an_organization(
    question: str, named: list[tuple[str, ...]]
) -> None:
    assert named_organizations(question) == named


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # an article's content asked is no cited document's number
        ("Điều 5 Nghị quyết này quy định gì?", "general"),
        ("Cục Thuế dẫn Điều 17 Luật Quản lý thuế số mấy?", "basis"),
    ],
)
def test_an_article_asked_for_its_content_is_no_number(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_a_fraction_after_a_named_day_is_no_date() -> None:
    found = [m.group() for m in _DATE_EXPR.finditer("Ngày hội đọc sách, tỷ lệ đạt 2/3 số trường")]
    assert found == []
    found = [m.group() for m in _DATE_EXPR.finditer("Ngày toàn dân phòng, chống ma túy 26/6")]
    assert found == ["Ngày toàn dân phòng, chống ma túy 26/6"]


@pytest.mark.parametrize(
    ("cell", "code"),
    [("1.500.000", False), ("01.01.2025", False), ("1.006427", True), ("8531.80.19", True)],
)
def test_an_amount_or_a_date_is_no_code(cell: str, code: bool) -> None:
    assert (_NOT_CODE.fullmatch(cell) is None) is code


def test_a_day_in_a_documents_title_is_no_event_when_its_issuing_is_asked() -> None:
    assert names_an_event("ngay toan dan phong chong ma tuy la ngay nao")
    assert not names_an_event("qd cong nhan ngay truyen thong cua so ban hanh ngay nao")


def test_a_reservoir_is_no_denied_case() -> None:
    assert _denied_cases("Hồ chứa nước Ea Súp có dung tích bao nhiêu?", True) == ()
    assert [p for p, *_ in _denied_cases("Công chức không phải là nữ giảm bao nhiêu?", True)] == [
        "nu giam"
    ]
