"""A length counted in years or months ("có hiệu lực mấy năm", "thời hạn bao nhiêu năm") is
a value the document states, not the date its force starts nor a time limit's day."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

# A decree that sets how long a certificate holds, and when the decree itself takes force.
DECREE = """CHÍNH PHỦ

Số: 99/2025/NĐ-CP

Hà Nội, ngày 10 tháng 11 năm 2025

NGHỊ ĐỊNH

Quy định về chứng chỉ hành nghề tu bổ di tích

Điều 5. Chứng chỉ hành nghề

1. Người đứng đầu cơ quan chuyên môn về văn hóa cấp tỉnh cấp Chứng chỉ hành nghề tu bổ di tích.

2. Chứng chỉ hành nghề tu bổ di tích có hiệu lực trong thời hạn 10 năm.

Điều 6. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày 15 tháng 01 năm 2026.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("length-in-years")
    opened = answerer_over(root, {"nghi-dinh-99.md": DECREE}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Chứng chỉ hành nghề tu bổ di tích có hiệu lực mấy năm?",
        "chung chi hanh nghe tu bo di tich co thoi han bao nhieu nam",
    ],
)
def test_a_length_in_years_answers_with_the_length(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert "10 năm" in result.answer


def test_the_date_of_force_still_answers(answerer: Answerer) -> None:
    result = answerer.ask("Nghị định 99/2025/NĐ-CP có hiệu lực từ ngày nào?")
    assert result.found, result
    assert "15" in result.answer and "2026" in result.answer
