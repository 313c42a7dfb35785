"""The answer text's tidying (`qa_service.answer.windows.tidy`)."""

from __future__ import annotations

import pytest

from qa_service.answer.windows import tidy


@pytest.mark.parametrize(
    ("window", "shown"),
    [
        # a window that ends at a table cell's edge shows no cell bar
        (
            "nhóm III tối đa là 45 ngày kể từ ngày nhận đủ hồ sơ. |",
            "nhóm III tối đa là 45 ngày kể từ ngày nhận đủ hồ sơ.",
        ),
        ("| Sở Tài chính |", "Sở Tài chính"),
        ("Sở Nội vụ (chủ trì", "Sở Nội vụ (chủ trì)"),
    ],
)
def test_a_window_is_shown_without_dangling_marks(window: str, shown: str) -> None:
    assert tidy(window) == shown
