"""A year the question writes must be written by the document answering it: a plan of 2025
answers nothing about 2027, and a decision cited as "năm 2023" is no answer for one asked as
"năm 2021". A year inside a number ("NQ 45/2025") is the number's, and a year the document
writes still answers. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 77/KH-UBND

*Thử Nghiệm, ngày 12 tháng 3 năm 2025*

**KẾ HOẠCH**

Chuyển đổi số trong quản lý nhà nước tỉnh Thử Nghiệm năm 2025

**I. MỤC TIÊU**

Phấn đấu tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 85% trong năm 2025.

Kế hoạch này thực hiện Quyết định số 412/QĐ-UBND ngày 02 tháng 6 năm 2023 của Ủy ban nhân dân \
tỉnh về Đề án chuyển đổi số đến năm 2030.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Lê Văn Thử**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("year-unwritten"),
        {"thu-nghiem_ke-hoach-77.md": PLAN},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Tỷ lệ hồ sơ TTHC được số hóa năm 2027 của tỉnh Thử Nghiệm phấn đấu đạt bao nhiêu?",
        "ty le ho so TTHC duoc so hoa nam 2027 cua tinh Thu Nghiem dat bao nhieu",
        "Kế hoạch chuyển đổi số năm 2027 của tỉnh Thử Nghiệm do ai ký?",
        # the number names the plan; the year the question gives it is another
        "Kế hoạch 77/KH-UBND về chuyển đổi số năm 2027 của tỉnh Thử Nghiệm do ai ký?",
        # the year dates the cited decision: the plan cites the one of 2023
        "Văn bản nào thực hiện Quyết định 412/QĐ-UBND năm 2021 về Đề án chuyển đổi số?",
    ],
)
def test_a_year_the_document_never_writes_abstains(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found, result.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Tỷ lệ hồ sơ TTHC được số hóa năm 2025 của tỉnh Thử Nghiệm đạt bao nhiêu?",
            "85%",
        ),
        ("Kế hoạch chuyển đổi số năm 2025 của tỉnh Thử Nghiệm do ai ký?", "Lê Văn Thử"),
        (
            "Văn bản nào thực hiện Quyết định 412/QĐ-UBND năm 2023 về Đề án chuyển đổi số?",
            "77/KH-UBND",
        ),
        # the year of a number's symbol is the number's: "KH 77/2025" is no year asked
        ("Kế hoạch 77/KH-UBND của tỉnh Thử Nghiệm do ai ký?", "Lê Văn Thử"),
    ],
)
def test_a_year_the_document_writes_still_answers(
    answerer: Answerer, question: str, expected: str
) -> None:
    result = answerer.ask(question)
    assert result.found and expected in (result.answer or ""), result.answer
