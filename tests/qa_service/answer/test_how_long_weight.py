""" "Trong bao lâu" asks a length of time: "lâu" is a word of the question's form, which the
evidence never writes as such ("lâu dài" is another matter). It matches nothing, so a unit
writing "lâu dài" is no better evidence; its weight stays in the question's total, so that
the shares the cut-offs are set in do not move."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

RULES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
Số: 3400/QĐ-UBND
*Thử Nghiệm, ngày 20 tháng 11 năm 2025*
**QUYẾT ĐỊNH**
Công bố thủ tục hành chính lĩnh vực đất đai
**Điều 1**. Thủ tục giao đất ổn định lâu dài cho hộ gia đình được thực hiện tại Ủy ban
nhân dân cấp xã theo quy định của pháp luật.
**Điều 2**. Thời hạn giải quyết thủ tục giao đất cho hộ gia đình: không quá 20 ngày làm
việc kể từ ngày nhận đủ hồ sơ hợp lệ.
"""

QUESTION = "Thủ tục giao đất cho hộ gia đình ở tỉnh Thử Nghiệm được giải quyết trong bao lâu?"


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("how-long-weight")
    opened = answerer_over(root, {"qd-3400.md": RULES}, lexical_only=True)
    yield opened
    opened.close()


def test_the_word_asking_a_length_matches_nothing_but_keeps_its_weight(
    answerer: Answerer,
) -> None:
    q = analyse(answerer.corpus, route_question(QUESTION), None)
    assert all(t not in ("lâu", "lau") for t in q.weights)
    assert all(t not in ("lâu", "lau") for t in q.terms)
    assert q.total > sum(q.weights.values())


def test_the_limit_is_answered_not_the_unit_writing_lau_dai(answerer: Answerer) -> None:
    result = answerer.ask(QUESTION)
    assert result.found, result
    assert "20 ngày làm" in result.answer
