"""A fact stated in several documents (two ministries' circulars set the same step with another
time limit): when the document whose sentence fits the question best lacks what the question
names (the ministry), the answer comes from the next document that holds it, and from none when
no document does. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

INDUSTRY = """**BỘ CÔNG THƯƠNG**

Số: 77/2025/TT-BCT

*Hà Nội, ngày 28 tháng 11 năm 2025*

**THÔNG TƯ**

Quy định quy trình kiểm tra chuyên ngành

**Điều 1.** Thông tư này quy định quy trình kiểm tra chuyên ngành của các đơn vị thuộc Bộ \
Công Thương.

**Điều 2.** Trưởng đoàn kiểm tra thông báo kế hoạch kiểm tra chuyên ngành cho đơn vị được \
kiểm tra trước 05 ngày làm việc.

**THỨ TRƯỞNG**

**Phạm Văn Kiểm**
"""

CONSTRUCTION = """**BỘ XÂY DỰNG**

Số: 88/2025/TT-BXD

*Hà Nội, ngày 25 tháng 11 năm 2025*

**THÔNG TƯ**

Quy định quy trình kiểm tra chuyên ngành

**Điều 1.** Thông tư này quy định quy trình kiểm tra chuyên ngành của các đơn vị thuộc Bộ \
Xây dựng.

**Điều 2.** Đoàn thông báo kế hoạch cho đơn vị trước 07 ngày làm việc.

**THỨ TRƯỞNG**

**Nguyễn Văn Dựng**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("other-documents"),
        {"bct_thong-tu-77.md": INDUSTRY, "bxd_thong-tu-88.md": CONSTRUCTION},
    )
    yield opened
    opened.close()


QUESTION = (
    "Theo thông tư của {}, trưởng đoàn kiểm tra thông báo kế hoạch kiểm tra chuyên ngành cho "
    "đơn vị được kiểm tra trước bao nhiêu ngày làm việc?"
)


def test_the_document_that_holds_the_name_answers(answerer: Answerer) -> None:
    industry = answerer.ask(QUESTION.format("Bộ Công Thương"))
    assert industry.found and "05" in (industry.answer or "")
    # the industry circular's sentence fits the question's words better, but it is the other
    # ministry's: the construction circular's answers
    construction = answerer.ask(QUESTION.format("Bộ Xây dựng"))
    assert construction.found, construction
    assert "07" in (construction.answer or "")


def test_no_document_holds_the_name(answerer: Answerer) -> None:
    result = answerer.ask(QUESTION.format("Bộ Tài chính"))
    assert not result.found, result.answer
    assert result.answer is None
