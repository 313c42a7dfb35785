"""A cell that names only the text setting the value ("Theo Nghị quyết số 22/2025/NQ-HĐND")
states none, unless it writes the amount too ("... 50.000đ/lần", "...: 100.000 đồng"); a cell
naming the body that sets it ("Theo quy định của Bộ Tài chính") answers with those words
(tests/qa_service/answer/test_values_left_to_another.py)."""

from __future__ import annotations

import pytest

from qa_service.answer.grid_tables import _defers


@pytest.mark.parametrize(
    ("cell", "defers"),
    [
        ("Theo Nghị quyết số 22/2025/NQ-HĐND", True),
        ("Trường hợp nộp trực tiếp: Theo Nghị quyết số 22/2025/NQ-HĐND", True),
        ("Theo Nghị quyết số 22/2025/NQ-HĐND: 100.000 đồng", False),
        ("Theo Nghị quyết số 22/2025/NQ-HĐND 50.000đ/lần", False),
        ("Theo Thông tư số 110/2025/TT-BTC 500.000 VNĐ/hồ sơ", False),
        ("Theo quy định của Bộ Tài chính", False),
    ],
)
def test_a_cell_naming_only_the_text_that_sets_the_value_states_none(
    cell: str, defers: bool
) -> None:
    assert _defers(cell) is defers
