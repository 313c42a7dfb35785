"""The body a field line names ("Cơ quan thực hiện: ..."), cut where its task begins."""

from __future__ import annotations

import pytest

from qa_service.answer.extractors import field_agency


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Cơ quan thực hiện: Sở Khoa học và Công nghệ tiến hành rà soát các văn bản.",
         "Sở Khoa học và Công nghệ"),
        ("- Đơn vị chủ trì: Sở Nội vụ; phối hợp: các sở, ngành.", "Sở Nội vụ"),
        ("Chủ trì: Văn phòng Ủy ban nhân dân tỉnh.", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("Cơ quan thực hiện: Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp xã"),
    ],
)  # fmt: skip
def test_the_body_of_a_field_line(line: str, body: str) -> None:
    found = field_agency(line)
    assert found is not None
    answer, (start, end), *_ = found
    assert answer == body and line[start:end] == body


@pytest.mark.parametrize(
    "line",
    ["Thời gian thực hiện: Quý IV năm 2025.", "Chủ trì: các sở, ngành theo chức năng."],
)
def test_a_field_line_naming_no_body(line: str) -> None:
    assert field_agency(line) is None


# A procedure's cell with several fields: the one whose label says what the question asks
CELL = (
    "- Địa điểm tiếp nhận và trả kết quả trực tiếp: Trung tâm Phục vụ hành chính công tỉnh. "
    "- Cơ quan trực tiếp thực hiện: Sở Nông nghiệp và Môi trường. "
    "- Cơ quan có thẩm quyền quyết định: Chủ tịch UBND tỉnh. "
    "- Cơ quan được ủy quyền thực hiện: Không."
)


@pytest.mark.parametrize(
    ("asked", "body"),
    [
        ("thuc hien", "Sở Nông nghiệp và Môi trường"),
        ("co tham quyen quyet dinh", "Chủ tịch UBND tỉnh"),
    ],
)
def test_the_field_whose_label_the_question_asks(asked: str, body: str) -> None:
    found = field_agency(CELL, asked)
    assert found is not None
    answer, (start, end), *_ = found
    assert answer == body and CELL[start:end] == body


def test_a_field_label_running_on() -> None:
    line = "- Cơ quan thực hiện thủ tục hành chính: Sở Nông nghiệp và Môi trường."
    found = field_agency(line, "thuc hien")
    assert found is not None and found[0] == "Sở Nông nghiệp và Môi trường"


@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        ("- Đơn vị phối hợp: Các Sở, ban,\nngành, UBND xã, phường.",
         "Các Sở, ban, ngành, UBND xã, phường"),
        ("- Đơn vị chủ trì: Các Sở, ban, ngành Thành phố.", "Các Sở, ban, ngành Thành phố"),
    ],
)  # fmt: skip
def test_a_field_opened_by_kinds_of_bodies_keeps_them_all(line: str, bodies: str) -> None:
    found = field_agency(line)
    assert found is not None
    answer, (start, end), *_ = found
    assert answer == bodies and line[start:end].replace("\n", " ") == bodies
