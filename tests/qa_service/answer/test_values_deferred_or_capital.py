"""A cell that names who sets the value ("Theo quy định của Bộ Tài chính", "Theo quy định hiện
hành") states none; capital ("tổng vốn FDI", "vốn ngân sách") is a sum of money asked."""

from __future__ import annotations

import pytest

from qa_service.answer.grid_tables import _defers
from qa_service.answer.verify import asks_money


@pytest.mark.parametrize(
    ("cell", "defers"),
    [
        ("Theo quy định của Bộ Tài chính", True),
        ("Theo quy định hiện hành", True),
        ("Theo Nghị quyết số 22/2025/NQ-HĐND", True),
        ("Trường hợp nộp trực tiếp: Theo quy định của pháp luật", True),
        ("50.000 đồng/hồ sơ theo quy định của Bộ Tài chính", False),
        ("Theo quy định của Bộ Tài chính: 100.000 đồng", False),
    ],
)
def test_a_cell_naming_who_sets_the_value_states_none(cell: str, defers: bool) -> None:
    assert _defers(cell) is defers


@pytest.mark.parametrize(
    ("folded", "money"),
    [
        ("tong von fdi cua cac du an dang ky khanh thanh la bao nhieu", True),
        ("von ngan sach nha nuoc bo tri cho du an la bao nhieu", True),
        ("co bao nhieu du an dang ky khanh thanh", False),
    ],
)
def test_capital_asked_is_money(folded: str, money: bool) -> None:
    assert asks_money(folded) is money
