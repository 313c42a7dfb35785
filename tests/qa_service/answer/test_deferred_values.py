"""A cell that names who sets the value ("Theo quy định của Bộ Tài chính", "Theo quy định hiện
hành") states none, unless it writes the amount too ("... 50.000đ/lần")."""

from __future__ import annotations

import pytest

from qa_service.answer.grid_tables import _defers


@pytest.mark.parametrize(
    ("cell", "defers"),
    [
        ("Theo quy định của Bộ Tài chính", True),
        ("Theo quy định hiện hành", True),
        ("Theo Nghị quyết số 22/2025/NQ-HĐND", True),
        ("Trường hợp nộp trực tiếp: Theo quy định của pháp luật", True),
        ("50.000 đồng/hồ sơ theo quy định của Bộ Tài chính", False),
        ("Theo quy định của Bộ Tài chính: 100.000 đồng", False),
        ("Theo quy định của Bộ Tài chính 50.000đ/lần", False),
    ],
)
def test_a_cell_naming_who_sets_the_value_states_none(cell: str, defers: bool) -> None:
    assert _defers(cell) is defers
