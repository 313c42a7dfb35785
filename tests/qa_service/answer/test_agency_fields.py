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
