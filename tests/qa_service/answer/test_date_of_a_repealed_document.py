"""The date of a document another repeals ("Quyết định thành lập X, nằm trong danh sách văn bản bị
Thủ tướng bãi bỏ, ban hành ngày nào?") is the date its mention gives, not the date of the
document repealing it; a question of that kind asks a date, not a list. The document is
written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

REPEAL = """**THỦ TƯỚNG CHÍNH PHỦ**

Số: 45/2025/QĐ-TTg

*Hà Nội, ngày 02 tháng 12 năm 2025*

**QUYẾT ĐỊNH**

**Bãi bỏ một số văn bản quy phạm pháp luật của Thủ tướng Chính phủ**

**Điều 1. Bãi bỏ toàn bộ các văn bản sau**

1. Quyết định số 112/2006/QĐ-TTg ngày 24 tháng 5 năm 2006 của Thủ tướng Chính phủ về việc \
phê duyệt Đề án phát triển ngành thủy sản.

2. Quyết định số 212/2004/QĐ-TTg ngày 16 tháng 12 năm 2004 của Thủ tướng Chính phủ về việc \
thành lập Quỹ hỗ trợ phát triển hợp tác xã miền núi.

3. Quyết định số 171/2007/QĐ-TTg ngày 14 tháng 11 năm 2007 của Thủ tướng Chính phủ về việc \
thành lập Ủy ban Bảo vệ môi trường lưu vực sông Cầu.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("repealed-date"), {"qd-45.md": REPEAL}, lexical_only=True
    )
    yield opened
    opened.close()


QUESTION = (
    "Quyết định thành lập Quỹ hỗ trợ phát triển hợp tác xã miền núi, nằm trong danh sách văn "
    "bản bị Thủ tướng bãi bỏ, được ban hành ngày nào?"
)


def test_a_date_of_one_document_of_a_list_asks_a_date() -> None:
    assert route_question(QUESTION).intent == "date"
    assert route_question("Danh sách văn bản bị bãi bỏ gồm những quyết định nào?").intent == "list"


def test_the_repealed_document_is_dated_by_its_mention(answerer: Answerer) -> None:
    result = answerer.ask(QUESTION)
    assert result.found and "16 tháng 12 năm 2004" in result.answer, result.answer


def test_the_number_of_a_repealed_document_is_its_own(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quyết định của Thủ tướng thành lập Quỹ hỗ trợ phát triển hợp tác xã miền núi bị bãi bỏ "
        "có số hiệu là gì?"
    )
    assert result.found and "212/2004/QĐ-TTg" in result.answer, result.answer
    # one the list does not hold: not the number of the document repealing the others
    result = answerer.ask(
        "Quyết định của Thủ tướng thành lập Ủy ban Bảo vệ môi trường lưu vực sông Mã bị bãi bỏ "
        "năm 2025 có số hiệu là gì?"
    )
    assert not result.found or "45/2025" not in result.answer, result.answer


def test_the_repeal_named_with_its_agent_asks_the_repealing_document() -> None:
    from qa_service.answer.document_answers import ACTED_ON

    assert ACTED_ON.search("quy dinh nay bi bai bo co so hieu la gi")
    assert not ACTED_ON.search("dieu le bi bai bo bang thong tu so may")
