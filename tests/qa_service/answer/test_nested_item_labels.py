"""A numbered part below another ("1.7. Kết quả thực hiện TTHC: ...") opens with its label, and a
place named by its number ("Phường 10") ends its name: neither is a figure; a value written with
groups of thousands or a decimal comma is one."""

from __future__ import annotations

from qa_service.answer.extractors import _values


def _found(text: str) -> list[str]:
    return [raw for _, _, raw in _values(text)]


def test_a_nested_label_opening_the_text_is_no_value() -> None:
    assert _found("1.7. Kết quả thực hiện TTHC: Công bố sự cố môi trường cấp xã.") == []
    assert _found("2.1.3) Thời hạn giải quyết: 05 ngày làm việc") == ["05"]
    # opening a table cell
    assert _found("3 | 1.2. Trình tự thực hiện") == ["3"]


def test_values_that_look_alike_stay_values() -> None:
    assert _found("Tổng kinh phí 1.500.000 đồng") == ["1.500.000"]
    assert _found("1.500. Tổng") == ["1.500"]  # a group of thousands, not a label
    assert _found("Tăng 2,5% so với năm 2024") == ["2,5%"]
    assert _found("đạt 1.7 điểm") == ["1.7"]  # not opening the text


def test_the_number_of_a_place_named_by_it_is_no_value() -> None:
    assert _found("Phường 10 có 12.500 hộ dân") == ["12.500"]
    assert _found("Khu phố 4, Tổ 12 nhận 3 suất") == ["3"]
    assert _found("Quận 3: 1.200 hộ") == ["1.200"]
    # a count after the word written in lower case counts
    assert _found("mỗi tổ 5 người") == ["5"]
