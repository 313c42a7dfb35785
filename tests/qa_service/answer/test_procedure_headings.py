"""A proposal written procedure by procedure under bold headings ("**1. Thủ tục\\nChỉ định
...**"): the name wrapped inside the heading's emphasis run is its section's title, and a
heading that names the question's procedure after another action's words ("Cấp lại Quyết định
chỉ định ...") is another procedure's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import other_procedure
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

PROPOSAL = """ỦY BAN NHÂN DÂN
THÀNH PHỐ THỬ NGHIỆM

Số: 120/QĐ-UBND

Thử Nghiệm, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH

Về việc thông qua phương án đơn giản hóa thủ tục hành chính

**Điều 1.** Thông qua phương án đơn giản hóa thủ tục hành chính tại Phụ lục kèm theo.

**PHỤ LỤC**

**I. LĨNH VỰC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG (02 TTHC)**

**1. Thủ tục
Chỉ định tổ chức đánh giá sự phù hợp hoạt động thử nghiệm, giám định,
kiểm định, chứng nhận**

**1.1. Nội dung đề xuất đơn giản
hóa**

Rút ngắn thời gian giải quyết
TTHC: từ 21 ngày làm việc thành 14 ngày làm việc.

**2. Thủ tục
Cấp lại Quyết định chỉ định tổ chức đánh giá sự phù hợp**

**2.1. Nội dung đề xuất đơn giản
hóa**

Rút ngắn thời gian giải quyết
TTHC: từ 05 ngày làm việc thành 03 ngày làm việc.
"""

QUESTION = (
    "Thành phố Thử Nghiệm đề xuất cắt thời gian thủ tục chỉ định tổ chức đánh giá sự phù hợp"
    " từ mấy ngày làm việc xuống còn mấy ngày?"
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("headings"), {"qd-120.md": PROPOSAL}, lexical_only=True
    )
    yield opened
    opened.close()


def test_the_procedure_heading_names_its_section(answerer: Answerer) -> None:
    corpus = answerer.corpus
    shortened = [
        corpus.units[i] for i in range(len(corpus.units)) if "Rút ngắn" in corpus.units[i].text
    ]
    assert len(shortened) == 2
    first, second = shortened
    assert "Chỉ định tổ chức đánh giá sự phù hợp hoạt động thử nghiệm" in first.section
    assert "Cấp lại Quyết định chỉ định" in second.section
    q = analyse(corpus, route_question(QUESTION), None)
    assert not other_procedure(q, first)
    assert other_procedure(q, second)  # "Cấp lại ...": another action on the thing asked


def test_the_time_cut_of_the_procedure_asked(answerer: Answerer) -> None:
    result = answerer.ask(QUESTION)
    assert result.found and "21 ngày" in (result.answer or "")
    assert "14 ngày" in (result.answer or "")
    assert "21 ngày" in result.sources[0].quote
